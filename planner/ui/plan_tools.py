"""The window side of the multi-year plan, hooked into the main window in one place.

- a timing button and a Goal seek button on every lever row (`timing_editor`, `goal_seek_action`);
- "Targets by year…" and "Reach the target…" under the plan settings (and in the Scenario menu);
- the Multi-year tab (`years_view`), following the state owner's results; double-click a year
  there to make it the plan year (one undo step, as the plan-year box).

Every change is one undo command on the window's one stack (`plan_commands.PlanEdits`).
"""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from planner.present import translate
from planner.ui.goal_seek_action import GoalSeekAction
from planner.ui.plan_commands import PlanEdits
from planner.ui.reach_target_dialog import open_reach_target
from planner.ui.target_path import open_target_path
from planner.ui.timing_editor import TimingControls
from planner.ui.years_view import YearsView


class PlanTools:
    def __init__(self, window):
        self.window, self.state = window, window.state
        self.plan_edits = PlanEdits(window.state, window.undo_stack)
        self.goal_seek = GoalSeekAction(window, self.plan_edits)
        self.timing = TimingControls(window, self.plan_edits, self.goal_seek)
        self.target_dialog = None
        self.reach_dialog = None

        self.years_view = YearsView(window)
        self.years_view.sig_plan_year_requested.connect(window.edits.set_plan_year)
        window.tabs.addTab(self.years_view, translate("MainWindow", "&Multi-year"))
        self.state.sig_result_changed.connect(self.years_view.show_result)
        self.years_view.show_result(self.state.result)

        self.targets_action = QAction(translate("MainWindow", "&Targets by Year…"), window)
        self.targets_action.setStatusTip(
            translate("MainWindow", "The savings target of each year of the plan")
        )
        self.targets_action.triggered.connect(self.open_targets)
        self.reach_action = QAction(translate("MainWindow", "Reac&h the Target…"), window)
        self.reach_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.reach_action.setStatusTip(
            translate(
                "MainWindow",
                "Find the plan that reaches the target with the least harm to services",
            )
        )
        self.reach_action.triggered.connect(self.open_reach)
        menu = self._scenario_menu()
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.targets_action)
            menu.addAction(self.reach_action)
        window.addAction(self.reach_action)  # its shortcut works with the menu closed too

    def _scenario_menu(self):
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if menu is not None and self.window.compare.action in menu.actions():
                return menu
        return None

    def attach(self, panel) -> None:
        """Extend a (new) lever panel: row controls and the two plan buttons."""
        self.timing.attach(panel)
        box = QWidget(panel.plan_settings)
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        targets = QPushButton(translate("LeverPanel", "Targets by year…"), box)
        targets.setToolTip(
            translate(
                "LeverPanel",
                "One target per year of the plan (default: the savings target in every year); "
                "one undo step",
            )
        )
        targets.clicked.connect(self.open_targets)
        reach = QPushButton(translate("LeverPanel", "Reach the target…"), box)
        reach.setToolTip(
            translate(
                "LeverPanel",
                "Find the plan that reaches the target with the least harm to services, "
                "within limits you set (Ctrl+Shift+T)",
            )
        )
        reach.clicked.connect(self.open_reach)
        line.addWidget(targets)
        line.addWidget(reach)
        panel.plan_settings.layout().addRow(box)
        QWidget.setTabOrder(panel.plan_settings.target, targets)
        QWidget.setTabOrder(targets, reach)
        self.targets_button, self.reach_button = targets, reach

    def open_targets(self):
        self.target_dialog = open_target_path(self.window, self.plan_edits)
        return self.target_dialog

    def open_reach(self):
        self.reach_dialog = open_reach_target(self.window, self.plan_edits)
        return self.reach_dialog

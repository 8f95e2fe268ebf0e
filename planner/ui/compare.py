"""Compare two to four scenarios of the workbook side by side: the dialog and its menu action.

The dialog picks the scenarios and the reference and follows the workbook while it is open
(each chosen scenario is evaluated again with `evaluate_scenario` when anything changes). What
it shows lives next door: the rows and "what differs" in planner.present.comparison, the
table model in compare_table.py, the chart in compare_chart.py.
"""

import html
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.model import Scenario, ScenarioResult, evaluate_scenario
from planner.present import numbers, translate
from planner.present.comparison import (
    budget_rows,
    differences,
    lever_and_savings_rows,
    service_rows,
)
from planner.ui.compare_chart import CompareChart
from planner.ui.compare_overrides import add_overrides_tab
from planner.ui.compare_table import CompareTableModel, fit_columns
from planner.ui.state import PlannerState

MAX_CHOSEN = 4


class CompareDialog(QDialog):
    """Pick scenarios on the left; the tabs on the right show them side by side."""

    def __init__(self, state: PlannerState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(translate("Compare", "Compare scenarios"))
        self.setModal(False)
        self._chosen: list[Scenario] = []  # the workbook's own objects, in workbook order
        self._reference: Scenario | None = None
        self._filling = False
        self.results: list[ScenarioResult] = []

        self.picker = QListWidget(self)
        self.picker.setAccessibleName(translate("Compare", "Scenarios to compare"))
        pick_label = QLabel(translate("Compare", "&Scenarios to compare (two to four):"), self)
        pick_label.setWordWrap(True)
        pick_label.setBuddy(self.picker)
        self.reference_box = QComboBox(self)
        self.reference_box.setAccessibleName(translate("Compare", "Reference scenario"))
        reference_label = QLabel(translate("Compare", "&Differences (Δ) from:"), self)
        reference_label.setBuddy(self.reference_box)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(pick_label)
        left_layout.addWidget(self.picker, 1)
        left_layout.addWidget(reference_label)
        left_layout.addWidget(self.reference_box)
        left_layout.addWidget(self.hint)

        self.savings_model = CompareTableModel(self)
        self.service_model = CompareTableModel(self)
        self.budget_model = CompareTableModel(self)
        self.tabs = QTabWidget(self)
        self.tables = {}
        for key, model, title in (
            ("savings", self.savings_model, translate("Compare", "&Levers and savings")),
            ("services", self.service_model, translate("Compare", "Service &volumes")),
            ("budget", self.budget_model, translate("Compare", "&Budget")),
        ):
            view = QTableView(self)
            view.setModel(model)
            view.setAccessibleName(title.replace("&", ""))
            view.setAlternatingRowColors(True)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            view.setTabKeyNavigation(False)
            self.tables[key] = view
            self.tabs.addTab(view, title)
        self.chart = CompareChart(self)
        self.chart_caption = QLabel(self)
        self.chart_caption.setWordWrap(True)
        self.chart_caption.setTextFormat(Qt.TextFormat.RichText)
        chart_tab = QWidget(self)
        chart_layout = QVBoxLayout(chart_tab)
        chart_layout.addWidget(self.chart_caption)
        chart_layout.addWidget(self.chart, 1)
        self.tabs.addTab(chart_tab, translate("Compare", "&Chart"))

        self.first_box, self.second_box = QComboBox(self), QComboBox(self)
        self.first_box.setAccessibleName(translate("Compare", "First scenario"))
        self.second_box.setAccessibleName(translate("Compare", "Second scenario"))
        self.diff_text = QPlainTextEdit(self)
        self.diff_text.setReadOnly(True)
        self.diff_text.setAccessibleName(translate("Compare", "What differs"))
        self.diff_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        diff_tab = QWidget(self)
        pair = QFormLayout()
        pair.addRow(translate("Compare", "&From:"), self.first_box)
        pair.addRow(translate("Compare", "&To:"), self.second_box)
        diff_layout = QVBoxLayout(diff_tab)
        diff_layout.addLayout(pair)
        diff_layout.addWidget(self.diff_text, 1)
        self.tabs.addTab(diff_tab, translate("Compare", "&What differs"))
        self.overrides_tab = add_overrides_tab(self)  # issue 11: what each one assumes

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(700, screen.height() - 60))

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # many signals in one go: one refresh
        self._refresh_timer.timeout.connect(self.refresh)
        self.picker.itemChanged.connect(self._on_picked)
        self.reference_box.currentIndexChanged.connect(self._on_reference_chosen)
        self.first_box.currentIndexChanged.connect(self._show_differences)
        self.second_box.currentIndexChanged.connect(self._show_differences)
        for signal in (
            state.sig_scenarios_changed,
            state.sig_workbook_changed,
            state.sig_result_changed,
        ):
            signal.connect(self._schedule_refresh)

        scenarios = state.workbook.scenarios
        self._chosen = list(scenarios[:MAX_CHOSEN])
        self.refresh()

    # Choosing ------------------------------------------------------------------------------------

    def choose(self, names: list[str], reference: str | None = None) -> None:
        """Compare these scenarios (at most four), with differences from `reference`."""
        wanted = set(names[:MAX_CHOSEN])
        self._chosen = [s for s in self.state.workbook.scenarios if s.name in wanted]
        if reference is not None:
            self._reference = self.state.workbook.scenario(reference)
        self.refresh()

    def chosen_names(self) -> list[str]:
        return [scenario.name for scenario in self._chosen]

    def _on_picked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        scenario = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        chosen = [s for s in self._chosen if s is not scenario]
        if checked and len(chosen) >= MAX_CHOSEN:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._filling = False
            self.hint.setText(self._too_many_text())
            return
        if checked:
            chosen.append(scenario)
        order = {id(s): i for i, s in enumerate(self.state.workbook.scenarios)}
        self._chosen = sorted(chosen, key=lambda s: order[id(s)])
        self.refresh()

    def _on_reference_chosen(self, index: int) -> None:
        if self._filling or not 0 <= index < len(self._chosen):
            return
        self._reference = self._chosen[index]
        self.refresh()

    # Following the workbook ------------------------------------------------------------------

    def _schedule_refresh(self, *_args) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Evaluate the chosen scenarios again and show them (deleted ones drop out)."""
        self._refresh_timer.stop()
        scenarios = self.state.workbook.scenarios
        alive = {id(s) for s in scenarios}
        self._chosen = [s for s in self._chosen if id(s) in alive]
        if self._reference is None or id(self._reference) not in {id(s) for s in self._chosen}:
            self._reference = self._chosen[0] if self._chosen else None
        self._fill_picker(scenarios)
        engine = self.state.engine
        # Snapshots: a result keeps the inputs it was computed from (the workbook's own
        # scenarios change in place as the user edits them).
        self.results = [
            evaluate_scenario(engine, replace(scenario, levers=dict(scenario.levers)))
            for scenario in self._chosen
        ]
        reference = (
            next(i for i, s in enumerate(self._chosen) if s is self._reference)
            if self._chosen
            else 0
        )
        self.savings_model.set_results(self.results, reference, lever_and_savings_rows())
        self.service_model.set_results(self.results, reference, service_rows(self.results))
        self.budget_model.set_results(self.results, reference, budget_rows(self.results))
        for view in self.tables.values():
            fit_columns(view)
        self.chart.show_results(self.results)
        self.chart_caption.setText(self.chart.caption())
        count = len(self.results)
        if count < 2:
            self.hint.setText(translate("Compare", "Tick at least two scenarios to compare them."))
        elif self.hint.text() != self._too_many_text():
            self.hint.setText("")
        self.note.setText(
            (
                translate("Compare", "Δ: the difference from {name}.").format(
                    name=f"<b>{html.escape(self._reference.name)}</b>"
                )
                if self._reference is not None and count > 1
                else ""
            )
            + unlike_note(self.results)
        )
        self._show_differences()
        self.overrides_tab.show_scenarios(engine, self._chosen)

    @staticmethod
    def _too_many_text() -> str:
        return translate("Compare", "At most {count} scenarios side by side.").format(
            count=MAX_CHOSEN
        )

    def _fill_picker(self, scenarios: list[Scenario]) -> None:
        self._filling = True
        try:
            chosen = {id(s) for s in self._chosen}
            if self.picker.count() != len(scenarios):
                self.picker.clear()
                for _ in scenarios:
                    item = QListWidgetItem(self.picker)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # The list as wide as its longest name: "Reported programme (€70M)" is not cut.
            metrics = self.picker.fontMetrics()
            widest = max((metrics.horizontalAdvance(s.name) for s in scenarios), default=0)
            self.picker.setMinimumWidth(widest + 48)  # the check box and a scroll bar
            for row, scenario in enumerate(scenarios):
                item = self.picker.item(row)
                item.setText(scenario.name)
                item.setData(Qt.ItemDataRole.UserRole, scenario)
                state = Qt.CheckState.Checked if id(scenario) in chosen else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
            names = self.chosen_names()
            for box, default in (
                (self.reference_box, self._reference),
                (self.first_box, None),
                (self.second_box, None),
            ):
                previous = box.currentText()
                if [box.itemText(i) for i in range(box.count())] != names:
                    box.clear()
                    box.addItems(names)
                if default is not None:
                    box.setCurrentIndex(self._chosen.index(default))
                elif previous in names:
                    box.setCurrentIndex(names.index(previous))
            if self.first_box.currentIndex() == self.second_box.currentIndex() and len(names) > 1:
                self.first_box.setCurrentIndex(0)
                self.second_box.setCurrentIndex(1)
        finally:
            self._filling = False

    def _show_differences(self, *_args) -> None:
        if self._filling:
            return
        first, second = self.first_box.currentIndex(), self.second_box.currentIndex()
        if len(self.results) < 2 or first < 0 or second < 0:
            text = translate("Compare", "Tick two scenarios to see what differs between them.")
        else:
            text = "\n".join(differences(self.results[first], self.results[second]))
        if self.diff_text.toPlainText() != text:
            self.diff_text.setPlainText(text)


class CompareLauncher(QObject):
    """Scenario > Compare Scenarios…: one compare dialog, made when first asked for."""

    def __init__(self, window: QWidget, state: PlannerState):
        super().__init__(window)
        self.window, self.state = window, state
        self.dialog: CompareDialog | None = None
        self.action = QAction(translate("Compare", "&Compare Scenarios…"), self)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.action.setStatusTip(
            translate("Compare", "Two to four scenarios side by side, with their differences")
        )
        self.action.triggered.connect(self.show)

    def show(self) -> CompareDialog:
        if self.dialog is None:
            self.dialog = CompareDialog(self.state, self.window)
        if self.dialog.isVisible():  # already open, perhaps behind the window: bring it up
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.show()
        return self.dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()


def unlike_note(results: list[ScenarioResult]) -> str:
    """A sentence when the scenarios compared plan different years or aim at different targets
    (their savings are then not like for like); empty when they agree."""
    years = sorted({r.plan_year for r in results})
    targets = sorted({r.target_eur for r in results})
    if len(results) < 2 or (len(years) == 1 and len(targets) == 1):
        return ""
    parts = []
    if len(years) > 1:
        parts.append(
            translate("Compare", "plan different years ({years})").format(
                years=", ".join(str(y) for y in years)
            )
        )
    if len(targets) > 1:
        parts.append(
            translate("Compare", "aim at different targets ({targets})").format(
                targets=", ".join(numbers.meur(t) for t in targets)
            )
        )
    return " " + translate(
        "Compare", "<b>Note:</b> these scenarios {what}: their savings are not like for like."
    ).format(what=translate("Compare", " and ").join(parts))

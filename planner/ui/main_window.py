"""The main window: the lever panel on the left, the headline on top, the bridge chart and the
warnings, and below them service volumes, budget and savings tables.

The window wires views to the state owner: user edits go to `UndoableEdits` (one undo command
each), and `PlannerState.sig_*` signals bring every view up to date.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QFrame,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.model import Scenario, ScenarioResult
from planner.present import install_translator, translate
from planner.ui.assumptions_view import AssumptionsHookup
from planner.ui.baseline_actions import BaselineActions
from planner.ui.charts import BridgeChart, ServiceChart, captioned
from planner.ui.compare import CompareLauncher
from planner.ui.frozen_table import FrozenColumnTable
from planner.ui.headline import Headline
from planner.ui.language import add_language_menu
from planner.ui.lever_help import about_html
from planner.ui.lever_panel import LeverPanel
from planner.ui.output_actions import OutputActions
from planner.ui.plan_tools import PlanTools
from planner.ui.scenario_list import add_scenario_dock
from planner.ui.state import PlannerState
from planner.ui.tables import (
    WARNING_MARK,
    BudgetTableModel,
    SavingsTableModel,
    ServiceTableModel,
    WarningsModel,
)
from planner.ui.uncertainty_view import UncertaintyHookup
from planner.ui.undo import UndoableEdits
from planner.ui.user_guide import add_user_guide_action
from planner.ui.workbook_files import WorkbookFiles

DEFAULT_SIZE = (1280, 800)  # at most; less on a smaller screen
SPLITTERS = ("main", "right", "top", "services")
EXACT = QKeySequence.SequenceMatch.ExactMatch


class _UndoKeysToWindow(QObject):
    """Spin boxes would take Ctrl+Z for undoing typed text; let the window's Undo have it, so
    Ctrl+Z undoes the last change of the plan whatever has the focus."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.keys = (  # made here: standard keys need the application to exist
            QKeySequence(QKeySequence.StandardKey.Undo),
            QKeySequence(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
            QKeySequence("Ctrl+Y"),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(keys) == EXACT for keys in self.keys):
                event.ignore()
                return True
        return False


class MainWindow(QMainWindow):
    def __init__(
        self,
        state: PlannerState,
        settings: QSettings,
        parent: QWidget | None = None,
        recovery=None,  # a RecoveryStore; by default in the user's application-data folder
    ):
        super().__init__(parent)
        # Every text of planner.present goes through Qt's catalogues from here on.
        install_translator(QCoreApplication.translate)
        self.state = state
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.edits = UndoableEdits(state, self.undo_stack)
        baseline = state.baseline

        # Views ---------------------------------------------------------------------------
        self.headline = Headline(self)
        self.lever_panel = LeverPanel(baseline, state.engine.plan_years, self)
        self.lever_scroll = QScrollArea(self)
        self.lever_scroll.setWidget(self.lever_panel)
        self.lever_scroll.setWidgetResizable(True)
        self.lever_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lever_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lever_scroll.setMinimumWidth(self.lever_panel.minimumSizeHint().width() + 24)

        self.bridge_chart = BridgeChart(self)
        self.service_chart = ServiceChart([s.name for s in state.result.services], self)

        self.service_model = ServiceTableModel(self)
        self.budget_model = BudgetTableModel(self)
        self.savings_model = SavingsTableModel(self)
        self.warnings_model = WarningsModel(self)
        self.service_table = _table(
            self.service_model, self, translate("MainWindow", "Service volumes table")
        )
        self.budget_table = _table(self.budget_model, self, translate("MainWindow", "Budget table"))
        self.savings_table = _table(
            self.savings_model, self, translate("MainWindow", "Savings by lever table")
        )
        self.warnings_table = WarningsTable(self.warnings_model, self)
        self.warnings_table.setAccessibleName(translate("MainWindow", "Warnings"))
        self.warnings_label = QLabel(self)
        self.warnings_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.warnings_label.setBuddy(self.warnings_table)
        warnings_box = QWidget(self)
        warnings_layout = QVBoxLayout(warnings_box)
        warnings_layout.setContentsMargins(0, 0, 0, 0)
        warnings_layout.addWidget(self.warnings_label)
        warnings_layout.addWidget(self.warnings_table)

        # Layout --------------------------------------------------------------------------
        self.splitters: dict[str, QSplitter] = {}
        services = self._splitter("services", Qt.Orientation.Horizontal)
        self.service_chart_box = captioned(self.service_chart, self.service_chart.caption, self)
        services.addWidget(self.service_chart_box)
        services.addWidget(self.service_table)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(services, translate("MainWindow", "&Service volumes"))
        self.tabs.addTab(self.budget_table, translate("MainWindow", "&Budget"))
        self.tabs.addTab(self.savings_table, translate("MainWindow", "Savings by &lever"))
        top = self._splitter("top", Qt.Orientation.Horizontal)
        top.addWidget(captioned(self.bridge_chart, self.bridge_chart.caption, self))
        top.addWidget(warnings_box)
        right = self._splitter("right", Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.tabs)
        main = self._splitter("main", Qt.Orientation.Horizontal)
        main.addWidget(self.lever_scroll)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.headline)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)
        self._default_splitter_sizes()

        self.baseline_label = QLabel(self)
        self.baseline_label.setTextFormat(Qt.TextFormat.PlainText)
        self._show_baseline_name()
        self.statusBar().addPermanentWidget(self.baseline_label)
        self.scenario_panel, self.scenario_dock = add_scenario_dock(self, state, self.edits)
        self.files = WorkbookFiles(self, state, self.undo_stack, settings, recovery)
        self._build_menus()
        self.plan_tools = PlanTools(self)  # timing, target path, multi-year, goal seek
        self.uncertainty = UncertaintyHookup(self)  # issue 11: Uncertainty tab, headline
        self.assumptions = AssumptionsHookup(self)  # issue 11: Assumptions tab, overrides

        # Wiring: views ask, the edits push commands, the state tells every view -------------
        self._undo_keys = _UndoKeysToWindow(self)
        self._connect_lever_panel()
        state.sig_baseline_changed.connect(self._on_baseline_changed)
        state.sig_workbook_changed.connect(self._on_workbook_changed)
        state.sig_scenario_changed.connect(self._on_scenario_changed)
        state.sig_result_changed.connect(self._on_result_changed)

        self._on_workbook_changed()
        self._on_scenario_changed(state.scenario)
        self._on_result_changed(state.result)
        # Column widths are fitted once, when a table is first seen (not all at start-up).
        self._unfitted = {self.service_table, self.budget_table, self.savings_table}
        self.tabs.currentChanged.connect(self._fit_visible_tables)
        self.restore_settings()
        self._fit_visible_tables()

    # Building -------------------------------------------------------------------------------

    def _splitter(self, name: str, orientation: Qt.Orientation) -> QSplitter:
        splitter = QSplitter(orientation, self)
        splitter.setObjectName(f"{name}Splitter")
        splitter.setChildrenCollapsible(False)
        self.splitters[name] = splitter
        return splitter

    def _default_splitter_sizes(self) -> None:
        width, height = DEFAULT_SIZE
        panel = self.lever_scroll.minimumWidth()
        self.splitters["main"].setSizes([panel, width - panel])
        self.splitters["right"].setSizes([int(height * 0.42), int(height * 0.58)])
        rest = width - panel
        self.splitters["top"].setSizes([int(rest * 0.64), int(rest * 0.36)])
        self.splitters["services"].setSizes([int(rest * 0.45), int(rest * 0.55)])

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.files.add_to_menu(file_menu)  # New, Open…, Open Recent, Save, Save As…
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu
        self.baseline_actions = BaselineActions(self, self.state, self.edits, self.settings)
        self._insert_before_quit(self.baseline_actions.actions())
        self.output_actions = OutputActions(
            self, self.state, self.settings, workbook_path=lambda: self.files.path
        )
        self._insert_before_quit(self.output_actions.actions())

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.reset_action = QAction(translate("MainWindow", "&Reset Levers"), self)
        self.reset_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reset_action.setStatusTip(
            translate("MainWindow", "Every lever back to no change (can be undone)")
        )
        self.reset_action.triggered.connect(self.edits.reset_levers)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.reset_action)

        scenario_menu = self.menuBar().addMenu(translate("MainWindow", "Scenari&o"))
        panel = self.scenario_panel
        for action in (panel.new_action, panel.duplicate_action, panel.rename_action):
            scenario_menu.addAction(action)
        scenario_menu.addAction(panel.delete_action)
        scenario_menu.addSeparator()
        self.compare = CompareLauncher(self, self.state)
        scenario_menu.addAction(self.compare.action)
        scenario_menu.addSeparator()
        self.scenario_dock.toggleViewAction().setText(
            translate("MainWindow", "Show Scenario &List")
        )
        scenario_menu.addAction(self.scenario_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.user_guide_action = add_user_guide_action(self, help_menu)  # F1
        self.about_action = QAction(translate("MainWindow", "&About Planner"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        add_language_menu(self, self.settings)  # Settings > Language, before Help (issue 13)

    def _connect_lever_panel(self) -> None:
        panel = self.lever_panel
        panel.sig_lever_edited.connect(self._on_lever_edited)
        panel.sig_lever_reset_requested.connect(self.edits.reset_lever)
        panel.sig_reset_all_requested.connect(self.edits.reset_levers)
        panel.plan_settings.sig_plan_year_edited.connect(self.edits.set_plan_year)
        panel.plan_settings.sig_target_edited.connect(self.edits.set_target)
        for spin in panel.findChildren(QAbstractSpinBox):
            spin.installEventFilter(self._undo_keys)
        self.plan_tools.attach(panel)

    def _show_baseline_name(self) -> None:
        baseline = self.state.baseline
        origin = f" ({baseline.origin})" if baseline.origin else ""
        self.baseline_label.setText(
            translate("MainWindow", "Baseline: {name}{origin}").format(
                name=baseline.name, origin=origin
            )
        )
        self.baseline_label.setToolTip(
            translate("MainWindow", "Scenarios are evaluated on the baseline {name}").format(
                name=baseline.name
            )
        )

    def _insert_before_quit(self, actions: list[QAction | None]) -> None:
        """Add a group of File-menu actions (None = separator) just above Quit."""
        for action in actions:
            if action is None:
                self.file_menu.insertSeparator(self.quit_action)
            else:
                self.file_menu.insertAction(self.quit_action, action)
        self.file_menu.insertSeparator(self.quit_action)

    # Slots ----------------------------------------------------------------------------------

    def _fit_visible_tables(self) -> None:
        for view in list(self._unfitted):
            if self.tabs.currentWidget() in (view, view.parent()):
                _fit_columns(view)
                self._unfitted.discard(view)

    def _on_baseline_changed(self, engine) -> None:
        """Views built on the baseline's lines and figures are made anew for the new one."""
        baseline = engine.baseline
        self.lever_panel = LeverPanel(baseline, engine.plan_years, self)
        self.lever_scroll.setWidget(self.lever_panel)  # the scroll area deletes the old panel
        self._connect_lever_panel()
        old_chart = self.service_chart
        self.service_chart = ServiceChart([s.name for s in self.state.result.services], self)
        self.service_chart_box.layout().replaceWidget(old_chart, self.service_chart)
        old_chart.deleteLater()
        self._show_baseline_name()
        self._unfitted = {self.service_table, self.budget_table, self.savings_table}
        QTimer.singleShot(0, self._fit_visible_tables)  # once the new result is in the tables

    def _on_lever_edited(self, lever_id: str, value: float, gesture: int) -> None:
        self.edits.set_lever(lever_id, value, gesture)

    def _on_workbook_changed(self) -> None:
        self.files.update_title()  # the scenario, the file name and the modified mark

    def _on_scenario_changed(self, scenario: Scenario) -> None:
        self.lever_panel.show_scenario(scenario)
        self.reset_action.setEnabled(bool(scenario.changed_levers()))

    def _on_result_changed(self, result: ScenarioResult) -> None:
        self.headline.show_result(result)
        self.bridge_chart.show_result(result)
        self.service_chart.show_result(result)
        self.service_model.set_result(result)
        self.budget_model.set_result(result)
        self.savings_model.set_result(result)
        self.warnings_model.set_result(result)
        count = len(result.warnings)
        if count:
            text = translate("MainWindow", "<b>{mark} Warnings ({count})</b>").format(
                mark=WARNING_MARK, count=count
            )
        else:
            text = translate("MainWindow", "<b>No warnings</b>")
        if self.warnings_label.text() != text:
            self.warnings_label.setText(text)

    def show_about(self) -> None:
        QMessageBox.about(
            self, translate("MainWindow", "About Planner"), about_html(self.state.baseline)
        )

    # Settings -------------------------------------------------------------------------------

    def restore_settings(self) -> None:
        """Size, place and layout of the last run, or a size that fits the screen."""
        settings = self.settings
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            width = min(DEFAULT_SIZE[0], available.width() - 40)
            height = min(DEFAULT_SIZE[1], available.height() - 40)
            self.resize(max(width, 640), max(height, 480))
            frame = self.frameGeometry()
            frame.moveCenter(available.center())
            self.move(frame.topLeft())
        for name, splitter in self.splitters.items():
            saved = settings.value(f"window/splitter/{name}")
            if saved is not None:
                splitter.restoreState(saved)
        tab = _int(settings.value("window/tab"), 0)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        docks = settings.value("window/docks")
        if docks is not None:
            self.restoreState(docks)

    def save_settings(self) -> None:
        settings = self.settings
        settings.setValue("window/geometry", self.saveGeometry())
        for name, splitter in self.splitters.items():
            settings.setValue(f"window/splitter/{name}", splitter.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.setValue("window/docks", self.saveState())
        scenario = self.state.scenario
        settings.setValue("plan/year", self.state.result.plan_year)
        settings.setValue("plan/target_eur", scenario.target_eur)
        settings.sync()

    def closeEvent(self, event) -> None:
        if not self.files.confirm_close():  # unsaved work: Save / Discard / Cancel
            event.ignore()
            return
        self.compare.close()
        self.save_settings()
        super().closeEvent(event)


def apply_last_plan_settings(state: PlannerState, settings: QSettings) -> None:
    """The plan year and target of the last run, when the window opens without a file (the
    start-up state, not an undoable change). Values that no longer fit are ignored."""
    year = _int(settings.value("plan/year"), None)
    if year is not None and year in state.engine.plan_years:
        state.set_plan_year(year)
    target = _float(settings.value("plan/target_eur"), None)
    if target is not None and 0 <= target < float("inf"):
        state.set_target(target)


class WarningsTable(QTableView):
    """The warnings: what each concerns in a narrow column, its sentence in the rest. Both
    wrap, and every row is as tall as its longest wrapped text, so no sentence is cut however
    narrow the warnings' part of the window is."""

    CONCERNS_SHARE = 0.38  # of the table's width, within CONCERNS_WIDTH
    CONCERNS_WIDTH = (90, 240)

    def __init__(self, model, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fitted to the width here
        # A row's height follows its wrapped text at the columns' widths of now, not of when
        # the row was first laid out.
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        model.modelReset.connect(self._fit_columns)
        model.dataChanged.connect(lambda *_: self._fit_columns())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """What the warnings concern gets its share of the width, and at least its longest
        word (a Finnish compound cannot wrap); the sentences take the rest (a stretched last
        column would keep its default width when the table is narrower than both). The table
        is never narrower than the longest word of each column."""
        model, metrics = self.model(), self.fontMetrics()
        margins = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2

        def longest_word(column: int) -> int:
            texts = (str(model.index(row, column).data() or "") for row in range(model.rowCount()))
            widths = (metrics.horizontalAdvance(word) for text in texts for word in text.split())
            return max(widths, default=0) + margins

        concerns, sentence = longest_word(0), longest_word(1)
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        least = concerns + sentence + scroll_bar + 2 * self.frameWidth()
        if self.minimumWidth() != least:
            self.setMinimumWidth(least)
        low, high = self.CONCERNS_WIDTH
        room = self.viewport().width()
        width = max(low, min(int(room * self.CONCERNS_SHARE), high), concerns)
        width = max(min(width, room - sentence), 40)
        sentences = max(room - width, 40)
        if (self.columnWidth(0), self.columnWidth(1)) == (width, sentences):
            self.resizeRowsToContents()  # new texts at the same widths
        self.setColumnWidth(0, width)
        self.setColumnWidth(1, sentences)


def _table(model, parent: QWidget, name: str) -> QTableView:
    view = FrozenColumnTable(parent)  # the names stay in view while it scrolls sideways
    # Before the model: the rows are fitted to their names from this height up.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setCornerButtonEnabled(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
    return view


def _fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents, and at least as wide as the model's sample of the
    widest figure a column is likely to hold; set once (resizing on every change would make
    the table jump)."""
    bold = view.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    view.resizeColumnsToContents()
    for column, sample in view.model().SAMPLES.items():
        width = metrics.horizontalAdvance(sample) + 16
        view.setColumnWidth(column, max(view.columnWidth(column), width))
    view.setColumnWidth(0, min(view.columnWidth(0) + 8, 220))
    view.fit_name_column()  # as wide as the longest name where the table has the room


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _float(value, default):
    try:
        return float(value)
    except (TypeError, ValueError):
        return default

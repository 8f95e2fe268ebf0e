"""Reach the target… (issue 12, item 3): the plan that gets there with the least harm to services.

The planner picks which levers may move and the limits of each (inside the lever's range), the
year (the plan year, or every year of the target path) and optionally a ceiling on one-off
costs in any year. `planner.analysis.solve` does the search (about a second on the bundled
baseline) in a `QThread`; the dialog shows that it is searching, how many plans it has tried,
and a Cancel button that stops it (the solver asks `cancelled()` between its steps).

The proposal is shown beside the current plan: lever values, savings by year and the service
lines whose share of demand met changes. *Apply* sets the levers as one undo step; *Save as new
scenario* adds the plan as a scenario (one undo step). A proposal is dropped as soon as the
scenario it was found for changes (it would no longer be what the search answered), and a
search that was cancelled or overtaken shows nothing.
"""

import threading
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt, QThread, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.analysis.solve import (
    SolveCancelled,
    SolveError,
    SolveRequest,
    check_request,
    solve,
)
from planner.model import LEVER_BY_ID, LEVERS, Scenario, evaluate_scenario
from planner.present import QT_TRANSLATE_NOOP, translate
from planner.present import numbers as fmt
from planner.present.result import gap_text, lever_name, lever_setting
from planner.ui.lever_panel import INPUT_LOCALE, TARGET_MAX_EUR, TARGET_STEP_EUR

SERVICE_CHANGE = 0.0005  # a line "changes" when its share met moves by 0.05 points or more


def _copy(scenario: Scenario) -> Scenario:
    return replace(
        scenario,
        levers=dict(scenario.levers),
        timing=dict(scenario.timing),
        targets_eur=dict(scenario.targets_eur),
        overrides=dict(scenario.overrides),
    )


def _inputs(scenario: Scenario) -> tuple:
    """What a search depends on, to tell whether a proposal still answers the current plan."""
    return (
        tuple(sorted(scenario.levers.items())),
        tuple(sorted(scenario.timing.items())),
        scenario.plan_year,
        scenario.target_eur,
        tuple(sorted(scenario.targets_eur.items())),
        scenario.horizon_year,
        scenario.office_early_exit,
    )


class SolveThread(QThread):
    """Runs `solve` off the event loop; `cancel()` makes it stop at the solver's next step."""

    sig_progress = Signal(int)
    """Engine evaluations asked for so far (the solver's steps)."""

    sig_finished = Signal(object, object)
    """This thread, and the SolveResult, or None when cancelled, or the exception raised."""

    def __init__(self, engine, scenario: Scenario, request: SolveRequest, parent=None):
        super().__init__(parent)
        self.engine, self.scenario, self.request = engine, scenario, request
        self._cancel = threading.Event()
        self.steps = 0

    def cancel(self) -> None:
        self._cancel.set()

    def _cancelled(self) -> bool:
        self.steps += 1
        if self.steps % 10 == 0:
            self.sig_progress.emit(self.steps)
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = solve(self.engine, self.scenario, self.request, cancelled=self._cancelled)
        except SolveCancelled:
            result = None
        except Exception as error:  # shown in the dialog, never lost in the thread
            result = error
        self.sig_finished.emit(self, result)


class ProposalModel(QAbstractTableModel):
    """The proposal beside the current plan: (what, current, proposed, change) rows, with
    section rows (levers, savings by year, services that change) in bold."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReachTarget", " "),
        QT_TRANSLATE_NOOP("ReachTarget", "Current plan"),
        QT_TRANSLATE_NOOP("ReachTarget", "Proposed plan"),
        QT_TRANSLATE_NOOP("ReachTarget", "Change"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str, bool]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[tuple[str, str, str, str, bool]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.HEADERS):
            return translate("ReachTarget", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.FontRole and row[4]:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def proposal_rows(current, proposed, years: list[int]) -> list[tuple]:
    """The comparison: levers (those that differ, or may move), savings by year, services."""
    rows = [(translate("ReachTarget", "Levers"), "", "", "", True)]
    for lever in LEVERS:
        a, b = current.scenario.levers[lever.id], proposed.scenario.levers[lever.id]
        change = fmt.lever_points(b - a) if abs(b - a) >= 0.005 else "–"
        rows.append((lever_name(lever), lever_setting(a), lever_setting(b), change, False))
    rows.append((translate("ReachTarget", "Savings by year"), "", "", "", True))
    for year in years:
        a, b = current.year(year), proposed.year(year)
        rows.append(
            (
                translate("ReachTarget", "{year} (target {target})").format(
                    year=year, target=fmt.meur(b.target_eur)
                ),
                fmt.eur(a.total_savings_eur),
                fmt.eur(b.total_savings_eur),
                fmt.signed_eur(b.total_savings_eur - a.total_savings_eur),
                False,
            )
        )
    rows.append(
        (
            translate("ReachTarget", "Services that change in {year} (share of demand met)").format(
                year=proposed.plan_year
            ),
            "",
            "",
            "",
            True,
        )
    )
    changed = 0
    for a, b in zip(current.plan.services, proposed.plan.services, strict=True):
        share_moves = abs(b.share_met - a.share_met) >= SERVICE_CHANGE
        bought_moves = abs(b.bought - a.bought) > 0.5
        if share_moves or bought_moves:
            changed += 1
            if share_moves:
                change = fmt.points(100 * (b.share_met - a.share_met))
            else:  # served in full either way; more (or less) of it bought
                change = translate("ReachTarget", "{volume} {unit}s bought").format(
                    volume=fmt.signed_volume(b.bought - a.bought), unit=b.unit
                )
            rows.append(
                (
                    b.name + (" ▼" if b.below_floor else ""),
                    fmt.pct(a.share_met),
                    fmt.pct(b.share_met),
                    change,
                    False,
                )
            )
    if not changed:
        rows.append((translate("ReachTarget", "No service line changes"), "", "", "", False))
    return rows


def binding_words(solved, services: dict[str, str]) -> list[str]:
    """Each binding limit or constraint in words."""
    words = []
    for binding in solved.binding:
        if binding.kind == "limit":
            lever = LEVER_BY_ID[binding.what]
            value = lever_setting(solved.scenario.levers[binding.what])
            text = (
                translate("ReachTarget", "{lever} is at its upper limit ({value})")
                if binding.detail == "max"
                else translate("ReachTarget", "{lever} is at its lower limit ({value})")
            )
            words.append(text.format(lever=lever_name(lever), value=value))
        elif binding.kind == "floor":
            words.append(
                translate("ReachTarget", "{line} is at its floor").format(
                    line=services.get(binding.what, binding.what)
                )
            )
        elif binding.kind == "one_off":
            words.append(
                translate("ReachTarget", "one-off costs in {year} are at the ceiling").format(
                    year=binding.what
                )
            )
        elif binding.kind == "target":
            words.append(
                translate("ReachTarget", "the target of {year} is just met").format(
                    year=binding.what
                )
            )
    return words


class ReachTargetDialog(QDialog):
    def __init__(self, window, plan_edits, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_, self.state, self.plan_edits = window, window.state, plan_edits
        self.setWindowTitle(translate("ReachTarget", "Reach the target"))
        self.setModal(True)
        self.thread: SolveThread | None = None
        self.solved = None  # the SolveResult shown
        self.proposed = None  # its ScenarioResult (evaluated as Apply would)
        self._basis: tuple | None = None  # inputs of the scenario the search answered
        state = self.state
        scenario, result = state.scenario, state.result

        # Levers and limits ---------------------------------------------------------------
        levers_box = QGroupBox(
            translate("ReachTarget", "Levers that may move, and their limits"), self
        )
        grid = QGridLayout(levers_box)
        grid.addWidget(QLabel(translate("ReachTarget", "<b>Lever</b>"), levers_box), 0, 0)
        grid.addWidget(QLabel(translate("ReachTarget", "<b>Now</b>"), levers_box), 0, 1)
        grid.addWidget(QLabel(translate("ReachTarget", "<b>At least</b>"), levers_box), 0, 2)
        grid.addWidget(QLabel(translate("ReachTarget", "<b>At most</b>"), levers_box), 0, 3)
        self.moving: dict[str, QCheckBox] = {}
        self.low: dict[str, QDoubleSpinBox] = {}
        self.high: dict[str, QDoubleSpinBox] = {}
        for r, lever in enumerate(LEVERS, start=1):
            name = lever_name(lever)
            check = QCheckBox(name, levers_box)
            check.setChecked(True)
            check.setToolTip(
                translate(
                    "ReachTarget",
                    "Let the search move {lever}; unticked, it stays at its current value",
                ).format(lever=name)
            )
            now = QLabel(lever_setting(scenario.levers[lever.id]), levers_box)
            now.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            low, high = _limit_spin(lever, lever.minimum), _limit_spin(lever, lever.maximum)
            low.setAccessibleName(translate("ReachTarget", "{lever}, at least").format(lever=name))
            high.setAccessibleName(translate("ReachTarget", "{lever}, at most").format(lever=name))
            for spin in (low, high):
                spin.setParent(levers_box)
                spin.setToolTip(
                    translate(
                        "ReachTarget",
                        "A policy limit inside the lever's range {low}–{high}",
                    ).format(
                        low=lever_setting(lever.minimum),
                        high=lever_setting(lever.maximum),
                    )
                )
            low.valueChanged.connect(lambda v, h=high: h.setMinimum(v))
            high.valueChanged.connect(lambda v, lo=low: lo.setMaximum(v))
            check.toggled.connect(low.setEnabled)
            check.toggled.connect(high.setEnabled)
            grid.addWidget(check, r, 0)
            grid.addWidget(now, r, 1)
            grid.addWidget(low, r, 2)
            grid.addWidget(high, r, 3)
            self.moving[lever.id], self.low[lever.id], self.high[lever.id] = check, low, high
        grid.setColumnStretch(0, 1)

        # Years and the ceiling ----------------------------------------------------------
        years = [y.year for y in result.years]
        plan_year = result.plan_year
        goal_box = QGroupBox(translate("ReachTarget", "Reach"), self)
        goal = QVBoxLayout(goal_box)
        self.plan_year_only = QRadioButton(
            translate("ReachTarget", "the target of the plan year, {year} ({target})").format(
                year=plan_year, target=fmt.eur(result.target_eur)
            ),
            goal_box,
        )
        self.every_year = QRadioButton(
            translate("ReachTarget", "the target path in every year, {first}–{last}").format(
                first=years[0], last=years[-1]
            ),
            goal_box,
        )
        self.every_year.setToolTip(
            translate("ReachTarget", "The targets by year (Plan settings > Targets by year…)")
        )
        self.plan_year_only.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.plan_year_only)
        group.addButton(self.every_year)
        self.years = years
        ceiling_row = QHBoxLayout()
        self.use_ceiling = QCheckBox(translate("ReachTarget", "One-off costs at most"), goal_box)
        self.ceiling = QDoubleSpinBox(goal_box)
        self.ceiling.setLocale(INPUT_LOCALE)
        self.ceiling.setDecimals(0)
        self.ceiling.setRange(0.0, TARGET_MAX_EUR)
        self.ceiling.setSingleStep(TARGET_STEP_EUR)
        self.ceiling.setPrefix("€")
        self.ceiling.setGroupSeparatorShown(True)
        self.ceiling.setValue(5_000_000.0)
        self.ceiling.setEnabled(False)
        self.ceiling.setAccessibleName(
            translate("ReachTarget", "Ceiling on one-off costs in euros")
        )
        self.use_ceiling.toggled.connect(self.ceiling.setEnabled)
        ceiling_row.addWidget(self.use_ceiling)
        ceiling_row.addWidget(self.ceiling)
        ceiling_row.addWidget(QLabel(translate("ReachTarget", "in any one year"), goal_box))
        ceiling_row.addStretch(1)
        goal.addWidget(self.plan_year_only)
        goal.addWidget(self.every_year)
        goal.addLayout(ceiling_row)
        rule = QLabel(
            translate(
                "ReachTarget",
                "Always: no service line below its floor (statutory demand beyond own capacity "
                "is bought). Of the plans that reach the target, the one that loses the least "
                "service (demand not delivered, at unit cost), then the one that changes the "
                "current plan least. Start dates stay as they are.",
            ),
            goal_box,
        )
        rule.setWordWrap(True)
        goal.addWidget(rule)

        # Search, progress, Cancel ---------------------------------------------------------
        self.find_button = QPushButton(translate("ReachTarget", "&Find a plan"), self)
        self.find_button.setDefault(True)
        self.cancel_button = QPushButton(translate("ReachTarget", "&Cancel search"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        search = QHBoxLayout()
        search.addWidget(self.find_button)
        search.addWidget(self.cancel_button)
        search.addWidget(self.progress, 1)

        # The proposal ----------------------------------------------------------------------
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ProposalModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            translate("ReachTarget", "The proposed plan beside the current one")
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.apply_button = QPushButton(translate("ReachTarget", "&Apply"), self)
        self.apply_button.setToolTip(
            translate("ReachTarget", "Set the levers to the proposed plan (one undo step)")
        )
        self.save_button = QPushButton(translate("ReachTarget", "&Save as new scenario"), self)
        self.save_button.setToolTip(
            translate(
                "ReachTarget", "Add the proposed plan as a new scenario after the current one"
            )
        )
        self.close_button = QPushButton(translate("ReachTarget", "Close"), self)
        for button in (self.apply_button, self.save_button):
            button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.apply_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.close_button)

        top = QHBoxLayout()
        top.addWidget(levers_box, 3)
        top.addWidget(goal_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(search)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.find_button.clicked.connect(self.find)
        self.cancel_button.clicked.connect(self.cancel)
        self.apply_button.clicked.connect(self.apply)
        self.save_button.clicked.connect(self.save_as_new)
        self.close_button.clicked.connect(self.reject)
        state.sig_scenario_changed.connect(self._on_scenario_changed)
        self.resize(900, 720)

    # The request -------------------------------------------------------------------------

    def request(self) -> SolveRequest:
        levers = tuple(i for i, check in self.moving.items() if check.isChecked())
        limits = {i: (self.low[i].value(), self.high[i].value()) for i in levers}
        years = tuple(self.years) if self.every_year.isChecked() else ()
        ceiling = self.ceiling.value() if self.use_ceiling.isChecked() else None
        return SolveRequest(levers, limits, years, ceiling)

    def find(self) -> None:
        if self.thread is not None:
            return
        if not any(check.isChecked() for check in self.moving.values()):
            # Said here in the planner's language; the solver's own words are the command line's.
            self.status.setText(
                translate("ReachTarget", "Cannot search: tick at least one lever that may move.")
            )
            return
        try:
            request = self.request()
            check_request(request)
        except SolveError as error:
            self.status.setText(
                translate("ReachTarget", "Cannot search: {reason}").format(reason=str(error))
            )
            return
        self._drop_proposal()
        scenario = _copy(self.state.scenario)
        self._basis = _inputs(scenario)
        thread = SolveThread(self.state.engine, scenario, request, self)
        thread.sig_progress.connect(self._on_progress)
        # Bound methods of the dialog: queued to the window's thread, never run in the worker.
        thread.sig_finished.connect(self._on_finished)
        self.thread = thread
        self.progress.setRange(0, 0)  # busy
        self.status.setText(translate("ReachTarget", "Searching…"))
        self.find_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        thread.start()

    def cancel(self) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.status.setText(translate("ReachTarget", "Cancelling…"))

    def _on_progress(self, steps: int) -> None:
        if self.thread is not None:
            self.status.setText(
                translate("ReachTarget", "Searching… {count} steps so far").format(
                    count=fmt.count(steps)
                )
            )

    def _on_finished(self, thread: SolveThread, found) -> None:
        thread.wait()
        thread.deleteLater()
        if thread is not self.thread:
            return  # overtaken: never shown
        self.thread = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.find_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if found is None:
            self.status.setText(translate("ReachTarget", "Search cancelled; nothing changed."))
            return
        if isinstance(found, Exception):
            self.status.setText(
                translate("ReachTarget", "The search failed: {reason}").format(reason=str(found))
            )
            return
        if self._basis != _inputs(self.state.scenario):
            self.status.setText(
                translate("ReachTarget", "The plan changed during the search; find again.")
            )
            return
        self.show_proposal(found)

    def show_proposal(self, solved) -> None:
        self.solved = solved
        current = self.state.result
        self.proposed = evaluate_scenario(self.state.engine, _copy(solved.scenario))
        years = [y.year for y in current.years]
        self.model.set_rows(proposal_rows(current, self.proposed, years))
        services = {s.id: s.name for s in current.services}
        words = binding_words(solved, services)
        if solved.reachable:
            text = translate(
                "ReachTarget",
                "Found: this plan reaches the target {when}. Service lost beyond the "
                "no-change trend: {lost}.",
            ).format(
                when=_years_text(solved.savings_by_year), lost=fmt.eur(solved.service_lost_eur)
            )
            if words:
                text += " " + translate("ReachTarget", "What holds it: {list}.").format(
                    list="; ".join(words)
                )
        else:
            shorts = [
                translate("ReachTarget", "{year}: {gap}").format(year=y, gap=gap_text(short))
                for y, short in solved.short_by_year.items()
                if short > 0
            ]
            text = translate(
                "ReachTarget",
                "Not reachable within these limits. The closest plan is shown: {shorts}.",
            ).format(shorts="; ".join(shorts))
            if words:
                text += " " + translate("ReachTarget", "What binds: {list}.").format(
                    list="; ".join(words)
                )
        changed = solved.scenario.levers != self.state.scenario.levers
        if solved.reachable and not changed:
            text = translate(
                "ReachTarget",
                "The current plan already reaches the target {when} within these limits; "
                "the search proposes no change.",
            ).format(when=_years_text(solved.savings_by_year))
        self.summary.setText(text)
        self.status.setText(translate("ReachTarget", "Done."))
        self.apply_button.setEnabled(changed)
        self.save_button.setEnabled(True)

    def _drop_proposal(self) -> None:
        self.solved = self.proposed = None
        self.model.set_rows([])
        self.summary.setText("")
        self.apply_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _on_scenario_changed(self, scenario) -> None:
        if self.solved is not None and self._basis != _inputs(scenario):
            self._drop_proposal()
            self.status.setText(
                translate("ReachTarget", "The plan changed since the search; find again.")
            )

    # Apply, save ------------------------------------------------------------------------

    def apply(self) -> None:
        if self.solved is None:
            return
        solved = self.solved
        self._basis = _inputs(replace(self.state.scenario, levers=dict(solved.scenario.levers)))
        self.plan_edits.set_levers(
            solved.scenario.levers,
            translate("Undo", "apply the plan found by Reach the target"),
        )
        self.apply_button.setEnabled(False)
        self.status.setText(translate("ReachTarget", "Applied (Edit > Undo takes it back)."))

    def save_as_new(self) -> None:
        if self.solved is None:
            return
        state = self.state
        current = state.scenario
        name = self.window_.edits.free_name(
            translate("ReachTarget", "{name} – target reached").format(name=current.name)
            if self.solved.reachable
            else translate("ReachTarget", "{name} – closest plan").format(name=current.name)
        )
        note = self.summary.text()
        scenario = replace(
            _copy(current),
            name=state.check_name(name),
            levers=dict(self.solved.scenario.levers),
            description=translate("ReachTarget", "Found by Reach the target. {summary}").format(
                summary=note
            ),
            modified_by=state.user,
            modified_at=state.clock(),
        )
        self.solved = None  # the new scenario becomes current: this proposal is done
        self.plan_edits.add_scenario(
            scenario, translate("Undo", "new scenario {name}").format(name=scenario.name)
        )
        self._drop_proposal()
        self.status.setText(
            translate("ReachTarget", "Saved as the scenario “{name}”.").format(name=scenario.name)
        )

    # Closing ------------------------------------------------------------------------------

    def done(self, code: int) -> None:
        if self.thread is not None:
            self.thread.cancel()
            self.thread.wait()
            self.thread = None
        super().done(code)


def _limit_spin(lever, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setLocale(INPUT_LOCALE)
    spin.setDecimals(2)
    spin.setRange(lever.minimum, lever.maximum)
    spin.setSingleStep(1.0)
    spin.setSuffix(" %")
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    with QSignalBlocker(spin):
        spin.setValue(value)
    return spin


def _years_text(by_year: dict[int, float]) -> str:
    """The years a plan reaches the target, as the language says one year or several:
    in 2024 / vuonna 2024 / år 2024, in 2024–2028 / vuosina 2024–2028 / åren 2024–2028."""
    years = sorted(by_year)
    if len(years) == 1:
        return translate("ReachTarget", "in {year}").format(year=years[0])
    return translate("ReachTarget", "in {first}–{last}").format(first=years[0], last=years[-1])


def open_reach_target(window, plan_edits) -> ReachTargetDialog:
    dialog = ReachTargetDialog(window, plan_edits)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

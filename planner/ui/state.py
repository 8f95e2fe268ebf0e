"""The one owner of the window's state: the engine, the open workbook, its current scenario and
the current result.

Views read from it and listen to its signals; they never change it. Every user change reaches
it through an undo command (planner.ui.undo), whose redo and undo call only the setters here.
"""

import getpass
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from planner.model import Engine, Scenario, ScenarioResult, evaluate_scenario
from planner.model.levers import check_lever_value, no_change_levers
from planner.model.scenario import Override
from planner.model.workbook import Workbook
from planner.present import translate


def no_change_name() -> str:
    """The name of a new workbook's first scenario, in the planner's language: a name the
    planner gives, so it is written in their words (and then kept as typed data)."""
    return translate("ScenarioName", "No change")


MAX_NAME = 200  # as the workbook format allows


class ScenarioNameError(ValueError):
    """A scenario name that cannot be used (empty, too long, or another scenario's); the
    message says why in words."""


def current_user() -> str:
    """Who is changing scenarios, for `modified_by` (never fails: some systems have no name)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def local_time_now() -> str:
    """ISO 8601 local time with its UTC offset, to the second: 2026-11-28T09:30:00+02:00."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


class PlannerState(QObject):
    """The engine (and so the baseline), a workbook with a current scenario, and its result.

    The workbook may hold several scenarios; the window works on the current one. The setters
    change the current scenario in place (it is the workbook's own object, so what is saved
    later is what is shown), evaluate it, and tell the views.
    """

    sig_scenario_changed = Signal(object)
    """The current scenario's inputs changed (a lever, the plan year or the target), or another
    scenario became current. Argument: the current `Scenario` (do not modify it)."""

    sig_result_changed = Signal(object)
    """A new result was evaluated for the current scenario. Argument: the `ScenarioResult`,
    a snapshot that later changes do not alter."""

    sig_workbook_changed = Signal()
    """Another workbook was opened or another scenario of it became current; emitted before
    `sig_scenario_changed` and `sig_result_changed`, so views can rebuild what depends on it."""

    sig_scenarios_changed = Signal()
    """The workbook's list of scenarios changed: one was added, removed or renamed, or a
    description or a who-and-when stamp changed. Views listing the scenarios refresh. Emitted
    before `sig_workbook_changed` when the current scenario changes too."""

    sig_baseline_changed = Signal(object)
    """Another baseline is in use. Argument: its `Engine`. Emitted before
    `sig_workbook_changed`, so views that show the baseline's lines or figures rebuild first."""

    def __init__(
        self,
        engine: Engine,
        workbook: Workbook | None = None,
        current: int = 0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._engine = engine
        self._workbook = Workbook(
            # Plan year: the baseline's; the target: the one the baseline states.
            scenarios=[Scenario(no_change_name(), target_eur=engine.baseline.default_target_eur)],
            baseline_name=engine.baseline.name,
        )
        self._current = 0
        self._result = self._evaluate(self.scenario)
        # Who and when, for each scenario's stamp; replaceable so tests can fix them.
        self.user = current_user()
        self.clock = local_time_now
        if workbook is not None:
            self.set_workbook(workbook, current)

    # What views read ------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def baseline(self):
        return self._engine.baseline

    @property
    def workbook(self) -> Workbook:
        return self._workbook

    @property
    def current_index(self) -> int:
        return self._current

    @property
    def scenario(self) -> Scenario:
        return self._workbook.scenarios[self._current]

    @property
    def result(self) -> ScenarioResult:
        return self._result

    def lever_value(self, lever_id: str) -> float:
        return self.scenario.levers[lever_id]

    # Setters: called by undo commands (and by the window when it opens) ----------------------

    def set_lever(self, lever_id: str, value: float) -> None:
        """Set one lever of the current scenario (in the lever's unit); LeverError if invalid."""
        value = check_lever_value(lever_id, value)
        if self.scenario.levers[lever_id] == value:
            return
        self.scenario.levers[lever_id] = value
        self._changed()

    def set_levers(self, values: dict[str, float]) -> None:
        """Set several levers at once (one evaluation, one notification)."""
        checked = {lever_id: check_lever_value(lever_id, v) for lever_id, v in values.items()}
        levers = self.scenario.levers
        if all(levers[lever_id] == value for lever_id, value in checked.items()):
            return
        levers.update(checked)
        self._changed()

    def reset_levers(self) -> None:
        """Every lever back to its no-change value."""
        self.set_levers(no_change_levers())

    def set_plan_year(self, year: int | None) -> None:
        """None: the baseline year (a scenario saved without a plan year of its own)."""
        if year is not None:
            self._engine.check_year(year)  # raises PlanYearError
        if self.scenario.plan_year == year:
            return
        self.scenario.plan_year = None if year is None else int(year)
        self._changed()

    def set_target(self, target_eur: float) -> None:
        target_eur = float(target_eur)
        if not 0 <= target_eur < float("inf"):
            raise ValueError(f"target {target_eur} must be a non-negative number of euros")
        if self.scenario.target_eur == target_eur:
            return
        self.scenario.target_eur = target_eur
        self._changed()

    def set_timing(self, lever_id: str, timing, office_early_exit: bool | None = None) -> None:
        """One lever's start and ramp-up (a `LeverTiming`), and optionally whether office
        leases are left early; TimingError (nothing changes) if the plan cannot have them.
        The scenario's timing dict is replaced, never changed in place (results hold it)."""
        if lever_id not in self.scenario.levers:
            check_lever_value(lever_id, 0.0)  # raises the unknown-lever error
        timings = {k: v for k, v in self.scenario.timing.items() if k != lever_id}
        if not timing.is_default:
            timings[lever_id] = timing
        early = self.scenario.office_early_exit if office_early_exit is None else office_early_exit
        early = bool(early)
        if timings == self.scenario.timing and early == self.scenario.office_early_exit:
            return
        self._evaluate(replace(self.scenario, timing=timings, office_early_exit=early))  # raises
        self.scenario.timing, self.scenario.office_early_exit = timings, early
        self._changed()

    def set_target_path(self, targets_eur: dict[int, float]) -> None:
        """The target path's exceptions to the scenario's target ({year: euros}); replaced,
        never changed in place."""
        path = {int(y): float(v) for y, v in targets_eur.items()}
        for amount in path.values():
            if not 0 <= amount < float("inf"):
                raise ValueError(f"target {amount} must be a non-negative number of euros")
        if path == self.scenario.targets_eur:
            return
        self.scenario.targets_eur = path
        self._changed()

    def set_override(self, figure: str, override: Override | None) -> None:
        """Assume one baseline figure ("table.row.column") differently in the current scenario
        (an `Override`: value and reason), or as the baseline has it again (None). The
        overrides dict is replaced, never changed in place (results hold it); OverrideError
        (nothing changes) for a figure the baseline does not have. Never clamped: a value
        outside the figure's range is kept and the model warns."""
        overrides = {k: v for k, v in self.scenario.overrides.items() if k != figure}
        if override is not None:
            overrides[figure] = override
        if overrides == self.scenario.overrides:
            return
        self._evaluate(replace(self.scenario, overrides=overrides))  # raises first
        self.scenario.overrides = overrides
        self._changed()

    def set_workbook(self, workbook: Workbook, current: int = 0) -> None:
        """Open another workbook (with at least one scenario) and make one of its scenarios
        current. Nothing changes if the scenario cannot be evaluated on this baseline."""
        if not workbook.scenarios:
            raise ValueError("the workbook holds no scenario")
        if not 0 <= current < len(workbook.scenarios):
            raise IndexError(f"scenario {current} of {len(workbook.scenarios)}")
        result = self._evaluate(workbook.scenarios[current])  # raises before anything changes
        self._workbook, self._current, self._result = workbook, current, result
        self._announce(workbook_changed=True)

    def set_current(self, index: int) -> None:
        """Make another scenario of the open workbook current."""
        self.set_workbook(self._workbook, index)

    # The workbook's scenarios: called by undo commands -----------------------------------

    def check_name(self, name: str, index: int | None = None) -> str:
        """The name, stripped, if a scenario (the one at `index`, or a new one) may have it;
        ScenarioNameError saying why otherwise."""
        name = name.strip()
        if not name:
            raise ScenarioNameError("A scenario needs a name.")
        if len(name) > MAX_NAME:
            raise ScenarioNameError(
                translate("State", "A scenario name has at most {count} characters.").format(
                    count=MAX_NAME
                )
            )
        for i, scenario in enumerate(self._workbook.scenarios):
            if i != index and scenario.name == name:
                raise ScenarioNameError(
                    translate(
                        "State", "Another scenario is already called “{name}”; names must differ."
                    ).format(name=name)
                )
        return name

    def add_scenario(self, index: int, scenario: Scenario) -> None:
        """Insert `scenario` (the object itself) at `index` and make it current."""
        self.check_name(scenario.name)
        result = self._evaluate(scenario)  # raises before anything changes
        self._workbook.scenarios.insert(index, scenario)
        self._current, self._result = index, result
        self.sig_scenarios_changed.emit()
        self._announce(workbook_changed=True)

    def remove_scenario(self, index: int, current_after: int) -> Scenario:
        """Take the scenario at `index` out (never the last one) and make `current_after`
        (an index in the shortened list) current. Returns the removed scenario."""
        scenarios = self._workbook.scenarios
        if len(scenarios) < 2:
            raise ValueError("a workbook keeps at least one scenario")
        rest = scenarios[:index] + scenarios[index + 1 :]
        result = self._evaluate(rest[current_after])
        removed = scenarios.pop(index)
        self._current, self._result = current_after, result
        self.sig_scenarios_changed.emit()
        self._announce(workbook_changed=True)
        return removed

    def rename_scenario(self, index: int, name: str) -> None:
        """Rename one scenario (ScenarioNameError if the name cannot be used)."""
        name = self.check_name(name, index)
        scenario = self._workbook.scenarios[index]
        if scenario.name == name:
            return
        scenario.name = name
        if index == self._current:  # the result names its scenario: a fresh snapshot
            self._result = self._evaluate(scenario)
        self.sig_scenarios_changed.emit()
        if index == self._current:
            self._announce(workbook_changed=True)

    def set_description(self, index: int, text: str) -> None:
        """The notes of one scenario; stamps who changed it and when."""
        scenario = self._workbook.scenarios[index]
        if scenario.description == text:
            return
        scenario.description = text
        self._stamp(scenario)
        self.sig_scenarios_changed.emit()

    def stamp_of(self, index: int) -> tuple[str, str]:
        scenario = self._workbook.scenarios[index]
        return scenario.modified_by, scenario.modified_at

    def restore_stamp(self, index: int, stamp: tuple[str, str]) -> None:
        """Put back a scenario's who-and-when (undo restores exactly what was there)."""
        scenario = self._workbook.scenarios[index]
        if (scenario.modified_by, scenario.modified_at) == tuple(stamp):
            return
        scenario.modified_by, scenario.modified_at = stamp
        self.sig_scenarios_changed.emit()

    # Inside ----------------------------------------------------------------------------------

    def set_engine(self, engine: Engine) -> None:
        """Plan on another baseline: the open workbook's current scenario is evaluated on it
        (the others when they are shown). Nothing changes if it cannot be evaluated there,
        e.g. its plan year is outside the new baseline's plan years (PlanYearError)."""
        if engine is self._engine:
            return
        result = self._evaluate(self.scenario, engine)  # raises before anything changes
        self._engine, self._result = engine, result
        self.sig_baseline_changed.emit(engine)
        self._announce(workbook_changed=True)

    def check_engine(self, engine: Engine) -> None:
        """Raise PlanYearError if the current scenario cannot be evaluated on `engine`."""
        self._evaluate(self.scenario, engine)

    def _evaluate(self, scenario: Scenario, engine: Engine | None = None) -> ScenarioResult:
        # Evaluate a copy, so the result keeps the inputs it was computed from even when the
        # workbook's scenario is changed later (results are snapshots views can hold on to).
        engine = engine or self._engine
        snapshot = replace(scenario, levers=dict(scenario.levers))
        return evaluate_scenario(engine, snapshot)  # PlanYearError for a year out of range

    def _stamp(self, scenario: Scenario) -> None:
        scenario.modified_by, scenario.modified_at = self.user, self.clock()

    def _changed(self) -> None:
        self._stamp(self.scenario)
        self._result = self._evaluate(self.scenario)
        self._announce(workbook_changed=False)

    def _announce(self, workbook_changed: bool) -> None:
        if workbook_changed:
            self.sig_workbook_changed.emit()
        self.sig_scenario_changed.emit(self.scenario)
        self.sig_result_changed.emit(self._result)

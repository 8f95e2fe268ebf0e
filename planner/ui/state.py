"""The one owner of the window's state: the engine, the open workbook, its current scenario and
the current result.

Views read from it and listen to its signals; they never change it. Every user change reaches
it through an undo command (planner.ui.commands), whose redo and undo call only the setters here.
"""

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from planner.model import Engine, PlanYearError, Scenario, ScenarioResult, evaluate_scenario
from planner.model.levers import check_lever_value, no_change_levers
from planner.model.workbook import Workbook

NO_CHANGE_NAME = "No change"


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
            scenarios=[Scenario(NO_CHANGE_NAME, plan_year=engine.baseline.year)],
            baseline_name=engine.baseline.name,
        )
        self._current = 0
        self._result = self._evaluate(self.scenario)
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

    def set_plan_year(self, year: int) -> None:
        if year not in self._engine.plan_years:
            years = self._engine.plan_years
            raise PlanYearError(f"plan year {year} is outside {years.start}–{years.stop - 1}")
        if self.scenario.plan_year == year:
            return
        self.scenario.plan_year = int(year)
        self._changed()

    def set_target(self, target_eur: float) -> None:
        target_eur = float(target_eur)
        if not 0 <= target_eur < float("inf"):
            raise ValueError(f"target {target_eur} must be a non-negative number of euros")
        if self.scenario.target_eur == target_eur:
            return
        self.scenario.target_eur = target_eur
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

    # Inside ----------------------------------------------------------------------------------

    def _evaluate(self, scenario: Scenario) -> ScenarioResult:
        # Evaluate a copy, so the result keeps the inputs it was computed from even when the
        # workbook's scenario is changed later (results are snapshots views can hold on to).
        snapshot = replace(scenario, levers=dict(scenario.levers))
        if snapshot.plan_year not in self._engine.plan_years:
            years = self._engine.plan_years
            raise PlanYearError(
                f"plan year {snapshot.plan_year} is outside {years.start}–{years.stop - 1}"
            )
        return evaluate_scenario(self._engine, snapshot)

    def _changed(self) -> None:
        self._result = self._evaluate(self.scenario)
        self._announce(workbook_changed=False)

    def _announce(self, workbook_changed: bool) -> None:
        if workbook_changed:
            self.sig_workbook_changed.emit()
        self.sig_scenario_changed.emit(self.scenario)
        self.sig_result_changed.emit(self._result)

"""Goal seek: the smallest value of one lever that reaches the savings target."""

from dataclasses import dataclass

import numpy as np

from planner.model.engine import Engine
from planner.model.levers import LEVER_BY_ID, LEVER_INDEX
from planner.model.scenario import Scenario

GRID_POINTS = 2001  # one evaluation of a batch; then bisection between two grid points


@dataclass(frozen=True)
class GoalSeekResult:
    lever: str
    reachable: bool
    value: float  # the smallest value reaching the target, or the best value in range
    total_savings_eur: float  # plan-year total at `value`

    def describe(self) -> str:
        lever = LEVER_BY_ID[self.lever]
        if self.reachable:
            return f"{lever.name}: {self.value:.2f} {lever.unit} reaches the target"
        return (
            f"{lever.name}: the target is not reachable within {lever.minimum:g}–"
            f"{lever.maximum:g} {lever.unit}; best is {self.value:.2f} with "
            f"€{self.total_savings_eur:,.0f}"
        )


def goal_seek(engine: Engine, scenario: Scenario, lever_id: str, tolerance: float = 1e-6):
    """Scan the lever's range in one batch, then bisect the first crossing of the target.

    Savings need not be monotone in every lever (the digital shift first serves unmet
    demand), so the first grid crossing is refined rather than assuming one root.
    """
    lever = LEVER_BY_ID[lever_id]
    column = LEVER_INDEX[lever_id]
    base = scenario.lever_vector()
    grid = np.linspace(lever.minimum, lever.maximum, GRID_POINTS)

    def totals(values: np.ndarray) -> np.ndarray:
        batch = np.repeat(base[np.newaxis, :], len(values), axis=0)
        batch[:, column] = values
        return engine.evaluate(batch, scenario.plan_year).total_plan_year

    grid_totals = totals(grid)
    reaching = np.nonzero(grid_totals >= scenario.target_eur)[0]
    if len(reaching) == 0:
        best = int(np.argmax(grid_totals))
        return GoalSeekResult(lever_id, False, float(grid[best]), float(grid_totals[best]))
    first = int(reaching[0])
    if first == 0:
        return GoalSeekResult(lever_id, True, float(grid[0]), float(grid_totals[0]))
    low, high = float(grid[first - 1]), float(grid[first])
    while high - low > tolerance:
        middle = (low + high) / 2
        if totals(np.array([middle]))[0] >= scenario.target_eur:
            high = middle
        else:
            low = middle
    return GoalSeekResult(lever_id, True, high, float(totals(np.array([high]))[0]))

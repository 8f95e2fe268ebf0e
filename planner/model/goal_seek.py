"""Goal seek: the smallest value of one lever that reaches the target in the plan year."""

from dataclasses import dataclass

import numpy as np

from planner.model.engine import Engine
from planner.model.levers import LEVER_BY_ID, LEVER_INDEX
from planner.model.scenario import Scenario, lever_plan, override_draws, resolve_years

GRID_POINTS = 2001  # one evaluation of a batch; then bisection between two grid points


@dataclass(frozen=True)
class GoalSeekResult:
    lever: str
    reachable: bool
    value: float  # the smallest value reaching the target, or the best value in range
    total_savings_eur: float  # plan-year total at `value`
    year: int
    target_eur: float


def goal_seek(engine: Engine, scenario: Scenario, lever_id: str, tolerance: float = 1e-6):
    """Scan the lever's range in one batch, then bisect the first crossing of the target.

    Savings need not be monotone in every lever (the digital shift first serves unmet
    demand; a fee rise lowers demand), so the first grid crossing is refined rather than
    assuming one root. The lever's start and ramp-up stay as the scenario has them.
    """
    lever = LEVER_BY_ID[lever_id]
    column = LEVER_INDEX[lever_id]
    plan_year, horizon = resolve_years(engine, scenario)
    values, starts, ramps, early = lever_plan(engine, [scenario])
    year_column = plan_year - engine.base_year
    target = scenario.target_for(plan_year)
    grid = np.linspace(lever.minimum, lever.maximum, GRID_POINTS)
    held = override_draws(engine, scenario) or {}  # the scenario's own assumptions

    def totals(candidates: np.ndarray) -> np.ndarray:
        n = len(candidates)
        batch = np.repeat(values, n, axis=0)
        batch[:, column] = candidates
        result = engine.evaluate(
            batch,
            np.repeat(starts, n, axis=0),
            np.repeat(ramps, n, axis=0),
            np.repeat(early, n),
            horizon=horizon,
            draws={k: np.repeat(v, n) for k, v in held.items()} or None,
        )
        return result.total[:, year_column]

    def found(reachable, value, total):
        return GoalSeekResult(lever_id, reachable, float(value), float(total), plan_year, target)

    grid_totals = totals(grid)
    reaching = np.nonzero(grid_totals >= target)[0]
    if len(reaching) == 0:
        best = int(np.argmax(grid_totals))
        return found(False, grid[best], grid_totals[best])
    first = int(reaching[0])
    if first == 0:
        return found(True, grid[0], grid_totals[0])
    low, high = float(grid[first - 1]), float(grid[first])
    while high - low > tolerance:
        middle = (low + high) / 2
        if totals(np.array([middle]))[0] >= target:
            high = middle
        else:
            low = middle
    return found(True, high, totals(np.array([high]))[0])

"""Reach the target: the plan that gets there with the least harm to services.

The planner chooses which levers may move and the limits of each (inside the lever's range),
the years whose targets must be reached (the plan year, or the whole target path), and
optionally a ceiling on one-off costs in a year. Every line must stay at or above its floor
(statutory lines are always served, by own staff or bought; a queueable line must not fall
below its floor, or below its no-change level where that is already under the floor).

Objective, in this order: reach the target; lose the least service (demand not delivered,
valued at unit cost, summed over the years up to the last target year); then change the
current scenario the least. scipy's SLSQP does the work on the batched engine: each
gradient is one batch of the engine (finite differences), never a Python loop over
scenarios. It is deterministic: fixed starting points, no random numbers.

When no plan meets the constraints, the result is the plan that comes closest (the largest
worst-year margin to the target), how far short it is, and which limits bind.
"""

from dataclasses import dataclass, field, replace

import numpy as np
from scipy.optimize import minimize

from planner.model.engine import Engine
from planner.model.levers import LEVER_BY_ID, LEVER_IDS
from planner.model.scenario import Scenario, lever_plan, override_draws, resolve_years

STEP = 1e-3  # finite-difference step, in the lever's own percent
TOLERANCE_EUR = 1.0  # a target missed by less than a euro is reached


class SolveError(ValueError):
    """A request that cannot be solved as given (unknown lever, limits outside the range)."""


@dataclass(frozen=True)
class SolveRequest:
    levers: tuple[str, ...]  # the levers that may move; the others stay as in the scenario
    limits: dict[str, tuple[float, float]] = field(default_factory=dict)  # policy limits
    years: tuple[int, ...] = ()  # years whose targets must be reached; () = the plan year
    one_off_ceiling_eur: float | None = None  # most one-off costs in any one year


@dataclass(frozen=True)
class Binding:
    """A limit or constraint that holds the plan back: kind is "limit", "floor", "one_off"
    or "target"; `what` the lever, the service line or the year."""

    kind: str
    what: str
    detail: str = ""


@dataclass(frozen=True)
class SolveResult:
    reachable: bool
    scenario: Scenario  # the proposed plan as a scenario (the current one with new values)
    savings_by_year: dict[int, float]
    targets_by_year: dict[int, float]
    short_by_year: dict[int, float]  # target less savings where short, else 0
    service_lost_eur: float  # beyond the no-change trend, years up to the last target year
    binding: tuple[Binding, ...]
    evaluations: int  # engine rows evaluated, for the benchmark

    @property
    def levers(self) -> dict[str, float]:
        return dict(self.scenario.levers)

    @property
    def worst_short_eur(self) -> float:
        return max(self.short_by_year.values(), default=0.0)


def check_request(request: SolveRequest) -> dict[str, tuple[float, float]]:
    """The bounds of each moving lever, or SolveError saying what is wrong."""
    if not request.levers:
        raise SolveError("choose at least one lever that may move")
    bounds = {}
    for lever_id in request.levers:
        lever = LEVER_BY_ID.get(lever_id)
        if lever is None:
            raise SolveError(f"unknown lever '{lever_id}'; known levers: {', '.join(LEVER_IDS)}")
        low, high = request.limits.get(lever_id, (lever.minimum, lever.maximum))
        if not (lever.minimum <= low <= high <= lever.maximum):
            raise SolveError(
                f"limits of '{lever_id}' must lie within {lever.minimum:g}–{lever.maximum:g} "
                f"with the minimum no higher than the maximum (got {low:g}–{high:g})"
            )
        bounds[lever_id] = (float(low), float(high))
    for lever_id in request.limits:
        if lever_id not in request.levers:
            raise SolveError(f"a limit is given for '{lever_id}', which is not allowed to move")
    if request.one_off_ceiling_eur is not None and not request.one_off_ceiling_eur >= 0:
        raise SolveError("the ceiling on one-off costs must be zero or more euros")
    return bounds


class _Problem:
    """The engine seen through the moving levers: one batch call per set of points."""

    def __init__(self, engine: Engine, scenario: Scenario, request: SolveRequest):
        self.engine = engine
        self.scenario = scenario
        self.bounds = check_request(request)
        self.moving = [LEVER_IDS.index(lever_id) for lever_id in request.levers]
        self.plan_year, self.horizon = resolve_years(engine, scenario)
        years = request.years or (self.plan_year,)
        for year in years:
            engine.check_year(year, "target year")
        self.horizon = max(self.horizon, *years)
        self.years = tuple(sorted(set(years)))
        self.columns = [year - engine.base_year for year in self.years]
        self.loss_columns = slice(0, max(self.columns) + 1)
        self.targets = np.array([scenario.target_for(year) for year in self.years])
        self.ceiling = request.one_off_ceiling_eur
        values, starts, ramps, early = lever_plan(engine, [scenario])
        self.held = override_draws(engine, scenario) or {}  # the scenario's own assumptions
        self.values, self.starts, self.ramps, self.early = values, starts, ramps, early
        self.low = np.array([self.bounds[i][0] for i in request.levers])
        self.high = np.array([self.bounds[i][1] for i in request.levers])
        self.span = np.maximum(self.high - self.low, 1e-12)
        self.current = np.clip(values[0, self.moving], self.low, self.high)
        self.evaluations = 0
        trend = self._run(self.values[:, self.moving] * 0 + self._no_change())
        self.trend_loss = trend["loss"][0]
        # A line may not fall below its floor, or below the trend where that is already lower.
        self.floor_limit = np.minimum(engine.floor, trend["share"][0])
        self.cost_scale = max(float(np.abs(self.targets).max()), 1e6)

    def _no_change(self) -> np.ndarray:
        return np.array([LEVER_BY_ID[LEVER_IDS[i]].no_change for i in self.moving])

    def to_values(self, z: np.ndarray) -> np.ndarray:
        """Scaled points in [0, 1] -> lever values within the limits."""
        return self.low + np.clip(z, 0.0, 1.0) * self.span

    def _run(self, points: np.ndarray) -> dict:
        points = np.atleast_2d(points)
        n = len(points)
        levers = np.repeat(self.values, n, axis=0)
        levers[:, self.moving] = points
        batch = self.engine.evaluate(
            levers,
            np.repeat(self.starts, n, axis=0),
            np.repeat(self.ramps, n, axis=0),
            np.repeat(self.early, n),
            horizon=self.horizon,
            draws={k: np.repeat(v, n) for k, v in self.held.items()} or None,
        )
        self.evaluations += n
        wage, price = self.engine.indexes(len(batch.years))
        shortfall = batch.shortfall[:, self.loss_columns, :]
        loss = (shortfall * self.engine.unit_cost).sum(axis=2) @ price[self.loss_columns]
        demand = np.maximum(batch.demand, 1e-12)
        share = np.where(
            batch.demand > 0, (batch.delivered + batch.bought) / demand, 1.0
        )  # (n, Y, S)
        return {
            "savings": batch.total[:, self.columns],
            "one_off": batch.one_off.sum(axis=2)[:, self.loss_columns],
            "loss": loss,
            "share": share[:, self.loss_columns, :].min(axis=1),  # worst year per line
        }

    def measures(self, z: np.ndarray) -> dict:
        return self._run(self.to_values(z))

    def with_gradient(self, z: np.ndarray) -> tuple[dict, dict]:
        """The measures at z and their finite differences along each moving lever, from one
        batch of 1 + k points."""
        k = len(z)
        step = STEP / self.span
        points = np.repeat(z[np.newaxis, :], k + 1, axis=0)
        direction = np.where(z + step <= 1.0, 1.0, -1.0)
        points[1:] += np.diag(step * direction)
        run = self._run(self.to_values(points))
        base = {name: values[0] for name, values in run.items()}
        grad = {
            name: ((values[1:] - values[0]).T / (step * direction)).T
            for name, values in run.items()
        }
        return base, grad


def solve(engine: Engine, scenario: Scenario, request: SolveRequest, cancelled=None):
    """Find the plan; `cancelled()` (optional) is asked between optimiser steps."""
    problem = _Problem(engine, scenario, request)
    k = len(problem.moving)
    cache: dict[bytes, tuple[dict, dict]] = {}

    def at(z):
        if cancelled is not None and cancelled():
            raise SolveCancelled
        key = np.round(np.asarray(z, float), 12).tobytes()
        if key not in cache:
            cache[key] = problem.with_gradient(np.asarray(z, float))
        return cache[key]

    scale = problem.cost_scale
    constraints = _constraints(problem, at, scale)

    # Phase 1: the largest worst-year margin to the targets (t, the last variable).
    def margin_objective(v):
        return -v[-1]

    def margin_gradient(v):
        g = np.zeros(k + 1)
        g[-1] = -1.0
        return g

    def target_margin(v):
        base, _ = at(v[:-1])
        return (base["savings"] - problem.targets) / scale - v[-1]

    def target_margin_jac(v):
        _, grad = at(v[:-1])
        jac = np.zeros((len(problem.years), k + 1))
        jac[:, :-1] = grad["savings"].T / scale
        jac[:, -1] = -1.0
        return jac

    phase_1 = [{"type": "ineq", "fun": target_margin, "jac": target_margin_jac}] + [
        _extend(c, k) for c in constraints
    ]
    best = None
    z_current = (problem.current - problem.low) / problem.span
    for start in _starts(z_current, k):
        v0 = np.append(start, -10.0)
        found = minimize(
            margin_objective,
            v0,
            jac=margin_gradient,
            bounds=[(0.0, 1.0)] * k + [(None, None)],
            constraints=phase_1,
            method="SLSQP",
            options={"maxiter": 200, "ftol": 1e-10},
        )
        z = np.clip(found.x[:-1], 0.0, 1.0)
        if not _feasible(problem, at, z, scale):
            continue
        margin = float((at(z)[0]["savings"] - problem.targets).min())
        if best is None or margin > best[1] + 1e-6:
            best = (z, margin)
        if margin >= 0:
            break  # reachable: phase 2 finds the best of the plans that reach it
    if best is None:  # no start stayed within the floors: keep the current values
        z = np.clip(z_current, 0, 1)
        best = (z, float((at(z)[0]["savings"] - problem.targets).min()))
    z_best, margin = best
    if margin < -TOLERANCE_EUR:
        return _result(problem, at, z_best, reachable=False)

    # Phase 2: reach the targets with the least service lost, then the least change.
    def harm(z):
        base, _ = at(z)
        change = ((z - z_current) ** 2).sum()
        return (base["loss"] - problem.trend_loss) / scale + 1e-3 * change

    def harm_gradient(z):
        _, grad = at(z)
        return grad["loss"] / scale + 2e-3 * (z - z_current)

    def reach(z):
        return (at(z)[0]["savings"] - problem.targets) / scale

    def reach_jac(z):
        return at(z)[1]["savings"].T / scale

    phase_2 = [{"type": "ineq", "fun": reach, "jac": reach_jac}] + constraints
    candidates = [z_best]
    for start in (z_best, np.clip(z_current, 0, 1)):
        found = minimize(
            harm,
            start,
            jac=harm_gradient,
            bounds=[(0.0, 1.0)] * k,
            constraints=phase_2,
            method="SLSQP",
            options={"maxiter": 100, "ftol": 1e-9},
        )
        z = np.clip(found.x, 0.0, 1.0)
        if _feasible(problem, at, z, scale) and reach(z).min() * scale >= -TOLERANCE_EUR:
            candidates.append(z)
    z_plan = min(candidates, key=lambda z: (round(harm(z) * scale, 0), harm(z)))
    return _result(problem, at, z_plan, reachable=True)


class SolveCancelled(Exception):
    """The planner cancelled the search."""


def _starts(z_current: np.ndarray, k: int) -> list[np.ndarray]:
    """Deterministic starting points: everything at its upper limit (most often the most a
    plan can give), the current plan, the middle."""
    return [np.ones(k), np.clip(z_current, 0, 1), np.full(k, 0.5)]


def _constraints(problem: _Problem, at, scale) -> list[dict]:
    constraints = [
        {
            "type": "ineq",
            "fun": lambda z: at(z)[0]["share"] - problem.floor_limit + 1e-9,
            "jac": lambda z: at(z)[1]["share"].T,
        }
    ]
    if problem.ceiling is not None:
        constraints.append(
            {
                "type": "ineq",
                "fun": lambda z: (problem.ceiling - at(z)[0]["one_off"]) / scale,
                "jac": lambda z: -at(z)[1]["one_off"].T / scale,
            }
        )
    return constraints


def _extend(constraint: dict, k: int) -> dict:
    """A constraint on z as one on (z, t)."""
    fun, jac = constraint["fun"], constraint["jac"]

    def extended_jac(v):
        inner = np.atleast_2d(jac(v[:-1]))
        return np.hstack([inner, np.zeros((inner.shape[0], 1))])

    return {"type": "ineq", "fun": lambda v: fun(v[:-1]), "jac": extended_jac}


def _feasible(problem: _Problem, at, z, scale) -> bool:
    base, _ = at(z)
    if (base["share"] < problem.floor_limit - 1e-7).any():
        return False
    return problem.ceiling is None or (base["one_off"] <= problem.ceiling + TOLERANCE_EUR).all()


def _result(problem: _Problem, at, z: np.ndarray, reachable: bool) -> SolveResult:
    values = problem.to_values(z)
    # Tidy: values at a limit within the step are put on it, others rounded to 1/100 %.
    tidy = np.where(np.abs(values - problem.low) < 1e-4, problem.low, values)
    tidy = np.where(np.abs(tidy - problem.high) < 1e-4, problem.high, tidy)
    levers = dict(problem.scenario.levers)
    for position, i in enumerate(problem.moving):
        levers[LEVER_IDS[i]] = float(tidy[position])
    plan = replace(problem.scenario, levers=levers)
    measured = problem._run(np.array([[levers[LEVER_IDS[i]] for i in problem.moving]]))
    savings = measured["savings"][0]
    short = np.maximum(0.0, problem.targets - savings)
    if reachable and short.max() > TOLERANCE_EUR:
        reachable = False
    binding = _binding(problem, values, measured, reachable)
    return SolveResult(
        reachable=reachable,
        scenario=plan,
        savings_by_year=dict(zip(problem.years, savings.tolist(), strict=True)),
        targets_by_year=dict(zip(problem.years, problem.targets.tolist(), strict=True)),
        short_by_year=dict(zip(problem.years, short.tolist(), strict=True)),
        service_lost_eur=float(measured["loss"][0] - problem.trend_loss),
        binding=tuple(binding),
        evaluations=problem.evaluations,
    )


def _binding(problem: _Problem, values, measured, reachable) -> list[Binding]:
    found = []
    for position, i in enumerate(problem.moving):
        lever_id = LEVER_IDS[i]
        if values[position] >= problem.high[position] - 1e-3:
            found.append(Binding("limit", lever_id, "max"))
        elif values[position] <= problem.low[position] + 1e-3 and not reachable:
            found.append(Binding("limit", lever_id, "min"))
    slack = measured["share"][0] - problem.floor_limit
    for j in np.nonzero(slack < 1e-6)[0]:
        found.append(Binding("floor", problem.engine.service_meta[j][0]))
    if problem.ceiling is not None:
        for t, amount in enumerate(measured["one_off"][0]):
            if amount >= problem.ceiling - 1.0:
                found.append(Binding("one_off", str(problem.engine.base_year + t)))
    if reachable:
        for year, saving, target in zip(
            problem.years, measured["savings"][0], problem.targets, strict=True
        ):
            if saving - target < 1_000.0:
                found.append(Binding("target", str(year)))
    return found

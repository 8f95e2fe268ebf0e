"""How sure are we? Monte Carlo over the baseline's assumptions, and which assumption matters.

Every figure whose provenance is an *assumption* has a low and a high. For the Monte Carlo each
is drawn from a **triangular distribution** (low, the baseline's value, high): the value is the
planner's best estimate and the most likely, the range bounds it, and nothing is assumed about
the shape beyond that (docs/model.md, "Uncertainty"). Draws are independent: no figure in the
data says that two assumptions move together. A figure the scenario overrides is held at the
override (the planner has said what it is). Read and derived figures are held at their values.

All draws go through the engine in one batched call over draws x years; the same seed gives
the same numbers.

The tornado moves one assumption at a time to its low and to its high, the others at their
values (one batch of 2 x assumptions rows), and sorts by the larger change in plan-year savings.
"""

from dataclasses import dataclass

import numpy as np

from planner.model.baseline import Baseline
from planner.model.engine import Engine
from planner.model.levers import LEVER_BY_ID, LEVER_IDS
from planner.model.scenario import Scenario, lever_plan, resolve_years

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 2024
LEVER_STEP = 10.0  # points, for the levers' own sensitivity
CHUNK = 1_000  # draws per engine call


@dataclass(frozen=True)
class Assumption:
    """One baseline figure that is an assumption, with its range and where it comes from."""

    table: str
    row: str
    column: str
    value: float
    low: float
    high: float
    source: str
    note: str

    @property
    def figure(self) -> str:
        return f"{self.table}.{self.row}.{self.column}"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.row, self.column)


def assumptions(engine: Engine) -> list[Assumption]:
    """Every figure the engine reads whose provenance is an assumption with a range."""
    baseline: Baseline = engine.baseline
    found = []
    for record in baseline.provenance.itertuples(index=False):
        if record.basis != "assumption" or record.row == "*":
            continue
        if not engine.has_figure(record.table, record.row, record.column):
            continue
        value = engine_value(engine, record.table, record.row, record.column)
        found.append(
            Assumption(
                record.table,
                record.row,
                record.column,
                value,
                float(record.low),
                float(record.high),
                record.source,
                record.note,
            )
        )
    return found


def engine_value(engine: Engine, table: str, row: str, column: str) -> float:
    key, position = engine._locate(table, row, column)
    return float(engine.raw[key][position])


@dataclass(frozen=True)
class UncertaintyResult:
    years: list[int]
    plan_year: int
    draws: int
    seed: int
    targets: list[float]  # per year
    probability_of_target: list[float]  # per year: share of draws reaching that year's target
    p10: list[float]  # savings percentiles per year
    p50: list[float]
    p90: list[float]
    plan_year_savings: np.ndarray  # (draws,) for the distribution
    floor_risk: dict[str, float]  # service id -> probability of falling below its floor (plan year)
    held: tuple[str, ...]  # figures held fixed by the scenario's overrides

    @property
    def plan_probability(self) -> float:
        return self.probability_of_target[self.years.index(self.plan_year)]


@dataclass(frozen=True)
class TornadoRow:
    assumption: Assumption | None  # None for a lever row
    lever: str  # the lever id for a lever row, else ""
    low_change_eur: float  # plan-year savings at the low (lever: -10 points) less at the value
    high_change_eur: float
    low_value: float
    high_value: float

    @property
    def swing(self) -> float:
        return max(abs(self.low_change_eur), abs(self.high_change_eur))


def _plan(engine: Engine, scenario: Scenario):
    plan_year, horizon = resolve_years(engine, scenario)
    values, starts, ramps, early = lever_plan(engine, [scenario])
    return plan_year, horizon, values, starts, ramps, early


def draw_assumptions(
    items: list[Assumption], count: int, seed: int, held: dict
) -> dict[tuple[str, str, str], np.ndarray]:
    """Triangular draws (low, value, high) for every assumption not held; seeded."""
    rng = np.random.default_rng(seed)
    draws = {}
    for item in items:
        if item.key in held:
            continue
        low, mode, high = item.low, min(max(item.value, item.low), item.high), item.high
        if high <= low:
            draws[item.key] = np.full(count, low)  # a zero-width range: the value itself
        else:
            draws[item.key] = rng.triangular(low, mode, high, count)
    for key, value in held.items():
        draws[key] = np.full(count, float(np.asarray(value).reshape(-1)[0]))
    return draws


def monte_carlo(
    engine: Engine,
    scenario: Scenario,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    items: list[Assumption] | None = None,
) -> UncertaintyResult:
    if draws < 1:
        raise ValueError("at least one draw")
    plan_year, horizon, values, starts, ramps, early = _plan(engine, scenario)
    items = assumptions(engine) if items is None else items
    held = scenario.draws()
    sample = draw_assumptions(items, draws, seed, held)
    t = plan_year - engine.base_year
    # The draws go through the engine a chunk at a time: the same numbers as one call, with a
    # fraction of its peak memory (a 17-year horizon at 10,000 draws would hold ~0.5 GB).
    totals, below_floor = [], []
    for start in range(0, draws, CHUNK):
        part = {key: values_[start : start + CHUNK] for key, values_ in sample.items()}
        batch = engine.evaluate(values, starts, ramps, early, horizon=horizon, draws=part)
        totals.append(batch.total)
        demand = batch.demand[:, t, :]
        met = np.where(
            demand > 0,
            (batch.delivered[:, t] + batch.bought[:, t]) / np.where(demand > 0, demand, 1.0),
            1.0,
        )
        below_floor.append(met < batch.floor - 1e-9)
        years = [int(y) for y in batch.years]
        del batch
    totals = np.concatenate(totals)  # (draws, Y)
    below = np.concatenate(below_floor).mean(axis=0)
    targets = np.array([scenario.target_for(year) for year in years])
    reach = (totals >= targets).mean(axis=0)
    p10, p50, p90 = np.percentile(totals, [10, 50, 90], axis=0)
    return UncertaintyResult(
        years=years,
        plan_year=plan_year,
        draws=draws,
        seed=seed,
        targets=targets.tolist(),
        probability_of_target=reach.tolist(),
        p10=p10.tolist(),
        p50=p50.tolist(),
        p90=p90.tolist(),
        plan_year_savings=totals[:, t].copy(),
        floor_risk={meta[0]: float(p) for meta, p in zip(engine.service_meta, below, strict=True)},
        held=tuple(sorted(scenario.overrides)),
    )


def tornado(
    engine: Engine, scenario: Scenario, items: list[Assumption] | None = None
) -> list[TornadoRow]:
    """Each assumption at its low and at its high (others at their values), and each lever
    10 points down and up: the change in plan-year savings, largest first."""
    plan_year, horizon, values, starts, ramps, early = _plan(engine, scenario)
    t = plan_year - engine.base_year
    items = [
        a
        for a in (assumptions(engine) if items is None else items)
        if a.key not in scenario.draws()
    ]
    held = scenario.draws()
    base = engine.evaluate(values, starts, ramps, early, horizon=horizon, draws=held or None).total[
        0, t
    ]
    rows: list[TornadoRow] = []
    if items:
        count = 2 * len(items)
        sample = {a.key: np.full(count, a.value) for a in items}
        for key, value in held.items():
            sample[key] = np.full(count, float(value[0]))
        for i, a in enumerate(items):
            sample[a.key][2 * i] = a.low
            sample[a.key][2 * i + 1] = a.high
        totals = engine.evaluate(values, starts, ramps, early, horizon=horizon, draws=sample).total[
            :, t
        ]
        for i, a in enumerate(items):
            rows.append(
                TornadoRow(a, "", totals[2 * i] - base, totals[2 * i + 1] - base, a.low, a.high)
            )
    # The levers' own sensitivity: each 10 points down and up, within its range.
    swept = np.repeat(values, 2 * len(LEVER_IDS), axis=0)
    bounds = []
    for j, lever_id in enumerate(LEVER_IDS):
        lever = LEVER_BY_ID[lever_id]
        low = max(lever.minimum, values[0, j] - LEVER_STEP)
        high = min(lever.maximum, values[0, j] + LEVER_STEP)
        swept[2 * j, j], swept[2 * j + 1, j] = low, high
        bounds.append((low, high))
    n = len(swept)
    totals = engine.evaluate(
        swept,
        np.repeat(starts, n, axis=0),
        np.repeat(ramps, n, axis=0),
        np.repeat(early, n),
        horizon=horizon,
        draws={k: np.full(n, float(v[0])) for k, v in held.items()} or None,
    ).total[:, t]
    for j, lever_id in enumerate(LEVER_IDS):
        rows.append(
            TornadoRow(
                None,
                lever_id,
                totals[2 * j] - base,
                totals[2 * j + 1] - base,
                bounds[j][0],
                bounds[j][1],
            )
        )
    rows.sort(key=lambda row: -row.swing)
    return rows

"""The engine's faster paths give the same numbers, to the bit, as the plain ones: blocks of a
large batch, shares in force looked up for whole-month timings, the per-horizon cache, a plan
row shared by every draw, the office lever when no lease is left early. No test here times
anything."""

from dataclasses import fields

import numpy as np
import pytest

import planner.model.engine as engine_module
from planner.model import LEVERS, Engine
from planner.model.engine import BatchResult, FigureError
from planner.model.timing import MAX_RAMP_MONTHS, monthly_phase, yearly_share

HORIZONS = (2024, 2028, 2040)


def plans(engine, count, seed, whole_months=True):
    """Random lever plans: values in range (a fifth at no change), starts from three years
    before the baseline to five after, ramp-ups 0-30 months, early exit or not."""
    rng = np.random.default_rng(seed)
    low = np.array([lever.minimum for lever in LEVERS])
    high = np.array([lever.maximum for lever in LEVERS])
    values = rng.uniform(low, high, size=(count, len(LEVERS)))
    values[rng.random(values.shape) < 0.2] = 0.0
    starts = rng.integers(-36, 60, size=values.shape).astype(float)
    ramps = rng.integers(0, 31, size=values.shape).astype(float)
    if not whole_months:
        starts += rng.random(values.shape)
        ramps += rng.random(values.shape)
    return values, starts, ramps, rng.random(count) < 0.5


def assert_same(first: BatchResult, second: BatchResult, rows=slice(None)):
    """Every field of `first` (rows `rows` of the per-plan fields) equals `second`'s, bit for
    bit (so -0.0 and 0.0 differ, and NaN equals NaN)."""
    for field in fields(BatchResult):
        a, b = getattr(first, field.name), getattr(second, field.name)
        if field.name == "lever_ids":
            assert a == b
            continue
        a = np.asarray(a if field.name == "years" else a[rows])
        b = np.asarray(b)
        assert a.shape == b.shape, field.name
        assert a.tobytes() == b.tobytes(), field.name


def baseline_value(engine, key) -> float:
    column, position = engine._locate(*key)
    return float(engine.raw[column][position])


def one_by_one(engine, values, starts, ramps, early, horizon, draws=None):
    """Each plan evaluated alone (the single-plan path: no blocks, no table)."""
    for i in range(len(values)):
        row = slice(i, i + 1)
        yield engine.evaluate(
            values[row],
            starts[row],
            ramps[row],
            early[row],
            horizon=horizon,
            draws=draws and {key: v[row] for key, v in draws.items()},
        )


@pytest.mark.parametrize("horizon", HORIZONS)
def test_a_batch_in_blocks_gives_each_plan_its_own_numbers(engine, monkeypatch, horizon):
    values, starts, ramps, early = plans(engine, 61, seed=horizon)
    monkeypatch.setattr(engine_module, "BLOCK_ROWS", 8)  # 7 full blocks and one of 5
    batch = engine.evaluate(values, starts, ramps, early, horizon=horizon)
    for i, alone in enumerate(one_by_one(engine, values, starts, ramps, early, horizon)):
        assert_same(batch, alone, rows=slice(i, i + 1))


def test_blocks_with_draws_per_row_and_a_shared_plan(engine, monkeypatch):
    """A Monte Carlo shape: one plan, a figure drawn per row, in blocks of 4."""
    values, starts, ramps, early = plans(engine, 1, seed=3)
    rng = np.random.default_rng(4)
    draws = {
        ("workforce", "agency_premium_pct", "value"): rng.uniform(0, 80, 10),
        ("services", next(iter(engine.rows["services"])), "demand_growth_pct"): rng.uniform(
            -2, 5, 10
        ),
        ("indexes", next(iter(engine.rows["indexes"])), "wage_growth_pct"): rng.uniform(0, 6, 10),
    }
    whole = engine.evaluate(values, starts, ramps, early, horizon=2030, draws=draws)
    monkeypatch.setattr(engine_module, "BLOCK_ROWS", 4)
    blocked = engine.evaluate(values, starts, ramps, early, horizon=2030, draws=draws)
    assert_same(blocked, whole)
    for i in range(10):
        alone = engine.evaluate(
            values,
            starts,
            ramps,
            early,
            horizon=2030,
            draws={key: v[i : i + 1] for key, v in draws.items()},
        )
        assert_same(whole, alone, rows=slice(i, i + 1))


def test_rows_shared_by_every_plan_stay_one_row_across_blocks(engine, monkeypatch):
    values, starts, ramps, early = plans(engine, 20, seed=5)
    monkeypatch.setattr(engine_module, "BLOCK_ROWS", 6)
    batch = engine.evaluate(values, starts, ramps, early)
    # The trend does not depend on the plan: one row for all, read-only.
    assert batch.trend_bought.strides[0] == 0 and batch.budget_trend.strides[0] == 0
    with pytest.raises(ValueError):
        batch.trend_bought[0, 0, 0] = 1.0
    # Per-plan fields have a row per plan.
    assert batch.effect.shape[0] == 20 and batch.effect.strides[0] != 0


@pytest.mark.parametrize("whole_months", [True, False])
@pytest.mark.parametrize("horizon", HORIZONS)
def test_shares_in_force_of_a_batch_equal_each_plans_own(engine, horizon, whole_months):
    """Whole-month timings are looked up in a table, fractional ones worked out by month:
    either way each plan's numbers are those it has alone."""
    values, starts, ramps, early = plans(engine, 24, seed=7, whole_months=whole_months)
    assert engine_module._whole_months(starts, ramps) == whole_months
    batch = engine.evaluate(values, starts, ramps, early, horizon=horizon)
    for i, alone in enumerate(one_by_one(engine, values, starts, ramps, early, horizon)):
        assert_same(batch, alone, rows=slice(i, i + 1))


def test_the_share_table_is_the_monthly_mean_for_every_whole_month_timing():
    """Every start from four years before the baseline to the last month of the longest
    horizon, every ramp-up 0 to the most allowed (and past it, negative and zero alike)."""
    starts = np.arange(-48, 17 * 12 + 1, dtype=float)
    ramps = np.arange(-2, MAX_RAMP_MONTHS + 1, dtype=float)
    start_grid, ramp_grid = (grid.reshape(-1, 1) for grid in np.meshgrid(starts, ramps))
    year_start = 12 * np.arange(17)
    looked_up = engine_module._in_force_from_table(start_grid, ramp_grid, year_start)
    worked_out = yearly_share(monthly_phase(start_grid, ramp_grid, 12 * 17))
    assert looked_up.tobytes() == worked_out.tobytes()
    assert not engine_module._whole_months(start_grid, ramp_grid + MAX_RAMP_MONTHS)
    assert not engine_module._whole_months(start_grid + 0.5, ramp_grid)


def test_the_cached_horizon_gives_what_a_fresh_engine_gives(baseline):
    values, starts, ramps, early = plans(None, 5, seed=11)
    cached = Engine(baseline)
    for horizon in (2028, 2040, 2024, 2028, 2033, 2040):
        first = cached.evaluate(values, starts, ramps, early, horizon=horizon)
        again = cached.evaluate(values, starts, ramps, early, horizon=horizon)
        fresh = Engine(baseline).evaluate(values, starts, ramps, early, horizon=horizon)
        assert_same(first, fresh)
        assert_same(again, fresh)
    assert sorted(cached._years_cache) == [1, 5, 10, 17]


def test_results_cannot_write_into_the_engine(engine):
    """Results that share the engine's arrays (trend, floors) are read-only views; the
    arrays computed for the plan are the caller's own."""
    values, starts, ramps, early = plans(engine, 1, seed=13)
    batch = engine.evaluate(values, starts, ramps, early)
    for name in ("trend_bought", "budget_trend", "floor"):
        with pytest.raises(ValueError):
            np.asarray(getattr(batch, name)).flat[0] = 1.0
    batch.effect[0, 0, 0] = 1e9
    batch.demand[0, 0, 0] = 1e9
    again = engine.evaluate(values, starts, ramps, early)
    assert again.effect[0, 0, 0] != 1e9 and again.demand[0, 0, 0] != 1e9


@pytest.mark.parametrize("horizon", HORIZONS)
def test_no_draws_equals_draws_of_the_baselines_own_values(engine, horizon):
    """The no-draws path (cached trend, one row of figures) and the drawn path (a row of
    figures per draw, trend worked out afresh) agree when the draws are the values."""
    values, starts, ramps, early = plans(engine, 6, seed=17)
    keys = [
        ("workforce", "agency_premium_pct", "value"),
        ("parameters", "re_let_share_pct", "value"),
        ("services", next(iter(engine.rows["services"])), "volume"),
        ("premises", next(iter(engine.rows["premises"])), "lease_end_year"),
        ("indexes", next(iter(engine.rows["indexes"])), "price_growth_pct"),
    ]
    draws = {key: np.full(6, baseline_value(engine, key)) for key in keys}
    plain = engine.evaluate(values, starts, ramps, early, horizon=horizon)
    drawn = engine.evaluate(values, starts, ramps, early, horizon=horizon, draws=draws)
    for field in fields(BatchResult):
        a, b = getattr(plain, field.name), getattr(drawn, field.name)
        if field.name != "lever_ids":
            assert np.asarray(a).tobytes() == np.asarray(b).tobytes(), field.name


def test_one_plan_for_every_draw_equals_the_plan_repeated(engine):
    values, starts, ramps, early = plans(engine, 1, seed=19)
    rng = np.random.default_rng(20)
    draws = {("parameters", "re_let_share_pct", "value"): rng.uniform(0, 50, 7)}
    shared = engine.evaluate(values, starts, ramps, early, draws=draws)
    repeated = engine.evaluate(
        np.repeat(values, 7, axis=0),
        np.repeat(starts, 7, axis=0),
        np.repeat(ramps, 7, axis=0),
        np.repeat(early, 7),
        draws=draws,
    )
    assert_same(shared, repeated)


def test_no_lease_left_early_equals_early_exit_switched_off_per_row(engine):
    """One shared 'not early' skips the early-exit arithmetic; a row-by-row False computes it:
    the same numbers."""
    values, starts, ramps, _ = plans(engine, 9, seed=23)
    values[:, 0] = 60.0  # office space given up in every plan
    shortcut = engine.evaluate(values, starts, ramps, np.array([False]))
    per_row = engine.evaluate(values, starts, ramps, np.zeros(9, bool))
    assert_same(shortcut, per_row)
    assert not shortcut.office_early_exit_eur.any()
    assert engine.evaluate(values, starts, ramps, np.ones(9, bool)).office_early_exit_eur.any()


def test_the_sum_order_of_numpy_is_what_the_engine_relies_on():
    """Sums over lines and months are numpy's along a contiguous last axis; a block of rows
    or a single row gives the same bits (what makes blocks safe)."""
    rng = np.random.default_rng(29)
    values = rng.standard_normal((300, 17, 14)) * 10.0 ** rng.integers(-8, 8, (300, 17, 14))
    whole = np.add.reduce(values, axis=-1)
    for i in range(0, 300, 37):
        assert np.add.reduce(values[i : i + 1], axis=-1).tobytes() == whole[i : i + 1].tobytes()


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"starts": np.zeros((3, 6))}, "starts: 3 rows given for 2 plans"),
        ({"ramps": np.zeros((2, 5))}, "ramps: 5 lever columns given, 6 levers known"),
        ({"early_exit": np.zeros(3, bool)}, "early exits: 3 rows given for 2 plans"),
    ],
)
def test_inputs_of_the_wrong_shape_are_refused(engine, kwargs, words):
    with pytest.raises(ValueError, match=words):
        engine.evaluate(np.zeros((2, 6)), **kwargs)


def test_a_draw_of_an_unknown_figure_is_refused(engine):
    with pytest.raises(FigureError):
        engine.evaluate(np.zeros((1, 6)), draws={("services", "nowhere", "volume"): np.ones(3)})

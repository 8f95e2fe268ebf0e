"""Invariants of the model, for any in-range lever values and plan year (Hypothesis)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import LEVER_IDS, LEVERS, Scenario, evaluate_scenario
from planner.model.levers import LEVER_INDEX

lever_values = st.tuples(
    *(
        st.floats(lever.minimum, lever.maximum, allow_nan=False, allow_infinity=False)
        for lever in LEVERS
    )
)
plan_years = st.integers(2024, 2040)


def scenario_of(values, plan_year=2024):
    return Scenario("p", dict(zip(LEVER_IDS, values, strict=True)), plan_year=plan_year)


@given(plan_years)
def test_no_change_gives_zero_savings_in_any_plan_year(engine, plan_year):
    result = evaluate_scenario(engine, Scenario("none", plan_year=plan_year))
    assert result.total_plan_year == 0.0
    assert result.total_recurring == 0.0
    assert [b.scenario_eur for b in result.budget] == [b.baseline_eur for b in result.budget]


@given(lever_values, plan_years)
def test_totals_equal_their_parts_and_the_budget_moves_by_the_savings(engine, values, year):
    result = evaluate_scenario(engine, scenario_of(values, year))
    assert result.total_plan_year == pytest.approx(sum(result.savings_plan_year.values()))
    for lever_id in LEVER_IDS:
        assert result.savings_plan_year[lever_id] == pytest.approx(
            result.savings_recurring[lever_id] - result.one_off_costs[lever_id]
        )
    net_change = sum(
        (b.change_eur if b.kind == "expense" else -b.change_eur) for b in result.budget
    )
    assert net_change == pytest.approx(-result.total_plan_year, abs=1e-3)
    assert result.gap_eur == pytest.approx(result.target_eur - result.total_plan_year)


@given(lever_values, plan_years)
def test_no_nan_or_infinity_and_volumes_are_consistent(engine, values, year):
    batch = engine.evaluate(np.array([values]), year)
    for array in (batch.savings_plan_year, batch.demand, batch.capacity, batch.budget_scenario):
        assert np.isfinite(array).all()
    assert (batch.delivered >= 0).all()
    assert (batch.delivered <= batch.demand + 1e-6).all()
    assert (batch.delivered <= batch.capacity + 1e-6).all()
    assert (batch.capacity <= engine.volume + 1e-6).all()


# Savings that can only rise as the lever rises (the others held): recurring savings for
# every cost lever; plan-year savings too except office space, whose early-exit cost beyond
# the leases free by the plan year exceeds a year's rent.
RECURRING_MONOTONE = (
    "office_space_cut",
    "outsourced_labour_cut",
    "client_fee_alignment",
    "finance_training",
)
PLAN_YEAR_MONOTONE = ("outsourced_labour_cut", "client_fee_alignment", "finance_training")


@given(lever_values, plan_years, st.sampled_from(RECURRING_MONOTONE), st.floats(0, 1))
def test_savings_never_fall_as_a_cost_lever_rises(engine, values, year, lever_id, step):
    lever = LEVERS[LEVER_INDEX[lever_id]]
    low = np.array([values])
    high = low.copy()
    column = LEVER_INDEX[lever_id]
    high[0, column] = low[0, column] + step * (lever.maximum - low[0, column])
    before, after = engine.evaluate(low, year), engine.evaluate(high, year)
    tolerance = 1e-6
    assert after.savings_recurring[0, column] >= before.savings_recurring[0, column] - tolerance
    assert after.total_recurring[0] >= before.total_recurring[0] - tolerance
    if lever_id in PLAN_YEAR_MONOTONE:
        assert after.total_plan_year[0] >= before.total_plan_year[0] - tolerance


@given(lever_values, plan_years, st.floats(0, 1))
def test_backfill_costs_money_and_restores_capacity(engine, values, year, step):
    low = np.array([values])
    high = low.copy()
    high[0, 2] = low[0, 2] + step * (100 - low[0, 2])
    before, after = engine.evaluate(low, year), engine.evaluate(high, year)
    assert after.savings_recurring[0, 2] <= before.savings_recurring[0, 2] + 1e-6
    # Capacity before the digital shift releases any: compare with digital shift off.
    low[0, 5] = high[0, 5] = 0
    before, after = engine.evaluate(low, year), engine.evaluate(high, year)
    assert (after.capacity >= before.capacity - 1e-6).all()


@settings(max_examples=25)
@given(st.lists(lever_values, min_size=1, max_size=20), plan_years)
def test_a_batch_equals_one_by_one(engine, rows, year):
    batch = engine.evaluate(np.array(rows), year)
    for i, values in enumerate(rows):
        one = engine.evaluate(np.array([values]), year)
        np.testing.assert_allclose(batch.savings_plan_year[i], one.savings_plan_year[0])
        np.testing.assert_allclose(batch.delivered[i], one.delivered[0])
        np.testing.assert_allclose(batch.budget_scenario[i], one.budget_scenario[0])

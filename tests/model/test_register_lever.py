"""A lever added with register_lever: the engine evaluates it, the totals and the budget
include it, its timing applies, and it is gone again after unregister_lever."""

import numpy as np
import pytest

from planner.model import (
    LEVER_BY_ID,
    LEVER_IDS,
    LEVERS,
    Engine,
    Lever,
    LeverEffect,
    LeverError,
    LeverTiming,
    Scenario,
    evaluate_scenario,
    register_lever,
    unregister_lever,
)
from planner.model.levers import LEVER_INDEX
from tests.model.tiny import tiny_baseline

BUILT_IN = list(LEVER_IDS)


def shared_cars(engine, shares, phase):
    """Test-only: giving up shared cars saves €1,000 a year at full effect (price-indexed),
    with a €500 one-off in the baseline year when any are given up."""
    _, price = engine.indexes(phase.shape[1])
    one_off = np.zeros(phase.shape)
    one_off[:, 0] = np.where(shares > 0, 500.0, 0.0)
    return LeverEffect(
        saving=shares[:, None] * phase * 1000.0 * price, one_off=one_off, category=CATEGORY
    )


CATEGORY = "other_expenses"


def lever(lever_id, effect):
    return Lever(
        lever_id, "Test", "Shared cars given up", "% of cars", 0.0, 100.0, 0.0, "test", (), effect
    )


@pytest.fixture
def test_lever():
    """Registers the test-only lever and always unregisters it."""
    register_lever(lever("test_shared_cars", shared_cars))
    try:
        yield "test_shared_cars"
    finally:
        unregister_lever("test_shared_cars")
    assert list(LEVER_IDS) == BUILT_IN


def test_the_engine_evaluates_an_added_lever(test_lever):
    assert LEVER_IDS[-1] == test_lever and LEVER_BY_ID[test_lever] is LEVERS[-1]
    assert LEVER_INDEX[test_lever] == len(BUILT_IN)
    engine = Engine(tiny_baseline())
    result = evaluate_scenario(engine, Scenario("cars", {test_lever: 50, "finance_training": 100}))
    years = result.years
    # 50 % x 1,000 x P: 500, 510; the one-off 500 in 2024.
    assert [y.effects[test_lever] for y in years[:2]] == pytest.approx([500, 510])
    assert [y.one_off_costs[test_lever] for y in years[:2]] == [500, 0]
    assert years[0].savings[test_lever] == pytest.approx(0)
    for year in years:
        training = year.effects["finance_training"] - year.one_off_costs["finance_training"]
        assert year.total_savings_eur == pytest.approx(year.savings[test_lever] + training)
        assert year.trend_net_cost_eur - year.net_cost_eur == pytest.approx(year.total_savings_eur)
    assert test_lever in result.changed_levers
    assert [s.lever for s in years[1].bridge if s.kind == "lever"][-1] == test_lever


def test_an_added_lever_follows_its_start(test_lever):
    engine = Engine(tiny_baseline())
    scenario = Scenario(
        "cars later", {test_lever: 100}, timing={test_lever: LeverTiming(2025, 7, 0)}
    )
    result = evaluate_scenario(engine, scenario)
    # From July 2025: 2024 nothing, 2025 6/12 x 1,000 x 1.02.
    assert [y.effects[test_lever] for y in result.years[:3]] == pytest.approx([0, 510, 1030.2])


def test_the_batch_has_a_column_for_it(test_lever):
    engine = Engine(tiny_baseline())
    values = np.zeros((2, len(LEVER_IDS)))
    values[1, -1] = 100
    batch = engine.evaluate(values, horizon=2025)
    column = batch.lever_column(test_lever)
    np.testing.assert_allclose(batch.effect[:, :, column], [[0, 0], [1000, 1020]])
    assert batch.total[1].tolist() == pytest.approx([500, 1020])


def test_after_unregistering_the_engine_takes_the_built_in_levers_again():
    register_lever(lever("test_gone", shared_cars))
    unregister_lever("test_gone")
    assert list(LEVER_IDS) == BUILT_IN
    assert "test_gone" not in LEVER_BY_ID and "test_gone" not in LEVER_INDEX
    engine = Engine(tiny_baseline())
    assert engine.evaluate(np.zeros((1, len(BUILT_IN)))).total.shape == (1, 5)
    with pytest.raises(LeverError):
        Scenario("x", {"test_gone": 1})


def test_register_refuses_a_duplicate_or_a_lever_without_effect(test_lever):
    with pytest.raises(LeverError):
        register_lever(lever(test_lever, shared_cars))
    with pytest.raises(LeverError):
        register_lever(lever("test_no_effect", None))
    with pytest.raises(LeverError):
        unregister_lever("office_space_cut")
    assert LEVER_IDS.count(test_lever) == 1


def fee_with_set_up(engine, shares, phase):
    """Test-only income lever: €1,000 a year of income at full effect, a €500 one-off."""
    one_off = np.zeros(phase.shape)
    one_off[:, 0] = np.where(shares > 0, 500.0, 0.0)
    return LeverEffect(shares[:, None] * phase * 1000.0, one_off, "client_fees", income=True)


@pytest.fixture
def income_lever():
    register_lever(lever("test_parking_fee", fee_with_set_up))
    try:
        yield "test_parking_fee"
    finally:
        unregister_lever("test_parking_fee")


def test_an_added_income_lever_counts_as_income(income_lever):
    engine = Engine(tiny_baseline())
    result = evaluate_scenario(engine, Scenario("fee", {income_lever: 100}))
    year = result.year(2025)
    assert year.extra_income_eur == pytest.approx(1000)
    assert year.cost_savings_eur == pytest.approx(0)
    assert year.trend_net_cost_eur - year.net_cost_eur == pytest.approx(1000)


def test_an_added_income_levers_one_off_lowers_the_budget_effect(income_lever):
    engine = Engine(tiny_baseline())
    year = evaluate_scenario(engine, Scenario("fee", {income_lever: 100})).year(2024)
    # 2024: income 1,000, one-off 500: saving 500, and the net cost falls by 500.
    assert year.total_savings_eur == pytest.approx(500)
    assert year.trend_net_cost_eur - year.net_cost_eur == pytest.approx(500)

"""Overrides: a scenario's own value of a baseline figure, applied through the engine's draws,
never leaking into the engine's baseline or into the next scenario."""

import numpy as np
import pytest

from planner.model import Engine, Override, OverrideError, Scenario, evaluate_scenario

PREMIUM = "workforce.agency_premium_pct.value"
LEVERS = {"outsourced_labour_cut": 100, "own_staff_backfill": 100}


def test_an_override_changes_only_its_scenario(baseline):
    engine = Engine(baseline)
    before = {key: values.copy() for key, values in engine.raw.items()}
    plain = Scenario("P", levers=LEVERS, plan_year=2027)
    first = evaluate_scenario(engine, plain).plan.total_savings_eur
    held = Scenario("H", levers=LEVERS, plan_year=2027, overrides={PREMIUM: Override(100, "x")})
    overridden = evaluate_scenario(engine, held).plan.total_savings_eur
    assert overridden > first
    # The engine's own figures are untouched, so the plain scenario gives what it gave.
    assert all(np.array_equal(before[key], engine.raw[key]) for key in before)
    assert evaluate_scenario(engine, plain).plan.total_savings_eur == first


def test_the_premium_override_is_worked_by_hand(baseline):
    """Full backfill within the limit (started 2021) saves A x pi / (1 + pi) x wage index."""
    from planner.model import LeverTiming

    engine = Engine(baseline)
    timing = {k: LeverTiming(2021, 1) for k in LEVERS}
    scenario = Scenario(
        "H", levers=LEVERS, timing=timing, plan_year=2025, overrides={PREMIUM: Override(100, "x")}
    )
    saving = evaluate_scenario(engine, scenario).plan.total_savings_eur
    wage_2025 = engine.indexes(2)[0][1]
    assert saving == pytest.approx(35_300_000 * 1.0 / 2.0 * wage_2025, rel=1e-9)


def test_an_override_of_a_figure_the_baseline_lacks_is_refused(engine):
    scenario = Scenario("X", overrides={"services.no_such_line.volume": Override(1, "x")})
    with pytest.raises(OverrideError, match="does not have"):
        evaluate_scenario(engine, scenario)


@pytest.mark.parametrize(
    ("figure", "override", "message"),
    [
        ("services.volume", Override(1, "x"), "is not a figure"),
        (PREMIUM, "100", "must be an Override"),
    ],
)
def test_bad_overrides_are_refused(figure, override, message):
    with pytest.raises(ValueError, match=message):
        Scenario("X", overrides={figure: override})


def test_an_override_needs_a_reason_and_a_finite_number():
    with pytest.raises(ValueError, match="reason"):
        Override(1.0, " ")
    with pytest.raises(ValueError, match="finite"):
        Override(float("nan"), "x")


def test_subtotals_and_lever_shares_are_the_results_facts(engine):
    scenario = Scenario("S", levers={"office_space_cut": 10}, plan_year=2025, target_eur=4e6)
    year = evaluate_scenario(engine, scenario).plan
    expenses = year.subtotal_eur("expense")
    income = year.subtotal_eur("income")
    assert expenses - income == pytest.approx(year.net_cost_eur)
    assert year.subtotal_eur("expense", "trend_eur") - year.subtotal_eur(
        "income", "trend_eur"
    ) == pytest.approx(year.trend_net_cost_eur)
    # Office 10 % in 2025: 4,305,000 of a 4,000,000 target (docs/model.md, worked example).
    assert year.share_of_target_by_lever["office_space_cut"] == pytest.approx(4_305_000 / 4e6)
    assert year.share_of_target_by_lever["digital_shift"] == 0

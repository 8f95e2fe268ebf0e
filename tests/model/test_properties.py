"""Properties over random baselines and random lever plans (values, starts, ramp-ups)."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.model import LEVERS, Engine, LeverTiming, Scenario, evaluate_scenario
from planner.model.baseline import LANDLORDS, SERVICE_UNITS
from planner.model.timing import MAX_HORIZON_YEARS, MAX_YEARS_BEFORE_BASE
from tests.model.tiny import tiny_baseline

BASE_YEAR = 2024
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def number(low, high):
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


@st.composite
def baselines(draw):
    """A bounded, NaN-free baseline of 1-4 lines, 1-3 leases and 0-3 index years."""
    services, fees = [], []
    for i in range(draw(st.integers(1, 4))):
        services.append(
            {
                "id": f"s{i}",
                "name": f"Line {i}",
                "unit": draw(st.sampled_from(SERVICE_UNITS)),
                "volume": draw(number(0, 1e6)),
                "unit_cost_eur": draw(number(0.5, 5000)),
                "outsourced_share_pct": draw(number(0, 100)),
                "demand_growth_pct": draw(number(-10, 15)),
                "digital_substitutable_pct": draw(number(0, 100)),
                "floor_pct": draw(number(0, 100)),
                "duty": draw(st.sampled_from(["statutory", "queueable"])),
                "substitute_price_pct": draw(number(0, 300)),
                "marginal_cost_pct": draw(number(0, 100)),
            }
        )
        fees.append(
            {
                "service_id": f"s{i}",
                "chargeable_share_pct": draw(number(0, 100)),
                "fee_current_eur": draw(number(0, 100)),
                "fee_reference_eur": draw(number(0, 200)),
                "fee_legal_max_eur": draw(number(0, 200)),
            }
        )
    budget = [
        (cid, cid, kind, draw(number(0, 1e9)), draw(st.sampled_from(["wage", "price"])), base)
        for cid, kind, base in [
            ("personnel", "expense", 0.0),
            ("outsourced_labour", "expense", 0.0),
            ("hus", "expense", 0.0),
            ("purchased_services_other", "expense", 0.0),
            ("premises", "expense", 0.0),
            ("other_expenses", "expense", draw(number(0, 100))),
            ("client_fees", "income", 0.0),
            ("sales_income", "income", 0.0),
        ]
    ]
    leases = [
        (
            f"l{j}",
            f"Lease {j}",
            draw(number(0, 1e5)),
            draw(number(0, 1000)),
            draw(st.integers(2020, 2045)),
            draw(st.integers(1, 12)),
            float(draw(st.integers(0, 24))),
            draw(st.sampled_from(LANDLORDS)),
        )
        for j in range(draw(st.integers(1, 3)))
    ]
    indexes = [
        (str(BASE_YEAR + k), draw(number(-5, 10)), draw(number(-5, 10)))
        for k in range(1, draw(st.integers(0, 3)) + 1)
    ]
    workforce = {
        "staff_count": draw(number(0, 50_000)),
        "own_staff_cost_eur_per_fte": draw(number(1_000, 200_000)),
        "agency_premium_pct": draw(number(0, 200)),
        "recruitment_limit_fte_per_year": draw(number(0, 1000)),
        "training_cost_eur_per_person": draw(number(0, 5000)),
        "training_saving_pct": draw(number(0, 10)),
    }
    parameters = {
        "default_target_eur": draw(number(0, 1e8)),
        "office_move_cost_eur_per_m2": draw(number(0, 500)),
        "re_let_share_pct": draw(number(0, 100)),
        "fee_demand_elasticity": draw(number(0, 3)),
        "payment_ceiling_share_pct": draw(number(0, 100)),
        "digital_visit_cost_eur": draw(number(0, 200)),
        "digital_setup_cost_eur": draw(number(0, 1e7)),
    }
    return tiny_baseline(
        services=services,
        fees=fees,
        budget=budget,
        leases=leases,
        indexes=indexes,
        workforce=workforce,
        parameters=parameters,
    )


@st.composite
def lever_plans(draw):
    """A scenario: random values, starts from three years before the base year to the
    horizon, ramp-ups, early exit, horizon."""
    horizon = BASE_YEAR + draw(st.integers(0, 6))
    levers, timing = {}, {}
    for lever in LEVERS:
        if draw(st.booleans()):
            levers[lever.id] = draw(number(lever.minimum, lever.maximum))
        if draw(st.booleans()):
            timing[lever.id] = LeverTiming(
                draw(st.integers(BASE_YEAR - MAX_YEARS_BEFORE_BASE, horizon + 1)),
                draw(st.integers(1, 12)),
                draw(st.integers(0, 30)),
            )
    return Scenario(
        "random",
        levers=levers,
        timing=timing,
        horizon_year=horizon,
        plan_year=draw(st.integers(BASE_YEAR, horizon)),
        office_early_exit=draw(st.booleans()),
    )


def close(a, b, scale) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, scale)


@SETTINGS
@given(baselines(), st.integers(0, MAX_HORIZON_YEARS))
def test_no_change_is_zero_in_every_year(baseline, years_after):
    engine = Engine(baseline)
    result = evaluate_scenario(engine, Scenario("none", horizon_year=BASE_YEAR + years_after))
    assert len(result.years) == years_after + 1
    for year in result.years:
        assert year.total_savings_eur == 0.0
        assert all(value == 0.0 for value in year.effects.values())
        assert all(value == 0.0 for value in year.one_off_costs.values())
        assert year.extra_income_eur == 0.0


@SETTINGS
@given(baselines(), lever_plans())
def test_totals_budget_and_service_facts_hold_in_every_year(baseline, scenario):
    engine = Engine(baseline)
    result = evaluate_scenario(engine, scenario)
    assert [y.year for y in result.years] == list(range(BASE_YEAR, scenario.horizon_year + 1))
    for year in result.years:
        numbers = [
            *year.effects.values(),
            *year.one_off_costs.values(),
            year.extra_income_eur,
            year.staff_change_fte,
            year.agency_change_fte,
        ]
        for line in year.services:
            numbers += [
                line.demand,
                line.capacity,
                line.delivered,
                line.bought,
                line.shortfall,
                line.share_met,
                line.moved_to_digital,
            ]
        for budget_line in year.budget:
            numbers += [budget_line.trend_eur, budget_line.scenario_eur]
        assert all(np.isfinite(numbers)), "a NaN or an infinity"
        scale = max(abs(v) for v in numbers) if numbers else 1.0
        # Totals are the sum of the levers' savings.
        total = sum(year.effects.values()) - sum(year.one_off_costs.values())
        assert close(year.total_savings_eur, total, scale)
        assert close(year.total_savings_eur, sum(year.savings.values()), scale)
        assert all(value >= 0 for value in year.one_off_costs.values())
        # The budget moves by exactly the savings.
        assert close(year.trend_net_cost_eur - year.net_cost_eur, year.total_savings_eur, scale)
        assert close(year.cost_savings_eur + year.extra_income_eur, year.total_savings_eur, scale)
        # HUS and the other income lines are outside every lever.
        for budget_line in year.budget:
            if budget_line.category in ("hus", "sales_income"):
                assert budget_line.scenario_eur == budget_line.trend_eur
        for line in year.services:
            assert 0.0 <= line.share_met <= 1.0 + 1e-12
            assert line.delivered <= line.capacity + 1e-9 * max(1.0, line.capacity)
            assert min(line.delivered, line.bought, line.shortfall, line.capacity) >= -1e-9
            if line.statutory:
                assert line.shortfall <= 1e-9 * max(1.0, line.demand)
            else:
                assert line.bought == 0.0


@SETTINGS
@given(baselines(), st.lists(lever_plans(), min_size=2, max_size=5), st.integers(0, 6))
def test_a_batch_equals_one_by_one(baseline, scenarios, years_after):
    from planner.model.scenario import lever_plan

    engine = Engine(baseline)
    horizon = BASE_YEAR + years_after
    values, starts, ramps, early = lever_plan(engine, scenarios)
    batch = engine.evaluate(values, starts, ramps, early, horizon=horizon)
    fields = ["effect", "one_off", "income", "demand", "capacity", "delivered", "bought"]
    fields += ["budget_scenario", "staff_change_fte", "office_early_exit_eur"]
    for row in range(len(scenarios)):
        single = engine.evaluate(
            values[row : row + 1],
            starts[row : row + 1],
            ramps[row : row + 1],
            early[row : row + 1],
            horizon=horizon,
        )
        for name in fields:
            np.testing.assert_allclose(
                getattr(single, name)[0], getattr(batch, name)[row], rtol=1e-12, atol=1e-6
            )
        np.testing.assert_allclose(single.total[0], batch.total[row], rtol=1e-12, atol=1e-6)


@SETTINGS
@given(baselines(), lever_plans())
def test_engine_arrays_are_finite(baseline, scenario):
    from planner.model.scenario import lever_plan

    engine = Engine(baseline)
    values, starts, ramps, early = lever_plan(engine, [scenario])
    batch = engine.evaluate(values, starts, ramps, early, horizon=scenario.horizon_year)
    for name, value in vars(batch).items():
        if isinstance(value, np.ndarray) and value.dtype.kind == "f":
            assert np.isfinite(value).all(), name


def test_a_random_baseline_can_fail_the_budget_rule():
    """The budget property compares two independently built figures: a scenario whose
    budget did not move would be caught (guards the property from being vacuous)."""
    engine = Engine(tiny_baseline())
    result = evaluate_scenario(engine, Scenario("x", {"finance_training": 100}))
    year = result.plan
    assert year.total_savings_eur != 0
    assert year.trend_net_cost_eur - year.net_cost_eur == pytest.approx(year.total_savings_eur)


@SETTINGS
@given(baselines(), lever_plans())
def test_nothing_happens_before_a_levers_start(baseline, scenario):
    """In years wholly before a lever's start its effect and one-off are zero, and one-off
    costs of the levers other than office space fall only in their start year."""
    from planner.model.scenario import lever_plan

    engine = Engine(baseline)
    values, starts, ramps, early = lever_plan(engine, [scenario])
    batch = engine.evaluate(values, starts, ramps, early, horizon=scenario.horizon_year)
    start_year = (starts[0] // 12).astype(int)  # year offset of each lever's start
    for j, lever in enumerate(LEVERS):
        before = np.arange(len(batch.years)) < start_year[j]
        assert (batch.effect[0, before, j] == 0).all(), lever.id
        assert (batch.one_off[0, before, j] == 0).all(), lever.id
        if lever.id != "office_space_cut":
            elsewhere = np.arange(len(batch.years)) != start_year[j]
            assert (batch.one_off[0, elsewhere, j] == 0).all(), lever.id


@SETTINGS
@given(baselines(), lever_plans())
def test_levers_starting_after_the_horizon_change_nothing(baseline, scenario):
    from planner.model.scenario import lever_plan

    engine = Engine(baseline)
    values, starts, ramps, early = lever_plan(engine, [scenario])
    after = 12 * (scenario.horizon_year - BASE_YEAR + 1)
    batch = engine.evaluate(values, starts * 0 + after, ramps, early, horizon=scenario.horizon_year)
    assert (batch.total == 0).all()
    assert (batch.one_off == 0).all()

"""Issue 10, "What must hold": each statement as a test."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.model import Engine, LeverTiming, Scenario, evaluate_scenario
from planner.model.timing import MAX_HORIZON_YEARS
from tests.model.tiny import (
    CARE,
    CARE_FEES,
    VISIT_FEES,
    VISITS,
    effect,
    one_off,
    plan,
    trend_bought,
    with_changes,
)
from tests.model.tiny import tiny_baseline as tiny

# ------------------------------------------------------------------ no change


@pytest.mark.parametrize("years_after", range(MAX_HORIZON_YEARS + 1))
def test_no_change_is_exactly_zero_in_every_year_on_the_bundled_baseline(engine, years_after):
    horizon = engine.base_year + years_after
    result = evaluate_scenario(engine, Scenario("none", horizon_year=horizon))
    assert [y.year for y in result.years] == list(range(engine.base_year, horizon + 1))
    for year in result.years:
        assert year.total_savings_eur == 0.0
        assert set(year.effects.values()) == {0.0}
        assert set(year.one_off_costs.values()) == {0.0}
        assert year.extra_income_eur == 0.0
        assert year.net_cost_eur == year.trend_net_cost_eur
        for line in year.services:
            assert line.bought == line.trend_bought


@pytest.mark.parametrize("years_after", [0, 1, 4, 9, MAX_HORIZON_YEARS])
def test_no_change_is_zero_to_the_euro_on_a_tiny_baseline(years_after):
    care = {**CARE, "demand_growth_pct": 7.0}
    visits = {**VISITS, "demand_growth_pct": -3.0}
    engine = Engine(tiny(services=[care, visits]))
    batch = plan(engine, horizon=2024 + years_after)
    assert batch.total.shape == (1, years_after + 1)
    assert np.abs(batch.total).max() < 0.5
    assert (batch.total == 0.0).all()


# ------------------------------------------------------------------ agency labour


def test_all_agency_labour_removed_without_backfill_saves_less_than_the_spend(engine):
    batch = plan(engine, outsourced_labour_cut=100)
    wage, _ = engine.indexes(len(batch.years))
    removed = engine.agency_spend * wage  # A x W_t: all of it, every year
    assert (batch.total[0] < removed).all()
    assert (batch.total[0] > -removed).all()  # and it is a finite, sensible figure
    extra = batch.bought[0] - trend_bought(batch)  # (Y, S)
    statutory = engine.statutory
    assert (extra[:, statutory] > 1).any(axis=1).all()  # bought on a statutory line, each year
    # What is bought is what own capacity lost: statutory demand is still met in full.
    assert np.allclose(batch.shortfall[0][:, statutory], 0)


def test_full_backfill_within_the_recruitment_limit_saves_the_premium(engine):
    # 444 FTE at 150 a year: started in January 2021 all are recruited by January 2024.
    batch = plan(engine, outsourced_labour_cut=(100, -36, 0), own_staff_backfill=(100, -36, 0))
    none = plan(engine)
    wage, _ = engine.indexes(len(batch.years))
    premium = engine.agency_spend * 0.35 / 1.35 * wage  # A π / (1 + π) x W_t
    assert batch.total[0] == pytest.approx(premium, abs=0.01)
    assert batch.staff_change_fte[0] == pytest.approx(engine.agency_fte)
    # No capacity lost: the same own capacity, delivery and bought volume as no change.
    assert np.allclose(batch.capacity, none.capacity, rtol=0, atol=1e-6)
    assert np.allclose(batch.delivered, none.delivered, rtol=0, atol=1e-6)
    assert np.allclose(batch.bought, none.bought, rtol=0, atol=1e-6)
    assert batch.income[0] == pytest.approx(0, abs=1e-6)


def test_full_backfill_on_a_tiny_baseline_saves_the_premium_once_recruited():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2026, outsourced_labour_cut=100, own_staff_backfill=100)
    # F = 4 FTE, recruited by April 2024; from 2025 on the premium 270,000 x 0.35 / 1.35 W.
    assert batch.total[0, 1:].tolist() == pytest.approx([72_800, 72_800 * 1.02], abs=0.01)
    assert batch.bought[0, 1:].tolist() == [[0, 0], [0, 0]]
    assert batch.shortfall[0, 1:].tolist() == [[0, 0], [0, 0]]


# ------------------------------------------------------------------ fees


@pytest.fixture(scope="module")
def steady_engine(baseline):
    """The bundled baseline with no demand change: no growth, fee elasticity 0."""
    return Engine(
        with_changes(
            baseline, services={"demand_growth_pct": 0.0}, parameters={"fee_demand_elasticity": 0}
        )
    )


def test_fee_rise_from_february_2025_brings_11_twelfths_of_a_year(steady_engine):
    engine = steady_engine
    full = plan(engine, horizon=2026, client_fee_alignment=100)
    late = plan(engine, horizon=2026, client_fee_alignment=(100, 13, 0))  # 2025-02
    _, price = engine.indexes(3)
    # Full year at 2024 prices: home care 3,700,000 x 80 % x 90 % x (8.5 - 6) = 6,660,000;
    # dental 480,650 x 70 % x 90 % x (14.6 - 10.5) = 1,241,518.95.
    year = 6_660_000 + 1_241_518.95
    assert effect(full, "client_fee_alignment")[0] == pytest.approx(year, abs=0.01)
    assert effect(late, "client_fee_alignment") == pytest.approx(
        [0.0, year * 11 / 12 * price[1], year * price[2]], abs=0.01
    )
    assert effect(late, "client_fee_alignment")[0] == 0.0
    assert late.total[0, 0] == 0.0
    assert late.income[0].tolist() == pytest.approx(effect(late, "client_fee_alignment"))


def test_fee_rise_from_february_2025_with_demand_response(engine):
    # With the bundled elasticity and growth the rise still brings nothing in 2024.
    late = plan(engine, client_fee_alignment=(100, 13, 0))
    assert late.total[0, 0] == 0.0
    assert effect(late, "client_fee_alignment")[1] > 0


# ------------------------------------------------------------------ leases ending in 2026

LEASES_2026 = [
    ("mid", "Ends June 2026", 1000.0, 200.0, 2026, 6, 6.0, "external"),
    ("end", "Ends December 2026", 1000.0, 100.0, 2026, 12, 3.0, "external"),
]


@pytest.fixture(scope="module")
def leases_2026():
    return Engine(tiny(leases=LEASES_2026))


@pytest.mark.parametrize("start", [0, 3, 12, 20])
def test_space_of_leases_ending_2026_saves_no_rent_before_2026(leases_2026, start):
    batch = plan(leases_2026, horizon=2027, office_space_cut=(100, start, 0))
    rent = effect(batch, "office_space_cut")
    assert rent[:2] == [0.0, 0.0]
    assert one_off(batch, "office_space_cut")[:2] == [0.0, 0.0]
    # 2026: `mid` is free from July (200,000 x 6/12 x P); 2027 both, all year.
    assert rent[2:] == pytest.approx([100_000 * 1.0302, 300_000 * 1.040502], abs=0.01)


def test_leaving_early_costs_the_rent_still_owed_less_the_re_let_share(leases_2026):
    batch = plan(leases_2026, horizon=2026, early_exit=True, office_space_cut=100)
    # From January 2024. Owed: `mid` to July 2026, 30 months x 200,000 / 12 = 500,000;
    # `end` to January 2027, 36 months x 100,000 / 12 = 300,000; less 30 % re-let: 560,000.
    # Plus moving 2,000 m2 x 60 = 120,000.
    assert batch.office_early_exit_eur[0].tolist() == pytest.approx([560_000, 0, 0])
    assert one_off(batch, "office_space_cut") == pytest.approx([680_000, 0, 0])
    assert effect(batch, "office_space_cut") == pytest.approx([300_000, 306_000, 309_060], abs=0.01)


def test_leaving_early_later_owes_less(leases_2026):
    batch = plan(leases_2026, horizon=2026, early_exit=True, office_space_cut=(100, 12, 0))
    # From January 2025: owed 18 months on `mid` (300,000) and 24 on `end` (200,000), less
    # 30 %: 350,000 at 2025 prices = 357,000. No rent saved in 2024.
    assert batch.office_early_exit_eur[0].tolist() == pytest.approx([0, 357_000, 0])
    assert effect(batch, "office_space_cut")[0] == 0.0


def test_leaving_early_with_everything_re_let_costs_only_the_move():
    engine = Engine(tiny(leases=LEASES_2026, parameters={"re_let_share_pct": 100.0}))
    batch = plan(engine, horizon=2025, early_exit=True, office_space_cut=100)
    assert batch.office_early_exit_eur[0].tolist() == [0.0, 0.0]
    assert one_off(batch, "office_space_cut") == pytest.approx([120_000, 0])


# ------------------------------------------------------------------ no free service cuts


def statutory_delivered(engine, batch) -> np.ndarray:
    """Own delivery on the statutory lines in each year of a one-plan batch."""
    return batch.delivered[0][:, engine.statutory].sum(axis=1)


def test_less_backfill_never_saves_more_on_the_bundled_baseline(engine):
    results = [plan(engine, outsourced_labour_cut=100, own_staff_backfill=b) for b in range(0, 101)]
    for fewer, more in zip(results, results[1:], strict=False):
        # Less backfill: own delivery on statutory lines is not higher, and neither are the
        # savings in any year.
        assert (
            statutory_delivered(engine, fewer) <= statutory_delivered(engine, more) + 1e-6
        ).all()
        assert (fewer.total[0] <= more.total[0] + 1e-6).all()
        assert np.allclose(fewer.shortfall[0][:, engine.statutory], 0)
    assert (
        statutory_delivered(engine, results[0]) < statutory_delivered(engine, results[-1]) - 1
    ).any()


@st.composite
def costly_substitutes(draw):
    """A tiny baseline whose statutory lines buy lost volume at or above what the agency
    capacity cost (Σ V o s >= A), with no demand below capacity (growth >= 0), equal wage and
    price indexes and no fee demand response; queueable lines have no agency labour."""
    lines, fees = [], []
    for i in range(draw(st.integers(1, 3))):
        statutory = i == 0 or draw(st.booleans())
        line = {
            **CARE,
            "id": f"line{i}",
            "volume": draw(st.floats(10, 1e5)),
            "unit_cost_eur": draw(st.floats(1, 1000)),
            "outsourced_share_pct": draw(st.floats(1, 60)) if statutory else 0.0,
            "demand_growth_pct": draw(st.floats(0, 8)),
            "duty": "statutory" if statutory else "queueable",
            "substitute_price_pct": draw(st.floats(100, 200)),
        }
        lines.append(line)
        fee = {**VISIT_FEES, "service_id": line["id"]}
        fee["chargeable_share_pct"] = draw(st.floats(0, 100))
        fees.append(fee)
    capacity_value = sum(
        line["volume"] * line["outsourced_share_pct"] / 100 * line["unit_cost_eur"]
        for line in lines
    )
    agency = capacity_value * draw(st.floats(0.3, 1.0))
    budget = [
        ("personnel", "Own staff", "expense", 1e6, "wage", 0.0),
        ("outsourced_labour", "Agency", "expense", agency, "wage", 0.0),
        ("purchased_services_other", "Bought", "expense", 1e5, "price", 0.0),
        ("premises", "Rents", "expense", 1e5, "price", 0.0),
        ("other_expenses", "Other", "expense", 1e5, "price", 50.0),
        ("client_fees", "Fees", "income", 1e4, "price", 0.0),
    ]
    rate = draw(st.floats(-1, 5))
    workforce = {
        "own_staff_cost_eur_per_fte": draw(st.floats(20_000, 90_000)),
        "agency_premium_pct": draw(st.floats(0, 80)),
        "recruitment_limit_fte_per_year": draw(st.floats(0, 50)),
    }
    return tiny(
        services=lines,
        fees=fees,
        budget=budget,
        indexes=[("2025", rate, rate)],
        workforce=workforce,
        parameters={"payment_ceiling_share_pct": draw(st.floats(0, 30))},
    )


lever_value = st.floats(0, 100)
start_month = st.integers(-36, 40)
ramp = st.integers(0, 24)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    costly_substitutes(),
    st.tuples(lever_value, lever_value).map(sorted),
    lever_value,
    st.tuples(start_month, ramp, start_month, ramp),
    st.tuples(lever_value, lever_value, lever_value),
)
def test_own_delivery_lost_on_statutory_lines_is_never_a_saving(
    baseline, pair, other, timing, equal
):
    """Two plans that differ only in one lever, one of them delivering less own volume on
    statutory lines: the one delivering less never saves more, in any year."""
    engine = Engine(baseline)
    cut_start, cut_ramp, back_start, back_ramp = timing
    office, fees, training = equal
    same = {
        "office_space_cut": office * 0.6,
        "client_fee_alignment": fees,
        "finance_training": training,
    }
    low, high = pair
    # Less backfill at an equal cut.
    fewer = plan(
        engine,
        outsourced_labour_cut=(other, cut_start, cut_ramp),
        own_staff_backfill=(low, back_start, back_ramp),
        **same,
    )
    more = plan(
        engine,
        outsourced_labour_cut=(other, cut_start, cut_ramp),
        own_staff_backfill=(high, back_start, back_ramp),
        **same,
    )
    tolerance = 1e-7 * max(1.0, float(np.abs(more.total).max()))
    assert (statutory_delivered(engine, fewer) <= statutory_delivered(engine, more) + 1e-6).all()
    assert (fewer.total[0] <= more.total[0] + tolerance).all()
    # More agency labour removed with no backfill.
    smaller = plan(engine, outsourced_labour_cut=(low, cut_start, cut_ramp), **same)
    larger = plan(engine, outsourced_labour_cut=(high, cut_start, cut_ramp), **same)
    assert (
        statutory_delivered(engine, larger) <= statutory_delivered(engine, smaller) + 1e-6
    ).all()
    assert (larger.total[0] <= smaller.total[0] + tolerance).all()
    for batch in (fewer, more, smaller, larger):
        statutory_shortfall = batch.shortfall[0][:, engine.statutory]
        assert np.allclose(statutory_shortfall, 0, atol=1e-6 * max(1.0, baseline_volume(engine)))


def baseline_volume(engine) -> float:
    return float(engine.volume.max())


def test_statutory_lines_are_met_in_full_by_the_reported_programme(engine, baseline):
    scenario = Scenario(
        "everything",
        levers={
            "office_space_cut": 60,
            "outsourced_labour_cut": 100,
            "client_fee_alignment": 100,
            "finance_training": 100,
            "digital_shift": 50,
        },
        timing={"digital_shift": LeverTiming(2024, 3, 12)},
        office_early_exit=True,
    )
    result = evaluate_scenario(engine, scenario)
    for year in result.years:
        for line in year.services:
            if line.statutory:
                assert line.shortfall == pytest.approx(0, abs=1e-6)
                assert line.share_met == pytest.approx(1.0)
                assert not line.below_floor


def test_care_lost_on_a_statutory_line_is_bought_not_saved():
    # The tiny baseline's care line at a substitute price exactly the agency cost of its
    # capacity: removing the agency labour then saves nothing in the baseline year, and in
    # later years only the gap between the wage index (agency) and the price index (bought).
    visits = {**VISITS, "outsourced_share_pct": 0.0}
    care = {**CARE, "substitute_price_pct": 100.0}
    budget = [row for row in tiny().budget.itertuples(index=False)]
    budget = [tuple(row) for row in budget]
    budget[1] = ("outsourced_labour", "Agency", "expense", 50_000.0, "wage", 0.0)
    engine = Engine(
        tiny(services=[care, visits], fees=[dict(CARE_FEES), dict(VISIT_FEES)], budget=budget)
    )
    batch = plan(engine, horizon=2025, outsourced_labour_cut=100)
    # 500 days of agency capacity cost 50,000 (= 500 x 100); buying them costs the same.
    assert batch.total[0].tolist() == pytest.approx([0.0, 50_000 * 1.04 - 50_000 * 1.02])
    assert batch.bought[0, :, 0].tolist() == [500, 500]

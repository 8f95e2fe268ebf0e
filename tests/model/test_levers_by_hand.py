"""Each lever against expectations worked out by hand from the bundled baseline's figures.

The figures used (data/baseline-2024): 140,000 m² of leased office at €300/m², 20,000 m² free
to give up in 2024, moving cost €60/m², early exit €450/m²; outsourced labour €60M, own staff
at 75 % of its cost; controllable spend €643.6M + €333.7M; 15,000 staff, training €400 each,
saving 1 % of controllable spend; digital visit €20; fee elasticity 0.2.
"""

import pytest

from planner.model import Scenario, evaluate_scenario


def run(engine, plan_year=2024, **levers):
    return evaluate_scenario(engine, Scenario("hand", levers, plan_year=plan_year))


def service(result, service_id):
    return next(s for s in result.services if s.id == service_id)


def test_no_change_gives_zero_savings_and_the_2024_volumes(engine, baseline):
    result = run(engine)
    assert all(value == 0.0 for value in result.savings_plan_year.values())
    assert all(value == 0.0 for value in result.savings_recurring.values())
    assert result.total_plan_year == 0.0
    for line, volume in zip(result.services, baseline.services["volume"], strict=True):
        assert line.delivered == volume
        assert line.demand == volume
        assert line.capacity == volume
        assert line.shortfall == 0.0
    assert [b.scenario_eur for b in result.budget] == [b.baseline_eur for b in result.budget]
    assert result.warnings == []


def test_office_cut_within_leases_free_by_the_plan_year(engine):
    result = run(engine, office_space_cut=10)
    area = 0.10 * 140_000  # 14,000 m², under the 20,000 m² free in 2024
    assert result.savings_recurring["office_space_cut"] == pytest.approx(area * 300)
    assert result.one_off_costs["office_space_cut"] == pytest.approx(area * 60)
    assert result.savings_plan_year["office_space_cut"] == pytest.approx(4_200_000 - 840_000)
    assert result.warnings == []


def test_office_cut_beyond_free_leases_pays_early_exit_and_warns(engine):
    result = run(engine, office_space_cut=20)
    area = 28_000
    one_off = area * 60 + (area - 20_000) * 450
    assert one_off == 5_280_000
    assert result.savings_plan_year["office_space_cut"] == pytest.approx(area * 300 - one_off)
    assert [w.code for w in result.warnings] == ["office_beyond_free_leases"]
    assert result.warnings[0].lever == "office_space_cut"


def test_office_leases_freed_in_later_years_remove_the_early_exit_cost(engine):
    result = run(engine, plan_year=2026, office_space_cut=20)  # 70,000 m² free by 2026
    assert result.one_off_costs["office_space_cut"] == pytest.approx(28_000 * 60)
    assert result.warnings == [] or all(
        w.code != "office_beyond_free_leases" for w in result.warnings
    )


def test_outsourced_cut_with_backfill(engine):
    result = run(engine, outsourced_labour_cut=50, own_staff_backfill=40)
    assert result.savings_plan_year["outsourced_labour_cut"] == pytest.approx(30_000_000)
    assert result.savings_plan_year["own_staff_backfill"] == pytest.approx(-9_000_000)
    doctors = service(result, "doctor_appointments")
    # 15 % of doctor work is outsourced; 50 % of it removed, 60 % of that not backfilled.
    assert doctors.capacity == pytest.approx(875_000 * (1 - 0.15 * 0.5 * 0.6))
    assert doctors.delivered == pytest.approx(835_625)
    assert doctors.shortfall == pytest.approx(39_375)
    assert service(result, "rescue_missions").shortfall == 0.0  # no outsourced labour there


def test_backfill_without_a_cut_does_nothing_but_warn(engine):
    result = run(engine, own_staff_backfill=50)
    assert result.total_plan_year == 0.0
    assert [w.code for w in result.warnings] == ["backfill_without_cut"]


def test_client_fees_to_the_national_reference(engine):
    result = run(engine, client_fee_alignment=100)
    # Doctor visits: free -> €23 on 35 % of visits; demand falls by 0.2 x 0.35 x 23 / 137.5.
    doctor_demand = 875_000 * (1 - 0.2 * 0.35 * 23 / 137.5)
    doctor_income = 0.35 * doctor_demand * 23
    # Dental visits: €10.40 -> €14.60 on 70 % of visits.
    dental_demand = 480_650 * (1 - 0.2 * 0.7 * 4.2 / 110)
    dental_income = 0.7 * (dental_demand * 14.60 - 480_650 * 10.40)
    assert round(doctor_income) == 6_961_274
    assert round(dental_income) == 1_386_853
    assert result.savings_plan_year["client_fee_alignment"] == pytest.approx(
        doctor_income + dental_income
    )
    assert service(result, "doctor_appointments").demand == pytest.approx(doctor_demand)
    income = next(b for b in result.budget if b.category == "client_fees")
    assert income.change_eur == pytest.approx(doctor_income + dental_income)


def test_financial_training(engine):
    result = run(engine, finance_training=50)
    saved = 0.5 * 0.01 * (643_600_000 + 333_700_000)
    assert result.savings_recurring["finance_training"] == pytest.approx(saved)
    assert result.one_off_costs["finance_training"] == pytest.approx(0.5 * 15_000 * 400)
    assert result.savings_plan_year["finance_training"] == pytest.approx(4_886_500 - 3_000_000)


def test_digital_shift_in_the_baseline_year_releases_all_moved_capacity(engine):
    result = run(engine, digital_shift=20)
    # moved visits x (in-person unit cost - €20 digital visit), line by line
    expected = (
        0.2 * 0.05 * 3_700_000 * (31.9 - 20)
        + 0.2 * 0.25 * 1_400_000 * (56.1 - 20)
        + 0.2 * 0.20 * 875_000 * (137.5 - 20)
        + 0.2 * 0.10 * 296_500 * (56.1 - 20)
        + 0.2 * 0.20 * 273_000 * (170 - 20)
        + 0.2 * 0.15 * 18_400 * (2500 - 20)
    )
    assert round(expected) == 10_300_833
    assert result.savings_plan_year["digital_shift"] == pytest.approx(expected)
    nurses = service(result, "nurse_appointments")
    assert nurses.moved_to_digital == pytest.approx(70_000)
    assert nurses.demand == pytest.approx(1_330_000)
    assert nurses.capacity == pytest.approx(1_330_000)


def test_digital_shift_serves_unmet_demand_before_it_saves(engine):
    # By 2027 nurse demand has grown 1 % a year beyond 2024 capacity.
    result = run(engine, plan_year=2027, digital_shift=20)
    demand = 1_400_000 * 1.01**3
    moved = 0.2 * 0.25 * demand
    released = 1_400_000 - (demand - moved)  # only the capacity left after serving demand
    nurses = service(result, "nurse_appointments")
    assert nurses.moved_to_digital == pytest.approx(moved)
    assert nurses.shortfall == pytest.approx(0.0, abs=1e-6)
    assert nurses.capacity == pytest.approx(1_400_000 - released)


def test_demand_grows_by_plan_year_and_capacity_stays(engine):
    result = run(engine, plan_year=2026)
    home_care = service(result, "home_care_visits")
    assert home_care.demand == pytest.approx(3_700_000 * 1.02**2)
    assert home_care.capacity == 3_700_000
    assert home_care.shortfall == pytest.approx(3_700_000 * (1.02**2 - 1))
    assert result.total_plan_year == 0.0


def test_below_floor_warning_names_the_line(engine):
    result = run(engine, outsourced_labour_cut=100)
    codes = {(w.code, w.service) for w in result.warnings}
    assert ("below_floor", "doctor_appointments") in codes  # 85 % met < 90 % floor


def test_fee_above_legal_maximum_warns(baseline):
    from planner.model import Engine

    fees = baseline.fees.copy()
    fees.loc[fees["service_id"] == "dental_care_visits", "fee_reference_eur"] = 20.0
    altered = type(baseline)(**{**baseline.__dict__, "fees": fees, "_provenance_index": {}})
    result = evaluate_scenario(Engine(altered), Scenario("x", {"client_fee_alignment": 100}))
    assert [(w.code, w.service) for w in result.warnings] == [
        ("fee_above_legal_max", "dental_care_visits")
    ]


def test_the_worked_example_of_docs_model_md(engine):
    result = run(
        engine,
        office_space_cut=10,
        outsourced_labour_cut=50,
        own_staff_backfill=40,
        finance_training=50,
    )
    assert result.total_recurring == pytest.approx(30_086_500)
    assert result.total_plan_year == pytest.approx(26_246_500)
    assert result.gap_eur == pytest.approx(43_753_500)
    assert result.share_of_target == pytest.approx(0.37495)
    assert service(result, "doctor_appointments").shortfall == pytest.approx(39_375)

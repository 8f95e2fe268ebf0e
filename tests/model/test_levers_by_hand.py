"""Each lever, year by year, against expectations worked out by hand.

Most cases run on the tiny baseline of tests/model/tiny.py (its docstring lists every figure);
a few on the bundled baseline. Indexes of the tiny baseline: W = 1, 1.04, 1.0608, 1.082016 and
P = 1, 1.02, 1.0302, 1.040502 for 2024-2027. Months count from January 2024 (month 0).
"""

import pytest

from planner.model import Engine
from tests.model.tiny import (
    CARE,
    CARE_FEES,
    VISIT_FEES,
    VISITS,
    effect,
    one_off,
    plan,
    trend_bought,
    trend_budget,
)
from tests.model.tiny import tiny_baseline as tiny

EURO = 0.01  # hand figures are exact to the cent


def approx(values):
    return pytest.approx(values, abs=EURO)


# ------------------------------------------------------------------ the trend


def test_trend_indexes_budget_and_buys_statutory_growth():
    care = {**CARE, "demand_growth_pct": 10.0}
    engine = Engine(tiny(services=[care, dict(VISITS)]))
    batch = plan(engine, horizon=2027)
    # Care demand 1,000 x 1.1^t; own capacity stays 1,000, so the rest is bought.
    assert trend_bought(batch)[:, 0].tolist() == pytest.approx([0, 100, 210, 331])
    assert trend_bought(batch)[:, 1].tolist() == [0, 0, 0, 0]  # queueable: never bought
    personnel = trend_budget(batch)[:, engine.category_index["personnel"]]
    assert personnel.tolist() == approx([1_000_000, 1_040_000, 1_060_800, 1_082_016])
    purchased = trend_budget(batch)[:, engine.category_index["purchased_services_other"]]
    # 2025: 500,000 x 1.02 + 100 days x 120 x 1.02 = 510,000 + 12,240
    assert purchased[1] == pytest.approx(522_240, abs=EURO)


# ------------------------------------------------------------------ fees


def test_fee_rise_from_february_2025_on_delivered_volume():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2026, client_fee_alignment=(50, 13, 0))
    # Visits: new fee 10 + 50 % x (20 - 10) = 15; 2,000 visits x 50 % chargeable x €5 = 5,000
    # a full year. 2024: nothing; 2025: 11/12 x 5,000 x 1.02 = 4,675; 2026: 5,000 x 1.0302.
    assert effect(batch, "client_fee_alignment") == approx([0, 4_675, 5_151])
    assert batch.income[0].tolist() == approx([0, 4_675, 5_151])
    assert batch.new_fee[0].tolist() == [0, 15]


def test_fee_never_above_the_legal_maximum_and_less_the_payment_ceiling():
    fees = [dict(CARE_FEES), {**VISIT_FEES, "fee_legal_max_eur": 12.0}]
    engine = Engine(tiny(fees=fees, parameters={"payment_ceiling_share_pct": 10.0}))
    batch = plan(engine, horizon=2025, client_fee_alignment=100)
    # New fee min(20, 12) = 12: rise €2 on 2,000 x 50 % x (1 - 10 %) = 900 visits = 1,800.
    assert batch.new_fee[0, 1] == 12
    assert effect(batch, "client_fee_alignment") == approx([1_800, 1_800 * 1.02])


def test_fee_demand_response_lowers_income_and_bought_volume():
    # Care made chargeable (100 % at €0 today, reference and maximum €10), growing 10 % a
    # year; visits not chargeable. Elasticity 0.2: a €10 rise on a €100 day loses
    # 0.2 x 100 % x 10 / 100 = 2 % of demand.
    care = {**CARE, "demand_growth_pct": 10.0}
    care_fees = {**CARE_FEES, "chargeable_share_pct": 100.0}
    care_fees.update(fee_reference_eur=10.0, fee_legal_max_eur=10.0)
    visit_fees = {**VISIT_FEES, "chargeable_share_pct": 0.0}
    engine = Engine(
        tiny(
            services=[care, dict(VISITS)],
            fees=[care_fees, visit_fees],
            parameters={"fee_demand_elasticity": 0.2},
        )
    )
    batch = plan(engine, horizon=2025, client_fee_alignment=100)
    # 2024: demand 1,000 x 0.98 = 980 days at €10 = 9,800 of income; nothing was bought.
    # 2025: demand 1,100 x 0.98 = 1,078: income 1,078 x 10 x 1.02 = 10,995.60; bought 78
    # instead of 100 days: 22 x 120 x 1.02 = 2,692.80 of bought cost avoided.
    assert batch.demand[0, :, 0].tolist() == pytest.approx([980, 1_078])
    assert batch.bought[0, :, 0].tolist() == pytest.approx([0, 78])
    assert effect(batch, "client_fee_alignment") == approx([9_800, 10_995.60 + 2_692.80])
    assert batch.income[0].tolist() == approx([9_800, 10_995.60])


# ------------------------------------------------------------------ agency labour, backfill


def test_agency_cut_without_backfill_buys_statutory_volume_and_queues_the_rest():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, outsourced_labour_cut=100)
    # All agency hours go: care loses 50 % of its 1,000 days (bought at €120), visits 20 %
    # of 2,000 (queued; their fee income, 400 x 50 % x €10 = 2,000, is lost).
    # 2024: 270,000 - 500 x 120 - 2,000 = 208,000.
    # 2025: 270,000 x 1.04 - 60,000 x 1.02 - 2,000 x 1.02 = 280,800 - 61,200 - 2,040.
    assert effect(batch, "outsourced_labour_cut") == approx([208_000, 217_560])
    assert batch.bought[0, :, 0].tolist() == [500, 500]
    assert batch.shortfall[0, :, 1].tolist() == [400, 400]
    assert batch.agency_change_fte[0].tolist() == pytest.approx([-4, -4])  # F = 4 FTE
    assert effect(batch, "own_staff_backfill") == [0, 0]


def test_full_backfill_as_fast_as_recruiting_allows():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, outsourced_labour_cut=100, own_staff_backfill=100)
    # F = 4 FTE wanted; one FTE recruited a month: 1, 2, 3, then 4 from April.
    # 2024 backfill (1 + 2 + 3 + 9 x 4) / 12 = 3.5 FTE x 50,000 = 175,000.
    # Capacity lost: 3/4, 2/4, 1/4, then 0: mean 1.5 / 12 = 0.125 of agency hours.
    # Care buys 1,000 x 50 % x 0.125 = 62.5 days x 120 = 7,500; visits queue
    # 2,000 x 20 % x 0.125 = 50 visits, losing 50 x 50 % x 10 = 250 of fees.
    # Cut 2024: 270,000 - 7,500 - 250 = 262,250. 2025: all backfilled: cut 280,800,
    # backfill 4 x 50,000 x 1.04 = 208,000; net 72,800 = 280,800 x 0.35 / 1.35 (the premium).
    assert batch.staff_change_fte[0].tolist() == pytest.approx([3.5, 4])
    assert effect(batch, "outsourced_labour_cut") == approx([262_250, 280_800])
    assert effect(batch, "own_staff_backfill") == approx([-175_000, -208_000])
    assert batch.bought[0, :, 0].tolist() == pytest.approx([62.5, 0])
    assert batch.total[0, 1] == pytest.approx(280_800 * 0.35 / 1.35, abs=EURO)


def test_agency_cut_ramped_over_a_year():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, outsourced_labour_cut=(100, 0, 12))
    # Phase (m + 1) / 12 in month m: 2024 mean (1 + ... + 12) / 144 = 13/24.
    # Spend removed 270,000 x 13/24 = 146,250; care buys 500 x 13/24 days x 120 = 32,500;
    # visits lose 400 x 13/24 x 5 = 1,083.33 of fees. 2025 as the full cut: 217,560.
    assert effect(batch, "outsourced_labour_cut") == approx([146_250 - 32_500 - 1_083.33, 217_560])


def test_backfill_limited_by_recruiting_from_a_later_start():
    engine = Engine(tiny(workforce={"recruitment_limit_fte_per_year": 6.0}))
    batch = plan(
        engine, horizon=2025, outsourced_labour_cut=(100, 12, 0), own_staff_backfill=(100, 12, 0)
    )
    # Both from January 2025; half an FTE recruited a month: 0.5, 1, ..., 4 from August.
    # 2025 backfill (0.5 + 1 + ... + 3.5 + 5 x 4) / 12 = (14 + 20) / 12 = 2.8333 FTE.
    assert effect(batch, "outsourced_labour_cut")[0] == 0
    assert batch.staff_change_fte[0].tolist() == pytest.approx([0, 34 / 12])
    assert effect(batch, "own_staff_backfill") == approx([0, -34 / 12 * 50_000 * 1.04])


# ------------------------------------------------------------------ digital shift


def test_digital_shift_releases_capacity_at_marginal_cost():
    care = {**CARE, "digital_substitutable_pct": 50.0}  # care days never shift
    engine = Engine(tiny(services=[care, dict(VISITS)]))
    batch = plan(engine, horizon=2025, digital_shift=50)
    # Visits moved 50 % x 40 % x 2,000 = 400; the capacity they free is released at the
    # marginal cost 30: 400 x 30 = 12,000, less 400 x €5 digital = 2,000. Fees unchanged
    # (a moved visit pays the same fee). 2025: 12,000 x 1.04 - 2,000 x 1.02 = 10,440.
    assert batch.moved_to_digital[0, :, 0].tolist() == [0, 0]
    assert batch.moved_to_digital[0, :, 1].tolist() == [400, 400]
    assert effect(batch, "digital_shift") == approx([10_000, 10_440])
    assert one_off(batch, "digital_shift") == approx([1_000, 0])  # set-up at the start


def test_digital_shift_serves_unmet_demand_first():
    visits = {**VISITS, "demand_growth_pct": 10.0}
    engine = Engine(tiny(services=[dict(CARE), visits]))
    batch = plan(engine, horizon=2025, digital_shift=50)
    # 2025: demand 2,200 on 2,000 of capacity (200 queued in the trend). Moved 20 % x 2,200
    # = 440; in person 1,760, so only 240 of capacity is released (x 30 x 1.04 = 7,488).
    # Digital 440 x 5 x 1.02 = 2,244. The 200 queued visits are now served and pay
    # 200 x 50 % x 10 x 1.02 = 1,020. Effect 7,488 - 2,244 + 1,020 = 6,264.
    assert batch.shortfall[0, 1, 1] == pytest.approx(0)
    assert effect(batch, "digital_shift")[1] == pytest.approx(6_264, abs=EURO)
    assert batch.income[0, 1] == pytest.approx(1_020, abs=EURO)  # the fees of served visits


def test_digital_shift_on_a_statutory_line_stops_buying_first():
    visits = {**VISITS, "demand_growth_pct": 10.0, "duty": "statutory"}
    engine = Engine(tiny(services=[dict(CARE), visits]))
    batch = plan(engine, horizon=2025, digital_shift=50)
    # 2025: demand 2,200 on 2,000 of capacity: the trend buys 200 visits at €50 (substitute
    # 100 %): 200 x 50 x 1.02 = 10,200. Moved 440, so nothing is bought any more and 240 of
    # capacity is released: 240 x 30 x 1.04 = 7,488; digital 440 x 5 x 1.02 = 2,244. Fee
    # income is unchanged (bought visits paid fees too). 7,488 - 2,244 + 10,200 = 15,444.
    assert batch.bought[0, 1].tolist() == [0, 0]
    assert effect(batch, "digital_shift")[1] == pytest.approx(15_444, abs=EURO)
    change = batch.budget_scenario[0, 1] - trend_budget(batch)[1]
    index = engine.category_index
    assert change[index["purchased_services_other"]] == pytest.approx(-10_200, abs=EURO)
    assert change[index["personnel"]] == pytest.approx(-7_488, abs=EURO)
    assert change[index["other_expenses"]] == pytest.approx(2_244, abs=EURO)
    assert change[index["client_fees"]] == pytest.approx(0, abs=EURO)


def test_digital_set_up_falls_in_the_start_year():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2026, digital_shift=(50, 12, 6))
    assert one_off(batch, "digital_shift") == approx([0, 1_020, 0])  # 1,000 x 1.02
    # Ramped over 6 months from January 2025: 2025 in force (1 + 2 + ... + 6) / 6 / 12 +
    # 6/12 = 9.5/12 of the full-year effect 12,000 x 1.04 - 2,000 x 1.02 = 10,440.
    assert effect(batch, "digital_shift") == approx(
        [0, 10_440 * 9.5 / 12, 12_000 * 1.0608 - 2_000 * 1.0302]
    )


# ------------------------------------------------------------------ office space


def test_office_cut_rent_stops_at_lease_end_or_notice():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2027, office_space_cut=50)
    # 2,000 m2 from the leases that end first: all 1,000 of `early` (€200), 1,000 of `late`
    # (€100, internal, owed until its end in December 2026).
    # early: rent owed until July 2024: 2024 saves 200,000 x 6/12 = 100,000, then 200,000 x P.
    # late: saves from 2027: 100,000 x 1.040502 = 104,050.20.
    assert effect(batch, "office_space_cut") == approx(
        [100_000, 204_000, 206_040, 200_000 * 1.040502 + 104_050.20]
    )
    # Moving 60 / m2 in the year each space is vacated.
    assert one_off(batch, "office_space_cut") == approx([60_000, 0, 0, 62_430.12])
    assert batch.internal_rent_saved[0].tolist() == approx([0, 0, 0, 104_050.20])
    assert batch.office_early_exit_eur[0].tolist() == [0, 0, 0, 0]


def test_office_cut_left_early_pays_rent_owed_less_re_let():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, early_exit=True, office_space_cut=50)
    # Rent stops in January 2024 on both: 200,000 + 100,000 a year.
    # Owed: early 6 months x 200,000 / 12 x 70 % = 70,000; late 36 months x 100,000 / 12 x 70 %
    # = 210,000. One-off 2024: 280,000 + moving 2,000 x 60 = 400,000.
    assert effect(batch, "office_space_cut") == approx([300_000, 306_000])
    assert one_off(batch, "office_space_cut") == approx([400_000, 0])
    assert batch.office_early_exit_eur[0].tolist() == approx([280_000, 0])


def test_office_notice_from_a_later_start():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, office_space_cut=(25, 4, 0))
    # 1,000 m2 (the `early` lease) given up from May 2024: notice 6 months runs to November,
    # later than the lease end, so 2024 saves 2 months: 200,000 x 2/12.
    assert effect(batch, "office_space_cut") == approx([200_000 * 2 / 12, 204_000])
    assert one_off(batch, "office_space_cut") == approx([60_000, 0])


# ------------------------------------------------------------------ training


def test_training_saves_on_its_base_with_a_one_off_in_the_start_year():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, finance_training=(50, 6, 0))
    # Base 200,000 x 50 % = 100,000; half the staff trained saves 0.5 x 1 % = 500 a year.
    # From July 2024: 2024 6/12 x 500 = 250; 2025 500 x 1.02 = 510.
    # One-off: 50 people x 400 = 20,000 in 2024.
    assert effect(batch, "finance_training") == approx([250, 510])
    assert one_off(batch, "finance_training") == approx([20_000, 0])
    other = batch.budget_scenario[0, :, engine.category_index["other_expenses"]]
    # Other expenses carry the one-off and the saving: 200,000 + 20,000 - 250.
    assert other[0] == pytest.approx(219_750, abs=EURO)


def test_training_begun_before_the_baseline_year_has_no_one_off_shown():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, finance_training=(100, -6, 12))
    # From July 2023 over 12 months: 2024 phases 7/12 ... 12/12 then 1: mean
    # (7 + 8 + ... + 12 + 6 x 12) / 144 = (57 + 72) / 144 = 129/144; full saving 1,000.
    assert effect(batch, "finance_training") == approx([1_000 * 129 / 144, 1_020])
    assert one_off(batch, "finance_training") == [0, 0]


# ------------------------------------------------------------------ bundled baseline


def test_training_on_the_bundled_baseline(engine):
    batch = plan(engine, horizon=2025, finance_training=100)
    # Base: half of other expenses 333,700,000 = 166,850,000; 1 % = 1,668,500.
    # One-off 15,000 staff x 400 = 6,000,000. 2025 x 1.025.
    assert effect(batch, "finance_training") == approx([1_668_500, 1_710_212.50])
    assert one_off(batch, "finance_training") == approx([6_000_000, 0])


def test_office_on_the_bundled_baseline_beyond_the_first_lease(engine):
    batch = plan(engine, horizon=2026, office_space_cut=25)
    # 35,000 m2: office_a 20,000 (owed to July 2024), office_b 15,000 (owed to July 2025,
    # internal), all at €300. 2024: 20,000 x 300 x 6/12 = 3,000,000;
    # 2025: 6,000,000 x 1.025 + 15,000 x 300 x 6/12 x 1.025 = 6,150,000 + 2,306,250;
    # 2026: 10,500,000 x 1.050625 = 11,031,562.50.
    # Moves: 20,000 x 60 = 1,200,000 in 2024; 15,000 x 60 x 1.025 = 922,500 in 2025.
    assert effect(batch, "office_space_cut") == approx([3_000_000, 8_456_250, 11_031_562.50])
    assert one_off(batch, "office_space_cut") == approx([1_200_000, 922_500, 0])
    assert batch.internal_rent_saved[0].tolist() == approx([0, 2_306_250, 4_727_812.50])


def test_backfill_starting_after_the_cut_still_recruits_at_the_limit():
    engine = Engine(tiny())
    batch = plan(engine, horizon=2025, outsourced_labour_cut=100, own_staff_backfill=(100, 12, 0))
    # Cut from January 2024 (no backfill in 2024), backfill from January 2025. Recruiting one
    # FTE a month from then: 1, 2, 3, then 4 from April: 2025 averages 3.5 FTE, as when both
    # start together (test_full_backfill_as_fast_as_recruiting_allows): recruiting starts with
    # the backfill, so no limit "accrues" in 2024 while nobody is hired.
    assert batch.staff_change_fte[0].tolist() == pytest.approx([0, 3.5])

"""The worked example of docs/model.md, to the euro: bundled baseline; office space 10 %,
agency labour cut 10 %, backfill 100 %, all from January 2024, no ramp-up."""

import pytest

from planner.model import Scenario, evaluate_scenario

LEVERS = {"office_space_cut": 10, "outsourced_labour_cut": 10, "own_staff_backfill": 100}


@pytest.fixture(scope="module")
def result(engine):
    return evaluate_scenario(engine, Scenario("worked example", LEVERS))


def euros(value: float) -> int:
    return round(value)


def test_agency_hours_in_own_staff_fte(engine):
    # F = 35,300,000 / 1.35 / 58,873 = 444.145 FTE
    assert engine.agency_fte == pytest.approx(444.145, abs=0.0005)


def test_statutory_agency_volume_at_substitute_price(engine):
    # Σ V o s over statutory lines = €34,660,632
    value = float((engine.volume * engine.outsourced_share * engine.substitute_price).sum())
    assert euros(value) == 34_660_632


def test_office_by_year(result):
    # 14,000 m2 of office_a, owed until July 2024: 14,000 x 300 x 6/12 = 2,100,000, the move
    # 14,000 x 60 = 840,000; then x 1.025 a year.
    office = [euros(y.effects["office_space_cut"]) for y in result.years[:3]]
    assert office == [2_100_000, 4_305_000, 4_412_625]
    assert [euros(y.one_off_costs["office_space_cut"]) for y in result.years[:3]] == [840_000, 0, 0]


def test_agency_and_backfill_2024(result):
    year = result.year(2024)
    # Backfill (12.5 + 25 + 37.5 + 9 x 44.414) / 12 = 39.561 FTE x 58,873 = 2,329,067
    assert year.staff_change_fte == pytest.approx(39.561, abs=0.0005)
    assert euros(year.effects["own_staff_backfill"]) == -2_329_067
    # Cut 3,530,000 less 34,660,632 x 0.010928 = 378,772 bought: 3,151,228
    assert euros(year.effects["outsourced_labour_cut"]) == 3_151_228


def test_agency_and_backfill_2025(result):
    year = result.year(2025)
    assert year.staff_change_fte == pytest.approx(44.414, abs=0.0005)
    assert euros(year.effects["outsourced_labour_cut"]) == 3_642_960  # 3,530,000 x 1.032
    assert euros(year.effects["own_staff_backfill"]) == -2_698_489
    # Net: the premium share 3,642,960 x 0.35 / 1.35 = 944,471
    net = year.effects["outsourced_labour_cut"] + year.effects["own_staff_backfill"]
    assert euros(net) == 944_471
    assert net == pytest.approx(3_642_960 * 0.35 / 1.35, abs=0.01)


def test_totals(result):
    # 2024: 2,100,000 - 840,000 + 3,151,228 - 2,329,067 = 2,082,161
    # 2025: 4,305,000 + 3,642,960 - 2,698,489 = 5,249,471
    assert euros(result.year(2024).total_savings_eur) == 2_082_161
    assert euros(result.year(2025).total_savings_eur) == 5_249_471
    assert result.year(2024).extra_income_eur == pytest.approx(0, abs=1e-6)

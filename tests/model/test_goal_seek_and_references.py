import pytest

from planner.files.workbook_json import read_workbook
from planner.model import Scenario, evaluate_scenario, goal_seek
from planner.paths import reference_workbook_path


def test_goal_seek_finds_the_smallest_value_reaching_the_target(engine):
    scenario = Scenario(
        "g", {"client_fee_alignment": 100, "finance_training": 100}, target_eur=30_000_000
    )
    found = goal_seek(engine, scenario, "outsourced_labour_cut")
    assert found.reachable
    at = evaluate_scenario(
        engine,
        Scenario(
            "g", {**scenario.levers, "outsourced_labour_cut": found.value}, target_eur=30_000_000
        ),
    )
    assert at.total_plan_year == pytest.approx(30_000_000, abs=100)
    below = evaluate_scenario(
        engine,
        Scenario(
            "g",
            {**scenario.levers, "outsourced_labour_cut": found.value - 0.01},
            target_eur=30_000_000,
        ),
    )
    assert below.total_plan_year < 30_000_000


def test_goal_seek_says_when_the_target_is_out_of_reach(engine):
    found = goal_seek(engine, Scenario("g"), "finance_training")
    assert not found.reachable
    assert found.value == 100  # the best the lever can do
    assert "not reachable" in found.describe()
    assert "best is 100.00" in found.describe()


def test_goal_seek_at_zero_when_already_reached(engine):
    found = goal_seek(engine, Scenario("g", target_eur=0), "digital_shift")
    assert found.reachable and found.value == 0


@pytest.fixture(scope="module")
def references():
    return read_workbook(reference_workbook_path())


def test_reference_scenarios_are_named_as_agreed(references):
    assert references.names() == [
        "No change (2024)",
        "Reported programme (€70M)",
        "City estimate (€29M)",
    ]


def test_no_change_reference_is_zero(engine, references):
    result = evaluate_scenario(engine, references.scenario("No change (2024)"))
    assert result.total_plan_year == 0.0


def test_reported_programme_reaches_70_million(engine, references):
    scenario = references.scenario("Reported programme (€70M)")
    result = evaluate_scenario(engine, scenario)
    assert result.total_plan_year == pytest.approx(70_000_000, abs=100_000)
    assert result.target_reached
    # The release's four measures, and no digital shift.
    assert scenario.levers["digital_shift"] == 0
    for lever_id in (
        "office_space_cut",
        "outsourced_labour_cut",
        "client_fee_alignment",
        "finance_training",
    ):
        assert result.savings_plan_year[lever_id] > 0


def test_city_estimate_is_22_million_of_costs_and_7_of_income(engine, references):
    result = evaluate_scenario(engine, references.scenario("City estimate (€29M)"))
    income = result.savings_plan_year["client_fee_alignment"]
    costs = result.total_plan_year - income
    assert income == pytest.approx(7_000_000, abs=500_000)
    assert costs == pytest.approx(22_000_000, abs=500_000)
    assert result.total_plan_year == pytest.approx(29_000_000, abs=500_000)

"""Goal seek on the tiny baseline, and the reference scenarios on the bundled one."""

import subprocess
import sys
from pathlib import Path

import pytest

from planner.files.workbook_json import read_workbook
from planner.model import Engine, LeverTiming, Scenario, evaluate_scenario, goal_seek
from tests.model.tiny import tiny_baseline

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "data" / "reference-scenarios.planner.json"
HALF_MILLION = 500_000


# ------------------------------------------------------------------ goal seek
# The fee lever on the tiny baseline: visits' fee 10 + x (20 - 10), 1,000 chargeable visits,
# so a full year at x (a share) brings 10,000 x a year x P (P 2025 = 1.02), no one-off.


@pytest.fixture(scope="module")
def tiny_engine():
    return Engine(tiny_baseline())


def test_goal_seek_finds_the_smallest_value_that_reaches_the_target(tiny_engine):
    scenario = Scenario("seek", plan_year=2025, target_eur=2_550)
    found = goal_seek(tiny_engine, scenario, "client_fee_alignment")
    # 10,200 x = 2,550: x = 25 %.
    assert found.reachable
    assert found.value == pytest.approx(25, abs=1e-5)
    assert found.total_savings_eur == pytest.approx(2_550, abs=0.01)
    assert found.total_savings_eur >= 2_550
    assert (found.year, found.target_eur) == (2025, 2_550)


def test_goal_seek_respects_the_levers_start(tiny_engine):
    scenario = Scenario(
        "seek later",
        plan_year=2025,
        target_eur=2_550,
        timing={"client_fee_alignment": LeverTiming(2025, 7, 0)},
    )
    found = goal_seek(tiny_engine, scenario, "client_fee_alignment")
    # From July 2025 only half of 2025: 5,100 x = 2,550: x = 50 %.
    assert found.reachable
    assert found.value == pytest.approx(50, abs=1e-5)


def test_goal_seek_holds_the_other_levers(tiny_engine):
    # Training at 100 % from 2023 saves 1,000 x 1.02 = 1,020 in 2025 with no one-off shown;
    # the fee lever then needs (2,550 - 1,020) / 10,200 = 15 %.
    scenario = Scenario(
        "seek with training",
        levers={"finance_training": 100},
        timing={"finance_training": LeverTiming(2023, 1, 0)},
        plan_year=2025,
        target_eur=2_550,
    )
    found = goal_seek(tiny_engine, scenario, "client_fee_alignment")
    assert found.value == pytest.approx(15, abs=1e-5)
    assert scenario.levers["client_fee_alignment"] == 0  # the scenario is not changed


def test_goal_seek_reports_an_unreachable_target_with_the_best_value(tiny_engine):
    found = goal_seek(
        tiny_engine, Scenario("seek", plan_year=2025, target_eur=20_000), "client_fee_alignment"
    )
    assert not found.reachable
    assert found.value == 100
    assert found.total_savings_eur == pytest.approx(10_200, abs=0.01)


def test_goal_seek_before_the_start_is_unreachable(tiny_engine):
    scenario = Scenario(
        "too early",
        plan_year=2024,
        target_eur=1,
        timing={"client_fee_alignment": LeverTiming(2025, 2, 0)},
    )
    found = goal_seek(tiny_engine, scenario, "client_fee_alignment")
    assert not found.reachable
    assert found.total_savings_eur == 0


def test_goal_seek_a_target_already_reached_needs_nothing(tiny_engine):
    found = goal_seek(
        tiny_engine, Scenario("zero", plan_year=2025, target_eur=0), "client_fee_alignment"
    )
    assert found.reachable and found.value == 0


# ------------------------------------------------------------------ reference scenarios


@pytest.fixture(scope="module")
def references(engine):
    workbook = read_workbook(REFERENCE)
    return {s.name: (s, evaluate_scenario(engine, s)) for s in workbook.scenarios}


def test_the_reference_workbook_holds_the_four_scenarios(references):
    assert list(references) == [
        "No change (2024)",
        "City programme 2024 (€29M)",
        "City programme 2025 (€25M)",
        "Reported programme (€70M)",
    ]


def test_no_change_is_zero_in_every_year(references):
    scenario, result = references["No change (2024)"]
    assert len(result.years) == 5
    for year in result.years:
        assert year.total_savings_eur == 0.0
        assert year.extra_income_eur == 0.0


def test_city_programme_2024(references):
    scenario, result = references["City programme 2024 (€29M)"]
    year = result.year(2024)
    assert result.plan_year == 2024
    assert year.cost_savings_eur == pytest.approx(22_000_000, abs=HALF_MILLION)
    assert year.extra_income_eur == pytest.approx(7_000_000, abs=HALF_MILLION)
    assert year.total_savings_eur == pytest.approx(29_000_000, abs=HALF_MILLION)
    # The goal-seek calibration is tighter than the issue asks: within €1,000 of €22M.
    assert year.cost_savings_eur == pytest.approx(22_000_000, abs=1_000)
    assert scenario.levers["office_space_cut"] == 35.51


def test_city_programme_2025(references):
    scenario, result = references["City programme 2025 (€25M)"]
    year = result.year(2025)
    assert result.plan_year == 2025
    assert year.cost_savings_eur == pytest.approx(25_000_000, abs=HALF_MILLION)
    assert year.cost_savings_eur == pytest.approx(25_000_000, abs=1_000)
    assert scenario.levers["office_space_cut"] == 33.38


def test_reported_programme_reaches_its_pinned_figure_in_2026(references):
    scenario, result = references["Reported programme (€70M)"]
    assert result.plan_year == 2026
    assert round(result.plan.total_savings_eur) == 47_180_593
    assert round(result.year(2028).total_savings_eur) == 51_305_537
    assert not result.plan.target_reached
    assert result.plan.target_eur == 70_000_000
    # The description states the figures the engine gives.
    assert "€47.2M in 2026" in scenario.description
    assert "€51.3M in 2028" in scenario.description


def test_reported_programme_keeps_every_statutory_line_at_its_floor(references):
    _, result = references["Reported programme (€70M)"]
    for year in result.years:
        assert [line.id for line in year.below_floor if line.statutory] == []
        assert all(line.shortfall == pytest.approx(0) for line in year.services if line.statutory)


def test_no_reference_scenario_leaves_a_line_below_its_floor(references):
    for name, (_, result) in references.items():
        for year in result.years:
            assert year.below_floor == [], (name, year.year)


def test_the_reference_file_is_up_to_date():
    venv_python = ROOT / ".venv" / "bin" / "python"
    python = str(venv_python) if venv_python.exists() else sys.executable
    completed = subprocess.run(
        [python, str(ROOT / "tools" / "reference_scenarios.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "up to date" in completed.stdout

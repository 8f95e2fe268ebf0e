"""Reach the target: known optima, an infeasible case, limits and locked levers, and every plan
re-checked through evaluate_scenario."""

import copy
import json
import subprocess
import sys

import pytest

from planner.analysis import SolveError, SolveRequest, goal_seek, solve
from planner.model import Engine, Scenario, evaluate_scenario
from planner.paths import reference_workbook_path


def recheck(engine, result):
    """The solver's figures are the engine's: evaluate the proposed scenario again."""
    again = evaluate_scenario(engine, result.scenario)
    for year, saving in result.savings_by_year.items():
        assert again.year(year).total_savings_eur == pytest.approx(saving, abs=0.01)
    return again


def test_one_lever_gives_the_goal_seek_value(engine):
    """With one lever and no service at stake, the least change that reaches the target is the
    smallest value that does: goal seek's answer."""
    scenario = Scenario("S", plan_year=2026, target_eur=10_000_000)
    result = solve(engine, scenario, SolveRequest(levers=("office_space_cut",)))
    assert result.reachable
    sought = goal_seek(engine, scenario, "office_space_cut")
    assert result.levers["office_space_cut"] == pytest.approx(sought.value, abs=0.01)
    assert result.savings_by_year[2026] == pytest.approx(10_000_000, abs=2_000)
    recheck(engine, result)


def test_an_unreachable_target_gives_the_closest_plan_and_what_binds(engine):
    scenario = Scenario("S", plan_year=2026, target_eur=100_000_000)
    request = SolveRequest(levers=("office_space_cut", "client_fee_alignment"))
    result = solve(engine, scenario, request)
    assert not result.reachable
    # Closest: both at their maxima (each only adds savings here).
    assert result.levers["office_space_cut"] == 60
    assert result.levers["client_fee_alignment"] == 100
    both = evaluate_scenario(
        engine,
        Scenario(
            "max",
            plan_year=2026,
            levers={"office_space_cut": 60, "client_fee_alignment": 100},
        ),
    )
    assert result.short_by_year[2026] == pytest.approx(100e6 - both.plan.total_savings_eur)
    assert {(b.kind, b.what) for b in result.binding} == {
        ("limit", "office_space_cut"),
        ("limit", "client_fee_alignment"),
    }
    recheck(engine, result)


def test_limits_and_locked_levers_are_respected(engine):
    scenario = Scenario("S", plan_year=2026, target_eur=20_000_000, levers={"finance_training": 40})
    request = SolveRequest(
        levers=("office_space_cut", "client_fee_alignment"),
        limits={"office_space_cut": (0, 10), "client_fee_alignment": (20, 100)},
    )
    result = solve(engine, scenario, request)
    assert result.levers["office_space_cut"] <= 10
    assert result.levers["client_fee_alignment"] >= 20
    assert result.levers["finance_training"] == 40  # not allowed to move: held
    assert result.levers["digital_shift"] == 0
    recheck(engine, result)


def test_the_least_service_lost_wins(baseline):
    """Make doctor appointments queueable: then removing agency labour without backfill saves
    money by leaving visits undone. Office space reaches the same target with no service lost,
    so the plan must use office space only."""
    changed = copy.deepcopy(baseline)
    services = changed.services.copy()
    services.loc[services["id"] == "doctor_appointments", "duty"] = "queueable"
    changed.services = services
    engine = Engine(changed)
    scenario = Scenario("S", plan_year=2026, target_eur=8_000_000)
    request = SolveRequest(levers=("office_space_cut", "outsourced_labour_cut"))
    cut_only = evaluate_scenario(
        engine, Scenario("cut", plan_year=2026, levers={"outsourced_labour_cut": 100})
    )
    assert any(s.short_of_demand for s in cut_only.plan.services)  # the cut does cost service
    result = solve(engine, scenario, request)
    assert result.reachable
    assert result.levers["outsourced_labour_cut"] == pytest.approx(0, abs=0.05)
    assert result.service_lost_eur == pytest.approx(0, abs=1_000)
    sought = goal_seek(engine, scenario, "office_space_cut")
    assert result.levers["office_space_cut"] == pytest.approx(sought.value, abs=0.05)


def test_a_target_path_is_reached_in_every_year(engine):
    scenario = Scenario(
        "S", plan_year=2025, target_eur=0, targets_eur={2025: 5_000_000, 2027: 12_000_000}
    )
    request = SolveRequest(levers=("office_space_cut", "client_fee_alignment"), years=(2025, 2027))
    result = solve(engine, scenario, request)
    assert result.reachable
    again = recheck(engine, result)
    assert again.year(2025).total_savings_eur >= 5_000_000 - 1
    assert again.year(2027).total_savings_eur >= 12_000_000 - 1


def test_a_ceiling_on_one_off_costs_holds(engine):
    scenario = Scenario("S", plan_year=2026, target_eur=12_000_000, office_early_exit=True)
    request = SolveRequest(levers=("office_space_cut",), one_off_ceiling_eur=3_000_000)
    result = solve(engine, scenario, request)
    again = recheck(engine, result)
    assert max(y.one_off_total_eur for y in again.years) <= 3_000_000 + 1


def test_the_reported_programme_is_what_the_solver_finds(engine):
    """Issue 12: with the same limits the solver must not find more than the reference
    scenario for its four measures."""
    from planner.files.workbook_json import read_workbook

    reported = read_workbook(reference_workbook_path()).scenario("Reported programme (€70M)")
    four = (
        "office_space_cut",
        "outsourced_labour_cut",
        "own_staff_backfill",
        "client_fee_alignment",
        "finance_training",
    )
    result = solve(engine, reported, SolveRequest(levers=four))
    scenario = evaluate_scenario(engine, reported)
    assert not result.reachable
    assert result.savings_by_year[2026] == pytest.approx(scenario.plan.total_savings_eur, abs=1)


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (SolveRequest(levers=()), "at least one lever"),
        (SolveRequest(levers=("nope",)), "unknown lever"),
        (SolveRequest(levers=("digital_shift",), limits={"digital_shift": (0, 80)}), "0–50"),
        (SolveRequest(levers=("digital_shift",), limits={"digital_shift": (30, 10)}), "no higher"),
        (
            SolveRequest(levers=("digital_shift",), limits={"office_space_cut": (0, 1)}),
            "not allowed",
        ),
    ],
)
def test_bad_requests_are_refused(engine, request_, message):
    with pytest.raises(SolveError, match=message):
        solve(engine, Scenario("S"), request_)


def _planner(*args):
    return subprocess.run(
        [sys.executable, "-m", "planner", *args], capture_output=True, text=True, timeout=120
    )


def test_solve_on_the_command_line():
    done = _planner(
        "solve", "--target", "10000000", "--year", "2026", "--levers", "office_space_cut", "--json"
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["reachable"] is True
    assert result["savings_by_year"]["2026"] == pytest.approx(10_000_000, abs=2_000)
    check = _planner(
        "evaluate",
        "--set",
        f"office_space_cut={result['levers']['office_space_cut']}",
        "--year",
        "2026",
        "--json",
    )
    assert json.loads(check.stdout)["total_savings_eur"] == pytest.approx(
        result["savings_by_year"]["2026"], abs=1
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--levers", "nope"], "unknown lever 'nope'"),
        (["--limit", "office_space_cut=5"], "ID=MIN:MAX"),
        (["--limit", "office_space_cut=0:90"], "must lie within 0–60"),
        (["--years", "20x5"], "--years takes years"),
        (["--year", "2099"], "outside"),
    ],
)
def test_solve_bad_input_is_one_line(args, message):
    done = _planner("solve", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_goal_seek_and_solve_use_the_scenarios_own_assumptions(engine):
    """A scenario overriding the agency premium: the plan found is checked through
    evaluate_scenario, which applies the override, so both must use it too."""
    from planner.model import Override

    scenario = Scenario(
        "O",
        plan_year=2027,
        target_eur=15_000_000,
        levers={"outsourced_labour_cut": 100},
        overrides={"workforce.agency_premium_pct.value": Override(100.0, "private agencies")},
    )
    sought = goal_seek(engine, scenario, "own_staff_backfill")
    plan = evaluate_scenario(
        engine,
        Scenario(
            "O",
            plan_year=2027,
            target_eur=15_000_000,
            levers={"outsourced_labour_cut": 100, "own_staff_backfill": sought.value},
            overrides=scenario.overrides,
        ),
    )
    assert sought.total_savings_eur == pytest.approx(plan.plan.total_savings_eur, abs=1)
    result = solve(engine, scenario, SolveRequest(levers=("own_staff_backfill",)))
    recheck(engine, result)

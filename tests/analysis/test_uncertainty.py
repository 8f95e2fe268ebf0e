"""Uncertainty and sensitivity with known answers: triangular draws of one assumption, zero-width
ranges, seeds, a hand-worked tornado, overrides held fixed."""

import json
import subprocess
import sys

import numpy as np
import pytest

from planner.analysis.uncertainty import Assumption, assumptions, monte_carlo, tornado
from planner.model import Override, Scenario, evaluate_scenario

TRAINING = ("workforce", "training_saving_pct", "value")


def training_only(engine, low, high, value=1.0):
    """The training saving rate as the one uncertain figure (percent of the training base)."""
    return [Assumption(*TRAINING[:1], TRAINING[1], TRAINING[2], value, low, high, "", "test")]


def test_every_assumption_of_the_bundled_baseline_is_drawn(engine):
    found = assumptions(engine)
    assert len(found) > 100
    assert all(a.low <= a.value <= a.high for a in found)
    assert {a.table for a in found} >= {"services", "fees", "budget", "premises", "workforce"}


def test_one_triangular_assumption_gives_the_probability_worked_by_hand(engine):
    """All staff trained from 2023 (no one-off in the years shown): the 2025 saving is
    rate x training base x price index, linear in the rate. With the rate triangular on
    (0.5 %, 1 %, 2 %), P(rate >= 1.5 %) = (2 - 1.5)^2 / ((2 - 0.5)(2 - 1)) = 1/6."""
    scenario = Scenario(
        "T",
        levers={"finance_training": 100},
        timing={
            "finance_training": __import__("planner.model", fromlist=["x"]).LeverTiming(2023, 1)
        },
        plan_year=2025,
    )
    base = evaluate_scenario(engine, scenario).year(2025).total_savings_eur  # at 1 %
    scenario.target_eur = base * 1.5  # the saving at a rate of 1.5 %
    result = monte_carlo(
        engine, scenario, draws=200_000, seed=7, items=training_only(engine, 0.5, 2.0)
    )
    assert result.probability_of_target[1] == pytest.approx(1 / 6, abs=0.005)
    # Percentiles of a triangular distribution, scaled: the median rate is 2 - sqrt(0.75) ... by
    # the CDF F(x) = 1 - (2 - x)^2 / 1.5 for x >= 1: F = 0.5 at x = 2 - sqrt(0.75).
    median_rate = 2 - np.sqrt(0.75)
    assert result.p50[1] == pytest.approx(base * median_rate, rel=0.01)


def test_a_zero_width_range_gives_zero_or_one(engine):
    scenario = Scenario("T", levers={"finance_training": 100}, plan_year=2025)
    base = evaluate_scenario(engine, scenario).year(2025).total_savings_eur
    fixed = training_only(engine, 1.0, 1.0)
    scenario.target_eur = base - 1
    assert monte_carlo(engine, scenario, draws=500, items=fixed).probability_of_target[1] == 1.0
    scenario.target_eur = base + 1
    assert monte_carlo(engine, scenario, draws=500, items=fixed).probability_of_target[1] == 0.0


def test_the_same_seed_gives_the_same_numbers(engine):
    scenario = Scenario("T", levers={"office_space_cut": 20, "client_fee_alignment": 50})
    first = monte_carlo(engine, scenario, draws=2_000, seed=11)
    again = monte_carlo(engine, scenario, draws=2_000, seed=11)
    other = monte_carlo(engine, scenario, draws=2_000, seed=12)
    assert np.array_equal(first.plan_year_savings, again.plan_year_savings)
    assert first.p50 == again.p50
    assert not np.array_equal(first.plan_year_savings, other.plan_year_savings)


def test_no_change_is_certain_zero(engine):
    result = monte_carlo(engine, Scenario("N", target_eur=0), draws=1_000)
    assert result.probability_of_target == [1.0] * 5
    assert result.p10 == result.p90 == [0.0] * 5


def test_the_tornado_worked_by_hand(engine):
    """Training at 100 % in 2025 (started 2023: no one-off): rate 1 % of the training base.
    At the low 0.5 % the saving halves, at the high 2 % it doubles: changes -S/2 and +S, and
    the rate sorts above a figure that does nothing here (the moving cost)."""
    from planner.model import LeverTiming

    scenario = Scenario(
        "T",
        levers={"finance_training": 100},
        timing={"finance_training": LeverTiming(2023, 1)},
        plan_year=2025,
    )
    saving = evaluate_scenario(engine, scenario).year(2025).total_savings_eur
    items = training_only(engine, 0.5, 2.0) + [
        Assumption("parameters", "office_move_cost_eur_per_m2", "value", 60, 30, 120, "", "")
    ]
    rows = tornado(engine, scenario, items=items)
    assert [r.swing for r in rows] == sorted((r.swing for r in rows), reverse=True)
    figures = [r.assumption.figure for r in rows if r.assumption]
    assert figures == [
        "workforce.training_saving_pct.value",
        "parameters.office_move_cost_eur_per_m2.value",
    ]
    first = next(r for r in rows if r.assumption)
    assert first.low_change_eur == pytest.approx(-saving / 2)
    assert first.high_change_eur == pytest.approx(saving)
    move = next(
        r
        for r in rows
        if r.assumption
        and r.assumption.column == "value"
        and r.assumption.row == "office_move_cost_eur_per_m2"
    )
    assert move.swing == 0
    lever = next(r for r in rows if r.lever == "finance_training")
    assert lever.low_value == 90 and lever.high_value == 100
    assert lever.low_change_eur == pytest.approx(-saving * 0.1)
    assert lever.high_change_eur == 0


def test_an_override_is_held_in_the_draws_and_changes_the_result(engine):
    premium = "workforce.agency_premium_pct.value"
    levers = {"outsourced_labour_cut": 100, "own_staff_backfill": 100}
    plain = Scenario("P", levers=levers, plan_year=2027)
    held = Scenario(
        "H", levers=levers, plan_year=2027, overrides={premium: Override(100.0, "doctors")}
    )
    assert (
        evaluate_scenario(engine, held).plan.total_savings_eur
        > evaluate_scenario(engine, plain).plan.total_savings_eur
    )
    result = monte_carlo(engine, held, draws=1_000)
    assert result.held == (premium,)
    rows = tornado(engine, held)
    assert premium not in {r.assumption.figure for r in rows if r.assumption}
    warning = [
        w for w in evaluate_scenario(engine, held).warnings if w.code == "override_outside_range"
    ]
    assert warning == []  # 100 lies within 10-150
    far = Scenario("F", levers=levers, overrides={premium: Override(400.0, "a test")})
    codes = [w.code for w in evaluate_scenario(engine, far).warnings]
    assert "override_outside_range" in codes


def test_analyse_on_the_command_line():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "analyse",
            "--set",
            "office_space_cut=20",
            "--target",
            "5000000",
            "--year",
            "2026",
            "--draws",
            "500",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["plan_year"] == 2026 and result["draws"] == 500
    assert [y["year"] for y in result["years"]] == [2024, 2025, 2026, 2027, 2028]
    assert 0 <= result["probability_of_target"] <= 1
    assert result["tornado"][0]["change_at_high_eur"] != 0
    assert "NaN" not in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--draws", "0"], "--draws must be"),
        (["--seed", "x"], "invalid int value"),
        (["--set", "nope=1"], "unknown lever"),
    ],
)
def test_analyse_bad_input_is_one_line(args, message):
    done = subprocess.run(
        [sys.executable, "-m", "planner", "analyse", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_held_service_figure_works_in_every_batch(engine):
    """An override of a line's figure makes every draw's trend differ: the trend budget must get
    a row per draw (it once failed to broadcast in the tornado's lever sweep)."""
    scenario = Scenario(
        "O",
        levers={"office_space_cut": 10},
        overrides={"services.home_care_visits.unit_cost_eur": Override(40.0, "a test")},
    )
    rows = tornado(engine, scenario)
    assert "services.home_care_visits.unit_cost_eur" not in {
        r.assumption.figure for r in rows if r.assumption
    }
    assert next(r for r in rows if r.lever == "office_space_cut").high_change_eur > 0
    result = monte_carlo(engine, scenario, draws=200)
    assert result.held == ("services.home_care_visits.unit_cost_eur",)

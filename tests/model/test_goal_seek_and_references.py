"""Goal seek on the tiny baseline, and the reference scenarios on the bundled one."""

import importlib.util
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import planner.paths
from planner.files.workbook_json import read_workbook
from planner.model import Engine, LeverTiming, Scenario, evaluate_scenario, goal_seek
from planner.paths import reference_workbook_file, reference_workbook_path
from planner.present import numbers as fmt
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


# ------------------------------------------------------------------ Finnish and Swedish (issue 13)

LOCALES = {"fi": fmt.FINNISH, "sv": fmt.SWEDISH}
NAMES = {
    "fi": [
        "Ei muutoksia (2024)",
        "Kaupungin ohjelma 2024 (29 M€)",
        "Kaupungin ohjelma 2025 (25 M€)",
        "Raportoitu ohjelma (70 M€)",
    ],
    "sv": [
        "Ingen ändring (2024)",
        "Stadens program 2024 (29 M€)",
        "Stadens program 2025 (25 M€)",
        "Rapporterat program (70 M€)",
    ],
}
# Words the English descriptions share with the language's own: a proper name in Finnish,
# Swedish words spelt as English ones ("all personal", "extra inkomster", "IT-system").
SAME_WORDS = {"fi": {"helsinki"}, "sv": {"all", "extra", "november", "system"}}


def _words(scenarios) -> set[str]:
    texts = [text for s in scenarios for text in (s.name, s.description)]
    return {w.lower() for text in texts for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", text)}


@pytest.fixture(scope="module")
def in_languages():
    return {code: read_workbook(reference_workbook_file(code)) for code in ("en", "fi", "sv")}


def test_the_reference_files_are_found_by_language():
    assert reference_workbook_path() == reference_workbook_file("en") == REFERENCE
    for code in ("fi", "sv"):
        assert reference_workbook_path(code).name == f"reference-scenarios.{code}.planner.json"
        assert reference_workbook_path(code).is_file()
    assert reference_workbook_path("fi_FI") == reference_workbook_file("fi")
    assert reference_workbook_path("de") == REFERENCE
    assert reference_workbook_path("") == REFERENCE


def test_a_language_without_its_file_falls_back_to_english(monkeypatch, tmp_path):
    shutil.copy(REFERENCE, tmp_path / REFERENCE.name)
    monkeypatch.setattr(planner.paths, "data_dir", lambda: tmp_path)
    assert reference_workbook_path("fi") == tmp_path / REFERENCE.name
    assert reference_workbook_path("sv") == tmp_path / REFERENCE.name


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_the_languages_hold_the_same_scenarios_as_english(engine, in_languages, code):
    english, other = in_languages["en"].scenarios, in_languages[code].scenarios
    assert [s.name for s in other] == NAMES[code]
    assert len(other) == len(english)
    for theirs, ours in zip(other, english, strict=True):
        # Levers, timings, targets, plan year, stamps: everything but the words.
        words = {"name": "", "description": "", "modified_by": ""}  # the author is words too
        assert replace(theirs, **words) == replace(ours, **words)
        assert theirs.description and theirs.description != ours.description
        mine, yours = evaluate_scenario(engine, theirs), evaluate_scenario(engine, ours)
        assert [y.total_savings_eur for y in mine.years] == [
            y.total_savings_eur for y in yours.years
        ]
        assert [y.extra_income_eur for y in mine.years] == [y.extra_income_eur for y in yours.years]
    assert in_languages[code].baseline_name == in_languages["en"].baseline_name


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_the_languages_words_are_not_english(in_languages, code):
    scenarios = in_languages[code].scenarios
    english = _words(in_languages["en"].scenarios)
    assert _words(scenarios) & english <= SAME_WORDS[code]
    for word in ("savings", "levers", "lever", "programme", "agency", "fees", "staff", "goal"):
        assert word not in _words(scenarios)


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_the_languages_figures_are_the_evaluated_ones(engine, in_languages, code):
    locale = LOCALES[code]
    in_the = {"fi": "vuonna", "sv": "år"}[code]
    workbook = in_languages[code]
    reported = workbook.scenario(NAMES[code][3])
    result = evaluate_scenario(engine, reported)
    best = max(result.years, key=lambda y: y.total_savings_eur)
    plan = fmt.meur(result.plan.total_savings_eur, 1, locale)
    assert plan == ("47,2\u00a0M€")
    assert f"{plan} {in_the} 2026" in reported.description
    assert f"{fmt.meur(best.total_savings_eur, 1, locale)} {in_the} {best.year}" in (
        reported.description
    )
    for name in NAMES[code][1:3]:
        scenario = workbook.scenario(name)
        office = fmt.number(scenario.levers["office_space_cut"], 2, locale)
        assert f"{office}\u00a0%" in scenario.description  # the goal seek's value
    assert "60\u00a0%" in reported.description
    for scenario in workbook.scenarios:  # no English decimal point, no "€29M"
        assert not re.search(r"\d[.]\d|€\d", scenario.name + scenario.description)


def _tool():
    spec = importlib.util.spec_from_file_location(
        "reference_scenarios", ROOT / "tools" / "reference_scenarios.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_check_covers_every_language(monkeypatch, tmp_path, capsys):
    tool = _tool()
    copies = {}
    for code in ("en", "fi", "sv"):
        copies[code] = tmp_path / reference_workbook_file(code).name
        shutil.copy(reference_workbook_file(code), copies[code])
    monkeypatch.setattr(tool, "reference_workbook_file", lambda code: copies[code])
    assert tool.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out
    for code in ("sv", "fi"):
        text = copies[code].read_text(encoding="utf-8")
        copies[code].write_text(text.replace("2024", "2023", 1), encoding="utf-8")
        assert tool.main(["--check"]) == 1
        assert f"{copies[code]} is out of date" in capsys.readouterr().out
        copies[code].write_text(text, encoding="utf-8")
    copies["fi"].unlink()
    assert tool.main(["--check"]) == 1
    assert f"{copies['fi']} is out of date" in capsys.readouterr().out

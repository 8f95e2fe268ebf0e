"""The command line, run as a user runs it: a subprocess, its output and exit status."""

import json
import shutil
import subprocess
import sys

import pytest

from planner.paths import bundled_baseline_dir, reference_workbook_path

REFERENCES = str(reference_workbook_path())


def planner(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def evaluate_json(*args):
    done = planner("evaluate", *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_version():
    done = planner("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("planner ")


def test_evaluate_with_no_levers_prints_zero_savings_and_2024_volumes(baseline):
    result = evaluate_json()
    assert result["total_savings_eur"] == 0
    assert result["gap_eur"] == 70_000_000
    assert result["target_eur"] == 70_000_000
    assert result["target_reached"] is False
    assert set(result["savings_eur"]) == {
        "office_space_cut",
        "outsourced_labour_cut",
        "own_staff_backfill",
        "client_fee_alignment",
        "finance_training",
        "digital_shift",
    }
    volumes = dict(zip(baseline.services["id"], baseline.services["volume"], strict=True))
    assert len(result["services"]) == 14
    for line in result["services"]:
        assert line["delivered"] == volumes[line["id"]] == line["baseline_volume"]
        assert line["shortfall"] == 0
        assert set(line) >= {
            "id",
            "name",
            "unit",
            "baseline_volume",
            "demand",
            "capacity",
            "delivered",
            "shortfall",
        }
    assert {"category", "baseline_eur", "scenario_eur"} <= set(result["budget"][0])
    assert result["warnings"] == []
    assert result["plan_year"] == 2024


def test_every_year_is_in_the_json_with_the_plan_year_at_the_top():
    result = evaluate_json("--set", "office_space_cut=10", "--year", "2025")
    assert [year["year"] for year in result["years"]] == [2024, 2025, 2026, 2027, 2028]
    by_year = {year["year"]: year for year in result["years"]}
    # The top level keeps the plan year's figures, as scripts written for one year expect.
    assert result["total_savings_eur"] == by_year[2025]["total_savings_eur"]
    assert set(by_year[2024]) >= {"total_savings_eur", "savings_eur", "budget", "services"}
    # 14,000 m2 of the lease ending June 2024: half a year of rent less the move in 2024,
    # a whole year at the 2025 price index (1.025) after (docs/model.md, worked example).
    assert by_year[2024]["savings_eur"]["office_space_cut"] == 2_100_000 - 840_000
    assert by_year[2024]["one_off_costs_eur"]["office_space_cut"] == 840_000
    assert by_year[2025]["savings_eur"]["office_space_cut"] == 4_305_000
    assert by_year[2024]["budget"][0]["trend_eur"] == by_year[2024]["budget"][0]["baseline_eur"]


def test_start_and_ramp_from_the_command_line():
    late = evaluate_json(
        "--set", "client_fee_alignment=100", "--start", "client_fee_alignment=2025-02"
    )
    by_year = {year["year"]: year for year in late["years"]}
    assert by_year[2024]["savings_eur"]["client_fee_alignment"] == 0
    assert by_year[2025]["extra_income_eur"] > 0
    assert late["timing"]["client_fee_alignment"] == {"start": "2025-02", "ramp_months": 0}
    ramped = evaluate_json(
        "--set", "finance_training=100", "--ramp", "finance_training=12", "--year", "2025"
    )
    full = evaluate_json("--set", "finance_training=100", "--year", "2025")
    ramp_2024 = ramped["years"][0]["recurring_savings_eur"]["finance_training"]
    full_2024 = full["years"][0]["recurring_savings_eur"]["finance_training"]
    # Phases 1/12 ... 12/12 over the year: a mean of 6.5/12 of the full effect.
    assert ramp_2024 == pytest.approx(full_2024 * 6.5 / 12, abs=0.02)
    assert ramped["total_savings_eur"] == full["total_savings_eur"]


def test_start_and_ramp_for_one_lever_keep_both():
    """--start and --ramp for the same lever: the start given is kept with the ramp (the ramp
    once read the workbook's start and dropped the one just given)."""
    both = evaluate_json(
        "--set", "digital_shift=20", "--start", "digital_shift=2025-05",
        "--ramp", "digital_shift=18",
    )  # fmt: skip
    assert both["timing"]["digital_shift"] == {"start": "2025-05", "ramp_months": 18}
    by_year = {year["year"]: year for year in both["years"]}
    assert by_year[2024]["recurring_savings_eur"]["digital_shift"] == 0


def test_reference_scenarios_from_the_workbook():
    reported = evaluate_json("--workbook", REFERENCES, "--scenario", "Reported programme (€70M)")
    assert reported["plan_year"] == 2026
    assert reported["target_reached"] is False
    assert 40e6 < reported["total_savings_eur"] < 70e6
    assert not any(line["below_floor"] for y in reported["years"] for line in y["services"])
    city = evaluate_json("--workbook", REFERENCES, "--scenario", "City programme 2024 (€29M)")
    assert city["plan_year"] == 2024
    assert city["extra_income_eur"] == pytest.approx(7e6, abs=0.5e6)
    assert city["cost_savings_eur"] == pytest.approx(22e6, abs=0.5e6)
    assert city["target_eur"] == 29e6
    city_2025 = evaluate_json("--workbook", REFERENCES, "--scenario", "City programme 2025 (€25M)")
    assert city_2025["cost_savings_eur"] == pytest.approx(25e6, abs=0.5e6)


def test_set_year_and_target_override():
    result = evaluate_json("--set", "finance_training=50", "--year", "2026", "--target", "1000000")
    assert result["levers"]["finance_training"] == 50
    assert result["plan_year"] == 2026
    assert result["target_eur"] == 1_000_000
    # Half the staff trained: 0.5 x 1 % x training base 166.85 MEUR x price index 1.050625;
    # the one-off fell in 2024.
    assert result["total_savings_eur"] == pytest.approx(0.5 * 0.01 * 166_850_000 * 1.050625, abs=1)
    assert result["target_reached"] is False


def test_set_overrides_a_workbook_scenario():
    result = evaluate_json(
        "--workbook", REFERENCES, "--scenario", "No change (2024)", "--set", "office_space_cut=10"
    )
    assert result["recurring_savings_eur"]["office_space_cut"] == 2_100_000


def test_set_takes_a_decimal_comma():
    result = evaluate_json("--set", "office_space_cut=10,5")
    assert result["levers"]["office_space_cut"] == 10.5


def test_target_zero_is_strict_json():
    done = planner("evaluate", "--target", "0", "--json")
    assert done.returncode == 0
    assert "NaN" not in done.stdout and "Infinity" not in done.stdout
    assert json.loads(done.stdout)["share_of_target"] is None
    assert "-0.0" not in done.stdout


def test_text_output_without_json():
    done = planner("evaluate", "--set", "office_space_cut=10")
    assert done.returncode == 0
    assert "€2,100,000" in done.stdout
    assert "−€840,000" in done.stdout


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["evaluate", "--set", "no_such_lever=1"], 2, "unknown lever 'no_such_lever'"),
        (["evaluate", "--set", "digital_shift=70"], 2, "outside its range 0–50"),
        (["evaluate", "--set", "digital_shift=lots"], 2, "'lots' is not a number"),
        (["evaluate", "--set", "digital_shift"], 2, "--set takes ID=VALUE"),
        (["evaluate", "--set", "digital_shift=1", "--set", "digital_shift=2"], 2, "twice"),
        (["evaluate", "--start", "digital_shift=2025"], 2, "such as 2025-02"),
        (["evaluate", "--start", "digital_shift=2025-13"], 2, "01–12"),
        (["evaluate", "--start", "digital_shift=2019-01"], 2, "before the baseline year"),
        (["evaluate", "--ramp", "digital_shift=-1"], 2, "whole months"),
        (["evaluate", "--horizon", "2050"], 2, "horizon 2050 is outside"),
        (["evaluate", "--year", "2023"], 2, "plan year 2023 is outside 2024–2040"),
        (["evaluate", "--target", "-5"], 2, "--target"),
        (["evaluate", "--scenario", "X"], 2, "--scenario needs --workbook"),
        (["evaluate", "--workbook", "missing.json", "--scenario", "X"], 1, "no such file"),
        (["evaluate", "--workbook", REFERENCES, "--scenario", "Nope"], 1, "found 'Nope'"),
        (["evaluate", "--baseline", "no/such/folder"], 1, "nothing is there"),
        (["evaluate", "--bogus"], 2, "unrecognized arguments"),
        (["check"], 2, "required"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_status(args, status, message):
    done = planner(*args)
    assert done.returncode == status
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_check_accepts_the_bundled_baseline():
    done = planner("check", str(bundled_baseline_dir()))
    assert done.returncode == 0
    assert "usable baseline 'Helsinki 2024'" in done.stdout


def test_check_lists_every_problem_of_a_broken_copy(tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(bundled_baseline_dir(), broken)
    services = broken / "services.csv"
    text = services.read_text(encoding="utf-8")
    text = text.replace("Home care visits,visit,3700000", "Home care visits,visits,-3700000")
    text = text.replace("nurse_appointments,", "home_care_visits,", 1)
    services.write_text(text, encoding="utf-8")
    (broken / "workforce.csv").unlink()
    done = planner("check", str(broken))
    assert done.returncode == 1
    out = done.stdout
    assert "workforce.csv: expected the workforce table" in out
    assert "services.csv, row 3, column 'unit': found 'visits'" in out
    assert (
        "services.csv, row 3, column 'volume': found '-3700000', expected a number that is" in out
    )
    assert "services.csv, row 5, column 'id': found 'home_care_visits', expected a unique id" in out
    assert "problems: the baseline is not usable" in done.stderr


def test_evaluate_on_a_semicolon_decimal_comma_baseline(tmp_path):
    """A baseline saved by a Finnish spreadsheet: ';', decimal commas, a BOM, NBSP thousands."""
    copy = tmp_path / "fi"
    shutil.copytree(bundled_baseline_dir(), copy)
    for file in copy.glob("*.csv"):
        rows = file.read_text(encoding="utf-8").splitlines()
        import csv
        import io

        table = list(csv.reader(io.StringIO("\n".join(rows))))
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        for row in table:
            writer.writerow([cell.replace(".", ",") if _is_decimal(cell) else cell for cell in row])
        file.write_bytes("\ufeff".encode() + out.getvalue().encode("utf-8"))
    services = copy / "services.csv"
    services.write_text(
        services.read_text(encoding="utf-8-sig").replace("24000000", "24\u00a0000\u00a0000"),
        encoding="utf-8-sig",
    )
    done = planner(
        "evaluate", "--baseline", str(copy), "--set", "client_fee_alignment=100", "--json"
    )
    assert done.returncode == 0, done.stderr
    reference = evaluate_json("--set", "client_fee_alignment=100")
    assert json.loads(done.stdout)["total_savings_eur"] == pytest.approx(
        reference["total_savings_eur"]
    )


def _is_decimal(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return "." in cell

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


def test_reference_scenarios_from_the_workbook():
    reported = evaluate_json("--workbook", REFERENCES, "--scenario", "Reported programme (€70M)")
    assert reported["total_savings_eur"] == pytest.approx(70e6, abs=0.1e6)
    assert reported["target_reached"] is True
    city = evaluate_json("--workbook", REFERENCES, "--scenario", "City estimate (€29M)")
    assert city["savings_eur"]["client_fee_alignment"] == pytest.approx(7e6, abs=0.5e6)
    assert city["total_savings_eur"] - city["savings_eur"]["client_fee_alignment"] == (
        pytest.approx(22e6, abs=0.5e6)
    )
    assert city["target_eur"] == 29e6


def test_set_year_and_target_override():
    result = evaluate_json("--set", "finance_training=50", "--year", "2026", "--target", "1000000")
    assert result["levers"]["finance_training"] == 50
    assert result["plan_year"] == 2026
    assert result["target_eur"] == 1_000_000
    assert result["total_savings_eur"] == pytest.approx(1_886_500)
    assert result["target_reached"] is True


def test_set_overrides_a_workbook_scenario():
    result = evaluate_json(
        "--workbook", REFERENCES, "--scenario", "No change (2024)", "--set", "office_space_cut=10"
    )
    assert result["savings_eur"]["office_space_cut"] == pytest.approx(3_360_000)


def test_text_output_without_json():
    done = planner("evaluate", "--set", "office_space_cut=10")
    assert done.returncode == 0
    assert "€3,360,000" in done.stdout


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["evaluate", "--set", "no_such_lever=1"], 2, "unknown lever 'no_such_lever'"),
        (["evaluate", "--set", "digital_shift=70"], 2, "outside its range 0–50"),
        (["evaluate", "--set", "digital_shift=lots"], 2, "'lots' is not a number"),
        (["evaluate", "--set", "digital_shift"], 2, "--set takes ID=VALUE"),
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

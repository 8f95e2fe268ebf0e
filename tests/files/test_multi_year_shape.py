"""Files made before the multi-year model: schema 1 workbooks open (migrated), and baselines
of the old shape are refused with a message naming exactly what to add."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner.files.baseline_io import load_baseline
from planner.files.problems import InputError
from planner.files.workbook_json import (
    SCHEMA_VERSION,
    parse_workbook,
    read_workbook,
    workbook_to_document,
)
from planner.model import LeverTiming, Scenario, evaluate_scenario
from planner.model.workbook import Workbook
from planner.paths import bundled_baseline_dir

V1_REFERENCE = Path(__file__).parent / "data" / "reference-v1.planner.json"


def test_the_schema_1_reference_workbook_opens_and_evaluates_as_before(engine):
    """Today's (schema 1) reference workbook: every lever from January of the baseline year,
    the same target every year, the plan year kept."""
    document = json.loads(V1_REFERENCE.read_text(encoding="utf-8"))
    assert document["schema_version"] == 1
    workbook = read_workbook(V1_REFERENCE)
    assert workbook.names() == [
        "No change (2024)",
        "Reported programme (€70M)",
        "City estimate (€29M)",
    ]
    reported = workbook.scenario("Reported programme (€70M)")
    assert reported.levers["outsourced_labour_cut"] == 95.82
    assert reported.timing == {}
    assert reported.plan_year == 2024
    assert reported.target_for(2027) == 70_000_000
    result = evaluate_scenario(engine, reported)
    assert [y.year for y in result.years] == [2024, 2025, 2026, 2027, 2028]
    # Saved again, it is a schema 2 file that reads back the same.
    again = parse_workbook(
        json.dumps(workbook_to_document(workbook)).encode(), "again.planner.json"
    )
    assert again.scenarios == workbook.scenarios


def test_schema_2_keeps_timing_targets_horizon_and_early_exit():
    scenario = Scenario(
        "Timed",
        levers={"client_fee_alignment": 100, "outsourced_labour_cut": 50},
        timing={
            "client_fee_alignment": LeverTiming(2025, 2),
            "outsourced_labour_cut": LeverTiming(None, 1, 12),
        },
        targets_eur={2024: 29_000_000, 2025: 25_000_000},
        horizon_year=2030,
        office_early_exit=True,
        plan_year=2025,
    )
    document = workbook_to_document(Workbook([scenario]))
    assert document["schema_version"] == SCHEMA_VERSION == 2
    saved = document["scenarios"][0]
    assert saved["timing"]["client_fee_alignment"] == {"start": "2025-02", "ramp_months": 0}
    assert saved["timing"]["outsourced_labour_cut"] == {"start": None, "ramp_months": 12}
    assert saved["targets_eur"] == {"2024": 29_000_000, "2025": 25_000_000}
    back = parse_workbook(json.dumps(document).encode(), "x.planner.json").scenarios[0]
    assert back == scenario


@pytest.mark.parametrize(
    ("change", "where", "expected"),
    [
        (
            {"timing": {"digital_shift": {"start": "2025-13"}}},
            "timing.digital_shift.start",
            "such as 2025-02",
        ),
        (
            {"timing": {"digital_shift": {"ramp_months": -1}}},
            "timing.digital_shift.ramp_months",
            "whole months",
        ),
        ({"timing": {"no_such": {}}}, "timing.no_such", "a known lever id"),
        ({"targets_eur": {"2025": -1}}, "targets_eur.2025", "zero or more euros"),
        ({"targets_eur": {"next": 5}}, "targets_eur.next", "a year such as 2025"),
        ({"office_early_exit": "yes"}, "office_early_exit", "true or false"),
        ({"horizon_year": 1800}, "horizon_year", "a year from"),
    ],
)
def test_bad_schema_2_parts_are_located(change, where, expected):
    scenario = {"name": "S", "levers": {}, **change}
    document = {"format": "planner-workbook", "schema_version": 2, "scenarios": [scenario]}
    with pytest.raises(InputError) as caught:
        parse_workbook(json.dumps(document).encode(), "bad.planner.json")
    text = "\n".join(str(p) for p in caught.value.problems)
    assert f"scenarios[0].{where}" in text
    assert expected in text


def _old_shape(folder: Path) -> Path:
    """The bundled baseline as it was before the multi-year model: no indexes table, no duty,
    substitute price or marginal cost columns, leases with free_from_year."""
    shutil.copytree(bundled_baseline_dir(), folder)
    (folder / "indexes.csv").unlink()
    services = folder / "services.csv"
    lines = services.read_text(encoding="utf-8").splitlines()
    cut = [",".join(line.split(",")[:9]) for line in lines]
    services.write_text("\n".join(cut) + "\n", encoding="utf-8")
    return folder


def test_an_old_shape_baseline_is_refused_naming_what_to_add(tmp_path):
    folder = _old_shape(tmp_path / "old")
    with pytest.raises(InputError) as caught:
        load_baseline(folder)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert "indexes.csv: expected the indexes table, with columns: year, wage_growth_pct" in text
    for column in ("duty", "substitute_price_pct", "marginal_cost_pct"):
        assert f"a column named '{column}'" in text


def test_check_on_the_command_line_says_the_same(tmp_path):
    folder = _old_shape(tmp_path / "old")
    done = subprocess.run(
        [sys.executable, "-m", "planner", "check", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "a column named 'duty'" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr

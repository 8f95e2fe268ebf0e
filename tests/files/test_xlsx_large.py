"""A baseline of some hundreds of service lines imports from CSV and .xlsx, validates, evaluates
and exports without trouble."""

import pandas as pd
import pytest

from planner.files.baseline_io import load_baseline
from planner.files.export import export_results
from planner.files.problems import InputError
from planner.model import Engine, Scenario, evaluate_scenario
from tests.files.baseline_copies import enlarged_rows, write_csv_folder, write_xlsx

LINES = 500


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    folder = tmp_path_factory.mktemp("large")
    tables = enlarged_rows(LINES)
    return write_csv_folder(tables, folder / "csv"), write_xlsx(tables, folder / "large.xlsx")


def test_large_baseline_reads_the_same_from_csv_and_xlsx(large):
    from_csv, from_xlsx = (load_baseline(path) for path in large)
    assert len(from_csv.services) == len(from_xlsx.services) == LINES
    assert len(from_csv.provenance) > 3 * LINES
    for table in ("services", "fees", "budget", "premises", "provenance"):
        pd.testing.assert_frame_equal(getattr(from_csv, table), getattr(from_xlsx, table))


def test_large_baseline_evaluates_and_exports(large, tmp_path):
    baseline = load_baseline(large[1])
    engine = Engine(baseline)
    unchanged = evaluate_scenario(engine, Scenario("No change"))
    assert unchanged.total_plan_year == 0
    volumes = baseline.services["volume"].tolist()
    assert [s.delivered for s in unchanged.services] == volumes
    levers = {"outsourced_labour_cut": 50, "digital_shift": 20, "client_fee_alignment": 100}
    moved = evaluate_scenario(engine, Scenario("Levers", levers, plan_year=2026))
    assert moved.total_plan_year > 0
    assert len(moved.services) == LINES
    assert all(0 <= s.share_met <= 1 for s in moved.services)
    out = tmp_path / "large.xlsx"
    export_results([unchanged, moved], out, baseline)
    services = pd.read_excel(out, sheet_name="Services")
    years = services["Year"].nunique() if "Year" in services else 1  # a row a line a year
    assert len(services) == 2 * LINES * years


def test_a_problem_deep_in_a_large_sheet_names_its_row(tmp_path):
    tables = enlarged_rows(LINES)
    row = 426  # the 426th service line, row 427 of the sheet
    assert tables["services"][row][0].endswith("_425")
    tables["services"][row][2] = "visits"
    path = write_xlsx(tables, tmp_path / "large.xlsx")
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    assert [str(p) for p in caught.value.problems] == [
        f"Services › {tables['services'][row][1]} › unit — "
        f"{path}, sheet services, row {row + 1}, column 'unit': found 'visits', expected one "
        "of the units: contact, visit, care day, appointment, client, response, mission"
    ]

"""Results exported to .xlsx and .csv read back equal to the model's; formats, widths, inert
text and atomic writes."""

import errno
import io
import math
import os
import re
import zipfile

import openpyxl
import pandas as pd
import pytest

from planner.files.baseline_io import load_baseline
from planner.files.export import (
    CSV_COLUMNS,
    csv_bytes,
    export_results,
    long_frame,
    result_tables,
    warning_sentence,
)
from planner.files.export import (
    sheet_name as excel_sheet_name,
)
from planner.files.problems import InputError
from planner.files.spreadsheet import csv_text
from planner.files.workbook_json import read_workbook
from planner.model import LEVER_BY_ID, Engine, LeverTiming, Override, Scenario, evaluate_scenario
from planner.paths import reference_workbook_path
from planner.present.numbers import ENGLISH, FINNISH
from tests.files.baseline_copies import bundled_rows, find_row, write_csv_folder

EVIL = '=HYPERLINK("http://x","y")'
PREMIUM = "workforce.agency_premium_pct.value"


def xlsx_number(value: float):
    """openpyxl writes numbers with 16 significant digits ('%.16g'; Excel itself keeps 15), so
    a figure read back from .xlsx equals the model's to that precision. The CSV keeps all 17."""
    return pytest.approx(value, rel=1e-15, abs=0)


def names(result) -> dict[str, str]:
    """Service lines by name: an exported warning names the line, not its id."""
    return {line.id: line.name for line in result.services}


@pytest.fixture(scope="module")
def results(baseline):
    # An engine of its own, apart from the session's (one scenario here overrides a figure).
    engine = Engine(baseline)
    scenarios = read_workbook(reference_workbook_path()).scenarios
    later = Scenario(
        "Digital in 2027",
        {"digital_shift": 30, "office_space_cut": 20},
        2027,
        horizon_year=2030,
        timing={"digital_shift": LeverTiming(2025, 3, 12)},
        targets_eur={2029: 80_000_000.0},
        overrides={PREMIUM: Override(40.0, EVIL)},  # a reason a spreadsheet would run
    )
    return [evaluate_scenario(engine, scenario) for scenario in [*scenarios, later]]


def test_xlsx_carries_every_year_the_timing_the_target_path_and_overrides(
    results, baseline, tmp_path
):
    path = tmp_path / "results.xlsx"
    export_results(results, path, baseline)
    sheets = pd.read_excel(path, sheet_name=None, keep_default_na=False, na_values=[""])
    years = sheets["Years"].set_index(["Scenario", "Year"])
    lever_years = sheets["Lever years"].set_index(["Scenario", "Year", "Lever id"])
    services = sheets["Services"].set_index(["Scenario", "Year", "Service id"])
    budget = sheets["Budget"].set_index(["Scenario", "Year", "Category id"])
    levers = sheets["Levers"].set_index(["Scenario", "Lever id"])
    for result in results:
        name = result.scenario.name
        assert list(years.loc[name].index) == [y.year for y in result.years]
        for y in result.years:
            row = years.loc[(name, y.year)]
            assert row["Plan year"] == ("yes" if y.year == result.plan_year else "no")
            assert row["Target (€)"] == xlsx_number(y.target_eur)  # the target path
            assert row["Savings (€)"] == xlsx_number(y.total_savings_eur)
            assert row["Cost savings (€)"] == xlsx_number(y.cost_savings_eur)
            assert row["Extra income (€)"] == xlsx_number(y.extra_income_eur)
            assert row["One-off costs (€)"] == xlsx_number(y.one_off_total_eur)
            assert row["Gap to target (€)"] == xlsx_number(y.gap_eur)
            for lever_id, effect in y.effects.items():
                line = lever_years.loc[(name, y.year, lever_id)]
                assert line["In-year effect (€)"] == xlsx_number(effect)
                assert line["One-off costs (€)"] == xlsx_number(y.one_off_costs[lever_id])
            for s in y.services:
                line = services.loc[(name, y.year, s.id)]
                assert line["Delivered"] == xlsx_number(s.delivered)
                assert line["Bought"] == xlsx_number(s.bought)
                assert line["Shortfall"] == xlsx_number(s.shortfall)
            for b in y.budget:
                line = budget.loc[(name, y.year, b.category)]
                assert line["No change (€)"] == xlsx_number(b.trend_eur)
                assert line["Scenario (€)"] == xlsx_number(b.scenario_eur)
        for lever_id in result.scenario.levers:
            timing = result.scenario.timing_of(lever_id)
            line = levers.loc[(name, lever_id)]
            assert line["Start (year-month)"] == timing.start_text(baseline.year)
            assert line["Ramp-up (months)"] == timing.ramp_months
    later = results[-1]
    assert years.loc[(later.scenario.name, 2029), "Target (€)"] == 80_000_000
    assert levers.loc[(later.scenario.name, "digital_shift"), "Start (year-month)"] == "2025-03"
    assert levers.loc[(later.scenario.name, "digital_shift"), "Ramp-up (months)"] == 12
    overrides = sheets["Overrides"]
    assert len(overrides) == 1
    line = overrides.iloc[0]
    assert (line["Scenario"], line["Figure id"]) == (later.scenario.name, PREMIUM)
    assert line["Figure"] == "Extra cost of an agency hour over an own-staff hour"
    assert (line["Baseline value"], line["Scenario assumes"]) == (35, 40)
    assert line["Because"] == "'" + EVIL  # inert
    workbook = openpyxl.load_workbook(path)
    assert workbook["Overrides"]["F2"].data_type == "s"


def test_csv_carries_every_year_and_writes_years_as_integers(results, baseline, tmp_path):
    path = tmp_path / "results.csv"
    export_results(results, path, baseline)
    text = path.read_text(encoding="utf-8-sig")
    assert '.0,"year"' not in text and "2024.0" not in text
    frame = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    assert frame["year"].dtype.kind == "i"  # every row has its year, a whole number
    values = {
        (row.scenario, row.table, row.year, row.item, row.measure): row.value
        for row in frame.itertuples(index=False)
    }
    for result in results:
        name = result.scenario.name
        assert values[(name, "summary", result.plan_year, "total", "plan_year")] == (
            result.plan_year
        )
        assert f'"{csv_text(name)}","summary",{result.plan_year},' in text
        for y in result.years:
            total = (name, "years", y.year, "total")
            assert values[(*total, "target_eur")] == y.target_eur
            assert values[(*total, "savings_eur")] == y.total_savings_eur
            assert values[(*total, "cost_savings_eur")] == y.cost_savings_eur
            assert values[(*total, "extra_income_eur")] == y.extra_income_eur
            assert values[(*total, "one_off_costs_eur")] == y.one_off_total_eur
            assert values[(*total, "gap_eur")] == y.gap_eur
            for lever_id, effect in y.effects.items():
                assert values[(name, "lever_years", y.year, lever_id, "in_year_effect_eur")] == (
                    effect
                )
            for s in y.services:
                assert values[(name, "services", y.year, s.id, "bought")] == s.bought
            for b in y.budget:
                assert values[(name, "budget", y.year, b.category, "trend_eur")] == b.trend_eur
        for lever_id in result.scenario.levers:
            timing = result.scenario.timing_of(lever_id)
            key = (name, "levers", result.plan_year, lever_id)
            assert values[(*key, "ramp_months")] == timing.ramp_months
            assert values[(*key, "start_month")] == timing.start_month
    later = results[-1].scenario.name
    assert values[(later, "levers", 2027, "digital_shift", "start_year")] == 2025
    assert values[(later, "overrides", 2027, PREMIUM, "value")] == 40
    assert values[(later, "overrides", 2027, PREMIUM, "baseline_value")] == 35
    reason = frame[(frame["table"] == "overrides") & (frame["measure"] == "reason")]
    assert list(reason["label"]) == ["'" + EVIL]


def test_xlsx_reads_back_equal_to_the_model(results, baseline, tmp_path):
    path = tmp_path / "results.xlsx"
    export_results(results, path, baseline)
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == [
        "Summary",
        "Levers",
        "Years",
        "Lever years",
        "Services",
        "Budget",
        "Warnings",
        "Overrides",
        "About",
    ]

    summary = sheets["Summary"].set_index("Scenario")
    levers = sheets["Levers"].set_index(["Scenario", "Lever id"])
    services = sheets["Services"].set_index(["Scenario", "Year", "Service id"])
    budget = sheets["Budget"].set_index(["Scenario", "Year", "Category id"])
    for result in results:
        name = result.scenario.name
        row = summary.loc[name]
        assert row["Plan year"] == result.plan_year
        assert row["Target (€)"] == xlsx_number(result.target_eur)
        assert row["Savings in plan year (€)"] == xlsx_number(result.total_plan_year)
        assert row["Savings recurring (€ a year)"] == xlsx_number(result.total_recurring)
        assert row["One-off costs (€)"] == xlsx_number(sum(result.one_off_costs.values()))
        assert row["Gap to target (€)"] == xlsx_number(result.gap_eur)
        assert row["Share of target"] == xlsx_number(result.share_of_target)
        assert row["Target reached"] == ("yes" if result.target_reached else "no")
        assert row["Share of demand met"] == xlsx_number(result.share_of_demand_met)
        for lever_id, value in result.scenario.levers.items():
            line = levers.loc[(name, lever_id)]
            assert line["Value"] == xlsx_number(value)
            assert line["Unit"] == LEVER_BY_ID[lever_id].unit
            assert line["Savings in plan year (€)"] == xlsx_number(
                result.savings_plan_year[lever_id]
            )
            assert line["Savings recurring (€ a year)"] == xlsx_number(
                result.savings_recurring[lever_id]
            )
            assert line["One-off costs (€)"] == xlsx_number(result.one_off_costs[lever_id])
        for s in result.services:
            line = services.loc[(name, result.plan_year, s.id)]
            assert (line["Service line"], line["Unit"]) == (s.name, s.unit)
            assert line["Baseline volume"] == xlsx_number(s.baseline_volume)
            assert line["Demand"] == xlsx_number(s.demand)
            assert line["Capacity"] == xlsx_number(s.capacity)
            assert line["Delivered"] == xlsx_number(s.delivered)
            assert line["Shortfall"] == xlsx_number(s.shortfall)
            assert line["Share of demand met"] == xlsx_number(s.share_met)
            assert line["Moved to digital"] == xlsx_number(s.moved_to_digital)
        for b in result.budget:
            line = budget.loc[(name, result.plan_year, b.category)]
            assert (line["Category"], line["Kind"]) == (b.name, b.kind)
            assert line["Baseline (€)"] == xlsx_number(b.baseline_eur)
            assert line["Scenario (€)"] == xlsx_number(b.scenario_eur)
            assert line["Change (€)"] == xlsx_number(b.change_eur)
    # Empty cells (no lever, no service) read back as empty text.
    warnings = pd.read_excel(path, sheet_name="Warnings", dtype=str, keep_default_na=False)
    expected = [
        (r.scenario.name, str(y.year), w.code, warning_sentence(w, names(r)), w.lever, w.service)
        for r in results
        for y in r.years  # every year's warnings, not only the plan year's
        for w in y.warnings
    ]
    assert expected, "the reference scenarios raise warnings; the sheet must carry them"
    assert [tuple(row) for row in warnings.itertuples(index=False)] == expected
    about = dict(sheets["About"].itertuples(index=False))
    assert about["Baseline"] == "Helsinki 2024 (2024)"


def test_xlsx_is_readable_at_once(results, tmp_path):
    path = tmp_path / "results.xlsx"
    export_results(results, path)
    workbook = openpyxl.load_workbook(path)
    formats = {
        "Summary": {"C": "#,##0", "D": "#,##0", "G": "#,##0", "H": "0.0%"},
        "Levers": {"E": "0.0", "H": "0", "J": "0", "K": "#,##0"},
        "Years": {"B": "0", "D": "#,##0", "K": "0.0%"},
        "Services": {"B": "0", "G": "#,##0", "J": "#,##0", "M": "0.0%"},
        "Budget": {"B": "0", "F": "#,##0", "I": "#,##0"},
    }
    for sheet_name, columns in formats.items():
        sheet = workbook[sheet_name]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        for letter, number_format in columns.items():
            cell = sheet[f"{letter}2"]
            assert cell.data_type == "n", (sheet_name, letter)
            assert cell.number_format == number_format, (sheet_name, letter)
        for column_cells in sheet.iter_cols(min_row=1, max_row=1):
            letter = column_cells[0].column_letter
            width = sheet.column_dimensions[letter].width
            assert width >= len(str(column_cells[0].value)), (sheet_name, letter)
    services = workbook["Services"]
    longest = max(len(str(c.value)) for c in services["D"])
    assert services.column_dimensions["D"].width >= longest


def test_csv_is_one_long_table_equal_to_the_model(results, tmp_path):
    path = tmp_path / "results.csv"
    export_results(results, path)
    assert path.read_bytes().startswith(
        b"\xef\xbb\xbfscenario,table,year,item,label,measure,value,unit"
    )
    frame = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    values = {
        (row.scenario, row.table, row.year, row.item, row.measure): row.value
        for row in frame.itertuples(index=False)
    }
    units = {(row.table, row.item, row.measure): row.unit for row in frame.itertuples(index=False)}
    for result in results:
        name = result.scenario.name
        year = result.plan_year  # the plan year's rows; test_csv_carries_every_year has all
        total = (name, "summary", year, "total")
        assert values[(*total, "savings_plan_year_eur")] == result.total_plan_year
        assert values[(*total, "savings_recurring_eur")] == result.total_recurring
        assert values[(*total, "gap_eur")] == result.gap_eur
        assert values[(*total, "target_eur")] == result.target_eur
        assert values[(*total, "share_of_target")] == result.share_of_target
        assert values[(*total, "target_reached")] == float(result.target_reached)
        for lever_id, value in result.scenario.levers.items():
            assert values[(name, "levers", year, lever_id, "value")] == value
            assert (
                values[(name, "levers", year, lever_id, "savings_plan_year_eur")]
                == (result.savings_plan_year[lever_id])
            )
            assert (
                values[(name, "levers", year, lever_id, "savings_recurring_eur")]
                == (result.savings_recurring[lever_id])
            )
            assert (
                values[(name, "levers", year, lever_id, "one_off_costs_eur")]
                == (result.one_off_costs[lever_id])
            )
        for s in result.services:
            for measure in ("demand", "capacity", "delivered", "shortfall", "share_met"):
                assert values[(name, "services", year, s.id, measure)] == getattr(s, measure)
        for b in result.budget:
            assert values[(name, "budget", year, b.category, "scenario_eur")] == b.scenario_eur
            assert values[(name, "budget", year, b.category, "change_eur")] == b.change_eur
    assert units[("services", "home_care_visits", "delivered")] == "visit"
    assert units[("levers", "digital_shift", "value")] == "% of substitutable visits"
    assert units[("budget", "personnel", "scenario_eur")] == "EUR"
    warnings = frame[frame["table"] == "warnings"]
    expected = [
        (r.scenario.name, y.year, w.code, warning_sentence(w, names(r)))
        for r in results
        for y in r.years
        for w in y.warnings
    ]
    columns = (warnings["scenario"], warnings["year"], warnings["measure"], warnings["label"])
    assert list(zip(*columns, strict=True)) == expected
    assert warnings["value"].isna().all()


def test_csv_for_finnish_excel_has_semicolons_and_decimal_commas(results):
    """The same long table for Excel set to Finnish: ';' between fields, ',' before decimals,
    every value at full precision, whole years without a decimal; read back with those
    separators, the values are the English file's."""
    tables = result_tables(results)
    english = csv_bytes(long_frame(tables, ENGLISH), ENGLISH).decode("utf-8-sig")
    finnish = csv_bytes(long_frame(tables, FINNISH), FINNISH).decode("utf-8-sig")
    assert finnish.splitlines()[0].count(";") == len(CSV_COLUMNS) - 1
    english_frame = pd.read_csv(io.StringIO(english))
    finnish_frame = pd.read_csv(io.StringIO(finnish), sep=";", decimal=",")
    assert len(finnish_frame) == len(english_frame)
    values = list(finnish_frame.iloc[:, 6])
    assert finnish_frame.iloc[:, 6].dtype == float
    assert [v for v in values if v == v] == [v for v in english_frame["value"] if v == v]
    # Full precision with a comma: 0.958… is written with all its digits.
    share = results[-1].share_of_target
    assert ";" + repr(share).replace(".", ",") + ";" in finnish
    assert re.search(r";2026;", finnish) and not re.search(r";2026,0;", finnish)
    # The measures are named as the .xlsx heads its columns, the tables as its sheets.
    assert set(finnish_frame.iloc[:, 1]) == {t.sheet for t in tables if t.name != "about"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talousarvio", "Talousarvio"),
        ("Menot: tulot/kulut [2026]?*\\", "Menot  tulot kulut  2026"),
        ("'Lainattu'", "Lainattu"),
        ("Toimenpiteiden vuosivaikutukset palveluittain", "Toimenpiteiden vuosivaikutukset"),
        ("[]:*?", "Budget"),
    ],
)
def test_sheet_names_are_ones_excel_takes(text, expected):
    name = excel_sheet_name(text, "Budget")
    assert name == expected
    assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\")


def evil_results(tmp_path):
    """A scenario and a service line with names a spreadsheet would run as formulas."""
    tables = bundled_rows()
    row = find_row(tables["services"], id="emergency_medical_responses")
    tables["services"][row][1] = EVIL
    baseline = load_baseline(write_csv_folder(tables, tmp_path / "evil"))
    scenarios = [
        Scenario(EVIL, {"outsourced_labour_cut": 100}),  # below-floor warnings name the line
        Scenario("-2+3+cmd|' /C calc'!A0"),
        Scenario("@SUM(1+1)"),
        Scenario("\t=1+1"),
    ]
    engine = Engine(baseline)
    return [evaluate_scenario(engine, s) for s in scenarios], baseline


def test_injection_is_inert_in_xlsx(tmp_path):
    results, baseline = evil_results(tmp_path)
    path = tmp_path / "evil.xlsx"
    export_results(results, path, baseline)
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in package.read(name).decode(), name
    workbook = openpyxl.load_workbook(path)
    texts = [
        cell
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    dangerous = [c for c in texts if c.value.lstrip("'").startswith(("=", "+", "-", "@", "\t"))]
    assert {c.value for c in dangerous} >= {
        "'" + EVIL,
        "'-2+3+cmd|' /C calc'!A0",
        "'@SUM(1+1)",
        "'\t=1+1",
    }
    for cell in dangerous:
        assert cell.value.startswith("'") and cell.data_type == "s", cell.value
    services = workbook["Services"]
    assert any(c.value == "'" + EVIL for c in services["D"])  # the service name
    warnings = [c.value for c in workbook["Warnings"]["D"] if isinstance(c.value, str)]
    assert warnings and not any(text.startswith(("=", "+", "-", "@")) for text in warnings)
    # Numbers stay numbers, negative ones included.
    gap = workbook["Summary"]["G"]
    assert all(c.data_type == "n" for c in gap[1:])


def test_injection_is_inert_in_csv(tmp_path):
    results, _ = evil_results(tmp_path)
    path = tmp_path / "evil.csv"
    export_results(results, path)
    frame = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)
    for column in ("scenario", "item", "label", "measure", "unit"):
        for text in frame[column]:
            assert not text.startswith(("=", "+", "-", "@", "\t", "\r")), (column, text)
    assert "'" + EVIL in set(frame["scenario"])
    assert "'" + EVIL in set(frame["label"])
    # Negative numbers are still numbers.
    values = pd.to_numeric(frame["value"].replace("", math.nan))
    assert (values < 0).any()


@pytest.mark.parametrize("ending", [".xlsx", ".csv"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    results, tmp_path, monkeypatch, ending
):
    path = tmp_path / f"results{ending}"
    path.write_bytes(b"old")

    def fail(*args, **kwargs):  # the content is written, then the disk is found full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(InputError) as caught:
        export_results(results, path)
    assert str(caught.value.problems[0]) == (
        f"{path}: expected a place the results can be written (the disk is full)"
    )
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_unusable_output_paths(results, tmp_path):
    cases = {
        tmp_path / "results.pdf": "a file name ending in .xlsx or .csv",
        tmp_path / "folder.xlsx": "this is a folder",
        tmp_path / "missing" / "results.xlsx": "there is no folder",
    }
    (tmp_path / "folder.xlsx").mkdir()
    for path, message in cases.items():
        with pytest.raises(InputError, match=message):
            export_results(results, path)
    with pytest.raises(InputError, match="at least one scenario"):
        export_results([], tmp_path / "empty.xlsx")
    assert not (tmp_path / "empty.xlsx").exists()


def test_an_export_replaces_an_older_one_with_ordinary_permissions(results, tmp_path):
    path = tmp_path / "results.xlsx"
    export_results(results[:1], path)
    export_results(results, path)
    assert len(pd.read_excel(path, sheet_name="Summary")) == len(results)
    assert path.stat().st_mode & 0o777 == 0o644

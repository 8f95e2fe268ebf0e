"""Every rejection rule of a baseline, on a folder of CSV files and on an .xlsx workbook alike:
the message says what was expected, and where (file or sheet, spreadsheet row, column)."""

import pandas as pd
import pytest

from planner.files.baseline_io import load_baseline
from planner.files.problems import InputError
from planner.model.baseline import NUMERIC_KINDS, TABLE_COLUMNS
from tests.files.baseline_copies import (
    FORMATS,
    bundled_rows,
    column,
    find_row,
    set_cell,
    where,
    write,
    write_csv_folder,
    write_xlsx,
)


def problems_of(path):
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    return caught.value.problems


def assert_problem(problems, where_, row, column_, *texts):
    matching = [p for p in problems if p.where == where_ and p.row == row and p.column == column_]
    assert matching, f"no problem at {where_}, row {row}, column {column_}: " + "\n".join(
        map(str, problems)
    )
    message = " | ".join(str(p) for p in matching)
    for text in texts:
        assert text in message


# Each rule: (change the bundled rows; return the table, spreadsheet row, column and the texts
# the message must hold).
def missing_table(t):
    del t["workforce"]
    return "workforce", None, None, ["expected the workforce table, with columns: id, value"]


def missing_column(t):
    position = column(t["services"], "floor_pct")
    t["services"] = [row[:position] + row[position + 1 :] for row in t["services"]]
    return "services", 1, None, ["a column named 'floor_pct' (the header row has: id, name"]


def unknown_unit(t):
    row = find_row(t["services"], id="home_care_visits")
    set_cell(t, "services", row, "unit", "visits")
    return "services", row + 1, "unit", ["found 'visits'", "one of the units: contact, visit"]


def not_a_number(t):
    row = find_row(t["services"], id="home_care_visits")
    set_cell(t, "services", row, "unit_cost_eur", "lots")
    return "services", row + 1, "unit_cost_eur", ["found 'lots', expected a number"]


def negative_volume(t):
    row = find_row(t["services"], id="home_care_visits")
    set_cell(t, "services", row, "volume", "-3700000")
    return "services", row + 1, "volume", ["found '-3700000'", "a number that is zero or more"]


def share_above_100(t):
    row = find_row(t["services"], id="dental_care_visits")
    set_cell(t, "services", row, "floor_pct", "120")
    return "services", row + 1, "floor_pct", ["found '120'", "a percentage from 0 to 100"]


def share_below_0(t):
    row = find_row(t["fees"], service_id="dental_care_visits")
    set_cell(t, "fees", row, "chargeable_share_pct", "-1")
    return "fees", row + 1, "chargeable_share_pct", ["found '-1'", "a percentage from 0 to 100"]


def low_above_high(t):
    row = find_row(t["provenance"], table="services", row="maisa_contacts", column="unit_cost_eur")
    set_cell(t, "provenance", row, "low", "5")  # the high is 4
    return "provenance", row + 1, "low", ["found '5'", "a low no higher than the high (4)"]


def duplicate_service_id(t):
    first = find_row(t["services"], id="home_care_visits")
    row = find_row(t["services"], id="nurse_appointments")
    set_cell(t, "services", row, "id", "home_care_visits")
    return "services", row + 1, "id", [f"a unique id (row {first + 1} has it too)"]


def missing_provenance(t):
    row = find_row(t["provenance"], table="services", row="maisa_contacts", column="unit_cost_eur")
    del t["provenance"][row]
    service = find_row(t["services"], id="maisa_contacts")
    return (
        "services",
        service + 1,
        "unit_cost_eur",
        ["a provenance row for this figure (services, maisa_contacts, unit_cost_eur)"],
    )


def assumption_without_range(t):
    row = find_row(t["provenance"], table="services", row="maisa_contacts", column="unit_cost_eur")
    set_cell(t, "provenance", row, "high", "")
    return "provenance", row + 1, "high", ["a low and a high value for the assumption"]


def value_outside_range(t):
    record = find_row(
        t["provenance"], table="services", row="maisa_contacts", column="unit_cost_eur"
    )
    row = find_row(t["services"], id="maisa_contacts")
    set_cell(t, "services", row, "unit_cost_eur", "10")
    return (
        "services",
        row + 1,
        "unit_cost_eur",
        [
            "Services › Maisa client portal contacts › unit cost (€) — ",
            "found '10'",
            "a value within its assumed range, 0.5 to 4 "
            f"(as row {record + 1} of the provenance table gives it)",
        ],
    )


def fee_for_unknown_service(t):
    row = find_row(t["fees"], service_id="dental_care_visits")
    set_cell(t, "fees", row, "service_id", "dental_care")
    return "fees", row + 1, "service_id", ["found 'dental_care'", "the id of a service line"]


RULES = [
    missing_table,
    missing_column,
    unknown_unit,
    not_a_number,
    negative_volume,
    share_above_100,
    share_below_0,
    low_above_high,
    duplicate_service_id,
    missing_provenance,
    assumption_without_range,
    value_outside_range,
    fee_for_unknown_service,
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_rejection_rule(rule, fmt, tmp_path):
    tables = bundled_rows()
    table, row, column_, texts = rule(tables)
    path = write(tables, tmp_path, fmt)
    assert_problem(problems_of(path), where(path, fmt, table), row, column_, *texts)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_problem_is_listed_at_once(fmt, tmp_path):
    tables = bundled_rows()
    expected = [rule(tables) for rule in (unknown_unit, share_above_100, fee_for_unknown_service)]
    path = write(tables, tmp_path, fmt)
    problems = problems_of(path)
    for table, row, column_, texts in expected:
        assert_problem(problems, where(path, fmt, table), row, column_, *texts)


def test_a_missing_sheet_is_named_as_a_sheet(tmp_path):
    tables = bundled_rows()
    del tables["premises"]
    path = write_xlsx(tables, tmp_path / "b.xlsx")
    messages = [str(p) for p in problems_of(path)]
    assert (
        f"{path}, sheet premises: expected the premises table, with columns: id, name, area_m2"
        in messages[0]
    )


# Finnish spreadsheets: ';' between fields, decimal commas, spaces and no-break spaces between
# thousands, a byte-order mark. The baseline read must equal the bundled one exactly.
def finnish(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text
    whole, _, decimals = text.partition(".")
    digits = whole.lstrip("-")
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    # No-break space for the thousands, as Excel writes; a plain space in the volumes.
    out = ("-" if value < 0 else "") + "\u00a0".join(groups)
    return out + ("," + decimals if decimals else "")


def finnish_rows():
    tables = bundled_rows()
    for name, rows in tables.items():
        if name in ("about",):
            continue
        kinds = [TABLE_COLUMNS[name].get(header, "text") for header in rows[0]]
        for row in rows[1:]:
            # Only figures are written the Finnish way; ids (a year that names a row of
            # indexes, and provenance rows naming it) stay as they are.
            row[:] = [
                finnish(cell) if kind in NUMERIC_KINDS | {"optional_number"} else cell
                for cell, kind in zip(row, kinds, strict=True)
            ]
    volume = column(tables["services"], "volume")
    for row in tables["services"][1:]:
        row[volume] = row[volume].replace("\u00a0", " ")
    return tables


def assert_same_baseline(read, reference):
    for table in ("services", "fees", "budget", "premises", "provenance"):
        pd.testing.assert_frame_equal(getattr(read, table), getattr(reference, table))
    assert read.workforce == reference.workforce
    assert read.parameters == reference.parameters
    assert (read.name, read.year, read.about) == (reference.name, reference.year, reference.about)


def test_finnish_csv_is_accepted(tmp_path, baseline):
    tables = finnish_rows()
    assert tables["services"][1][column(tables["services"], "volume")] == "24 000 000"
    assert tables["services"][1][column(tables["services"], "unit_cost_eur")] == "1,5"
    folder = write_csv_folder(tables, tmp_path / "fi", separator=";", bom=True)
    assert (folder / "services.csv").read_bytes().startswith(b"\xef\xbb\xbfid;name;unit;")
    assert_same_baseline(load_baseline(folder), baseline)


def test_finnish_numbers_typed_as_text_in_xlsx_are_accepted(tmp_path, baseline):
    tables = finnish_rows()
    # A byte-order mark pasted into the first header cell is not part of the name.
    tables["services"][0][0] = "\ufeffid"
    path = write_xlsx(tables, tmp_path / "fi.xlsx", numbers_as_text=True)
    assert_same_baseline(load_baseline(path), baseline)


@pytest.mark.parametrize("fmt", FORMATS)
def test_finnish_numbers_still_name_a_bad_cell(fmt, tmp_path):
    tables = finnish_rows()
    row = find_row(tables["services"], id="home_care_visits")
    set_cell(tables, "services", row, "unit_cost_eur", "31,9.5")
    path = (
        write_csv_folder(tables, tmp_path / "fi", separator=";")
        if fmt == "csv"
        else write_xlsx(tables, tmp_path / "fi.xlsx", numbers_as_text=True)
    )
    assert_problem(
        problems_of(path),
        where(path, fmt, "services"),
        row + 1,
        "unit_cost_eur",
        "found '31,9.5', expected a number",
    )

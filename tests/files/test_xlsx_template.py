"""The baseline template: written from the bundled baseline, read back identical; how the
.xlsx reader treats cells and damaged files."""

import zipfile

import openpyxl
import pandas as pd
import pytest

from planner.files.baseline_io import load_baseline
from planner.files.baseline_xlsx import cell_text, read_xlsx_baseline
from planner.files.numbers import parse_number
from planner.files.problems import InputError
from planner.files.template import COLUMN_HELP, README_SHEET, write_template
from planner.model.baseline import OPTIONAL_COLUMNS, TABLE_COLUMNS
from tests.files.baseline_copies import bundled_rows, find_row, write_csv_folder, write_xlsx


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "baseline.xlsx"
    write_template(path)
    return path


def test_template_reads_back_equal_to_the_bundled_baseline(template, baseline):
    read = read_xlsx_baseline(template)
    for table in ("services", "fees", "budget", "premises", "provenance"):
        # Exact: every number and every provenance field (source, note, low, high).
        pd.testing.assert_frame_equal(getattr(read, table), getattr(baseline, table))
    assert read.workforce == baseline.workforce
    assert read.parameters == baseline.parameters
    assert (read.name, read.year, read.about) == (baseline.name, baseline.year, baseline.about)
    assert read.origin == str(template)
    for key in (
        (t, r, c)
        for t, r, c in zip(
            *[baseline.provenance[k] for k in ("table", "row", "column")], strict=True
        )
    ):
        assert read.provenance_of(*key) == baseline.provenance_of(*key)


def test_template_has_one_sheet_per_table_with_typed_cells(template):
    workbook = openpyxl.load_workbook(template)
    assert workbook.sheetnames == [README_SHEET, *TABLE_COLUMNS]
    services = workbook["services"]
    # The required columns, then the optional names in Finnish and Swedish the bundled data has.
    header = [cell.value for cell in services[1]]
    assert header == [*TABLE_COLUMNS["services"], "name_fi", "name_sv"]
    first = [cell.value for cell in services[2]]
    assert first[:5] == ["maisa_contacts", "Maisa client portal contacts", "contact", 24000000, 1.5]
    assert isinstance(first[3], int) and isinstance(first[4], float)
    assert services.freeze_panes == "A2"
    assert services["A1"].font.b
    # The names column is wide enough for its longest name.
    assert services.column_dimensions["B"].width >= len("Maternity and child health clinic visits")
    provenance = workbook["provenance"]
    record = [cell.value for cell in provenance[2]]
    assert record[3] == "assumption" and (record[5], record[6]) == (0.5, 4)


def test_every_header_is_explained_with_its_unit(template):
    workbook = openpyxl.load_workbook(template)
    for table, columns in TABLE_COLUMNS.items():
        for cell in workbook[table][1]:
            assert cell.comment is not None, (table, cell.value)
            meaning, unit = COLUMN_HELP[(table, cell.value)]
            assert meaning in cell.comment.text
            assert "Allowed:" in cell.comment.text
            if unit:
                assert f"Unit: {unit}." in cell.comment.text
        # and the optional names in Finnish and Swedish where the bundled data has them
        assert len(workbook[table][1]) == len(columns) + len(OPTIONAL_COLUMNS.get(table, {}))
    readme_rows = {
        (row[0], row[1]): row[3]
        for row in workbook[README_SHEET].iter_rows(values_only=True)
        if row[1]
    }
    assert readme_rows[("services", "unit_cost_eur")] == "€ per unit"
    assert readme_rows[("premises", "area_m2")] == "m²"
    assert all(
        (table, col) in readme_rows for table in TABLE_COLUMNS for col in TABLE_COLUMNS[table]
    )


def test_an_edited_template_is_what_the_planner_plans_on(template, tmp_path):
    workbook = openpyxl.load_workbook(template)
    services = workbook["services"]
    row = next(
        r for r in range(2, services.max_row + 1) if services.cell(r, 1).value == "home_care_visits"
    )
    services.cell(row, 4).value = 3_900_000
    services.title = "renamed"  # (openpyxl compares titles ignoring case)
    services.title = "Services"  # a sheet named in another case still counts
    workbook.move_sheet(services, offset=3)
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    read = load_baseline(edited)
    assert read.services.set_index("id").loc["home_care_visits", "volume"] == 3_900_000


def test_template_from_a_csv_folder_keeps_formula_like_text_as_text(tmp_path):
    tables = bundled_rows()
    row = find_row(tables["services"], id="home_care_visits")
    tables["services"][row][1] = '=HYPERLINK("http://x","y")'
    folder = write_csv_folder(tables, tmp_path / "b")
    out = tmp_path / "t.xlsx"
    write_template(out, folder)
    cell = openpyxl.load_workbook(out)["services"].cell(row + 1, 2)
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value == '=HYPERLINK("http://x","y")'
    with zipfile.ZipFile(out) as package:
        assert "<f>" not in package.read("xl/worksheets/sheet3.xml").decode()
    # The name reads back exactly: the quote prefix is formatting, not part of the text.
    assert load_baseline(out).services.loc[row - 1, "name"] == '=HYPERLINK("http://x","y")'


def test_template_refuses_an_invalid_source(tmp_path):
    tables = bundled_rows()
    tables["services"][2][2] = "visits"
    folder = write_csv_folder(tables, tmp_path / "bad")
    with pytest.raises(InputError) as caught:
        write_template(tmp_path / "t.xlsx", folder)
    assert "services.csv, row 3, column 'unit': found 'visits'" in str(caught.value.problems[0])
    assert not (tmp_path / "t.xlsx").exists()


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (24000000, "24000000"),
        (24000000.0, "24000000"),
        (1.5, "1.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e-7, "1e-07"),
        (2.0**60, "1.152921504606847e+18"),
        (-3, "-3"),
        (True, "yes"),
        (False, "no"),
        ("1 234,5", "1 234,5"),
        ("\ufeffid", "id"),
    ],
)
def test_cell_text_keeps_every_digit(value, text):
    assert cell_text(value) == text
    if isinstance(value, float):
        assert parse_number(text) == value


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,name\nx,y\n", "this file is not one; it may be damaged, or a CSV"),
        (b"", "this file is not one"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected, or an old .xls"),
    ],
)
def test_a_file_that_is_not_a_workbook(tmp_path, content, message):
    path = tmp_path / "baseline.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    assert len(caught.value.problems) == 1
    assert str(caught.value.problems[0]).startswith(f"{path}: expected an .xlsx workbook")
    assert message in str(caught.value.problems[0])


def test_a_damaged_package_is_a_problem_not_a_traceback(tmp_path, template):
    # A zip that is not a workbook, and a workbook whose sheet XML is cut short.
    not_a_workbook = tmp_path / "other.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as package:
        package.writestr("hello.txt", "hello")
    cut = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(cut, "w") as package:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet3.xml":
                data = data[: len(data) // 2]
            package.writestr(item, data)
    for path in (not_a_workbook, cut):
        with pytest.raises(InputError) as caught:
            load_baseline(path)
        text = "\n".join(map(str, caught.value.problems))
        assert "damaged" in text, text


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="there is no such file"):
        read_xlsx_baseline(tmp_path / "none.xlsx")
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(InputError, match="about.csv: expected the about table"):
        load_baseline(folder)  # a folder named .xlsx is read as a CSV folder: no tables in it


def test_empty_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers(tmp_path):
    tables = bundled_rows()
    services = tables["services"]
    services.insert(3, [""] * len(services[0]))  # an empty row between data rows
    row = find_row(services, id="nurse_appointments")
    services[row][2] = "visits"
    path = write_xlsx(tables, tmp_path / "b.xlsx")
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    assert [str(p) for p in caught.value.problems] == [
        f"Services › {services[row][1]} › unit — "
        f"{path}, sheet services, row {row + 1}, column 'unit': found 'visits', expected one "
        "of the units: contact, visit, care day, appointment, client, response, mission"
    ]


def test_a_headerless_sheet_and_a_duplicate_column(tmp_path):
    tables = bundled_rows()
    tables["budget"] = [[""] * 5] + tables["budget"][1:]
    tables["premises"][0] = [*tables["premises"][0][:-1], "area_m2"]
    path = write_xlsx(tables, tmp_path / "b.xlsx")
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    messages = [str(p) for p in caught.value.problems]
    assert f"{path}, sheet budget, row 1: expected a header row naming the columns" in messages
    assert (
        f"{path}, sheet premises, row 1, column 'area_m2': expected each column named once "
        "in the header" in messages
    )

"""Copies of the bundled baseline as rows of text, to change and write as CSV files or .xlsx.

The .xlsx writer here is deliberately independent of planner.files.template: it types a cell
as a number when Python's float() reads it (as a person typing into a spreadsheet would), and
keeps everything else as text, so the reader is tested against workbooks it did not write.
"""

import csv
import io
from pathlib import Path

from openpyxl import Workbook

from planner.model.baseline import NUMERIC_KINDS, TABLE_COLUMNS
from planner.paths import bundled_baseline_dir

Rows = dict[str, list[list[str]]]  # table name -> header row, then data rows


def bundled_rows() -> Rows:
    tables = {}
    for name in TABLE_COLUMNS:
        text = (bundled_baseline_dir() / f"{name}.csv").read_text(encoding="utf-8")
        tables[name] = [row for row in csv.reader(io.StringIO(text)) if row]
    return tables


def column(rows: list[list[str]], name: str) -> int:
    return rows[0].index(name)


def find_row(rows: list[list[str]], **values) -> int:
    """Index in `rows` (the spreadsheet row number minus one) of the first row with `values`."""
    positions = {column(rows, key): value for key, value in values.items()}
    for index, row in enumerate(rows[1:], start=1):
        if all(row[i] == value for i, value in positions.items()):
            return index
    raise LookupError(values)


def set_cell(tables: Rows, table: str, index: int, name: str, value: str) -> None:
    tables[table][index][column(tables[table], name)] = value


def write_csv_folder(tables: Rows, folder: Path, separator: str = ",", bom: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        out = io.StringIO()
        csv.writer(out, delimiter=separator, lineterminator="\n").writerows(rows)
        data = out.getvalue().encode("utf-8")
        (folder / f"{name}.csv").write_bytes(b"\xef\xbb\xbf" + data if bom else data)
    return folder


def write_xlsx(tables: Rows, path: Path, numbers_as_text: bool = False) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in tables.items():
        sheet = workbook.create_sheet(name)
        kinds = [TABLE_COLUMNS[name].get(header, "text") for header in rows[0]]
        for row in rows:
            values = []
            for text, kind in zip(row, kinds, strict=False):
                values.append(text if numbers_as_text else _typed(text, kind))
            sheet.append(values)
    workbook.save(path)
    return path


def _typed(text: str, kind: str):
    if kind not in NUMERIC_KINDS | {"optional_number"} or not text:
        return text or None
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() else value


def enlarged_rows(lines: int) -> Rows:
    """The bundled baseline with `lines` service lines: the 14 bundled ones repeated under new
    ids, each with its fees row and its own provenance rows (so every rule still holds)."""
    tables = bundled_rows()
    services, fees, provenance = tables["services"], tables["fees"], tables["provenance"]
    by_service = {row[0]: row for row in fees[1:]}
    own_records = {}
    for row in provenance[1:]:
        if row[0] in ("services", "fees") and row[1] != "*":
            own_records.setdefault(row[1], []).append(row)
    originals = services[1:]
    new_services, new_fees, new_records = [], [], []
    for number in range(lines):
        original = originals[number % len(originals)]
        new_id = f"{original[0]}_{number}"
        new_services.append([new_id, f"{original[1]} {number}", *original[2:]])
        new_fees.append([new_id, *by_service[original[0]][1:]])
        for record in own_records.get(original[0], []):
            new_records.append([record[0], new_id, *record[2:]])
    tables["services"] = [services[0], *new_services]
    tables["fees"] = [fees[0], *new_fees]
    kept = [row for row in provenance[1:] if row[0] not in ("services", "fees") or row[1] == "*"]
    tables["provenance"] = [provenance[0], *kept, *new_records]
    return tables


FORMATS = ("csv", "xlsx")  # the two shapes a baseline is read from


def write(tables: Rows, tmp_path: Path, fmt: str) -> Path:
    """The tables as a CSV folder or an .xlsx workbook in tmp_path."""
    if fmt == "csv":
        return write_csv_folder(tables, tmp_path / "baseline")
    return write_xlsx(tables, tmp_path / "baseline.xlsx")


def where(path: Path, fmt: str, table: str) -> str:
    """Where a message says a table's problem is: its CSV file, or the workbook's sheet."""
    return str(path / f"{table}.csv") if fmt == "csv" else f"{path}, sheet {table}"

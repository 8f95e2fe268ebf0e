"""Read a baseline from an .xlsx workbook: one sheet per table, as `planner template` writes it.

Each sheet becomes the same RawTable (text cells, spreadsheet row numbers) as a CSV file, so
every rule of baseline_check applies to both alike. Numbers typed as numbers are turned into
text that reads back to exactly the same float; numbers typed as text may use Finnish formats
(decimal comma, spaces or no-break spaces between thousands), as in the CSV files.
"""

import datetime
import math
import warnings
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from planner.files.baseline_check import RawTable, build_baseline
from planner.files.problems import InputError, Problem
from planner.model.baseline import TABLE_COLUMNS, Baseline

MAX_XLSX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
# The first bytes of an OLE2 compound file: an old .xls, or an .xlsx encrypted with a password.
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Beyond 2**53 not every whole number is a float; such values keep their float text.
EXACT_INTEGER_LIMIT = 2.0**53


def read_xlsx_baseline(path: str | Path) -> Baseline:
    """Read and fully validate a baseline workbook; raise InputError listing every problem."""
    path = Path(path)
    tables = read_xlsx_tables(path)
    return build_baseline(tables, str(path), lambda name: sheet_where(path, name))


def sheet_where(path: Path, sheet: str) -> str:
    return f"{path}, sheet {sheet}"


def read_xlsx_tables(path: Path) -> dict[str, RawTable]:
    """The baseline tables found in the workbook (missing sheets are left out: build_baseline
    names them). Raises InputError when the file is not a readable .xlsx workbook."""
    where = str(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            start = file.read(len(OLE2_SIGNATURE))
    except FileNotFoundError:
        raise InputError([Problem(where, "an .xlsx workbook (there is no such file)")]) from None
    except IsADirectoryError:
        raise InputError([Problem(where, "an .xlsx workbook (this is a folder)")]) from None
    except OSError as error:
        raise InputError([Problem(where, f"a readable file ({error.strerror or error})")]) from None
    if size > MAX_XLSX_BYTES:
        raise InputError(
            [
                Problem(
                    where,
                    f"a workbook under {MAX_XLSX_BYTES // 2**20} MiB "
                    f"(this one is {size / 2**20:.0f} MiB)",
                )
            ]
        )
    if start == OLE2_SIGNATURE:
        raise InputError(
            [
                Problem(
                    where,
                    "an .xlsx workbook without a password (this file is password-protected, "
                    "or an old .xls file: save it as .xlsx without a password)",
                )
            ]
        )
    if not zipfile.is_zipfile(path):
        raise InputError(
            [
                Problem(
                    where,
                    "an .xlsx workbook (this file is not one; it may be damaged, or a CSV or "
                    "other file renamed .xlsx)",
                )
            ]
        )
    try:
        # openpyxl warns about features it skips (data validation, conditional formats);
        # they do not matter for reading values, and a warning line would only confuse.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged package
        raise InputError(
            [Problem(where, f"a readable .xlsx workbook (it is damaged: {_describe(error)})")]
        ) from None
    try:
        sheets = {name.strip().lower(): name for name in workbook.sheetnames}
        tables: dict[str, RawTable] = {}
        problems: list[Problem] = []
        for name in TABLE_COLUMNS:
            sheet_name = sheets.get(name)
            if sheet_name is None:
                continue  # build_baseline reports it, with the columns it needs
            try:
                tables[name] = _read_sheet(workbook[sheet_name], name, sheet_where(path, name))
            except InputError as error:
                problems.extend(error.problems)
            except Exception as error:  # damaged sheet XML surfaces only while reading rows
                problems.append(
                    Problem(
                        sheet_where(path, name),
                        f"a readable sheet (it is damaged: {_describe(error)})",
                    )
                )
    finally:
        workbook.close()
    if problems:
        raise InputError(problems)
    return tables


def _read_sheet(sheet, name: str, where: str) -> RawTable:
    rows = sheet.iter_rows(values_only=True)
    header_cells = next(rows, None) or ()
    header = [cell_text(value).strip() for value in header_cells]
    # Columns without a header are notes beside the table, not data.
    used = [i for i, text in enumerate(header) if text]
    if not used:
        raise InputError([Problem(where, "a header row naming the columns", row=1)])
    problems = []
    names = [header[i] for i in used]
    for position, column in enumerate(names):
        if column in names[:position]:
            problems.append(
                Problem(where, "each column named once in the header", row=1, column=column)
            )
    data, numbers = [], []
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS:
            problems.append(Problem(where, f"at most {MAX_ROWS:,} rows", row=number))
            break
        cells = [cell_text(values[i]) if i < len(values) else "" for i in used]
        if any(cell.strip() for cell in cells):
            data.append(cells)
            numbers.append(number)
    if problems:
        raise InputError(problems)
    frame = pd.DataFrame(data, columns=names, dtype=str) if data else pd.DataFrame(columns=names)
    return RawTable(name=name, where=where, frame=frame, row_numbers=numbers)


def cell_text(value) -> str:
    """A cell's value as the text a CSV file would hold, numbers without loss of precision."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < EXACT_INTEGER_LIMIT:
            return str(int(value))
        # repr is the shortest text that reads back as the same float (nan/inf stay words
        # and are refused as numbers).
        return repr(value) if math.isfinite(value) else str(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    # A byte-order mark pasted in from a CSV file is not part of the text.
    return str(value).removeprefix("\ufeff")


def _describe(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return text or type(error).__name__

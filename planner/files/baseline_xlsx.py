"""Read a baseline from an .xlsx workbook: one sheet per table, as `planner template` writes it.

Each sheet becomes the same RawTable (text cells, spreadsheet row numbers) as a CSV file, so
every rule of baseline_check applies to both alike. Numbers typed as numbers are turned into
text that reads back to exactly the same float; numbers typed as text may use Finnish formats
(decimal comma, spaces or no-break spaces between thousands), as in the CSV files.
"""

import datetime
import io
import math
import re
import warnings
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from planner.files import limits
from planner.files.baseline_check import RawTable, build_baseline
from planner.files.baseline_tables import remember_source
from planner.files.problems import InputError, Problem
from planner.files.safe_io import read_guarded
from planner.files.text import visible
from planner.model.baseline import TABLE_COLUMNS, Baseline

MAX_XLSX_BYTES = limits.MAX_XLSX_BYTES
MAX_ROWS = limits.MAX_ROWS
SCAN_CHUNK = 2**20
# The first bytes of an OLE2 compound file: an old .xls, or an .xlsx encrypted with a password.
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Beyond 2**53 not every whole number is a float; such values keep their float text.
EXACT_INTEGER_LIMIT = 2.0**53


def read_xlsx_baseline(path: str | Path) -> Baseline:
    """Read and fully validate a baseline workbook; raise InputError listing every problem."""
    path = Path(path)
    tables = read_xlsx_tables(path)
    kept = dict(tables)
    baseline = build_baseline(tables, str(path), lambda name: sheet_where(path, name))
    return remember_source(baseline, kept)


def sheet_where(path: Path, sheet: str) -> str:
    return f"{path}, sheet {sheet}"


def read_xlsx_tables(path: Path) -> dict[str, RawTable]:
    """The baseline tables found in the workbook (missing sheets are left out: build_baseline
    names them). Raises InputError when the file is not a readable .xlsx workbook, or is beyond
    a limit (docs/limits.md): the file's size, its size after decompression, the cells of a row,
    the rows of a sheet."""
    where = str(path)
    data = read_guarded(path, "an .xlsx workbook", MAX_XLSX_BYTES)
    if data.startswith(OLE2_SIGNATURE):
        raise InputError(
            [
                Problem(
                    where,
                    "an .xlsx workbook without a password (this file is password-protected, "
                    "or an old .xls file: save it as .xlsx without a password)",
                )
            ]
        )
    package = io.BytesIO(data)
    if not zipfile.is_zipfile(package):
        raise InputError(
            [
                Problem(
                    where,
                    "an .xlsx workbook (this file is not one; it may be damaged, or a CSV or "
                    "other file renamed .xlsx)",
                )
            ]
        )
    _check_package(package, where)
    try:
        # openpyxl warns about features it skips (data validation, conditional formats);
        # they do not matter for reading values, and a warning line would only confuse.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(package, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged package
        raise InputError(
            [Problem(where, f"a readable .xlsx workbook (it is damaged: {_describe(error)})")]
        ) from None
    try:
        sheets = _table_sheets(workbook, where)
        tables: dict[str, RawTable] = {}
        problems: list[Problem] = []
        for name in TABLE_COLUMNS:
            sheet_name = sheets.get(name)
            if sheet_name is None:
                continue  # build_baseline reports it, with the columns it needs
            sheet = workbook[sheet_name]
            sheet_at = sheet_where(path, name)
            try:
                tables[name] = _read_sheet(sheet, name, sheet_at)
            except InputError as error:
                problems.extend(error.problems)
            except Exception as error:  # damaged sheet XML surfaces only while reading rows
                problems.append(_damaged_sheet(package, sheet, sheet_at, error))
    finally:
        workbook.close()
    if problems:
        raise InputError(problems)
    return tables


def _check_package(package: io.BytesIO, where: str) -> None:
    """Refuse a package that would decompress beyond the limits, or a sheet with a row of more
    than MAX_COLUMNS cells or more than MAX_ROWS rows, before openpyxl builds anything. The zip
    directory's sizes bound what is decompressed (zipfile stops at a part's stated size)."""
    try:
        with zipfile.ZipFile(package) as archive:
            parts = archive.infolist()
            if len(parts) > limits.MAX_XLSX_PARTS:
                raise InputError(
                    [Problem(where, f"an .xlsx package of at most {limits.MAX_XLSX_PARTS:,} parts")]
                )
            total = sum(part.file_size for part in parts)
            largest = max(parts, key=lambda part: part.file_size, default=None)
            if total > limits.MAX_XLSX_UNCOMPRESSED_BYTES:
                raise InputError(
                    [
                        Problem(
                            where,
                            f"an .xlsx workbook of at most "
                            f"{limits.MAX_XLSX_UNCOMPRESSED_BYTES // limits.MiB} MiB after "
                            f"decompression (this one holds {total / limits.MiB:,.0f} MiB)",
                        )
                    ]
                )
            if largest is not None and largest.file_size > limits.MAX_XLSX_PART_BYTES:
                raise InputError(
                    [
                        Problem(
                            where,
                            f"no part of the workbook larger than "
                            f"{limits.MAX_XLSX_PART_BYTES // limits.MiB} MiB after decompression "
                            f"({largest.filename} holds {largest.file_size / limits.MiB:,.0f} MiB)",
                        )
                    ]
                )
            for part in parts:
                if part.filename.startswith("xl/worksheets/") and part.filename.endswith(".xml"):
                    _scan_sheet(archive, part, where)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError) as error:
        raise InputError(
            [Problem(where, f"a readable .xlsx workbook (it is damaged: {_describe(error)})")]
        ) from None
    finally:
        package.seek(0)


def _scan_sheet(archive: zipfile.ZipFile, part: zipfile.ZipInfo, where: str) -> None:
    """Count rows and the cells of each row in a sheet's XML, in chunks, in linear time."""
    rows, cells, widest = 0, 0, 0
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(SCAN_CHUNK):
            chunk = tail + chunk
            tail = chunk[-8:]
            body = chunk[:-8] if len(chunk) > 8 else b""
            if not body:
                tail = chunk
                continue
            pieces = body.split(b"<row")
            cells += _cell_count(pieces[0])
            for piece in pieces[1:]:
                widest = max(widest, cells)
                rows += 1
                cells = _cell_count(piece)
            if widest > limits.MAX_COLUMNS or cells > limits.MAX_COLUMNS:
                raise InputError(
                    [
                        Problem(
                            where,
                            f"sheets of at most {limits.MAX_COLUMNS:,} columns (a row of "
                            f"{part.filename} holds more cells)",
                        )
                    ]
                )
            if rows > limits.MAX_ROWS + 1:
                raise InputError(
                    [
                        Problem(
                            where,
                            f"sheets of at most {limits.MAX_ROWS:,} rows ({part.filename} "
                            "holds more)",
                        )
                    ]
                )


def _cell_count(xml: bytes) -> int:
    return xml.count(b"<c ") + xml.count(b"<c>")


def _table_sheets(workbook, where: str) -> dict[str, str]:
    """The sheet of each table name. A name met twice (case and spaces ignored) is refused,
    and so is a hidden sheet with a table's name: neither may silently supply the data."""
    sheets: dict[str, str] = {}
    problems = []
    for sheet in workbook.worksheets:
        key = sheet.title.strip().lower()
        if key not in TABLE_COLUMNS:
            continue
        if sheet.sheet_state != "visible":
            problems.append(
                Problem(
                    where,
                    f"the {key} table on a visible sheet (sheet '{visible(sheet.title)}' is "
                    f"{'very hidden' if sheet.sheet_state == 'veryHidden' else 'hidden'}; "
                    "show it or delete it)",
                )
            )
        elif key in sheets:
            problems.append(
                Problem(
                    where,
                    f"one sheet for the {key} table (sheets '{visible(sheets[key])}' and "
                    f"'{visible(sheet.title)}' both are)",
                )
            )
        else:
            sheets[key] = sheet.title
    if problems:
        raise InputError(problems)
    return sheets


_BAD_LITERAL = re.compile(r"invalid literal for \w+\(\)(?: with base \d+)?: '(.*)'$")


def _damaged_sheet(package: io.BytesIO, sheet, where: str, error: Exception) -> Problem:
    """A sheet openpyxl could not read; a number cell holding text is named by its cell."""
    match = _BAD_LITERAL.search(str(error))
    if match is not None:
        literal = match.group(1)
        cell = _cell_holding(package, getattr(sheet, "_worksheet_path", ""), literal)
        if cell is not None:
            column = re.match(r"[A-Z]+", cell).group()
            row = int(cell[len(column) :])
            return Problem(
                where,
                "a number (the cell is stored as a number but holds text; type the number "
                "again or store the cell as text)",
                row=row,
                column=column,
                found=literal,
            )
        return Problem(where, "a number in every number cell", found=literal)
    return Problem(where, f"a readable sheet (it is damaged: {_describe(error)})")


def _cell_holding(package: io.BytesIO, part: str, literal: str) -> str | None:
    if not part:
        return None
    try:
        with zipfile.ZipFile(package) as archive:
            xml = archive.read(part.lstrip("/")).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return None
    finally:
        package.seek(0)
    pattern = r'<c\b[^>]*\br="([A-Z]+[0-9]+)"[^>]*>\s*<v>' + re.escape(literal) + "</v>"
    found = re.search(pattern, xml)
    return found.group(1) if found else None


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
        for column, cell in zip(names, cells, strict=True):
            if len(cell) > limits.MAX_TEXT:
                problems.append(
                    Problem(
                        where,
                        f"a cell of at most {limits.MAX_TEXT:,} characters",
                        row=number,
                        column=column,
                        found=f"{len(cell):,} characters",
                    )
                )
                cells = ["" for _ in cells]
        if len(problems) >= limits.MAX_PROBLEMS:
            break
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

"""Read a baseline from a folder of CSV files (or, see baseline_xlsx, an .xlsx workbook)."""

import csv
import io
import re
from pathlib import Path

import pandas as pd

from planner.files import limits
from planner.files.baseline_check import RawTable, build_baseline
from planner.files.baseline_tables import remember_source
from planner.files.problems import InputError, Problem
from planner.files.safe_io import read_guarded
from planner.model.baseline import TABLE_COLUMNS, Baseline

MAX_CSV_BYTES = limits.MAX_CSV_BYTES
# A character of two to four bytes as UTF-8 writes it.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


# What a baseline is read from, besides a folder: a workbook, or one of the folder's CSV files.
BASELINE_ENDINGS = (".xlsx", ".xls", ".csv")


def is_baseline_source(path: str | Path) -> bool:
    """A spreadsheet or a folder, which only a baseline is read from (a workbook is JSON)."""
    path = Path(path)
    return path.suffix.lower() in BASELINE_ENDINGS or path.is_dir()


def load_baseline(path: str | Path) -> Baseline:
    """Read and fully validate a baseline; raise InputError listing every problem."""
    path = Path(path)
    if path.is_dir():
        return read_csv_folder(path)
    # An old .xls goes to the .xlsx reader too, which recognises it and says how to save it.
    if path.suffix.lower() in (".xlsx", ".xls") and path.is_file():
        from planner.files.baseline_xlsx import read_xlsx_baseline

        return read_xlsx_baseline(path)
    if not path.exists():
        raise InputError(
            [
                Problem(
                    str(path),
                    "a folder of baseline CSV files or an .xlsx workbook (nothing is there)",
                )
            ]
        )
    raise InputError([Problem(str(path), "a folder of baseline CSV files or an .xlsx workbook")])


def read_csv_folder(folder: Path) -> Baseline:
    tables: dict[str, RawTable] = {}
    problems: list[Problem] = []
    for name in TABLE_COLUMNS:
        file = folder / f"{name}.csv"
        if not file.is_file():
            continue  # build_baseline reports it, with the columns it needs
        try:
            tables[name] = read_csv_table(file, name)
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    kept = dict(tables)
    baseline = build_baseline(tables, str(folder), lambda name: str(folder / f"{name}.csv"))
    return remember_source(baseline, kept)


def decode_text(data: bytes, where: str = "") -> str:
    """UTF-8 (with or without a byte-order mark), else the Windows code page Excel uses
    (cp1252). A file that is partly UTF-8 and partly not (mixed encodings), or holds a byte
    cp1252 does not define, is refused with the line of the first such byte: decoding it
    either way would change its text without a word."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        position = error.start
    line = data.count(b"\n", 0, position) + 1
    if _UTF8_SEQUENCE.search(data):
        raise InputError(
            [
                Problem(
                    where,
                    "one text encoding throughout (UTF-8 is best): the file is UTF-8 but "
                    f"line {line} holds the byte 0x{data[position]:02X}, which is not; "
                    "save the file again as CSV UTF-8",
                    row=line,
                )
            ]
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            [
                Problem(
                    where,
                    "a text file in UTF-8 or the Windows (cp1252) encoding: "
                    f"line {line} holds the byte 0x{data[error.start]:02X}, which neither "
                    "defines; save the file again as CSV UTF-8",
                    row=line,
                )
            ]
        ) from None


def read_csv_table(file: Path, name: str) -> RawTable:
    where = str(file)
    data = read_guarded(file, "a CSV file", MAX_CSV_BYTES)
    text = decode_text(data, where)
    if "\x00" in text:
        raise InputError([Problem(where, "a text (CSV) file; this one holds binary data")])
    first_line = text.split("\n", 1)[0]
    # Finnish spreadsheets write ';' between fields because ',' is the decimal separator.
    separator = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = []
    try:
        for cells in csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True):
            if len(cells) > limits.MAX_COLUMNS:
                raise InputError(
                    [
                        Problem(
                            where,
                            f"at most {limits.MAX_COLUMNS:,} columns (this row has {len(cells):,})",
                            row=len(rows) + 1,
                        )
                    ]
                )
            rows.append(cells)
            if len(rows) > limits.MAX_ROWS + 1:
                raise InputError(
                    [Problem(where, f"at most {limits.MAX_ROWS:,} rows below the header")]
                )
    except csv.Error as error:
        raise InputError([Problem(where, f"well-formed CSV ({error})")]) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise InputError([Problem(where, "a header row naming the columns", row=1)])
    header = [cell.strip() for cell in rows[0]]
    problems = []
    seen: set[str] = set()
    for name_ in header:
        if name_ and name_ in seen:
            problems.append(
                Problem(where, "each column named once in the header", row=1, column=name_)
            )
        seen.add(name_)
    data, numbers = [], []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            problems.append(
                Problem(
                    where,
                    f"{len(header)} fields as in the header (separator '{separator}')",
                    row=number,
                    found=f"{len(cells)} fields",
                )
            )
            continue
        for position, cell in enumerate(cells[: len(header)]):
            if len(cell) > limits.MAX_TEXT:
                problems.append(
                    Problem(
                        where,
                        f"a cell of at most {limits.MAX_TEXT:,} characters",
                        row=number,
                        column=header[position] or None,
                        found=f"{len(cell):,} characters",
                    )
                )
        if len(problems) >= limits.MAX_PROBLEMS:
            break
        data.append((cells + [""] * len(header))[: len(header)])
        numbers.append(number)
    if problems:
        raise InputError(problems)
    frame = pd.DataFrame(data, columns=header, dtype=str) if data else pd.DataFrame(columns=header)
    return RawTable(name=name, where=where, frame=frame, row_numbers=numbers)

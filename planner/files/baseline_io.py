"""Read a baseline from a folder of CSV files (or, see baseline_xlsx, an .xlsx workbook)."""

import csv
import io
from pathlib import Path

import pandas as pd

from planner.files.baseline_check import RawTable, build_baseline
from planner.files.problems import InputError, Problem
from planner.model.baseline import TABLE_COLUMNS, Baseline

MAX_CSV_BYTES = 50 * 1024 * 1024


def load_baseline(path: str | Path) -> Baseline:
    """Read and fully validate a baseline; raise InputError listing every problem."""
    path = Path(path)
    if path.is_dir():
        return read_csv_folder(path)
    if path.suffix.lower() == ".xlsx" and path.is_file():
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
    return build_baseline(tables, str(folder), lambda name: str(folder / f"{name}.csv"))


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else the Windows code page Excel uses."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_csv_table(file: Path, name: str) -> RawTable:
    where = str(file)
    try:
        size = file.stat().st_size
        if size > MAX_CSV_BYTES:
            raise InputError(
                [
                    Problem(
                        where,
                        f"a CSV file under {MAX_CSV_BYTES // 2**20} MiB "
                        f"(this one is {size / 2**20:.0f} MiB)",
                    )
                ]
            )
        text = decode_text(file.read_bytes())
    except OSError as error:
        raise InputError([Problem(where, f"a readable file ({error.strerror or error})")]) from None
    if "\x00" in text:
        raise InputError([Problem(where, "a text (CSV) file; this one holds binary data")])
    first_line = text.split("\n", 1)[0]
    # Finnish spreadsheets write ';' between fields because ',' is the decimal separator.
    separator = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True))
    except csv.Error as error:
        raise InputError([Problem(where, f"well-formed CSV ({error})")]) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise InputError([Problem(where, "a header row naming the columns", row=1)])
    header = [cell.strip() for cell in rows[0]]
    problems = []
    for position, name_ in enumerate(header):
        if name_ and name_ in header[:position]:
            problems.append(
                Problem(where, "each column named once in the header", row=1, column=name_)
            )
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
        data.append((cells + [""] * len(header))[: len(header)])
        numbers.append(number)
    if problems:
        raise InputError(problems)
    frame = pd.DataFrame(data, columns=header, dtype=str) if data else pd.DataFrame(columns=header)
    return RawTable(name=name, where=where, frame=frame, row_numbers=numbers)

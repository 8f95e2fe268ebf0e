"""A baseline as text tables: what the template writes and what a workbook keeps of its baseline.

Every baseline read by planner.files remembers the text tables it was built from (the cells as
they were in the files), so that the template and a saved workbook carry exactly those figures,
and a content hash says whether two baselines hold the same numbers. A baseline made in code
(tests) is turned back into tables from its typed values.
"""

import contextlib
import hashlib
import json
import math
from dataclasses import dataclass

import pandas as pd

from planner.files.baseline_check import RawTable, build_baseline
from planner.files.numbers import NotANumber, parse_number
from planner.model.baseline import NUMERIC_KINDS, TABLE_COLUMNS, Baseline

SOURCE_ATTRIBUTE = "_planner_source_tables"
HASH_ATTRIBUTE = "_planner_content_hash"


@dataclass(frozen=True)
class TextTable:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def as_document(self) -> dict:
        return {"columns": list(self.columns), "rows": [list(row) for row in self.rows]}


def remember_source(baseline: Baseline, tables: dict[str, RawTable]) -> Baseline:
    """Keep the text tables a baseline was built from on the baseline itself."""
    texts = {}
    for name in TABLE_COLUMNS:
        raw = tables.get(name)
        if raw is None:
            continue
        columns = tuple(str(c) for c in raw.frame.columns if str(c))
        frame = raw.frame[list(columns)] if columns else raw.frame
        rows = tuple(
            tuple("" if _missing(v) else str(v) for v in record)
            for record in frame.itertuples(index=False)
        )
        texts[name] = TextTable(columns, rows)
    setattr(baseline, SOURCE_ATTRIBUTE, texts)
    return baseline


def tables_of(baseline: Baseline) -> dict[str, TextTable]:
    """The baseline's tables as text, in TABLE_COLUMNS order."""
    source = getattr(baseline, SOURCE_ATTRIBUTE, None)
    if source:
        return source
    texts = _from_typed(baseline)
    setattr(baseline, SOURCE_ATTRIBUTE, texts)
    return texts


def content_hash(baseline: Baseline) -> str:
    """sha256 of the baseline's tables: equal hashes, equal figures and texts."""
    known = getattr(baseline, HASH_ATTRIBUTE, None)
    if known:
        return known
    value = hash_of_tables(tables_of(baseline))
    setattr(baseline, HASH_ATTRIBUTE, value)
    return value


def hash_of_tables(tables: dict[str, TextTable]) -> str:
    """sha256 over the tables, numbers in a canonical form ('23.0', '23' and '2,3e1' are one
    number), so that a baseline and its template hash alike."""
    canonical = json.dumps(
        {name: _canonical(name, table) for name, table in tables.items()},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _canonical(name: str, table: TextTable) -> dict:
    kinds = TABLE_COLUMNS.get(name, {})
    numeric = [
        kinds.get(c) in NUMERIC_KINDS or kinds.get(c) == "optional_number" for c in table.columns
    ]
    rows = []
    for row in table.rows:
        cells = []
        for cell, is_number in zip(row, numeric, strict=True):
            if is_number:
                with contextlib.suppress(NotANumber):
                    cell = _number_text(parse_number(cell))
            cells.append(cell.strip())
        rows.append(cells)
    return {"columns": list(table.columns), "rows": rows}


def baseline_from_tables(tables: dict[str, TextTable], where: str, origin: str) -> Baseline:
    """Validate text tables (as a workbook keeps them) into a Baseline; InputError if not."""
    raw = {}
    for name, table in tables.items():
        frame = pd.DataFrame([list(r) for r in table.rows], columns=list(table.columns), dtype=str)
        if not table.rows:
            frame = pd.DataFrame(columns=list(table.columns))
        raw[name] = RawTable(
            name=name,
            where=f"{where}, baseline table {name}",
            frame=frame,
            row_numbers=list(range(2, len(table.rows) + 2)),
        )
    kept = dict(raw)
    baseline = build_baseline(raw, origin, lambda name: f"{where}, baseline table {name}")
    return remember_source(baseline, kept)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _number_text(value) -> str:
    if _missing(value):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    number = float(value)
    if number.is_integer() and abs(number) < 2.0**53:
        return str(int(number))
    return repr(number)


def _frame_table(frame: pd.DataFrame, columns: dict[str, str]) -> TextTable:
    names = tuple(c for c in columns if c in frame.columns)
    rows = []
    for record in frame[list(names)].itertuples(index=False):
        cells = []
        for column, value in zip(names, record, strict=True):
            kind = columns[column]
            if kind == "yesno":
                cells.append("yes" if bool(value) else "no")
            elif kind in NUMERIC_KINDS or kind == "optional_number":
                cells.append(_number_text(value))
            else:
                cells.append("" if _missing(value) else str(value))
        rows.append(tuple(cells))
    return TextTable(names, tuple(rows))


def _from_typed(baseline: Baseline) -> dict[str, TextTable]:
    about = dict(baseline.about) or {"name": baseline.name, "year": str(baseline.year)}
    tables = {}
    for name, columns in TABLE_COLUMNS.items():
        value = getattr(baseline, name, None)
        if name == "about":
            tables[name] = TextTable(("key", "value"), tuple((k, str(v)) for k, v in about.items()))
        elif isinstance(value, dict):  # workforce, parameters: id -> value
            tables[name] = TextTable(
                tuple(columns),
                tuple(
                    tuple(
                        key if column == "id" else _number_text(number) if column == "value" else ""
                        for column in columns
                    )
                    for key, number in value.items()
                ),
            )
        elif isinstance(value, pd.DataFrame):
            tables[name] = _frame_table(value, columns)
    return tables

"""The copy of its baseline a workbook file keeps (the optional top-level key "baseline").

    "baseline": {
      "name": "Helsinki social services, health care and rescue services 2024",
      "year": 2024,
      "origin": "data/baseline-2024",
      "content_hash": "sha256:…",
      "tables": {"about": {"columns": [...], "rows": [[...], ...]}, "services": ..., ...}
    }

The tables are the baseline's cells as text (as in its CSV files or template sheets); reading
validates them with every rule a baseline file has. The hash is over the tables: a file whose
tables do not match it was edited by hand, which is told, not refused.
"""

from planner.files.baseline_tables import (
    TextTable,
    baseline_from_tables,
    content_hash,
    hash_of_tables,
    tables_of,
)
from planner.files.problems import InputError, Problem
from planner.model.baseline import TABLE_COLUMNS, Baseline


def baseline_to_document(baseline: Baseline) -> dict:
    tables = tables_of(baseline)
    return {
        "name": baseline.name,
        "year": baseline.year,
        "origin": str(baseline.origin),
        "content_hash": content_hash(baseline),
        "tables": {name: table.as_document() for name, table in tables.items()},
    }


def baseline_from_document(document, where: str) -> tuple[Baseline, str, list[str]]:
    """(baseline, content hash, notes) of a workbook's baseline copy; InputError if unusable."""
    problems: list[Problem] = []

    def bad(path: str, expected: str):
        problems.append(Problem(where, expected, column=f"baseline{path}"))

    if not isinstance(document, dict):
        raise InputError([Problem(where, "an object holding the baseline", column="baseline")])
    tables_data = document.get("tables")
    if not isinstance(tables_data, dict):
        raise InputError(
            [Problem(where, "an object of baseline tables by name", column="baseline.tables")]
        )
    tables: dict[str, TextTable] = {}
    for name, table in tables_data.items():
        if name not in TABLE_COLUMNS:
            bad(f".tables.{name}", "only the tables " + ", ".join(TABLE_COLUMNS))
            continue
        columns = table.get("columns") if isinstance(table, dict) else None
        rows = table.get("rows") if isinstance(table, dict) else None
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            bad(f".tables.{name}.columns", "a list of column names")
            continue
        if not isinstance(rows, list):
            bad(f".tables.{name}.rows", "a list of rows")
            continue
        kept = []
        for index, row in enumerate(rows):
            if (
                not isinstance(row, list)
                or len(row) != len(columns)
                or not all(isinstance(cell, str) for cell in row)
            ):
                bad(f".tables.{name}.rows[{index}]", f"a list of {len(columns)} texts")
                continue
            kept.append(tuple(row))
        tables[name] = TextTable(tuple(columns), tuple(kept))
    if problems:
        raise InputError(problems)
    baseline = baseline_from_tables(
        tables, where, origin=f"{where} (the workbook's copy of its baseline)"
    )
    digest = hash_of_tables(tables_of(baseline))
    notes = []
    stated = document.get("content_hash")
    if isinstance(stated, str) and stated and stated != digest:
        notes.append(
            f"{where}: the copy of the baseline was changed after it was saved (its content "
            "hash does not match); the figures it holds now are used"
        )
    return baseline, digest, notes

"""Validate raw baseline tables (text cells from CSV files or workbook sheets) into a Baseline.

Every problem is collected, not only the first, so a planner can fix a file in one go.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import pandas as pd

from planner.files import limits
from planner.files.numbers import NotANumber, parse_number
from planner.files.problems import InputError, Problem, ProblemList, plain_number
from planner.files.text import INVISIBLE, describe_invisible
from planner.model.baseline import (
    BASES,
    DUTIES,
    INDEX_KINDS,
    LANDLORDS,
    NUMERIC_KINDS,
    OPTIONAL_COLUMNS,
    REQUIRED_BUDGET_IDS,
    REQUIRED_PARAMETER_IDS,
    REQUIRED_WORKFORCE_IDS,
    ROW_KEY,
    SERVICE_UNITS,
    TABLE_COLUMNS,
    VALUE_TABLES,
    Baseline,
    value_rows,
)

REQUIRED_TEXT = {"id", "name", "service_id", "table", "row", "column", "key"}
PROSE_COLUMNS = {"note", "source"}  # the provenance's reasoning and addresses: free prose
LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029]+")
REQUIRED_ABOUT_KEYS = ("name", "year")
# Tighter ranges for single figures whose meaning bounds them.
VALUE_RANGES = {
    ("workforce", "agency_premium_pct"): (0.0, 500.0),
    ("parameters", "re_let_share_pct"): (0.0, 100.0),
    ("parameters", "payment_ceiling_share_pct"): (0.0, 100.0),
    ("workforce", "training_saving_pct"): (0.0, 100.0),
    ("parameters", "fee_demand_elasticity"): (0.0, 5.0),
}
RELATIVE_TOLERANCE = 1e-9
# How messages name a table and its columns ("Budget › Agency labour › amount (€)"). English,
# as every import message is: `planner check` prints them, and a planner fixes the file by them.
TABLE_TITLES = {
    "about": "About",
    "services": "Services",
    "fees": "Fees",
    "budget": "Budget",
    "premises": "Premises",
    "indexes": "Indexes",
    "workforce": "Workforce",
    "parameters": "Parameters",
    "provenance": "Provenance",
}
COLUMN_WORDS = {
    ("services", "volume"): "volume (units a year)",
    ("services", "unit_cost_eur"): "unit cost (€)",
    ("services", "outsourced_share_pct"): "share done by agency staff (%)",
    ("services", "demand_growth_pct"): "yearly growth of demand (%)",
    ("services", "digital_substitutable_pct"): "share the digital channel could take (%)",
    ("services", "floor_pct"): "floor of demand met (%)",
    ("services", "duty"): "statutory or queueable",
    ("services", "substitute_price_pct"): "price bought from others (% of own cost)",
    ("services", "marginal_cost_pct"): "cost saved per unit fewer (% of unit cost)",
    ("fees", "service_id"): "service line id",
    ("fees", "chargeable_share_pct"): "share of volume paying a fee (%)",
    ("fees", "fee_current_eur"): "client fee today (€)",
    ("fees", "fee_reference_eur"): "national reference fee (€)",
    ("fees", "fee_legal_max_eur"): "highest fee the law allows (€)",
    ("budget", "kind"): "expense or income",
    ("budget", "amount_eur"): "amount (€)",
    ("budget", "training_base_pct"): "share staff influence (%)",
    ("premises", "area_m2"): "leased office area (m²)",
    ("premises", "rent_eur_per_m2_year"): "rent (€ per m² a year)",
    ("premises", "lease_end_year"): "end year of the lease",
    ("premises", "lease_end_month"): "end month of the lease",
    ("premises", "notice_months"): "notice period (months)",
    ("indexes", "wage_growth_pct"): "wage growth (%)",
    ("indexes", "price_growth_pct"): "price growth (%)",
}
UNIT_WORDS = {"EUR": "€", "eur": "€"}


@dataclass
class RawTable:
    """One table as read: all cells as text. `row_numbers` are the spreadsheet rows of the
    data rows; `where` names the file or sheet in messages."""

    name: str
    where: str
    frame: pd.DataFrame
    row_numbers: list[int]


class FigureNames:
    """Names a figure of the tables as read: 'Budget › Agency labour › amount (€)'. A row is
    named by its `name` cell (a fee by its service line's), else by its id or year."""

    def __init__(self, tables: dict[str, RawTable]):
        self.names: dict[str, dict[str, str]] = {}
        self.units: dict[str, dict[str, str]] = {}
        for table, key in ROW_KEY.items():
            raw = tables.get(table)
            if raw is None or key not in raw.frame.columns:
                continue
            keys = [str(k).strip() for k in raw.frame[key]]
            for column, out in (("name", self.names), ("unit", self.units)):
                if column in raw.frame.columns:
                    out[table] = {
                        k: str(v).strip() for k, v in zip(keys, raw.frame[column], strict=True) if k
                    }
        self.names["fees"] = self.names.get("services", {})  # a fee is its service line's

    def row(self, table: str, key: str) -> str:
        key = str(key).strip()
        if table in ("about", "indexes"):
            return key
        if key == "*":
            return "every row"
        return self.names.get(table, {}).get(key) or key

    def column(self, table: str, key: str, column: str) -> str:
        if table in ("workforce", "parameters") and column == "value":
            unit = self.units.get(table, {}).get(str(key).strip(), "")
            return f"value ({UNIT_WORDS.get(unit, unit)})" if unit else "value"
        return COLUMN_WORDS.get((table, column), str(column))

    def record(self, table, row, column) -> str | None:
        """What a provenance record describes: 'provenance of Services › … › unit cost (€)'."""
        table = str(table).strip()
        if table not in ROW_KEY:
            return None
        return f"provenance of {self.name(table, row, str(column).strip())}"

    def name(self, table: str, key, column: str | None) -> str | None:
        """The figure at (table, row key, column); None outside the tables of figures."""
        title = TABLE_TITLES.get(table)
        if title is None or table == "provenance":
            return None
        row = self.row(table, key)
        if table == "about":
            return f"{title} › {row}" if row else title
        parts = [title, row or "a row without an id"]
        if column:
            parts.append(self.column(table, key, column))
        return " › ".join(parts)


def build_baseline(tables: dict[str, RawTable], origin: str, missing_where) -> Baseline:
    """Check every table and return a Baseline, or raise InputError with every problem.

    `missing_where(name)` says where a missing table was looked for (a file or a sheet).
    """
    problems: list[Problem] = ProblemList()
    figures = FigureNames(tables)
    typed: dict[str, pd.DataFrame] = {}
    for name, columns in TABLE_COLUMNS.items():
        raw = tables.get(name)
        if raw is None:
            problems.append(
                Problem(
                    missing_where(name), f"the {name} table, with columns: " + ", ".join(columns)
                )
            )
            continue
        optional = {c: k for c, k in OPTIONAL_COLUMNS.get(name, {}).items() if c in raw.frame}
        frame, rows = _typed_table(raw, columns, problems, optional, figures)
        if frame is not None:
            typed[name] = frame
            tables[name].row_numbers = rows
    # Cross-table checks run even when cells had problems or a table is missing, so a
    # planner sees everything at once (cells that did not parse are NaN and are skipped).
    _check_keys(tables, typed, problems, figures)
    about = _check_about(tables["about"], typed["about"], problems) if "about" in typed else {}
    if len(typed) == len(TABLE_COLUMNS):
        _check_provenance(tables, typed, problems, figures)
    if problems:
        raise InputError(problems)

    services = typed["services"].reset_index(drop=True)
    fees = typed["fees"].set_index("service_id").loc[services["id"]].reset_index()
    budget = typed["budget"].reset_index(drop=True)
    return Baseline(
        name=about["name"],
        year=int(about["year"]),
        services=services,
        fees=fees,
        budget=budget,
        premises=typed["premises"].reset_index(drop=True),
        indexes=typed["indexes"].reset_index(drop=True),
        workforce=dict(zip(typed["workforce"]["id"], typed["workforce"]["value"], strict=True)),
        parameters=dict(zip(typed["parameters"]["id"], typed["parameters"]["value"], strict=True)),
        provenance=typed["provenance"].reset_index(drop=True),
        origin=origin,
        about=dict(about),
        # The names and units of the single figures, for the views (the values are above).
        value_words={t: value_rows(tables[t].frame) for t in VALUE_TABLES},
    )


def _typed_table(
    raw: RawTable, columns: dict[str, str], problems: list[Problem], optional, figures
):
    """The table's required columns, typed, then the optional ones it has (OPTIONAL_COLUMNS)."""
    frame = raw.frame
    missing = [c for c in columns if c not in frame.columns]
    for column in missing:
        problems.append(
            Problem(
                raw.where,
                f"a column named '{column}' (the header row has: "
                + ", ".join(map(str, frame.columns))
                + ")",
                row=1,
            )
        )
    if missing:
        return None, None
    # Rows left empty by a spreadsheet are not data.
    cells = frame[list(columns)].itertuples(index=False)  # not row by row through .iloc: slow
    keep = [i for i, row in enumerate(cells) if any(str(v).strip() for v in row)]
    columns = {**columns, **(optional or {})}
    frame = frame.iloc[keep][list(columns)].reset_index(drop=True)
    rows = [raw.row_numbers[i] for i in keep]
    if frame.empty and raw.name in ("services", "budget", "about", "provenance"):
        problems.append(Problem(raw.where, "at least one data row below the header"))
        return None, None
    key = ROW_KEY.get(raw.name, "key" if raw.name == "about" else None)
    keys = list(frame[key]) if key in frame.columns else [""] * len(frame)

    def figure_at(index: int, column: str) -> str | None:
        """Named only when a cell has a problem: most cells have none."""
        if raw.name == "provenance":  # a record is named by the figure it describes
            return figures.record(*frame.loc[index, ["table", "row", "column"]])
        return figures.name(raw.name, keys[index], column)

    out = {}
    for column, kind in columns.items():
        values = []
        for index, (text, row) in enumerate(zip(frame[column], rows, strict=True)):
            figure = partial(figure_at, index, column)
            values.append(_cell(str(text).strip(), kind, column, raw, row, problems, figure))
        out[column] = values
    return pd.DataFrame(out, columns=list(columns)), rows


def _cell(
    text: str,
    kind: str,
    column: str,
    raw: RawTable,
    row: int,
    problems: list[Problem],
    figure: Callable[[], str | None] = lambda: None,
):
    def bad(expected: str):
        problems.append(
            Problem(raw.where, expected, row=row, column=column, found=text, figure=figure())
        )

    if column in PROSE_COLUMNS:
        # A long note or a list of sources is typed with Alt+Enter in a spreadsheet: its line
        # breaks and tabs are read as spaces (the words stay as written), not refused.
        text = LINE_BREAKS.sub(" ", text)
    if kind in ("text", "optional_text") and INVISIBLE.search(text):
        # Refused, not stripped: a planner sees which cell holds it and fixes the file, and
        # the text shown on screen and paper is the text in the file. A control character or
        # a direction override (U+202E) in a name would otherwise reach the window and the
        # PDF, reorder what is around it or break a line where no one typed one.
        bad(
            "text without control or direction characters (this cell holds "
            f"{describe_invisible(text)}; delete it or type the text again)"
        )
        return text
    if kind == "optional_text":  # a name in another language: may be empty
        return text
    if kind == "text":
        if not text and column in REQUIRED_TEXT:
            problems.append(
                Problem(
                    raw.where,
                    "a value (this cell is empty)",
                    row=row,
                    column=column,
                    figure=figure(),
                )
            )
        return text
    if kind == "unit":
        if text not in SERVICE_UNITS:
            bad("one of the units: " + ", ".join(SERVICE_UNITS))
        return text
    if kind == "kind":
        if text.lower() not in ("expense", "income"):
            bad("'expense' or 'income'")
        return text.lower()
    if kind == "yesno":
        if text.lower() in ("yes", "true", "1"):
            return True
        if text.lower() not in ("no", "false", "0"):
            bad("'yes' or 'no'")
        return False
    if kind == "basis":
        if text.lower() not in BASES:
            bad("one of: " + ", ".join(BASES))
        return text.lower()
    for choice_kind, choices in (("duty", DUTIES), ("landlord", LANDLORDS), ("index", INDEX_KINDS)):
        if kind == choice_kind:
            if text.lower() not in choices:
                bad("one of: " + ", ".join(choices))
            return text.lower()
    if kind == "year_id":  # a year that names a row (kept as text for provenance rows)
        if not (text.isascii() and text.isdigit() and 1900 <= int(text) <= 2200):
            bad("a year such as 2026")
        return text
    if kind == "optional_number" and not text:
        return float("nan")
    try:
        value = parse_number(text)
    except NotANumber:
        bad("a number" if text else "a number (this cell is empty)")
        return float("nan")
    if "e" in text.lower():  # 1.2e+08 as typed (or as a spreadsheet stored it) reads 120,000,000
        text = plain_number(value)
    if abs(value) > limits.MAX_NUMBER:
        bad(f"a number no larger than {limits.number_limit_text()} in size")
        return float("nan")
    if kind == "number" and value < 0:
        bad("a number that is zero or more")
    elif kind == "share" and not 0 <= value <= 100:
        bad("a percentage from 0 to 100")
    elif kind == "growth" and not -50 <= value <= 50:
        bad("a yearly growth from -50 to 50 percent")
    elif kind == "year" and (value != int(value) or not 1900 <= value <= 2200):
        bad("a year such as 2026")
    elif kind == "month" and (value != int(value) or not 1 <= value <= 12):
        bad("a month from 1 to 12")
    return value


def _check_keys(tables, typed, problems, figures):
    for name, key in ROW_KEY.items():
        if name not in typed:
            continue
        frame, raw = typed[name], tables[name]
        seen: dict[str, int] = {}
        for value, row in zip(frame[key], raw.row_numbers, strict=True):
            if value in seen:
                problems.append(
                    Problem(
                        raw.where,
                        f"a unique {key} (row {seen[value]} has it too)",
                        row=row,
                        column=key,
                        found=value,
                        figure=figures.name(name, value, key),
                    )
                )
            elif value:
                seen[value] = row
    if "services" in typed:
        _check_services(tables, typed, problems, figures)
    for name, required in (
        ("budget", REQUIRED_BUDGET_IDS),
        ("workforce", REQUIRED_WORKFORCE_IDS),
        ("parameters", REQUIRED_PARAMETER_IDS),
    ):
        if name in typed:
            _check_required_rows(name, required, tables, typed, problems, figures)


def _check_services(tables, typed, problems, figures):
    services = typed["services"]
    for service_id, cost, row in zip(
        services["id"], services["unit_cost_eur"], tables["services"].row_numbers, strict=True
    ):
        if cost == 0:
            problems.append(
                Problem(
                    tables["services"].where,
                    "a unit cost above zero",
                    row=row,
                    column="unit_cost_eur",
                    found="0",
                    figure=figures.name("services", service_id, "unit_cost_eur"),
                )
            )
    if "fees" not in typed:
        return
    service_ids = set(services["id"])
    fee_ids = set(typed["fees"]["service_id"])
    for value, row in zip(typed["fees"]["service_id"], tables["fees"].row_numbers, strict=True):
        if value and value not in service_ids:
            problems.append(
                Problem(
                    tables["fees"].where,
                    "the id of a service line in the services table",
                    row=row,
                    column="service_id",
                    found=value,
                    figure=figures.name("fees", value, "service_id"),
                )
            )
    for service_id in services["id"]:
        if service_id and service_id not in fee_ids:
            problems.append(Problem(tables["fees"].where, f"a row for service line '{service_id}'"))


def _check_required_rows(name, required, tables, typed, problems, figures):
    present = set(typed[name]["id"])
    for wanted in required:
        if wanted not in present:
            problems.append(Problem(tables[name].where, f"a row with id '{wanted}'"))
    for (table, row_id), (low, high) in VALUE_RANGES.items():
        if table != name:
            continue
        for value, rid, row in zip(
            typed[name]["value"], typed[name]["id"], tables[name].row_numbers, strict=True
        ):
            if rid == row_id and value == value and not low <= value <= high:
                problems.append(
                    Problem(
                        tables[name].where,
                        f"a value from {plain_number(low)} to {plain_number(high)}",
                        row=row,
                        column="value",
                        found=plain_number(value),
                        figure=figures.name(name, rid, "value"),
                    )
                )


def _check_about(raw: RawTable, frame: pd.DataFrame, problems) -> dict[str, str]:
    about = dict(zip(frame["key"], frame["value"], strict=True))
    first_row: dict[str, int] = {}
    for key, row in zip(frame["key"], raw.row_numbers, strict=True):
        if key in first_row:
            problems.append(
                Problem(
                    raw.where,
                    f"each key once (row {first_row[key]} has it too)",
                    row=row,
                    column="key",
                    found=key,
                    figure=f"About › {key}",
                )
            )
        else:
            first_row[key] = row
    for key in REQUIRED_ABOUT_KEYS:
        if not about.get(key):
            problems.append(Problem(raw.where, f"a row with key '{key}' and its value"))
    year = about.get("year")
    if year:
        try:
            number = parse_number(year)
            if number != int(number) or not 1900 <= number <= 2200:
                raise NotANumber(year)
        except NotANumber:
            row = raw.row_numbers[list(frame["key"]).index("year")]
            problems.append(
                Problem(
                    raw.where,
                    "a year such as 2024",
                    row=row,
                    column="value",
                    found=year,
                    figure="About › year",
                )
            )
    return about


def _numeric_columns(name: str) -> list[str]:
    return [c for c, kind in TABLE_COLUMNS[name].items() if kind in NUMERIC_KINDS]


def _check_provenance(tables, typed, problems, figures):
    prov_raw, prov = tables["provenance"], typed["provenance"]
    records: dict[tuple[str, str, str], tuple] = {}
    # Once per table, not once per provenance record (that was quadratic in the baseline size).
    row_ids = {name: set(typed[name][key]) for name, key in ROW_KEY.items()}
    for record, row in zip(prov.itertuples(index=False), prov_raw.row_numbers, strict=True):
        key = (record.table, record.row, record.column)

        described = figures.record(record.table, record.row, record.column)

        def bad(expected, column=None, found=None, row=row, described=described):
            problems.append(
                Problem(
                    prov_raw.where,
                    expected,
                    row=row,
                    column=column,
                    found=found,
                    figure=described,
                )
            )

        if record.table not in ROW_KEY:
            bad("one of the tables: " + ", ".join(ROW_KEY), "table", record.table)
            continue
        if record.column not in _numeric_columns(record.table):
            bad(
                f"a numeric column of {record.table}: " + ", ".join(_numeric_columns(record.table)),
                "column",
                record.column,
            )
            continue
        if record.row != "*" and record.row not in row_ids[record.table]:
            bad(f"'*' or the id of a row in {record.table}", "row", record.row)
            continue
        if key in records:
            bad(
                f"one provenance row per figure (row {records[key][1]} describes it too)",
                "column",
                record.column,
            )
            continue
        records[key] = (record, row)
        if record.basis == "read" and not record.source:
            bad("the address of the source the figure is read from", "source", "")
        if record.basis == "derived" and not record.note:
            bad("the computation, in the note", "note", "")
        if record.basis == "assumption":
            if record.row == "*":
                bad("an assumption for one row (each needs its own low and high)", "row", "*")
            if not record.note:
                bad("the reasoning behind the assumption, in the note", "note", "")
            if pd.isna(record.low) or pd.isna(record.high):
                bad(
                    "a low and a high value for the assumption",
                    "low" if pd.isna(record.low) else "high",
                    "",
                )
            elif record.low > record.high:
                bad(
                    f"a low no higher than the high ({plain_number(record.high)})",
                    "low",
                    plain_number(record.low),
                )

    for name, key_column in ROW_KEY.items():
        raw, frame = tables[name], typed[name]
        for column in _numeric_columns(name):
            for row_id, value, row in zip(
                frame[key_column], frame[column], raw.row_numbers, strict=True
            ):
                found = records.get((name, row_id, column)) or records.get((name, "*", column))
                if found is None:
                    problems.append(
                        Problem(
                            raw.where,
                            f"a provenance row for this figure ({name}, "
                            f"{row_id}, {column}) in the provenance table",
                            row=row,
                            column=column,
                            figure=figures.name(name, row_id, column),
                        )
                    )
                    continue
                record, prov_row = found
                if (
                    record.basis == "assumption"
                    and not (pd.isna(record.low) or pd.isna(record.high) or pd.isna(value))
                    and record.low <= record.high  # a range told to be wrong is no measure
                ):
                    slack = RELATIVE_TOLERANCE * max(1.0, abs(value))
                    if not record.low - slack <= value <= record.high + slack:
                        problems.append(
                            Problem(
                                raw.where,
                                f"a value within its assumed range, "
                                f"{plain_number(record.low)} to {plain_number(record.high)} "
                                f"(as row {prov_row} of the provenance table gives it)",
                                row=row,
                                column=column,
                                found=plain_number(value),
                                figure=figures.name(name, row_id, column),
                            )
                        )

"""The baseline: one year of facts that every scenario is measured against.

A Baseline holds typed tables (already validated by planner.files) and the provenance of
every number. It does no I/O; planner.files reads CSV folders and workbooks into it.
"""

import math
from dataclasses import dataclass, field

import pandas as pd

# The tables of a baseline and the columns each must have, in order. Numeric columns are
# the ones every value of which needs a provenance row.
TABLE_COLUMNS: dict[str, dict[str, str]] = {
    "about": {"key": "text", "value": "text"},
    "services": {
        "id": "text",
        "name": "text",
        "unit": "unit",
        "volume": "number",
        "unit_cost_eur": "number",
        "outsourced_share_pct": "share",
        "demand_growth_pct": "growth",
        "digital_substitutable_pct": "share",
        "floor_pct": "share",
        "duty": "duty",
        "substitute_price_pct": "number",
        "marginal_cost_pct": "share",
    },
    "fees": {
        "service_id": "text",
        "chargeable_share_pct": "share",
        "fee_current_eur": "number",
        "fee_reference_eur": "number",
        "fee_legal_max_eur": "number",
    },
    "budget": {
        "id": "text",
        "name": "text",
        "kind": "kind",
        "amount_eur": "number",
        "index": "index",
        "training_base_pct": "share",
    },
    "premises": {
        "id": "text",
        "name": "text",
        "area_m2": "number",
        "rent_eur_per_m2_year": "number",
        "lease_end_year": "year",
        "lease_end_month": "month",
        "notice_months": "number",
        "landlord": "landlord",
    },
    "indexes": {"year": "year_id", "wage_growth_pct": "growth", "price_growth_pct": "growth"},
    "workforce": {"id": "text", "value": "number", "unit": "text", "name": "text"},
    "parameters": {"id": "text", "value": "number", "unit": "text", "name": "text"},
    "provenance": {
        "table": "text",
        "row": "text",
        "column": "text",
        "basis": "basis",
        "source": "text",
        "low": "optional_number",
        "high": "optional_number",
        "note": "text",
    },
}

# Columns a table may have and need not (read when present, never required, so baselines and
# templates made before them still load): the row's name in Finnish and Swedish (issue 13).
# A row whose name_fi or name_sv is empty is named by its `name` in that language too.
NAME_LANGUAGES = ("fi", "sv")
OPTIONAL_COLUMNS: dict[str, dict[str, str]] = {
    table: {f"name_{code}": "optional_text" for code in NAME_LANGUAGES}
    for table in ("services", "budget", "premises")
}


def row_names(frame: pd.DataFrame, language: str) -> list[str]:
    """The rows' names in a language (fi, sv): its name_xx where given, else `name`."""
    names = [str(n) for n in frame["name"]]
    column = f"name_{language}"
    if column not in frame.columns:
        return names
    return [str(t).strip() or n for t, n in zip(frame[column], names, strict=True)]


# The tables of single figures: the Baseline keeps their values as {id: value} for the engine,
# and their words (name, unit, names in Finnish and Swedish) as ValueRow for the views.
VALUE_TABLES = ("workforce", "parameters")


@dataclass(frozen=True)
class ValueRow:
    """The words of one workforce or parameters row: what the figure is and its unit."""

    name: str
    unit: str = ""
    names: tuple[tuple[str, str], ...] = ()  # (language, name) where the data gives one

    def name_in(self, language: str) -> str:
        """The name in a language (fi, sv) where the row has one, else `name`."""
        return dict(self.names).get(language) or self.name


def value_rows(frame: pd.DataFrame) -> dict[str, ValueRow]:
    """{id: ValueRow} of a workforce or parameters table as read (text cells); the name_fi and
    name_sv columns are read when the table has them (they are optional and never required)."""
    columns = [c for c in ("name", "unit") if c in frame.columns]
    languages = [code for code in NAME_LANGUAGES if f"name_{code}" in frame.columns]
    rows: dict[str, ValueRow] = {}
    for record in frame.to_dict("records"):
        key = _text(record.get("id"))
        if not key:
            continue
        words = {c: _text(record.get(c)) for c in columns}
        names = tuple(
            (code, _text(record.get(f"name_{code}")))
            for code in languages
            if _text(record.get(f"name_{code}"))
        )
        rows[key] = ValueRow(words.get("name", ""), words.get("unit", ""), names)
    return rows


def _text(value) -> str:
    """A cell as text: an empty cell (None, or NaN from a spreadsheet) is ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


# The column that names each row (what provenance rows refer to).
ROW_KEY = {
    "services": "id",
    "fees": "service_id",
    "budget": "id",
    "premises": "id",
    "workforce": "id",
    "parameters": "id",
    "indexes": "year",
}

NUMERIC_KINDS = {"number", "share", "growth", "year", "month"}

SERVICE_UNITS = ("contact", "visit", "care day", "appointment", "client", "response", "mission")
# Only lines counted in these units can move to the digital channel (a care day, a client-year,
# an ambulance response or a rescue mission cannot).
DIGITAL_UNITS = ("contact", "visit", "appointment")
BASES = ("read", "derived", "assumption")
# What the city owes on a line: statutory demand beyond own capacity is bought; queueable
# demand waits (shortfall).
DUTIES = ("statutory", "queueable")
LANDLORDS = ("external", "internal")
INDEX_KINDS = ("wage", "price")

REQUIRED_BUDGET_IDS = (
    "personnel",
    "outsourced_labour",
    "purchased_services_other",
    "premises",
    "other_expenses",
    "client_fees",
)
REQUIRED_WORKFORCE_IDS = (
    "staff_count",
    "own_staff_cost_eur_per_fte",
    "agency_premium_pct",
    "recruitment_limit_fte_per_year",
    "training_cost_eur_per_person",
    "training_saving_pct",
)
REQUIRED_PARAMETER_IDS = (
    "default_target_eur",
    "office_move_cost_eur_per_m2",
    "re_let_share_pct",
    "fee_demand_elasticity",
    "payment_ceiling_share_pct",
    "digital_visit_cost_eur",
    "digital_setup_cost_eur",
)


@dataclass(frozen=True)
class Provenance:
    basis: str  # read, derived or assumption
    source: str  # addresses, space-separated; may be empty for an assumption
    note: str  # the computation (derived) or the reasoning (assumption)
    low: float | None = None
    high: float | None = None


@dataclass
class Baseline:
    """Typed baseline tables. Services and fees share one row order."""

    name: str
    year: int
    services: pd.DataFrame
    fees: pd.DataFrame
    budget: pd.DataFrame
    premises: pd.DataFrame
    indexes: pd.DataFrame  # year (text), wage_growth_pct, price_growth_pct; years after the base
    workforce: dict[str, float]
    parameters: dict[str, float]
    provenance: pd.DataFrame
    origin: str = ""  # the folder or file it was read from
    about: dict[str, str] = field(default_factory=dict)  # the about table (division, ...)
    # {table: {id: ValueRow}} for workforce and parameters: their names and units (empty for a
    # baseline made in code, whose figures are then named by their ids).
    value_words: dict[str, dict[str, ValueRow]] = field(default_factory=dict)
    _provenance_index: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {}
        for record in self.provenance.itertuples(index=False):
            index[(record.table, record.row, record.column)] = Provenance(
                basis=record.basis,
                source=record.source,
                note=record.note,
                low=None if pd.isna(record.low) else float(record.low),
                high=None if pd.isna(record.high) else float(record.high),
            )
        self._provenance_index = index

    def provenance_of(self, table: str, row: str, column: str) -> Provenance | None:
        """Where one number comes from: a row-specific record first, else the column's '*'."""
        return self._provenance_index.get((table, row, column)) or self._provenance_index.get(
            (table, "*", column)
        )

    def value_row(self, table: str, row: str) -> ValueRow | None:
        """The words of a workforce or parameters row, if the baseline was read with them."""
        return self.value_words.get(table, {}).get(row)

    @property
    def service_ids(self) -> list[str]:
        return list(self.services["id"])

    @property
    def default_target_eur(self) -> float:
        return float(self.parameters["default_target_eur"])

    def budget_amount(self, category_id: str) -> float:
        row = self.budget.loc[self.budget["id"] == category_id, "amount_eur"]
        return float(row.iloc[0])

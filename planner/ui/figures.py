"""Every figure of a baseline as one list, for the Assumptions and Uncertainty views (no Qt).

One `Figure` per number of the baseline's tables: its group (services, fees, budget, premises,
workforce, parameters, prices), the row's name, what the column means and its unit (the words
the baseline template gives each column, `planner.files.template.COLUMN_HELP`), the value, and
its provenance (basis, low–high, sources, the reasoning). Texts pass the one translation
function; the column meanings and row names are the baseline's own words (catalogued with the
languages, issue 13, as lever names are).

A text helper lives here rather than in planner/present (not this task's to change): the
workforce and parameters tables' row names. The Baseline keeps only their values, so the names
are read from the baseline's own folder when it was read from one (`workforce.csv`,
`parameters.csv`), else the id is shown in words.
"""

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from planner.model import Baseline, Engine
from planner.model.baseline import NUMERIC_KINDS, ROW_KEY, TABLE_COLUMNS
from planner.present import QT_TRANSLATE_NOOP, translate

# The groups, in the baseline's order; the indexes table is the prices of later years.
GROUPS = (
    ("services", QT_TRANSLATE_NOOP("Figures", "Services")),
    ("fees", QT_TRANSLATE_NOOP("Figures", "Fees")),
    ("budget", QT_TRANSLATE_NOOP("Figures", "Budget")),
    ("premises", QT_TRANSLATE_NOOP("Figures", "Premises")),
    ("workforce", QT_TRANSLATE_NOOP("Figures", "Workforce")),
    ("parameters", QT_TRANSLATE_NOOP("Figures", "Parameters")),
    ("indexes", QT_TRANSLATE_NOOP("Figures", "Prices")),
)
VALUE_TABLES = ("workforce", "parameters")

# Short words for each column, for bars and lists where a whole sentence does not fit.
SHORT_COLUMNS = {
    "volume": QT_TRANSLATE_NOOP("Figures", "volume"),
    "unit_cost_eur": QT_TRANSLATE_NOOP("Figures", "unit cost"),
    "outsourced_share_pct": QT_TRANSLATE_NOOP("Figures", "outsourced share"),
    "demand_growth_pct": QT_TRANSLATE_NOOP("Figures", "demand growth"),
    "digital_substitutable_pct": QT_TRANSLATE_NOOP("Figures", "digital share possible"),
    "floor_pct": QT_TRANSLATE_NOOP("Figures", "floor"),
    "substitute_price_pct": QT_TRANSLATE_NOOP("Figures", "bought price"),
    "marginal_cost_pct": QT_TRANSLATE_NOOP("Figures", "marginal cost"),
    "chargeable_share_pct": QT_TRANSLATE_NOOP("Figures", "chargeable share"),
    "fee_current_eur": QT_TRANSLATE_NOOP("Figures", "fee today"),
    "fee_reference_eur": QT_TRANSLATE_NOOP("Figures", "reference fee"),
    "fee_legal_max_eur": QT_TRANSLATE_NOOP("Figures", "legal maximum fee"),
    "amount_eur": QT_TRANSLATE_NOOP("Figures", "amount"),
    "training_base_pct": QT_TRANSLATE_NOOP("Figures", "training base"),
    "area_m2": QT_TRANSLATE_NOOP("Figures", "area"),
    "rent_eur_per_m2_year": QT_TRANSLATE_NOOP("Figures", "rent"),
    "lease_end_year": QT_TRANSLATE_NOOP("Figures", "lease end year"),
    "lease_end_month": QT_TRANSLATE_NOOP("Figures", "lease end month"),
    "notice_months": QT_TRANSLATE_NOOP("Figures", "notice"),
    "wage_growth_pct": QT_TRANSLATE_NOOP("Figures", "wage growth"),
    "price_growth_pct": QT_TRANSLATE_NOOP("Figures", "price growth"),
}

BASIS_WORDS = {
    "read": QT_TRANSLATE_NOOP("Figures", "read"),
    "derived": QT_TRANSLATE_NOOP("Figures", "derived"),
    "assumption": QT_TRANSLATE_NOOP("Figures", "assumption"),
}


@dataclass(frozen=True)
class Figure:
    table: str
    row: str
    column: str
    group: str  # translated group name
    row_name: str
    meaning: str  # what the column means
    unit: str
    value: float
    basis: str  # read, derived, assumption, or "" when no provenance is recorded
    low: float | None
    high: float | None
    source: str  # addresses separated by spaces
    note: str
    engine_reads: bool  # an override of it changes results
    kind: str = "number"  # the column's kind in the baseline (year, month, share, ...)

    @property
    def key(self) -> str:
        return f"{self.table}.{self.row}.{self.column}"

    @property
    def name(self) -> str:
        """The row and what the column means: "Home care visits: Cost of one unit"."""
        if self.table in VALUE_TABLES:
            return self.row_name
        return translate("Figures", "{row}: {meaning}").format(
            row=self.row_name, meaning=self.meaning
        )

    @property
    def short_name(self) -> str:
        """For bars and lists: "Home care visits · unit cost"."""
        if self.table in VALUE_TABLES or self.column not in SHORT_COLUMNS:
            return self.row_name
        return translate("Figures", "{row} · {column}").format(
            row=self.row_name, column=translate("Figures", SHORT_COLUMNS[self.column])
        )

    @property
    def sources(self) -> list[str]:
        return self.source.split()

    @property
    def ranged(self) -> bool:
        return self.low is not None and self.high is not None

    def outside_range(self, value: float) -> bool:
        return self.ranged and not self.low <= value <= self.high


def basis_text(basis: str) -> str:
    if basis in BASIS_WORDS:
        return translate("Figures", BASIS_WORDS[basis])
    return translate("Figures", "not recorded")


def figure_value(value: float, kind: str = "number") -> str:
    """A baseline figure as the baseline writes it: 1,600,000 · 262.7 · 0.2; years and months
    without a separator (2030)."""
    if value is None or not math.isfinite(value):
        return "–"
    from planner.present import numbers as fmt

    if kind in ("year", "month") and value == int(value):
        return f"{value:.0f}"
    if value == int(value):
        return fmt.number(value, 0)
    for decimals in (1, 2, 3, 4):
        if round(value, decimals) == value:
            return fmt.number(value, decimals)
    return fmt.number(value, 4)


_CACHE: dict[int, tuple[Baseline, list[Figure]]] = {}


def baseline_figures(engine: Engine) -> list[Figure]:
    """Every numeric figure of the engine's baseline, grouped and in the baseline's order
    (kept per engine: the list is built once)."""
    cached = _CACHE.get(id(engine))
    if cached is not None and cached[0] is engine:
        return cached[1]
    from planner.files.template import COLUMN_HELP  # the template's words; loaded when needed

    baseline = engine.baseline
    figures: list[Figure] = []
    for table, group in GROUPS:
        group_name = translate("Figures", group)
        columns = [c for c, kind in TABLE_COLUMNS[table].items() if kind in NUMERIC_KINDS]
        for row, row_name, values in _rows(baseline, table):
            for column in columns:
                value = values.get(column)
                if value is None or pd.isna(value):
                    continue
                meaning, unit = COLUMN_HELP.get((table, column), (column, ""))
                if table in VALUE_TABLES:  # the row is the figure: its name says what it is
                    meaning, unit = "", _value_units(baseline, table).get(row, "")
                record = baseline.provenance_of(table, row, column)
                figures.append(
                    Figure(
                        table=table,
                        row=row,
                        column=column,
                        group=group_name,
                        row_name=row_name,
                        meaning=translate("BaselineColumn", meaning) if meaning else "",
                        unit=unit,
                        value=float(value),
                        basis=record.basis if record else "",
                        low=record.low if record else None,
                        high=record.high if record else None,
                        source=record.source if record else "",
                        note=record.note if record else "",
                        engine_reads=engine.has_figure(table, row, column),
                        kind=TABLE_COLUMNS[table][column],
                    )
                )
    _CACHE.clear()  # one baseline at a time is shown
    _CACHE[id(engine)] = (engine, figures)
    return figures


def figure_by_key(engine: Engine) -> dict[str, Figure]:
    return {figure.key: figure for figure in baseline_figures(engine)}


def _rows(baseline: Baseline, table: str):
    if table in VALUE_TABLES:
        names = _value_names(baseline, table)
        for row, value in getattr(baseline, table).items():
            yield row, names.get(row, _id_in_words(row)), {"value": value}
        return
    frame = getattr(baseline, table)
    key = ROW_KEY[table]
    names = {}
    if table == "fees":  # fees are per service line: the line's name
        names = dict(
            zip(baseline.services["id"].astype(str), baseline.services["name"], strict=True)
        )
    for record in frame.to_dict("records"):
        row = str(record[key])
        if table == "indexes":
            name = translate("Figures", "Year {year}").format(year=row)
        else:
            name = str(record.get("name") or names.get(row) or _id_in_words(row))
        yield row, translate("BaselineRow", name), record


def _id_in_words(row: str) -> str:
    return row.replace("_", " ").capitalize()


def _value_file(baseline: Baseline, table: str) -> dict[str, dict]:
    """The workforce or parameters table of the folder the baseline was read from, if any."""
    try:
        path = Path(baseline.origin) / f"{table}.csv"
        if not baseline.origin or not path.is_file():
            return {}
        with path.open(encoding="utf-8", newline="") as handle:
            return {r["id"]: r for r in csv.DictReader(handle) if r.get("id")}
    except (OSError, ValueError, KeyError, csv.Error):
        return {}


def _value_names(baseline: Baseline, table: str) -> dict[str, str]:
    return {
        k: translate("BaselineRow", r["name"])
        for k, r in _value_file(baseline, table).items()
        if r.get("name")
    }


def _value_units(baseline: Baseline, table: str) -> dict[str, str]:
    return {k: r["unit"] for k, r in _value_file(baseline, table).items() if r.get("unit")}

"""Every figure of a baseline as one list, for the Assumptions and Uncertainty views (no Qt).

One `Figure` per number of the baseline's tables: its group (services, fees, budget, premises,
workforce, parameters, prices), the row's name, what the column means and its unit (the words
the baseline template gives each column, `planner.files.template.COLUMN_HELP`), the value, and
its provenance (basis, low–high, sources, the reasoning). Texts pass the one translation
function; the column meanings and row names are the baseline's own words (catalogued with the
languages, issue 13, as lever names are).

The workforce and parameters tables are single figures: the Baseline keeps their values for the
engine and their names and units (`Baseline.value_row`) for views like this one, whichever
file the baseline was read from (a folder, a workbook, a workbook's copy of its baseline); a
baseline made in code without them names a figure by its id in words.
"""

import math
from dataclasses import dataclass

import pandas as pd

from planner.model import Baseline, Engine
from planner.model.baseline import NUMERIC_KINDS, ROW_KEY, TABLE_COLUMNS, VALUE_TABLES
from planner.present import QT_TRANSLATE_NOOP, translate
from planner.present.numbers import active_locale

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

# The units a figure is shown with: the template's column help gives the columns' units
# (planner/files/template.py, COLUMN_HELP; tests/ui/test_languages_texts.py checks that each
# one is here), and the bundled workforce and parameters tables theirs in their unit column.
UNITS = (
    QT_TRANSLATE_NOOP("FigureUnit", "units a year"),
    QT_TRANSLATE_NOOP("FigureUnit", "€ per unit"),
    QT_TRANSLATE_NOOP("FigureUnit", "%"),
    QT_TRANSLATE_NOOP("FigureUnit", "% a year"),
    QT_TRANSLATE_NOOP("FigureUnit", "€ a year"),
    QT_TRANSLATE_NOOP("FigureUnit", "m²"),
    QT_TRANSLATE_NOOP("FigureUnit", "€ per m² a year"),
    QT_TRANSLATE_NOOP("FigureUnit", "year"),
    QT_TRANSLATE_NOOP("FigureUnit", "month"),
    QT_TRANSLATE_NOOP("FigureUnit", "months"),
    QT_TRANSLATE_NOOP("FigureUnit", "as in the unit column"),
    QT_TRANSLATE_NOOP("FigureUnit", "as the figure"),
    QT_TRANSLATE_NOOP("FigureUnit", "people"),
    QT_TRANSLATE_NOOP("FigureUnit", "EUR"),
    QT_TRANSLATE_NOOP("FigureUnit", "FTE"),
    QT_TRANSLATE_NOOP("FigureUnit", "ratio"),
)

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
                    words = baseline.value_row(table, row)
                    meaning, unit = "", words.unit if words else ""
                record = baseline.provenance_of(table, row, column)
                figures.append(
                    Figure(
                        table=table,
                        row=row,
                        column=column,
                        group=group_name,
                        row_name=row_name,
                        meaning=translate("BaselineColumn", meaning) if meaning else "",
                        unit=figure_unit(unit),
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


def figure_unit(unit: str) -> str:
    """A unit in the user's language: "€ per unit" -> "€ / suorite" (as given if unknown)."""
    return translate("FigureUnit", unit) if unit else ""


def _rows(baseline: Baseline, table: str):
    if table in VALUE_TABLES:
        for row, value in getattr(baseline, table).items():
            yield row, value_name(baseline, table, row), {"value": value}
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


def value_name(baseline: Baseline, table: str, row: str) -> str:
    """A workforce or parameters figure by its name in the user's language: the baseline's
    own name in that language where it gives one, else its name through the catalogue, else
    the id in words."""
    words = baseline.value_row(table, row)
    if words is None or not words.name:
        return _id_in_words(row)
    local = words.name_in(active_locale().code)
    return local if local != words.name else translate("BaselineRow", words.name)


def _id_in_words(row: str) -> str:
    return row.replace("_", " ").capitalize()

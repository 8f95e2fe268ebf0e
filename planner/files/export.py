"""Export scenario results to a spreadsheet: an .xlsx workbook or one long (tidy) CSV file.

The .xlsx has one sheet per table (Summary, Levers, Years, Lever years, Services, Budget,
Warnings, Overrides, About), a row per scenario, year and item, number formats a person
reads at once (euros #,##0, shares 0.0%, volumes #,##0), a bold frozen header and fitted
column widths. The CSV holds the same figures in one table with the columns scenario, table,
year, item, label, measure, value, unit (UTF-8 with a byte-order mark), for pivot tables and
scripts. Both layouts are described in docs/spreadsheets.md.

Both speak the active language (planner.present: the window's, or `planner export --lang`):
sheet names, headers and the words in rows (names, kinds, units, yes/no) are translated;
numbers stay numbers, and ids (lever, service, category, warning code) stay ids. An English
CSV is comma-separated with a decimal point and names its tables and measures by id; a
Finnish or Swedish one is semicolon-separated with a decimal comma, as Excel set to Finnish or
Swedish opens it, with the tables and measures named as the .xlsx heads them (docs/report.md
says why).

Text that a spreadsheet would run as a formula is made inert (see spreadsheet.inert_text);
numbers are written as numbers at full precision.
"""

import csv
import io
import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from planner import __version__
from planner.files.problems import InputError, Problem
from planner.files.safe_io import write_atomically
from planner.files.spreadsheet import (
    check_output,
    csv_text,
    fit_columns,
    inert_text,
    set_text,
    style_header,
)
from planner.model.baseline import Baseline
from planner.model.levers import LEVER_BY_ID
from planner.model.scenario import ScenarioResult
from planner.present.figures import baseline_value, figure_name, kind_name
from planner.present.numbers import Locale, active_locale
from planner.present.result import lever_name, lever_unit
from planner.present.translate import QT_TRANSLATE_NOOP, translate

EUR, SHARE, VOLUME, LEVER, YEAR, TEXT = "eur", "share", "volume", "lever", "year", "text"
NUMBER = "number"  # a baseline figure as it is (an override and the value it replaces)
NUMBER_FORMATS = {
    EUR: "#,##0",
    SHARE: "0.0%",
    VOLUME: "#,##0",
    LEVER: "0.0",
    YEAR: "0",
    NUMBER: "General",
}
EXPORT_ENDINGS = (".xlsx", ".csv")
CSV_COLUMNS = ("scenario", "table", "year", "item", "label", "measure", "value", "unit")
# The CSV's header in a language other than English (the English header is the ids above).
CSV_HEADERS = {
    "scenario": QT_TRANSLATE_NOOP("ExportCsv", "scenario"),
    "table": QT_TRANSLATE_NOOP("ExportCsv", "table"),
    "year": QT_TRANSLATE_NOOP("ExportCsv", "year"),
    "item": QT_TRANSLATE_NOOP("ExportCsv", "item"),
    "label": QT_TRANSLATE_NOOP("ExportCsv", "label"),
    "measure": QT_TRANSLATE_NOOP("ExportCsv", "measure"),
    "value": QT_TRANSLATE_NOOP("ExportCsv", "value"),
    "unit": QT_TRANSLATE_NOOP("ExportCsv", "unit"),
}
# Units whose values are whole numbers, written without a decimal point in the CSV (2024, not
# 2024.0).
WHOLE_UNITS = ("year", "month", "months")
# The CSV's own units, in the reader's language ("EUR" and "FTE" are read alike in all three).
UNIT_WORDS = {
    "share": QT_TRANSLATE_NOOP("ExportUnit", "share"),
    "year": QT_TRANSLATE_NOOP("ExportUnit", "year"),
    "month": QT_TRANSLATE_NOOP("ExportUnit", "month"),
    "months": QT_TRANSLATE_NOOP("ExportUnit", "months"),
    "FTE": QT_TRANSLATE_NOOP("ExportUnit", "FTE"),
    "1 = yes, 0 = no": QT_TRANSLATE_NOOP("ExportUnit", "1 = yes, 0 = no"),
}
# A service line's duty as the baseline writes it, and as a reader says it.
DUTY_WORDS = {
    "statutory": QT_TRANSLATE_NOOP("Export", "statutory"),
    "queueable": QT_TRANSLATE_NOOP("Export", "queueable"),
}
# Excel refuses these in a sheet's name, and names longer than 31 characters.
SHEET_FORBIDDEN = "[]:*?/\\"
SHEET_MAX = 31


@dataclass(frozen=True)
class Column:
    key: str  # the measure name in the CSV
    header: str  # the header in the .xlsx
    kind: str  # EUR, SHARE, VOLUME, LEVER, YEAR or TEXT
    unit: str = ""  # the unit in the CSV ("" for text; a row's own unit when "row")


@dataclass
class Table:
    """One exported table. Rows are dicts keyed by Column.key; `item` and `label` name the
    keys that say, in the CSV, which thing a row is about. `name` is the table's id (the
    English CSV's table column), `sheet` its sheet's name in the active language."""

    name: str
    sheet: str
    columns: list[Column]
    rows: list[dict]
    item: str
    label: str


def english(locale: Locale | None = None) -> bool:
    return (locale or active_locale()).code == "en"


def sheet_name(text: str, fallback: str) -> str:
    """`text` as Excel takes a sheet's name: without []:*?/\\, no apostrophe at either end,
    at most 31 characters; `fallback` (the English name) if nothing is left."""
    cleaned = "".join(" " if c in SHEET_FORBIDDEN else c for c in text).strip().strip("'")
    cleaned = cleaned[:SHEET_MAX].rstrip()
    return cleaned or fallback


def _yes_no(value: bool) -> str:
    return translate("Export", "yes") if value else translate("Export", "no")


def _unit_word(unit: str) -> str:
    word = UNIT_WORDS.get(unit)
    return translate("ExportUnit", word) if word else unit


def export_results(
    results: list[ScenarioResult], path: str | Path, baseline: Baseline | None = None
) -> None:
    """Write the results of one or more scenarios to FILE.xlsx or FILE.csv, atomically.

    Raises InputError (one worded problem) for a path that is not .xlsx/.csv, is a folder, or
    cannot be written; the target is then left as it was and no partial file remains."""
    path = Path(path)
    check_output(path, EXPORT_ENDINGS, "results")
    if not results:
        raise InputError([Problem(str(path), "at least one scenario to export")])
    tables = result_tables(results, baseline)
    if path.suffix.lower() == ".xlsx":
        workbook = results_workbook(tables)
        write_atomically(path, workbook.save, "results")
    else:
        data = csv_bytes(long_frame(tables))
        write_atomically(path, lambda file: file.write(data), "results")


def csv_bytes(frame: pd.DataFrame, locale: Locale | None = None) -> bytes:
    """The long table as CSV: UTF-8 with a byte-order mark, every text quoted (and made inert
    by long_frame), numbers unquoted at full precision, a missing number an empty field.

    English: comma-separated, decimal point, the header the column ids. Finnish and Swedish:
    semicolon-separated, decimal comma, the header in the language: what Excel set to those
    languages opens as columns of numbers (a comma is its decimal separator there)."""
    loc = locale or active_locale()
    buffer = io.StringIO(newline="")
    if english(loc):
        delimiter, header = ",", list(CSV_COLUMNS)
    else:
        delimiter = ";"
        header = [csv_text(translate("ExportCsv", CSV_HEADERS[c])) for c in CSV_COLUMNS]
    writer = csv.writer(
        buffer, delimiter=delimiter, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n"
    )
    buffer.write(delimiter.join(header) + "\r\n")  # plain words: nothing to quote
    whole = {*WHOLE_UNITS, *(_unit_word(unit) for unit in WHOLE_UNITS)}
    for record in frame.itertuples(index=False):
        writer.writerow(
            [
                _csv_number(value, record.unit in whole, loc.decimal)
                if column == "value"
                else (int(value) if value else "")
                if column == "year"
                else str(value)
                for column, value in zip(CSV_COLUMNS, record, strict=True)
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


class _Decimal(float):
    """A float the csv writer leaves unquoted (it is a number) and writes with the locale's
    decimal separator, at full precision."""

    separator = "."

    def __repr__(self) -> str:
        return float.__repr__(self).replace(".", self.separator)

    __str__ = __repr__


def _csv_number(value, whole: bool, decimal: str = "."):
    if not _finite(value):
        return ""
    if whole and float(value).is_integer():
        return int(value)
    if decimal == ".":
        return float(value)
    number = _Decimal(value)
    number.separator = decimal
    return number


def result_tables(results: list[ScenarioResult], baseline: Baseline | None = None) -> list[Table]:
    """The exported tables, in sheet order."""
    summary, levers, services, budget, warnings = [], [], [], [], []
    years, lever_years, overrides = [], [], []
    for result in results:
        scenario = result.scenario
        name = scenario.name
        base_year = result.years[0].year
        summary.append(
            {
                "scenario": name,
                "year": result.plan_year,
                "item": "total",
                "label": translate("Export", "All levers"),
                "plan_year": result.plan_year,
                "target_eur": result.target_eur,
                "savings_plan_year_eur": result.total_plan_year,
                "savings_recurring_eur": result.total_recurring,
                "one_off_costs_eur": float(sum(result.one_off_costs.values())),
                "gap_eur": result.gap_eur,
                "share_of_target": result.share_of_target,
                "target_reached": _yes_no(result.target_reached),
                "reached": result.target_reached,
                "share_of_demand_met": result.share_of_demand_met,
            }
        )
        for lever_id, value in scenario.levers.items():
            lever = LEVER_BY_ID[lever_id]
            timing = scenario.timing_of(lever_id)
            start_year = timing.start_year if timing.start_year is not None else base_year
            levers.append(
                {
                    "scenario": name,
                    "year": result.plan_year,
                    "lever": lever_id,
                    "name": lever_name(lever),
                    "group": translate("LeverGroup", lever.group),
                    "value": value,
                    "unit": lever_unit(lever),
                    "start": timing.start_text(base_year),
                    "start_year": start_year,
                    "start_month": timing.start_month,
                    "ramp_months": timing.ramp_months,
                    "savings_plan_year_eur": result.savings_plan_year[lever_id],
                    "savings_recurring_eur": result.savings_recurring[lever_id],
                    "one_off_costs_eur": result.one_off_costs[lever_id],
                }
            )
        for year in result.years:
            effect = float(sum(year.effects.values()))
            years.append(
                {
                    "scenario": name,
                    "year": year.year,
                    "item": "total",
                    "label": translate("Export", "All levers"),
                    "plan_year": _yes_no(year.year == result.plan_year),
                    "target_eur": year.target_eur,
                    "savings_eur": year.total_savings_eur,
                    "cost_savings_eur": year.cost_savings_eur,
                    "extra_income_eur": year.extra_income_eur,
                    "in_year_effect_eur": effect,
                    "one_off_costs_eur": year.one_off_total_eur,
                    "gap_eur": year.gap_eur,
                    "share_of_target": year.share_of_target,
                    "target_reached": _yes_no(year.target_reached),
                    "reached": year.target_reached,
                    "net_cost_eur": year.net_cost_eur,
                    "trend_net_cost_eur": year.trend_net_cost_eur,
                    "staff_change_fte": year.staff_change_fte,
                }
            )
            for lever_id, lever_effect in year.effects.items():
                lever_years.append(
                    {
                        "scenario": name,
                        "year": year.year,
                        "lever": lever_id,
                        "name": lever_name(LEVER_BY_ID[lever_id]),
                        "in_year_effect_eur": lever_effect,
                        "one_off_costs_eur": year.one_off_costs[lever_id],
                        "savings_eur": year.savings[lever_id],
                    }
                )
            for line in year.services:
                services.append(
                    {
                        "scenario": name,
                        "year": year.year,
                        "service": line.id,
                        "name": line.name,
                        "unit": line.unit,
                        "duty": _duty_word(line.duty),
                        "baseline_volume": line.baseline_volume,
                        "demand": line.demand,
                        "capacity": line.capacity,
                        "delivered": line.delivered,
                        "bought": line.bought,
                        "shortfall": line.shortfall,
                        "share_met": line.share_met,
                        "floor": line.floor,
                        "moved_to_digital": line.moved_to_digital,
                    }
                )
            for line in year.budget:
                budget.append(
                    {
                        "scenario": name,
                        "year": year.year,
                        "category": line.category,
                        "name": line.name,
                        "kind": kind_name(line.kind),
                        "baseline_eur": line.baseline_eur,
                        "trend_eur": line.trend_eur,
                        "scenario_eur": line.scenario_eur,
                        "change_eur": line.change_eur,
                    }
                )
        for figure, override in sorted(scenario.overrides.items()):
            overrides.append(
                {
                    "scenario": name,
                    "year": result.plan_year,  # (an override holds in every year)
                    "figure": figure,
                    "name": _figure_name(baseline, figure),
                    "baseline_value": _baseline_value(baseline, figure),
                    "value": override.value,
                    "reason": override.reason,
                }
            )
        names = {line.id: line.name for line in result.services}
        for warning in (w for year in result.years for w in year.warnings):
            warnings.append(
                {
                    "scenario": name,
                    "year": warning.year,
                    "code": warning.code,
                    "message": warning_sentence(warning, names),
                    "lever": warning.lever,
                    "service": warning.service,
                    "concerns": warning.lever or warning.service,
                }
            )
    scenario = Column("scenario", translate("Export", "Scenario"), TEXT)
    year = Column("year", translate("Export", "Year"), YEAR, "year")
    # Columns several sheets share, written once so their words cannot drift apart.
    plan_year_savings = Column(
        "savings_plan_year_eur", translate("Export", "Savings in plan year (€)"), EUR, "EUR"
    )
    recurring_savings = Column(
        "savings_recurring_eur", translate("Export", "Savings recurring (€ a year)"), EUR, "EUR"
    )
    one_off_costs = Column(
        "one_off_costs_eur", translate("Export", "One-off costs (€)"), EUR, "EUR"
    )
    tables = [
        Table(
            "summary",
            sheet_name(translate("Export", "Summary"), "Summary"),
            [
                scenario,
                Column("plan_year", translate("Export", "Plan year"), YEAR, "year"),
                Column("target_eur", translate("Export", "Target (€)"), EUR, "EUR"),
                plan_year_savings,
                recurring_savings,
                one_off_costs,
                Column("gap_eur", translate("Export", "Gap to target (€)"), EUR, "EUR"),
                Column("share_of_target", translate("Export", "Share of target"), SHARE, "share"),
                Column("target_reached", translate("Export", "Target reached"), TEXT),
                Column(
                    "share_of_demand_met",
                    translate("Export", "Share of demand met"),
                    SHARE,
                    "share",
                ),
            ],
            summary,
            "item",
            "label",
        ),
        Table(
            "levers",
            sheet_name(translate("Export", "Levers"), "Levers"),
            [
                scenario,
                Column("lever", translate("Export", "Lever id"), TEXT),
                Column("name", translate("Export", "Lever"), TEXT),
                Column("group", translate("Export", "Group"), TEXT),
                Column("value", translate("Export", "Value"), LEVER, "row"),
                Column("unit", translate("Export", "Unit"), TEXT),
                Column("start", translate("Export", "Start (year-month)"), TEXT),
                Column("start_year", translate("Export", "Start year"), YEAR, "year"),
                Column("start_month", translate("Export", "Start month"), YEAR, "month"),
                Column("ramp_months", translate("Export", "Ramp-up (months)"), YEAR, "months"),
                plan_year_savings,
                recurring_savings,
                one_off_costs,
            ],
            levers,
            "lever",
            "name",
        ),
        Table(
            "years",
            sheet_name(translate("Export", "Years"), "Years"),
            [
                scenario,
                year,
                Column("plan_year", translate("Export", "Plan year"), TEXT),
                Column("target_eur", translate("Export", "Target (€)"), EUR, "EUR"),
                Column("savings_eur", translate("Export", "Savings (€)"), EUR, "EUR"),
                Column("cost_savings_eur", translate("Export", "Cost savings (€)"), EUR, "EUR"),
                Column("extra_income_eur", translate("Export", "Extra income (€)"), EUR, "EUR"),
                Column(
                    "in_year_effect_eur",
                    translate("Export", "In-year effect of the levers (€)"),
                    EUR,
                    "EUR",
                ),
                one_off_costs,
                Column("gap_eur", translate("Export", "Gap to target (€)"), EUR, "EUR"),
                Column("share_of_target", translate("Export", "Share of target"), SHARE, "share"),
                Column("target_reached", translate("Export", "Target reached"), TEXT),
                Column("net_cost_eur", translate("Export", "Net cost (€)"), EUR, "EUR"),
                Column(
                    "trend_net_cost_eur",
                    translate("Export", "Net cost with no change (€)"),
                    EUR,
                    "EUR",
                ),
                Column(
                    "staff_change_fte", translate("Export", "Own staff added (FTE)"), VOLUME, "FTE"
                ),
            ],
            years,
            "item",
            "label",
        ),
        Table(
            "lever_years",
            sheet_name(translate("Export", "Lever years"), "Lever years"),
            [
                scenario,
                year,
                Column("lever", translate("Export", "Lever id"), TEXT),
                Column("name", translate("Export", "Lever"), TEXT),
                Column("in_year_effect_eur", translate("Export", "In-year effect (€)"), EUR, "EUR"),
                one_off_costs,
                Column("savings_eur", translate("Export", "Savings (€)"), EUR, "EUR"),
            ],
            lever_years,
            "lever",
            "name",
        ),
        Table(
            "services",
            sheet_name(translate("Export", "Services"), "Services"),
            [
                scenario,
                year,
                Column("service", translate("Export", "Service id"), TEXT),
                Column("name", translate("Export", "Service line"), TEXT),
                Column("unit", translate("Export", "Unit"), TEXT),
                Column("duty", translate("Export", "Duty"), TEXT),
                Column("baseline_volume", translate("Export", "Baseline volume"), VOLUME, "row"),
                Column("demand", translate("Export", "Demand"), VOLUME, "row"),
                Column("capacity", translate("Export", "Capacity"), VOLUME, "row"),
                Column("delivered", translate("Export", "Delivered"), VOLUME, "row"),
                Column("bought", translate("Export", "Bought"), VOLUME, "row"),
                Column("shortfall", translate("Export", "Shortfall"), VOLUME, "row"),
                Column("share_met", translate("Export", "Share of demand met"), SHARE, "share"),
                Column("floor", translate("Export", "Floor"), SHARE, "share"),
                Column("moved_to_digital", translate("Export", "Moved to digital"), VOLUME, "row"),
            ],
            services,
            "service",
            "name",
        ),
        Table(
            "budget",
            sheet_name(translate("Export", "Budget"), "Budget"),
            [
                scenario,
                year,
                Column("category", translate("Export", "Category id"), TEXT),
                Column("name", translate("Export", "Category"), TEXT),
                Column("kind", translate("Export", "Kind"), TEXT),
                Column("baseline_eur", translate("Export", "Baseline (€)"), EUR, "EUR"),
                Column("trend_eur", translate("Export", "No change (€)"), EUR, "EUR"),
                Column("scenario_eur", translate("Export", "Scenario (€)"), EUR, "EUR"),
                Column("change_eur", translate("Export", "Change (€)"), EUR, "EUR"),
            ],
            budget,
            "category",
            "name",
        ),
        Table(
            "warnings",
            sheet_name(translate("Export", "Warnings"), "Warnings"),
            [
                scenario,
                year,
                Column("code", translate("Export", "Code"), TEXT),
                Column("message", translate("Export", "Warning"), TEXT),
                Column("lever", translate("Export", "Lever id"), TEXT),
                Column("service", translate("Export", "Service id"), TEXT),
            ],
            warnings,
            "concerns",
            "message",
        ),
        Table(
            "overrides",
            sheet_name(translate("Export", "Overrides"), "Overrides"),
            [
                scenario,
                Column("figure", translate("Export", "Figure id"), TEXT),
                Column("name", translate("Export", "Figure"), TEXT),
                Column("baseline_value", translate("Export", "Baseline value"), NUMBER, ""),
                Column("value", translate("Export", "Scenario assumes"), NUMBER, ""),
                Column("reason", translate("Export", "Because"), TEXT),
            ],
            overrides,
            "figure",
            "name",
        ),
    ]
    about = [
        (
            translate("Export", "Baseline"),
            f"{baseline.name} ({baseline.year})" if baseline else "",
        ),
        (translate("Export", "Baseline file"), baseline.origin if baseline else ""),
        (
            translate("Export", "Exported"),
            datetime.now().astimezone().isoformat(timespec="seconds"),
        ),
        (translate("Export", "Planner version"), __version__),
        (
            translate("Export", "Signs"),
            translate(
                "Export",
                "Savings are positive when they help the budget (less spending or more income), "
                "measured against the no-change trend of each year. Savings include one-off "
                "costs; the in-year effect is before them. A budget change is scenario minus "
                "no change in the same year.",
            ),
        ),
    ]
    tables.append(
        Table(
            "about",
            sheet_name(translate("Export", "About"), "About"),
            [
                Column("key", translate("Export", "Item"), TEXT),
                Column("value", translate("Export", "Value"), TEXT),
            ],
            [{"key": key, "value": value} for key, value in about],
            "key",
            "value",
        )
    )
    return tables


def results_workbook(tables: list[Table]) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.sheet)
        shown = []
        for index, column in enumerate(table.columns, start=1):
            set_text(sheet.cell(row=1, column=index), column.header)
            texts = [column.header]
            for row_number, row in enumerate(table.rows, start=2):
                cell = sheet.cell(row=row_number, column=index)
                value = row[column.key]
                if column.kind == TEXT:
                    if value:
                        set_text(cell, value)
                    texts.append(inert_text(value))
                elif _finite(value):
                    cell.value = float(value) if column.kind != YEAR else int(value)
                    cell.number_format = NUMBER_FORMATS[column.kind]
                    texts.append(_shown(value, column.kind))
            shown.append(texts)
        style_header(sheet, len(table.columns))
        fit_columns(sheet, shown)
    return workbook


def long_frame(tables: list[Table], locale: Locale | None = None) -> pd.DataFrame:
    """Every figure of the tables as one row of (scenario, table, item, label, measure, value,
    unit); warnings are rows with the code as measure, the message as label and no value.
    In English a table and a measure are named by id (lever_years, savings_eur); in another
    language as the .xlsx names its sheet and heads its column, the units in words."""
    ids = english(locale)
    records = []
    for table in tables:
        if table.name == "about":
            continue
        measures = [c for c in table.columns if c.kind != TEXT]
        by_name = {c.key: c for c in table.columns}
        name = table.name if ids else table.sheet
        for row in table.rows:
            year = row.get("year")
            base = (
                row["scenario"],
                name,
                str(int(year)) if _finite(year) else "",
                row[table.item],
                row[table.label],
            )
            if table.name == "warnings":
                records.append((*base, row["code"], math.nan, ""))
                continue
            if table.name == "overrides":  # the reason is text: the label of its own row
                reason = "reason" if ids else by_name["reason"].header
                records.append((*base[:4], row["reason"], reason, math.nan, ""))
            for column in measures:
                if column.key == "year":
                    continue
                unit = row["unit"] if column.unit == "row" else column.unit
                value = row[column.key]
                records.append(
                    (
                        *base,
                        column.key if ids else column.header,
                        float(value) if _finite(value) else math.nan,
                        unit if ids else _unit_word(unit),
                    )
                )
            if table.name in ("summary", "years"):
                reached = 1.0 if row["reached"] else 0.0
                records.append(
                    (
                        *base,
                        "target_reached" if ids else by_name["target_reached"].header,
                        reached,
                        _unit_word("1 = yes, 0 = no"),
                    )
                )
    frame = pd.DataFrame.from_records(records, columns=list(CSV_COLUMNS))
    for column in CSV_COLUMNS:
        if column != "value":
            frame[column] = frame[column].map(lambda text: csv_text(text) if text else "")
    return frame


def warning_sentence(warning, service_names: dict[str, str] | None = None) -> str:
    """The warning's sentence: the model's own where it has one, else the presentation
    layer's words for its code (planner.present), a service line by its name, else its
    code."""
    text = getattr(warning, "message", "")
    if text:
        return text
    try:
        from planner.present.warnings import warning_text
    except ImportError:
        return warning.code
    return warning_text(warning, service_names)


def _duty_word(duty: str) -> str:
    word = DUTY_WORDS.get(str(duty))
    return translate("Export", word) if word else str(duty)


def _figure_name(baseline: Baseline | None, figure: str) -> str:
    return figure if baseline is None else figure_name(baseline, figure)


def _baseline_value(baseline: Baseline | None, figure: str) -> float:
    if baseline is None:
        return math.nan
    value = baseline_value(baseline, figure)
    return math.nan if value is None else value


def _finite(value) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def _shown(value: float, kind: str) -> str:
    if kind == SHARE:
        return f"{value * 100:.1f}%"
    if kind == LEVER:
        return f"{value:.1f}"
    if kind == YEAR:
        return str(int(value))
    if kind == NUMBER:
        return f"{value:g}"
    return f"{value:,.0f}"

"""Export scenario results to a spreadsheet: an .xlsx workbook or one long (tidy) CSV file.

The .xlsx has one sheet per table (Summary, Levers, Services, Budget, Warnings, About), a row per
scenario and item, number formats a person reads at once (euros #,##0, shares 0.0%, volumes
#,##0), a bold frozen header and fitted column widths. The CSV holds the same figures in one
table with the columns scenario, table, item, label, measure, value, unit (UTF-8 with a
byte-order mark, comma-separated, decimal point), for pivot tables and scripts. Both layouts
are described in docs/spreadsheets.md.

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

EUR, SHARE, VOLUME, LEVER, YEAR, TEXT = "eur", "share", "volume", "lever", "year", "text"
NUMBER_FORMATS = {EUR: "#,##0", SHARE: "0.0%", VOLUME: "#,##0", LEVER: "0.0", YEAR: "0"}
EXPORT_ENDINGS = (".xlsx", ".csv")
CSV_COLUMNS = ("scenario", "table", "item", "label", "measure", "value", "unit")


@dataclass(frozen=True)
class Column:
    key: str  # the measure name in the CSV
    header: str  # the header in the .xlsx
    kind: str  # EUR, SHARE, VOLUME, LEVER, YEAR or TEXT
    unit: str = ""  # the unit in the CSV ("" for text; a row's own unit when "row")


@dataclass
class Table:
    """One exported table. Rows are dicts keyed by Column.key; `item` and `label` name the
    keys that say, in the CSV, which thing a row is about."""

    sheet: str
    columns: list[Column]
    rows: list[dict]
    item: str
    label: str


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


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The long table as CSV: UTF-8 with a byte-order mark, every text quoted (and made inert
    by long_frame), numbers unquoted at full precision, a missing number an empty field."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    buffer.write(",".join(CSV_COLUMNS) + "\r\n")  # plain names: nothing to quote
    for record in frame.itertuples(index=False):
        writer.writerow(
            [
                ("" if not math.isfinite(value) else float(value))
                if column == "value"
                else str(value)
                for column, value in zip(CSV_COLUMNS, record, strict=True)
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def result_tables(results: list[ScenarioResult], baseline: Baseline | None = None) -> list[Table]:
    """The exported tables, in sheet order."""
    summary, levers, services, budget, warnings = [], [], [], [], []
    for result in results:
        scenario = result.scenario
        name = scenario.name
        summary.append(
            {
                "scenario": name,
                "item": "total",
                "label": "All levers",
                "plan_year": scenario.plan_year,
                "target_eur": result.target_eur,
                "savings_plan_year_eur": result.total_plan_year,
                "savings_recurring_eur": result.total_recurring,
                "one_off_costs_eur": float(sum(result.one_off_costs.values())),
                "gap_eur": result.gap_eur,
                "share_of_target": result.share_of_target,
                "target_reached": "yes" if result.target_reached else "no",
                "share_of_demand_met": result.share_of_demand_met,
            }
        )
        for lever_id, value in scenario.levers.items():
            lever = LEVER_BY_ID[lever_id]
            levers.append(
                {
                    "scenario": name,
                    "lever": lever_id,
                    "name": lever.name,
                    "group": lever.group,
                    "value": value,
                    "unit": lever.unit,
                    "savings_plan_year_eur": result.savings_plan_year[lever_id],
                    "savings_recurring_eur": result.savings_recurring[lever_id],
                    "one_off_costs_eur": result.one_off_costs[lever_id],
                }
            )
        for line in result.services:
            services.append(
                {
                    "scenario": name,
                    "service": line.id,
                    "name": line.name,
                    "unit": line.unit,
                    "baseline_volume": line.baseline_volume,
                    "demand": line.demand,
                    "capacity": line.capacity,
                    "delivered": line.delivered,
                    "shortfall": line.shortfall,
                    "share_met": line.share_met,
                    "floor": line.floor,
                    "moved_to_digital": line.moved_to_digital,
                }
            )
        for line in result.budget:
            budget.append(
                {
                    "scenario": name,
                    "category": line.category,
                    "name": line.name,
                    "kind": line.kind,
                    "baseline_eur": line.baseline_eur,
                    "scenario_eur": line.scenario_eur,
                    "change_eur": line.change_eur,
                }
            )
        for warning in result.warnings:
            warnings.append(
                {
                    "scenario": name,
                    "code": warning.code,
                    "message": _warning_text(warning),
                    "lever": warning.lever,
                    "service": warning.service,
                    "concerns": warning.lever or warning.service,
                }
            )
    scenario = Column("scenario", "Scenario", TEXT)
    tables = [
        Table(
            "Summary",
            [
                scenario,
                Column("plan_year", "Plan year", YEAR, "year"),
                Column("target_eur", "Target (€)", EUR, "EUR"),
                Column("savings_plan_year_eur", "Savings in plan year (€)", EUR, "EUR"),
                Column("savings_recurring_eur", "Savings recurring (€ a year)", EUR, "EUR"),
                Column("one_off_costs_eur", "One-off costs (€)", EUR, "EUR"),
                Column("gap_eur", "Gap to target (€)", EUR, "EUR"),
                Column("share_of_target", "Share of target", SHARE, "share"),
                Column("target_reached", "Target reached", TEXT),
                Column("share_of_demand_met", "Share of demand met", SHARE, "share"),
            ],
            summary,
            "item",
            "label",
        ),
        Table(
            "Levers",
            [
                scenario,
                Column("lever", "Lever id", TEXT),
                Column("name", "Lever", TEXT),
                Column("group", "Group", TEXT),
                Column("value", "Value", LEVER, "row"),
                Column("unit", "Unit", TEXT),
                Column("savings_plan_year_eur", "Savings in plan year (€)", EUR, "EUR"),
                Column("savings_recurring_eur", "Savings recurring (€ a year)", EUR, "EUR"),
                Column("one_off_costs_eur", "One-off costs (€)", EUR, "EUR"),
            ],
            levers,
            "lever",
            "name",
        ),
        Table(
            "Services",
            [
                scenario,
                Column("service", "Service id", TEXT),
                Column("name", "Service line", TEXT),
                Column("unit", "Unit", TEXT),
                Column("baseline_volume", "Baseline volume", VOLUME, "row"),
                Column("demand", "Demand", VOLUME, "row"),
                Column("capacity", "Capacity", VOLUME, "row"),
                Column("delivered", "Delivered", VOLUME, "row"),
                Column("shortfall", "Shortfall", VOLUME, "row"),
                Column("share_met", "Share of demand met", SHARE, "share"),
                Column("floor", "Floor", SHARE, "share"),
                Column("moved_to_digital", "Moved to digital", VOLUME, "row"),
            ],
            services,
            "service",
            "name",
        ),
        Table(
            "Budget",
            [
                scenario,
                Column("category", "Category id", TEXT),
                Column("name", "Category", TEXT),
                Column("kind", "Kind", TEXT),
                Column("baseline_eur", "Baseline (€)", EUR, "EUR"),
                Column("scenario_eur", "Scenario (€)", EUR, "EUR"),
                Column("change_eur", "Change (€)", EUR, "EUR"),
            ],
            budget,
            "category",
            "name",
        ),
        Table(
            "Warnings",
            [
                scenario,
                Column("code", "Code", TEXT),
                Column("message", "Warning", TEXT),
                Column("lever", "Lever id", TEXT),
                Column("service", "Service id", TEXT),
            ],
            warnings,
            "concerns",
            "message",
        ),
    ]
    about = [
        ("Baseline", f"{baseline.name} ({baseline.year})" if baseline else ""),
        ("Baseline file", baseline.origin if baseline else ""),
        ("Exported", datetime.now().astimezone().isoformat(timespec="seconds")),
        ("Planner version", __version__),
        (
            "Signs",
            "Savings are positive when they help the budget (less spending or more income). "
            "Savings in the plan year include one-off costs; recurring savings are the "
            "full-year effect. Change in the budget is scenario minus baseline.",
        ),
    ]
    tables.append(
        Table(
            "About",
            [Column("key", "Item", TEXT), Column("value", "Value", TEXT)],
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


def long_frame(tables: list[Table]) -> pd.DataFrame:
    """Every figure of the tables as one row of (scenario, table, item, label, measure, value,
    unit); warnings are rows with the code as measure, the message as label and no value."""
    records = []
    for table in tables:
        if table.sheet == "About":
            continue
        measures = [c for c in table.columns if c.kind != TEXT]
        name = table.sheet.lower()
        for row in table.rows:
            base = (row["scenario"], name, row[table.item], row[table.label])
            if table.sheet == "Warnings":
                records.append((*base, row["code"], math.nan, ""))
                continue
            for column in measures:
                unit = row["unit"] if column.unit == "row" else column.unit
                value = row[column.key]
                records.append(
                    (*base, column.key, float(value) if _finite(value) else math.nan, unit)
                )
            if table.sheet == "Summary":
                reached = 1.0 if row["target_reached"] == "yes" else 0.0
                records.append((*base, "target_reached", reached, "1 = yes, 0 = no"))
    frame = pd.DataFrame.from_records(records, columns=list(CSV_COLUMNS))
    for column in CSV_COLUMNS:
        if column != "value":
            frame[column] = frame[column].map(lambda text: csv_text(text) if text else "")
    return frame


def _warning_text(warning) -> str:
    """The warning's sentence: the model's own where it has one, else the presentation
    layer's words for its code (planner.present), else its code."""
    text = getattr(warning, "message", "")
    if text:
        return text
    try:
        from planner.present.warnings import warning_text
    except ImportError:
        return warning.code
    return warning_text(warning)


def _finite(value) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def _shown(value: float, kind: str) -> str:
    if kind == SHARE:
        return f"{value * 100:.1f}%"
    if kind == LEVER:
        return f"{value:.1f}"
    if kind == YEAR:
        return str(int(value))
    return f"{value:,.0f}"

"""The baseline template: a baseline written as an .xlsx workbook a planner edits and imports.

One sheet per table, named as the table (the names `planner.files.baseline_xlsx` reads), the
provenance sheet included, and a README sheet first that explains every column with its unit and
the values allowed. Each header cell carries the same explanation as a comment. Numbers are
stored as numbers, text as text (never as a formula), so the workbook reads back to exactly the
baseline it was written from.
"""

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment

from planner.files.baseline_check import RawTable
from planner.files.baseline_io import load_baseline
from planner.files.baseline_tables import tables_of
from planner.files.baseline_xlsx import EXACT_INTEGER_LIMIT
from planner.files.numbers import NotANumber, parse_number
from planner.files.safe_io import write_atomically
from planner.files.spreadsheet import (
    HEADER_FONT,
    check_output,
    fit_columns,
    set_text,
    style_header,
)
from planner.model.baseline import (
    BASES,
    NUMERIC_KINDS,
    OPTIONAL_COLUMNS,
    SERVICE_UNITS,
    TABLE_COLUMNS,
    Baseline,
)
from planner.paths import bundled_baseline_dir

README_SHEET = "README"

TABLE_HELP = {
    "about": "Name and year of the baseline, and the division and currency it describes.",
    "services": "The service lines: unit, yearly volume, unit cost and how each line can change.",
    "fees": "Client fees per service line (one row for every line of the services sheet).",
    "budget": "The division's spending and income by category, for the baseline year.",
    "premises": "Leased office space, in groups of leases with their end, notice and landlord.",
    "indexes": "Yearly wage and price growth for the years after the baseline year; the last "
    "year given continues.",
    "workforce": "Staff and the cost of own staff, outsourced labour and training.",
    "parameters": "Model-wide assumptions.",
    "provenance": "Where every number of the other sheets comes from: one row per figure, or "
    "per column with row '*'.",
}

# (meaning, unit) of every column.
COLUMN_HELP: dict[tuple[str, str], tuple[str, str]] = {
    ("about", "key"): ("What the row gives: name, year, division, currency", ""),
    ("about", "value"): ("The value (name and year are required)", ""),
    ("services", "id"): ("Identifier of the service line; provenance and fees refer to it", ""),
    ("services", "name"): ("Name of the service line as shown", ""),
    # Optional (issue 13): the name in Finnish and Swedish, read when the column is there.
    **{
        (table, f"name_{code}"): (f"Name of the row in {language} (optional; empty: the name)", "")
        for table in ("services", "budget", "premises")
        for code, language in (("fi", "Finnish"), ("sv", "Swedish"))
    },
    ("services", "unit"): ("What one unit of the line's volume is", ""),
    ("services", "volume"): ("Units delivered in the baseline year", "units a year"),
    ("services", "unit_cost_eur"): ("Cost of one unit (above zero)", "€ per unit"),
    ("services", "outsourced_share_pct"): (
        "Share of the line's work done by outsourced (agency or purchased) labour",
        "%",
    ),
    ("services", "demand_growth_pct"): ("Yearly growth of demand", "% a year"),
    ("services", "digital_substitutable_pct"): (
        "Share of in-person demand the digital channel could take",
        "%",
    ),
    ("services", "floor_pct"): (
        "Share of demand met below which the planner warns about the line",
        "%",
    ),
    ("services", "duty"): (
        "statutory: demand own capacity cannot serve is bought; queueable: it waits",
        "",
    ),
    ("services", "substitute_price_pct"): (
        "Price of a unit bought from another provider, as a share of the own unit cost",
        "%",
    ),
    ("services", "marginal_cost_pct"): (
        "Share of the unit cost that goes away when one in-person unit fewer is made",
        "%",
    ),
    ("fees", "service_id"): ("Identifier of a service line of the services sheet", ""),
    ("fees", "chargeable_share_pct"): ("Share of the line's volume that pays a per-unit fee", "%"),
    ("fees", "fee_current_eur"): ("Client fee today", "€ per unit"),
    ("fees", "fee_reference_eur"): ("National reference fee", "€ per unit"),
    ("fees", "fee_legal_max_eur"): ("Highest fee the law allows", "€ per unit"),
    ("budget", "id"): (
        "Identifier of the category (personnel, outsourced_labour, purchased_services_other, "
        "premises, other_expenses and client_fees are required)",
        "",
    ),
    ("budget", "name"): ("Name of the category as shown", ""),
    ("budget", "kind"): ("Whether the category is spending or income", ""),
    ("budget", "amount_eur"): ("Amount in the baseline year", "€ a year"),
    ("budget", "index"): ("Which index the amount grows with: wage or price", ""),
    ("budget", "training_base_pct"): (
        "Share of the category that staff influence day to day (what training saves on)",
        "%",
    ),
    ("premises", "id"): ("Identifier of the group of leases", ""),
    ("premises", "name"): ("Name of the group as shown", ""),
    ("premises", "area_m2"): ("Leased office area", "m²"),
    ("premises", "rent_eur_per_m2_year"): ("Rent", "€ per m² a year"),
    ("premises", "lease_end_year"): ("Year the leases' fixed term ends", "year"),
    ("premises", "lease_end_month"): ("Last month of the fixed term (1-12)", "month"),
    ("premises", "notice_months"): ("Notice period after the fixed term", "months"),
    ("premises", "landlord"): ("external, or internal (the city's own premises)", ""),
    ("indexes", "year"): ("A year after the baseline year", ""),
    ("indexes", "wage_growth_pct"): ("Growth of wages in that year (own staff, agency)", "%"),
    ("indexes", "price_growth_pct"): ("Growth of other prices in that year", "%"),
    ("workforce", "id"): (
        "Identifier of the figure (staff_count, own_staff_cost_eur_per_fte, "
        "agency_premium_pct, recruitment_limit_fte_per_year, training_cost_eur_per_person "
        "and training_saving_pct are required)",
        "",
    ),
    ("workforce", "value"): ("The figure", "as in the unit column"),
    ("workforce", "unit"): ("Unit of the figure (informative)", ""),
    ("workforce", "name"): ("What the figure is", ""),
    ("parameters", "id"): (
        "Identifier of the assumption (default_target_eur, office_move_cost_eur_per_m2, "
        "re_let_share_pct, fee_demand_elasticity, payment_ceiling_share_pct, "
        "digital_visit_cost_eur and digital_setup_cost_eur are required)",
        "",
    ),
    ("parameters", "value"): ("The value", "as in the unit column"),
    ("parameters", "unit"): ("Unit of the value (informative)", ""),
    ("parameters", "name"): ("What the value is", ""),
    ("provenance", "table"): ("Sheet of the figure described", ""),
    ("provenance", "row"): ("Identifier of the figure's row, or * for every row", ""),
    ("provenance", "column"): ("Column of the figure described", ""),
    ("provenance", "basis"): (
        "read: stated in the source; derived: computed from read figures (the computation in "
        "note); assumption: a planning estimate (the reasoning in note, a low and a high)",
        "",
    ),
    ("provenance", "source"): ("Addresses of the public sources, separated by spaces", ""),
    ("provenance", "low"): ("Lowest plausible value of an assumption", "as the figure"),
    ("provenance", "high"): ("Highest plausible value of an assumption", "as the figure"),
    ("provenance", "note"): ("The computation (derived) or the reasoning (assumption)", ""),
}

ALLOWED = {
    "text": "text",
    "unit": "one of: " + ", ".join(SERVICE_UNITS),
    "number": "a number, zero or more",
    "share": "a number from 0 to 100",
    "growth": "a number from -50 to 50",
    "year": "a year such as 2026",
    "yesno": "yes or no",
    "kind": "expense or income",
    "basis": "one of: " + ", ".join(BASES),
    "optional_number": "a number, or empty",
    "duty": "statutory or queueable",
    "landlord": "external or internal",
    "index": "wage or price",
    "month": "a month from 1 to 12",
    "optional_text": "text, or empty (then the name in English is used)",
    "year_id": "a year such as 2026",
}

INSTRUCTIONS = (
    "Change the figures on the sheets, save as .xlsx, and open the file in the planner "
    "(File > Open Baseline, or planner check FILE.xlsx on the command line).",
    "Keep the sheet names and the header row (row 1) of each sheet; rows can be added or "
    "removed. This README sheet is not read.",
    "Numbers may be typed as numbers, or as text with a decimal comma and spaces between "
    "thousands (1 234,5). Percentages are typed as numbers of percent: 5 means 5 %.",
    "Every number needs a row in the provenance sheet; an assumption needs a low and a high, "
    "and its value must lie between them.",
)


def column_note(table: str, column: str) -> str:
    """The explanation of one column, as in the header comment and the README sheet."""
    meaning, unit = COLUMN_HELP.get((table, column), (column, ""))
    text = meaning + "."
    if unit:
        text += f"\nUnit: {unit}."
    kind = {**TABLE_COLUMNS[table], **OPTIONAL_COLUMNS.get(table, {})}[column]
    return text + f"\nAllowed: {ALLOWED.get(kind, kind)}."


def write_template(path: str | Path, source: str | Path | Baseline | None = None) -> Baseline:
    """Write a baseline as a template workbook: `source` is the baseline in memory (what the
    window plans on), or a folder or workbook to read (default: the bundled baseline).

    A baseline read from a path is validated first, so a template always imports cleanly
    before it is edited. Raises InputError for an invalid source or a path that cannot be
    written; returns the baseline written."""
    path = Path(path)
    check_output(path, (".xlsx",), "template")
    if isinstance(source, Baseline):
        baseline = source
    else:
        baseline = load_baseline(Path(source) if source is not None else bundled_baseline_dir())
    write_tables_xlsx(raw_tables_of(baseline), path, title=f"{baseline.name} ({baseline.year})")
    return baseline


def raw_tables_of(baseline: Baseline) -> dict[str, RawTable]:
    """The baseline's own text tables (as it was read), ready for the template writer."""
    tables = {}
    for name, table in tables_of(baseline).items():
        frame = pd.DataFrame([list(row) for row in table.rows], columns=list(table.columns))
        tables[name] = RawTable(
            name=name, where=name, frame=frame, row_numbers=list(range(2, len(table.rows) + 2))
        )
    return tables


def write_tables_xlsx(tables: dict[str, RawTable], path: Path, title: str = "") -> None:
    """Write raw baseline tables as a template workbook, atomically.

    Cells of numeric columns that hold a number are stored as numbers; anything else (also a
    cell that is not a valid number: this writer does not judge) is stored as text."""
    workbook = Workbook()
    readme = workbook.active
    readme.title = README_SHEET
    _write_readme(readme, title)
    for name, columns in TABLE_COLUMNS.items():
        raw = tables.get(name)
        if raw is None:
            continue
        sheet = workbook.create_sheet(name)
        header = list(columns) + [c for c in raw.frame.columns if c not in columns and c]
        shown = [[column] for column in header]
        for index, column in enumerate(header, start=1):
            cell = sheet.cell(row=1, column=index)
            set_text(cell, column, inert=False)
            if column in columns or column in OPTIONAL_COLUMNS.get(name, {}):
                comment = Comment(column_note(name, column), "planner")
                comment.width, comment.height = 300, 120
                cell.comment = comment
        for offset, record in enumerate(raw.frame.itertuples(index=False), start=2):
            values = dict(zip(raw.frame.columns, record, strict=True))
            for index, column in enumerate(header, start=1):
                text = str(values.get(column, "") or "").strip()
                cell = sheet.cell(row=offset, column=index)
                kind = columns.get(column, "text")
                number = _number(text) if kind in NUMERIC_KINDS | {"optional_number"} else None
                if number is not None:
                    cell.value = number
                elif text:
                    set_text(cell, text, inert=False)
                shown[index - 1].append(text)
        style_header(sheet, len(header))
        fit_columns(sheet, shown)
    write_atomically(path, workbook.save, "template")


def _number(text: str) -> int | float | None:
    try:
        value = parse_number(text)
    except NotANumber:
        return None
    # Whole numbers are stored as integers, so they read back as '24000000', not '24000000.0'.
    if value.is_integer() and abs(value) < EXACT_INTEGER_LIMIT:
        return int(value)
    return value


def _write_readme(sheet, title: str) -> None:
    heading = sheet.cell(
        row=1, column=1, value="Baseline template" + (f": {title}" if title else "")
    )
    heading.font = HEADER_FONT
    row = 2
    for line in INSTRUCTIONS:
        set_text(sheet.cell(row=row, column=1), line, inert=False)
        row += 1
    row += 1
    columns = ("sheet", "column", "meaning", "unit", "allowed values")
    table_start = row
    for index, label in enumerate(columns, start=1):
        sheet.cell(row=row, column=index, value=label).font = HEADER_FONT
    widths = [len(label) for label in columns]
    for name, table_columns in TABLE_COLUMNS.items():
        row += 1
        sheet.cell(row=row, column=1, value=name).font = HEADER_FONT
        set_text(sheet.cell(row=row, column=3), TABLE_HELP.get(name, ""), inert=False)
        for column, kind in {**table_columns, **OPTIONAL_COLUMNS.get(name, {})}.items():
            row += 1
            meaning, unit = COLUMN_HELP.get((name, column), (column, ""))
            allowed = ALLOWED.get(kind, kind)
            for index, text in enumerate((name, column, meaning, unit, allowed), start=1):
                set_text(sheet.cell(row=row, column=index), text, inert=False)
                widths[index - 1] = max(widths[index - 1], len(text))
    for index, width in enumerate(widths, start=1):
        letter = "ABCDE"[index - 1]
        sheet.column_dimensions[letter].width = min(width + 2, 70)
    for line in sheet.iter_rows(min_row=table_start, max_col=5):
        for cell in line:
            cell.alignment = Alignment(vertical="top", wrap_text=True)

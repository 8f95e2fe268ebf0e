"""The baseline template: a baseline written as an .xlsx workbook a planner edits and imports.

One sheet per table, named as the table (the names `planner.files.baseline_xlsx` reads), the
provenance sheet included, and a README sheet first that explains every column with its unit and
the values allowed. Each header cell carries the same explanation as a comment. Numbers are
stored as numbers, text as text (never as a formula), so the workbook reads back to exactly the
baseline it was written from.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment

from planner.files.baseline_check import RawTable
from planner.files.baseline_io import load_baseline, read_csv_table
from planner.files.baseline_xlsx import EXACT_INTEGER_LIMIT, read_xlsx_tables
from planner.files.numbers import NotANumber, parse_number
from planner.files.problems import InputError
from planner.files.spreadsheet import (
    HEADER_FONT,
    check_output,
    fit_columns,
    set_text,
    style_header,
    write_atomically,
)
from planner.model.baseline import BASES, NUMERIC_KINDS, SERVICE_UNITS, TABLE_COLUMNS, Baseline
from planner.paths import bundled_baseline_dir

README_SHEET = "README"

TABLE_HELP = {
    "about": "Name and year of the baseline, and the division and currency it describes.",
    "services": "The service lines: unit, yearly volume, unit cost and how each line can change.",
    "fees": "Client fees per service line (one row for every line of the services sheet).",
    "budget": "The division's spending and income by category, for the baseline year.",
    "premises": "Leased office space, grouped by the first year the leases can be given up.",
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
    ("fees", "service_id"): ("Identifier of a service line of the services sheet", ""),
    ("fees", "chargeable_share_pct"): ("Share of the line's volume that pays a per-unit fee", "%"),
    ("fees", "fee_current_eur"): ("Client fee today", "€ per unit"),
    ("fees", "fee_reference_eur"): ("National reference fee", "€ per unit"),
    ("fees", "fee_legal_max_eur"): ("Highest fee the law allows", "€ per unit"),
    ("budget", "id"): (
        "Identifier of the category (personnel, outsourced_labour, premises, other_expenses "
        "and client_fees are required)",
        "",
    ),
    ("budget", "name"): ("Name of the category as shown", ""),
    ("budget", "kind"): ("Whether the category is spending or income", ""),
    ("budget", "amount_eur"): ("Amount in the baseline year", "€ a year"),
    ("budget", "controllable"): (
        "Whether financial training can save on it (non-personnel spend)",
        "",
    ),
    ("premises", "id"): ("Identifier of the group of leases", ""),
    ("premises", "name"): ("Name of the group as shown", ""),
    ("premises", "area_m2"): ("Leased office area", "m²"),
    ("premises", "rent_eur_per_m2_year"): ("Rent", "€ per m² a year"),
    ("premises", "free_from_year"): ("First year the leases can be given up without cost", "year"),
    ("premises", "early_exit_cost_eur_per_m2"): (
        "One-off cost of giving up area before that year",
        "€ per m²",
    ),
    ("workforce", "id"): (
        "Identifier of the figure (staff_count, own_staff_cost_ratio_pct, "
        "training_cost_eur_per_person and training_saving_pct are required)",
        "",
    ),
    ("workforce", "value"): ("The figure", "as in the unit column"),
    ("workforce", "unit"): ("Unit of the figure (informative)", ""),
    ("workforce", "name"): ("What the figure is", ""),
    ("parameters", "id"): (
        "Identifier of the assumption (office_move_cost_eur_per_m2, fee_demand_elasticity "
        "and digital_visit_cost_eur are required)",
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
    meaning, unit = COLUMN_HELP[(table, column)]
    text = meaning + "."
    if unit:
        text += f"\nUnit: {unit}."
    return text + f"\nAllowed: {ALLOWED[TABLE_COLUMNS[table][column]]}."


def read_raw_tables(source: Path) -> dict[str, RawTable]:
    """The tables of a baseline as text cells: from a folder of CSV files or a workbook."""
    if source.is_dir():
        tables, problems = {}, []
        for name in TABLE_COLUMNS:
            file = source / f"{name}.csv"
            if file.is_file():
                try:
                    tables[name] = read_csv_table(file, name)
                except InputError as error:
                    problems.extend(error.problems)
        if problems:
            raise InputError(problems)
        return tables
    return read_xlsx_tables(source)


def write_template(path: str | Path, source: str | Path | None = None) -> Baseline:
    """Write the baseline at `source` (default: the bundled one) as a template workbook.

    The source is validated first, so a template always imports cleanly before it is edited.
    Raises InputError for an invalid source or a path that cannot be written; returns the
    baseline written."""
    path = Path(path)
    source = Path(source) if source is not None else bundled_baseline_dir()
    check_output(path, (".xlsx",), "template")
    baseline = load_baseline(source)
    tables = read_raw_tables(source)
    write_tables_xlsx(tables, path, title=f"{baseline.name} ({baseline.year})")
    return baseline


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
            if column in columns:
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
    write_atomically(path, lambda temporary: workbook.save(temporary), "template")


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
        set_text(sheet.cell(row=row, column=3), TABLE_HELP[name], inert=False)
        for column, kind in table_columns.items():
            row += 1
            meaning, unit = COLUMN_HELP[(name, column)]
            for index, text in enumerate((name, column, meaning, unit, ALLOWED[kind]), start=1):
                set_text(sheet.cell(row=row, column=index), text, inert=False)
                widths[index - 1] = max(widths[index - 1], len(text))
    for index, width in enumerate(widths, start=1):
        letter = "ABCDE"[index - 1]
        sheet.column_dimensions[letter].width = min(width + 2, 70)
    for line in sheet.iter_rows(min_row=table_start, max_col=5):
        for cell in line:
            cell.alignment = Alignment(vertical="top", wrap_text=True)

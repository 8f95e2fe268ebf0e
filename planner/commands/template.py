"""`planner template --out FILE.xlsx`: the baseline as a workbook to edit and import again."""

from pathlib import Path

from planner.commands import UsageError
from planner.files.template import write_template

NAME = "template"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="write the baseline as an .xlsx template to edit in a spreadsheet",
        description="Write a baseline (default: the bundled 2024 one) as an .xlsx workbook: "
        "one sheet per table, the provenance sheet, and a README sheet explaining every "
        "column. Edit it and use it with --baseline FILE.xlsx or 'planner check FILE.xlsx'.",
    )
    parser.add_argument(
        "--baseline",
        metavar="PATH",
        help="the baseline to write: a folder of CSV files or an .xlsx workbook "
        "(default: the bundled 2024 one)",
    )
    parser.add_argument("--out", metavar="FILE.xlsx", required=True, help="the workbook to write")
    parser.set_defaults(run=run)


def run(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"--out {args.out}: the template is an .xlsx workbook (FILE.xlsx)")
    baseline = write_template(out, args.baseline)
    print(
        f"{out}: baseline '{baseline.name}' ({baseline.year}): {len(baseline.services)} service "
        f"lines, {len(baseline.provenance)} provenance records"
    )
    return 0

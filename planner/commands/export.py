"""`planner export WORKBOOK --out FILE.xlsx|FILE.csv`: scenario results for a spreadsheet."""

from pathlib import Path

from planner.commands import UsageError
from planner.commands.common import add_baseline_option, workbook_results
from planner.files.export import EXPORT_ENDINGS, export_results
from planner.files.spreadsheet import check_output

NAME = "export"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="export scenario results to .xlsx or .csv",
        description="Evaluate a workbook's scenarios (all of them, or those named with "
        "--scenario, in that order) and write every year (target path, savings, one-off "
        "costs, services, budget), lever values with their start and ramp-up, warnings and "
        "overrides to an .xlsx workbook (one sheet per table) or one long CSV file.",
    )
    parser.add_argument("workbook", metavar="WORKBOOK", help="a scenario workbook (.json)")
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        action="append",
        default=[],
        help="a scenario to export (repeat for several; default: every scenario)",
    )
    add_baseline_option(parser)
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        default="en",
        help="the language of sheet names, headers and words: fi (suomi), sv (svenska) or en "
        "(English, the default); a Finnish or Swedish CSV is semicolon-separated with a "
        "decimal comma, as Excel in those languages reads it",
    )
    parser.add_argument(
        "--out", metavar="FILE.xlsx|FILE.csv", required=True, help="the file to write"
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in EXPORT_ENDINGS:
        raise UsageError(f"--out {args.out}: the file name must end in .xlsx or .csv")
    check_output(out, EXPORT_ENDINGS, "results")  # before any work is done
    results, baseline = workbook_results(args)
    if args.lang != "en":
        # Qt is loaded only now, for the catalogues, so that bad arguments fail fast.
        from planner.report.language import results_in_language

        results = results_in_language(args.lang, results, baseline)
    export_results(results, out, baseline)
    count = len(results)
    print(f"{out}: {count} scenario{'s' if count != 1 else ''} exported")
    return 0

"""`planner report WORKBOOK --out FILE.pdf`: the printed scenario summary, without a window."""

from pathlib import Path

from planner.commands.common import add_baseline_option, workbook_results
from planner.files.problems import InputError, Problem

NAME = "report"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="write the printed summary of scenarios as a PDF",
        description="Write the printed summary (A4 PDF) of a workbook's scenarios: all of "
        "them, or those named with --scenario (in that order). Needs no display.",
    )
    parser.add_argument("workbook", metavar="WORKBOOK", help="a scenario workbook (.json)")
    parser.add_argument(
        "--scenario",
        metavar="NAME",
        action="append",
        default=[],
        help="a scenario to include (repeat for several; default: every scenario)",
    )
    add_baseline_option(parser)
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="the PDF to write")
    parser.set_defaults(run=run)


def run(args) -> int:
    out = Path(args.out)
    _check_output(out)
    results, baseline = workbook_results(args)

    # Qt is loaded only now, so that bad arguments fail fast and without a display.
    from planner.report import ReportContext, build_summary

    document = build_summary(
        results, baseline, ReportContext(workbook_path=str(Path(args.workbook)))
    )
    try:
        document.write_pdf(out)
    except OSError as error:
        raise InputError(
            [Problem(str(out), f"a place the PDF can be written ({error.strerror or error})")]
        ) from None
    count = document.page_count
    print(
        f"{out}: {count} page{'s' if count != 1 else ''}, "
        + ", ".join(result.scenario.name for result in results)
    )
    return 0


def _check_output(out: Path) -> None:
    """Refuse an output the PDF could never be written to before any work is done."""
    if out.is_dir():
        raise InputError([Problem(str(out), "a file name for the PDF (this is a folder)")])
    if not out.parent.is_dir():
        raise InputError(
            [Problem(str(out), f"a file in an existing folder (there is no folder {out.parent})")]
        )

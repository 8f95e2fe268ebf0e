"""`planner report WORKBOOK --out FILE.pdf`: the printed scenario summary, without a window."""

import argparse
from pathlib import Path

from planner.analysis.uncertainty import DEFAULT_DRAWS, DEFAULT_SEED
from planner.commands import UsageError
from planner.commands.common import add_baseline_option, workbook_results
from planner.files.spreadsheet import check_output

NAME = "report"
MAX_DRAWS = 1_000_000


def _draws(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of draws") from None
    if not 0 <= value <= MAX_DRAWS:
        raise argparse.ArgumentTypeError(f"{value}: draws must be 0–{MAX_DRAWS:,}")
    return value


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
    parser.add_argument(
        "--draws",
        metavar="N",
        type=_draws,
        default=DEFAULT_DRAWS,
        help=f"Monte Carlo draws for each scenario's risk page (default {DEFAULT_DRAWS:,}; "
        "0: no risk page)",
    )
    parser.add_argument(
        "--seed",
        metavar="S",
        type=int,
        default=DEFAULT_SEED,
        help=f"random seed of the draws, printed on the page (default {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        default="en",
        help="the summary's language and number formats: fi (suomi), sv (svenska) or en "
        "(English, the default)",
    )
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="the PDF to write")
    parser.set_defaults(run=run)


def run(args) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--out {args.out}: the summary is a PDF (FILE.pdf)")
    # Before any work is done: a folder, a missing folder, a device or pipe, bundled data.
    check_output(out, (".pdf",), "PDF")
    results, baseline = workbook_results(args)

    # Qt is loaded only now, so that bad arguments fail fast and without a display.
    from planner.report import ReportContext, build_summary

    if args.lang != "en":
        results = _in_language(args.lang, results, baseline)
    document = build_summary(
        results,
        baseline,
        ReportContext(workbook_path=str(Path(args.workbook)), draws=args.draws, seed=args.seed),
    )
    document.write_pdf(out)  # a WriteError is an InputError: one line, exit 1
    count = document.page_count
    print(
        f"{out}: {count} page{'s' if count != 1 else ''}, "
        + ", ".join(result.scenario.name for result in results)
    )
    return 0


def _in_language(code: str, results, baseline):
    """Texts and numbers in `code` from now on; the results again with the baseline's names in
    it (one function for this command and `planner export --lang`)."""
    from planner.report.language import results_in_language

    return results_in_language(code, results, baseline)

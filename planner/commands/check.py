"""`planner check PATH`: validate a baseline and list every problem with where it is."""

import sys

from planner.files.baseline_io import load_baseline
from planner.files.problems import InputError

NAME = "check"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="validate a baseline (a folder of CSV files or an .xlsx workbook)",
        description="Validate a baseline; exit 0 when it is usable, 1 when not.",
    )
    parser.add_argument("path", metavar="PATH")
    parser.set_defaults(run=run)


def run(args) -> int:
    try:
        baseline = load_baseline(args.path)
    except InputError as error:
        for problem in error.problems:  # at most MAX_PROBLEMS; the rest are counted
            print(problem)
        count = len(error.problems) + error.omitted
        if error.omitted:
            print(f"(and {error.omitted:,} more problems, not listed)")
        print(
            f"{count:,} problem{'s' if count != 1 else ''}: the baseline is not usable",
            file=sys.stderr,
        )
        return 1
    print(
        f"{args.path}: usable baseline '{baseline.name}' ({baseline.year}): "
        f"{len(baseline.services)} service lines, {len(baseline.budget)} budget categories, "
        f"{len(baseline.premises)} leases, {len(baseline.provenance)} provenance records"
    )
    return 0

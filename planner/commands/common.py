"""What several subcommands share: finding the baseline and the scenario to use."""

import sys
from pathlib import Path

from planner.files.baseline_io import load_baseline
from planner.files.baseline_tables import content_hash
from planner.files.problems import InputError, Problem
from planner.files.text import visible
from planner.files.workbook_json import read_workbook, read_workbook_file
from planner.model import Baseline
from planner.paths import bundled_baseline_dir


def add_baseline_option(parser) -> None:
    parser.add_argument(
        "--baseline",
        metavar="PATH",
        help="a baseline folder of CSV files or an .xlsx workbook (default: the bundled 2024 one)",
    )


def baseline_from(args) -> Baseline:
    """The baseline to evaluate on: --baseline when given; else the copy of its baseline a
    workbook (--workbook or WORKBOOK) keeps, so that its numbers are the ones it was saved
    with; else the bundled one. When the two differ, or a workbook without a copy names
    another baseline, a note on stderr says so."""
    workbook_path = getattr(args, "workbook", None)
    kept = read_workbook_file(workbook_path) if workbook_path else None
    if args.baseline:
        baseline = load_baseline(Path(args.baseline))
        differs = kept is not None and kept.baseline is not None
        if differs and kept.baseline_hash != content_hash(baseline):
            _note(
                f"{workbook_path} was saved on the baseline '{visible(kept.baseline.name)}' "
                f"(kept in the file); evaluating on --baseline {args.baseline} instead"
            )
        return baseline
    if kept is not None:
        for note in kept.notes:
            _note(note)
        if kept.baseline is not None:
            return kept.baseline
    baseline = load_baseline(bundled_baseline_dir())
    if kept is not None:
        named = kept.workbook.baseline_name
        if named and named != baseline.name:
            _note(
                f"{workbook_path} was made on the baseline '{visible(named)}', which it does not "
                f"keep; evaluating on the bundled '{baseline.name}' (use --baseline to choose)"
            )
    return baseline


def _note(text: str) -> None:
    print(f"planner: note: {text}", file=sys.stderr)


def scenarios_from(workbook_path: str, names: list[str] | None):
    """The named scenarios of a workbook (all of them when no names are given)."""
    workbook = read_workbook(workbook_path)
    if not names:
        if not workbook.scenarios:
            raise InputError(
                [Problem(workbook_path, "at least one scenario (the workbook is empty)")]
            )
        return workbook.scenarios
    chosen = []
    for name in names:
        try:
            chosen.append(workbook.scenario(name))
        except KeyError:
            raise InputError(
                [
                    Problem(
                        workbook_path,
                        "the name of one of its scenarios: " + "; ".join(workbook.names()),
                        found=name,
                    )
                ]
            ) from None
    return chosen


def workbook_results(args):
    """The results of the workbook's chosen scenarios (`args.workbook`, `args.scenario`; all of
    them when none is named; a name given twice counts once), and the baseline they are on."""
    from planner.model import Engine, PlanYearError, evaluate_scenario

    names = list(dict.fromkeys(args.scenario))
    scenarios = scenarios_from(args.workbook, names)
    baseline = baseline_from(args)
    engine = Engine(baseline)
    results = []
    for scenario in scenarios:
        try:
            results.append(evaluate_scenario(engine, scenario))
        except PlanYearError as error:
            raise InputError([Problem(args.workbook, str(error), found=scenario.name)]) from None
    return results, baseline

"""What several subcommands share: finding the baseline and the scenario to use."""

from pathlib import Path

from planner.files.baseline_io import load_baseline
from planner.files.problems import InputError, Problem
from planner.files.workbook_json import read_workbook
from planner.model import Baseline
from planner.paths import bundled_baseline_dir


def add_baseline_option(parser) -> None:
    parser.add_argument(
        "--baseline",
        metavar="PATH",
        help="a baseline folder of CSV files or an .xlsx workbook (default: the bundled 2024 one)",
    )


def baseline_from(args) -> Baseline:
    return load_baseline(Path(args.baseline) if args.baseline else bundled_baseline_dir())


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

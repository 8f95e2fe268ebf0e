"""`planner solve`: the plan that reaches the target with the least harm to services.

Reachable or not, the plan (every lever), its savings by year and the limits that bind; the
same options and error rules as `planner evaluate` (one line on stderr, exit 2 for usage and
1 for data).
"""

import json

from planner.analysis import SolveError, SolveRequest, solve
from planner.commands import UsageError
from planner.commands.common import baseline_from
from planner.commands.evaluate import (
    add_scenario_options,
    money,
    quantity,
    scenario_from_args,
)
from planner.model import LEVER_BY_ID, LEVER_IDS, Engine, PlanYearError, TimingError
from planner.present import numbers

NAME = "solve"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="find the plan that reaches the target",
        description="Find the lever values that reach the target in the plan year (or in every "
        "year of --years) with the least service lost, no line below its floor, and within the "
        "limits given; or, if no plan can, the one that comes closest and what holds it back.",
    )
    add_scenario_options(parser)
    parser.add_argument(
        "--years",
        metavar="Y,Y,...",
        help="reach the target in each of these years (the target path) instead of --year",
    )
    parser.add_argument(
        "--levers",
        metavar="ID,ID,...",
        help="the levers that may move (default: all); the others stay as the scenario has them",
    )
    parser.add_argument(
        "--limit",
        metavar="ID=MIN:MAX",
        action="append",
        default=[],
        help="a policy limit inside the lever's range, e.g. --limit office_space_cut=0:30",
    )
    parser.add_argument(
        "--one-off-ceiling", type=float, metavar="EUR", help="most one-off costs in any year"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def _request(args) -> SolveRequest:
    levers = tuple(LEVER_IDS)
    if args.levers:
        levers = tuple(part.strip() for part in args.levers.split(",") if part.strip())
        unknown = [lever_id for lever_id in levers if lever_id not in LEVER_BY_ID]
        if unknown:
            raise UsageError(
                f"--levers: unknown lever '{unknown[0]}'; known levers: {', '.join(LEVER_IDS)}"
            )
    limits = {}
    for text in args.limit:
        lever_id, sep, span = text.partition("=")
        low, colon, high = span.partition(":")
        try:
            if not sep or not colon:
                raise ValueError
            limits[lever_id.strip()] = (
                float(low.replace(",", ".")),
                float(high.replace(",", ".")),
            )
        except ValueError:
            raise UsageError(f"--limit takes ID=MIN:MAX, not '{text}'") from None
    years: tuple[int, ...] = ()
    if args.years:
        try:
            years = tuple(int(part) for part in args.years.split(",") if part.strip())
        except ValueError:
            raise UsageError(
                f"--years takes years separated by commas, not '{args.years}'"
            ) from None
    return SolveRequest(
        levers=levers,
        limits=limits,
        years=years,
        one_off_ceiling_eur=args.one_off_ceiling,
    )


def run(args) -> int:
    scenario = scenario_from_args(args)
    request = _request(args)
    engine = Engine(baseline_from(args))
    try:
        result = solve(engine, scenario, request)
    except (SolveError, PlanYearError, TimingError) as error:
        raise UsageError(str(error)) from None
    if args.json:
        print(json.dumps(result_as_json(result), ensure_ascii=False, indent=2))
    else:
        print(result_as_text(result))
    return 0


def result_as_json(result) -> dict:
    return {
        "reachable": result.reachable,
        "scenario": result.scenario.name,
        "levers": {k: quantity(v) for k, v in result.levers.items()},
        "savings_by_year": {str(y): money(v) for y, v in result.savings_by_year.items()},
        "targets_by_year": {str(y): money(v) for y, v in result.targets_by_year.items()},
        "short_by_year": {str(y): money(v) for y, v in result.short_by_year.items()},
        "service_lost_eur": money(result.service_lost_eur),
        "binding": [{"kind": b.kind, "what": b.what, "detail": b.detail} for b in result.binding],
    }


def result_as_text(result) -> str:
    head = (
        "Reachable: this plan reaches the target"
        if result.reachable
        else f"Not reachable: the closest plan is {numbers.eur(result.worst_short_eur)} short"
    )
    lines = [head, "", "Levers:"]
    for lever_id, value in result.levers.items():
        lines.append(f"  {lever_id:24} {value:8.2f} {LEVER_BY_ID[lever_id].unit}")
    lines += ["", "Savings by year (savings, target):"]
    for year, saving in result.savings_by_year.items():
        lines.append(
            f"  {year}  {numbers.eur(saving):>14} {numbers.eur(result.targets_by_year[year]):>14}"
        )
    lines.append(f"Service lost beyond the trend: {numbers.eur(result.service_lost_eur)}")
    if result.binding:
        lines += ["", "What binds:"] + [
            f"  {b.kind} {b.what} {b.detail}".rstrip() for b in result.binding
        ]
    return "\n".join(lines)

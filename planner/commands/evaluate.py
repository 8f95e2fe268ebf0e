"""`planner evaluate`: one scenario's savings, budget and service volumes, as JSON or text."""

import json

from planner import formatting as fmt
from planner.commands.common import add_baseline_option, baseline_from, scenarios_from
from planner.model import LEVER_IDS, Engine, PlanYearError, Scenario, evaluate_scenario
from planner.model.levers import LeverError, check_lever_value

NAME = "evaluate"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="evaluate a scenario",
        description="Evaluate a scenario: from a workbook, from --set values, or no change.",
    )
    add_baseline_option(parser)
    parser.add_argument("--workbook", metavar="FILE", help="a scenario workbook (.json)")
    parser.add_argument("--scenario", metavar="NAME", help="the scenario of the workbook to use")
    parser.add_argument(
        "--set",
        metavar="ID=VALUE",
        action="append",
        default=[],
        help="set a lever, e.g. --set office_space_cut=20 (levers: " + ", ".join(LEVER_IDS) + ")",
    )
    parser.add_argument("--year", type=int, metavar="Y", help="plan year (default 2024)")
    parser.add_argument("--target", type=float, metavar="EUR", help="savings target in euros")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args) -> int:
    from planner.cli import UsageError

    if args.scenario and not args.workbook:
        raise UsageError("--scenario needs --workbook")
    if args.workbook:
        if not args.scenario:
            raise UsageError("--workbook needs --scenario NAME")
        scenario = scenarios_from(args.workbook, [args.scenario])[0]
    else:
        scenario = Scenario("Command line")
    levers = dict(scenario.levers)
    for assignment in args.set:
        lever_id, sep, value = assignment.partition("=")
        if not sep:
            raise UsageError(f"--set takes ID=VALUE, not '{assignment}'")
        try:
            levers[lever_id.strip()] = check_lever_value(lever_id.strip(), value.strip())
        except LeverError as error:
            raise UsageError(str(error)) from None
    if args.target is not None and not 0 <= args.target < float("inf"):
        raise UsageError(f"--target {args.target} must be zero or more euros")
    scenario = Scenario(
        name=scenario.name,
        description=scenario.description,
        levers=levers,
        plan_year=args.year if args.year is not None else scenario.plan_year,
        target_eur=args.target if args.target is not None else scenario.target_eur,
    )
    baseline = baseline_from(args)
    try:
        result = evaluate_scenario(Engine(baseline), scenario)
    except PlanYearError as error:
        raise UsageError(str(error)) from None
    if args.json:
        print(json.dumps(result_as_json(result, baseline.name), ensure_ascii=False, indent=2))
    else:
        print(result_as_text(result))
    return 0


def result_as_json(result, baseline_name: str) -> dict:
    scenario = result.scenario
    return {
        "scenario": scenario.name,
        "baseline": baseline_name,
        "plan_year": scenario.plan_year,
        "levers": scenario.levers,
        "target_eur": result.target_eur,
        "total_savings_eur": result.total_plan_year,
        "total_recurring_savings_eur": result.total_recurring,
        "gap_eur": result.gap_eur,
        "share_of_target": result.share_of_target,
        "target_reached": result.target_reached,
        "savings_eur": result.savings_plan_year,
        "recurring_savings_eur": result.savings_recurring,
        "one_off_costs_eur": result.one_off_costs,
        "budget": [
            {
                "category": line.category,
                "name": line.name,
                "kind": line.kind,
                "baseline_eur": line.baseline_eur,
                "scenario_eur": line.scenario_eur,
            }
            for line in result.budget
        ],
        "services": [
            {
                "id": s.id,
                "name": s.name,
                "unit": s.unit,
                "baseline_volume": s.baseline_volume,
                "demand": s.demand,
                "capacity": s.capacity,
                "delivered": s.delivered,
                "shortfall": s.shortfall,
                "share_met": s.share_met,
                "moved_to_digital": s.moved_to_digital,
            }
            for s in result.services
        ],
        "warnings": [
            {"code": w.code, "message": w.message, "lever": w.lever, "service": w.service}
            for w in result.warnings
        ],
    }


def result_as_text(result) -> str:
    scenario = result.scenario
    lines = [
        f"Scenario: {scenario.name} (plan year {scenario.plan_year})",
        f"Savings in the plan year: {fmt.eur(result.total_plan_year)} "
        f"(recurring {fmt.eur(result.total_recurring)})",
        f"Target: {fmt.eur(result.target_eur)}, gap {fmt.eur(result.gap_eur)}, "
        f"{fmt.pct(result.share_of_target)} reached",
        "",
        "Savings by lever (plan year / recurring):",
    ]
    for lever_id, saving in result.savings_plan_year.items():
        lines.append(
            f"  {lever_id:24} {fmt.eur(saving):>16} "
            f"{fmt.eur(result.savings_recurring[lever_id]):>16}"
        )
    lines += ["", "Service lines (demand, capacity, delivered, share met):"]
    for s in result.services:
        lines.append(
            f"  {s.name[:42]:42} {fmt.volume(s.demand):>12} {fmt.volume(s.capacity):>12} "
            f"{fmt.volume(s.delivered):>12} {fmt.pct(s.share_met):>8}"
        )
    if result.warnings:
        lines += ["", "Warnings:"] + [f"  - {w.message}" for w in result.warnings]
    return "\n".join(lines)

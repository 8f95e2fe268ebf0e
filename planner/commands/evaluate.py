"""`planner evaluate`: one scenario's savings, budget and service volumes, as JSON or text.

The JSON keeps the plan year's figures at the top level, as before, and adds `years`: one
object per year from the baseline year to the horizon with the same fields. Money is rounded
to the cent and volumes to a millionth, so the output is strict JSON with no NaN, no -0.0 and
no 4704000.000000001.
"""

import json
import math

from planner.commands import UsageError
from planner.commands.common import add_baseline_option, baseline_from, scenarios_from
from planner.model import (
    LEVER_BY_ID,
    LEVER_IDS,
    Engine,
    LeverTiming,
    OverrideError,
    PlanYearError,
    Scenario,
    TimingError,
    evaluate_scenario,
)
from planner.model.levers import LeverError, check_lever_value
from planner.model.timing import MAX_RAMP_MONTHS, parse_start
from planner.present import numbers
from planner.present.warnings import warning_text

NAME = "evaluate"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="evaluate a scenario",
        description="Evaluate a scenario over every year: from a workbook, from --set values, "
        "or no change.",
    )
    add_scenario_options(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def add_scenario_options(parser) -> None:
    """The options that say which scenario to work on, shared by evaluate, solve and analyse:
    the baseline, a workbook's scenario, and lever values, starts, ramp-ups, years, target."""
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
    parser.add_argument(
        "--start",
        metavar="ID=YYYY-MM",
        action="append",
        default=[],
        help="when a lever starts, e.g. --start client_fee_alignment=2025-02 "
        "(default: January of the baseline year)",
    )
    parser.add_argument(
        "--ramp",
        metavar="ID=MONTHS",
        action="append",
        default=[],
        help="months until a lever is in full effect, e.g. --ramp outsourced_labour_cut=12",
    )
    parser.add_argument(
        "--year", type=int, metavar="Y", help="plan year (default: the baseline year)"
    )
    parser.add_argument(
        "--horizon", type=int, metavar="Y", help="last year (default: the baseline year + 4)"
    )
    parser.add_argument(
        "--target", type=float, metavar="EUR", help="savings target in euros, in every year"
    )


def _assignments(values: list[str], option: str) -> dict[str, str]:
    """ID=VALUE pairs, each lever at most once."""
    found: dict[str, str] = {}
    for assignment in values:
        lever_id, sep, value = assignment.partition("=")
        lever_id = lever_id.strip()
        if not sep:
            raise UsageError(f"{option} takes ID=VALUE, not '{assignment}'")
        if lever_id not in LEVER_BY_ID:
            raise UsageError(
                f"{option}: unknown lever '{lever_id}'; known levers: {', '.join(LEVER_IDS)}"
            )
        if lever_id in found:
            raise UsageError(f"{option} {lever_id} is given twice")
        found[lever_id] = value.strip()
    return found


def scenario_from_args(args) -> Scenario:
    """The scenario the options describe: a workbook's, changed by --set/--start/--ramp."""
    if args.scenario and not args.workbook:
        raise UsageError("--scenario needs --workbook")
    if args.workbook:
        if not args.scenario:
            raise UsageError("--workbook needs --scenario NAME")
        scenario = scenarios_from(args.workbook, [args.scenario])[0]
    else:
        scenario = Scenario("Command line")
    levers = dict(scenario.levers)
    for lever_id, value in _assignments(args.set, "--set").items():
        try:
            levers[lever_id] = check_lever_value(lever_id, value.replace(",", "."))
        except LeverError as error:
            raise UsageError(str(error)) from None
    timing = dict(scenario.timing)
    for lever_id, text in _assignments(args.start, "--start").items():
        try:
            year, month = parse_start(text)
        except TimingError as error:
            raise UsageError(f"--start {lever_id}: {error}") from None
        old = scenario.timing_of(lever_id)
        timing[lever_id] = LeverTiming(year, month, old.ramp_months)
    for lever_id, text in _assignments(args.ramp, "--ramp").items():
        if not text.isdigit() or int(text) > MAX_RAMP_MONTHS:
            raise UsageError(f"--ramp {lever_id}: whole months from 0 to {MAX_RAMP_MONTHS}")
        # After --start: the start just given, else the workbook's (or the default).
        old = timing[lever_id] if lever_id in timing else scenario.timing_of(lever_id)
        timing[lever_id] = LeverTiming(old.start_year, old.start_month, int(text))
    if args.target is not None and not (math.isfinite(args.target) and args.target >= 0):
        raise UsageError(f"--target {args.target} must be zero or more euros")
    return Scenario(
        name=scenario.name,
        description=scenario.description,
        levers=levers,
        timing=timing,
        plan_year=args.year if args.year is not None else scenario.plan_year,
        horizon_year=args.horizon if args.horizon is not None else scenario.horizon_year,
        target_eur=args.target if args.target is not None else scenario.target_eur,
        targets_eur={} if args.target is not None else dict(scenario.targets_eur),
        office_early_exit=scenario.office_early_exit,
        overrides=dict(scenario.overrides),
    )


def run(args) -> int:
    scenario = scenario_from_args(args)
    baseline = baseline_from(args)
    try:
        result = evaluate_scenario(Engine(baseline), scenario)
    except (PlanYearError, TimingError, OverrideError) as error:
        raise UsageError(str(error)) from None
    if args.json:
        print(json.dumps(result_as_json(result, baseline.name), ensure_ascii=False, indent=2))
    else:
        print(result_as_text(result))
    return 0


def money(value: float) -> float:
    """Euros to the cent, never -0.0."""
    rounded = round(value, 2)
    return 0.0 if rounded == 0 else rounded


def quantity(value: float) -> float:
    rounded = round(value, 6)
    return 0.0 if rounded == 0 else rounded


def share(value: float) -> float | None:
    return None if not math.isfinite(value) else quantity(value)


def year_as_json(year) -> dict:
    """One year's figures; the same fields at the top level for the plan year."""
    return {
        "target_eur": money(year.target_eur),
        "total_savings_eur": money(year.total_savings_eur),
        "total_recurring_savings_eur": money(sum(year.effects.values())),
        "cost_savings_eur": money(year.cost_savings_eur),
        "extra_income_eur": money(year.extra_income_eur),
        "one_off_costs_total_eur": money(year.one_off_total_eur),
        "gap_eur": money(year.gap_eur),
        "share_of_target": share(year.share_of_target),
        "target_reached": year.target_reached,
        "savings_eur": {k: money(v) for k, v in year.savings.items()},
        "recurring_savings_eur": {k: money(v) for k, v in year.effects.items()},
        "one_off_costs_eur": {k: money(v) for k, v in year.one_off_costs.items()},
        "trend_net_cost_eur": money(year.trend_net_cost_eur),
        "net_cost_eur": money(year.net_cost_eur),
        "staff_change_fte": quantity(year.staff_change_fte),
        "agency_change_fte": quantity(year.agency_change_fte),
        "budget": [
            {
                "category": line.category,
                "name": line.name,
                "kind": line.kind,
                "baseline_eur": money(line.baseline_eur),
                "trend_eur": money(line.trend_eur),
                "scenario_eur": money(line.scenario_eur),
            }
            for line in year.budget
        ],
        "services": [
            {
                "id": s.id,
                "name": s.name,
                "unit": s.unit,
                "duty": s.duty,
                "baseline_volume": quantity(s.baseline_volume),
                "demand": quantity(s.demand),
                "capacity": quantity(s.capacity),
                "delivered": quantity(s.delivered),
                "bought": quantity(s.bought),
                "shortfall": quantity(s.shortfall),
                "share_met": share(s.share_met),
                "floor": share(s.floor),
                "below_floor": s.below_floor,
                "moved_to_digital": quantity(s.moved_to_digital),
            }
            for s in year.services
        ],
        "warnings": [
            {
                "code": w.code,
                "message": warning_text(w, {s.id: s.name for s in year.services}),
                "lever": w.lever,
                "service": w.service,
                "params": {k: (quantity(v) if isinstance(v, float) else v) for k, v in w.params},
            }
            for w in year.warnings
        ],
    }


def result_as_json(result, baseline_name: str) -> dict:
    scenario = result.scenario
    document = {
        "scenario": scenario.name,
        "baseline": baseline_name,
        "plan_year": result.plan_year,
        "levers": {k: quantity(v) for k, v in scenario.levers.items()},
        "timing": {
            lever_id: {
                "start": scenario.timing_of(lever_id).start_text(result.years[0].year),
                "ramp_months": scenario.timing_of(lever_id).ramp_months,
            }
            for lever_id in LEVER_IDS
        },
        "office_early_exit": scenario.office_early_exit,
        "overrides": {
            figure: {"value": o.value, "reason": o.reason}
            for figure, o in scenario.overrides.items()
        },
        "changed_levers": list(result.changed_levers),
    }
    document.update(year_as_json(result.plan))
    document["years"] = [{"year": y.year, **year_as_json(y)} for y in result.years]
    return document


def result_as_text(result) -> str:
    scenario, plan = result.scenario, result.plan
    lines = [
        f"Scenario: {scenario.name} (plan year {result.plan_year})",
        f"Savings in {result.plan_year}: {numbers.eur(plan.total_savings_eur)} "
        f"(cost savings {numbers.eur(plan.cost_savings_eur)}, extra income "
        f"{numbers.eur(plan.extra_income_eur)}, one-off costs included "
        f"{numbers.eur(-plan.one_off_total_eur)})",
        f"Target: {numbers.eur(plan.target_eur)}, gap {numbers.eur(plan.gap_eur)}, "
        f"{numbers.pct(plan.share_of_target)} reached",
        "",
        "Savings by year (target, savings, gap):",
    ]
    for year in result.years:
        lines.append(
            f"  {year.year}  {numbers.eur(year.target_eur):>14} "
            f"{numbers.eur(year.total_savings_eur):>14} {numbers.eur(year.gap_eur):>14}"
        )
    lines += ["", f"Savings by lever in {result.plan_year} (in-year effect / one-off costs):"]
    for lever_id, effect in plan.effects.items():
        lines.append(
            f"  {lever_id:24} {numbers.eur(effect):>16} "
            f"{numbers.eur(-plan.one_off_costs[lever_id]):>16}"
        )
    lines += ["", "Service lines (demand, own delivery, bought, share met):"]
    for s in plan.services:
        lines.append(
            f"  {s.name[:42]:42} {numbers.volume(s.demand):>12} {numbers.volume(s.delivered):>12} "
            f"{numbers.volume(s.bought):>10} {numbers.pct(s.share_met):>8}"
        )
    if plan.warnings:
        names = {s.id: s.name for s in plan.services}
        lines += ["", "Warnings:"] + [f"  - {warning_text(w, names)}" for w in plan.warnings]
    return "\n".join(lines)

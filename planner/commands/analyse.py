"""`planner analyse`: how likely the target is, and which assumption matters most.

Monte Carlo over the baseline's assumptions (probability of reaching the target in each year,
10th / 50th / 90th percentiles of savings by year, the probability of each line falling below
its floor) and the tornado (each assumption at its low and high, each lever 10 points down and
up). The same options and error rules as `planner evaluate`.
"""

import json

from planner.analysis.uncertainty import DEFAULT_DRAWS, DEFAULT_SEED, monte_carlo, tornado
from planner.commands import UsageError
from planner.commands.common import baseline_from
from planner.commands.evaluate import (
    add_scenario_options,
    money,
    quantity,
    scenario_from_args,
)
from planner.model import Engine, OverrideError, PlanYearError, TimingError
from planner.present import numbers

NAME = "analyse"
MAX_DRAWS = 200_000


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        NAME,
        help="uncertainty and sensitivity of a scenario",
        description="How likely the scenario reaches its target (Monte Carlo over the "
        "baseline's assumptions) and which assumption matters most (tornado).",
    )
    add_scenario_options(parser)
    parser.add_argument(
        "--draws", type=int, default=DEFAULT_DRAWS, metavar="N", help="Monte Carlo draws"
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, metavar="S", help="random seed (reproducible)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args) -> int:
    if not 1 <= args.draws <= MAX_DRAWS:
        raise UsageError(f"--draws must be from 1 to {MAX_DRAWS:,}")
    scenario = scenario_from_args(args)
    engine = Engine(baseline_from(args))
    try:
        result = monte_carlo(engine, scenario, draws=args.draws, seed=args.seed)
        rows = tornado(engine, scenario)
    except (PlanYearError, TimingError, OverrideError) as error:
        raise UsageError(str(error)) from None
    if args.json:
        print(json.dumps(as_json(result, rows), ensure_ascii=False, indent=2))
    else:
        print(as_text(result, rows))
    return 0


def as_json(result, rows) -> dict:
    return {
        "plan_year": result.plan_year,
        "draws": result.draws,
        "seed": result.seed,
        "probability_of_target": quantity(result.plan_probability),
        "years": [
            {
                "year": year,
                "target_eur": money(result.targets[i]),
                "probability_of_target": quantity(result.probability_of_target[i]),
                "p10_eur": money(result.p10[i]),
                "p50_eur": money(result.p50[i]),
                "p90_eur": money(result.p90[i]),
            }
            for i, year in enumerate(result.years)
        ],
        "floor_risks": {k: quantity(v) for k, v in result.floor_risk.items()},
        "held_by_overrides": list(result.held),
        "tornado": [
            {
                "figure": row.assumption.figure if row.assumption else "",
                "lever": row.lever,
                "low": quantity(row.low_value),
                "high": quantity(row.high_value),
                "change_at_low_eur": money(row.low_change_eur),
                "change_at_high_eur": money(row.high_change_eur),
                "source": row.assumption.source if row.assumption else "",
            }
            for row in rows
        ],
    }


def as_text(result, rows) -> str:
    lines = [
        f"Probability of reaching the target in {result.plan_year}: "
        f"{numbers.pct(result.plan_probability)} ({result.draws:,} draws, seed {result.seed})",
        "",
        "By year (target, probability, 10th / 50th / 90th percentile of savings):",
    ]
    for i, year in enumerate(result.years):
        lines.append(
            f"  {year} {numbers.eur(result.targets[i]):>14} "
            f"{numbers.pct(result.probability_of_target[i]):>8} "
            f"{numbers.eur(result.p10[i]):>14} {numbers.eur(result.p50[i]):>14} "
            f"{numbers.eur(result.p90[i]):>14}"
        )
    risks = {k: v for k, v in result.floor_risk.items() if v > 0}
    if risks:
        lines += ["", "Probability of falling below the floor:"] + [
            f"  {k}: {numbers.pct(v)}" for k, v in sorted(risks.items(), key=lambda kv: -kv[1])
        ]
    lines += ["", f"What matters most for {result.plan_year} (change at low / at high):"]
    for row in rows[:10]:
        name = row.assumption.figure if row.assumption else f"lever {row.lever} ±10 points"
        lines.append(
            f"  {name[:58]:58} {numbers.eur(row.low_change_eur):>13} "
            f"{numbers.eur(row.high_change_eur):>13}"
        )
    return "\n".join(lines)

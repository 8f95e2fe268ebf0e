"""Comparison rows: what Compare (the window) and the printed comparison page show for several
scenarios side by side, and "what differs" between two of them, in words.

A row has a label, a kind (how its numbers are written) and the fact of a result it reads.
The window writes money in euros and the page in M€ (less room); each picks a `Medium`, a
table from kind to (value text, difference text). Rows read a result's facts; they compute
none.
"""

from collections.abc import Callable
from dataclasses import dataclass

from planner.model import LEVERS, ScenarioResult
from planner.present import numbers
from planner.present.figures import kind_name
from planner.present.result import gap_meur_text, gap_text, lever_name, lever_setting
from planner.present.translate import translate

SHORT_MARK = "▼"


@dataclass(frozen=True)
class Kind:
    """How a row's numbers are shown: the value, and a difference from the reference."""

    show: Callable[[float], str]
    delta: Callable[[float], str]


# kind name -> Kind, per medium
Medium = dict[str, Kind]

SCREEN: Medium = {
    "lever": Kind(lever_setting, numbers.lever_points),
    "money": Kind(numbers.eur, numbers.signed_eur),
    "gap": Kind(gap_text, numbers.signed_eur),
    "share": Kind(numbers.pct, lambda d: numbers.points(d * 100)),
    "volume": Kind(numbers.volume, numbers.signed_volume),
    "year": Kind(numbers.year, numbers.signed_years),
    "count": Kind(numbers.count, numbers.signed_count),
}
PAPER: Medium = {
    **SCREEN,
    "money": Kind(numbers.meur, numbers.signed_meur),
    "gap": Kind(gap_meur_text, numbers.signed_meur),
}


@dataclass(frozen=True)
class Row:
    label: str
    kind: str | None  # None: a heading row without numbers
    value: Callable[[ScenarioResult], float] = lambda result: 0.0
    bold: bool = False
    marked: Callable[[ScenarioResult], bool] = lambda result: False  # ▼ and bold: below floor


def heading(label: str) -> Row:
    return Row(label, None, bold=True)


def plan_rows() -> list[Row]:
    return [
        Row(translate("Comparison", "Plan year"), "year", lambda r: r.plan_year),
        Row(translate("Comparison", "Target"), "money", lambda r: r.target_eur),
    ]


def lever_rows() -> list[Row]:
    return [
        Row(lever_name(lever), "lever", lambda r, i=lever.id: r.scenario.levers[i])
        for lever in LEVERS
    ]


def savings_rows() -> list[Row]:
    rows = [
        Row(lever_name(lever), "money", lambda r, i=lever.id: r.savings_plan_year[i])
        for lever in LEVERS
    ]
    rows += [
        Row(
            translate("Comparison", "Total plan-year savings"),
            "money",
            lambda r: r.total_plan_year,
            bold=True,
        ),
        # A cost: shown negative, as everywhere (planner.present.result).
        Row(
            translate("Comparison", "of which one-off costs"),
            "money",
            lambda r: -r.one_off_total_eur,
        ),
        Row(translate("Comparison", "Gap to the target"), "gap", lambda r: r.gap_eur),
        Row(
            translate("Comparison", "Share of the target reached"),
            "share",
            lambda r: r.share_of_target,
            bold=True,
        ),
        Row(
            translate("Comparison", "In-year effect, before one-off costs"),
            "money",
            lambda r: r.total_recurring,
        ),
    ]
    return rows


def lever_and_savings_rows() -> list[Row]:
    """Compare's first table: the plan, the levers, the savings."""
    return [
        heading(translate("Comparison", "Plan")),
        *plan_rows(),
        heading(translate("Comparison", "Levers")),
        *lever_rows(),
        heading(translate("Comparison", "Plan-year savings by lever")),
        *savings_rows(),
    ]


def count_below_floor(result: ScenarioResult) -> int:
    return len(result.plan.below_floor)  # the model's list of the lines below their floor


def service_rows(results: list[ScenarioResult]) -> list[Row]:
    rows = [
        Row(
            translate("Comparison", "Demand delivered, all lines"),
            "share",
            lambda r: r.share_of_demand_met,
            bold=True,
        ),
        Row(translate("Comparison", "Lines below their floor"), "count", count_below_floor),
    ]
    for j, service in enumerate(results[0].services if results else []):
        rows += [
            heading(
                translate("Comparison", "{name} ({unit}s)").format(
                    name=service.name, unit=service.unit
                )
            ),
            Row(
                translate("Comparison", "delivered"),
                "volume",
                lambda r, j=j: r.services[j].delivered,
            ),
            Row(
                translate("Comparison", "shortfall"),
                "volume",
                lambda r, j=j: r.services[j].shortfall,
                marked=lambda r, j=j: r.services[j].below_floor,
            ),
        ]
    return rows


def budget_rows(results: list[ScenarioResult]) -> list[Row]:
    rows = [
        Row(
            translate("Comparison", "{name} ({kind})").format(
                name=line.name, kind=kind_name(line.kind)
            ),
            "money",
            lambda r, i=i: r.budget[i].scenario_eur,
        )
        for i, line in enumerate(results[0].budget if results else [])
    ]
    rows.append(
        Row(
            translate("Comparison", "Net cost (expenses − income)"),
            "money",
            lambda r: r.net_cost_eur,
            bold=True,
        )
    )
    return rows


def differences(first: ScenarioResult, second: ScenarioResult) -> list[str]:
    """In words, what differs from the first scenario to the second: inputs, then results."""
    a, b = first.scenario, second.scenario
    eur, pct = numbers.eur, numbers.pct
    lines = [
        translate("Differences", "From “{first}” to “{second}”:").format(
            first=a.name, second=b.name
        )
    ]
    inputs = []
    for lever in LEVERS:
        old, new = a.levers[lever.id], b.levers[lever.id]
        if old != new:
            inputs.append(
                f"  {lever_name(lever)}: {lever_setting(old)} → {lever_setting(new)} "
                f"({numbers.lever_points(new - old)})"
            )
    if first.plan_year != second.plan_year:  # the results' years: a scenario may say None
        label = translate("Differences", "Plan year")
        inputs.append(f"  {label}: {first.plan_year} → {second.plan_year}")
    if a.target_eur != b.target_eur:
        label = translate("Differences", "Target")
        inputs.append(
            f"  {label}: {eur(a.target_eur)} → {eur(b.target_eur)} "
            f"({numbers.signed_eur(b.target_eur - a.target_eur)})"
        )
    if a.description.strip() != b.description.strip():
        inputs.append("  " + translate("Differences", "Description: differs"))
    if inputs:
        lines += [translate("Differences", "Inputs that differ:"), *inputs]
    else:
        lines.append(
            translate("Differences", "The levers, plan year, target and description are the same.")
        )
    lines.append(translate("Differences", "Results:"))

    def change(label: str, old: str, new: str, delta: str = "") -> str:
        return f"  {label}: {old} → {new}" + (f" ({delta})" if delta else "")

    lines.append(
        change(
            translate("Differences", "Plan-year savings"),
            eur(first.total_plan_year),
            eur(second.total_plan_year),
            numbers.signed_eur(second.total_plan_year - first.total_plan_year),
        )
    )
    lines.append(
        change(
            translate("Differences", "Share of the target reached"),
            pct(first.share_of_target),
            pct(second.share_of_target),
        )
    )
    lines.append(
        change(
            translate("Differences", "In-year effect, before one-off costs"),
            eur(first.total_recurring),
            eur(second.total_recurring),
        )
    )
    lines.append(
        change(
            translate("Differences", "Demand delivered, all lines"),
            pct(first.share_of_demand_met),
            pct(second.share_of_demand_met),
            numbers.points((second.share_of_demand_met - first.share_of_demand_met) * 100),
        )
    )
    lines.append(
        change(
            translate("Differences", "Service lines below their floor"),
            str(count_below_floor(first)),
            str(count_below_floor(second)),
        )
    )
    for old, new in zip(first.services, second.services, strict=True):
        if round(old.shortfall) != round(new.shortfall):
            mark = (
                " " + SHORT_MARK + " " + translate("Differences", "below its floor")
                if new.below_floor
                else ""
            )
            label = translate("Differences", "{name} shortfall").format(name=old.name)
            # The unit's plural is the language's: "visits", "käyntiä", "besök".
            volumes = translate("Differences", "{old} → {new} {unit}s").format(
                old=numbers.volume(old.shortfall), new=numbers.volume(new.shortfall), unit=old.unit
            )
            lines.append(f"  {label}: {volumes}{mark}")
    return lines

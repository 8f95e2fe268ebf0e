"""The comparison page: several scenarios side by side, with differences from the first.

Like the window's compare view: lever settings, savings per lever and in total against the
target, delivered volumes and shortfalls, and budget lines. Each table holds the first
scenario and up to two others (with a Δ column each), so columns stay legible on A4; more
scenarios get further tables.
"""

from planner import formatting as fmt
from planner.model import LEVERS, Baseline, ScenarioResult
from planner.report import style
from planner.report.content import below_floor
from planner.report.flow import Piece, TextPiece, heading, paragraph
from planner.report.tables import Column, Row, table_pieces

OTHERS_PER_TABLE = 2


def signed_points(value: float) -> str:
    """A difference of lever settings, in percentage points."""
    text = fmt.lever_value(abs(value), "pp")
    if round(value, 1) == 0:
        return text
    return ("+" if value > 0 else "−") + text


def signed_volume(value: float) -> str:
    text = fmt.volume(value)
    return "+" + text if round(value) > 0 else text


def comparison_pieces(
    results: list[ScenarioResult], baseline: Baseline, division: str, fonts
) -> list[Piece]:
    width = style.CONTENT_WIDTH
    first = results[0]
    listing = "; ".join(f"{i}. {r.scenario.name}" for i, r in enumerate(results, start=1))
    pieces: list[Piece] = [
        TextPiece(division, fonts.small, width, color=style.MUTED),
        TextPiece(f"Comparison of {len(results)} scenarios", fonts.title, width),
        *paragraph(
            f"Scenarios: {listing}. Each Δ column is the difference from scenario 1, "
            f"{first.scenario.name}. Baseline: {baseline.name} ({baseline.year}).",
            fonts.body,
            width,
            space_before=style.mm(1.5),
        ),
    ]
    others = list(enumerate(results[1:], start=2))
    groups = [others[i : i + OTHERS_PER_TABLE] for i in range(0, len(others), OTHERS_PER_TABLE)]
    for group in groups:
        chosen = [(1, first), *group]
        suffix = ""
        if len(groups) > 1:
            suffix = " (scenarios " + ", ".join(str(n) for n, _ in chosen) + ")"
        pieces += _table(f"Levers and plan{suffix}", chosen, _lever_rows(chosen), fonts, width)
        pieces += _table(f"Savings{suffix}", chosen, _savings_rows(chosen), fonts, width)
        pieces += _table(
            f"Service volumes delivered{suffix}", chosen, _service_rows(chosen), fonts, width
        )
        pieces += paragraph(
            "Each cell: the volume delivered and, below it, the shortfall against demand. "
            "▼ marks a line below its floor.",
            fonts.small,
            width,
            space_before=style.mm(1),
        )
        pieces += _table(
            f"Budget in the plan year{suffix}", chosen, _budget_rows(chosen), fonts, width
        )
    return pieces


def _table(title, chosen, rows, fonts, width) -> list[Piece]:
    columns = [Column("", align="left", wrap=True)]
    for number, result in chosen:
        columns.append(Column(f"{number}. {result.scenario.name}"))
        if number > 1:
            columns.append(Column("Δ vs 1"))
    return [heading(title, fonts, width), *table_pieces(columns, rows, fonts, width)]


def _row(label, chosen, value, show, delta, *, bold=False, rule_above=False) -> Row:
    """One label, then each scenario's shown value and, after the first, its difference."""
    base = value(chosen[0][1])
    cells = [label]
    for number, result in chosen:
        cells.append(show(result))
        if number > 1:
            cells.append(delta(value(result) - base))
    return Row(tuple(cells), bold=bold, rule_above=rule_above)


def _lever_rows(chosen) -> list[Row]:
    rows = [
        _row(
            lever.name,
            chosen,
            lambda r, lever_id=lever.id: r.scenario.levers[lever_id],
            lambda r, lever_id=lever.id: fmt.lever_value(r.scenario.levers[lever_id], "%"),
            signed_points,
        )
        for lever in LEVERS
    ]
    rows.append(
        _row(
            "Plan year",
            chosen,
            lambda r: r.scenario.plan_year,
            lambda r: str(r.scenario.plan_year),
            lambda d: f"{d:+d}" if d else "0",
            rule_above=True,
        )
    )
    return rows


def _savings_rows(chosen) -> list[Row]:
    rows = [
        _row(
            lever.name,
            chosen,
            lambda r, lever_id=lever.id: r.savings_plan_year[lever_id],
            lambda r, lever_id=lever.id: fmt.meur(r.savings_plan_year[lever_id]),
            fmt.signed_meur,
        )
        for lever in LEVERS
    ]
    rows += [
        _row(
            "Total in the plan year",
            chosen,
            lambda r: r.total_plan_year,
            lambda r: fmt.meur(r.total_plan_year),
            fmt.signed_meur,
            bold=True,
            rule_above=True,
        ),
        _row(
            "Recurring (full year)",
            chosen,
            lambda r: r.total_recurring,
            lambda r: fmt.meur(r.total_recurring),
            fmt.signed_meur,
        ),
        _row(
            "Target",
            chosen,
            lambda r: r.target_eur,
            lambda r: fmt.meur(r.target_eur),
            fmt.signed_meur,
        ),
        _row(
            "Gap to the target",
            chosen,
            lambda r: r.gap_eur,
            lambda r: fmt.meur(r.gap_eur),
            fmt.signed_meur,
        ),
        _row(
            "Share of the target reached",
            chosen,
            lambda r: r.share_of_target * 100,
            lambda r: fmt.pct(r.share_of_target),
            signed_points,
            bold=True,
        ),
    ]
    return rows


def _service_rows(chosen) -> list[Row]:
    rows = []
    for j, service in enumerate(chosen[0][1].services):

        def show(r, j=j):
            s = r.services[j]
            mark = "▼ " if below_floor(s) else ""
            return f"{mark}{fmt.volume(s.delivered)}\nshort {fmt.volume(s.shortfall)}"

        rows.append(
            _row(
                f"{service.name} ({service.unit}s)",
                chosen,
                lambda r, j=j: r.services[j].delivered,
                show,
                signed_volume,
            )
        )
    return rows


def _budget_rows(chosen) -> list[Row]:
    rows = []
    for i, line in enumerate(chosen[0][1].budget):
        rows.append(
            _row(
                f"{line.name} ({line.kind})",
                chosen,
                lambda r, i=i: r.budget[i].scenario_eur,
                lambda r, i=i: fmt.meur(r.budget[i].scenario_eur),
                fmt.signed_meur,
            )
        )

    def net(r) -> float:
        return sum(b.scenario_eur if b.kind == "expense" else -b.scenario_eur for b in r.budget)

    rows.append(
        _row(
            "Net cost (expenses − income)",
            chosen,
            net,
            lambda r: fmt.meur(net(r)),
            fmt.signed_meur,
            bold=True,
            rule_above=True,
        )
    )
    return rows

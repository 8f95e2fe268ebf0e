"""What the summary says: the pieces of one scenario's pages and of the comparison page.

Every figure is formatted with planner.formatting, as the window formats it.
"""

from datetime import datetime

from planner import formatting as fmt
from planner.model import LEVER_BY_ID, LEVERS, Baseline, ScenarioResult
from planner.report import style
from planner.report.charts import BridgeChart, Step
from planner.report.flow import Piece, TextPiece, heading, paragraph
from planner.present.provenance import summarise_figure
from planner.report.tables import Column, Row, table_pieces

BELOW_FLOOR = "▼ below floor"


def below_floor(service) -> bool:
    """As the model warns: the line meets less of its demand than its floor."""
    return service.share_met < service.floor - 1e-12


def changed_levers(result: ScenarioResult) -> list[str]:
    scenario = result.scenario
    return [lever.id for lever in LEVERS if scenario.levers[lever.id] != lever.no_change]


def setting(value: float) -> str:
    # Every lever is a percentage of something; the full unit is shown where the lever is
    # described, the short form where space is short.
    return fmt.lever_value(value, "%")


def modified_text(modified_at: str, generated_at: datetime) -> str:
    if not modified_at:
        return f"not recorded (summary generated {generated_at:%Y-%m-%d})"
    try:
        return f"{datetime.fromisoformat(modified_at):%Y-%m-%d}"
    except ValueError:
        return modified_at


def scenario_pieces(
    result: ScenarioResult,
    baseline: Baseline,
    division: str,
    workbook_path: str,
    generated_at: datetime,
    fonts,
) -> list[Piece]:
    width = style.CONTENT_WIDTH
    scenario = result.scenario
    pieces: list[Piece] = [
        TextPiece(division, fonts.small, width, color=style.MUTED),
        TextPiece("Scenario summary", fonts.bold, width, space_before=style.mm(2)),
        TextPiece(scenario.name, fonts.title, width),
    ]
    if scenario.description:
        pieces += paragraph(scenario.description, fonts.body, width, space_before=style.mm(1.5))
    origin = f", read from {baseline.origin}" if baseline.origin else ""
    meta = [
        ("Author", scenario.modified_by or "not recorded"),
        ("Last changed", modified_text(scenario.modified_at, generated_at)),
        ("Plan year", f"{scenario.plan_year}; savings target {fmt.eur(scenario.target_eur)}"),
        ("Baseline", f"{baseline.name} ({baseline.year}){origin}"),
        ("Workbook", workbook_path or "not saved to a file"),
    ]
    pieces += table_pieces(
        [Column("", align="left", bold=True), Column("", align="left", wrap=True)],
        [Row(cells) for cells in meta],
        fonts,
        width,
        header=False,
        space_before=style.mm(2.5),
    )
    pieces += _result(result, fonts, width)
    pieces += _savings(result, fonts, width)
    pieces += _levers(result, baseline, fonts, width)
    pieces += _services(result, baseline, fonts, width)
    pieces += _budget(result, fonts, width)
    pieces += _warnings(result, fonts, width)
    return pieces


def _result(result: ScenarioResult, fonts, width) -> list[Piece]:
    year = result.scenario.plan_year
    if result.target_reached:
        gap_note = f"target reached, exceeded by {fmt.eur(-result.gap_eur)}"
    else:
        gap_note = f"{fmt.eur(result.gap_eur)} still to find"
    one_off = sum(result.one_off_costs.values())
    return [
        heading("Result", fonts, width),
        *table_pieces(
            [
                Column(f"Savings in plan year {year}", align="center"),
                Column("Savings target", align="center"),
                Column("Gap to the target", align="center"),
                Column("Share of the target reached", align="center"),
            ],
            [
                Row(
                    (
                        fmt.eur(result.total_plan_year),
                        fmt.eur(result.target_eur),
                        fmt.eur(result.gap_eur),
                        fmt.pct(result.share_of_target),
                    ),
                )
            ],
            fonts,
            width,
            font=fonts.figure,
            bold_font=fonts.bold,
        ),
        *paragraph(
            f"{gap_note[0].upper()}{gap_note[1:]}. Recurring (full-year) savings: "
            f"{fmt.eur(result.total_recurring)}. One-off costs in the plan year: "
            f"{fmt.eur(one_off)} (included in the plan-year savings).",
            fonts.body,
            width,
            space_before=style.mm(1.5),
        ),
    ]


def _savings(result: ScenarioResult, fonts, width) -> list[Piece]:
    target = result.target_eur
    rows = []
    for lever in LEVERS:
        saving = result.savings_plan_year[lever.id]
        rows.append(
            Row(
                (
                    lever.name,
                    setting(result.scenario.levers[lever.id]),
                    fmt.eur(saving),
                    fmt.pct(saving / target) if target else "–",
                    fmt.eur(result.savings_recurring[lever.id]),
                    fmt.eur(result.one_off_costs[lever.id]),
                )
            )
        )
    rows.append(
        Row(
            (
                "Total",
                "",
                fmt.eur(result.total_plan_year),
                fmt.pct(result.share_of_target),
                fmt.eur(result.total_recurring),
                fmt.eur(sum(result.one_off_costs.values())),
            ),
            bold=True,
            rule_above=True,
        )
    )
    changed = set(changed_levers(result))
    steps = [
        Step(lever.name, result.savings_plan_year[lever.id])
        for lever in LEVERS
        if lever.id in changed or result.savings_plan_year[lever.id] != 0
    ]
    if steps:
        chart: list[Piece] = [BridgeChart(steps, result.total_plan_year, target, fonts, width)]
    else:  # an empty bridge says nothing; say it in words
        chart = paragraph(
            "No lever is changed, so there is no bridge of savings to draw.",
            fonts.body,
            width,
            space_before=style.mm(2),
        )
    return [
        heading("Savings by lever", fonts, width),
        *table_pieces(
            [
                Column("Lever", align="left", wrap=True),
                Column("Setting"),
                Column("Plan-year saving"),
                Column("Share of target"),
                Column("Recurring saving"),
                Column("One-off cost"),
            ],
            rows,
            fonts,
            width,
        ),
        *chart,
    ]


def _levers(result: ScenarioResult, baseline: Baseline, fonts, width) -> list[Piece]:
    pieces: list[Piece] = [heading("Levers changed from no change", fonts, width)]
    changed = changed_levers(result)
    if not changed:
        return pieces + paragraph(
            "Every lever is at its no-change value; no baseline figure is acted on.",
            fonts.body,
            width,
        )
    pieces += paragraph(
        "Each lever with the baseline figures it acts on: how many values, whether they are "
        "read from a source, derived from read figures or assumed (with a low–high range), "
        "and the hosts of their sources.",
        fonts.small,
        width,
        color=style.MUTED,
        keep_with_next=True,
    )
    summaries = {
        lever_id: [summarise_figure(baseline, f) for f in LEVER_BY_ID[lever_id].acts_on]
        for lever_id in changed
    }
    # One set of column widths for all the levers' tables, so they read as one list.
    every_row = [_figure_row(s) for rows in summaries.values() for s in rows]
    for lever_id in changed:
        lever = LEVER_BY_ID[lever_id]
        value = result.scenario.levers[lever_id]
        pieces.append(
            TextPiece(
                f"{lever.name}: {fmt.lever_value(value, lever.unit)}",
                fonts.bold,
                width,
                space_before=style.mm(2.5),
                keep_with_next=True,
            )
        )
        pieces += table_pieces(
            [
                Column("Baseline figure: values", align="left"),
                Column("Basis", align="left", wrap=True),
                Column("Sources", align="left", wrap=True),
            ],
            [_figure_row(s) for s in summaries[lever_id]],
            fonts,
            width,
            font=fonts.small,
            bold_font=fonts.small_bold,
            space_before=style.mm(1),
            measure_rows=every_row,
        )
    return pieces


def _figure_row(summary) -> Row:
    # The values go under the figure's name, leaving the width to basis and sources.
    return Row((f"{summary.figure}\n{summary.values}", summary.basis, summary.sources))


def _services(result: ScenarioResult, baseline: Baseline, fonts, width) -> list[Piece]:
    rows = []
    for s in result.services:
        low = below_floor(s)
        rows.append(
            Row(
                (
                    s.name,
                    s.unit,
                    fmt.volume(s.baseline_volume),
                    fmt.volume(s.demand),
                    fmt.volume(s.delivered),
                    fmt.volume(s.shortfall),
                    fmt.pct(s.share_met),
                    fmt.pct(s.floor, 0),
                    BELOW_FLOOR if low else "",
                ),
                bold=low,
            )
        )
    count = sum(1 for s in result.services if below_floor(s))
    note = (
        f"{count} line{'s' if count != 1 else ''} below floor, marked {BELOW_FLOOR} and bold: "
        "the line meets less of its demand than its floor."
        if count
        else "Every line meets at least its floor of demand."
    )
    return [
        heading(f"Service volumes in plan year {result.scenario.plan_year}", fonts, width),
        *table_pieces(
            [
                Column("Service line", align="left", wrap=True),
                Column("Unit", align="left"),
                Column(f"{baseline.year} volume"),
                Column("Demand"),
                Column("Delivered"),
                Column("Shortfall"),
                Column("Share met"),
                Column("Floor"),
                Column("", align="left"),
            ],
            rows,
            fonts,
            width,
        ),
        *paragraph(note, fonts.small, width, space_before=style.mm(1)),
    ]


def _budget(result: ScenarioResult, fonts, width) -> list[Piece]:
    rows = [
        Row(
            (
                line.name,
                line.kind,
                fmt.meur(line.baseline_eur),
                fmt.meur(line.scenario_eur),
                fmt.signed_meur(line.change_eur),
            )
        )
        for line in result.budget
    ]

    def total(kind: str, attribute: str) -> float:
        return sum(getattr(line, attribute) for line in result.budget if line.kind == kind)

    first = True
    for kind, label in (("expense", "Expenses, total"), ("income", "Income, total")):
        base, scen = total(kind, "baseline_eur"), total(kind, "scenario_eur")
        rows.append(
            Row(
                (label, "", fmt.meur(base), fmt.meur(scen), fmt.signed_meur(scen - base)),
                bold=True,
                rule_above=first,
            )
        )
        first = False
    net_base = total("expense", "baseline_eur") - total("income", "baseline_eur")
    net_scen = total("expense", "scenario_eur") - total("income", "scenario_eur")
    rows.append(
        Row(
            (
                "Net cost (expenses − income)",
                "",
                fmt.meur(net_base),
                fmt.meur(net_scen),
                fmt.signed_meur(net_scen - net_base),
            ),
            bold=True,
        )
    )
    return [
        heading("Budget by category", fonts, width),
        *table_pieces(
            [
                Column("Category", align="left", wrap=True),
                Column("Kind", align="left"),
                Column("Baseline"),
                Column("Scenario"),
                Column("Change"),
            ],
            rows,
            fonts,
            width,
        ),
    ]


def _warnings(result: ScenarioResult, fonts, width) -> list[Piece]:
    count = len(result.warnings)
    pieces: list[Piece] = [heading(f"Warnings ({count})", fonts, width)]
    if not result.warnings:
        return pieces + paragraph("No warnings from the model.", fonts.body, width)
    for warning in result.warnings:
        pieces += paragraph(f"• {warning.message}", fonts.body, width, space_before=style.mm(0.8))
    return pieces

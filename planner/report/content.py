"""What the summary says: the pieces of one scenario's pages.

Every figure is a fact of the result, written by planner.present exactly as the window writes
it (the same bridge, the same lever precision, one-off costs as a cost, the gap in words).
"""

from dataclasses import replace
from datetime import datetime
from pathlib import PurePath

from planner.model import LEVER_BY_ID, LEVERS, Baseline, ScenarioResult
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.figures import (
    baseline_value,
    figure_name,
    kind_name,
    override_text,
    timing_short,
    timing_text,
)
from planner.present.provenance import summarise_figure
from planner.present.result import (
    gap_meur_text,
    gap_text,
    lever_name,
    lever_setting,
    lever_value,
    one_off_eur,
)
from planner.present.warnings import warning_text
from planner.report import style
from planner.report.charts import BridgePiece, YearsPiece
from planner.report.flow import Piece, TextPiece, heading, paragraph
from planner.report.tables import Column, Row, table_pieces


def below_floor_mark() -> str:
    return translate("Summary", "▼ below floor")


def modified_text(modified_at: str, generated_at: datetime) -> str:
    if not modified_at:
        return translate("Summary", "not recorded (summary generated {date})").format(
            date=fmt.date(generated_at)
        )
    try:
        return fmt.date(datetime.fromisoformat(modified_at))
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
    # The division is the running header of every page; it is not repeated here.
    pieces: list[Piece] = [
        TextPiece(translate("Summary", "Scenario summary"), fonts.bold, width),
        TextPiece(scenario.name, fonts.title, width),
    ]
    if scenario.description:
        pieces += paragraph(scenario.description, fonts.body, width, space_before=style.mm(1.5))
    meta = [
        (
            translate("Summary", "Author"),
            scenario.modified_by or translate("Summary", "not recorded"),
        ),
        (translate("Summary", "Last changed"), modified_text(scenario.modified_at, generated_at)),
        (
            translate("Summary", "Plan year"),
            translate("Summary", "{year}; savings target {target}").format(
                year=result.plan_year, target=fmt.eur(result.target_eur)
            ),
        ),
        (translate("Summary", "Baseline"), f"{baseline.name} ({baseline.year})"),
        (
            translate("Summary", "Workbook"),
            # the file's name, not the folder it sits in on someone's computer
            PurePath(workbook_path).name or translate("Summary", "not saved to a file"),
        ),
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
    pieces += _years(result, fonts, width)
    pieces += _savings(result, baseline, fonts, width)
    pieces += _levers(result, baseline, fonts, width)
    pieces += overrides_pieces(result, baseline, fonts, width)
    pieces += _services(result, baseline, fonts, width)
    pieces += _budget(result, fonts, width)
    pieces += _warnings(result, fonts, width)
    return pieces


def _result(result: ScenarioResult, fonts, width) -> list[Piece]:
    year = result.plan_year
    if result.target_reached:
        gap_note = translate("Summary", "Target reached, {gap}.")
    else:
        gap_note = translate("Summary", "Target not reached, {gap}.")
    note = translate(
        "Summary",
        "In-year effect of the levers, before one-off costs: {recurring}. One-off costs in the "
        "plan year: "
        "{one_off} (included in the plan-year savings).",
    ).format(
        recurring=fmt.eur(result.total_recurring), one_off=one_off_eur(result.one_off_total_eur)
    )
    return [
        heading(translate("Summary", "Result"), fonts, width),
        *table_pieces(
            [
                Column(
                    translate("Summary", "Savings in plan year {year}").format(year=year),
                    align="center",
                ),
                Column(translate("Summary", "Savings target"), align="center"),
                Column(translate("Summary", "Gap to the target"), align="center"),
                Column(translate("Summary", "Share of the target reached"), align="center"),
            ],
            [
                Row(
                    (
                        fmt.eur(result.total_plan_year),
                        fmt.eur(result.target_eur),
                        gap_text(result.gap_eur),
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
            gap_note.format(gap=gap_text(result.gap_eur)) + " " + note,
            fonts.body,
            width,
            space_before=style.mm(1.5),
        ),
    ]


YEARS_PER_TABLE = 5


def _years(result: ScenarioResult, fonts, width) -> list[Piece]:
    """Year by year: the target path, savings and their parts, one-off costs and the gap, in
    M€; the plan year's column in bold. Long horizons get several tables of five years."""
    years = result.years
    pieces: list[Piece] = [
        heading(translate("Summary", "Year by year"), fonts, width),
        *paragraph(
            translate(
                "Summary",
                "Savings in each year against the no-change trend, in M€; savings are after "
                "one-off costs, which fall in the year a measure starts.",
            ),
            fonts.small,
            width,
            color=style.MUTED,
            keep_with_next=True,
        ),
    ]
    for first in range(0, len(years), YEARS_PER_TABLE):
        chunk = years[first : first + YEARS_PER_TABLE]
        lines = [
            (translate("Summary", "Target"), [fmt.meur(y.target_eur) for y in chunk], False),
            (
                translate("Summary", "Savings"),
                [fmt.meur(y.total_savings_eur) for y in chunk],
                True,
            ),
            (
                translate("Summary", "of which cost savings"),
                [fmt.meur(y.cost_savings_eur) for y in chunk],
                False,
            ),
            (
                translate("Summary", "of which extra income"),
                [fmt.meur(y.extra_income_eur) for y in chunk],
                False,
            ),
            (
                translate("Summary", "One-off costs (included)"),
                [fmt.meur(-y.one_off_total_eur) for y in chunk],
                False,
            ),
            (
                translate("Summary", "Gap to the target"),
                [gap_meur_text(y.gap_eur) for y in chunk],
                False,
            ),
        ]
        # The labels wrap, so that longer words (Finnish, Swedish) leave the years their room.
        columns = [Column("", align="left", bold=True, wrap=True)] + [
            Column(
                translate("Summary", "{year} plan year").format(year=y.year)
                if y.year == result.plan_year
                else str(y.year)
            )
            for y in chunk
        ]
        columns += [Column("")] * (YEARS_PER_TABLE - len(chunk)) if first else []
        rows = [
            Row(
                (label, *cells, *([""] * (len(columns) - 1 - len(cells)))),
                bold=bold,
                rule_above=bold,
            )
            for label, cells, bold in lines
        ]
        pieces += table_pieces(
            columns, rows, fonts, width, space_before=style.mm(1.5) if first else 0.0
        )
    pieces.append(YearsPiece(years, result.plan_year, fonts, width))
    return pieces


def _timing_cell(result: ScenarioResult, baseline: Baseline, lever_id: str, short=False) -> str:
    """The lever's start and ramp-up where not the default (January of the baseline year, at
    once), else ""."""
    timing = result.scenario.timing.get(lever_id)
    if timing is None:
        return ""
    return (timing_short if short else timing_text)(timing, baseline.year)


def _savings(result: ScenarioResult, baseline: Baseline, fonts, width) -> list[Piece]:
    target = result.target_eur
    timed = bool(result.scenario.timing)
    shares = result.plan.share_of_target_by_lever  # the model's fact (nan without a target)
    rows = []
    for lever in LEVERS:
        saving = result.savings_plan_year[lever.id]
        setting = lever_setting(result.scenario.levers[lever.id])
        rows.append(
            Row(
                (
                    lever_name(lever),
                    setting,
                    *((_timing_cell(result, baseline, lever.id, short=True),) if timed else ()),
                    fmt.eur(saving),
                    fmt.pct(shares[lever.id]),
                    fmt.eur(result.savings_recurring[lever.id]),
                    one_off_eur(result.one_off_costs[lever.id]),
                )
            )
        )
    rows.append(
        Row(
            (
                translate("Summary", "Total"),
                "",
                *(("",) if timed else ()),
                fmt.eur(result.total_plan_year),
                fmt.pct(result.share_of_target),
                fmt.eur(result.total_recurring),
                one_off_eur(result.one_off_total_eur),
            ),
            bold=True,
            rule_above=True,
        )
    )
    if result.changed_levers:
        # The result's own bridge, the steps the window's chart draws.
        chart: list[Piece] = [BridgePiece(result.bridge, target, fonts, width)]
    else:  # an empty bridge says nothing; say it in words
        chart = paragraph(
            translate("Summary", "No lever is changed, so there is no bridge of savings to draw."),
            fonts.body,
            width,
            space_before=style.mm(2),
        )
    return [
        heading(
            translate("Summary", "Savings by lever in plan year {year}").format(
                year=result.plan_year
            ),
            fonts,
            width,
        ),
        *table_pieces(
            [
                Column(translate("Summary", "Lever"), align="left", wrap=True),
                Column(translate("Summary", "Setting")),
                *((Column(translate("Summary", "Start"), align="left"),) if timed else ()),
                Column(translate("Summary", "Plan-year saving")),
                Column(translate("Summary", "Share of target")),
                Column(translate("Summary", "In-year effect")),
                Column(translate("Summary", "One-off cost")),
            ],
            rows,
            fonts,
            width,
        ),
        *chart,
    ]


def _levers(result: ScenarioResult, baseline: Baseline, fonts, width) -> list[Piece]:
    pieces: list[Piece] = [
        heading(translate("Summary", "Levers changed from no change"), fonts, width)
    ]
    changed = result.changed_levers
    if not changed:
        return pieces + paragraph(
            translate(
                "Summary", "Every lever is at its no-change value; no baseline figure is acted on."
            ),
            fonts.body,
            width,
        )
    pieces += paragraph(
        translate(
            "Summary",
            "Each lever with the figures of the baseline it works on: their values, whether "
            "they are read from a published source, derived from read figures or a planning "
            "estimate (with a low–high range), and where the sources are published.",
        ),
        fonts.small,
        width,
        color=style.MUTED,
        keep_with_next=True,
    )
    summaries = {
        lever_id: [_summary(baseline, f) for f in LEVER_BY_ID[lever_id].acts_on]
        for lever_id in changed
    }
    # One set of column widths for all the levers' tables, so they read as one list.
    every_row = [_figure_row(s) for rows in summaries.values() for s in rows]
    for lever_id in changed:
        lever = LEVER_BY_ID[lever_id]
        value = result.scenario.levers[lever_id]
        title = f"{lever_name(lever)}: {lever_value(lever, value)}"
        timing = _timing_cell(result, baseline, lever_id)
        if timing:
            title += f"; {timing}"
        pieces.append(
            TextPiece(
                title,
                fonts.bold,
                width,
                space_before=style.mm(2.5),
                keep_with_next=True,
            )
        )
        pieces += table_pieces(
            [
                Column(translate("Summary", "Figure and value"), align="left", wrap=True),
                Column(translate("Summary", "Basis"), align="left", wrap=True),
                Column(translate("Summary", "Published by"), align="left", wrap=True),
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


def _summary(baseline: Baseline, figure: str):
    """The figure's summary, named for a reader (not by its address in the baseline)."""
    summary = summarise_figure(baseline, figure)
    if summary.values == translate("Provenance", "not in this baseline"):
        # a lever may name a figure by its stem (premises.lease_end: the year the lease ends)
        summary = summarise_figure(baseline, figure + "_year")
    basis = summary.basis
    if basis == translate("Provenance", "no provenance recorded"):
        basis = translate("Summary", "as recorded in the baseline")
    sources = summary.sources
    if sources == translate("Provenance", "none given"):
        sources = "–"
    elif sources == translate("Provenance", "none (an estimate)"):
        sources = translate("Summary", "planning estimate")
    return replace(summary, figure=figure_name(baseline, figure), basis=basis, sources=sources)


def _figure_row(summary) -> Row:
    # The values go under the figure's name, leaving the width to basis and sources.
    return Row((f"{summary.figure}\n{summary.values}", summary.basis, summary.sources))


def overrides_pieces(result: ScenarioResult, baseline: Baseline, fonts, width) -> list[Piece]:
    """The baseline figures this scenario assumes differently, each with its reason."""
    overrides = result.scenario.overrides
    if not overrides:
        return []
    pieces: list[Piece] = [
        heading(translate("Summary", "Assumptions this scenario changes"), fonts, width)
    ]
    rows = []
    for figure, override in sorted(overrides.items()):
        was = baseline_value(baseline, figure)
        rows.append(
            Row(
                (
                    figure_name(baseline, figure),
                    override_text(baseline, figure, override.value, was, override.reason),
                )
            )
        )
    return pieces + table_pieces(
        [
            Column(translate("Summary", "Figure"), align="left", wrap=True),
            Column(translate("Summary", "This scenario"), align="left", wrap=True),
        ],
        rows,
        fonts,
        width,
    )


def _services(result: ScenarioResult, baseline: Baseline, fonts, width) -> list[Piece]:
    rows = []
    for s in result.services:
        low = s.below_floor
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
                    below_floor_mark() if low else "",
                ),
                bold=low,
            )
        )
    count = len(result.plan.below_floor)
    if count:
        if count == 1:
            note = translate(
                "Summary",
                "1 line below floor, marked {mark} and bold: the line meets less of its demand "
                "than its floor.",
            )
        else:
            note = translate(
                "Summary",
                "{count} lines below floor, marked {mark} and bold: each meets less of its "
                "demand than its floor.",
            )
        note = note.format(count=count, mark=below_floor_mark())
    else:
        note = translate("Summary", "Every line meets at least its floor of demand.")
    return [
        heading(
            translate("Summary", "Service volumes in plan year {year}").format(
                year=result.plan_year
            ),
            fonts,
            width,
        ),
        *table_pieces(
            [
                Column(translate("Summary", "Service line"), align="left", wrap=True),
                Column(translate("Summary", "Unit"), align="left"),
                Column(translate("Summary", "{year} volume").format(year=baseline.year)),
                Column(translate("Summary", "Demand")),
                Column(translate("Summary", "Delivered")),
                Column(translate("Summary", "Shortfall")),
                Column(translate("Summary", "Share met")),
                Column(translate("Summary", "Floor")),
                Column("", align="left"),
            ],
            rows,
            fonts,
            width,
        ),
        *paragraph(note, fonts.small, width, space_before=style.mm(1)),
    ]


def _budget(result: ScenarioResult, fonts, width) -> list[Piece]:
    """As the window's budget table: baseline year, plan year with no change, scenario, and
    the change the levers make (scenario less no change); expenses and income in all, then
    the net cost. Every figure is the model's (BudgetLine, YearResult's subtotals and net)."""
    plan = result.plan
    rows = []
    for kind, label in (
        ("expense", translate("Summary", "Expenses in all")),
        ("income", translate("Summary", "Income in all")),
    ):
        lines = [line for line in result.budget if line.kind == kind]
        rows += [
            Row(
                (
                    line.name,
                    kind_name(line.kind),
                    fmt.meur(line.baseline_eur),
                    fmt.meur(line.trend_eur),
                    fmt.meur(line.scenario_eur),
                    fmt.signed_meur(line.change_eur),
                )
            )
            for line in lines
        ]
        subtotal = {
            column: plan.subtotal_eur(kind, column)
            for column in ("baseline_eur", "trend_eur", "scenario_eur", "change_eur")
        }
        rows.append(
            Row(
                (
                    label,
                    "",
                    fmt.meur(subtotal["baseline_eur"]),
                    fmt.meur(subtotal["trend_eur"]),
                    fmt.meur(subtotal["scenario_eur"]),
                    fmt.signed_meur(subtotal["change_eur"]),
                ),
                bold=True,
                rule_above=True,
            )
        )
    rows.append(
        Row(
            (
                translate("Summary", "Net cost (expenses − income)"),
                "",
                fmt.meur(plan.baseline_net_cost_eur),
                fmt.meur(plan.trend_net_cost_eur),
                fmt.meur(plan.net_cost_eur),
                fmt.signed_meur(plan.net_cost_eur - plan.trend_net_cost_eur),
            ),
            bold=True,
            rule_above=True,
        )
    )
    return [
        heading(translate("Summary", "Budget by category"), fonts, width),
        *table_pieces(
            [
                Column(translate("Summary", "Category"), align="left", wrap=True),
                Column(translate("Summary", "Kind"), align="left"),
                Column(translate("Summary", "Baseline")),
                Column(translate("Summary", "No change")),
                Column(translate("Summary", "Scenario")),
                Column(translate("Summary", "Change")),
            ],
            rows,
            fonts,
            width,
        ),
    ]


def _warnings(result: ScenarioResult, fonts, width) -> list[Piece]:
    count = len(result.warnings)
    pieces: list[Piece] = [
        heading(translate("Summary", "Warnings ({count})").format(count=count), fonts, width)
    ]
    if not result.warnings:
        return pieces + paragraph(
            translate("Summary", "No warnings from the model."), fonts.body, width
        )
    names = {s.id: s.name for s in result.services}
    for warning in result.warnings:
        text = warning_text(warning, names)
        pieces += paragraph(f"• {text}", fonts.body, width, space_before=style.mm(0.8))
    return pieces

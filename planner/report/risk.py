"""The risk page of one scenario (issue 11): how likely the target is, and what it rests on.

The figures are planner.analysis.uncertainty's, computed with a stated number of draws and a
fixed seed (both printed on the page), so the same summary prints the same probabilities:
the probability of reaching the target in each year, the 10th/50th/90th percentiles of the
savings as a fan chart against the target path, the ten assumptions (or levers) that move the
plan-year savings most, and the assumptions the scenario overrides.
"""

from dataclasses import dataclass

from planner.analysis.uncertainty import TornadoRow, UncertaintyResult, monte_carlo, tornado
from planner.model import LEVER_BY_ID, Baseline, Engine, ScenarioResult
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.figures import figure_name, figure_number, source_hosts
from planner.present.result import lever_name
from planner.report import style
from planner.report.charts import FanPiece, LegendPiece, TornadoRowPiece
from planner.report.content import overrides_pieces
from planner.report.flow import Piece, TextPiece, heading, paragraph
from planner.report.tables import Column, Row, table_pieces

TORNADO_BARS = 10


@dataclass(frozen=True)
class Risk:
    """One scenario's analysis, as the risk page prints it."""

    uncertainty: UncertaintyResult
    tornado: list[TornadoRow]  # largest first


def analyse(engine: Engine, result: ScenarioResult, draws: int, seed: int) -> Risk:
    scenario = result.scenario
    return Risk(monte_carlo(engine, scenario, draws, seed), tornado(engine, scenario))


def risk_pieces(result: ScenarioResult, baseline: Baseline, risk: Risk, fonts) -> list[Piece]:
    width = style.CONTENT_WIDTH
    mc = risk.uncertainty
    pieces: list[Piece] = [
        TextPiece(
            translate("Risk", "Risk: {name}").format(name=result.scenario.name), fonts.bold, width
        ),
        TextPiece(translate("Risk", "How likely is the target?"), fonts.title, width),
        *paragraph(
            translate(
                "Risk",
                "The baseline's planning estimates were drawn {draws} times, each between its "
                "low and its high with its value the most likely (a triangular distribution), "
                "independently of one another; random seed {seed}, so the same summary prints "
                "the same figures. Levers and the figures the scenario sets itself are held.",
            ).format(draws=fmt.number(mc.draws), seed=mc.seed),
            fonts.body,
            width,
            space_before=style.mm(1.5),
        ),
        heading(translate("Risk", "Probability of reaching the target, by year"), fonts, width),
    ]
    rows = []
    for i, year in enumerate(mc.years):
        plan = year == mc.plan_year
        rows.append(
            Row(
                (
                    translate("Risk", "{year} plan year").format(year=year) if plan else str(year),
                    fmt.meur(mc.targets[i]),
                    fmt.meur(mc.p10[i]),
                    fmt.meur(mc.p50[i]),
                    fmt.meur(mc.p90[i]),
                    fmt.pct(mc.probability_of_target[i], 0),
                ),
                bold=plan,
            )
        )
    pieces += table_pieces(
        [
            Column(translate("Risk", "Year"), align="left"),
            Column(translate("Risk", "Target")),
            Column(translate("Risk", "Savings, 10th percentile")),
            Column(translate("Risk", "Median savings")),
            Column(translate("Risk", "Savings, 90th percentile")),
            Column(translate("Risk", "Probability of reaching the target")),
        ],
        rows,
        fonts,
        width,
    )
    pieces.append(FanPiece(mc.years, mc.p10, mc.p50, mc.p90, mc.targets, fonts, width))
    pieces += paragraph(
        translate(
            "Risk",
            "In eight draws of ten the savings of a year lie within the gray band; the line is "
            "the middle draw.",
        ),
        fonts.small,
        width,
        color=style.MUTED,
    )
    pieces += _tornado(result, baseline, largest_bars(risk.tornado), fonts, width)
    held = overrides_pieces(result, baseline, fonts, width)
    if held:
        pieces += held
        pieces += paragraph(
            translate(
                "Risk",
                "These figures are held at the scenario's values in every draw and left out "
                "of the bars above.",
            ),
            fonts.small,
            width,
            color=style.MUTED,
            space_before=style.mm(1),
        )
    else:
        pieces += paragraph(
            translate("Risk", "This scenario changes none of the baseline's assumptions."),
            fonts.small,
            width,
            color=style.MUTED,
            space_before=style.mm(2),
        )
    return pieces


def _tornado(result, baseline, rows: list[TornadoRow], fonts, width) -> list[Piece]:
    pieces: list[Piece] = [
        heading(
            translate("Risk", "What matters most for the savings in {year}").format(
                year=result.plan_year
            ),
            fonts,
            width,
        ),
        *paragraph(
            translate(
                "Risk",
                "The {count} estimates (and levers) that move the plan-year savings most: each "
                "at its low and at its high with every other figure at its value; a lever 10 "
                "points down and up. Bars show the change in the plan-year savings.",
            ).format(count=len(rows)),
            fonts.small,
            width,
            color=style.MUTED,
            keep_with_next=True,
        ),
        LegendPiece(
            [
                ("hatch", translate("Risk", "at its low")),
                (style.BAR_SAVING, translate("Risk", "at its high")),
            ],
            fonts,
            indent=width * TornadoRowPiece.LABEL_SHARE,
        ),
    ]
    pieces[-1].keep_with_next = True
    if not rows:
        return pieces[:1] + paragraph(
            translate(
                "Risk", "No estimate and no lever moves the plan-year savings of this scenario."
            ),
            fonts.body,
            width,
        )
    span = max(row.swing for row in rows)
    for row in rows:
        name, note = tornado_label(baseline, row)
        pieces.append(
            TornadoRowPiece(name, note, row.low_change_eur, row.high_change_eur, span, fonts, width)
        )
    return pieces


def largest_bars(rows: list[TornadoRow]) -> list[TornadoRow]:
    """The ten largest bars (the rows come largest first); a figure that moves the savings by
    less than a euro either way is no bar."""
    return [row for row in rows if row.swing >= 1.0][:TORNADO_BARS]


def tornado_label(baseline: Baseline, row: TornadoRow) -> tuple[str, str]:
    """The bar's name and the line under it: the range and where the figure comes from."""
    if row.assumption is None:
        lever = LEVER_BY_ID[row.lever]
        return (
            translate("Risk", "Lever: {name}").format(name=lever_name(lever)),
            translate("Risk", "{low} to {high} %, as the scenario could set it").format(
                low=fmt.lever_value(row.low_value, "").strip(),
                high=fmt.lever_value(row.high_value, "").strip(),
            ),
        )
    a = row.assumption
    return (
        figure_name(baseline, a.figure),
        translate("Risk", "{low} to {high} (value {value}); source: {source}").format(
            low=figure_number(a.low),
            high=figure_number(a.high),
            value=figure_number(a.value),
            source=source_hosts(a.source),
        ),
    )

"""The comparison page: several scenarios side by side, with differences from the first.

The rows are Compare's own (planner.present.comparison), written for paper (money in M€):
lever settings and the plan, savings per lever and in total against the target, delivered
volumes and shortfalls, and budget lines. Each table holds the first scenario and up to two
others (with a Δ column each), so columns stay legible on A4; more scenarios get further
tables.
"""

from planner.model import Baseline, ScenarioResult
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.comparison import (
    PAPER,
    SHORT_MARK,
    budget_rows,
    lever_rows,
    plan_rows,
    savings_rows,
)
from planner.present.comparison import Row as ComparisonRow
from planner.report import style
from planner.report.flow import Piece, TextPiece, heading, paragraph
from planner.report.tables import Column, Row, table_pieces

OTHERS_PER_TABLE = 2


def comparison_pieces(
    results: list[ScenarioResult], baseline: Baseline, division: str, fonts
) -> list[Piece]:
    width = style.CONTENT_WIDTH
    first = results[0]
    listing = "; ".join(f"{i}. {r.scenario.name}" for i, r in enumerate(results, start=1))
    # The division is the running header of every page; it is not repeated here.
    pieces: list[Piece] = [
        TextPiece(
            translate("Comparison", "Comparison of {count} scenarios").format(count=len(results)),
            fonts.title,
            width,
        ),
        *paragraph(
            translate(
                "Comparison",
                "Scenarios: {listing}. Each Δ column is the difference from scenario 1, "
                "{first}. Baseline: {baseline} ({year}).",
            ).format(
                listing=listing,
                first=first.scenario.name,
                baseline=baseline.name,
                year=baseline.year,
            ),
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
            numbers = ", ".join(str(n) for n, _ in chosen)
            suffix = " " + translate("Comparison", "(scenarios {numbers})").format(numbers=numbers)
        titles = (
            translate("Comparison", "Levers and plan"),
            translate("Comparison", "Savings"),
            translate("Comparison", "Service volumes delivered"),
            translate("Comparison", "Budget in the plan year"),
        )
        pieces += _table(titles[0] + suffix, chosen, _lever_rows(chosen), fonts, width)
        pieces += _table(titles[1] + suffix, chosen, _savings_rows(chosen), fonts, width)
        pieces += _table(titles[2] + suffix, chosen, _service_rows(chosen), fonts, width)
        pieces += paragraph(
            translate(
                "Comparison",
                "Each cell: the volume delivered and, below it, the shortfall against demand. "
                "▼ marks a line below its floor.",
            ),
            fonts.small,
            width,
            space_before=style.mm(1),
        )
        pieces += _table(titles[3] + suffix, chosen, _budget_rows(chosen), fonts, width)
    return pieces


def _table(title, chosen, rows, fonts, width) -> list[Piece]:
    columns = [Column("", align="left", wrap=True)]
    for number, result in chosen:
        columns.append(Column(f"{number}. {result.scenario.name}"))
        if number > 1:
            columns.append(Column(translate("Comparison", "Δ vs 1")))
    return [heading(title, fonts, width), *table_pieces(columns, rows, fonts, width)]


def _rows(specs: list[ComparisonRow], chosen) -> list[Row]:
    """Per comparison row: its label, then each scenario's value and, after the first, its
    difference from the first; a rule above the first bold row (a total)."""
    base = chosen[0][1]
    rows, ruled = [], False
    for spec in specs:
        if spec.kind is None:
            continue  # headings are the tables' titles on paper
        kind = PAPER[spec.kind]
        cells = [spec.label]
        for number, result in chosen:
            text = kind.show(spec.value(result))
            cells.append(f"{SHORT_MARK} {text}" if spec.marked(result) else text)
            if number > 1:
                cells.append(kind.delta(spec.value(result) - spec.value(base)))
        rule = spec.bold and not ruled
        ruled = ruled or spec.bold
        rows.append(Row(tuple(cells), bold=spec.bold, rule_above=rule))
    return rows


def _lever_rows(chosen) -> list[Row]:
    return _rows(lever_rows() + plan_rows(), chosen)


def _savings_rows(chosen) -> list[Row]:
    return _rows(savings_rows(), chosen)


def _service_rows(chosen) -> list[Row]:
    """One row per line (delivered over shortfall in one cell), to keep the page short."""
    rows = []
    base = chosen[0][1]
    for j, service in enumerate(base.services):
        cells = [
            translate("Comparison", "{name} ({unit}s)").format(name=service.name, unit=service.unit)
        ]
        for number, result in chosen:
            s = result.services[j]
            mark = f"{SHORT_MARK} " if s.below_floor else ""
            short = translate("Comparison", "short {volume}").format(volume=fmt.volume(s.shortfall))
            cells.append(f"{mark}{fmt.volume(s.delivered)}\n{short}")
            if number > 1:
                cells.append(fmt.signed_volume(s.delivered - base.services[j].delivered))
        rows.append(Row(tuple(cells)))
    return rows


def _budget_rows(chosen) -> list[Row]:
    return _rows(budget_rows([result for _, result in chosen]), chosen)

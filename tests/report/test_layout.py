"""Pagination and the provenance summary, checked on their own."""

import pytest

from planner.present.provenance import summarise_figure
from planner.report import style
from planner.report.flow import Piece, SectionStart, Spacer, paginate

PAGE = style.CONTENT_BOTTOM - style.CONTENT_TOP


class Block(Piece):
    def __init__(self, name, height, keep_with_next=False):
        self.name = name
        self.height = height
        self.keep_with_next = keep_with_next

    def draw(self, painter, x, y, width):
        pass


def names(page):
    return [getattr(piece, "name", "?") for piece, _ in page.items]


def test_pieces_fill_a_page_then_start_the_next():
    pages = paginate([SectionStart("S"), *(Block(i, PAGE / 4) for i in range(6))])
    assert [names(p) for p in pages] == [[0, 1, 2, 3], [4, 5]]
    assert [p.section for p in pages] == ["S", "S"]


def test_a_heading_moves_to_the_next_page_with_what_follows():
    pages = paginate(
        [
            SectionStart("S"),
            Block("body", PAGE * 0.8),
            Block("heading", PAGE * 0.1, keep_with_next=True),
            Block("first row", PAGE * 0.15),
        ]
    )
    assert [names(p) for p in pages] == [["body"], ["heading", "first row"]]


def test_each_section_starts_on_a_new_page_with_its_own_running_title():
    pages = paginate([SectionStart("A"), Block(1, 10), SectionStart("B"), Block(2, 10)])
    assert [(p.section, names(p)) for p in pages] == [("A", [1]), ("B", [2])]


def test_a_row_starting_a_page_brings_its_table_header():
    header = Block("header", PAGE * 0.1, keep_with_next=True)
    rows = [Block(f"row{i}", PAGE * 0.3) for i in range(4)]
    for piece in rows:
        piece.repeat = header
    pages = paginate([SectionStart("S"), header, *rows])
    assert [names(p) for p in pages] == [
        ["header", "row0", "row1", "row2"],
        ["header", "row3"],
    ]


def test_space_before_is_dropped_at_the_top_of_a_page():
    spaced = Block("spaced", PAGE * 0.5)
    spaced.space_before = PAGE * 0.2
    pages = paginate([SectionStart("S"), Spacer(PAGE * 0.6), spaced])
    (piece, y) = pages[1].items[0]
    assert piece is spaced and y == style.CONTENT_TOP


def test_a_column_is_summarised_in_one_line(baseline):
    summary = summarise_figure(baseline, "services.unit_cost_eur")
    costs = baseline.services["unit_cost_eur"]
    assert summary.values == f"14 values, {costs.min():,.1f} to {costs.max():,.0f}"
    assert summary.basis == "assumption ×14, all with ranges"


@pytest.mark.parametrize(
    ("figure", "values", "basis", "sources"),
    [
        (
            "budget.outsourced_labour.amount_eur",
            "35,300,000",
            "assumption, range 20,000,000–60,000,000",
            "www.hyvil.fi, demokraatti.fi, www.hs.fi",
        ),
        ("workforce.staff_count.value", "15,000", "read", "hel.fi"),
        ("premises.lease_end_year", "5 values, 2024 to 2030", None, "none (an estimate)"),
        (
            "premises.landlord",
            "5 values: external, internal",
            "no provenance recorded",
            "none given",
        ),
        ("premises.no_such_column", "not in this baseline", "no provenance recorded", "none given"),
    ],
)
def test_single_figures_show_value_basis_and_source(baseline, figure, values, basis, sources):
    summary = summarise_figure(baseline, figure)
    assert summary.values == values
    if basis is not None:
        assert summary.basis == basis
    assert summary.sources == sources


def test_basis_counts_add_up_to_the_values(baseline):
    summary = summarise_figure(baseline, "fees.fee_reference_eur")
    assert summary.values.startswith("14 values")
    counts = [int(part.split("×")[1].split(",")[0]) for part in summary.basis.split("; ")]
    assert sum(counts) == 14

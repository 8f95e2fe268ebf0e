"""Pieces of content, flowed onto pages, and the page frame (running header, footer).

A section (one scenario, the comparison) is turned into a list of pieces, each with a fixed
height. Pagination places them top to bottom; a piece that does not fit starts a new page.
Pieces chained by `keep_with_next` (a heading and what follows it) move to the next page
together, and a table row that starts a page brings its table's header row with it. The whole
document is laid out before anything is painted, so "page N of M" knows M.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from planner.present import translate
from planner.report import style
from planner.report.text import TextBox, text_width


class Piece:
    """A block of fixed height, drawn at (x, y) across the content width."""

    height: float = 0.0
    space_before: float = 0.0  # dropped at the top of a page
    keep_with_next: bool = False
    repeat: "Piece | None" = None  # drawn first when this piece starts a page

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        raise NotImplementedError


class SectionStart(Piece):
    """Starts a new page; `title` is the running header of the section's pages."""

    def __init__(self, title: str):
        self.title = title

    def draw(self, painter, x, y, width) -> None:  # occupies no space
        pass


class Spacer(Piece):
    def __init__(self, height: float):
        self.height = height

    def draw(self, painter, x, y, width) -> None:
        pass


class TextPiece(Piece):
    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        space_before: float = 0.0,
        indent: float = 0.0,
        keep_with_next: bool = False,
        color=style.INK,
    ):
        self.box = TextBox(text, font, width - indent)
        self.indent = indent
        self.height = self.box.height
        self.space_before = space_before
        self.keep_with_next = keep_with_next
        self.color = color

    def draw(self, painter, x, y, width) -> None:
        painter.setPen(self.color)
        self.box.draw(painter, x + self.indent, y)


def paragraph(
    text: str,
    font: QFont,
    width: float,
    *,
    space_before: float = 0.0,
    indent: float = 0.0,
    color=style.INK,
    keep_with_next: bool = False,
) -> list[Piece]:
    """A paragraph as one piece per line, so a long text can run onto the next page.
    With `keep_with_next`, the whole paragraph stays with what follows it."""
    box = TextBox(text, font, width - indent)
    lines = []
    for layout in box.layouts:
        text_of_layout = layout.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            piece_text = text_of_layout[line.textStart() : line.textStart() + line.textLength()]
            lines.append(TextPiece(piece_text.rstrip(), font, width, indent=indent, color=color))
    if not lines:
        return []
    lines[0].space_before = space_before
    lines[0].keep_with_next = len(lines) > 1  # no single first line left alone at a page foot
    if keep_with_next:
        for line in lines:
            line.keep_with_next = True
    return lines


def heading(text: str, fonts, width: float) -> TextPiece:
    piece = TextPiece(text, fonts.heading, width, space_before=style.mm(5), keep_with_next=True)
    piece.height += style.mm(1.5)
    return piece


@dataclass
class Page:
    section: str
    items: list[tuple[Piece, float]] = field(default_factory=list)


def paginate(pieces: list[Piece]) -> list[Page]:
    pages: list[Page] = []
    section = ""
    y = style.CONTENT_TOP

    def new_page() -> Page:
        nonlocal y
        pages.append(Page(section))
        y = style.CONTENT_TOP
        return pages[-1]

    page: Page | None = None
    for i, piece in enumerate(pieces):
        if isinstance(piece, SectionStart):
            section = piece.title
            page = new_page()
            continue
        if page is None:
            page = new_page()
        gap = piece.space_before if page.items else 0.0
        # (a small tolerance: pieces that fill the page exactly must not spill by rounding)
        if gap + _chain_height(pieces, i) > style.CONTENT_BOTTOM - y + 1e-6 and page.items:
            page = new_page()
            gap = 0.0
        placed = {id(item) for item, _ in page.items}
        if piece.repeat is not None and id(piece.repeat) not in placed:
            page.items.append((piece.repeat, y))
            y += piece.repeat.height
        y += gap
        page.items.append((piece, y))
        y += piece.height
    return pages


def _chain_height(pieces: list[Piece], start: int) -> float:
    """The height of a piece and the pieces it must stay with."""
    total = 0.0
    for index in range(start, len(pieces)):
        piece = pieces[index]
        if isinstance(piece, SectionStart):
            break
        total += piece.height + (piece.space_before if index > start else 0.0)
        if not piece.keep_with_next:
            break
    return total


@dataclass(frozen=True)
class Frame:
    """What every page shows around its content."""

    division: str
    generated: str  # e.g. "Generated 2025-03-01 14:05 by planner 0.1.0"


def paint_page(painter: QPainter, page: Page, number: int, count: int, frame: Frame, fonts) -> None:
    left, width = style.CONTENT_LEFT, style.CONTENT_WIDTH
    right = left + width
    painter.setPen(style.MUTED)
    painter.setFont(fonts.small)
    header_y = style.MARGIN_TOP
    # The division keeps its full name where it fits; the section title gets the rest.
    division_width = min(text_width(fonts.small, frame.division) + style.pt(1), width * 0.62)
    section_width = width - division_width - style.mm(4)
    painter.drawText(
        QRectF(left, header_y, division_width, style.HEADER_HEIGHT),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        _elide(frame.division, fonts.small, division_width),
    )
    painter.drawText(
        QRectF(right - section_width, header_y, section_width, style.HEADER_HEIGHT),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        _elide(page.section, fonts.small, section_width),
    )
    rule_y = header_y + style.HEADER_HEIGHT - style.mm(4)
    painter.setPen(QPen(style.RULE, style.pt(0.5)))
    painter.drawLine(QPointF(left, rule_y), QPointF(right, rule_y))

    for piece, y in page.items:
        piece.draw(painter, left, y, width)

    footer_y = style.PAGE_HEIGHT - style.MARGIN_BOTTOM - style.FOOTER_HEIGHT + style.mm(3)
    painter.setPen(QPen(style.RULE, style.pt(0.5)))
    painter.drawLine(QPointF(left, footer_y), QPointF(right, footer_y))
    painter.setPen(style.MUTED)
    painter.setFont(fonts.small)
    text_rect = QRectF(left, footer_y + style.mm(1), width, style.FOOTER_HEIGHT)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, frame.generated)
    painter.drawText(
        text_rect,
        Qt.AlignmentFlag.AlignRight,
        translate("Summary", "page {number} of {count}").format(number=number, count=count),
    )


def _elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)

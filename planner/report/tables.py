"""Tables flowed as one piece per row; a row that starts a page repeats the header row."""

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen

from planner.report import style
from planner.report.flow import Piece
from planner.report.text import TextBox, text_width

PAD_X = style.pt(3)
PAD_Y = style.pt(1.8)
# Text exactly as wide as its box may still wrap by rounding; measured widths get this slack.
SLACK = style.pt(0.6)
ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


@dataclass(frozen=True)
class Column:
    title: str
    align: str = "right"  # "left", "center" or "right"; numbers are right-aligned
    wrap: bool = False  # shares the width the other columns leave
    bold: bool = False  # every cell bold (a label column)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    bold: bool = False
    rule_above: bool = False  # a total line
    shade: bool = False


class _RowPiece(Piece):
    def __init__(self, boxes, widths, *, header=False, rule_above=False, shade=False):
        self.boxes = boxes
        self.widths = widths
        self.header = header
        self.rule_above = rule_above
        self.shade = shade
        self.height = max(box.height for box in boxes) + 2 * PAD_Y

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        total = sum(self.widths)
        if self.header or self.shade:
            painter.fillRect(QRectF(x, y, total, self.height), style.BAND)
        cell_x = x
        painter.setPen(style.INK)
        for box, cell_width in zip(self.boxes, self.widths, strict=True):
            box.draw(painter, cell_x + PAD_X, y + PAD_Y)
            cell_x += cell_width
        if self.rule_above:
            painter.setPen(QPen(style.INK, style.pt(0.8)))
            painter.drawLine(QPointF(x, y), QPointF(x + total, y))
        painter.setPen(QPen(style.RULE if self.header else style.LIGHT_RULE, style.pt(0.4)))
        bottom = y + self.height
        painter.drawLine(QPointF(x, bottom), QPointF(x + total, bottom))


def table_pieces(
    columns: list[Column],
    rows: list[Row],
    fonts,
    width: float,
    *,
    font: QFont | None = None,
    bold_font: QFont | None = None,
    header: bool = True,
    space_before: float = 0.0,
    measure_rows: list[Row] | None = None,
) -> list[Piece]:
    """Pieces of a table `width` wide: the header row, then one piece per row.

    Column widths fit `measure_rows` (default: the rows), so that tables of the same kind
    can share one set of columns."""
    font = font or fonts.table
    bold_font = bold_font or fonts.table_bold
    widths = _column_widths(columns, measure_rows or rows, font, bold_font, width)
    aligns = [ALIGN[c.align] for c in columns]

    def boxes(cells, cell_font):
        return [
            TextBox(text, bold_font if column.bold else cell_font, w - 2 * PAD_X, align)
            for text, column, w, align in zip(cells, columns, widths, aligns, strict=True)
        ]

    pieces: list[Piece] = []
    head = None
    if header:
        head = _RowPiece(boxes([c.title for c in columns], bold_font), widths, header=True)
        head.keep_with_next = True
        pieces.append(head)
    for row in rows:
        piece = _RowPiece(
            boxes(row.cells, bold_font if row.bold else font),
            widths,
            rule_above=row.rule_above,
            shade=row.shade,
        )
        piece.repeat = head
        pieces.append(piece)
    if pieces:
        pieces[0].space_before = space_before
        if not header and len(pieces) > 1:
            pieces[0].keep_with_next = True
    return pieces


def _column_widths(columns, rows, font, bold_font, width: float) -> list[float]:
    """Fixed columns get their widest cell; wrapping columns share what is left."""
    natural = []
    for i, column in enumerate(columns):
        widest_cell = max(
            (
                text_width(bold_font if row.bold or column.bold else font, row.cells[i])
                for row in rows
            ),
            default=0.0,
        )
        # A header may wrap onto two lines, never inside a word.
        widest_word = max((text_width(bold_font, w) for w in column.title.split()), default=0.0)
        half_title = text_width(bold_font, column.title) * 0.55
        natural.append(max(widest_cell, widest_word, half_title) + 2 * PAD_X + SLACK)
    wrapping = [i for i, c in enumerate(columns) if c.wrap]
    fixed = sum(w for i, w in enumerate(natural) if i not in wrapping)
    if not wrapping:
        # Spread the spare width over the columns, so tables span the page.
        spare = max(0.0, width - fixed) / len(columns)
        return [w + spare for w in natural]
    left = max(width - fixed, style.mm(25) * len(wrapping))
    share = sum(natural[i] for i in wrapping) or 1.0
    widths = list(natural)
    for i in wrapping:
        widths[i] = left * natural[i] / share if len(wrapping) > 1 else left
    return widths

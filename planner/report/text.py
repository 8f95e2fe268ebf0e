"""Wrapped text measured once and drawn the same on every device."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption


def text_width(font: QFont, text: str) -> float:
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0.0)


def line_height(font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return metrics.height() + metrics.leading()


class TextBox:
    """Text wrapped to a width (at word boundaries, inside a word only when it must, as in a
    long file path). Explicit newlines start new lines."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ):
        self.text = text
        self.font = font
        self.width = width
        self.layouts: list[QTextLayout] = []
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        y = 0.0
        for paragraph in text.split("\n"):
            layout = QTextLayout(paragraph, font)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, y))
                y += line.height()
            layout.endLayout()
            self.layouts.append(layout)
        self.height = y

    @property
    def line_count(self) -> int:
        return sum(layout.lineCount() for layout in self.layouts)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setFont(self.font)
        for layout in self.layouts:
            layout.draw(painter, QPointF(x, y))

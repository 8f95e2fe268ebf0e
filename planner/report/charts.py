"""The savings bridge (waterfall) on paper, drawn as vectors at print resolution: the result's
own bridge (ScenarioResult.bridge), the same steps and labels the window's chart shows.

Readable in black and white: savings are gray bars, costs (negative savings) are white bars
with diagonal hatching, the total is black, the target a dashed line; every bar carries its
value as text, so nothing depends on telling shades apart.
"""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen

from planner.present import numbers as fmt
from planner.present import translate
from planner.present.result import bridge_label, bridge_value
from planner.report import style
from planner.report.flow import Piece
from planner.report.text import TextBox, line_height, text_width


def nice_step(span: float, count: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) giving about `count` ticks."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


class BridgePiece(Piece):
    """The bridge as a piece of the page flow. `bridge`: the result's steps, the last of them
    the total."""

    def __init__(self, bridge, target: float, fonts, width: float):
        self.steps = [step for step in bridge if step.kind != "total"]
        self.total_step = next(step for step in bridge if step.kind == "total")
        self.total = self.total_step.value_eur
        self.target = target
        self.fonts = fonts
        self.axis_width = style.mm(17)
        self.plot_height = style.mm(58)
        slots = len(self.steps) + 1
        self.slot = (width - self.axis_width) / slots
        self.labels = [
            TextBox(
                bridge_label(step),
                fonts.small,
                self.slot - style.mm(2),
                Qt.AlignmentFlag.AlignHCenter,
            )
            for step in self.steps
        ] + [
            TextBox(
                bridge_label(self.total_step),
                fonts.small_bold,
                self.slot - style.mm(2),
                Qt.AlignmentFlag.AlignHCenter,
            )
        ]
        self.label_height = max(box.height for box in self.labels)
        self.top_pad = line_height(fonts.small) * 1.6
        self.legend_height = line_height(fonts.small) * 1.8
        self.height = (
            self.top_pad + self.plot_height + style.mm(1.5) + self.label_height + self.legend_height
        )
        self.space_before = style.mm(3)

    def _range(self) -> tuple[float, float]:
        levels = [0.0, self.total, self.target]
        level = 0.0
        for step in self.steps:
            level += step.value_eur
            levels.append(level)
        low, high = min(levels), max(levels)
        if high - low <= 0:
            high = low + 1e6
        step = nice_step(high - low)
        return math.floor(low / step) * step, math.ceil(high * 1.04 / step) * step

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        low, high = self._range()
        plot_left = x + self.axis_width
        plot_right = x + width
        plot_top = y + self.top_pad
        plot_bottom = plot_top + self.plot_height

        def to_y(value: float) -> float:
            return plot_bottom - (value - low) / (high - low) * self.plot_height

        self._draw_axis(painter, x, plot_left, plot_right, low, high, to_y)

        bar_width = self.slot * 0.58
        level = 0.0
        labels = []  # drawn last, over the target line
        for i, step in enumerate(self.steps):
            centre = plot_left + self.slot * (i + 0.5)
            start, end = level, level + step.value_eur
            rect = QRectF(
                centre - bar_width / 2,
                to_y(max(start, end)),
                bar_width,
                abs(to_y(start) - to_y(end)),
            )
            if step.value_eur >= 0:
                painter.fillRect(rect, style.BAR_SAVING)
            else:
                painter.fillRect(rect, style.PAPER)
                _hatch(painter, rect)
            painter.setPen(QPen(style.INK, style.pt(0.6)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            labels.append((centre, rect, bridge_value(step), step.value_eur < 0, False))
            # A dotted connector carries the running total to the next bar.
            painter.setPen(QPen(style.RULE, style.pt(0.5), Qt.PenStyle.DotLine))
            painter.drawLine(
                QPointF(centre + bar_width / 2, to_y(end)),
                QPointF(centre + self.slot - bar_width / 2, to_y(end)),
            )
            level = end

        centre = plot_left + self.slot * (len(self.steps) + 0.5)
        rect = QRectF(
            centre - bar_width / 2,
            to_y(max(0.0, self.total)),
            bar_width,
            abs(to_y(self.total) - to_y(0.0)),
        )
        painter.fillRect(rect, style.BAR_TOTAL)
        painter.setPen(QPen(style.INK, style.pt(0.6)))
        painter.drawRect(rect)
        labels.append((centre, rect, bridge_value(self.total_step), self.total < 0, True))

        target_y = to_y(self.target)
        painter.setPen(QPen(style.INK, style.pt(1.0), Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot_left, target_y), QPointF(plot_right, target_y))
        # The label sits on a paper-white patch above the line's left end, so gridlines and
        # bars never run through it.
        font = self.fonts.small_bold
        label = translate("Bridge", "target {amount}").format(amount=fmt.meur(self.target))
        label_x = plot_left + style.mm(1)
        height = line_height(font)
        painter.fillRect(
            QRectF(
                label_x - style.mm(0.5),
                target_y - height,
                text_width(font, label) + style.mm(1),
                height - style.pt(0.8),
            ),
            style.PAPER,
        )
        painter.setFont(font)
        painter.setPen(style.INK)
        painter.drawText(QPointF(label_x, target_y - style.pt(2.2)), label)
        for centre, rect, text, below, bold in labels:
            self._value_label(painter, centre, rect, text, below, bold)

        label_top = plot_bottom + style.mm(1.5)
        painter.setPen(style.INK)
        for i, box in enumerate(self.labels):
            box.draw(painter, plot_left + self.slot * i + style.mm(1), label_top)
        self._legend(painter, plot_left, label_top + self.label_height + style.mm(1))

    def _draw_axis(self, painter, x, plot_left, plot_right, low, high, to_y) -> None:
        step = nice_step(high - low)
        painter.setFont(self.fonts.small)
        count = round((high - low) / step)
        for k in range(count + 1):
            value = low + k * step
            ty = to_y(value)
            painter.setPen(QPen(style.LIGHT_RULE, style.pt(0.4)))
            painter.drawLine(QPointF(plot_left, ty), QPointF(plot_right, ty))
            painter.setPen(style.MUTED)
            painter.drawText(
                QRectF(x, ty - style.mm(3), self.axis_width - style.mm(1.5), style.mm(6)),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt.meur(value, 0),
            )
        painter.setPen(QPen(style.INK, style.pt(0.8)))
        painter.drawLine(QPointF(plot_left, to_y(0.0)), QPointF(plot_right, to_y(0.0)))

    def _value_label(self, painter, centre, rect, text, below, bold=False) -> None:
        font = self.fonts.small_bold if bold else self.fonts.small
        painter.setFont(font)
        painter.setPen(style.INK)
        height = line_height(font)
        top = rect.bottom() + style.pt(1) if below else rect.top() - height - style.pt(0.5)
        # A paper-white patch keeps the value readable where the target line crosses it.
        patch = text_width(font, text) + style.mm(1)
        painter.fillRect(QRectF(centre - patch / 2, top, patch, height), style.PAPER)
        painter.drawText(
            QRectF(centre - self.slot / 2, top, self.slot, height),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            text,
        )

    def _legend(self, painter, left, top) -> None:
        font = self.fonts.small
        height = line_height(font)
        swatch = style.mm(3.2)
        x = left
        items = [
            ("saving", translate("Bridge", "saving")),
            ("cost", translate("Bridge", "cost (negative saving)")),
            ("total", translate("Bridge", "total in the plan year")),
            ("target", translate("Bridge", "target")),
        ]
        painter.setFont(font)
        for kind, text in items:
            box = QRectF(x, top + (height - swatch) / 2, swatch, swatch)
            if kind == "target":
                painter.setPen(QPen(style.INK, style.pt(1.0), Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(x, box.center().y()), QPointF(x + swatch * 1.6, box.center().y())
                )
                x += swatch * 1.6
            else:
                fill = {"saving": style.BAR_SAVING, "cost": style.PAPER, "total": style.BAR_TOTAL}
                painter.fillRect(box, fill[kind])
                if kind == "cost":
                    _hatch(painter, box)
                painter.setPen(QPen(style.INK, style.pt(0.6)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
                x += swatch
            x += style.mm(1.2)
            painter.setPen(style.INK)
            painter.drawText(QRectF(x, top, style.mm(60), height), Qt.AlignmentFlag.AlignLeft, text)
            x += text_width(font, text) + style.mm(5)


def _hatch(painter: QPainter, rect: QRectF) -> None:
    """Diagonal lines drawn as vectors (brush patterns are device pixels and vanish in print)."""
    painter.save()
    clip = QPainterPath()
    clip.addRect(rect)
    painter.setClipPath(clip)
    painter.setPen(QPen(style.INK, style.pt(0.5)))
    painter.setBrush(QBrush())
    spacing = style.mm(1.1)
    offset = -rect.height()
    while offset < rect.width():
        painter.drawLine(
            QPointF(rect.left() + offset, rect.bottom()),
            QPointF(rect.left() + offset + rect.height(), rect.top()),
        )
        offset += spacing
    painter.restore()

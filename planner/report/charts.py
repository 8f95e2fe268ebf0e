"""The savings bridge (waterfall) on paper, drawn as vectors at print resolution: the result's
own bridge (ScenarioResult.bridge), the same steps and labels the window's chart shows.

Readable in black and white: savings are gray bars, costs (negative savings) are white bars
with diagonal hatching, the total is black, the target a dashed line; every bar carries its
value as text, so nothing depends on telling shades apart.
"""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPainterPath, QPen

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


SMALLEST_LABEL = 0.7  # of the label font's size (7.5 pt: 5.3 pt); smaller is hard to read


def fitting_font(font: QFont, text: str, width: float) -> QFont:
    """`font`, made smaller (down to SMALLEST_LABEL of its size) until the longest word of
    `text` fits `width`: a long Finnish compound ("Suunnitteluvuosi") under a narrow bar is
    shrunk rather than broken inside the word."""
    longest = max(text.split(), key=lambda word: text_width(font, word), default="")
    wide = text_width(font, longest)
    if wide <= width:
        return font
    smaller = QFont(font)
    size = max(font.pixelSize() * width / wide, font.pixelSize() * SMALLEST_LABEL)
    smaller.setPixelSize(max(1, int(size)))
    return smaller


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
        room = self.slot - style.mm(1)
        self.labels = [
            TextBox(
                bridge_label(step),
                fitting_font(fonts.small, bridge_label(step), room),
                room,
                Qt.AlignmentFlag.AlignHCenter,
            )
            for step in self.steps
        ] + [
            TextBox(
                bridge_label(self.total_step),
                fitting_font(fonts.small_bold, bridge_label(self.total_step), room),
                room,
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
        # The target's amount is said in the legend: a label on the line collided with the
        # bars' values wherever a bar ends near the target.
        for centre, rect, text, below, bold in labels:
            self._value_label(painter, centre, rect, text, below, bold)

        label_top = plot_bottom + style.mm(1.5)
        painter.setPen(style.INK)
        for i, box in enumerate(self.labels):
            box.draw(painter, plot_left + self.slot * i + style.mm(0.5), label_top)
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
            (
                "target",
                translate("Bridge", "target {amount}").format(amount=fmt.meur(self.target)),
            ),
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


def _plot_axis(painter, fonts, x, axis_width, plot_left, plot_right, low, high, to_y) -> None:
    """Gridlines with M€ labels, and the zero line."""
    step = nice_step(high - low)
    painter.setFont(fonts.small)
    first = math.ceil(low / step - 1e-9)  # ticks on multiples of the step, so 0 is one
    for k in range(first, math.floor(high / step + 1e-9) + 1):
        value = k * step
        ty = to_y(value)
        painter.setPen(QPen(style.LIGHT_RULE, style.pt(0.4)))
        painter.drawLine(QPointF(plot_left, ty), QPointF(plot_right, ty))
        painter.setPen(style.MUTED)
        painter.drawText(
            QRectF(x, ty - style.mm(3), axis_width - style.mm(1.5), style.mm(6)),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fmt.meur(value, 0),
        )
    if low <= 0.0 <= high:
        painter.setPen(QPen(style.INK, style.pt(0.8)))
        painter.drawLine(QPointF(plot_left, to_y(0.0)), QPointF(plot_right, to_y(0.0)))


def _nice_range(values: list[float]) -> tuple[float, float]:
    low, high = min([0.0, *values]), max([0.0, *values])
    if high - low <= 0:
        high = low + 1e6
    step = nice_step(high - low)
    return math.floor(low / step) * step, math.ceil(high * 1.06 / step) * step


def _legend_items(painter, fonts, left, top, items) -> None:
    """A row of legend entries: (kind, text); kinds 'fill:<color>', 'hatch', 'dash', 'line'."""
    font = fonts.small
    height = line_height(font)
    swatch = style.mm(3.2)
    x = left
    painter.setFont(font)
    for kind, text in items:
        box = QRectF(x, top + (height - swatch) / 2, swatch, swatch)
        if kind in ("dash", "line"):
            pen_style = Qt.PenStyle.DashLine if kind == "dash" else Qt.PenStyle.SolidLine
            painter.setPen(QPen(style.INK, style.pt(1.0 if kind == "dash" else 1.4), pen_style))
            painter.drawLine(
                QPointF(x, box.center().y()), QPointF(x + swatch * 1.6, box.center().y())
            )
            x += swatch * 1.6
        else:
            if kind == "hatch":
                painter.fillRect(box, style.PAPER)
                _hatch(painter, box)
            else:
                painter.fillRect(box, kind)
            painter.setPen(QPen(style.INK, style.pt(0.6)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            x += swatch
        x += style.mm(1.2)
        painter.setPen(style.INK)
        painter.drawText(QRectF(x, top, style.mm(80), height), Qt.AlignmentFlag.AlignLeft, text)
        x += text_width(font, text) + style.mm(5)


class YearsPiece(Piece):
    """Savings by year against the target path. Each year's bar is its savings after one-off
    costs (gray); the one-off costs are a hatched block on top of it, reaching up to the
    levers' in-year effect; the target path is a dashed step line; every bar carries its
    savings as text. `years`: the result's YearResults."""

    def __init__(self, years, plan_year: int, fonts, width: float):
        self.years = list(years)
        self.plan_year = plan_year
        self.fonts = fonts
        self.axis_width = style.mm(17)
        self.plot_height = style.mm(50)
        self.slot = (width - self.axis_width) / max(1, len(self.years))
        self.top_pad = line_height(fonts.small) * 1.6
        self.label_height = line_height(fonts.small_bold) * 2.2  # the year; "plan year"
        self.legend_height = line_height(fonts.small) * 1.8
        self.height = (
            self.top_pad + self.plot_height + style.mm(1.5) + self.label_height + self.legend_height
        )
        self.space_before = style.mm(3)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        levels = []
        for year in self.years:
            levels += [year.total_savings_eur, year.total_savings_eur + year.one_off_total_eur]
            levels.append(year.target_eur)
        span = (max(levels + [0.0]) - min(levels + [0.0])) or 1e6
        # Room under a bar below zero for its value, above the years' labels.
        levels += [y.total_savings_eur - 0.14 * span for y in self.years if y.total_savings_eur < 0]
        low, high = _nice_range(levels)
        plot_left = x + self.axis_width
        plot_right = x + width
        plot_top = y + self.top_pad
        plot_bottom = plot_top + self.plot_height

        def to_y(value: float) -> float:
            return plot_bottom - (value - low) / (high - low) * self.plot_height

        _plot_axis(painter, self.fonts, x, self.axis_width, plot_left, plot_right, low, high, to_y)
        bar_width = min(self.slot * 0.5, style.mm(22))
        labels = []
        for i, year in enumerate(self.years):
            centre = plot_left + self.slot * (i + 0.5)
            net = year.total_savings_eur
            effect = net + year.one_off_total_eur
            rect = QRectF(
                centre - bar_width / 2, to_y(max(0.0, net)), bar_width, abs(to_y(net) - to_y(0))
            )
            if net > 0 or year.one_off_total_eur <= 0:
                # (below zero after one-off costs, the hatched block alone reaches down to it)
                painter.fillRect(rect, style.BAR_SAVING)
                painter.setPen(QPen(style.INK, style.pt(0.6)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            top_value = net
            if year.one_off_total_eur > 0:
                cost = QRectF(
                    centre - bar_width / 2, to_y(effect), bar_width, to_y(net) - to_y(effect)
                )
                painter.fillRect(cost, style.PAPER)
                _hatch(painter, cost)
                painter.setPen(QPen(style.INK, style.pt(0.6)))
                painter.drawRect(cost)
                top_value = effect
            labels.append((centre, to_y(max(top_value, 0.0)), to_y(min(net, 0.0)), net))
        # The target path: a dashed step line, one level per year.
        painter.setPen(QPen(style.INK, style.pt(1.0), Qt.PenStyle.DashLine))
        for i, year in enumerate(self.years):
            left = plot_left + self.slot * i
            ty = to_y(year.target_eur)
            painter.drawLine(QPointF(left, ty), QPointF(left + self.slot, ty))
            if i and self.years[i - 1].target_eur != year.target_eur:
                painter.drawLine(
                    QPointF(left, to_y(self.years[i - 1].target_eur)), QPointF(left, ty)
                )
        font = self.fonts.small_bold
        height = line_height(font)
        for centre, top, bottom, net in labels:
            text = fmt.meur(net, 1)
            below = net < 0
            ty = bottom + style.pt(1) if below else top - height - style.pt(0.5)
            patch = text_width(font, text) + style.mm(1)
            painter.fillRect(QRectF(centre - patch / 2, ty, patch, height), style.PAPER)
            painter.setFont(font)
            painter.setPen(style.INK)
            painter.drawText(
                QRectF(centre - self.slot / 2, ty, self.slot, height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        label_top = plot_bottom + style.mm(1.5)
        for i, year in enumerate(self.years):
            plan = year.year == self.plan_year
            painter.setFont(self.fonts.small_bold if plan else self.fonts.small)
            text = str(year.year)
            if plan:  # on a line of its own, so that it fits however many years are shown
                text += "\n" + translate("YearsChart", "plan year")
            painter.drawText(
                QRectF(plot_left + self.slot * i, label_top, self.slot, self.label_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
        _legend_items(
            painter,
            self.fonts,
            plot_left,
            label_top + self.label_height - style.mm(0.5),
            [
                (style.BAR_SAVING, translate("YearsChart", "savings after one-off costs")),
                ("hatch", translate("YearsChart", "one-off costs")),
                ("dash", translate("YearsChart", "target")),
            ],
        )


class FanPiece(Piece):
    """The fan chart: the 10th–90th percentile of savings by year as a gray band, the median
    as a solid line with points, the target path dashed."""

    def __init__(self, years, p10, p50, p90, targets, fonts, width: float):
        self.years = list(years)
        self.p10, self.p50, self.p90, self.targets = list(p10), list(p50), list(p90), list(targets)
        self.fonts = fonts
        self.axis_width = style.mm(17)
        self.plot_height = style.mm(38)
        self.slot = (width - self.axis_width) / max(1, len(self.years))
        self.top_pad = line_height(fonts.small) * 1.2
        self.label_height = line_height(fonts.small) * 1.3
        self.legend_height = line_height(fonts.small) * 1.8
        self.height = (
            self.top_pad + self.plot_height + style.mm(1.5) + self.label_height + self.legend_height
        )
        self.space_before = style.mm(3)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        low, high = _nice_range(self.p10 + self.p90 + self.targets)
        plot_left = x + self.axis_width
        plot_right = x + width
        plot_top = y + self.top_pad
        plot_bottom = plot_top + self.plot_height

        def to_y(value: float) -> float:
            return plot_bottom - (value - low) / (high - low) * self.plot_height

        _plot_axis(painter, self.fonts, x, self.axis_width, plot_left, plot_right, low, high, to_y)
        xs = [plot_left + self.slot * (i + 0.5) for i in range(len(self.years))]
        band = QPainterPath()
        band.moveTo(xs[0], to_y(self.p90[0]))
        for px, value in zip(xs[1:], self.p90[1:], strict=True):
            band.lineTo(px, to_y(value))
        for px, value in zip(reversed(xs), reversed(self.p10), strict=True):
            band.lineTo(px, to_y(value))
        band.closeSubpath()
        painter.setPen(QPen(style.RULE, style.pt(0.5)))
        painter.setBrush(style.BAND.darker(115))
        painter.drawPath(band)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.INK, style.pt(1.0), Qt.PenStyle.DashLine))
        for i, target in enumerate(self.targets):
            left = plot_left + self.slot * i
            painter.drawLine(QPointF(left, to_y(target)), QPointF(left + self.slot, to_y(target)))
            if i and self.targets[i - 1] != target:
                painter.drawLine(
                    QPointF(left, to_y(self.targets[i - 1])), QPointF(left, to_y(target))
                )
        painter.setPen(QPen(style.INK, style.pt(1.4)))
        for i in range(1, len(xs)):
            painter.drawLine(
                QPointF(xs[i - 1], to_y(self.p50[i - 1])), QPointF(xs[i], to_y(self.p50[i]))
            )
        painter.setBrush(style.INK)
        radius = style.pt(1.8)
        font = self.fonts.small
        height = line_height(font)
        for px, value in zip(xs, self.p50, strict=True):
            painter.setPen(QPen(style.INK, style.pt(0.5)))
            painter.drawEllipse(QPointF(px, to_y(value)), radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        painter.setPen(style.INK)
        label_top = plot_bottom + style.mm(1.5)
        for i, year in enumerate(self.years):
            painter.drawText(
                QRectF(plot_left + self.slot * i, label_top, self.slot, height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )
        _legend_items(
            painter,
            self.fonts,
            plot_left,
            label_top + self.label_height,
            [
                (style.BAND.darker(115), translate("FanChart", "10th to 90th percentile")),
                ("line", translate("FanChart", "median (50th percentile)")),
                ("dash", translate("FanChart", "target")),
            ],
        )


class TornadoRowPiece(Piece):
    """One bar of the tornado: the name (and source) on the left; to the right of it, the
    change in plan-year savings with the figure at its low (hatched) and at its high (gray),
    drawn from a shared zero line on a shared scale `span` (euros from the centre to an edge)."""

    LABEL_SHARE = 0.52

    def __init__(self, name: str, note: str, low_change, high_change, span, fonts, width):
        self.label = TextBox(name, fonts.small_bold, width * self.LABEL_SHARE - style.mm(2))
        self.note = TextBox(note, fonts.small, width * self.LABEL_SHARE - style.mm(2))
        self.low_change, self.high_change, self.span = low_change, high_change, span or 1.0
        self.fonts = fonts
        bar = line_height(fonts.small) * 2 + style.mm(0.5)
        self.height = max(self.label.height + self.note.height, bar) + style.mm(1.2)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setPen(style.INK)
        self.label.draw(painter, x, y + style.mm(0.8))
        painter.setPen(style.MUTED)
        self.note.draw(painter, x, y + style.mm(0.8) + self.label.height)
        left = x + width * self.LABEL_SHARE
        # Room for the value labels at both ends.
        margin = text_width(self.fonts.small, "−00.0 M€") + style.mm(2)
        half = (x + width - left - 2 * margin) / 2
        centre = left + margin + half
        row_height = line_height(self.fonts.small)
        for k, (change, hatched) in enumerate(((self.low_change, True), (self.high_change, False))):
            top = y + style.mm(0.8) + k * (row_height + style.mm(0.5))
            length = abs(change) / self.span * half
            bar_left = centre - length if change < 0 else centre
            rect = QRectF(bar_left, top, length, row_height)
            if hatched:
                painter.fillRect(rect, style.PAPER)
                _hatch(painter, rect)
            else:
                painter.fillRect(rect, style.BAR_SAVING)
            painter.setPen(QPen(style.INK, style.pt(0.5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            text = fmt.signed_meur(change, 1)
            painter.setFont(self.fonts.small)
            painter.setPen(style.INK)
            if change < 0:
                painter.drawText(
                    QRectF(bar_left - margin, top, margin - style.mm(1), row_height),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            else:
                painter.drawText(
                    QRectF(bar_left + length + style.mm(1), top, margin, row_height),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
        painter.setPen(QPen(style.INK, style.pt(0.8)))
        painter.drawLine(QPointF(centre, y), QPointF(centre, y + self.height))
        painter.setPen(QPen(style.LIGHT_RULE, style.pt(0.4)))
        painter.drawLine(QPointF(x, y + self.height), QPointF(x + width, y + self.height))


class LegendPiece(Piece):
    def __init__(self, items, fonts, indent: float = 0.0):
        self.items = items
        self.fonts = fonts
        self.indent = indent
        self.height = line_height(fonts.small) * 1.6
        self.space_before = style.mm(1)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        _legend_items(painter, self.fonts, x + self.indent, y, self.items)

"""The charts: savings by lever as a bridge (waterfall), and service volumes against demand.

Both build their plot items once and only set new data on each result, so a lever change
costs a few `setOpts`/`setPos` calls, not a rebuild. Values are plotted in M€ (bridge) and in
percent of plan-year demand (services); the euro and volume figures stay on the chart objects
(`values_eur`, `shares`) for tests and tooltips.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget

from planner.model import ScenarioResult
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.result import bridge_label, bridge_value

SHORT_MARK = "▼"

INK = QColor("#222222")
GAIN = QColor("#4a9a4f")
LOSS = QColor("#c0392b")
TOTAL = QColor("#1f4e79")
TARGET = QColor("#7b1fa2")
MET = QColor("#2f6fad")
SHORT = QColor("#e07b00")
CAPACITY = QColor("#c9dcef")
PAPER = QColor(255, 255, 255, 210)
PLOT_MIN_WIDTH = 200  # px of a service chart's plot, for its bars and figures


def _hatched(color: QColor) -> list[QBrush]:
    """A solid fill (drawn first) with a hatch over it: a mark that survives without colour."""
    return [QBrush(color), QBrush(QColor(255, 255, 255, 170), Qt.BrushStyle.BDiagPattern)]


class _Chart(pg.GraphicsView):
    """A static chart: a view box with a left and a bottom axis, no mouse zoom, no menus.

    Built from pyqtgraph's parts rather than a PlotWidget, whose PlotItem also builds an
    options menu of some thirty widgets that a static chart never shows (start-up time).
    """

    def __init__(self, parent: QWidget | None, bottom_axis: type = pg.AxisItem, left_axis=None):
        super().__init__(parent, background="w")
        self.enableMouse(False)
        self.setMouseTracking(False)
        layout = pg.GraphicsLayout()
        layout.setContentsMargins(2, 8, 12, 2)
        layout.setSpacing(0)
        self.setCentralItem(layout)
        self.view = pg.ViewBox(enableMenu=False, enableMouse=False)
        self.left_axis = (left_axis or pg.AxisItem)("left")
        self.bottom_axis = bottom_axis("bottom")
        layout.addItem(self.left_axis, 0, 0)
        layout.addItem(self.view, 0, 1)
        layout.addItem(self.bottom_axis, 1, 1)
        for axis in (self.left_axis, self.bottom_axis):
            axis.linkToView(self.view)
            axis.setPen(pg.mkPen(INK))
            axis.setTextPen(pg.mkPen(INK))
            # Axes change only when their range does; keep them as a pixmap between changes
            # instead of drawing every tick text again on each repaint.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def nice_bound(value: float, step: float) -> float:
    """The value rounded away from zero to a multiple of `step` (axis ranges that change only
    now and then, so the axes are not redrawn on every lever change)."""
    return math.ceil(value / step) * step if value >= 0 else math.floor(value / step) * step


class Labels(pg.GraphicsObject):
    """Short texts at data positions, all drawn in one paint in screen pixels (a text item
    per label would lay out a text document each time its text changes)."""

    def __init__(self, font: QFont):
        super().__init__()
        self._fonts = (QFont(font), QFont(font))
        self._fonts[1].setBold(True)
        self._metrics = tuple(QFontMetricsF(f) for f in self._fonts)
        self.items: list[tuple[float, float, str, float, float, bool]] = []
        self.painted: list[QRectF] = []  # where the last paint put each text (view pixels)

    def set_labels(self, items: list[tuple[float, float, str, float, float, bool]]) -> None:
        """(x, y, text, anchor x, anchor y, bold): the anchor (0..1 of the text's width and
        height) is the point of the text placed at (x, y), as in pg.TextItem."""
        if items != self.items:
            self.items = items
            self.update()

    def texts(self) -> list[str]:
        return [item[2] for item in self.items]

    def boundingRect(self) -> QRectF:
        view = self.getViewBox()
        return view.viewRect() if view is not None else QRectF()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()

    def paint(self, painter: QPainter, *args) -> None:
        to_screen = painter.transform()
        bounds = to_screen.mapRect(self.boundingRect())  # the plot, in view pixels
        painter.resetTransform()
        painter.setPen(INK)
        placed: list[QRectF] = []
        for x, y, text, anchor_x, anchor_y, bold in self.items:
            metrics = self._metrics[bold]
            width, height = metrics.horizontalAdvance(text) + 4, metrics.height()
            at = to_screen.map(QPointF(x, y))
            # 2 px clear of the point, away from the bar end it labels
            top = at.y() - anchor_y * height + (0.5 - anchor_y) * 4
            box = QRectF(at.x() - anchor_x * width + 1, top, width, height)
            # A label that would cover one already drawn (neighbouring bars' figures wider
            # than a bar) or leave the plot moves a line away from its bar end, else towards.
            away = -1.0 if anchor_y >= 0.5 else 1.0
            for shift in (0, 1, 2, 3, -1, -2, -3):
                tried = box.translated(0, away * shift * (height + 1))
                inside = (
                    bounds.top() - 0.5 <= tried.top() and tried.bottom() <= bounds.bottom() + 0.5
                )
                if inside and not any(tried.intersects(other) for other in placed):
                    box = tried
                    break
            placed.append(QRectF(box))
            painter.fillRect(box, PAPER)  # readable over dashed lines
            painter.setFont(self._fonts[bold])
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        self.painted = placed


class CategoryAxis(pg.AxisItem):
    """A bottom axis of category names: a name that would overlap its neighbour moves down a
    line ("Office", "Outsourced", "Backfill" never run together); `text_rects` keeps where
    the last drawing put each name, in the axis's own coordinates."""

    ROWS = 2
    OVERHANG = 400  # px a name may reach past the axis's ends before it is moved back in

    def __init__(self, orientation: str = "bottom"):
        super().__init__(orientation)
        self.text_rects: list[QRectF] = []
        if orientation == "bottom":
            # pyqtgraph drops a name that reaches past the axis's ends: the last bar's
            # ("Suunnitteluvuosi") at a laptop width. Keep it, and move it back in below.
            self.setStyle(hideOverlappingLabels=self.OVERHANG)

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None:
            return None
        axis, ticks, texts = specs
        placed: list[QRectF] = []
        moved = []
        rows = self.ROWS if self.orientation == "bottom" else 1
        row_height = max((rect.height() for rect, _, _ in texts), default=0.0)
        inside = self.mapRectFromParent(self.geometry())
        for rect, flags, text in sorted(texts, key=lambda spec: spec[0].left()):
            if self.orientation == "bottom":  # within the axis: under its bar's edge
                rect = QRectF(rect)
                if rect.right() > inside.right():
                    rect.moveRight(inside.right())
                if rect.left() < inside.left():
                    rect.moveLeft(inside.left())
            for row in range(rows):  # the first row where the name meets no other
                box = QRectF(rect).translated(0, row * row_height)
                if not any(box.adjusted(-3, 0, 3, 0).intersects(other) for other in placed):
                    break
            placed.append(box)
            moved.append((box, flags, text))
        self.text_rects = placed
        return axis, ticks, moved


class BridgeChart(_Chart):
    """The result's savings bridge (ScenarioResult.bridge, the same steps the printed summary
    draws): from zero, each lever's in-year effect up or down, then the one-off costs down, to
    the plan-year total; the target as a line. Every bar is labelled in M€. The bars follow the
    steps, so a lever added to planner.model.LEVERS gets its bar without an edit here."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, CategoryAxis)
        self.setObjectName("bridgeChart")
        self.setAccessibleName(translate("Bridge", "Savings by lever, bridge chart"))
        plot = self.view
        self.caption = translate(
            "Bridge",
            "<b>Savings by lever</b> (M€): each lever's in-year effect ({saving} saving, "
            "{cost} cost, hatched), the one-off costs, and the {total} plan-year total against "
            "the {target}",
        ).format(
            saving=f"<span style='color:{GAIN.name()}'>■</span>",
            cost=f"<span style='color:{LOSS.name()}'>▨</span>",
            total=f"<span style='color:{TOTAL.name()}'>■</span>",
            target=f"<span style='color:{TARGET.name()}'>- - "
            + translate("Bridge", "target")
            + "</span>",
        )
        # The bars' names, on two rows where neighbours would overlap.
        self.bottom_axis.setHeight(CategoryAxis.ROWS * QFontMetrics(self.font()).height() + 8)
        self.bottom_axis.setStyle(tickLength=0)  # categories need no tick marks
        self.left_axis.setLabel("M€")
        self.left_axis.setWidth(48)

        zero = pg.InfiniteLine(0.0, angle=0, pen=pg.mkPen(INK, width=1))
        self.connectors = pg.PlotCurveItem(
            connect="pairs", pen=pg.mkPen("#777777", width=1, style=Qt.PenStyle.DashLine)
        )
        self.bars = pg.BarGraphItem(x=[0.0], y0=[0.0], height=[0.0], width=0.62, pen=INK)
        # Hatch of the negative bars, a second item drawn over the same rectangles.
        self.hatch = pg.BarGraphItem(
            x=[0.0], y0=[0.0], height=[0.0], width=0.62, pen=pg.mkPen(None)
        )
        self._signs: tuple[bool, ...] | None = None
        self.target_line = pg.InfiniteLine(
            -1.0,  # set by the first result
            angle=0,
            pen=pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine),
            label="",
            # On paper-white, so it reads where it crosses a bar (after a baseline import too).
            labelOpts={
                "position": 0.02,
                "anchors": [(0, 1), (0, 1)],
                "color": TARGET,
                "fill": pg.mkBrush(PAPER),
            },
        )
        for item in (zero, self.connectors, self.bars, self.hatch, self.target_line):
            plot.addItem(item)
        self.labels = Labels(self.font())
        plot.addItem(self.labels)
        self._brush_gain, self._brush_loss = _hatched(GAIN)[0], _hatched(LOSS)
        self._brush_total = QBrush(TOTAL)
        self._no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self._y_range: tuple[float, float] | None = None
        self._keys: tuple[str, ...] = ()
        self.categories: list[str] = []
        self.x = np.zeros(0)
        self.values_eur: list[float] = []
        self.starts_eur: list[float] = []

    def text_rects(self) -> list[QRectF]:
        """Every text the chart shows (bar names, figures), as drawn, in view pixels."""
        return _text_rects(self, self.bottom_axis) + list(self.labels.painted)

    def _set_categories(self, bridge) -> None:
        """The bars and their labels, when the steps themselves change (not on every result)."""
        self.categories = [bridge_label(step) for step in bridge]
        self.x = np.arange(len(self.categories), dtype=float)
        self.bottom_axis.setTicks([list(zip(self.x, self.categories, strict=True)), []])
        self.view.setXRange(-0.6, len(self.categories) - 0.4, padding=0)
        self._connector_x = np.repeat(self.x[:-1], 2) + np.tile([0.31, 0.69], len(self.x) - 1)
        self.bars.setOpts(x=self.x)
        self.hatch.setOpts(x=self.x)
        self._signs = None

    def show_result(self, result: ScenarioResult) -> None:
        bridge = result.bridge
        keys = tuple(f"{step.kind}:{step.lever}" for step in bridge)
        if keys != self._keys:
            self._keys = keys
            self._set_categories(bridge)
        values = [step.value_eur for step in bridge]
        starts, running = [], 0.0
        for step in bridge:
            if step.kind == "total":  # the total stands on zero
                starts.append(0.0)
            else:
                starts.append(running)
                running += step.value_eur
        self.values_eur, self.starts_eur = values, starts

        m = 1e-6
        y0 = np.array(starts) * m
        heights = np.array(values) * m
        last = len(values) - 1
        signs = tuple(v < 0 for v in values[:last])
        if signs != self._signs:  # colours and hatches only when a bar changes direction
            self._signs = signs
            gain, (loss, hatch) = self._brush_gain, self._brush_loss
            brushes = [loss if down else gain for down in signs] + [self._brush_total]
            hatches = [hatch if down else self._no_brush for down in signs] + [self._no_brush]
            self.bars.setOpts(y0=y0, height=heights, brushes=brushes)
            self.hatch.setOpts(y0=y0, height=heights, brushes=hatches)
        else:
            self.bars.setOpts(y0=y0, height=heights)
            self.hatch.setOpts(y0=y0, height=heights)

        # Dashed steps from the top of one bar to the start of the next.
        ends = y0 + heights
        self.connectors.setData(self._connector_x, np.repeat(ends[:-1], 2))

        labels = []
        for i, step in enumerate(bridge):
            text, bold = bridge_value(step), step.kind == "total"
            if step.value_eur >= 0:  # above a bar going up, below one going down
                labels.append((self.x[i], max(y0[i], ends[i]), text, 0.5, 1.0, bold))
            else:
                labels.append((self.x[i], min(y0[i], ends[i]), text, 0.5, 0.0, bold))
        self.labels.set_labels(labels)

        target = result.target_eur * m
        if target != self.target_line.value():
            self.target_line.setValue(target)
            self.target_line.label.setFormat(
                translate("Bridge", "Target {amount}").format(amount=fmt.meur(result.target_eur))
            )
        low = min(0.0, float(np.min(np.minimum(y0, ends))))
        high = max(target, float(np.max(np.maximum(y0, ends))), 1.0)
        room = 0.14 * (high - low)  # for the labels above and below the bars
        step = 10.0 if high - low > 40 else 5.0
        y_range = (nice_bound(low - room if low < 0 else 0.0, step), nice_bound(high + room, step))
        if y_range != self._y_range:
            self._y_range = y_range
            self.view.setYRange(*y_range, padding=0)


class ServiceChart(_Chart):
    """Per service line, as a share of its plan-year demand (100 %): capacity (light), delivered
    (dark; hatched and marked "▼" when short of demand) and the line's floor ("|")."""

    def __init__(self, service_names: list[str], parent: QWidget | None = None):
        super().__init__(parent, CategoryAxis, CategoryAxis)  # they keep where texts went
        self.setObjectName("serviceChart")
        self.setAccessibleName(translate("ServiceChart", "Service volumes against demand"))
        plot = self.view
        self.caption = translate(
            "ServiceChart",
            "<b>Service volumes</b> as a share of plan-year demand (- - 100 %): {capacity} "
            "capacity, {met} delivered in full, {short} <b>▼</b> short of demand (hatched), "
            "<b>|</b> the line's floor",
        ).format(
            capacity=f"<span style='color:{CAPACITY.darker(130).name()}'>■</span>",
            met=f"<span style='color:{MET.name()}'>■</span>",
            short=f"<span style='color:{SHORT.name()}'>▨</span>",
        )
        n = len(service_names)
        self.rows = np.arange(n, dtype=float)
        left = self.left_axis
        left.setTicks([list(zip(self.rows, service_names, strict=True)), []])
        left.setStyle(tickLength=0)  # categories need no tick marks
        widest = max(QFontMetrics(self.font()).horizontalAdvance(s) for s in service_names)
        left.setWidth(widest + 14)
        self.bottom_axis.setHeight(2 * QFontMetrics(self.font()).height() + 10)
        self.bottom_axis.setLabel(translate("ServiceChart", "% of demand"))
        # The plot keeps room for its bars however narrow the tab: at least this many pixels.
        self.setMinimumWidth(widest + 14 + PLOT_MIN_WIDTH + 14)
        plot.invertY(True)
        plot.setYRange(-0.6, n - 0.4, padding=0)

        zeros = np.zeros(n)
        self.capacity_bars = pg.BarGraphItem(
            x0=zeros, y=self.rows, height=0.74, width=zeros, brush=CAPACITY, pen=pg.mkPen(None)
        )
        self.delivered_bars = pg.BarGraphItem(
            x0=zeros, y=self.rows, height=0.42, width=zeros, brush=MET, pen=pg.mkPen(None)
        )
        self.hatch = pg.BarGraphItem(
            x0=zeros, y=self.rows, height=0.42, width=zeros, brush=None, pen=pg.mkPen(None)
        )
        self.floors = pg.ScatterPlotItem(
            symbol="|", size=18, pen=pg.mkPen(INK, width=2), brush=pg.mkBrush(INK)
        )
        demand = pg.InfiniteLine(
            100.0,
            angle=90,
            pen=pg.mkPen(INK, width=1, style=Qt.PenStyle.DashLine),
        )
        for item in (self.capacity_bars, self.delivered_bars, self.hatch, self.floors, demand):
            plot.addItem(item)
        self.labels = Labels(self.font())
        plot.addItem(self.labels)
        self._brush_met, (self._brush_short, self._brush_hatch) = QBrush(MET), _hatched(SHORT)
        self._no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self._x_range: tuple[float, float] | None = None
        self._capacity = self._delivered = self._floors = np.zeros(0)
        self._short: list[bool] | None = None
        self.shares: list[tuple[float, float, float]] = []  # (capacity, delivered, floor) / demand
        self._label_texts: list[tuple[str, bool]] = []
        self._bars_end = 100.0

    def show_result(self, result: ScenarioResult) -> None:
        services = result.services
        capacity = np.array([_share(s.capacity, s.demand) for s in services]) * 100
        delivered = np.array([s.share_met for s in services]) * 100
        floors = np.array([s.floor for s in services]) * 100
        short = [s.short_of_demand for s in services]
        self.shares = [
            (c / 100, d / 100, f / 100) for c, d, f in zip(capacity, delivered, floors, strict=True)
        ]
        if not np.array_equal(capacity, self._capacity):
            self._capacity = capacity
            self.capacity_bars.setOpts(width=capacity)
        if short != self._short:  # colours and hatches only when a line's state changes
            self._short = short
            met, (short_brush, hatch) = self._brush_met, (self._brush_short, self._brush_hatch)
            self.delivered_bars.setOpts(
                width=delivered, brushes=[short_brush if s else met for s in short]
            )
            self.hatch.setOpts(
                width=delivered, brushes=[hatch if s else self._no_brush for s in short]
            )
            self._delivered = delivered
        elif not np.array_equal(delivered, self._delivered):
            self._delivered = delivered
            self.delivered_bars.setOpts(width=delivered)
            self.hatch.setOpts(width=delivered)
        if not np.array_equal(floors, self._floors):
            self._floors = floors
            self.floors.setData(floors, self.rows)
        self._label_texts = []
        for i, service in enumerate(services):
            text = fmt.pct(service.share_met)
            if short[i]:
                text = f"{SHORT_MARK} {text}"
            self._label_texts.append((text, short[i]))
        self._bars_end = max(100.0, float(capacity.max()), float(floors.max()))
        self._place_labels()

    def _place_labels(self) -> None:
        """The figures in a column at the right of the plot, beyond every bar end and floor
        mark (never over a bar); the x range leaves them that room at the chart's width."""
        if not getattr(self, "_label_texts", None):  # a resize before the first result
            return
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        label_px = max(metrics.horizontalAdvance(t) for t, _ in self._label_texts) + 12
        plot_px = max(self.view.width(), PLOT_MIN_WIDTH)
        share = min(0.6, label_px / plot_px)
        end = nice_bound(self._bars_end * 1.02, 10.0)
        x_range = (0.0, end / (1.0 - share))
        labels = [
            (x_range[1], self.rows[i], text, 1.0, 0.5, bold_text)
            for i, (text, bold_text) in enumerate(self._label_texts)
        ]
        self.labels.set_labels(labels)
        if x_range != self._x_range:
            self._x_range = x_range
            self.view.setXRange(*x_range, padding=0)
            # Ticks every 25, 50 or 100 % as the width allows, up to the bars' end only.
            spacing = next(
                (step for step in (25, 50, 100) if plot_px * step / x_range[1] >= 48), 100
            )
            ticks = [(v, f"{v:g}") for v in np.arange(0.0, end + 0.1, spacing)]
            self.bottom_axis.setTicks([ticks, []])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_labels()  # the figures' room depends on the width

    def text_rects(self) -> list[QRectF]:
        """Every text the chart shows (names, ticks, figures), as drawn, in view pixels."""
        return (
            _text_rects(self, self.left_axis)
            + _text_rects(self, self.bottom_axis)
            + list(self.labels.painted)
        )


def _share(part: float, whole: float) -> float:
    return part / whole if whole > 0 else 1.0


def _text_rects(chart: pg.GraphicsView, axis) -> list[QRectF]:
    """An axis's drawn texts in the chart's view pixels."""
    rects = []
    for rect in getattr(axis, "text_rects", []):
        rects.append(chart.viewportTransform().mapRect(axis.mapRectToScene(rect)))
    return rects


def captioned(chart: QWidget, caption: str, parent: QWidget) -> QWidget:
    """A chart with its caption (title and key) above it, as a label that wraps."""
    box = QWidget(parent)
    label = QLabel(caption, box)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(label)
    layout.addWidget(chart, 1)
    return box

"""Compare's chart: plan-year savings beside the target, and the share of demand delivered, per
scenario."""

import html
import textwrap

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

from planner.model import ScenarioResult
from planner.present import numbers, translate
from planner.ui.charts import CategoryAxis

NAME_WRAP = 14  # characters per line of a bar's scenario name

SAVINGS = QColor("#1f4e79")
TARGET = QColor("#7b1fa2")
MET = QColor("#2f6fad")
SHORT = QColor("#e07b00")
INK = QColor("#222222")


class CompareChart(pg.GraphicsLayoutWidget):
    """Left: plan-year savings beside the target per scenario (M€). Right: the share of demand
    delivered per scenario (%), with 100 % dashed. Same scenario order in both."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, show=False)
        self.setBackground("w")
        self.savings_plot = self._plot(
            translate("CompareChart", "Plan-year savings and target, M€"), 0
        )
        self.service_plot = self._plot(
            translate("CompareChart", "Demand delivered, % of plan-year demand"), 1
        )
        self.values: list[tuple[str, float, float, float]] = []  # name, savings, target, share
        self._items: list = []

    def _plot(self, title: str, column: int) -> pg.PlotItem:
        # The bars carry their scenarios' names (wrapped, on two rows where they would meet).
        plot = self.addPlot(row=0, col=column, axisItems={"bottom": CategoryAxis("bottom")})
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setTitle(title, color=INK.name(), size="10pt")
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(INK))
            axis.setTextPen(pg.mkPen(INK))
        return plot

    def show_results(self, results: list[ScenarioResult]) -> None:
        for plot in (self.savings_plot, self.service_plot):
            plot.clear()
        self.values = [
            (r.scenario.name, r.total_plan_year, r.target_eur, r.share_of_demand_met)
            for r in results
        ]
        if not results:
            return
        xs = list(range(len(results)))
        width = 0.38
        savings = [v[1] / 1e6 for v in self.values]
        targets = [v[2] / 1e6 for v in self.values]
        shares = [v[3] * 100 for v in self.values]
        plot = self.savings_plot
        plot.addItem(
            pg.BarGraphItem(
                x=[x - width / 2 for x in xs], height=savings, width=width, brush=SAVINGS, pen=None
            )
        )
        plot.addItem(
            pg.BarGraphItem(
                x=[x + width / 2 for x in xs],
                height=targets,
                width=width,
                brush=pg.mkBrush(TARGET.red(), TARGET.green(), TARGET.blue(), 90),
                pen=pg.mkPen(TARGET),
            )
        )
        top = max([*savings, *targets, 1.0]) * 1.18
        bottom = min([*savings, 0.0]) * 1.18
        for x, value, target in zip(xs, savings, targets, strict=True):
            self._label(plot, x - width / 2, value, numbers.number(value, 1), SAVINGS, bold=True)
            self._label(plot, x + width / 2, target, numbers.number(target, 1), TARGET)
        plot.setYRange(bottom, top, padding=0)
        self._ticks(plot, xs)

        plot = self.service_plot
        brushes = [pg.mkBrush(MET if s >= 99.95 else SHORT) for s in shares]
        plot.addItem(pg.BarGraphItem(x=xs, height=shares, width=0.5, brushes=brushes, pen=None))
        plot.addItem(
            pg.InfiniteLine(pos=100, angle=0, pen=pg.mkPen(INK, style=Qt.PenStyle.DashLine))
        )
        for x, share in zip(xs, shares, strict=True):
            self._label(plot, x, share, numbers.pct(share / 100), INK, bold=share < 99.95)
        # From zero: 98.7 % stands as tall as it is, not far below a cut-off axis.
        plot.setYRange(0.0, max(110.0, max(shares) * 1.08), padding=0)
        self._ticks(plot, xs)

    def _label(self, plot, x, y, text, color, bold=False) -> None:
        html = f"<span style='color:{color.name()}'>{'<b>' if bold else ''}{text}</span>"
        item = pg.TextItem(html=html, anchor=(0.5, 1.0 if y >= 0 else 0.0))
        item.setPos(x, y)
        plot.addItem(item)

    def _ticks(self, plot, xs) -> None:
        names = [textwrap.fill(name, NAME_WRAP) for name, *_rest in self.values]
        axis = plot.getAxis("bottom")
        axis.setTicks([list(zip(xs, names, strict=True))])
        lines = max(name.count("\n") + 1 for name in names)
        axis.setHeight(CategoryAxis.ROWS * lines * QFontMetrics(self.font()).height() + 10)
        plot.setXRange(-0.8, len(xs) - 0.2, padding=0)  # room for the outer bars' names

    def text_rects(self) -> list:
        """The bars' names as drawn, in this view's pixels (for tests)."""
        rects = []
        for plot in (self.savings_plot, self.service_plot):
            axis = plot.getAxis("bottom")
            for rect in axis.text_rects:
                rects.append(self.viewportTransform().mapRect(axis.mapRectToScene(rect)))
        return rects

    def caption(self) -> str:
        """The key: what the colours are and which number is which scenario."""
        key = " · ".join(
            f"<b>{i}</b> {html.escape(name)}" for i, (name, *_rest) in enumerate(self.values, 1)
        )
        text = translate(
            "CompareChart",
            "{saving} plan-year savings beside {target} the target, in M€; right: the share of "
            "demand delivered from 0 %, {full} in full, {short} some demand not met "
            "(dashed: 100 %).",
        ).format(
            saving=f"<span style='color:{SAVINGS.name()}'>■</span>",
            target=f"<span style='color:{TARGET.name()}'>▨</span>",
            full=f"<span style='color:{MET.name()}'>■</span>",
            short=f"<span style='color:{SHORT.name()}'>■</span>",
        )
        return f"{text}<br>{key}"

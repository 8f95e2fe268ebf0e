"""Compare's chart: plan-year savings beside the target, and the share of demand delivered, per
scenario."""

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from planner.model import ScenarioResult
from planner.present import numbers, translate

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
        plot = self.addPlot(row=0, col=column)
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
        low = min(shares)
        bottom = max(0.0, (int(low) // 5) * 5 - 5)
        for x, share in zip(xs, shares, strict=True):
            self._label(plot, x, share, numbers.pct(share / 100), INK, bold=share < 99.95)
        plot.setYRange(bottom, 103, padding=0)
        self._ticks(plot, xs)

    def _label(self, plot, x, y, text, color, bold=False) -> None:
        html = f"<span style='color:{color.name()}'>{'<b>' if bold else ''}{text}</span>"
        item = pg.TextItem(html=html, anchor=(0.5, 1.0 if y >= 0 else 0.0))
        item.setPos(x, y)
        plot.addItem(item)

    def _ticks(self, plot, xs) -> None:
        # Numbers under the bars (names would overlap); the caption above is the key.
        plot.getAxis("bottom").setTicks([[(x, str(x + 1)) for x in xs]])
        plot.setXRange(-0.6, len(xs) - 0.4, padding=0)

    def caption(self) -> str:
        """The key: what the colours are and which number is which scenario."""
        key = " · ".join(
            f"<b>{i}</b> {html.escape(name)}" for i, (name, *_rest) in enumerate(self.values, 1)
        )
        text = translate(
            "CompareChart",
            "{saving} plan-year savings beside {target} the target, in M€; right: the share of "
            "demand delivered, {full} in full, {short} some demand not met (dashed: 100 %).",
        ).format(
            saving=f"<span style='color:{SAVINGS.name()}'>■</span>",
            target=f"<span style='color:{TARGET.name()}'>▨</span>",
            full=f"<span style='color:{MET.name()}'>■</span>",
            short=f"<span style='color:{SHORT.name()}'>■</span>",
        )
        return f"{text}<br>{key}"

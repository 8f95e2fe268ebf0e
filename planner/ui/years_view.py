"""The multi-year view (issue 10, item 9): every year of the plan at once.

- `YearsChart`: per year, the levers' in-year effect (up from zero), the one-off costs (a cost:
  down from zero, hatched), the year's total savings (a bar label and a dark mark) and the
  target path (a dashed line); the plan year is shaded.
- `ServiceYearsChart`: the share of demand met over all lines, and that of the worst line, by
  year (the dashed line is 100 %); the plan year shaded.
- `YearsTableModel`: one row per year: target, in-year effect, one-off costs, savings, gap,
  demand met, the worst line, lines below floor and the lines buying more from other
  providers than with no change (their volumes in the tooltip).

Every figure is the model's (`ScenarioResult.years`, each `YearResult`'s facts); double-click a
year (or Enter on it) to make it the plan year (one undo step, as the plan-year box does).
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTableView, QVBoxLayout, QWidget

from planner.model import ScenarioResult
from planner.present import QT_TRANSLATE_NOOP, translate
from planner.present import numbers as fmt
from planner.present.result import gap_text, one_off_eur
from planner.ui.charts import (
    GAIN,
    INK,
    LOSS,
    MET,
    SHORT,
    TARGET,
    TOTAL,
    Labels,
    _Chart,
    _hatched,
    captioned,
    nice_bound,
)
from planner.ui.tables import SHORT_MARK, ResultTableModel

PLAN_SHADE = QColor(31, 78, 121, 28)
M = 1e-6


class _YearChart(_Chart):
    """A chart with the years along the bottom and the plan year shaded."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.bottom_axis.setStyle(tickLength=0)
        self.shade = pg.LinearRegionItem(
            (-0.5, 0.5), movable=False, brush=QBrush(PLAN_SHADE), pen=pg.mkPen(None)
        )
        self.shade.setZValue(-10)
        self.view.addItem(self.shade)
        self.years: list[int] = []
        self.plan_year: int | None = None

    def _set_years(self, result: ScenarioResult) -> np.ndarray:
        years = [y.year for y in result.years]
        if years != self.years:
            self.years = years
            self.bottom_axis.setTicks([[(i, str(y)) for i, y in enumerate(years)], []])
            self.view.setXRange(-0.6, len(years) - 0.4, padding=0)
        if result.plan_year != self.plan_year:
            self.plan_year = result.plan_year
            i = years.index(result.plan_year)
            self.shade.setRegion((i - 0.5, i + 0.5))
        return np.arange(len(years), dtype=float) if years else np.zeros(0)


class YearsChart(_YearChart):
    """Savings by year against the target path, with the one-off costs as a negative part."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("yearsChart")
        self.setAccessibleName(translate("Years", "Savings by year against the target path"))
        self.caption = translate(
            "Years",
            "<b>Savings by year</b> (M€): the levers' in-year effect {effect}, the one-off "
            "costs {one_off} (a cost, below zero), the year's savings {total} (labelled) against "
            "the {target}; the plan year shaded",
        ).format(
            effect=f"<span style='color:{GAIN.name()}'>■</span>",
            one_off=f"<span style='color:{LOSS.name()}'>▨</span>",
            total=f"<span style='color:{TOTAL.name()}'>▬</span>",
            target=f"<span style='color:{TARGET.name()}'>- - "
            + translate("Years", "target path")
            + "</span>",
        )
        self.left_axis.setLabel("M€")
        self.left_axis.setWidth(48)
        zero = pg.InfiniteLine(0.0, angle=0, pen=pg.mkPen(INK, width=1))
        self.effect_bars = pg.BarGraphItem(
            x=[0.0], y0=[0.0], height=[0.0], width=0.56, brush=GAIN, pen=INK
        )
        loss, hatch = _hatched(LOSS)
        self.one_off_bars = pg.BarGraphItem(
            x=[0.0], y0=[0.0], height=[0.0], width=0.56, brush=loss, pen=INK
        )
        self.one_off_hatch = pg.BarGraphItem(
            x=[0.0], y0=[0.0], height=[0.0], width=0.56, brush=hatch, pen=pg.mkPen(None)
        )
        self.total_marks = pg.ScatterPlotItem(
            symbol="s", size=10, pen=pg.mkPen(INK), brush=pg.mkBrush(TOTAL)
        )
        self.target_curve = pg.PlotCurveItem(
            pen=pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine), stepMode=None
        )
        self.target_points = pg.ScatterPlotItem(
            symbol="o", size=6, pen=pg.mkPen(TARGET), brush=pg.mkBrush(TARGET)
        )
        for item in (
            zero,
            self.effect_bars,
            self.one_off_bars,
            self.one_off_hatch,
            self.target_curve,
            self.target_points,
            self.total_marks,
        ):
            self.view.addItem(item)
        self.labels = Labels(self.font())
        self.view.addItem(self.labels)
        self._y_range: tuple[float, float] | None = None
        self._effect_brushes: tuple | None = None
        # The euro figures shown, per year (for tests and tooltips).
        self.effects_eur: list[float] = []
        self.one_offs_eur: list[float] = []
        self.totals_eur: list[float] = []
        self.targets_eur: list[float] = []

    def show_result(self, result: ScenarioResult) -> None:
        x = self._set_years(result)
        years = result.years
        self.effects_eur = [float(sum(y.effects.values())) for y in years]
        self.one_offs_eur = [y.one_off_total_eur for y in years]
        self.totals_eur = [y.total_savings_eur for y in years]
        self.targets_eur = [y.target_eur for y in years]
        effects = np.array(self.effects_eur) * M
        one_offs = -np.array(self.one_offs_eur) * M
        totals = np.array(self.totals_eur) * M
        targets = np.array(self.targets_eur) * M
        brushes = tuple(LOSS if e < 0 else GAIN for e in effects)
        if brushes != self._effect_brushes:
            self._effect_brushes = brushes
            self.effect_bars.setOpts(x=x, y0=np.zeros(len(x)), height=effects, brushes=brushes)
        else:
            self.effect_bars.setOpts(x=x, y0=np.zeros(len(x)), height=effects)
        # One-off costs go down from zero, or from the effect when it is itself a cost.
        base = np.minimum(effects, 0.0)
        self.one_off_bars.setOpts(x=x, y0=base, height=one_offs)
        self.one_off_hatch.setOpts(x=x, y0=base, height=one_offs)
        self.total_marks.setData(x, totals)
        self.target_curve.setData(x, targets)
        self.target_points.setData(x, targets)
        labels = []
        for i, y in enumerate(years):
            top = max(effects[i], totals[i], 0.0)
            labels.append(
                (x[i], top, fmt.meur(y.total_savings_eur), 0.5, 1.0, y.year == result.plan_year)
            )
        self.labels.set_labels(labels)
        low = min(0.0, float(np.min(base + one_offs)) if len(x) else 0.0)
        high = max(1.0, float(np.max(np.maximum(effects, targets))) if len(x) else 1.0)
        room = 0.14 * (high - low)
        step = 10.0 if high - low > 40 else 5.0
        y_range = (nice_bound(low - room if low < 0 else 0.0, step), nice_bound(high + room, step))
        if y_range != self._y_range:
            self._y_range = y_range
            self.view.setYRange(*y_range, padding=0)


class ServiceYearsChart(_YearChart):
    """The share of demand met by year: all lines together, and the worst line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("serviceYearsChart")
        self.setAccessibleName(translate("Years", "Share of demand met by year"))
        self.caption = translate(
            "Years",
            "<b>Service level by year</b> (% of demand met, - - 100 %): {all} all lines, "
            "{worst} the worst line of each year (named in the table)",
        ).format(
            all=f"<span style='color:{MET.name()}'>●</span>",
            worst=f"<span style='color:{SHORT.name()}'>▼</span>",
        )
        self.left_axis.setLabel(translate("Years", "% of demand"))
        self.left_axis.setWidth(48)
        full = pg.InfiniteLine(
            100.0, angle=0, pen=pg.mkPen(INK, width=1, style=Qt.PenStyle.DashLine)
        )
        self.all_curve = pg.PlotCurveItem(pen=pg.mkPen(MET, width=2))
        self.all_points = pg.ScatterPlotItem(symbol="o", size=7, pen=pg.mkPen(MET), brush=MET)
        self.worst_curve = pg.PlotCurveItem(pen=pg.mkPen(SHORT, width=2))
        self.worst_points = pg.ScatterPlotItem(symbol="t", size=9, pen=pg.mkPen(SHORT), brush=SHORT)
        for item in (full, self.all_curve, self.all_points, self.worst_curve, self.worst_points):
            self.view.addItem(item)
        self._y_range: tuple[float, float] | None = None
        self.all_shares: list[float] = []
        self.worst_shares: list[float] = []

    def show_result(self, result: ScenarioResult) -> None:
        x = self._set_years(result)
        self.all_shares = [y.share_of_demand_met for y in result.years]
        self.worst_shares = [y.worst_service.share_met for y in result.years]
        all_ = np.array(self.all_shares) * 100
        worst = np.array(self.worst_shares) * 100
        self.all_curve.setData(x, all_)
        self.all_points.setData(x, all_)
        self.worst_curve.setData(x, worst)
        self.worst_points.setData(x, worst)
        low = float(min(worst.min(), all_.min())) if len(x) else 100.0
        y_range = (max(0.0, nice_bound(low - 5.0, 10.0) if low < 95 else 90.0), 102.0)
        if y_range != self._y_range:
            self._y_range = y_range
            self.view.setYRange(*y_range, padding=0)


class YearsTableModel(ResultTableModel):
    """One row per year of the result; the plan year bold and named."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Year"),
        QT_TRANSLATE_NOOP("Tables", "Target"),
        QT_TRANSLATE_NOOP("Tables", "In-year effect"),
        QT_TRANSLATE_NOOP("Tables", "One-off costs"),
        QT_TRANSLATE_NOOP("Tables", "Savings"),
        QT_TRANSLATE_NOOP("Tables", "Against target"),
        QT_TRANSLATE_NOOP("Tables", "Demand met"),
        QT_TRANSLATE_NOOP("Tables", "Worst line"),
        QT_TRANSLATE_NOOP("Tables", "Below floor"),
        QT_TRANSLATE_NOOP("Tables", "Lines buying more"),
    )
    NUMERIC_FROM = 1
    TEXT_COLUMNS = (5, 7)

    @staticmethod
    def samples() -> dict[int, str]:
        """The widest text a column is likely to show, in the user's language (Finnish and
        Swedish are longer), for its width."""
        return {
            0: translate("Years", "{year} (plan year)").format(year=2024),
            1: fmt.eur(70_000_000),
            2: fmt.eur(70_000_000),
            3: one_off_eur(7_000_000),
            4: fmt.eur(70_000_000),
            5: "✔ " + gap_text(99_999_999),
            7: "Long-term care: " + fmt.pct(0.999),  # a width only, never shown
            9: translate("Tables", "Lines buying more"),
        }

    def rows_of(self, result):
        return [(y, y.year == result.plan_year) for y in result.years]

    def cell(self, row, column):
        y, plan = row
        match column:
            case 0:
                text = str(y.year)
                if plan:
                    text = translate("Years", "{year} (plan year)").format(year=y.year)
                return text, y.year
            case 1:
                return fmt.eur(y.target_eur), y.target_eur
            case 2:
                effect = float(sum(y.effects.values()))
                return fmt.eur(effect), effect
            case 3:
                return one_off_eur(y.one_off_total_eur), -y.one_off_total_eur
            case 4:
                return fmt.eur(y.total_savings_eur), y.total_savings_eur
            case 5:
                if y.target_reached:
                    return "✔ " + gap_text(y.gap_eur), -y.gap_eur
                return gap_text(y.gap_eur), -y.gap_eur
            case 6:
                return fmt.pct(y.share_of_demand_met), y.share_of_demand_met
            case 7:
                worst = y.worst_service
                text = f"{worst.name}: {fmt.pct(worst.share_met)}"
                if worst.short_of_demand:
                    text = f"{SHORT_MARK} {text}"
                return text, worst.share_met
            case 8:
                count = len(y.below_floor)
                return (f"{SHORT_MARK} {count}" if count else "–"), count
            case 9:
                count = len(_buying_more(y))
                return (fmt.count(count) if count else "–"), count
        return None, None

    def is_marked(self, row) -> bool:
        return row[1]

    def is_alert(self, row, column) -> bool:
        y, _ = row
        if column == 5:
            return not y.target_reached
        if column == 8:
            return bool(y.below_floor)
        return column == 7 and y.worst_service.short_of_demand

    def tooltip(self, row, column):
        y, _ = row
        if column in (1, 5):
            return translate(
                "Years",
                "The target for {year}: the scenario's target, or the amount set for this year "
                "in Targets by year…",
            ).format(year=y.year)
        if column == 2:
            return translate(
                "Years",
                "The levers' in-year effect in {year} before one-off costs: each lever's "
                "effect prorated by month from its start and ramp-up, against the no-change "
                "trend of {year}",
            ).format(year=y.year)
        if column == 3:
            return translate(
                "Years", "One-off costs that fall in {year} (at each lever's start): a cost"
            ).format(year=y.year)
        if column == 4:
            return translate(
                "Years", "Savings in {year}: the in-year effect less the one-off costs"
            ).format(year=y.year)
        if column == 9:
            parts = [
                translate("Years", "{name}: {volume} {unit}s bought (no change: {trend})").format(
                    name=s.name,
                    volume=fmt.volume(s.bought),
                    unit=s.unit,
                    trend=fmt.volume(s.trend_bought),
                )
                for s in _buying_more(y)
            ]
            head = translate(
                "Years",
                "Statutory demand beyond own capacity is bought from other providers at the "
                "substitute price (a cost within the in-year effect). Lines that buy more in "
                "{year} than with no change:",
            ).format(year=y.year)
            return "\n".join([head, *parts])
        if column in (6, 7, 8):
            lines = [
                f"{s.name}: {fmt.pct(s.share_met)}" + (f" {SHORT_MARK}" if s.below_floor else "")
                for s in sorted(y.services, key=lambda s: s.share_met)[:5]
            ]
            return "\n".join(
                [
                    translate("Years", "Share of demand met in {year}, lowest first:").format(
                        year=y.year
                    ),
                    *lines,
                ]
            )
        return translate("Years", "Double-click to make {year} the plan year").format(year=y.year)


def _buying_more(y) -> list:
    """The lines that buy more from other providers than with no change (the model's
    per-line bought volumes, read as they are)."""
    return [s for s in y.services if s.bought - s.trend_bought > 0.5]


class YearsView(QWidget):
    """The two charts above the table of years."""

    sig_plan_year_requested = Signal(int)
    """The user asked for a year as the plan year (double-click or Enter on its row)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("yearsView")
        self.chart = YearsChart(self)
        self.service_chart = ServiceYearsChart(self)
        self.model = YearsTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Years", "Years table"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setTabKeyNavigation(False)
        self.table.activated.connect(self._on_activated)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.setChildrenCollapsible(False)
        charts.addWidget(captioned(self.chart, self.chart.caption, charts))
        charts.addWidget(captioned(self.service_chart, self.service_chart.caption, charts))
        charts.setSizes([600, 400])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(charts)
        split.addWidget(self.table)
        split.setSizes([300, 160])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._fitted = False
        self._result: ScenarioResult | None = None
        self._shown: ScenarioResult | None = None

    def show_result(self, result: ScenarioResult) -> None:
        """Shown at once when the tab is in view; otherwise when it comes into view (a lever
        change does not pay for drawing a hidden tab)."""
        self._result = result
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        result = self._result
        if result is None or result is self._shown:
            return
        self._shown = result
        self.chart.show_result(result)
        self.service_chart.show_result(result)
        self.model.set_result(result)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh()
        if not self._fitted:
            self._fitted = True
            self.table.resizeColumnsToContents()
            bold = self.table.font()
            bold.setBold(True)  # the plan year's row
            metrics = QFontMetrics(bold)
            for column, sample in self.model.samples().items():
                width = metrics.horizontalAdvance(sample) + 24
                self.table.setColumnWidth(column, max(self.table.columnWidth(column), width))

    def _on_activated(self, index) -> None:
        year = self.model.data(self.model.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if year is not None:
            self.sig_plan_year_requested.emit(int(year))

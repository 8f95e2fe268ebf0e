"""The Uncertainty view: how likely the current scenario reaches its target, and which
assumption matters most (issue 11).

It follows the current scenario through `UncertaintyRunner` (planner/ui/uncertainty_worker.py):
while an analysis is due the view says "Computing…", greys out what it shows and offers
Cancel; a result is shown only for the inputs it was computed for. What it shows, all read from
`planner.analysis.uncertainty`'s result (the view computes no statistic of its own beyond the
histogram's bins):

- the probability of reaching the target in each year, with the 10th / 50th / 90th percentile
  of savings (a table);
- the fan chart: the 10th–90th percentile band and the median of savings by year against the
  target path;
- the ten largest tornado bars (assumptions and levers), names and sources in tooltips;
- the probability of each service line falling below its floor in the plan year;
- the distribution of plan-year savings (a histogram, the target marked).
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QWidget,
)

from planner.analysis.uncertainty import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    TornadoRow,
    UncertaintyResult,
)
from planner.model.levers import LEVER_BY_ID
from planner.present import QT_TRANSLATE_NOOP, translate
from planner.present import numbers as fmt
from planner.present.result import lever_name
from planner.ui.charts import INK, TARGET, _Chart, nice_bound
from planner.ui.figures import figure_by_key, figure_value
from planner.ui.uncertainty_worker import Analysis, UncertaintyRunner

TOP_BARS = 10
MINIMUM_SIZE = (640, 430)  # the view's; smaller tabs scroll
BINS = 40
BAND = QColor(47, 111, 173, 70)
MEDIAN = QColor("#1f4e79")
LOW_BAR = QColor("#c0392b")
HIGH_BAR = QColor("#4a9a4f")
STALE_TEXT = QColor("#888888")
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ROOT = QModelIndex()
_FOREGROUND, _ALIGN = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def probability_text(probability: float) -> str:
    """34 % (whole percent: a Monte Carlo's share is no more precise than that)."""
    return fmt.pct(probability, 0)


def tornado_name(row: TornadoRow, figures: dict) -> str:
    if row.assumption is None:
        return translate("Uncertainty", "{lever} (lever ±10 points)").format(
            lever=lever_name(LEVER_BY_ID[row.lever])
        )
    figure = figures.get(row.assumption.figure)
    return figure.short_name if figure else row.assumption.figure


def tornado_tooltip(row: TornadoRow, figures: dict) -> str:
    name = tornado_name(row, figures)
    if row.assumption is not None and row.assumption.figure in figures:
        name = figures[row.assumption.figure].name
    change = translate(
        "Uncertainty", "At {low}: {low_change}; at {high}: {high_change} (plan-year savings)"
    )
    if row.assumption is None:
        values = change.format(
            low=fmt.lever_value(row.low_value),
            low_change=fmt.signed_eur(row.low_change_eur),
            high=fmt.lever_value(row.high_value),
            high_change=fmt.signed_eur(row.high_change_eur),
        )
        return f"{name}\n{values}"
    a = row.assumption
    values = change.format(
        low=figure_value(row.low_value),
        low_change=fmt.signed_eur(row.low_change_eur),
        high=figure_value(row.high_value),
        high_change=fmt.signed_eur(row.high_change_eur),
    )
    source = a.source or translate("Uncertainty", "no source: a planning estimate")
    lines = [
        name,
        translate("Uncertainty", "Assumed {value}, range {low}–{high}").format(
            value=figure_value(a.value), low=figure_value(a.low), high=figure_value(a.high)
        ),
        values,
        translate("Uncertainty", "Source: {source}").format(source=source),
    ]
    if a.note:
        lines.append(a.note)
    return "\n".join(lines)


class _ResultTable(QAbstractTableModel):
    """A small read-only table of texts; greyed while what it shows is not current."""

    HEADERS: tuple[str, ...] = ()
    HEADER_TIPS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.tips: list[str] = []
        self.stale = False

    def set_rows(self, rows: list[tuple[str, ...]], tips: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.tips = rows, tips or [""] * len(rows)
        self.endResetModel()

    def set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1)
                )

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == DISPLAY:
            return translate("Uncertainty", self.HEADERS[section])
        if role == TOOLTIP and section < len(self.HEADER_TIPS) and self.HEADER_TIPS[section]:
            return translate("Uncertainty", self.HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == DISPLAY:
            return self.rows[index.row()][index.column()]
        if role == TOOLTIP:
            return self.tips[index.row()] or None
        if role == _FOREGROUND and self.stale:
            return QBrush(STALE_TEXT)
        if role == _ALIGN and index.column() > 0:
            return RIGHT
        return None


class ProbabilityModel(_ResultTable):
    HEADERS = (
        QT_TRANSLATE_NOOP("Uncertainty", "Year"),
        QT_TRANSLATE_NOOP("Uncertainty", "Target"),
        QT_TRANSLATE_NOOP("Uncertainty", "Probability"),
        QT_TRANSLATE_NOOP("Uncertainty", "10th pct."),
        QT_TRANSLATE_NOOP("Uncertainty", "Median"),
        QT_TRANSLATE_NOOP("Uncertainty", "90th pct."),
    )
    HEADER_TIPS = (
        "",
        QT_TRANSLATE_NOOP("Uncertainty", "The target of the year"),
        QT_TRANSLATE_NOOP(
            "Uncertainty", "The share of draws whose savings reach the year's target"
        ),
        QT_TRANSLATE_NOOP(
            "Uncertainty", "Savings: 10th percentile of the draws (nine in ten do better)"
        ),
        QT_TRANSLATE_NOOP("Uncertainty", "Savings: the median of the draws"),
        QT_TRANSLATE_NOOP(
            "Uncertainty", "Savings: 90th percentile of the draws (one in ten does better)"
        ),
    )

    def show(self, result: UncertaintyResult) -> None:
        rows, tips = [], []
        for i, year in enumerate(result.years):
            rows.append(
                (
                    str(year),
                    fmt.meur(result.targets[i]),
                    probability_text(result.probability_of_target[i]),
                    fmt.meur(result.p10[i]),
                    fmt.meur(result.p50[i]),
                    fmt.meur(result.p90[i]),
                )
            )
            tips.append(
                translate(
                    "Uncertainty",
                    "{year}: in {share} of {draws} draws of the assumptions the savings reach "
                    "the target {target}",
                ).format(
                    year=year,
                    share=probability_text(result.probability_of_target[i]),
                    draws=fmt.number(result.draws),
                    target=fmt.eur(result.targets[i]),
                )
            )
        self.set_rows(rows, tips)


class FloorRiskModel(_ResultTable):
    HEADERS = (
        QT_TRANSLATE_NOOP("Uncertainty", "Service line"),
        QT_TRANSLATE_NOOP("Uncertainty", "Below floor"),
    )
    HEADER_TIPS = (
        "",
        QT_TRANSLATE_NOOP(
            "Uncertainty", "The share of draws that leave the line below its floor in the plan year"
        ),
    )

    def show(self, result: UncertaintyResult, names: dict[str, str]) -> None:
        order = sorted(result.floor_risk.items(), key=lambda item: -item[1])
        rows = [(names.get(sid, sid), probability_text(p)) for sid, p in order]
        tips = [
            translate(
                "Uncertainty",
                "In {year}, {share} of the draws leave {name} below its floor",
            ).format(year=result.plan_year, share=probability_text(p), name=names.get(sid, sid))
            for sid, p in order
        ]
        self.set_rows(rows, tips)


class FanChart(_Chart):
    """Savings by year: the 10th–90th percentile band, the median, and the target path."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(translate("Uncertainty", "Savings by year, fan chart"))
        # Every year label that fits is drawn (pyqtgraph would leave most out at this width).
        self.bottom_axis.setStyle(textFillLimits=[(0, 0.95), (2, 0.95), (4, 0.9), (6, 0.8)])
        self.left_axis.setLabel("M€")
        self.left_axis.setWidth(48)
        self.low = pg.PlotCurveItem(pen=pg.mkPen(BAND, width=1))
        self.high = pg.PlotCurveItem(pen=pg.mkPen(BAND, width=1))
        self.band = pg.FillBetweenItem(self.low, self.high, brush=BAND)
        self.median = pg.PlotCurveItem(pen=pg.mkPen(MEDIAN, width=2))
        self.target = pg.PlotCurveItem(pen=pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine))
        for item in (self.band, self.low, self.high, self.median, self.target):
            self.view.addItem(item)
        self.values: dict[str, list[float]] = {}
        self.years: list[int] = []

    def _year_ticks(self) -> None:
        """As many year labels as fit: a year's label needs some 40 px."""
        room = max(1, self.width() - 60)
        step = max(1, math.ceil(len(self.years) * 44 / room))
        self.bottom_axis.setTicks([[(y, str(y)) for y in self.years[::step]]])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "years", None):  # (pyqtgraph resizes before __init__ is done)
            self._year_ticks()

    def show(self, result: UncertaintyResult) -> None:
        years = np.array(result.years, dtype=float)
        m = 1e6
        self.values = {
            "p10": result.p10,
            "p50": result.p50,
            "p90": result.p90,
            "target": result.targets,
        }
        self.low.setData(years, np.array(result.p10) / m)
        self.high.setData(years, np.array(result.p90) / m)
        self.median.setData(years, np.array(result.p50) / m)
        self.target.setData(years, np.array(result.targets) / m)
        everything = np.concatenate([result.p10, result.p90, result.targets, [0.0]]) / m
        self.view.setRange(
            xRange=(years[0] - 0.75, years[-1] + 0.75),
            yRange=(nice_bound(everything.min(), 10), nice_bound(everything.max(), 10)),
            padding=0,
        )
        self.years = [int(y) for y in years]
        self._year_ticks()
        self.setToolTip(
            "\n".join(
                translate(
                    "Uncertainty", "{year}: median {median}, 10th–90th percentile {low} to {high}"
                ).format(
                    year=year,
                    median=fmt.meur(result.p50[i]),
                    low=fmt.meur(result.p10[i]),
                    high=fmt.meur(result.p90[i]),
                )
                for i, year in enumerate(result.years)
            )
        )


class HistogramChart(_Chart):
    """How the plan-year savings of the draws spread, with the target marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(translate("Uncertainty", "Plan-year savings, histogram"))
        self.bottom_axis.setLabel("M€")
        self.left_axis.setWidth(40)
        self.bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0, brush=BAND, pen=MEDIAN)
        self.target = pg.InfiniteLine(
            0.0, angle=90, pen=pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashLine)
        )
        self.view.addItem(self.bars)
        self.view.addItem(self.target)
        self.counts = np.zeros(0)

    def show(self, result: UncertaintyResult) -> None:
        values = np.asarray(result.plan_year_savings) / 1e6
        target = result.targets[result.years.index(result.plan_year)] / 1e6
        low, high = float(min(values.min(), target)), float(max(values.max(), target))
        if high - low < 1e-9:
            low, high = low - 0.5, high + 0.5
        counts, edges = np.histogram(values, bins=BINS, range=(low, high))
        self.counts = counts
        width = edges[1] - edges[0]
        self.bars.setOpts(x=edges[:-1] + width / 2, height=counts, width=width * 0.95)
        self.target.setValue(target)
        self.view.setRange(
            xRange=(low - width, high + width), yRange=(0, max(1, counts.max()) * 1.05), padding=0
        )
        self.setToolTip(
            translate(
                "Uncertainty",
                "Plan-year savings of {draws} draws; the dashed line is the target {target}",
            ).format(draws=fmt.number(result.draws), target=fmt.eur(target * 1e6))
        )


class TornadoChart(_Chart):
    """The largest swings of plan-year savings: each row's change at its low (red) and at its
    high (green); the hovered bar's tooltip names the assumption and its source."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(translate("Uncertainty", "Tornado chart"))
        self.setMouseTracking(True)
        self.bottom_axis.setLabel("M€")
        self.left_axis.setWidth(175)
        self.left_axis.setStyle(tickLength=0)
        self.low_bars = pg.BarGraphItem(x0=[0.0], y=[0.0], width=[0.0], height=0.7, brush=LOW_BAR)
        self.high_bars = pg.BarGraphItem(x0=[0.0], y=[0.0], width=[0.0], height=0.7, brush=HIGH_BAR)
        self.view.addItem(self.low_bars)
        self.view.addItem(self.high_bars)
        self.view.addItem(pg.InfiniteLine(0.0, angle=90, pen=pg.mkPen(INK, width=1)))
        self.names: list[str] = []
        self.tips: list[str] = []
        self.rows: list[TornadoRow] = []

    def show(self, rows: list[TornadoRow], figures: dict) -> None:
        rows = rows[:TOP_BARS]
        self.rows = rows
        self.names = [tornado_name(r, figures) for r in rows]
        self.tips = [tornado_tooltip(r, figures) for r in rows]
        n = len(rows)
        y = np.arange(n, dtype=float)[::-1]  # the largest on top
        low = np.array([r.low_change_eur for r in rows]) / 1e6
        high = np.array([r.high_change_eur for r in rows]) / 1e6
        self.low_bars.setOpts(x0=np.minimum(low, 0), y=y, width=np.abs(low), height=0.7)
        self.high_bars.setOpts(x0=np.minimum(high, 0), y=y, width=np.abs(high), height=0.7)
        self._name_ticks()
        extent = max(1e-6, float(np.abs(np.concatenate([low, high, [0]])).max()))
        self.view.setRange(
            xRange=(-extent * 1.05, extent * 1.05), yRange=(-0.6, max(n, 1) - 0.4), padding=0
        )

    def _name_ticks(self) -> None:
        """The names beside the bars, in some two fifths of the chart's width."""
        room = int(min(320, max(110, self.width() * 0.4)))
        if self.left_axis.width() != room:
            self.left_axis.setWidth(room)
        metrics = self.fontMetrics()
        n = len(self.names)
        labels = [
            (n - 1 - i, metrics.elidedText(name, Qt.TextElideMode.ElideRight, room - 10))
            for i, name in enumerate(self.names)
        ]
        self.left_axis.setTicks([labels])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "names", None):  # (pyqtgraph resizes before __init__ is done)
            self._name_ticks()

    def row_at(self, pos) -> int | None:
        point = self.view.mapSceneToView(self.mapToScene(pos))
        i = len(self.rows) - 1 - round(point.y())
        return i if 0 <= i < len(self.rows) else None

    def mouseMoveEvent(self, event) -> None:
        i = self.row_at(event.position().toPoint())
        tip = self.tips[i] if i is not None else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
        super().mouseMoveEvent(event)


class UncertaintyView(QWidget):
    """The view; `runner` is the window's UncertaintyRunner, which this view only reads and
    asks (Cancel, Recompute, draws and seed)."""

    sig_draws_edited = Signal(int)
    sig_seed_edited = Signal(int)

    def __init__(self, runner: UncertaintyRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.engine = None
        self.shown: Analysis | None = None  # the analysis on screen (maybe stale)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: one numpy call, no steps to count
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("Uncertainty", "Computing"))
        self.cancel_button = QPushButton(translate("Uncertainty", "&Cancel"), self)
        self.cancel_button.setToolTip(translate("Uncertainty", "Stop the analysis running now"))
        self.recompute_button = QPushButton(translate("Uncertainty", "&Recompute"), self)
        self.recompute_button.setToolTip(
            translate("Uncertainty", "Analyse the current scenario again")
        )
        self.draws_spin = QSpinBox(self)
        self.draws_spin.setRange(100, 200_000)
        self.draws_spin.setSingleStep(1000)
        self.draws_spin.setGroupSeparatorShown(True)
        self.draws_spin.setKeyboardTracking(False)
        self.draws_spin.setToolTip(
            translate("Uncertainty", "How many draws of the assumptions (more: steadier, slower)")
        )
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2_000_000_000)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip(
            translate("Uncertainty", "The random seed: the same seed gives the same numbers")
        )
        draws_label = QLabel(translate("Uncertainty", "&Draws:"), self)
        draws_label.setBuddy(self.draws_spin)
        seed_label = QLabel(translate("Uncertainty", "Ra&ndom seed:"), self)
        seed_label.setBuddy(self.seed_spin)

        self.probability_model = ProbabilityModel(self)
        self.floor_model = FloorRiskModel(self)
        self.probability_table = _small_table(
            self.probability_model, self, translate("Uncertainty", "Probability by year")
        )
        self.floor_table = _small_table(
            self.floor_model, self, translate("Uncertainty", "Floor risk by service line")
        )
        # The share below the floor stays in view; a long line name is shortened (…) instead
        # (its row's tooltip names it in full).
        floor_header = self.floor_table.horizontalHeader()
        floor_header.setStretchLastSection(False)
        floor_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        floor_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.fan_chart = FanChart(self)
        self.histogram = HistogramChart(self)
        self.tornado = TornadoChart(self)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.recompute_button)
        bar.addSpacing(12)
        bar.addWidget(draws_label)
        bar.addWidget(self.draws_spin)
        bar.addWidget(seed_label)
        bar.addWidget(self.seed_spin)
        bar.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(6)
        grid.addWidget(self.status, 0, 0, 1, 3)
        grid.addLayout(bar, 1, 0, 1, 3)
        grid.addWidget(
            _titled(
                translate("Uncertainty", "<b>Probability of reaching the target</b>, by year"),
                self.probability_table,
                self,
            ),
            2,
            0,
        )
        grid.addWidget(
            _titled(
                translate(
                    "Uncertainty",
                    "<b>Savings by year</b> (M€): 10th–90th percentile band, median, "
                    "target (dashed)",
                ),
                self.fan_chart,
                self,
            ),
            2,
            1,
        )
        grid.addWidget(
            _titled(
                translate(
                    "Uncertainty",
                    "<b>What matters most</b>: change of plan-year savings at the low (red) "
                    "and high (green)",
                ),
                self.tornado,
                self,
            ),
            2,
            2,
            2,
            1,
        )
        grid.addWidget(
            _titled(
                translate("Uncertainty", "<b>Below the floor</b> in the plan year"),
                self.floor_table,
                self,
            ),
            3,
            0,
        )
        grid.addWidget(
            _titled(
                translate("Uncertainty", "<b>Plan-year savings</b> of every draw (M€)"),
                self.histogram,
                self,
            ),
            3,
            1,
        )
        # The tables' column a little wider than the charts': year, target and probability in
        # view at 1280x800 in Finnish and Swedish too, whose headers are longer.
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 4)

        self.cancel_button.clicked.connect(runner.cancel)
        self.recompute_button.clicked.connect(runner.recompute)
        self.draws_spin.valueChanged.connect(self.sig_draws_edited)
        self.seed_spin.valueChanged.connect(self.sig_seed_edited)
        runner.sig_computing.connect(self._on_computing)
        runner.sig_finished.connect(self._on_finished)
        runner.sig_cancelled.connect(self._on_cancelled)
        runner.sig_failed.connect(self._on_failed)
        self.show_settings(runner.draws, runner.seed)
        self._on_computing()

    # What the view shows -----------------------------------------------------------------

    @property
    def current(self) -> bool:
        """What is shown is the analysis of the current scenario."""
        return self.shown is not None and self.shown is self.runner.current

    def set_engine(self, engine) -> None:
        self.engine = engine

    def show_settings(self, draws: int, seed: int) -> None:
        for spin, value in ((self.draws_spin, draws), (self.seed_spin, seed)):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.recompute_button.setEnabled(not busy)

    def _stale(self, stale: bool) -> None:
        self.probability_model.set_stale(stale)
        self.floor_model.set_stale(stale)
        for chart in (self.fan_chart, self.histogram, self.tornado):
            chart.centralWidget.setOpacity(0.3 if stale else 1.0)  # greyed: not current

    def _on_computing(self) -> None:
        self._busy(True)
        self._stale(self.shown is not None)
        if self.shown is None:
            text = translate("Uncertainty", "Computing… {draws} draws of the assumptions")
        else:
            text = translate(
                "Uncertainty",
                "Computing… {draws} draws of the assumptions (greyed: the scenario before)",
            )
        self.status.setText(text.format(draws=fmt.number(self.runner.draws)))

    def _on_cancelled(self) -> None:
        self._busy(False)
        self._stale(self.shown is not None)
        self.status.setText(
            translate(
                "Uncertainty",
                "Cancelled: no analysis of the current scenario (Recompute to run it)",
            )
        )

    def _on_failed(self, message: str) -> None:
        self._busy(False)
        self._stale(self.shown is not None)
        self.status.setText(
            translate("Uncertainty", "The analysis failed: {message}").format(message=message)
        )

    def _on_finished(self, analysis: Analysis) -> None:
        self.shown = analysis
        result = analysis.result
        self._busy(False)
        self.probability_model.show(result)
        names = {s.id: s.name for s in _services(self.engine)} if self.engine else {}
        self.floor_model.show(result, names)
        self.fan_chart.show(result)
        self.histogram.show(result)
        self.tornado.show(analysis.tornado, figure_by_key(self.engine) if self.engine else {})
        self._stale(False)
        held = len(result.held)
        text = translate(
            "Uncertainty",
            "{name}: {share} probability of reaching the {year} target · {draws} draws, "
            "seed {seed}",
        ).format(
            name=analysis.scenario.name,
            share=probability_text(result.plan_probability),
            year=result.plan_year,
            draws=fmt.number(result.draws),
            seed=result.seed,
        )
        if held:
            text += translate("Uncertainty", " · {count} overridden figures held").format(
                count=held
            )
        self.status.setText(text)


def _services(engine):
    from types import SimpleNamespace

    frame = engine.baseline.services
    return [
        SimpleNamespace(id=str(i), name=translate("BaselineRow", str(n)))
        for i, n in zip(frame["id"], frame["name"], strict=True)
    ]


def _small_table(model, parent, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    label = QLabel(title, box)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    layout = QGridLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(label, 0, 0)
    layout.addWidget(widget, 1, 0)
    layout.setRowStretch(1, 1)
    return box


SETTING_DRAWS, SETTING_SEED = "uncertainty/draws", "uncertainty/seed"


class UncertaintyHookup(QObject):
    """The runner, the view in the window's tabs and the headline's probability, wired to the
    state owner (one line in MainWindow builds it)."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.state = window, window.state
        settings = window.settings
        self.runner = UncertaintyRunner(self)
        self.runner.draws = _setting_int(settings.value(SETTING_DRAWS), DEFAULT_DRAWS, 1)
        self.runner.seed = _setting_int(settings.value(SETTING_SEED), DEFAULT_SEED, 0)
        self.view = UncertaintyView(self.runner, window)
        self.view.set_engine(self.state.engine)
        self.view.show_settings(self.runner.draws, self.runner.seed)
        # In a scroll area: at a small window the charts keep a readable size and scroll.
        self.page = QScrollArea(window)
        self.page.setWidget(self.view)
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        window.tabs.addTab(self.page, translate("MainWindow", "&Uncertainty"))
        self.view.sig_draws_edited.connect(self._on_draws_edited)
        self.view.sig_seed_edited.connect(self._on_seed_edited)
        self.state.sig_result_changed.connect(self._on_result_changed)
        self.state.sig_baseline_changed.connect(self.view.set_engine)
        self.runner.sig_computing.connect(self._headline_computing)
        self.runner.sig_cancelled.connect(self._headline_unknown)
        self.runner.sig_failed.connect(self._headline_unknown)
        self.runner.sig_finished.connect(self._headline_finished)
        self._on_result_changed(self.state.result)

    def _on_result_changed(self, result) -> None:
        self.runner.request(self.state.engine, self.state.scenario)

    def _on_draws_edited(self, draws: int) -> None:
        self.window.settings.setValue(SETTING_DRAWS, int(draws))
        self.runner.set_draws(draws)

    def _on_seed_edited(self, seed: int) -> None:
        self.window.settings.setValue(SETTING_SEED, int(seed))
        self.runner.set_seed(seed)

    def _headline_computing(self) -> None:
        self.window.headline.show_probability(
            translate("Headline", "Probability of reaching the target: …"),
            translate("Headline", "Computing the uncertainty analysis of this scenario"),
        )

    def _headline_unknown(self, *args) -> None:
        self.window.headline.show_probability(
            translate("Headline", "Probability of reaching the target: –"),
            translate("Headline", "Not analysed: see the Uncertainty tab"),
        )

    def _headline_finished(self, analysis: Analysis) -> None:
        result = analysis.result
        self.window.headline.show_probability(
            translate("Headline", "Probability of reaching the target: <b>{share}</b>").format(
                share=probability_text(result.plan_probability)
            ),
            translate(
                "Headline",
                "In {share} of {draws} draws of the baseline's assumptions (each from its "
                "low–high range, seed {seed}) the {year} savings reach the target. Details in "
                "the Uncertainty tab.",
            ).format(
                share=probability_text(result.plan_probability),
                draws=fmt.number(result.draws),
                seed=result.seed,
                year=result.plan_year,
            ),
        )


def _setting_int(value, default: int, minimum: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number >= minimum else default

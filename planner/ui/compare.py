"""Compare two to four scenarios of the workbook side by side.

Tables of lever values and savings, service volumes and shortfalls, and budget lines, each
scenario with its difference from a chosen reference scenario; a chart of savings against the
target beside the share of demand delivered; and a plain list of what differs between two
scenarios. The dialog is not modal: it follows the workbook while it is open (each chosen
scenario is evaluated again with `evaluate_scenario` when anything changes).
"""

import html
from collections.abc import Callable
from dataclasses import dataclass, replace

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import formatting as fmt
from planner.model import LEVERS, Scenario, ScenarioResult, evaluate_scenario
from planner.ui.state import PlannerState
from planner.ui.texts import lever_percent, signed_eur

MAX_CHOSEN = 4
SHORT_MARK = "▼"
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SAVINGS = QColor("#1f4e79")
TARGET = QColor("#7b1fa2")
MET = QColor("#2f6fad")
SHORT = QColor("#e07b00")
INK = QColor("#222222")


# Texts for values and differences -------------------------------------------------------------


def signed_points(value: float) -> str:
    """A difference of percentages, in percentage points: +4.0 pp, −1.2 pp, 0.0 pp."""
    text = f"{abs(value):.1f} pp"
    if round(value, 1) == 0:
        return text
    return ("+" if value > 0 else "−") + text


def signed_volume(value: float) -> str:
    text = fmt.volume(value)
    return "+" + text if round(value) > 0 else text


def signed_years(value: float) -> str:
    return f"{int(value):+d}" if value else "0"


@dataclass(frozen=True)
class Kind:
    """How a row's numbers are shown: the value, and a difference from the reference."""

    show: Callable[[float], str]
    delta: Callable[[float], str]


LEVER = Kind(lever_percent, signed_points)
EUR = Kind(fmt.eur, signed_eur)
SHARE = Kind(fmt.pct, lambda d: signed_points(d * 100))
VOLUME = Kind(fmt.volume, signed_volume)
YEAR = Kind(lambda v: str(int(v)), signed_years)


@dataclass(frozen=True)
class Row:
    label: str
    kind: Kind | None  # None: a heading row without numbers
    value: Callable[[ScenarioResult], float] = lambda result: 0.0
    bold: bool = False
    marked: Callable[[ScenarioResult], bool] = lambda result: False  # ▼ and bold: below floor


def heading(label: str) -> Row:
    return Row(label, None, bold=True)


def _below_floor(result: ScenarioResult, j: int) -> bool:
    service = result.services[j]
    return service.share_met < service.floor - 1e-12


def lever_and_savings_rows() -> list[Row]:
    rows = [
        heading("Plan"),
        Row("Plan year", YEAR, lambda r: r.scenario.plan_year),
        Row("Target", EUR, lambda r: r.target_eur),
        heading("Levers"),
    ]
    rows += [Row(lever.name, LEVER, lambda r, i=lever.id: r.scenario.levers[i]) for lever in LEVERS]
    rows.append(heading("Plan-year savings by lever"))
    rows += [Row(lever.name, EUR, lambda r, i=lever.id: r.savings_plan_year[i]) for lever in LEVERS]
    rows += [
        Row("Total plan-year savings", EUR, lambda r: r.total_plan_year, bold=True),
        Row("of which one-off costs", EUR, lambda r: -sum(r.one_off_costs.values())),
        Row("Gap to the target", EUR, lambda r: r.gap_eur),
        Row("Share of the target reached", SHARE, lambda r: r.share_of_target, bold=True),
        Row("Recurring savings (full year)", EUR, lambda r: r.total_recurring),
    ]
    return rows


def service_rows(results: list[ScenarioResult]) -> list[Row]:
    rows = [
        Row("Demand delivered, all lines", SHARE, lambda r: r.share_of_demand_met, bold=True),
        Row("Lines below their floor", YEAR, lambda r: _count_below_floor(r)),
    ]
    for j, service in enumerate(results[0].services if results else []):
        rows += [
            heading(f"{service.name} ({service.unit}s)"),
            Row("delivered", VOLUME, lambda r, j=j: r.services[j].delivered),
            Row(
                "shortfall",
                VOLUME,
                lambda r, j=j: r.services[j].shortfall,
                marked=lambda r, j=j: _below_floor(r, j),
            ),
        ]
    return rows


def _count_below_floor(result: ScenarioResult) -> int:
    return sum(_below_floor(result, j) for j in range(len(result.services)))


def budget_rows(results: list[ScenarioResult]) -> list[Row]:
    rows = [
        Row(f"{line.name} ({line.kind})", EUR, lambda r, i=i: r.budget[i].scenario_eur)
        for i, line in enumerate(results[0].budget if results else [])
    ]
    rows.append(Row("Net cost (expenses − income)", EUR, _net_cost, bold=True))
    return rows


def _net_cost(result: ScenarioResult) -> float:
    sign = {"expense": 1.0, "income": -1.0}
    return sum(sign.get(line.kind, 1.0) * line.scenario_eur for line in result.budget)


# The table model ------------------------------------------------------------------------------


class CompareTableModel(QAbstractTableModel):
    """Rows of figures; per scenario a column of values, and after each scenario other than the
    reference a Δ column (its value minus the reference's). `Qt.UserRole` gives the numbers."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self.results: list[ScenarioResult] = []
        self.reference = 0
        self._columns: list[tuple[int, bool]] = []  # (scenario, is Δ)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_results(self, results: list[ScenarioResult], reference: int, rows: list[Row]):
        self.beginResetModel()
        self.results, self.rows = list(results), list(rows)
        self.reference = reference if 0 <= reference < len(results) else 0
        self._columns = []
        for i in range(len(self.results)):
            self._columns.append((i, False))
            if i != self.reference:
                self._columns.append((i, True))
        self.endResetModel()

    def column_of(self, scenario: int, delta: bool = False) -> int:
        return 1 + self._columns.index((scenario, delta))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section == 0:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        scenario, delta = self._columns[section - 1]
        name = self.results[scenario].scenario.name
        reference = self.results[self.reference].scenario.name
        if role == Qt.ItemDataRole.DisplayRole:
            return "Δ" if delta else _two_lines(name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{name} minus {reference}" if delta else name
        return None

    def number(self, row: int, column: int) -> float | None:
        spec = self.rows[row]
        if spec.kind is None or column == 0:
            return None
        scenario, delta = self._columns[column - 1]
        value = float(spec.value(self.results[scenario]))
        if delta:
            value -= float(spec.value(self.results[self.reference]))
        return value

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < self.columnCount():
            return None
        spec = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return spec.label if spec.kind is None or spec.bold else "   " + spec.label
            value = self.number(row, column)
            if value is None:
                return None
            scenario, delta = self._columns[column - 1]
            if delta:
                return spec.kind.delta(value)
            text = spec.kind.show(value)
            return f"{SHORT_MARK} {text}" if spec.marked(self.results[scenario]) else text
        if role == Qt.ItemDataRole.UserRole:
            return self.number(row, column)
        if role == Qt.ItemDataRole.FontRole:
            marked = column > 0 and not self._columns[column - 1][1]
            if spec.bold or (marked and spec.marked(self.results[self._columns[column - 1][0]])):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(NUMBER_ALIGNMENT)
        return None


# What differs between two scenarios -----------------------------------------------------------


def differences(first: ScenarioResult, second: ScenarioResult) -> list[str]:
    """In words, what differs from the first scenario to the second: inputs, then results."""
    a, b = first.scenario, second.scenario
    lines = [f"From \u201c{a.name}\u201d to \u201c{b.name}\u201d:"]
    inputs = []
    for lever in LEVERS:
        old, new = a.levers[lever.id], b.levers[lever.id]
        if old != new:
            inputs.append(
                f"  {lever.name}: {lever_percent(old)} → {lever_percent(new)} "
                f"({signed_points(new - old)})"
            )
    if a.plan_year != b.plan_year:
        inputs.append(f"  Plan year: {a.plan_year} → {b.plan_year}")
    if a.target_eur != b.target_eur:
        inputs.append(
            f"  Target: {fmt.eur(a.target_eur)} → {fmt.eur(b.target_eur)} "
            f"({signed_eur(b.target_eur - a.target_eur)})"
        )
    if a.description.strip() != b.description.strip():
        inputs.append("  Description: differs")
    if inputs:
        lines += ["Inputs that differ:", *inputs]
    else:
        lines.append("The levers, plan year, target and description are the same.")
    lines.append("Results:")
    lines.append(
        f"  Plan-year savings: {fmt.eur(first.total_plan_year)} → "
        f"{fmt.eur(second.total_plan_year)} "
        f"({signed_eur(second.total_plan_year - first.total_plan_year)})"
    )
    lines.append(
        f"  Share of the target reached: {fmt.pct(first.share_of_target)} → "
        f"{fmt.pct(second.share_of_target)}"
    )
    lines.append(
        f"  Recurring savings (full year): {fmt.eur(first.total_recurring)} → "
        f"{fmt.eur(second.total_recurring)}"
    )
    lines.append(
        f"  Demand delivered, all lines: {fmt.pct(first.share_of_demand_met)} → "
        f"{fmt.pct(second.share_of_demand_met)} "
        f"({signed_points((second.share_of_demand_met - first.share_of_demand_met) * 100)})"
    )
    below_a, below_b = _count_below_floor(first), _count_below_floor(second)
    lines.append(f"  Service lines below their floor: {below_a} → {below_b}")
    for j, (old, new) in enumerate(zip(first.services, second.services, strict=True)):
        if round(old.shortfall) != round(new.shortfall):
            mark = f" {SHORT_MARK} below its floor" if _below_floor(second, j) else ""
            lines.append(
                f"  {old.name} shortfall: {fmt.volume(old.shortfall)} → "
                f"{fmt.volume(new.shortfall)} {old.unit}s{mark}"
            )
    return lines


# The chart ------------------------------------------------------------------------------------


class CompareChart(pg.GraphicsLayoutWidget):
    """Left: plan-year savings beside the target per scenario (M€). Right: the share of demand
    delivered per scenario (%), with 100 % dashed. Same scenario order in both."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, show=False)
        self.setBackground("w")
        self.savings_plot = self._plot("Plan-year savings and target, M€", 0)
        self.service_plot = self._plot("Demand delivered, % of plan-year demand", 1)
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
            self._label(plot, x - width / 2, value, f"{value:.1f}", SAVINGS, bold=True)
            self._label(plot, x + width / 2, target, f"{target:.1f}", TARGET)
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
            self._label(plot, x, share, fmt.pct(share / 100), INK, bold=share < 99.95)
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
        return (
            f"<span style='color:{SAVINGS.name()}'>■</span> plan-year savings beside "
            f"<span style='color:{TARGET.name()}'>▨</span> the target, in M€; right: the share "
            f"of demand delivered, <span style='color:{MET.name()}'>■</span> in full, "
            f"<span style='color:{SHORT.name()}'>■</span> some demand not met (dashed: 100 %)."
            f"<br>{key}"
        )


def _two_lines(name: str) -> str:
    """A long name broken at the space nearest its middle, for a narrower column header."""
    if len(name) <= 16 or " " not in name:
        return name
    middle = len(name) // 2
    spaces = [i for i, char in enumerate(name) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1 :]


def _fit_columns(view: QTableView) -> None:
    """Columns as wide as their figures; long scenario names in headers are cut (their
    tooltip has them in full), so four scenarios fit side by side."""
    view.resizeColumnsToContents()
    metrics = view.fontMetrics()
    widest_figure = metrics.horizontalAdvance("−€100,000,000") + 16
    view.setColumnWidth(0, min(view.columnWidth(0), 330))
    for column in range(1, view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), max(widest_figure, 150)))


# The dialog -----------------------------------------------------------------------------------


class CompareDialog(QDialog):
    """Pick scenarios on the left; the tabs on the right show them side by side."""

    def __init__(self, state: PlannerState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle("Compare scenarios")
        self.setModal(False)
        self._chosen: list[Scenario] = []  # the workbook's own objects, in workbook order
        self._reference: Scenario | None = None
        self._filling = False
        self.results: list[ScenarioResult] = []

        self.picker = QListWidget(self)
        self.picker.setAccessibleName("Scenarios to compare")
        pick_label = QLabel("&Scenarios to compare (two to four):", self)
        pick_label.setWordWrap(True)
        pick_label.setBuddy(self.picker)
        self.reference_box = QComboBox(self)
        self.reference_box.setAccessibleName("Reference scenario")
        reference_label = QLabel("&Differences (Δ) from:", self)
        reference_label.setBuddy(self.reference_box)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(pick_label)
        left_layout.addWidget(self.picker, 1)
        left_layout.addWidget(reference_label)
        left_layout.addWidget(self.reference_box)
        left_layout.addWidget(self.hint)

        self.savings_model = CompareTableModel(self)
        self.service_model = CompareTableModel(self)
        self.budget_model = CompareTableModel(self)
        self.tabs = QTabWidget(self)
        self.tables = {}
        for key, model, title in (
            ("savings", self.savings_model, "&Levers and savings"),
            ("services", self.service_model, "Service &volumes"),
            ("budget", self.budget_model, "&Budget"),
        ):
            view = QTableView(self)
            view.setModel(model)
            view.setAccessibleName(title.replace("&", ""))
            view.setAlternatingRowColors(True)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            view.setTabKeyNavigation(False)
            self.tables[key] = view
            self.tabs.addTab(view, title)
        self.chart = CompareChart(self)
        self.chart_caption = QLabel(self)
        self.chart_caption.setWordWrap(True)
        self.chart_caption.setTextFormat(Qt.TextFormat.RichText)
        chart_tab = QWidget(self)
        chart_layout = QVBoxLayout(chart_tab)
        chart_layout.addWidget(self.chart_caption)
        chart_layout.addWidget(self.chart, 1)
        self.tabs.addTab(chart_tab, "&Chart")

        self.first_box, self.second_box = QComboBox(self), QComboBox(self)
        self.first_box.setAccessibleName("First scenario")
        self.second_box.setAccessibleName("Second scenario")
        self.diff_text = QPlainTextEdit(self)
        self.diff_text.setReadOnly(True)
        self.diff_text.setAccessibleName("What differs")
        self.diff_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        diff_tab = QWidget(self)
        pair = QFormLayout()
        pair.addRow("&From:", self.first_box)
        pair.addRow("&To:", self.second_box)
        diff_layout = QVBoxLayout(diff_tab)
        diff_layout.addLayout(pair)
        diff_layout.addWidget(self.diff_text, 1)
        self.tabs.addTab(diff_tab, "&What differs")

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(700, screen.height() - 60))

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # many signals in one go: one refresh
        self._refresh_timer.timeout.connect(self.refresh)
        self.picker.itemChanged.connect(self._on_picked)
        self.reference_box.currentIndexChanged.connect(self._on_reference_chosen)
        self.first_box.currentIndexChanged.connect(self._show_differences)
        self.second_box.currentIndexChanged.connect(self._show_differences)
        for signal in (
            state.sig_scenarios_changed,
            state.sig_workbook_changed,
            state.sig_result_changed,
        ):
            signal.connect(self._schedule_refresh)

        scenarios = state.workbook.scenarios
        self._chosen = list(scenarios[:MAX_CHOSEN])
        self.refresh()

    # Choosing ------------------------------------------------------------------------------------

    def choose(self, names: list[str], reference: str | None = None) -> None:
        """Compare these scenarios (at most four), with differences from `reference`."""
        wanted = set(names[:MAX_CHOSEN])
        self._chosen = [s for s in self.state.workbook.scenarios if s.name in wanted]
        if reference is not None:
            self._reference = self.state.workbook.scenario(reference)
        self.refresh()

    def chosen_names(self) -> list[str]:
        return [scenario.name for scenario in self._chosen]

    def _on_picked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        scenario = item.data(Qt.ItemDataRole.UserRole)
        checked = item.checkState() == Qt.CheckState.Checked
        chosen = [s for s in self._chosen if s is not scenario]
        if checked and len(chosen) >= MAX_CHOSEN:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked)
            self._filling = False
            self.hint.setText(f"At most {MAX_CHOSEN} scenarios side by side.")
            return
        if checked:
            chosen.append(scenario)
        order = {id(s): i for i, s in enumerate(self.state.workbook.scenarios)}
        self._chosen = sorted(chosen, key=lambda s: order[id(s)])
        self.refresh()

    def _on_reference_chosen(self, index: int) -> None:
        if self._filling or not 0 <= index < len(self._chosen):
            return
        self._reference = self._chosen[index]
        self.refresh()

    # Following the workbook ------------------------------------------------------------------

    def _schedule_refresh(self, *_args) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Evaluate the chosen scenarios again and show them (deleted ones drop out)."""
        self._refresh_timer.stop()
        scenarios = self.state.workbook.scenarios
        alive = {id(s) for s in scenarios}
        self._chosen = [s for s in self._chosen if id(s) in alive]
        if self._reference is None or id(self._reference) not in {id(s) for s in self._chosen}:
            self._reference = self._chosen[0] if self._chosen else None
        self._fill_picker(scenarios)
        engine = self.state.engine
        # Snapshots: a result keeps the inputs it was computed from (the workbook's own
        # scenarios change in place as the user edits them).
        self.results = [
            evaluate_scenario(engine, replace(scenario, levers=dict(scenario.levers)))
            for scenario in self._chosen
        ]
        reference = (
            next(i for i, s in enumerate(self._chosen) if s is self._reference)
            if self._chosen
            else 0
        )
        self.savings_model.set_results(self.results, reference, lever_and_savings_rows())
        self.service_model.set_results(self.results, reference, service_rows(self.results))
        self.budget_model.set_results(self.results, reference, budget_rows(self.results))
        for view in self.tables.values():
            _fit_columns(view)
        self.chart.show_results(self.results)
        self.chart_caption.setText(self.chart.caption())
        count = len(self.results)
        if count < 2:
            self.hint.setText("Tick at least two scenarios to compare them.")
        elif not self.hint.text().startswith("At most"):
            self.hint.setText("")
        self.note.setText(
            f"Δ: the difference from <b>{html.escape(self._reference.name)}</b>."
            if self._reference is not None and count > 1
            else ""
        )
        self._show_differences()

    def _fill_picker(self, scenarios: list[Scenario]) -> None:
        self._filling = True
        try:
            chosen = {id(s) for s in self._chosen}
            if self.picker.count() != len(scenarios):
                self.picker.clear()
                for _ in scenarios:
                    item = QListWidgetItem(self.picker)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            for row, scenario in enumerate(scenarios):
                item = self.picker.item(row)
                item.setText(scenario.name)
                item.setData(Qt.ItemDataRole.UserRole, scenario)
                state = Qt.CheckState.Checked if id(scenario) in chosen else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
            names = self.chosen_names()
            for box, default in (
                (self.reference_box, self._reference),
                (self.first_box, None),
                (self.second_box, None),
            ):
                previous = box.currentText()
                if [box.itemText(i) for i in range(box.count())] != names:
                    box.clear()
                    box.addItems(names)
                if default is not None:
                    box.setCurrentIndex(self._chosen.index(default))
                elif previous in names:
                    box.setCurrentIndex(names.index(previous))
            if self.first_box.currentIndex() == self.second_box.currentIndex() and len(names) > 1:
                self.first_box.setCurrentIndex(0)
                self.second_box.setCurrentIndex(1)
        finally:
            self._filling = False

    def _show_differences(self, *_args) -> None:
        if self._filling:
            return
        first, second = self.first_box.currentIndex(), self.second_box.currentIndex()
        if len(self.results) < 2 or first < 0 or second < 0:
            text = "Tick two scenarios to see what differs between them."
        else:
            text = "\n".join(differences(self.results[first], self.results[second]))
        if self.diff_text.toPlainText() != text:
            self.diff_text.setPlainText(text)


class CompareLauncher(QObject):
    """Scenario > Compare Scenarios…: one compare dialog, made when first asked for."""

    def __init__(self, window: QWidget, state: PlannerState):
        super().__init__(window)
        self.window, self.state = window, state
        self.dialog: CompareDialog | None = None
        self.action = QAction("&Compare Scenarios…", self)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.action.setStatusTip("Two to four scenarios side by side, with their differences")
        self.action.triggered.connect(self.show)

    def show(self) -> CompareDialog:
        if self.dialog is None:
            self.dialog = CompareDialog(self.state, self.window)
        if self.dialog.isVisible():  # already open, perhaps behind the window: bring it up
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.show()
        return self.dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

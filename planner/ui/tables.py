"""Thin table models over a ScenarioResult: service volumes, budget, savings by lever, warnings.

Each keeps the result's rows. When a new result arrives, the cells of the rows that changed
are formatted once and one `dataChanged` covers them (no reset: views keep their selection and
scroll position); only a change in the number of rows resets the model. `data()` is then a
lookup, because views ask for several roles of every visible cell on each repaint.
`Qt.UserRole` gives a cell's number unformatted.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.model import LEVER_BY_ID, LEVERS, ScenarioResult
from planner.present import QT_TRANSLATE_NOOP, translate
from planner.present import numbers as fmt
from planner.present.figures import kind_name
from planner.present.result import lever_name, lever_setting
from planner.present.warnings import concerns, warning_detail

SHORT_MARK = "▼"
WARNING_MARK = "⚠"
ALERT = QBrush(QColor("#a33a00"))
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

_Role = Qt.ItemDataRole
DISPLAY, USER, FONT = int(_Role.DisplayRole), int(_Role.UserRole), int(_Role.FontRole)
FOREGROUND, ALIGNMENT = int(_Role.ForegroundRole), int(_Role.TextAlignmentRole)
TOOLTIP = int(_Role.ToolTipRole)
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ResultTableModel(QAbstractTableModel):
    """Rows of one result, a fixed set of columns. Subclasses say what a row is (`rows_of`)
    and what its cells show (`cell`, `is_marked`, `is_alert`, `tooltip`)."""

    HEADERS: tuple[str, ...] = ()
    NUMERIC_FROM = 1  # columns from this one on hold numbers (right-aligned)
    TEXT_COLUMNS: tuple[int, ...] = ()  # left-aligned columns among the numeric ones
    SAMPLES: dict[int, str] = {}  # the widest text a column is likely to show, for its width

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._alignments = [
            TEXT_ALIGNMENT if c < self.NUMERIC_FROM or c in self.TEXT_COLUMNS else NUMBER_ALIGNMENT
            for c in range(len(self.HEADERS))
        ]
        # Per role, per row, per column: what data() returns.
        self._cells: dict[int, list[list]] = {DISPLAY: [], USER: [], FONT: [], FOREGROUND: []}

    # What subclasses give ----------------------------------------------------------------

    def rows_of(self, result: ScenarioResult) -> list:
        raise NotImplementedError

    def cell(self, row, column: int):
        """(display text, number or None) of one cell."""
        raise NotImplementedError

    def is_marked(self, row) -> bool:
        """Rows shown bold (shortfalls, totals)."""
        return False

    def is_alert(self, row, column: int) -> bool:
        """Cells shown in the alert colour (always with a mark or text saying why too)."""
        return False

    def tooltip(self, row, column: int) -> str | None:
        return None

    # The model ---------------------------------------------------------------------------

    def set_result(self, result: ScenarioResult) -> None:
        rows = self.rows_of(result)
        old = self._rows
        if rows == old:
            return
        if len(rows) != len(old):
            self.beginResetModel()
            self._rows = rows
            for table in self._cells.values():
                table[:] = [None] * len(rows)
            for i, row in enumerate(rows):
                self._format(i, row)
            self.endResetModel()
            return
        self._rows = rows
        changed = [i for i, (new, was) in enumerate(zip(rows, old, strict=True)) if new != was]
        columns: set[int] = set()
        for i in changed:
            before = [table[i] for table in self._cells.values()]
            self._format(i, rows[i])
            for cells_before, table in zip(before, self._cells.values(), strict=True):
                pairs = enumerate(zip(cells_before, table[i], strict=True))
                columns.update(c for c, (a, b) in pairs if a != b)
        if columns:  # the rectangle of cells whose text or look changed: views repaint only it
            self.dataChanged.emit(
                self.index(changed[0], min(columns)), self.index(changed[-1], max(columns))
            )

    def _format(self, i: int, row) -> None:
        columns = range(len(self.HEADERS))
        cells = [self.cell(row, c) for c in columns]
        self._cells[DISPLAY][i] = [text for text, _ in cells]
        self._cells[USER][i] = [number for _, number in cells]
        self._cells[FONT][i] = [self._bold if self.is_marked(row) else None] * len(cells)
        self._cells[FOREGROUND][i] = [ALERT if self.is_alert(row, c) else None for c in columns]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return translate("Tables", self.HEADERS[section])
            return None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def data(self, index: QModelIndex, role=DISPLAY):
        row, column = index.row(), index.column()
        if row < 0 or column < 0 or row >= len(self._rows):  # an invalid index
            return None
        table = self._cells.get(role)
        if table is not None:
            return table[row][column]
        if role == ALIGNMENT:
            return self._alignments[column]
        if role == TOOLTIP:
            return self.tooltip(self._rows[row], column)
        return None

    def flags(self, index: QModelIndex):
        return _ITEM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class ServiceTableModel(ResultTableModel):
    """Per service line: baseline volume, plan-year demand, capacity, delivered, shortfall."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Service line"),
        QT_TRANSLATE_NOOP("Tables", "Demand"),
        QT_TRANSLATE_NOOP("Tables", "Delivered"),
        QT_TRANSLATE_NOOP("Tables", "Bought"),
        QT_TRANSLATE_NOOP("Tables", "Shortfall"),
        QT_TRANSLATE_NOOP("Tables", "Demand met"),
        QT_TRANSLATE_NOOP("Tables", "Capacity"),
        QT_TRANSLATE_NOOP("Tables", "Floor"),
        QT_TRANSLATE_NOOP("Tables", "Unit"),
        QT_TRANSLATE_NOOP("Tables", "Baseline volume"),
    )
    NUMERIC_FROM = 1
    TEXT_COLUMNS = (8,)  # the unit
    # Delivered (own capacity) + bought (other providers) + shortfall = demand.
    SAMPLES = {1: "99,999,999", 2: "99,999,999", 3: "9,999,999", 4: "▼ 9,999,999", 6: "99,999,999"}

    def rows_of(self, result):
        return result.services  # frozen dataclasses: equal rows mean equal cells

    def cell(self, s, column):
        short = s.short_of_demand
        match column:
            case 0:
                return s.name, None
            case 1:
                return fmt.volume(s.demand), s.demand
            case 2:
                return fmt.volume(s.delivered), s.delivered
            case 3:
                return (fmt.volume(s.bought) if s.bought > 0.5 else "–"), s.bought
            case 4:
                text = f"{SHORT_MARK} {fmt.volume(s.shortfall)}" if short else "–"
                return text, s.shortfall
            case 5:
                return fmt.pct(s.share_met), s.share_met
            case 6:
                return fmt.volume(s.capacity), s.capacity
            case 7:
                return fmt.pct(s.floor, 0), s.floor
            case 8:
                return s.unit, None
            case 9:
                return fmt.volume(s.baseline_volume), s.baseline_volume
        return None, None

    def is_marked(self, s) -> bool:
        return s.short_of_demand

    def is_alert(self, s, column) -> bool:
        if column in (4, 5):
            return s.short_of_demand
        return column == 0 and s.below_floor

    def tooltip(self, s, column):
        if column == 3:
            return translate(
                "Tables",
                "{name}: {volume} {unit}s bought from other providers at the substitute price "
                "(statutory demand beyond own capacity; no change: {trend})",
            ).format(
                name=s.name,
                volume=fmt.volume(s.bought),
                unit=s.unit,
                trend=fmt.volume(s.trend_bought),
            )
        text = translate(
            "Tables",
            "{name}: demand {demand} {unit}s, capacity {capacity}, delivered {delivered} "
            "({share} of demand; floor {floor})",
        ).format(
            name=s.name,
            demand=fmt.volume(s.demand),
            unit=s.unit,
            capacity=fmt.volume(s.capacity),
            delivered=fmt.volume(s.delivered),
            share=fmt.pct(s.share_met),
            floor=fmt.pct(s.floor, 0),
        )
        if s.bought > 0.5:
            text += translate("Tables", "; {volume} bought from other providers").format(
                volume=fmt.volume(s.bought)
            )
        if s.moved_to_digital > 0.5:
            text += translate("Tables", "; {volume} moved to the digital channel").format(
                volume=fmt.volume(s.moved_to_digital)
            )
        if s.short_of_demand:
            text += translate("Tables", ". {mark} {volume} {unit}s short of demand").format(
                mark=SHORT_MARK, volume=fmt.volume(s.shortfall), unit=s.unit
            )
        return text


class BudgetTableModel(ResultTableModel):
    """Budget categories: the baseline year, the plan year with no change, the scenario, and
    the change the levers make (scenario less no change); the net cost last. Every figure is
    the result's (BudgetLine, YearResult's net costs)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Category"),
        QT_TRANSLATE_NOOP("Tables", "Kind"),
        QT_TRANSLATE_NOOP("Tables", "Baseline"),
        QT_TRANSLATE_NOOP("Tables", "No change"),
        QT_TRANSLATE_NOOP("Tables", "Scenario"),
        QT_TRANSLATE_NOOP("Tables", "Change"),
        QT_TRANSLATE_NOOP("Tables", "Change %"),
    )
    NUMERIC_FROM = 2
    SAMPLES = {5: "+€999,999,999", 6: "+100.0 %"}
    NET_NAME = QT_TRANSLATE_NOOP("Tables", "Net cost (expenses − income)")

    def rows_of(self, result):
        rows = [
            (b.name, b.kind, b.baseline_eur, b.trend_eur, b.scenario_eur, b.change_eur)
            for b in result.budget
        ]
        plan = result.plan
        net = (plan.baseline_net_cost_eur, plan.trend_net_cost_eur, plan.net_cost_eur)
        rows.append((translate("Tables", self.NET_NAME), "net", *net, net[2] - net[1]))
        return rows

    def cell(self, row, column):
        name, kind, base, trend, scenario, change = row
        match column:
            case 0:
                return name, None
            case 1:  # the net row's name says what it is; it has no kind of its own
                return ("" if kind == "net" else kind_name(kind)), None
            case 2:
                return fmt.eur(base), base
            case 3:
                return fmt.eur(trend), trend
            case 4:
                return fmt.eur(scenario), scenario
            case 5:
                return fmt.signed_eur(change), change
            case 6:
                share = change / trend if trend else float("nan")
                return fmt.signed_pct(share), share
        return None, None

    def is_marked(self, row) -> bool:
        return row[1] == "net"


class SavingsTableModel(ResultTableModel):
    """Per lever: its value, plan-year saving, in-year effect, one-off costs (a cost: shown
    negative, as everywhere) and share of the target; the totals last."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Tables", "Lever"),
        QT_TRANSLATE_NOOP("Tables", "Value"),
        QT_TRANSLATE_NOOP("Tables", "Plan year"),
        QT_TRANSLATE_NOOP("Tables", "In-year effect"),
        QT_TRANSLATE_NOOP("Tables", "One-off costs"),
        QT_TRANSLATE_NOOP("Tables", "Share of target"),
    )
    TOTAL_NAME = QT_TRANSLATE_NOOP("Tables", "Total")
    SAMPLES = {1: "100.00 %", 2: "−€99,999,999", 3: "−€99,999,999", 4: "−€99,999,999"}

    def rows_of(self, result):
        shares = result.plan.share_of_target_by_lever  # the model's fact, not divided here
        rows = [
            (
                lever_name(lever),
                result.scenario.levers[lever.id],
                result.savings_plan_year[lever.id],
                result.savings_recurring[lever.id],
                -result.one_off_costs[lever.id],
                shares[lever.id],
            )
            for lever in LEVERS
        ]
        rows.append(
            (
                translate("Tables", self.TOTAL_NAME),
                None,
                result.total_plan_year,
                result.total_recurring,
                -result.one_off_total_eur,
                result.share_of_target,
            )
        )
        return rows

    def cell(self, row, column):
        name, value, plan_year, recurring, one_off, share = row
        match column:
            case 0:
                return name, None
            case 1:
                return ("" if value is None else lever_setting(value)), value
            case 2:
                return fmt.eur(plan_year), plan_year
            case 3:
                return fmt.eur(recurring), recurring
            case 4:
                return fmt.eur(one_off), one_off
            case 5:
                return fmt.pct(share), share
        return None, None

    def is_marked(self, row) -> bool:
        return row[1] is None  # the total

    def is_alert(self, row, column) -> bool:
        return column == 2 and row[2] < 0


class WarningsModel(ResultTableModel):
    """The model's warnings, each with the lever or service line it concerns; the words come
    from the warning's code and parameters (planner.present.warnings)."""

    HEADERS = (QT_TRANSLATE_NOOP("Tables", "Concerns"), QT_TRANSLATE_NOOP("Tables", "Warning"))
    NUMERIC_FROM = 99  # none

    def rows_of(self, result):
        services = {s.id: s.name for s in result.services}
        levers = {lever_id: lever_name(lever) for lever_id, lever in LEVER_BY_ID.items()}
        return [
            (concerns(warning, services, levers), warning_detail(warning), warning.code)
            for warning in result.warnings
        ]

    def cell(self, row, column):
        if column == 0:
            return f"{WARNING_MARK} {row[0]}", None
        if column == 1:
            return row[1], None
        return None, None

    def is_alert(self, row, column) -> bool:
        return column == 0

    def tooltip(self, row, column):
        return f"{row[0]}: {row[1]} ({row[2]})"

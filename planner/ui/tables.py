"""Thin table models over a ScenarioResult: service volumes, budget, savings by lever, warnings.

Each keeps the result's rows. When a new result arrives, the cells of the rows that changed
are formatted once and one `dataChanged` covers them (no reset: views keep their selection and
scroll position); only a change in the number of rows resets the model. `data()` is then a
lookup, because views ask for several roles of every visible cell on each repaint.
`Qt.UserRole` gives a cell's number unformatted.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner import formatting as fmt
from planner.model import LEVER_BY_ID, LEVER_IDS, ScenarioResult
from planner.ui.texts import lever_percent, signed_eur, signed_pct

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
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
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
        "Service line",
        "Demand",
        "Delivered",
        "Shortfall",
        "Demand met",
        "Capacity",
        "Floor",
        "Unit",
        "Baseline volume",
    )
    NUMERIC_FROM = 1
    TEXT_COLUMNS = (7,)  # the unit
    SAMPLES = {1: "99,999,999", 2: "99,999,999", 3: "▼ 9,999,999", 5: "99,999,999"}

    def rows_of(self, result):
        return result.services  # frozen dataclasses: equal rows mean equal cells

    def cell(self, s, column):
        short = s.shortfall > 0.5
        match column:
            case 0:
                return s.name, None
            case 1:
                return fmt.volume(s.demand), s.demand
            case 2:
                return fmt.volume(s.delivered), s.delivered
            case 3:
                text = f"{SHORT_MARK} {fmt.volume(s.shortfall)}" if short else "–"
                return text, s.shortfall
            case 4:
                return fmt.pct(s.share_met), s.share_met
            case 5:
                return fmt.volume(s.capacity), s.capacity
            case 6:
                return fmt.pct(s.floor, 0), s.floor
            case 7:
                return s.unit, None
            case 8:
                return fmt.volume(s.baseline_volume), s.baseline_volume
        return None, None

    def is_marked(self, s) -> bool:
        return s.shortfall > 0.5

    def is_alert(self, s, column) -> bool:
        if column in (3, 4):
            return s.shortfall > 0.5
        return column == 0 and s.share_met < s.floor

    def tooltip(self, s, column):
        text = (
            f"{s.name}: demand {fmt.volume(s.demand)} {s.unit}s, capacity "
            f"{fmt.volume(s.capacity)}, delivered {fmt.volume(s.delivered)} "
            f"({fmt.pct(s.share_met)} of demand; floor {fmt.pct(s.floor, 0)})"
        )
        if s.moved_to_digital > 0.5:
            text += f"; {fmt.volume(s.moved_to_digital)} moved to the digital channel"
        if s.shortfall > 0.5:
            text += f". {SHORT_MARK} {fmt.volume(s.shortfall)} {s.unit}s short of demand"
        return text


class BudgetTableModel(ResultTableModel):
    """Budget categories, baseline beside scenario, with the change; a net total row last."""

    HEADERS = ("Category", "Kind", "Baseline", "Scenario", "Change", "Change %")
    NUMERIC_FROM = 2
    SAMPLES = {4: "+€999,999,999", 5: "+100.0 %"}
    NET_NAME = "Net cost (expenses − income)"

    def rows_of(self, result):
        rows = [(b.name, b.kind, b.baseline_eur, b.scenario_eur) for b in result.budget]
        sign = {"expense": 1.0, "income": -1.0}
        net_base = sum(sign.get(kind, 0.0) * base for _, kind, base, _ in rows)
        net_scenario = sum(sign.get(kind, 0.0) * scen for _, kind, _, scen in rows)
        rows.append((self.NET_NAME, "net", net_base, net_scenario))
        return rows

    def cell(self, row, column):
        name, kind, base, scenario = row
        change = scenario - base
        match column:
            case 0:
                return name, None
            case 1:
                return kind, None
            case 2:
                return fmt.eur(base), base
            case 3:
                return fmt.eur(scenario), scenario
            case 4:
                return signed_eur(change), change
            case 5:
                share = change / base if base else float("nan")
                return signed_pct(share), share
        return None, None

    def is_marked(self, row) -> bool:
        return row[1] == "net"


class SavingsTableModel(ResultTableModel):
    """Per lever: its value, plan-year saving, recurring saving, one-off costs and share of
    the target; the totals last."""

    HEADERS = ("Lever", "Value", "Plan year", "Recurring", "One-off costs", "Share of target")
    TOTAL_NAME = "Total"
    SAMPLES = {1: "100.00 %", 2: "−€99,999,999", 3: "−€99,999,999", 4: "€99,999,999"}

    def rows_of(self, result):
        target = result.target_eur
        rows = [
            (
                LEVER_BY_ID[lever_id].name,
                result.scenario.levers[lever_id],
                result.savings_plan_year[lever_id],
                result.savings_recurring[lever_id],
                result.one_off_costs[lever_id],
                target,
            )
            for lever_id in LEVER_IDS
        ]
        rows.append(
            (
                self.TOTAL_NAME,
                None,
                result.total_plan_year,
                result.total_recurring,
                sum(result.one_off_costs.values()),
                target,
            )
        )
        return rows

    def cell(self, row, column):
        name, value, plan_year, recurring, one_off, target = row
        match column:
            case 0:
                return name, None
            case 1:
                return ("" if value is None else lever_percent(value)), value
            case 2:
                return fmt.eur(plan_year), plan_year
            case 3:
                return fmt.eur(recurring), recurring
            case 4:
                return fmt.eur(one_off), one_off
            case 5:
                share = plan_year / target if target else float("nan")
                return fmt.pct(share), share
        return None, None

    def is_marked(self, row) -> bool:
        return row[0] == self.TOTAL_NAME and row[1] is None

    def is_alert(self, row, column) -> bool:
        return column == 2 and row[2] < 0


class WarningsModel(ResultTableModel):
    """The model's warnings, each with the lever or service line it concerns."""

    HEADERS = ("Concerns", "Warning")
    NUMERIC_FROM = 99  # none

    def rows_of(self, result):
        services = {s.id: s.name for s in result.services}
        rows = []
        for warning in result.warnings:
            concerns = []
            message = warning.message
            if warning.lever:
                concerns.append(LEVER_BY_ID[warning.lever].name)
            if warning.service:
                name = services.get(warning.service, warning.service)
                concerns.append(name)
                message = message.removeprefix(f"{name}: ")  # said in the first column
            rows.append((" · ".join(concerns) or "Scenario", message, warning.code))
        return rows

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

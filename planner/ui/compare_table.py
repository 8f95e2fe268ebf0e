"""Compare's tables: a row per figure (planner.present.comparison), a column per scenario and
after each scenario other than the reference a Δ column."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from planner.model import ScenarioResult
from planner.present import translate
from planner.present.comparison import SCREEN, SHORT_MARK, Row

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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
            if not delta:
                return name
            return translate("Compare", "{name} minus {reference}").format(
                name=name, reference=reference
            )
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
            kind = SCREEN[spec.kind]
            if delta:
                return kind.delta(value)
            text = kind.show(value)
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


def _two_lines(name: str) -> str:
    """A long name broken at the space nearest its middle, for a narrower column header."""
    if len(name) <= 16 or " " not in name:
        return name
    middle = len(name) // 2
    spaces = [i for i, char in enumerate(name) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1 :]


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their figures; long scenario names in headers are cut (their
    tooltip has them in full), so four scenarios fit side by side. A figure's name longer
    than its column (a Finnish or Swedish one) wraps onto a second line rather than being
    cut: the rows are as tall as their names."""
    view.resizeColumnsToContents()
    metrics = view.fontMetrics()
    widest_figure = metrics.horizontalAdvance("−€100,000,000") + 16
    view.setColumnWidth(0, min(view.columnWidth(0), 330))
    for column in range(1, view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column), max(widest_figure, 150)))
    view.setWordWrap(True)
    view.resizeRowsToContents()

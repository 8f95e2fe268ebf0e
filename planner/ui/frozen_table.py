"""A table whose first column (the names) stays in view while the table scrolls sideways.

Qt's "frozen column" pattern: a second view on the same model shows only column 0, lies over
the main view's first column, and scrolls up and down with it. The names column takes the
room a wide window leaves, up to the width of the longest name, so names are not cut while
part of the table stands empty.
"""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_WRAP = int(Qt.TextFlag.TextWordWrap)
NAME_COLUMN_MIN = 160  # narrower than its longest name, the column wraps names onto two lines


class FrozenColumnTable(QTableView):
    """A QTableView with its first column frozen (`frozen` is the view over it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenNames")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setStyleSheet("QTableView { border: none; }")
        self.frozen.setWordWrap(True)
        self.setWordWrap(True)
        # Rows as tall as a wrapped name needs: a long name is never cut, only wrapped. Fitted
        # to the names column alone, and only when a name, its font or the column's width
        # changes (_fit_rows): a header resizing to contents would measure every cell of the
        # table again on every change of a figure, some milliseconds a lever change.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.viewport().stackUnder(self.frozen)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.verticalHeader().sectionResized.connect(self._on_row_resized)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setSelectionBehavior(self.selectionBehavior())
        self.frozen.setAlternatingRowColors(self.alternatingRowColors())
        model.columnsInserted.connect(self._hide_other_columns)
        model.modelReset.connect(self._hide_other_columns)
        model.layoutChanged.connect(self._hide_other_columns)
        model.rowsInserted.connect(self._fit_rows)
        model.dataChanged.connect(self._on_data_changed)
        self._hide_other_columns()

    def setAlternatingRowColors(self, enable: bool) -> None:
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def setSelectionBehavior(self, behavior) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.frozen.setAccessibleName(name)

    def _hide_other_columns(self, *args) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column != 0)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        self._fit_rows()
        self._place()

    def _on_data_changed(self, top_left, bottom_right, roles=()) -> None:
        if top_left.column() == 0:  # a name or its font: its wrapping may change
            self._fit_rows()

    def _fit_rows(self, *args) -> None:
        """Each row as tall as its name wrapped at the names column's width (the figures in
        the other columns take one line)."""
        model = self.model()
        if model is None:
            return
        least = self.verticalHeader().defaultSectionSize()
        for row in range(model.rowCount()):
            height = max(least, self.frozen.sizeHintForRow(row))
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)  # the frozen view follows (_on_row_resized)

    def fit_name_column(self) -> None:
        """The names column as wide as its longest name when the table has the room, and at
        least NAME_COLUMN_MIN (or the longest name, if shorter) when it has not."""
        model = self.model()
        if model is None or model.columnCount() < 2 or self.horizontalHeader().stretchLastSection():
            return
        wanted = max(self.sizeHintForColumn(0), self.horizontalHeader().sectionSizeHint(0)) + 8
        others = sum(self.columnWidth(c) for c in range(1, model.columnCount()))
        room = self.viewport().width() - others
        width = max(min(wanted, room), min(wanted, NAME_COLUMN_MIN))
        if width != self.columnWidth(0):
            self.setColumnWidth(0, width)

    def cut_names(self) -> list[str]:
        """The names that do not show in full in the frozen column (for tests and checks):
        too wide for the column even when wrapped, or too tall for their row."""
        model = self.model()
        width = self.frozen.columnWidth(0) - 8  # the cell's margins
        cut = []
        for row in range(model.rowCount()):
            text = str(model.index(row, 0).data() or "")
            font = model.index(row, 0).data(Qt.ItemDataRole.FontRole) or self.frozen.font()
            metrics = QFontMetrics(font)
            box = metrics.boundingRect(QRect(0, 0, width, 10_000), _WRAP, text)
            if box.width() > width or box.height() > self.frozen.rowHeight(row):
                cut.append(text)
        return cut

    def _on_section_resized(self, index: int, old: int, new: int) -> None:
        if index == 0:
            self.frozen.setColumnWidth(0, new)
            self._fit_rows()
            self._place()

    def _on_row_resized(self, index: int, old: int, new: int) -> None:
        self.frozen.setRowHeight(index, new)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_name_column()
        self._place()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place()

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() > 0:  # column 0 is always in view: never scroll sideways for it
            super().scrollTo(index, hint)

    def _place(self) -> None:
        # A table whose last column stretches to the view never scrolls sideways: no overlay.
        self.frozen.setVisible(not self.horizontalHeader().stretchLastSection())
        frame = self.frameWidth()
        left = self.verticalHeader().width() + frame
        self.frozen.setGeometry(
            left,
            frame,
            self.columnWidth(0),
            self.viewport().height() + self.horizontalHeader().height(),
        )

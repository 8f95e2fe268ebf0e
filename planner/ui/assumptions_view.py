"""The Assumptions view: every baseline figure in one searchable table, and the current
scenario's overrides of them (issue 11, item 1).

Grouped as the baseline is (services, fees, budget, premises, workforce, parameters, and the
indexes as prices): the row's name, what the column means, value, unit, basis (read, derived,
assumption), low–high, the sources (Enter or a click on the source opens it in the browser)
and the reasoning. The filter box keeps the rows any of whose texts holds what is typed.

A scenario can override any figure the engine reads: Override… (or Enter / double-click on a
row) asks for a value and a reason; a value outside the figure's range asks for confirmation
and is kept as given, flagged (⚠) here and by the model's warning; Remove Override takes it
back. Each is one undo step (`OverrideCommand`, through the state owner) and is saved with the
workbook. An overridden row is marked (✎, bold, the baseline's value beside it), and the status
bar says how many figures the scenario overrides.
"""

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.model.scenario import Override
from planner.present import QT_TRANSLATE_NOOP, translate
from planner.ui.figures import Figure, baseline_figures, basis_text, figure_value
from planner.ui.undo import ScenarioEdit

OVERRIDE_MARK = "✎"
OUTSIDE_MARK = "⚠"
OVERRIDDEN_BACKGROUND = QColor("#fff3cd")
LINK = QColor("#1a5fb4")
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ROOT = QModelIndex()
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Figure


def override_text(figure: Figure, override: Override | None) -> str:
    """What the Edit menu shows after Undo/Redo."""
    if override is None:
        return translate("Undo", "remove the override of {figure}").format(figure=figure.short_name)
    return translate("Undo", "assume {figure} is {value}").format(
        figure=figure.short_name, value=figure_value(override.value)
    )


class OverrideCommand(ScenarioEdit):
    """One figure of the current scenario assumed differently (or as the baseline again)."""

    def __init__(self, state, figure: Figure, old: Override | None, new: Override | None):
        super().__init__(state, override_text(figure, new))
        self.figure, self.old, self.new = figure.key, old, new

    def apply(self, value: Override | None) -> None:
        self.state.set_override(self.figure, value)


class AssumptionsModel(QAbstractTableModel):
    """The baseline's figures with the current scenario's overrides; `data()` is a lookup."""

    GROUP, NAME, MEANING, VALUE, UNIT, BASIS, RANGE, SOURCE, NOTE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("Assumptions", "Group"),
        QT_TRANSLATE_NOOP("Assumptions", "Figure"),
        QT_TRANSLATE_NOOP("Assumptions", "What it is"),
        QT_TRANSLATE_NOOP("Assumptions", "Value"),
        QT_TRANSLATE_NOOP("Assumptions", "Unit"),
        QT_TRANSLATE_NOOP("Assumptions", "Basis"),
        QT_TRANSLATE_NOOP("Assumptions", "Low–high"),
        QT_TRANSLATE_NOOP("Assumptions", "Source"),
        QT_TRANSLATE_NOOP("Assumptions", "Reasoning"),
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.figures: list[Figure] = []
        self.overrides: dict = {}
        self._texts: list[tuple[str, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._link = QFont()
        self._link.setUnderline(True)

    def set_figures(self, figures: list[Figure], overrides: dict) -> None:
        self.beginResetModel()
        self.figures, self.overrides = figures, dict(overrides)
        self._texts = [self._row_texts(f) for f in figures]
        self.endResetModel()

    def set_overrides(self, overrides: dict) -> None:
        """Only the rows whose override came, went or changed are redrawn."""
        changed = {
            k
            for k in set(overrides) | set(self.overrides)
            if overrides.get(k) != self.overrides.get(k)
        }
        if not changed:
            return
        self.overrides = dict(overrides)
        for i, figure in enumerate(self.figures):
            if figure.key in changed:
                self._texts[i] = self._row_texts(figure)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.HEADERS) - 1))

    def figure_at(self, row: int) -> Figure:
        return self.figures[row]

    def row_of(self, key: str) -> int:
        return next(i for i, f in enumerate(self.figures) if f.key == key)

    def _row_texts(self, f: Figure) -> tuple[str, ...]:
        override = self.overrides.get(f.key)
        value = figure_value(f.value, f.kind)
        if override is not None:
            flag = f" {OUTSIDE_MARK}" if f.outside_range(override.value) else ""
            value = translate("Assumptions", "{mark} {value}{flag} (baseline {baseline})").format(
                mark=OVERRIDE_MARK, value=figure_value(override.value), flag=flag, baseline=value
            )
        hosts = []
        for address in f.sources:
            host = QUrl(address).host() or address
            if host not in hosts:
                hosts.append(host)
        return (
            f.group,
            f.name if f.table in ("workforce", "parameters") else f.row_name,
            f.meaning,
            value,
            f.unit,
            basis_text(f.basis),
            f"{figure_value(f.low)}–{figure_value(f.high)}" if f.ranged else "",
            ", ".join(hosts),
            f.note,
        )

    # The model's interface -------------------------------------------------------------

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=DISPLAY):
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return translate("Assumptions", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.figures):
            return None
        row, column = index.row(), index.column()
        figure = self.figures[row]
        override = self.overrides.get(figure.key)
        if role == DISPLAY:
            return self._texts[row][column]
        if role == TOOLTIP:
            return self._tooltip(figure, override, column)
        if role == FIGURE_ROLE:
            return figure.key
        if role == Qt.ItemDataRole.BackgroundRole and override is not None:
            return QBrush(OVERRIDDEN_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            if column == self.SOURCE and figure.sources:
                return self._link
            if override is not None and column in (self.NAME, self.VALUE):
                return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SOURCE and figure.sources:
            return QBrush(LINK)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VALUE, self.RANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, figure: Figure, override: Override | None, column: int) -> str:
        lines = [figure.name]
        lines.append(
            translate("Assumptions", "Baseline: {value} {unit} ({basis})").format(
                value=figure_value(figure.value), unit=figure.unit, basis=basis_text(figure.basis)
            )
        )
        if figure.ranged:
            lines.append(
                translate("Assumptions", "Range: {low}–{high}").format(
                    low=figure_value(figure.low), high=figure_value(figure.high)
                )
            )
        if override is not None:
            lines.append(
                translate("Assumptions", "This scenario assumes {value}, because: {reason}").format(
                    value=figure_value(override.value), reason=override.reason
                )
            )
            if figure.outside_range(override.value):
                lines.append(
                    translate("Assumptions", "{mark} Outside the figure's range").format(
                        mark=OUTSIDE_MARK
                    )
                )
        if figure.sources:
            lines.append(translate("Assumptions", "Sources (Enter or click opens):"))
            lines.extend(figure.sources)
        else:
            lines.append(translate("Assumptions", "No source given"))
        if figure.note:
            lines.append(figure.note)
        if not figure.engine_reads:
            lines.append(translate("Assumptions", "The model does not use this figure."))
        lines.append(f"({figure.key})")
        return "\n".join(lines)


class AssumptionsFilter(QSortFilterProxyModel):
    """Rows any of whose texts holds the typed text (any case)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class OverrideDialog(QDialog):
    """A value and a reason for one figure; shows the baseline's value and range."""

    def __init__(self, figure: Figure, current: Override | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.figure = figure
        self.setWindowTitle(translate("Assumptions", "Override a baseline figure"))
        about = QLabel(self)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        range_text = (
            translate("Assumptions", "range {low}–{high}").format(
                low=figure_value(figure.low), high=figure_value(figure.high)
            )
            if figure.ranged
            else translate("Assumptions", "no range given")
        )
        about.setText(
            translate("Assumptions", "{name}\nBaseline: {value} {unit} ({basis}, {range})").format(
                name=figure.name,
                value=figure_value(figure.value),
                unit=figure.unit,
                basis=basis_text(figure.basis),
                range=range_text,
            )
        )
        self.value_spin = QDoubleSpinBox(self)
        self.value_spin.setRange(-1e13, 1e13)
        self.value_spin.setDecimals(4)
        self.value_spin.setGroupSeparatorShown(True)
        self.value_spin.setValue(current.value if current else figure.value)
        self.value_spin.setAccessibleName(translate("Assumptions", "Value in this scenario"))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setText(current.reason if current else "")
        self.reason_edit.setPlaceholderText(
            translate("Assumptions", "Why this scenario assumes it (required)")
        )
        self.reason_edit.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(translate("Assumptions", "&Value:"), self.value_spin)
        form.addRow(translate("Assumptions", "&Reason:"), self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = bool(self.reason_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def override(self) -> Override:
        return Override(float(self.value_spin.value()), self.reason_edit.text().strip())


class AssumptionsView(QWidget):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_, self.state, self.edits = window, window.state, window.edits
        self.dialog: OverrideDialog | None = None
        self.model = AssumptionsModel(self)
        self.proxy = AssumptionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            translate("Assumptions", "Filter: a name, a source, a basis, a word of the reasoning")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("Assumptions", "Filter the figures"))
        filter_label = QLabel(translate("Assumptions", "F&ind:"), self)
        filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel(self)
        self.override_button = QPushButton(translate("Assumptions", "O&verride…"), self)
        self.override_button.setToolTip(
            translate(
                "Assumptions", "Assume the selected figure differently in this scenario (Enter)"
            )
        )
        self.remove_button = QPushButton(translate("Assumptions", "Remove Overri&de"), self)
        self.remove_button.setToolTip(
            translate("Assumptions", "The selected figure as the baseline has it again (Delete)")
        )
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("Assumptions", "Baseline figures"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = ((0, 80), (1, 200), (2, 220), (3, 175), (4, 80), (5, 80), (6, 90), (7, 130))
        for column, width in widths:
            # At least as wide as the header says in the language (Swedish "Lägsta–högsta").
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.override_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self._on_filter)
        self.override_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_activated)  # Enter, double-click
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_selected)
        self._engine = None  # the figures are listed when the tab is first seen (start-up)

    def showEvent(self, event) -> None:
        if self._engine is not self.state.engine:
            self.show_engine(self.state.engine)
        super().showEvent(event)

    # Following the state -----------------------------------------------------------------

    def show_engine(self, engine) -> None:
        if not self.isVisible():
            self._engine = None  # listed again when next seen
            return
        self._engine = engine
        figures = baseline_figures(engine)
        self.model.set_figures(figures, self.state.scenario.overrides)
        # Units are short words in English, longer in Finnish and Swedish ("suoritetta
        # vuodessa"): the column holds the longest in full.
        metrics = self.table.fontMetrics()
        unit = max((metrics.horizontalAdvance(f.unit) for f in figures), default=0) + 14
        if unit > self.table.columnWidth(AssumptionsModel.UNIT):
            self.table.setColumnWidth(AssumptionsModel.UNIT, unit)
        self._on_filter(self.filter_edit.text())

    def show_scenario(self, scenario) -> None:
        self.model.set_overrides(scenario.overrides)
        self._update_buttons()

    # Asking for changes ------------------------------------------------------------------

    def selected_figure(self) -> Figure | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.figure_at(self.proxy.mapToSource(index).row())

    def select(self, key: str) -> None:
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(key), 1))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def edit_selected(self) -> None:
        figure = self.selected_figure()
        if figure is None or not figure.engine_reads:
            return
        self.dialog = OverrideDialog(figure, self.state.scenario.overrides.get(figure.key), self)
        self.dialog.accepted.connect(lambda: self.request_override(figure, self.dialog.override()))
        self.dialog.open()

    def request_override(self, figure: Figure, override: Override) -> bool:
        """Push the override (asking first when it is outside the figure's range); False if
        the user did not confirm."""
        if figure.outside_range(override.value):
            answer = QMessageBox.question(
                self,
                translate("Assumptions", "Outside the range"),
                translate(
                    "Assumptions",
                    "{value} is outside the range {low}–{high} of {name}. Use it anyway? It is "
                    "kept as given and flagged.",
                ).format(
                    value=figure_value(override.value),
                    low=figure_value(figure.low),
                    high=figure_value(figure.high),
                    name=figure.name,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        old = self.state.scenario.overrides.get(figure.key)
        if old != override:
            self.edits.stack.push(OverrideCommand(self.state, figure, old, override))
        return True

    def remove_selected(self) -> None:
        figure = self.selected_figure()
        if figure is None:
            return
        old = self.state.scenario.overrides.get(figure.key)
        if old is not None:
            self.edits.stack.push(OverrideCommand(self.state, figure, old, None))

    # Inside ----------------------------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.count_label.setText(
            translate("Assumptions", "{shown} of {count} figures").format(
                shown=self.proxy.rowCount(), count=self.model.rowCount()
            )
        )

    def _update_buttons(self, *args) -> None:
        figure = self.selected_figure()
        self.override_button.setEnabled(figure is not None and figure.engine_reads)
        self.remove_button.setEnabled(
            figure is not None and figure.key in self.state.scenario.overrides
        )

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == AssumptionsModel.SOURCE:
            self.open_sources(self.model.figure_at(self.proxy.mapToSource(index).row()))

    def _on_activated(self, index: QModelIndex) -> None:
        figure = self.model.figure_at(self.proxy.mapToSource(index).row())
        if index.column() == AssumptionsModel.SOURCE and figure.sources:
            self.open_sources(figure)
        else:
            self.edit_selected()

    def open_sources(self, figure: Figure) -> None:
        """One source opens in the browser; several: a menu to choose from."""
        if not figure.sources:
            return
        if len(figure.sources) == 1:
            QDesktopServices.openUrl(QUrl(figure.sources[0]))
            return
        menu = QMenu(self)
        for address in figure.sources:
            menu.addAction(address, lambda a=address: QDesktopServices.openUrl(QUrl(a)))
        rect = self.table.visualRect(self.table.currentIndex())
        menu.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))


class AssumptionsHookup(QObject):
    """The view in the window's tabs, and "n assumptions overridden" in the status bar."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.state = window, window.state
        self.view = AssumptionsView(window, window)
        window.tabs.addTab(self.view, translate("MainWindow", "&Assumptions"))
        self.status = QLabel(window)
        self.status.setToolTip(
            translate("Assumptions", "Figures this scenario assumes differently: see Assumptions")
        )
        window.statusBar().addPermanentWidget(self.status)
        self.state.sig_baseline_changed.connect(self.view.show_engine)
        self.state.sig_scenario_changed.connect(self._on_scenario_changed)
        self._on_scenario_changed(self.state.scenario)

    def _on_scenario_changed(self, scenario) -> None:
        self.view.show_scenario(scenario)
        count = len(scenario.overrides)
        if count == 1:
            text = translate("Assumptions", "{mark} 1 assumption overridden")
        else:
            text = translate("Assumptions", "{mark} {count} assumptions overridden")
        text = text.format(mark=OVERRIDE_MARK, count=count)
        if self.status.text() != text:
            self.status.setText(text)
        self.status.setVisible(count > 0)

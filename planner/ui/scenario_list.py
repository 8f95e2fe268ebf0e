"""The workbook's scenarios beside the levers: a list to switch between them, New, Duplicate,
Rename and Delete, and each scenario's description with who changed it last and when.

The panel never changes the workbook itself: it asks `UndoableEdits` (one undo command per
change) and follows the state owner's signals. Switching scenario is not a change of the
workbook, so it is not an undo step (commands switch back to their scenario when undone).
"""

import html
import itertools
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.model import Scenario
from planner.present import numbers as fmt
from planner.present import translate
from planner.ui.state import PlannerState, ScenarioNameError
from planner.ui.undo import UndoableEdits

BURST_PAUSE_MS = 2000  # a pause in typing this long ends one undo step of the description
DOCK_WIDTH = 180  # at first start; the charts and headline need the rest of 1280 pixels
TOOLTIP_DESCRIPTION = 400  # characters of the description shown in the list's tooltip


def stamp_text(scenario: Scenario) -> str:
    """ "Last changed 2026-11-28 09:30 (+02:00) by anna", or "" when the scenario has no stamp."""
    if not scenario.modified_at and not scenario.modified_by:
        return ""
    when = scenario.modified_at
    try:
        moment = datetime.fromisoformat(when)
        when = f"{fmt.date(moment)} {moment:%H:%M}"  # 28.11.2026 in Finnish and Swedish
        offset = moment.strftime("%z")
        if offset:
            when += f" ({offset[:3]}:{offset[3:5]})"
    except ValueError:
        pass  # a hand-written stamp: show it as it is
    # Whole sentences to translate: the word order differs between languages.
    if scenario.modified_by and when:
        text = translate("ScenarioList", "Last changed {when} by {user}")
    elif scenario.modified_by:
        text = translate("ScenarioList", "Last changed by {user}")
    else:
        text = translate("ScenarioList", "Last changed {when}")
    return text.format(when=when, user=scenario.modified_by)


def scenario_tooltip(scenario: Scenario) -> str:
    parts = [f"<b>{html.escape(scenario.name)}</b>"]
    description = scenario.description.strip()
    if description:
        if len(description) > TOOLTIP_DESCRIPTION:
            description = description[: TOOLTIP_DESCRIPTION - 1] + "…"
        parts.append(html.escape(description).replace("\n", "<br>"))
    stamp = stamp_text(scenario)
    if stamp:
        parts.append(f"<i>{html.escape(stamp)}</i>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


class ScenarioListModel(QAbstractListModel):
    """The workbook's scenario names (editable: editing renames through `rename`), the current
    one in bold, each with a tooltip of its description and stamp."""

    def __init__(self, state: PlannerState, rename, parent: QObject | None = None):
        super().__init__(parent)
        self.state, self.rename = state, rename
        self._count = len(state.workbook.scenarios)
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        scenario = self.state.workbook.scenarios[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return scenario.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return scenario_tooltip(scenario)
        if role == Qt.ItemDataRole.FontRole and index.row() == self.state.current_index:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return stamp_text(scenario)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        return bool(self.rename(index.row(), str(value)))

    def refresh(self) -> None:
        """Follow the workbook: a reset when the number of scenarios changed, else new data."""
        count = len(self.state.workbook.scenarios)
        if count != self._count:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped name at the list's width: a QListView asks for a size
    without a width, which would lay every name out on one line (and cut it)."""

    def __init__(self, view: QListView):
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, max(self._view.viewport().width(), 40), 1)
        return super().sizeHint(option, index)


class ScenarioPanel(QWidget):
    """The list, its buttons, and the current scenario's description and stamp."""

    def __init__(self, state: PlannerState, edits: UndoableEdits, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.edits = state, edits
        self._syncing = False
        self._bursts = itertools.count(1)
        self._burst = next(self._bursts)

        self.model = ScenarioListModel(state, self._rename, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("ScenarioList", "Scenarios"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # Long names wrap onto a second line in the narrow dock rather than being cut.
        self.view.setWordWrap(True)
        self.view.setItemDelegate(_WrappingDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_label = QLabel(translate("ScenarioList", "Scenarios in this &workbook:"), self)
        list_label.setBuddy(self.view)

        def action(text, slot, shortcut=None, tip=""):
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.setStatusTip(tip)
            made.setToolTip(tip)
            made.triggered.connect(slot)
            return made

        self.new_action = action(
            translate("ScenarioList", "&New Scenario"),
            lambda: self.edits.new_scenario(),
            QKeySequence("Ctrl+Shift+N"),
            translate(
                "ScenarioList", "Add a scenario at no change (with this plan year and target)"
            ),
        )
        self.duplicate_action = action(
            translate("ScenarioList", "&Duplicate Scenario"),
            lambda: self.edits.duplicate_scenario(),
            QKeySequence("Ctrl+D"),
            translate("ScenarioList", "Add a copy of the current scenario to change"),
        )
        self.rename_action = action(
            translate("ScenarioList", "&Rename Scenario…"),
            self.start_rename,
            QKeySequence("F2"),
            translate("ScenarioList", "Rename the scenario"),
        )
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.rename_action)  # F2 also works in the list itself
        self.delete_action = action(
            translate("ScenarioList", "De&lete Scenario…"),
            self.delete_current,
            None,
            translate("ScenarioList", "Delete the current scenario"),
        )
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)

        # Two rows of two: the dock stays narrow, so the charts keep their width.
        buttons = QGridLayout()
        buttons.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for number, (key, made, text) in enumerate(
            (
                ("new", self.new_action, translate("ScenarioList", "New")),
                ("duplicate", self.duplicate_action, translate("ScenarioList", "Duplicate")),
                ("rename", self.rename_action, translate("ScenarioList", "Rename")),
                ("delete", self.delete_action, translate("ScenarioList", "Delete")),
            )
        ):
            # Shorter than the menu's text; as the action's icon text, it stays when the
            # action changes (a button's own text would give way to "Delete Scenario").
            made.setIconText(text)
            button = QToolButton(self)
            button.setDefaultAction(made)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, number // 2, number % 2)
            self.buttons[key] = button

        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(translate("ScenarioList", "Scenario description"))
        self.description.setPlaceholderText(
            translate(
                "ScenarioList",
                "Notes on this scenario: what it assumes, who asked for it, what to check.",
            )
        )
        self.description.setTabChangesFocus(True)
        description_label = QLabel(translate("ScenarioList", "Descri&ption:"), self)
        description_label.setBuddy(self.description)
        self.stamp_label = QLabel(self)
        self.stamp_label.setWordWrap(True)
        self.stamp_label.setTextFormat(Qt.TextFormat.PlainText)
        small = self.stamp_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.stamp_label.setFont(small)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 2)
        layout.addLayout(buttons)
        layout.addWidget(description_label)
        layout.addWidget(self.description, 3)
        layout.addWidget(self.stamp_label)

        # A typing pause, leaving the editor or another scenario ends an undo step of typing.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(BURST_PAUSE_MS)
        self._pause.timeout.connect(self.end_burst)
        self.description.textChanged.connect(self._on_description_typed)
        self.description.installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(self._on_row_chosen)
        state.sig_scenarios_changed.connect(self._on_scenarios_changed)
        state.sig_workbook_changed.connect(self._on_workbook_changed)
        state.sig_scenario_changed.connect(self._on_current_edited)
        self._on_workbook_changed()

    # What the user asks for ------------------------------------------------------------------

    def start_rename(self) -> None:
        self.view.setFocus()
        self.view.edit(self.model.index(self.state.current_index))

    def delete_current(self) -> None:
        scenarios = self.state.workbook.scenarios
        if len(scenarios) < 2:
            return
        name = self.state.scenario.name
        answer = QMessageBox.question(
            self,
            translate("ScenarioList", "Delete scenario"),
            translate(
                "ScenarioList",
                "Delete the scenario “{name}”?\n\nEdit > Undo (Ctrl+Z) brings it back.",
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.edits.delete_scenario(self.state.current_index)

    def end_burst(self) -> None:
        """The next typed character starts a new undo step of the description."""
        self._pause.stop()
        self._burst = next(self._bursts)

    def _rename(self, row: int, name: str) -> bool:
        try:
            self.edits.rename_scenario(row, name)
        except ScenarioNameError as error:
            # Told after the editor has closed, not from inside its commit.
            message = str(error)
            QTimer.singleShot(
                0,
                lambda: QMessageBox.warning(
                    self, translate("ScenarioList", "The scenario was not renamed"), message
                ),
            )
            return False
        return True

    def _on_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        if current.row() != self.state.current_index:
            self.state.set_current(current.row())

    def _on_description_typed(self) -> None:
        if self._syncing:
            return
        self._pause.start()
        self.edits.set_description(
            self.state.current_index, self.description.toPlainText(), self._burst
        )

    def eventFilter(self, watched, event) -> bool:
        if watched is self.description and event.type() == event.Type.FocusOut:
            self.end_burst()
        return False

    # Following the state ---------------------------------------------------------------------

    def _on_workbook_changed(self) -> None:
        self.end_burst()
        self.model.refresh()
        self._syncing = True
        try:
            self.view.setCurrentIndex(self.model.index(self.state.current_index))
        finally:
            self._syncing = False
        self._show_details()
        self.delete_action.setEnabled(len(self.state.workbook.scenarios) > 1)

    def _on_scenarios_changed(self) -> None:
        self.model.refresh()
        self._show_details()
        self.delete_action.setEnabled(len(self.state.workbook.scenarios) > 1)

    def _on_current_edited(self, scenario: Scenario) -> None:
        # A lever edit stamps the current scenario: only its row and the stamp change.
        row = self.model.index(self.state.current_index)
        self.model.dataChanged.emit(row, row, [Qt.ItemDataRole.ToolTipRole])
        text = stamp_text(scenario)
        if self.stamp_label.text() != text:
            self.stamp_label.setText(text)

    def _show_details(self) -> None:
        scenario = self.state.scenario
        if self.description.toPlainText() != scenario.description:
            self._syncing = True
            try:
                self.description.setPlainText(scenario.description)
                self.description.moveCursor(self.description.textCursor().MoveOperation.End)
            finally:
                self._syncing = False
            self.end_burst()
        text = stamp_text(scenario)
        if self.stamp_label.text() != text:
            self.stamp_label.setText(text)


def add_scenario_dock(window: QMainWindow, state: PlannerState, edits: UndoableEdits):
    """The scenario panel in a dock on the window's left; returns (panel, dock)."""
    panel = ScenarioPanel(state, edits, window)
    dock = QDockWidget(translate("ScenarioList", "Scenarios"), window)
    dock.setObjectName("scenarioDock")  # for saveState/restoreState
    dock.setWidget(panel)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
    )
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    return panel, dock

"""The scenario list: new, duplicate, rename, delete, switch and describe through the panel,
every view following, undo and redo restoring, names unique, who-and-when stamps."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from planner.files.workbook_json import read_workbook
from planner.model import Scenario, evaluate_scenario
from planner.model.levers import no_change_levers
from planner.paths import reference_workbook_path
from planner.ui.scenario_list import stamp_text
from tests.ui.helpers import assert_views_show

NAMES = ["No change (2024)", "City programme 2024 (€29M)", "Reported programme (€70M)"]
FIXED_TIME = "2026-12-01T10:15:00+02:00"


@pytest.fixture
def book(window, tmp_path):
    """The window on three of the reference workbook's scenarios (NAMES), with a fixed user
    and clock for stamps."""
    data = json.loads(reference_workbook_path().read_text(encoding="utf-8"))
    data["scenarios"] = [s for s in data["scenarios"] if s["name"] in NAMES]
    path = tmp_path / "three.planner.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert window.files.load(path)
    window.state.user, window.state.clock = "tester", lambda: FIXED_TIME
    return window


def names(window) -> list[str]:
    return window.state.workbook.names()


def listed(window) -> list[str]:
    model = window.scenario_panel.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def shows_current(window) -> None:
    """The list, its current row, the title and every view agree with the state."""
    state = window.state
    assert listed(window) == names(window)
    assert window.scenario_panel.view.currentIndex().row() == state.current_index
    assert window.windowTitle().startswith(f"{state.scenario.name} — ")
    assert window.scenario_panel.description.toPlainText() == state.scenario.description
    assert_views_show(window, evaluate_scenario(state.engine, state.scenario))


def test_the_list_shows_the_workbook_and_switching_updates_every_view(qtbot, book):
    assert listed(book) == NAMES
    shows_current(book)
    view = book.scenario_panel.view
    rect = view.visualRect(book.scenario_panel.model.index(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert book.state.current_index == 1
    shows_current(book)
    assert book.lever_panel.rows["office_space_cut"].spin.value() == 35.51
    assert book.undo_stack.count() == 0  # switching is not a change of the workbook
    assert not book.isWindowModified()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert book.state.scenario.name == NAMES[2]
    shows_current(book)


def test_new_scenario_button_adds_one_at_no_change_and_undo_takes_it_out(qtbot, book):
    book.state.set_current(1)
    qtbot.mouseClick(book.scenario_panel.buttons["new"], Qt.MouseButton.LeftButton)
    assert names(book) == [NAMES[0], NAMES[1], "New scenario", NAMES[2]]
    assert book.state.current_index == 2
    new = book.state.scenario
    assert new.levers == no_change_levers()
    assert (new.modified_by, new.modified_at) == ("tester", FIXED_TIME)
    shows_current(book)
    assert book.isWindowModified()
    book.undo_action.trigger()
    assert names(book) == NAMES
    assert book.state.current_index == 1
    shows_current(book)
    assert not book.isWindowModified()
    book.redo_action.trigger()
    assert names(book) == [NAMES[0], NAMES[1], "New scenario", NAMES[2]]
    assert book.state.scenario is new
    shows_current(book)


def test_duplicates_copy_the_levers_and_get_unique_names(qtbot, book):
    book.state.set_current(1)
    original = book.state.scenario
    qtbot.keyClick(book, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    book.state.set_current(1)
    book.scenario_panel.duplicate_action.trigger()
    assert names(book)[1:4] == [
        NAMES[1],
        f"{NAMES[1]} (copy) 2",
        f"{NAMES[1]} (copy)",
    ]
    copy = book.state.scenario
    assert copy.levers == original.levers and copy.levers is not original.levers
    assert copy.description == original.description
    book.edits.set_lever("digital_shift", 10)  # the copy changes, the original does not
    assert original.levers["digital_shift"] == 0
    assert len(set(names(book))) == len(names(book))
    shows_current(book)


def editor_of(window) -> QLineEdit:
    editors = window.scenario_panel.view.findChildren(QLineEdit)
    assert len(editors) == 1
    return editors[0]


def rename_in_the_list(qtbot, window, text: str) -> None:
    window.scenario_panel.rename_action.trigger()
    editor = editor_of(window)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types ASCII only
        editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_rename_in_the_list_is_undoable(qtbot, book):
    book.state.set_current(2)
    rename_in_the_list(qtbot, book, "City 2024")
    assert names(book) == [NAMES[0], NAMES[1], "City 2024"]
    assert book.windowTitle().startswith("City 2024 — ")
    assert book.state.result.scenario.name == "City 2024"
    shows_current(book)
    book.undo_action.trigger()
    assert names(book) == NAMES
    shows_current(book)


@pytest.mark.parametrize(
    ("typed", "says"),
    [("Reported programme (€70M)", "already called"), ("   ", "needs a name")],
)
def test_a_name_that_is_taken_or_empty_is_refused_with_a_message(
    qtbot, book, monkeypatch, typed, says
):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[1:]))
    rename_in_the_list(qtbot, book, typed)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "The scenario was not renamed"
    assert says in shown[0][1]
    assert names(book) == NAMES
    assert book.undo_stack.count() == 0


def test_delete_asks_and_undo_puts_the_same_scenario_back(qtbot, book, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    book.state.set_current(1)
    reported = book.state.scenario
    qtbot.mouseClick(book.scenario_panel.buttons["delete"], Qt.MouseButton.LeftButton)
    assert names(book) == NAMES  # Cancel
    assert NAMES[1] in asked[0]
    qtbot.mouseClick(book.scenario_panel.buttons["delete"], Qt.MouseButton.LeftButton)
    assert names(book) == [NAMES[0], NAMES[2]]
    assert book.state.scenario.name == NAMES[2]
    shows_current(book)
    book.undo_action.trigger()
    assert names(book) == NAMES
    assert book.state.scenario is reported
    shows_current(book)


def test_the_last_scenario_cannot_be_deleted(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, *rest: asked.append(title) or QMessageBox.StandardButton.Discard,
    )
    panel = window.scenario_panel
    assert not panel.delete_action.isEnabled()
    assert not panel.buttons["delete"].isEnabled()
    panel.delete_current()
    assert len(window.state.workbook.scenarios) == 1
    assert asked == []  # nothing to ask: nothing happens
    panel.new_action.trigger()
    assert panel.delete_action.isEnabled()


def test_undo_of_a_lever_returns_to_the_scenario_it_changed(qtbot, book):
    book.state.set_current(1)
    reported = book.state.scenario
    before = (reported.modified_by, reported.modified_at)
    book.edits.set_lever("digital_shift", 25)
    assert (reported.modified_by, reported.modified_at) == ("tester", FIXED_TIME)
    book.state.set_current(2)
    book.undo_action.trigger()
    assert book.state.scenario is reported  # undo showed where it acted
    assert reported.levers["digital_shift"] == 0
    assert (reported.modified_by, reported.modified_at) == before  # exactly as it was
    shows_current(book)
    assert reported == read_workbook(reference_workbook_path()).scenarios[1]
    book.state.set_current(0)
    book.redo_action.trigger()
    assert book.state.scenario is reported and reported.levers["digital_shift"] == 25
    assert reported.modified_at == FIXED_TIME


def test_typing_a_description_is_one_undo_step_per_burst(qtbot, book):
    panel = book.scenario_panel
    editor = panel.description
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    start = book.state.scenario.description
    qtbot.keyClicks(editor, " First note.")
    assert book.state.scenario.description == start + " First note."
    assert book.undo_stack.count() == 1
    panel.end_burst()  # as a pause in typing or leaving the field does
    qtbot.keyClicks(editor, " Second.")
    assert book.undo_stack.count() == 2
    assert stamp_text(book.state.scenario) == "Last changed 2026-12-01 10:15 (+02:00) by tester"
    assert panel.stamp_label.text() == stamp_text(book.state.scenario)
    tooltip = panel.model.data(panel.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "Second." in tooltip and "by tester" in tooltip
    book.undo_action.trigger()
    assert book.state.scenario.description == start + " First note."
    assert editor.toPlainText() == start + " First note."
    book.undo_action.trigger()
    assert editor.toPlainText() == start
    assert book.state.scenario.modified_by == "planner reference data"
    assert not book.isWindowModified()


def test_a_description_follows_the_current_scenario(qtbot, book):
    panel = book.scenario_panel
    book.state.set_current(2)
    assert panel.description.toPlainText().startswith("The four measures of the 2024")
    assert (
        panel.stamp_label.text()
        == "Last changed 2026-11-28 00:00 (+00:00) by planner reference data"
    )


def test_scenario_menu_has_the_actions_and_shortcuts(book):
    panel = book.scenario_panel
    assert panel.new_action.shortcut().toString() == "Ctrl+Shift+N"
    assert panel.duplicate_action.shortcut().toString() == "Ctrl+D"
    assert panel.rename_action.shortcut().toString() == "F2"
    assert book.compare.action.shortcut().toString() == "Ctrl+Shift+C"


def test_stamps_are_iso_times_with_an_offset(engine):
    from datetime import datetime

    from planner.ui.state import PlannerState

    state = PlannerState(engine)
    state.set_lever("office_space_cut", 5)
    moment = datetime.fromisoformat(state.scenario.modified_at)
    assert moment.utcoffset() is not None
    assert state.scenario.modified_by == state.user != ""
    assert Scenario("x").modified_at == ""  # untouched scenarios carry no stamp


def test_alt_keys_reach_the_list_and_the_description(qtbot, book):
    start = book.lever_panel.plan_settings.year
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is book.scenario_panel.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is book.scenario_panel.description


def test_the_panel_buttons_keep_their_short_names(book):
    """The buttons say New, Duplicate, Rename, Delete, also after an action changes (the
    delete action is disabled and enabled again as scenarios come and go); the menu keeps the
    long names."""
    panel = book.scenario_panel
    book.state.set_current(0)
    for _ in range(2):  # down to one scenario, delete disabled; then three again
        for _ in range(len(names(book)) - 1):
            book.edits.delete_scenario(1)
        assert not panel.delete_action.isEnabled()
        texts = {key: button.text() for key, button in panel.buttons.items()}
        assert texts == {
            "new": "New",
            "duplicate": "Duplicate",
            "rename": "Rename",
            "delete": "Delete",
        }
        while book.undo_stack.canUndo():
            book.undo_action.trigger()
        assert panel.delete_action.isEnabled() and panel.buttons["delete"].text() == "Delete"
    assert panel.delete_action.text() == "De&lete Scenario…"
    assert panel.rename_action.text() == "&Rename Scenario…"


def test_names_the_planner_makes_are_in_the_planners_language(qtbot, settings):
    """A Finnish planner's new workbook starts with 'Ei muutoksia', a new scenario is 'Uusi
    skenaario' and a copy 'X (kopio)': names the planner did not type come in their words."""
    from planner.files.baseline_io import load_baseline
    from planner.model import Engine
    from planner.paths import bundled_baseline_dir
    from planner.present.translate import install_names
    from planner.ui.language import apply_language
    from planner.ui.main_window import MainWindow
    from planner.ui.state import PlannerState

    apply_language("fi")
    try:
        main = MainWindow(PlannerState(Engine(load_baseline(bundled_baseline_dir()))), settings)
        qtbot.addWidget(main)
        main.edits.new_scenario()
        main.edits.duplicate_scenario()
        assert names(main) == ["Ei muutoksia", "Uusi skenaario", "Uusi skenaario (kopio)"]
        main.files.new_workbook()
        assert names(main) == ["Ei muutoksia"]
    finally:
        apply_language("en")
        install_names({})

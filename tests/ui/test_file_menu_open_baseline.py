"""File > Open (and Open Recent) on a baseline spreadsheet (issue 15 item 9): an .xlsx, .xls or
.csv file or a folder of CSV files is not parsed as a workbook (a JSON error); the window says
it is a baseline and offers File > Open Baseline, with a button that does just that."""

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.files.baseline_io import load_baseline
from planner.files.template import write_template
from planner.paths import bundled_baseline_dir
from planner.ui.problems_dialog import ProblemsDialog
from planner.ui.recent_files import RECENT_KEY
from tests.ui.helpers import snapshot
from tests.ui.test_open_baseline import edit_csv


@pytest.fixture
def other_baseline(tmp_path):
    """A copy of the bundled baseline under another name, as a folder of CSV files."""
    folder = tmp_path / "baseline-2025"
    shutil.copytree(bundled_baseline_dir(), folder)
    edit_csv(
        folder / "about.csv",
        lambda rows: [dict(r, value="Edited copy") if r["key"] == "name" else r for r in rows],
    )
    return folder


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered by clicking the button with these words; what they said."""
    given: list[str] = []
    said: list[str] = []

    def answer(box):
        said.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        wanted = given.pop(0)
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return given, said


@pytest.fixture
def no_questions(monkeypatch):
    """Opening a baseline keeps the workbook: the unsaved-changes question is not asked (its
    askings are recorded here; the window's close at the end answers Discard)."""
    asked: list[str] = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_dialog_returns(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_open_on_an_xlsx_offers_open_baseline_and_the_button_opens_it(
    window, other_baseline, boxes, no_questions, monkeypatch, tmp_path
):
    given, said = boxes
    path = tmp_path / "baseline.xlsx"
    write_template(path, load_baseline(other_baseline))
    window.edits.set_lever("office_space_cut", 12)  # unsaved work, which stays
    scenarios = window.state.workbook.scenarios
    open_dialog_returns(monkeypatch, path)
    given.append("Open as Baseline")
    window.files.open_action.trigger()

    (text,) = said
    assert "baseline.xlsx is a baseline spreadsheet" in text
    assert "opens with File > Open Baseline" in text
    assert "JSON" not in text
    assert window.state.baseline.name == "Edited copy"
    assert window.undo_action.text() == "Undo open baseline Edited copy"
    assert window.state.workbook.scenarios == scenarios  # the work is as it was, still unsaved
    assert window.state.scenario.levers["office_space_cut"] == 12
    assert window.isWindowModified() and window.files.path == ""
    assert no_questions == []


def test_a_csv_file_opens_its_folder_and_cancel_changes_nothing(
    window, other_baseline, boxes, no_questions, monkeypatch
):
    given, said = boxes
    before = snapshot(window)
    open_dialog_returns(monkeypatch, other_baseline / "services.csv")
    given.append("Cancel")
    assert not window.files.open_file()
    assert "CSV file stands for its folder" in said[0]
    assert snapshot(window) == before and window.state.baseline.name == "Helsinki 2024"

    given.append("Open as Baseline")
    assert window.files.open_file()
    assert window.state.baseline.name == "Edited copy"
    assert no_questions == []


def test_open_recent_and_a_folder_take_the_same_path(
    window, other_baseline, boxes, no_questions, settings, tmp_path
):
    given, said = boxes
    path = tmp_path / "kept.xlsx"
    write_template(path, load_baseline(other_baseline))
    settings.setValue(RECENT_KEY, [str(path)])  # left there by some earlier version
    window.files.fill_recent_menu()
    (entry,) = [a for a in window.files.recent_menu.actions() if a.data()]
    given.append("Cancel")
    entry.trigger()
    assert "kept.xlsx is a baseline spreadsheet" in said[0]

    given.append("Open as Baseline")
    assert window.files.open_file(str(other_baseline))  # a folder of CSV files
    assert "baseline-2025 is a baseline spreadsheet" in said[1]
    assert window.state.baseline.name == "Edited copy"


def test_an_old_xls_file_is_explained(window, boxes, no_questions, monkeypatch, tmp_path):
    given, said = boxes
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)  # an OLE2 file
    shown = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    given.append("Open as Baseline")
    assert not window.files.open_file(str(path))
    assert "save it as an .xlsx workbook first" in said[0]
    (dialog,) = shown
    assert "old .xls file: save it as .xlsx" in dialog.text.toPlainText()
    assert window.state.baseline.name == "Helsinki 2024"


def test_a_baseline_on_the_command_line_is_offered_once_the_window_is_shown(
    qtbot, other_baseline, boxes, settings, tmp_path
):
    """`planner baseline.xlsx`: the window opens (no "not a workbook" problem) and, once
    shown, offers the file to File > Open Baseline (run_window calls tell_about_baseline)."""
    from planner.ui.app import build_window

    given, said = boxes
    path = tmp_path / "baseline.xlsx"
    write_template(path, load_baseline(other_baseline))
    window, problem = build_window(str(path), settings)
    qtbot.addWidget(window)
    assert problem is None
    assert window.files.path == "" and window.state.baseline.name == "Helsinki 2024"
    given.append("Open as Baseline")
    window.files.tell_about_baseline()
    assert "baseline.xlsx is a baseline spreadsheet" in said[0]
    assert window.state.baseline.name == "Edited copy"
    window.files.tell_about_baseline()  # offered once
    assert len(said) == 1

"""File > Save As with a name that is not a workbook's (issue 15 item 9): a workbook is saved as
NAME.planner.json. A name typed with a spreadsheet's, a PDF's or a bare .json ending is
explained (the menu entries that write those named) and saved as NAME.planner.json once the
user agrees, or the dialog comes back; a file the dialog did not ask about is never replaced
without asking about the name actually written."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.files.workbook_json import read_workbook

Button = QMessageBox.StandardButton


class Recorded(list):
    """Answers still to give; `asked` (or `suggested`) records what was asked."""

    def __init__(self):
        super().__init__()
        self.asked: list[str] = []
        self.suggested: list[str] = []


@pytest.fixture
def save_dialog(monkeypatch):
    """The save dialog returns the names in `typed` in turn ("" = Cancel once they run out)
    and records the name it suggested each time."""
    typed = Recorded()

    def dialog(parent, title, proposed, *rest, **kwargs):
        typed.suggested.append(proposed)
        return (typed.pop(0) if typed else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return typed


class Boxes(list):
    """Buttons to click, by their words, in the message boxes shown; what the boxes said."""

    def __init__(self):
        super().__init__()
        self.said: list[str] = []
        self.buttons: list[list[str]] = []


@pytest.fixture
def boxes(monkeypatch):
    given = Boxes()

    def answer(box):
        given.said.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        names = [b.text().replace("&", "") for b in box.buttons()]
        given.buttons.append(names)
        wanted = given.pop(0)
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return given


@pytest.fixture
def replace_answers(monkeypatch):
    """The replace question answers from this list and records what it asked."""
    given = Recorded()

    def question(parent, title, text, *rest):
        given.asked.append(f"{title}\n{text}")
        return given.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return given


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".ini" and p.is_file())


@pytest.mark.parametrize(
    ("typed", "entry"),
    [
        ("b.xlsx", "File > Export Results…"),
        ("b.csv", "File > Export Results…"),
        ("b.xls", "File > Save Baseline Template…"),
        ("b.pdf", "File > Export PDF…"),
        ("b.json", ".planner.json"),
    ],
)
def test_a_foreign_ending_is_explained_and_saved_as_planner_json_when_agreed(
    window, save_dialog, boxes, tmp_path, typed, entry
):
    folder = tmp_path / "out"
    folder.mkdir()
    window.edits.set_lever("office_space_cut", 12)
    save_dialog.append(str(folder / typed))
    boxes.append("Save as b.planner.json")
    window.files.save_as_action.trigger()

    (said,) = boxes.said
    assert "A workbook is saved as a .planner.json file" in said
    assert typed in said and entry in said
    assert sorted(boxes.buttons[0]) == ["Cancel", "Choose Another Name", "Save as b.planner.json"]
    assert files_in(folder) == ["b.planner.json"]  # not b.xlsx, nor b.xlsx.planner.json
    assert read_workbook(folder / "b.planner.json").scenarios == window.state.workbook.scenarios
    assert window.files.path == str(folder / "b.planner.json")
    assert not window.isWindowModified()
    assert "b.planner.json[*]" in window.windowTitle()


def test_choose_another_name_goes_back_to_the_dialog(window, save_dialog, boxes, tmp_path):
    window.edits.set_lever("office_space_cut", 12)
    save_dialog.extend([str(tmp_path / "plan.pdf"), str(tmp_path / "kept.planner.json")])
    boxes.append("Choose Another Name")
    assert window.files.save_as()
    # The dialog came back, proposing the workbook's name for what was typed.
    assert save_dialog.suggested[1] == str(tmp_path / "plan.planner.json")
    assert (tmp_path / "kept.planner.json").is_file()
    assert not (tmp_path / "plan.pdf").exists() and not (tmp_path / "plan.planner.json").exists()


def test_cancel_writes_nothing_and_keeps_the_work_unsaved(window, save_dialog, boxes, tmp_path):
    window.edits.set_lever("office_space_cut", 12)
    save_dialog.append(str(tmp_path / "b.xlsx"))
    boxes.append("Cancel")
    assert not window.files.save_as()
    assert not any(tmp_path.glob("b.*"))
    assert window.isWindowModified() and window.files.path == ""


def test_an_existing_planner_json_is_replaced_only_when_the_user_says_so(
    window, save_dialog, boxes, replace_answers, tmp_path
):
    target = tmp_path / "b.planner.json"
    target.write_text("the other file", encoding="utf-8")
    window.edits.set_lever("office_space_cut", 12)

    # "b.xlsx", agreed to b.planner.json: asked about b.planner.json; No goes back to the
    # dialog, which is then cancelled.
    save_dialog.append(str(tmp_path / "b.xlsx"))
    boxes.append("Save as b.planner.json")
    replace_answers.append(Button.No)
    assert not window.files.save_as()
    assert "b.planner.json already exists" in replace_answers.asked[0]
    assert save_dialog.suggested[-1] == str(target)
    assert target.read_text(encoding="utf-8") == "the other file"

    # "b" with no ending: the dialog asked about "b", not about b.planner.json.
    save_dialog.append(str(tmp_path / "b"))
    replace_answers.append(Button.Yes)
    assert window.files.save_as()
    assert "b.planner.json already exists" in replace_answers.asked[1]
    assert read_workbook(target).scenarios == window.state.workbook.scenarios
    assert (tmp_path / "b.planner.json.bak").read_text(encoding="utf-8") == "the other file"


def test_a_planner_json_name_is_written_as_typed_without_more_questions(
    window, save_dialog, boxes, replace_answers, tmp_path
):
    target = tmp_path / "b.planner.json"
    target.write_text("{}", encoding="utf-8")  # the dialog itself asked about this name
    save_dialog.append(str(target))
    assert window.files.save_as()
    assert boxes.said == [] and replace_answers.asked == []
    assert read_workbook(target).scenarios == window.state.workbook.scenarios


def test_the_message_names_the_menu_entries_in_finnish(qtbot, settings, tmp_path, monkeypatch):
    """The entries named are the ones the Finnish menu shows."""
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
        said = []

        def answer(box):
            said.append(box.text())
            box.button(Button.Cancel).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "b.xlsx"), "")
        )
        assert not main.files.save_as()
        file_menu = main.file_menu.title().replace("&", "")
        assert file_menu == "Tiedosto"
        assert f"{file_menu} > Vie tulokset…" in said[0]
        assert ".planner.json" in said[0]
        main.close()
    finally:
        apply_language("en")
        install_names({})

"""Workbook files in the window: save and open round trip, the title and modified mark, the
unsaved-changes question, failed saves, bad files, recent files, `planner FILE`."""

import copy
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner.files import workbook_json
from planner.files.workbook_json import SaveError, read_workbook
from planner.model import Scenario, evaluate_scenario
from planner.paths import reference_workbook_path
from planner.ui import workbook_files
from planner.ui.app import build_window
from planner.ui.workbook_files import MAX_RECENT, RECENT_KEY
from tests.ui.helpers import assert_views_show

Button = QMessageBox.StandardButton


class Answers(list):
    """Answers still to give, and the questions asked."""

    def __init__(self):
        super().__init__()
        self.asked: list[str] = []


@pytest.fixture
def answers(monkeypatch):
    """The unsaved-changes question answers from this list (and records what it asked)."""
    given = Answers()

    def question(parent, title, text, *rest):
        given.asked.append(text)
        return given.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return given


@pytest.fixture
def save_dialog(monkeypatch):
    """QFileDialog.getSaveFileName returns the path put in this list (or "" when empty)."""
    paths: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (paths.pop(0) if paths else "", ""),
    )
    return paths


@pytest.fixture
def messages(monkeypatch):
    """QMessageBox.critical/warning calls and problem boxes (exec) recorded, not shown."""
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda parent, title, text, *r: shown.append((title, text))
        )

    def record(box):
        shown.append(
            (box.windowTitle(), "\n".join((box.text(), box.informativeText(), box.detailedText())))
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def three_scenarios(window) -> None:
    """What a planner builds: three scenarios with levers, a plan year and notes."""
    edits = window.edits
    edits.set_lever("office_space_cut", 12)
    edits.duplicate_scenario("Fees and training")
    edits.set_lever("client_fee_alignment", 80)
    edits.set_lever("finance_training", 60)
    edits.set_plan_year(2026)
    edits.new_scenario("Digital first")
    edits.set_lever("digital_shift", 30)
    edits.set_target(29_000_000)
    edits.set_description(2, "Half of the visits that can move online.\nSecond line: ÅÄÖ €.")


def test_save_as_then_reopen_gives_the_same_workbook(qtbot, window, save_dialog, settings):
    three_scenarios(window)
    assert window.isWindowModified()
    assert window.windowTitle() == "Digital first — Untitled[*] — Planner"
    path = window.settings and str(Path(settings.fileName()).parent / "plans.planner.json")
    save_dialog.append(path[: -len(".planner.json")])  # the ending is added
    window.files.save_as_action.trigger()
    assert Path(path).is_file()
    assert not window.isWindowModified()
    assert window.windowTitle() == "Digital first — plans.planner.json[*] — Planner"
    assert read_workbook(path).scenarios == window.state.workbook.scenarios
    assert window.files.recent_files()[0] == path

    again, problem = build_window(path, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert problem is None
    assert again.state.workbook.scenarios == window.state.workbook.scenarios
    assert again.windowTitle() == "No change — plans.planner.json[*] — Planner"
    assert not again.isWindowModified() and again.undo_stack.count() == 0
    again.state.set_current(2)
    assert_views_show(
        again, evaluate_scenario(again.state.engine, again.state.workbook.scenarios[2])
    )

    # Save (Ctrl+S) writes to the same file and keeps the previous version as FILE.bak.
    window.edits.set_lever("digital_shift", 35)
    window.files.save_action.trigger()
    assert read_workbook(path).scenarios[2].levers["digital_shift"] == 35
    assert read_workbook(path + ".bak").scenarios[2].levers["digital_shift"] == 30
    assert not window.isWindowModified()


def test_the_modified_mark_follows_the_undo_stack(window, save_dialog, tmp_path):
    window.edits.set_lever("office_space_cut", 10)
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()  # back to what it was
    window.edits.set_lever("office_space_cut", 10)
    save_dialog.append(str(tmp_path / "a.planner.json"))
    assert window.files.save_as()
    window.undo_action.trigger()
    assert window.isWindowModified()  # undone past the save: differs from the file


@pytest.mark.parametrize("how", ["missing folder", "SaveError"])
def test_a_failed_save_says_why_and_keeps_the_work(
    window, save_dialog, messages, monkeypatch, tmp_path, how
):
    window.edits.set_lever("finance_training", 40)
    if how == "missing folder":
        target = tmp_path / "gone" / "plans.planner.json"
        reason = "the folder does not exist"
    else:
        target = tmp_path / "plans.planner.json"
        reason = "the disk is full"

        def full(*args, **kwargs):
            raise SaveError(target, "workbook", reason)

        monkeypatch.setattr(workbook_files, "write_workbook", full)
    save_dialog.append(str(target))
    assert not window.files.save_as()
    assert messages[0][0] == "The workbook was not saved"
    assert reason in messages[0][1] and str(target) in messages[0][1]
    assert window.isWindowModified()
    assert window.files.path == ""
    assert window.state.scenario.levers["finance_training"] == 40
    assert not target.exists()


def test_cancel_keeps_the_window_open_with_the_work(qtbot, window, answers):
    window.edits.set_lever("office_space_cut", 10)
    answers.append(Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert window.state.scenario.levers["office_space_cut"] == 10
    assert "Untitled" in answers.asked[0]
    answers.append(Button.Cancel)
    window.files.new_action.trigger()
    answers.append(Button.Cancel)
    window.files.open_reference_action.trigger()
    assert window.state.scenario.levers["office_space_cut"] == 10
    assert window.isWindowModified()
    answers.append(Button.Discard)  # the fixture's close at the end


def test_save_on_close_writes_the_file(qtbot, window, answers, save_dialog, tmp_path):
    window.edits.set_lever("office_space_cut", 10)
    path = tmp_path / "kept.planner.json"
    answers.append(Button.Save)
    save_dialog.append(str(path))
    assert window.close()
    assert read_workbook(path).scenarios[0].levers["office_space_cut"] == 10


def test_save_on_close_that_fails_keeps_the_window_open(
    window, answers, save_dialog, messages, tmp_path
):
    window.edits.set_lever("office_space_cut", 10)
    answers.append(Button.Save)
    save_dialog.append(str(tmp_path / "no" / "such" / "folder.planner.json"))
    assert not window.close()
    assert window.isVisible() and window.isWindowModified()
    assert messages[0][0] == "The workbook was not saved"
    answers.append(Button.Discard)


def test_discard_closes_and_clears_the_recovery_file(window, answers):
    window.edits.set_lever("office_space_cut", 10)
    window.files.write_recovery()
    own = window.files.recovery.own_file
    assert own.is_file()
    answers.append(Button.Discard)
    assert window.close()
    assert not own.exists()


def test_new_after_discard_starts_a_clean_untitled_workbook(window, answers, tmp_path):
    assert window.files.load(reference_workbook_path())
    window.edits.set_lever("office_space_cut", 3)
    answers.append(Button.Discard)
    window.files.new_action.trigger()
    assert window.state.workbook.names() == ["No change"]
    assert window.windowTitle() == "No change — Untitled[*] — Planner"
    assert not window.isWindowModified() and window.undo_stack.count() == 0


def document(**changes) -> dict:
    data = json.loads(reference_workbook_path().read_text(encoding="utf-8"))
    for key, value in changes.items():
        data[key] = value
    return data


def bad_files():
    base = document()
    wrong_types = copy.deepcopy(base)
    wrong_types["scenarios"][1]["plan_year"] = "2024"
    wrong_types["scenarios"][2]["levers"] = ["office_space_cut", 10]
    unknown = copy.deepcopy(base)
    unknown["scenarios"][1]["levers"]["robots"] = 10
    out_of_range = copy.deepcopy(base)
    out_of_range["scenarios"][2]["levers"]["digital_shift"] = 70
    text = json.dumps(base)
    return [
        ("newer", json.dumps(document(schema_version=99)), ["schema_version", "newer version"]),
        ("truncated", text[: len(text) // 2], ["valid JSON", "truncated"]),
        (
            "wrong types",
            json.dumps(wrong_types),
            ["scenarios[1].plan_year", "a year such as 2025", "scenarios[2].levers"],
        ),
        ("unknown lever", json.dumps(unknown), ["scenarios[1].levers.robots", "a known lever id"]),
        (
            "out of range",
            json.dumps(out_of_range),
            ["scenarios[2].levers.digital_shift", "found '70'", "from 0 to 50"],
        ),
        ("non-JSON", "<html><body>not a workbook</body></html>", ["valid JSON"]),
        ("binary", b"\x89PNG\r\n\x1a\n\x00\xff", ["UTF-8"]),
        ("huge", None, ["of at most 20 MiB"]),
    ]


@pytest.mark.parametrize(("case", "content", "says"), bad_files(), ids=[c[0] for c in bad_files()])
def test_a_bad_file_is_explained_and_the_window_keeps_its_workbook(
    window, messages, answers, tmp_path, case, content, says
):
    window.edits.set_lever("office_space_cut", 10)  # unsaved work that must survive
    workbook = window.state.workbook
    before = copy.deepcopy(workbook.scenarios)
    path = tmp_path / "bad.planner.json"
    if content is None:
        with open(path, "wb") as file:
            file.truncate(21 * 2**20)  # sparse: nothing is written, nothing is read
    else:
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    answers.append(Button.Discard)  # "discard my work and open the other file"
    assert not window.files.open_file(str(path))
    title, text = messages[-1]
    assert title == "The workbook was not opened"
    assert "bad.planner.json" in text
    for words in says:
        assert words in text, (case, text)
    assert window.state.workbook is workbook and workbook.scenarios == before
    assert window.isWindowModified()  # the work is still unsaved, and still there
    assert window.files.path == ""
    assert_views_show(window, evaluate_scenario(window.state.engine, window.state.scenario))
    answers.append(Button.Discard)


def test_every_problem_is_in_the_details(window, messages, tmp_path):
    data = document()
    for scenario in data["scenarios"]:
        scenario["levers"]["office_space_cut"] = 500
        scenario["target_eur"] = -1
    path = tmp_path / "many.planner.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window.files.open_file(str(path))
    text = messages[-1][1]
    for i in range(3):
        assert f"scenarios[{i}].levers.office_space_cut" in text
        assert f"scenarios[{i}].target_eur" in text


def test_open_dialog_and_open_recent(window, monkeypatch, settings, tmp_path, messages):
    paths = []
    for i in range(MAX_RECENT + 2):
        path = tmp_path / f"book{i}.planner.json"
        workbook_json.write_workbook(read_workbook(reference_workbook_path()), path)
        paths.append(str(path))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=str(path): (p, ""))
        window.files.open_action.trigger()
        assert window.files.path == str(path)
    recent = window.files.recent_files()
    assert recent == list(reversed(paths))[:MAX_RECENT]  # newest first, at most eight

    Path(paths[-2]).unlink()  # gone since
    window.files.fill_recent_menu()
    entries = [a for a in window.files.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [paths[-1], *reversed(paths[2:-2])]
    assert entries[0].text() == f"&1 book{MAX_RECENT + 1}.planner.json"
    assert "no longer there" in window.statusBar().currentMessage()
    assert "book8.planner.json" in window.statusBar().currentMessage()
    assert paths[-2] not in settings.value(RECENT_KEY)

    entries[2].trigger()
    assert window.files.path == entries[2].data()
    assert window.windowTitle() == f"No change (2024) — {Path(entries[2].data()).name}[*] — Planner"


def test_open_reference_scenarios(window):
    window.files.open_reference_action.trigger()
    assert window.state.workbook.names() == read_workbook(reference_workbook_path()).names()
    # Bundled: opened as a template, so Save asks where to keep a copy (issue 14, finding 11).
    assert window.files.path == ""
    assert window.files.template_of == str(reference_workbook_path())
    assert not window.isWindowModified()


def test_a_workbook_on_the_command_line_is_titled_clean_and_recent(qtbot, settings, tmp_path):
    path = tmp_path / "plans.planner.json"
    workbook_json.write_workbook(read_workbook(reference_workbook_path()), path)
    window, problem = build_window(str(path), settings)
    qtbot.addWidget(window)
    assert problem is None
    assert window.windowTitle() == "No change (2024) — plans.planner.json[*] — Planner"
    assert not window.isWindowModified()
    assert window.files.recent_files() == [str(path)]


def test_a_bundled_workbook_on_the_command_line_opens_as_a_template(qtbot, settings):
    window, problem = build_window(str(reference_workbook_path()), settings)
    qtbot.addWidget(window)
    assert problem is None
    assert window.windowTitle() == (
        "No change (2024) — Untitled (from reference-scenarios.planner.json)[*] — Planner"
    )
    assert window.files.path == ""
    assert window.files.recent_files() == []


def test_standard_shortcuts(window):
    files = window.files
    shortcuts = {
        files.new_action: "Ctrl+N",
        files.open_action: "Ctrl+O",
        files.save_action: "Ctrl+S",
        files.save_as_action: "Ctrl+Shift+S",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:6] == [
        "&New",
        "&Open…",
        "Open &Recent",
        "Open Re&ference Scenarios",
        "&Save",
        "Save &As…",
    ]
    assert window.file_menu.actions()[-1] is window.quit_action


def test_a_scenario_made_in_the_window_saves_its_stamp(window, save_dialog, tmp_path):
    window.state.user, window.state.clock = "anna", lambda: "2026-12-02T08:00:00+02:00"
    window.edits.set_lever("office_space_cut", 10)
    save_dialog.append(str(tmp_path / "s.planner.json"))
    window.files.save_as()
    saved = read_workbook(tmp_path / "s.planner.json").scenarios[0]
    assert (saved.modified_by, saved.modified_at) == ("anna", "2026-12-02T08:00:00+02:00")
    assert saved == Scenario(
        "No change",
        {"office_space_cut": 10},
        modified_by="anna",
        modified_at="2026-12-02T08:00:00+02:00",
    )

"""Issue 14 in the window: nothing a planner saves is lost, changed or turned against them.

Each test drives the window as a user does (the File menu's actions, its dialogs answered by the
test); the command line's side is in tests/cli/test_files_under_attack.py."""

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from planner.files.baseline_io import load_baseline
from planner.files.baseline_tables import content_hash
from planner.files.recovery import RecoveredWorkbook, RecoveryStore
from planner.files.workbook_json import read_workbook, read_workbook_file
from planner.model import Scenario, evaluate_scenario
from planner.model.workbook import Workbook
from planner.paths import data_dir, reference_workbook_path
from planner.ui import crash_recovery, workbook_files
from planner.ui.app import build_window
from tests.files.baseline_copies import bundled_rows, find_row, set_cell, write_csv_folder
from tests.ui.helpers import assert_views_show
from tests.ui.test_recovery_window import pid_not_running


@pytest.fixture
def messages(monkeypatch):
    """Every message box the window shows, recorded as (title, all its text), not shown."""
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda parent, title, text, *rest: shown.append((title, text)) or 0,
        )

    def record(box):
        shown.append(
            (box.windowTitle(), "\n".join((box.text(), box.informativeText(), box.detailedText())))
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def dialogs(monkeypatch):
    """File dialogs answer with the paths put in these lists ("" when empty)."""
    answers = {"open": [], "save": []}
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda *a, **k: (answers["open"].pop(0) if answers["open"] else "", ""),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (answers["save"].pop(0) if answers["save"] else "", ""),
    )
    return answers


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and umask")


def write_document(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    return path


# Finding 2: unsaved work lost without a word ---------------------------------------------------


def test_a_workbook_with_a_lone_surrogate_is_explained_and_the_work_kept(
    window, messages, dialogs, tmp_path
):
    window.edits.set_lever("office_space_cut", 10)  # unsaved work that must survive
    document = json.loads(reference_workbook_path().read_text(encoding="utf-8"))
    document["scenarios"][0]["name"] = "Plan \ud800"
    dialogs["open"].append(str(write_document(tmp_path / "bad.planner.json", document)))
    window.files.open_action.trigger()  # File > Open: the unsaved question answers Discard
    title, text = messages[-1]
    assert title == "The workbook was not opened"
    assert "scenarios[0].name" in text and "lone surrogate" in text and "\\ud800" in text


def test_work_that_cannot_be_saved_is_told_kept_unsaved_and_recovered(
    qtbot, window, messages, dialogs, tmp_path, monkeypatch, settings
):
    folder = tmp_path / "recovery"
    window.files.recovery = RecoveryStore(folder, pid=pid_not_running())
    unsaveable = Workbook([Scenario("Plan \ud800", {"digital_shift": 20}), Scenario("Other")])
    window.state.set_workbook(unsaveable, 0)  # as if pasted in: text a file cannot hold
    window.edits.set_lever("finance_training", 30)
    target = tmp_path / "plans.planner.json"
    dialogs["save"].append(str(target))
    window.files.save_action.trigger()  # Ctrl+S on an untitled workbook: Save As
    assert messages and messages[-1][0] == "The workbook was not saved"
    assert "not valid Unicode" in messages[-1][1] or "lone surrogate" in messages[-1][1]
    assert not target.exists()
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    assert window.files.recovery.own_file.is_file()  # kept for recovery at once

    # The planner crashes now; the next start offers the work back, exactly.
    asked = []

    def ask(parent, recovered, more):
        asked.append(recovered)
        return "restore"

    monkeypatch.setattr(workbook_files, "ask_about_recovery", ask)
    again, _ = build_window(None, settings, recovery_folder=folder)
    qtbot.addWidget(again)
    assert again.files.offer_recovery()
    assert again.state.workbook.scenarios == window.state.workbook.scenarios
    assert again.state.workbook.scenarios[0].name == "Plan \ud800"
    assert again.isWindowModified()


def test_any_failure_to_save_is_told(window, messages, dialogs, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(workbook_files, "write_workbook", broken)
    window.edits.set_lever("office_space_cut", 5)
    dialogs["save"].append(str(tmp_path / "x.planner.json"))
    assert not window.files.save_as()
    assert messages[-1][0] == "The workbook was not saved"
    assert "something nobody expected" in messages[-1][1]
    assert window.isWindowModified()


def test_a_surrogate_workbook_on_the_command_line_is_a_problem_not_a_crash(
    qtbot, settings, tmp_path
):
    document = json.loads(reference_workbook_path().read_text(encoding="utf-8"))
    document["scenarios"][2]["description"] = "x \udfff"
    path = write_document(tmp_path / "bad.planner.json", document)
    window, problem = build_window(str(path), settings)
    qtbot.addWidget(window)
    assert problem and "scenarios[2].description" in problem


# Finding 3 in the window: a crafted file never ends silently ----------------------------------


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"a": ' + "[" * 1000 + "]" * 1000 + "}", "nested at most 32 levels"),
        ('{"format": "planner-workbook", "x": ' + "9" * 310 + "}", "no larger than 10^15"),
    ],
)
def test_crafted_json_is_explained(window, messages, dialogs, tmp_path, content, says):
    path = tmp_path / "crafted.planner.json"
    path.write_text(content, encoding="utf-8")
    dialogs["open"].append(str(path))
    window.files.open_action.trigger()
    assert messages and messages[-1][0] == "The workbook was not opened"
    assert says in messages[-1][1]


# Finding 7: permissions --------------------------------------------------------------------


@posix_only
def test_saving_keeps_a_shared_workbooks_permissions(window, messages, tmp_path):
    path = tmp_path / "shared.planner.json"
    assert window.files.write_to(path)
    path.chmod(0o664)
    window.edits.set_lever("office_space_cut", 7)
    window.files.save_action.trigger()
    assert not messages
    assert read_workbook(path).scenarios[0].levers["office_space_cut"] == 7
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@posix_only
def test_a_new_workbook_and_its_recovery_file_follow_the_umask(window, tmp_path):
    old = os.umask(0o027)
    try:
        assert window.files.write_to(tmp_path / "new.planner.json")
        window.files.recovery = RecoveryStore(tmp_path / "recovery")
        window.edits.set_lever("office_space_cut", 3)
        window.files.write_recovery()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.planner.json").stat().st_mode) == 0o640
    assert stat.S_IMODE(window.files.recovery.own_file.stat().st_mode) == 0o640


# Finding 11: bundled data is never written ---------------------------------------------------


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_every_file_menu_action_leaves_the_bundled_files_byte_identical(
    window, messages, dialogs, monkeypatch
):
    bundled = data_dir()
    before = _fingerprint(bundled)
    reference = str(reference_workbook_path())
    baseline_csv = str(bundled / "baseline-2024" / "services.csv")
    # Every question about unsaved work answers Save: each tries to write where it came from.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    for dialog in (QDialog, QPrintDialog, QPrintPreviewDialog):  # print and preview: cancelled
        monkeypatch.setattr(dialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(
        window.output_actions, "choose_scenarios", lambda action, *_: [window.state.scenario.name]
    )

    def save_targets():
        # Every save dialog is answered with a path among the bundled files.
        dialogs["save"][:] = [
            reference,
            str(bundled / "baseline-2024" / "services.csv"),
            str(bundled / "new.planner.json"),
        ] * 4

    window.files.open_reference_action.trigger()
    assert window.files.path == ""  # a template: Save must ask where
    for action in window.file_menu.actions():
        if action.isSeparator() or action is window.quit_action:
            continue
        entries = action.menu().actions() if action.menu() else [action]
        if action.menu():
            window.files.add_recent(reference)
            window.files.fill_recent_menu()
            entries = action.menu().actions()
        for entry in entries:
            if entry.isSeparator() or not entry.isEnabled():
                continue
            dialogs["open"][:] = [reference, baseline_csv]
            save_targets()
            window.edits.set_lever("office_space_cut", 11)  # something unsaved each time
            entry.trigger()
    window.files.save_as()  # once more, straight at the bundled file
    window.quit_action.trigger()
    assert _fingerprint(bundled) == before
    refusals = [text for _, text in messages if "bundled with the planner" in text]
    assert refusals  # the user was told why, not silently ignored


def test_save_after_opening_the_reference_scenarios_asks_where(window, dialogs, tmp_path):
    window.files.open_reference_action.trigger()
    window.edits.set_lever("digital_shift", 12)
    target = tmp_path / "mine.planner.json"
    dialogs["save"].append(str(target))
    window.files.save_action.trigger()
    assert window.files.path == str(target) and not window.isWindowModified()
    assert read_workbook(target).names() == read_workbook(reference_workbook_path()).names()


# Finding 12: a workbook keeps its baseline ---------------------------------------------------


def _imported_baseline(tmp_path: Path) -> Path:
    tables = bundled_rows()
    row = find_row(tables["services"], id="home_care_visits")
    set_cell(tables, "services", row, "volume", "4100000")
    return write_csv_folder(tables, tmp_path / "imported")


def test_a_workbook_reopens_on_the_baseline_it_was_saved_on(
    qtbot, window, messages, tmp_path, settings
):
    folder = _imported_baseline(tmp_path)
    assert window.baseline_actions.open_baseline(folder)
    imported = window.state.baseline
    window.edits.set_lever("office_space_cut", 20)
    path = tmp_path / "on-imported.planner.json"
    assert window.files.write_to(path)
    for file in folder.iterdir():  # the imported files go away; the workbook's copy stays
        file.unlink()
    folder.rmdir()
    assert read_workbook_file(path).baseline_hash == content_hash(imported)

    for how in ("File > Open", "planner FILE"):
        if how == "File > Open":
            other, _ = build_window(None, settings)
            qtbot.addWidget(other)
            assert other.files.load(path)
        else:
            other, problem = build_window(str(path), settings)
            qtbot.addWidget(other)
            assert problem is None
        home_care = other.state.baseline.services.set_index("id").loc["home_care_visits"]
        assert home_care["volume"] == 4_100_000
        assert content_hash(other.state.baseline) == content_hash(imported)
        assert "keeps its own baseline" in other.files.notice
        assert_views_show(other, evaluate_scenario(other.state.engine, other.state.scenario))


def test_an_old_workbook_naming_another_baseline_is_told(window, tmp_path):
    path = tmp_path / "old.planner.json"
    document = json.loads(reference_workbook_path().read_text(encoding="utf-8"))
    document["baseline_name"] = "Espoo 2023"
    write_document(path, document)
    assert window.files.load(path)
    assert "made on the baseline 'Espoo 2023'" in window.files.notice
    assert "File > Open Baseline" in window.files.notice


# Finding 13: recovery after a reused process id, and its wording ----------------------------------


@posix_only
def test_recovery_is_offered_when_the_crashed_planners_id_was_reused(
    qtbot, settings, tmp_path, monkeypatch
):
    folder = tmp_path / "recovery"
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        crashed, _ = build_window(None, settings)
        qtbot.addWidget(crashed)
        crashed.files.recovery = RecoveryStore(folder, pid=stranger.pid)
        crashed.edits.set_lever("digital_shift", 17)
        crashed.files.write_recovery()
        own = crashed.files.recovery.own_file
        document = json.loads(own.read_text(encoding="utf-8"))
        document["process_started"] = "another-boot:1"  # the planner that wrote it
        own.write_text(json.dumps(document), encoding="utf-8")
        monkeypatch.setattr(workbook_files, "ask_about_recovery", lambda *a: "restore")
        again, _ = build_window(None, settings, recovery_folder=folder)
        qtbot.addWidget(again)
        assert again.files.offer_recovery()  # the id runs, but not the planner that wrote it
        assert again.state.workbook.scenarios[0].levers["digital_shift"] == 17
    finally:
        stranger.kill()
        stranger.wait()


def test_the_recovery_question_counts_in_words(qtbot, window, monkeypatch, tmp_path):
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    one = RecoveredWorkbook(tmp_path / "f", Workbook([Scenario("Only")]), "", "Only", 0.0)
    crash_recovery.ask_about_recovery(window, one, 0)
    assert "(1 scenario: Only)" in texts[-1]
    two = RecoveredWorkbook(tmp_path / "f", Workbook([Scenario("A"), Scenario("B")]), "", "A", 0.0)
    crash_recovery.ask_about_recovery(window, two, 0)
    assert "(2 scenarios: A, B)" in texts[-1]


def test_terminal_escapes_in_a_recovered_name_are_shown_as_escapes(
    qtbot, window, monkeypatch, tmp_path
):
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    evil = Workbook([Scenario("A\x1b[31mred\u202eevil")])
    crash_recovery.ask_about_recovery(window, RecoveredWorkbook(tmp_path, evil, "", "", 0.0), 0)
    assert "\x1b" not in texts[-1] and "\u202e" not in texts[-1]
    assert "\\x1b[31mred\\u202eevil" in texts[-1]


def test_a_bundled_baseline_template_is_written_from_memory(window, dialogs, tmp_path):
    folder = _imported_baseline(tmp_path)
    assert window.baseline_actions.open_baseline(folder)
    for file in folder.iterdir():
        file.unlink()  # the template must not need the files any more
    target = tmp_path / "template.xlsx"
    dialogs["save"].append(str(target))
    window.baseline_actions.save_template_action.trigger()
    written = load_baseline(target)
    assert content_hash(written) == content_hash(window.state.baseline)


def test_the_recovery_question_in_finnish(qtbot, window, monkeypatch, tmp_path):
    """A Finnish planner is asked in Finnish, with the date written the Finnish way."""
    from datetime import datetime

    from planner.present.translate import install_names
    from planner.ui.language import apply_language

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    saved = datetime(2026, 11, 28, 9, 5).timestamp()
    two = RecoveredWorkbook(
        tmp_path / "f", Workbook([Scenario("A"), Scenario("B")]), "", "A", saved
    )
    apply_language("fi")
    try:
        crash_recovery.ask_about_recovery(window, two, 2)
    finally:
        apply_language("en")
        install_names({})
    box = boxes[-1]
    assert box.windowTitle() == "Palautetaanko tallentamaton työ?"
    assert "28.11.2026 09:05" in box.text() and "(2 skenaariota: A, B)" in box.text()
    assert "nimetön työkirja" in box.text()
    assert "(2 muuta palautettua työkirjaa" in box.informativeText()
    assert sorted(b.text() for b in box.buttons()) == ["&Hylkää", "&Myöhemmin", "&Palauta"]

"""Crash recovery through the window: unsaved work is written by the timer's slot, a "crash"
(a window whose recovery store has the pid of a process that is not running) leaves it
behind, and the next start offers it and restores it exactly."""

import os

import pytest

from planner.files.recovery import RecoveryStore
from planner.files.workbook_json import read_workbook
from planner.model import evaluate_scenario
from planner.paths import reference_workbook_path
from planner.ui import workbook_files
from planner.ui.app import build_window
from planner.ui.workbook_files import RECOVERY_INTERVAL_MS, default_recovery_folder
from tests.ui.helpers import assert_views_show


def pid_not_running() -> int:
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid += 1


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def plans(tmp_path):
    """The reference scenarios, copied to where a planner keeps their own workbooks."""
    path = tmp_path / "plans.planner.json"
    path.write_bytes(reference_workbook_path().read_bytes())
    return path


@pytest.fixture
def crashed(qtbot, folder, settings, plans):
    """A window of a planner that "crashed" with unsaved work: its recovery store names a
    process that is not running, as a crashed planner's file would."""
    window, _ = build_window(str(plans), settings)
    qtbot.addWidget(window)
    window.files.recovery = RecoveryStore(folder, pid=pid_not_running())
    return window


def make_unsaved_work(window) -> None:
    edits = window.edits
    edits.set_lever("digital_shift", 22.5)
    edits.duplicate_scenario("Reported, no fees")
    edits.set_lever("client_fee_alignment", 0)
    edits.set_description(window.state.current_index, "Without the fee measure.")


def next_start(qtbot, folder, settings, monkeypatch, answer: str):
    asked = []

    def ask(parent, recovered, more):
        asked.append((recovered, more))
        return answer

    monkeypatch.setattr(workbook_files, "ask_about_recovery", ask)
    window, _ = build_window(None, settings, recovery_folder=folder)
    qtbot.addWidget(window)
    restored = window.files.offer_recovery()
    return window, restored, asked


def test_unsaved_work_survives_a_crash_and_is_restored_exactly(
    qtbot, crashed, folder, settings, monkeypatch, plans
):
    crashed.state.set_current(1)
    make_unsaved_work(crashed)
    assert crashed.files.recovery_timer.interval() == RECOVERY_INTERVAL_MS
    assert crashed.files.recovery_timer.isActive()
    crashed.files.write_recovery()  # what the timer does every few seconds
    left = crashed.state.workbook
    current = crashed.state.scenario.name
    assert crashed.files.recovery.own_file.is_file()

    again, restored, asked = next_start(qtbot, folder, settings, monkeypatch, "restore")
    assert restored and len(asked) == 1
    assert asked[0][0].original_path == str(plans)
    assert again.state.workbook.scenarios == left.scenarios
    assert again.state.workbook.scenarios is not left.scenarios
    assert again.state.scenario.name == current == "Reported, no fees"
    assert again.files.path == str(plans)
    assert again.isWindowModified()  # unsaved until saved
    assert again.windowTitle() == "Reported, no fees — plans.planner.json[*] — Planner"
    assert_views_show(again, evaluate_scenario(again.state.engine, again.state.scenario))
    # The crashed planner's file became this planner's own: nothing is offered twice.
    assert not crashed.files.recovery.own_file.exists()
    assert again.files.recovery.own_file.is_file()
    assert again.files.recovery.left_by_crashes() == []


def test_the_timer_writes_only_what_changed_since_its_last_write(crashed, monkeypatch, plans):
    writes = []
    monkeypatch.setattr(crashed.files.recovery, "write", lambda *args: writes.append(args))
    crashed.files.write_recovery()
    assert writes == []  # nothing unsaved
    crashed.edits.set_lever("office_space_cut", 5)
    crashed.files.write_recovery()
    crashed.files.write_recovery()
    assert len(writes) == 1
    crashed.edits.set_lever("office_space_cut", 6)
    crashed.files.write_recovery()
    assert len(writes) == 2
    assert writes[-1][1] == str(plans)  # the original path goes along


def test_a_save_removes_the_recovery_file(crashed, tmp_path):
    crashed.edits.set_lever("office_space_cut", 5)
    crashed.files.write_recovery()
    assert crashed.files.recovery.own_file.is_file()
    assert crashed.files.write_to(tmp_path / "saved.planner.json")
    assert not crashed.files.recovery.own_file.exists()


def test_undo_back_to_the_saved_state_removes_it_too(crashed):
    crashed.edits.set_lever("office_space_cut", 5)
    crashed.files.write_recovery()
    crashed.undo_action.trigger()
    assert not crashed.isWindowModified()
    assert not crashed.files.recovery.own_file.exists()


def test_discard_deletes_and_later_keeps_the_left_work(
    qtbot, crashed, folder, settings, monkeypatch
):
    make_unsaved_work(crashed)
    crashed.files.write_recovery()
    left = crashed.files.recovery.own_file

    later, restored, asked = next_start(qtbot, folder, settings, monkeypatch, "later")
    assert not restored and asked and left.is_file()
    assert later.state.workbook.names() == ["No change"]
    assert not later.isWindowModified()

    discard, restored, asked = next_start(qtbot, folder, settings, monkeypatch, "discard")
    assert not restored and asked
    assert not left.exists()
    nothing, restored, asked = next_start(qtbot, folder, settings, monkeypatch, "restore")
    assert not restored and asked == []  # nothing left to offer


def test_a_failed_recovery_write_is_shown_until_a_write_succeeds(crashed, tmp_path, folder):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be", encoding="utf-8")
    crashed.files.recovery = RecoveryStore(blocker / "recovery")
    crashed.edits.set_lever("office_space_cut", 5)
    crashed.files.write_recovery()  # no exception, no dialog
    message = crashed.statusBar().currentMessage()
    assert "cannot be kept for recovery" in message and "Save your work" in message
    warning = crashed.files.crash.warning
    assert not warning.isHidden() and "not kept for recovery" in warning.text()
    crashed.statusBar().clearMessage()
    crashed.edits.set_lever("office_space_cut", 6)
    crashed.files.write_recovery()
    assert not warning.isHidden()  # still shown: the work is still not kept
    assert crashed.isWindowModified()
    crashed.files.recovery = RecoveryStore(folder)
    crashed.edits.set_lever("office_space_cut", 7)
    crashed.files.write_recovery()
    assert warning.isHidden()
    assert crashed.files.recovery.own_file.is_file()


def test_a_clean_exit_leaves_nothing_to_recover(qtbot, folder, settings):
    window, _ = build_window(None, settings, recovery_folder=folder)
    qtbot.addWidget(window)
    window.edits.set_lever("office_space_cut", 5)
    window.files.write_recovery()
    assert window.files.recovery.own_file.is_file()
    assert window.close()  # the tests' answer to "unsaved changes" is Discard
    assert list(folder.iterdir()) == []


def test_a_restored_untitled_workbook_saves_where_asked(
    qtbot, folder, settings, monkeypatch, tmp_path
):
    first, _ = build_window(None, settings)
    qtbot.addWidget(first)
    first.files.recovery = RecoveryStore(folder, pid=pid_not_running())
    first.edits.set_lever("finance_training", 75)
    first.files.write_recovery()
    again, restored, _ = next_start(qtbot, folder, settings, monkeypatch, "restore")
    assert restored and again.files.path == ""
    assert again.windowTitle() == "No change — Untitled[*] — Planner"
    assert again.files.write_to(tmp_path / "rescued.planner.json")
    assert (
        read_workbook(tmp_path / "rescued.planner.json").scenarios[0].levers["finance_training"]
        == 75
    )


def test_the_default_folder_is_in_the_application_data_location(tmp_path):
    # tests/ui/conftest.py points XDG_DATA_HOME into tmp_path.
    folder = default_recovery_folder()
    assert folder.name == "recovery"
    assert str(tmp_path) in str(folder)

"""Opening the window: files given on the command line, remembered settings, sizes."""

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.cli import main
from planner.model import Scenario, evaluate_scenario
from planner.paths import reference_workbook_path
from planner.ui import app as app_module
from planner.ui.app import build_window, run_window
from planner.ui.main_window import MainWindow
from tests.ui.helpers import assert_views_show


@pytest.fixture
def no_event_loop(monkeypatch):
    """run_window without blocking: exec() returns at once, message boxes are recorded."""
    shown = []
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    for kind in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda parent, title, text, k=kind: shown.append((k, title, text))
        )
    return shown


def open_window(qtbot, path, settings):
    window, problem = build_window(path, settings)
    qtbot.addWidget(window)
    return window, problem


def test_a_workbook_opens_at_its_first_scenario(qtbot, engine, settings):
    window, problem = open_window(qtbot, reference_workbook_path(), settings)
    assert problem is None
    assert window.state.scenario.name == "No change (2024)"
    assert len(window.state.workbook.scenarios) == 4
    assert window.windowTitle().startswith("No change (2024) — ")
    window.state.set_current(1)  # the city's 2024 programme
    result = evaluate_scenario(engine, window.state.workbook.scenarios[1])
    assert result.total_plan_year == pytest.approx(28_968_437, abs=1)
    assert_views_show(window, result)
    assert window.lever_panel.rows["office_space_cut"].spin.value() == 35.51


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not json at all", "valid JSON"),
        (b"", "the file is empty"),
        (json.dumps({"format": "planner-workbook", "schema_version": 9}).encode(), "newer"),
        (
            json.dumps(
                {
                    "format": "planner-workbook",
                    "schema_version": 1,
                    "scenarios": [{"name": "x", "levers": {"office_space_cut": 99}}],
                }
            ).encode(),
            "scenarios[0].levers.office_space_cut",
        ),
        (
            json.dumps(
                {
                    "format": "planner-workbook",
                    "schema_version": 1,
                    "scenarios": [{"name": "far", "plan_year": 2100}],
                }
            ).encode(),
            "plan year 2100 is outside 2024–2040",
        ),
        (
            json.dumps(
                {"format": "planner-workbook", "schema_version": 1, "scenarios": []}
            ).encode(),
            "holds no scenario",
        ),
    ],
)
def test_a_bad_file_is_a_message_and_the_window_opens_anyway(
    qtbot, engine, settings, tmp_path, content, says
):
    path = tmp_path / "bad.planner.json"
    path.write_bytes(content)
    window, problem = open_window(qtbot, path, settings)
    assert says in problem
    assert window.state.scenario.levers == Scenario("x").levers
    assert_views_show(window, evaluate_scenario(engine, Scenario("x")))


def test_a_missing_file(qtbot, settings, tmp_path):
    window, problem = open_window(qtbot, tmp_path / "nowhere.json", settings)
    assert "there is no such file" in problem


def test_run_window_shows_the_problem_in_a_message_box(no_event_loop, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    assert main([str(path)]) == 0  # the window opened (and its event loop returned)
    assert [(kind, title) for kind, title, _ in no_event_loop] == [
        ("warning", "The file was not opened")
    ]
    assert "valid JSON" in no_event_loop[0][2]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()


def test_run_window_takes_at_most_one_file(capsys):
    assert run_window(["a.json", "b.json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("planner: error:") and err.count("\n") == 1


def test_an_unusable_bundled_baseline_is_a_message_not_a_traceback(
    no_event_loop, monkeypatch, tmp_path
):
    monkeypatch.setattr("planner.paths.bundled_baseline_dir", lambda: tmp_path)
    assert run_window([]) == app_module.EXIT_DATA
    assert no_event_loop[0][:2] == ("critical", "Planner cannot start")
    assert "cannot be used" in no_event_loop[0][2]


def test_size_layout_and_plan_settings_are_remembered(qtbot, engine, settings):
    window, _ = open_window(qtbot, None, settings)
    window.show()
    qtbot.waitExposed(window)
    # Within the offscreen screen (800 x 600) where the window allows it; the window's own
    # minimum size (its panels side by side) wins where it is larger.
    window.resize(780, 560)
    QApplication.processEvents()
    size = (window.width(), window.height())
    assert size[0] <= 1280 and size[1] <= 800  # it fits the laptop screen of the brief
    window.splitters["main"].setSizes([330, 440])
    window.tabs.setCurrentIndex(2)
    window.edits.set_plan_year(2027)
    window.edits.set_target(29_000_000)
    window.edits.set_lever("office_space_cut", 10)
    sizes = window.splitters["main"].sizes()
    window.close()  # saves

    again, _ = open_window(qtbot, None, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == size
    assert again.splitters["main"].sizes() == sizes
    assert again.tabs.currentIndex() == 2
    assert again.state.scenario.plan_year == 2027
    assert again.state.scenario.target_eur == 29_000_000
    # Lever values are the plan's content, kept in workbooks, not settings.
    assert again.state.scenario.levers["office_space_cut"] == 0
    assert not again.undo_action.isEnabled()  # a start is not an undoable change
    assert_views_show(
        again, evaluate_scenario(engine, Scenario("x", plan_year=2027, target_eur=29e6))
    )
    again.close()


def test_settings_that_no_longer_fit_are_ignored(qtbot, settings):
    settings.setValue("plan/year", 1999)
    settings.setValue("plan/target_eur", "lots")
    settings.setValue("window/geometry", b"garbage")
    settings.setValue("window/tab", 99)
    window, _ = open_window(qtbot, None, settings)
    assert window.state.result.plan_year == window.state.baseline.year
    # The default target is the baseline's own, not a number written in the code.
    assert window.state.scenario.target_eur == window.state.baseline.default_target_eur
    assert window.tabs.currentIndex() == 0


def test_a_first_start_fits_the_screen(qtbot, settings):
    window, _ = open_window(qtbot, None, settings)
    available = window.screen().availableGeometry()
    assert window.width() <= min(1280, available.width())
    assert window.height() <= min(800, available.height())
    assert window.width() >= 640


def test_default_settings_go_to_the_user_folder_in_tests(settings_in_tmp_path):
    # The autouse fixture sends QSettings() (as run_window makes it) into tmp_path.
    default = QSettings()
    assert str(settings_in_tmp_path) in default.fileName()


def test_the_window_starts_without_loading_the_subcommands():
    """`planner` alone imports no subcommand module (openpyxl, the report layer): start-up."""
    code = (
        "import sys, planner.cli;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'openpyxl'"
        " or m.startswith('planner.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    from planner.cli import COMMAND_NAMES, commands

    assert tuple(command.NAME for command in commands()) == COMMAND_NAMES


def test_without_a_display_the_window_says_so_in_one_line():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "planner"], capture_output=True, text=True, env=env, timeout=60
    )
    if not sys.platform.startswith("linux"):
        return
    assert done.returncode == 2
    assert done.stderr.startswith("planner: error: there is no display")
    assert len(done.stderr.strip().splitlines()) == 1

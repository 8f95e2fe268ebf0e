"""Issue 15, the command line and set-up: as a new user meets them (subprocesses)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.paths import reference_workbook_path

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = str(reference_workbook_path())


def planner(*args, env=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


def environment(display):
    """The test's environment with no platform chosen and DISPLAY unset, set to `display`."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    if display is not None:
        env["DISPLAY"] = display
    return env


# Item 11: every headless command works with DISPLAY unset, set, or wrong. ":97" names an X
# server that is not running; "nowhere.invalid:0" one on a host that does not exist.
@pytest.mark.parametrize("display", [None, ":97", "nowhere.invalid:0"])
def test_report_needs_no_display(tmp_path, display):
    out = tmp_path / "summary.pdf"
    done = planner(
        "report",
        REFERENCES,
        "--scenario",
        "No change (2024)",
        "--out",
        str(out),
        env=environment(display),
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("display", [None, ":97"])
def test_evaluate_and_export_need_no_display(tmp_path, display):
    done = planner("evaluate", "--set", "office_space_cut=10,5", env=environment(display))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "results.csv"
    done = planner("export", REFERENCES, "--out", str(out), env=environment(display))
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0


# Item 12: a mistyped subcommand says so (and which command was meant); it never opens the window.
@pytest.mark.parametrize(
    ("word", "meant"), [("evalute", "'evaluate'"), ("reprot", "'report'"), ("xyzzy", "")]
)
def test_a_mistyped_command_is_named_not_opened(word, meant):
    done = planner(word, env=environment(":97"))  # a window would fail on this display
    assert done.returncode == 2
    assert f"unknown command '{word}'" in done.stderr
    assert meant in done.stderr
    assert "evaluate, solve, analyse, check, report, template, export" in done.stderr
    assert done.stderr.count("\n") == 1  # one line


def test_repeated_set_and_decimal_comma_are_already_told():
    """Verified, not redone: `planner evaluate` refuses a lever set twice, takes 10,5."""
    done = planner("evaluate", "--set", "digital_shift=1", "--set", "digital_shift=2")
    assert done.returncode == 2 and "twice" in done.stderr
    done = planner("evaluate", "--set", "office_space_cut=10,5", "--json")
    assert done.returncode == 0 and '"office_space_cut": 10.5' in done.stdout


# Item 13: when the platform plugin cannot start, one line names what a Linux desktop needs.
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 platform plugin")
def test_a_failing_platform_plugin_gets_a_hint():
    done = planner(env=environment(":97"))  # no X server there: Qt's platform plugin fails
    assert done.returncode != 0
    hint = [line for line in done.stderr.splitlines() if line.startswith("planner:")]
    assert len(hint) == 1, done.stderr
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"):
        assert package in hint[0]


def test_missing_desktop_libraries_are_named(monkeypatch, capsys):
    from planner.ui import app

    monkeypatch.setenv("DISPLAY", ":97")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(app, "DESKTOP_LIBRARIES", (("libplanner-not-here.so.4", "libxcb-icccm4"),))
    assert app.run_window([]) == 2  # before any QApplication is made
    err = capsys.readouterr().err
    assert "libxcb-icccm4" in err and "sudo apt install libxcb-icccm4" in err
    assert err.count("\n") == 1


def test_the_readme_names_what_a_linux_desktop_needs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"):
        assert package in readme


# Item 14: the benchmark prints its figures and ends by itself.
def test_the_ui_benchmark_ends(tmp_path):
    env = dict(os.environ, PLANNER_BENCH_QUICK="1", QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "ui_latency.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,  # a hang fails here instead of waiting forever
    )
    assert done.returncode == 0, done.stderr
    assert "Lever change to painted window" in done.stdout

"""Open the window: `planner` (the bundled baseline, no change) or `planner WORKBOOK` (the
workbook's first scenario).

A file that cannot be opened is reported in a message box, and the window opens without it;
nothing here ends in a traceback.
"""

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import __version__
from planner.paths import resources_dir
from planner.present import translate

EXIT_USAGE = 2
EXIT_DATA = 1
APPLICATION = "Planner"
ORGANISATION = "planner"


def run_window(argv: list[str]) -> int:
    """`planner [WORKBOOK]`: open the window and run until it is closed."""
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(
            "planner: error: the window takes at most one workbook file: planner [WORKBOOK]",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if _no_display():
        print(
            "planner: error: there is no display to open the window on (DISPLAY is not set); "
            "the commands evaluate, report and export work without one",
            file=sys.stderr,
        )
        return EXIT_USAGE
    missing = missing_desktop_libraries()
    if missing:
        print(desktop_hint(missing), file=sys.stderr)
        return EXIT_USAGE
    previous = _hint_if_the_platform_fails()
    app = application()
    qInstallMessageHandler(previous)  # the platform started: Qt's messages as before
    from planner.ui.language import apply_language, chosen_language

    apply_language(chosen_language(QSettings()))  # before any text is written (issue 13)
    try:
        window, problem = build_window(argv[0] if argv else None, QSettings())
    except StartError as error:
        QMessageBox.critical(None, translate("Start", "Planner cannot start"), str(error))
        return EXIT_DATA
    # What start-up made (modules, baseline, widgets) lives as long as the window: keep the
    # garbage collector's full passes from walking it again, which paused a slider drag for
    # some 60 ms now and then.
    gc.freeze()
    window.show()
    if problem:
        QMessageBox.warning(window, translate("Start", "The file was not opened"), problem)
    window.files.tell_about_baseline()  # when the workbook brought a baseline of its own
    window.files.offer_recovery()  # work left by a planner that did not close normally
    return app.exec()


def _no_display() -> bool:
    """On Linux without X11 or Wayland (and no platform chosen), Qt would abort the process."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# What Qt's xcb platform plugin loads on a Linux desktop (library file, Debian/Ubuntu package).
# Qt names only the first it looks for (xcb-cursor0), whatever else is missing.
DESKTOP_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)
DESKTOP_PACKAGES = " ".join(package for _, package in DESKTOP_LIBRARIES)


def missing_desktop_libraries() -> list[str]:
    """The packages whose libraries the window's X11 platform plugin needs and cannot load
    (empty off Linux, on Wayland, or when another platform is chosen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return []
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    import ctypes

    missing = []
    for library, package in DESKTOP_LIBRARIES:
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def desktop_hint(missing: list[str] | None = None) -> str:
    """One line: what to install for the window (the commands need none of it)."""
    if missing:
        return (
            "planner: error: the window needs libraries missing here: "
            f"{', '.join(missing)} (Debian/Ubuntu: sudo apt install {' '.join(missing)}); "
            "the commands evaluate, report and export work without them"
        )
    return (
        "planner: the window could not start Qt's platform plugin: check that the display is "
        f"reachable and that these are installed: {DESKTOP_PACKAGES} (see the README); "
        "the commands evaluate, report and export work without a display"
    )


def _hint_if_the_platform_fails():
    """Qt ends the process when no platform plugin starts, after printing its own (often
    misleading) reason: add the one line that names what a Linux desktop needs. Returns the
    handler it replaced, to put back once the application exists."""
    previous = None

    def handler(kind, context, message):
        if previous is not None:
            previous(kind, context, message)
        else:
            category = context.category if context and context.category != "default" else ""
            print(f"{category}: {message}" if category else message, file=sys.stderr)
        if kind == QtMsgType.QtFatalMsg and "platform plugin" in message:
            print(desktop_hint(), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    return previous


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "planner.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class StartError(Exception):
    """The window cannot open at all (the bundled baseline is unusable)."""


def build_window(
    workbook_path: str | Path | None, settings: QSettings, recovery_folder: str | Path | None = None
):
    """The window on the bundled baseline, with the workbook's first scenario if one is given.

    Returns (window, problem): problem is None, or the message saying why the file was not
    opened (the window then shows no change, with the last run's plan settings).
    `recovery_folder` replaces the user's recovery folder (tests use a temporary one).
    """
    from planner.files.baseline_io import is_baseline_source, load_baseline
    from planner.files.problems import InputError
    from planner.model import Engine
    from planner.paths import bundled_baseline_dir
    from planner.present.names import localise_engine
    from planner.ui.main_window import MainWindow, apply_last_plan_settings
    from planner.ui.state import PlannerState

    try:
        engine = Engine(load_baseline(bundled_baseline_dir()))
        localise_engine(engine)  # names in the language applied (name_fi, name_sv; issue 13)
    except InputError as error:
        raise StartError(
            "The bundled baseline cannot be used:\n" + "\n".join(map(str, error.problems))
        ) from None
    state = PlannerState(engine)
    problem, notice, baseline_offer = None, "", ""
    if workbook_path is not None and is_baseline_source(workbook_path):
        # A baseline spreadsheet, not a workbook: offered to File > Open Baseline once shown.
        baseline_offer, workbook_path = str(workbook_path), None
    if workbook_path is not None:
        problem, notice = open_workbook(state, workbook_path)
    if workbook_path is None or problem:
        apply_last_plan_settings(state, settings)
    recovery = None
    if recovery_folder is not None:
        from planner.files.recovery import RecoveryStore

        recovery = RecoveryStore(recovery_folder)
    window = MainWindow(state, settings, recovery=recovery)
    if workbook_path is not None and not problem:
        window.files.opened_from_command_line(workbook_path)  # title, recent files, clean
        window.files.notice = notice  # told once the window is shown
    window.files.pending_baseline = baseline_offer  # offered once the window is shown
    return window, problem


def open_workbook(state, path: str | Path) -> tuple[str | None, str]:
    """Make the workbook's first scenario current, on the baseline the file keeps. Returns
    (problem, notice): the problem in words if that fails (nothing changed), and what to tell
    about the workbook's baseline."""
    from planner.files.problems import InputError
    from planner.files.text import visible
    from planner.files.workbook_json import read_workbook_file
    from planner.model import PlanYearError
    from planner.ui.workbook_files import use_workbook

    try:
        opened = read_workbook_file(path)
        if not opened.workbook.scenarios:
            return f"{visible(path, None)}: the workbook holds no scenario.", ""
        notice = use_workbook(state, opened, 0)
    except InputError as error:
        shown = error.problems[:12]
        more = len(error.problems) - len(shown)
        text = "\n".join(str(problem) for problem in shown)
        return text + (f"\n(and {more} more problems)" if more > 0 else ""), ""
    except PlanYearError as error:
        return f"{visible(path, None)}: {error} on the baseline {state.baseline.name}.", ""
    except Exception as error:  # noqa: BLE001 - a file must never end in a traceback
        return f"{visible(path, None)}: cannot be read ({error!r:.200}).", ""
    return None, notice

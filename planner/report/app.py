"""The Qt application a summary needs: fonts and PDF writing need a QGuiApplication, not widgets."""

import os
import sys

from PySide6.QtGui import QGuiApplication

_made: list[QGuiApplication] = []  # the application made here lives as long as the process


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new QGuiApplication.

    With no display (no DISPLAY or WAYLAND_DISPLAY on Linux and no platform chosen), the
    offscreen platform is chosen first, so that `planner report` works on a server or in CI.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if (
        headless
        and not os.environ.get("QT_QPA_PLATFORM")
        and sys.platform not in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _made.append(QGuiApplication(["planner"]))
    return _made[0]

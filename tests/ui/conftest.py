"""Window tests: an offscreen window on the bundled baseline, settings in tmp_path."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.ui.main_window import MainWindow
from planner.ui.state import PlannerState

# The offscreen platform (QT_QPA_PLATFORM=offscreen, set in tests/conftest.py) warns once for
# every window with a layout that it cannot pass size hints on to a window system; a real
# display does not. Only that message is allowed; any other Qt warning still fails a test.
OFFSCREEN_SIZE_HINTS = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.nodeid.replace("\\", "/").startswith("tests/ui/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))


@pytest.fixture(autouse=True)
def settings_in_tmp_path(tmp_path, monkeypatch):
    """Any QSettings() made without a file (as the real start-up does) lands in tmp_path."""
    folder = tmp_path / "user-settings"
    folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def unsaved_work_is_discarded(tmp_path, monkeypatch):
    """Recovery files go to tmp_path (not the user's data folder), and the unsaved-changes
    question, which would block a test, answers Discard. Tests of that question replace it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "planner.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def state(engine):
    return PlannerState(engine)


@pytest.fixture
def window(qtbot, state, settings):
    """The main window, shown at a laptop size; closed (settings saved) after the test."""
    main = MainWindow(state, settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    QApplication.processEvents()
    yield main
    main.close()

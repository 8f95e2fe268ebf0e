"""Crash recovery in the window: unsaved work written every few seconds, offered back at start.

While the work is unsaved, a timer writes it (with the baseline it is planned on) to this
planner's recovery file; a save, a deliberate discard or a clean exit removes it. A recovery
file is written with every non-ASCII character escaped, so it takes any text the window holds.
A failure to write it is shown in the window at once, in a warning kept in the status bar until
a write succeeds again (never a modal interruption from a timer); the previous recovery file is
left in place.
"""

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from planner.files.recovery import RecoveredWorkbook, RecoveryStore
from planner.files.safe_io import reason
from planner.files.text import visible
from planner.present import numbers as fmt
from planner.present import translate

RECOVERY_INTERVAL_MS = 5000


def default_recovery_folder() -> Path:
    """`recovery` in the user's application-data folder (on Linux
    ~/.local/share/planner/Planner/recovery)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".planner") / "recovery"


def ask_about_recovery(parent: QWidget, recovered: RecoveredWorkbook, more: int) -> str:
    """Restore / Discard / Later for work left by a planner that did not close: the answer as
    "restore", "discard" or "later"."""
    saved = datetime.fromtimestamp(recovered.saved_at)
    when = f"{fmt.date(saved)} {saved:%H:%M}"
    origin = visible(recovered.original_path, None) or translate("Recovery", "an untitled workbook")
    names = ", ".join(visible(name, 40) for name in recovered.workbook.names()[:5])
    count = len(recovered.workbook.scenarios)
    scenarios = (
        translate("Recovery", "1 scenario")
        if count == 1
        else translate("Recovery", "{count} scenarios").format(count=count)
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore unsaved work?"))
    box.setText(
        translate(
            "Recovery",
            "The planner did not close normally. Unsaved work from {when} was kept:\n"
            "{origin} ({scenarios}: {names}).",
        ).format(when=when, origin=origin, scenarios=scenarios, names=names)
    )
    informative = translate(
        "Recovery",
        "Restore opens it as unsaved work to look at and save. Discard deletes it. "
        "Later keeps it for the next start.",
    )
    if more == 1:
        more_text = translate("Recovery", "(1 more recovered workbook is kept for later.)")
        informative += "\n" + more_text
    elif more:
        informative += "\n" + translate(
            "Recovery", "({count} more recovered workbooks are kept for later.)"
        ).format(count=more)
    box.setInformativeText(informative)
    restore = box.addButton(translate("Recovery", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("Recovery", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("Recovery", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is discard else "later"


class CrashRecovery(QObject):
    """The recovery timer and store of one window. `snapshot()` gives what to keep:
    (workbook, original path, current scenario name, baseline)."""

    def __init__(
        self,
        window: QMainWindow,
        store: RecoveryStore | None,
        snapshot: Callable[[], tuple],
        is_modified: Callable[[], bool],
    ):
        super().__init__(window)
        self.window = window
        self.store = store or RecoveryStore(default_recovery_folder())
        self.snapshot, self.is_modified = snapshot, is_modified
        self.unsaved_since_write = False
        self.failure = ""  # why the last write failed; "" when it did not
        self.warning = QLabel()
        self.warning.setObjectName("recoveryWarning")
        self.warning.setStyleSheet("color: #a40000; font-weight: bold;")
        self.warning.setWordWrap(False)
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning)
        self.timer = QTimer(self)
        self.timer.setInterval(RECOVERY_INTERVAL_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()

    def write(self) -> None:
        """The timer's slot: write unsaved work if it changed since the last write. A failure
        is shown in the window (and stays shown until a write succeeds); it never interrupts."""
        if not self.is_modified() or not self.unsaved_since_write:
            return
        workbook, original, current, baseline = self.snapshot()
        try:
            self.store.write(workbook, original, current, baseline)
        except Exception as error:  # noqa: BLE001 - whatever it is, the user must know
            self._failed(reason(error) if isinstance(error, OSError) else _describe(error))
            return
        self.unsaved_since_write = False
        if self.failure:
            self.failure = ""
            self.warning.hide()
            self.window.statusBar().showMessage(
                translate("Recovery", "Unsaved work is kept for recovery again"), 8000
            )

    def _failed(self, why: str) -> None:
        self.failure = why
        text = translate(
            "Recovery",
            "Unsaved work cannot be kept for recovery in {folder}: {why}. "
            "Save your work (File > Save As) to keep it.",
        ).format(folder=self.store.folder, why=why)
        self.warning.setText(translate("Recovery", "⚠ Unsaved work is not kept for recovery"))
        self.warning.setToolTip(text)
        self.warning.show()
        self.window.statusBar().showMessage(text, 0)

    def clear(self) -> None:
        # A file that cannot be removed is offered once more at the next start.
        with contextlib.suppress(OSError):
            self.store.clear()

    def stop(self) -> None:
        self.timer.stop()

    def left_by_crashes(self) -> list[RecoveredWorkbook]:
        try:
            return self.store.left_by_crashes()
        except OSError:
            return []


def _describe(error: Exception) -> str:
    text = str(error).strip()
    return visible(text.splitlines()[0], 200) if text else type(error).__name__

"""The window's workbook file: New, Open, Open Recent, Save, Save As, the unsaved-changes
question, the title, and crash recovery.

"Modified" is the undo stack's clean state: a save or an open marks the stack clean, and any
command after it (or an undo back past it) makes the work unsaved. While it is unsaved, a timer
writes the workbook to the recovery folder every few seconds; a save, a deliberate discard or a
clean exit removes that file. Files are read with `read_workbook`, which only parses JSON and
checks it field by field, and written with `write_workbook` (temporary file renamed over the
old one, the previous version kept as FILE.bak).
"""

import contextlib
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from planner.files.problems import InputError
from planner.files.recovery import RecoveredWorkbook, RecoveryStore
from planner.files.workbook_json import SaveError, read_workbook, write_workbook
from planner.model import PlanYearError, Scenario
from planner.model.workbook import Workbook
from planner.paths import reference_workbook_path
from planner.ui.state import NO_CHANGE_NAME, PlannerState

RECENT_KEY = "files/recent"
FOLDER_KEY = "files/last_workbook_folder"
MAX_RECENT = 8
RECOVERY_INTERVAL_MS = 5000
ENDING = ".planner.json"
FILTERS = "Planner workbooks (*.planner.json *.json);;All files (*)"
UNTITLED = "Untitled"
SHOWN_PROBLEMS = 12  # in the message itself; all of them in its details


def default_recovery_folder() -> Path:
    """`recovery` in the user's application-data folder (on Linux
    ~/.local/share/planner/Planner/recovery)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".planner") / "recovery"


def ask_about_recovery(parent: QWidget, recovered: RecoveredWorkbook, more: int) -> str:
    """Restore / Discard / Later for work left by a planner that did not close: the answer as
    "restore", "discard" or "later"."""
    from datetime import datetime

    when = datetime.fromtimestamp(recovered.saved_at).strftime("%Y-%m-%d %H:%M")
    origin = recovered.original_path or "an untitled workbook"
    names = ", ".join(recovered.workbook.names()[:5])
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Restore unsaved work?")
    box.setText(
        f"The planner did not close normally. Unsaved work from {when} was kept:\n"
        f"{origin} ({len(recovered.workbook.scenarios)} scenarios: {names})."
    )
    box.setInformativeText(
        "Restore opens it as unsaved work to look at and save. Discard deletes it. "
        "Later keeps it for the next start."
        + (f"\n({more} more recovered workbooks are kept for later.)" if more else "")
    )
    restore = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("&Later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is discard else "later"


class WorkbookFiles(QObject):
    """Owns the workbook's path and the File-menu actions that open and save it."""

    def __init__(
        self,
        window: QMainWindow,
        state: PlannerState,
        stack: QUndoStack,
        settings: QSettings,
        recovery: RecoveryStore | None = None,
    ):
        super().__init__(window)
        self.window, self.state, self.stack, self.settings = window, state, stack, settings
        self.recovery = recovery or RecoveryStore(default_recovery_folder())
        self.path = ""  # the file the workbook was opened from or saved to; "" = untitled
        self._unsaved_since_recovery = False
        self._recovery_failure_shown = False

        def action(text, slot, shortcut=None, tip=""):
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.setStatusTip(tip)
            made.triggered.connect(lambda checked=False: slot())
            return made

        keys = QKeySequence.StandardKey
        self.new_action = action(
            "&New", self.new_workbook, keys.New, "A new workbook with one scenario at no change"
        )
        self.open_action = action("&Open…", self.open_file, keys.Open, "Open a workbook file")
        self.recent_menu = QMenu("Open &Recent", window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.open_reference_action = action(
            "Open Re&ference Scenarios",
            lambda: self.open_file(str(reference_workbook_path())),
            None,
            "The bundled reference scenarios: no change, the reported programme, the city estimate",
        )
        self.save_action = action("&Save", self.save, keys.Save, "Save the workbook")
        self.save_as_action = action(
            "Save &As…", self.save_as, keys.SaveAs, "Save the workbook under another name"
        )
        self.fill_recent_menu()

        self.recovery_timer = QTimer(self)
        self.recovery_timer.setInterval(RECOVERY_INTERVAL_MS)
        self.recovery_timer.timeout.connect(self.write_recovery)
        self.recovery_timer.start()
        stack.indexChanged.connect(self._on_stack_changed)
        stack.cleanChanged.connect(self._on_clean_changed)
        state.sig_workbook_changed.connect(self.update_title)
        state.sig_scenarios_changed.connect(self.update_title)
        self.update_title()

    def add_to_menu(self, menu: QMenu) -> None:
        """New, Open…, Open Recent ▸, Open Reference Scenarios, Save, Save As…, a separator."""
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addAction(self.open_reference_action)
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addSeparator()

    # State of the file -------------------------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return not self.stack.isClean()

    def update_title(self) -> None:
        name = Path(self.path).name if self.path else UNTITLED
        title = f"{self.state.scenario.name} — {name}[*] — Planner"
        if self.window.windowTitle() != title:
            self.window.setWindowTitle(title)
        self.window.setWindowModified(self.is_modified)

    def _on_clean_changed(self, clean: bool) -> None:
        if not shiboken6.isValid(self.stack):
            return  # the stack clears itself while the window is destroyed: not a save
        self.window.setWindowModified(not clean)
        if clean:  # back to what is on disk: nothing to recover
            self._unsaved_since_recovery = False
            self._clear_recovery()

    def _on_stack_changed(self, _index: int) -> None:
        if shiboken6.isValid(self.stack) and not self.stack.isClean():
            self._unsaved_since_recovery = True

    def _opened(self, path: str) -> None:
        """A workbook is in the window as it is on disk (or new, with no path)."""
        self.path = path
        self.stack.clear()  # its commands refer to the workbook that was there before
        self.stack.setClean()
        self._unsaved_since_recovery = False
        self._clear_recovery()
        if path:
            self.add_recent(path)
        self.update_title()

    def opened_from_command_line(self, path: str | Path) -> None:
        """`planner FILE` put the file's workbook into the state before the window existed."""
        self._opened(str(Path(path).absolute()))

    # New, Open ---------------------------------------------------------------------------------

    def new_workbook(self) -> bool:
        if not self.maybe_save():
            return False
        current = self.state.scenario
        scenario = Scenario(
            NO_CHANGE_NAME, plan_year=current.plan_year, target_eur=current.target_eur
        )
        self.state.set_workbook(Workbook([scenario], baseline_name=self.state.baseline.name))
        self._opened("")
        return True

    def open_file(self, path: str | None = None) -> bool:
        """Ask about unsaved work, then (asking for a file when none is given) open it. A file
        that cannot be used is explained and the window keeps what it had."""
        if not self.maybe_save():
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.window, "Open a workbook", self._folder(), FILTERS
            )
            if not path:
                return False
        return self.load(path)

    def load(self, path: str | Path) -> bool:
        path = str(Path(path).absolute())
        try:
            workbook = read_workbook(path)
        except InputError as error:
            self.show_problems(path, [str(problem) for problem in error.problems])
            return False
        if not workbook.scenarios:
            self.show_problems(path, [f"{path}: the workbook holds no scenario."])
            return False
        try:
            self.state.set_workbook(workbook, 0)
        except PlanYearError as error:
            self.show_problems(path, [f"{path}: {error}."])
            return False
        self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self._opened(path)
        self._status(f"Opened {path} ({len(workbook.scenarios)} scenarios)")
        return True

    def show_problems(self, path: str, problems: list[str]) -> None:
        """Every problem, in a message whose details the user can read in full and copy."""
        shown = problems[:SHOWN_PROBLEMS]
        more = len(problems) - len(shown)
        text = "\n".join(shown) + (f"\n(and {more} more: see Show Details)" if more > 0 else "")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "The workbook was not opened",
            f"{Path(path).name} cannot be opened; the window keeps what it had.",
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setInformativeText(text)
        box.setDetailedText("\n".join(problems))
        box.exec()

    # Save --------------------------------------------------------------------------------------

    def save(self) -> bool:
        return self.write_to(self.path) if self.path else self.save_as()

    def save_as(self) -> bool:
        suggested = self.path or str(Path(self._folder()) / (self.state.scenario.name + ENDING))
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Save the workbook as", suggested, FILTERS
        )
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ENDING
        return self.write_to(path)

    def write_to(self, path: str | Path) -> bool:
        """Write the workbook; on failure say why and keep the work (still unsaved)."""
        path = str(Path(path).absolute())
        try:
            write_workbook(self.state.workbook, path)
        except SaveError as error:
            QMessageBox.critical(
                self.window,
                "The workbook was not saved",
                f"{error}\n\nYour work is still open in the window. Save it somewhere else "
                "with File > Save As.",
            )
            return False
        self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self.path = path
        self.stack.setClean()
        self._clear_recovery()
        self.add_recent(path)
        self.update_title()
        self._status(f"Saved {path}")
        return True

    def maybe_save(self) -> bool:
        """Before the work leaves the window: True to go on (saved, or the user chose to
        discard it), False to stay (Cancel, or the save failed)."""
        if not self.is_modified:
            return True
        name = Path(self.path).name if self.path else UNTITLED
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            f"The workbook {name} has changes that are not saved. Save them first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def confirm_close(self) -> bool:
        """The window may close: nothing unsaved, saved, or discarded (recovery cleared)."""
        if not self.maybe_save():
            return False
        self.recovery_timer.stop()
        self._clear_recovery()
        return True

    # Recent files ------------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY) or []
        if isinstance(value, str):  # one entry reads back as a plain string
            value = [value]
        return [str(item) for item in value if item][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        path = str(Path(path).absolute())
        files = [path] + [item for item in self.recent_files() if item != path]
        self.settings.setValue(RECENT_KEY, files[:MAX_RECENT])

    def fill_recent_menu(self) -> None:
        """Rebuilt each time it opens; files that are gone are dropped, and the status bar
        says which."""
        files = self.recent_files()
        present = [item for item in files if Path(item).is_file()]
        gone = [item for item in files if item not in present]
        if gone:
            self.settings.setValue(RECENT_KEY, present)
            self._status(
                "Removed from Open Recent (no longer there): " + ", ".join(map(_name, gone))
            )
        menu = self.recent_menu
        menu.clear()
        for number, item in enumerate(present, start=1):
            made = menu.addAction(f"&{number} {_name(item)}")
            made.setStatusTip(item)
            made.setToolTip(item)
            made.setData(item)
            made.triggered.connect(lambda checked=False, p=item: self.open_file(p))
        if not present:
            menu.addAction("No recent workbooks").setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction("&Clear Recent Workbooks")
        clear.setEnabled(bool(present))
        clear.triggered.connect(lambda: self.settings.setValue(RECENT_KEY, []))

    # Crash recovery ----------------------------------------------------------------------------

    def write_recovery(self) -> None:
        """The timer's slot: write unsaved work if it changed since the last write. A failure
        is told once in the status bar and never interrupts the user."""
        if not self.is_modified or not self._unsaved_since_recovery:
            return
        try:
            self.recovery.write(self.state.workbook, self.path, self.state.scenario.name)
        except OSError as error:
            if not self._recovery_failure_shown:
                self._recovery_failure_shown = True
                self._status(
                    f"Unsaved work cannot be kept for recovery in {self.recovery.folder}: "
                    f"{error.strerror or error}. Save often.",
                    0,
                )
            return
        self._unsaved_since_recovery = False

    def offer_recovery(self) -> bool:
        """At start: offer the newest work left by a planner that crashed. True if restored."""
        try:
            found = self.recovery.left_by_crashes()
        except OSError:
            return False
        if not found:
            return False
        recovered = found[0]
        answer = ask_about_recovery(self.window, recovered, len(found) - 1)
        if answer == "discard":
            self.recovery.discard(recovered)
            return False
        if answer != "restore":
            return False
        names = recovered.workbook.names()
        current = (
            names.index(recovered.current_scenario) if recovered.current_scenario in names else 0
        )
        try:
            self.state.set_workbook(recovered.workbook, current)
        except PlanYearError as error:
            QMessageBox.warning(
                self.window,
                "The work was not restored",
                f"{error}. The recovered file is kept: {recovered.file}",
            )
            return False
        self._opened(recovered.original_path)
        self.stack.resetClean()  # unsaved until the user saves it
        self._unsaved_since_recovery = True
        self.write_recovery()  # now kept under this planner's own name
        self.recovery.discard(recovered)
        self._status(f"Restored unsaved work ({len(names)} scenarios); save it to keep it")
        return True

    def _clear_recovery(self) -> None:
        # A file that cannot be removed is offered once more at the next start.
        with contextlib.suppress(OSError):
            self.recovery.clear()

    # Small helpers -----------------------------------------------------------------------------

    def _folder(self) -> str:
        if self.path:
            return str(Path(self.path).parent)
        return str(self.settings.value(FOLDER_KEY) or Path.home())

    def _status(self, message: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(message, timeout)


def _name(path: str) -> str:
    return Path(path).name

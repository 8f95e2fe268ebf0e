"""The window's workbook file: New, Open, Save, Save As, the unsaved-changes question, the
title, and what a workbook brings along (its baseline; bundled files opened as templates).

"Modified" is the undo stack's clean state: a save or an open marks the stack clean, and any
command after it (or an undo back past it) makes the work unsaved. Files are read with
`read_workbook_file`, which only parses JSON and checks it field by field, and written with
`write_workbook` (the one atomic writer: temporary file renamed over the old one, the previous
version kept as FILE.bak, permissions kept), together with a copy of the baseline in use, so
the file reopens on the same numbers. A workbook that keeps a baseline other than the one in
use brings it along, and the window says so. Bundled files (the reference scenarios) open as
templates: Save asks where to save a copy, and the bundled file is never written.

A workbook is always saved as FILE.planner.json: a name typed with a spreadsheet's or a PDF's
ending is not silently extended (b.xlsx.planner.json) but explained, and saved as
b.planner.json when the user agrees; a name the dialog did not ask about (the ending added) is
never written over without asking. Opening a baseline spreadsheet (.xlsx, .xls, .csv or a folder
of CSV files) as a workbook offers File > Open Baseline instead of a JSON error.

Open Recent lives in recent_files.py, crash recovery in crash_recovery.py.
"""

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMainWindow, QMenu, QMessageBox

from planner.files.baseline_io import is_baseline_source
from planner.files.baseline_tables import content_hash
from planner.files.problems import InputError
from planner.files.recovery import RecoveryStore
from planner.files.safe_io import is_bundled
from planner.files.text import visible
from planner.files.workbook_json import (
    SaveError,
    WorkbookFile,
    read_workbook_file,
    write_workbook,
)
from planner.model import Engine, PlanYearError, Scenario
from planner.model.workbook import Workbook
from planner.paths import reference_workbook_path
from planner.present import translate
from planner.ui.crash_recovery import (
    RECOVERY_INTERVAL_MS,
    CrashRecovery,
    ask_about_recovery,
    default_recovery_folder,
)
from planner.ui.language import current_language
from planner.ui.recent_files import MAX_RECENT, RECENT_KEY, RecentFiles
from planner.ui.state import PlannerState, no_change_name

__all__ = [
    "MAX_RECENT",
    "RECENT_KEY",
    "RECOVERY_INTERVAL_MS",
    "WorkbookFiles",
    "ask_about_recovery",
    "default_recovery_folder",
]

FOLDER_KEY = "files/last_workbook_folder"
ENDING = ".planner.json"
# Endings a workbook is not saved under: what the planner writes with other menu entries (the
# results, the summary, the baseline template) or reads as a baseline, and a bare .json.
FOREIGN_ENDINGS = (".xlsx", ".xls", ".csv", ".pdf", ".json")
SHOWN_PROBLEMS = 12  # in the message itself; all of them in its details


def untitled() -> str:
    return translate("WorkbookFiles", "Untitled")


def filters() -> str:
    return translate("WorkbookFiles", "Planner workbooks (*.planner.json *.json);;All files (*)")


def menu_path(*entries: str) -> str:
    """Menu entries as the menu shows them, joined: 'File > Open Baseline…' (no & marks)."""
    return " > ".join(
        entry.replace("&&", "\0").replace("&", "").replace("\0", "&") for entry in entries
    )


def file_menu() -> str:
    return translate("MainWindow", "&File")


def scenarios_text(count: int) -> str:
    if count == 1:
        return translate("WorkbookFiles", "1 scenario")
    return translate("WorkbookFiles", "{count} scenarios").format(count=count)


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
        self.path = ""  # the file the workbook was opened from or saved to; "" = untitled
        self.template_of = ""  # the bundled file an untitled workbook was opened from
        self.notice = ""  # the last thing said about a workbook's baseline (for tests, too)
        self.pending_baseline = ""  # a baseline given as `planner FILE`, offered once shown

        def action(text, slot, shortcut=None, tip=""):
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.setStatusTip(tip)
            made.triggered.connect(lambda checked=False: slot())
            return made

        keys = QKeySequence.StandardKey
        self.new_action = action(
            translate("WorkbookFiles", "&New"),
            self.new_workbook,
            keys.New,
            translate("WorkbookFiles", "A new workbook with one scenario at no change"),
        )
        self.open_action = action(
            translate("WorkbookFiles", "&Open…"),
            self.open_file,
            keys.Open,
            translate("WorkbookFiles", "Open a workbook file"),
        )
        self.recent = RecentFiles(window, settings, self.open_file, self._status)
        self.recent_menu = self.recent.menu
        self.open_reference_action = action(
            translate("WorkbookFiles", "Open Re&ference Scenarios"),
            # In the window's language: a Finnish window opens the Finnish file (issue 13).
            lambda: self.open_file(str(reference_workbook_path(current_language()))),
            None,
            translate(
                "WorkbookFiles",
                "The bundled reference scenarios, as a template: saving asks where to keep a copy",
            ),
        )
        self.save_action = action(
            translate("WorkbookFiles", "&Save"),
            self.save,
            keys.Save,
            translate("WorkbookFiles", "Save the workbook"),
        )
        self.save_as_action = action(
            translate("WorkbookFiles", "Save &As…"),
            self.save_as,
            keys.SaveAs,
            translate("WorkbookFiles", "Save the workbook under another name"),
        )
        self.crash = CrashRecovery(
            window, recovery, self._recovery_snapshot, lambda: self.is_modified
        )
        self.recovery_timer = self.crash.timer
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

    @property
    def recovery(self) -> RecoveryStore:
        return self.crash.store

    @recovery.setter
    def recovery(self, store: RecoveryStore) -> None:
        self.crash.store = store

    def update_title(self) -> None:
        if self.path:
            name = Path(self.path).name
        elif self.template_of:
            name = translate("WorkbookFiles", "Untitled (from {name})").format(
                name=Path(self.template_of).name
            )
        else:
            name = untitled()
        title = f"{visible(self.state.scenario.name, 80)} — {visible(name, 80)}[*] — Planner"
        if self.window.windowTitle() != title:
            self.window.setWindowTitle(title)
        self.window.setWindowModified(self.is_modified)

    def _on_clean_changed(self, clean: bool) -> None:
        if not shiboken6.isValid(self.stack):
            return  # the stack clears itself while the window is destroyed: not a save
        self.window.setWindowModified(not clean)
        if clean:  # back to what is on disk: nothing to recover
            self.crash.unsaved_since_write = False
            self.crash.clear()

    def _on_stack_changed(self, _index: int) -> None:
        if shiboken6.isValid(self.stack) and not self.stack.isClean():
            self.crash.unsaved_since_write = True

    def _opened(self, path: str) -> None:
        """A workbook is in the window as it is on disk (or new, with no path). A bundled file
        becomes an untitled copy: Save then asks where to keep it."""
        self.template_of = ""
        if path and is_bundled(path):
            self.template_of, path = path, ""
        self.path = path
        self.stack.clear()  # its commands refer to the workbook that was there before
        self.stack.setClean()
        self.crash.unsaved_since_write = False
        self.crash.clear()
        if path:
            self.recent.add(path)
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
            no_change_name(), plan_year=current.plan_year, target_eur=current.target_eur
        )
        self.state.set_workbook(Workbook([scenario], baseline_name=self.state.baseline.name))
        self._opened("")
        return True

    def open_file(self, path: str | None = None) -> bool:
        """Open a workbook (asking for a file when none is given), after asking about unsaved
        work. A file that cannot be used is explained and the window keeps what it had. A
        baseline spreadsheet is offered to File > Open Baseline instead (the workbook stays,
        so nothing is asked about it)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("WorkbookFiles", "Open a workbook"),
                self._folder(),
                filters(),
            )
            if not path:
                return False
        if is_baseline_source(path):
            return self.offer_baseline(path)
        if not self.maybe_save():
            return False
        return self.load(path)

    def offer_baseline(self, path: str | Path) -> bool:
        """A baseline spreadsheet was opened as a workbook: say what it is, and open it with
        File > Open Baseline if the user wants. True if the baseline is now in use."""
        path = Path(path).absolute()
        baseline_actions = getattr(self.window, "baseline_actions", None)  # built after us
        entry = menu_path(
            file_menu(), translate("BaselineActions", "Open &Baseline…").removesuffix("…")
        )
        text = translate(
            "WorkbookFiles",
            "{name} is a baseline spreadsheet (the figures of a year), not a workbook of "
            "scenarios. A workbook is a .planner.json file; a baseline is an .xlsx workbook or a "
            "folder of CSV files, and opens with {entry}.",
        ).format(name=visible(path.name), entry=entry)
        more = []
        if path.suffix.lower() == ".xls":
            more.append(
                translate(
                    "WorkbookFiles",
                    "An .xls file is in Excel's old format: save it as an .xlsx workbook first.",
                )
            )
        if path.suffix.lower() == ".csv":
            more.append(
                translate(
                    "WorkbookFiles",
                    "A CSV file stands for its folder: every table of the baseline is read "
                    "from there.",
                )
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("WorkbookFiles", "This is a baseline"),
            text,
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        if more:
            box.setInformativeText("\n".join(more))
        open_button = None
        if baseline_actions is not None:
            open_button = box.addButton(
                translate("WorkbookFiles", "Open as &Baseline"), QMessageBox.ButtonRole.AcceptRole
            )
            box.setDefaultButton(open_button)
        if self.ask(box) is not open_button or open_button is None:
            return False
        return baseline_actions.open_source(path)

    def ask(self, box: QMessageBox) -> QAbstractButton | None:
        """Show a question box and wait; the button clicked (None when it was closed)."""
        box.exec()
        return box.clickedButton()

    def load(self, path: str | Path) -> bool:
        path = str(Path(path).absolute())
        try:
            opened = read_workbook_file(path)
        except InputError as error:
            self.show_problems(path, [str(problem) for problem in error.problems])
            return False
        except Exception as error:  # noqa: BLE001 - a file must never end in a traceback
            self.show_problems(
                path,
                [
                    translate("WorkbookFiles", "{path}: cannot be read ({error})").format(
                        path=visible(path, None), error=f"{error!r:.200}"
                    )
                ],
            )
            return False
        if not opened.workbook.scenarios:
            self.show_problems(
                path,
                [
                    translate("WorkbookFiles", "{path}: the workbook holds no scenario.").format(
                        path=visible(path, None)
                    )
                ],
            )
            return False
        try:
            self.use_workbook(opened, 0)
        except PlanYearError as error:
            self.show_problems(path, [f"{visible(path, None)}: {error}."])
            return False
        if not is_bundled(path):
            self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self._opened(path)
        self._status(
            translate("WorkbookFiles", "Opened {path} ({scenarios})").format(
                path=path, scenarios=scenarios_text(len(opened.workbook.scenarios))
            )
        )
        self.tell_about_baseline()
        return True

    def use_workbook(self, opened: WorkbookFile, current: int) -> None:
        """Put the workbook into the state (see use_workbook); remember what to tell."""
        self.notice = use_workbook(self.state, opened, current)

    def tell_about_baseline(self) -> None:
        """Say what happened to the baseline, without blocking (a window that stays open); a
        baseline spreadsheet given as `planner FILE` is offered to File > Open Baseline."""
        if self.pending_baseline:
            path, self.pending_baseline = self.pending_baseline, ""
            self.offer_baseline(path)
        if not self.notice:
            return
        self._status(self.notice.splitlines()[-1], 15000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("WorkbookFiles", "The workbook's baseline"),
            self.notice,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.notice_box = box

    def show_problems(self, path: str, problems: list[str]) -> None:
        """Every problem, in a message whose details the user can read in full and copy."""
        shown = problems[:SHOWN_PROBLEMS]
        more = len(problems) - len(shown)
        text = "\n".join(shown)
        if more > 0:
            text += "\n" + translate(
                "WorkbookFiles", "(and {count} more: see Show Details)"
            ).format(count=more)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("WorkbookFiles", "The workbook was not opened"),
            translate(
                "WorkbookFiles", "{name} cannot be opened; the window keeps what it had."
            ).format(name=visible(Path(path).name)),
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
        name = self.state.scenario.name if not self.template_of else Path(self.template_of).name
        name = name.removesuffix(ENDING).removesuffix(".json")
        suggested = self.path or str(Path(self._folder()) / (_file_name(name) + ENDING))
        while True:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("WorkbookFiles", "Save the workbook as"),
                suggested,
                filters(),
            )
            if not path:
                return False
            chosen = self.workbook_name(path)
            if chosen is None:
                return False  # cancelled
            if chosen:
                return self.write_to(chosen)
            suggested = str(Path(path).with_name(_workbook_file_name(path)))  # choose again

    def workbook_name(self, path: str) -> str | None:
        """The file to write for the name typed: the name itself when it ends in .planner.json
        (the dialog asked about replacing it), else NAME.planner.json, with the typed name's
        foreign ending (.xlsx, .pdf, …) dropped once the user agrees. "" to choose again, None
        to cancel. A file the dialog did not ask about is replaced only when the user says so."""
        if path.lower().endswith(ENDING):
            return path
        target = str(Path(path).with_name(_workbook_file_name(path)))
        suffix = Path(path).suffix.lower()
        if suffix in FOREIGN_ENDINGS:
            answer = self._ask_about_ending(path, target, suffix)
            if answer != "save":
                return None if answer == "cancel" else ""
        if Path(target).exists() and not self._replace(target):
            return ""
        return target

    def _ask_about_ending(self, path: str, target: str, suffix: str) -> str:
        """The answer: save (as the workbook's name), again (back to the dialog) or cancel."""
        text = translate(
            "WorkbookFiles",
            "A workbook is saved as a .planner.json file, so that it opens again with its "
            "scenarios; {name} would be saved as something else.",
        ).format(name=visible(Path(path).name))
        if suffix in (".xlsx", ".xls", ".csv"):
            export = translate("OutputActions", "Export &Results…")
            more = translate(
                "WorkbookFiles",
                "Spreadsheets of the results are written with {entry}, and the baseline as a "
                "spreadsheet with {template}.",
            ).format(
                entry=menu_path(file_menu(), export),
                template=menu_path(
                    file_menu(), translate("BaselineActions", "Save Baseline &Template…")
                ),
            )
        elif suffix == ".pdf":
            more = translate(
                "WorkbookFiles", "The printed summary is written as PDF with {entry}."
            ).format(entry=menu_path(file_menu(), translate("OutputActions", "Export P&DF…")))
        else:
            more = ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("WorkbookFiles", "Save the workbook as .planner.json?"),
            f"{text} {more}".strip(),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText(
            translate("WorkbookFiles", "Save it as {name}?").format(name=visible(Path(target).name))
        )
        save = box.addButton(
            translate("WorkbookFiles", "Save as {name}").format(name=visible(Path(target).name)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        again = box.addButton(
            translate("WorkbookFiles", "Choose &Another Name"), QMessageBox.ButtonRole.ResetRole
        )
        box.setDefaultButton(save)
        clicked = self.ask(box)
        return "save" if clicked is save else "again" if clicked is again else "cancel"

    def _replace(self, target: str) -> bool:
        """Replace a file the save dialog did not ask about? (The name written is not the one
        typed.)"""
        answer = QMessageBox.question(
            self.window,
            translate("WorkbookFiles", "Replace the file?"),
            translate("WorkbookFiles", "{name} already exists in {folder}. Replace it?").format(
                name=visible(Path(target).name), folder=visible(Path(target).parent, None)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def write_to(self, path: str | Path) -> bool:
        """Write the workbook (with the baseline in use); on failure say why, keep the work
        unsaved, and keep it for recovery at once."""
        path = str(Path(path).absolute())
        try:
            write_workbook(self.state.workbook, path, baseline=self.state.baseline)
        except Exception as error:  # noqa: BLE001 - SaveError, or anything else: always told
            message = (
                str(error)
                if isinstance(error, SaveError)
                else translate(
                    "WorkbookFiles",
                    "Could not save {path}: {error}. The file on disk is unchanged.",
                ).format(path=path, error=f"{error!r:.200}")
            )
            self.crash.unsaved_since_write = True
            self.crash.write()  # the work is kept for recovery now, not in a few seconds
            QMessageBox.critical(
                self.window,
                translate("WorkbookFiles", "The workbook was not saved"),
                translate(
                    "WorkbookFiles",
                    "{message}\n\nYour work is still open in the window (and kept for "
                    "recovery). Save it somewhere else with {entry}.",
                ).format(
                    message=visible(message, None),
                    entry=menu_path(file_menu(), self.save_as_action.text()).removesuffix("…"),
                ),
            )
            self.update_title()
            return False
        self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self.template_of = ""
        self.path = path
        self.stack.setClean()
        self.crash.clear()
        self.recent.add(path)
        self.update_title()
        self._status(translate("WorkbookFiles", "Saved {path}").format(path=path))
        return True

    def maybe_save(self) -> bool:
        """Before the work leaves the window: True to go on (saved, or the user chose to
        discard it), False to stay (Cancel, or the save failed)."""
        if not self.is_modified:
            return True
        name = Path(self.path).name if self.path else untitled()
        answer = QMessageBox.question(
            self.window,
            translate("WorkbookFiles", "Unsaved changes"),
            translate(
                "WorkbookFiles",
                "The workbook {name} has changes that are not saved. Save them first?",
            ).format(name=visible(name)),
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
        self.crash.stop()
        self.crash.clear()
        return True

    # Recent files (recent_files.py) ------------------------------------------------------------

    def recent_files(self) -> list[str]:
        return self.recent.files()

    def add_recent(self, path: str) -> None:
        self.recent.add(path)

    def fill_recent_menu(self) -> None:
        self.recent.fill_menu()

    # Crash recovery (crash_recovery.py) --------------------------------------------------------

    def _recovery_snapshot(self) -> tuple:
        state = self.state
        return state.workbook, self.path, state.scenario.name, state.baseline

    def write_recovery(self) -> None:
        """The timer's slot: write unsaved work if it changed since the last write."""
        self.crash.write()

    def offer_recovery(self) -> bool:
        """At start: offer the newest work left by a planner that crashed. True if restored."""
        found = self.crash.left_by_crashes()
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
        opened = WorkbookFile(
            recovered.workbook,
            recovered.baseline,
            content_hash(recovered.baseline) if recovered.baseline is not None else "",
        )
        try:
            self.use_workbook(opened, current)
        except PlanYearError as error:
            QMessageBox.warning(
                self.window,
                translate("WorkbookFiles", "The work was not restored"),
                translate("WorkbookFiles", "{error}. The recovered file is kept: {file}").format(
                    error=error, file=recovered.file
                ),
            )
            return False
        self._opened(recovered.original_path)
        self.stack.resetClean()  # unsaved until the user saves it
        self.window.setWindowModified(True)
        self.crash.unsaved_since_write = True
        self.crash.write()  # now kept under this planner's own name
        if not self.crash.failure:
            self.recovery.discard(recovered)
        self._status(
            translate(
                "WorkbookFiles", "Restored unsaved work ({scenarios}); save it to keep it"
            ).format(scenarios=scenarios_text(len(names)))
        )
        self.tell_about_baseline()
        return True

    # Small helpers -----------------------------------------------------------------------------

    def _folder(self) -> str:
        if self.path:
            return str(Path(self.path).parent)
        folder = str(self.settings.value(FOLDER_KEY) or Path.home())
        return str(Path.home()) if is_bundled(folder) else folder

    def _status(self, message: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(message, timeout)


def use_workbook(state: PlannerState, opened: WorkbookFile, current: int) -> str:
    """Put the workbook into the state, on the baseline it keeps when that differs from the
    one in use (its numbers travel with it). Returns what to tell the user ("" if nothing);
    raises PlanYearError, changing nothing."""
    notice = ""
    kept = opened.baseline
    if kept is None or opened.baseline_hash == content_hash(state.baseline):
        named = opened.workbook.baseline_name
        if kept is None and named and named != state.baseline.name:
            notice = translate(
                "WorkbookFiles",
                "This workbook was made on the baseline '{named}', which the file does not "
                "keep (it was saved by an older planner). Its scenarios are now evaluated on "
                "'{used}'. If that is not right, open the right baseline with {entry}.",
            ).format(
                named=visible(named), used=visible(state.baseline.name), entry=_open_baseline()
            )
        state.set_workbook(opened.workbook, current)
    else:
        engine, before = Engine(kept), state.engine
        try:
            state.set_engine(engine)
        except PlanYearError:
            state.set_workbook(opened.workbook, current)  # the other order, then
            state.set_engine(engine)
        else:
            try:
                state.set_workbook(opened.workbook, current)
            except PlanYearError:
                state.set_engine(before)
                raise
        notice = translate(
            "WorkbookFiles",
            "This workbook keeps its own baseline, '{name}' ({year}), which differs from the "
            "one in use before; the window now plans on the workbook's baseline, so its numbers "
            "are the ones it was saved with. To plan on another, use {entry}.",
        ).format(name=visible(kept.name), year=kept.year, entry=_open_baseline())
    if opened.notes:
        notice = "\n".join([*opened.notes, notice]).strip()
    return notice


def _open_baseline() -> str:
    return menu_path(file_menu(), translate("BaselineActions", "Open &Baseline…")).removesuffix("…")


def _workbook_file_name(path: str) -> str:
    """The workbook's file name for a name typed: 'b.xlsx' and 'b' -> 'b.planner.json'."""
    name = Path(path).name
    stem = name[: -len(Path(name).suffix)] if Path(name).suffix.lower() in FOREIGN_ENDINGS else name
    return (stem or untitled()) + ENDING


def _file_name(name: str) -> str:
    """A scenario name as a file name: no folder separators or characters Windows refuses."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned[:120] or untitled()

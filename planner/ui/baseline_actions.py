"""File > Open Baseline and File > Save Baseline Template.

Opening a baseline validates it fully; on any problem the list of every problem is shown (to
read and copy) and the baseline in use stays. A usable one becomes an undoable step: the
workbook's scenarios are evaluated on it from then on.
"""

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.files.problems import InputError
from planner.model import Engine, PlanYearError
from planner.present import translate
from planner.ui.output_actions import _busy
from planner.ui.problems_dialog import ProblemsDialog
from planner.ui.state import PlannerState
from planner.ui.undo import UndoableEdits

LAST_FOLDER = "files/last_baseline_folder"


def filters() -> str:
    return translate(
        "BaselineActions",
        "Baseline workbook (*.xlsx);;Baseline folder of CSV files: pick any of its .csv files "
        "(*.csv)",
    )


class BaselineActions(QObject):
    def __init__(
        self, window: QWidget, state: PlannerState, edits: UndoableEdits, settings: QSettings
    ):
        super().__init__(window)
        self.window, self.state, self.edits, self.settings = window, state, edits, settings
        self.open_baseline_action = QAction(translate("BaselineActions", "Open &Baseline…"), self)
        self.open_baseline_action.setStatusTip(
            translate(
                "BaselineActions",
                "Plan on another baseline: an .xlsx workbook or a folder of CSV files",
            )
        )
        self.open_baseline_action.triggered.connect(self.ask_and_open)
        self.save_template_action = QAction(
            translate("BaselineActions", "Save Baseline &Template…"), self
        )
        self.save_template_action.setStatusTip(
            translate(
                "BaselineActions",
                "Write the baseline in use as an Excel workbook to edit and import",
            )
        )
        self.save_template_action.triggered.connect(self.save_template)

    def actions(self) -> list[QAction]:
        return [self.open_baseline_action, self.save_template_action]

    def ask_and_open(self) -> None:
        folder = self.settings.value(LAST_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("BaselineActions", "Open a baseline"), folder, filters()
        )
        if path:
            self.open_source(path)

    def open_source(self, path: str | Path) -> bool:
        """Open the baseline a chosen file is part of: a CSV file stands for the folder
        holding it (every table is a file there); a workbook or a folder for itself."""
        path = Path(path)
        return self.open_baseline(path.parent if path.suffix.lower() == ".csv" else path)

    def open_baseline(self, path: str | Path) -> bool:
        """Read, validate and use the baseline at `path`; False (and a message) if not."""
        from planner.files.baseline_io import load_baseline

        self.settings.setValue(LAST_FOLDER, str(Path(path).parent))
        try:
            with _busy():
                engine = Engine(load_baseline(path))
        except InputError as error:
            ProblemsDialog(
                translate("BaselineActions", "The baseline was not opened"),
                translate(
                    "BaselineActions",
                    "{path} cannot be used; the baseline in use stays. Fix these in the file "
                    "and open it again:",
                ).format(path=path),
                [str(problem) for problem in error.problems],
                self.window,
            ).exec()
            return False
        try:
            self.edits.set_engine(engine)
        except PlanYearError as error:
            QMessageBox.warning(
                self.window,
                translate("BaselineActions", "The baseline was not opened"),
                translate(
                    "BaselineActions", "The current scenario cannot be evaluated on it: {error}."
                ).format(error=error),
            )
            return False
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(
                translate(
                    "BaselineActions",
                    "Now planning on the baseline {name} from {path} ({undo} goes back)",
                ).format(name=engine.baseline.name, path=path, undo=_undo_entry()),
                10000,
            )
        return True

    def save_template(self) -> None:
        from planner.files.safe_io import is_bundled
        from planner.files.template import write_template

        baseline = self.state.baseline
        folder = self.settings.value(LAST_FOLDER) or str(Path.home())
        if is_bundled(folder):  # the bundled data is read-only: suggest the home folder
            folder = str(Path.home())
        name = translate("BaselineActions", "baseline {name}.xlsx").format(name=baseline.name)
        suggested = str(Path(folder) / name)
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("BaselineActions", "Save the baseline as an Excel template"),
            suggested,
            translate("BaselineActions", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            with _busy():
                write_template(path, baseline)  # the baseline in use, as it is in memory
        except InputError as error:  # a WriteError too: no permission, a device, bundled data
            QMessageBox.warning(
                self.window,
                translate("BaselineActions", "The template was not saved"),
                error.summary(),
            )
            return
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(
                translate("BaselineActions", "Saved the baseline template to {path}").format(
                    path=path
                ),
                8000,
            )


def _undo_entry() -> str:
    """'Edit > Undo' as the menus say it."""
    edit = translate("MainWindow", "&Edit").replace("&", "")
    undo = translate("BaselineActions", "Undo")
    return f"{edit} > {undo}"

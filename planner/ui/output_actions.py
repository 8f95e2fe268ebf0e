"""File-menu actions that take results out of the window: the printed summary (print preview,
print, PDF) and spreadsheet exports.

They read the state owner and never change it. The summary is built by planner.report, the
same document the `planner report` command writes, so preview, paper and PDF agree.
"""

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from planner.files.problems import InputError
from planner.model import ScenarioResult, evaluate_scenario
from planner.present import translate
from planner.ui.scenario_picker import ScenarioPicker
from planner.ui.state import PlannerState

LAST_FOLDER = "files/last_export_folder"


class OutputActions(QObject):
    def __init__(
        self,
        window: QWidget,
        state: PlannerState,
        settings: QSettings,
        workbook_path: Callable[[], str] = lambda: "",
    ):
        super().__init__(window)
        self.window, self.state, self.settings = window, state, settings
        self.workbook_path = workbook_path

        def action(text: str, slot, shortcut=None, tip: str = "") -> QAction:
            made = QAction(text, self)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.setStatusTip(tip)
            made.triggered.connect(slot)
            return made

        self.print_preview_action = action(
            translate("OutputActions", "Print Pre&view…"),
            self.print_preview,
            QKeySequence("Ctrl+Shift+P"),
            translate("OutputActions", "Preview the printed summary of the scenarios you choose"),
        )
        self.print_action = action(
            translate("OutputActions", "&Print…"),
            self.print_summary,
            QKeySequence.StandardKey.Print,
            translate("OutputActions", "Print the summary of the scenarios you choose"),
        )
        self.export_pdf_action = action(
            translate("OutputActions", "Export P&DF…"),
            self.export_pdf,
            QKeySequence("Ctrl+Shift+E"),
            translate("OutputActions", "Save the printed summary as a PDF file"),
        )
        self.export_results_action = action(
            translate("OutputActions", "Export &Results…"),
            self.export_results,
            None,
            translate(
                "OutputActions",
                "Save levers, savings, service volumes, budget and warnings to .xlsx or .csv",
            ),
        )

    def actions(self) -> list[QAction | None]:
        """In menu order; None stands for a separator."""
        return [
            self.print_preview_action,
            self.print_action,
            self.export_pdf_action,
            None,
            self.export_results_action,
        ]

    # The summary ------------------------------------------------------------------------------

    def summary(self, names: list[str]):
        from planner.analysis.uncertainty import DEFAULT_DRAWS, DEFAULT_SEED
        from planner.report import ReportContext, build_summary

        # The same paper as `planner report`: a risk page per scenario, at the command line's
        # default draws and seed (stated on the page), so screen-made and command-line PDFs agree.
        with _busy():
            return build_summary(
                self.results(names),
                self.state.baseline,
                ReportContext(
                    workbook_path=self.workbook_path() or "", draws=DEFAULT_DRAWS, seed=DEFAULT_SEED
                ),
            )

    def _document_and_printer(self, action: str):
        """The summary of the scenarios the user picks and a printer set up for it, or
        (None, None) when the user cancels."""
        from PySide6.QtPrintSupport import QPrinter

        names = self.choose_scenarios(action)
        if not names:
            return None, None
        document = self.summary(names)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        document.configure_printer(printer)
        return document, printer

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        document, printer = self._document_and_printer(translate("OutputActions", "Print preview"))
        if document is None:
            return
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(
            translate("OutputActions", "Print preview: {title}").format(title=document.title)
        )
        dialog.paintRequested.connect(document.print_to)
        dialog.exec()

    def print_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        document, printer = self._document_and_printer(translate("OutputActions", "Print"))
        if document is None:
            return
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with _busy():
                document.print_to(printer)
        except OSError as error:
            self._failed(translate("OutputActions", "The summary was not printed"), str(error))

    def export_pdf(self) -> None:
        names = self.choose_scenarios(translate("OutputActions", "Export PDF"))
        if not names:
            return
        path = self.ask_save_path(
            translate("OutputActions", "Export the summary as PDF"),
            names,
            translate("OutputActions", "PDF files (*.pdf)"),
            ".pdf",
            translate("OutputActions", "summary"),
        )
        if not path:
            return
        document = self.summary(names)
        try:
            with _busy():
                document.write_pdf(path)
        except OSError as error:
            self._failed(
                translate("OutputActions", "The PDF was not saved"), f"{path}: {_reason(error)}"
            )
            return
        self._status(
            translate("OutputActions", "Saved the summary ({count} pages) to {path}").format(
                count=document.page_count, path=path
            )
        )

    # Spreadsheets -----------------------------------------------------------------------------

    def export_results(self) -> None:
        from planner.files.export import export_results

        names = self.choose_scenarios(
            translate("OutputActions", "Export results"),
            translate(
                "OutputActions",
                "Scenarios to export, in this order (each gets its columns in every sheet):",
            ),
        )
        if not names:
            return
        path = self.ask_save_path(
            translate("OutputActions", "Export results"),
            names,
            translate("OutputActions", "Excel workbook (*.xlsx);;CSV, one long table (*.csv)"),
            ".xlsx",
            translate("OutputActions", "results"),
        )
        if not path:
            return
        try:
            with _busy():
                export_results(self.results(names), path, self.state.baseline)
        except InputError as error:
            self._failed(
                translate("OutputActions", "The results were not exported"), error.summary()
            )
            return
        self._status(
            translate("OutputActions", "Exported {count} scenario(s) to {path}").format(
                count=len(names), path=path
            )
        )

    # Shared -----------------------------------------------------------------------------------

    def results(self, names: list[str]) -> list[ScenarioResult]:
        workbook = self.state.workbook
        return [evaluate_scenario(self.state.engine, workbook.scenario(name)) for name in names]

    def choose_scenarios(self, action: str, explanation: str = "") -> list[str]:
        """The scenarios to include: asked only when the workbook holds more than one.
        `explanation` replaces the picker's words about the printed summary (an export)."""
        names = self.state.workbook.names()
        current = self.state.scenario.name
        if len(names) == 1:
            return names
        picker = ScenarioPicker(names, current, action, self.window)
        if explanation:
            picker.findChild(QLabel).setText(explanation)
        self.picker = picker  # the last one shown (tests read its words)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return []
        return picker.chosen()

    def start_folder(self) -> str:
        """Where a save dialog opens: the open workbook's folder, else the folder of the last
        export, else the home folder."""
        workbook = self.workbook_path() or ""
        if workbook and Path(workbook).parent.is_dir():
            return str(Path(workbook).resolve().parent)
        last = self.settings.value(LAST_FOLDER)
        if last and Path(str(last)).is_dir():
            return str(last)
        return str(Path.home())

    def suggested_name(self, names: list[str], kind: str) -> str:
        """'City plan – results' for the workbook city-plan.planner.json: the workbook's name
        (or the one scenario's, or 'Planner') and what the file holds."""
        workbook = Path(self.workbook_path() or "")
        stem = workbook.name.removesuffix(".json").removesuffix(".planner") if workbook.name else ""
        if len(names) == 1:
            stem = f"{stem} – {names[0]}" if stem else names[0]
        elif not stem:
            stem = translate("OutputActions", "Planner scenarios")
        return _safe(f"{stem} – {kind}")

    def ask_save_path(
        self, title: str, names: list[str], filters: str, ending: str, kind: str = ""
    ) -> str:
        name = self.suggested_name(names, kind or translate("OutputActions", "results"))
        suggested = str(Path(self.start_folder()) / (name + ending))
        path, chosen_filter = QFileDialog.getSaveFileName(self.window, title, suggested, filters)
        if not path:
            return ""
        if Path(path).suffix.lower() not in (".pdf", ".xlsx", ".csv"):
            match = re.search(r"\*(\.\w+)", chosen_filter or "")
            path += match.group(1) if match else ending
        self.settings.setValue(LAST_FOLDER, str(Path(path).parent))
        return path

    def _failed(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, title, message)

    def _status(self, message: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(message, 8000)


class _busy:
    """A wait cursor while something takes a moment (a summary of many pages, an export)."""

    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()
        return False


def _safe(stem: str) -> str:
    """A file name every system takes."""
    return re.sub(r'[\\/:*?"<>|]+', "-", stem).strip() or "summary"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)

"""File > Print Preview / Print / Export PDF / Export Results / Save Baseline Template, driven
as a user drives them (dialogs answered by monkeypatching), checked against the model."""

import re
import subprocess
import sys

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from planner.files.baseline_io import load_baseline
from planner.files.workbook_json import read_workbook
from planner.model import Engine, evaluate_scenario
from planner.paths import bundled_baseline_dir, reference_workbook_path
from planner.present import numbers as fmt
from planner.present.names import localise_engine
from planner.present.translate import install_names
from planner.ui.language import apply_language
from planner.ui.main_window import MainWindow
from planner.ui.scenario_picker import ScenarioPicker
from planner.ui.state import PlannerState
from tests.report.pdftext import page_texts

REPORTED = "Reported programme (€70M)"
CITY = "City programme 2024 (€29M)"
FOOTER_TIME = re.compile(r"Generated \d{4}-\d\d-\d\d \d\d:\d\d")


@pytest.fixture
def references_open(window):
    window.state.set_workbook(read_workbook(reference_workbook_path()), 1)
    return window


@pytest.fixture
def answers(monkeypatch):
    """What the user answers: the scenarios picked, the file named, the warnings seen."""

    class Answers:
        picked: list[str] | None = None  # None = cancel the picker
        save_path = ""
        warnings: list[tuple[str, str]] = []

    answers = Answers()
    answers.warnings = []

    def pick(dialog):
        if answers.picked is None:
            return QDialog.DialogCode.Rejected
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            wanted = item.text() in answers.picked
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ScenarioPicker, "exec", pick)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (answers.save_path, "")),
    )
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text, *a: answers.warnings.append((title, text))),
    )
    return answers


def without_time(texts: list[str]) -> list[str]:
    return [FOOTER_TIME.sub("Generated …", text) for text in texts]


def test_export_pdf_writes_the_same_summary_as_the_command_line(references_open, answers, tmp_path):
    window = references_open
    answers.picked = [REPORTED]
    answers.save_path = str(tmp_path / "from-window.pdf")
    window.output_actions.export_pdf_action.trigger()
    assert answers.warnings == []
    window_pages = page_texts(tmp_path / "from-window.pdf")

    result = evaluate_scenario(window.state.engine, window.state.workbook.scenario(REPORTED))
    assert fmt.eur(result.total_plan_year) in window_pages[0]
    count = len(window_pages)
    for number, text in enumerate(window_pages, start=1):
        assert f"page {number} of {count}" in text
    assert "Saved the summary" in window.statusBar().currentMessage()

    cli_pdf = tmp_path / "from-cli.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "planner",
            "report",
            str(reference_workbook_path()),
            "--scenario",
            REPORTED,
            "--out",
            str(cli_pdf),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    # The same document but for the workbook path shown (the window has no file open here).
    cli_pages = [t.replace(str(reference_workbook_path()), "") for t in page_texts(cli_pdf)]
    assert len(cli_pages) == count
    assert without_time(window_pages)[1:] == without_time(cli_pages)[1:]


def test_print_preview_paints_the_same_pages(references_open, answers, tmp_path, monkeypatch):
    answers.picked = [REPORTED, CITY]
    answers.save_path = str(tmp_path / "exported.pdf")
    references_open.output_actions.export_pdf_action.trigger()

    previewed = tmp_path / "previewed.pdf"

    def exec_preview(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(previewed))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_preview)
    references_open.output_actions.print_preview_action.trigger()
    assert without_time(page_texts(previewed)) == without_time(
        page_texts(tmp_path / "exported.pdf")
    )
    assert "Comparison of 2 scenarios" in page_texts(previewed)[0]


def test_print_sends_the_pages_to_the_chosen_printer(
    references_open, answers, tmp_path, monkeypatch
):
    answers.picked = [CITY]
    printed = tmp_path / "printed.pdf"

    def exec_print(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_print)
    references_open.output_actions.print_action.trigger()
    pages = page_texts(printed)
    result = evaluate_scenario(
        references_open.state.engine, references_open.state.workbook.scenario(CITY)
    )
    assert CITY in pages[0]
    assert fmt.eur(result.total_plan_year) in pages[0]


def test_cancelled_picker_writes_nothing(references_open, answers, tmp_path):
    answers.picked = None
    answers.save_path = str(tmp_path / "never.pdf")
    references_open.output_actions.export_pdf_action.trigger()
    assert not (tmp_path / "never.pdf").exists()


def test_a_failed_pdf_export_says_where_and_keeps_running(references_open, answers, tmp_path):
    answers.picked = [REPORTED]
    answers.save_path = str(tmp_path / "no-such-folder" / "summary.pdf")
    references_open.output_actions.export_pdf_action.trigger()
    ((title, text),) = answers.warnings
    assert title == "The PDF was not saved"
    assert "no-such-folder/summary.pdf" in text
    assert not (tmp_path / "no-such-folder").exists()
    assert references_open.isVisible()


def test_export_results_to_xlsx_reads_back_as_the_model(references_open, answers, tmp_path):
    answers.picked = [REPORTED, CITY]
    answers.save_path = str(tmp_path / "results")  # no ending typed: .xlsx is added
    references_open.output_actions.export_results_action.trigger()
    assert answers.warnings == []
    summary = pd.read_excel(tmp_path / "results.xlsx", sheet_name="Summary")
    engine, workbook = references_open.state.engine, references_open.state.workbook
    assert list(summary["Scenario"]) == [CITY, REPORTED]  # in workbook order
    for name, saved in zip(summary["Scenario"], summary["Savings in plan year (€)"], strict=True):
        expected = evaluate_scenario(engine, workbook.scenario(name)).total_plan_year
        assert saved == pytest.approx(expected, rel=1e-12)


@pytest.fixture
def finnish_references_open(qtbot, settings):
    """A window in Finnish (Settings > Language, then a start) with the reference workbook."""
    apply_language("fi")
    engine = localise_engine(Engine(load_baseline(bundled_baseline_dir())))
    main = MainWindow(PlannerState(engine), settings)
    qtbot.addWidget(main)
    main.show()
    main.state.set_workbook(read_workbook(reference_workbook_path()), 1)
    yield main
    main.close()
    apply_language("en")
    install_names({})


def test_a_finnish_window_exports_in_finnish(finnish_references_open, answers, tmp_path):
    window = finnish_references_open
    answers.picked = [REPORTED]
    answers.save_path = str(tmp_path / "tulokset.xlsx")
    window.output_actions.export_results_action.trigger()
    answers.save_path = str(tmp_path / "tulokset.csv")
    window.output_actions.export_results_action.trigger()
    assert answers.warnings == []
    book = openpyxl.load_workbook(tmp_path / "tulokset.xlsx")
    assert book.sheetnames[:3] == ["Yhteenveto", "Toimenpiteet", "Vuodet"]
    summary = pd.read_excel(tmp_path / "tulokset.xlsx", sheet_name="Yhteenveto")
    expected = evaluate_scenario(window.state.engine, window.state.workbook.scenario(REPORTED))
    assert list(summary["Skenaario"]) == [REPORTED]
    assert summary["Säästöt suunnitteluvuonna (€)"][0] == pytest.approx(
        expected.total_plan_year, rel=1e-12
    )
    services = pd.read_excel(tmp_path / "tulokset.xlsx", sheet_name="Palvelut")
    assert "Kotihoidon käynnit" in set(services["Palvelu"])  # the baseline's Finnish names
    frame = pd.read_csv(tmp_path / "tulokset.csv", encoding="utf-8-sig", sep=";", decimal=",")
    assert list(frame.columns)[:2] == ["skenaario", "taulukko"]
    total = frame[
        (frame["taulukko"] == "Yhteenveto") & (frame["mittari"] == "Säästöt suunnitteluvuonna (€)")
    ]
    assert list(total["arvo"]) == [expected.total_plan_year]


def test_save_baseline_template(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "template.xlsx")
    window.baseline_actions.save_template_action.trigger()
    assert answers.warnings == []
    sheets = openpyxl.load_workbook(tmp_path / "template.xlsx", read_only=True).sheetnames
    assert {"services", "fees", "budget", "provenance"} <= set(sheets)


def test_single_scenario_workbook_needs_no_picker(window, answers, tmp_path, monkeypatch):
    def never(dialog):
        raise AssertionError("the picker should not be shown for one scenario")

    monkeypatch.setattr(ScenarioPicker, "exec", never)
    answers.save_path = str(tmp_path / "one.pdf")
    window.output_actions.export_pdf_action.trigger()
    assert (tmp_path / "one.pdf").exists()

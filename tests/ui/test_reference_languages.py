"""File > Open Reference Scenarios in a Finnish or Swedish window (issue 13): the reference
scenarios in the window's language, opened as a bundled template like the English file."""

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from planner.files.baseline_io import load_baseline
from planner.files.safe_io import is_bundled
from planner.files.workbook_json import read_workbook
from planner.model import Engine
from planner.paths import bundled_baseline_dir, reference_workbook_file
from planner.present.names import localise_engine
from planner.present.translate import install_names
from planner.ui.language import apply_language
from planner.ui.main_window import MainWindow
from planner.ui.state import PlannerState

FIRST = {"fi": "Ei muutoksia (2024)", "sv": "Ingen ändring (2024)"}
REPORTED = {"fi": "Raportoitu ohjelma (70 M€)", "sv": "Rapporterat program (70 M€)"}


@pytest.fixture(params=["fi", "sv"])
def language_window(request, qtbot, settings):
    apply_language(request.param)
    engine = localise_engine(Engine(load_baseline(bundled_baseline_dir())))
    main = MainWindow(PlannerState(engine), settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()
    yield request.param, main
    main.close()
    apply_language("en")
    install_names({})


def _listed(window) -> list[str]:
    model = window.scenario_panel.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_open_reference_scenarios_opens_the_windows_language(language_window):
    language, window = language_window
    window.files.open_reference_action.trigger()
    path = reference_workbook_file(language)
    assert window.state.workbook.names() == read_workbook(path).names()
    assert _listed(window)[0] == FIRST[language]
    assert REPORTED[language] in _listed(window)
    # A bundled template, as the English file: no path to save to, the title names the file.
    assert is_bundled(path)
    assert window.files.path == ""
    assert window.files.template_of == str(path)
    assert path.name in window.windowTitle()
    assert not window.isWindowModified()


def test_saving_the_languages_reference_scenarios_asks_where(
    language_window, monkeypatch, tmp_path
):
    language, window = language_window
    path = reference_workbook_file(language)
    before = path.read_bytes()
    target = tmp_path / "omat.planner.json"
    asked = []

    def where(*args, **kwargs):
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", where)
    window.files.open_reference_action.trigger()
    window.edits.set_lever("digital_shift", 12)
    window.files.save_action.trigger()
    assert len(asked) == 1  # Save asked where, as for any bundled file
    assert window.files.path == str(target) and not window.isWindowModified()
    assert read_workbook(target).names()[0] == FIRST[language]
    assert path.read_bytes() == before  # the bundled file is never written

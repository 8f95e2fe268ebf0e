"""Issue 13, text fits: the layout checks of tests/ui/test_layout.py (no headline text cut, no
two chart texts overlapping, names in view while tables scroll, sliders wide enough) with the
window in Finnish and in Swedish, whose words are longer, at 1280x800 with the Scenarios panel
open and closed, at no change and with every lever of the Reported programme moved."""

import pytest
from PySide6.QtWidgets import QApplication

from planner.files.baseline_io import load_baseline
from planner.model import Engine
from planner.paths import bundled_baseline_dir
from planner.present.names import localise_engine
from planner.present.translate import install_names
from planner.ui.language import apply_language
from planner.ui.main_window import MainWindow
from planner.ui.state import PlannerState
from tests.ui.test_layout import check_layout, reported_programme


@pytest.fixture(params=["fi", "sv"])
def translated_window(request, qtbot, settings):
    apply_language(request.param)
    engine = localise_engine(Engine(load_baseline(bundled_baseline_dir())))
    main = MainWindow(PlannerState(engine), settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()
    yield main
    main.close()
    apply_language("en")
    install_names({})


@pytest.mark.parametrize("panel_open", [True, False], ids=["panel-open", "panel-closed"])
def test_the_translated_window_fits(qtbot, translated_window, panel_open):
    check_layout(qtbot, translated_window, (1280, 800), panel_open)
    reported_programme(translated_window)
    check_layout(qtbot, translated_window, (1280, 800), panel_open)

"""Issue 13, text fits: the layout checks of tests/ui/test_layout.py (no headline text cut, no
two chart texts overlapping, names in view while tables scroll, sliders wide enough) with the
window in Finnish and in Swedish, whose words are longer, at 1280x800 with the Scenarios panel
open and closed, at no change and with every lever of the Reported programme moved."""

import pytest

from tests.ui.helpers import window_in_language
from tests.ui.test_layout import check_layout, reported_programme


@pytest.fixture(params=["fi", "sv"])
def translated_window(request, qtbot, settings):
    yield from window_in_language(qtbot, settings, request.param)


@pytest.mark.parametrize("panel_open", [True, False], ids=["panel-open", "panel-closed"])
def test_the_translated_window_fits(qtbot, translated_window, panel_open):
    check_layout(qtbot, translated_window, (1280, 800), panel_open)
    reported_programme(translated_window)
    check_layout(qtbot, translated_window, (1280, 800), panel_open)

"""Compare opened on the workbook a new window starts with (one scenario, then two)."""


def test_compare_opens_on_the_start_up_workbook(qtbot, window):
    shown = window.compare.show()
    qtbot.waitExposed(shown)
    assert shown.isVisible()
    shown.close()


def test_compare_opens_after_duplicate(qtbot, window):
    window.scenario_panel.duplicate_action.trigger()
    assert len(window.state.workbook.scenarios) == 2
    shown = window.compare.show()
    qtbot.waitExposed(shown)
    assert shown.isVisible()
    shown.close()

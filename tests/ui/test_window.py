"""The window driven as a user drives it: spin boxes, sliders, keys, menus, undo and redo.

Every check compares what the views show with `evaluate_scenario` on the same inputs.
"""

from html import escape

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QStyleOptionSlider

from planner import __version__
from planner.model import LEVERS, Scenario, evaluate_scenario
from planner.present.figures import figure_name
from tests.ui.helpers import assert_views_show, snapshot

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def expected(engine, plan_year=2024, target=70_000_000.0, **levers):
    return evaluate_scenario(
        engine, Scenario("expected", levers, plan_year=plan_year, target_eur=target)
    )


def type_into(qtbot, spin, text: str) -> None:
    """Select the number in a spin box, type over it and press Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def row(window, lever_id):
    return window.lever_panel.rows[lever_id]


def test_opens_on_no_change(window, engine):
    assert_views_show(window, expected(engine))
    assert window.headline.savings_label.text() == "Savings 0.0 M€ of the 70.0 M€ target"
    assert window.headline.gap_label.text() == "0.0 % reached · €70,000,000 short"
    assert window.warnings_label.text() == "<b>No warnings</b>"
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "Undo"
    assert all(
        row.spin.value() == lever.no_change
        for row, lever in zip(window.lever_panel.rows.values(), LEVERS, strict=True)
    )


def test_a_lever_set_by_typing_in_its_spin_box(qtbot, window, engine):
    type_into(qtbot, row(window, "office_space_cut").spin, "20")
    assert window.state.scenario.levers["office_space_cut"] == 20.0
    result = expected(engine, office_space_cut=20)
    assert_views_show(window, result)
    # The office lever's in-year effect, then the one-off costs as a cost, then the total.
    assert window.bridge_chart.categories[0] == "Office"
    assert window.bridge_chart.values_eur[0] == pytest.approx(3_000_000)
    assert window.bridge_chart.values_eur[6] == pytest.approx(-1_200_000)
    assert window.bridge_chart.labels.texts()[0] == "+3.0 M€"
    assert window.bridge_chart.labels.texts()[6] == "−1.2 M€"
    assert window.headline.plan_year_label.text() == "Plan year 2024: <b>€1,800,000</b>"
    assert window.headline.one_off_label.text() == "One-off costs included: −€1,200,000"
    assert window.warnings_label.text() == "<b>No warnings</b>"
    assert row(window, "office_space_cut").slider.value() == 2000  # hundredths of a percent
    assert window.undo_action.text() == "Undo set Office space given up to 20.0 %"


def test_a_fraction_typed_is_kept_exactly(qtbot, window, engine):
    type_into(qtbot, row(window, "outsourced_labour_cut").spin, "95.82")
    assert window.state.scenario.levers["outsourced_labour_cut"] == 95.82
    assert_views_show(window, expected(engine, outsourced_labour_cut=95.82))
    assert window.undo_action.text() == "Undo set Outsourced labour removed to 95.82 %"


def test_slider_by_keyboard_arrows_and_page_keys(qtbot, window, engine):
    slider = row(window, "digital_shift").slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert window.state.scenario.levers["digital_shift"] == 12.0
    assert row(window, "digital_shift").spin.value() == 12.0
    assert_views_show(window, expected(engine, digital_shift=12))
    assert window.undo_stack.count() == 3  # each key press is a step
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert window.state.scenario.levers["digital_shift"] == 50.0  # the lever's maximum
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    assert_views_show(window, expected(engine))


def test_spin_box_arrow_and_page_keys(qtbot, window, engine):
    spin = row(window, "client_fee_alignment").spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_PageUp)
    assert window.state.scenario.levers["client_fee_alignment"] == 11.0
    assert_views_show(window, expected(engine, client_fee_alignment=11))


def test_slider_set_value_updates_every_view(window, engine):
    row(window, "finance_training").slider.setValue(4000)  # the slider counts hundredths
    assert row(window, "finance_training").spin.value() == 40.0
    assert_views_show(window, expected(engine, finance_training=40))


def test_a_slider_drag_is_one_undo_step(window, engine):
    slider = row(window, "outsourced_labour_cut").slider
    slider.setSliderDown(True)  # what a mouse press on the handle does
    for value in (5, 10, 30, 55):
        slider.setValue(value * 100)
    slider.setSliderDown(False)
    assert window.undo_stack.count() == 1
    assert window.undo_action.text() == "Undo set Outsourced labour removed to 55.0 %"
    assert_views_show(window, expected(engine, outsourced_labour_cut=55))
    window.undo_action.trigger()
    assert window.state.scenario.levers["outsourced_labour_cut"] == 0.0
    assert_views_show(window, expected(engine))
    # A second drag is a step of its own, and a drag back to where it began is none.
    slider.setSliderDown(True)
    slider.setValue(2000)
    slider.setValue(0)
    slider.setSliderDown(False)
    assert window.undo_stack.index() == 0


def test_a_mouse_drag_on_the_slider_is_one_undo_step(qtbot, window):
    slider = row(window, "office_space_cut").slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )
    start = handle.center()
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for dx in (10, 25, 40, 60):
        qtbot.mouseMove(slider, start + QPoint(dx, 0))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    value = window.state.scenario.levers["office_space_cut"]
    assert value > 0
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.state.scenario.levers["office_space_cut"] == 0.0
    assert slider.value() == 0


def test_step_and_reset_buttons(qtbot, window, engine):
    lever = row(window, "own_staff_backfill")
    qtbot.mouseClick(lever.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lever.up_button, Qt.MouseButton.LeftButton)
    assert window.state.scenario.levers["own_staff_backfill"] == 2.0
    result = expected(engine, own_staff_backfill=2)
    assert_views_show(window, result)
    assert [w.code for w in result.warnings] == ["backfill_without_cut"]
    assert "Removed hours backfilled by own staff" in window.warnings_model.data(
        window.warnings_model.index(0, 0)
    )
    qtbot.mouseClick(lever.down_button, Qt.MouseButton.LeftButton)
    assert window.state.scenario.levers["own_staff_backfill"] == 1.0
    assert lever.reset_button.isEnabled()
    qtbot.mouseClick(lever.reset_button, Qt.MouseButton.LeftButton)
    assert window.state.scenario.levers["own_staff_backfill"] == 0.0
    assert not lever.reset_button.isEnabled()
    assert not lever.down_button.isEnabled()  # at its minimum
    assert_views_show(window, expected(engine))


def test_every_lever_by_keyboard_alone(qtbot, window, engine):
    """Tab from the plan year reaches each lever's slider, spin box and reset in turn."""
    panel = window.lever_panel
    panel.plan_settings.year.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.plan_settings.year)

    def tab():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    tab()
    assert QApplication.focusWidget() is panel.plan_settings.target
    tools = window.plan_tools  # Targets by year…, Reach the target…, each lever's timing
    for button in (tools.targets_button, tools.reach_button):
        tab()
        assert QApplication.focusWidget() is button
    values = {}
    for lever in LEVERS:
        tab()
        assert QApplication.focusWidget() is panel.rows[lever.id].slider
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)  # +10 on the slider
        tab()
        spin = panel.rows[lever.id].spin
        assert QApplication.focusWidget() is spin
        qtbot.keyClick(spin, Qt.Key.Key_Up)  # +1 in the spin box
        values[lever.id] = 11.0
        tab()
        assert QApplication.focusWidget() is panel.rows[lever.id].reset_button
        for button in (tools.timing.buttons[lever.id], tools.timing.seek_buttons[lever.id]):
            tab()
            assert QApplication.focusWidget() is button
    assert window.state.scenario.levers == values
    assert_views_show(window, expected(engine, **values))
    tab()
    assert QApplication.focusWidget() is panel.reset_all_button
    qtbot.keyClick(panel.reset_all_button, Qt.Key.Key_Space)
    assert_views_show(window, expected(engine))


def test_plan_year_and_target(qtbot, window, engine):
    settings = window.lever_panel.plan_settings
    type_into(qtbot, settings.year, "2027")
    type_into(qtbot, settings.target, "29000000")
    assert window.state.scenario.plan_year == 2027
    assert window.state.scenario.target_eur == 29_000_000
    assert settings.target.text() == "€29,000,000"
    result = expected(engine, plan_year=2027, target=29_000_000)
    assert_views_show(window, result)
    assert window.headline.savings_label.text() == "Savings 0.0 M€ of the 29.0 M€ target"
    assert window.undo_action.text() == "Undo set target to €29,000,000"
    # demand has grown beyond 2024 capacity: statutory volume bought, a line short
    assert any(s.bought > 0 for s in result.services)
    assert any(s.short_of_demand for s in result.services)
    type_into(qtbot, settings.year, "2099")  # out of range: the spin box does not take it
    assert window.state.scenario.plan_year in engine.plan_years


def test_undo_and_redo_restore_every_view_exactly(qtbot, window, engine):
    """Keyboard Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, across lever, year, target and reset steps."""
    steps = [snapshot(window)]
    type_into(qtbot, row(window, "office_space_cut").spin, "14")
    steps.append(snapshot(window))
    row(window, "outsourced_labour_cut").slider.setValue(6000)
    steps.append(snapshot(window))
    type_into(qtbot, row(window, "own_staff_backfill").spin, "30")
    steps.append(snapshot(window))
    type_into(qtbot, window.lever_panel.plan_settings.year, "2026")
    steps.append(snapshot(window))
    type_into(qtbot, window.lever_panel.plan_settings.target, "50000000")
    steps.append(snapshot(window))
    window.reset_action.trigger()
    steps.append(snapshot(window))
    assert window.undo_stack.count() == 6
    assert window.undo_action.text() == "Undo reset levers"

    focus = row(window, "digital_shift").spin  # Ctrl+Z works from a spin box too
    focus.setFocus()
    for i in range(len(steps) - 1, 0, -1):
        qtbot.keyClick(focus, Qt.Key.Key_Z, CTRL)
        assert snapshot(window) == steps[i - 1], f"undo to step {i - 1}"
    assert not window.undo_action.isEnabled()
    for i in range(1, len(steps)):
        if i % 2:
            qtbot.keyClick(focus, Qt.Key.Key_Z, CTRL | SHIFT)
        else:
            qtbot.keyClick(focus, Qt.Key.Key_Y, CTRL)
        assert snapshot(window) == steps[i], f"redo to step {i}"
    result = expected(engine, plan_year=2026, target=50_000_000)
    assert_views_show(window, result)


def test_edit_menu_names_what_undo_and_redo_do(qtbot, window):
    type_into(qtbot, row(window, "office_space_cut").spin, "20")
    edit_menu = window.menuBar().actions()[1].menu()
    texts = [action.text() for action in edit_menu.actions() if not action.isSeparator()]
    assert texts == ["Undo set Office space given up to 20.0 %", "Redo", "&Reset Levers"]
    window.undo_action.trigger()
    assert window.redo_action.text() == "Redo set Office space given up to 20.0 %"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert [s.toString() for s in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_menus_hold_only_working_actions(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "Scenari&o", "&Settings", "&Help"]
    for menu in menus.values():
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:  # submenus open, not act
                assert action.receivers("2triggered(bool)") > 0, action.text()


def test_reset_levers_is_disabled_at_no_change(window):
    assert not window.reset_action.isEnabled()
    row(window, "finance_training").slider.setValue(1000)
    assert window.reset_action.isEnabled()


def test_about_names_the_version_and_the_data_sources(window, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(t=text))
    window.about_action.trigger()
    assert f"Planner {__version__}" in shown["t"]
    assert "Helsinki 2024" in shown["t"]
    assert "data/SOURCES.md" in shown["t"]
    assert "assumptions" in shown["t"]


def test_lever_tooltips_say_what_and_where_from(window):
    for lever in LEVERS:
        tip = window.lever_panel.rows[lever.id].spin.toolTip()
        assert lever.help.split(".")[0].replace("'", "&#x27;") in tip
        for entry in lever.acts_on:  # by name, not id (issue 15)
            assert f"<b>{escape(figure_name(window.state.baseline, entry))}</b>" in tip
        assert "assumption" in tip
        assert window.lever_panel.rows[lever.id].slider.toolTip() == tip


def test_title_and_status_bar_name_the_scenario_and_baseline(window):
    assert window.windowTitle() == "No change — Untitled[*] — Planner"


def test_alt_keys_reach_the_plan_settings_and_the_tabs(qtbot, window):
    spin = row(window, "office_space_cut").spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.lever_panel.plan_settings.year
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.lever_panel.plan_settings.target
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.budget_table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.savings_table


def test_help_is_there_for_keyboard_users_too(window):
    for lever in LEVERS:
        lever_row = row(window, lever.id)
        assert lever_row.spin.whatsThis() == lever_row.spin.toolTip()  # Shift+F1
        assert lever_row.slider.whatsThis() == lever_row.spin.toolTip()
        assert lever.name in lever_row.spin.accessibleName()


def test_savings_and_budget_tables_show_the_models_facts(window, engine):
    """Share of target is the model's `share_of_target_by_lever` (the view divides nothing);
    a budget line's kind is a word, not the data's code."""
    from planner.present import numbers as fmt
    from planner.present.figures import kind_name

    window.edits.set_target(40_000_000.0)
    levers = {"office_space_cut": 60.0, "outsourced_labour_cut": 100.0, "digital_shift": 30.0}
    for lever_id, value in levers.items():
        window.edits.set_lever(lever_id, value)
    result = expected(engine, target=40_000_000.0, **levers)
    shares = result.plan.share_of_target_by_lever
    model = window.savings_model
    for r, lever in enumerate(LEVERS):
        assert model.data(model.index(r, 5), Qt.ItemDataRole.UserRole) == shares[lever.id]
        assert model.data(model.index(r, 5)) == fmt.pct(shares[lever.id])
    total = model.index(len(LEVERS), 5)
    assert model.data(total, Qt.ItemDataRole.UserRole) == result.share_of_target
    assert model.data(total) == fmt.pct(result.share_of_target)

    model = window.budget_model
    kinds = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert kinds[:-1] == [kind_name(line.kind) for line in result.budget]
    assert {"expense", "income"} <= set(kinds) and kinds[-1] == ""  # the net row: its name says

"""The window side of issues 10 and 12, driven as a user drives it: lever timing, the target
path, the multi-year view, the service table's bought column, goal seek and Reach the target.

Every check compares what the window shows with `evaluate_scenario` (or the model's goal seek
and solver) on the same inputs, and every change is one undo step that undoes exactly.
"""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner.analysis.solve import SolveRequest, solve
from planner.model import LEVER_IDS, LeverTiming, Scenario, evaluate_scenario, goal_seek
from planner.present import numbers as fmt
from planner.ui.reach_target_dialog import ProposalModel, proposal_rows
from planner.ui.years_view import YearsTableModel
from tests.ui.helpers import assert_views_show, snapshot

USER = Qt.ItemDataRole.UserRole
REPORTED = {"outsourced_labour_cut": 60.0, "own_staff_backfill": 40.0, "client_fee_alignment": 50.0}


def years_snapshot(window) -> tuple:
    view = window.plan_tools.years_view
    window.tabs.setCurrentWidget(view)  # a hidden tab is brought up to date when shown
    model = view.model
    cells = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    timing = tuple(b.full_text for b in window.plan_tools.timing.buttons.values())
    chart = view.chart
    return (
        tuple(chart.effects_eur),
        tuple(chart.one_offs_eur),
        tuple(chart.totals_eur),
        tuple(chart.targets_eur),
        tuple(chart.labels.texts()),
        tuple(view.service_chart.all_shares),
        tuple(view.service_chart.worst_shares),
        str(cells),
        timing,
    )


def full_snapshot(window):
    return snapshot(window) + years_snapshot(window)


def assert_years_show(window, result) -> None:
    """The multi-year view shows each year's figures as the model has them."""
    view = window.plan_tools.years_view
    window.tabs.setCurrentWidget(view)
    chart = view.chart
    years = result.years
    assert chart.years == [y.year for y in years]
    assert chart.effects_eur == pytest.approx([sum(y.effects.values()) for y in years])
    assert chart.one_offs_eur == [y.one_off_total_eur for y in years]
    assert chart.totals_eur == [y.total_savings_eur for y in years]
    assert chart.targets_eur == [y.target_eur for y in years]
    assert chart.labels.texts() == [fmt.meur(y.total_savings_eur) for y in years]
    # The one-off costs are drawn below zero (a cost).
    assert list(chart.one_off_bars.opts["height"]) == pytest.approx(
        [-y.one_off_total_eur * 1e-6 for y in years]
    )
    assert view.service_chart.all_shares == [y.share_of_demand_met for y in years]
    assert view.service_chart.worst_shares == [y.worst_service.share_met for y in years]
    model = view.model
    assert model.rowCount() == len(years)
    for r, y in enumerate(years):
        assert model.data(model.index(r, 0), USER) == y.year
        assert model.data(model.index(r, 1), USER) == y.target_eur
        assert model.data(model.index(r, 3), USER) == -y.one_off_total_eur
        assert model.data(model.index(r, 4), USER) == y.total_savings_eur
        assert model.data(model.index(r, 4)) == fmt.eur(y.total_savings_eur)
        assert model.data(model.index(r, 6), USER) == y.share_of_demand_met
        assert model.data(model.index(r, 8), USER) == len(y.below_floor)
        buying = [s for s in y.services if s.bought > s.trend_bought + 0.5]
        assert model.data(model.index(r, 9), USER) == len(buying)
        tip = model.data(model.index(r, 9), Qt.ItemDataRole.ToolTipRole)
        assert all(f"{s.name}: {fmt.volume(s.bought)}" in tip for s in buying)
        plan = y.year == result.plan_year
        assert ("plan year" in model.data(model.index(r, 0))) == plan
        assert (model.data(model.index(r, 0), Qt.ItemDataRole.FontRole) is not None) == plan
    i = [y.year for y in years].index(result.plan_year)
    assert chart.shade.getRegion() == pytest.approx((i - 0.5, i + 0.5))


def expected(window, **changes):
    scenario = window.state.scenario
    return evaluate_scenario(window.state.engine, replace(scenario, **changes))


def set_levers(window, values):
    for lever_id, value in values.items():
        window.edits.set_lever(lever_id, value)


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()


# Lever timing -------------------------------------------------------------------------------


def test_timing_defaults_read_from_january_of_the_baseline_year(window):
    buttons = window.plan_tools.timing.buttons
    assert buttons["client_fee_alignment"].full_text == "from January 2024, no ramp-up"
    assert buttons["office_space_cut"].full_text == "from January 2024, as leases end"
    tip = buttons["client_fee_alignment"].toolTip()
    assert "in force from January 2024" in tip


def test_a_timing_edit_changes_the_results_and_undoes_exactly(qtbot, window, engine):
    set_levers(window, REPORTED)
    before = full_snapshot(window)
    steps = window.undo_stack.count()
    qtbot.mouseClick(
        window.plan_tools.timing.buttons["client_fee_alignment"], Qt.MouseButton.LeftButton
    )
    dialog = window.plan_tools.timing.dialog
    assert dialog.isVisible()
    dialog.year.setValue(2025)
    dialog.month.setCurrentIndex(1)  # February
    dialog.ramp.setFocus()
    dialog.ramp.selectAll()
    qtbot.keyClicks(dialog.ramp, "6")  # typed: 6 months
    dialog.ramp.interpretText()
    assert dialog.summary.text() == "In force from February 2025, 6-month ramp-up."
    ok(dialog)
    assert window.undo_stack.count() == steps + 1
    timing = LeverTiming(2025, 2, 6)
    assert window.state.scenario.timing == {"client_fee_alignment": timing}
    result = expected(window)
    assert result.scenario.timing_of("client_fee_alignment") == timing
    # Fees bring nothing in 2024 now.
    assert result.year(2024).effects["client_fee_alignment"] == 0
    assert result.year(2026).effects["client_fee_alignment"] > 0
    assert_views_show(window, result)
    assert_years_show(window, result)
    assert (
        window.plan_tools.timing.buttons["client_fee_alignment"].full_text
        == "from February 2025, 6-month ramp-up"
    )
    assert window.undo_action.text().startswith("Undo start Client fees moved")
    after = full_snapshot(window)
    assert after != before
    window.undo_action.trigger()
    assert full_snapshot(window) == before
    assert window.state.scenario.timing == {}
    window.redo_action.trigger()
    assert full_snapshot(window) == after


def test_office_space_leaves_leases_early_as_one_step(qtbot, window):
    window.edits.set_lever("office_space_cut", 30.0)
    before = full_snapshot(window)
    dialog = window.plan_tools.timing.edit("office_space_cut")
    assert dialog.ramp.isHidden()  # office space has no ramp-up
    dialog.early.setChecked(True)
    dialog.month.setCurrentIndex(2)
    ok(dialog)
    scenario = window.state.scenario
    assert scenario.office_early_exit
    assert scenario.timing_of("office_space_cut") == LeverTiming(None, 3, 0)
    assert (
        window.plan_tools.timing.buttons["office_space_cut"].full_text
        == "from March 2024, leaving leases early"
    )
    assert_years_show(window, expected(window))
    window.undo_action.trigger()
    assert not window.state.scenario.office_early_exit
    assert full_snapshot(window) == before


def test_a_timing_dialog_cancelled_or_unchanged_leaves_no_step(window):
    steps = window.undo_stack.count()
    dialog = window.plan_tools.timing.edit("digital_shift")
    dialog.reject()
    dialog = window.plan_tools.timing.edit("digital_shift")
    ok(dialog)
    assert window.undo_stack.count() == steps


# Target path --------------------------------------------------------------------------------


def test_targets_by_year_is_one_undo_step(qtbot, window):
    set_levers(window, REPORTED)
    before = full_snapshot(window)
    qtbot.mouseClick(window.plan_tools.targets_button, Qt.MouseButton.LeftButton)
    dialog = window.plan_tools.target_dialog
    assert list(dialog.spins) == [2024, 2025, 2026, 2027, 2028]
    assert all(spin.value() == 70_000_000 for spin in dialog.spins.values())
    spin = dialog.spins[2026]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "25000000")
    spin.interpretText()
    ok(dialog)
    assert window.state.scenario.targets_eur == {2026: 25_000_000.0}
    result = expected(window)
    assert result.year(2026).target_eur == 25_000_000.0
    assert_years_show(window, result)
    assert window.undo_action.text() == "Undo set the targets by year"
    window.undo_action.trigger()
    assert window.state.scenario.targets_eur == {}
    assert full_snapshot(window) == before


# The multi-year view ------------------------------------------------------------------------


def test_multi_year_view_shows_each_year_as_the_model_has_it(qtbot, window):
    window.tabs.setCurrentWidget(window.plan_tools.years_view)
    set_levers(window, {**REPORTED, "office_space_cut": 20.0, "digital_shift": 20.0})
    window.plan_tools.plan_edits.set_timing("digital_shift", LeverTiming(2025, 7, 12))
    assert_years_show(window, expected(window))
    # The plan-year selector moves the highlight.
    window.lever_panel.plan_settings.year.setValue(2026)
    assert window.state.result.plan_year == 2026
    assert_years_show(window, expected(window))
    # Double-click (activate) a year: it becomes the plan year, one undo step.
    view = window.plan_tools.years_view
    steps = window.undo_stack.count()
    view.table.activated.emit(view.model.index(1, 0))
    assert window.state.result.plan_year == 2025
    assert window.undo_stack.count() == steps + 1
    assert window.lever_panel.plan_settings.year.value() == 2025
    assert_years_show(window, expected(window))
    assert "Double-click" in view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_a_hidden_multi_year_tab_catches_up_when_shown(window):
    window.tabs.setCurrentIndex(0)
    view = window.plan_tools.years_view
    shown = list(view.chart.totals_eur)
    window.edits.set_lever("office_space_cut", 20.0)
    assert view.chart.totals_eur == shown  # not drawn while hidden
    assert_years_show(window, expected(window))  # shows it: up to date


def test_tab_is_reached_by_keyboard(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.plan_tools.years_view


@pytest.mark.parametrize("model_class", [YearsTableModel, ProposalModel])
def test_new_table_models_pass_the_model_tester(qtmodeltester, engine, model_class):
    plain = evaluate_scenario(engine, Scenario("a"))
    moved = evaluate_scenario(engine, Scenario("b", dict(REPORTED), plan_year=2026))
    model = model_class()

    def show(result):
        if model_class is YearsTableModel:
            model.set_result(result)
        else:
            model.set_rows(proposal_rows(plain, result, [y.year for y in result.years]))

    show(plain)
    qtmodeltester.check(model, force_py=True)
    for result in (moved, plain, moved):  # the tester watches the changes
        show(result)
        assert model.rowCount() > 0


# The service table's bought column ----------------------------------------------------------


def test_service_table_shows_bought_beside_delivered_and_shortfall(window):
    set_levers(window, {"outsourced_labour_cut": 100.0})
    result = expected(window)
    model = window.service_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4 + 1)]
    assert headers == ["Service line", "Demand", "Delivered", "Bought", "Shortfall"]
    bought_any = False
    for r, line in enumerate(result.services):
        assert model.data(model.index(r, 3), USER) == line.bought
        if line.bought > 0.5:
            bought_any = True
            assert model.data(model.index(r, 3)) == fmt.volume(line.bought)
            assert "bought from other providers" in model.data(
                model.index(r, 3), Qt.ItemDataRole.ToolTipRole
            )
        # delivered + bought + shortfall = demand
        assert line.delivered + line.bought + line.shortfall == pytest.approx(line.demand)
    assert bought_any  # statutory lines buy what own staff no longer deliver


# Goal seek ----------------------------------------------------------------------------------


def test_goal_seek_reaches_the_target_as_one_undo_step(qtbot, window, engine):
    window.edits.set_target(1_000_000.0)
    before = full_snapshot(window)
    steps = window.undo_stack.count()
    qtbot.mouseClick(
        window.plan_tools.timing.seek_buttons["office_space_cut"], Qt.MouseButton.LeftButton
    )
    found = goal_seek(engine, window.state.workbook.scenarios[0], "office_space_cut")
    assert found.reachable
    assert window.undo_stack.count() == steps + 1
    assert window.state.scenario.levers["office_space_cut"] == found.value
    result = expected(window)
    assert result.total_plan_year >= 1_000_000.0
    assert_views_show(window, result)
    box = window.plan_tools.goal_seek.message_box
    assert box.isVisible()
    assert "is the smallest value that reaches the €1,000,000 target in 2024" in box.text()
    box.close()
    assert window.undo_action.text().startswith("Undo goal seek Office space given up")
    window.undo_action.trigger()
    assert full_snapshot(window) == before


def test_goal_seek_not_reachable_says_the_most_it_gives(qtbot, window, engine):
    before = full_snapshot(window)
    steps = window.undo_stack.count()
    outcome = window.plan_tools.goal_seek.run("outsourced_labour_cut")
    found = goal_seek(engine, Scenario("x", target_eur=70_000_000.0), "outsourced_labour_cut")
    assert not outcome.reachable and not found.reachable
    assert outcome.value == found.value
    assert window.undo_stack.count() == steps + 1
    text = window.plan_tools.goal_seek.message_box.text()
    assert text.startswith("Not reachable with Outsourced labour removed alone: the most it gives")
    assert fmt.eur(found.total_savings_eur) in text
    assert window.statusBar().currentMessage() == text
    window.plan_tools.goal_seek.message_box.close()
    window.undo_action.trigger()
    assert full_snapshot(window) == before


# Reach the target ---------------------------------------------------------------------------


def open_reach(qtbot, window, target=10_000_000.0):
    window.edits.set_target(target)
    window.plan_tools.reach_action.trigger()
    dialog = window.plan_tools.reach_dialog
    assert dialog.isVisible()
    return dialog


def wait_for_search(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=60_000)


def test_reach_the_target_finds_a_plan_and_apply_is_one_undo_step(qtbot, window, engine):
    dialog = open_reach(qtbot, window)
    before = full_snapshot(window)
    steps = window.undo_stack.count()
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() or dialog.thread is None
    wait_for_search(qtbot, dialog)
    solved = dialog.solved
    assert solved is not None and solved.reachable
    reference = solve(engine, window.state.scenario, SolveRequest(tuple(LEVER_IDS)))
    assert solved.levers == pytest.approx(reference.levers)
    assert dialog.summary.text().startswith("Found: this plan reaches the target in 2024.")
    texts = [dialog.model.rows[r][0] for r in range(dialog.model.rowCount())]
    assert "Savings by year" in texts and "Levers" in texts
    assert window.undo_stack.count() == steps  # nothing changes before Apply
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == steps + 1
    assert window.state.scenario.levers == solved.levers
    result = expected(window)
    assert result.total_plan_year >= 10_000_000.0 - 1.0
    assert_views_show(window, result)
    assert_years_show(window, result)
    window.undo_action.trigger()
    assert full_snapshot(window) == before
    dialog.close()


def test_save_as_new_scenario_adds_one(qtbot, window):
    dialog = open_reach(qtbot, window)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, dialog)
    solved = dialog.solved
    count = len(window.state.workbook.scenarios)
    steps = window.undo_stack.count()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(window.state.workbook.scenarios) == count + 1
    assert window.undo_stack.count() == steps + 1
    new = window.state.scenario
    assert new.name == "No change – target reached"
    assert new.levers == solved.levers
    assert new.description.startswith("Found by Reach the target.")
    window.undo_action.trigger()
    assert len(window.state.workbook.scenarios) == count
    dialog.close()


def test_not_reachable_shows_the_closest_plan_and_what_binds(qtbot, window):
    dialog = open_reach(qtbot, window, target=70_000_000.0)
    dialog.high["client_fee_alignment"].setValue(50.0)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, dialog)
    solved = dialog.solved
    assert not solved.reachable
    text = dialog.summary.text()
    assert text.startswith("Not reachable within these limits. The closest plan is shown: 2024:")
    assert "short" in text
    assert "Client fees moved to the national reference is at its upper limit (50.0 %)" in text
    assert solved.levers["client_fee_alignment"] == 50.0
    dialog.close()


def test_cancel_stops_the_search_and_changes_nothing(qtbot, window):
    dialog = open_reach(qtbot, window)
    before = full_snapshot(window)
    steps = window.undo_stack.count()
    dialog.find()
    assert dialog.thread is not None and dialog.cancel_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_for_search(qtbot, dialog)
    assert dialog.status.text() == "Search cancelled; nothing changed."
    assert dialog.solved is None
    assert not dialog.apply_button.isEnabled()
    assert window.undo_stack.count() == steps
    assert full_snapshot(window) == before
    dialog.close()


def test_a_proposal_is_dropped_when_the_plan_changes(qtbot, window):
    dialog = open_reach(qtbot, window)
    dialog.find()
    wait_for_search(qtbot, dialog)
    assert dialog.apply_button.isEnabled()
    window.edits.set_lever("finance_training", 10.0)  # e.g. from the scenario list or undo
    assert dialog.solved is None and not dialog.apply_button.isEnabled()
    assert dialog.status.text() == "The plan changed since the search; find again."
    dialog.close()


def test_the_request_follows_the_dialog(qtbot, window):
    dialog = open_reach(qtbot, window)
    request = dialog.request()
    assert request.levers == tuple(LEVER_IDS)
    assert request.years == () and request.one_off_ceiling_eur is None
    dialog.moving["finance_training"].setChecked(False)
    assert not dialog.low["finance_training"].isEnabled()
    dialog.high["office_space_cut"].setValue(30.0)
    dialog.every_year.setChecked(True)
    dialog.use_ceiling.setChecked(True)
    dialog.ceiling.setValue(2_000_000.0)
    request = dialog.request()
    assert "finance_training" not in request.levers
    assert request.limits["office_space_cut"] == (0.0, 30.0)
    assert request.years == (2024, 2025, 2026, 2027, 2028)
    assert request.one_off_ceiling_eur == 2_000_000.0
    dialog.close()


def test_timing_follows_the_current_scenario_and_undo_goes_back_to_it(window):
    tools = window.plan_tools
    tools.plan_edits.set_timing("digital_shift", LeverTiming(2026, 4, 3))
    assert tools.timing.buttons["digital_shift"].full_text == "from April 2026, 3-month ramp-up"
    window.edits.new_scenario("Other")
    assert window.state.current_index == 1
    assert tools.timing.buttons["digital_shift"].full_text == "from January 2024, no ramp-up"
    window.undo_action.trigger()  # the new scenario goes
    window.undo_action.trigger()  # the timing: its scenario is current again
    assert window.state.current_index == 0
    assert window.state.scenario.timing == {}
    assert tools.timing.buttons["digital_shift"].full_text == "from January 2024, no ramp-up"

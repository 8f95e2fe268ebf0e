"""The table models (qtmodeltester), the state owner and its undo commands, the help texts."""

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from planner.model import LEVERS, LeverError, PlanYearError, Scenario, evaluate_scenario
from planner.model.workbook import Workbook
from planner.present.figures import figure_name
from planner.present.provenance import summarise_figure
from planner.ui.lever_help import about_html, acts_on_html, lever_help_html
from planner.ui.state import PlannerState
from planner.ui.tables import BudgetTableModel, SavingsTableModel, ServiceTableModel, WarningsModel
from planner.ui.undo import UndoableEdits, lever_change_text

REPORTED = {
    "office_space_cut": 14,
    "outsourced_labour_cut": 95.82,
    "own_staff_backfill": 10,
    "client_fee_alignment": 100,
    "finance_training": 100,
}
MODELS = (ServiceTableModel, BudgetTableModel, SavingsTableModel, WarningsModel)


def result_of(engine, plan_year=2024, **levers):
    return evaluate_scenario(engine, Scenario("t", levers, plan_year=plan_year))


@pytest.mark.parametrize("model_class", MODELS, ids=lambda m: m.__name__)
def test_table_models_pass_the_model_tester(qtmodeltester, engine, model_class):
    model = model_class()
    model.set_result(result_of(engine, **REPORTED))  # two warnings
    # The tester checks the model now and stays connected, checking each change below.
    qtmodeltester.check(model, force_py=True)
    for result in (
        result_of(engine),  # no warnings: rows removed
        result_of(engine, plan_year=2030),  # eight warnings
        result_of(engine, plan_year=2030, digital_shift=20),  # same shape, other figures
        result_of(engine, **REPORTED),
    ):
        model.set_result(result)
        assert model.rowCount() == len(model.rows_of(result))


def test_same_shape_updates_emit_data_changed_not_reset(qtbot, engine):
    model = ServiceTableModel()
    model.set_result(result_of(engine))
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, roles: changes.append((top.row(), bottom.row())))
    model.set_result(result_of(engine, outsourced_labour_cut=50))
    assert resets == []
    assert changes and changes[0][1] <= len(engine.service_meta) - 1
    model.set_result(result_of(engine, outsourced_labour_cut=50, office_space_cut=10))
    assert len(changes) == 1  # office space changes no service line: nothing to repaint


def test_service_table_marks_shortfalls_without_colour(engine):
    model = ServiceTableModel()
    model.set_result(result_of(engine, outsourced_labour_cut=100))
    for r, line in enumerate(result_of(engine, outsourced_labour_cut=100).services):
        short = line.shortfall > 0.5
        assert model.data(model.index(r, 4)).startswith("▼") == short
        assert (model.data(model.index(r, 0), Qt.ItemDataRole.FontRole) is not None) == short
        assert line.name in model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole)


def test_budget_net_row_is_the_total_saving(engine):
    result = result_of(engine, **REPORTED)
    model = BudgetTableModel()
    model.set_result(result)
    net = model.rowCount() - 1
    assert model.data(model.index(net, 0)) == BudgetTableModel.NET_NAME
    assert model.data(model.index(net, 4), Qt.ItemDataRole.UserRole) == result.net_cost_eur
    change = model.data(model.index(net, 5), Qt.ItemDataRole.UserRole)
    assert change == pytest.approx(-result.total_plan_year)


def test_warnings_name_the_lever_or_the_service_line(engine):
    result = result_of(engine, office_space_cut=30, outsourced_labour_cut=100)
    model = WarningsModel()
    model.set_result(result)
    concerns = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    names = {s.id: s.name for s in result.services}
    levers = {lever.id: lever.name for lever in LEVERS}
    for r, warning in enumerate(result.warnings):
        if warning.service:
            assert names[warning.service] in concerns[r]
        if warning.lever:
            assert levers[warning.lever] in concerns[r]
    assert any(w.service for w in result.warnings)
    message = model.data(model.index(len(concerns) - 1, 1))
    assert not message.startswith(concerns[-1][2:])  # the name is not said twice


# The state owner ----------------------------------------------------------------------------


def test_state_tells_views_what_changed(qtbot, engine):
    state = PlannerState(engine)
    with qtbot.waitSignals([state.sig_scenario_changed, state.sig_result_changed]):
        state.set_lever("digital_shift", 20)
    assert state.result.total_plan_year == pytest.approx(
        result_of(engine, digital_shift=20).total_plan_year
    )
    with qtbot.assertNotEmitted(state.sig_result_changed):
        state.set_lever("digital_shift", 20)  # no change, no evaluation
    with pytest.raises(LeverError):
        state.set_lever("digital_shift", 51)
    with pytest.raises(PlanYearError):
        state.set_plan_year(2200)
    with pytest.raises(ValueError):
        state.set_target(-1)
    assert state.scenario.levers["digital_shift"] == 20


def test_results_are_snapshots(engine):
    state = PlannerState(engine)
    state.set_lever("finance_training", 50)
    before = state.result
    state.set_lever("finance_training", 80)
    assert before.scenario.levers["finance_training"] == 50  # not changed after the fact
    assert before.total_plan_year != state.result.total_plan_year


def test_state_holds_a_workbook_and_a_current_scenario(qtbot, engine):
    """What the scenario list of a later issue builds on."""
    first = Scenario("A", {"office_space_cut": 10})
    second = Scenario("B", {"client_fee_alignment": 50}, plan_year=2026)
    state = PlannerState(engine)
    with qtbot.waitSignal(state.sig_workbook_changed):
        state.set_workbook(Workbook([first, second]), 1)
    assert state.scenario is second
    state.set_lever("digital_shift", 5)
    assert second.levers["digital_shift"] == 5  # the workbook's own scenario is changed
    state.set_current(0)
    assert state.result.scenario.levers == first.levers
    bad = Workbook([Scenario("far", plan_year=2100)])
    with pytest.raises(PlanYearError):
        state.set_workbook(bad)
    assert state.workbook.scenarios == [first, second]  # unchanged


def test_undo_commands_call_only_the_state(qtbot, engine):
    state = PlannerState(engine)
    stack = QUndoStack()
    edits = UndoableEdits(state, stack)
    edits.set_lever("office_space_cut", 10)
    edits.set_lever("office_space_cut", 10)  # already so: no step
    edits.set_plan_year(2025)
    edits.set_target(1_000_000)
    edits.reset_levers()
    edits.reset_levers()  # already so: no step
    assert [stack.text(i) for i in range(stack.count())] == [
        "set Office space given up to 10.0 %",
        "set plan year to 2025",
        "set target to €1,000,000",
        "reset levers",
    ]
    while stack.canUndo():
        stack.undo()
    assert state.scenario == Scenario("No change")  # its plan year: the baseline's
    assert stack.undoLimit() == UndoableEdits.UNDO_LIMIT


def test_lever_change_text():
    assert lever_change_text("digital_shift", 12.5) == (
        "set Substitutable visits moved to the digital channel to 12.5 %"
    )
    assert lever_change_text("outsourced_labour_cut", 95.82).endswith("95.82 %")


# Help texts ----------------------------------------------------------------------------------


def test_each_lever_help_names_its_figures_with_basis_and_sources(baseline):
    for lever in LEVERS:
        text = lever_help_html(lever, baseline)
        assert lever.name in text
        for entry in lever.acts_on:
            assert acts_on_html(baseline, entry) in text
    # The window's help shows the summary the printed summary shows (present.provenance).
    for entry in ("services.unit_cost_eur", "workforce.staff_count.value"):
        summary = summarise_figure(baseline, entry)
        html = acts_on_html(baseline, entry)
        assert html.startswith(f"<b>{escape(figure_name(baseline, entry))}</b>: {summary.values}")
        assert entry not in html  # names, not internal ids (issue 15)
        assert summary.basis in html and summary.sources in html
    office = acts_on_html(baseline, "parameters.office_move_cost_eur_per_m2.value")
    assert office.startswith("<b>One-off cost of giving up a m² of office</b>: 60")
    assert "assumption, range 30–120" in office
    staff = acts_on_html(baseline, "workforce.staff_count.value")
    assert "basis: read" in staff and "hel.fi" in staff
    unit_costs = acts_on_html(baseline, "services.unit_cost_eur")
    assert "14 values" in unit_costs and "assumption ×14, all with ranges" in unit_costs
    landlords = acts_on_html(baseline, "premises.landlord")
    assert "external, internal" in landlords
    years = acts_on_html(baseline, "premises.lease_end_year")
    assert "2024 to 2030" in years


def test_about_text(baseline):
    text = about_html(baseline)
    assert "Helsinki 2024" in text
    assert f"{len(baseline.provenance)} provenance records" in text

"""The compare view: picking scenarios, figures against evaluate_scenario, differences from the
chosen reference, the chart, the list of what differs, and following the workbook."""

import pytest
from PySide6.QtCore import Qt

from planner.model import LEVERS, evaluate_scenario
from planner.paths import reference_workbook_path
from planner.present import numbers as fmt
from planner.present.comparison import differences
from planner.ui.compare import MAX_CHOSEN

USER = Qt.ItemDataRole.UserRole
# Three of the reference workbook's scenarios, in workbook order.
NAMES = ["No change (2024)", "City programme 2024 (€29M)", "Reported programme (€70M)"]


@pytest.fixture
def dialog(qtbot, window):
    assert window.files.load(reference_workbook_path())
    shown = window.compare.show()
    qtbot.waitExposed(shown)
    shown.choose(NAMES)
    yield shown
    shown.close()


def results(window) -> dict:
    return {
        s.name: evaluate_scenario(window.state.engine, s) for s in window.state.workbook.scenarios
    }


def row_of(model, label: str) -> int:
    labels = [model.data(model.index(r, 0)).strip() for r in range(model.rowCount())]
    return labels.index(label)


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def pick(dialog, name: str, checked: bool) -> None:
    for row in range(dialog.picker.count()):
        item = dialog.picker.item(row)
        if item.text() == name:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise AssertionError(name)


def test_models_pass_the_model_tester(qtmodeltester, dialog, window):
    for model in (dialog.savings_model, dialog.service_model, dialog.budget_model):
        qtmodeltester.check(model, force_py=True)
    pick(dialog, NAMES[1], False)
    for model in (dialog.savings_model, dialog.service_model, dialog.budget_model):
        qtmodeltester.check(model, force_py=True)


def test_three_scenarios_side_by_side_equal_the_model(dialog, window):
    assert dialog.chosen_names() == NAMES
    expected = results(window)
    model = dialog.savings_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert [h.replace("\n", " ") for h in headers] == ["", NAMES[0], NAMES[1], "Δ", NAMES[2], "Δ"]
    reference = expected[NAMES[0]]
    for i, name in enumerate(NAMES):
        result = expected[name]
        column = model.column_of(i)
        total = row_of(model, "Total plan-year savings")
        assert cell(model, total, column, USER) == pytest.approx(result.total_plan_year)
        assert cell(model, total, column) == fmt.eur(result.total_plan_year)
        assert cell(model, row_of(model, "Target"), column, USER) == result.target_eur
        share = row_of(model, "Share of the target reached")
        assert cell(model, share, column) == fmt.pct(result.share_of_target)
        for lever in LEVERS:
            rows = [r for r in range(model.rowCount()) if cell(model, r, 0).strip() == lever.name]
            value_row, savings_row = rows  # under Levers, then under savings by lever
            assert cell(model, value_row, column, USER) == result.scenario.levers[lever.id]
            assert cell(model, savings_row, column, USER) == pytest.approx(
                result.savings_plan_year[lever.id]
            )
            if i:
                delta = model.column_of(i, delta=True)
                assert cell(model, savings_row, delta, USER) == pytest.approx(
                    result.savings_plan_year[lever.id] - reference.savings_plan_year[lever.id]
                )
        if i:
            delta = model.column_of(i, delta=True)
            assert cell(model, total, delta, USER) == pytest.approx(
                result.total_plan_year - reference.total_plan_year
            )
    reported = model.column_of(2, delta=True)
    assert cell(model, row_of(model, "Total plan-year savings"), reported) == "+€47,180,593"
    # One-off costs are a cost (negative), the gap is said in words, as in the headline.
    one_off = row_of(model, "of which one-off costs")
    result = expected[NAMES[2]]
    assert cell(model, one_off, model.column_of(2), USER) == -result.one_off_total_eur
    gap = row_of(model, "Gap to the target")
    assert cell(model, gap, model.column_of(2)) == "€22,819,407 short"

    services = dialog.service_model
    for i, name in enumerate(NAMES):
        result, column = expected[name], services.column_of(i)
        assert cell(services, 0, column) == fmt.pct(result.share_of_demand_met)
        for j, line in enumerate(result.services):
            delivered = 2 + 3 * j + 1
            assert cell(services, delivered - 1, 0).startswith(line.name)
            assert cell(services, delivered, column, USER) == pytest.approx(line.delivered)
            shortfall = cell(services, delivered + 1, column)
            assert shortfall.startswith("▼") == line.below_floor
            assert cell(services, delivered + 1, column, USER) == pytest.approx(line.shortfall)

    budget = dialog.budget_model
    for i, name in enumerate(NAMES):
        result, column = expected[name], budget.column_of(i)
        for r, line in enumerate(result.budget):
            assert cell(budget, r, column, USER) == pytest.approx(line.scenario_eur)
            if i:
                base = reference.budget[r].scenario_eur
                assert cell(budget, r, budget.column_of(i, True), USER) == pytest.approx(
                    line.scenario_eur - base
                )


def test_the_reference_can_be_changed(dialog, window):
    expected = results(window)
    dialog.reference_box.setCurrentIndex(2)  # the city estimate
    model = dialog.savings_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert [h.replace("\n", " ") for h in headers] == ["", NAMES[0], "Δ", NAMES[1], "Δ", NAMES[2]]
    total = row_of(model, "Total plan-year savings")
    city = expected[NAMES[2]].total_plan_year
    for i in (0, 1):
        assert cell(model, total, model.column_of(i, True), USER) == pytest.approx(
            expected[NAMES[i]].total_plan_year - city
        )
    assert NAMES[2] in dialog.note.text()


def test_picking_two_and_at_most_four(window, dialog):
    pick(dialog, NAMES[0], False)
    assert dialog.chosen_names() == NAMES[1:]
    assert dialog.savings_model.columnCount() == 1 + 3
    for name in ("A", "B"):
        window.edits.new_scenario(name)
    dialog.refresh()
    pick(dialog, "A", True)
    assert len(dialog.chosen_names()) == 3
    pick(dialog, NAMES[0], True)
    assert len(dialog.chosen_names()) == MAX_CHOSEN
    pick(dialog, "B", True)  # a fifth is refused
    assert len(dialog.chosen_names()) == MAX_CHOSEN and "B" not in dialog.chosen_names()
    assert "At most 4" in dialog.hint.text()


def test_the_chart_puts_savings_and_service_levels_together(dialog, window):
    expected = results(window)
    assert dialog.chart.values == [
        (
            name,
            expected[name].total_plan_year,
            expected[name].target_eur,
            expected[name].share_of_demand_met,
        )
        for name in NAMES
    ]
    assert len(dialog.chart.savings_plot.listDataItems()) == 2  # savings and target bars
    assert len(dialog.chart.service_plot.listDataItems()) == 1


def test_what_differs_names_the_changed_levers(dialog, window):
    dialog.first_box.setCurrentIndex(0)
    dialog.second_box.setCurrentIndex(1)
    text = dialog.diff_text.toPlainText()
    changed = {"office_space_cut", "outsourced_labour_cut", "own_staff_backfill"}
    changed |= {"client_fee_alignment", "finance_training"}
    for lever in LEVERS:
        assert (f"  {lever.name}:" in text) == (lever.id in changed), lever.name
    # Lever values and their differences with one precision rule, as everywhere.
    assert "Office space given up: 0.0 % → 35.51 % (+35.51 pp)" in text
    assert "Description: differs" in text
    assert "Plan year" not in text  # both 2024
    assert "Plan-year savings: €0 → €28,968,437 (+€28,968,437)" in text
    assert "Target: €70,000,000 → €29,000,000 (−€41,000,000)" in text

    dialog.second_box.setCurrentIndex(2)
    text = dialog.diff_text.toPlainText()
    assert "Plan year: 2024 → 2026" in text


def test_identical_inputs_are_said_in_words(engine, window):
    window.edits.duplicate_scenario("Copy")
    a, b = (evaluate_scenario(engine, s) for s in window.state.workbook.scenarios)
    lines = differences(a, b)
    assert "The levers, plan year, target and description are the same." in lines


def test_the_view_follows_the_workbook(qtbot, dialog, window):
    window.state.set_current(3)  # the reported programme: the third one compared
    window.edits.set_lever("digital_shift", 30)
    qtbot.waitUntil(lambda: dialog.results[2].scenario.levers["digital_shift"] == 30)
    model = dialog.savings_model
    total = row_of(model, "Total plan-year savings")
    city = evaluate_scenario(window.state.engine, window.state.scenario)
    assert cell(model, total, model.column_of(2), USER) == pytest.approx(city.total_plan_year)

    window.edits.rename_scenario(3, "City, digital")
    qtbot.waitUntil(lambda: dialog.results[2].scenario.name == "City, digital")
    header = model.headerData(
        model.column_of(2), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header == "City, digital"

    window.edits.delete_scenario(0)  # the reference goes: the first one left takes over
    qtbot.waitUntil(lambda: len(dialog.chosen_names()) == 2)
    assert dialog.reference_box.currentText() == NAMES[1]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: dialog.picker.count() == 4)
    assert dialog.picker.item(0).checkState() == Qt.CheckState.Unchecked  # not re-added

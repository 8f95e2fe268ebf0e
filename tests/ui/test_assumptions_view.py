"""The Assumptions view (issue 11, item 1), driven as a user drives the window: the filter box
filters the table, an override through the view is one undo step, saved in the workbook and
marked when it is opened again; an override outside the figure's range asks first, is kept as
given and flagged; removing one is undoable too."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from planner.model import Engine, evaluate_scenario
from planner.model.scenario import Override
from planner.ui.assumptions_view import OUTSIDE_MARK, OVERRIDE_MARK, AssumptionsModel
from planner.ui.figures import baseline_figures
from planner.ui.main_window import MainWindow
from planner.ui.state import PlannerState

# A figure the engine reads, an assumption with a range (0.05–0.5 in the bundled baseline).
FIGURE = "parameters.fee_demand_elasticity.value"
IN_RANGE, OUTSIDE = 0.3, 2.0


@pytest.fixture
def engine(baseline):
    """A fresh engine per test, as overrides are evaluated on it."""
    return Engine(baseline)


@pytest.fixture
def settings(tmp_path):
    settings = QSettings(str(tmp_path / "planner.ini"), QSettings.Format.IniFormat)
    settings.setValue("uncertainty/draws", 200)
    return settings


def view_of(window):
    window.tabs.setCurrentWidget(window.assumptions.view)
    return window.assumptions.view


def shown_rows(view) -> list[list[str]]:
    proxy = view.proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def row_texts(view, key: str) -> tuple[str, ...]:
    model = view.model
    return tuple(model.index(model.row_of(key), c).data() for c in range(model.columnCount()))


def override_through_dialog(qtbot, view, key: str, value: str, reason: str) -> None:
    view.select(key)
    qtbot.mouseClick(view.override_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dialog.value_spin.selectAll()
    qtbot.keyClicks(dialog.value_spin, value)
    qtbot.keyClicks(dialog.reason_edit, reason)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_every_figure_grouped_with_names_sources_and_reasoning(window):
    view = view_of(window)
    figures = baseline_figures(window.state.engine)
    assert view.model.rowCount() == len(figures)
    groups = [f.group for f in figures]
    order = ["Services", "Fees", "Budget", "Premises", "Workforce", "Parameters", "Prices"]
    assert sorted(set(groups), key=order.index) == [g for g in order if g in groups]
    assert groups == sorted(groups, key=order.index)  # grouped as the baseline is
    texts = row_texts(view, "services.home_care_visits.unit_cost_eur")
    assert texts[AssumptionsModel.NAME] == "Home care visits"
    assert texts[AssumptionsModel.MEANING].startswith("Cost of one unit")
    assert texts[AssumptionsModel.UNIT] == "€ per unit"
    assert texts[AssumptionsModel.BASIS] in ("read", "derived", "assumption")
    # A workforce figure shows its name, not only its id.
    staff = row_texts(view, "workforce.staff_count.value")
    assert staff[AssumptionsModel.NAME] == "Staff of the division"
    # An assumption with a range, its reasoning, and its source in the tooltip.
    elasticity = row_texts(view, FIGURE)
    assert elasticity[AssumptionsModel.BASIS] == "assumption"
    assert "–" in elasticity[AssumptionsModel.RANGE]
    assert elasticity[AssumptionsModel.NOTE]
    with_source = next(f for f in figures if f.sources)
    index = view.model.index(view.model.row_of(with_source.key), AssumptionsModel.SOURCE)
    assert with_source.sources[0] in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_filter_box_filters_the_table(qtbot, window):
    view = view_of(window)
    total = view.model.rowCount()
    qtbot.keyClicks(view.filter_edit, "AGENCY")
    rows = shown_rows(view)
    assert 0 < len(rows) < total
    assert all(any("agency" in (cell or "").lower() for cell in row) for row in rows)
    assert view.count_label.text() == f"{len(rows)} of {total} figures"
    view.filter_edit.clear()
    assert view.proxy.rowCount() == total


def test_sources_open_in_the_browser(qtbot, window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    view = view_of(window)
    figure = next(f for f in baseline_figures(window.state.engine) if len(f.sources) == 1)
    view.select(figure.key)
    source = view.proxy.mapFromSource(
        view.model.index(view.model.row_of(figure.key), AssumptionsModel.SOURCE)
    )
    view.table.setCurrentIndex(source)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # the keyboard way
    assert opened == [figure.sources[0]]


def test_override_is_one_undo_step_saved_and_marked_when_reopened(qtbot, window, tmp_path):
    view = view_of(window)
    state = window.state
    steps = window.undo_stack.count()
    override_through_dialog(qtbot, view, FIGURE, "0.3", "Clients react more to fees here")
    assert window.undo_stack.count() == steps + 1
    assert state.scenario.overrides == {
        FIGURE: Override(IN_RANGE, "Clients react more to fees here")
    }
    assert "assume" in window.undo_action.text()
    # Marked in the view and in the status bar; the result is the model's with the override.
    value = row_texts(view, FIGURE)[AssumptionsModel.VALUE]
    assert value.startswith(OVERRIDE_MARK) and "0.3" in value and "baseline" in value
    assert OUTSIDE_MARK not in value
    assert window.assumptions.status.text() == f"{OVERRIDE_MARK} 1 assumption overridden"
    assert not window.assumptions.status.isHidden()
    fresh = Engine(state.engine.baseline)
    expected = evaluate_scenario(fresh, replace(state.scenario, name=state.scenario.name))
    assert state.result.total_plan_year == pytest.approx(expected.total_plan_year)
    # Saved in the workbook and opened again in a new window: still there, still marked.
    path = tmp_path / "with-override.planner.json"
    assert window.files.write_to(path)
    other_state = PlannerState(Engine(state.engine.baseline))
    other = MainWindow(
        other_state, QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(other)
    assert other.files.load(path)
    other.resize(1280, 800)
    other.show()
    view_of(other)
    assert other_state.scenario.overrides[FIGURE] == Override(
        IN_RANGE, "Clients react more to fees here"
    )
    assert row_texts(other.assumptions.view, FIGURE)[AssumptionsModel.VALUE] == value
    assert other.assumptions.status.text() == f"{OVERRIDE_MARK} 1 assumption overridden"
    other.close()
    # Undo takes it back: one step.
    window.undo_action.trigger()
    assert state.scenario.overrides == {}
    assert not row_texts(view, FIGURE)[AssumptionsModel.VALUE].startswith(OVERRIDE_MARK)
    assert window.assumptions.status.isHidden()
    window.redo_action.trigger()
    assert FIGURE in state.scenario.overrides


def test_an_override_outside_the_range_asks_and_is_flagged_never_clamped(
    qtbot, window, monkeypatch
):
    view = view_of(window)
    state = window.state
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    steps = window.undo_stack.count()
    override_through_dialog(qtbot, view, FIGURE, "2", "A worst case")
    assert len(asked) == 1 and "outside the range" in asked[0]
    assert state.scenario.overrides == {} and window.undo_stack.count() == steps
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    override_through_dialog(qtbot, view, FIGURE, "2", "A worst case")
    assert state.scenario.overrides[FIGURE].value == OUTSIDE  # kept as given
    assert window.undo_stack.count() == steps + 1
    value = row_texts(view, FIGURE)[AssumptionsModel.VALUE]
    assert OUTSIDE_MARK in value and "2" in value
    codes = [w.code for w in state.result.warnings]
    assert "override_outside_range" in codes


def test_removing_an_override_is_undoable(qtbot, window):
    view = view_of(window)
    state = window.state
    override_through_dialog(qtbot, view, FIGURE, "0.3", "Local evidence")
    steps = window.undo_stack.count()
    view.select(FIGURE)
    assert view.remove_button.isEnabled()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert state.scenario.overrides == {} and window.undo_stack.count() == steps + 1
    assert "remove the override" in window.undo_action.text()
    window.undo_action.trigger()
    assert state.scenario.overrides[FIGURE].value == IN_RANGE


def test_the_uncertainty_analysis_holds_an_overridden_figure(qtbot, window):
    view = view_of(window)
    override_through_dialog(qtbot, view, FIGURE, "0.3", "Local evidence")
    runner = window.uncertainty.runner
    qtbot.waitUntil(lambda: runner.current is not None, timeout=30_000)
    assert runner.current.result.held == (FIGURE,)
    assert "1 overridden figures held" in window.uncertainty.view.status.text()


def test_models_pass_the_model_tester(qtmodeltester, window, qtbot):
    view = view_of(window)
    qtmodeltester.check(view.model)
    qtbot.keyClicks(view.filter_edit, "rent")
    qtmodeltester.check(view.proxy)


def test_evaluating_an_override_leaves_the_engine_as_it_was(baseline):
    """The window evaluates overrides on the engine it shares with the worker thread: an
    override must not write into the engine's own figures (it did, until 3aea729)."""
    engine = Engine(baseline)
    before = {key: values.copy() for key, values in engine.raw.items()}
    for figure in (FIGURE, "services.home_care_visits.unit_cost_eur"):
        scenario = replace(
            evaluate_scenario(engine, _no_change(engine)).scenario,
            overrides={figure: Override(0.4 if figure == FIGURE else 40.0, "test")},
        )
        evaluate_scenario(engine, scenario)
    assert all((engine.raw[key] == values).all() for key, values in before.items())


def _no_change(engine):
    from planner.model import Scenario

    return Scenario("No change", target_eur=engine.baseline.default_target_eur)


def test_compare_lists_what_each_scenario_assumes(qtbot, window):
    from planner.paths import reference_workbook_path

    # (The reference workbook, as tests/ui/test_compare.py opens Compare: opened on the
    # start-up workbook of one scenario, Compare crashes in compare_table.fit_columns, with or
    # without this tab; reported.)
    assert window.files.load(reference_workbook_path())
    state = window.state
    names = state.workbook.names()
    first, second = names[0], names[1]
    state.set_current(1)
    view = view_of(window)
    override_through_dialog(qtbot, view, FIGURE, "0.3", "Clients react more to fees here")
    dialog = window.compare.show()
    qtbot.waitExposed(dialog)
    dialog.choose([first, second])
    text = dialog.overrides_tab.text.toPlainText().splitlines()
    baseline = next(f for f in baseline_figures(state.engine) if f.key == FIGURE)
    assert text == [
        f"{first} assumes every figure as the baseline has it.",
        f"{second} assumes {baseline.name} is 0.3 instead of 0.2, because Clients "
        "react more to fees here",
    ]
    # It follows the workbook: the override undone, the line goes.
    window.undo_action.trigger()
    dialog.refresh()
    assert "instead of" not in dialog.overrides_tab.text.toPlainText()
    window.compare.close()


@pytest.mark.parametrize("source", ["xlsx", "workbook copy"])
def test_a_baseline_read_from_a_workbook_names_its_single_figures(
    qtbot, tmp_path, settings, source
):
    """The workforce and parameters figures are named (and given their units) from the
    Baseline itself, wherever it was read from: an .xlsx baseline with no CSV folder beside
    it, and the copy of its baseline a workbook file keeps. Never by their ids."""
    from planner.files.baseline_document import baseline_from_document, baseline_to_document
    from planner.files.baseline_io import load_baseline
    from planner.files.template import write_template

    path = tmp_path / "baseline.xlsx"
    write_template(path)
    baseline = load_baseline(path)
    if source == "workbook copy":
        baseline, _, _ = baseline_from_document(baseline_to_document(baseline), "plan.json")
    assert not (tmp_path / "workforce.csv").exists()
    main = MainWindow(PlannerState(Engine(baseline)), settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    view = view_of(main)
    staff = row_texts(view, "workforce.staff_count.value")
    assert staff[AssumptionsModel.NAME] == "Staff of the division"
    assert staff[AssumptionsModel.UNIT] == "people"
    elasticity = row_texts(view, FIGURE)
    assert elasticity[AssumptionsModel.NAME].startswith("Chargeable demand lost per fee rise")
    assert elasticity[AssumptionsModel.UNIT] == "ratio"
    singles = [
        f for f in baseline_figures(main.state.engine) if f.table in ("workforce", "parameters")
    ]
    assert len(singles) == len(baseline.workforce) + len(baseline.parameters)
    for figure in singles:
        shown = row_texts(view, figure.key)[AssumptionsModel.NAME]
        assert shown == baseline.value_row(figure.table, figure.row).name
        assert figure.row not in shown and figure.row.replace("_", " ") not in shown.lower()
    main.close()

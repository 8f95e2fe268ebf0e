"""The Uncertainty view and the headline's probability (issue 11, items 3 and 5), driven as a
user drives the window: its numbers are the model's for the current scenario, a lever change
makes what is shown stale at once and a new result follows, Cancel works, late results are
dropped, and draws and seed are the user's."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from planner.analysis.uncertainty import monte_carlo, tornado
from planner.present import numbers as fmt
from planner.ui.uncertainty_view import TOP_BARS, probability_text, tornado_name
from planner.ui.uncertainty_worker import UncertaintyRunner

DRAWS, SEED = 300, 11


@pytest.fixture
def settings(tmp_path):
    """Few draws (tests are about the window, not the statistics) and a seed of our own."""
    settings = QSettings(str(tmp_path / "planner.ini"), QSettings.Format.IniFormat)
    settings.setValue("uncertainty/draws", DRAWS)
    settings.setValue("uncertainty/seed", SEED)
    return settings


def finished(qtbot, window, timeout=30_000):
    runner = window.uncertainty.runner
    qtbot.waitUntil(lambda: runner.current is not None, timeout=timeout)
    QApplication.processEvents()
    return runner.current


def set_lever_by_typing(qtbot, window, lever_id: str, value: str) -> None:
    spin = window.lever_panel.rows[lever_id].spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, value)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def expected_rows(result):
    return [
        (
            str(year),
            fmt.meur(result.targets[i]),
            probability_text(result.probability_of_target[i]),
            fmt.meur(result.p10[i]),
            fmt.meur(result.p50[i]),
            fmt.meur(result.p90[i]),
        )
        for i, year in enumerate(result.years)
    ]


def assert_shows(window, scenario):
    """Every part of the view, and the headline, against monte_carlo and tornado run here."""
    engine = window.state.engine
    view = window.uncertainty.view
    expected = monte_carlo(engine, scenario, draws=DRAWS, seed=SEED)
    assert view.current
    assert view.probability_model.rows == expected_rows(expected)
    assert not view.probability_model.stale
    assert view.fan_chart.values["p50"] == pytest.approx(expected.p50)
    assert view.fan_chart.values["p10"] == pytest.approx(expected.p10)
    assert view.fan_chart.values["target"] == pytest.approx(expected.targets)
    assert int(view.histogram.counts.sum()) == DRAWS
    floor = dict(view.floor_model.rows)
    names = dict(zip(engine.baseline.services["id"], engine.baseline.services["name"], strict=True))
    for service_id, probability in expected.floor_risk.items():
        assert floor[names[service_id]] == probability_text(probability)
    rows = tornado(engine, scenario)[:TOP_BARS]
    from planner.ui.figures import figure_by_key

    assert view.tornado.names == [tornado_name(r, figure_by_key(engine)) for r in rows]
    plan = probability_text(expected.plan_probability)
    assert window.headline.probability_label.text() == (
        f"Probability of reaching the target: <b>{plan}</b>"
    )
    assert f"{DRAWS} draws" in window.headline.probability_label.toolTip()
    assert view.status.text().startswith(f"{scenario.name}: {plan} probability")


def test_view_shows_the_models_numbers_for_the_current_scenario(qtbot, window):
    window.tabs.setCurrentWidget(window.uncertainty.page)
    analysis = finished(qtbot, window)
    assert analysis.scenario.levers == window.state.scenario.levers
    assert (analysis.result.draws, analysis.result.seed) == (DRAWS, SEED)
    assert_shows(window, window.state.scenario)
    # Where the numbers come from, in tooltips.
    view = window.uncertainty.view
    tip = view.probability_model.data(
        view.probability_model.index(0, 2), Qt.ItemDataRole.ToolTipRole
    )
    assert f"{DRAWS} draws" in tip
    assert "Source:" in view.tornado.tips[0] or "lever" in view.tornado.tips[0]


def test_tornado_tooltips_name_the_assumption_and_its_source(qtbot, window):
    window.edits.set_lever("office_space_cut", 30.0)
    finished(qtbot, window)
    chart = window.uncertainty.view.tornado
    assumption_tips = [
        tip for row, tip in zip(chart.rows, chart.tips, strict=True) if row.assumption is not None
    ]
    assert assumption_tips
    for row, tip in zip(chart.rows, chart.tips, strict=True):
        if row.assumption is not None:
            assert "Source:" in tip and "range" in tip
        else:
            assert "lever ±10 points" in tip


def test_a_lever_change_makes_the_result_stale_and_a_new_one_arrives(qtbot, window):
    first = finished(qtbot, window)
    view, runner = window.uncertainty.view, window.uncertainty.runner
    set_lever_by_typing(qtbot, window, "office_space_cut", "25")
    # At once: the old analysis is no longer current, and says so.
    assert window.state.scenario.levers["office_space_cut"] == 25.0
    assert runner.current is None and not view.current
    assert view.shown is first  # kept on screen, greyed, not as current
    assert view.probability_model.stale
    assert view.status.text().startswith("Computing…")
    assert window.headline.probability_label.text() == "Probability of reaching the target: …"
    assert view.cancel_button.isEnabled()
    second = finished(qtbot, window)
    assert second.generation > first.generation
    assert second.scenario.levers["office_space_cut"] == 25.0
    assert_shows(window, window.state.scenario)


def test_the_headline_follows_undo_and_redo(qtbot, window):
    finished(qtbot, window)
    window.edits.set_lever("office_space_cut", 40.0)
    finished(qtbot, window)
    with_lever = window.headline.probability_label.text()
    window.undo_action.trigger()
    finished(qtbot, window)  # analysed before: from the runner's cache, at once
    assert_shows(window, window.state.scenario)
    window.redo_action.trigger()
    finished(qtbot, window)
    assert window.headline.probability_label.text() == with_lever
    assert_shows(window, window.state.scenario)


def test_cancel_stops_and_recompute_runs_again(qtbot, window):
    runner, view = window.uncertainty.runner, window.uncertainty.view
    finished(qtbot, window)
    arrived = []
    runner.sig_finished.connect(arrived.append)
    window.edits.set_lever("outsourced_labour_cut", 50.0)
    qtbot.waitUntil(lambda: runner.busy, timeout=10_000)  # it is running in the worker
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert runner.cancelled and runner.current is None
    assert view.status.text().startswith("Cancelled")
    assert window.headline.probability_label.text() == "Probability of reaching the target: –"
    assert not view.cancel_button.isEnabled() and view.recompute_button.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)  # the worker's result came...
    QApplication.processEvents()
    assert arrived == [] and runner.current is None  # ... and was dropped
    assert view.probability_model.stale
    qtbot.mouseClick(view.recompute_button, Qt.MouseButton.LeftButton)
    finished(qtbot, window)
    assert len(arrived) == 1
    assert_shows(window, window.state.scenario)


def test_a_late_result_is_never_shown_as_current(qtbot, engine):
    """Two requests, the second while the first runs: only the second's result is given."""
    from planner.model import Scenario

    runner = UncertaintyRunner(delay_ms=0)
    runner.draws, runner.seed = DRAWS, SEED
    arrived = []
    runner.sig_finished.connect(arrived.append)
    first = Scenario("A", target_eur=70e6)
    second = Scenario("B", levers={"office_space_cut": 50.0}, target_eur=70e6)
    runner.request(engine, first)
    qtbot.waitUntil(lambda: runner.busy, timeout=10_000)
    runner.request(engine, second)
    qtbot.waitUntil(lambda: runner.current is not None, timeout=30_000)
    assert [a.scenario.name for a in arrived] == ["B"]
    expected = monte_carlo(engine, second, draws=DRAWS, seed=SEED)
    assert np.array_equal(arrived[0].result.plan_year_savings, expected.plan_year_savings)
    runner.shutdown()


def test_draws_and_seed_are_settable_and_kept(qtbot, window, settings):
    finished(qtbot, window)
    view = window.uncertainty.view
    view.draws_spin.setValue(500)
    analysis = finished(qtbot, window)
    assert analysis.result.draws == 500
    assert int(settings.value("uncertainty/draws")) == 500
    view.seed_spin.setValue(99)
    analysis = finished(qtbot, window)
    assert (analysis.result.draws, analysis.result.seed) == (500, 99)
    expected = monte_carlo(window.state.engine, window.state.scenario, draws=500, seed=99)
    assert np.array_equal(analysis.result.plan_year_savings, expected.plan_year_savings)
    assert view.status.text().endswith("500 draws, seed 99")


def test_probability_table_passes_the_model_tester(qtbot, qtmodeltester, window):
    finished(qtbot, window)
    qtmodeltester.check(window.uncertainty.view.probability_model)
    qtmodeltester.check(window.uncertainty.view.floor_model)

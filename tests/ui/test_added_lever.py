"""A lever added to the model (planner.model.register_lever, a test-only definition) shows in
the window, Compare and the printed summary without any view being edited: every view
iterates planner.model.LEVERS and the result's bridge."""

import numpy as np
import pytest

from planner.model import (
    LEVERS,
    Lever,
    LeverEffect,
    Scenario,
    evaluate_scenario,
    register_lever,
    unregister_lever,
)
from planner.present.comparison import lever_and_savings_rows
from planner.report import build_summary
from tests.report.pdftext import document_text
from tests.ui.helpers import assert_views_show

ADDED = "test_only_shared_desks"
NAME = "Shared desks (test only)"


def _effect(engine, shares, in_force):
    """€2M a year at 100 %, from the year it is in force; no one-off cost."""
    saving = np.asarray(shares)[:, None] * 2_000_000 * np.asarray(in_force)  # shares: 0..1
    return LeverEffect(saving=saving, one_off=np.zeros_like(saving), category="premises")


@pytest.fixture
def added_lever():
    lever = Lever(
        ADDED,
        "Premises",
        NAME,
        "% of desks shared",
        0.0,
        100.0,
        0.0,
        "A lever that exists only in this test.",
        (),
        effect=_effect,
    )
    register_lever(lever)
    yield lever
    unregister_lever(ADDED)


def test_an_added_lever_shows_in_every_view(added_lever, qtbot, window, engine, baseline, tmp_path):
    assert LEVERS[-1] is added_lever
    assert ADDED in window.lever_panel.rows  # the panel has its row: slider, spin box
    window.edits.set_lever(ADDED, 50)
    result = evaluate_scenario(engine, window.state.scenario)
    assert result.savings_plan_year[ADDED] == pytest.approx(1_000_000)
    assert_views_show(window, result)  # headline, bridge, tables all agree with the result
    # The bridge has its bar, labelled with its name (it has no short name).
    assert NAME in window.bridge_chart.categories
    assert window.savings_model.data(window.savings_model.index(len(LEVERS) - 1, 0)) == NAME
    assert window.undo_action.text() == f"Undo set {NAME} to 50.0 %"

    # Compare's rows and the printed summary list it too.
    labels = [row.label for row in lever_and_savings_rows()]
    assert labels.count(NAME) == 2  # its value, its saving
    document = build_summary([result], baseline)
    path = tmp_path / "summary.pdf"
    document.write_pdf(path)
    text = document_text(path)
    assert NAME in text
    assert f"{NAME}: 50.0 % of desks shared" in text  # the levers-changed section


def test_a_scenario_with_the_added_lever_keeps_it(added_lever, engine):
    result = evaluate_scenario(engine, Scenario("with desks", {ADDED: 100}))
    assert ADDED in result.changed_levers
    assert [step.lever for step in result.bridge if step.kind == "lever"][-1] == ADDED

"""Screen and paper say the same thing: the window's bridge and the printed summary's bridge
are the same steps with the same labels and values, and both write one-off costs, the gap and
lever values by the same rules."""

from datetime import datetime

import pytest

from planner.present.result import bridge_label, bridge_value, gap_text, one_off_eur
from planner.report.charts import BridgePiece
from planner.report.content import scenario_pieces
from planner.report.style import make_fonts
from planner.ui.tables import SavingsTableModel


def printed_bridge(result, baseline) -> BridgePiece:
    pieces = scenario_pieces(result, baseline, "", "", datetime(2025, 1, 1), make_fonts())
    (bridge,) = [piece for piece in pieces if isinstance(piece, BridgePiece)]
    return bridge


@pytest.mark.parametrize(
    "levers",
    [
        {"office_space_cut": 20},
        {"outsourced_labour_cut": 95.82, "own_staff_backfill": 30, "finance_training": 100},
        {"client_fee_alignment": 100, "digital_shift": 25},
    ],
)
def test_the_window_and_the_summary_draw_the_same_bridge(qapp, window, baseline, levers):
    for lever_id, value in levers.items():  # as the lever panel asks for a change
        window.edits.set_lever(lever_id, value)
    result = window.state.result
    chart, paper = window.bridge_chart, printed_bridge(result, baseline)
    paper_steps = [*paper.steps, paper.total_step]
    assert paper_steps == result.bridge
    assert chart.categories == [bridge_label(step) for step in paper_steps]
    assert chart.values_eur == [step.value_eur for step in paper_steps]
    assert chart.labels.texts() == [bridge_value(step) for step in paper_steps]
    assert paper.total == pytest.approx(result.total_plan_year)


def test_one_off_costs_gap_and_lever_values_read_alike(qapp, window, baseline):
    window.edits.set_lever("outsourced_labour_cut", 95.82)
    result = window.state.result
    headline = window.headline
    assert headline.one_off_label.text().endswith(one_off_eur(result.one_off_total_eur))
    assert headline.gap_label.text().endswith(gap_text(result.gap_eur))
    savings = window.savings_model
    column = SavingsTableModel.HEADERS.index("Value")
    values = [savings.data(savings.index(r, column)) for r in range(savings.rowCount() - 1)]
    assert "95.82 %" in values  # not 95.8 %: the precision the summary and Compare use too

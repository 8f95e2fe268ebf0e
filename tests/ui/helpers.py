"""What the window's views show, read back for comparison with the model's results."""

import pytest
from PySide6.QtCore import Qt

from planner.model import LEVER_BY_ID, LEVER_IDS
from planner.present import numbers as fmt
from planner.present.result import bridge_label, bridge_value, gap_text, one_off_eur
from planner.present.warnings import warning_detail

USER = Qt.ItemDataRole.UserRole


def table(model, role=Qt.ItemDataRole.DisplayRole) -> list[list]:
    return [
        [model.data(model.index(r, c), role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def snapshot(window) -> tuple:
    """Everything the views show: texts, chart data, table cells, input widgets."""
    h = window.headline
    bridge, services = window.bridge_chart, window.service_chart
    models = (window.service_model, window.budget_model, window.savings_model)
    return (
        tuple(
            label.text()
            for label in (
                h.savings_label,
                h.gap_label,
                h.plan_year_label,
                h.one_off_label,
                h.recurring_label,
                h.service_label,
                h.worst_label,
            )
        ),
        (h.gauge.savings, h.gauge.target),
        tuple(bridge.values_eur),
        tuple(bridge.bars.opts["height"]),
        tuple(bridge.bars.opts["y0"]),
        tuple(bridge.labels.texts()),
        bridge.target_line.value(),
        tuple(services.shares),
        tuple(services.labels.texts()),
        tuple(str(table(m)) for m in models),
        str(table(window.warnings_model)),
        window.warnings_label.text(),
        tuple((row.spin.value(), row.slider.value()) for row in window.lever_panel.rows.values()),
        (
            window.lever_panel.plan_settings.year.value(),
            window.lever_panel.plan_settings.target.value(),
        ),
    )


def assert_views_show(window, result) -> None:
    """Every view agrees with `result` (a ScenarioResult from evaluate_scenario)."""
    h = window.headline
    total, target = result.total_plan_year, result.target_eur
    assert h.savings_label.text() == f"Savings {fmt.meur(total)} of the {fmt.meur(target)} target"
    assert (h.gauge.savings, h.gauge.target) == (total, target)
    if result.target_reached:
        assert h.gap_label.text().startswith("✔ Target reached")
        assert h.gap_label.text().endswith(gap_text(result.gap_eur))
    else:
        assert h.gap_label.text() == (
            f"{fmt.pct(result.share_of_target)} reached · {gap_text(result.gap_eur)}"
        )
    assert fmt.eur(total) in h.plan_year_label.text()
    # One-off costs are a cost: shown negative, as in Compare and on paper.
    assert h.one_off_label.text().endswith(one_off_eur(result.one_off_total_eur))
    assert fmt.eur(result.total_recurring) in h.recurring_label.text()
    assert h.service_label.text() == f"Demand delivered {fmt.pct(result.share_of_demand_met)}"
    worst = result.worst_service
    if worst.short_of_demand:
        assert worst.name in h.worst_label.text()

    # The bridge: the result's own steps (the printed summary draws the same ones).
    bridge = window.bridge_chart
    steps = result.bridge
    assert bridge.values_eur == pytest.approx([step.value_eur for step in steps])
    assert bridge.categories == [bridge_label(step) for step in steps]
    assert bridge.labels.texts() == [bridge_value(step) for step in steps]
    # the bridge closes on the total
    assert sum(step.value_eur for step in steps[:-1]) == pytest.approx(total)
    heights = bridge.bars.opts["height"]
    assert list(heights) == pytest.approx([step.value_eur * 1e-6 for step in steps])
    assert bridge.labels.texts()[-1] == fmt.meur(total)
    assert bridge.target_line.value() == pytest.approx(target * 1e-6)

    services = window.service_chart
    assert [share for _, share, _ in services.shares] == pytest.approx(
        [s.share_met for s in result.services]
    )
    for text, line in zip(services.labels.texts(), result.services, strict=True):
        assert text.startswith("▼") == line.short_of_demand

    # Tables: the numbers behind every cell.
    model = window.service_model
    assert model.rowCount() == len(result.services)
    for r, line in enumerate(result.services):
        row = [model.data(model.index(r, c), USER) for c in range(model.columnCount())]
        assert model.data(model.index(r, 0)) == line.name
        assert row[1:7] == [
            line.demand,
            line.delivered,
            line.bought,
            line.shortfall,
            line.share_met,
            line.capacity,
        ]
        shortfall_text = model.data(model.index(r, 4))
        assert shortfall_text.startswith("▼") == line.short_of_demand

    model = window.budget_model
    assert model.rowCount() == len(result.budget) + 1
    for r, line in enumerate(result.budget):
        assert model.data(model.index(r, 0)) == line.name
        assert model.data(model.index(r, 2), USER) == line.baseline_eur
        assert model.data(model.index(r, 3), USER) == line.trend_eur
        assert model.data(model.index(r, 4), USER) == line.scenario_eur
        assert model.data(model.index(r, 5), USER) == pytest.approx(line.change_eur)
    net = model.rowCount() - 1
    assert model.data(model.index(net, 4), USER) == result.net_cost_eur

    model = window.savings_model
    for r, lever_id in enumerate(LEVER_IDS):
        assert model.data(model.index(r, 0)) == LEVER_BY_ID[lever_id].name
        assert model.data(model.index(r, 2), USER) == result.savings_plan_year[lever_id]
        assert model.data(model.index(r, 3), USER) == result.savings_recurring[lever_id]
    assert model.data(model.index(len(LEVER_IDS), 2), USER) == pytest.approx(total)

    model = window.warnings_model
    assert model.rowCount() == len(result.warnings)
    names = {s.id: s.name for s in result.services}
    for r, warning in enumerate(result.warnings):
        concerns = model.data(model.index(r, 0))
        assert model.data(model.index(r, 1)) == warning_detail(warning)  # from code and params
        if warning.lever:
            assert LEVER_BY_ID[warning.lever].name in concerns
        if warning.service:
            assert names[warning.service] in concerns
    count = len(result.warnings)
    assert (f"Warnings ({count})" in window.warnings_label.text()) == (count > 0)


def window_in_language(qtbot, settings, code: str):
    """A generator for a fixture: the window built in `code` (fi, sv) at 1280x800 on the
    bundled baseline with its names in that language, shown; English again afterwards."""
    from PySide6.QtWidgets import QApplication

    from planner.files.baseline_io import load_baseline
    from planner.model import Engine
    from planner.paths import bundled_baseline_dir
    from planner.present.names import localise_engine
    from planner.present.translate import install_names
    from planner.ui.language import apply_language
    from planner.ui.main_window import MainWindow
    from planner.ui.state import PlannerState

    apply_language(code)
    engine = localise_engine(Engine(load_baseline(bundled_baseline_dir())))
    main = MainWindow(PlannerState(engine), settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()
    yield main
    main.close()
    apply_language("en")
    install_names({})

"""Issue 15, what must hold: the window at 1280x800 and 1920x1080, with the Scenarios panel
open and closed, and (in a subprocess with QT_SCALE_FACTOR=2) at a device pixel ratio of 2: no
headline text cut, no two chart texts overlapping, every service name in view while the tables
scroll sideways, sliders at least 160 px wide."""

import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from planner.paths import reference_workbook_path
from planner.ui.lever_panel import SLIDER_MIN_WIDTH

SIZES = [(1280, 800), (1920, 1080)]
ROOT = Path(__file__).resolve().parents[2]


def settle(qtbot, window):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)
    window.repaint()


def reported_programme(window):
    """The busiest reference scenario (every lever moved, lines short of demand)."""
    from planner.files.workbook_json import read_workbook_file

    workbook = read_workbook_file(reference_workbook_path()).workbook
    scenario = next(s for s in workbook.scenarios if s.name.startswith("Reported programme"))
    for lever_id, value in scenario.levers.items():
        window.edits.set_lever(lever_id, value)
    return scenario


def cut_headline_texts(window) -> list[str]:
    cut = []
    for label in window.headline.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(label.font())
        doc.setHtml(label.text())
        room = label.contentsRect()
        doc.setTextWidth(room.width())
        if doc.idealWidth() > room.width() + 1 or doc.size().height() > room.height() + 2:
            cut.append(label.text())
    return cut


def headline_rows_too_tall(window) -> list[str]:
    """Rows of the headline taller than their tallest text needs (a wrapped label spanning
    rows made the grid ask for room no text used: some 70 px of the charts' height at
    1280x800). Each row's cells are as tall as the row; its tallest label's height for its
    width is what the row needs."""
    h = window.headline

    def need(widget):
        if isinstance(widget, QLabel):
            return widget.heightForWidth(widget.width()) if widget.text() else 0
        return widget.minimumHeight()

    rows = {
        "top": (h.savings_label, h.plan_year_label, h.service_label),
        "gauge": (h.gauge, h.one_off_label),
        "gap": (h.gap_label, h.recurring_label),
        "probability": (h.probability_label,),
    }
    spacing = h.layout().verticalSpacing()
    spanned_rows = ("gauge", "gap", "probability")  # the worst line spans these three
    spanned_need = sum(max(need(w) for w in rows[name]) for name in spanned_rows) + 2 * spacing
    # The worst line may need more than its rows' other texts: the extra may go to any row.
    slack = 2 + max(0, need(h.worst_label) - spanned_need)
    too_tall = [
        f"{name}: {widgets[0].height()} px for {max(need(w) for w in widgets)} px of text"
        for name, widgets in rows.items()
        if widgets[0].height() > max(need(w) for w in widgets) + slack
    ]
    spanned = sum(rows[name][0].height() for name in spanned_rows) + 2 * spacing
    if abs(h.worst_label.height() - max(spanned, need(h.worst_label))) > slack:
        too_tall.append(f"worst line: {h.worst_label.height()} px, its rows {spanned} px")
    return too_tall


def _bridge_name_rects(bridge):
    axis = bridge.bottom_axis
    return [bridge.viewportTransform().mapRect(axis.mapRectToScene(r)) for r in axis.text_rects]


def overlapping(rects) -> list[tuple]:
    return [
        (a, b)
        for a, b in combinations(rects, 2)
        if a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5))
    ]


def check_layout(qtbot, window, size, panel_open):
    window.scenario_dock.setVisible(panel_open)
    window.resize(*size)
    settle(qtbot, window)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    assert window.devicePixelRatio() == scale

    assert cut_headline_texts(window) == []
    assert headline_rows_too_tall(window) == []

    for chart in (window.bridge_chart, window.service_chart):
        chart.grab()  # paint, so the texts are where a user sees them
        rects = chart.text_rects()
        assert len(rects) > len(window.state.result.services) // 2 or chart is window.bridge_chart
        assert overlapping(rects) == [], chart.objectName()
    # Every service line has its name in the service chart (none dropped where rows are tight).
    services = window.service_chart.left_axis.text_rects
    assert len(services) == len(window.state.result.services)
    # Every bar of the bridge has its name, inside the chart (none dropped at its ends).
    bridge = window.bridge_chart
    names = bridge.bottom_axis.text_rects
    assert len(names) == len(bridge.categories)
    inside = bridge.viewport().rect()
    for rect in _bridge_name_rects(bridge):
        assert inside.contains(rect.toAlignedRect()), rect

    for lever_row in window.lever_panel.rows.values():
        assert lever_row.slider.width() >= SLIDER_MIN_WIDTH, lever_row.lever.id

    for table in (window.service_table, window.budget_table, window.savings_table):
        window.tabs.setCurrentWidget(
            table if window.tabs.indexOf(table) >= 0 else table.parentWidget()
        )
        settle(qtbot, window)
        bar = table.horizontalScrollBar()
        for position in (bar.minimum(), bar.maximum()):
            bar.setValue(position)
            settle(qtbot, window)
            assert table.frozen.isVisible()
            assert table.frozen.geometry().left() <= table.verticalHeader().width() + 2
            assert table.cut_names() == [], table.accessibleName()
    window.tabs.setCurrentIndex(0)


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
@pytest.mark.parametrize("panel_open", [True, False], ids=["panel-open", "panel-closed"])
def test_the_window_fits(qtbot, window, size, panel_open):
    check_layout(qtbot, window, size, panel_open)  # no change
    reported_programme(window)
    check_layout(qtbot, window, size, panel_open)  # every lever moved, lines short


def test_a_scenario_with_large_figures_fits(qtbot, window):
    """Bigger figures (one-off costs, long worst-line names) than the reference scenarios."""
    window.edits.set_target(987_654_321.0)
    for lever_id, value in (("office_space_cut", 60.0), ("outsourced_labour_cut", 100.0)):
        window.edits.set_lever(lever_id, value)
    check_layout(qtbot, window, (1280, 800), True)


@pytest.mark.skipif(os.environ.get("QT_SCALE_FACTOR") == "2", reason="this is the child run")
def test_at_device_pixel_ratio_2():
    """The same checks in a fresh process whose screens have a device pixel ratio of 2."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__, "-k", "fits"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout

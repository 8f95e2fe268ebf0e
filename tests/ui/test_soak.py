"""Long use: thousands of lever changes with repaints, undo and redo, without a crash or
memory that keeps growing.

A crash of this kind has happened (PySide6 6.12.0 with pyqtgraph 0.14.0 aborted after some
hundreds of repaints in AxisItem.drawPicture); the targets and plan years change now and then
so that the chart axes are drawn again, not only the bars.
"""

import os
import random

import pytest
from PySide6.QtWidgets import QApplication

from planner.model import LEVERS, evaluate_scenario
from tests.ui.helpers import assert_views_show

WARM_UP = 300
CHANGES = 2000
GROWTH_LIMIT = 40 * 2**20  # bytes: generous, against growth without bound
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE


@pytest.mark.soak
def test_thousands_of_changes_with_repaints_undo_and_redo(window, engine):
    rng = random.Random(2024)
    edits, stack = window.edits, window.undo_stack

    def paint(full: bool) -> None:
        QApplication.processEvents()
        if full:
            window.repaint()

    def step(i: int) -> None:
        lever = LEVERS[i % len(LEVERS)]
        edits.set_lever(lever.id, round(rng.uniform(lever.minimum, lever.maximum), 2))
        if i % 40 == 0:
            edits.set_target(rng.choice([0.0, 5e6, 29e6, 70e6, 150e6]))
        if i % 97 == 0:
            edits.set_plan_year(rng.choice([2024, 2026, 2030, 2040]))
        if i % 250 == 0:
            window.tabs.setCurrentIndex((i // 250) % window.tabs.count())
            window.resize(1280 - (i // 250) % 3 * 100, 800)
        paint(full=i % 5 == 0)
        if i % 20 == 0:
            for _ in range(2):
                stack.undo()
                paint(full=True)
            stack.redo()
            paint(full=True)

    for i in range(WARM_UP):
        step(i)
    before = rss()
    for i in range(WARM_UP, WARM_UP + CHANGES):
        step(i)
    grown = rss() - before
    print(f"RSS grew by {grown / 2**20:.1f} MiB over {CHANGES} changes")
    assert grown < GROWTH_LIMIT, f"RSS grew by {grown / 2**20:.1f} MiB"
    assert stack.count() <= stack.undoLimit()

    # Still correct at the end, and undo still walks back.
    assert_views_show(window, evaluate_scenario(engine, window.state.scenario))
    while stack.canUndo():
        stack.undo()
    assert stack.index() == 0
    QApplication.processEvents()
    window.repaint()

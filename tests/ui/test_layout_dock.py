"""Issue 15 at the first-start layout (1280x800, the Scenarios panel open), and at 1920x1080:
every scenario name reads in full in the panel's list, and no warning is cut (each row as
tall as its wrapped texts, no column past the table's right edge), in English, Finnish and
Swedish."""

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from planner.files.baseline_io import load_baseline
from planner.model import Engine
from planner.paths import bundled_baseline_dir, reference_workbook_path
from planner.present.names import localise_engine
from planner.present.translate import install_names
from planner.ui.language import apply_language
from planner.ui.main_window import MainWindow
from planner.ui.state import PlannerState
from tests.ui.test_layout import settle

WRAP = int(Qt.TextFlag.TextWordWrap)
SIZES = [(1280, 800), (1920, 1080)]


@pytest.fixture(params=["en", "fi", "sv"])
def reference_window(request, qtbot, settings):
    """The window in a language, on that language's reference workbook at the Reported
    programme (the scenario with the most warnings)."""
    if request.param != "en":
        apply_language(request.param)
    engine = Engine(load_baseline(bundled_baseline_dir()))
    if request.param != "en":
        engine = localise_engine(engine)
    main = MainWindow(PlannerState(engine), settings)
    qtbot.addWidget(main)
    assert main.files.load(reference_workbook_path(request.param))  # names in the language
    names = main.state.workbook.names()
    assert "70" in names[-1]  # the Reported programme (€70M), last in every language
    main.state.set_current(len(names) - 1)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()
    yield main
    main.close()
    apply_language("en")
    install_names({})


def text_margin(view) -> int:
    """What the item delegate leaves on each side of a cell's text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def cut_texts(view, model, columns) -> list[str]:
    """The texts of `columns` that do not show in full in `view`: wider or taller, wrapped at
    their cell's width, than the cell the view gives them, or a cell past the view's edge."""
    margin = 2 * text_margin(view)
    edge = view.viewport().width()
    cut = []
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            text = str(index.data() or "")
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            cell = view.visualRect(index)
            box = QFontMetrics(font).boundingRect(
                QRect(0, 0, cell.width() - margin, 100_000), WRAP, text
            )
            if (
                box.width() > cell.width() - margin
                or box.height() > cell.height()
                or cell.left() < 0
                or cell.right() >= edge
            ):
                cut.append(text)
    return cut


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_every_scenario_name_reads_in_full_in_the_panel(qtbot, reference_window, size):
    window = reference_window
    window.scenario_dock.setVisible(True)
    window.resize(*size)
    settle(qtbot, window)
    view = window.scenario_panel.view
    model = view.model()
    assert model.rowCount() == 4
    assert cut_texts(view, model, [0]) == []
    assert not view.horizontalScrollBar().isVisible()
    # The rows follow each other (a wrapped name pushes the next one down; none overlaps).
    rects = [view.visualRect(model.index(row)) for row in range(model.rowCount())]
    for above, below in zip(rects, rects[1:], strict=False):
        assert above.bottom() < below.top()
    # The tooltip still has the whole name and the description.
    scenario = window.state.scenario
    tip = model.data(model.index(window.state.current_index), Qt.ItemDataRole.ToolTipRole)
    assert scenario.name in tip and scenario.description.split()[0] in tip


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
@pytest.mark.parametrize("panel_open", [True, False], ids=["panel-open", "panel-closed"])
def test_no_warning_is_cut(qtbot, reference_window, size, panel_open):
    window = reference_window
    window.scenario_dock.setVisible(panel_open)
    window.resize(*size)
    settle(qtbot, window)
    table, model = window.warnings_table, window.warnings_model
    assert model.rowCount() >= 5
    assert cut_texts(table, model, [0, 1]) == []
    # The sentence has most of the room; what it concerns wraps in the narrower column.
    assert table.columnWidth(1) > table.columnWidth(0)
    assert table.columnWidth(0) + table.columnWidth(1) <= table.viewport().width()


def test_warnings_follow_the_splitter(qtbot, reference_window):
    """Dragging the splitter: wider warnings take fewer lines, narrower ones more, and none
    is cut; they never get narrower than their longest words."""
    window = reference_window
    settle(qtbot, window)
    table, model = window.warnings_table, window.warnings_model
    top = window.splitters["top"]
    total = sum(top.sizes())

    def rows_height():
        return sum(table.rowHeight(row) for row in range(model.rowCount()))

    before = rows_height()
    top.setSizes([total - top.sizes()[1] - 200, top.sizes()[1] + 200])
    settle(qtbot, window)
    assert cut_texts(table, model, [0, 1]) == []
    assert rows_height() < before
    top.setSizes([total - 150, 150])
    settle(qtbot, window)
    assert cut_texts(table, model, [0, 1]) == []
    assert table.width() >= table.minimumWidth() > 150


def test_a_figure_change_measures_no_row_again(qtbot, window):
    """A lever change that changes figures but no name (nor its font) leaves the tables' rows
    as they are: they are fitted to their names, not every cell measured again on every
    change (which cost some milliseconds of each lever change)."""
    window.edits.set_lever("office_space_cut", 10.0)
    settle(qtbot, window)
    asked = Counter()

    class Counting(dict):  # the models' data() is a lookup in this dictionary
        def __init__(self, cells, name):
            super().__init__(cells)
            self.name = name

        def get(self, role, default=None):
            asked[self.name] += 1
            return super().get(role, default)

    models = (window.service_model, window.budget_model, window.savings_model)
    for model in models:
        model._cells = Counting(model._cells, type(model).__name__)
    for value in (12.0, 14.0, 16.0, 18.0):  # figures change; every name stays, not bold
        window.edits.set_lever("office_space_cut", value)
        settle(qtbot, window)
    # Only painting asks: the changed cells of the service table in view, fewer lookups than
    # the table has cells (measuring its rows asked for every role of every cell); the budget
    # and savings tables, in tabs out of view, are not asked at all.
    assert asked["BudgetTableModel"] == asked["SavingsTableModel"] == 0
    cells = window.service_model.rowCount() * window.service_model.columnCount()
    assert 0 < asked["ServiceTableModel"] / 4 < cells

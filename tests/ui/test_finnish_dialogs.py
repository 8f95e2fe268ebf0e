"""The dialogs in Finnish and Swedish (issue 13): every dialog the window opens, opened as a user
opens it, shows no English text in its title, widgets, tables, chart and tooltips (numbers and
proper names excepted), and no text of it is cut at 1280x800 (the translations are longer).

The dialogs: Reach the target… with a plan found (a real `planner.analysis.solve` result, the
one the dialog's search thread would deliver), a lever's timing editor (a lever with a ramp-up
and the office lever), Targets by year…, Goal seek's answer (reached and not reached), Compare
with three scenarios (every tab: the tables, the chart and its key, What differs, Assumptions),
the scenario chooser of Print Preview and Export Results, the override editor of the
Assumptions tab, About, and the problems of a broken baseline (File > Open Baseline).

The problems of a broken baseline keep their import messages in English; the dialog's framing
(title, the sentence before the list, the count, its buttons) is in the planner's language. The
messages are the baseline reader's (planner.files), the same ones `planner check` prints on the
command line, which issue 13 leaves in English; they name the file's own sheets and column
headers (`amount_eur`, `unit_cost_eur`), which are English in every language, and a planner
fixing the file (or asking whoever keeps it) needs them word for word as they are in the file
and the documentation (docs/baseline.md). So the list is taken out before the check, and the
test asserts it is there.
"""

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QWidget,
)

from planner.analysis.solve import solve
from planner.files.baseline_io import load_baseline
from planner.model import LEVERS, Engine
from planner.paths import bundled_baseline_dir, resources_dir
from planner.present.names import localise_engine
from planner.present.translate import install_names
from planner.ui.figures import figure_by_key
from planner.ui.language import apply_language
from planner.ui.main_window import MainWindow
from planner.ui.state import PlannerState
from tests.ui.test_finnish_window import (
    SAME_IN_FINNISH,
    _provenance_texts,
    _widget_texts,
    _words,
)

# 1280x800 less a task bar: the room a dialog has on the smallest screen the planner is for.
ROOM = (1280, 760)
# Words written the same in Swedish as in the Finnish list (proper names, units, file kinds).
SAME_IN = {"fi": SAME_IN_FINNISH, "sv": SAME_IN_FINNISH}
# Scenario names and an override's reason: the planner's own words, not the program's.
NAMES = {"fi": ("Kaupungin ohjelma", "Tiukka ohjelma"), "sv": ("Stadens program", "Strängt")}
REASON = {"fi": "Arvio vuodelle 2025", "sv": "Bedömning för 2025"}


def _vocabularies(code: str) -> tuple[set[str], set[str]]:
    """The catalogue's English words, and its words in the language (and words alike in both)."""
    root = ET.parse(resources_dir() / "translations" / f"planner_{code}.ts").getroot()
    sources = [m.findtext("source") for m in root.iter("message")]
    translated = [m.findtext("translation") for m in root.iter("message")]
    return _words(sources), _words(translated) | SAME_IN[code]


def _english(texts, proper: list[str], code: str) -> list[tuple[str, str, list[str]]]:
    english, local = _vocabularies(code)
    proper_words = _words(proper)
    data = _provenance_texts()  # the baseline's sources and reasoning: data, in English
    found = []
    for text, where in texts:
        for known in data:
            if known and known in text:
                text = text.replace(known, " ")
        words = (_words([text]) & english) - local - proper_words
        if words:
            found.append((where, text[:160], sorted(words)))
    return found


def _dialog_texts(dialog: QWidget) -> list[tuple[str, str]]:
    """What `_widget_texts` reads, and the read-only text boxes (What differs, Assumptions)."""
    texts = _widget_texts(dialog)
    for box in dialog.findChildren(QPlainTextEdit):
        if box.isVisibleTo(dialog):
            texts.append((box.toPlainText(), "text box"))
    return [(text, where) for text, where in texts if text and text.strip()]


def _all_tabs_texts(dialog) -> list[tuple[str, str]]:
    """Each tab of the dialog's tab widget in view once (their texts are made when shown)."""
    texts = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        texts += _dialog_texts(dialog)
    return texts


def _cut(dialog: QWidget) -> list[str]:
    """Texts that do not fit where they are shown: a label, button, check box or tab narrower
    (or, wrapped, lower) than its text, or the dialog larger than the screen."""
    QApplication.processEvents()
    cut = []
    if dialog.width() > ROOM[0] or dialog.height() > ROOM[1]:
        cut.append(f"{dialog.windowTitle()}: {dialog.width()}x{dialog.height()}")
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap():
                too_small = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                too_small = widget.sizeHint().width() > widget.width() + 1
            if too_small:
                cut.append(f"label {widget.text()[:80]!r}: {widget.size().toTuple()}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                cut.append(f"button {widget.text()!r}: {widget.width()} px")
        elif isinstance(widget, QTableView) and widget.model() is not None:
            cut += _cut_cells(widget)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() + 1 < widget.tabSizeHint(i).width():
                    cut.append(f"tab {widget.tabText(i)!r}")
    return cut


def _cut_cells(view: QTableView) -> list[str]:
    """Cells whose text the view cannot show whole: a row lower than its wrapped texts need
    (the view's own size hint for the row, at its columns' widths), or, in a view that does
    not wrap, a column narrower than its widest cell. Named by the row's or cell's text."""
    model, cut = view.model(), []
    if view.wordWrap():
        for row in range(model.rowCount()):
            if view.rowHeight(row) < view.sizeHintForRow(row):
                text = str(model.data(model.index(row, 0)) or "").strip()
                cut.append(f"row {text!r}: {view.rowHeight(row)} px for {view.sizeHintForRow(row)}")
        return cut
    for column in range(model.columnCount()):
        need = view.sizeHintForColumn(column)
        if view.isColumnHidden(column) or need <= view.columnWidth(column):
            continue
        texts = [str(model.data(model.index(row, column)) or "") for row in range(model.rowCount())]
        widest = max(texts, key=view.fontMetrics().horizontalAdvance)
        cut.append(f"cell {widest.strip()!r}: {view.columnWidth(column)} px for {need}")
    return cut


def _fit(dialog: QWidget) -> None:
    """The dialog as big as it makes itself on a 1280x800 screen (the offscreen screen is
    800 px wide, and a dialog sized from the screen would be smaller than a user's)."""
    dialog.resize(min(dialog.width(), ROOM[0]), min(dialog.height(), ROOM[1]))
    QApplication.processEvents()


def _while_modal(trigger, look) -> list:
    """Run `trigger`, which opens a modal dialog with exec() (it blocks); `look` reads the
    dialog while it is open, then the dialog is closed as Cancel would."""
    seen, tries = [], 0

    def visit():
        nonlocal tries
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            tries += 1
            if tries < 500:  # five seconds; then `seen` stays empty and the test says so
                QTimer.singleShot(10, visit)
            return
        QApplication.processEvents()
        try:
            seen.append(look(dialog))
        finally:
            dialog.reject()

    QTimer.singleShot(0, visit)
    trigger()
    return seen


@pytest.fixture(params=["fi", "sv"])
def translated(request, qtbot, settings):
    code = request.param
    apply_language(code)
    engine = localise_engine(Engine(load_baseline(bundled_baseline_dir())))
    main = MainWindow(PlannerState(engine), settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()
    yield main, code
    for widget in QApplication.topLevelWidgets():  # dialogs left open by a failed test
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    main.close()
    apply_language("en")
    install_names({})


def _proper(window) -> list[str]:
    baseline = window.state.baseline
    return [s.name for s in window.state.workbook.scenarios] + [baseline.name, baseline.origin]


def _three_scenarios(window, code: str) -> None:
    """Two more scenarios after the current one: one with the levers half way, one with every
    lever at its maximum, another plan year and target (Compare's note says so in words)."""
    first, second = NAMES[code]
    edits = window.edits
    edits.duplicate_scenario(first)
    for lever in LEVERS:
        edits.set_lever(lever.id, (lever.minimum + lever.maximum) / 2)
    edits.duplicate_scenario(second)
    for lever in LEVERS:
        edits.set_lever(lever.id, lever.maximum)
    edits.set_plan_year(window.state.engine.base_year + 1)
    edits.set_target(window.state.scenario.target_eur + 5_000_000)


def test_reach_the_target_with_a_plan_found(translated, qtbot):
    window, code = translated
    window.edits.set_target(20_000_000)  # within reach of the levers together
    dialog = window.plan_tools.open_reach()
    qtbot.waitExposed(dialog)
    _fit(dialog)
    texts = _dialog_texts(dialog)
    for check in dialog.moving.values():  # no lever may move: said before any search
        check.setChecked(False)
    dialog.find()
    texts.append((dialog.status.text(), "status"))
    assert dialog.thread is None and dialog.status.text()
    for check in dialog.moving.values():
        check.setChecked(True)
    dialog.find()  # the search in its thread, as the button runs it
    qtbot.waitUntil(lambda: dialog.solved is not None, timeout=60_000)
    assert dialog.solved.reachable and dialog.model.rowCount() > len(LEVERS)
    texts += _dialog_texts(dialog)
    summary = dialog.summary.text()
    # The closest plan when one lever alone may move: the words for a target not reached.
    for lever_id, check in dialog.moving.items():
        check.setChecked(lever_id == "finance_training")
    dialog.every_year.setChecked(True)
    dialog.use_ceiling.setChecked(True)
    short = solve(window.state.engine, window.state.scenario, dialog.request())
    assert not short.reachable
    dialog.show_proposal(short)
    texts += _dialog_texts(dialog)
    assert dialog.summary.text() != summary
    dialog.save_as_new()  # the new scenario's name and the status line
    texts += _dialog_texts(dialog)
    assert _english(texts, _proper(window), code) == []
    cut = _cut(dialog)
    assert cut == [], "\n".join(cut)
    dialog.reject()


def test_the_timing_editor_and_targets_by_year(translated, qtbot):
    window, code = translated
    texts, cut = [], []
    for lever_id in ("outsourced_labour_cut", "office_space_cut"):  # a ramp-up; leases
        dialog = window.plan_tools.timing.edit(lever_id)
        qtbot.waitExposed(dialog)
        _fit(dialog)
        texts += _dialog_texts(dialog)
        cut += _cut(dialog)
        dialog.reject()
    dialog = window.plan_tools.open_targets()
    qtbot.waitExposed(dialog)
    _fit(dialog)
    texts += _dialog_texts(dialog)
    cut += _cut(dialog)
    dialog.reject()
    assert len(texts) > 20
    assert _english(texts, _proper(window), code) == []
    assert cut == [], "\n".join(cut)


def test_goal_seek_says_what_it_found(translated, qtbot):
    window, code = translated
    texts, icons, cut = [], set(), []
    seek = [("outsourced_labour_cut", None), ("finance_training", None)]
    seek.append(("outsourced_labour_cut", 500_000))  # a target it reaches alone
    for lever_id, target in seek:
        if target is not None:
            window.edits.set_target(target)
        window.plan_tools.goal_seek.run(lever_id)
        box = window.plan_tools.goal_seek.message_box
        qtbot.waitExposed(box)
        texts += _dialog_texts(box) + [(window.statusBar().currentMessage(), "status")]
        icons.add(box.icon())
        cut += _cut(box)
        box.reject()
        window.undo_stack.undo()
    assert icons == {QMessageBox.Icon.Warning, QMessageBox.Icon.Information}  # both answers
    assert _english(texts, _proper(window), code) == []
    assert cut == [], "\n".join(cut)


def test_the_override_editor(translated, qtbot):
    window, code = translated
    view = window.assumptions.view
    window.tabs.setCurrentWidget(view)
    key = next(k for k, f in figure_by_key(window.state.engine).items() if f.engine_reads)
    view.select(key)
    view.edit_selected()
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    _fit(dialog)
    texts = _dialog_texts(dialog)
    assert _english(texts, _proper(window), code) == []
    cut = _cut(dialog)
    assert cut == [], "\n".join(cut)
    dialog.reject()


def test_compare_every_tab(translated, qtbot):
    window, code = translated
    view = window.assumptions.view
    window.tabs.setCurrentWidget(view)  # its figures are listed when it is first shown
    figure = next(f for f in figure_by_key(window.state.engine).values() if f.engine_reads)
    view.select(figure.key)
    view.edit_selected()
    view.dialog.value_spin.setValue(figure.value * 1.1 + 1)
    view.dialog.reason_edit.setText(REASON[code])
    view.dialog.accept()
    assert window.state.scenario.overrides
    _three_scenarios(window, code)
    dialog = window.compare.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1240, 700)  # what it makes itself on a 1280x800 screen
    dialog.choose(window.state.workbook.names())
    assert len(dialog.results) == 3
    dialog.first_box.setCurrentIndex(0)
    dialog.second_box.setCurrentIndex(2)
    texts = _all_tabs_texts(dialog)
    shown = " ".join(text for text, _ in texts)
    assert dialog.chart_caption.text() in shown and dialog.diff_text.toPlainText() in shown
    assert REASON[code] in shown  # the Assumptions tab names the override
    assert len(dialog.note.text()) > 40  # plan years and targets differ: said in words
    proper = [*_proper(window), REASON[code]]
    assert _english(texts, proper, code) == []
    cut = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        cut += _cut(dialog)
    assert cut == [], "\n".join(cut)
    dialog.tabs.setCurrentWidget(dialog.chart.parentWidget())
    QApplication.processEvents()
    for plot in (dialog.chart.savings_plot, dialog.chart.service_plot):  # titles whole
        assert plot.titleLabel.item.boundingRect().width() <= plot.titleLabel.width()
    # Units in the language's plural ("käyntiä", "besök"), never with an English "s" added.
    diff = dialog.diff_text.toPlainText()
    units = {service.unit for service in dialog.results[0].services}
    assert any(unit in diff for unit in units)
    assert [u for u in units if re.search(rf"\b{re.escape(u)}s\b", diff)] == []
    dialog.choose(window.state.workbook.names()[:1])  # one: the hints to tick more
    assert dialog.hint.text()
    texts = _all_tabs_texts(dialog)
    assert _english(texts, proper, code) == []
    dialog.close()


def test_the_scenario_chooser_for_print_and_export(translated, qtbot):
    window, code = translated
    _three_scenarios(window, code)
    outputs = window.output_actions
    looked = []
    for action in (outputs.print_preview_action, outputs.export_results_action):
        looked += _while_modal(action.trigger, lambda d: (_dialog_texts(d), _cut(d)))
    assert len(looked) == 2
    texts = [t for found, _ in looked for t in found]
    assert _english(texts, _proper(window), code) == []
    assert [c for _, cut in looked for c in cut] == []


def test_the_problems_of_a_broken_baseline(translated, qtbot, tmp_path):
    window, code = translated
    folder = tmp_path / "broken"
    shutil.copytree(bundled_baseline_dir(), folder)
    services = folder / "services.csv"
    lines = services.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",3700000,", ",many,")  # home care visits: a volume not a number
    services.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def look(dialog):
        problems = dialog.text.toPlainText()
        texts = [(t, w) for t, w in _dialog_texts(dialog) if t != problems]
        return problems, texts, _cut(dialog)

    seen = _while_modal(lambda: window.baseline_actions.open_baseline(folder), look)
    assert len(seen) == 1
    problems, texts, cut = seen[0]
    assert "volume" in problems  # the reader's message, in English (see the docstring)
    assert _english(texts, [*_proper(window), str(folder)], code) == []
    assert cut == [], "\n".join(cut)


def test_about(translated, qtbot):
    window, code = translated
    seen = _while_modal(window.about_action.trigger, lambda d: (_dialog_texts(d), _cut(d)))
    assert len(seen) == 1
    texts, cut = seen[0]
    assert any("Planner" in text for text, _ in texts)
    assert _english(texts, _proper(window), code) == []
    assert cut == [], "\n".join(cut)


def test_english_and_cut_texts_left_in_a_dialog_are_caught(translated, qtbot):
    """The checks find what they are for: an English sentence in a dialog's label, a label
    narrower than its text, a table row lower than its wrapped name."""
    window, code = translated
    dialog = window.plan_tools.open_targets()
    qtbot.waitExposed(dialog)
    label = QLabel("The savings to reach in each year", dialog)
    label.setFixedWidth(40)
    label.show()
    found = _english(_dialog_texts(dialog), _proper(window), code)
    assert any("savings" in words for _, _, words in found)
    assert any("The savings" in cut for cut in _cut(dialog))
    dialog.reject()
    compare = window.compare.show()
    qtbot.waitExposed(compare)
    view = compare.tables["services"]
    compare.tabs.setCurrentWidget(view)
    view.setColumnWidth(0, 60)  # every name wraps; the rows stay one line high
    assert len(_cut_cells(view)) > 5
    compare.close()

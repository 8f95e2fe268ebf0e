"""The window built in Finnish (issue 13): no English text in any widget, menu, tab, table
header, chart text or tooltip (numbers and proper names excepted), numbers written the
Finnish way, and spin boxes that take a decimal comma."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from planner.files.baseline_io import load_baseline
from planner.paths import bundled_baseline_dir, resources_dir
from planner.present import numbers as fmt
from tests.ui.helpers import window_in_language

CATALOGUE = resources_dir() / "translations" / "planner_fi.ts"
# Words that read the same in Finnish or are proper names: the product, the city, its
# hospital district and its client portal, the data file, units and abbreviations.
SAME_IN_FINNISH = {"planner", "helsinki", "hus", "maisa", "baseline", "csv", "xlsx", "pdf", "mit"}


def _words(texts) -> set[str]:
    found = set()
    for text in texts:
        found |= {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]{3,}", _plain(text or ""))}
    return found


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\S*[/_]\S*", " ", text)  # paths, addresses and ids are not words
    return re.sub(r"\{[a-z_]*(?::[^}]*)?\}", " ", text)  # placeholders are not words


def _provenance_texts() -> list[str]:
    provenance = load_baseline(bundled_baseline_dir()).provenance
    texts = {str(t) for column in ("note", "source") for t in provenance[column] if str(t)}
    return sorted(texts, key=len, reverse=True)


def _vocabularies():
    root = ET.parse(CATALOGUE).getroot()
    sources = [m.findtext("source") for m in root.iter("message")]
    finnish = [m.findtext("translation") for m in root.iter("message")]
    return _words(sources), _words(finnish) | SAME_IN_FINNISH


@pytest.fixture
def finnish_window(qtbot, settings):
    yield from window_in_language(qtbot, settings, "fi")


def _menu_texts(menu: QMenu, out: list):
    menu.aboutToShow.emit()  # menus filled on demand (Open Recent)
    for action in menu.actions():
        out += [(action.text(), "menu"), (action.toolTip(), "menu tip")]
        out.append((action.statusTip(), "status tip"))
        if action.menu():
            _menu_texts(action.menu(), out)


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column (its columnCount is private)
        return 1


def _widget_texts(window) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    # A dialog (tests/ui/test_finnish_dialogs.py) has no menu bar; its title is a text.
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is None:
        texts.append((window.windowTitle(), "title"))
    for action in bar.actions() if bar is not None else ():
        texts.append((action.text(), "menu bar"))
        if action.menu():
            _menu_texts(action.menu(), texts)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        kind = type(widget).__name__
        texts += [(widget.toolTip(), f"{kind} tooltip"), (widget.accessibleName(), kind)]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((widget.text(), kind))
        if isinstance(widget, QGroupBox):
            texts.append((widget.title(), kind))
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
            texts.append((widget.placeholderText(), kind))
        if isinstance(widget, QComboBox):
            texts += [(widget.itemText(i), kind) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts += [(widget.tabText(i), "tab"), (widget.tabToolTip(i), "tab tooltip")]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for section in range(_columns(model)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, Qt.Orientation.Horizontal, role)
                    texts.append((str(value or ""), f"{kind} header"))
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(_columns(model)):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append((str(model.data(index, role) or ""), f"{kind} cell"))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    texts.append((item.toPlainText(), "chart text"))
    return [(text, where) for text, where in texts if text and text.strip()]


def _english(texts, scenario_names) -> list[tuple[str, str, list[str]]]:
    english, finnish = _vocabularies()
    proper = _words(scenario_names)
    # The baseline's provenance (sources and reasoning) is data, written in English.
    data = _provenance_texts()
    found = []
    for text, where in texts:
        for known in data:
            if known and known in text:
                text = text.replace(known, " ")
        words = _words([text]) & english
        words -= finnish | proper
        if words:
            found.append((where, text[:120], sorted(words)))
    return found


def test_the_finnish_window_shows_no_english(finnish_window, qtbot):
    window = finnish_window
    names = [s.name for s in window.state.workbook.scenarios] + [window.state.baseline.name]
    texts = []
    for index in range(window.tabs.count()):  # every tab in view once
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        texts += _widget_texts(window)
    assert len(texts) > 300
    assert _english(texts, names) == []
    # Finnish words are there, not just an absence of English.
    shown = " ".join(text for text, _ in texts)
    for word in ("Säästöt", "Suunnitteluvuosi", "Vuokratyövoima", "Asiakasmaksu", "Tiedosto"):
        assert word in shown


def test_the_finnish_window_writes_numbers_the_finnish_way(finnish_window):
    window = finnish_window
    assert fmt.active_locale() is fmt.FINNISH
    assert QLocale().language() == QLocale.Language.Finnish
    target = window.lever_panel.plan_settings.target
    assert target.text().endswith("\u00a0€") and "," not in target.text()
    headline = window.headline.savings_label.text()
    assert "M€" in headline and re.search(r"\d,\d", headline)


def test_a_finnish_spin_box_takes_a_decimal_comma(finnish_window, qtbot):
    row = next(iter(finnish_window.lever_panel.rows.values()))
    spin = row.spin
    assert spin.locale().decimalPoint() == ","
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), "12,5")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert spin.value() == pytest.approx(12.5)
    assert spin.text().startswith("12,50")


def test_settings_language_is_kept_for_the_next_start(window, settings):
    """Settings > Language: the choice is kept in QSettings and used from the next start (the
    menu says so); the system's language is the default."""
    from planner.ui.language import SETTING, chosen_language, system_language

    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Settings") == titles.index("&Help") - 1
    actions = {a.data(): a for a in window.language_actions.actions()}
    assert set(actions) == {"system", "fi", "sv", "en"}
    assert actions["system"].isChecked()
    assert chosen_language(settings) == system_language()
    actions["fi"].trigger()
    assert settings.value(SETTING) == "fi" and chosen_language(settings) == "fi"
    assert "Suomi" in window.statusBar().currentMessage()
    assert "next start" in window.statusBar().currentMessage()
    actions["system"].trigger()
    assert settings.value(SETTING) is None
    assert chosen_language(settings) == system_language()

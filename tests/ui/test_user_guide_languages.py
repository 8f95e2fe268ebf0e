"""Help > User Guide in the window's language (issue 13): a Finnish or Swedish window shows the
guide written in its language, and the guide names the window's own words: every menu path
("File > Open Baseline") names entries of that window's menu bar, and the levers, the plan
settings and the Scenarios panel are called what the window calls them."""

import re

import pytest
from PySide6.QtWidgets import QMenu

from planner.files.baseline_io import load_baseline
from planner.model import Engine
from planner.paths import bundled_baseline_dir, resources_dir
from planner.present.names import localise_engine
from planner.present.result import lever_name
from planner.present.translate import install_names
from planner.ui.language import apply_language
from planner.ui.main_window import MainWindow
from planner.ui.state import PlannerState
from planner.ui.user_guide import UserGuide, guide_text

GUIDES = {"en": "user-guide.md", "fi": "user-guide.fi.md", "sv": "user-guide.sv.md"}
# The word a guide lists the last of several entries with ("Print Preview, Print and Export PDF").
AND = {"en": " and ", "fi": " ja ", "sv": " och "}
FIRST_HEADING = {
    "en": "The first five minutes",
    "fi": "Ensimmäiset viisi minuuttia",
    "sv": "De första fem minuterna",
}


@pytest.fixture(params=sorted(GUIDES))
def window_in(request, qtbot, settings):
    """The main window built in one language; English and no localised names again after."""
    language = request.param
    try:
        apply_language(language)
        engine = localise_engine(Engine(load_baseline(bundled_baseline_dir())))
        main = MainWindow(PlannerState(engine), settings)
        qtbot.addWidget(main)
        yield language, main
        main.close()
    finally:
        apply_language("en")
        install_names({})


def _entry(text: str) -> str:
    """A menu entry as a guide writes it: no accelerator mark, no trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def _menu_tree(menu: QMenu) -> dict:
    menu.aboutToShow.emit()  # menus filled on demand (Open Recent)
    return {
        _entry(action.text()): _menu_tree(action.menu()) if action.menu() else {}
        for action in menu.actions()
        if not action.isSeparator()
    }


def _menu_bar(window) -> dict:
    return {_entry(a.text()): _menu_tree(a.menu()) for a in window.menuBar().actions()}


def _marked_path_is_in(path: str, tree: dict, and_word: str) -> bool:
    """A bold or backticked path: every step an entry, the last one or a list of entries."""
    *steps, last = path.split(" > ")
    node = tree
    for step in steps:
        if not node.get(step):
            return False
        node = node[step]
    return last in node or all(e in node for e in re.split(rf", |{and_word}", last))


def _entry_at(text: str, position: int, node: dict) -> str | None:
    """The longest entry of `node` written at `position` and ending there as a word."""
    for entry in sorted(node, key=len, reverse=True):
        end = position + len(entry)
        if text.startswith(entry, position) and (end == len(text) or not text[end].isalnum()):
            return entry
    return None


def menu_paths(guide: str, tree: dict, and_word: str) -> list[tuple[str, bool]]:
    """Every "A > B" path in a guide with whether the menu bar has it. Bold or backticked paths
    are whole; in running text a path starts at a top-level menu's name and each step is the
    longest entry written there, so a wrong or missing name shows as a path not found."""
    found = []
    text = guide
    for match in re.finditer(r"\*\*([^*\n]+?)\*\*|`([^`\n]+)`", guide):
        path = match.group(1) or match.group(2)
        if " > " in path:
            found.append((path, _marked_path_is_in(path, tree, and_word)))
            text = text.replace(match.group(0), " ", 1)
    start = 0
    while (arrow := text.find(" > ", start)) >= 0:
        before = text[:arrow]
        tops = [top for top in tree if re.search(rf"(?<!\w){re.escape(top)}$", before)]
        position, node, ok = arrow + 3, tree[tops[0]] if tops else {}, bool(tops)
        while ok:
            entry = _entry_at(text, position, node)
            ok = entry is not None
            if not ok:
                break
            position += len(entry)
            if not (text.startswith(" > ", position) and node[entry]):
                break
            node, position = node[entry], position + 3
        found.append((text[max(0, arrow - 20) : position + 20], ok))
        start = position
    return found


def test_the_guide_is_in_the_windows_language(qtbot, window_in):
    language, window = window_in
    shipped = resources_dir() / GUIDES[language]
    assert guide_text() == shipped.read_text(encoding="utf-8")
    guide = UserGuide(window)
    qtbot.addWidget(guide)
    assert FIRST_HEADING[language] in guide.browser.toPlainText()
    if language != "en":  # the guide's window title is translated too
        assert "guide" not in guide.windowTitle().lower()


def test_every_menu_path_in_the_guide_is_in_the_menu_bar(window_in):
    language, window = window_in
    guide = (resources_dir() / GUIDES[language]).read_text(encoding="utf-8")
    paths = menu_paths(guide, _menu_bar(window), AND[language])
    assert [path for path, ok in paths if not ok] == []
    english = (resources_dir() / GUIDES["en"]).read_text(encoding="utf-8")
    # A translation names the same menu paths as the English guide, none left out.
    assert len(paths) == len(menu_paths(english, {}, AND["en"])) >= 9


def test_the_guide_calls_levers_and_panels_what_the_window_calls_them(window_in):
    language, window = window_in
    guide = (resources_dir() / GUIDES[language]).read_text(encoding="utf-8")
    for row in window.lever_panel.rows.values():
        assert f"**{lever_name(row.lever)}**" in guide
    settings = window.lever_panel.plan_settings
    for field in (settings.year, settings.target):
        label = _entry(settings.layout().labelForField(field).text())
        assert f"**{label}**" in guide
    panel = re.escape(window.scenario_dock.windowTitle())
    assert re.search(rf"(?<!\w){panel}(?!\w)", guide)


def test_finnish_and_swedish_guides_write_numbers_their_way():
    for language in ("fi", "sv"):
        guide = (resources_dir() / GUIDES[language]).read_text(encoding="utf-8")
        prose = re.sub(r"`[^`\n]*`", " ", guide)  # `12.5` shows what may be typed
        assert "70\u00a0000\u00a0000\u00a0€" in prose and "12,5\u00a0%" in prose
        assert not re.search(r"€\s?\d|\d[.,]\d{3}(?!\d)|\d\.\d\s?(%|M€)", prose), language

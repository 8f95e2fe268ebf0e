"""The Finnish and Swedish catalogues (issue 13): complete, faithful to their sources, and the
compiled catalogues the package ships up to date with them."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from planner.files.baseline_io import load_baseline
from planner.model.baseline import OPTIONAL_COLUMNS, row_names
from planner.paths import bundled_baseline_dir, resources_dir
from planner.present import numbers as fmt
from planner.present.names import localised_names

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import model_texts  # noqa: E402
import translations  # noqa: E402

LANGUAGES = ("fi", "sv")
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")
BIN = Path(sys.executable).parent


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated(code):
    found = messages(translations.catalogue(code))
    assert len(found) > 700
    unfinished = [
        (c, s) for c, s, t in found if t.get("type") or (s.strip() and not (t.text or "").strip())
    ]
    assert unfinished == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_and_shortcuts(code):
    for context, source, translation in messages(translations.catalogue(code)):
        text = translation.text or ""
        where = (context, source, text)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), where
        assert ("<b>" in text) == ("<b>" in source), where


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_sources_hold_no_message_the_catalogue_lacks(code, tmp_path):
    """pyside6-lupdate over today's sources adds nothing unfinished to a copy of the catalogue
    (a text added or changed in the code since the catalogue was last translated)."""
    copy = tmp_path / f"planner_{code}.ts"
    shutil.copy(translations.catalogue(code), copy)
    command = [str(BIN / "pyside6-lupdate"), *translations.sources(), "-ts", str(copy)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    new = [(c, s) for c, s, t in messages(copy) if t.get("type") == "unfinished"]
    assert new == [], "run tools/translations.py update, translate, then release"


def test_model_texts_are_marked_for_the_catalogues():
    """planner/present/model_texts.py holds every lever text, unit and column meaning."""
    tree = ast.parse((ROOT / "planner" / "present" / "model_texts.py").read_text("utf-8"))
    marked = {
        (node.args[0].value, node.args[1].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    assert set(model_texts.entries()) == marked, "run tools/translations.py update"


def test_the_shipped_compiled_catalogues_are_up_to_date(tmp_path):
    shipped = resources_dir() / "translations"
    for made in translations.release(tmp_path):
        assert (shipped / made.name).read_bytes() == made.read_bytes(), (
            f"{made.name} is older than its .ts: run tools/translations.py release"
        )


def test_the_packaging_ships_the_compiled_catalogues():
    """resources/ is installed as planner/_resources (setup.py), .qm files with it."""
    setup = (ROOT / "setup.py").read_text("utf-8")
    assert '"resources": "_resources"' in setup
    assert sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm")) == [
        "planner_fi.qm",
        "planner_sv.qm",
    ]


def test_numbers_in_finnish_and_swedish():
    for locale in (fmt.FINNISH, fmt.SWEDISH):
        assert fmt.eur(70_005_227, locale) == "70\u00a0005\u00a0227\u00a0€"
        assert fmt.pct(0.958, 1, locale) == "95,8\u00a0%"
        assert fmt.eur(-1234, locale) == "−1\u00a0234\u00a0€"
        assert fmt.lever_value(12.5, "%", locale) == "12,5 %"
        assert fmt.date(date(2026, 11, 28), locale) == "28.11.2026"
    assert fmt.meur(12.34e6, 1, fmt.FINNISH) == "12,3\u00a0M€"
    assert fmt.date(date(2026, 11, 28), fmt.ENGLISH) == "2026-11-28"
    assert fmt.locale_for("fi_FI") is fmt.FINNISH and fmt.locale_for("xx") is fmt.ENGLISH


def test_the_baseline_names_its_rows_in_three_languages():
    baseline = load_baseline(bundled_baseline_dir())
    for table, columns in OPTIONAL_COLUMNS.items():
        frame = getattr(baseline, table)
        assert set(columns) <= set(frame.columns)
        for code in LANGUAGES:
            names = row_names(frame, code)
            assert all(names) and names != list(frame["name"])
    finnish = localised_names(baseline, "fi")
    assert finnish["Agency labour (vuokratyövoima)"] == "Vuokratyövoima"
    assert localised_names(baseline, "sv")["Client fee income"] == "Inkomster av klientavgifter"
    assert localised_names(baseline, "en") == {}


def test_a_name_left_empty_is_the_name_given():
    baseline = load_baseline(bundled_baseline_dir())
    frame = baseline.services.copy()
    frame.loc[0, "name_fi"] = ""
    assert row_names(frame, "fi")[0] == frame.loc[0, "name"]
    assert row_names(frame.drop(columns=["name_fi", "name_sv"]), "fi") == list(frame["name"])


def test_a_baseline_without_the_name_columns_still_loads(tmp_path):
    """Baselines and templates made before issue 13 have no name_fi or name_sv."""
    import csv

    folder = tmp_path / "old"
    shutil.copytree(bundled_baseline_dir(), folder)
    for table in OPTIONAL_COLUMNS:
        path = folder / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as file:
            rows = list(csv.reader(file))
        keep = [i for i, header in enumerate(rows[0]) if not header.startswith("name_")]
        with path.open("w", encoding="utf-8", newline="") as file:
            csv.writer(file).writerows([[row[i] for i in keep] for row in rows])
    old = load_baseline(folder)
    assert "name_fi" not in old.services.columns
    assert row_names(old.services, "fi") == list(old.services["name"])
    assert localised_names(old, "fi") == {}

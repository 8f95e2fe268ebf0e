"""`planner report --lang fi` (and sv): the printed summary in Finnish, read back from the
PDF's text: Finnish headings, the baseline's Finnish names, and figures written the Finnish
way (70 005 227 €, 95,8 %), the same figures `planner evaluate --json` gives."""

import json
import re

import pytest

from planner.files.workbook_json import read_workbook
from planner.present import numbers as fmt
from tests.report.pdftext import document_text, page_texts, row
from tests.report.test_report_cli import REFERENCES, REPORTED, planner


def _spaced(text: str) -> str:
    """As the PDF's text reads: every space (the no-break ones too) one plain space."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def evaluated():
    done = planner("evaluate", "--workbook", REFERENCES, "--scenario", REPORTED, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def summary(tmp_path, code: str) -> list[str]:
    out = tmp_path / f"summary-{code}.pdf"
    done = planner(
        "report", REFERENCES, "--scenario", REPORTED, "--draws", "0", "--lang", code,
        "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return page_texts(out)


def test_a_finnish_summary_has_finnish_headings_and_numbers(tmp_path, evaluated):
    pages = summary(tmp_path, "fi")
    text = " ".join(pages)
    fi = fmt.FINNISH
    assert row("Skenaarion yhteenveto", REPORTED) in text
    for heading in (
        "Tulos",
        f"Säästöt suunnitteluvuonna {evaluated['plan_year']}",
        "Vuosittain",
        f"Palveluvolyymit suunnitteluvuonna {evaluated['plan_year']}",
        "Talousarvio kululajeittain",
        "Muutetut toimenpiteet",
    ):
        assert heading in text, heading
    for english in ("Scenario summary", "Savings target", "Service volumes", "Budget by"):
        assert english not in text
    # The headline figures, the Finnish way.
    total = _spaced(fmt.eur(evaluated["total_savings_eur"], fi))
    assert re.fullmatch(r"\d{1,3}( \d{3})* €", total)
    assert total in text
    assert _spaced(fmt.eur(evaluated["target_eur"], fi)) in text
    assert _spaced(fmt.pct(evaluated["share_of_target"], 1, fi)) in text
    assert re.search(r"\d,\d %", text)  # a decimal comma before the percent sign
    # No euro sign before a number, but in what the planner wrote (the scenario's name and
    # description are the workbook's own words).
    scenario = next(s for s in read_workbook(REFERENCES).scenarios if s.name == REPORTED)
    ours = text.replace(REPORTED, "").replace(_spaced(scenario.description), "")
    assert not re.search(r"€\d", ours)
    # The baseline's own names in Finnish, the service units too.
    assert "Vuokratyövoima" in text and "Kotihoidon käynnit" in text
    assert "Agency labour" not in text and "Home care visits" not in text
    # Pages numbered in Finnish; the date as Helsinki writes it.
    for number, page in enumerate(pages, start=1):
        assert f"sivu {number}/{len(pages)}" in page
    assert re.search(r"Laadittu \d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}", text)


def test_a_swedish_summary_has_swedish_headings(tmp_path, evaluated):
    text = " ".join(summary(tmp_path, "sv"))
    assert row("Scenariosammanfattning", REPORTED) in text
    assert "Budget per kategori" in text and "Hyrd arbetskraft" in text
    assert _spaced(fmt.eur(evaluated["total_savings_eur"], fmt.SWEDISH)) in text


def test_english_stays_the_default(tmp_path):
    out = tmp_path / "en.pdf"
    done = planner(
        "report", REFERENCES, "--scenario", REPORTED, "--draws", "0", "--out", str(out)
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Scenario summary" in document_text(out)


def test_an_unknown_language_is_a_usage_error(tmp_path):
    done = planner("report", REFERENCES, "--lang", "de", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert "--lang" in done.stderr

"""The printed summary in Finnish and Swedish beyond its headings: the division's own name in
the running header, provenance figures written the language's way, and the budget's totals
and the levers' shares of the target printed from the model's facts."""

from dataclasses import replace
from types import SimpleNamespace

import pytest

from planner.files.baseline_io import load_baseline
from planner.files.workbook_json import read_workbook
from planner.model import LEVERS, Engine, evaluate_scenario
from planner.paths import reference_workbook_path
from planner.present import numbers as fmt
from planner.present.figures import timing_short
from planner.present.names import division_name
from planner.present.numbers import ENGLISH, FINNISH, SWEDISH, set_locale
from planner.present.provenance import summarise_figure
from planner.present.result import lever_name, lever_setting
from planner.report import ReportContext, build_summary
from tests.files.baseline_copies import bundled_rows, write_csv_folder
from tests.report.pdftext import document_text, page_texts, row
from tests.report.test_report_cli import REFERENCES, REPORTED, planner

FINNISH_DIVISION = "Helsingin kaupungin sosiaali-, terveys- ja pelastustoimiala"
SWEDISH_DIVISION = "Helsingfors stads social-, hälsovårds- och räddningssektor"
AGENCY = "budget.outsourced_labour.amount_eur"  # 35,300,000, an assumption 20–60 M€


def _spaced(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def summaries(tmp_path_factory):
    """`planner report --lang` of the Reported programme in each language, as page texts."""
    folder = tmp_path_factory.mktemp("languages")
    pages = {}
    for code in ("en", "fi", "sv"):
        out = folder / f"summary-{code}.pdf"
        done = planner(
            "report", REFERENCES, "--scenario", REPORTED, "--draws", "0", "--lang", code,
            "--out", str(out),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        pages[code] = page_texts(out)
    return pages


@pytest.fixture
def locale():
    """Sets the numbers' locale for one test and puts English back after it."""
    yield set_locale
    set_locale(ENGLISH)


def test_provenance_figures_follow_the_locale(baseline, locale):
    assert summarise_figure(baseline, AGENCY).values == "35,300,000"
    assert summarise_figure(baseline, AGENCY).basis == "assumption, range 20,000,000–60,000,000"
    locale(FINNISH)
    summary = summarise_figure(baseline, AGENCY)
    assert summary.values == "35\u00a0300\u00a0000"
    assert summary.basis == "assumption, range 20\u00a0000\u00a0000–60\u00a0000\u00a0000"
    costs = summarise_figure(baseline, "services.unit_cost_eur").values  # 1.5 to 3,000 and more
    assert "1,5" in costs and "." not in costs
    locale(SWEDISH)
    assert summarise_figure(baseline, AGENCY).values == "35\u00a0300\u00a0000"


def test_provenance_figures_on_finnish_paper(summaries):
    finnish, english = " ".join(summaries["fi"]), " ".join(summaries["en"])
    assert "35,300,000" in english
    assert "määrä 35 300 000" in finnish  # "amount" in Finnish, the no-break spaces read back
    assert "20 000 000–60 000 000" in finnish
    assert "35,300,000" not in finnish and "20,000,000" not in finnish


@pytest.mark.parametrize(("code", "division"), [("fi", FINNISH_DIVISION), ("sv", SWEDISH_DIVISION)])
def test_the_division_is_named_in_the_summarys_language(summaries, baseline, code, division):
    english = baseline.about["division"]
    for page in summaries[code]:
        assert page.count(division) == 1  # the running header, once a page
        assert english not in page
    assert all(page.count(english) == 1 for page in summaries["en"])


def test_a_baseline_without_the_divisions_translations_prints_its_own(tmp_path, qapp):
    tables = bundled_rows()
    tables["about"] = [r for r in tables["about"] if not r[0].startswith("division_")]
    baseline = load_baseline(write_csv_folder(tables, tmp_path / "older"))
    assert "division_fi" not in baseline.about  # the loader takes it without them
    english = baseline.about["division"]
    assert division_name(baseline, "fi") == division_name(baseline, "en") == english
    nameless = SimpleNamespace(about={}, name="Espoo 2025")
    assert division_name(nameless, "sv") == "Espoo 2025"
    blank = SimpleNamespace(about={"division": "D", "division_fi": "  "}, name="N")
    assert division_name(blank, "fi") == "D"
    # Printed in Finnish numbers and words (the locale is the summary's), its own name.
    result = evaluate_scenario(Engine(baseline), read_workbook(REFERENCES).scenario(REPORTED))
    set_locale(FINNISH)
    try:
        document = build_summary([result], baseline, ReportContext())
        assert document.frame.division == english
    finally:
        set_locale(ENGLISH)


def test_budget_totals_are_the_models_subtotals(summaries, engine):
    result = evaluate_scenario(engine, read_workbook(reference_workbook_path()).scenario(REPORTED))
    plan = result.plan
    for code, locale, labels in (
        ("en", ENGLISH, ("Expenses in all", "Income in all")),
        ("fi", FINNISH, ("Menot yhteensä", "Tulot yhteensä")),
        ("sv", SWEDISH, ("Utgifter sammanlagt", "Inkomster sammanlagt")),
    ):
        text = " ".join(summaries[code])
        for kind, label in zip(("expense", "income"), labels, strict=True):
            totals = [
                fmt.meur(plan.subtotal_eur(kind, column), locale=locale)
                for column in ("baseline_eur", "trend_eur", "scenario_eur")
            ]
            change = fmt.signed_meur(plan.subtotal_eur(kind, "change_eur"), locale=locale)
            assert _spaced(row(label, *totals, change)) in text, (code, label)
    # The subtotals are the lines' own sums (and income is not counted as an expense).
    expenses = sum(line.scenario_eur for line in plan.budget if line.kind == "expense")
    assert plan.subtotal_eur("expense") == pytest.approx(expenses)
    assert plan.subtotal_eur("expense") - plan.subtotal_eur("income") == pytest.approx(
        plan.net_cost_eur
    )


def test_levers_share_of_target_is_the_models_fact(engine, qapp, tmp_path, baseline):
    scenario = read_workbook(reference_workbook_path()).scenario(REPORTED)
    result = evaluate_scenario(engine, scenario)
    shares = result.plan.share_of_target_by_lever
    path = tmp_path / "summary.pdf"
    build_summary([result], baseline, ReportContext()).write_pdf(path)
    text = document_text(path)
    for lever in LEVERS:
        saving = result.savings_plan_year[lever.id]
        timing = scenario.timing.get(lever.id)
        start = timing_short(timing, baseline.year) if timing else ""  # the Start column
        cells = (start, fmt.eur(saving), fmt.pct(shares[lever.id]))
        assert row(lever_name(lever), lever_setting(scenario.levers[lever.id]), *cells) in text
    # With no target the share is the model's "no share", printed as a dash, not a division.
    untargeted = evaluate_scenario(engine, replace(scenario, target_eur=0.0, targets_eur={}))
    assert all(v != v for v in untargeted.plan.share_of_target_by_lever.values())
    build_summary([untargeted], baseline, ReportContext()).write_pdf(path)
    lever = LEVERS[0]  # the office lever, at once from January
    assert lever.id not in scenario.timing
    saving = fmt.eur(untargeted.savings_plan_year[lever.id])
    assert row(lever_name(lever), lever_setting(scenario.levers[lever.id]), saving, "–") in (
        document_text(path)
    )


def test_a_finnish_comparison_names_budget_kinds_in_finnish(tmp_path):
    out = tmp_path / "vertailu.pdf"
    done = planner(
        "report", REFERENCES, "--scenario", "City programme 2024 (€29M)", "--scenario", REPORTED,
        "--draws", "0", "--lang", "fi", "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    comparison = page_texts(out)[:3]  # the comparison comes first
    text = " ".join(comparison)
    assert "Vuokratyövoima (meno)" in text and "Maksutulot (asiakasmaksut) (tulo)" in text
    assert "(expense)" not in text and "(income)" not in text

"""The multi-year summary and the risk page: read back from the PDF, equal to the model's and
the analysis' own figures (same seed, same draws)."""

import re
from datetime import datetime

import pytest

from planner.analysis.uncertainty import monte_carlo, tornado
from planner.files.workbook_json import read_workbook
from planner.model import Engine, LeverTiming, Override, Scenario, evaluate_scenario
from planner.paths import reference_workbook_path
from planner.present import numbers as fmt
from planner.present.figures import figure_name, figure_number, timing_text
from planner.present.result import gap_meur_text
from planner.report import ReportContext, build_summary
from planner.report.content import YEARS_PER_TABLE
from planner.report.risk import TORNADO_BARS, largest_bars, tornado_label
from tests.report.pdftext import document_text, page_texts, row

GENERATED = datetime(2025, 3, 4, 9, 30)
PREMIUM = "workforce.agency_premium_pct.value"
REASON = "the framework agreement of 2025 prices agency hours higher"
DRAWS, SEED = 400, 11


def pdf(tmp_path, results, baseline, name="summary.pdf", **context):
    document = build_summary(
        results, baseline, ReportContext(generated_at=GENERATED, workbook_path="w.json", **context)
    )
    path = tmp_path / name
    document.write_pdf(path)
    return document, path


@pytest.fixture(scope="module")
def engine(baseline):
    """An engine of this module's own, apart from the session's: this module's scenario
    overrides a figure (an override must stay with its evaluation; see the last test)."""
    return Engine(baseline)


@pytest.fixture(scope="module")
def timed():
    """A scenario with a start and ramp-up, an override and a horizon past five years."""
    return Scenario(
        "Timed and overridden",
        {"outsourced_labour_cut": 60, "own_staff_backfill": 50, "client_fee_alignment": 100},
        plan_year=2026,
        horizon_year=2031,
        timing={
            "client_fee_alignment": LeverTiming(2025, 2),
            "outsourced_labour_cut": LeverTiming(2024, 7, 12),
        },
        targets_eur={2027: 50_000_000.0, 2028: 60_000_000.0},
        overrides={PREMIUM: Override(40.0, REASON)},
    )


def year_rows(years, plan_year):
    """The year table's rows as the PDF's text reads them, table by table."""
    for first in range(0, len(years), YEARS_PER_TABLE):
        chunk = years[first : first + YEARS_PER_TABLE]
        yield row(*(f"{y.year} plan year" if y.year == plan_year else str(y.year) for y in chunk))
        yield row("Target", *(fmt.meur(y.target_eur) for y in chunk))
        yield row("Savings", *(fmt.meur(y.total_savings_eur) for y in chunk))
        yield row("of which cost savings", *(fmt.meur(y.cost_savings_eur) for y in chunk))
        yield row("of which extra income", *(fmt.meur(y.extra_income_eur) for y in chunk))
        yield row("One-off costs (included)", *(fmt.meur(-y.one_off_total_eur) for y in chunk))
        yield row("Gap to the target", *(gap_meur_text(y.gap_eur) for y in chunk))


def test_every_year_is_printed_as_the_model_has_it(qapp, tmp_path, baseline, engine, timed):
    result = evaluate_scenario(engine, timed)
    assert [y.year for y in result.years] == list(range(2024, 2032))  # two tables
    _, path = pdf(tmp_path, [result], baseline)
    text = document_text(path)
    for expected in year_rows(result.years, result.plan_year):
        assert expected in text, expected
    # The target path's exceptions are the model's.
    assert result.year(2027).target_eur == 50_000_000.0
    # Lever timing beside the values, where not the default.
    fees = timing_text(timed.timing["client_fee_alignment"], baseline.year)
    agency = timing_text(timed.timing["outsourced_labour_cut"], baseline.year)
    assert fees == "from 2025-02"
    assert agency == "from 2024-07, full effect after 12 months"
    assert f"Client fees moved to the national reference: 100.0 % of the gap closed; {fees}" in (
        text
    )
    assert agency in text
    # The override, in words, with the value it replaces and why (a cell may wrap after a
    # hyphen: "own-" ends a line, "staff" starts the next).
    assert row(
        figure_name(baseline, PREMIUM),
        f"assumes 40 instead of {figure_number(baseline.workforce['agency_premium_pct'])}, "
        f"because {REASON}",
    ) in text.replace("- ", "-")


def test_reference_scenarios_print_every_year(qapp, tmp_path, baseline):
    scenarios = read_workbook(reference_workbook_path()).scenarios
    engine = Engine(baseline)  # untouched by the overrides of this module's scenario
    results = [evaluate_scenario(engine, s) for s in scenarios]
    _, path = pdf(tmp_path, results, baseline, "all.pdf")
    text = document_text(path)
    for result in results:
        for expected in year_rows(result.years, result.plan_year):
            assert expected in text, (result.scenario.name, expected)


def test_the_risk_page_says_what_monte_carlo_says(qapp, tmp_path, baseline, engine, timed):
    result = evaluate_scenario(engine, timed)
    document, path = pdf(tmp_path, [result], baseline, draws=DRAWS, seed=SEED)
    pages = page_texts(path)
    risk = [p for p in pages if "How likely is the target?" in p]
    assert len(risk) >= 1
    text = " ".join(pages[pages.index(risk[0]) :])
    assert f"drawn {DRAWS} times" in text and f"random seed {SEED}" in text

    mc = monte_carlo(engine, timed, DRAWS, SEED)
    for i, year in enumerate(mc.years):
        label = f"{year} plan year" if year == mc.plan_year else str(year)
        assert (
            row(
                label,
                fmt.meur(mc.targets[i]),
                fmt.meur(mc.p10[i]),
                fmt.meur(mc.p50[i]),
                fmt.meur(mc.p90[i]),
                fmt.pct(mc.probability_of_target[i], 0),
            )
            in text
        ), year
    # The ten largest tornado bars, largest first, each with its name and source.
    bars = largest_bars(tornado(engine, timed))
    assert len(bars) == TORNADO_BARS and all(bar.swing >= 1.0 for bar in bars)
    places = []
    for bar in bars:
        name, note = tornado_label(baseline, bar)
        assert " ".join(f"{name} {note}".split()) in text, name
        places.append(text.index(" ".join(name.split())))
    assert places == sorted(places)
    # The overridden assumption is held, listed, and not a bar.
    assert PREMIUM in mc.held
    assert all(bar.assumption is None or bar.assumption.figure != PREMIUM for bar in bars)
    assert f"because {REASON}" in text
    # Nothing of an internal address on the risk page.
    assert not re.search(r"\b(premises|services|workforce|parameters|budget|fees)\.[a-z_]+", text)


def test_one_scenarios_overrides_never_reach_anothers_risk_page(
    qapp, tmp_path, baseline, engine, timed
):
    plain = Scenario("Plain", {"outsourced_labour_cut": 60, "own_staff_backfill": 50}, 2026)
    results = [evaluate_scenario(engine, timed), evaluate_scenario(engine, plain)]
    _, path = pdf(tmp_path, results, baseline, "both.pdf", draws=DRAWS, seed=SEED)
    pages = page_texts(path)
    plain_risk = " ".join(p for p in pages if "Risk: Plain" in p)
    mc = monte_carlo(Engine(baseline), plain, DRAWS, SEED)  # a fresh engine: no override seen
    for i, year in enumerate(mc.years):
        label = f"{year} plan year" if year == mc.plan_year else str(year)
        cells = (fmt.meur(mc.p10[i]), fmt.meur(mc.p50[i]), fmt.meur(mc.p90[i]))
        assert row(label, fmt.meur(mc.targets[i]), *cells) in plain_risk, year
    assert REASON not in plain_risk


def test_same_seed_same_page_and_no_risk_page_without_draws(
    qapp, tmp_path, baseline, engine, timed
):
    result = evaluate_scenario(engine, timed)
    _, one = pdf(tmp_path, [result], baseline, "one.pdf", draws=DRAWS, seed=SEED)
    _, two = pdf(tmp_path, [result], baseline, "two.pdf", draws=DRAWS, seed=SEED)
    assert page_texts(one) == page_texts(two)
    _, none = pdf(tmp_path, [result], baseline, "none.pdf")
    assert "How likely is the target?" not in document_text(none)
    assert len(page_texts(none)) < len(page_texts(one))


def test_risk_page_of_a_scenario_overriding_a_service_figure(qapp, baseline):
    engine = Engine(baseline)
    scenario = Scenario(
        "Cheaper home care",
        {"outsourced_labour_cut": 60},
        overrides={"services.home_care_visits.unit_cost_eur": Override(80.0, "the 2025 tender")},
    )
    result = evaluate_scenario(engine, scenario)
    document = build_summary([result], baseline, ReportContext(draws=50, seed=1))
    assert document.page_count >= 2

"""The summary built through the API, as the window builds it: its PDF says what the model says."""

import re
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from planner import __version__
from planner.files.workbook_json import read_workbook
from planner.model import LEVER_BY_ID, LEVERS, Scenario, evaluate_scenario
from planner.paths import reference_workbook_path
from planner.present import numbers as fmt
from planner.present.figures import figure_name, timing_short
from planner.present.result import bridge_label, bridge_value, gap_text, lever_value, one_off_eur
from planner.present.warnings import warning_text
from planner.report import ReportContext, build_summary
from planner.report.content import below_floor_mark
from tests.report.pdftext import document_text, page_texts, row

REPORTED = "Reported programme (€70M)"
GENERATED = datetime(2025, 3, 4, 9, 30)


@pytest.fixture(scope="module")
def scenarios():
    return read_workbook(reference_workbook_path()).scenarios


def results_for(engine, scenarios, *names):
    chosen = [s for name in names for s in scenarios if s.name == name]
    return [evaluate_scenario(engine, s) for s in chosen]


def make_pdf(tmp_path, results, baseline, name="summary.pdf", **context):
    document = build_summary(
        results,
        baseline,
        ReportContext(workbook_path="committee.planner.json", generated_at=GENERATED, **context),
    )
    path = tmp_path / name
    document.write_pdf(path)
    return document, path


def test_figures_of_a_scenario_equal_the_model_results(qapp, tmp_path, baseline, engine, scenarios):
    (result,) = results_for(engine, scenarios, REPORTED)
    _, path = make_pdf(tmp_path, [result], baseline)
    text = document_text(path)

    # Header: division (once a page, in the running header), scenario, author, date,
    # baseline and workbook; no local paths.
    for page in page_texts(path):
        assert page.count(baseline.about["division"]) == 1
    assert result.scenario.name in text
    assert " ".join(result.scenario.description.split()) in text
    assert row("Author", result.scenario.modified_by) in text
    assert row("Last changed", result.scenario.modified_at[:10]) in text
    assert row("Baseline", f"{baseline.name} ({baseline.year})") in text
    assert baseline.origin not in text
    assert row("Workbook", "committee.planner.json") in text

    # The result against the target.
    assert (
        row(
            fmt.eur(result.total_plan_year),
            fmt.eur(result.target_eur),
            gap_text(result.gap_eur),  # in words, as the headline says it
            fmt.pct(result.share_of_target),
        )
        in text
    )
    assert f"before one-off costs: {fmt.eur(result.total_recurring)}" in text

    # Savings by lever: every lever's row, and the total row.
    for lever in LEVERS:
        saving = result.savings_plan_year[lever.id]
        assert (
            row(
                lever.name,
                fmt.lever_value(result.scenario.levers[lever.id]),  # the window's precision
                timing_short(result.scenario.timing_of(lever.id), baseline.year)
                if lever.id in result.scenario.timing
                else "",  # the start, where not the default
                fmt.eur(saving),
                fmt.pct(saving / result.target_eur),
                fmt.eur(result.savings_recurring[lever.id]),
                one_off_eur(result.one_off_costs[lever.id]),  # a cost: negative
            )
            in text
        ), lever.id
    assert row("Total", fmt.eur(result.total_plan_year), fmt.pct(result.share_of_target)) in text
    # The bridge: the result's own steps, labelled as the window labels them.
    for step in result.bridge:
        assert bridge_label(step) in text
        assert bridge_value(step) in text
    assert f"target {fmt.meur(result.target_eur)}" in text

    # Service volumes: each line's figures in order, and the floor marks where they belong.
    for s in result.services:
        cells = [
            s.name,
            s.unit,
            fmt.volume(s.baseline_volume),
            fmt.volume(s.demand),
            fmt.volume(s.delivered),
            fmt.volume(s.shortfall),
            fmt.pct(s.share_met),
            fmt.pct(s.floor, 0),
        ]
        assert row(*cells) in text, s.id
        assert (row(*cells, below_floor_mark()) in text) == s.below_floor, s.id
    below = sum(s.below_floor for s in result.services)
    assert text.count(below_floor_mark()) == below + (1 if below else 0)  # and the note

    # Budget by category.
    for line in result.budget:
        assert (
            row(
                line.name,
                line.kind,
                fmt.meur(line.baseline_eur),
                fmt.meur(line.trend_eur),
                fmt.meur(line.scenario_eur),
                fmt.signed_meur(line.change_eur),
            )
            in text
        ), line.category

    # Warnings.
    assert f"Warnings ({len(result.warnings)})" in text
    names = {s.id: s.name for s in result.services}
    for warning in result.warnings:  # words from the code and its parameters
        assert " ".join(warning_text(warning, names).split()) in text


def test_changed_levers_are_listed_with_unit_and_the_figures_they_act_on(
    qapp, tmp_path, baseline, engine, scenarios
):
    (result,) = results_for(engine, scenarios, REPORTED)
    _, path = make_pdf(tmp_path, [result], baseline)
    text = document_text(path)
    for lever in LEVERS:
        value = result.scenario.levers[lever.id]
        heading = f"{lever.name}: {lever_value(lever, value)}"
        assert (heading in text) == (value != lever.no_change), lever.id
    # Written for a committee: figures by name, never by their address in the baseline.
    for figure in LEVER_BY_ID["office_space_cut"].acts_on:
        assert figure not in text
        assert " ".join(figure_name(baseline, figure).split()) in text
    assert not re.search(r"\b(premises|services|workforce|parameters|budget|fees)\.[a-z_]+", text)
    # (the scenario's description is the planner's own text, printed as written)
    own = text.replace(" ".join(result.scenario.description.split()), "")
    for developer_words in ("no provenance recorded", "docs/model.md", "/work/", ".csv"):
        assert developer_words not in own
    # A figure read from a public source shows its source's host.
    assert row("Staff of the division", "15,000", "read", "hel.fi") in text


def test_every_page_says_page_n_of_m(qapp, tmp_path, baseline, engine, scenarios):
    results = results_for(engine, scenarios, *(s.name for s in scenarios))
    document, path = make_pdf(tmp_path, results, baseline)
    pages = page_texts(path)
    assert len(pages) == document.page_count > 3
    for number, text in enumerate(pages, start=1):
        assert re.findall(r"page \d+ of \d+", text) == [f"page {number} of {len(pages)}"]
        assert f"Generated 2025-03-04 09:30 by planner {__version__}" in text


def test_several_scenarios_have_a_comparison_page_and_each_scenario(
    qapp, tmp_path, baseline, engine, scenarios
):
    names = [s.name for s in scenarios]
    results = results_for(engine, scenarios, *names)
    _, path = make_pdf(tmp_path, results, baseline)
    pages = page_texts(path)
    title = f"Comparison of {len(results)} scenarios"
    assert pages[0].count(title) >= 1
    comparison = " ".join(p for p in pages if title in p)
    first, reported = results[0], results[1]
    assert (
        row(
            "Total plan-year savings",
            fmt.meur(first.total_plan_year),
            fmt.meur(reported.total_plan_year),
            fmt.signed_meur(reported.total_plan_year - first.total_plan_year),
        )
        in comparison
    )
    for result in results:
        # Each scenario's own pages start with its title block.
        starts = [p for p in pages if row("Scenario summary", result.scenario.name) in p]
        assert len(starts) == 1, result.scenario.name
        assert fmt.eur(result.total_plan_year) in starts[0]


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_a_reference_scenario_takes_one_to_four_pages(qapp, baseline, engine, scenarios, index):
    document = build_summary([evaluate_scenario(engine, scenarios[index])], baseline)
    assert 1 <= document.page_count <= 4


def test_a_long_description_runs_onto_further_pages_and_numbering_follows(
    qapp, tmp_path, baseline, engine
):
    words = [f"point{i}" for i in range(1500)]
    scenario = Scenario("Long story", {"digital_shift": 20}, description=" ".join(words))
    document, path = make_pdf(tmp_path, [evaluate_scenario(engine, scenario)], baseline)
    pages = page_texts(path)
    assert document.page_count == len(pages) >= 4
    assert re.findall(r"point\d+", " ".join(pages)) == words  # every word, in order
    for number, page in enumerate(pages, start=1):
        assert re.findall(r"page \d+ of \d+", page) == [f"page {number} of {len(pages)}"]


def test_a_table_continued_on_a_new_page_repeats_its_header(
    qapp, tmp_path, baseline, engine, scenarios
):
    header = row("Service line", "Unit", f"{baseline.year} volume", "Demand", "Delivered")
    (reported,) = results_for(engine, scenarios, REPORTED)
    continued = 0
    # A description of growing length pushes the service table down until it breaks a page.
    for words in range(0, 1200, 50):
        scenario = replace(reported.scenario, description=" ".join(["word"] * words))
        result = evaluate_scenario(engine, scenario)
        _, path = make_pdf(tmp_path, [result], baseline)
        for page in page_texts(path):
            names = [s.name for s in result.services if row(s.name, s.unit) in page]
            if names and "Service volumes in plan year" not in page:
                continued += 1
                assert header in page
        if continued:
            break
    assert continued  # the check above ran at least once


def test_lines_below_floor_are_printed_bold(qapp, tmp_path, baseline, engine, scenarios):
    (result,) = results_for(engine, scenarios, REPORTED)
    _, path = make_pdf(tmp_path, [result], baseline)
    fonts: dict[str, set[str]] = {}

    def visit(text, matrix, text_matrix, font, size):
        if font is not None and text.strip():
            fonts.setdefault(text.strip(), set()).add(str(font.get("/BaseFont", "")))

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    for s in result.services:
        bold = {"Bold" in name for name in fonts[fmt.volume(s.delivered)]}
        assert bold == {s.below_floor}, s.id


def test_printing_paints_the_same_pages_as_the_pdf(qapp, tmp_path, baseline, engine, scenarios):
    results = results_for(engine, scenarios, REPORTED)
    document, path = make_pdf(tmp_path, results, baseline)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    document.configure_printer(printer)
    document.print_to(printer)
    assert page_texts(printed) == page_texts(path)


def test_a_failed_write_leaves_no_pdf_and_keeps_the_old_one(
    qapp, tmp_path, baseline, engine, scenarios, monkeypatch
):
    document = build_summary(results_for(engine, scenarios, REPORTED), baseline)
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the old summary")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(OSError, match="No space|disk is full"):
        document.write_pdf(target)
    assert target.read_bytes() == b"the old summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]


def test_no_results_is_refused(qapp, baseline):
    with pytest.raises(ValueError, match="at least one scenario"):
        build_summary([], baseline)

"""`planner report` run as a user runs it: a subprocess with no display."""

import json
import os
import re
import subprocess
import sys

import pytest

from planner.analysis.uncertainty import monte_carlo
from planner.files.workbook_json import read_workbook
from planner.paths import reference_workbook_path
from planner.present import numbers as fmt
from planner.present.result import gap_meur_text, gap_text
from planner.report.content import YEARS_PER_TABLE
from tests.report.pdftext import document_text, page_texts, row

REFERENCES = str(reference_workbook_path())
REPORTED = "Reported programme (€70M)"


def planner(*args, cwd=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must choose offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_summary_figures_match_planner_evaluate(tmp_path):
    out = tmp_path / "summary.pdf"
    done = planner("report", REFERENCES, "--scenario", REPORTED, "--draws", "0", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    pages = page_texts(out)
    assert done.stdout.strip() == f"{out}: {len(pages)} pages, {REPORTED}"

    evaluated = planner("evaluate", "--workbook", REFERENCES, "--scenario", REPORTED, "--json")
    result = json.loads(evaluated.stdout)
    text = " ".join(pages)
    assert row("Scenario summary", REPORTED) in text
    assert (
        row(
            fmt.eur(result["total_savings_eur"]),
            fmt.eur(result["target_eur"]),
            gap_text(result["gap_eur"]),
            fmt.pct(result["share_of_target"]),
        )
        in text
    )
    # Every year's figures, as `planner evaluate --json` gives them (M€ on paper).
    years = result["years"]
    assert len(years) >= 5
    for first in range(0, len(years), YEARS_PER_TABLE):
        chunk = years[first : first + YEARS_PER_TABLE]
        for label, key in (
            ("Target", "target_eur"),
            ("Savings", "total_savings_eur"),
            ("of which cost savings", "cost_savings_eur"),
            ("of which extra income", "extra_income_eur"),
        ):
            assert row(label, *(fmt.meur(y[key]) for y in chunk)) in text, label
        assert (
            row(
                "One-off costs (included)",
                *(fmt.meur(-y["one_off_costs_total_eur"]) for y in chunk),
            )
            in text
        )
        assert row("Gap to the target", *(gap_meur_text(y["gap_eur"]) for y in chunk)) in text
    for lever_id, saving in result["savings_eur"].items():
        assert fmt.eur(saving) in text, lever_id
    for s in result["services"]:
        assert (
            row(
                s["name"],
                s["unit"],
                fmt.volume(s["baseline_volume"]),
                fmt.volume(s["demand"]),
                fmt.volume(s["delivered"]),
                fmt.volume(s["shortfall"]),
            )
            in text
        ), s["id"]
    for line in result["budget"]:
        assert row(line["name"], line["kind"], fmt.meur(line["baseline_eur"])) in text
    for warning in result["warnings"]:
        assert " ".join(warning["message"].split()) in text
    for number, page in enumerate(pages, start=1):
        assert re.findall(r"page \d+ of \d+", page) == [f"page {number} of {len(pages)}"]


NAMES = [s.name for s in read_workbook(REFERENCES).scenarios]
CITY = next(name for name in NAMES if name.startswith("City programme 2024"))


def test_every_scenario_of_the_workbook_by_default(tmp_path):
    out = tmp_path / "all.pdf"
    done = planner("report", REFERENCES, "--draws", "0", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = document_text(out)
    assert f"Comparison of {len(NAMES)} scenarios" in text
    for name in NAMES:
        assert row("Scenario summary", name) in text
    assert "How likely is the target?" not in text  # --draws 0: no risk page


def test_chosen_scenarios_in_the_order_given(tmp_path):
    out = tmp_path / "two.pdf"
    done = planner(
        "report",
        REFERENCES,
        "--scenario",
        CITY,
        "--scenario",
        REPORTED,
        "--draws",
        "0",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    text = document_text(out)
    assert "Comparison of 2 scenarios" in text
    assert "No change (2024)" not in text
    city = text.index(row("Scenario summary", CITY))
    assert city < text.index(row("Scenario summary", REPORTED))


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("make_workbook", "scenario", "message"),
    [
        (lambda d: write(d / "empty.json", ""), None, "the file is empty"),
        (lambda d: write(d / "broken.json", '{"format": "planner-wo'), None, "valid JSON"),
        (
            lambda d: write(
                d / "none.json",
                '{"format": "planner-workbook", "schema_version": 1, "scenarios": []}',
            ),
            None,
            "at least one scenario",
        ),
        (lambda d: str(d / "missing.json"), None, "there is no such file"),
        (lambda d: REFERENCES, "No such scenario", "found 'No such scenario'"),
    ],
    ids=["empty", "broken", "no-scenarios", "missing", "unknown-scenario"],
)
def test_bad_workbook_or_scenario_is_one_line_and_no_pdf(
    tmp_path, make_workbook, scenario, message
):
    inputs = tmp_path / "in"
    inputs.mkdir()
    workbook = make_workbook(inputs)
    outputs = tmp_path / "out"
    outputs.mkdir()
    (outputs / "keep.pdf").write_bytes(b"an older summary")
    args = ["report", workbook, "--out", str(outputs / "keep.pdf")]
    if scenario:
        args += ["--scenario", scenario]
    done = planner(*args)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("planner: ") and message in lines[0]
    assert "Traceback" not in done.stderr
    assert [p.name for p in outputs.iterdir()] == ["keep.pdf"]
    assert (outputs / "keep.pdf").read_bytes() == b"an older summary"


def test_output_in_a_missing_folder_is_refused(tmp_path):
    out = tmp_path / "no" / "such" / "summary.pdf"
    done = planner("report", REFERENCES, "--out", str(out))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"planner: {out}: expected a file in an existing folder (there is no folder {out.parent})"
    )
    assert not (tmp_path / "no").exists()


def test_output_that_is_a_folder_is_refused(tmp_path):
    folder = tmp_path / "looks-like.pdf"
    folder.mkdir()
    done = planner("report", REFERENCES, "--out", str(folder))
    assert done.returncode == 1
    assert "a file name for the PDF (this is a folder)" in done.stderr
    assert list(tmp_path.iterdir()) == [folder] and list(folder.iterdir()) == []


def test_output_where_writing_is_refused(qapp, tmp_path, monkeypatch, capsys):
    # Simulated in-process: the tests may run as root, whom folder permissions do not stop.
    # (qapp first: the report would otherwise make a bare QGuiApplication for the session.)
    from planner.cli import main
    from planner.files import safe_io

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(safe_io, "_new_temporary", refused)
    out = tmp_path / "summary.pdf"
    assert main(["report", REFERENCES, "--draws", "0", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"planner: {out}: expected a place the PDF can be written (no permission to write there)"
    )
    assert list(tmp_path.iterdir()) == []


def test_usage_errors_exit_2(tmp_path):
    done = planner("report", REFERENCES)
    assert done.returncode == 2
    assert done.stderr.strip() == "planner: error: the following arguments are required: --out"
    done = planner("report", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 2
    assert list(tmp_path.iterdir()) == []
    for bad in ("-1", "many", "2.5"):
        done = planner("report", REFERENCES, "--draws", bad, "--out", str(tmp_path / "x.pdf"))
        assert done.returncode == 2, bad
        assert "--draws" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_risk_page_with_the_draws_and_seed_given(tmp_path, engine):
    out = tmp_path / "risk.pdf"
    done = planner(
        "report",
        REFERENCES,
        "--scenario",
        REPORTED,
        "--draws",
        "300",
        "--seed",
        "5",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    pages = page_texts(out)
    risk = " ".join(p for p in pages if "How likely is the target?" in p)
    assert "drawn 300 times" in risk and "random seed 5" in risk
    scenario = read_workbook(REFERENCES).scenario(REPORTED)
    mc = monte_carlo(engine, scenario, 300, 5)
    for i, year in enumerate(mc.years):
        label = f"{year} plan year" if year == mc.plan_year else str(year)
        cells = (label, fmt.meur(mc.targets[i]), fmt.meur(mc.p10[i]), fmt.meur(mc.p50[i]))
        assert row(*cells) in risk, year
        assert row(fmt.meur(mc.p90[i]), fmt.pct(mc.probability_of_target[i], 0)) in risk, year


def test_the_default_is_10000_draws(tmp_path):
    out = tmp_path / "default.pdf"
    done = planner("report", REFERENCES, "--scenario", REPORTED, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "drawn 10,000 times" in document_text(out)

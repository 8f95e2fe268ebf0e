"""planner template, export, check and evaluate --baseline on .xlsx and CSV baselines, run as
a user runs them: a subprocess, its output and exit status."""

import json
import re

import openpyxl
import pandas as pd
import pytest

from planner.files.baseline_io import load_baseline
from planner.files.workbook_json import read_workbook
from planner.model import evaluate_scenario
from planner.paths import bundled_baseline_dir, reference_workbook_path
from tests.cli.test_evaluate_check import planner
from tests.files.baseline_copies import bundled_rows, find_row, write_csv_folder

REFERENCES = str(reference_workbook_path())
EVIL = '=HYPERLINK("http://x","y")'


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "baseline.xlsx"
    done = planner("template", "--out", str(path))
    assert done.returncode == 0, done.stderr
    bundled = load_baseline(bundled_baseline_dir())
    assert done.stdout.strip() == (
        f"{path}: baseline 'Helsinki 2024' (2024): {len(bundled.services)} service lines, "
        f"{len(bundled.provenance)} provenance records"
    )
    return path


def test_check_takes_the_template(template):
    done = planner("check", str(template))
    assert done.returncode == 0, done.stdout
    assert "usable baseline 'Helsinki 2024' (2024): 14 service lines" in done.stdout


def test_evaluate_on_an_edited_template_sees_the_change(template, tmp_path):
    args = ("evaluate", "--set", "office_space_cut=10", "--json")
    bundled = json.loads(planner(*args).stdout)
    same = planner(*args, "--baseline", str(template))
    assert same.returncode == 0, same.stderr
    assert json.loads(same.stdout)["total_savings_eur"] == bundled["total_savings_eur"]

    workbook = openpyxl.load_workbook(template)
    premises = workbook["premises"]
    for row in range(2, premises.max_row + 1):
        premises.cell(row, 4).value = 330  # rent €/m² a year, 300 in the bundled baseline
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    changed = planner(*args, "--baseline", str(edited))
    assert changed.returncode == 0, changed.stderr
    office = json.loads(changed.stdout)["savings_eur"]["office_space_cut"]
    assert office > bundled["savings_eur"]["office_space_cut"]


def test_check_lists_problems_of_an_xlsx_with_sheet_row_and_column(template, tmp_path):
    workbook = openpyxl.load_workbook(template)
    workbook["services"]["C3"] = "visits"
    del workbook["workforce"]
    broken = tmp_path / "broken.xlsx"
    workbook.save(broken)
    done = planner("check", str(broken))
    assert done.returncode == 1
    assert f"{broken}, sheet workforce: expected the workforce table" in done.stdout
    assert f"{broken}, sheet services, row 3, column 'unit': found 'visits'" in done.stdout
    assert "problems: the baseline is not usable" in done.stderr
    assert "Traceback" not in done.stderr


def test_check_and_evaluate_take_a_non_workbook_with_one_line(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("id,name\n", encoding="utf-8")
    done = planner("check", str(fake))
    assert done.returncode == 1
    assert "expected an .xlsx workbook (this file is not one" in done.stdout
    evaluated = planner("evaluate", "--baseline", str(fake))
    assert evaluated.returncode == 1
    assert len(evaluated.stderr.strip().splitlines()) == 1
    assert "Traceback" not in evaluated.stderr


def test_template_of_a_csv_folder(tmp_path):
    out = tmp_path / "copy.xlsx"
    done = planner("template", "--baseline", str(bundled_baseline_dir()), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert planner("check", str(out)).returncode == 0


@pytest.mark.parametrize("ending", [".xlsx", ".csv"])
def test_export_equals_the_model(ending, tmp_path, engine):
    out = tmp_path / f"results{ending}"
    name = "Reported programme (€70M)"
    done = planner("export", REFERENCES, "--scenario", name, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{out}: 1 scenario exported"
    result = evaluate_scenario(engine, read_workbook(REFERENCES).scenario(name))
    # Every year, equal to what `planner evaluate --json` says (rounded there to the cent).
    evaluated = planner("evaluate", "--workbook", REFERENCES, "--scenario", name, "--json")
    assert evaluated.returncode == 0, evaluated.stderr
    years = json.loads(evaluated.stdout)["years"]
    assert [y["year"] for y in years] == [y.year for y in result.years]
    cent = {"abs": 0.01}
    measures = {  # evaluate --json key: (xlsx Years column, CSV measure)
        "target_eur": ("Target (€)", "target_eur"),
        "total_savings_eur": ("Savings (€)", "savings_eur"),
        "cost_savings_eur": ("Cost savings (€)", "cost_savings_eur"),
        "extra_income_eur": ("Extra income (€)", "extra_income_eur"),
        "one_off_costs_total_eur": ("One-off costs (€)", "one_off_costs_eur"),
        "gap_eur": ("Gap to target (€)", "gap_eur"),
    }
    if ending == ".xlsx":
        summary = pd.read_excel(out, sheet_name="Summary")
        assert list(summary["Scenario"]) == [name]
        assert summary["Savings in plan year (€)"][0] == pytest.approx(result.total_plan_year)
        services = pd.read_excel(out, sheet_name="Services").set_index(["Year", "Service id"])
        for s in result.services:
            assert services.loc[(result.plan_year, s.id), "Delivered"] == pytest.approx(s.delivered)
        table = pd.read_excel(out, sheet_name="Years").set_index("Year")
        for y in years:
            for key, (column, _) in measures.items():
                assert table.loc[y["year"], column] == pytest.approx(y[key], **cent), key
            for line in y["services"]:
                exported = services.loc[(y["year"], line["id"]), "Delivered"]
                assert exported == pytest.approx(line["delivered"], abs=0.01), line["id"]
    else:
        frame = pd.read_csv(out, encoding="utf-8-sig")
        total = frame[(frame["table"] == "summary") & (frame["measure"] == "savings_plan_year_eur")]
        assert list(total["value"]) == [result.total_plan_year]
        plan = frame[(frame["table"] == "summary") & (frame["measure"] == "plan_year")]
        assert list(plan["value"]) == [result.plan_year]
        text = out.read_text(encoding="utf-8-sig")
        assert f'"plan_year",{result.plan_year},"year"' in text  # an integer, not 2026.0
        by_year = frame[frame["table"] == "years"].set_index(["year", "measure"])["value"]
        for y in years:
            for key, (_, measure) in measures.items():
                assert by_year[(y["year"], measure)] == pytest.approx(y[key], **cent), key


def test_export_every_scenario_on_an_xlsx_baseline(template, tmp_path):
    out = tmp_path / "all.xlsx"
    done = planner("export", REFERENCES, "--baseline", str(template), "--out", str(out))
    assert done.returncode == 0, done.stderr
    names = [s.name for s in read_workbook(REFERENCES).scenarios]
    assert list(pd.read_excel(out, sheet_name="Summary")["Scenario"]) == names
    about = dict(pd.read_excel(out, sheet_name="About").itertuples(index=False))
    assert about["Baseline file"] == str(template)


def test_export_makes_a_formula_like_service_name_inert(tmp_path):
    tables = bundled_rows()
    row = find_row(tables["services"], id="rescue_missions")
    tables["services"][row][1] = EVIL
    folder = write_csv_folder(tables, tmp_path / "evil")
    out = tmp_path / "evil.csv"
    done = planner("export", REFERENCES, "--baseline", str(folder), "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8-sig")
    # CSV quotes the field (it holds commas and quotes); inside, the apostrophe comes first.
    assert ',"\'=HYPERLINK(""http://x"",""y"")",' in text
    assert ",=HYPERLINK" not in text
    assert ',"=HYPERLINK' not in text


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["template"], 2, "required: --out"),
        (["template", "--out", "baseline.csv"], 2, "the template is an .xlsx workbook"),
        (["template", "--out", "no/such/folder/b.xlsx"], 1, "there is no folder no/such/folder"),
        (["template", "--baseline", "nothing", "--out", "b.xlsx"], 1, "nothing is there"),
        (["export", REFERENCES], 2, "required: --out"),
        (["export", REFERENCES, "--out", "results.pdf"], 2, "must end in .xlsx or .csv"),
        (["export", "missing.json", "--out", "r.xlsx"], 1, "no such file"),
        (["export", REFERENCES, "--scenario", "Nope", "--out", "r.xlsx"], 1, "found 'Nope'"),
        (["export", REFERENCES, "--out", "no/such/folder/r.xlsx"], 1, "there is no folder"),
        (["export", REFERENCES, "--baseline", "nothing", "--out", "r.csv"], 1, "nothing is there"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_status(args, status, message, tmp_path):
    done = planner(*args, cwd=tmp_path)
    assert done.returncode == status, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not any(tmp_path.iterdir()), "nothing is written when the command fails"


def test_export_into_a_folder_name_is_refused(tmp_path):
    (tmp_path / "r.xlsx").mkdir()
    done = planner("export", REFERENCES, "--out", "r.xlsx", cwd=tmp_path)
    assert done.returncode == 1
    assert "r.xlsx: expected a file name for the results (this is a folder)" in done.stderr


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """The reference workbook exported in each language, as `planner export --lang` does."""
    folder = tmp_path_factory.mktemp("languages")
    paths = {}
    for code in ("en", "fi", "sv"):
        for ending in (".xlsx", ".csv"):
            out = folder / f"results-{code}{ending}"
            done = planner("export", REFERENCES, "--lang", code, "--out", str(out))
            assert done.returncode == 0, done.stderr
            assert done.stderr == ""
            paths[code, ending] = out
    return paths


SHEETS = {
    "fi": ["Yhteenveto", "Toimenpiteet", "Vuodet", "Toimenpiteet vuosittain", "Palvelut",
           "Talousarvio", "Varoitukset", "Muutetut oletukset", "Tietoja"],
    "sv": ["Sammanfattning", "Åtgärder", "År", "Åtgärder per år", "Tjänster", "Budget",
           "Varningar", "Ändrade antaganden", "Om filen"],
}  # fmt: skip


def _values(path) -> dict[str, list[list]]:
    """Every sheet's cells but its header row and the About sheet (which has the time)."""
    book = openpyxl.load_workbook(path)
    return {
        name: [[cell.value for cell in row] for row in book[name].iter_rows(min_row=2)]
        for name in book.sheetnames[:-1]
    }


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_a_finnish_or_swedish_xlsx_has_its_words_and_the_same_numbers(code, exports):
    english = openpyxl.load_workbook(exports["en", ".xlsx"])
    local = openpyxl.load_workbook(exports[code, ".xlsx"])
    assert local.sheetnames == SHEETS[code]
    for name in local.sheetnames:  # names Excel takes
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    headers = [cell.value for cell in local[SHEETS[code][2]][1]]  # the years sheet
    words = {
        "fi": ("Skenaario", "Vuosi", "Suunnitteluvuosi", "Tavoite (€)", "Säästöt (€)"),
        "sv": ("Scenario", "År", "Planeringsår", "Mål (€)", "Besparingar (€)"),
    }[code]
    assert headers[:5] == list(words)
    assert "Target (€)" not in headers
    # The same cells, sheet by sheet: numbers equal (and numbers, not text), words translated.
    ours, theirs = _values(exports[code, ".xlsx"]), _values(exports["en", ".xlsx"])
    for local_name, english_name in zip(SHEETS[code], english.sheetnames, strict=False):
        if english_name == "About":
            continue
        rows, english_rows = ours[local_name], theirs[english_name]
        assert len(rows) == len(english_rows)
        for row, english_row in zip(rows, english_rows, strict=True):
            for cell, english_cell in zip(row, english_row, strict=True):
                if isinstance(english_cell, int | float):
                    assert type(cell) is type(english_cell) and cell == english_cell
    budget = {row[2]: row for row in ours[SHEETS[code][5]]}
    kind = {"fi": ("meno", "tulo"), "sv": ("utgift", "inkomst")}[code]
    assert budget["personnel"][4] == kind[0] and budget["client_fees"][4] == kind[1]
    name = {"fi": "Vuokratyövoima", "sv": "Hyrd arbetskraft"}[code]
    assert budget["outsourced_labour"][3] == name
    years = ours[SHEETS[code][2]]
    assert {row[2] for row in years} == ({"kyllä", "ei"} if code == "fi" else {"ja", "nej"})


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_a_finnish_or_swedish_csv_opens_in_excel_of_that_language(code, exports):
    """Semicolons and a decimal comma; read back with those, the same numbers as English."""
    english = pd.read_csv(exports["en", ".csv"], encoding="utf-8-sig")
    text = exports[code, ".csv"].read_text(encoding="utf-8-sig")
    header = text.splitlines()[0]
    assert (
        header
        == {
            "fi": "skenaario;taulukko;vuosi;kohde;nimi;mittari;arvo;yksikkö",
            "sv": "scenario;tabell;år;post;namn;mått;värde;enhet",
        }[code]
    )
    local = pd.read_csv(exports[code, ".csv"], encoding="utf-8-sig", sep=";", decimal=",")
    assert len(local) == len(english)
    assert local.iloc[:, 6].dtype == float  # every value read as a number
    assert list(local.iloc[:, 6].fillna(-1)) == list(english["value"].fillna(-1))
    assert list(local.iloc[:, 3]) == list(english["item"])  # ids stay ids
    plan = "Suunnitteluvuosi" if code == "fi" else "Planeringsår"
    year_word = "vuosi" if code == "fi" else "år"
    assert f'"{plan}";2026;"{year_word}"' in text  # a whole year, not 2026,0
    assert re.search(r";\d+,\d+;", text) and not re.search(r";\d+\.\d+;", text)
    savings = "Säästöt (€)" if code == "fi" else "Besparingar (€)"
    assert savings in set(local.iloc[:, 5])


def test_export_lang_is_checked(tmp_path):
    done = planner("export", REFERENCES, "--lang", "de", "--out", str(tmp_path / "x.xlsx"))
    assert done.returncode == 2
    assert "--lang" in done.stderr

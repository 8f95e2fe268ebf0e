"""Issue 13: the texts of the lever panel, the lever help, the timing editor, the Uncertainty
and Assumptions views come out in the language chosen in the planner (Settings > Language),
Finnish or Swedish, and English stays English whatever the language used before: table
headers and their tooltips, the ±1 % step buttons, a lever's unit in its tooltip, month names
and abbreviations, a figure's unit, and the names of the single figures where the baseline
gives them in the language."""

import csv
import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from planner.files.baseline_io import load_baseline
from planner.files.template import COLUMN_HELP
from planner.model import Engine, LeverTiming
from planner.paths import bundled_baseline_dir
from planner.present.names import localise_engine
from planner.present.translate import install_names
from planner.ui.assumptions_view import AssumptionsModel
from planner.ui.figures import UNITS, baseline_figures
from planner.ui.language import apply_language
from planner.ui.main_window import MainWindow
from planner.ui.plan_commands import month_abbreviation, timing_short_texts, timing_text
from planner.ui.state import PlannerState
from planner.ui.timing_editor import TimingDialog

HORIZONTAL = Qt.Orientation.Horizontal
TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def language():
    """Call it with a language; English again (and no baseline names) after the test."""
    yield apply_language
    apply_language("en")
    install_names({})


def _window(qtbot, settings, baseline=None):
    engine = localise_engine(Engine(baseline or load_baseline(bundled_baseline_dir())))
    main = MainWindow(PlannerState(engine), settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    QApplication.processEvents()
    return main


def _headers(model) -> list[tuple[str, str]]:
    count = model.columnCount(QModelIndex())
    return [
        (model.headerData(c, HORIZONTAL), model.headerData(c, HORIZONTAL, TIP))
        for c in range(count)
    ]


def test_a_swedish_window_says_its_headers_tips_and_months_in_swedish(qtbot, settings, language):
    language("sv")
    window = _window(qtbot, settings)
    view = window.uncertainty.view
    probability = _headers(view.probability_model)
    assert [text for text, _ in probability] == [
        "År",
        "Mål",
        "Sannolikhet",
        "10:e perc.",
        "Median",
        "90:e perc.",
    ]
    assert probability[2][1] == "Andelen dragningar där besparingarna når årets mål"
    assert "percentil" in probability[3][1] and "percentil" in probability[5][1]
    floor = _headers(view.floor_model)
    assert [text for text, _ in floor] == ["Tjänst", "Under miniminivån"]
    assert "miniminivå" in floor[1][1]
    # The step buttons beside a lever's spin box, with the Swedish space before %.
    row = window.lever_panel.rows["client_fee_alignment"]
    assert row.down_button.toolTip() == "1\u00a0% mindre"
    assert row.up_button.toolTip() == "1\u00a0% mer"
    # The lever's unit in its tooltip is the Swedish one its row shows, not the model's code.
    office = window.lever_panel.rows["office_space_cut"]
    assert "% av hyrd kontorsyta, 0–" in office.spin.toolTip()
    assert "leased office area" not in office.spin.toolTip()
    # A lever's start: the whole month, and its Swedish abbreviation where room is short.
    button = window.plan_tools.timing.buttons["client_fee_alignment"]
    assert button.full_text == "från januari 2024, ingen upptrappning"
    assert timing_short_texts("client_fee_alignment", LeverTiming(2025, 3, 6), 2024)[0] == (
        "mars 2025, 6 månaders upptrappning"
    )
    assert month_abbreviation(10) == "okt."
    dialog = TimingDialog("client_fee_alignment", LeverTiming(), False, 2024, 2028, window)
    qtbot.addWidget(dialog)
    assert [dialog.month.itemText(i) for i in (0, 11)] == ["januari", "december"]
    window.close()


def test_a_finnish_lever_start_uses_finnish_month_forms(language):
    language("fi")
    timing = LeverTiming(2025, 3, 6)
    assert timing_text("client_fee_alignment", timing, 2024) == (
        "maaliskuusta 2025 alkaen, 6 kuukauden käyttöönotto"
    )
    medium = timing_short_texts("client_fee_alignment", timing, 2024)[0]
    assert medium.startswith("maalis 2025")  # Finnish's own short form, not its first letters
    assert [month_abbreviation(m) for m in (1, 7, 11)] == ["tammi", "heinä", "marras"]
    office = timing_short_texts("office_space_cut", LeverTiming(None, 1, 0), 2024)[0]
    assert office.startswith("tammi 2024") and not office.startswith("tam ")


def test_english_after_finnish_says_its_months_in_english(language):
    """English chosen (on a Finnish system, say) is English throughout: no Finnish left from a
    language used before, and the month names are never the system locale's."""
    language("fi")
    language("en")
    timing = LeverTiming(2025, 1, 0)
    assert timing_text("client_fee_alignment", timing, 2024) == "from January 2025, no ramp-up"
    assert timing_short_texts("client_fee_alignment", timing, 2024)[0] == "Jan 2025, no ramp-up"
    assert [month_abbreviation(m) for m in (3, 6, 9)] == ["Mar", "Jun", "Sep"]


def test_every_unit_the_template_gives_is_translated():
    """Every unit of the template's column help is in figures.UNITS, so the catalogue has it
    (a new unit in the template fails here until it is added there)."""
    template_units = {unit for _, unit in COLUMN_HELP.values() if unit}
    assert template_units <= set(UNITS)


def test_figure_units_and_single_figure_names_in_the_language(qtbot, settings, language, tmp_path):
    """Units are said in the window's language; a workforce or parameters figure whose row
    gives a name in that language (the optional name_fi, name_sv) is called by it, one
    without by its name through the catalogue."""
    folder = tmp_path / "baseline"
    shutil.copytree(bundled_baseline_dir(), folder)
    path = folder / "workforce.csv"
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    for row in rows:
        row["name_fi"] = "Toimialan henkilöstö" if row["id"] == "staff_count" else ""
        row["name_sv"] = ""
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    baseline = load_baseline(folder)
    assert baseline.value_row("workforce", "staff_count").name_in("fi") == "Toimialan henkilöstö"
    assert baseline.value_row("workforce", "staff_count").name_in("sv") == "Staff of the division"

    language("fi")
    window = _window(qtbot, settings, baseline)
    window.tabs.setCurrentWidget(window.assumptions.view)
    model = window.assumptions.view.model

    def shown(key: str) -> tuple[str, ...]:
        row = model.row_of(key)
        return tuple(model.index(row, c).data() for c in range(model.columnCount()))

    staff = shown("workforce.staff_count.value")
    assert staff[AssumptionsModel.NAME] == "Toimialan henkilöstö"
    assert staff[AssumptionsModel.UNIT] == "henkilöä"
    fte = shown("workforce.recruitment_limit_fte_per_year.value")
    assert fte[AssumptionsModel.UNIT] == "htv"
    assert (
        fte[AssumptionsModel.NAME]
        != "Own staff the division can recruit a year beyond normal turnover"
    )
    cost = shown("services.home_care_visits.unit_cost_eur")
    assert cost[AssumptionsModel.UNIT] == "€ / suorite"
    units = {f.unit for f in baseline_figures(window.state.engine)}
    assert {"€ vuodessa", "% vuodessa", "€ / m² vuodessa"} <= units
    assert not units & {"€ per unit", "€ a year", "% a year", "people", "FTE", "ratio"}
    window.close()


@pytest.mark.parametrize("code", ["fi", "sv"])
def test_the_translated_headers_fit_at_1280x800(qtbot, settings, language, code):
    """Finnish and Swedish headers are longer: at 1280x800 no header of the Uncertainty,
    Assumptions and Years tables is narrower than its words, and the year, target and
    probability of reaching it, and the share below the floor, are in view without scrolling."""
    language(code)
    settings.setValue("uncertainty/draws", 200)
    window = _window(qtbot, settings)
    uncertainty = window.uncertainty.view
    window.tabs.setCurrentWidget(window.uncertainty.page)
    qtbot.waitUntil(lambda: uncertainty.shown is not None, timeout=20_000)
    QApplication.processEvents()
    tables = [uncertainty.probability_table, uncertainty.floor_table]
    for table in tables:
        header = table.horizontalHeader()
        for column in range(header.count()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                table.accessibleName(),
                table.model().headerData(column, HORIZONTAL),
            )
    for table, columns in ((uncertainty.probability_table, 3), (uncertainty.floor_table, 2)):
        header = table.horizontalHeader()
        right = header.sectionViewportPosition(columns - 1) + header.sectionSize(columns - 1)
        assert header.sectionViewportPosition(0) >= 0 and right <= table.viewport().width()
    for page in (window.assumptions.view, window.plan_tools.years_view):
        window.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        table = page.table
        header = table.horizontalHeader()
        for column in range(header.count() - 1):  # the last one stretches
            assert header.sectionSize(column) >= header.sectionSizeHint(column), (
                table.accessibleName(),
                table.model().headerData(column, HORIZONTAL),
            )
    window.close()


def test_the_about_box_names_the_division_in_the_language(qapp, language):
    """Help > About names the division as the city does in the language (about.csv's
    division_fi / division_sv), not in English."""
    from planner.ui.lever_help import about_html

    baseline = load_baseline(bundled_baseline_dir())
    language("fi")
    assert "sosiaali-, terveys- ja pelastustoimiala" in about_html(baseline)
    language("sv")
    assert "social-, hälsovårds- och räddningssektor" in about_html(baseline)
    language("en")
    assert baseline.about["division"] in about_html(baseline)

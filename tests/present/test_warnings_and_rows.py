"""Warning texts are made from a warning's code and parameters (the model writes no sentence);
comparison rows follow planner.model.LEVERS."""

from planner.model import LEVERS, ModelWarning
from planner.present.comparison import PAPER, SCREEN, lever_and_savings_rows
from planner.present.warnings import concerns, warning_detail, warning_text


def warning(code, service="", lever="", **params):
    return ModelWarning(code, 2026, lever, service, tuple(params.items()))


def test_a_warning_sentence_comes_from_its_code_and_parameters():
    below = warning(
        "below_floor", "home_care", share_met=0.912, floor=0.95, shortfall=12345.4, unit="visit"
    )
    names = {"home_care": "Home care visits"}
    assert warning_text(below, names) == (
        "Home care visits: 91.2 % of demand met, below its floor of 95 % (shortfall 12,345 visits)."
    )
    assert warning_detail(below).startswith("91.2 % of demand met")  # the table's second column
    assert concerns(below, names, {}) == "Home care visits"


def test_every_code_the_model_writes_has_words():
    for code, params in [
        ("backfill_without_cut", {}),
        ("backfill_recruitment_limited", {"wanted_fte": 300, "achieved_fte": 120}),
        ("fee_capped_at_legal_max", {"reference_eur": 14.6, "legal_max_eur": 12.0}),
        ("office_early_exit_cost", {"cost_eur": 1_500_000}),
        ("internal_rent_not_city_saving", {"amount_eur": 800_000}),
        ("office_rent_still_owed", {"area_m2": 12_000}),
        ("statutory_volume_bought", {"extra_volume": 1000, "unit": "visit"}),
        ("override_outside_range", {"figure": "a.b.c", "value": 9, "low": 1, "high": 5}),
    ]:
        text = warning_text(warning(code, **params))
        assert code not in text, code
        assert text[0].isupper() or not text[0].isalpha(), code  # a sentence, not a code


def test_an_unknown_code_still_shows_with_its_parameters():
    text = warning_text(warning("something_new", amount=3))
    assert "something_new" in text and "amount 3" in text


def test_comparison_rows_follow_the_levers_and_each_kind_has_a_medium():
    labels = [row.label for row in lever_and_savings_rows()]
    for lever in LEVERS:
        assert labels.count(lever.name) == 2  # its value and its saving
    kinds = {row.kind for row in lever_and_savings_rows() if row.kind}
    assert kinds <= set(SCREEN) and kinds <= set(PAPER)
    assert SCREEN["money"].show(-7_176_000) == "−€7,176,000"
    assert PAPER["money"].show(-7_176_000) == "−7.2 M€"
    assert SCREEN["gap"].show(-5227) == "€5,227 over"


def test_a_default_plan_year_compares_as_the_year_it_resolves_to(engine):
    """A scenario may leave its plan year to the baseline (None): rows and differences use the
    result's year, never 'None'."""
    from planner.model import Scenario, evaluate_scenario
    from planner.present.comparison import differences, plan_rows

    default = evaluate_scenario(engine, Scenario("Default"))
    later = evaluate_scenario(engine, Scenario("Later", plan_year=2026))
    year_row = next(row for row in plan_rows() if row.kind == "year")
    assert year_row.value(default) == 2024
    assert year_row.value(later) == 2026
    text = "\n".join(differences(default, later))
    assert "2024 → 2026" in text
    assert "None" not in text

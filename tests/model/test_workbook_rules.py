"""The workbook rules of planner/model/workbook.py: a scenario's saved form round trips, and
each problem is reported through `bad` with its place."""

import json

import pytest

from planner.model import LeverTiming, Scenario
from planner.model.workbook import (
    MAX_NAME,
    Workbook,
    WorkbookRuleError,
    check_can_delete,
    check_name,
    scenario_from_dict,
    scenario_to_dict,
    unique_name,
)


class Problems:
    """A `bad` callback that keeps what it is told."""

    def __init__(self):
        self.places: list[str] = []
        self.expected: list[str] = []

    def __call__(self, path, expected, found=None):
        self.places.append(path)
        self.expected.append(expected)


def read(item):
    problems = Problems()
    return scenario_from_dict(item, "scenarios[0]", problems), problems


def full_scenario() -> Scenario:
    return Scenario(
        "Plan B",
        levers={"office_space_cut": 12.5, "client_fee_alignment": 100, "digital_shift": 20},
        plan_year=2026,
        target_eur=50_000_000,
        description="Fees from February 2025, digital ramped over a year.",
        modified_by="tester",
        modified_at="2026-11-28T08:00:00+00:00",
        timing={
            "client_fee_alignment": LeverTiming(2025, 2, 0),
            "digital_shift": LeverTiming(None, 1, 12),
            "office_space_cut": LeverTiming(2023, 7, 0),
        },
        targets_eur={2025: 25_000_000, 2026: 30_000_000.5},
        horizon_year=2030,
        office_early_exit=True,
    )


def test_a_scenario_round_trips_through_its_saved_form():
    scenario = full_scenario()
    document = json.loads(json.dumps(scenario_to_dict(scenario)))  # as a file holds it
    assert document["timing"]["client_fee_alignment"] == {"start": "2025-02", "ramp_months": 0}
    assert document["timing"]["digital_shift"] == {"start": None, "ramp_months": 12}
    assert document["targets_eur"] == {"2025": 25_000_000, "2026": 30_000_000.5}
    assert document["horizon_year"] == 2030
    assert document["office_early_exit"] is True
    back, problems = read(document)
    assert problems.places == []
    assert back == scenario
    assert back.timing == scenario.timing
    assert back.targets_eur == {2025: 25_000_000, 2026: 30_000_000.5}
    assert back.target_for(2025) == 25_000_000 and back.target_for(2027) == 50_000_000
    assert back.horizon_year == 2030 and back.office_early_exit is True
    assert scenario_to_dict(back) == scenario_to_dict(scenario)


def test_defaults_are_left_out_and_come_back():
    scenario = Scenario("Plain")
    document = scenario_to_dict(scenario)
    for key in ("timing", "targets_eur", "horizon_year", "office_early_exit", "plan_year"):
        assert key not in document
    back, problems = read(document)
    assert problems.places == [] and back == scenario
    assert back.timing == {} and back.horizon_year is None and not back.office_early_exit
    minimal, problems = read({"name": "Only a name"})
    assert problems.places == []
    assert minimal.target_eur == 70_000_000 and minimal.levers == Scenario("x").levers


def test_a_default_timing_is_not_kept():
    scenario = Scenario("x", timing={"digital_shift": LeverTiming()})
    assert scenario.timing == {}
    assert "timing" not in scenario_to_dict(scenario)


def with_change(**changes):
    document = scenario_to_dict(full_scenario())
    document.update(changes)
    return document


def with_timing(lever_id, entry):
    document = scenario_to_dict(full_scenario())
    document["timing"] = {lever_id: entry}
    return document


REJECTED = [
    ("empty name", with_change(name="  "), "scenarios[0].name"),
    ("no name", with_change(name=None), "scenarios[0].name"),
    ("long name", with_change(name="n" * (MAX_NAME + 1)), "scenarios[0].name"),
    ("negative target", with_change(target_eur=-1), "scenarios[0].target_eur"),
    ("text target", with_change(target_eur="lots"), "scenarios[0].target_eur"),
    ("target as true", with_change(target_eur=True), "scenarios[0].target_eur"),
    ("bad path amount", with_change(targets_eur={"2025": -5}), "scenarios[0].targets_eur.2025"),
    ("bad path year", with_change(targets_eur={"next": 5}), "scenarios[0].targets_eur.next"),
    ("path not an object", with_change(targets_eur=[1, 2]), "scenarios[0].targets_eur"),
    (
        "start month 13",
        with_timing("digital_shift", {"start": "2025-13", "ramp_months": 0}),
        "scenarios[0].timing.digital_shift.start",
    ),
    (
        "start without month",
        with_timing("digital_shift", {"start": "2025", "ramp_months": 0}),
        "scenarios[0].timing.digital_shift.start",
    ),
    (
        "start as a number",
        with_timing("digital_shift", {"start": 202502, "ramp_months": 0}),
        "scenarios[0].timing.digital_shift.start",
    ),
    (
        "start in year 3000",
        with_timing("digital_shift", {"start": "3000-01", "ramp_months": 0}),
        "scenarios[0].timing.digital_shift.start",
    ),
    (
        "negative ramp",
        with_timing("digital_shift", {"start": "2025-01", "ramp_months": -1}),
        "scenarios[0].timing.digital_shift.ramp_months",
    ),
    (
        "ramp too long",
        with_timing("digital_shift", {"start": "2025-01", "ramp_months": 121}),
        "scenarios[0].timing.digital_shift.ramp_months",
    ),
    (
        "ramp in fractions",
        with_timing("digital_shift", {"start": "2025-01", "ramp_months": 2.5}),
        "scenarios[0].timing.digital_shift.ramp_months",
    ),
    (
        "ramp as true",
        with_timing("digital_shift", {"start": "2025-01", "ramp_months": True}),
        "scenarios[0].timing.digital_shift.ramp_months",
    ),
    (
        "timing with another key",
        with_timing("digital_shift", {"start": "2025-01", "end": "2026-01"}),
        "scenarios[0].timing.digital_shift",
    ),
    (
        "timing of an unknown lever",
        with_timing("free_lunch", {"start": "2025-01", "ramp_months": 0}),
        "scenarios[0].timing.free_lunch",
    ),
    ("timing not an object", with_change(timing=["2025-01"]), "scenarios[0].timing"),
    ("unknown lever", with_change(levers={"free_lunch": 10}), "scenarios[0].levers.free_lunch"),
    (
        "lever out of range",
        with_change(levers={"digital_shift": 51}),
        "scenarios[0].levers.digital_shift",
    ),
    (
        "lever as text",
        with_change(levers={"digital_shift": "5"}),
        "scenarios[0].levers.digital_shift",
    ),
    ("early exit as text", with_change(office_early_exit="yes"), "scenarios[0].office_early_exit"),
    ("plan year as text", with_change(plan_year="2025"), "scenarios[0].plan_year"),
    ("horizon in 2300", with_change(horizon_year=2300), "scenarios[0].horizon_year"),
    ("unknown key", with_change(colour="red"), "scenarios[0].colour"),
    ("long description", with_change(description="x" * 10_001), "scenarios[0].description"),
]


@pytest.mark.parametrize(
    ("what", "document", "place"), REJECTED, ids=[case[0] for case in REJECTED]
)
def test_each_problem_is_reported_with_its_place(what, document, place):
    scenario, problems = read(document)
    assert scenario is None
    assert problems.places == [place]
    assert all(problems.expected)


def test_every_problem_is_reported_at_once():
    document = with_change(name="", target_eur=-1, levers={"free_lunch": 1})
    scenario, problems = read(document)
    assert scenario is None
    assert sorted(problems.places) == [
        "scenarios[0].levers.free_lunch",
        "scenarios[0].name",
        "scenarios[0].target_eur",
    ]


def test_not_an_object_is_reported():
    scenario, problems = read(["a", "list"])
    assert scenario is None and problems.places == ["scenarios[0]"]


def test_name_rules():
    assert check_name("  Plan  ") == "Plan"
    assert check_name("n" * MAX_NAME) == "n" * MAX_NAME
    with pytest.raises(WorkbookRuleError):
        check_name("Plan", others=["Plan"])
    assert unique_name("Plan", ["Plan", "Plan (2)"]) == "Plan (3)"
    assert len(unique_name("n" * MAX_NAME, ["n" * MAX_NAME])) == MAX_NAME
    with pytest.raises(WorkbookRuleError):
        check_can_delete(Workbook([Scenario("only")]))

"""Scenario workbook files: round trip and every rejection rule, with the place named."""

import json

import pytest

from planner.files.problems import InputError
from planner.files.workbook_json import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    read_workbook,
    write_workbook,
)
from planner.model import Scenario
from planner.model.workbook import Workbook
from planner.paths import reference_workbook_path


def document(**scenario_fields):
    scenario = {"name": "A", "plan_year": 2025, "target_eur": 1e6, "levers": {}}
    scenario.update(scenario_fields)
    return {"format": FORMAT_NAME, "schema_version": SCHEMA_VERSION, "scenarios": [scenario]}


def write_json(tmp_path, content) -> str:
    path = tmp_path / "book.planner.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def problems_of(path) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_workbook(path)
    return [str(problem) for problem in caught.value.problems]


def test_reference_workbook_reads():
    workbook = read_workbook(reference_workbook_path())
    assert len(workbook.scenarios) >= 3
    assert len(set(workbook.names())) == len(workbook.scenarios)
    assert workbook.baseline_name == "Helsinki 2024"


def test_round_trip(tmp_path):
    workbook = Workbook(
        [
            Scenario(
                'Ä € "quoted"',
                {"digital_shift": 12.5},
                plan_year=2027,
                target_eur=5e6,
                description="line 1\nline 2",
                modified_by="Aino",
                modified_at="2026-11-28",
            ),
            Scenario("B"),
        ],
        baseline_name="Helsinki 2024",
    )
    path = tmp_path / "out.planner.json"
    write_workbook(workbook, path)
    assert read_workbook(path) == workbook
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ('{"format": "planner-workbook", "schema_v', "valid JSON (Unterminated string"),
        ("not json at all", "valid JSON (Expecting value at line 1, column 1"),
        ("[1, 2]", "a JSON object holding a planner workbook"),
        ('{"format": "something-else", "schema_version": 1}', "column 'format': found"),
        (
            '{"format": "planner-workbook", "schema_version": 99, "scenarios": []}',
            "made by a newer version of the planner (schema 99)",
        ),
        (
            '{"format": "planner-workbook", "schema_version": "1", "scenarios": []}',
            "a whole schema version number",
        ),
        (
            '{"format": "planner-workbook", "schema_version": 1, "scenarios": {}}',
            "column 'scenarios': found '{}', expected a list of scenarios",
        ),
    ],
)
def test_broken_files(tmp_path, content, message):
    problems = problems_of(write_json(tmp_path, content))
    assert any(message in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"levers": {"no_such_lever": 1}}, "scenarios[0].levers.no_such_lever': expected a known"),
        ({"levers": {"digital_shift": 51}}, "found '51', expected a number from 0 to 50"),
        ({"levers": {"digital_shift": "10"}}, "found '10', expected a number from 0 to 50"),
        ({"levers": {"digital_shift": True}}, "found 'true', expected a number"),
        ({"levers": []}, "expected an object of lever values"),
        ({"name": ""}, "scenarios[0].name': found '', expected a scenario needs a name"),
        ({"plan_year": "2025"}, "expected a year such as 2025"),
        ({"target_eur": -1}, "expected a target of zero or more euros"),
        ({"description": 5}, "expected a text"),
        ({"surprise": 1}, "scenarios[0].surprise': expected only the keys"),
    ],
)
def test_wrong_values_name_their_place(tmp_path, fields, message):
    problems = problems_of(write_json(tmp_path, document(**fields)))
    assert any(message in problem for problem in problems), problems


def test_nan_is_rejected(tmp_path):
    text = json.dumps(document()).replace('"target_eur": 1000000.0', '"target_eur": NaN')
    assert any(
        "a finite number" in p and "'NaN'" in p for p in problems_of(write_json(tmp_path, text))
    )


def test_duplicate_names(tmp_path):
    doc = document()
    doc["scenarios"].append(dict(doc["scenarios"][0]))
    assert any(
        "scenarios[1].name" in p and "scenarios[0] has it too" in p
        for p in problems_of(write_json(tmp_path, doc))
    )


def test_missing_file_and_folder(tmp_path):
    assert "there is no such file" in problems_of(str(tmp_path / "none.json"))[0]
    assert "this is a folder" in problems_of(str(tmp_path))[0]


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as file:
        file.seek(21 * 1024 * 1024)
        file.write(b"\0")
    assert "a workbook file of at most 20 MiB" in problems_of(str(path))[0]


def test_binary_file(tmp_path):
    path = tmp_path / "b.json"
    path.write_bytes(b"\xff\xfe\x00\x01garbage")
    assert "binary" in problems_of(str(path))[0]

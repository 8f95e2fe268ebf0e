"""Fuzzing the readers and the CSV writer (Hypothesis): whatever a file holds, a reader answers
with a workbook or an InputError naming the problem, never another exception; whatever a text
holds, it stays in its one CSV cell and never starts a formula."""

import contextlib
import copy
import csv
import io
import json
import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.files.baseline_io import read_csv_table
from planner.files.export import CSV_COLUMNS, csv_bytes
from planner.files.problems import InputError
from planner.files.spreadsheet import csv_text
from planner.files.workbook_json import parse_workbook_file, write_workbook
from planner.paths import reference_workbook_path

REFERENCE = json.loads(reference_workbook_path().read_text(encoding="utf-8"))
FORMULA_STARTS = ("=", "+", "-", "@")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def _paths(document, prefix=()):
    """Every place in a document: (path of keys and indexes) for each value."""
    yield prefix
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _paths(value, (*prefix, index))


PLACES = [path for path in _paths(REFERENCE) if path]


@st.composite
def mutated_documents(draw):
    """The reference workbook with a few of its values replaced by anything JSON can hold."""
    document = copy.deepcopy(REFERENCE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PLACES))
        holder = document
        try:
            for step in path[:-1]:
                holder = holder[step]
            holder[path[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed the place
    return document


def _encode(document) -> bytes:
    return json.dumps(document, ensure_ascii=True, allow_nan=True).encode("ascii")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_a_damaged_workbook_opens_or_names_its_problems(document):
    try:
        opened = parse_workbook_file(_encode(document), "fuzz.planner.json")
    except InputError as error:
        assert error.problems and all(str(problem) for problem in error.problems)
        return
    assert opened.workbook.scenarios is not None


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_any_json_is_a_workbook_or_an_input_error(document):
    with contextlib.suppress(InputError):
        parse_workbook_file(_encode(document), "fuzz.planner.json")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_a_workbook_or_an_input_error(data):
    with contextlib.suppress(InputError):
        parse_workbook_file(data, "fuzz.planner.json")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutated_documents())
def test_what_opens_saves_and_reopens_the_same(tmp_path, document):
    try:
        opened = parse_workbook_file(_encode(document), "fuzz.planner.json")
    except InputError:
        return
    path = tmp_path / "again.planner.json"
    write_workbook(opened.workbook, path)
    again = parse_workbook_file(path.read_bytes(), str(path))
    assert again.workbook == opened.workbook


cell_texts = st.text(
    st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("=+-@\t\r\n \u2028\u0085")),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(cell_texts, min_size=1, max_size=6))
def test_any_text_stays_in_its_csv_cell_and_inert(texts):
    texts_in = {"scenario", "item", "label"}
    fixed = {"value": 1.5, "year": 2030}  # the rest: a short plain text

    def cell(column: str, text: str):
        return csv_text(text) if column in texts_in else fixed.get(column, "m")

    frame = pd.DataFrame(
        [{column: cell(column, text) for column in CSV_COLUMNS} for text in texts],
        columns=list(CSV_COLUMNS),
    )
    decoded = csv_bytes(frame).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(decoded, newline="")))
    assert len(rows) == len(texts) + 1  # no text started a row of its own
    value = CSV_COLUMNS.index("value")
    text_columns = [CSV_COLUMNS.index(name) for name in sorted(texts_in)]
    for row, text in zip(rows[1:], texts, strict=True):
        assert len(row) == len(CSV_COLUMNS)
        assert float(row[value]) == 1.5
        for cell in (row[i] for i in text_columns):
            assert not cell.lstrip(" \t\r\n\u2028\u2029\x85").startswith(FORMULA_STARTS) or (
                cell.startswith("'")
            )
            assert cell == csv_text(text)  # read back exactly as written

            def shown(t):
                return [c for c in t if c.isprintable() and not c.isspace()]

            assert shown(cell) in (shown(text), ["'", *shown(text)])  # nothing lost but spaces


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.lists(cell_texts, min_size=1, max_size=5), min_size=1, max_size=6))
def test_any_csv_cells_read_back_or_name_their_problem(tmp_path, rows):
    path = tmp_path / "services.csv"
    with open(path, "w", encoding="utf-8", newline="") as file:
        csv.writer(file, quoting=csv.QUOTE_ALL).writerows(rows)
    try:
        table = read_csv_table(path, "services")
    except InputError as error:
        assert error.problems
        return
    assert len(table.frame) <= len(rows) and all(
        not (isinstance(v, float) and math.isnan(v)) for v in table.frame.to_numpy().ravel()
    )

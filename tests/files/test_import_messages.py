"""Import messages a planner can act on: each names the figure in words ("Budget › Agency labour
(vuokratyövoima) › amount (€)") as well as where it is (file or sheet, row, column), writes
numbers readably (120,000,000, never 1.2e+08), and names and texts holding control or
direction characters are refused with the cell they are in, on CSV files and .xlsx alike."""

import pytest

from planner.files.baseline_io import load_baseline
from planner.files.problems import InputError, plain_number
from tests.files.baseline_copies import (
    FORMATS,
    bundled_rows,
    find_row,
    set_cell,
    where,
    write,
)


def messages_of(path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_baseline(path)
    return [str(problem) for problem in caught.value.problems]


def one(messages: list[str], *parts: str) -> str:
    found = [m for m in messages if all(part in m for part in parts)]
    assert len(found) == 1, (parts, messages)
    return found[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_huge_values_and_a_bad_provenance_record_name_the_figure_in_plain_numbers(fmt, tmp_path):
    tables = bundled_rows()
    maisa = find_row(tables["services"], id="maisa_contacts")
    set_cell(tables, "services", maisa, "unit_cost_eur", "1.2e+08")  # its range is 0.5 to 4
    agency = find_row(tables["budget"], id="outsourced_labour")
    set_cell(tables, "budget", agency, "amount_eur", "3.5e+16")  # beyond 10^15
    premium = find_row(tables["workforce"], id="agency_premium_pct")
    set_cell(tables, "workforce", premium, "value", "2.5e6")  # 0 to 500 allowed
    record = find_row(
        tables["provenance"], table="services", row="home_care_visits", column="unit_cost_eur"
    )
    set_cell(tables, "provenance", record, "basis", "assumption")
    set_cell(tables, "provenance", record, "note", "a guess")
    set_cell(tables, "provenance", record, "low", "4.5e9")
    set_cell(tables, "provenance", record, "high", "40")
    path = write(tables, tmp_path, fmt)
    messages = messages_of(path)
    assert messages and not any("e+" in m or "e9" in m or "e6" in m for m in messages)

    cost = one(messages, "unit_cost_eur", "within its assumed range")
    assert cost.startswith("Services › Maisa client portal contacts › unit cost (€) — ")
    assert f"{where(path, fmt, 'services')}, row {maisa + 1}, column 'unit_cost_eur'" in cost
    assert "found '120,000,000'" in cost and "range, 0.5 to 4" in cost

    amount = one(messages, "amount_eur")
    assert amount.startswith("Budget › Agency labour (vuokratyövoima) › amount (€) — ")
    assert f"{where(path, fmt, 'budget')}, row {agency + 1}, column 'amount_eur'" in amount
    assert "found '35,000,000,000,000,000'" in amount

    value = one(messages, "workforce", "column 'value'", "from 0 to 500")
    assert "› value (%) — " in value and value.startswith("Workforce › ")
    assert "found '2,500,000', expected a value from 0 to 500" in value

    low = one(messages, "provenance", "column 'low'")
    assert low.startswith("provenance of Services › Home care visits › unit cost (€) — ")
    assert f"{where(path, fmt, 'provenance')}, row {record + 1}, column 'low'" in low
    assert "found '4,500,000,000', expected a low no higher than the high (40)" in low
    # The value outside the (broken) range is not reported against it: one fix at a time.
    assert not any("Home care visits › unit cost (€) — " in m and "within" in m for m in messages)


def test_plain_numbers():
    assert plain_number(1.2e8) == "120,000,000"
    assert plain_number(1e16) == "10,000,000,000,000,000"
    assert plain_number(0.5) == "0.5"
    assert plain_number(1.2e-7) == "0.00000012"
    assert plain_number(-3.5e9) == "-3,500,000,000"
    assert plain_number(31.9) == "31.9"


INVISIBLE = {
    "line break": ("Home care\nvisits", 'a line break (U+000A) after "Home care"'),
    "escape": ("Home care \x1b[31mvisits", 'a control character (U+001B) after "Home care"'),
    "bell": ("\x07Home care visits", "a control character (U+0007) at its start"),
    "delete": ("Home\x7f care visits", 'a control character (U+007F) after "Home"'),
    "override": ("Home \u202ecare visits", 'direction of the text (U+202E) after "Home"'),
    "separator": ("Home care\u2028visits", 'a line break (U+2028) after "Home care"'),
    "isolate": ("Home care\u2066 visits", 'direction of the text (U+2066) after "Home care"'),
}


# An .xlsx (XML 1.0) cannot hold an escape or a bell: openpyxl refuses to write one. (A CSV file
# holding a null character is refused whole, as binary data.)
CASES = [
    (case, fmt)
    for case in INVISIBLE
    for fmt in FORMATS
    if not (fmt == "xlsx" and case in ("escape", "bell"))
]


@pytest.mark.parametrize(("case", "fmt"), CASES, ids=[f"{c}-{f}" for c, f in CASES])
def test_control_and_direction_characters_in_names_are_refused_with_their_cell(case, fmt, tmp_path):
    text, said = INVISIBLE[case]
    tables = bundled_rows()
    row = find_row(tables["services"], id="home_care_visits")
    set_cell(tables, "services", row, "name", text)
    set_cell(tables, "services", row, "name_sv", "Hem" + text[-6:] + "\u202d")
    path = write(tables, tmp_path, fmt)
    messages = messages_of(path)
    name = one(messages, "column 'name'")
    assert f"{where(path, fmt, 'services')}, row {row + 1}, column 'name'" in name
    assert "expected text without control or direction characters" in name
    assert said in name
    other = one(messages, "column 'name_sv'")
    assert "(U+202D)" in other
    for message in messages:  # shown escaped, never acted on
        assert not any(c in message for c in "\x07\x1b\x7f\u202d\u202e\u2066\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_control_characters_in_a_provenance_note_are_refused(fmt, tmp_path):
    tables = bundled_rows()
    record = find_row(
        tables["provenance"], table="services", row="maisa_contacts", column="unit_cost_eur"
    )
    set_cell(tables, "provenance", record, "note", "A guess\u202e, reversed")
    path = write(tables, tmp_path, fmt)
    note = one(messages_of(path), "column 'note'")
    assert note.startswith(
        "provenance of Services › Maisa client portal contacts › unit cost (€) — "
    )
    assert f"row {record + 1}, column 'note'" in note and "(U+202E)" in note


@pytest.mark.parametrize("fmt", FORMATS)
def test_line_breaks_in_a_provenance_note_or_source_read_as_spaces(fmt, tmp_path):
    """A long note typed with Alt+Enter in a spreadsheet loads; its words stay as written,
    each line break a space. A line break in a name is still refused (above)."""
    tables = bundled_rows()
    record = find_row(
        tables["provenance"], table="services", row="maisa_contacts", column="unit_cost_eur"
    )
    set_cell(tables, "provenance", record, "note", "First line.\nSecond line.\r\nThird.")
    set_cell(tables, "provenance", record, "source", "https://a.example/x\nhttps://b.example/y")
    baseline = load_baseline(write(tables, tmp_path, fmt))
    provenance = baseline.provenance
    mine = provenance[
        (provenance["table"] == "services")
        & (provenance["row"] == "maisa_contacts")
        & (provenance["column"] == "unit_cost_eur")
    ].iloc[0]
    assert mine["note"] == "First line. Second line. Third."
    assert mine["source"] == "https://a.example/x https://b.example/y"

"""planner.present: numbers for a locale, one rule for lever values, the translation hook, and
the lupdate-readable form of every translate() call."""

import re
from pathlib import Path

import pytest

from planner import present
from planner.present import numbers
from planner.present.numbers import Locale
from planner.present.result import gap_text, one_off_eur

FINNISH_LIKE = Locale(
    code="fi",
    decimal=",",
    group="\u00a0",
    minus="−",
    euros="{} €",
    millions="{} M€",
    percent="{} %",
    points="{} %-yks.",
)


def test_english_numbers():
    assert numbers.eur(12_345_678.4) == "€12,345,678"
    assert numbers.eur(-1234) == "−€1,234"
    assert numbers.eur(-0.4) == "€0"  # never "−€0"
    assert numbers.signed_eur(1234) == "+€1,234"
    assert numbers.meur(12_345_678) == "12.3 M€"
    assert numbers.signed_meur(-4_700_000) == "−4.7 M€"
    assert numbers.signed_meur(20_000) == "0.0 M€"
    assert numbers.volume(1234.6) == "1,235"
    assert numbers.pct(0.123) == "12.3 %"
    assert numbers.pct(0.95, 0) == "95 %"
    assert numbers.points(-1.24) == "−1.2 pp"
    assert numbers.eur(float("nan")) == "–"


def test_the_locale_is_a_parameter_and_can_be_made_active():
    assert numbers.eur(-1234567, FINNISH_LIKE) == "−1\u00a0234\u00a0567 €"
    assert numbers.pct(0.123, locale=FINNISH_LIKE) == "12,3 %"
    present.set_locale(FINNISH_LIKE)
    try:
        assert numbers.meur(4_700_000) == "4,7 M€"
    finally:
        present.set_locale(present.ENGLISH)
    assert numbers.meur(4_700_000) == "4.7 M€"


@pytest.mark.parametrize(
    ("value", "text"), [(20, "20.0 %"), (95.82, "95.82 %"), (12.5, "12.5 %"), (0, "0.0 %")]
)
def test_lever_values_are_shown_as_typed(value, text):
    assert numbers.lever_value(value) == text


def test_one_sign_convention_for_gap_and_one_off_costs():
    assert gap_text(5227.0) == "€5,227 short"
    assert gap_text(-5227.0) == "€5,227 over"
    assert gap_text(0.2) == "on target"
    assert one_off_eur(7_176_000) == "−€7,176,000"  # a cost
    assert one_off_eur(0) == "€0"


def test_every_text_passes_the_installed_translator():
    seen = []

    def translator(context, text, disambiguation=None, n=-1):
        seen.append((context, text))
        return f"«{text}»"

    present.install_translator(translator)
    try:
        assert gap_text(5227.0) == "«€5,227 short»"
        assert ("Result", "{amount} short") in seen
    finally:
        present.install_translator(None)
    assert gap_text(5227.0) == "€5,227 short"


PACKAGE = Path(present.__file__).resolve().parents[1]
CALL = re.compile(r"(?<![.\w])translate\(\s*([^\s,)][^,)]*)")


def test_translate_calls_have_a_literal_context_lupdate_can_read():
    """pyside6-lupdate takes (context, text) only from string literals: a variable context or
    an f-string would leave the text out of the catalogue."""
    for path in PACKAGE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in CALL.finditer(source):
            first = match.group(1).strip()
            if path.name == "translate.py" or first.startswith(("context", "self.")):
                continue  # the definition, and a QT_TRANSLATE_NOOP'd table translated later
            assert first.startswith('"'), f"{path.name}: translate({first} ..."

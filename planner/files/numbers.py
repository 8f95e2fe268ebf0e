"""Reading numbers as people and spreadsheets write them, Finnish ones included."""

import math
import re

# Spaces used as thousands separators: ordinary, no-break and narrow no-break.
_THOUSANDS_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
# ASCII digits only: Python's \d and float() also take full-width and other scripts' digits
# ('１２３'), which a spreadsheet does not read as a number.
_PLAIN_NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")


class NotANumber(ValueError):
    pass


def parse_number(text: str) -> float:
    """Parse '1 234 567,89', '1234567.89', '12,5 %' or '−3'; raise NotANumber otherwise.

    A comma is a decimal separator (as Finnish spreadsheets write it); a text holding both a
    comma and a point is ambiguous and rejected rather than guessed.
    """
    cleaned = _THOUSANDS_SPACES.sub("", str(text).strip()).replace("\u2212", "-")
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    if "," in cleaned:
        if "." in cleaned or cleaned.count(",") > 1:
            raise NotANumber(text)
        cleaned = cleaned.replace(",", ".")
    if not _PLAIN_NUMBER.match(cleaned):
        raise NotANumber(text)
    value = float(cleaned)
    if not math.isfinite(value):
        raise NotANumber(text)
    return value

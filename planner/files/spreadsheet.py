"""What the .xlsx and .csv writers share: inert text cells, readable sheets, output checks.

A spreadsheet program runs a cell as a formula when its text starts with '=', '+', '-' or '@'
(and some treat a leading tab or carriage return the same way, or skip leading spaces). Text
written by the planner (scenario, service and category names, warnings) is made inert by a
leading apostrophe when its first character that is not a space or control character is one of
those; numbers are written as numbers and are never changed. In a CSV file, where a line break
or carriage return inside a text could start a new row (whose first cell is then read on its
own), every control character of a text becomes a space (see csv_text). Files are written by
the one atomic writer, planner.files.safe_io.
"""

import re
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from planner.files.problems import InputError, Problem
from planner.files.safe_io import check_regular_or_missing

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters a reader may skip before the first one it looks at: spaces, controls, line
# separators, invisible marks.
_SKIPPED = "".join(chr(c) for c in range(0x21)) + "\x7f\x85\xa0\u2028\u2029\u200b\ufeff"
# Control characters and line separators: in a CSV cell they become spaces.
_CSV_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
HEADER_FONT = Font(bold=True)
MIN_WIDTH = 6
MAX_WIDTH = 60


def inert_text(text: str) -> str:
    """`text`, with an apostrophe in front when a spreadsheet would run it as a formula: its
    first character, or its first after spaces and control characters, starts a formula."""
    text = str(text)
    if text.startswith(FORMULA_STARTS) or text.lstrip(_SKIPPED).startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_text(text: str) -> str:
    """A text for a CSV cell: every control character and line separator a space (so nothing
    inside it can start a new row or cell), then made inert."""
    return inert_text(_CSV_BREAKING.sub(" ", str(text)))


def set_text(cell, text: str, inert: bool = True) -> None:
    """Write `text` into an openpyxl cell as a string, never as a formula.

    With `inert`, a formula-like text gets the apostrophe of inert_text (exports). Without it
    (the baseline template, which must read back exactly), the text is kept as it is and the
    cell is marked as text with Excel's quote prefix, which the program shows but does not store.
    """
    text = ILLEGAL_CHARACTERS_RE.sub("", str(text))  # control characters XML cannot hold
    if inert:
        text = inert_text(text)
    cell.value = text
    cell.data_type = "s"  # a value starting with '=' would otherwise be stored as a formula
    if not inert and text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def style_header(sheet, columns: int) -> None:
    """Bold header row, frozen so it stays in view while scrolling."""
    for column in range(1, columns + 1):
        sheet.cell(row=1, column=column).font = HEADER_FONT
    sheet.freeze_panes = "A2"


def fit_columns(sheet, shown: list[list[str]]) -> None:
    """Set each column's width to its longest shown text (header included), within limits.

    `shown` holds, per column, the texts as a person sees them (numbers formatted)."""
    for index, texts in enumerate(shown, start=1):
        longest = max((len(line) for text in texts for line in str(text).split("\n")), default=0)
        width = min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))
        sheet.column_dimensions[get_column_letter(index)].width = width


def check_output(path: Path, endings: tuple[str, ...], what: str) -> None:
    """Refuse an output that could never be written before any work is done: a wrong ending,
    a folder, a missing folder, a device or pipe, bundled data."""
    if path.suffix.lower() not in endings:
        raise InputError(
            [Problem(str(path), f"a file name ending in {' or '.join(endings)} for the {what}")]
        )
    if path.is_dir():
        raise InputError([Problem(str(path), f"a file name for the {what} (this is a folder)")])
    if not path.parent.is_dir():
        raise InputError(
            [Problem(str(path), f"a file in an existing folder (there is no folder {path.parent})")]
        )
    check_regular_or_missing(path, what)

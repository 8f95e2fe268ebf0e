"""What the .xlsx and .csv writers share: inert text cells, readable sheets, atomic writes.

A spreadsheet program runs a cell as a formula when its text starts with '=', '+', '-' or '@'
(and some treat a leading tab or carriage return the same way). Text written by the planner
(scenario, service and category names, warnings) is made inert by a leading apostrophe; numbers
are written as numbers and are never changed.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from planner.files.problems import InputError, Problem
from planner.files.workbook_json import _reason

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADER_FONT = Font(bold=True)
MIN_WIDTH = 6
MAX_WIDTH = 60


def inert_text(text: str) -> str:
    """`text`, with an apostrophe in front when a spreadsheet would run it as a formula."""
    text = str(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


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
    """Refuse an output that could never be written before any work is done."""
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


def write_atomically(path: Path, write: Callable[[Path], None], what: str) -> None:
    """Call `write(temporary)` on a temporary file in the target's folder, then rename it over
    `path`, so the target is either untouched or complete. A failure (no permission, full
    disk) raises InputError with one worded problem and leaves no temporary file behind."""
    temporary = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(handle)
        temporary = Path(name)
        write(temporary)
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.is_file() else 0o644)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise InputError(
            [Problem(str(path), f"a place the {what} can be written ({_reason(error)})")]
        ) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)

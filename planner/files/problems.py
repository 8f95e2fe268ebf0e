"""Problems found in input files, each saying where it is and what was expected."""

import math
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Problem:
    where: str  # the file, or the workbook and sheet
    expected: str  # what should have been there, in words
    row: int | None = None  # as a spreadsheet numbers it: the header is row 1
    column: str | None = None
    found: str | None = None
    # The figure the cell holds, in words: "Budget › Agency labour › amount (€)". It comes
    # first, so a planner reads what is wrong before where it is; the place stays, to find it.
    figure: str | None = None

    def __str__(self) -> str:
        from planner.files.text import visible

        place = visible(self.where, limit=None)
        if self.figure:
            place = f"{visible(self.figure, None)} — {place}"
        if self.row is not None:
            place += f", row {self.row}"
        if self.column is not None:
            place += f", column '{visible(self.column)}'"
        if self.found is None:
            return f"{place}: expected {visible(self.expected, limit=None)}"
        return f"{place}: found '{visible(self.found)}', expected {visible(self.expected, None)}"


def plain_number(value: float) -> str:
    """A number as a planner reads it in a message: 120,000,000 or 0.0000012, never 1.2e+08
    (the shortest digits that give the same float, grouped in thousands)."""
    if not math.isfinite(value):
        return str(value)
    text = format(Decimal(repr(float(value))), ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class ProblemList(list):
    """A list of problems that keeps the first `limit` and only counts the rest, so that a
    file full of junk costs no more than a screenful of messages."""

    def __init__(self, limit: int | None = None):
        super().__init__()
        from planner.files.limits import MAX_PROBLEMS

        self.limit = MAX_PROBLEMS if limit is None else limit
        self.omitted = 0

    def append(self, problem) -> None:
        if len(self) < self.limit:
            super().append(problem)
        else:
            self.omitted += 1

    def extend(self, problems) -> None:
        for problem in problems:
            self.append(problem)
        self.omitted += getattr(problems, "omitted", 0)


class InputError(Exception):
    """Input that cannot be used; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        self.omitted = getattr(problems, "omitted", 0)  # problems counted but not listed
        super().__init__(self.summary())

    def summary(self) -> str:
        count = len(self.problems) + self.omitted
        first = str(self.problems[0]) if self.problems else "unknown problem"
        return first if count == 1 else f"{first} (and {count - 1} more problems)"

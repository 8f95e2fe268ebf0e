"""Problems found in input files, each saying where it is and what was expected."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    where: str  # the file, or the workbook and sheet
    expected: str  # what should have been there, in words
    row: int | None = None  # as a spreadsheet numbers it: the header is row 1
    column: str | None = None
    found: str | None = None

    def __str__(self) -> str:
        place = self.where
        if self.row is not None:
            place += f", row {self.row}"
        if self.column is not None:
            place += f", column '{self.column}'"
        if self.found is None:
            return f"{place}: expected {self.expected}"
        return f"{place}: found '{_shorten(self.found)}', expected {self.expected}"


def _shorten(text: str, limit: int = 60) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class InputError(Exception):
    """Input that cannot be used; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__(self.summary())

    def summary(self) -> str:
        count = len(self.problems)
        first = str(self.problems[0]) if self.problems else "unknown problem"
        return first if count == 1 else f"{first} (and {count - 1} more problems)"

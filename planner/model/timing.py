"""When a lever is in force: its start (year, month) and ramp-up, and the years of a plan.

Months are counted from January of the baseline year (month 0). A lever's effect in a month
is its full effect times its phase: 0 before the start, then rising linearly to 1 over the
ramp-up (the start month counts as the first month of the ramp), 1 after. A year's share in
force is the mean of its twelve monthly phases, so a measure starting in February with no
ramp-up is in force for 11/12 of that year.
"""

from dataclasses import dataclass

import numpy as np

DEFAULT_HORIZON_YEARS = 4  # the baseline year and the four after it
MAX_HORIZON_YEARS = 16
MAX_RAMP_MONTHS = 120
# A measure may have started up to this many years before the baseline year: it is then in
# force, or ramping up, from the first month shown; its one-off cost fell before.
MAX_YEARS_BEFORE_BASE = 3


class TimingError(ValueError):
    """A start or ramp-up outside what the plan allows."""


@dataclass(frozen=True)
class LeverTiming:
    """A lever's start and ramp-up. `start_year` None means January of the baseline year."""

    start_year: int | None = None
    start_month: int = 1
    ramp_months: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.start_month, int) or not 1 <= self.start_month <= 12:
            raise TimingError(f"start month {self.start_month!r} must be 1–12")
        if not isinstance(self.ramp_months, int) or not 0 <= self.ramp_months <= MAX_RAMP_MONTHS:
            raise TimingError(f"ramp-up {self.ramp_months!r} must be 0–{MAX_RAMP_MONTHS} months")
        if self.start_year is not None and not isinstance(self.start_year, int):
            raise TimingError(f"start year {self.start_year!r} must be a whole year")

    @property
    def is_default(self) -> bool:
        return self.start_year is None and self.start_month == 1 and self.ramp_months == 0

    def start_index(self, baseline_year: int) -> int:
        """Months from January of the baseline year to the start."""
        year = baseline_year if self.start_year is None else self.start_year
        return (year - baseline_year) * 12 + self.start_month - 1

    def start_text(self, baseline_year: int) -> str:
        year = baseline_year if self.start_year is None else self.start_year
        return f"{year}-{self.start_month:02d}"


DEFAULT_TIMING = LeverTiming()


def parse_start(text: str) -> tuple[int, int]:
    """'2025-02' -> (2025, 2); raises TimingError with what was expected."""
    year, sep, month = str(text).strip().partition("-")
    try:
        if not sep:
            raise ValueError
        year_number, month_number = int(year), int(month)
    except ValueError:
        raise TimingError(f"'{text}' is not a start such as 2025-02 (YYYY-MM)") from None
    if not 1 <= month_number <= 12:
        raise TimingError(f"'{text}': the month must be 01–12")
    return year_number, month_number


def monthly_phase(start: np.ndarray, ramp: np.ndarray, months: int) -> np.ndarray:
    """Phase in each month: (..., months) from start and ramp arrays of shape (...)."""
    month = np.arange(months, dtype=float)
    start = np.asarray(start, dtype=float)[..., np.newaxis]
    ramp = np.asarray(ramp, dtype=float)[..., np.newaxis]
    return lever_phase(start, ramp, month)


def lever_phase(start: np.ndarray, ramp: np.ndarray, month: np.ndarray) -> np.ndarray:
    """Phase in the given months (month indexes from January of the baseline year), with
    start and ramp-up arrays that broadcast against them."""
    phase = (month - start + 1.0) / np.maximum(ramp, 1.0)
    # Clipped to 0-1 in place: the values of np.clip, without its Python-level overhead (the
    # engine calls this for every evaluation).
    np.maximum(phase, 0.0, out=phase)
    return np.minimum(phase, 1.0, out=phase)


def yearly_share(phase: np.ndarray) -> np.ndarray:
    """Mean phase per year: (..., months) -> (..., months // 12)."""
    # The sum over the twelve months divided by 12 is what .mean() computes, at a third of its
    # cost on small arrays.
    by_year = phase.reshape(*phase.shape[:-1], phase.shape[-1] // 12, 12)
    total = np.add.reduce(by_year, axis=-1)
    total /= 12
    return total

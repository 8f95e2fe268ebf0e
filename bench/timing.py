"""The timing helpers the benchmarks share (run as `python bench/NAME.py`)."""

import os
import statistics
import time


def median_seconds(function, repeats: int) -> float:
    """Median wall time of `repeats` calls of `function`, in seconds."""
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def round_seconds(function, rounds: int, calls: int = 1) -> list[float]:
    """Seconds per call in each of `rounds` rounds of `calls` calls (a round of many short
    calls smooths the timer's resolution and single interruptions)."""
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            function()
        seconds.append((time.perf_counter() - start) / calls)
    return seconds


def spread(seconds: list[float], unit: float, digits: int = 0) -> str:
    """'median 123 (110–140)' in `unit` (1e-6 for µs, 1e-3 for ms)."""
    low, mid, high = min(seconds) / unit, statistics.median(seconds) / unit, max(seconds) / unit
    return f"median {mid:,.{digits}f} ({low:,.{digits}f}–{high:,.{digits}f})"


def load_average() -> str:
    """The machine's load average over 1, 5 and 15 minutes: other work slows a benchmark."""
    try:
        return "load average " + ", ".join(f"{load:.2f}" for load in os.getloadavg())
    except OSError:
        return "load average unknown"

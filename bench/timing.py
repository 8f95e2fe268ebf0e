"""The one timing helper the benchmarks share (run as `python bench/NAME.py`)."""

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

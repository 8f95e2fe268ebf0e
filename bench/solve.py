"""Time to a plan on the bundled baseline (issue 12's aim: at most 1 s with all six levers).

Prints the median and range over repeated runs for: all six levers reaching €30M in 2026; the
Reported programme's four measures (not reachable: the closest plan); and the same with a policy
limit. Run: .venv/bin/python bench/solve.py
"""

import statistics
import time

from planner.analysis import SolveRequest, solve
from planner.files.baseline_io import load_baseline
from planner.files.workbook_json import read_workbook
from planner.model import LEVER_IDS, Engine, Scenario
from planner.paths import bundled_baseline_dir, reference_workbook_path

REPEATS = 5


def timed(label, engine, scenario, request):
    times, result = [], None
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = solve(engine, scenario, request)
        times.append(time.perf_counter() - start)
    print(
        f"{label}: median {statistics.median(times) * 1000:.0f} ms "
        f"({min(times) * 1000:.0f}–{max(times) * 1000:.0f} ms), "
        f"{result.evaluations:,} engine rows, reachable {result.reachable}"
    )


def main() -> None:
    engine = Engine(load_baseline(bundled_baseline_dir()))
    six = SolveRequest(levers=tuple(LEVER_IDS))
    timed(
        "all six levers, €30M in 2026", engine, Scenario("S", plan_year=2026, target_eur=30e6), six
    )
    reported = read_workbook(reference_workbook_path()).scenario("Reported programme (€70M)")
    four = SolveRequest(levers=tuple(i for i in LEVER_IDS if i != "digital_shift"))
    timed("Reported programme's four measures (€70M)", engine, reported, four)
    limited = SolveRequest(levers=tuple(LEVER_IDS), limits={"office_space_cut": (0, 30)})
    timed(
        "all six, office at most 30 %, €30M in 2026",
        engine,
        Scenario("S", plan_year=2026, target_eur=30e6),
        limited,
    )


if __name__ == "__main__":
    main()

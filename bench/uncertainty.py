"""Uncertainty: 10,000 draws over every year of the horizon (issue 11's aim: the engine at most
150 ms), and the tornado, on the bundled baseline's Reported programme scenario.

The window's figure (result after a lever change, charts drawn) is measured by the window's own
benchmark once the Uncertainty view exists. Run: .venv/bin/python bench/uncertainty.py
"""

from timing import load_average, round_seconds, spread

from planner.analysis.uncertainty import assumptions, monte_carlo, tornado
from planner.files.baseline_io import load_baseline
from planner.files.workbook_json import read_workbook
from planner.model import Engine
from planner.paths import bundled_baseline_dir, reference_workbook_path

REPEATS = 7


def timed(label, function):
    print(f"{label}: {spread(round_seconds(function, REPEATS), 1e-3)} ms")


def main() -> None:
    engine = Engine(load_baseline(bundled_baseline_dir()))
    scenario = read_workbook(reference_workbook_path()).scenario("Reported programme (€70M)")
    items = assumptions(engine)
    print(f"{len(items)} assumptions drawn, horizon {engine.default_horizon}; {load_average()}")
    timed("Monte Carlo, 10,000 draws x 5 years", lambda: monte_carlo(engine, scenario, 10_000))
    timed("tornado (2 x assumptions + 12 lever rows)", lambda: tornado(engine, scenario))
    print(load_average())


if __name__ == "__main__":
    main()

"""Engine speed: one scenario evaluation, and batch throughput.

Prints the median time of one evaluation (the engine alone, and with the full result and its
warnings as the window and command line use it) and the throughput of batches of 100,000
random scenarios. Aims (issue 2): one evaluation under 50 µs; at least 1,000,000 scenarios a
second in a batch on a 2-core machine.
"""

import numpy as np
from timing import median_seconds

from planner.files.baseline_io import load_baseline
from planner.model import LEVERS, Engine, Scenario, evaluate_scenario
from planner.paths import bundled_baseline_dir

REPEATS = 5000
BATCH = 100_000
BATCH_ROUNDS = 7


def main() -> None:
    engine = Engine(load_baseline(bundled_baseline_dir()))
    scenario = Scenario(
        "bench",
        {
            "office_space_cut": 14,
            "outsourced_labour_cut": 60,
            "own_staff_backfill": 30,
            "client_fee_alignment": 100,
            "finance_training": 100,
            "digital_shift": 20,
        },
        plan_year=2026,
    )
    vector = scenario.lever_vector()[np.newaxis, :]
    engine.evaluate(vector, scenario.plan_year)  # warm the per-year cache

    one = median_seconds(lambda: engine.evaluate(vector, scenario.plan_year), REPEATS)
    full = median_seconds(lambda: evaluate_scenario(engine, scenario), REPEATS // 5)

    rng = np.random.default_rng(2024)
    low = np.array([lever.minimum for lever in LEVERS])
    high = np.array([lever.maximum for lever in LEVERS])
    batch = rng.uniform(low, high, size=(BATCH, len(LEVERS)))
    engine.evaluate(batch, scenario.plan_year)
    batch_seconds = median_seconds(lambda: engine.evaluate(batch, scenario.plan_year), BATCH_ROUNDS)

    print(f"service lines: {len(engine.volume)}, budget categories: {len(engine.category_ids)}")
    print(f"one evaluation, engine only (median of {REPEATS}): {one * 1e6:8.1f} µs")
    print(
        f"one evaluation with result and warnings (median of {REPEATS // 5}): {full * 1e6:8.1f} µs"
    )
    print(
        f"batch of {BATCH:,} (median of {BATCH_ROUNDS}): {batch_seconds * 1e3:8.1f} ms "
        f"= {BATCH / batch_seconds:,.0f} scenarios per second"
    )


if __name__ == "__main__":
    main()

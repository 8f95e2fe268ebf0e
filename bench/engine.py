"""Engine speed: one scenario with all its years, and batch throughput.

Prints the time of one scenario evaluated over every year from the baseline year to the
horizon (the engine alone, and with the full result, its facts and warnings as the window and
command line build it), and the throughput of batches of 100,000 random lever plans with
random starts and ramp-ups, in scenario-horizons a second (one scenario over all its years):
the median and the range (fastest–slowest) of several rounds, and the load average, since
other work on the machine slows every figure. Aims (issue 10): one scenario with all years
<= 100 µs; >= 200,000 scenario-horizons a second on this machine. Peak memory is read from
/proc/self/status.
"""

import os

import numpy as np
from timing import load_average, round_seconds, spread

from planner.files.baseline_io import load_baseline
from planner.model import LEVERS, Engine, LeverTiming, Scenario, evaluate_scenario
from planner.model.scenario import lever_plan
from planner.paths import bundled_baseline_dir

ROUNDS = 20  # rounds of CALLS calls of one scenario
CALLS = 250
BATCH = 100_000
BATCH_ROUNDS = 5


def rss_mb() -> float:
    """Resident memory now, from /proc/self/statm."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (VmHWM in /proc/self/status)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


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
        timing={
            "client_fee_alignment": LeverTiming(2025, 2, 0),
            "digital_shift": LeverTiming(2024, 3, 12),
        },
        plan_year=2026,
    )
    values, starts, ramps, early = lever_plan(engine, [scenario])
    horizon = engine.default_horizon
    years = horizon - engine.base_year + 1
    max_horizon = engine.plan_years.stop - 1

    def one(last=horizon):
        return engine.evaluate(values, starts, ramps, early, horizon=last)

    one()
    one(max_horizon)  # warm the per-horizon trend cache
    print(load_average())
    single = round_seconds(one, ROUNDS, CALLS)
    single_long = round_seconds(lambda: one(max_horizon), ROUNDS // 2, CALLS)
    full = round_seconds(lambda: evaluate_scenario(engine, scenario), ROUNDS // 2, CALLS // 5)

    rng = np.random.default_rng(2024)
    low = np.array([lever.minimum for lever in LEVERS])
    high = np.array([lever.maximum for lever in LEVERS])
    batch = rng.uniform(low, high, size=(BATCH, len(LEVERS)))
    batch_starts = rng.integers(-12, 24, size=(BATCH, len(LEVERS))).astype(float)
    batch_ramps = rng.integers(0, 13, size=(BATCH, len(LEVERS))).astype(float)
    batch_early = rng.random(BATCH) < 0.5
    before = rss_mb()

    def run_batch():
        return engine.evaluate(batch, batch_starts, batch_ramps, batch_early, horizon=horizon)

    run_batch()
    peak = peak_rss_mb()
    batch_seconds = round_seconds(run_batch, BATCH_ROUNDS)
    # The same plans with one shared timing (a sweep, goal seek or Monte Carlo run).
    same_timing_seconds = round_seconds(
        lambda: engine.evaluate(batch, starts, ramps, batch_early, horizon=horizon), BATCH_ROUNDS
    )

    print(
        f"service lines: {len(engine.volume)}, budget categories: {len(engine.category_ids)}, "
        f"leases: {len(engine.baseline.premises)}, levers: {len(LEVERS)}"
    )
    print(
        f"one scenario, {years} years {engine.base_year}-{horizon}, engine only "
        f"({ROUNDS} rounds of {CALLS}): {spread(single, 1e-6)} µs   (aim <= 100 µs)"
    )
    print(
        f"one scenario, {max_horizon - engine.base_year + 1} years to {max_horizon}, engine only "
        f"({ROUNDS // 2} rounds of {CALLS}): {spread(single_long, 1e-6)} µs"
    )
    print(
        f"one scenario, {years} years, full result with facts and warnings "
        f"(evaluate_scenario, {ROUNDS // 2} rounds of {CALLS // 5}): {spread(full, 1e-6)} µs"
    )
    rates = [BATCH / seconds for seconds in batch_seconds]
    print(
        f"batch of {BATCH:,} scenario-horizons ({years} years each, {BATCH_ROUNDS} rounds): "
        f"{spread(batch_seconds, 1e-3)} ms = {spread(rates, 1)} scenario-horizons a second"
        f"   (aim >= 200,000)"
    )
    rates = [BATCH / seconds for seconds in same_timing_seconds]
    print(
        f"batch of {BATCH:,}, one timing shared by all rows ({BATCH_ROUNDS} rounds): "
        f"{spread(same_timing_seconds, 1e-3)} ms = {spread(rates, 1)} a second"
    )
    print(load_average())
    print(f"memory: {before:,.0f} MB before the batch, peak {peak:,.0f} MB while evaluating one")


if __name__ == "__main__":
    main()

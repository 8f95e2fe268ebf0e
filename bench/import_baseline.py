"""Baseline import speed: reading and validating a baseline from CSV files and from .xlsx.

Prints the median time of load_baseline (read + every validation rule) for the bundled baseline
(14 service lines) and for a generated one of 500 service lines, each as a folder of CSV files
and as an .xlsx workbook; and the time to write the template and to export results.
"""

import sys
import tempfile
from pathlib import Path

# The generator of large baselines is shared with the tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timing import median_seconds  # noqa: E402

from planner.files.baseline_io import load_baseline  # noqa: E402
from planner.files.export import export_results  # noqa: E402
from planner.files.template import write_template  # noqa: E402
from planner.model import Engine, Scenario, evaluate_scenario  # noqa: E402
from planner.paths import bundled_baseline_dir  # noqa: E402
from tests.files.baseline_copies import (  # noqa: E402
    enlarged_rows,
    write_csv_folder,
    write_xlsx,
)

REPEATS = 7
LARGE = 500


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        bundled_xlsx = folder / "bundled.xlsx"
        template_time = median_seconds(lambda: write_template(bundled_xlsx), 3)
        large_rows = enlarged_rows(LARGE)
        large_csv = write_csv_folder(large_rows, folder / "large")
        large_xlsx = write_xlsx(large_rows, folder / "large.xlsx")
        cases = [
            ("bundled (14 lines), CSV", bundled_baseline_dir()),
            ("bundled (14 lines), xlsx", bundled_xlsx),
            (f"{LARGE} lines, CSV", large_csv),
            (f"{LARGE} lines, xlsx", large_xlsx),
        ]
        print(f"import + validation, median of {REPEATS}:")
        for label, path in cases:
            baseline = load_baseline(path)
            seconds = median_seconds(lambda path=path: load_baseline(path), REPEATS)
            print(
                f"  {label:26} {seconds * 1000:8.1f} ms  "
                f"({len(baseline.services)} lines, {len(baseline.provenance)} provenance rows)"
            )
        print(f"write the template (bundled):  {template_time * 1000:8.1f} ms")

        baseline = load_baseline(large_xlsx)
        engine = Engine(baseline)
        results = [
            evaluate_scenario(engine, Scenario("No change")),
            evaluate_scenario(engine, Scenario("Levers", {"outsourced_labour_cut": 50})),
        ]
        for ending in (".xlsx", ".csv"):
            out = folder / f"results{ending}"
            seconds = median_seconds(lambda out=out: export_results(results, out, baseline), 3)
            print(
                f"export 2 scenarios x {LARGE} lines to {ending:5}  {seconds * 1000:8.1f} ms  "
                f"({out.stat().st_size / 1024:.0f} KiB)"
            )


if __name__ == "__main__":
    main()

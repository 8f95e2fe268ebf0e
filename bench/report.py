"""Summary speed: the time to produce the PDF of one scenario and of three.

Prints the median of several runs of build_summary + write_pdf (layout, painting, PDF
encoding and the atomic write), after one warm-up run that loads fonts. Aim (issue 5):
under 1 s for one scenario.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.files.baseline_io import load_baseline  # noqa: E402
from planner.files.workbook_json import read_workbook  # noqa: E402
from planner.model import Engine, evaluate_scenario  # noqa: E402
from planner.paths import bundled_baseline_dir, reference_workbook_path  # noqa: E402
from planner.report import ReportContext, build_summary, ensure_gui_application  # noqa: E402

REPEATS = 7


def rss_mib() -> float:
    with open("/proc/self/statm") as file:
        return int(file.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def time_summary(results, baseline, path: Path) -> tuple[float, int, int]:
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        document = build_summary(results, baseline, ReportContext(workbook_path="bench"))
        document.write_pdf(path)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), document.page_count, path.stat().st_size


def main() -> None:
    ensure_gui_application()
    baseline = load_baseline(bundled_baseline_dir())
    engine = Engine(baseline)
    scenarios = read_workbook(reference_workbook_path()).scenarios
    results = [evaluate_scenario(engine, s) for s in scenarios]
    one = [r for r in results if r.scenario.name.startswith("Reported programme")]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "summary.pdf"
        build_summary(one, baseline).write_pdf(path)  # warm-up: fonts, Qt plugins
        for label, chosen in (("1 scenario", one), ("3 scenarios", results)):
            seconds, pages, size = time_summary(chosen, baseline, path)
            print(
                f"{label:12} {seconds * 1000:7.0f} ms median of {REPEATS}  "
                f"({pages} pages, {size / 1024:.0f} KiB)"
            )
    print(f"RSS after: {rss_mib():.0f} MiB  (Python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()

"""Window responsiveness and start-up time.

1. Lever change to painted window, in an offscreen window of 1280 x 800: a lever value is
   changed as the lever panel changes it (an undo command on the window's stack), then
   - "event loop": events are processed until Qt has painted every widget the change made
     dirty (what a user sees: the event loop paints only what changed);
   - "forced full repaint": the same, then the whole window is repainted synchronously (an
     upper bound: every widget painted again, changed or not).
   Over CHANGES changes cycling through all six levers with random values; prints the median
   and the 95th percentile. Aim: 95th percentile under 16.7 ms (one frame at 60 Hz).

2. Cold start: a fresh process to the first painted window (the real start-up path,
   planner.cli.main with no arguments as `planner` runs it, timed to the main window's first
   paint event; settings in a temporary folder), side by side
   with a fresh process that only runs `import PySide6.QtWidgets, pyqtgraph, pandas`;
   ROUNDS of each, alternating; prints the medians and the fastest of each, and the ratio three
   ways (of the medians, the median of each round's pair, of the fastest; other work on the
   machine only ever adds time, so the fastest runs are the least disturbed). Aim: under 1.3x.
   Twice: with compiled modules cached, as every start after the first (the planner's own
   modules are then not compiled again, as the libraries' never are), and without, as in an
   environment with PYTHONDONTWRITEBYTECODE=1, where every start compiles them anew.

Run: .venv/bin/python bench/ui_latency.py   (sets QT_QPA_PLATFORM=offscreen itself)
"""

import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHANGES = 600
WARM_UP = 30
ROUNDS = 11
if os.environ.get("PLANNER_BENCH_QUICK"):  # a smoke run (tests/cli/test_first_hour.py)
    CHANGES, WARM_UP, ROUNDS = 12, 2, 1
SIZE = (1280, 800)

# The child for the start-up measurement: `planner` as its entry point runs it
# (planner.cli.main with no arguments), timed to the main window's first paint. The child makes
# the QApplication first only to watch for that paint; run_window uses it as its own.
FIRST_PAINT = """
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "MainWindow":
            print(time.time(), flush=True)
            app.exit(0)
        return False

app = QApplication([])
catcher = FirstPaint()
app.installEventFilter(catcher)
from planner.cli import main
main([])
"""
BARE = "import time, PySide6.QtWidgets, pyqtgraph, pandas; print(time.time(), flush=True)"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class PaintCounter:
    """Counts paint events anywhere in the application."""

    def __init__(self, app):
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class Filter(QObject):
            count = 0

            def eventFilter(self, watched, event):
                if event.type() == paint:
                    Filter.count += 1
                return False

        self.filter = Filter()
        self.kind = Filter
        app.installEventFilter(self.filter)

    @property
    def count(self) -> int:
        return self.kind.count


def latency() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.model import LEVERS
    from planner.ui.app import application, build_window

    app = application()
    folder = tempfile.mkdtemp(prefix="planner-bench-")
    settings = QSettings(str(Path(folder) / "planner.ini"), QSettings.Format.IniFormat)
    # Recovery files in the bench's own folder, not the user's.
    window, _ = build_window(None, settings, recovery_folder=Path(folder) / "recovery")
    gc.freeze()  # as run_window does after building the window
    window.resize(*SIZE)
    window.show()
    QApplication.processEvents()
    painted = PaintCounter(app)
    rng = random.Random(2024)

    def change(i: int) -> None:
        lever = LEVERS[i % len(LEVERS)]
        value = round(rng.uniform(lever.minimum, lever.maximum), 1)
        window.edits.set_lever(lever.id, value)

    def settle() -> None:
        # Process events until a round paints nothing more (normally the first round paints
        # everything and the second finds nothing to do).
        while True:
            before = painted.count
            QApplication.processEvents()
            if painted.count == before:
                return

    loop, forced = [], []
    for i in range(WARM_UP + CHANGES):
        start = time.perf_counter()
        change(i)
        settle()
        elapsed = time.perf_counter() - start
        if i >= WARM_UP:
            loop.append(elapsed)
    for i in range(WARM_UP + CHANGES):
        start = time.perf_counter()
        change(i)
        settle()
        window.repaint()
        elapsed = time.perf_counter() - start
        if i >= WARM_UP:
            forced.append(elapsed)
    print(
        f"Lever change to painted window ({CHANGES} changes over {len(LEVERS)} levers, "
        f"{SIZE[0]}x{SIZE[1]}, offscreen):"
    )
    for name, values in (("event loop", loop), ("forced full repaint", forced)):
        print(
            f"  {name:<20} median {statistics.median(values) * 1e3:6.2f} ms   "
            f"95th percentile {percentile(values, 0.95) * 1e3:6.2f} ms   "
            f"max {max(values) * 1e3:6.2f} ms"
        )
    # The measured changes are not work to keep: mark them saved, or closing would wait
    # forever on the "Save changes?" question that nobody answers offscreen.
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def cold_start(bytecode_cached: bool) -> None:
    folder = tempfile.mkdtemp(prefix="planner-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=folder)
    if bytecode_cached:
        # As every start after the first one: Python keeps the compiled modules. Here they go
        # to a cache folder of the bench's own (for both children alike), not into the tree.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"

    def seconds(code: str) -> float:
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        return float(out.stdout.split()[-1]) - start

    seconds(BARE)  # warm the file cache (and the bytecode cache) once, for both
    seconds(FIRST_PAINT)
    window, bare = [], []
    for _ in range(ROUNDS):
        bare.append(seconds(BARE))
        window.append(seconds(FIRST_PAINT))
    w, b = statistics.median(window), statistics.median(bare)
    paired = statistics.median(x / y for x, y in zip(window, bare, strict=True))
    cached = "compiled modules cached" if bytecode_cached else "no compiled modules kept"
    print(f"Cold start ({cached}), {ROUNDS} fresh processes each, alternating:")
    print("                                                median  fastest")
    first, imports = "planner window, first paint", "import PySide6.QtWidgets, pyqtgraph, pandas"
    print(f"  {first:<44} {w * 1e3:5.0f} ms {min(window) * 1e3:5.0f} ms")
    print(f"  {imports:<44} {b * 1e3:5.0f} ms {min(bare) * 1e3:5.0f} ms")
    print(
        f"  ratio: of the medians {w / b:.2f}x, median of the pairs {paired:.2f}x, "
        f"of the fastest {min(window) / min(bare):.2f}x"
    )


if __name__ == "__main__":
    cold_start(bytecode_cached=True)
    cold_start(bytecode_cached=False)
    latency()

import subprocess
import sys


def test_importing_the_model_loads_no_qt():
    code = (
        "import sys, planner.model, planner.files.baseline_io, planner.files.workbook_json;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_model_tests_load_no_qt():
    """The model's tests and their helpers import no Qt either (they run headless anywhere)."""
    from pathlib import Path

    folder = Path(__file__).resolve().parent
    modules = sorted(f"tests.model.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph')))"
    )
    root = folder.parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.strip() == "[]"

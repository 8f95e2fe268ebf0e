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

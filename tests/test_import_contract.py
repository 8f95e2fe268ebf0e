"""The import contract in pyproject.toml holds (layers, Qt only in ui/ and report/, no widgets in
report/, no cycles), and its home-made contract type does catch a widget import."""

import subprocess
import sys
from pathlib import Path

import grimp

from tests.import_contracts import ForbiddenSubmodulesContract

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contract_is_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_forbidden_submodules_catches_a_widget_import():
    graph = grimp.build_graph("planner", include_external_packages=True, cache_dir=None)

    def check(source: str, forbidden: str) -> bool:
        contract = ForbiddenSubmodulesContract(
            name="test",
            session_options={},
            contract_options={"source_modules": [source], "forbidden_modules": [forbidden]},
        )
        return contract.check(graph, verbose=False).kept

    assert not check("planner.ui", "PySide6.QtWidgets")  # the window does use widgets
    assert check("planner.report", "PySide6.QtWidgets")
    assert not check("planner.report", "PySide6.QtGui")

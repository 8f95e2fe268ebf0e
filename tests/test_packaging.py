"""A regular (non-editable) install must carry the bundled data and resources."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_ships_the_bundled_baseline_and_reference_scenarios(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for table in (
        "about",
        "services",
        "fees",
        "budget",
        "premises",
        "workforce",
        "parameters",
        "provenance",
    ):
        assert f"planner/_data/baseline-2024/{table}.csv" in names
    assert "planner/_data/reference-scenarios.planner.json" in names
    # The reference scenarios in Finnish and Swedish (issue 13).
    for code in ("fi", "sv"):
        assert f"planner/_data/reference-scenarios.{code}.planner.json" in names
    assert "planner/_data/SOURCES.md" in names
    assert "planner/model/engine.py" in names
    # Help > User Guide in each language the window speaks (issue 13).
    for guide in ("user-guide.md", "user-guide.fi.md", "user-guide.sv.md"):
        assert f"planner/_resources/{guide}" in names

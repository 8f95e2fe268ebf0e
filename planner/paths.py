"""Where the bundled data and resources are, in a source tree and in an installed package."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(top_level: str, installed: str) -> Path:
    # A source checkout (or editable install) has the folder beside the package;
    # a regular install has it copied inside the package by setup.py.
    in_package = _PACKAGE / installed
    if in_package.is_dir():
        return in_package
    return _PACKAGE.parent / top_level


def data_dir() -> Path:
    """The bundled data folder (baseline CSV files and reference scenarios)."""
    return _shipped("data", "_data")


def resources_dir() -> Path:
    """Icons, stylesheets and other resources for the window."""
    return _shipped("resources", "_resources")


def bundled_baseline_dir() -> Path:
    return data_dir() / "baseline-2024"


def reference_workbook_path() -> Path:
    return data_dir() / "reference-scenarios.planner.json"

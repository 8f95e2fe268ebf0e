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


# The reference scenarios in each language the window speaks (issue 13): the same scenarios,
# names and descriptions in the language. English is the file every other language falls to.
REFERENCE_LANGUAGES = ("en", "fi", "sv")


def reference_workbook_file(language: str) -> Path:
    """Where the reference scenarios in `language` (en, fi or sv) are written and read."""
    if language == "en":
        return data_dir() / "reference-scenarios.planner.json"
    return data_dir() / f"reference-scenarios.{language}.planner.json"


def reference_workbook_path(language: str = "en") -> Path:
    """The bundled reference scenarios in the window's language: the Finnish or Swedish file for
    fi or sv ("fi_FI" reads as fi), the English one for any other language or when the
    language's file is missing."""
    code = language.split("_")[0].split("-")[0].lower()
    if code in REFERENCE_LANGUAGES:
        path = reference_workbook_file(code)
        if path.is_file():
            return path
    return reference_workbook_file("en")

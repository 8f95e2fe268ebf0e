"""Write planner/present/model_texts.py: the model's own words, marked for the catalogues.

The lever definitions (planner.model.levers), the baseline's column meanings (the template's
COLUMN_HELP) and the names of the workforce and parameter figures are data, not source texts:
pyside6-lupdate cannot find them. This writes each as a QT_TRANSLATE_NOOP call under the
context the views translate it with, so that lupdate puts them in the .ts catalogues.
tests/test_translations.py checks that the file is up to date.

    .venv/bin/python tools/model_texts.py
"""

import csv
import subprocess
import sys
from pathlib import Path

HEADER = '''# ruff: noqa: E501 (whole texts, one a line, as the model has them)
"""The model's own words, marked for the translation catalogues (issue 13).

Written by tools/model_texts.py from the lever definitions, the service units, the baseline's
column meanings and the bundled baseline's figure names; not imported by the planner:
pyside6-lupdate reads it.
Do not edit by hand: run `.venv/bin/python tools/model_texts.py`.
"""

from planner.present.translate import QT_TRANSLATE_NOOP

MODEL_TEXTS = (
'''


def entries() -> list[tuple[str, str]]:
    from planner.files.template import COLUMN_HELP
    from planner.model import LEVERS
    from planner.model.baseline import SERVICE_UNITS
    from planner.paths import bundled_baseline_dir

    found: list[tuple[str, str]] = []
    for lever in LEVERS:
        found += [("LeverName", lever.name), ("LeverUnit", lever.unit)]
        found += [("LeverHelp", lever.help), ("LeverGroup", lever.group)]
    found += [("ServiceUnit", unit) for unit in SERVICE_UNITS]
    for meaning, _unit in COLUMN_HELP.values():
        found.append(("BaselineColumn", meaning))
    for table in ("workforce", "parameters"):
        path = bundled_baseline_dir() / f"{table}.csv"
        with path.open(encoding="utf-8") as file:
            for row in csv.DictReader(file):
                if row.get("name"):
                    found.append(("BaselineRow", row["name"]))
    unique = list(dict.fromkeys((c, t) for c, t in found if t))
    return unique


def source() -> str:
    lines = [HEADER]
    for context, text in entries():
        lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),\n")
    lines.append(")\n")
    return "".join(lines)


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "planner" / "present" / "model_texts.py"
    target.write_text(source(), encoding="utf-8")
    ruff = Path(sys.executable).parent / "ruff"
    subprocess.run([str(ruff), "format", "--quiet", str(target)], check=False)
    print(f"{target}: {len(entries())} texts")


if __name__ == "__main__":
    main()

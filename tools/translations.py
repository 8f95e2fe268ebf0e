"""The translation catalogues (issue 13): update the .ts sources, compile the shipped .qm files.

    .venv/bin/python tools/translations.py update    # model texts, then pyside6-lupdate
    .venv/bin/python tools/translations.py release   # pyside6-lrelease: .ts -> .qm

`update` rewrites planner/present/model_texts.py (the model's own words, tools/model_texts.py)
and runs pyside6-lupdate over every Python file of the package into
resources/translations/planner_fi.ts and planner_sv.ts: new texts arrive unfinished, texts
that are gone are dropped, translations made are kept. Translate the unfinished ones (Qt
Linguist: `.venv/bin/pyside6-linguist resources/translations/planner_fi.ts`, or by hand), then
`release` compiles the .qm files the package ships (resources/ is installed as
planner/_resources). tests/test_translations.py fails while a message is unfinished or a .qm
is older than its .ts. Both tools come with PySide6-Essentials (no extra dependency).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "planner").rglob("*.py"))


def catalogue(code: str) -> Path:
    return FOLDER / f"planner_{code}.ts"


def update() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "model_texts.py")], check=True)
    targets = [str(catalogue(code).relative_to(ROOT)) for code in LANGUAGES]
    command = [str(BIN / "pyside6-lupdate"), *sources(), "-ts", *targets, "-no-obsolete"]
    subprocess.run(command, check=True, cwd=ROOT)


def release(folder: Path = FOLDER) -> list[Path]:
    """Compile every catalogue into `folder` (the shipped one by default); the .qm paths."""
    made = []
    for code in LANGUAGES:
        qm = folder / f"planner_{code}.qm"
        command = [str(BIN / "pyside6-lrelease"), str(catalogue(code)), "-qm", str(qm)]
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1] if len(sys.argv) > 1 else "update"]()

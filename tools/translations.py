"""The translation catalogues (issue 13): update the .ts sources, compile the shipped .qm files.

    .venv/bin/python tools/translations.py update    # model texts, then pyside6-lupdate
    .venv/bin/python tools/translations.py release   # pyside6-lrelease: .ts -> .qm
    .venv/bin/python tools/translations.py fill F.json [F.json ...]   # translations from files

`update` rewrites planner/present/model_texts.py (the model's own words, tools/model_texts.py)
and runs pyside6-lupdate over every Python file of the package into
resources/translations/planner_fi.ts and planner_sv.ts: new texts arrive unfinished, texts
that are gone are dropped, translations made are kept. Translate the unfinished ones (Qt
Linguist: `.venv/bin/pyside6-linguist resources/translations/planner_fi.ts`, or by hand), then
`release` compiles the .qm files the package ships (resources/ is installed as
planner/_resources). tests/test_translations.py fails while a message is unfinished or a .qm
is older than its .ts. Both tools come with PySide6-Essentials (no extra dependency).
"""

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def fill(files: list[str]) -> int:
    """Fill unfinished messages from JSON files of {context: {source: {"fi": .., "sv": ..}}}, so
    several people can translate their own texts without editing the catalogues at once; run
    `update` after it to give the catalogues lupdate's own layout again. The count filled."""
    given: dict[tuple[str, str], dict[str, str]] = {}
    for file in files:
        try:
            contexts = json.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:  # one broken file must not stop the others
            print(f"{file}: skipped, {error}", file=sys.stderr)
            continue
        for context, texts in contexts.items():
            for source, languages in texts.items():
                given[(context, source)] = languages
    filled = 0
    for code in LANGUAGES:
        tree = ET.parse(catalogue(code))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") != "unfinished":
                    continue
                text = given.get((name, message.findtext("source")), {}).get(code)
                if text:
                    translation.text = text
                    del translation.attrib["type"]
                    filled += 1
        tree.write(catalogue(code), encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "fill":
        print(f"{fill(sys.argv[2:])} messages filled")
    else:
        {"update": update, "release": release}[command]()

"""Scenario workbooks on disk: JSON with a format name and a schema version.

Reading validates everything and reports each problem with its place in the file (a JSON
path such as scenarios[1].levers.digital_shift). Nothing in a file is ever executed.
The format is described in docs/workbook-format.md.
"""

import errno
import json
import math
import os
import shutil
import tempfile
from pathlib import Path

from planner.files.problems import InputError, Problem
from planner.model.levers import LEVER_BY_ID
from planner.model.scenario import Scenario
from planner.model.workbook import Workbook

FORMAT_NAME = "planner-workbook"
SCHEMA_VERSION = 1
MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT = 10_000
SCENARIO_KEYS = {
    "name",
    "description",
    "plan_year",
    "target_eur",
    "levers",
    "modified_by",
    "modified_at",
}


def read_workbook(path: str | Path) -> Workbook:
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                [
                    Problem(
                        where,
                        f"a workbook under {MAX_BYTES // 2**20} MiB "
                        f"(this file is {size / 2**20:.1f} MiB)",
                    )
                ]
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(where, "a workbook file (there is no such file)")]) from None
    except IsADirectoryError:
        raise InputError([Problem(where, "a workbook file (this is a folder)")]) from None
    except OSError as error:
        raise InputError([Problem(where, f"a readable file ({error.strerror or error})")]) from None
    return parse_workbook(data, where)


def parse_workbook(data: bytes, where: str) -> Workbook:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError([Problem(where, "a UTF-8 text (JSON) file; this one is binary")]) from None
    if not text.strip():
        raise InputError([Problem(where, "a planner workbook (the file is empty)")])
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise InputError(
            [
                Problem(
                    where,
                    f"valid JSON ({error.msg} at line {error.lineno}, "
                    f"column {error.colno}; the file may be truncated or not a workbook)",
                )
            ]
        ) from None
    except ValueError as error:
        raise InputError([Problem(where, str(error))]) from None
    return workbook_from_document(document, where)


def _reject_constant(name: str):
    raise ValueError(f"finite numbers only (found {name})")


def workbook_from_document(document, where: str) -> Workbook:
    problems: list[Problem] = []

    def bad(path: str, expected: str, found=None):
        problems.append(
            Problem(where, expected, column=path, found=None if found is None else _show(found))
        )

    if not isinstance(document, dict):
        raise InputError(
            [Problem(where, "a JSON object holding a planner workbook", found=_show(document))]
        )
    if document.get("format") != FORMAT_NAME:
        raise InputError(
            [
                Problem(
                    where,
                    f"a planner workbook (format '{FORMAT_NAME}')",
                    column="format",
                    found=_show(document.get("format")),
                )
            ]
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(
            [
                Problem(
                    where,
                    "a whole schema version number",
                    column="schema_version",
                    found=_show(version),
                )
            ]
        )
    if version > SCHEMA_VERSION:
        raise InputError(
            [
                Problem(
                    where,
                    f"schema version {SCHEMA_VERSION} or older; this file was "
                    f"made by a newer version of the planner (schema {version})",
                    column="schema_version",
                )
            ]
        )
    document = migrate(document)
    baseline_name = document.get("baseline_name", "")
    if not isinstance(baseline_name, str):
        bad("baseline_name", "a text", baseline_name)
        baseline_name = ""
    scenarios_data = document.get("scenarios")
    if not isinstance(scenarios_data, list):
        bad("scenarios", "a list of scenarios", scenarios_data)
        raise InputError(problems)
    scenarios = []
    names: dict[str, int] = {}
    for i, item in enumerate(scenarios_data):
        scenario = _scenario(item, f"scenarios[{i}]", bad)
        if scenario is None:
            continue
        if scenario.name in names:
            bad(
                f"scenarios[{i}].name",
                f"a name no other scenario has (scenarios[{names[scenario.name]}] has it too)",
                scenario.name,
            )
            continue
        names[scenario.name] = i
        scenarios.append(scenario)
    if problems:
        raise InputError(problems)
    return Workbook(scenarios=scenarios, baseline_name=baseline_name)


def migrate(document: dict) -> dict:
    """Bring an older schema up to the current one. Version 1 is the first; each later
    version adds a step here so old files keep opening."""
    return document


def _scenario(item, path: str, bad) -> Scenario | None:
    if not isinstance(item, dict):
        bad(path, "a scenario object", item)
        return None
    ok = True
    for key in item:
        if key not in SCENARIO_KEYS:
            bad(f"{path}.{key}", "only the keys " + ", ".join(sorted(SCENARIO_KEYS)))
            ok = False
    name = item.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        bad(f"{path}.name", "a non-empty name of at most 200 characters", name)
        ok = False
    texts = {}
    for key in ("description", "modified_by", "modified_at"):
        value = item.get(key, "")
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            bad(f"{path}.{key}", f"a text of at most {MAX_TEXT} characters", value)
            ok = False
        texts[key] = value if isinstance(value, str) else ""
    plan_year = item.get("plan_year", 2024)
    if (
        not isinstance(plan_year, int)
        or isinstance(plan_year, bool)
        or not 1900 <= plan_year <= 2200
    ):
        bad(f"{path}.plan_year", "a year such as 2025", plan_year)
        ok = False
    target = item.get("target_eur", 70_000_000)
    if not _is_number(target) or target < 0:
        bad(f"{path}.target_eur", "a number of euros, zero or more", target)
        ok = False
    levers = item.get("levers", {})
    if not isinstance(levers, dict):
        bad(f"{path}.levers", "an object of lever values keyed by lever id", levers)
        return None
    for lever_id, value in levers.items():
        lever = LEVER_BY_ID.get(lever_id)
        if lever is None:
            bad(f"{path}.levers.{lever_id}", "a known lever id: " + ", ".join(LEVER_BY_ID))
            ok = False
        elif not _is_number(value) or not lever.minimum <= value <= lever.maximum:
            bad(
                f"{path}.levers.{lever_id}",
                f"a number from {lever.minimum:g} to {lever.maximum:g} ({lever.unit})",
                value,
            )
            ok = False
    if not ok:
        return None
    return Scenario(
        name=name, levers=dict(levers), plan_year=plan_year, target_eur=float(target), **texts
    )


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _show(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:59] + "…"


def workbook_to_document(workbook: Workbook) -> dict:
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "baseline_name": workbook.baseline_name,
        "scenarios": [
            {
                "name": s.name,
                "description": s.description,
                "plan_year": s.plan_year,
                "target_eur": s.target_eur,
                "levers": dict(s.levers),
                "modified_by": s.modified_by,
                "modified_at": s.modified_at,
            }
            for s in workbook.scenarios
        ],
    }


class SaveError(Exception):
    """A save that did not happen; the message says why in words, and the old file is intact."""


def backup_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def write_workbook(workbook: Workbook, path: str | Path, keep_backup: bool = True) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over the
    old one, so the file on disk is always the complete old or the complete new workbook.

    With `keep_backup`, the previous version is kept beside it as FILE.bak. Raises SaveError
    (full disk, no permission, folder gone) with the old file untouched.
    """
    path = Path(path)
    text = json.dumps(workbook_to_document(workbook), ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomically(text, path, backup=backup_path(path) if keep_backup else None)
    except OSError as error:
        raise SaveError(
            f"Could not save {path}: {_reason(error)}. The file on disk is unchanged."
        ) from None


def write_text_atomically(text: str, path: Path, backup: Path | None = None) -> None:
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if backup is not None and path.is_file():
            # Hard-link the old version as the backup (atomic, no copy); fall back to a copy
            # where the file system has no links.
            backup_temporary = backup.with_name(backup.name + ".tmp")
            backup_temporary.unlink(missing_ok=True)
            try:
                os.link(path, backup_temporary)
            except OSError:
                shutil.copy2(path, backup_temporary)
            os.replace(backup_temporary, backup)
        os.replace(temporary, path)
        temporary = None
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _reason(error: OSError) -> str:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "no permission to write there",
        errno.EPERM: "no permission to write there",
        errno.ENOENT: "the folder does not exist (any more)",
        errno.EROFS: "the disk is read-only",
        errno.EISDIR: "a folder has that name",
    }
    return reasons.get(error.errno, error.strerror or str(error))

"""Scenario workbooks on disk: JSON with a format name and a schema version.

Reading validates everything and reports each problem with its place in the file (a JSON
path such as scenarios[1].levers.digital_shift). Nothing in a file is ever executed.
The format is described in docs/workbook-format.md.
"""

import datetime
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from planner.files import limits
from planner.files.problems import InputError, Problem
from planner.files.safe_io import WriteError, read_guarded, reason, write_bytes_atomically
from planner.files.text import visible
from planner.model.baseline import Baseline
from planner.model.workbook import Workbook, scenario_from_dict, scenario_to_dict

FORMAT_NAME = "planner-workbook"
SCHEMA_VERSION = 2  # 2: lever start and ramp-up, a target path, horizon, office early exit
MAX_BYTES = limits.MAX_WORKBOOK_BYTES
MAX_TEXT = limits.MAX_TEXT
BASELINE_KEY = "baseline"  # the workbook's own copy of its baseline (optional)


@dataclass
class WorkbookFile:
    """A workbook as read from a file, with the copy of the baseline it was saved on (None
    in files saved before workbooks kept their baseline) and notes worth telling the user."""

    workbook: Workbook
    baseline: Baseline | None = None
    baseline_hash: str = ""
    notes: list[str] = field(default_factory=list)


def read_workbook(path: str | Path) -> Workbook:
    return read_workbook_file(path).workbook


def read_workbook_file(path: str | Path) -> WorkbookFile:
    """Read and check a workbook file (a regular file of at most MAX_BYTES): InputError lists
    every problem with its place."""
    where = str(path)
    data = read_guarded(path, "a workbook file", MAX_BYTES)
    return parse_workbook_file(data, where)


def parse_workbook(data: bytes, where: str) -> Workbook:
    return parse_workbook_file(data, where).workbook


def parse_workbook_file(data: bytes, where: str) -> WorkbookFile:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError([Problem(where, "a UTF-8 text (JSON) file; this one is binary")]) from None
    if not text.strip():
        raise InputError([Problem(where, "a planner workbook (the file is empty)")])
    document = load_json(text, where)
    return document_to_file(document, where)


def load_json(text: str, where: str):
    """json.loads with every limit: nesting depth, number size, text (checked with places)."""
    try:
        document = json.loads(
            text,
            parse_constant=_Refused,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
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
    except RecursionError:
        raise InputError([Problem(where, _depth_expected())]) from None
    check_document(document, where)
    return document


def document_to_file(document, where: str) -> WorkbookFile:
    """The workbook (and its baseline copy) of a parsed document."""
    if isinstance(document, dict) and BASELINE_KEY in document:
        document = dict(document)
        kept = document.pop(BASELINE_KEY)
    else:
        kept = None
    workbook = workbook_from_document(document, where)
    if kept is None:
        return WorkbookFile(workbook)
    from planner.files.baseline_document import baseline_from_document

    baseline, digest, notes = baseline_from_document(kept, where)
    return WorkbookFile(workbook, baseline, digest, notes)


def _depth_expected() -> str:
    return f"a workbook nested at most {limits.MAX_DEPTH} levels deep (objects and lists)"


class _Refused:
    """A value json.loads met that a workbook cannot hold (NaN, Infinity, a number too large);
    check_document reports it with its place."""

    def __init__(self, text: str):
        self.text = text if len(text) <= 24 else f"a number of {len(text)} characters"


def _parse_int(text: str):
    if len(text.lstrip("-")) > 16:  # beyond 10^15 in any case; int() of it can be slow
        return _Refused(text)
    value = int(text)
    return value if abs(value) <= limits.MAX_NUMBER else _Refused(text)


def _parse_float(text: str):
    value = float(text)
    if not math.isfinite(value) or abs(value) > limits.MAX_NUMBER:
        return _Refused(text)
    return value


# C0 and C1 control characters other than tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every control character and the invisible marks that reorder text (right-to-left overrides).
_NAME_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
NAME_FIELDS = re.compile(r"^(baseline_name|scenarios\[\d+\]\.name)$")


def check_document(document, where: str) -> None:
    """Refuse what no field of a workbook may hold, each problem with its JSON path: nesting
    beyond MAX_DEPTH, numbers beyond MAX_NUMBER (or not finite), texts beyond MAX_TEXT, text
    that is not valid Unicode (a lone surrogate), control characters, and in names the marks
    that reorder text; a `modified_at` that is not an ISO 8601 time."""
    problems: list[Problem] = []

    def bad(path: str, expected: str, found=None):
        if len(problems) < limits.MAX_PROBLEMS:
            problems.append(Problem(where, expected, column=path or None, found=found))

    def walk(value, path: str, depth: int):
        if depth > limits.MAX_DEPTH:
            bad(path, _depth_expected())
            return False
        if isinstance(value, dict):
            for key, item in value.items():
                check_text(key, f"{path}.{key}" if path else key, is_key=True)
                if not walk(item, f"{path}.{key}" if path else str(key), depth + 1):
                    return False
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if not walk(item, f"{path}[{index}]", depth + 1):
                    return False
        elif isinstance(value, _Refused):
            bad(
                path,
                f"a finite number no larger than {limits.number_limit_text()} in size",
                value.text,
            )
        elif isinstance(value, str):
            check_text(value, path)
        elif _number_out_of_range(value):
            bad(
                path,
                f"a finite number no larger than {limits.number_limit_text()} in size",
                repr(value),
            )
        return True

    def check_text(text: str, path: str, is_key: bool = False):
        shown = escape_text(text)
        if len(text) > limits.MAX_TEXT:
            bad(path, f"a text of at most {limits.MAX_TEXT:,} characters", f"{len(text):,}")
        elif _SURROGATE.search(text):
            bad(path, "text of valid Unicode characters (it holds a lone surrogate)", shown)
        elif (_NAME_CONTROL if is_key or NAME_FIELDS.match(path) else _CONTROL).search(text):
            bad(path, "text without control characters or text-direction marks", shown)

    walk(document, "", 0)
    if not problems and isinstance(document, dict):
        scenarios = document.get("scenarios")
        for index, item in enumerate(scenarios if isinstance(scenarios, list) else []):
            stamp = item.get("modified_at") if isinstance(item, dict) else None
            if isinstance(stamp, str) and stamp and not _is_iso_time(stamp):
                bad(
                    f"scenarios[{index}].modified_at",
                    "a time such as 2025-03-01T14:30:00+02:00 (ISO 8601), or nothing",
                    stamp,
                )
    if problems:
        raise InputError(problems)


def _number_out_of_range(value) -> bool:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    return not math.isfinite(value) or abs(value) > limits.MAX_NUMBER


def _is_iso_time(text: str) -> bool:
    try:
        datetime.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def escape_text(text: str, limit: int = 60) -> str:
    """Text safe to show in a message or a terminal (see planner.files.text.visible)."""
    return visible(text, limit)


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
        scenario = scenario_from_dict(item, f"scenarios[{i}]", bad)
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
    """Bring an older schema up to the current one, so old files keep opening.

    1 -> 2: version 2 only adds optional keys (timing, targets_eur, horizon_year,
    office_early_exit); a version 1 scenario is a version 2 scenario with every lever starting
    in January of the baseline year, the same target every year and the default horizon."""
    return document


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
        "scenarios": [scenario_to_dict(s) for s in workbook.scenarios],
    }


# A failed save: one error type for every write (planner.files.safe_io.WriteError).
SaveError = WriteError


def backup_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def workbook_document(workbook: Workbook, baseline: Baseline | None = None) -> dict:
    """The document written to disk: the workbook, and with `baseline` a copy of the baseline
    its numbers are computed on (its tables and their content hash), so the file reopens on the
    same figures wherever it goes."""
    document = workbook_to_document(workbook)
    if baseline is not None:
        from planner.files.baseline_document import baseline_to_document

        document[BASELINE_KEY] = baseline_to_document(baseline)
    return document


def workbook_bytes(document: dict, where: str) -> bytes:
    """The document as UTF-8 JSON; WriteError naming the text that cannot be written."""
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = escape_text(text[max(0, error.start - 30) : error.end + 10])
        raise WriteError(
            where,
            "workbook",
            f"a text holds a character that is not valid Unicode (near '{bad}'); "
            "rename the scenario or edit the text and save again",
        ) from None


def write_workbook(
    workbook: Workbook,
    path: str | Path,
    keep_backup: bool = True,
    baseline: Baseline | None = None,
) -> None:
    """Write atomically (planner.files.safe_io): the file on disk is always the complete old or
    the complete new workbook, and keeps its permissions. With `keep_backup`, the previous
    version is kept beside it as FILE.bak; with `baseline`, the file keeps a copy of it.
    Raises SaveError (full disk, no permission, not a regular file, bundled data, text that
    cannot be written) with the old file untouched."""
    path = Path(path)
    document = workbook_document(workbook, baseline)
    try:
        check_document(document, str(path))  # never write what would not open again
    except InputError as error:
        raise WriteError(
            path, "workbook", "it could not be opened again: " + error.summary()
        ) from None
    data = workbook_bytes(document, str(path))
    write_bytes_atomically(
        path, data, "workbook", backup=backup_path(path) if keep_backup else None
    )


def write_text_atomically(text: str, path: Path, backup: Path | None = None) -> None:
    """Kept for callers of the old helper: the one atomic writer, for a UTF-8 text."""
    write_bytes_atomically(path, text.encode("utf-8"), "file", backup)


def _reason(error: OSError) -> str:
    return reason(error)

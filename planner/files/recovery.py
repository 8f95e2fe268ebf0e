"""Crash recovery: unsaved workbooks written regularly to a recovery folder.

Each running planner writes its own file (named by process id) while it has unsaved changes,
and removes it on a clean exit or after a save. On start, files left by planners that are no
longer running are offered for restoring. The window chooses the folder (the user's
application-data location) and the timing; this module only reads and writes.
"""

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from planner.files.problems import InputError
from planner.files.workbook_json import (
    workbook_from_document,
    workbook_to_document,
    write_text_atomically,
)
from planner.model.workbook import Workbook

SUFFIX = ".recovery.json"


@dataclass(frozen=True)
class RecoveredWorkbook:
    file: Path  # the recovery file itself
    workbook: Workbook
    original_path: str  # the file the workbook was opened from or saved to; "" if never saved
    current_scenario: str
    saved_at: float  # seconds since the epoch


class RecoveryStore:
    def __init__(self, folder: str | Path, pid: int | None = None):
        self.folder = Path(folder)
        self.pid = os.getpid() if pid is None else pid

    @property
    def own_file(self) -> Path:
        return self.folder / f"planner-{self.pid}{SUFFIX}"

    def write(
        self, workbook: Workbook, original_path: str = "", current_scenario: str = ""
    ) -> None:
        """Write this process's recovery file atomically (an OSError reaches the caller)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        document = {
            "recovery_of": original_path,
            "current_scenario": current_scenario,
            "saved_at": time.time(),
            "workbook": workbook_to_document(workbook),
        }
        write_text_atomically(json.dumps(document, ensure_ascii=False), self.own_file)

    def clear(self) -> None:
        """Remove this process's recovery file: the work was saved or deliberately dropped."""
        self.own_file.unlink(missing_ok=True)

    def left_by_crashes(self) -> list[RecoveredWorkbook]:
        """Recovery files of planners that are no longer running, newest first. Files that do
        not read are skipped (and left in place for a person to look at)."""
        found = []
        if not self.folder.is_dir():
            return found
        for file in self.folder.glob(f"planner-*{SUFFIX}"):
            pid_text = file.name[len("planner-") : -len(SUFFIX)]
            if not pid_text.isdigit() or int(pid_text) == self.pid or _running(int(pid_text)):
                continue
            try:
                document = json.loads(file.read_text(encoding="utf-8"))
                workbook = workbook_from_document(document["workbook"], str(file))
                found.append(
                    RecoveredWorkbook(
                        file=file,
                        workbook=workbook,
                        original_path=str(document.get("recovery_of", "")),
                        current_scenario=str(document.get("current_scenario", "")),
                        saved_at=float(document.get("saved_at", file.stat().st_mtime)),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError, InputError):
                continue
        return sorted(found, key=lambda item: item.saved_at, reverse=True)

    @staticmethod
    def discard(recovered: RecoveredWorkbook) -> None:
        recovered.file.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    if sys.platform == "win32":
        # os.kill(pid, 0) would send Ctrl+C there. Treat the file as left by a crash: at worst
        # a second planner running at once is offered a copy of the other's unsaved work.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True

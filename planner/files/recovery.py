"""Crash recovery: unsaved workbooks written regularly to a recovery folder.

Each running planner writes its own file (named by process id) while it has unsaved changes,
and removes it on a clean exit or after a save. On start, files left by planners that are no
longer running are offered for restoring. A process id can be given to another process after a
crash; the file therefore also records when its planner started, and a file whose process id is
running but started at another time is a crashed planner's too. The window chooses the folder
(the user's application-data location) and the timing; this module only reads and writes.

A recovery file is written with every non-ASCII character escaped, so any text the window holds
(even one a workbook file refuses) is kept and restored exactly: the work is never lost because
it cannot be saved.
"""

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from planner.files.problems import InputError
from planner.files.safe_io import process_running, read_guarded, write_bytes_atomically
from planner.files.workbook_json import document_to_file, workbook_document
from planner.model.baseline import Baseline
from planner.model.workbook import Workbook

SUFFIX = ".recovery.json"
MAX_RECOVERY_BYTES = 64 * 2**20


@dataclass(frozen=True)
class RecoveredWorkbook:
    file: Path  # the recovery file itself
    workbook: Workbook
    original_path: str  # the file the workbook was opened from or saved to; "" if never saved
    current_scenario: str
    saved_at: float  # seconds since the epoch
    baseline: Baseline | None = None  # the baseline the work was done on, when kept


class RecoveryStore:
    def __init__(self, folder: str | Path, pid: int | None = None):
        self.folder = Path(folder)
        self.pid = os.getpid() if pid is None else pid
        self.started = process_start(self.pid)

    @property
    def own_file(self) -> Path:
        return self.folder / f"planner-{self.pid}{SUFFIX}"

    def write(
        self,
        workbook: Workbook,
        original_path: str = "",
        current_scenario: str = "",
        baseline: Baseline | None = None,
    ) -> None:
        """Write this process's recovery file atomically (an OSError reaches the caller)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        document = {
            "recovery_of": original_path,
            "current_scenario": current_scenario,
            "saved_at": time.time(),
            "process_started": self.started,
            "workbook": workbook_document(workbook, baseline),
        }
        data = json.dumps(document, ensure_ascii=True).encode("ascii")
        write_bytes_atomically(self.own_file, data, "recovery file")

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
            if not pid_text.isdigit() or int(pid_text) == self.pid:
                continue
            try:
                text = read_guarded(file, "a recovery file", MAX_RECOVERY_BYTES).decode("utf-8")
                document = json.loads(text)
                if _still_running(int(pid_text), document.get("process_started")):
                    continue
                # Not the workbook file's text checks: what the window held comes back exactly,
                # even a text a workbook file refuses (the user is told when saving it).
                opened = document_to_file(document["workbook"], str(file))
                found.append(
                    RecoveredWorkbook(
                        file=file,
                        workbook=opened.workbook,
                        original_path=str(document.get("recovery_of", "")),
                        current_scenario=str(document.get("current_scenario", "")),
                        saved_at=float(document.get("saved_at", file.stat().st_mtime)),
                        baseline=opened.baseline,
                    )
                )
            except (
                OSError,
                ValueError,
                KeyError,
                TypeError,
                AttributeError,
                RecursionError,
                InputError,
            ):
                continue
        return sorted(found, key=lambda item: item.saved_at, reverse=True)

    @staticmethod
    def discard(recovered: RecoveredWorkbook) -> None:
        recovered.file.unlink(missing_ok=True)


def _still_running(pid: int, started) -> bool:
    if not process_running(pid):
        return False
    if sys.platform == "win32":
        return False
    now = process_start(pid)
    # A different start time: the id was given to another process after the crash.
    return not (isinstance(started, str) and started and now and now != started)


def process_start(pid: int) -> str:
    """When process `pid` started, as a text that differs between two processes that had the
    same id (Linux: boot id and start time in clock ticks); "" where this cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as file:
            stat = file.read().decode("ascii", "replace")
        fields = stat[stat.rindex(")") + 2 :].split()
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as file:
            boot = file.read().strip()
        return f"{boot}:{fields[19]}"  # field 22 of stat, counted after the name
    except (OSError, ValueError, IndexError):
        return ""

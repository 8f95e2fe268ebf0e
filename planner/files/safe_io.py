"""The one atomic writer and the one guarded reader of the planner's files.

Writing (workbook save, recovery, PDF, export, template): the content goes to a hidden temporary
file in the target's folder, is flushed to disk, and is renamed over the target, so the target is
always the complete old or the complete new file. The target must be a regular file (or not
exist): a device, a pipe or a folder at that path is refused, never replaced. An existing file
keeps its permission bits (and its group where allowed); a new one gets the user's umask. Bundled
data is never written. Temporary files left behind by a planner that was killed mid-write are
removed by the next write to the same target. Every failure is a WriteError, whose message says
in words why and that the file on disk is unchanged.

Reading: only regular files are read (never a device such as /dev/zero, a pipe that would block
forever, or a folder), and never more than a limit of bytes.
"""

import contextlib
import errno
import os
import secrets
import shutil
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from planner.files.problems import InputError, Problem

TEMPORARY_SUFFIX = ".tmp"


class WriteError(InputError, OSError):
    """A write that did not happen. `problems` holds one Problem (the path, what was expected);
    `strerror` the reason in words. The file on disk is unchanged and no temporary is left.

    It is an InputError (the command line prints it as one line, exit 1) and an OSError (callers
    that catch OSError around a write keep working)."""

    def __init__(self, path: str | Path, what: str, reason: str):
        self.path, self.what, self.reason = str(path), what, reason
        InputError.__init__(
            self, [Problem(str(path), f"a place the {what} can be written ({reason})")]
        )
        self.strerror = reason

    @property
    def message(self) -> str:
        return f"Could not save {self.path}: {self.reason}. The file on disk is unchanged."

    def __str__(self) -> str:
        return self.message


def reason(error: BaseException) -> str:
    """An OSError (or an encoding error) in words a planner understands."""
    if isinstance(error, UnicodeError):
        return "the text holds a character that cannot be written as UTF-8"
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "no permission to write there",
        errno.EPERM: "no permission to write there",
        errno.ENOENT: "the folder does not exist (any more)",
        errno.EROFS: "the disk is read-only",
        errno.EISDIR: "a folder has that name",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.ENAMETOOLONG: "the file name is too long",
    }
    number = getattr(error, "errno", None)
    fallback = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return reasons.get(number, fallback)


# Writing ---------------------------------------------------------------------------------------


def bundled_folders() -> list[Path]:
    """The folders of bundled data, never written (data/ in a checkout, _data when installed)."""
    from planner.paths import data_dir

    return [data_dir().resolve()]


def is_bundled(path: str | Path) -> bool:
    resolved = Path(os.path.realpath(path))
    return any(resolved == folder or folder in resolved.parents for folder in bundled_folders())


def write_atomically(
    path: str | Path,
    write: Callable[[BinaryIO], None],
    what: str,
    backup: Path | None = None,
) -> None:
    """Call `write(file)` on a new temporary file beside `path` (opened for binary writing),
    then rename it over `path`. With `backup`, the previous version is kept there (a hard link,
    or a copy where the file system has none). Raises WriteError; the target is then unchanged
    and no temporary file remains."""
    path = Path(path)
    target = _target(path, what)
    temporary: Path | None = None
    try:
        _remove_stale_temporaries(target)
        existing = _existing_stat(target)
        temporary, handle = _new_temporary(target)
        with os.fdopen(handle, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        if existing is not None:
            # Keep the old file's permissions (a group-shared 0664 stays 0664) and group.
            os.chmod(temporary, stat.S_IMODE(existing.st_mode))
            with contextlib.suppress(OSError, AttributeError):  # no chown on Windows
                os.chown(temporary, -1, existing.st_gid)
        if backup is not None and existing is not None:
            _keep_backup(target, backup)
        os.replace(temporary, target)
        temporary = None
        _sync_folder(target.parent)
    except WriteError:
        raise
    except Exception as error:  # noqa: BLE001 - a writer's own error (openpyxl, a codec) too
        raise WriteError(path, what, reason(error)) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def write_bytes_atomically(
    path: str | Path, data: bytes, what: str, backup: Path | None = None
) -> None:
    write_atomically(path, lambda file: file.write(data), what, backup)


def _target(path: Path, what: str) -> Path:
    """The file to replace: `path`, or the file a symbolic link at `path` points to. Refuses
    bundled data and anything that is not a regular file."""
    if is_bundled(path):
        raise WriteError(
            path, what, "it is bundled with the planner and read-only: save a copy elsewhere"
        )
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as error:
        raise WriteError(path, what, reason(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise WriteError(path, what, "a folder has that name")
    if not stat.S_ISREG(info.st_mode):
        raise WriteError(
            path, what, f"it is not a regular file but {_kind(info.st_mode)}; it is left alone"
        )
    return target


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _existing_stat(target: Path):
    try:
        return os.stat(target)
    except FileNotFoundError:
        return None


def _new_temporary(target: Path, kind: str = "") -> tuple[Path, int]:
    """A new hidden file beside `target`, named after it and this process. Created with mode
    0666 so that the user's umask decides a new file's permissions (not a private 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = f".{target.name}.{os.getpid()}-{kind}{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"
        candidate = target.with_name(name)
        try:
            return candidate, os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files of this target left by planners that no longer run (killed mid-save)."""
    prefix = f".{target.name}."
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(TEMPORARY_SUFFIX)):
                continue
            pid_text = name[len(prefix) :].split("-", 1)[0]
            if (
                pid_text.isdigit()
                and int(pid_text) != os.getpid()
                and not process_running(int(pid_text))
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _keep_backup(target: Path, backup: Path) -> None:
    backup_temporary = backup.with_name(backup.name + TEMPORARY_SUFFIX)
    with contextlib.suppress(FileNotFoundError):
        backup_temporary.unlink()
    try:
        os.link(target, backup_temporary)
    except OSError:
        shutil.copy2(target, backup_temporary)
    os.replace(backup_temporary, backup)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system allows opening a folder)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def process_running(pid: int) -> bool:
    if sys.platform == "win32":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    except OSError:
        return False
    return True


# Reading ---------------------------------------------------------------------------------------


def read_guarded(path: str | Path, what: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; InputError (one worded problem)
    for anything else: no such file, a folder, a device or pipe, too large, unreadable."""
    where = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)  # non-blocking: a pipe without a writer does not hang
    except FileNotFoundError:
        raise InputError([Problem(where, f"{what} (there is no such file)")]) from None
    except IsADirectoryError:
        raise InputError([Problem(where, f"{what} (this is a folder)")]) from None
    except OSError as error:
        raise InputError([Problem(where, f"a readable file ({reason_read(error)})")]) from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise InputError([Problem(where, f"{what} (this is a folder)")])
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                [Problem(where, f"{what}: a regular file (this is {_kind(info.st_mode)})")]
            )
        if info.st_size > limit:
            raise InputError([Problem(where, too_large(what, limit, info.st_size))])
        with os.fdopen(handle, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise InputError([Problem(where, f"a readable file ({reason_read(error)})")]) from None
    finally:
        os.close(handle)
    if len(data) > limit:  # grew while being read
        raise InputError([Problem(where, too_large(what, limit, len(data)))])
    return data


def too_large(what: str, limit: int, size: int) -> str:
    return f"{what} of at most {limit / 2**20:g} MiB (this one is {size / 2**20:.1f} MiB)"


def reason_read(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return "no permission to read it"
    return error.strerror or str(error)


def check_regular_or_missing(path: str | Path, what: str) -> None:
    """Refuse, before any work is done, an output path that is not a regular file."""
    _target(Path(path), what)

"""The command line: `planner` opens the window; subcommands evaluate, check, and more.

Errors end with one line on stderr and an exit status: 2 for usage, 1 for data.
"""

import argparse
import difflib
import os
import sys
from pathlib import Path

from planner import __version__
from planner.commands import UsageError
from planner.files.problems import InputError

# The subcommands' modules are imported only when a subcommand runs, so that `planner` alone
# opens the window without first loading what they need (openpyxl, the report layer).
COMMAND_NAMES = ("evaluate", "solve", "analyse", "check", "report", "template", "export")


def commands() -> tuple:
    from planner.commands import analyse, check, evaluate, export, report, solve, template

    return (evaluate, solve, analyse, check, report, template, export)


EXIT_DATA = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not argparse's usage block
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="planner",
        description="Budget and capacity planner. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for command in commands():
        command.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and _mistyped_command(argv[0]):
        print(_unknown_command(argv[0]), file=sys.stderr)
        return EXIT_USAGE
    if not argv or (argv[0] not in COMMAND_NAMES and not argv[0].startswith("-")):
        return open_window(argv)
    # The subcommands need no display: the report's fonts and PDF writing run on Qt's
    # offscreen platform, so DISPLAY unset, set or pointing at an unreachable X server are alike.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        args = build_parser().parse_args(argv)
        status = args.run(args)
        sys.stdout.flush()  # an output that cannot be written fails here, not at exit
        return status
    except (BrokenPipeError, OSError) as error:  # `planner evaluate --json | head`, a full disk
        if isinstance(error, InputError):
            for problem in error.problems:
                print(f"planner: {problem}", file=sys.stderr)
            return EXIT_DATA
        # stdout is gone: point it at nothing, so the exit's flush cannot fail too
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if not isinstance(error, BrokenPipeError):  # a reader that stopped is not an error
            print(f"planner: error: the output could not be written ({error})", file=sys.stderr)
        return EXIT_DATA
    except UsageError as error:
        print(f"planner: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except InputError as error:
        for problem in error.problems:
            print(f"planner: {problem}", file=sys.stderr)
        return EXIT_DATA
    except KeyboardInterrupt:
        return 130


def _mistyped_command(word: str) -> bool:
    """A word that is neither a command, an option nor a file: `planner evalute` is a typing
    slip, not a workbook to open in the window. A name with a suffix or a folder is a file
    (a missing one is told about in the window, as before)."""
    if word in COMMAND_NAMES or word.startswith("-") or Path(word).exists():
        return False
    return not Path(word).suffix and os.sep not in word and "/" not in word


def _unknown_command(word: str) -> str:
    close = difflib.get_close_matches(word, COMMAND_NAMES, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return (
        f"planner: error: unknown command '{word}'{hint}; the commands are "
        + ", ".join(COMMAND_NAMES)
        + "; 'planner' alone or 'planner WORKBOOK' opens the window"
    )


def open_window(argv: list[str]) -> int:
    try:
        from planner.ui.app import run_window
    except ImportError:
        print(
            "planner: the window is not part of this version yet; use 'planner evaluate', "
            "'planner check' or 'planner --help'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_window(argv)

"""One module per subcommand: NAME, add_parser(subparsers) and the function it runs.

`UsageError` lives here, where the subcommands raise it; `planner.cli` catches it (exit 2).
It used to live in cli.py, which made cli and the subcommands import each other.
"""


class UsageError(Exception):
    """Bad command-line input: the message is printed as one line, the exit status is 2."""

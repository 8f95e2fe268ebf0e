"""The limits every reader enforces (documented in docs/limits.md).

Input beyond a limit is refused at once, with a message naming the limit; within them, time and
memory grow no worse than linearly with the size of the input.
"""

MiB = 2**20

# Bytes read from one file (a workbook, a CSV file, an .xlsx package as stored).
MAX_WORKBOOK_BYTES = 20 * MiB
MAX_CSV_BYTES = 50 * MiB
MAX_XLSX_BYTES = 50 * MiB
# An .xlsx is a zip package: the sum of its parts after decompression, one part, and the count
# of parts. The zip directory's sizes are what the reader decompresses at most.
MAX_XLSX_UNCOMPRESSED_BYTES = 200 * MiB
MAX_XLSX_PART_BYTES = 100 * MiB
MAX_XLSX_PARTS = 1_000
# One table (a CSV file or a sheet): data rows, and columns in any row.
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000
# Nesting of a workbook's JSON (objects and lists inside each other).
MAX_DEPTH = 32
# Any number, in a workbook or a baseline: its size (euros, volumes, shares alike).
MAX_NUMBER = 1e15
# Any text: a name, a description, a cell.
MAX_TEXT = 10_000
# Problems listed for one input; beyond it they are counted, not listed.
MAX_PROBLEMS = 1_000


def number_limit_text() -> str:
    return "10^15 (1,000,000,000,000,000)"

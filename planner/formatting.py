"""Moved to planner.present.numbers (numbers as text for a locale).

Kept only so that the one caller not yet moved (tests/report/test_report_cli.py, owned by
another session) keeps working; delete this file once it imports planner.present.numbers.
New code must not import it.
"""

from planner.present.numbers import eur, lever_value, meur, pct, signed_meur, volume

__all__ = ["eur", "lever_value", "meur", "pct", "signed_meur", "volume"]

"""Moved to planner.present.numbers (numbers as text for a locale).

Kept only so that the callers not yet moved (planner/commands/evaluate.py and
tests/report/test_report_cli.py, owned by others) keep working; delete this file once they
import planner.present.numbers. New code must not import it.
"""

from planner.present.numbers import eur, lever_value, meur, pct, signed_meur, volume

__all__ = ["eur", "lever_value", "meur", "pct", "signed_meur", "volume"]

"""The presentation layer: what the window, the printed summary, Compare and the command line
say, as text, without Qt.

- `translate(context, text)`: the one translation function every user-visible text passes
  through (planner.present.translate).
- numbers as text for a locale: euros, M€, volumes, shares, differences, lever values
  (planner.present.numbers).
- result texts shared by screen and paper: the gap, the one-off costs, the bridge's labels
  (planner.present.result); warning texts from a warning's code and parameters
  (planner.present.warnings); comparison rows and "what differs" (planner.present.comparison);
  where a lever's baseline figures come from (planner.present.provenance).

Views read the facts a result carries (planner.model) and only turn them into words here;
nothing in this package computes a fact.
"""

from planner.present.numbers import (
    ENGLISH,
    FINNISH,
    SWEDISH,
    Locale,
    active_locale,
    locale_for,
    set_locale,
)
from planner.present.translate import QT_TRANSLATE_NOOP, install_translator, translate

__all__ = [
    "ENGLISH",
    "FINNISH",
    "QT_TRANSLATE_NOOP",
    "SWEDISH",
    "Locale",
    "active_locale",
    "install_translator",
    "locale_for",
    "set_locale",
    "translate",
]

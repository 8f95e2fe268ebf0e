"""The one translation function every user-visible text passes through.

`translate(context, text)` gives the text in the user's language. Until a translator is
installed it gives the text back unchanged (the command line, the tests, a summary printed
without a window). The window installs Qt's own `QCoreApplication.translate`, which reads the
catalogues that `pyside6-lupdate` extracts and `pyside6-lrelease` compiles (issue 13).

Written so that `pyside6-lupdate` finds every string. Its Python parser takes any call whose
name is `translate` or `QT_TRANSLATE_NOOP` (with or without a module prefix) and whose first
two arguments are string literals as (context, source text); an optional third literal is the
disambiguation. So both arguments are literals, never variables or f-strings: numbers and
names are filled in afterwards with `str.format`. A call named `tr(context, text)` would not
do: lupdate reads tr's first argument as the text and takes the enclosing class as context.
"""

from collections.abc import Callable

# (context, text, disambiguation, n) -> translated text; n is -1 when there is no plural.
Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None

# The baseline's own names in the user's language (planner.present.names): a name is data, not
# a catalogue entry, so these contexts look it up here first.
NAME_CONTEXTS = frozenset({"BaselineRow", "FigureName", "ServiceName", "BudgetName", "LeaseName"})
_names: dict[str, str] = {}


def install_names(names: dict[str, str]) -> None:
    """{name: the name in the user's language} for the baseline's rows (empty: as given)."""
    global _names
    _names = dict(names)


def install_translator(translator: Translator | None) -> None:
    """Send every text through `translator` from now on (None: back to the source texts).
    The window installs `QCoreApplication.translate`, which has this signature."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the user's language. `context` groups texts in the catalogue (one per view
    or topic: "Headline", "Bridge", "Warnings"); `n` picks a plural form where one exists."""
    if context in NAME_CONTEXTS and text in _names:
        return _names[text]
    if _translator is None:
        return text
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks a text for the catalogue where it is defined (a table of labels built at import);
    it is translated where it is shown, with `translate(context, text)`."""
    return text

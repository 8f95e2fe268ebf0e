"""The baseline's own names (service lines, budget categories, leases) in the user's language.

A baseline may name its rows in Finnish and Swedish beside English (the optional `name_fi` and
`name_sv` columns, planner.model.baseline.OPTIONAL_COLUMNS); a row without one keeps its
`name`. The baseline itself is never changed (its content hash and the copy a workbook keeps
stay the same in every language): the names are swapped where they are shown.

- `use_baseline_names(baseline, language)` lets `translate("BaselineRow", name)` (and the other
  name contexts) give the name in that language;
- `localise_engine(engine, language)` writes the names an engine's results carry (service lines
  and budget categories) in that language, and the lines' units through the catalogue
  (context "ServiceUnit", said after a number: "käyntiä", "besök"), for the window and the
  printed summary. Call it after the language's catalogue is loaded.
"""

from planner.model.baseline import NAME_LANGUAGES, row_names
from planner.present.numbers import active_locale
from planner.present.translate import install_names, translate

NAMED_TABLES = ("services", "budget", "premises")


def localised_names(baseline, language: str) -> dict[str, str]:
    """{name: the name in `language`} for the rows of the named tables that have one."""
    if language not in NAME_LANGUAGES:
        return {}
    names: dict[str, str] = {}
    for table in NAMED_TABLES:
        frame = getattr(baseline, table, None)
        if frame is None or "name" not in frame.columns:
            continue
        for name, local in zip(frame["name"], row_names(frame, language), strict=True):
            if local != name:
                names[str(name)] = local
    return names


def use_baseline_names(baseline, language: str | None = None) -> dict[str, str]:
    """Send the baseline's names through `translate` in `language` (default: the active
    locale's). Returns the names installed."""
    names = localised_names(baseline, language or active_locale().code)
    install_names(names)
    return names


def localise_engine(engine, language: str | None = None):
    """The engine's results name service lines and budget categories in `language` (default:
    the active locale's); the baseline itself is left as it is. Returns the engine."""
    names = use_baseline_names(engine.baseline, language)
    engine.service_meta = [
        (sid, names.get(str(name), name), translate("ServiceUnit", str(unit)), *rest)
        for sid, name, unit, *rest in engine.service_meta
    ]
    if names:
        engine.category_meta = [
            (cid, names.get(str(name), name), *rest) for cid, name, *rest in engine.category_meta
        ]
    return engine


def division_name(baseline, language: str | None = None) -> str:
    """The division's name in `language` (default: the active locale's): the about table's
    division_fi / division_sv where the baseline has them, else its `division`, else the
    baseline's name."""
    about = getattr(baseline, "about", None) or {}
    code = language or active_locale().code
    for key in (f"division_{code}", "division"):
        name = str(about.get(key, "") or "").strip()
        if name:
            return name
    return baseline.name

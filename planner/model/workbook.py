"""A workbook: several named scenarios kept together, and the rules a workbook keeps.

The rules live here, once, and the window, the files layer and the command line call them:
names are unique, not empty and at most MAX_NAME characters; a workbook has at least one
scenario when it is saved from the window; targets are zero or more euros; plan years,
horizons and lever starts lie in the years a plan may reach.

`scenario_from_dict` / `scenario_to_dict` are the scenario's part of the saved document
(docs/workbook-format.md); a problem is reported through `bad(path, expected, found)` so the
files layer can say where in the file it is.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.model.levers import LEVER_BY_ID
from planner.model.scenario import Override, Scenario, split_figure
from planner.model.timing import MAX_HORIZON_YEARS, MAX_RAMP_MONTHS, LeverTiming, parse_start

MAX_NAME = 200
MAX_TEXT = 10_000
FIRST_YEAR, LAST_YEAR = 1900, 2200
SCENARIO_KEYS = {
    "name",
    "description",
    "plan_year",
    "target_eur",
    "targets_eur",
    "horizon_year",
    "levers",
    "timing",
    "office_early_exit",
    "overrides",
    "modified_by",
    "modified_at",
}


class WorkbookRuleError(ValueError):
    """A change that would break a workbook rule; the message says which."""


@dataclass
class Workbook:
    scenarios: list[Scenario] = field(default_factory=list)
    baseline_name: str = ""  # the baseline the scenarios were made on, for the reader

    def names(self) -> list[str]:
        return [scenario.name for scenario in self.scenarios]

    def scenario(self, name: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise KeyError(name)


def check_name(name, others: list[str] = ()) -> str:
    """A scenario name, stripped, or WorkbookRuleError saying what is wrong."""
    if not isinstance(name, str) or not name.strip():
        raise WorkbookRuleError("a scenario needs a name")
    name = name.strip()
    if len(name) > MAX_NAME:
        raise WorkbookRuleError(f"a name of at most {MAX_NAME} characters ({len(name)} given)")
    if name in others:
        raise WorkbookRuleError(f"another scenario is called '{name}'")
    return name


def unique_name(wanted: str, others: list[str]) -> str:
    """`wanted`, or `wanted (2)`, `wanted (3)`, ... so no two scenarios share a name."""
    base = wanted.strip()[:MAX_NAME] or "Scenario"
    if base not in others:
        return base
    number = 2
    while True:
        suffix = f" ({number})"
        candidate = base[: MAX_NAME - len(suffix)] + suffix
        if candidate not in others:
            return candidate
        number += 1


def check_can_delete(workbook: Workbook) -> None:
    if len(workbook.scenarios) <= 1:
        raise WorkbookRuleError("a workbook keeps at least one scenario")


def check_target(value) -> float:
    if not _is_number(value) or value < 0:
        raise WorkbookRuleError("a target of zero or more euros")
    return float(value)


def check_year(value, baseline_year: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise WorkbookRuleError("a year such as 2025")
    low, high = FIRST_YEAR, LAST_YEAR
    if baseline_year is not None:
        low, high = baseline_year, baseline_year + MAX_HORIZON_YEARS
    if not low <= value <= high:
        raise WorkbookRuleError(f"a year from {low} to {high}")
    return value


def scenario_to_dict(s: Scenario) -> dict:
    document = {
        "name": s.name,
        "description": s.description,
        "plan_year": s.plan_year,
        "target_eur": s.target_eur,
        "levers": dict(s.levers),
        "modified_by": s.modified_by,
        "modified_at": s.modified_at,
    }
    if s.targets_eur:
        document["targets_eur"] = {str(year): v for year, v in sorted(s.targets_eur.items())}
    if s.horizon_year is not None:
        document["horizon_year"] = s.horizon_year
    if s.timing:
        document["timing"] = {
            lever_id: {
                "start": None if t.start_year is None else f"{t.start_year}-{t.start_month:02d}",
                "ramp_months": t.ramp_months,
            }
            for lever_id, t in s.timing.items()
        }
    if s.office_early_exit:
        document["office_early_exit"] = True
    if s.overrides:
        document["overrides"] = {
            figure: {"value": o.value, "reason": o.reason} for figure, o in s.overrides.items()
        }
    if document["plan_year"] is None:
        del document["plan_year"]
    return document


def scenario_from_dict(item, path: str, bad: Callable) -> Scenario | None:
    """A Scenario from its saved form, or None after reporting each problem through `bad`."""
    if not isinstance(item, dict):
        bad(path, "a scenario object", item)
        return None
    ok = True

    def rule(key: str, check, value, default=None):
        nonlocal ok
        try:
            return check(value)
        except WorkbookRuleError as error:
            bad(f"{path}.{key}", str(error), value)
            ok = False
            return default

    for key in item:
        if key not in SCENARIO_KEYS:
            bad(f"{path}.{key}", "only the keys " + ", ".join(sorted(SCENARIO_KEYS)))
            ok = False
    name = rule("name", check_name, item.get("name"))
    texts = {}
    for key in ("description", "modified_by", "modified_at"):
        value = item.get(key, "")
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            bad(f"{path}.{key}", f"a text of at most {MAX_TEXT} characters", value)
            ok = False
        texts[key] = value if isinstance(value, str) else ""
    plan_year = item.get("plan_year")
    if plan_year is not None:
        plan_year = rule("plan_year", check_year, plan_year)
    horizon = item.get("horizon_year")
    if horizon is not None:
        horizon = rule("horizon_year", check_year, horizon)
    target = rule("target_eur", check_target, item.get("target_eur", 70_000_000))
    targets = {}
    raw_targets = item.get("targets_eur", {})
    if not isinstance(raw_targets, dict):
        bad(f"{path}.targets_eur", "an object of euros keyed by year", raw_targets)
        ok = False
        raw_targets = {}
    for year_text, value in raw_targets.items():
        year = int(year_text) if str(year_text).isascii() and str(year_text).isdigit() else None
        if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
            bad(f"{path}.targets_eur.{year_text}", "a year such as 2025 as the key")
            ok = False
            continue
        amount = rule(f"targets_eur.{year_text}", check_target, value)
        if amount is not None:
            targets[year] = amount
    levers = item.get("levers", {})
    if not isinstance(levers, dict):
        bad(f"{path}.levers", "an object of lever values keyed by lever id", levers)
        return None
    for lever_id, value in levers.items():
        lever = LEVER_BY_ID.get(lever_id)
        if lever is None:
            bad(f"{path}.levers.{lever_id}", "a known lever id: " + ", ".join(LEVER_BY_ID))
            ok = False
        elif not _is_number(value) or not lever.minimum <= value <= lever.maximum:
            bad(
                f"{path}.levers.{lever_id}",
                f"a number from {lever.minimum:g} to {lever.maximum:g} ({lever.unit})",
                value,
            )
            ok = False
    timing = _timing(item.get("timing", {}), f"{path}.timing", bad)
    if timing is None:
        ok = False
    early = item.get("office_early_exit", False)
    if not isinstance(early, bool):
        bad(f"{path}.office_early_exit", "true or false", early)
        ok = False
    overrides = _overrides(item.get("overrides", {}), f"{path}.overrides", bad)
    if overrides is None:
        ok = False
    if not ok:
        return None
    return Scenario(
        name=name,
        levers=dict(levers),
        plan_year=plan_year,
        target_eur=target,
        targets_eur=targets,
        horizon_year=horizon,
        timing=timing,
        office_early_exit=early,
        overrides=overrides,
        **texts,
    )


def _overrides(raw, path: str, bad) -> dict[str, Override] | None:
    if not isinstance(raw, dict):
        bad(path, "an object of overrides keyed by figure (table.row.column)", raw)
        return None
    found, ok = {}, True
    for figure, entry in raw.items():
        where = f"{path}.{figure}"
        try:
            split_figure(figure)
        except ValueError:
            bad(where, "a figure such as services.home_care_visits.unit_cost_eur as the key")
            ok = False
            continue
        if not isinstance(entry, dict) or set(entry) != {"value", "reason"}:
            bad(where, "an object with 'value' and 'reason'", entry)
            ok = False
            continue
        value, reason = entry["value"], entry["reason"]
        if not _is_number(value):
            bad(f"{where}.value", "a finite number", value)
            ok = False
        elif not isinstance(reason, str) or not reason.strip() or len(reason) > MAX_TEXT:
            bad(f"{where}.reason", f"the reason, a text of 1 to {MAX_TEXT} characters", reason)
            ok = False
        else:
            found[figure] = Override(float(value), reason)
    return found if ok else None


def _timing(raw, path: str, bad) -> dict[str, LeverTiming] | None:
    if not isinstance(raw, dict):
        bad(path, "an object of lever timings keyed by lever id", raw)
        return None
    timing, ok = {}, True
    for lever_id, entry in raw.items():
        where = f"{path}.{lever_id}"
        if lever_id not in LEVER_BY_ID:
            bad(where, "a known lever id: " + ", ".join(LEVER_BY_ID))
            ok = False
            continue
        if not isinstance(entry, dict) or set(entry) - {"start", "ramp_months"}:
            bad(where, "an object with 'start' (YYYY-MM) and 'ramp_months'", entry)
            ok = False
            continue
        start, ramp = entry.get("start"), entry.get("ramp_months", 0)
        year, month = None, 1
        if start is not None:
            try:
                year, month = parse_start(start) if isinstance(start, str) else (None, 0)
                if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
                    raise ValueError
            except ValueError:
                bad(f"{where}.start", "a start such as 2025-02 (YYYY-MM)", start)
                ok = False
                continue
        if not isinstance(ramp, int) or isinstance(ramp, bool) or not 0 <= ramp <= MAX_RAMP_MONTHS:
            bad(f"{where}.ramp_months", f"whole months from 0 to {MAX_RAMP_MONTHS}", ramp)
            ok = False
            continue
        timing[lever_id] = LeverTiming(year, month, ramp)
    return timing if ok else None


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)

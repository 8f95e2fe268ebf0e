"""Undo commands for the plan over the years (issues 10 and 12): a lever's start and ramp-up,
the office lever's early exit, the target path, and a set of lever values found by goal seek
or by *Reach the target*. Like every command in `planner.ui.undo`, redo and undo only call the
state owner. `PlanEdits` is the views' way to ask for one (none is pushed when nothing changes).

Also the words for a lever's timing, which `planner/present` does not have yet (see
`timing_text`); they pass the one translation function.
"""

from dataclasses import replace

from PySide6.QtGui import QUndoStack

from planner.model import LEVER_BY_ID, LeverTiming
from planner.model.scenario import Scenario
from planner.present import QT_TRANSLATE_NOOP, translate
from planner.present import numbers as fmt
from planner.present.result import lever_name
from planner.ui.state import PlannerState
from planner.ui.undo import AddScenarioCommand, ScenarioEdit

MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)


# A month's own short form in each language (tammi, jan.), not the first letters of its name
# ("tam" is no Finnish abbreviation): the catalogue has them, so they follow the language
# chosen in the planner, never the system's locale.
MONTH_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("MonthsShort", "Jan"),
    QT_TRANSLATE_NOOP("MonthsShort", "Feb"),
    QT_TRANSLATE_NOOP("MonthsShort", "Mar"),
    QT_TRANSLATE_NOOP("MonthsShort", "Apr"),
    QT_TRANSLATE_NOOP("MonthsShort", "May"),
    QT_TRANSLATE_NOOP("MonthsShort", "Jun"),
    QT_TRANSLATE_NOOP("MonthsShort", "Jul"),
    QT_TRANSLATE_NOOP("MonthsShort", "Aug"),
    QT_TRANSLATE_NOOP("MonthsShort", "Sep"),
    QT_TRANSLATE_NOOP("MonthsShort", "Oct"),
    QT_TRANSLATE_NOOP("MonthsShort", "Nov"),
    QT_TRANSLATE_NOOP("MonthsShort", "Dec"),
)


# "from January 2024" as a whole, for languages that inflect the month ("tammikuusta 2024").
FROM_MONTHS = (
    QT_TRANSLATE_NOOP("MonthsFrom", "from January {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from February {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from March {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from April {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from May {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from June {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from July {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from August {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from September {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from October {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from November {year}"),
    QT_TRANSLATE_NOOP("MonthsFrom", "from December {year}"),
)


def month_name(month: int) -> str:
    """1 -> January (translated)."""
    return translate("Months", MONTHS[month - 1])


def month_abbreviation(month: int) -> str:
    """1 -> Jan (translated: tammi, jan.)."""
    return translate("MonthsShort", MONTH_ABBREVIATIONS[month - 1])


def ramp_text(months: int) -> str:
    if months == 0:
        return translate("Timing", "no ramp-up")
    if months == 1:
        return translate("Timing", "1-month ramp-up")
    return translate("Timing", "{months}-month ramp-up").format(months=months)


def timing_text(lever_id: str, timing: LeverTiming, base_year: int, early_exit=False) -> str:
    """ "from January 2024, no ramp-up"; the office lever has no ramp-up, but may leave its
    leases early: "from March 2025, leaving leases early"."""
    year = base_year if timing.start_year is None else timing.start_year
    text = translate("MonthsFrom", FROM_MONTHS[timing.start_month - 1]).format(year=year)
    if LEVER_BY_ID[lever_id].has_ramp:
        return translate("Timing", "{start}, {ramp}").format(
            start=text, ramp=ramp_text(timing.ramp_months)
        )
    if early_exit:
        return translate("Timing", "{start}, leaving leases early").format(start=text)
    return translate("Timing", "{start}, as leases end").format(start=text)


def timing_short_texts(
    lever_id: str, timing: LeverTiming, base_year: int, early_exit=False
) -> list[str]:
    """Shorter forms of `timing_text` for a narrow button, longest first:
    "Jan 2024, no ramp-up", "2024-01, ramp 0 mo"."""
    year = base_year if timing.start_year is None else timing.start_year
    month = month_abbreviation(timing.start_month)
    has_ramp = LEVER_BY_ID[lever_id].has_ramp
    if has_ramp:
        medium = translate("Timing", "{month} {year}, {ramp}").format(
            month=month, year=year, ramp=ramp_text(timing.ramp_months)
        )
        short = translate("Timing", "{year}-{month:02d}, ramp {months} mo").format(
            year=year, month=timing.start_month, months=timing.ramp_months
        )
    else:
        medium = (
            translate("Timing", "{month} {year}, leave early")
            if early_exit
            else translate("Timing", "{month} {year}, as leases end")
        ).format(month=month, year=year)
        short = (
            translate("Timing", "{year}-{month:02d}, early")
            if early_exit
            else translate("Timing", "{year}-{month:02d}")
        ).format(year=year, month=timing.start_month)
    return [medium, short]


class SetTimingCommand(ScenarioEdit):
    """A lever's start and ramp-up, and (office space) whether leases are left early: one step."""

    def __init__(self, state: PlannerState, lever_id: str, old: tuple, new: tuple):
        timing, early = new
        super().__init__(
            state,
            translate("Undo", "start {lever} {when}").format(
                lever=lever_name(LEVER_BY_ID[lever_id]),
                when=timing_text(lever_id, timing, state.engine.base_year, early),
            ),
        )
        self.lever_id, self.old, self.new = lever_id, old, new

    def apply(self, value: tuple) -> None:
        timing, early = value
        self.state.set_timing(self.lever_id, timing, early)


class SetTargetPathCommand(ScenarioEdit):
    """The target in every year: the scenario's target and its exceptions by year."""

    def __init__(self, state: PlannerState, old: tuple, new: tuple):
        super().__init__(state, translate("Undo", "set the targets by year"))
        self.old, self.new = old, new

    def apply(self, value: tuple) -> None:
        target, path = value
        self.state.set_target(target)
        self.state.set_target_path(path)


class SetLeverValuesCommand(ScenarioEdit):
    """Several lever values as one step, with its own words (goal seek, an applied plan)."""

    def __init__(self, state: PlannerState, old: dict, new: dict, text: str):
        super().__init__(state, text)
        self.old, self.new = old, new

    def apply(self, value: dict) -> None:
        self.state.set_levers(value)


class PlanEdits:
    """Pushes the commands above on the window's one undo stack."""

    def __init__(self, state: PlannerState, stack: QUndoStack):
        self.state, self.stack = state, stack

    def set_timing(self, lever_id: str, timing: LeverTiming, early_exit: bool | None = None):
        """TimingError (nothing pushed) if the plan cannot have this start."""
        scenario = self.state.scenario
        early = scenario.office_early_exit if early_exit is None else bool(early_exit)
        old = (scenario.timing_of(lever_id), scenario.office_early_exit)
        new = (timing, early)
        if old == new:
            return
        # Check first, so a refused start leaves no step on the stack.
        self.state._evaluate(
            replace(scenario, timing={**scenario.timing, lever_id: timing}, office_early_exit=early)
        )
        self.stack.push(SetTimingCommand(self.state, lever_id, old, new))

    def set_target_path(self, target_eur: float, path: dict[int, float]) -> None:
        scenario = self.state.scenario
        old = (scenario.target_eur, dict(scenario.targets_eur))
        path = {y: v for y, v in path.items() if v != target_eur}  # exceptions only
        new = (float(target_eur), path)
        if old != new:
            self.stack.push(SetTargetPathCommand(self.state, old, new))

    def set_levers(self, values: dict[str, float], text: str) -> bool:
        """Pushes one step (with `text` for the Edit menu) if any value differs."""
        old = dict(self.state.scenario.levers)
        new = {**old, **{k: float(v) for k, v in values.items()}}
        if new == old:
            return False
        self.stack.push(SetLeverValuesCommand(self.state, old, new, text))
        return True

    def add_scenario(self, scenario: Scenario, text: str) -> None:
        """A new scenario after the current one, made current (one step)."""
        index = self.state.current_index + 1
        self.stack.push(AddScenarioCommand(self.state, index, scenario, text))

    def goal_seek_text(self, lever_id: str, value: float) -> str:
        return translate("Undo", "goal seek {lever} to {value}").format(
            lever=lever_name(LEVER_BY_ID[lever_id]), value=fmt.lever_value(value)
        )

"""The pure planning model: baseline, levers, the multi-year engine, scenarios, workbook rules,
goal seek. No Qt, no I/O."""

from planner.model.baseline import Baseline, Provenance
from planner.model.engine import BatchResult, Engine, PlanYearError
from planner.model.goal_seek import GoalSeekResult, goal_seek
from planner.model.levers import (
    LEVER_BY_ID,
    LEVER_IDS,
    LEVERS,
    Lever,
    LeverEffect,
    LeverError,
    register_lever,
    unregister_lever,
)
from planner.model.scenario import (
    DEFAULT_TARGET_EUR,
    BridgeStep,
    BudgetLine,
    ModelWarning,
    Override,
    OverrideError,
    Scenario,
    ScenarioResult,
    ServiceResult,
    YearResult,
    evaluate_scenario,
)
from planner.model.timing import LeverTiming, TimingError

__all__ = [
    "DEFAULT_TARGET_EUR",
    "LEVERS",
    "LEVER_BY_ID",
    "LEVER_IDS",
    "Baseline",
    "BatchResult",
    "BridgeStep",
    "BudgetLine",
    "Engine",
    "GoalSeekResult",
    "Lever",
    "LeverEffect",
    "LeverError",
    "LeverTiming",
    "ModelWarning",
    "Override",
    "OverrideError",
    "PlanYearError",
    "Provenance",
    "Scenario",
    "ScenarioResult",
    "ServiceResult",
    "TimingError",
    "YearResult",
    "evaluate_scenario",
    "goal_seek",
    "register_lever",
    "unregister_lever",
]

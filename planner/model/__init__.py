"""The pure planning model: baseline, levers, engine, scenarios, goal seek. No Qt, no I/O."""

from planner.model.baseline import Baseline, Provenance
from planner.model.engine import BatchResult, Engine, PlanYearError
from planner.model.goal_seek import GoalSeekResult, goal_seek
from planner.model.levers import LEVER_BY_ID, LEVER_IDS, LEVERS, Lever, LeverError
from planner.model.scenario import (
    DEFAULT_TARGET_EUR,
    BudgetLine,
    Scenario,
    ScenarioResult,
    ServiceResult,
    Warning_,
    evaluate_scenario,
)

__all__ = [
    "DEFAULT_TARGET_EUR",
    "LEVERS",
    "LEVER_BY_ID",
    "LEVER_IDS",
    "Baseline",
    "BatchResult",
    "BudgetLine",
    "Engine",
    "GoalSeekResult",
    "Lever",
    "LeverError",
    "PlanYearError",
    "Provenance",
    "Scenario",
    "ScenarioResult",
    "ServiceResult",
    "Warning_",
    "evaluate_scenario",
    "goal_seek",
]

"""Analyses on the engine's batches, pure like the model (no Qt, no I/O): reach the target
(goal seek for one lever, a plan for several)."""

from planner.analysis.solve import (
    Binding,
    SolveCancelled,
    SolveError,
    SolveRequest,
    SolveResult,
    solve,
)
from planner.model.goal_seek import GoalSeekResult, goal_seek

__all__ = [
    "Binding",
    "GoalSeekResult",
    "SolveCancelled",
    "SolveError",
    "SolveRequest",
    "SolveResult",
    "goal_seek",
    "solve",
]

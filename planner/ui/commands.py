"""Every user change as one small undo command on the window's one QUndoStack.

A command remembers the value before and after; its redo and undo only call the state owner
(planner.ui.state.PlannerState). Views ask `UndoableEdits` for a change; it pushes the command.

A slider drag is one undo step: the lever panel numbers each drag (a "gesture"), and commands
of the same lever and gesture merge into the first one. A drag that ends where it began leaves
no step behind.
"""

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner import formatting as fmt
from planner.model.levers import LEVER_BY_ID, LEVER_INDEX, no_change_levers
from planner.ui.state import PlannerState
from planner.ui.texts import lever_percent

NO_GESTURE = 0
_LEVER_COMMAND_ID = 1000  # + the lever's index: one merge id per lever


def lever_change_text(lever_id: str, value: float) -> str:
    """What the Edit menu shows after "Undo"/"Redo": set Office space given up to 20.0 %."""
    return f"set {LEVER_BY_ID[lever_id].name} to {lever_percent(value)}"


class SetLeverCommand(QUndoCommand):
    def __init__(self, state: PlannerState, lever_id: str, old: float, new: float, gesture: int):
        super().__init__(lever_change_text(lever_id, new))
        self.state, self.lever_id = state, lever_id
        self.old, self.new, self.gesture = old, new, gesture

    def id(self) -> int:
        # Only commands of one gesture may merge; -1 tells the stack never to try.
        return _LEVER_COMMAND_ID + LEVER_INDEX[self.lever_id] if self.gesture else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetLeverCommand) or other.gesture != self.gesture:
            return False
        self.new = other.new
        self.setText(lever_change_text(self.lever_id, self.new))
        self.setObsolete(self.new == self.old)  # a drag back to the start is no step
        return True

    def redo(self) -> None:
        self.state.set_lever(self.lever_id, self.new)

    def undo(self) -> None:
        self.state.set_lever(self.lever_id, self.old)


class SetLeversCommand(QUndoCommand):
    """Several levers at once (reset levers)."""

    def __init__(self, state: PlannerState, old: dict, new: dict, text: str):
        super().__init__(text)
        self.state, self.old, self.new = state, old, new

    def redo(self) -> None:
        self.state.set_levers(self.new)

    def undo(self) -> None:
        self.state.set_levers(self.old)


class SetPlanYearCommand(QUndoCommand):
    def __init__(self, state: PlannerState, old: int, new: int):
        super().__init__(f"set plan year to {new}")
        self.state, self.old, self.new = state, old, new

    def redo(self) -> None:
        self.state.set_plan_year(self.new)

    def undo(self) -> None:
        self.state.set_plan_year(self.old)


class SetTargetCommand(QUndoCommand):
    def __init__(self, state: PlannerState, old: float, new: float):
        super().__init__(f"set target to {fmt.eur(new)}")
        self.state, self.old, self.new = state, old, new

    def redo(self) -> None:
        self.state.set_target(self.new)

    def undo(self) -> None:
        self.state.set_target(self.old)


class UndoableEdits:
    """The one way views change the state: each method pushes a command (none when the value
    is already what is asked)."""

    UNDO_LIMIT = 1000  # steps kept; bounds memory in a long session

    def __init__(self, state: PlannerState, stack: QUndoStack):
        self.state, self.stack = state, stack
        if stack.count() == 0:
            stack.setUndoLimit(self.UNDO_LIMIT)

    def set_lever(self, lever_id: str, value: float, gesture: int = NO_GESTURE) -> None:
        old = self.state.lever_value(lever_id)
        value = float(value)
        if value != old:
            self.stack.push(SetLeverCommand(self.state, lever_id, old, value, gesture))

    def reset_lever(self, lever_id: str) -> None:
        self.set_lever(lever_id, LEVER_BY_ID[lever_id].no_change)

    def reset_levers(self) -> None:
        old, new = dict(self.state.scenario.levers), no_change_levers()
        if old != new:
            self.stack.push(SetLeversCommand(self.state, old, new, "reset levers"))

    def set_plan_year(self, year: int) -> None:
        old = self.state.scenario.plan_year
        if int(year) != old:
            self.stack.push(SetPlanYearCommand(self.state, old, int(year)))

    def set_target(self, target_eur: float) -> None:
        old = self.state.scenario.target_eur
        if float(target_eur) != old:
            self.stack.push(SetTargetCommand(self.state, old, float(target_eur)))

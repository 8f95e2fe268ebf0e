"""Every user change as one small undo command on the window's one QUndoStack.

A command remembers the value before and after; its redo and undo only call the state owner
(planner.ui.state.PlannerState). Views ask `UndoableEdits` for a change; it pushes the command.

A slider drag is one undo step: the lever panel numbers each drag (a "gesture"), and commands
of the same lever and gesture merge into the first one. A drag that ends where it began leaves
no step behind.

Edits of a scenario remember which scenario they changed: undo and redo first make that one
current again (so the user sees what is undone), and put back its who-and-when stamp, so an
undo restores the scenario exactly. Adding, duplicating, renaming, deleting and describing
scenarios are commands too, so the stack's indices always match the workbook they act on.
"""

from dataclasses import replace

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.model.levers import LEVER_BY_ID, LEVER_INDEX, no_change_levers
from planner.model.scenario import Scenario
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.result import lever_name, lever_setting
from planner.ui.state import PlannerState

NO_GESTURE = 0
_LEVER_COMMAND_ID = 1000  # + the lever's index: one merge id per lever
_DESCRIPTION_COMMAND_ID = 2000


def lever_change_text(lever_id: str, value: float) -> str:
    """What the Edit menu shows after "Undo"/"Redo": set Office space given up to 20.0 %."""
    return translate("Undo", "set {lever} to {value}").format(
        lever=lever_name(LEVER_BY_ID[lever_id]), value=lever_setting(value)
    )


class ScenarioEdit(QUndoCommand):
    """A change to one scenario of the workbook (by default the current one). Subclasses give
    `apply(value)` and keep `old`/`new`; redo and undo refocus that scenario and keep its stamp
    exact (the stamp after the first redo comes back on every later redo)."""

    def __init__(self, state: PlannerState, text: str, index: int | None = None):
        super().__init__(text)
        self.state = state
        self.index = state.current_index if index is None else index
        self.stamp_before = state.stamp_of(self.index)
        self.stamp_after: tuple[str, str] | None = None

    def apply(self, value) -> None:
        raise NotImplementedError

    def focus(self) -> None:
        if self.state.current_index != self.index:
            self.state.set_current(self.index)

    def redo(self) -> None:
        self.focus()
        self.apply(self.new)
        if self.stamp_after is None:
            self.stamp_after = self.state.stamp_of(self.index)
        else:
            self.state.restore_stamp(self.index, self.stamp_after)

    def undo(self) -> None:
        self.focus()
        self.apply(self.old)
        self.state.restore_stamp(self.index, self.stamp_before)


class SetLeverCommand(ScenarioEdit):
    def __init__(self, state: PlannerState, lever_id: str, old: float, new: float, gesture: int):
        super().__init__(state, lever_change_text(lever_id, new))
        self.lever_id = lever_id
        self.old, self.new, self.gesture = old, new, gesture

    def id(self) -> int:
        # Only commands of one gesture may merge; -1 tells the stack never to try.
        return _LEVER_COMMAND_ID + LEVER_INDEX[self.lever_id] if self.gesture else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetLeverCommand) or other.gesture != self.gesture:
            return False
        self.new = other.new
        self.stamp_after = other.stamp_after
        self.setText(lever_change_text(self.lever_id, self.new))
        self.setObsolete(self.new == self.old)  # a drag back to the start is no step
        return True

    def apply(self, value: float) -> None:
        self.state.set_lever(self.lever_id, value)


class SetLeversCommand(ScenarioEdit):
    """Several levers at once (reset levers)."""

    def __init__(self, state: PlannerState, old: dict, new: dict, text: str):
        super().__init__(state, text)
        self.old, self.new = old, new

    def apply(self, value: dict) -> None:
        self.state.set_levers(value)


class SetPlanYearCommand(ScenarioEdit):
    def __init__(self, state: PlannerState, old: int, new: int):
        super().__init__(state, translate("Undo", "set plan year to {year}").format(year=new))
        self.old, self.new = old, new

    def apply(self, value: int) -> None:
        self.state.set_plan_year(value)


class SetTargetCommand(ScenarioEdit):
    def __init__(self, state: PlannerState, old: float, new: float):
        super().__init__(
            state, translate("Undo", "set target to {amount}").format(amount=fmt.eur(new))
        )
        self.old, self.new = old, new

    def apply(self, value: float) -> None:
        self.state.set_target(value)


class DescribeScenarioCommand(ScenarioEdit):
    """The notes of a scenario. Typing is one step per editing burst: commands of the same
    scenario and burst merge (the description editor numbers its bursts)."""

    def __init__(self, state: PlannerState, index: int, old: str, new: str, burst: int):
        name = state.workbook.scenarios[index].name
        super().__init__(
            state, translate("Undo", "edit the description of {name}").format(name=name), index
        )
        self.old, self.new, self.burst = old, new, burst

    def id(self) -> int:
        return _DESCRIPTION_COMMAND_ID if self.burst else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DescribeScenarioCommand):
            return False
        if (other.burst, other.index) != (self.burst, self.index):
            return False
        self.new, self.stamp_after = other.new, other.stamp_after
        self.setObsolete(self.new == self.old)
        return True

    def apply(self, value: str) -> None:
        self.state.set_description(self.index, value)


class RenameScenarioCommand(QUndoCommand):
    def __init__(self, state: PlannerState, index: int, old: str, new: str):
        super().__init__(translate("Undo", "rename {old} to {new}").format(old=old, new=new))
        self.state, self.index, self.old, self.new = state, index, old, new

    def redo(self) -> None:
        self.state.rename_scenario(self.index, self.new)

    def undo(self) -> None:
        self.state.rename_scenario(self.index, self.old)


class AddScenarioCommand(QUndoCommand):
    """A new scenario (no change, a duplicate) inserted at `index` and made current; undo takes
    it out and makes the scenario current that was before."""

    def __init__(self, state: PlannerState, index: int, scenario: Scenario, text: str):
        super().__init__(text)
        self.state, self.index, self.scenario = state, index, scenario
        self.previous = state.current_index

    def redo(self) -> None:
        self.state.add_scenario(self.index, self.scenario)

    def undo(self) -> None:
        self.state.remove_scenario(self.index, self.previous)


class DeleteScenarioCommand(QUndoCommand):
    """Take a scenario out (never the last one); its neighbour becomes current. Undo puts the
    same scenario back where it was, current again."""

    def __init__(self, state: PlannerState, index: int):
        self.scenario = state.workbook.scenarios[index]
        super().__init__(translate("Undo", "delete {name}").format(name=self.scenario.name))
        self.state, self.index = state, index
        self.previous = state.current_index
        count = len(state.workbook.scenarios)
        self.current_after = min(index, count - 2)

    def redo(self) -> None:
        self.state.remove_scenario(self.index, self.current_after)

    def undo(self) -> None:
        self.state.add_scenario(self.index, self.scenario)
        if self.previous != self.index:
            self.state.set_current(self.previous)


class SetBaselineCommand(QUndoCommand):
    """Plan on another baseline (File > Open Baseline); undo goes back to the one before."""

    def __init__(self, state: PlannerState, old, new):
        super().__init__(translate("Undo", "open baseline {name}").format(name=new.baseline.name))
        self.state, self.old, self.new = state, old, new

    def redo(self) -> None:
        self.state.set_engine(self.new)

    def undo(self) -> None:
        self.state.set_engine(self.old)


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
            self.stack.push(
                SetLeversCommand(self.state, old, new, translate("Undo", "reset levers"))
            )

    def set_engine(self, engine) -> None:
        """Another baseline; check first that the current scenario evaluates on it, so a
        refused baseline leaves no step on the stack."""
        self.state.check_engine(engine)
        self.stack.push(SetBaselineCommand(self.state, self.state.engine, engine))

    def set_plan_year(self, year: int) -> None:
        old = self.state.scenario.plan_year
        if int(year) != old:
            self.stack.push(SetPlanYearCommand(self.state, old, int(year)))

    def set_target(self, target_eur: float) -> None:
        old = self.state.scenario.target_eur
        if float(target_eur) != old:
            self.stack.push(SetTargetCommand(self.state, old, float(target_eur)))

    # Scenarios of the workbook ------------------------------------------------------------

    def new_scenario(self, name: str | None = None) -> None:
        """A scenario at no change (with the current plan year and target) after the current
        one, made current."""
        current = self.state.scenario
        scenario = Scenario(
            self.state.check_name(
                name or self.free_name(translate("ScenarioName", "New scenario"))
            ),
            plan_year=current.plan_year,
            target_eur=current.target_eur,
            modified_by=self.state.user,
            modified_at=self.state.clock(),
        )
        self._add(scenario, translate("Undo", "new scenario {name}").format(name=scenario.name))

    def duplicate_scenario(self, name: str | None = None) -> None:
        """A copy of the current scenario after it, made current."""
        current = self.state.scenario
        scenario = replace(
            current,
            name=self.state.check_name(
                name
                or self.free_name(
                    translate("ScenarioName", "{name} (copy)").format(name=current.name)
                )
            ),
            levers=dict(current.levers),
            modified_by=self.state.user,
            modified_at=self.state.clock(),
        )
        self._add(scenario, translate("Undo", "duplicate {name}").format(name=current.name))

    def rename_scenario(self, index: int, name: str) -> None:
        """ScenarioNameError (nothing pushed) if the name is empty or taken."""
        name = self.state.check_name(name, index)
        old = self.state.workbook.scenarios[index].name
        if name != old:
            self.stack.push(RenameScenarioCommand(self.state, index, old, name))

    def delete_scenario(self, index: int) -> None:
        if len(self.state.workbook.scenarios) < 2:
            raise ValueError("The last scenario of a workbook cannot be deleted.")
        self.stack.push(DeleteScenarioCommand(self.state, index))

    def set_description(self, index: int, text: str, burst: int = NO_GESTURE) -> None:
        old = self.state.workbook.scenarios[index].description
        if text != old:
            self.stack.push(DescribeScenarioCommand(self.state, index, old, text, burst))

    def free_name(self, wanted: str) -> str:
        """`wanted`, or `wanted 2`, `wanted 3`, ... whichever no scenario has yet."""
        taken = set(self.state.workbook.names())
        name, number = wanted[:190], 2
        while name in taken:
            name, number = f"{wanted[:190]} {number}", number + 1
        return name

    def _add(self, scenario: Scenario, text: str) -> None:
        index = self.state.current_index + 1
        self.stack.push(AddScenarioCommand(self.state, index, scenario, text))

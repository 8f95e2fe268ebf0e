"""Goal seek in the window (issue 12, item 1): one lever, the others held.

"Set this lever to the smallest value that reaches the target in the plan year", or, when no
value in its range does, the value that gives the most, and in words how far short that is.
Either way the change is one undo step. The model's `goal_seek` takes about 0.1 s (one batch
of 2,001 values, then bisection), so it runs on the event loop with a busy cursor.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from planner.model import LEVER_BY_ID, goal_seek
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.result import gap_text, lever_name, lever_value
from planner.ui.plan_commands import PlanEdits


@dataclass(frozen=True)
class GoalSeekOutcome:
    lever: str
    reachable: bool
    value: float
    savings_eur: float
    year: int
    target_eur: float
    message: str
    changed: bool  # an undo step was pushed


def outcome_message(lever_id: str, found, current_value: float) -> str:
    name = lever_name(LEVER_BY_ID[lever_id])
    value = lever_value(LEVER_BY_ID[lever_id], found.value)
    if found.reachable:
        return translate(
            "GoalSeek",
            "{lever} at {value} is the smallest value that reaches the {target} target in "
            "{year}: savings {savings}.",
        ).format(
            lever=name,
            value=value,
            target=fmt.eur(found.target_eur),
            year=found.year,
            savings=fmt.eur(found.total_savings_eur),
        )
    return translate(
        "GoalSeek",
        "Not reachable with {lever} alone: the most it gives is {savings} in {year} (at "
        "{value}), {gap} of the {target} target. The lever is set to that value; Undo puts "
        "it back.",
    ).format(
        lever=name,
        savings=fmt.eur(found.total_savings_eur),
        year=found.year,
        value=value,
        gap=gap_text(found.target_eur - found.total_savings_eur),
        target=fmt.eur(found.target_eur),
    )


class GoalSeekAction:
    """Runs goal seek for a lever of the current scenario and pushes one undo step."""

    def __init__(self, window, plan_edits: PlanEdits):
        self.window, self.state, self.plan_edits = window, window.state, plan_edits
        self.message_box: QMessageBox | None = None
        self.last: GoalSeekOutcome | None = None

    def seek(self, lever_id: str) -> GoalSeekOutcome:
        """Find and set the value (no dialog): what the button does before it tells."""
        scenario = self.state.scenario
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = goal_seek(self.state.engine, scenario, lever_id)
        finally:
            QGuiApplication.restoreOverrideCursor()
        current = scenario.levers[lever_id]
        message = outcome_message(lever_id, found, current)
        changed = self.plan_edits.set_levers(
            {lever_id: found.value}, self.plan_edits.goal_seek_text(lever_id, found.value)
        )
        shown = self.state.result.total_plan_year
        if abs(shown - found.total_savings_eur) > 1.0:
            # The model's goal seek reads the baseline as it is; a scenario's overrides of
            # baseline figures (the Assumptions tab) can move the result the window shows.
            message += " " + translate(
                "GoalSeek",
                "With this scenario's own assumptions the plan-year savings shown are {savings}.",
            ).format(savings=fmt.eur(shown))
        self.last = GoalSeekOutcome(
            lever_id,
            found.reachable,
            found.value,
            found.total_savings_eur,
            found.year,
            found.target_eur,
            message,
            changed,
        )
        return self.last

    def run(self, lever_id: str) -> GoalSeekOutcome:
        """The button: seek, then say what was found (a message that does not block)."""
        outcome = self.seek(lever_id)
        self.window.statusBar().showMessage(outcome.message, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Information if outcome.reachable else QMessageBox.Icon.Warning,
            translate("GoalSeek", "Goal seek"),
            outcome.message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return outcome

"""When each lever starts: a small editor per lever, opened from its row in the lever panel.

Each lever row gets a second line: a button that says the lever's start and ramp-up ("from
January 2024, no ramp-up") and opens `TimingDialog`, and a *Goal seek* button (see
`planner.ui.goal_seek_action`). The office lever has no ramp-up; its editor has "Leave leases
early" instead. Every change is one undo step (`planner.ui.plan_commands.PlanEdits`); the
texts follow the state owner's `sig_scenario_changed`.

The rows are extended from here rather than in `lever_panel.py`, so the panel stays as it is;
`attach(panel)` is called again for the new panel when another baseline is opened.
"""

from html import escape

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.model import LEVER_BY_ID, LeverTiming, TimingError
from planner.model.timing import MAX_RAMP_MONTHS, MAX_YEARS_BEFORE_BASE
from planner.present import translate
from planner.present.result import lever_name
from planner.ui.plan_commands import (
    MONTHS,
    PlanEdits,
    month_name,
    timing_short_texts,
    timing_text,
)


class TimingButton(QToolButton):
    """Says when its lever starts: the full words when they fit, else a shorter form (the
    tooltip always has the full words)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_text = ""
        self._texts: list[str] = []

    def set_texts(self, texts: list[str]) -> None:
        self.full_text, self._texts = texts[0], texts
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._texts:
            return
        room = self.width() - 12
        metrics = self.fontMetrics()
        shown = next(
            (t for t in self._texts if metrics.horizontalAdvance(t) <= room), self._texts[-1]
        )
        if self.text() != shown:
            self.setText(shown)


class TimingDialog(QDialog):
    """Start (year and month), ramp-up in months, and for office space "leave leases early"."""

    def __init__(
        self,
        lever_id: str,
        timing: LeverTiming,
        early_exit: bool,
        base_year: int,
        last_year: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        lever = LEVER_BY_ID[lever_id]
        self.lever_id, self.base_year = lever_id, base_year
        self.setWindowTitle(
            translate("Timing", "When {lever} starts").format(lever=lever_name(lever))
        )
        self.year = QSpinBox(self)
        self.year.setRange(base_year - MAX_YEARS_BEFORE_BASE, last_year)
        self.year.setAccessibleName(translate("Timing", "Start year"))
        self.year.setToolTip(
            translate(
                "Timing",
                "The year the measure takes effect. A start before {year} means it was already "
                "in force (its one-off cost fell before the years shown).",
            ).format(year=base_year)
        )
        self.month = QComboBox(self)
        self.month.addItems([translate("Months", m) for m in MONTHS])
        self.month.setAccessibleName(translate("Timing", "Start month"))
        self.month.setToolTip(
            translate(
                "Timing",
                "The first month in force: effects are counted by month, so a start in "
                "February gives 11/12 of a year's effect. One-off costs fall at the start.",
            )
        )
        self.ramp = QSpinBox(self)
        self.ramp.setRange(0, MAX_RAMP_MONTHS)
        self.ramp.setSuffix(translate("Timing", " months"))
        self.ramp.setAccessibleName(translate("Timing", "Ramp-up in months"))
        self.ramp.setToolTip(
            translate(
                "Timing",
                "Months from the start until the full effect: the effect rises evenly month by "
                "month (the start month is the first). 0: in full from the start.",
            )
        )
        self.early = QCheckBox(translate("Timing", "&Leave leases early"), self)
        self.early.setToolTip(
            translate(
                "Timing",
                "Give up the space before its leases end, paying the rent still owed (less the "
                "share the landlord can let again) as a one-off cost at the start. Without it, "
                "space is given up as its leases end.",
            )
        )
        form = QFormLayout()
        start = QHBoxLayout()
        start.addWidget(self.month, 1)
        start.addWidget(self.year)
        start_label = QLabel(translate("Timing", "&Starts"), self)
        start_label.setBuddy(self.month)
        form.addRow(start_label, start)
        if lever.has_ramp:
            form.addRow(translate("Timing", "&Ramp-up"), self.ramp)
            self.early.hide()
        else:
            self.ramp.hide()
            form.addRow(self.early)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(translate("Timing", "From the &beginning"))
        restore.setToolTip(
            translate("Timing", "From January {year}, no ramp-up").format(year=base_year)
        )
        restore.clicked.connect(self.restore_defaults)
        heading = QLabel(f"<b>{escape(lever_name(lever))}</b>", self)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.show_timing(timing, early_exit)
        for widget in (self.year, self.ramp):
            widget.valueChanged.connect(self._update_summary)
        self.month.currentIndexChanged.connect(self._update_summary)
        self.early.toggled.connect(self._update_summary)

    def show_timing(self, timing: LeverTiming, early_exit: bool) -> None:
        with QSignalBlocker(self.year), QSignalBlocker(self.month), QSignalBlocker(self.ramp):
            self.year.setValue(self.base_year if timing.start_year is None else timing.start_year)
            self.month.setCurrentIndex(timing.start_month - 1)
            self.ramp.setValue(timing.ramp_months)
            self.early.setChecked(early_exit)
        self._update_summary()

    def restore_defaults(self) -> None:
        self.show_timing(LeverTiming(), False)

    def timing(self) -> LeverTiming:
        year = self.year.value()
        ramp = self.ramp.value() if LEVER_BY_ID[self.lever_id].has_ramp else 0
        return LeverTiming(
            None if year == self.base_year else year, self.month.currentIndex() + 1, ramp
        )

    def early_exit(self) -> bool:
        return self.early.isChecked()

    def _update_summary(self) -> None:
        self.summary.setText(
            translate("Timing", "In force {when}.").format(
                when=timing_text(self.lever_id, self.timing(), self.base_year, self.early_exit())
            )
        )


class TimingControls:
    """Adds a timing button and a goal-seek button to every lever row of a lever panel."""

    def __init__(self, window, plan_edits: PlanEdits, goal_seek):
        self.window, self.state, self.plan_edits = window, window.state, plan_edits
        self.goal_seek = goal_seek  # GoalSeekAction
        self.buttons: dict[str, QToolButton] = {}
        self.seek_buttons: dict[str, QToolButton] = {}
        self.dialog: TimingDialog | None = None
        self._shown: tuple | None = None
        self.state.sig_scenario_changed.connect(self._on_scenario_changed)

    def attach(self, panel) -> None:
        self.buttons, self.seek_buttons = {}, {}
        self._shown = None  # new buttons: show the texts again
        for lever_id, row in panel.rows.items():
            name = lever_name(LEVER_BY_ID[lever_id])
            button = TimingButton(row)
            button.setObjectName(f"timing_{lever_id}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(translate("Timing", "When {lever} starts").format(lever=name))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, i=lever_id: self.edit(i))
            seek = QToolButton(row)
            seek.setObjectName(f"goal_seek_{lever_id}")
            seek.setText(translate("GoalSeek", "Goal seek"))
            seek.setAccessibleName(translate("GoalSeek", "Goal seek {lever}").format(lever=name))
            seek.setToolTip(
                translate(
                    "GoalSeek",
                    "Set {lever} to the smallest value that reaches the target in the plan "
                    "year, the other levers held (one undo step). If it cannot, it is set to "
                    "the value that gives the most, and you are told how far short that is.",
                ).format(lever=name)
            )
            seek.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            seek.clicked.connect(lambda _=False, i=lever_id: self.goal_seek.run(i))
            grid = row.layout()
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(4)
            line.addWidget(button, 1)
            line.addWidget(seek)
            grid.addLayout(line, 2, 0, 1, grid.columnCount())
            QWidget.setTabOrder(row.reset_button, button)
            QWidget.setTabOrder(button, seek)
            self.buttons[lever_id], self.seek_buttons[lever_id] = button, seek
        self._on_scenario_changed(self.state.scenario)

    def _on_scenario_changed(self, scenario) -> None:
        base_year = self.state.engine.base_year
        # Most changes are lever values: nothing to redo here then (the hot path).
        key = (tuple(sorted(scenario.timing.items())), scenario.office_early_exit, base_year)
        if key == self._shown:
            return
        self._shown = key
        for lever_id, button in self.buttons.items():
            text = timing_text(
                lever_id, scenario.timing_of(lever_id), base_year, scenario.office_early_exit
            )
            if button.full_text != text:
                button.set_texts(
                    [
                        text,
                        *timing_short_texts(
                            lever_id,
                            scenario.timing_of(lever_id),
                            base_year,
                            scenario.office_early_exit,
                        ),
                    ]
                )
                button.setToolTip(
                    translate(
                        "Timing",
                        "{lever} is in force {when}. Click to change its start{ramp} "
                        "(one undo step).",
                    ).format(
                        lever=lever_name(LEVER_BY_ID[lever_id]),
                        when=text,
                        ramp=translate("Timing", " and ramp-up")
                        if LEVER_BY_ID[lever_id].has_ramp
                        else translate("Timing", " and whether leases are left early"),
                    )
                )

    def edit(self, lever_id: str) -> TimingDialog:
        """Open the editor (not blocking); OK pushes one undo step."""
        scenario = self.state.scenario
        engine = self.state.engine
        dialog = TimingDialog(
            lever_id,
            scenario.timing_of(lever_id),
            scenario.office_early_exit,
            engine.base_year,
            engine.plan_years.stop - 1,
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, dialog: TimingDialog) -> None:
        try:
            self.plan_edits.set_timing(dialog.lever_id, dialog.timing(), dialog.early_exit())
        except TimingError as error:
            QMessageBox.warning(
                self.window,
                translate("Timing", "Start not possible"),
                translate("Timing", "This start cannot be used: {reason}").format(
                    reason=str(error)
                ),
            )


__all__ = ["TimingControls", "TimingDialog", "month_name"]

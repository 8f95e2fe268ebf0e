"""The inputs: plan settings (plan year, target) and the levers, grouped.

Each lever has a slider and a spin box that stay in step, small step buttons, its unit and a
reset button. The panel never changes the state: it emits what the user asked for
(`sig_lever_edited`, ...) and shows what the state owner says (`show_scenario`).

Keyboard: Tab moves slider -> spin box -> reset button, lever by lever. On a slider the arrow
keys step 1 %, PageUp/PageDown 10 %, Home/End go to the ends; on a spin box the arrow keys
step 1 %, PageUp/PageDown 10 %, and a typed value is taken on Enter or when focus leaves.
"""

from html import escape
from itertools import count

from PySide6.QtCore import QLocale, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.model import LEVERS, Baseline, Lever, Scenario
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.result import lever_name, lever_setting, lever_unit
from planner.ui.lever_help import lever_help_html
from planner.ui.undo import NO_GESTURE

# The slider counts hundredths, as the spin box does: an arrow key moves 95.82 % to 96.82 %,
# never snapping it to a whole percent; a drag is rounded to tenths (DRAG_DECIMALS).
SLIDER_STEPS_PER_UNIT = 100
SLIDER_MIN_WIDTH = 160  # a 0-100 % range gets at least 1.6 px per percent
DRAG_DECIMALS = 1
SPIN_DECIMALS = 2
STEP = 1.0
TARGET_STEP_EUR = 1_000_000.0
TARGET_MAX_EUR = 10_000_000_000.0

# Numbers are typed as the window shows them: 1,234.5 (planner/present/numbers.py).
INPUT_LOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

_gestures = count(1)


class LeverRow(QWidget):
    """One lever: name and unit, then slider, step buttons, spin box and reset."""

    sig_value_edited = Signal(str, float, int)
    """The user asked for a value: lever id, value, gesture (nonzero while a slider drag
    lasts, so the drag becomes one undo step)."""

    sig_reset_requested = Signal(str)
    """The user asked to reset this lever: lever id."""

    def __init__(self, lever: Lever, help_html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lever = lever
        self._gesture = NO_GESTURE
        self.shown_value = lever.no_change

        self.name_label = QLabel(
            f"<b>{escape(lever_name(lever))}</b> "
            f"<span style='color:#555'>· {escape(lever_unit(lever))}</span>",
            self,
        )
        self.name_label.setWordWrap(True)

        self.slider = FocusSlider(Qt.Orientation.Horizontal, self)
        self.slider.setMinimumWidth(SLIDER_MIN_WIDTH)
        self.slider.setRange(_to_slider(lever.minimum), _to_slider(lever.maximum))
        self.slider.setSingleStep(_to_slider(STEP))
        self.slider.setPageStep(_to_slider(10 * STEP))
        self.slider.setAccessibleName(
            translate("LeverPanel", "{lever}, slider").format(lever=lever_name(lever))
        )

        self.spin = LeverSpinBox(self)
        self.spin.setLocale(INPUT_LOCALE)
        self.spin.setDecimals(SPIN_DECIMALS)
        self.spin.setRange(lever.minimum, lever.maximum)
        self.spin.setSingleStep(STEP)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)  # typed values count on Enter, not per keystroke
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)  # see the buttons
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setAccessibleName(f"{lever_name(lever)}, {lever_unit(lever)}")
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("100.00 %") + 14)
        self.name_label.setBuddy(self.spin)
        # Said in words when a typed value is refused (out of range, not a number); hidden else.
        self.refusal_label = QLabel(self)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet("color: #b71c1c")
        self.refusal_label.hide()
        self.spin.sig_refused.connect(self._on_refused)

        step = fmt.pct(STEP / 100, 0)  # "1 %" (a no-break space in Finnish and Swedish)
        self.down_button = _small_button(
            "−", translate("LeverPanel", "{step} less").format(step=step), self
        )
        self.up_button = _small_button(
            "+", translate("LeverPanel", "{step} more").format(step=step), self
        )
        self.reset_button = QToolButton(self)
        self.reset_button.setText(translate("LeverPanel", "Reset"))
        self.reset_button.setToolTip(
            translate("LeverPanel", "Back to no change ({value})").format(
                value=lever_setting(lever.no_change)
            )
        )
        self.reset_button.setAccessibleName(
            translate("LeverPanel", "Reset {lever}").format(lever=lever_name(lever))
        )
        self.reset_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(1)
        # Reset beside the name, so that the slider has the row's width (at least 160 px).
        layout.addWidget(self.name_label, 0, 0, 1, 4)
        layout.addWidget(self.reset_button, 0, 4, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.slider, 1, 0)
        layout.addWidget(self.down_button, 1, 1)
        layout.addWidget(self.spin, 1, 2, 1, 2)
        layout.addWidget(self.up_button, 1, 4, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.refusal_label, 2, 0, 1, 5)
        layout.setColumnStretch(0, 1)

        for widget in (self.name_label, self.slider, self.spin):
            widget.setToolTip(help_html)
            widget.setWhatsThis(help_html)  # Shift+F1 on the focused control shows it

        self.slider.valueChanged.connect(self._on_slider_moved)
        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.spin.valueChanged.connect(self._on_spin_changed)
        self.down_button.clicked.connect(lambda: self._on_step(-STEP))
        self.up_button.clicked.connect(lambda: self._on_step(STEP))
        self.reset_button.clicked.connect(lambda: self.sig_reset_requested.emit(lever.id))
        self.show_value(lever.no_change)

    def show_value(self, value: float) -> None:
        """Show the state's value without sending it back as an edit."""
        self.shown_value = value
        with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
            if self.spin.value() != value:
                self.spin.setValue(value)
            # While dragging, the handle stays under the mouse.
            if not self.slider.isSliderDown():
                self.slider.setValue(_to_slider(value))
        at_no_change = value == self.lever.no_change
        self.reset_button.setEnabled(not at_no_change)
        self.down_button.setEnabled(value > self.lever.minimum)
        self.up_button.setEnabled(value < self.lever.maximum)

    def _on_slider_pressed(self) -> None:
        self._gesture = next(_gestures)

    def _on_slider_released(self) -> None:
        self._gesture = NO_GESTURE

    def _on_slider_moved(self, position: int) -> None:
        value = position / SLIDER_STEPS_PER_UNIT
        if self.slider.isSliderDown():  # a drag: tenths, not the hundredths of a pixel
            gesture = self._gesture
            value = round(value, DRAG_DECIMALS)
        else:  # a key or a click on the groove: the step from the value as it was
            gesture = NO_GESTURE
            value = round(value, SPIN_DECIMALS)
        self.sig_value_edited.emit(self.lever.id, value, gesture)

    def _on_spin_changed(self, value: float) -> None:
        self.refusal_label.hide()
        self.sig_value_edited.emit(self.lever.id, value, NO_GESTURE)

    def _on_refused(self, message: str) -> None:
        self.refusal_label.setText(message)
        self.refusal_label.setVisible(bool(message))

    def _on_step(self, step: float) -> None:
        value = min(self.lever.maximum, max(self.lever.minimum, self.shown_value + step))
        self.sig_value_edited.emit(self.lever.id, round(value, SPIN_DECIMALS), NO_GESTURE)


class FocusSlider(QSlider):
    """A slider that shows clearly when it has the keyboard focus: a 2 px frame in the
    palette's highlight colour around it (the style's own focus mark is a faint dotted line
    or nothing at all)."""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            color = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(color, 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
            painter.end()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()


class LeverSpinBox(QDoubleSpinBox):
    """A lever's exact value. Takes a decimal point or a decimal comma (12.5 or 12,5: a
    percentage has no thousands), and never changes a typed value silently: a value out of
    range or not a number is refused, the lever keeps its value and `sig_refused` says why
    (an empty message once a value is taken again)."""

    sig_refused = Signal(str)
    """Why the typed text was not taken, in words; "" when nothing is refused."""

    def _number(self, text: str) -> float | None:
        core = text.strip()
        if self.suffix().strip() and core.endswith(self.suffix().strip()):
            core = core[: -len(self.suffix().strip())]
        core = core.strip().replace(" ", "").replace(",", ".")
        try:
            return float(core)
        except ValueError:
            return None

    def validate(self, text: str, pos: int):
        core = text.strip().removesuffix(self.suffix().strip()).strip()
        if core in ("", "-", "+", ".", ","):
            return QValidator.State.Intermediate, text, pos
        value = self._number(text)
        if value is None or core.count(".") + core.count(",") > 1:
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= round(value, self.decimals()) <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos  # typed on, told about on Enter

    def fixup(self, text: str) -> str:
        value = self._number(text)
        low, high = fmt.number(self.minimum(), 0), fmt.number(self.maximum(), 0)
        if value is None:
            message = translate(
                "LeverPanel", "Type a number from {low} to {high} (12.5 or 12,5)."
            ).format(low=low, high=high)
        else:
            message = translate(
                "LeverPanel",
                "{typed} % is outside {low}–{high} %: not taken; the lever stays at {value}.",
            ).format(
                typed=text.strip().removesuffix(self.suffix().strip()).strip(),
                low=low,
                high=high,
                value=lever_setting(self.value()),
            )
        self.sig_refused.emit(message)
        return text

    def valueFromText(self, text: str) -> float:
        value = self._number(text)
        return self.value() if value is None else round(value, self.decimals())


class YearSpinBox(QSpinBox):
    """The plan year: a year out of range is refused in words (`sig_refused`), not cut short
    to its first digits while typing."""

    sig_refused = Signal(str)
    """Why the typed year was not taken."""

    def validate(self, text: str, pos: int):
        core = text.strip()
        if not core:
            return QValidator.State.Intermediate, text, pos
        if not core.isdigit():
            return QValidator.State.Invalid, text, pos
        inside = self.minimum() <= int(core) <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def fixup(self, text: str) -> str:
        self.sig_refused.emit(
            translate(
                "LeverPanel", "{typed} is not a plan year from {first} to {last}: not taken."
            ).format(typed=text.strip(), first=self.minimum(), last=self.maximum())
        )
        return text

    def valueFromText(self, text: str) -> int:
        core = text.strip()
        return int(core) if core.isdigit() else self.value()


class TargetSpinBox(QDoubleSpinBox):
    """The savings target in euros: €, spaces and thousands separators are taken; a negative
    or too large target is refused in words (`sig_refused`)."""

    sig_refused = Signal(str)
    """Why the typed target was not taken."""

    @staticmethod
    def _number(text: str) -> float | None:
        core = text.strip().removeprefix("€").replace(",", "").replace(" ", "").strip()
        try:
            return float(core)
        except ValueError:
            return None

    def validate(self, text: str, pos: int):
        core = text.strip().removeprefix("€").strip()
        if core in ("", "-", "+"):
            return QValidator.State.Intermediate, text, pos
        value = self._number(text)
        if value is None:
            return QValidator.State.Invalid, text, pos
        inside = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def fixup(self, text: str) -> str:
        self.sig_refused.emit(
            translate("LeverPanel", "{typed} is not a target from €0 to {high}: not taken.").format(
                typed=text.strip() if self._number(text) is None else fmt.eur(self._number(text)),
                high=fmt.eur(self.maximum()),
            )
        )
        return text

    def valueFromText(self, text: str) -> float:
        value = self._number(text)
        return self.value() if value is None else round(value, self.decimals())


class PlanSettings(QGroupBox):
    """The plan year and the savings target."""

    sig_plan_year_edited = Signal(int)
    """The user asked for another plan year."""

    sig_target_edited = Signal(float)
    """The user asked for another savings target, in euros."""

    def __init__(self, baseline: Baseline, plan_years: range, parent: QWidget | None = None):
        super().__init__(translate("LeverPanel", "Plan settings"), parent)
        self.base_year = baseline.year  # a scenario without a plan year of its own plans this
        self.year = YearSpinBox(self)
        self.year.setRange(plan_years.start, plan_years.stop - 1)
        self.year.setKeyboardTracking(False)
        self.year.setAccessibleName(translate("LeverPanel", "Plan year"))
        self.year.setToolTip(
            translate(
                "LeverPanel",
                "The year the plan is for ({first}–{last}). Later years grow each service line's "
                "demand by its growth rate and costs by the wage and price indexes; leases that "
                "have ended by then stop their rent.",
            ).format(first=plan_years.start, last=plan_years.stop - 1)
        )
        self.target = TargetSpinBox(self)
        self.target.setLocale(INPUT_LOCALE)
        self.target.setDecimals(0)
        self.target.setRange(0.0, TARGET_MAX_EUR)
        self.target.setSingleStep(TARGET_STEP_EUR)
        self.target.setPrefix("€")
        self.target.setGroupSeparatorShown(True)
        self.target.setKeyboardTracking(False)
        self.target.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.target.setAccessibleName(translate("LeverPanel", "Savings target in euros"))
        # The default target is the baseline's own (its year's reported programme), not code's.
        self.target.setToolTip(
            translate(
                "LeverPanel",
                "The plan-year savings to reach, in euros (arrow keys: ±€1,000,000). "
                "The default, {target}, is the target the baseline {year} states.",
            ).format(target=fmt.meur(baseline.default_target_eur, 0), year=baseline.year)
        )
        layout = QFormLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setVerticalSpacing(3)
        layout.addRow(translate("LeverPanel", "Plan &year"), self.year)
        layout.addRow(translate("LeverPanel", "Savings &target"), self.target)
        # A typed year or target that is refused is said in words here (hidden otherwise).
        self.refusal_label = QLabel(self)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet("color: #b71c1c")
        self.refusal_label.hide()
        layout.addRow(self.refusal_label)
        for box in (self.year, self.target):
            box.sig_refused.connect(self._on_refused)
            box.valueChanged.connect(self.refusal_label.hide)
        self.year.valueChanged.connect(self.sig_plan_year_edited)
        self.target.valueChanged.connect(self.sig_target_edited)

    def _on_refused(self, message: str) -> None:
        self.refusal_label.setText(message)
        self.refusal_label.setVisible(bool(message))

    def show_scenario(self, scenario: Scenario) -> None:
        with QSignalBlocker(self.year), QSignalBlocker(self.target):
            year = self.base_year if scenario.plan_year is None else scenario.plan_year
            if self.year.value() != year:
                self.year.setValue(year)
            if self.target.value() != scenario.target_eur:
                self.target.setValue(scenario.target_eur)


class LeverPanel(QWidget):
    """Plan settings and every lever, in their groups, with a reset-all button."""

    sig_lever_edited = Signal(str, float, int)
    """The user asked for a lever value: lever id, value, gesture (see LeverRow)."""

    sig_lever_reset_requested = Signal(str)
    """The user asked to reset one lever: lever id."""

    sig_reset_all_requested = Signal()
    """The user asked to reset every lever."""

    def __init__(self, baseline: Baseline, plan_years: range, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan_settings = PlanSettings(baseline, plan_years, self)
        self.rows: dict[str, LeverRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.plan_settings)
        groups: dict[str, QVBoxLayout] = {}
        for lever in LEVERS:
            if lever.group not in groups:
                box = QGroupBox(translate("LeverGroup", lever.group), self)
                groups[lever.group] = QVBoxLayout(box)
                groups[lever.group].setContentsMargins(6, 2, 6, 4)
                groups[lever.group].setSpacing(2)
                layout.addWidget(box)
            row = LeverRow(lever, lever_help_html(lever, baseline), self)
            groups[lever.group].addWidget(row)
            row.sig_value_edited.connect(self.sig_lever_edited)
            row.sig_reset_requested.connect(self.sig_lever_reset_requested)
            self.rows[lever.id] = row
        self.reset_all_button = QPushButton(translate("LeverPanel", "Reset all levers"), self)
        self.reset_all_button.setToolTip(
            translate("LeverPanel", "Every lever back to no change (Edit > Reset Levers)")
        )
        self.reset_all_button.clicked.connect(self.sig_reset_all_requested)
        layout.addWidget(self.reset_all_button)
        layout.addStretch(1)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain = [self.plan_settings.year, self.plan_settings.target]
        for row in self.rows.values():
            chain += [row.slider, row.spin, row.reset_button]
        chain.append(self.reset_all_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def show_scenario(self, scenario: Scenario) -> None:
        self.plan_settings.show_scenario(scenario)
        for lever_id, row in self.rows.items():
            value = scenario.levers[lever_id]
            if row.shown_value != value:
                row.show_value(value)
        self.reset_all_button.setEnabled(
            any(scenario.levers[lever.id] != lever.no_change for lever in LEVERS)
        )


def _to_slider(value: float) -> int:
    return round(value * SLIDER_STEPS_PER_UNIT)


def _small_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box's arrow keys do the same
    button.setAutoRaise(False)
    return button

"""The headline, always in view: savings against the target (a gauge, the gap, the share
reached), the plan-year total and the levers' in-year effect, and the service level."""

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from planner.model import ScenarioResult
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.result import gap_text, one_off_eur

REACHED = QColor("#2e7d32")
SHORT = QColor("#1f77b4")
NEGATIVE = QColor("#c62828")
TRACK = QColor("#e6e6e6")


class TargetGauge(QWidget):
    """A bar from zero: savings filled, the target marked with a line and a label."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.savings = 0.0
        self.target = 0.0
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Headline", "Savings against the target"))

    def sizeHint(self) -> QSize:
        return QSize(400, 26)

    def set_values(self, savings: float, target: float) -> None:
        if (savings, target) != (self.savings, self.target):
            self.savings, self.target = savings, target
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = QRectF(self.rect()).adjusted(0, 3, -1, -4)
        low = min(0.0, self.savings)
        high = max(self.target, self.savings, 1.0) * 1.08
        scale = rect.width() / (high - low)

        def x_of(value: float) -> float:
            return rect.left() + (value - low) * scale

        painter.fillRect(rect, TRACK)
        zero = x_of(0.0)
        reached = self.target > 0 and self.savings >= self.target
        color = NEGATIVE if self.savings < 0 else (REACHED if reached else SHORT)
        fill = QRectF(min(zero, x_of(self.savings)), rect.top(), abs(self.savings) * scale, 0)
        fill.setHeight(rect.height())
        painter.fillRect(fill, color)
        if self.target > 0:  # the target: a dark line across the bar
            x = x_of(self.target)
            painter.setPen(QPen(QColor("#222"), 3))
            painter.drawLine(int(x), int(rect.top()) - 3, int(x), int(rect.bottom()) + 3)
        painter.setPen(QPen(QColor("#888"), 1))
        painter.drawRect(rect)
        painter.end()


class Headline(QFrame):
    """Savings against the target, the totals and the service level, in words and a gauge:
    three blocks side by side."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("headline")
        self.savings_label = _label(self, 15, bold=True)
        self.gauge = TargetGauge(self)
        self.gap_label = _label(self, 11, bold=True)
        self.plan_year_label = _label(self)
        self.one_off_label = _label(self)
        self.recurring_label = _label(self)
        self.service_label = _label(self, 12, bold=True)
        self.worst_label = _label(self)
        self.savings_label.setAccessibleName(translate("Headline", "Savings against the target"))
        self.gap_label.setAccessibleName(translate("Headline", "Gap to the target"))
        self.service_label.setAccessibleName(translate("Headline", "Share of demand delivered"))

        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setHorizontalSpacing(28)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.savings_label, 0, 0)
        layout.addWidget(self.gauge, 1, 0)
        layout.addWidget(self.gap_label, 2, 0)
        layout.addWidget(self.plan_year_label, 0, 1)
        layout.addWidget(self.one_off_label, 1, 1)
        layout.addWidget(self.recurring_label, 2, 1)
        layout.addWidget(self.service_label, 0, 2)
        layout.addWidget(self.worst_label, 1, 2, 3, 1)  # hfw of a spanning label: see _fit_height
        # Issue 11: the probability of reaching the target, under the gap (show_probability).
        self.probability_label = _label(self)
        self.probability_label.setAccessibleName(
            translate("Headline", "Probability of reaching the target")
        )
        layout.addWidget(self.probability_label, 3, 0)
        # The savings line gets the most room, so it is not cut off at a laptop width with
        # the scenario list open (a fixed minimum would stop the window getting narrower).
        layout.setColumnStretch(0, 7)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 4)

    def show_result(self, result: ScenarioResult) -> None:
        total, target = result.total_plan_year, result.target_eur
        savings = translate("Headline", "Savings {savings} of the {target} target")
        _set(self.savings_label, savings.format(savings=fmt.meur(total), target=fmt.meur(target)))
        self.gauge.set_values(total, target)
        self.gauge.setToolTip(
            translate("Headline", "Plan-year savings {savings} against the target {target}").format(
                savings=fmt.eur(total), target=fmt.eur(target)
            )
        )
        share, gap = fmt.pct(result.share_of_target), gap_text(result.gap_eur)
        if target <= 0:
            gap_line = translate("Headline", "No target set")
        elif result.target_reached:
            gap_line = translate("Headline", "✔ Target reached: {share}, {gap}")
        else:
            gap_line = translate("Headline", "{share} reached · {gap}")
        _set(self.gap_label, gap_line.format(share=share, gap=gap))
        plan_year = translate("Headline", "Plan year {year}: <b>{savings}</b>")
        _set(self.plan_year_label, plan_year.format(year=result.plan_year, savings=fmt.eur(total)))
        one_off = translate("Headline", "One-off costs included: {amount}")
        _set(self.one_off_label, one_off.format(amount=one_off_eur(result.one_off_total_eur)))
        recurring = translate("Headline", "In-year effect, before one-off costs: <b>{amount}</b>")
        _set(self.recurring_label, recurring.format(amount=fmt.eur(result.total_recurring)))
        delivered = translate("Headline", "Demand delivered {share}")
        _set(self.service_label, delivered.format(share=fmt.pct(result.share_of_demand_met)))
        worst = result.worst_service
        if worst.short_of_demand:
            if worst.below_floor:
                mark = translate("Headline", "▼ below its floor")
            else:
                mark = translate("Headline", "▼ short")
            worst_text = translate(
                "Headline",
                "Worst line: <b>{name}</b><br>{share} of demand met, {shortfall} {unit}s short "
                "({mark})",
            ).format(
                name=escape(worst.name),
                share=fmt.pct(worst.share_met),
                shortfall=fmt.volume(worst.shortfall),
                unit=escape(worst.unit),
                mark=mark,
            )
        else:
            worst_text = translate("Headline", "Every service line meets its demand in full")
        _set(self.worst_label, worst_text)
        self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the texts need at this width (some wrap on a laptop), no taller. The
        grid's own height for a width asks for far more than a wrapped label spanning rows
        uses (it measured the worst line at a column's minimum width), so the rows are added
        up here from each label's height at the width the grid gave it."""
        layout = self.layout()
        if self.width() <= 0:
            return
        if self.worst_label.width() <= 0:  # not laid out yet: the grid's own estimate
            height = layout.totalHeightForWidth(self.width())
        else:
            rows = [
                max(_height(widget) for widget in row)
                for row in (
                    (self.savings_label, self.plan_year_label, self.service_label),
                    (self.gauge, self.one_off_label),
                    (self.gap_label, self.recurring_label),
                    (self.probability_label,),
                )
            ]
            spacing = layout.verticalSpacing()
            spanned = sum(rows[1:]) + 2 * spacing  # the worst line's three rows
            margins = layout.contentsMargins()
            height = (
                sum(rows)
                + 3 * spacing
                + max(0, _height(self.worst_label) - spanned)
                + margins.top()
                + margins.bottom()
                + 2 * self.frameWidth()
            )
        if height > 0 and height != self.height():
            self.setFixedHeight(height)
            # Set from inside a resize, the new height would leave the rows where the old
            # one put them (texts below the headline's edge): lay them out again.
            layout.invalidate()

    def show_probability(self, text: str, tooltip: str) -> None:
        """The uncertainty analysis' probability of reaching the target (texts made by
        planner.ui.uncertainty_view; "…" while it is computed)."""
        _set(self.probability_label, text)
        if self.probability_label.toolTip() != tooltip:
            self.probability_label.setToolTip(tooltip)
        self._fit_height()


def _label(parent: QWidget, point_size: int | None = None, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    # The texts change with every lever; their width must not resize the window's layout.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(120)
    # A text wider than its column wraps to a second line (the headline grows) rather than
    # being cut: "One-off costs included: €31,698,000" loses no digit at 1280 px.
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    if point_size:
        font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    return label


def _height(widget: QWidget) -> int:
    """What a widget needs in height at the width it has: a wrapped label's height for it."""
    if isinstance(widget, QLabel):
        return widget.heightForWidth(widget.width()) if widget.text() else 0
    return widget.minimumHeight()


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:  # a new text relayouts the headline; skip when it is the same
        label.setText(text)

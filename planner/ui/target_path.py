"""Targets by year…: the savings target of every year of the plan (issue 10, item 6).

One amount per year from the baseline year to the horizon; the default in every year is the
scenario's target (the plan settings' "Savings target"). OK is one undo step.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.present import numbers as fmt
from planner.present import translate
from planner.ui.lever_panel import INPUT_LOCALE, TARGET_MAX_EUR, TARGET_STEP_EUR


class TargetPathDialog(QDialog):
    def __init__(self, years: list[int], target_eur: float, path: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("TargetPath", "Targets by year"))
        self.target_eur = target_eur
        intro = QLabel(
            translate(
                "TargetPath",
                "The savings to reach in each year, in euros. A year left at the scenario's "
                "target ({target}) follows it when it changes.",
            ).format(target=fmt.eur(target_eur)),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[int, QDoubleSpinBox] = {}
        for year in years:
            spin = QDoubleSpinBox(self)
            spin.setLocale(INPUT_LOCALE)
            spin.setDecimals(0)
            spin.setRange(0.0, TARGET_MAX_EUR)
            spin.setSingleStep(TARGET_STEP_EUR)
            spin.setPrefix("€")
            spin.setGroupSeparatorShown(True)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setValue(float(path.get(year, target_eur)))
            spin.setAccessibleName(
                translate("TargetPath", "Target for {year} in euros").format(year=year)
            )
            spin.setToolTip(
                translate(
                    "TargetPath", "The savings to reach in {year} (arrow keys: ±€1,000,000)"
                ).format(year=year)
            )
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("€10,000,000,000") + 24)
            form.addRow(str(year), spin)
            self.spins[year] = spin
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(translate("TargetPath", "&Same in every year"))
        restore.setToolTip(
            translate("TargetPath", "Every year back to {target}").format(
                target=fmt.eur(target_eur)
            )
        )
        restore.clicked.connect(self.same_in_every_year)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def same_in_every_year(self) -> None:
        for spin in self.spins.values():
            spin.setValue(self.target_eur)

    def path(self) -> dict[int, float]:
        """The years whose target differs from the scenario's."""
        return {
            year: spin.value()
            for year, spin in self.spins.items()
            if spin.value() != self.target_eur
        }


def open_target_path(window: QWidget, plan_edits) -> TargetPathDialog:
    """Open the dialog for the current scenario (not blocking); OK is one undo step."""
    state = window.state
    result, scenario = state.result, state.scenario
    years = [y.year for y in result.years]
    dialog = TargetPathDialog(years, scenario.target_eur, scenario.targets_eur, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def apply() -> None:
        # Years of the path outside those shown (a longer horizon before) are kept.
        path = {y: v for y, v in scenario.targets_eur.items() if y not in dialog.spins}
        path.update(dialog.path())
        plan_edits.set_target_path(state.scenario.target_eur, path)

    dialog.accepted.connect(apply)
    dialog.open()
    return dialog

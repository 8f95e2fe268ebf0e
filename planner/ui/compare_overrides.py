"""Compare's Assumptions tab (issue 11): what each chosen scenario assumes differently from the
baseline, and why: "Scenario B assumes Fee demand elasticity is 0.3 instead of 0.2, because …".

The words are made here (a text helper of the window's own; planner/present has none for
overrides yet), from the figure list the Assumptions view shows (planner.ui.figures).
"""

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from planner.model import Engine, Scenario
from planner.present import translate
from planner.ui.figures import figure_by_key, figure_value

OUTSIDE_MARK = "⚠"


def override_lines(engine: Engine, scenarios: list[Scenario]) -> list[str]:
    """One line per override of each scenario, in the baseline's order of figures; a line per
    scenario that overrides nothing."""
    figures = figure_by_key(engine)
    order = {key: i for i, key in enumerate(figures)}
    lines = []
    for scenario in scenarios:
        if not scenario.overrides:
            lines.append(
                translate(
                    "Compare", "{scenario} assumes every figure as the baseline has it."
                ).format(scenario=scenario.name)
            )
            continue
        for key in sorted(scenario.overrides, key=lambda k: order.get(k, len(order))):
            override = scenario.overrides[key]
            figure = figures.get(key)
            name = figure.name if figure else key
            baseline = figure_value(figure.value) if figure else "–"
            line = translate(
                "Compare",
                "{scenario} assumes {figure} is {value} instead of {baseline}, because {reason}",
            ).format(
                scenario=scenario.name,
                figure=name,
                value=figure_value(override.value),
                baseline=baseline,
                reason=override.reason,
            )
            if figure is not None and figure.outside_range(override.value):
                line += " " + translate(
                    "Compare", "({mark} outside its range {low}–{high})"
                ).format(
                    mark=OUTSIDE_MARK, low=figure_value(figure.low), high=figure_value(figure.high)
                )
            lines.append(line)
    return lines


class OverridesTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("Compare", "Assumptions the scenarios override"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_scenarios(self, engine: Engine, scenarios: list[Scenario]) -> None:
        if scenarios:
            text = "\n".join(override_lines(engine, scenarios))
        else:
            text = translate("Compare", "Tick scenarios to see what they assume.")
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)


def add_overrides_tab(dialog) -> OverridesTab:
    tab = OverridesTab(dialog)
    dialog.tabs.addTab(tab, translate("Compare", "Assu&mptions"))
    return tab

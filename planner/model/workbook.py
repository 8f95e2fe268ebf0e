"""A workbook: several named scenarios kept together (saved as one file by planner.files)."""

from dataclasses import dataclass, field

from planner.model.scenario import Scenario


@dataclass
class Workbook:
    scenarios: list[Scenario] = field(default_factory=list)
    baseline_name: str = ""  # the baseline the scenarios were made on, for the reader

    def names(self) -> list[str]:
        return [scenario.name for scenario in self.scenarios]

    def scenario(self, name: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise KeyError(name)

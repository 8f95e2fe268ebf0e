"""Scenarios (named lever values with plan settings) and the full result of one scenario."""

from dataclasses import dataclass, field

import numpy as np

from planner.model.engine import BatchResult, Engine
from planner.model.levers import LEVER_BY_ID, LEVER_IDS, check_lever_value, no_change_levers

DEFAULT_TARGET_EUR = 70_000_000.0


@dataclass
class Scenario:
    name: str
    levers: dict[str, float] = field(default_factory=no_change_levers)
    plan_year: int = 2024
    target_eur: float = DEFAULT_TARGET_EUR
    description: str = ""
    modified_by: str = ""
    modified_at: str = ""  # ISO 8601 time of the last change

    def __post_init__(self) -> None:
        complete = no_change_levers()
        for lever_id, value in self.levers.items():
            complete[lever_id] = check_lever_value(lever_id, value)
        self.levers = complete
        if not np.isfinite(self.target_eur) or self.target_eur < 0:
            raise ValueError(f"target {self.target_eur} must be a non-negative number of euros")

    def lever_vector(self) -> np.ndarray:
        return np.array([self.levers[lever_id] for lever_id in LEVER_IDS], dtype=float)


@dataclass(frozen=True)
class Warning_:
    """A model warning. `lever` and `service` name what it concerns, where it applies."""

    code: str
    message: str
    lever: str = ""
    service: str = ""


@dataclass(frozen=True)
class ServiceResult:
    id: str
    name: str
    unit: str
    baseline_volume: float
    demand: float
    capacity: float
    delivered: float
    shortfall: float
    share_met: float  # delivered / demand (1.0 when there is no demand)
    floor: float
    moved_to_digital: float


@dataclass(frozen=True)
class BudgetLine:
    category: str
    name: str
    kind: str  # expense or income
    baseline_eur: float
    scenario_eur: float

    @property
    def change_eur(self) -> float:
        return self.scenario_eur - self.baseline_eur


@dataclass(frozen=True)
class ScenarioResult:
    scenario: Scenario
    savings_plan_year: dict[str, float]
    savings_recurring: dict[str, float]
    one_off_costs: dict[str, float]
    services: list[ServiceResult]
    budget: list[BudgetLine]
    warnings: list[Warning_]

    @property
    def target_eur(self) -> float:
        return self.scenario.target_eur

    @property
    def total_plan_year(self) -> float:
        return float(sum(self.savings_plan_year.values()))

    @property
    def total_recurring(self) -> float:
        return float(sum(self.savings_recurring.values()))

    @property
    def gap_eur(self) -> float:
        return self.target_eur - self.total_plan_year

    @property
    def target_reached(self) -> bool:
        return self.total_plan_year >= self.target_eur

    @property
    def share_of_target(self) -> float:
        return self.total_plan_year / self.target_eur if self.target_eur else float("nan")

    @property
    def share_of_demand_met(self) -> float:
        demand = sum(s.demand for s in self.services)
        return sum(s.delivered for s in self.services) / demand if demand else 1.0

    @property
    def worst_service(self) -> ServiceResult:
        return min(self.services, key=lambda s: s.share_met)


def evaluate_scenario(engine: Engine, scenario: Scenario) -> ScenarioResult:
    """Evaluate one scenario through the batch engine and add its warnings."""
    batch = engine.evaluate(scenario.lever_vector(), scenario.plan_year)
    return result_from_batch(engine, scenario, batch, 0)


def result_from_batch(
    engine: Engine, scenario: Scenario, batch: BatchResult, row: int
) -> ScenarioResult:
    demand = batch.demand[row].tolist()
    capacity = batch.capacity[row].tolist()
    delivered = batch.delivered[row].tolist()
    moved = batch.moved_to_digital[row].tolist()
    floors = engine.floor.tolist()
    services = [
        ServiceResult(
            id=service_id,
            name=name,
            unit=unit,
            baseline_volume=volume,
            demand=demand[j],
            capacity=capacity[j],
            delivered=delivered[j],
            shortfall=demand[j] - delivered[j],
            share_met=delivered[j] / demand[j] if demand[j] > 0 else 1.0,
            floor=floors[j],
            moved_to_digital=moved[j],
        )
        for j, (service_id, name, unit, volume) in enumerate(engine.service_meta)
    ]
    scenario_budget = batch.budget_scenario[row].tolist()
    budget = [
        BudgetLine(category_id, name, kind, float(amount), scenario_budget[i])
        for i, (category_id, name, kind, amount) in enumerate(engine.category_meta)
    ]
    return ScenarioResult(
        scenario=scenario,
        savings_plan_year=dict(zip(LEVER_IDS, batch.savings_plan_year[row].tolist(), strict=True)),
        savings_recurring=dict(zip(LEVER_IDS, batch.savings_recurring[row].tolist(), strict=True)),
        one_off_costs=dict(zip(LEVER_IDS, batch.one_off_costs[row].tolist(), strict=True)),
        services=services,
        budget=budget,
        warnings=_warnings(engine, scenario, batch, row, services),
    )


def _warnings(engine, scenario, batch, row, services) -> list[Warning_]:
    found = []
    levers = scenario.levers
    area = float(batch.office_area_given_up[row])
    if area > batch.office_area_free + 1e-6:
        found.append(
            Warning_(
                "office_beyond_free_leases",
                f"Giving up {area:,.0f} m² of office space exceeds the "
                f"{batch.office_area_free:,.0f} m² whose leases can end by "
                f"{scenario.plan_year}; early-exit costs apply to the rest.",
                lever="office_space_cut",
            )
        )
    if levers["own_staff_backfill"] > 0 and levers["outsourced_labour_cut"] == 0:
        found.append(
            Warning_(
                "backfill_without_cut",
                "Own staff backfill has no effect while no outsourced labour is removed.",
                lever="own_staff_backfill",
            )
        )
    above_max = (engine.chargeable > 0) & (batch.new_fee[row] > engine.fee_legal_max + 1e-9)
    for j in np.nonzero(above_max)[0]:
        service, fee = services[j], float(batch.new_fee[row, j])
        found.append(
            Warning_(
                "fee_above_legal_max",
                f"{service.name}: the fee €{fee:,.2f} is above the legal maximum "
                f"€{engine.fee_legal_max[j]:,.2f}.",
                lever="client_fee_alignment",
                service=service.id,
            )
        )
    for service in services:
        if service.share_met < service.floor - 1e-12:
            found.append(
                Warning_(
                    "below_floor",
                    f"{service.name}: {service.share_met:.1%} of demand met, below its floor of "
                    f"{service.floor:.0%} (shortfall {service.shortfall:,.0f} {service.unit}s).",
                    service=service.id,
                )
            )
    return found


def lever_label(lever_id: str) -> str:
    return LEVER_BY_ID[lever_id].name

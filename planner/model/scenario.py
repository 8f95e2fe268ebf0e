"""Scenarios (named lever plans with plan settings) and the full result of one scenario.

A result owns every derived fact a view needs (below floor, short of demand, bought volume,
one-off total, cost savings and extra income, net cost, changed levers, the bridge steps),
each computed here once with one rule. Views, the printed summary, exports and the command
line read them and never re-derive one. Warnings are codes with parameters; their words are
the presentation layer's (planner.present).

Sign conventions (docs/model.md): a saving is positive when it helps the budget; one-off
costs are positive amounts of cost, and enter the bridge as a negative step; the gap is the
target less the savings, so a positive gap is what is still missing and a negative one is
how far the target is exceeded.
"""

import math
from dataclasses import dataclass, field

import numpy as np

from planner.model.engine import BatchResult, Engine
from planner.model.levers import (
    LEVER_BY_ID,
    LEVER_IDS,
    LEVERS,
    check_lever_value,
    no_change_levers,
)
from planner.model.timing import (
    DEFAULT_TIMING,
    MAX_YEARS_BEFORE_BASE,
    LeverTiming,
    TimingError,
)

DEFAULT_TARGET_EUR = 70_000_000.0  # used only where no baseline is at hand; data has its own
# One tolerance for each comparison a view might make (fractions and volumes).
FLOOR_TOLERANCE = 1e-9  # share of demand
VOLUME_TOLERANCE = 0.5  # units: less than half a visit is no shortfall


@dataclass
class Scenario:
    name: str
    levers: dict[str, float] = field(default_factory=no_change_levers)
    plan_year: int | None = None  # None: the baseline year
    target_eur: float = DEFAULT_TARGET_EUR  # the target in every year not in targets_eur
    description: str = ""
    modified_by: str = ""
    modified_at: str = ""  # ISO 8601 time of the last change
    timing: dict[str, LeverTiming] = field(default_factory=dict)  # missing: default timing
    targets_eur: dict[int, float] = field(default_factory=dict)  # the target path's exceptions
    horizon_year: int | None = None  # None: the baseline year + 4
    office_early_exit: bool = False  # leave office leases before they end (paying rent owed)
    # Baseline figures this scenario assumes differently: "table.row.column" -> Override.
    overrides: dict[str, "Override"] = field(default_factory=dict)

    def __post_init__(self) -> None:
        complete = no_change_levers()
        for lever_id, value in self.levers.items():
            complete[lever_id] = check_lever_value(lever_id, value)
        self.levers = complete
        _check_target(self.target_eur)
        for year, amount in self.targets_eur.items():
            _check_target(amount, year)
        for lever_id, timing in self.timing.items():
            if lever_id not in LEVER_BY_ID:
                check_lever_value(lever_id, 0)  # raises the unknown-lever error
            if not isinstance(timing, LeverTiming):
                raise TimingError(f"timing of '{lever_id}' must be a LeverTiming")
        self.timing = {k: v for k, v in self.timing.items() if not v.is_default}
        for figure, override in self.overrides.items():
            if not isinstance(override, Override):
                raise ValueError(f"the override of {figure} must be an Override")
            split_figure(figure)

    def draws(self) -> dict:
        """The overrides as engine draws: {(table, row, column): value}."""
        return {split_figure(k): np.array([o.value]) for k, o in self.overrides.items()}

    def lever_vector(self) -> np.ndarray:
        return np.array([self.levers.get(lever_id, 0.0) for lever_id in LEVER_IDS], dtype=float)

    def timing_of(self, lever_id: str) -> LeverTiming:
        return self.timing.get(lever_id, DEFAULT_TIMING)

    def target_for(self, year: int) -> float:
        return float(self.targets_eur.get(year, self.target_eur))

    def changed_levers(self) -> tuple[str, ...]:
        """Levers moved from no change, or given a start or ramp-up of their own."""
        return tuple(
            lever.id
            for lever in LEVERS
            if self.levers.get(lever.id, lever.no_change) != lever.no_change
            or lever.id in self.timing
        )


@dataclass(frozen=True)
class Override:
    """A baseline figure assumed differently in one scenario, and why."""

    value: float
    reason: str

    def __post_init__(self) -> None:
        if not isinstance(self.value, int | float) or not math.isfinite(self.value):
            raise ValueError(f"an override needs a finite number, not {self.value!r}")
        if not isinstance(self.reason, str) or not self.reason.strip():
            raise ValueError("an override needs its reason")


def split_figure(figure: str) -> tuple[str, str, str]:
    """'services.home_care_visits.unit_cost_eur' -> ('services', 'home_care_visits', ...)."""
    parts = str(figure).split(".")
    if len(parts) != 3 or not all(parts):
        raise ValueError(f"'{figure}' is not a figure such as services.home_care_visits.volume")
    return parts[0], parts[1], parts[2]


def _check_target(amount, year=None) -> None:
    if not isinstance(amount, int | float) or not math.isfinite(amount) or amount < 0:
        where = f" for {year}" if year is not None else ""
        raise ValueError(f"target{where} {amount} must be a non-negative number of euros")


@dataclass(frozen=True)
class ModelWarning:
    """Something a planner should know. `params` holds plain numbers and ids; the words are
    made by planner.present from the code."""

    code: str
    year: int
    lever: str = ""
    service: str = ""
    params: tuple[tuple[str, float | str], ...] = ()

    def param(self, name: str):
        return dict(self.params)[name]


@dataclass(frozen=True)
class ServiceResult:
    id: str
    name: str
    unit: str
    duty: str  # statutory or queueable
    baseline_volume: float
    demand: float  # in-person demand (after fees and the digital shift)
    capacity: float  # own capacity
    delivered: float  # delivered by own capacity
    bought: float  # bought from other providers (statutory lines)
    trend_bought: float  # bought with no lever moved
    shortfall: float  # demand neither delivered nor bought (queueable lines)
    share_met: float  # (delivered + bought) / demand; 1.0 when there is no demand
    floor: float
    moved_to_digital: float

    @property
    def below_floor(self) -> bool:
        return self.share_met < self.floor - FLOOR_TOLERANCE

    @property
    def short_of_demand(self) -> bool:
        return self.shortfall > VOLUME_TOLERANCE

    @property
    def statutory(self) -> bool:
        return self.duty == "statutory"


@dataclass(frozen=True)
class BudgetLine:
    category: str
    name: str
    kind: str  # expense or income
    baseline_eur: float  # the baseline year's amount
    trend_eur: float  # this year with no lever moved
    scenario_eur: float

    @property
    def change_eur(self) -> float:
        """Scenario less trend: what the levers do to this line this year."""
        return self.scenario_eur - self.trend_eur


@dataclass(frozen=True)
class BridgeStep:
    """One bar of the savings bridge: a lever's in-year effect, the one-off costs (a negative
    step), or the total."""

    kind: str  # "lever", "one_off" or "total"
    lever: str  # the lever id for kind "lever", else ""
    value_eur: float


@dataclass(frozen=True)
class YearResult:
    year: int
    target_eur: float
    effects: dict[str, float]  # in-year effect per lever, one-off costs excluded
    one_off_costs: dict[str, float]  # per lever, >= 0
    extra_income_eur: float  # the part of the savings that is extra income
    services: list[ServiceResult]
    budget: list[BudgetLine]
    warnings: list[ModelWarning]
    staff_change_fte: float  # own staff added (backfill), yearly average
    agency_change_fte: float  # agency labour, in own-staff FTE (negative: removed)

    @property
    def savings(self) -> dict[str, float]:
        """Per lever: in-year effect less its one-off costs."""
        return {k: v - self.one_off_costs[k] for k, v in self.effects.items()}

    @property
    def one_off_total_eur(self) -> float:
        return float(sum(self.one_off_costs.values()))

    @property
    def total_savings_eur(self) -> float:
        return float(sum(self.effects.values())) - self.one_off_total_eur

    @property
    def cost_savings_eur(self) -> float:
        return self.total_savings_eur - self.extra_income_eur

    @property
    def gap_eur(self) -> float:
        return self.target_eur - self.total_savings_eur

    @property
    def target_reached(self) -> bool:
        return self.total_savings_eur >= self.target_eur

    @property
    def share_of_target(self) -> float:
        return self.total_savings_eur / self.target_eur if self.target_eur else math.nan

    def subtotal_eur(self, kind: str, column: str = "scenario_eur") -> float:
        """Expenses or income in all: kind "expense" or "income"; column "baseline_eur",
        "trend_eur" or "scenario_eur"."""
        return float(sum(getattr(line, column) for line in self.budget if line.kind == kind))

    @property
    def share_of_target_by_lever(self) -> dict[str, float]:
        """Each lever's saving (after its one-off costs) as a share of the year's target."""
        if not self.target_eur:
            return {lever_id: math.nan for lever_id in self.effects}
        return {lever_id: v / self.target_eur for lever_id, v in self.savings.items()}

    @property
    def baseline_net_cost_eur(self) -> float:
        # Added for the views (issue 9): the budget tables' net row in the baseline column.
        return _net(self.budget, "baseline_eur")

    @property
    def trend_net_cost_eur(self) -> float:
        return _net(self.budget, "trend_eur")

    @property
    def net_cost_eur(self) -> float:
        return _net(self.budget, "scenario_eur")

    @property
    def share_of_demand_met(self) -> float:
        demand = sum(s.demand for s in self.services)
        met = sum(s.delivered + s.bought for s in self.services)
        return met / demand if demand else 1.0

    @property
    def below_floor(self) -> list[ServiceResult]:
        return [s for s in self.services if s.below_floor]

    @property
    def short_of_demand(self) -> list[ServiceResult]:
        return [s for s in self.services if s.short_of_demand]

    @property
    def worst_service(self) -> ServiceResult:
        return min(self.services, key=lambda s: s.share_met)

    @property
    def bought_extra_cost_eur(self) -> float:
        """Volume bought beyond the trend's, valued at the substitute price (in the effects)."""
        return sum(
            line.change_eur for line in self.budget if line.category == "purchased_services_other"
        )

    @property
    def bridge(self) -> list[BridgeStep]:
        steps = [BridgeStep("lever", lever_id, v) for lever_id, v in self.effects.items()]
        steps.append(BridgeStep("one_off", "", -self.one_off_total_eur))
        steps.append(BridgeStep("total", "", self.total_savings_eur))
        return steps


def _net(budget: list[BudgetLine], field_name: str) -> float:
    return float(
        sum(getattr(line, field_name) * (-1 if line.kind == "income" else 1) for line in budget)
    )


@dataclass(frozen=True)
class ScenarioResult:
    """Every year of one scenario; the plan year's figures also at the top level."""

    scenario: Scenario
    plan_year: int
    years: list[YearResult]
    changed_levers: tuple[str, ...]

    @property
    def plan(self) -> YearResult:
        return self.year(self.plan_year)

    def year(self, year: int) -> YearResult:
        return self.years[year - self.years[0].year]

    # The plan year's figures, under the names every view has used.
    @property
    def target_eur(self) -> float:
        return self.plan.target_eur

    @property
    def savings_plan_year(self) -> dict[str, float]:
        return self.plan.savings

    @property
    def savings_recurring(self) -> dict[str, float]:
        """Per lever: the plan year's in-year effect, one-off costs excluded."""
        return self.plan.effects

    @property
    def one_off_costs(self) -> dict[str, float]:
        return self.plan.one_off_costs

    @property
    def services(self) -> list[ServiceResult]:
        return self.plan.services

    @property
    def budget(self) -> list[BudgetLine]:
        return self.plan.budget

    @property
    def warnings(self) -> list[ModelWarning]:
        return self.plan.warnings

    @property
    def total_plan_year(self) -> float:
        return self.plan.total_savings_eur

    @property
    def total_recurring(self) -> float:
        return float(sum(self.plan.effects.values()))

    @property
    def one_off_total_eur(self) -> float:
        return self.plan.one_off_total_eur

    @property
    def cost_savings_eur(self) -> float:
        return self.plan.cost_savings_eur

    @property
    def extra_income_eur(self) -> float:
        return self.plan.extra_income_eur

    @property
    def net_cost_eur(self) -> float:
        return self.plan.net_cost_eur

    @property
    def trend_net_cost_eur(self) -> float:
        return self.plan.trend_net_cost_eur

    @property
    def baseline_net_cost_eur(self) -> float:
        return self.plan.baseline_net_cost_eur

    @property
    def gap_eur(self) -> float:
        return self.plan.gap_eur

    @property
    def target_reached(self) -> bool:
        return self.plan.target_reached

    @property
    def share_of_target(self) -> float:
        return self.plan.share_of_target

    @property
    def share_of_demand_met(self) -> float:
        return self.plan.share_of_demand_met

    @property
    def worst_service(self) -> ServiceResult:
        return self.plan.worst_service

    @property
    def bridge(self) -> list[BridgeStep]:
        return self.plan.bridge


def lever_plan(engine: Engine, scenarios: list[Scenario]):
    """The batch arrays of some scenarios: values, starts (months), ramps, early exit."""
    values = np.array([s.lever_vector() for s in scenarios], dtype=float)
    starts = np.array(
        [
            [s.timing_of(lever_id).start_index(engine.base_year) for lever_id in LEVER_IDS]
            for s in scenarios
        ],
        dtype=float,
    )
    ramps = np.array(
        [
            [s.timing_of(lever.id).ramp_months if lever.has_ramp else 0 for lever in LEVERS]
            for s in scenarios
        ],
        dtype=float,
    )
    early = np.array([s.office_early_exit for s in scenarios], dtype=bool)
    return values, starts, ramps, early


def resolve_years(engine: Engine, scenario: Scenario) -> tuple[int, int]:
    """The scenario's plan year and horizon, checked against the engine's years."""
    horizon = scenario.horizon_year or engine.default_horizon
    plan_year = scenario.plan_year if scenario.plan_year is not None else engine.base_year
    engine.check_year(horizon, "horizon")
    engine.check_year(plan_year)
    horizon = max(horizon, plan_year)
    for lever_id, timing in scenario.timing.items():
        # A measure may have started before the baseline year (its one-off cost then fell
        # before the years shown), but not before the earliest start the model allows.
        if timing.start_index(engine.base_year) < -12 * MAX_YEARS_BEFORE_BASE:
            raise TimingError(
                f"the start of '{lever_id}' ({timing.start_text(engine.base_year)}) is more "
                f"than {MAX_YEARS_BEFORE_BASE} years before the baseline year {engine.base_year}"
            )
        if timing.start_index(engine.base_year) >= 12 * (horizon - engine.base_year + 1):
            continue  # starts after the horizon: no effect in the years shown
    return plan_year, horizon


def evaluate_scenario(engine: Engine, scenario: Scenario) -> ScenarioResult:
    """Evaluate one scenario over every year through the batch engine."""
    plan_year, horizon = resolve_years(engine, scenario)
    values, starts, ramps, early = lever_plan(engine, [scenario])
    batch = engine.evaluate(
        values, starts, ramps, early, horizon=horizon, draws=override_draws(engine, scenario)
    )
    return result_from_batch(engine, scenario, batch, 0, plan_year)


def override_draws(engine: Engine, scenario: Scenario) -> dict | None:
    """The scenario's overrides as engine draws, each checked to be a figure the engine reads."""
    draws = scenario.draws()
    for table, row, column in draws:
        if not engine.has_figure(table, row, column):
            raise OverrideError(
                f"scenario '{scenario.name}' overrides {table}.{row}.{column}, which this "
                "baseline does not have"
            )
    return draws or None


class OverrideError(ValueError):
    """An override of a figure the baseline does not have."""


def result_from_batch(
    engine: Engine, scenario: Scenario, batch: BatchResult, row: int, plan_year: int
) -> ScenarioResult:
    years = [
        _year_result(engine, scenario, batch, row, t, int(year))
        for t, year in enumerate(batch.years)
    ]
    return ScenarioResult(
        scenario=scenario,
        plan_year=plan_year,
        years=years,
        changed_levers=scenario.changed_levers(),
    )


def _year_result(engine, scenario, batch: BatchResult, row: int, t: int, year: int) -> YearResult:
    demand = batch.demand[row, t].tolist()
    capacity = batch.capacity[row, t].tolist()
    delivered = batch.delivered[row, t].tolist()
    bought = batch.bought[row, t].tolist()
    trend_bought = batch.trend_bought[row, t].tolist()
    moved = batch.moved_to_digital[row, t].tolist()
    floors = batch.floor[row].tolist()
    services = []
    for j, (service_id, name, unit, duty, volume) in enumerate(engine.service_meta):
        shortfall = max(0.0, demand[j] - delivered[j] - bought[j])
        services.append(
            ServiceResult(
                id=service_id,
                name=name,
                unit=unit,
                duty=duty,
                baseline_volume=volume,
                demand=demand[j],
                capacity=capacity[j],
                delivered=delivered[j],
                bought=bought[j],
                trend_bought=trend_bought[j],
                shortfall=shortfall,
                share_met=(delivered[j] + bought[j]) / demand[j] if demand[j] > 0 else 1.0,
                floor=floors[j],
                moved_to_digital=moved[j],
            )
        )
    trend = batch.budget_trend[row, t].tolist()
    scenario_budget = batch.budget_scenario[row, t].tolist()
    budget = [
        BudgetLine(category_id, name, kind, float(amount), trend[i], scenario_budget[i])
        for i, (category_id, name, kind, amount) in enumerate(engine.category_meta)
    ]
    effects = dict(zip(batch.lever_ids, batch.effect[row, t].tolist(), strict=True))
    one_off = dict(zip(batch.lever_ids, batch.one_off[row, t].tolist(), strict=True))
    result = YearResult(
        year=year,
        target_eur=scenario.target_for(year),
        effects=effects,
        one_off_costs=one_off,
        extra_income_eur=float(batch.income[row, t]),
        services=services,
        budget=budget,
        warnings=[],
        staff_change_fte=float(batch.staff_change_fte[row, t]),
        agency_change_fte=float(batch.agency_change_fte[row, t]),
    )
    result.warnings.extend(_warnings(engine, scenario, batch, row, t, year, result))
    return result


def _warnings(engine, scenario, batch, row, t, year, result: YearResult) -> list[ModelWarning]:
    found = []
    levers = scenario.levers

    def add(code, lever="", service="", **params):
        found.append(ModelWarning(code, year, lever, service, tuple(params.items())))

    for figure, override in scenario.overrides.items():
        record = engine.baseline.provenance_of(*split_figure(figure))
        ranged = record is not None and record.low is not None and record.high is not None
        if ranged and not record.low <= override.value <= record.high:
            add(
                "override_outside_range",
                figure=figure,
                value=override.value,
                low=record.low,
                high=record.high,
            )
    if levers.get("own_staff_backfill", 0) > 0 and levers.get("outsourced_labour_cut", 0) == 0:
        add("backfill_without_cut", lever="own_staff_backfill")
    wanted = float(batch.backfill_wanted_fte[row, t])
    achieved = float(batch.staff_change_fte[row, t])
    if wanted - achieved > 0.5:
        add(
            "backfill_recruitment_limited",
            lever="own_staff_backfill",
            wanted_fte=wanted,
            achieved_fte=achieved,
            limit_fte_per_year=float(engine.recruitment_limit),
        )
    if levers.get("client_fee_alignment", 0) > 0:
        capped = (engine.chargeable > 0) & (engine.fee_reference > engine.fee_legal_max)
        for j in np.nonzero(capped)[0]:
            add(
                "fee_capped_at_legal_max",
                lever="client_fee_alignment",
                service=result.services[j].id,
                reference_eur=float(engine.fee_reference[j]),
                legal_max_eur=float(engine.fee_legal_max[j]),
            )
    early_cost = float(batch.office_early_exit_eur[row, t])
    if early_cost > 0.5:
        add("office_early_exit_cost", lever="office_space_cut", cost_eur=early_cost)
    internal = float(batch.internal_rent_saved[row, t])
    if internal > 0.5:
        add("internal_rent_not_city_saving", lever="office_space_cut", amount_eur=internal)
    area = float(batch.office_area_given_up[row])
    if area > 0 and result.effects.get("office_space_cut", 0.0) <= 0.5:
        add("office_rent_still_owed", lever="office_space_cut", area_m2=area)
    for service in result.services:
        extra = service.bought - service.trend_bought
        if service.statutory and extra > VOLUME_TOLERANCE:
            add(
                "statutory_volume_bought",
                service=service.id,
                extra_volume=extra,
                unit=service.unit,
            )
        if service.below_floor:
            add(
                "below_floor",
                service=service.id,
                share_met=service.share_met,
                floor=service.floor,
                shortfall=service.shortfall,
                unit=service.unit,
            )
    return found

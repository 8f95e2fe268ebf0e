"""The planning engine: lever values in, savings and service volumes out.

All arithmetic runs on numpy arrays prepared once from the baseline, and every function
takes a batch of lever vectors (shape (n, 6), in the levers' own percent units), so one
scenario, a sensitivity sweep and a Monte Carlo run all use the same code. The formulas,
units and sign conventions are written out with a worked example in docs/model.md.

Sign convention: a saving is positive when it helps the budget (less spending or more income).
"""

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from planner.model.baseline import Baseline
from planner.model.levers import LEVER_IDS

OFFICE, OUTSOURCED, BACKFILL, FEES, TRAINING, DIGITAL = range(len(LEVER_IDS))

FIRST_PLAN_YEAR_OFFSET = 0
LAST_PLAN_YEAR_OFFSET = 16  # plan years from the baseline year up to 16 years on


class PlanYearError(ValueError):
    """A plan year outside what the baseline supports."""


@dataclass
class BatchResult:
    """Results for n scenarios over S service lines and C budget categories (all in euros
    or service units)."""

    savings_plan_year: np.ndarray  # (n, 6) per lever, one-off costs included
    savings_recurring: np.ndarray  # (n, 6) per lever, full-year recurring effect
    one_off_costs: np.ndarray  # (n, 6) per lever (>= 0)
    demand: np.ndarray  # (n, S) in-person demand in the plan year
    capacity: np.ndarray  # (n, S)
    delivered: np.ndarray  # (n, S) = min(demand, capacity)
    moved_to_digital: np.ndarray  # (n, S)
    new_fee: np.ndarray  # (n, S) fee per chargeable unit after the fee lever
    budget_scenario: np.ndarray  # (n, C) plan-year amount per budget category
    office_area_given_up: np.ndarray  # (n,) m2
    office_area_free: float  # m2 whose leases allow giving up by the plan year

    @property
    def total_plan_year(self) -> np.ndarray:
        return self.savings_plan_year.sum(axis=1)

    @property
    def total_recurring(self) -> np.ndarray:
        return self.savings_recurring.sum(axis=1)

    @property
    def shortfall(self) -> np.ndarray:
        return self.demand - self.delivered


class Engine:
    """Prepared arrays of one baseline; evaluate() takes batches of lever vectors."""

    def __init__(self, baseline: Baseline):
        self.baseline = baseline
        services, fees = baseline.services, baseline.fees
        self.volume = services["volume"].to_numpy(float)
        self.unit_cost = services["unit_cost_eur"].to_numpy(float)
        self.outsourced_share = services["outsourced_share_pct"].to_numpy(float) / 100
        self.growth = services["demand_growth_pct"].to_numpy(float) / 100
        self.substitutable = services["digital_substitutable_pct"].to_numpy(float) / 100
        self.floor = services["floor_pct"].to_numpy(float) / 100
        # Plain lists for building per-scenario results without pandas on the hot path.
        self.service_meta = list(
            zip(
                services["id"],
                services["name"],
                services["unit"],
                self.volume.tolist(),
                strict=True,
            )
        )

        self.chargeable = fees["chargeable_share_pct"].to_numpy(float) / 100
        self.fee_current = fees["fee_current_eur"].to_numpy(float)
        self.fee_gap = fees["fee_reference_eur"].to_numpy(float) - self.fee_current
        self.fee_legal_max = fees["fee_legal_max_eur"].to_numpy(float)
        elasticity = baseline.parameters["fee_demand_elasticity"]
        # Share of a line's demand lost per euro of fee rise: elasticity x chargeable share
        # over the unit cost: a rise equal to the unit cost loses `elasticity` of the
        # chargeable demand.
        self.demand_loss_per_eur = elasticity * self.chargeable / self.unit_cost

        budget = baseline.budget
        self.category_ids = list(budget["id"])
        self.category_meta = list(
            zip(budget["id"], budget["name"], budget["kind"], budget["amount_eur"], strict=True)
        )
        self.budget_baseline = budget["amount_eur"].to_numpy(float)
        self.is_income = (budget["kind"] == "income").to_numpy()
        controllable = budget["controllable"].to_numpy(bool)
        self.controllable_spend = float(self.budget_baseline[controllable].sum())
        # Training savings fall on controllable categories in proportion to their size.
        self.controllable_weights = np.where(controllable, self.budget_baseline, 0.0) / max(
            self.controllable_spend, 1e-300
        )
        index = {cid: i for i, cid in enumerate(self.category_ids)}
        self.i_personnel = index["personnel"]
        self.i_outsourced = index["outsourced_labour"]
        self.i_premises = index["premises"]
        self.i_other = index["other_expenses"]
        self.i_fees = index["client_fees"]
        self.outsourced_spend = float(self.budget_baseline[self.i_outsourced])

        workforce, parameters = baseline.workforce, baseline.parameters
        self.own_staff_cost_ratio = workforce["own_staff_cost_ratio_pct"] / 100
        self.training_cost_all_staff = (
            workforce["staff_count"] * workforce["training_cost_eur_per_person"]
        )
        self.training_saving_rate = workforce["training_saving_pct"] / 100
        self.digital_visit_cost = parameters["digital_visit_cost_eur"]
        self.office_move_cost = parameters["office_move_cost_eur_per_m2"]

        premises = baseline.premises
        self.lease_area = premises["area_m2"].to_numpy(float)
        self.lease_free_from = premises["free_from_year"].to_numpy(int)
        self.lease_exit_cost = premises["early_exit_cost_eur_per_m2"].to_numpy(float)
        self.office_area = float(self.lease_area.sum())
        rent = premises["rent_eur_per_m2_year"].to_numpy(float)
        self.office_rent_per_m2 = float(
            (rent * self.lease_area).sum() / max(self.office_area, 1e-300)
        )
        self._year_cache = lru_cache(maxsize=64)(self._prepare_year)

    @property
    def plan_years(self) -> range:
        start = self.baseline.year + FIRST_PLAN_YEAR_OFFSET
        return range(start, self.baseline.year + LAST_PLAN_YEAR_OFFSET + 1)

    def _prepare_year(self, plan_year: int):
        """What depends on the plan year only: grown demand, today's fee income on it, and
        the office area whose leases are free by then (with the exit cost of the rest)."""
        if plan_year not in self.plan_years:
            raise PlanYearError(
                f"plan year {plan_year} is outside "
                f"{self.plan_years.start}–{self.plan_years.stop - 1}"
            )
        years = plan_year - self.baseline.year
        grown = self.volume * (1.0 + self.growth) ** years if years else self.volume.copy()
        free = self.lease_free_from <= plan_year
        area_free = float(self.lease_area[free].sum())
        locked_area = self.office_area - area_free
        exit_cost = (
            float((self.lease_exit_cost * self.lease_area)[~free].sum() / locked_area)
            if locked_area > 0
            else 0.0
        )
        return grown, grown * self.fee_current, area_free, exit_cost

    def evaluate(self, levers: np.ndarray, plan_year: int) -> BatchResult:
        """Evaluate a batch: `levers` is (n, 6) in percent, columns in LEVER_IDS order."""
        levers = np.asarray(levers, dtype=float)
        if levers.ndim == 1:
            levers = levers[np.newaxis, :]
        grown, fee_income_now, area_free, exit_cost = self._year_cache(plan_year)
        shares = levers * 0.01
        n = shares.shape[0]
        # Column views (n, 1) broadcast against the (S,) service arrays.
        cut, backfill = shares[:, 1:2], shares[:, 2:3]
        fees, digital = shares[:, 3:4], shares[:, 5:6]
        office, training = shares[:, 0], shares[:, 4]

        # Client fees: each fee closes `fees` of its gap to the reference; chargeable demand
        # falls with the rise; the income change is counted on plan-year demand.
        fee_rise = fees * self.fee_gap
        new_fee = self.fee_current + fee_rise
        demand_after_fees = grown * np.maximum(0.0, 1.0 - self.demand_loss_per_eur * fee_rise)
        fee_income_change = (demand_after_fees * new_fee - fee_income_now) @ self.chargeable

        # Outsourced labour: removed spend is saved; backfilled hours cost the own-staff
        # rate; hours neither bought nor backfilled are lost capacity.
        removed_spend = shares[:, 1] * self.outsourced_spend
        backfill_cost = removed_spend * shares[:, 2] * self.own_staff_cost_ratio
        capacity = self.volume * (1.0 - self.outsourced_share * (cut * (1.0 - backfill)))

        # Digital shift: moved visits leave in-person demand; the freed in-person capacity
        # first serves unmet demand, and only what is left over is released (saved).
        moved = (digital * self.substitutable) * demand_after_fees
        demand = demand_after_fees - moved
        released = np.minimum(moved, np.maximum(0.0, capacity - demand))
        capacity -= released
        released_cost = released @ self.unit_cost
        digital_cost = moved.sum(axis=1) * self.digital_visit_cost
        delivered = np.minimum(demand, capacity)

        # Office space: rent stops on the area given up; one-off moving cost on all of it,
        # early-exit cost on area beyond what the leases free by the plan year.
        area = office * self.office_area
        rent_saved = area * self.office_rent_per_m2
        office_one_off = (
            area * self.office_move_cost + np.maximum(0.0, area - area_free) * exit_cost
        )

        # Financial training: a share of controllable spend saved; a one-off cost per person.
        training_saved = training * (self.training_saving_rate * self.controllable_spend)
        training_one_off = training * self.training_cost_all_staff

        recurring = np.empty((n, 6))
        recurring[:, OFFICE] = rent_saved
        recurring[:, OUTSOURCED] = removed_spend
        recurring[:, BACKFILL] = -backfill_cost
        recurring[:, FEES] = fee_income_change
        recurring[:, TRAINING] = training_saved
        recurring[:, DIGITAL] = released_cost - digital_cost
        one_off = np.zeros((n, 6))
        one_off[:, OFFICE] = office_one_off
        one_off[:, TRAINING] = training_one_off

        budget = np.outer(-training_saved, self.controllable_weights)
        budget += self.budget_baseline
        budget[:, self.i_personnel] += backfill_cost - released_cost
        budget[:, self.i_outsourced] -= removed_spend
        budget[:, self.i_premises] += office_one_off - rent_saved
        budget[:, self.i_other] += training_one_off + digital_cost
        budget[:, self.i_fees] += fee_income_change

        return BatchResult(
            savings_plan_year=recurring - one_off,
            savings_recurring=recurring,
            one_off_costs=one_off,
            demand=demand,
            capacity=capacity,
            delivered=delivered,
            moved_to_digital=moved,
            new_fee=np.broadcast_to(new_fee, demand.shape),
            budget_scenario=budget,
            office_area_given_up=area,
            office_area_free=area_free,
        )

"""The multi-year planning engine: lever plans in, savings and service volumes by year out.

All arithmetic runs on numpy arrays prepared once from the baseline. `evaluate` takes a batch
of n lever plans (values, starts, ramp-ups) and returns arrays with a scenario axis and a year
axis (n, Y, ...), so one scenario, a sensitivity sweep and a Monte Carlo run use the same path.
The formulas, units and sign conventions are written out with a worked example in
docs/model.md; this docstring only names the parts.

Money is nominal in each year and VAT-net. Own-staff and agency costs follow the wage index,
everything else the price index. A scenario's saving in a year is the no-change trend's net
cost minus the scenario's net cost in that year (positive helps the budget).

The effects are computed in stages so that each lever's share adds up to the total exactly:
fees (demand falls) -> agency labour and backfill (own capacity changes) -> digital shift
(in-person demand falls, freed capacity serves unmet or bought demand first). Each stage's
change in bought volume and in fee income is credited to its lever.
"""

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from planner.model.baseline import DIGITAL_UNITS, Baseline
from planner.model.levers import LEVER_IDS, LEVERS, LeverEffect
from planner.model.timing import (
    DEFAULT_HORIZON_YEARS,
    MAX_HORIZON_YEARS,
    monthly_phase,
    yearly_share,
)

BUILT_IN = (
    "office_space_cut",
    "outsourced_labour_cut",
    "own_staff_backfill",
    "client_fee_alignment",
    "finance_training",
    "digital_shift",
)


class PlanYearError(ValueError):
    """A plan year or horizon outside what the baseline supports."""


@dataclass
class BatchResult:
    """Results for n lever plans over Y years, S service lines and C budget categories.

    Euros are nominal; volumes in each line's unit. Per-lever arrays have one column per lever
    in LEVER_IDS order (read them by id with `lever_column`)."""

    years: np.ndarray  # (Y,) calendar years
    lever_ids: tuple[str, ...]
    effect: np.ndarray  # (n, Y, L) in-year effect of each lever, one-off costs excluded
    one_off: np.ndarray  # (n, Y, L) one-off costs (>= 0)
    income: np.ndarray  # (n, Y) the part of the effects that is extra income
    demand: np.ndarray  # (n, Y, S) in-person demand (after fees and the digital shift)
    moved_to_digital: np.ndarray  # (n, Y, S)
    capacity: np.ndarray  # (n, Y, S) own capacity
    delivered: np.ndarray  # (n, Y, S) delivered by own capacity
    bought: np.ndarray  # (n, Y, S) bought from other providers (statutory lines)
    trend_bought: np.ndarray  # (Y, S) bought with no lever moved
    new_fee: np.ndarray  # (n, S) fee per chargeable unit at full effect (baseline prices)
    budget_trend: np.ndarray  # (Y, C)
    budget_scenario: np.ndarray  # (n, Y, C)
    staff_change_fte: np.ndarray  # (n, Y) own staff (backfill), yearly average
    agency_change_fte: np.ndarray  # (n, Y) agency labour in own-staff FTE, yearly average
    backfill_wanted_fte: np.ndarray  # (n, Y) backfill the lever asks for, before the limit
    office_area_given_up: np.ndarray  # (n,) m2
    office_early_exit_eur: np.ndarray  # (n, Y) rent owed paid on leaving early (in one_off)
    internal_rent_saved: np.ndarray  # (n, Y) rent saved on the city's own premises

    @property
    def total(self) -> np.ndarray:
        """(n, Y) savings in each year: effects less one-off costs."""
        return self.effect.sum(axis=2) - self.one_off.sum(axis=2)

    @property
    def shortfall(self) -> np.ndarray:
        return self.demand - self.delivered - self.bought

    def lever_column(self, lever_id: str) -> int:
        return self.lever_ids.index(lever_id)


class Engine:
    """Prepared arrays of one baseline; evaluate() takes batches of lever plans."""

    def __init__(self, baseline: Baseline):
        self.baseline = baseline
        self.base_year = int(baseline.year)
        services, fees, budget = baseline.services, baseline.fees, baseline.budget
        workforce, parameters = baseline.workforce, baseline.parameters

        self.volume = services["volume"].to_numpy(float)
        self.unit_cost = services["unit_cost_eur"].to_numpy(float)
        self.outsourced_share = services["outsourced_share_pct"].to_numpy(float) / 100
        self.growth = services["demand_growth_pct"].to_numpy(float) / 100
        self.floor = services["floor_pct"].to_numpy(float) / 100
        self.statutory = (services["duty"] == "statutory").to_numpy()
        self.substitute_price = (
            self.unit_cost * services["substitute_price_pct"].to_numpy(float) / 100
        )
        self.marginal_cost = self.unit_cost * services["marginal_cost_pct"].to_numpy(float) / 100
        digital_line = services["unit"].isin(DIGITAL_UNITS).to_numpy()
        self.substitutable = np.where(
            digital_line, services["digital_substitutable_pct"].to_numpy(float) / 100, 0.0
        )
        self.service_meta = list(
            zip(
                services["id"],
                services["name"],
                services["unit"],
                services["duty"],
                self.volume.tolist(),
                strict=True,
            )
        )

        # Fees: chargeable share less the clients past the annual payment ceiling pay.
        ceiling = parameters["payment_ceiling_share_pct"] / 100
        self.charged_share = fees["chargeable_share_pct"].to_numpy(float) / 100 * (1 - ceiling)
        self.chargeable = fees["chargeable_share_pct"].to_numpy(float) / 100
        self.fee_current = fees["fee_current_eur"].to_numpy(float)
        self.fee_reference = fees["fee_reference_eur"].to_numpy(float)
        self.fee_legal_max = fees["fee_legal_max_eur"].to_numpy(float)
        # Share of a line's demand lost per euro of fee rise: a rise equal to the unit cost
        # loses `elasticity` of the chargeable demand.
        self.demand_loss_per_eur = (
            parameters["fee_demand_elasticity"] * self.chargeable / self.unit_cost
        )

        self.category_ids = list(budget["id"])
        self.category_meta = list(
            zip(budget["id"], budget["name"], budget["kind"], budget["amount_eur"], strict=True)
        )
        index = {cid: i for i, cid in enumerate(self.category_ids)}
        self.category_index = index
        self.budget_base = budget["amount_eur"].to_numpy(float)
        self.is_income = (budget["kind"] == "income").to_numpy()
        self.wage_indexed = (budget["index"] == "wage").to_numpy()
        base_share = budget["training_base_pct"].to_numpy(float) / 100
        self.training_base = float((self.budget_base * base_share).sum())
        self.training_weights = (
            self.budget_base * base_share / self.training_base
            if self.training_base > 0
            else np.zeros(len(self.budget_base))
        )
        self.i_personnel = index["personnel"]
        self.i_outsourced = index["outsourced_labour"]
        self.i_purchased = index["purchased_services_other"]
        self.i_premises = index["premises"]
        self.i_other = index["other_expenses"]
        self.i_fees = index["client_fees"]
        self.agency_spend = float(self.budget_base[self.i_outsourced])

        self.staff_count = workforce["staff_count"]
        self.cost_per_fte = workforce["own_staff_cost_eur_per_fte"]
        self.agency_premium = workforce["agency_premium_pct"] / 100
        self.recruitment_limit = workforce["recruitment_limit_fte_per_year"]
        # The agency hours in own-staff full-time equivalents: what backfilling them all needs.
        self.agency_fte = self.agency_spend / (1 + self.agency_premium) / self.cost_per_fte
        self.training_cost_all_staff = self.staff_count * workforce["training_cost_eur_per_person"]
        self.training_saving_rate = workforce["training_saving_pct"] / 100
        self.digital_visit_cost = parameters["digital_visit_cost_eur"]
        self.digital_setup_cost = parameters["digital_setup_cost_eur"]
        self.office_move_cost = parameters["office_move_cost_eur_per_m2"]
        self.re_let_share = parameters["re_let_share_pct"] / 100

        # Leases, the ones that end first first: space is given up from those.
        premises = baseline.premises
        ends = (
            (premises["lease_end_year"].to_numpy(float) - self.base_year) * 12
            + premises["lease_end_month"].to_numpy(float)
            - 1
        )
        order = np.argsort(ends, kind="stable")
        self.lease_ids = [premises["id"].iloc[i] for i in order]
        self.lease_area = premises["area_m2"].to_numpy(float)[order]
        self.lease_rent = premises["rent_eur_per_m2_year"].to_numpy(float)[order]
        self.lease_paid_until = ends[order] + 1  # first month with no rent owed
        self.lease_notice = premises["notice_months"].to_numpy(float)[order]
        self.lease_internal = (premises["landlord"] == "internal").to_numpy()[order]
        self.office_area = float(self.lease_area.sum())
        self.area_before = np.concatenate([[0.0], np.cumsum(self.lease_area)[:-1]])

        # Yearly growth rates for each year after the base; the last one given continues.
        indexes = baseline.indexes
        self.index_years = {int(y): i for i, y in enumerate(indexes["year"])}
        self.wage_growth = indexes["wage_growth_pct"].to_numpy(float) / 100
        self.price_growth = indexes["price_growth_pct"].to_numpy(float) / 100

    # ----------------------------------------------------------------- years
    @property
    def default_horizon(self) -> int:
        return self.base_year + DEFAULT_HORIZON_YEARS

    @property
    def plan_years(self) -> range:
        """Every year a plan may reach: the baseline year to MAX_HORIZON_YEARS after it."""
        return range(self.base_year, self.base_year + MAX_HORIZON_YEARS + 1)

    def check_year(self, year: int, what: str = "plan year") -> None:
        if year not in self.plan_years:
            raise PlanYearError(
                f"{what} {year} is outside {self.plan_years.start}–{self.plan_years.stop - 1}"
            )

    @cached_property
    def _full_indexes(self) -> tuple[np.ndarray, np.ndarray]:
        """Cumulative wage and price indexes for every possible year (base year = 1)."""
        count = MAX_HORIZON_YEARS + 1
        wage, price = np.ones(count), np.ones(count)
        last_wage = self.wage_growth[-1] if len(self.wage_growth) else 0.0
        last_price = self.price_growth[-1] if len(self.price_growth) else 0.0
        for t in range(1, count):
            row = self.index_years.get(self.base_year + t)
            w = self.wage_growth[row] if row is not None else last_wage
            p = self.price_growth[row] if row is not None else last_price
            wage[t], price[t] = wage[t - 1] * (1 + w), price[t - 1] * (1 + p)
        return wage, price

    def indexes(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        wage, price = self._full_indexes
        return wage[:count], price[:count]

    def _trend(self, count: int):
        """What depends on the years only: demand, trend bought volume, trend budget."""
        cached = self._trend_cache.get(count)
        if cached is None:
            t = np.arange(count, dtype=float)[:, np.newaxis]
            demand = self.volume * (1.0 + self.growth) ** t  # (Y, S)
            bought = np.where(self.statutory, np.maximum(0.0, demand - self.volume), 0.0)
            wage, price = self.indexes(count)
            budget = self.budget_base * np.where(
                self.wage_indexed, wage[:, np.newaxis], price[:, np.newaxis]
            )
            budget[:, self.i_purchased] += _dot(bought, self.substitute_price) * price
            served = np.minimum(demand, self.volume) + bought
            # The same expressions as in evaluate(), so no change gives exactly zero.
            fee_income = _dot(served * self.charged_share, self.fee_current) * price
            cached = (demand, bought, budget, fee_income, wage, price)
            self._trend_cache[count] = cached
        return cached

    @cached_property
    def _trend_cache(self) -> dict:
        return {}

    # ----------------------------------------------------------------- evaluate
    def evaluate(
        self,
        levers: np.ndarray,
        starts: np.ndarray | None = None,
        ramps: np.ndarray | None = None,
        early_exit: np.ndarray | None = None,
        horizon: int | None = None,
    ) -> BatchResult:
        """Evaluate a batch of lever plans.

        levers: (n, L) values in percent, columns in LEVER_IDS order.
        starts: (n, L) months from January of the baseline year (default 0).
        ramps: (n, L) ramp-up in months (default 0).
        early_exit: (n,) whether office leases are left before they end (default no).
        horizon: the last year (default the baseline year + 4).
        """
        levers = np.atleast_2d(np.asarray(levers, dtype=float))
        n, lever_count = levers.shape
        if lever_count != len(LEVER_IDS):
            raise ValueError(f"{lever_count} lever columns given, {len(LEVER_IDS)} levers known")
        horizon = self.default_horizon if horizon is None else int(horizon)
        self.check_year(horizon, "horizon")
        count = horizon - self.base_year + 1
        months = 12 * count
        starts = np.zeros((n, lever_count)) if starts is None else np.atleast_2d(starts)
        ramps = np.zeros((n, lever_count)) if ramps is None else np.atleast_2d(ramps)
        early = np.zeros(n, bool) if early_exit is None else np.asarray(early_exit, bool)
        early = np.broadcast_to(early, (n,))
        demand0, trend_bought, budget_trend, trend_fees, wage, price = self._trend(count)
        col = LEVER_IDS.index
        shares = levers * 0.01
        phase = monthly_phase(starts, ramps, months)  # (n, L, M)
        in_force = yearly_share(phase)  # (n, L, Y)

        effect = np.zeros((n, count, lever_count))
        one_off = np.zeros((n, count, lever_count))
        budget = np.broadcast_to(budget_trend, (n, count, len(self.budget_base))).copy()

        # 1. Client fees: each fee closes its share of the gap to the reference (never above
        # the legal maximum) from its start; chargeable demand falls with the rise.
        fee = col("client_fee_alignment")
        target_fee = self.fee_current + shares[:, fee : fee + 1] * (
            self.fee_reference - self.fee_current
        )
        new_fee = np.minimum(target_fee, np.maximum(self.fee_legal_max, self.fee_current))
        rise = (new_fee - self.fee_current)[:, np.newaxis, :] * in_force[:, fee, :, np.newaxis]
        demand1 = demand0 * np.maximum(0.0, 1.0 - self.demand_loss_per_eur * rise)  # (n, Y, S)
        fee_now = self.fee_current + rise  # (n, Y, S) fee in force, baseline prices
        bought1 = np.where(self.statutory, np.maximum(0.0, demand1 - self.volume), 0.0)

        # 2. Agency labour and backfill, month by month: backfill hires only as fast as the
        # recruitment limit allows from the start of the cut.
        cut, back = col("outsourced_labour_cut"), col("own_staff_backfill")
        removed_m = shares[:, cut, np.newaxis] * phase[:, cut]  # (n, M) share of agency hours
        wanted_m = shares[:, back, np.newaxis] * phase[:, back] * removed_m * self.agency_fte
        since_cut = np.arange(months) - np.minimum(starts[:, cut], starts[:, back])[:, None] + 1
        limit_m = self.recruitment_limit * np.maximum(0.0, since_cut) / 12.0
        backfill_m = np.minimum(wanted_m, limit_m)
        lost_m = (
            np.maximum(0.0, removed_m - backfill_m / self.agency_fte)
            if self.agency_fte > 0
            else removed_m
        )
        removed, backfill_fte = yearly_share(removed_m), yearly_share(backfill_m)
        lost = yearly_share(lost_m)  # (n, Y)
        capacity2 = self.volume * (1.0 - self.outsourced_share * lost[:, :, np.newaxis])
        bought2 = np.where(self.statutory, np.maximum(0.0, demand1 - capacity2), 0.0)
        agency_saved = removed * self.agency_spend * wage
        backfill_cost = backfill_fte * self.cost_per_fte * wage

        # 3. Digital shift: moved visits leave in-person demand; freed in-person capacity first
        # serves unmet or bought demand, and only what is left is released at marginal cost.
        dig = col("digital_shift")
        moved = (shares[:, dig, None, None] * in_force[:, dig, :, None]) * (
            self.substitutable * demand1
        )
        demand3 = demand1 - moved
        released = np.minimum(moved, np.maximum(0.0, capacity2 - demand3))
        capacity3 = capacity2 - released
        delivered = np.minimum(demand3, capacity3)
        bought3 = np.where(self.statutory, demand3 - delivered, 0.0)
        released_saving = _dot(released, self.marginal_cost) * wage
        digital_cost = moved.sum(axis=2) * self.digital_visit_cost * price

        # Fee income on what is served in any channel, at the fee in force, credited stage by
        # stage (fees, then capacity, then the digital shift).
        def fee_income(served):
            return _dot(served * self.charged_share, fee_now) * price

        served1 = np.minimum(demand1, self.volume) + bought1
        served2 = np.minimum(demand1, capacity2) + bought2
        served3 = delivered + bought3 + moved
        income1, income2, income3 = fee_income(served1), fee_income(served2), fee_income(served3)
        bought_cost = [_dot(b, self.substitute_price) * price for b in (bought1, bought2, bought3)]
        trend_bought_cost = _dot(trend_bought, self.substitute_price) * price

        effect[:, :, fee] = (income1 - trend_fees) + (trend_bought_cost - bought_cost[0])
        effect[:, :, cut] = agency_saved + (income2 - income1) + (bought_cost[0] - bought_cost[1])
        effect[:, :, back] = -backfill_cost
        effect[:, :, dig] = (
            released_saving - digital_cost + (income3 - income2) + (bought_cost[1] - bought_cost[2])
        )
        start_year = starts // 12  # (n, L) year offset of each start
        year_axis = np.arange(count)
        starts_in = start_year[:, :, np.newaxis] == year_axis  # (n, L, Y)
        one_off[:, :, dig] = np.where(
            starts_in[:, dig] & (shares[:, dig, None] > 0), self.digital_setup_cost * price, 0.0
        )

        # 4. Office space, lease by lease.
        office = col("office_space_cut")
        area = shares[:, office] * self.office_area  # (n,)
        given = np.clip(area[:, None] - self.area_before, 0.0, self.lease_area)  # (n, Leases)
        start = starts[:, office, np.newaxis]
        owed_until = np.maximum(self.lease_paid_until, start + self.lease_notice)  # (n, Leases)
        stop = np.where(early[:, None], start, owed_until)
        year_start = 12 * year_axis
        free_months = np.clip(year_start + 12 - np.maximum(stop[:, :, None], year_start), 0, 12)
        rent_year = given * self.lease_rent  # (n, Leases) rent a year, baseline prices
        rent_saved_by_lease = rent_year[:, :, None] * free_months / 12.0 * price
        rent_saved = rent_saved_by_lease.sum(axis=1)
        internal_saved = (rent_saved_by_lease * self.lease_internal[:, None]).sum(axis=1)
        vacate_year = stop // 12  # (n, Leases)
        moves_in = vacate_year[:, :, None] == year_axis
        move_cost = (given[:, :, None] * moves_in).sum(axis=1) * self.office_move_cost * price
        owed_months = np.where(early[:, None], owed_until - start, 0.0)
        owed = rent_year * owed_months / 12.0 * (1.0 - self.re_let_share)
        early_exit_cost = (owed[:, :, None] * moves_in).sum(axis=1) * price
        effect[:, :, office] = rent_saved
        one_off[:, :, office] = move_cost + early_exit_cost

        # 5. Financial training: a one-off per person in the start year, then a saving on the
        # training base as the trained share comes into force.
        train = col("finance_training")
        effect[:, :, train] = (
            shares[:, train, None] * in_force[:, train] * self.training_saving_rate
        ) * (self.training_base * price)
        one_off[:, :, train] = np.where(
            starts_in[:, train], shares[:, train, None] * self.training_cost_all_staff * wage, 0.0
        )

        # Budget by category: the trend less the effects.
        budget[:, :, self.i_personnel] += backfill_cost - released_saving
        budget[:, :, self.i_outsourced] -= agency_saved
        budget[:, :, self.i_purchased] += bought_cost[2] - trend_bought_cost
        budget[:, :, self.i_premises] += move_cost + early_exit_cost - rent_saved
        budget[:, :, self.i_other] += digital_cost + one_off[:, :, dig] + one_off[:, :, train]
        budget -= effect[:, :, train, None] * self.training_weights
        budget[:, :, self.i_fees] += income3 - trend_fees
        income = income3 - trend_fees

        # Added levers (register_lever): each brings its own effect.
        for lever in LEVERS:
            if lever.effect is None:
                continue
            j = col(lever.id)
            result: LeverEffect = lever.effect(self, shares[:, j], in_force[:, j])
            effect[:, :, j] = result.saving
            one_off[:, :, j] = result.one_off
            k = self.category_index[result.category]
            sign = 1.0 if self.is_income[k] else -1.0
            budget[:, :, k] += sign * np.asarray(result.saving) + np.asarray(result.one_off)
            if result.income:
                income = income + result.saving

        return BatchResult(
            years=self.base_year + year_axis,
            lever_ids=tuple(LEVER_IDS),
            effect=effect,
            one_off=one_off,
            income=income,
            demand=demand3,
            moved_to_digital=moved,
            capacity=capacity3,
            delivered=delivered,
            bought=bought3,
            trend_bought=trend_bought,
            new_fee=new_fee,
            budget_trend=budget_trend,
            budget_scenario=budget,
            staff_change_fte=backfill_fte,
            agency_change_fte=-removed * self.agency_fte,
            backfill_wanted_fte=yearly_share(wanted_m),
            office_area_given_up=area,
            office_early_exit_eur=early_exit_cost,
            internal_rent_saved=internal_saved,
        )


def _dot(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Sum over the last axis of values x weights, the same way for trend and scenario."""
    return (values * weights).sum(axis=-1)

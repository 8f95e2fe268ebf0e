"""The multi-year planning engine: lever plans in, savings and service volumes by year out.

All arithmetic runs on numpy arrays prepared from the baseline. `evaluate` takes a batch of n
lever plans (values, starts, ramp-ups) and, optionally, n draws of baseline figures (for
uncertainty and sensitivity analysis), and returns arrays with a scenario axis and a year axis
(n, Y, ...): one scenario, a sensitivity sweep, a Monte Carlo run and the solver all use this
one path, with no Python loop per scenario or per draw. The formulas, units and sign
conventions are written out with a worked example in docs/model.md.

Money is nominal in each year and VAT-net. Own-staff and agency costs follow the wage index,
everything else the price index. A scenario's saving in a year is the no-change trend's net
cost minus the scenario's net cost in that year (positive helps the budget).

The effects are computed in stages so that each lever's share adds up to the total exactly:
fees (demand falls) -> agency labour and backfill (own capacity changes) -> digital shift
(in-person demand falls, freed capacity serves unmet or bought demand first). Each stage's
change in bought volume and in fee income is credited to its lever.

Shapes: every prepared baseline array has a leading draw axis of length m (1 without draws,
else n): per line (m, 1, S), per lease (m, Leases), per category (m, 1, C), scalars (m, 1),
indexes (m, years). They broadcast against the scenario arrays (n, Y, S).

Speed without changing a number: what depends only on the figures and the horizon is kept per
horizon (_Years); a large batch runs in blocks of BLOCK_ROWS rows that stay in the processor's
cache; whole-month timings of a batch look their shares in force up in a table made with the
same arithmetic. tests/model/test_engine_speed_paths.py holds each of these to the bit.
"""

import functools
from dataclasses import dataclass, fields

import numpy as np

from planner.model.baseline import DIGITAL_UNITS, ROW_KEY, Baseline
from planner.model.levers import BUILT_IN_LEVERS, LEVER_IDS, LEVERS, LeverEffect
from planner.model.timing import (
    DEFAULT_HORIZON_YEARS,
    MAX_HORIZON_YEARS,
    MAX_RAMP_MONTHS,
    lever_phase,
    monthly_phase,
    yearly_share,
)

# The numeric figures the engine reads, by table and column (workforce and parameters: by id).
ROW_FIGURES = {
    "services": (
        "volume",
        "unit_cost_eur",
        "outsourced_share_pct",
        "demand_growth_pct",
        "digital_substitutable_pct",
        "floor_pct",
        "substitute_price_pct",
        "marginal_cost_pct",
    ),
    "fees": ("chargeable_share_pct", "fee_current_eur", "fee_reference_eur", "fee_legal_max_eur"),
    "budget": ("amount_eur", "training_base_pct"),
    "premises": (
        "area_m2",
        "rent_eur_per_m2_year",
        "lease_end_year",
        "lease_end_month",
        "notice_months",
    ),
    "indexes": ("wage_growth_pct", "price_growth_pct"),
}
VALUE_TABLES = ("workforce", "parameters")
# Rows evaluated together in a large batch (see Engine.evaluate); measured on bench/engine.py.
BLOCK_ROWS = 1024

# The built-in levers' columns, which the engine computes together. They come first in
# LEVER_IDS in this order; added levers follow them.
_BUILT_IN = [lever.id for lever in BUILT_IN_LEVERS]
BUILT_IN_COLUMNS = tuple(
    _BUILT_IN.index(lever_id)
    for lever_id in (
        "client_fee_alignment",
        "outsourced_labour_cut",
        "own_staff_backfill",
        "digital_shift",
        "office_space_cut",
        "finance_training",
    )
)


class PlanYearError(ValueError):
    """A plan year or horizon outside what the baseline supports."""


class FigureError(KeyError):
    """A baseline figure the engine does not know (a draw or override of it)."""


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
    trend_bought: np.ndarray  # (n, Y, S) bought with no lever moved
    new_fee: np.ndarray  # (n, S) fee per chargeable unit at full effect (baseline prices)
    budget_trend: np.ndarray  # (n, Y, C)
    budget_scenario: np.ndarray  # (n, Y, C)
    staff_change_fte: np.ndarray  # (n, Y) own staff (backfill), yearly average
    agency_change_fte: np.ndarray  # (n, Y) agency labour in own-staff FTE, yearly average
    backfill_wanted_fte: np.ndarray  # (n, Y) backfill the lever asks for, before the limit
    office_area_given_up: np.ndarray  # (n,) m2
    office_early_exit_eur: np.ndarray  # (n, Y) rent owed paid on leaving early (in one_off)
    internal_rent_saved: np.ndarray  # (n, Y) rent saved on the city's own premises
    floor: np.ndarray  # (n, S) each line's floor (a baseline figure, so it can be drawn)

    @property
    def total(self) -> np.ndarray:
        """(n, Y) savings in each year: effects less one-off costs."""
        return self.effect.sum(axis=2) - self.one_off.sum(axis=2)

    @property
    def shortfall(self) -> np.ndarray:
        return self.demand - self.delivered - self.bought

    def lever_column(self, lever_id: str) -> int:
        return self.lever_ids.index(lever_id)


@dataclass
class Figures:
    """The baseline's numbers as the engine uses them, with a leading draw axis m."""

    volume: np.ndarray  # (m, 1, S)
    unit_cost: np.ndarray
    outsourced_share: np.ndarray
    growth: np.ndarray
    floor: np.ndarray
    substitute_price: np.ndarray
    marginal_cost: np.ndarray
    substitutable: np.ndarray
    chargeable: np.ndarray
    charged_share: np.ndarray
    fee_current: np.ndarray
    fee_reference: np.ndarray
    fee_legal_max: np.ndarray
    fee_gap: np.ndarray  # reference less current
    fee_cap: np.ndarray  # the highest fee allowed: the legal maximum, or today's if above it
    demand_loss_per_eur: np.ndarray
    budget_base: np.ndarray  # (m, 1, C)
    training_base: np.ndarray  # (m, 1)
    training_weights: np.ndarray  # (m, 1, C)
    agency_spend: np.ndarray  # (m, 1)
    staff_count: np.ndarray
    cost_per_fte: np.ndarray
    recruitment_limit: np.ndarray
    agency_fte: np.ndarray
    agency_fte_positive: bool  # in every row (then no guard against dividing by zero)
    training_cost_all_staff: np.ndarray
    training_saving_rate: np.ndarray
    digital_visit_cost: np.ndarray
    digital_setup_cost: np.ndarray
    office_move_cost: np.ndarray
    re_let_share: np.ndarray
    not_re_let: np.ndarray  # 1 - re_let_share
    lease_area: np.ndarray  # (m, Leases), leases that end first first
    lease_rent: np.ndarray
    lease_paid_until: np.ndarray  # first month with no rent owed
    lease_notice: np.ndarray
    lease_internal: np.ndarray
    area_before: np.ndarray
    office_area: np.ndarray  # (m,)
    wage: np.ndarray  # (m, MAX_HORIZON_YEARS + 1) cumulative, base year = 1
    price: np.ndarray
    rows: int  # m: 1 without draws (each array above has 1 or m rows and broadcasts)

    def block(self, rows: slice) -> "Figures":
        """The figures of a block of rows (of every draw's row when there are draws)."""
        if self.rows == 1:
            return self
        parts = {field.name: getattr(self, field.name) for field in fields(Figures)}
        for name, value in parts.items():
            if isinstance(value, np.ndarray) and value.shape[0] == self.rows:
                parts[name] = value[rows]
        parts["rows"] = rows.stop - rows.start
        return Figures(**parts)


class Engine:
    """Prepared arrays of one baseline; evaluate() takes batches of lever plans (and draws)."""

    def __init__(self, baseline: Baseline):
        self.baseline = baseline
        self.base_year = int(baseline.year)
        services, budget = baseline.services, baseline.budget
        self.statutory = (services["duty"] == "statutory").to_numpy()
        self.digital_line = services["unit"].isin(DIGITAL_UNITS).to_numpy()
        self.service_meta = list(
            zip(
                services["id"],
                services["name"],
                services["unit"],
                services["duty"],
                services["volume"].astype(float).tolist(),
                strict=True,
            )
        )
        self.category_ids = list(budget["id"])
        self.category_meta = list(
            zip(budget["id"], budget["name"], budget["kind"], budget["amount_eur"], strict=True)
        )
        index = {cid: i for i, cid in enumerate(self.category_ids)}
        self.category_index = index
        self.is_income = (budget["kind"] == "income").to_numpy()
        self.wage_indexed = (budget["index"] == "wage").to_numpy()
        self.i_personnel = index["personnel"]
        self.i_outsourced = index["outsourced_labour"]
        self.i_purchased = index["purchased_services_other"]
        self.i_premises = index["premises"]
        self.i_other = index["other_expenses"]
        self.i_fees = index["client_fees"]
        self.lease_landlord_internal = (baseline.premises["landlord"] == "internal").to_numpy()
        self.index_years = [int(y) for y in baseline.indexes["year"]]

        # Every numeric figure as a 1-D array over its table's rows, and where each row is.
        self.raw: dict[tuple[str, str], np.ndarray] = {}
        self.rows: dict[str, dict[str, int]] = {}
        for table, columns in ROW_FIGURES.items():
            frame = getattr(baseline, table)
            self.rows[table] = {str(r): i for i, r in enumerate(frame[ROW_KEY[table]])}
            for column in columns:
                self.raw[(table, column)] = frame[column].to_numpy(float)
        for table in VALUE_TABLES:
            values = getattr(baseline, table)
            self.rows[table] = {key: i for i, key in enumerate(values)}
            self.raw[(table, "value")] = np.array(list(values.values()), dtype=float)
        self.figures = self.prepare(None, 1)
        for array in vars(self.figures).values():
            if isinstance(array, np.ndarray):
                array.flags.writeable = False  # results may be views of these
        self._years_cache: dict[int, _Years] = {}

        # 1-D views of the baseline's own figures, for results and warnings.
        f = self.figures
        self.volume = f.volume[0, 0]
        self.unit_cost = f.unit_cost[0, 0]
        self.outsourced_share = f.outsourced_share[0, 0]
        self.growth = f.growth[0, 0]
        self.marginal_cost = f.marginal_cost[0, 0]
        self.floor = f.floor[0, 0]
        self.substitute_price = f.substitute_price[0, 0]
        self.chargeable = f.chargeable[0, 0]
        self.fee_reference = f.fee_reference[0, 0]
        self.fee_legal_max = f.fee_legal_max[0, 0]
        self.recruitment_limit = float(f.recruitment_limit[0, 0])
        self.agency_spend = float(f.agency_spend[0, 0])
        self.agency_fte = float(f.agency_fte[0, 0])
        self.cost_per_fte = float(f.cost_per_fte[0, 0])
        self.training_base = float(f.training_base[0, 0])
        self.office_area = float(f.office_area[0])

    # ----------------------------------------------------------------- figures
    def has_figure(self, table: str, row: str, column: str) -> bool:
        try:
            self._locate(table, row, column)
        except FigureError:
            return False
        return True

    def _locate(self, table: str, row: str, column: str) -> tuple[tuple[str, str], int]:
        key = (table, "value" if table in VALUE_TABLES else column)
        if key not in self.raw or str(row) not in self.rows.get(table, {}):
            raise FigureError(f"{table}.{row}.{column} is not a figure the engine reads")
        return key, self.rows[table][str(row)]

    def prepare(self, draws: dict | None, n: int) -> Figures:
        """The engine's arrays with `draws` ({(table, row, column): (n,) values}) in place of
        the baseline's figures; without draws, a draw axis of length 1."""
        m = n if draws else 1
        raw = {key: values[np.newaxis, :] for key, values in self.raw.items()}
        for (table, row, column), values in (draws or {}).items():
            key, position = self._locate(table, row, column)
            if raw[key].base is not None or raw[key].shape[0] != m:
                # A copy with a row per draw: never write into the baseline's own arrays.
                raw[key] = np.repeat(raw[key], m, axis=0)
            raw[key][:, position] = np.asarray(values, dtype=float)  # (m,) or one value

        def line(column, table="services"):
            return raw[(table, column)][:, np.newaxis, :]  # (m, 1, S)

        def value(table, key):
            return raw[(table, "value")][:, self.rows[table][key], np.newaxis]  # (m, 1)

        volume, unit_cost = line("volume"), line("unit_cost_eur")
        fee_current = line("fee_current_eur", "fees")
        fee_reference = line("fee_reference_eur", "fees")
        fee_legal_max = line("fee_legal_max_eur", "fees")
        chargeable = line("chargeable_share_pct", "fees") / 100
        ceiling = value("parameters", "payment_ceiling_share_pct") / 100
        budget_base = raw[("budget", "amount_eur")][:, np.newaxis, :]
        base_share = raw[("budget", "training_base_pct")][:, np.newaxis, :] / 100
        training_base = (budget_base * base_share).sum(axis=2)  # (m, 1)
        weights = np.divide(
            budget_base * base_share,
            training_base[:, :, np.newaxis],
            out=np.zeros_like(budget_base * base_share),
            where=training_base[:, :, np.newaxis] > 0,
        )
        agency_spend = budget_base[:, :, self.i_outsourced]
        cost_per_fte = value("workforce", "own_staff_cost_eur_per_fte")
        premium = value("workforce", "agency_premium_pct") / 100
        re_let_share = value("parameters", "re_let_share_pct") / 100
        # The agency hours in own-staff full-time equivalents: what backfilling them needs.
        agency_fte = agency_spend / (1 + premium) / cost_per_fte

        # Leases, the ones that end first first (per draw: a drawn end date may reorder them).
        ends = (
            (raw[("premises", "lease_end_year")] - self.base_year) * 12
            + raw[("premises", "lease_end_month")]
            - 1
        )
        order = np.argsort(ends, axis=1, kind="stable")

        def lease(column):
            return np.take_along_axis(raw[("premises", column)], order, axis=1)

        area = lease("area_m2")
        internal = np.broadcast_to(self.lease_landlord_internal, ends.shape)

        # Cumulative indexes for every possible year; years after the last given continue at
        # the last rate given.
        count = MAX_HORIZON_YEARS + 1
        picks = []
        for t in range(1, count):
            year = self.base_year + t
            known = [i for i, y in enumerate(self.index_years) if y <= year]
            picks.append(
                self.index_years.index(year)
                if year in self.index_years
                else (max(known, key=lambda i: self.index_years[i]) if known else -1)
            )
        wage_growth = self._growth(raw[("indexes", "wage_growth_pct")], picks)
        price_growth = self._growth(raw[("indexes", "price_growth_pct")], picks)
        wage = _cumulative(wage_growth)
        price = _cumulative(price_growth)

        return Figures(
            volume=volume,
            unit_cost=unit_cost,
            outsourced_share=line("outsourced_share_pct") / 100,
            growth=line("demand_growth_pct") / 100,
            floor=line("floor_pct") / 100,
            substitute_price=unit_cost * line("substitute_price_pct") / 100,
            marginal_cost=unit_cost * line("marginal_cost_pct") / 100,
            substitutable=np.where(self.digital_line, line("digital_substitutable_pct") / 100, 0.0),
            chargeable=chargeable,
            charged_share=chargeable * (1 - ceiling[:, :, np.newaxis]),
            fee_current=fee_current,
            fee_reference=fee_reference,
            fee_legal_max=fee_legal_max,
            fee_gap=fee_reference - fee_current,
            fee_cap=np.maximum(fee_legal_max, fee_current),
            # A fee rise equal to the unit cost loses `elasticity` of the chargeable demand.
            demand_loss_per_eur=value("parameters", "fee_demand_elasticity")[:, :, np.newaxis]
            * chargeable
            / unit_cost,
            budget_base=budget_base,
            training_base=training_base,
            training_weights=weights,
            agency_spend=agency_spend,
            staff_count=value("workforce", "staff_count"),
            cost_per_fte=cost_per_fte,
            recruitment_limit=value("workforce", "recruitment_limit_fte_per_year"),
            agency_fte=agency_fte,
            agency_fte_positive=bool((agency_fte > 0).all()),
            training_cost_all_staff=value("workforce", "staff_count")
            * value("workforce", "training_cost_eur_per_person"),
            training_saving_rate=value("workforce", "training_saving_pct") / 100,
            digital_visit_cost=value("parameters", "digital_visit_cost_eur"),
            digital_setup_cost=value("parameters", "digital_setup_cost_eur"),
            office_move_cost=value("parameters", "office_move_cost_eur_per_m2"),
            re_let_share=re_let_share,
            not_re_let=1.0 - re_let_share,
            lease_area=area,
            lease_rent=lease("rent_eur_per_m2_year"),
            lease_paid_until=np.take_along_axis(ends, order, axis=1) + 1,
            lease_notice=lease("notice_months"),
            lease_internal=np.take_along_axis(internal, order, axis=1),
            area_before=np.cumsum(area, axis=1) - area,
            office_area=area.sum(axis=1),
            wage=wage,
            price=price,
            rows=m,
        )

    @staticmethod
    def _growth(rates: np.ndarray, picks: list[int]) -> np.ndarray:
        """(m, rows) yearly rates in percent -> (m, years) growth of each year after the base."""
        if rates.shape[1] == 0:
            return np.zeros((rates.shape[0], len(picks)))
        padded = np.concatenate([rates, np.zeros((rates.shape[0], 1))], axis=1) / 100
        return padded[:, [p if p >= 0 else rates.shape[1] for p in picks]]

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

    def indexes(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        """The baseline's cumulative wage and price indexes for the first `count` years."""
        return self.figures.wage[0, :count], self.figures.price[0, :count]

    def _years(self, f: Figures, count: int) -> "_Years":
        """What a horizon needs that no lever changes: the no-change trend, the indexes and the
        month and year axes, shapes (m, Y, ...). Kept per horizon for the baseline's own
        figures (plans change far more often than horizons); computed afresh for draws."""
        if f is self.figures:
            cached = self._years_cache.get(count)
            if cached is not None:
                return cached
        t = np.arange(count, dtype=float)[np.newaxis, :, np.newaxis]
        demand = f.volume * (1.0 + f.growth) ** t  # (m, Y, S)
        bought = np.where(self.statutory, np.maximum(0.0, demand - f.volume), 0.0)
        wage, price = f.wage[:, :count], f.price[:, :count]  # (m, Y)
        budget = f.budget_base * np.where(
            self.wage_indexed, wage[:, :, np.newaxis], price[:, :, np.newaxis]
        )
        # One row per draw: a drawn figure elsewhere (a line's volume) changes this budget too.
        budget = np.broadcast_to(budget, (f.rows, count, budget.shape[2])).copy()
        # The same expressions as in evaluate(), so no change gives exactly zero.
        bought_cost = _dot(bought, f.substitute_price) * price
        budget[:, :, self.i_purchased] += bought_cost
        served = np.minimum(demand, f.volume) + bought
        fee_income = _dot(served * f.charged_share, f.fee_current) * price
        year_axis = np.arange(count)
        years = _Years(
            count=count,
            year_axis=year_axis,
            year_start=12 * year_axis,
            year_end=12 * year_axis + 12,
            month=np.arange(12 * count, dtype=float),
            demand=demand,
            bought=bought,
            budget=budget,
            fee_income=fee_income,
            bought_cost=bought_cost,
            wage=wage,
            price=price,
            lease_price=price[:, np.newaxis, :],
            training_base_price=f.training_base * price,
            digital_setup_price=f.digital_setup_cost * price,
        )
        if f is self.figures:
            for array in vars(years).values():
                if isinstance(array, np.ndarray):
                    array.flags.writeable = False  # shared by every result of this horizon
            self._years_cache[count] = years
        return years

    # ----------------------------------------------------------------- evaluate
    def evaluate(
        self,
        levers: np.ndarray,
        starts: np.ndarray | None = None,
        ramps: np.ndarray | None = None,
        early_exit: np.ndarray | None = None,
        horizon: int | None = None,
        draws: dict | None = None,
    ) -> BatchResult:
        """Evaluate a batch of lever plans.

        levers: (n, L) values in percent, columns in LEVER_IDS order.
        starts: (n, L) months from January of the baseline year (default 0).
        ramps: (n, L) ramp-up in months (default 0).
        early_exit: (n,) whether office leases are left before they end (default no).
        horizon: the last year (default the baseline year + 4).
        draws: {(table, row, column): (n,) values} baseline figures that differ per row
            (overrides, uncertainty draws, sensitivity); a lever plan of one row is used for
            every draw.
        Any of levers, starts, ramps and early_exit may have one row for all n.
        """
        levers = np.asarray(levers, dtype=float)
        if levers.ndim != 2:
            levers = np.atleast_2d(levers)
        lever_count = levers.shape[1]
        if lever_count != len(LEVER_IDS):
            raise ValueError(f"{lever_count} lever columns given, {len(LEVER_IDS)} levers known")
        n = levers.shape[0]
        if draws:
            n = max(n, *(np.size(v) for v in draws.values()))
        horizon = self.default_horizon if horizon is None else int(horizon)
        self.check_year(horizon, "horizon")
        count = horizon - self.base_year + 1
        # Each input keeps its own row count, 1 or n, and numpy broadcasts them: a plan shared
        # by every draw, or a timing shared by a sweep, is worked out once, not once per row.
        starts = _plan_rows(starts, n, lever_count, "starts")
        ramps = _plan_rows(ramps, n, lever_count, "ramps")
        _check_rows(levers, n, "lever values")
        if early_exit is None:
            early = np.zeros(1, bool)
        else:
            early = np.asarray(early_exit, bool).reshape(-1)
            _check_rows(early, n, "early exits")
        f = self.prepare(draws, n) if draws else self.figures
        if n <= BLOCK_ROWS:
            return self._evaluate(levers, starts, ramps, early, count, f, n)
        # A large batch a block of rows at a time: one block's arrays stay in the processor's
        # cache, which makes a batch of 100,000 several times faster (and its peak memory a
        # fraction). Rows do not interact, so each row's numbers are the same either way.
        joined: dict = {}
        for first in range(0, n, BLOCK_ROWS):
            block = slice(first, min(n, first + BLOCK_ROWS))
            part = self._evaluate(
                _block(levers, block),
                _block(starts, block),
                _block(ramps, block),
                _block(early, block),
                count,
                f.block(block),
                block.stop - block.start,
            )
            _join(joined, part, block, n)  # while the block's numbers are still in the cache
        return BatchResult(**joined)

    def _evaluate(self, levers, starts, ramps, early, count, f: "Figures", n) -> BatchResult:
        """evaluate() on checked inputs: levers (1 or n, L), starts and ramps (1 or n, L),
        early (1 or n,), figures with 1 or n rows."""
        y = self._years(f, count)
        fee, cut, back, dig, office, train = BUILT_IN_COLUMNS
        lever_count = levers.shape[1]
        shares = (levers if levers.shape[0] == n else np.repeat(levers, n, axis=0)) * 0.01
        # Timing is usually shared by many rows (draws, sweeps): phases once per distinct plan.
        if starts.shape[0] > 1 and (starts == starts[0]).all():
            starts = starts[:1]
        if ramps.shape[0] > 1 and (ramps == ramps[0]).all():
            ramps = ramps[:1]
        if max(starts.shape[0], ramps.shape[0]) > 1 and _whole_months(starts, ramps):
            # Many timings, all in whole months (a batch of plans): a year's share in force
            # is looked up (see _share_table); only the agency cut's and the backfill's
            # phases are needed month by month.
            in_force = _in_force_from_table(starts, ramps, y.year_start)  # (n, L, Y)
            phase_cut = lever_phase(starts[:, cut, None], ramps[:, cut, None], y.month)
            phase_back = lever_phase(starts[:, back, None], ramps[:, back, None], y.month)
        else:
            phase = monthly_phase(starts, ramps, 12 * count)  # (1 or n, L, M)
            in_force = yearly_share(phase)  # (1 or n, L, Y)
            phase_cut, phase_back = phase[:, cut], phase[:, back]  # (1 or n, M)
        if in_force.shape[0] < n:
            # A row per plan after all: numpy is faster on whole arrays than broadcasting a
            # row against them (it cannot merge their axes into one loop).
            rows = np.zeros(n, dtype=np.intp)
            in_force, phase_cut, phase_back = in_force[rows], phase_cut[rows], phase_back[rows]
        lines = f.volume.shape[2]

        # 1. Client fees: each fee closes its share of the gap to the reference (never above
        # the legal maximum) from its start; chargeable demand falls with the rise.
        target_fee = f.fee_current + shares[:, fee, None, None] * f.fee_gap
        new_fee = np.minimum(target_fee, f.fee_cap)  # (n, 1, S)
        rise = (new_fee - f.fee_current) * in_force[:, fee, :, np.newaxis]  # (n, Y, S)
        # In place where a temporary is not needed again: fewer large arrays to allocate,
        # which for a block of rows costs as much as the arithmetic.
        kept = f.demand_loss_per_eur * rise
        np.maximum(0.0, np.subtract(1.0, kept, out=kept), out=kept)  # share of demand kept
        demand1 = np.multiply(y.demand, kept, out=kept)
        fee_now = f.fee_current + rise

        # 2. Agency labour and backfill, month by month: backfill hires only as fast as the
        # recruitment limit allows from the start of the cut.
        # The four monthly quantities side by side, so their yearly means take one call.
        monthly = np.empty((4, n, 12 * count))  # removed, backfilled FTE, lost, wanted FTE
        removed_m = np.multiply(shares[:, cut, np.newaxis], phase_cut, out=monthly[0])
        wanted_m = np.multiply(
            shares[:, back, np.newaxis] * phase_back * removed_m, f.agency_fte, out=monthly[3]
        )
        # Recruiting for backfill starts with the backfill lever (it may start before the cut:
        # hiring ahead), at most the recruitment limit a year.
        recruiting = y.month - starts[:, back, None] + 1
        limit_m = f.recruitment_limit * np.maximum(0.0, recruiting) / 12.0
        backfill_m = np.minimum(wanted_m, limit_m, out=monthly[1])
        if f.agency_fte_positive:
            backfilled_m = backfill_m / f.agency_fte
        else:
            backfilled_m = np.divide(
                backfill_m, f.agency_fte, out=np.zeros_like(backfill_m), where=f.agency_fte > 0
            )
        np.maximum(0.0, removed_m - backfilled_m, out=monthly[2])
        removed, backfill_fte, lost, wanted = yearly_share(monthly)  # each (n, Y)
        capacity2 = f.volume * (1.0 - f.outsourced_share * lost[:, :, np.newaxis])
        agency_saved = removed * f.agency_spend * y.wage
        backfill_cost = backfill_fte * f.cost_per_fte * y.wage

        # 3. Digital shift: moved visits leave in-person demand; freed in-person capacity first
        # serves unmet or bought demand, and only what is left is released at marginal cost.
        moved = (shares[:, dig, None, None] * in_force[:, dig, :, None]) * (
            f.substitutable * demand1
        )
        demand3 = demand1 - moved
        released = np.subtract(capacity2, demand3)  # then the part of it that is moved:
        np.minimum(moved, np.maximum(0.0, released, out=released), out=released)
        capacity3 = capacity2 - released
        released_saving = _dot(released, f.marginal_cost) * y.wage
        digital_cost = np.add.reduce(moved, axis=2) * f.digital_visit_cost * y.price

        # Own capacity delivers what it can; statutory demand beyond it is bought. Fee income
        # on what is served in any channel, at the fee in force, credited stage by stage
        # (fees, then capacity, then the digital shift).
        delivered = np.minimum(demand3, capacity3)
        bought1 = np.where(self.statutory, np.maximum(0.0, demand1 - f.volume), 0.0)
        bought2 = np.where(self.statutory, np.maximum(0.0, demand1 - capacity2), 0.0)
        bought3 = np.where(self.statutory, demand3 - delivered, 0.0)
        served1 = np.minimum(demand1, f.volume) + bought1
        served2 = np.minimum(demand1, capacity2) + bought2
        served3 = delivered + bought3 + moved
        income = [
            _dot(served * f.charged_share, fee_now) * y.price
            for served in (served1, served2, served3)
        ]
        bought_cost = [
            _dot(bought, f.substitute_price) * y.price for bought in (bought1, bought2, bought3)
        ]

        effect = np.zeros((n, count, lever_count))
        one_off = np.zeros((n, count, lever_count))
        effect[:, :, fee] = (income[0] - y.fee_income) + (y.bought_cost - bought_cost[0])
        effect[:, :, cut] = (
            agency_saved + (income[1] - income[0]) + (bought_cost[0] - bought_cost[1])
        )
        effect[:, :, back] = -backfill_cost
        effect[:, :, dig] = (
            released_saving
            - digital_cost
            + (income[2] - income[1])
            + (bought_cost[1] - bought_cost[2])
        )
        start_year = starts // 12  # (n, L) year offset of each start
        starts_in = start_year[:, :, np.newaxis] == y.year_axis  # (n, L, Y)
        one_off[:, :, dig] = np.where(
            starts_in[:, dig] & (shares[:, dig, None] > 0), y.digital_setup_price, 0.0
        )

        # 4. Office space, lease by lease. (np.minimum and np.maximum rather than np.clip:
        # the same values, without clip's Python-level overhead.)
        area = shares[:, office] * f.office_area  # (n,)
        given = np.minimum(np.maximum(area[:, None] - f.area_before, 0.0), f.lease_area)
        start = starts[:, office, np.newaxis]
        owed_until = np.maximum(f.lease_paid_until, start + f.lease_notice)  # (n, Leases)
        leaves_early = early.shape[0] > 1 or bool(early[0])
        stop = np.where(early[:, None], start, owed_until) if leaves_early else owed_until
        free_months = y.year_end - np.maximum(stop[:, :, None], y.year_start)
        np.minimum(np.maximum(free_months, 0, out=free_months), 12, out=free_months)
        rent_year = given * f.lease_rent  # (n, Leases) rent a year, baseline prices
        rent_saved_by_lease = rent_year[:, :, None] * free_months / 12.0 * y.lease_price
        rent_saved = np.add.reduce(rent_saved_by_lease, axis=1)
        internal_saved = np.add.reduce(rent_saved_by_lease * f.lease_internal[:, :, None], axis=1)
        vacate_year = stop // 12  # (n, Leases)
        moves_in = vacate_year[:, :, None] == y.year_axis
        move_cost = (
            np.add.reduce(given[:, :, None] * moves_in, axis=1) * f.office_move_cost * y.price
        )
        if leaves_early:
            owed_months = np.where(early[:, None], owed_until - start, 0.0)
            owed = rent_year * owed_months / 12.0 * f.not_re_let
            early_exit_cost = np.add.reduce(owed[:, :, None] * moves_in, axis=1) * y.price
        else:
            early_exit_cost = np.zeros((1, count))  # nothing owed when no lease is left early
        effect[:, :, office] = rent_saved
        one_off[:, :, office] = move_cost + early_exit_cost

        # 5. Financial training: a one-off per person in the start year, then a saving on the
        # training base as the trained share comes into force.
        effect[:, :, train] = (
            shares[:, train, None] * in_force[:, train] * f.training_saving_rate
        ) * y.training_base_price
        one_off[:, :, train] = np.where(
            starts_in[:, train],
            shares[:, train, None] * f.training_cost_all_staff * y.wage,
            0.0,
        )

        # Budget by category: the trend less the effects.
        budget = np.empty((n, count, y.budget.shape[2]))
        budget[...] = y.budget
        budget[:, :, self.i_personnel] += backfill_cost - released_saving
        budget[:, :, self.i_outsourced] -= agency_saved
        budget[:, :, self.i_purchased] += bought_cost[2] - y.bought_cost
        budget[:, :, self.i_premises] += move_cost + early_exit_cost - rent_saved
        budget[:, :, self.i_other] += digital_cost + one_off[:, :, dig] + one_off[:, :, train]
        budget -= effect[:, :, train, None] * f.training_weights
        income = income[2] - y.fee_income
        budget[:, :, self.i_fees] += income

        # Added levers (register_lever): each brings its own effect, on rows for every plan.
        for j in range(len(BUILT_IN_COLUMNS), lever_count):
            lever = LEVERS[j]
            result: LeverEffect = lever.effect(
                self,
                np.broadcast_to(shares[:, j], (n,)),
                np.broadcast_to(in_force[:, j], (n, count)),
            )
            effect[:, :, j] = result.saving
            one_off[:, :, j] = result.one_off
            k = self.category_index[result.category]
            # A saving lowers an expense or raises an income; a one-off cost works against it.
            sign = 1.0 if self.is_income[k] else -1.0
            budget[:, :, k] += sign * (np.asarray(result.saving) - np.asarray(result.one_off))
            if result.income:
                income = income + result.saving

        per_year, per_line = (n, count), (n, count, lines)
        return BatchResult(
            years=self.base_year + y.year_axis,
            lever_ids=tuple(LEVER_IDS),
            effect=effect,
            one_off=one_off,
            income=_fit(income, per_year),
            demand=demand3,
            moved_to_digital=_fit(moved, per_line),
            capacity=capacity3,
            delivered=delivered,
            bought=bought3,
            trend_bought=_fit(y.bought, per_line),
            new_fee=_fit(new_fee[:, 0, :], (n, lines)),
            budget_trend=_fit(y.budget, budget.shape),
            budget_scenario=budget,
            staff_change_fte=_fit(backfill_fte, per_year),
            agency_change_fte=_fit(-removed * f.agency_fte, per_year),
            backfill_wanted_fte=wanted,
            office_area_given_up=_fit(area, (n,)),
            office_early_exit_eur=_fit(early_exit_cost, per_year),
            internal_rent_saved=_fit(internal_saved, per_year),
            floor=_fit(f.floor[:, 0, :], (n, lines)),
        )


@dataclass
class _Years:
    """One horizon's arrays that no lever changes (see Engine._years)."""

    count: int
    year_axis: np.ndarray  # (Y,) 0, 1, ...
    year_start: np.ndarray  # (Y,) month index of each January
    year_end: np.ndarray  # (Y,) month index of the next January
    month: np.ndarray  # (M,) 0.0, 1.0, ...
    demand: np.ndarray  # (m, Y, S) trend demand
    bought: np.ndarray  # (m, Y, S) trend bought volume
    budget: np.ndarray  # (m, Y, C) trend budget
    fee_income: np.ndarray  # (m, Y)
    bought_cost: np.ndarray  # (m, Y)
    wage: np.ndarray  # (m, Y)
    price: np.ndarray  # (m, Y)
    lease_price: np.ndarray  # (m, 1, Y)
    training_base_price: np.ndarray  # (m, Y)
    digital_setup_price: np.ndarray  # (m, Y)


def _block(values: np.ndarray, block: slice) -> np.ndarray:
    """The rows of a block, or the one row every plan shares."""
    return values if values.shape[0] == 1 else values[block]


def _join(joined: dict, part: BatchResult, block: slice, n: int) -> None:
    """Put one block's results into the fields of the whole batch's (n rows)."""
    if not joined:
        joined.update(years=part.years, lever_ids=part.lever_ids)
    for field in fields(BatchResult):
        if field.name in ("years", "lever_ids"):
            continue
        values = getattr(part, field.name)
        whole = joined.get(field.name)
        if whole is None:
            shape = (n, *values.shape[1:])
            if values.strides[0] == 0:
                # One row shared by every plan (the trend without draws): it stays one row.
                joined[field.name] = np.broadcast_to(values[:1], shape)
                continue
            joined[field.name] = whole = np.empty(shape, dtype=values.dtype)
        elif whole.strides[0] == 0:
            if np.array_equal(values, np.broadcast_to(whole[:1], values.shape)):
                continue
            joined[field.name] = whole = whole.copy()  # no longer shared: a row per plan
        whole[block] = values


def _whole_months(starts: np.ndarray, ramps: np.ndarray) -> bool:
    """Whether every start is a whole month and every ramp-up whole months up to the most a
    plan allows (what _share_table covers)."""
    return bool(
        (starts == np.floor(starts)).all()
        and (ramps == np.floor(ramps)).all()
        and (ramps <= MAX_RAMP_MONTHS).all()
    )


@functools.cache
def _share_table() -> np.ndarray:
    """A year's share in force by the months from a lever's start to that January (-12 up to
    the longest ramp-up + 1; beyond, the share is 0 or 1) and by the ramp-up in whole months:
    the mean of twelve monthly phases, with the same arithmetic (timing.lever_phase and
    numpy's sum over the last axis) as when the engine works the months out itself."""
    offsets = np.arange(-12, MAX_RAMP_MONTHS + 2, dtype=float)
    ramps = np.arange(MAX_RAMP_MONTHS + 1, dtype=float)
    phase = lever_phase(-offsets[:, None, None], ramps[:, None], np.arange(12, dtype=float))
    table = np.add.reduce(phase, axis=-1)
    table /= 12
    table.flags.writeable = False
    return table  # (offsets, ramps)


def _in_force_from_table(starts, ramps, year_start) -> np.ndarray:
    """(rows, L, Y) shares in force of whole-month timings, from _share_table."""
    offset = np.clip(year_start - starts[:, :, None], -12, MAX_RAMP_MONTHS + 1)
    ramp = np.clip(ramps, 0, MAX_RAMP_MONTHS)[:, :, None]
    return _share_table()[(offset + 12).astype(np.intp), ramp.astype(np.intp)]


def _plan_rows(values, n: int, columns: int, what: str) -> np.ndarray:
    """Starts or ramp-ups as a float (1 or n, L) array (None: zeros)."""
    if values is None:
        return np.zeros((1, columns))
    values = np.asarray(values, dtype=float)
    if values.ndim != 2:
        values = np.atleast_2d(values)
    if values.shape[1] != columns:
        raise ValueError(f"{what}: {values.shape[1]} lever columns given, {columns} levers known")
    _check_rows(values, n, what)
    return values


def _check_rows(values: np.ndarray, n: int, what: str) -> None:
    if values.shape[0] not in (1, n):
        raise ValueError(f"{what}: {values.shape[0]} rows given for {n} plans")


def _fit(values: np.ndarray, shape: tuple) -> np.ndarray:
    """`values` with the result's shape: a read-only broadcast view only where rows are
    shared (broadcast_to costs more than the arithmetic on one plan's arrays)."""
    return values if values.shape == shape else np.broadcast_to(values, shape)


def _cumulative(growth: np.ndarray) -> np.ndarray:
    """(m, years after the base) growth rates -> (m, years) index with the base year at 1."""
    ones = np.ones((growth.shape[0], 1))
    return np.concatenate([ones, np.cumprod(1 + growth, axis=1)], axis=1)


def _dot(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Sum over the last axis of values x weights, the same way for trend and scenario."""
    return np.add.reduce(values * weights, axis=-1)  # what .sum() calls, without its wrapper

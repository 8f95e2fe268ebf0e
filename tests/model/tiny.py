"""Small baselines built in memory, with figures chosen so that a hand can follow them.

The tiny baseline (every figure below; a test may override any of them):

- Lines: `care` (statutory, care days): 1,000 days at €100, half of its capacity agency
  labour, substitute price 120 % (€120 a day), marginal cost 50 %.
  `visits` (queueable, visits): 2,000 visits at €50, 20 % agency labour, 40 % substitutable
  by the digital channel, marginal cost 60 % (€30); half of them chargeable at €10 today, the
  reference fee €20, the legal maximum €30.
  No demand growth.
- Budget: personnel €1,000,000 (wage index), agency labour A = €270,000 (wage), purchased
  services €500,000, premises €200,000, other expenses €200,000 of which 50 % is the training
  base (€100,000), client fees €10,000 (income); all but the first two follow prices.
- Workforce: 100 staff; own staff €50,000 a FTE; agency premium 35 %, so the agency hours are
  F = 270,000 / 1.35 / 50,000 = 4 FTE; recruitment limit 12 FTE a year (one a month);
  training €400 a person, saving 1 % of the training base.
- Leases: `early` 1,000 m² at €200 ending June 2024 (notice 6 months, external);
  `late` 3,000 m² at €100 ending December 2026 (notice 3 months, internal). 4,000 m² in all.
- Parameters: moving €60/m², re-let 30 %, fee elasticity 0, payment ceiling 0 %, digital
  visit €5, set-up €1,000, target €1,000,000.
- Indexes: 2025 wages +4 %, prices +2 %; 2026 wages +2 %, prices +1 % (and on after that):
  W = 1, 1.04, 1.0608, 1.082016; P = 1, 1.02, 1.0302, 1.040502.
"""

import dataclasses

import numpy as np
import pandas as pd

from planner.model import LEVER_IDS, Baseline, Engine

PROVENANCE_COLUMNS = ["table", "row", "column", "basis", "source", "low", "high", "note"]

CARE = {
    "id": "care",
    "name": "Care days",
    "unit": "care day",
    "volume": 1000.0,
    "unit_cost_eur": 100.0,
    "outsourced_share_pct": 50.0,
    "demand_growth_pct": 0.0,
    "digital_substitutable_pct": 0.0,
    "floor_pct": 95.0,
    "duty": "statutory",
    "substitute_price_pct": 120.0,
    "marginal_cost_pct": 50.0,
}
VISITS = {
    "id": "visits",
    "name": "Visits",
    "unit": "visit",
    "volume": 2000.0,
    "unit_cost_eur": 50.0,
    "outsourced_share_pct": 20.0,
    "demand_growth_pct": 0.0,
    "digital_substitutable_pct": 40.0,
    "floor_pct": 80.0,
    "duty": "queueable",
    "substitute_price_pct": 100.0,
    "marginal_cost_pct": 60.0,
}
CARE_FEES = {
    "service_id": "care",
    "chargeable_share_pct": 0.0,
    "fee_current_eur": 0.0,
    "fee_reference_eur": 0.0,
    "fee_legal_max_eur": 0.0,
}
VISIT_FEES = {
    "service_id": "visits",
    "chargeable_share_pct": 50.0,
    "fee_current_eur": 10.0,
    "fee_reference_eur": 20.0,
    "fee_legal_max_eur": 30.0,
}
BUDGET = [
    ("personnel", "Own staff", "expense", 1_000_000.0, "wage", 0.0),
    ("outsourced_labour", "Agency labour", "expense", 270_000.0, "wage", 0.0),
    ("purchased_services_other", "Purchased services", "expense", 500_000.0, "price", 0.0),
    ("premises", "Rents", "expense", 200_000.0, "price", 0.0),
    ("other_expenses", "Other", "expense", 200_000.0, "price", 50.0),
    ("client_fees", "Client fees", "income", 10_000.0, "price", 0.0),
]
LEASES = [
    ("early", "Ends mid-2024", 1000.0, 200.0, 2024, 6, 6.0, "external"),
    ("late", "Ends 2026", 3000.0, 100.0, 2026, 12, 3.0, "internal"),
]
INDEXES = [("2025", 4.0, 2.0), ("2026", 2.0, 1.0)]
WORKFORCE = {
    "staff_count": 100.0,
    "own_staff_cost_eur_per_fte": 50_000.0,
    "agency_premium_pct": 35.0,
    "recruitment_limit_fte_per_year": 12.0,
    "training_cost_eur_per_person": 400.0,
    "training_saving_pct": 1.0,
}
PARAMETERS = {
    "default_target_eur": 1_000_000.0,
    "office_move_cost_eur_per_m2": 60.0,
    "re_let_share_pct": 30.0,
    "fee_demand_elasticity": 0.0,
    "payment_ceiling_share_pct": 0.0,
    "digital_visit_cost_eur": 5.0,
    "digital_setup_cost_eur": 1000.0,
}
WAGE = [1.0, 1.04, 1.04 * 1.02, 1.04 * 1.02 * 1.02]
PRICE = [1.0, 1.02, 1.02 * 1.01, 1.02 * 1.01 * 1.01]


def tiny_baseline(
    services=None,
    fees=None,
    budget=None,
    leases=None,
    indexes=None,
    workforce=None,
    parameters=None,
    year=2024,
) -> Baseline:
    """A Baseline in memory. `services`/`fees` are lists of row dicts (same order); `budget`
    rows are (id, name, kind, amount, index, training base %); `leases` rows are (id, name,
    area, rent, end year, end month, notice, landlord); `indexes` rows (year, wage %, price %).
    `workforce` and `parameters` update the defaults."""
    services = [dict(CARE), dict(VISITS)] if services is None else services
    fees = [dict(CARE_FEES), dict(VISIT_FEES)] if fees is None else fees
    return Baseline(
        name="tiny",
        year=year,
        services=pd.DataFrame(services),
        fees=pd.DataFrame(fees),
        budget=pd.DataFrame(
            BUDGET if budget is None else budget,
            columns=["id", "name", "kind", "amount_eur", "index", "training_base_pct"],
        ),
        premises=pd.DataFrame(
            LEASES if leases is None else leases,
            columns=[
                "id",
                "name",
                "area_m2",
                "rent_eur_per_m2_year",
                "lease_end_year",
                "lease_end_month",
                "notice_months",
                "landlord",
            ],
        ),
        indexes=pd.DataFrame(
            INDEXES if indexes is None else indexes,
            columns=["year", "wage_growth_pct", "price_growth_pct"],
        ),
        workforce={**WORKFORCE, **(workforce or {})},
        parameters={**PARAMETERS, **(parameters or {})},
        provenance=pd.DataFrame(columns=PROVENANCE_COLUMNS),
    )


def with_changes(baseline: Baseline, services=None, parameters=None, workforce=None) -> Baseline:
    """A copy of a baseline with some service columns (a dict column -> value or list) and
    some parameters or workforce figures replaced."""
    frame = baseline.services.copy()
    for column, value in (services or {}).items():
        frame[column] = value
    return dataclasses.replace(
        baseline,
        services=frame,
        parameters={**baseline.parameters, **(parameters or {})},
        workforce={**baseline.workforce, **(workforce or {})},
    )


def plan(engine: Engine, horizon=None, early_exit=False, **levers):
    """Evaluate one plan on the engine. Each lever is a value, or (value, start month, ramp)
    with the start in months from January of the baseline year."""
    values = np.zeros((1, len(LEVER_IDS)))
    starts = np.zeros((1, len(LEVER_IDS)))
    ramps = np.zeros((1, len(LEVER_IDS)))
    for lever_id, setting in levers.items():
        value, start, ramp = setting if isinstance(setting, tuple) else (setting, 0, 0)
        j = LEVER_IDS.index(lever_id)
        values[0, j], starts[0, j], ramps[0, j] = value, start, ramp
    return engine.evaluate(values, starts, ramps, np.array([early_exit]), horizon=horizon)


def effect(batch, lever_id) -> list[float]:
    """The in-year effect of one lever in each year of a one-plan batch."""
    return batch.effect[0, :, batch.lever_column(lever_id)].tolist()


def one_off(batch, lever_id) -> list[float]:
    return batch.one_off[0, :, batch.lever_column(lever_id)].tolist()


def trend_bought(batch) -> np.ndarray:
    """(Y, S) bought volume of the no-change trend (the engine may keep it per plan or draw)."""
    return np.reshape(batch.trend_bought, (-1, *batch.bought.shape[1:]))[0]


def trend_budget(batch) -> np.ndarray:
    """(Y, C) the no-change trend's budget by category."""
    return np.reshape(batch.budget_trend, (-1, *batch.budget_scenario.shape[1:]))[0]

"""The six levers: fixed identifiers, units, ranges and what each acts on.

Identifiers are a stable contract: saved workbooks, scripts and the command line use them.
Values are held in the lever's own unit (percent), exactly as a planner types them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Lever:
    id: str
    group: str
    name: str
    unit: str
    minimum: float
    maximum: float
    no_change: float
    help: str
    acts_on: tuple[str, ...]  # baseline figures "table.column" (or "table.row.column")


LEVERS: tuple[Lever, ...] = (
    Lever(
        "office_space_cut",
        "Premises",
        "Office space given up",
        "% of leased office area",
        0.0,
        60.0,
        0.0,
        "Rent stops on the office area given up. Giving space up costs a one-off moving cost, "
        "and an early-exit cost for area whose lease has not yet ended by the plan year "
        "(a warning says when).",
        (
            "premises.area_m2",
            "premises.rent_eur_per_m2_year",
            "premises.free_from_year",
            "premises.early_exit_cost_eur_per_m2",
            "parameters.office_move_cost_eur_per_m2.value",
        ),
    ),
    Lever(
        "outsourced_labour_cut",
        "Workforce",
        "Outsourced labour removed",
        "% of outsourced labour spend",
        0.0,
        100.0,
        0.0,
        "The outsourced (agency and purchased) labour spend removed is saved. Hours not "
        "backfilled by own staff are lost capacity in the service lines that used them.",
        (
            "budget.outsourced_labour.amount_eur",
            "services.outsourced_share_pct",
        ),
    ),
    Lever(
        "own_staff_backfill",
        "Workforce",
        "Removed hours backfilled by own staff",
        "% of removed hours",
        0.0,
        100.0,
        0.0,
        "Share of the removed outsourced hours done by own staff instead, at the own-staff "
        "rate, which is lower than the outsourced rate. Has effect only with outsourced "
        "labour removed.",
        (
            "workforce.own_staff_cost_ratio_pct.value",
            "budget.outsourced_labour.amount_eur",
        ),
    ),
    Lever(
        "client_fee_alignment",
        "Fees",
        "Client fees moved to the national reference",
        "% of the gap closed",
        0.0,
        100.0,
        0.0,
        "On chargeable volume, each fee moves this far from today's level toward the national "
        "reference fee; income grows and chargeable demand may fall a little.",
        (
            "fees.chargeable_share_pct",
            "fees.fee_current_eur",
            "fees.fee_reference_eur",
            "fees.fee_legal_max_eur",
            "parameters.fee_demand_elasticity.value",
        ),
    ),
    Lever(
        "finance_training",
        "Training",
        "Staff who complete financial training",
        "% of staff",
        0.0,
        100.0,
        0.0,
        "Costs a one-off amount per person trained and saves a share of the controllable "
        "non-personnel spend, in proportion to the share of staff trained.",
        (
            "workforce.staff_count.value",
            "workforce.training_cost_eur_per_person.value",
            "workforce.training_saving_pct.value",
            "budget.controllable",
        ),
    ),
    Lever(
        "digital_shift",
        "Digital",
        "Substitutable visits moved to the digital channel",
        "% of substitutable visits",
        0.0,
        50.0,
        0.0,
        "Moved visits cost the digital unit cost instead of the in-person one. The in-person "
        "capacity they free first serves unmet demand; only capacity left over is saved.",
        (
            "services.digital_substitutable_pct",
            "services.unit_cost_eur",
            "parameters.digital_visit_cost_eur.value",
        ),
    ),
)

LEVER_IDS: tuple[str, ...] = tuple(lever.id for lever in LEVERS)
LEVER_BY_ID: dict[str, Lever] = {lever.id: lever for lever in LEVERS}
LEVER_INDEX: dict[str, int] = {lever_id: i for i, lever_id in enumerate(LEVER_IDS)}


class LeverError(ValueError):
    """An unknown lever id or a value outside the lever's range."""


def check_lever_value(lever_id: str, value: float) -> float:
    """Return the value as float, or raise LeverError saying what is wrong."""
    lever = LEVER_BY_ID.get(lever_id)
    if lever is None:
        raise LeverError(f"unknown lever '{lever_id}'; known levers: {', '.join(LEVER_IDS)}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise LeverError(f"lever '{lever_id}': '{value}' is not a number") from None
    if not lever.minimum <= number <= lever.maximum:  # also rejects NaN
        raise LeverError(
            f"lever '{lever_id}': {value} is outside its range "
            f"{lever.minimum:g}–{lever.maximum:g} ({lever.unit})"
        )
    return number


def no_change_levers() -> dict[str, float]:
    return {lever.id: lever.no_change for lever in LEVERS}

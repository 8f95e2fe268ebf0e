"""The levers: fixed identifiers, units, ranges and what each acts on.

Identifiers are a stable contract: saved workbooks, scripts and the command line use them.
Values are held in the lever's own unit (percent), exactly as a planner types them.

The registry (LEVERS, LEVER_IDS, LEVER_BY_ID, LEVER_INDEX) is live: `register_lever` adds a
lever with its own effect function, and every view that iterates LEVERS shows it. The six
built-in levers' effects are computed together in planner.model.engine, because they
interact (backfill needs a cut; the digital shift serves what the cut left unmet).
"""

from collections.abc import Callable
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
    # An added lever's effect: f(engine, shares (n,), phase (n, years)) -> LeverEffect.
    # None for the built-in levers, whose effects the engine computes together.
    effect: Callable | None = None
    # Whether a ramp-up means anything for this lever (office space follows lease ends).
    has_ramp: bool = True


LEVERS: tuple[Lever, ...] = (
    Lever(
        "office_space_cut",
        "Premises",
        "Office space given up",
        "% of leased office area",
        0.0,
        60.0,
        0.0,
        "Space is given up from the leases that end first. Rent stops at the lease end, or "
        "after the notice period from the start date. Leaving early (an option) stops the rent "
        "at the start but costs the rent still owed, less the share re-let. Moving costs a "
        "one-off per square metre. Internal rent saved is not saved by the city.",
        (
            "premises.area_m2",
            "premises.rent_eur_per_m2_year",
            "premises.lease_end_year",
            "premises.lease_end_month",
            "premises.notice_months",
            "premises.landlord",
            "parameters.office_move_cost_eur_per_m2.value",
            "parameters.re_let_share_pct.value",
        ),
        has_ramp=False,
    ),
    Lever(
        "outsourced_labour_cut",
        "Workforce",
        "Outsourced labour removed",
        "% of outsourced labour spend",
        0.0,
        100.0,
        0.0,
        "The agency labour spend removed is saved. Hours not backfilled by own staff are lost "
        "capacity: on statutory lines that volume is bought at the substitute price, on "
        "queueable lines it becomes shortfall.",
        (
            "budget.outsourced_labour.amount_eur",
            "services.outsourced_share_pct",
            "services.substitute_price_pct",
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
        "Share of the removed agency hours done by own staff instead, at own-staff cost (agency "
        "hours cost a premium), but only as fast as the division can recruit. Has effect only "
        "with agency labour removed.",
        (
            "workforce.agency_premium_pct.value",
            "workforce.own_staff_cost_eur_per_fte.value",
            "workforce.recruitment_limit_fte_per_year.value",
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
        "From the start date, each fee moves this far from today's level toward the national "
        "reference (never above the legal maximum). Income is counted on delivered chargeable "
        "volume, less clients past the annual payment ceiling; demand falls a little.",
        (
            "fees.chargeable_share_pct",
            "fees.fee_current_eur",
            "fees.fee_reference_eur",
            "fees.fee_legal_max_eur",
            "parameters.fee_demand_elasticity.value",
            "parameters.payment_ceiling_share_pct.value",
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
        "Costs a one-off amount per person trained and saves a share of the spend staff "
        "influence day to day (the training base the budget names; not HUS, purchased care or "
        "grants), in proportion to the share of staff trained. A low-confidence lever.",
        (
            "workforce.staff_count.value",
            "workforce.training_cost_eur_per_person.value",
            "workforce.training_saving_pct.value",
            "budget.training_base_pct",
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
        "Only lines counted in visits, appointments or contacts shift. Moved visits cost the "
        "digital unit cost; the in-person capacity they free first serves unmet or bought "
        "demand, and only what is left saves money, at the marginal cost. Setting up the "
        "channel is a one-off.",
        (
            "services.digital_substitutable_pct",
            "services.marginal_cost_pct",
            "parameters.digital_visit_cost_eur.value",
            "parameters.digital_setup_cost_eur.value",
        ),
    ),
)

BUILT_IN_LEVERS: tuple[Lever, ...] = LEVERS
# The live registry: these objects are changed in place by register_lever, so a module that
# imported them sees an added lever too.
LEVERS: list[Lever] = list(BUILT_IN_LEVERS)
LEVER_IDS: list[str] = [lever.id for lever in LEVERS]
LEVER_BY_ID: dict[str, Lever] = {lever.id: lever for lever in LEVERS}
LEVER_INDEX: dict[str, int] = {lever_id: i for i, lever_id in enumerate(LEVER_IDS)}


@dataclass(frozen=True)
class LeverEffect:
    """What an added lever does in each year (arrays of shape (n, years), euros, nominal).

    `saving` is the in-year effect (positive helps the budget), `one_off` the one-off cost
    (>= 0), both booked on budget category `category`; `income` says the saving is income."""

    saving: object
    one_off: object
    category: str
    income: bool = False


def register_lever(lever: Lever) -> None:
    """Add a lever with its own effect function (see Lever.effect)."""
    if lever.id in LEVER_BY_ID:
        raise LeverError(f"a lever '{lever.id}' exists already")
    if lever.effect is None:
        raise LeverError(f"lever '{lever.id}' needs an effect function")
    LEVERS.append(lever)
    _reindex()


def unregister_lever(lever_id: str) -> None:
    if any(lever.id == lever_id for lever in BUILT_IN_LEVERS):
        raise LeverError(f"'{lever_id}' is a built-in lever")
    LEVERS[:] = [lever for lever in LEVERS if lever.id != lever_id]
    _reindex()


def _reindex() -> None:
    LEVER_IDS[:] = [lever.id for lever in LEVERS]
    LEVER_BY_ID.clear()
    LEVER_BY_ID.update({lever.id: lever for lever in LEVERS})
    LEVER_INDEX.clear()
    LEVER_INDEX.update({lever_id: i for i, lever_id in enumerate(LEVER_IDS)})


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

"""Warning texts, made from a warning's code and parameters (planner.model.ModelWarning).

The model keeps codes and plain numbers only; the words, in the user's language, are made
here, once, for the window, the printed summary and the command line. A code without words
here still shows (its code and parameters), so a new warning never breaks a view.
"""

from collections.abc import Callable

from planner.present import numbers
from planner.present.translate import translate


def _p(warning, name: str, default=0.0):
    return dict(warning.params).get(name, default)


def _plain(value: float) -> str:
    """A baseline figure as written: whole numbers grouped, fractions with up to two decimals."""
    value = float(value)
    return numbers.number(value, 0 if value == int(value) else 2)


# code -> the sentence, from the warning's parameters (without the service's name: `subject`
# says what the warning concerns, and the window shows it in a column of its own).
_TEXTS: dict[str, Callable] = {
    "backfill_without_cut": lambda w: translate(
        "Warnings", "Own staff backfill has no effect while no outsourced labour is removed."
    ),
    "backfill_recruitment_limited": lambda w: translate(
        "Warnings",
        "Backfill needs {wanted} FTE of own staff, but recruitment reaches {achieved} FTE "
        "(at most {limit} FTE a year).",
    ).format(
        wanted=numbers.number(_p(w, "wanted_fte"), 0),
        achieved=numbers.number(_p(w, "achieved_fte"), 0),
        limit=numbers.number(_p(w, "limit_fte_per_year"), 0),
    ),
    "fee_capped_at_legal_max": lambda w: translate(
        "Warnings",
        "the national reference fee €{reference} is above the legal maximum €{maximum}; "
        "the fee stops at the maximum.",
    ).format(
        reference=numbers.number(_p(w, "reference_eur"), 2),
        maximum=numbers.number(_p(w, "legal_max_eur"), 2),
    ),
    "office_early_exit_cost": lambda w: translate(
        "Warnings", "Leaving leases early costs {cost} of rent still owed."
    ).format(cost=numbers.eur(_p(w, "cost_eur"))),
    "internal_rent_not_city_saving": lambda w: translate(
        "Warnings",
        "{amount} of the rent given up is internal rent paid to the city itself, not a "
        "saving for the city.",
    ).format(amount=numbers.eur(_p(w, "amount_eur"))),
    "office_rent_still_owed": lambda w: translate(
        "Warnings",
        "{area} m² of office space is given up, but its rent is still owed this year "
        "(the leases have not ended).",
    ).format(area=numbers.number(_p(w, "area_m2"), 0)),
    "statutory_volume_bought": lambda w: translate(
        "Warnings",
        "a statutory service: {volume} {unit}s more are bought from other providers, at the "
        "substitute price.",
    ).format(volume=numbers.volume(_p(w, "extra_volume")), unit=_p(w, "unit", "")),
    "below_floor": lambda w: translate(
        "Warnings",
        "{share} of demand met, below its floor of {floor} (shortfall {shortfall} {unit}s).",
    ).format(
        share=numbers.pct(_p(w, "share_met")),
        floor=numbers.pct(_p(w, "floor"), 0),
        shortfall=numbers.volume(_p(w, "shortfall")),
        unit=_p(w, "unit", ""),
    ),
    "override_outside_range": lambda w: translate(
        "Warnings",
        "The baseline figure {figure} is set to {value}, outside its range {low}–{high}.",
    ).format(
        figure=_p(w, "figure", ""),
        value=_plain(_p(w, "value")),
        low=_plain(_p(w, "low")),
        high=_plain(_p(w, "high")),
    ),
    # The warning of the single-year model, still written by older results.
    "office_beyond_free_leases": lambda w: translate(
        "Warnings",
        "Giving up {area} m² of office space exceeds the {free} m² whose leases can end by "
        "then; early-exit costs apply to the rest.",
    ).format(area=numbers.number(_p(w, "area_m2"), 0), free=numbers.number(_p(w, "free_m2"), 0)),
}


def warning_detail(warning) -> str:
    """What the warning says, without naming the service it concerns."""
    text = _TEXTS.get(warning.code)
    if text is not None:
        return text(warning)
    params = ", ".join(f"{name} {value}" for name, value in warning.params)
    return f"{warning.code}" + (f" ({params})" if params else "")


def warning_text(warning, service_names: dict[str, str] | None = None) -> str:
    """The whole sentence: "Home care: 91.0 % of demand met, below its floor of 95 % (…)"."""
    detail = warning_detail(warning)
    if warning.service:
        name = (service_names or {}).get(warning.service, warning.service)
        return f"{name}: {detail}"
    if warning.code not in _TEXTS:
        return detail  # the bare code and parameters, as the model wrote them
    return detail[:1].upper() + detail[1:]


def concerns(warning, service_names: dict[str, str], lever_names: dict[str, str]) -> str:
    """What a warning concerns: the lever and the service line it names, or the scenario."""
    parts = []
    if warning.lever:
        parts.append(lever_names.get(warning.lever, warning.lever))
    if warning.service:
        parts.append(service_names.get(warning.service, warning.service))
    return " · ".join(parts) or translate("Warnings", "Scenario")

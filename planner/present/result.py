"""Texts about one result that the window, Compare, the printed summary and the command line
share: the gap, the one-off costs, a lever's value, the bridge's labels.

One sign convention everywhere (docs/model.md): a saving is positive; one-off costs are a
cost, shown as a negative contribution (−€7,176,000); the gap is target minus savings, said
in words as "€X short" or "€X over" rather than with a sign.
"""

from planner.model import LEVER_BY_ID, Lever
from planner.present import numbers
from planner.present.numbers import Locale
from planner.present.translate import QT_TRANSLATE_NOOP, translate


def gap_text(gap_eur: float, locale: Locale | None = None) -> str:
    """€5,227 short / €5,227 over / on target: the gap (target minus savings) in words."""
    amount = numbers.eur(abs(gap_eur), locale)
    if round(gap_eur) > 0:
        return translate("Result", "{amount} short").format(amount=amount)
    if round(gap_eur) < 0:
        return translate("Result", "{amount} over").format(amount=amount)
    return translate("Result", "on target")


def gap_meur_text(gap_eur: float, locale: Locale | None = None) -> str:
    """The gap in millions, for narrow columns: 3.5 M€ short / 0.0 M€ over."""
    amount = numbers.meur(abs(gap_eur), 1, locale)
    if gap_eur > 0:
        return translate("Result", "{amount} short").format(amount=amount)
    return translate("Result", "{amount} over").format(amount=amount)


def one_off_eur(one_off_total_eur: float, locale: Locale | None = None) -> str:
    """One-off costs as a cost: −€7,176,000 (€0 when there are none)."""
    return numbers.eur(-one_off_total_eur, locale)


def lever_value(lever: Lever, value: float, locale: Locale | None = None) -> str:
    """A lever's value with its full unit: 95.82 % of outsourced labour spend."""
    return numbers.lever_value(value, lever_unit(lever), locale)


def lever_setting(value: float, locale: Locale | None = None) -> str:
    """A lever's value where space is short: 95.82 %."""
    return numbers.lever_value(value, "%", locale)


# Short names for the bridge's bars, where the full lever name does not fit under a bar. A lever
# without one here is labelled with its full name (a new lever needs no entry to show).
_SHORT_NAMES = {
    "office_space_cut": QT_TRANSLATE_NOOP("LeverShortName", "Office"),
    "outsourced_labour_cut": QT_TRANSLATE_NOOP("LeverShortName", "Outsourced"),
    "own_staff_backfill": QT_TRANSLATE_NOOP("LeverShortName", "Backfill"),
    "client_fee_alignment": QT_TRANSLATE_NOOP("LeverShortName", "Fees"),
    "finance_training": QT_TRANSLATE_NOOP("LeverShortName", "Training"),
    "digital_shift": QT_TRANSLATE_NOOP("LeverShortName", "Digital"),
}


def lever_name(lever: Lever) -> str:
    """The lever's name in the user's language."""
    return translate("LeverName", lever.name)


def lever_unit(lever: Lever) -> str:
    """The lever's unit in the user's language: "% of leased office area"."""
    return translate("LeverUnit", lever.unit)


def lever_short_name(lever: Lever) -> str:
    short = getattr(lever, "short_name", "") or _SHORT_NAMES.get(lever.id)
    return translate("LeverShortName", short) if short else lever_name(lever)


def one_off_label() -> str:
    return translate("Bridge", "One-off costs")


def one_off_short_label() -> str:
    return translate("Bridge", "One-off")


def total_label() -> str:
    return translate("Bridge", "Plan year")


def bridge_label(step) -> str:
    """The label under one bar of the savings bridge (a planner.model BridgeStep), the same on
    screen and on paper."""
    if step.kind == "lever":
        lever = LEVER_BY_ID.get(step.lever)
        return lever_short_name(lever) if lever is not None else step.lever
    if step.kind == "one_off":
        return one_off_short_label()
    return total_label()


def bridge_value(step, locale: Locale | None = None) -> str:
    """The value over one bar: +4.7 M€ for a step, 70.0 M€ for the total."""
    if step.kind == "total":
        return numbers.meur(step.value_eur, 1, locale)
    return numbers.signed_meur(step.value_eur, 1, locale)

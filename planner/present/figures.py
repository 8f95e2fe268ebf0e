"""Baseline figures, lever timing and a scenario's overrides in words a committee reads.

A baseline figure is addressed inside the planner as "table.row.column"
("premises.hq.area_m2") or, for a whole column, "table.column". On paper it is named instead:
the row's own name from the baseline (the service line, budget category, group of leases,
workforce figure or parameter) and what the column is ("Leased office area").
"""

import math
from urllib.parse import urlparse

from planner.model import Baseline
from planner.model.baseline import ROW_KEY
from planner.model.timing import LeverTiming
from planner.present import numbers
from planner.present.translate import QT_TRANSLATE_NOOP, translate

# What each column of the baseline is, in a committee's words.
_COLUMN_NAMES = {
    ("services", "volume"): QT_TRANSLATE_NOOP("Figure", "volume"),
    ("services", "unit_cost_eur"): QT_TRANSLATE_NOOP("Figure", "unit cost"),
    ("services", "outsourced_share_pct"): QT_TRANSLATE_NOOP("Figure", "share done by agency staff"),
    ("services", "demand_growth_pct"): QT_TRANSLATE_NOOP("Figure", "yearly growth of demand"),
    ("services", "digital_substitutable_pct"): QT_TRANSLATE_NOOP(
        "Figure", "share the digital channel could take"
    ),
    ("services", "floor_pct"): QT_TRANSLATE_NOOP("Figure", "floor of demand met"),
    ("services", "duty"): QT_TRANSLATE_NOOP("Figure", "statutory or queueable"),
    ("services", "substitute_price_pct"): QT_TRANSLATE_NOOP(
        "Figure", "price bought from others, share of own cost"
    ),
    ("services", "marginal_cost_pct"): QT_TRANSLATE_NOOP(
        "Figure", "cost saved per unit fewer, share of unit cost"
    ),
    ("fees", "chargeable_share_pct"): QT_TRANSLATE_NOOP("Figure", "share of volume paying a fee"),
    ("fees", "fee_current_eur"): QT_TRANSLATE_NOOP("Figure", "client fee today"),
    ("fees", "fee_reference_eur"): QT_TRANSLATE_NOOP("Figure", "national reference fee"),
    ("fees", "fee_legal_max_eur"): QT_TRANSLATE_NOOP("Figure", "highest fee the law allows"),
    ("budget", "amount_eur"): QT_TRANSLATE_NOOP("Figure", "amount"),
    ("budget", "training_base_pct"): QT_TRANSLATE_NOOP("Figure", "share staff influence"),
    ("premises", "area_m2"): QT_TRANSLATE_NOOP("Figure", "leased office area"),
    ("premises", "rent_eur_per_m2_year"): QT_TRANSLATE_NOOP("Figure", "rent per m²"),
    ("premises", "lease_end"): QT_TRANSLATE_NOOP("Figure", "end of the lease"),
    ("premises", "lease_end_year"): QT_TRANSLATE_NOOP("Figure", "end of the lease"),
    ("premises", "lease_end_month"): QT_TRANSLATE_NOOP("Figure", "end month of the lease"),
    ("premises", "notice_months"): QT_TRANSLATE_NOOP("Figure", "notice period"),
    ("premises", "landlord"): QT_TRANSLATE_NOOP("Figure", "landlord"),
    ("indexes", "wage_growth_pct"): QT_TRANSLATE_NOOP("Figure", "wage growth"),
    ("indexes", "price_growth_pct"): QT_TRANSLATE_NOOP("Figure", "price growth"),
}
# Workforce figures and parameters: the baseline keeps only their values, so their names are here
# (short forms of the names in data/baseline-2024); an id not listed is written as words.
_VALUE_NAMES = {
    "staff_count": QT_TRANSLATE_NOOP("FigureName", "Staff of the division"),
    "own_staff_cost_eur_per_fte": QT_TRANSLATE_NOOP("FigureName", "Own staff cost per FTE a year"),
    "agency_premium_pct": QT_TRANSLATE_NOOP(
        "FigureName", "Extra cost of an agency hour over an own-staff hour"
    ),
    "recruitment_limit_fte_per_year": QT_TRANSLATE_NOOP(
        "FigureName", "Own staff that can be recruited a year"
    ),
    "training_cost_eur_per_person": QT_TRANSLATE_NOOP("FigureName", "Training cost per person"),
    "training_saving_pct": QT_TRANSLATE_NOOP(
        "FigureName", "Share of the training base saved by training"
    ),
    "office_move_cost_eur_per_m2": QT_TRANSLATE_NOOP(
        "FigureName", "One-off cost of giving up a m² of office"
    ),
    "fee_demand_elasticity": QT_TRANSLATE_NOOP("FigureName", "Demand lost to a fee rise"),
    "digital_visit_cost_eur": QT_TRANSLATE_NOOP("FigureName", "Cost of a digital visit"),
    "default_target_eur": QT_TRANSLATE_NOOP("FigureName", "Default savings target"),
    "re_let_share_pct": QT_TRANSLATE_NOOP(
        "FigureName", "Share of rent owed that re-letting recovers"
    ),
    "payment_ceiling_share_pct": QT_TRANSLATE_NOOP(
        "FigureName", "Share of volume past the payment ceiling"
    ),
    "digital_setup_cost_eur": QT_TRANSLATE_NOOP(
        "FigureName", "One-off cost of setting up the digital channel"
    ),
}
# What a table's rows are, when a column is named for all of them.
_TABLE_NAMES = {
    "services": QT_TRANSLATE_NOOP("Figure", "service line"),
    "fees": QT_TRANSLATE_NOOP("Figure", "fee"),
    "budget": QT_TRANSLATE_NOOP("Figure", "budget category"),
    "premises": QT_TRANSLATE_NOOP("Figure", "office lease"),
    "indexes": QT_TRANSLATE_NOOP("Figure", "year"),
}


def column_name(table: str, column: str) -> str:
    text = _COLUMN_NAMES.get((table, column))
    return translate("Figure", text) if text else column.replace("_", " ")


def row_name(baseline: Baseline, table: str, row: str) -> str:
    """The row's own name in the baseline: the service line, category, leases, figure."""
    if table in ("workforce", "parameters"):
        name = _VALUE_NAMES.get(row)
        return translate("FigureName", name) if name else _humane(row)
    if table == "fees":
        table = "services"
    frame = getattr(baseline, table, None)
    key = ROW_KEY.get(table)
    if frame is not None and key and "name" in frame.columns:
        found = frame.loc[frame[key].astype(str) == str(row), "name"]
        if not found.empty:
            return translate("FigureName", str(found.iloc[0]))
    return _humane(str(row))


def _humane(identifier: str) -> str:
    """An id as words, when the baseline names it nowhere: 'agency_premium_pct' -> 'Agency
    premium'."""
    words = [w for w in identifier.split("_") if w not in ("pct", "eur", "per", "m2", "fte")]
    text = " ".join(words) or identifier
    return text[:1].upper() + text[1:]


def figure_name(baseline: Baseline, figure: str) -> str:
    """'premises.hq.area_m2' -> 'Head office: leased office area'; 'services.unit_cost_eur'
    -> 'Unit cost of every service line'; a workforce or parameter figure by its name."""
    parts = str(figure).split(".")
    if len(parts) == 3:
        table, row, column = parts
        if table in ("workforce", "parameters"):
            return row_name(baseline, table, row)
        if table == "indexes":
            return translate("Figure", "{what} in {year}").format(
                what=_capital(column_name(table, column)), year=row
            )
        return f"{row_name(baseline, table, row)}: {column_name(table, column)}"
    if len(parts) == 2:
        table, column = parts
        rows = _TABLE_NAMES.get(table)
        if rows:
            return translate("Figure", "{what}, per {rows}").format(
                what=_capital(column_name(table, column)), rows=translate("Figure", rows)
            )
        return _capital(column_name(table, column))
    return str(figure)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def source_hosts(source: str) -> str:
    """A provenance source (addresses separated by spaces) as its hosts: 'www.hel.fi, stm.fi';
    an assumption with no address is 'a planning estimate'."""
    hosts: list[str] = []
    for address in str(source or "").split():
        host = urlparse(address).netloc or address
        if host not in hosts:
            hosts.append(host)
    return ", ".join(hosts) if hosts else translate("Figure", "planning estimate")


# The budget table's kinds, as a reader says them (the baseline writes "expense", "income").
_KIND_NAMES = {
    "expense": QT_TRANSLATE_NOOP("BudgetKind", "expense"),
    "income": QT_TRANSLATE_NOOP("BudgetKind", "income"),
}


def kind_name(kind: str) -> str:
    """A budget line's kind in the user's language: expense / income (any other as it is)."""
    text = _KIND_NAMES.get(str(kind))
    return translate("BudgetKind", text) if text else str(kind)


def figure_number(value: float) -> str:
    """A baseline figure's value: whole numbers with separators, else up to two decimals."""
    if not math.isfinite(value):
        return "–"
    if value == int(value):
        return numbers.number(value, 0)
    decimals = 1 if round(value, 1) == value else 2
    return numbers.number(value, decimals)


def timing_text(timing: LeverTiming, baseline_year: int) -> str:
    """'from 2025-02, full effect after a 12-month ramp-up' / 'from 2025-02' / 'from 2024-01'."""
    start = timing.start_text(baseline_year)
    if timing.ramp_months > 1:
        return translate("Timing", "from {start}, full effect after {months} months").format(
            start=start, months=timing.ramp_months
        )
    return translate("Timing", "from {start}").format(start=start)


def override_text(baseline: Baseline, figure: str, value: float, was: float | None, reason: str):
    """'assumes 40 instead of 35, because …' for one override."""
    if was is None or not math.isfinite(was):
        text = translate("Override", "assumes {value}, because {reason}")
    else:
        text = translate("Override", "assumes {value} instead of {was}, because {reason}")
    return text.format(
        value=figure_number(value),
        was=figure_number(was) if was is not None else "",
        reason=str(reason).strip().rstrip("."),
    )


def baseline_value(baseline: Baseline, figure: str) -> float | None:
    """The baseline's own value of one figure 'table.row.column' (None if it has none)."""
    parts = str(figure).split(".")
    if len(parts) != 3:
        return None
    table, row, column = parts
    try:
        if table in ("workforce", "parameters"):
            value = getattr(baseline, table).get(row)
        else:
            frame = getattr(baseline, table, None)
            key = ROW_KEY.get(table)
            if frame is None or key is None or column not in frame.columns:
                return None
            found = frame.loc[frame[key].astype(str) == str(row), column]
            value = None if found.empty else found.iloc[0]
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None


def timing_short(timing: LeverTiming, baseline_year: int) -> str:
    """For a table cell: '2025-02' / '2024-07, 12-month ramp-up'."""
    start = timing.start_text(baseline_year)
    if timing.ramp_months > 1:
        return translate("Timing", "{start}, {months}-month ramp-up").format(
            start=start, months=timing.ramp_months
        )
    return start

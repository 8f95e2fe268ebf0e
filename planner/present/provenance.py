"""Where the baseline figures a lever acts on come from, summarised per figure: the one
summary the window's lever help and the printed summary's "levers changed" pages both show.

A lever acts on whole columns ("services.unit_cost_eur": one value per service line) or on
single figures ("budget.outsourced_labour.amount_eur"). A column is summarised in one line,
so that the summary stays within its page budget: how many values and their span, how many
are read, derived or assumed (with or without a low–high range), and the sources' hosts.
"""

import math
from dataclasses import dataclass
from urllib.parse import urlparse

from planner.model import Baseline
from planner.model.baseline import BASES, ROW_KEY, TABLE_COLUMNS
from planner.present.figures import figure_number
from planner.present.translate import translate

MAX_HOSTS = 4
# The bases' words (the baseline's provenance table says "read", "derived", "assumption").
_BASIS_WORDS = {
    "read": lambda: translate("Provenance", "read"),
    "derived": lambda: translate("Provenance", "derived"),
}


@dataclass(frozen=True)
class FigureSummary:
    figure: str  # as the lever names it, e.g. "services.unit_cost_eur"
    values: str  # "14 values, 1.5 to 3,000" or "60,000,000"
    basis: str  # "assumption ×14, all with ranges" or "assumption, range 30–120"
    sources: str  # "stm.fi, www.hel.fi" or "none given"
    yes_names: tuple[str, ...] = ()  # a yes/no column: the rows marked yes, by name


def number(value: float, kind: str = "number") -> str:
    """A baseline figure for a reader of the active locale: grouped, with as many decimals
    as it has up to two (35,300,000; 1.5; 35 300 000 and 1,5 in Finnish); a year as it is."""
    if not math.isfinite(value):
        return "–"
    if kind == "year":
        return f"{value:.0f}"
    return figure_number(value)  # the one rule for a baseline figure's value


def summarise_figure(baseline: Baseline, figure: str) -> FigureSummary:
    parts = figure.split(".")
    if len(parts) == 3:
        table, row, column = parts
        rows = [row]
    else:
        table, column = parts
        rows = _row_ids(baseline, table)
    values = [_value(baseline, table, row, column) for row in rows]
    records = [baseline.provenance_of(table, row, column) for row in rows]
    kind = TABLE_COLUMNS.get(table, {}).get(column, "number")
    return FigureSummary(
        figure=figure,
        values=_values_text(values, kind),
        basis=_basis_text(records),
        sources=_sources_text(records),
        yes_names=_yes_names(baseline, table, rows, values) if kind == "yesno" else (),
    )


def _yes_names(baseline: Baseline, table: str, rows: list[str], values: list) -> tuple[str, ...]:
    frame = getattr(baseline, table)
    if "name" not in frame.columns:
        return tuple(row for row, v in zip(rows, values, strict=True) if str(v).lower() == "true")
    names = dict(zip(frame[ROW_KEY[table]].astype(str), frame["name"], strict=True))
    return tuple(
        str(names.get(row, row)) for row, v in zip(rows, values, strict=True) if _is_yes(v)
    )


def _is_yes(value) -> bool:
    return str(value).lower() == "true"


def _row_ids(baseline: Baseline, table: str) -> list[str]:
    if table in ("workforce", "parameters"):
        return list(getattr(baseline, table))
    frame = getattr(baseline, table)
    return [str(key) for key in frame[ROW_KEY[table]]]


def _value(baseline: Baseline, table: str, row: str, column: str):
    if table in ("workforce", "parameters"):
        return getattr(baseline, table).get(row)
    frame = getattr(baseline, table, None)
    if frame is None or column not in frame.columns:  # a figure this baseline does not have
        return None
    found = frame.loc[frame[ROW_KEY[table]].astype(str) == row, column]
    return None if found.empty else found.iloc[0]


def _values_text(values: list, kind: str) -> str:
    present = [v for v in values if v is not None]
    if not present:
        return translate("Provenance", "not in this baseline")
    if all(isinstance(v, bool) or str(v).lower() in ("true", "false") for v in present):
        yes = sum(1 for v in present if str(v).lower() == "true")
        return translate("Provenance", "{count} values: {yes} yes, {no} no").format(
            count=len(present), yes=yes, no=len(present) - yes
        )
    try:
        numbers = [float(v) for v in present]
    except (TypeError, ValueError):  # a text column (e.g. who the landlord is): its values
        texts = sorted({str(v) for v in present})
        return translate("Provenance", "{count} values: {texts}").format(
            count=len(present), texts=", ".join(texts)
        )
    low, high = min(numbers), max(numbers)
    if len(numbers) == 1:
        return number(low, kind)
    if low == high:
        return translate("Provenance", "{count} values, all {value}").format(
            count=len(numbers), value=number(low, kind)
        )
    return translate("Provenance", "{count} values, {low} to {high}").format(
        count=len(numbers), low=number(low, kind), high=number(high, kind)
    )


def _basis_text(records: list) -> str:
    known = [r for r in records if r is not None]
    parts = []
    for basis in BASES:
        of_basis = [r for r in known if r.basis == basis]
        if not of_basis:
            continue
        if basis == "assumption":
            ranged = [r for r in of_basis if r.low is not None and r.high is not None]
            if len(known) == 1 and ranged:
                text = translate("Provenance", "assumption, range {low}–{high}").format(
                    low=number(ranged[0].low), high=number(ranged[0].high)
                )
            elif len(ranged) == len(of_basis):
                text = translate("Provenance", "assumption ×{count}, all with ranges").format(
                    count=len(of_basis)
                )
            else:
                text = translate(
                    "Provenance", "assumption ×{count}, {without} without range"
                ).format(count=len(of_basis), without=len(of_basis) - len(ranged))
        else:
            word = _BASIS_WORDS[basis]() if basis in _BASIS_WORDS else basis
            text = word if len(known) == 1 else f"{word} ×{len(of_basis)}"
        parts.append(text)
    missing = len(records) - len(known)
    if missing:
        if known:
            parts.append(translate("Provenance", "no provenance for {count}").format(count=missing))
        else:
            parts.append(translate("Provenance", "no provenance recorded"))
    return "; ".join(parts)


def _sources_text(records: list) -> str:
    hosts: list[str] = []
    for record in records:
        if record is None:
            continue
        for address in record.source.split():
            host = urlparse(address).netloc or address
            if host not in hosts:
                hosts.append(host)
    if not hosts:
        known = [r for r in records if r is not None]
        if known and all(r.basis == "assumption" for r in known):
            return translate("Provenance", "none (an estimate)")
        return translate("Provenance", "none given")
    shown = ", ".join(hosts[:MAX_HOSTS])
    more = len(hosts) - MAX_HOSTS
    if more > 0:
        return translate("Provenance", "{hosts} and {count} more").format(hosts=shown, count=more)
    return shown

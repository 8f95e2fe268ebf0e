"""Words for the window's help: what a lever does, and which baseline figures it acts on with
their basis and sources; a summary of the baseline's data sources for the About box.

Pure functions over the model (no Qt), returning small HTML fragments for tooltips and
message boxes.
"""

from collections import Counter
from html import escape
from urllib.parse import urlparse

import pandas as pd

from planner import __version__
from planner.model.baseline import ROW_KEY, TABLE_COLUMNS, Baseline
from planner.model.levers import Lever

SOURCES_FILE = "data/SOURCES.md"
LIST_ROWS_UP_TO = 3  # a column with more rows than this is summarised, not listed


def lever_help_html(lever: Lever, baseline: Baseline) -> str:
    """What the lever does and the baseline figures it acts on, as a tooltip."""
    items = "".join(f"<li>{acts_on_html(baseline, entry)}</li>" for entry in lever.acts_on)
    return (
        f"<p><b>{escape(lever.name)}</b> ({escape(lever.unit)}, "
        f"{lever.minimum:g}–{lever.maximum:g}; no change: {lever.no_change:g})</p>"
        f"<p>{escape(lever.help)}</p>"
        f"<p>Acts on these figures of the baseline <i>{escape(baseline.name)}</i>:</p>"
        f"<ul>{items}</ul>"
        f"<p>Read = stated in a public source; derived = computed from read figures; "
        f"assumption = a planning estimate with a low–high range. "
        f"Every figure is described in {SOURCES_FILE}.</p>"
    )


def acts_on_html(baseline: Baseline, entry: str) -> str:
    """One `table.column` or `table.row.column` entry of Lever.acts_on, with its provenance."""
    parts = entry.split(".")
    if len(parts) == 3:
        table, row, column = parts
        return _one_figure(baseline, table, row, column)
    table, column = parts
    kind = TABLE_COLUMNS.get(table, {}).get(column)
    frame: pd.DataFrame = getattr(baseline, table)
    key = ROW_KEY[table]
    if kind == "yesno":  # a classification, not a number: say which rows it marks
        marked = [
            str(name) for name, flag in zip(_names(frame), frame[column], strict=True) if bool(flag)
        ]
        return f"<code>{entry}</code>: yes for " + escape("; ".join(marked) or "none")
    records = [
        (name, value, baseline.provenance_of(table, str(row_id), column))
        for row_id, name, value in zip(frame[key], _names(frame), frame[column], strict=True)
    ]
    if len(records) <= LIST_ROWS_UP_TO:
        rows = "; ".join(
            f"{escape(str(name))} {_number(value)} ({_basis(p)})" for name, value, p in records
        )
        return f"<code>{entry}</code>: {rows}" + _sources([p for *_, p in records])
    counts = Counter(p.basis if p else "no provenance" for *_, p in records)
    bases = "; ".join(_counted(count, basis) for basis, count in sorted(counts.items()))
    values = [float(v) for _, v, _ in records]
    number = _year if kind == "year" else _number
    low, high = min(values), max(values)
    spread = f"all {number(low)}" if low == high else f"from {number(low)} to {number(high)}"
    sources = _sources([p for *_, p in records])
    return f"<code>{entry}</code>: {len(records)} values, {spread}: {bases}{sources}"


def _one_figure(baseline: Baseline, table: str, row: str, column: str) -> str:
    if table in ("workforce", "parameters"):
        value = getattr(baseline, table).get(row)
    else:
        frame = getattr(baseline, table)
        match = frame.loc[frame[ROW_KEY[table]] == row, column]
        value = match.iloc[0] if len(match) else None
    provenance = baseline.provenance_of(table, row, column)
    text = f"<code>{table}.{row}</code> = {_number(value)} ({_basis(provenance)})"
    if provenance and provenance.note:
        text += ": " + escape(provenance.note)
    return text + _sources([provenance])


def _names(frame: pd.DataFrame):
    return frame["name"] if "name" in frame.columns else frame[frame.columns[0]]


def _basis(provenance) -> str:
    if provenance is None:
        return "no provenance"
    if provenance.low is not None and provenance.high is not None:
        return f"{provenance.basis}, {_number(provenance.low)}–{_number(provenance.high)}"
    return provenance.basis


def _sources(provenances) -> str:
    hosts = []
    for provenance in provenances:
        for address in provenance.source.split() if provenance else ():
            host = urlparse(address).netloc.removeprefix("www.") or address
            if host not in hosts:
                hosts.append(host)
    return f"; sources: {escape(', '.join(hosts))}" if hosts else ""


def _counted(count: int, basis: str) -> str:
    if basis == "assumption":  # a baseline check makes every assumption carry its range
        if count == 1:
            return "1 assumption with a low–high range"
        return f"{count} assumptions, each with a low–high range"
    return f"{count} {basis}"


def _year(value) -> str:
    return str(int(value))


def _number(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    value = float(value)
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def about_html(baseline: Baseline) -> str:
    """The About box: version, the baseline and a summary of where its figures come from."""
    provenance = baseline.provenance
    counts = Counter(provenance["basis"])
    addresses = {a for cell in provenance["source"] for a in str(cell).split() if "://" in a}
    division = baseline.about.get("division", "") if baseline.about else ""
    origin = f"<br>Read from {escape(baseline.origin)}" if baseline.origin else ""
    return (
        f"<h3>Planner {escape(__version__)}</h3>"
        "<p>Budget and capacity planning for a city's social services, health care and "
        "rescue services: move the levers, see the savings against the target and the "
        "service volumes delivered.</p>"
        f"<p><b>Baseline:</b> {escape(baseline.name)} ({baseline.year})"
        + (f"<br>{escape(division)}" if division else "")
        + origin
        + "</p>"
        f"<p><b>Data sources:</b> {len(provenance)} provenance records: "
        f"{counts.get('read', 0)} read from public sources, {counts.get('derived', 0)} derived "
        f"from read figures, {counts.get('assumption', 0)} assumptions, each with its "
        f"reasoning and a low–high range; {len(addresses)} public documents cited. "
        f"Every figure, its source address and the open questions are in {SOURCES_FILE}; "
        "each lever's tooltip names the figures it acts on.</p>"
        "<p>Free software under the MIT licence.</p>"
    )

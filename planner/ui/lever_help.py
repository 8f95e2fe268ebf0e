"""Words for the window's help: what a lever does, and which baseline figures it acts on with
their basis and sources; a summary of the baseline's data sources for the About box.

Pure functions over the model (no Qt), returning small HTML fragments for tooltips and
message boxes.
"""

from collections import Counter
from html import escape

from planner import __version__
from planner.model.baseline import Baseline
from planner.model.levers import Lever
from planner.present import translate
from planner.present.provenance import summarise_figure

SOURCES_FILE = "data/SOURCES.md"


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
    """One `table.column` or `table.row.column` entry of Lever.acts_on with its provenance:
    the same summary the printed summary gives (planner.present.provenance)."""
    summary = summarise_figure(baseline, entry)
    text = f"<code>{escape(summary.figure)}</code>: {escape(summary.values)}"
    if summary.yes_names:
        yes = translate("LeverHelp", "yes for {names}").format(names="; ".join(summary.yes_names))
        text += f" ({escape(yes)})"
    basis = translate("LeverHelp", "basis: {basis}; sources: {sources}").format(
        basis=summary.basis, sources=summary.sources
    )
    return f"{text}; {escape(basis)}"


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

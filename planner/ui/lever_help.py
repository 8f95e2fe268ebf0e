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
from planner.present import numbers as fmt
from planner.present import translate
from planner.present.figures import figure_name
from planner.present.names import division_name
from planner.present.provenance import summarise_figure
from planner.present.result import lever_name, lever_unit

SOURCES_FILE = "data/SOURCES.md"


def lever_help_html(lever: Lever, baseline: Baseline) -> str:
    """What the lever does and the baseline figures it acts on, as a tooltip."""
    items = "".join(f"<li>{acts_on_html(baseline, entry)}</li>" for entry in lever.acts_on)
    # The unit in the user's language and the numbers written the language's way (0–100,
    # 12,5), as the lever's row shows them.
    head = translate("LeverHelp", "{unit}, {low}–{high}; no change: {no_change}").format(
        unit=escape(lever_unit(lever)),
        low=_number(lever.minimum),
        high=_number(lever.maximum),
        no_change=_number(lever.no_change),
    )
    acts_on = translate("LeverHelp", "Acts on these figures of the baseline {name}:").format(
        name=f"<i>{escape(baseline.name)}</i>"
    )
    bases = translate(
        "LeverHelp",
        "Read = stated in a public source; derived = computed from read figures; assumption = "
        "a planning estimate with a low–high range. Help > User Guide (F1) says more.",
    )
    help_text = translate("LeverHelp", lever.help)  # the model's words; a catalogue may add them
    return (
        f"<p><b>{escape(lever_name(lever))}</b> ({head})</p>"
        f"<p>{escape(help_text)}</p>"
        f"<p>{acts_on}</p><ul>{items}</ul><p>{bases}</p>"
    )


def _number(value: float) -> str:
    """A lever's bound as typed: 0, 100, 12.5 (no decimals a whole number does not have)."""
    return fmt.number(value, 0 if float(value).is_integer() else fmt.lever_decimals(value))


def acts_on_html(baseline: Baseline, entry: str) -> str:
    """One `table.column` or `table.row.column` entry of Lever.acts_on with its provenance:
    the same summary the printed summary gives (planner.present.provenance)."""
    summary = summarise_figure(baseline, entry)
    # The figure by its name, as the printed summary names it: no internal ids in the window.
    text = f"<b>{escape(figure_name(baseline, entry))}</b>: {escape(summary.values)}"
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
    division = division_name(baseline)
    origin = ""
    if baseline.origin:
        origin = "<br>" + translate("LeverHelp", "Read from {origin}").format(
            origin=escape(baseline.origin)
        )
    what = translate(
        "LeverHelp",
        "Budget and capacity planning for a city's social services, health care and rescue "
        "services: move the levers, see the savings against the target and the service "
        "volumes delivered.",
    )
    sources = translate(
        "LeverHelp",
        "{records} provenance records: {read} read from public sources, {derived} derived from "
        "read figures, {assumed} assumptions, each with its reasoning and a low–high range; "
        "{documents} public documents cited. Every figure, its source address and the open "
        "questions are in {file}; each lever's tooltip names the figures it acts on.",
    ).format(
        records=len(provenance),
        read=counts.get("read", 0),
        derived=counts.get("derived", 0),
        assumed=counts.get("assumption", 0),
        documents=len(addresses),
        file=SOURCES_FILE,
    )
    baseline_word = translate("LeverHelp", "Baseline:")
    sources_word = translate("LeverHelp", "Data sources:")
    licence = translate("LeverHelp", "Free software under the MIT licence.")
    division_line = f"<br>{escape(division)}" if division else ""
    return (
        f"<h3>Planner {escape(__version__)}</h3>"
        f"<p>{what}</p>"
        f"<p><b>{baseline_word}</b> {escape(baseline.name)} ({baseline.year})"
        f"{division_line}{origin}</p>"
        f"<p><b>{sources_word}</b> {sources}</p>"
        f"<p>{licence}</p>"
    )

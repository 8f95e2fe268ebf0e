"""Short texts the window's parts share, on top of planner/formatting.py."""

from planner import formatting as fmt


def lever_percent(value: float) -> str:
    """A lever value as typed: one decimal, two when it has them (95.82 from a goal seek)."""
    decimals = 1 if round(value, 1) == round(value, 2) else 2
    return f"{value:.{decimals}f} %"


def signed_eur(value: float) -> str:
    """+€1,234 / −€1,234 / €0, for changes."""
    text = fmt.eur(value)
    return "+" + text if round(value) > 0 else text


def signed_pct(share: float) -> str:
    """+12.3 % / −12.3 % / 0.0 %, for changes."""
    text = fmt.pct(share)
    return "+" + text if round(share * 100, 1) > 0 else text

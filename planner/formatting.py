"""Number formats shared by the window, the printed summary, exports and the command line.

Euros with thousands separators, millions as "M€" where space is short, volumes as whole
numbers, percentages with one decimal. A thin space is not used: printers and terminals
show a plain comma reliably.
"""

import math


def eur(value: float) -> str:
    """€12,345,678 (negative: −€1,234)."""
    if not math.isfinite(value):
        return "–"
    sign = "−" if round(value) < 0 else ""
    return f"{sign}€{abs(value):,.0f}"


def meur(value: float, decimals: int = 1) -> str:
    """12.3 M€ (negative: −12.3 M€)."""
    if not math.isfinite(value):
        return "–"
    millions = value / 1e6
    sign = "−" if round(millions, decimals) < 0 else ""
    return f"{sign}{abs(millions):,.{decimals}f} M€"


def signed_meur(value: float, decimals: int = 1) -> str:
    """+12.3 M€ / −12.3 M€ / 0.0 M€, for changes."""
    text = meur(value, decimals)
    return text if text.startswith("−") or round(value / 1e6, decimals) == 0 else "+" + text


def volume(value: float) -> str:
    if not math.isfinite(value):
        return "–"
    text = f"{abs(value):,.0f}"
    return ("−" + text) if round(value) < 0 else text


def pct(share: float, decimals: int = 1) -> str:
    """A share (0.123) as 12.3 %."""
    if not math.isfinite(share):
        return "–"
    text = f"{abs(share) * 100:.{decimals}f} %"
    return ("−" + text) if round(share * 100, decimals) < 0 else text


def lever_value(value: float, unit: str) -> str:
    return f"{value:.1f} {unit}"

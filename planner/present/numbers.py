"""Numbers as text for a locale: euros, millions of euros, volumes, shares, differences and
lever values.

Every function takes the locale as a parameter; without one it uses the active locale, which
the window sets once at start (`set_locale`) and a printed summary may override. English,
Finnish and Swedish are one `Locale` each (`locale_for(code)`).
Non-finite numbers show as "–". A sign is shown only when the rounded number is not zero, so a
figure never reads "−€0".
"""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Locale:
    """How numbers are written in one language. Patterns hold "{}" where the number goes."""

    code: str  # "en", later "fi", "sv"
    decimal: str  # decimal separator
    group: str  # thousands separator
    minus: str  # the minus sign (a real minus, not a hyphen)
    euros: str  # "€{}" in English, "{} €" in Finnish
    millions: str  # "{} M€"
    percent: str  # "{} %"
    points: str  # percentage points: "{} pp"


ENGLISH = Locale(
    code="en",
    decimal=".",
    group=",",
    minus="−",
    euros="€{}",
    millions="{} M€",
    percent="{} %",
    points="{} pp",
)

# Finnish and Swedish (issue 13): a space groups thousands and the euro sign follows the
# number, as in the city's budget documents (70 005 227 €, 95,8 %, 28.11.2026). The space is a
# no-break space (U+00A0), so a figure never breaks over two lines.
FINNISH = Locale(
    code="fi",
    decimal=",",
    group="\u00a0",
    minus="−",
    euros="{}\u00a0€",
    millions="{}\u00a0M€",  # short enough for chart labels (running text: "milj. euroa")
    percent="{}\u00a0%",
    points="{}\u00a0%-yks.",
)

SWEDISH = Locale(
    code="sv",
    decimal=",",
    group="\u00a0",
    minus="−",
    euros="{}\u00a0€",
    millions="{}\u00a0M€",
    percent="{}\u00a0%",
    points="{}\u00a0p.e.",
)

LOCALES = {locale.code: locale for locale in (ENGLISH, FINNISH, SWEDISH)}


def locale_for(code: str) -> Locale:
    """The locale of a language code ("fi", "sv", "en"; "fi_FI" reads as "fi"); English for
    any other."""
    return LOCALES.get(code.split("_")[0].split("-")[0].lower(), ENGLISH)


_active = ENGLISH


def set_locale(locale: Locale) -> None:
    """The locale used where a caller gives none."""
    global _active
    _active = locale


def active_locale() -> Locale:
    return _active


def number(value: float, decimals: int = 0, locale: Locale | None = None) -> str:
    """12,345.6: grouped, with the locale's separators and minus sign."""
    if not math.isfinite(value):
        return "–"
    loc = locale or _active
    text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\0").replace(".", loc.decimal).replace("\0", loc.group)
    return (loc.minus + text) if round(value, decimals) < 0 else text


def _signed(text: str, value: float, decimals: int, locale: Locale | None) -> str:
    """A "+" before a positive change (a negative one has its minus already)."""
    return "+" + text if math.isfinite(value) and round(value, decimals) > 0 else text


def _pattern(pattern: str, value: float, decimals: int, locale: Locale | None) -> str:
    if not math.isfinite(value):
        return "–"
    loc = locale or _active
    text = pattern.format(number(abs(value), decimals, loc))
    return (loc.minus + text) if round(value, decimals) < 0 else text


def eur(value: float, locale: Locale | None = None) -> str:
    """€12,345,678; negative: −€1,234."""
    return _pattern((locale or _active).euros, value, 0, locale)


def signed_eur(value: float, locale: Locale | None = None) -> str:
    """A change in euros: +€1,234 / −€1,234 / €0."""
    return _signed(eur(value, locale), value, 0, locale)


def meur(value: float, decimals: int = 1, locale: Locale | None = None) -> str:
    """12.3 M€; negative: −12.3 M€."""
    return _pattern((locale or _active).millions, value / 1e6, decimals, locale)


def signed_meur(value: float, decimals: int = 1, locale: Locale | None = None) -> str:
    """A change in millions: +12.3 M€ / −12.3 M€ / 0.0 M€."""
    return _signed(meur(value, decimals, locale), value / 1e6, decimals, locale)


def volume(value: float, locale: Locale | None = None) -> str:
    """A service volume: whole units, 12,345."""
    return number(value, 0, locale)


def signed_volume(value: float, locale: Locale | None = None) -> str:
    return _signed(volume(value, locale), value, 0, locale)


def pct(share: float, decimals: int = 1, locale: Locale | None = None) -> str:
    """A share (0.123) as 12.3 %."""
    return _pattern((locale or _active).percent, share * 100, decimals, locale)


def signed_pct(share: float, locale: Locale | None = None) -> str:
    """A relative change: +12.3 % / −12.3 % / 0.0 %."""
    return _signed(pct(share, 1, locale), share * 100, 1, locale)


def points(value: float, locale: Locale | None = None) -> str:
    """A difference of two percentages, in percentage points: +4.0 pp / −1.2 pp / 0.0 pp."""
    text = _pattern((locale or _active).points, value, 1, locale)
    return _signed(text, value, 1, locale)


def lever_decimals(value: float) -> int:
    """Lever values are shown as typed: one decimal, two when they have them (95.82 from a
    goal seek). The one rule for the window, Compare, the summary and the command line."""
    return 1 if round(value, 1) == round(value, 2) else 2


def lever_value(value: float, unit: str = "%", locale: Locale | None = None) -> str:
    """20.0 % / 95.82 % of leased office area: a lever's value with its unit."""
    return f"{number(value, lever_decimals(value), locale)} {unit}"


def lever_points(value: float, locale: Locale | None = None) -> str:
    """A difference of two lever values: +4.0 pp, with the lever's own precision."""
    decimals = lever_decimals(value)
    text = _pattern((locale or _active).points, value, decimals, locale)
    return _signed(text, value, decimals, locale)


def date(value, locale: Locale | None = None) -> str:
    """A calendar date: 28.11.2026 in Finnish and Swedish (as Helsinki writes it), 2026-11-28
    in English (ISO, as the summary has always said it)."""
    loc = locale or _active
    if loc.code == "en":
        return f"{value:%Y-%m-%d}"
    return f"{value.day}.{value.month}.{value.year}"


def year(value: float) -> str:
    return str(int(value))


def signed_years(value: float) -> str:
    """A difference of plan years: +1 / −2 / 0."""
    whole = int(value)
    if whole == 0:
        return "0"
    return f"+{whole}" if whole > 0 else f"−{-whole}"


def count(value: float) -> str:
    """A whole count (service lines below their floor)."""
    return str(int(value))


def signed_count(value: float) -> str:
    return signed_years(value)

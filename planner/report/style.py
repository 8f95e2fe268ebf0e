"""Page geometry, fonts and grays of the printed summary.

Pages are laid out once in a fixed logical space of 1/720 inch ("decipoints") on A4 and
scaled to whatever device paints them (PDF writer, printer, print preview), so every device
shows the same line breaks and the same page count. Fonts are sized in these units with
hinting off, so text measures the same at every resolution.
"""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase

UNITS_PER_INCH = 720.0


def mm(value: float) -> float:
    return value * UNITS_PER_INCH / 25.4


def pt(value: float) -> float:
    return value * UNITS_PER_INCH / 72.0


PAGE_WIDTH = mm(210)
PAGE_HEIGHT = mm(297)
MARGIN_LEFT = mm(18)
MARGIN_RIGHT = mm(18)
MARGIN_TOP = mm(14)
MARGIN_BOTTOM = mm(14)
HEADER_HEIGHT = mm(9)  # running header band inside the top margin's content area
FOOTER_HEIGHT = mm(8)
CONTENT_LEFT = MARGIN_LEFT
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_TOP = MARGIN_TOP + HEADER_HEIGHT
CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM - FOOTER_HEIGHT

# Grays, not colours: the summary is read in black and white.
INK = QColor(0, 0, 0)
MUTED = QColor(80, 80, 80)
RULE = QColor(120, 120, 120)
LIGHT_RULE = QColor(190, 190, 190)
BAND = QColor(232, 232, 232)  # table header band
PAPER = QColor(255, 255, 255)
BAR_SAVING = QColor(150, 150, 150)
BAR_TOTAL = QColor(40, 40, 40)

# Families tried in order; the first one installed is used (a missing family would make Qt
# warn and substitute). DejaVu Sans and Noto Sans carry €, −, ▼ and ≥.
_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Liberation Sans",
)


def _family() -> str:
    installed = set(QFontDatabase.families())
    for family in _FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


@dataclass(frozen=True)
class Fonts:
    body: QFont
    bold: QFont
    small: QFont
    small_bold: QFont
    table: QFont
    table_bold: QFont
    heading: QFont
    title: QFont
    figure: QFont  # the large key figures


def font(family: str, points: float, bold: bool = False) -> QFont:
    result = QFont(family)
    result.setPixelSize(round(pt(points)))
    result.setBold(bold)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    result.setKerning(True)
    # No ligatures: "ffi" in "office" must copy and search as three letters in the PDF.
    for tag in ("liga", "clig"):
        result.setFeature(QFont.Tag(tag), 0)
    return result


def make_fonts() -> Fonts:
    family = _family()
    return Fonts(
        body=font(family, 9),
        bold=font(family, 9, bold=True),
        small=font(family, 7.5),
        small_bold=font(family, 7.5, bold=True),
        table=font(family, 7.8),
        table_bold=font(family, 7.8, bold=True),
        heading=font(family, 11.5, bold=True),
        title=font(family, 17, bold=True),
        figure=font(family, 13, bold=True),
    )

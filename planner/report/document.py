"""The summary document: laid out once, painted onto a PDF writer, a printer or a preview.

One layout serves every output, so print preview, printed pages and the PDF cannot drift
apart: `print_to` paints the same pages onto whatever paged device it is given.
"""

import os
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from planner import __version__
from planner.model import Baseline, Engine, ScenarioResult
from planner.present import translate
from planner.present.names import division_name
from planner.present.numbers import date as fmt_date
from planner.report import style
from planner.report.app import ensure_gui_application
from planner.report.comparison import comparison_pieces
from planner.report.content import scenario_pieces
from planner.report.flow import Frame, Page, Piece, SectionStart, paginate, paint_page

PDF_RESOLUTION = 1200


class ReportError(OSError):
    """The summary could not be painted or written."""


@dataclass(frozen=True)
class ReportContext:
    """What the results do not say themselves."""

    workbook_path: str = ""  # the workbook file the scenarios come from ("" = not saved)
    division: str = ""  # default: the baseline's about table, division_xx or division
    generated_at: datetime | None = None  # default: now
    # The risk page (issue 11): Monte Carlo draws per scenario; 0 = no risk page. The seed is
    # fixed, so the same summary prints the same probabilities; both are said on the page.
    draws: int = 0
    seed: int | None = None  # default: the analysis' own (planner.analysis.uncertainty)


class SummaryDocument:
    def __init__(self, pages: list[Page], frame: Frame, fonts, title: str):
        self.pages = pages
        self.frame = frame
        self.fonts = fonts
        self.title = title

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def configure_printer(self, printer) -> None:
        """Set a QPrinter up for this document: A4 portrait, the document's own margins."""
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(self.title)

    def print_to(self, device: QPagedPaintDevice) -> None:
        """Paint every page onto a QPrinter (a real printer, or the one QPrintPreviewDialog
        passes to paintRequested) or a QPdfWriter. Pages are scaled to the device's paper,
        which is A4 unless the planner chose another size in the print dialog."""
        if hasattr(device, "setFullPage"):
            device.setFullPage(True)  # our own margins, measured from the paper's edge
        painter = QPainter()
        if not painter.begin(device):
            raise ReportError("the printer or file could not be opened for painting")
        try:
            full = device.pageLayout().fullRectPixels(device.resolution())
            scale = min(full.width() / style.PAGE_WIDTH, full.height() / style.PAGE_HEIGHT)
            offset = (full.width() - style.PAGE_WIDTH * scale) / 2
            for number, page in enumerate(self.pages, start=1):
                if number > 1 and not device.newPage():
                    raise ReportError("the printer did not accept a new page")
                painter.resetTransform()
                painter.translate(offset, 0)
                painter.scale(scale, scale)
                paint_page(painter, page, number, self.page_count, self.frame, self.fonts)
        finally:
            painter.end()

    def pdf_bytes(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setTitle(self.title)
        writer.setCreator(f"planner {__version__}")
        self.print_to(writer)
        del writer  # finishes the file
        data = bytes(buffer.data())
        buffer.close()
        return data

    def write_pdf(self, path: str | os.PathLike) -> None:
        """Write the PDF with the one atomic writer (planner.files.safe_io): a failure never
        leaves a half-written PDF, a device or folder at `path` is refused, an existing file
        keeps its permissions. Raises WriteError, an OSError whose strerror says why."""
        from planner.files.safe_io import write_bytes_atomically

        write_bytes_atomically(path, self.pdf_bytes(), "PDF")


def build_summary(
    results: list[ScenarioResult], baseline: Baseline, context: ReportContext | None = None
) -> SummaryDocument:
    """Lay out the summary of the given scenario results (in this order) on A4 pages.

    With several results, a comparison page comes first. Needs a QGuiApplication (the
    window's QApplication is one); without one, one is made (offscreen when headless).
    """
    if not results:
        raise ValueError("a summary needs at least one scenario")
    ensure_gui_application()
    context = context or ReportContext()
    generated_at = context.generated_at or datetime.now().astimezone()
    division = context.division or division_name(baseline)
    fonts = style.make_fonts()
    pieces: list[Piece] = []
    if len(results) > 1:
        pieces.append(
            SectionStart(
                translate("Comparison", "Comparison of {count} scenarios").format(
                    count=len(results)
                )
            )
        )
        pieces += comparison_pieces(results, baseline, division, fonts)
    if context.draws > 0:
        # Only now: the analysis package loads SciPy (for its solver), which a summary
        # without risk pages (the window's print preview) need not wait for.
        from planner.analysis.uncertainty import DEFAULT_SEED
        from planner.report.risk import analyse, risk_pieces

        engine = Engine(baseline)  # one for every scenario: overrides are per evaluation
    for result in results:
        pieces.append(SectionStart(result.scenario.name))
        pieces += scenario_pieces(
            result, baseline, division, context.workbook_path, generated_at, fonts
        )
        if context.draws > 0:
            seed = DEFAULT_SEED if context.seed is None else context.seed
            risk = analyse(engine, result, context.draws, seed)
            pieces.append(SectionStart(result.scenario.name))  # the risk page starts a page
            pieces += risk_pieces(result, baseline, risk, fonts)
    frame = Frame(
        division=division,
        generated=translate("Summary", "Generated {time} by planner {version}").format(
            time=f"{fmt_date(generated_at)} {generated_at:%H:%M}", version=__version__
        ),
    )
    names = ", ".join(result.scenario.name for result in results)
    return SummaryDocument(
        paginate(pieces),
        frame,
        fonts,
        translate("Summary", "Scenario summary: {names}").format(names=names),
    )

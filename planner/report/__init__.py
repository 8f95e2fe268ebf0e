"""The printed scenario summary: one document for print preview, printer and PDF.

Uses QtGui (fonts, painting, PDF) but no widgets, so a summary can be made without a window.
"""

from planner.report.app import ensure_gui_application
from planner.report.document import ReportContext, ReportError, SummaryDocument, build_summary

__all__ = [
    "ReportContext",
    "ReportError",
    "SummaryDocument",
    "build_summary",
    "ensure_gui_application",
]

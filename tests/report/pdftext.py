"""Text of a PDF as a reader's tools see it: pypdf extraction, whitespace collapsed."""

from pypdf import PdfReader


def page_texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def document_text(path) -> str:
    return " ".join(page_texts(path))


def row(*cells: str) -> str:
    """A table row as extracted: the cells in order, each cell's words separated by spaces."""
    return " ".join(" ".join(cell.split()) for cell in cells if cell)

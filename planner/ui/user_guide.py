"""Help > User Guide (F1): the user guide for a finance planner, in a window of its own.

The guide is `docs/user-guide.md`, shipped as `resources/user-guide.md` (a test keeps the two
the same) and shown as Markdown in a QTextBrowser. A Finnish or Swedish window shows
`user-guide.fi.md` or `user-guide.sv.md` (the catalogues translate the file name), written in the
window's own words: tests/ui/test_user_guide_languages.py checks its menu paths against the menus.
"""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner.paths import resources_dir
from planner.present import translate


def guide_text() -> str:
    # The file name passes the translation function, so a catalogue can name a translated guide.
    name = translate("UserGuide", "user-guide.md")
    path = resources_dir() / name
    if not path.is_file():
        path = resources_dir() / "user-guide.md"
    return path.read_text(encoding="utf-8")


class UserGuide(QDialog):
    """The guide in a browser that follows its links, with a Close button; not modal, so the
    window can be used while reading."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuide", "Planner user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        self.browser.setAccessibleName(translate("UserGuide", "User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)


def add_user_guide_action(window, menu) -> QAction:
    """Help > User Guide (F1), first in the Help menu; the dialog is made on first use."""
    action = QAction(translate("MainWindow", "&User Guide"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setStatusTip(translate("MainWindow", "How to use the planner"))

    def show() -> None:
        guide = getattr(window, "user_guide", None)
        if guide is None:
            guide = window.user_guide = UserGuide(window)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    action.triggered.connect(show)
    menu.addAction(action)
    return action

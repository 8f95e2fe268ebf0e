"""File > Open Recent: the workbooks opened or saved last, kept in the settings."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMenu, QWidget

from planner.present import translate

RECENT_KEY = "files/recent"
MAX_RECENT = 8


class RecentFiles(QObject):
    """The Open Recent menu and the list behind it. `open_file(path)` opens a chosen entry;
    `status(text)` tells which entries were dropped because their files are gone."""

    def __init__(
        self,
        parent: QWidget,
        settings: QSettings,
        open_file: Callable[[str], object],
        status: Callable[[str], None],
    ):
        super().__init__(parent)
        self.settings, self.open_file, self.status = settings, open_file, status
        self.menu = QMenu(translate("RecentFiles", "Open &Recent"), parent)
        self.menu.aboutToShow.connect(self.fill_menu)
        self.fill_menu()

    def files(self) -> list[str]:
        value = self.settings.value(RECENT_KEY) or []
        if isinstance(value, str):  # one entry reads back as a plain string
            value = [value]
        return [str(item) for item in value if item][:MAX_RECENT]

    def add(self, path: str) -> None:
        path = str(Path(path).absolute())
        files = [path] + [item for item in self.files() if item != path]
        self.settings.setValue(RECENT_KEY, files[:MAX_RECENT])

    def fill_menu(self) -> None:
        """Rebuilt each time it opens; files that are gone are dropped, and the status bar
        says which."""
        files = self.files()
        present = [item for item in files if Path(item).is_file()]
        gone = [item for item in files if item not in present]
        if gone:
            self.settings.setValue(RECENT_KEY, present)
            self.status(
                translate(
                    "RecentFiles", "Removed from Open Recent (no longer there): {names}"
                ).format(names=", ".join(map(_name, gone)))
            )
        menu = self.menu
        menu.clear()
        for number, item in enumerate(present, start=1):
            made = menu.addAction(f"&{number} {_name(item)}")
            made.setStatusTip(item)
            made.setToolTip(item)
            made.setData(item)
            made.triggered.connect(lambda checked=False, p=item: self.open_file(p))
        if not present:
            menu.addAction(translate("RecentFiles", "No recent workbooks")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(translate("RecentFiles", "&Clear Recent Workbooks"))
        clear.setEnabled(bool(present))
        clear.triggered.connect(lambda: self.settings.setValue(RECENT_KEY, []))


def _name(path: str) -> str:
    return Path(path).name

"""A small dialog: which of the workbook's scenarios to print or export."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.present import translate


class ScenarioPicker(QDialog):
    """Checkable list of scenario names; the current one is checked to begin with."""

    def __init__(self, names: list[str], current: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            translate("ScenarioPicker", "{action}: choose scenarios").format(action=action)
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ScenarioPicker", "Scenarios to include"))
        for name in names:
            item = QListWidgetItem(name, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name == current else Qt.CheckState.Unchecked
            )
        label = QLabel(
            translate(
                "ScenarioPicker",
                "Scenarios to include, in this order (several get a comparison page first):",
            ),
            self,
        )
        label.setWordWrap(True)
        label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self._on_item_changed()

    def chosen(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _on_item_changed(self, *_item) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))

"""Every problem of a file that could not be used, in a list the user can read and copy."""

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.present import translate


class ProblemsDialog(QDialog):
    def __init__(self, title: str, intro: str, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.problems = list(problems)
        count = len(problems)
        if count == 1:
            found = translate("ProblemsDialog", "1 problem found:")
        else:
            found = translate("ProblemsDialog", "{count} problems found:").format(count=count)
        label = QLabel(f"{intro}\n{found}", self)
        label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("ProblemsDialog", "Problems"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText("\n".join(self.problems))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("ProblemsDialog", "&Copy All"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems))

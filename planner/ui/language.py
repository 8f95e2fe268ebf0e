"""The window's language: Finnish, Swedish or English (issue 13).

The language follows the system's locale unless the planner chose one in Settings > Language
(kept in QSettings under `ui/language`). A choice takes effect when the planner is next
started: every view writes its texts once, when it is built.

`apply_language(code)` does everything a language needs, before the window is built:

- loads the planner's compiled catalogue (`resources/translations/planner_xx.qm`, made from
  the `.ts` sources by `pyside6-lrelease`) and Qt's own (`qtbase_xx.qm`: the standard buttons
  and dialogs) into `QTranslator`s, and sends `planner.present.translate` through
  `QCoreApplication.translate`;
- sets the numbers' locale (`planner.present.set_locale`: 70 005 227 €, 95,8 %) and Qt's
  default `QLocale`, so spin boxes and Qt's own texts follow;
- in Finnish and Swedish, writes spin boxes the language's way: a spin box given the English
  input locale (12.5) gets the language's (12,5), and a euro prefix (€70,000,000) becomes a
  suffix (70 000 000 €). The spin boxes' own code stays as it is: an application event filter
  does this once per spin box, when Qt polishes it before it is first shown.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QAbstractSpinBox, QMainWindow, QMenu

from planner.present import translate
from planner.report.language import (
    LANGUAGES,
    catalogue_path,
    current_language,
    qt_locale,
    use_language,
)

__all__ = ["LANGUAGES", "apply_language", "catalogue_path", "chosen_language", "current_language"]

SETTING = "ui/language"
SYSTEM = "system"
_spin_boxes: list["_SpinBoxLocaliser"] = []


def system_language() -> str:
    """fi or sv when the system's locale is Finnish or Swedish; en otherwise."""
    code = QLocale.system().name().split("_")[0].lower()  # "fi_FI", "sv_FI", "C"
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings) -> str:
    """The language chosen in the menu, or the system's when none was chosen."""
    value = settings.value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else system_language()


def apply_language(code: str) -> str:
    """Every text and number from now on in this language (fi, sv or en; any other reads as
    en), spin boxes included. Call it before the window is built. Returns the language."""
    code = use_language(code)
    app = QCoreApplication.instance()
    if code != "en" and not _spin_boxes and app is not None:
        _spin_boxes.append(_SpinBoxLocaliser(app))
        app.installEventFilter(_spin_boxes[0])
    elif code == "en" and _spin_boxes:
        localiser = _spin_boxes.pop()
        if app is not None:
            app.removeEventFilter(localiser)
        localiser.deleteLater()
    return code


class _SpinBoxLocaliser(QObject):
    """Writes each spin box the language's way once, when Qt polishes it (before it is first
    shown): the language's decimal comma and digit grouping, the euro sign after the number."""

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Polish and isinstance(watched, QAbstractSpinBox):
            locale = qt_locale(current_language())
            if watched.locale() != locale:
                watched.setLocale(locale)
            if hasattr(watched, "prefix") and watched.prefix().strip() == "€":
                watched.setPrefix("")
                if not watched.suffix():
                    watched.setSuffix("\u00a0€")
        return False


def add_language_menu(window: QMainWindow, settings: QSettings) -> QMenu:
    """Settings > Language, before the Help menu: the system's language or one of the three,
    kept in settings and used from the next start (the menu says so)."""
    menu = QMenu(translate("Language", "&Settings"), window)
    help_action = next(
        (
            a
            for a in window.menuBar().actions()
            if a.menu() and a.menu().title() == translate("MainWindow", "&Help")
        ),
        None,
    )
    if help_action is not None:
        window.menuBar().insertMenu(help_action, menu)
    else:
        window.menuBar().addMenu(menu)
    languages = menu.addMenu(translate("Language", "&Language (from the next start)"))
    group = QActionGroup(window)
    group.setExclusive(True)
    saved = settings.value(SETTING)
    chosen = saved if isinstance(saved, str) and saved in LANGUAGES else SYSTEM
    system_name = LANGUAGES[system_language()]
    choices = [
        (
            SYSTEM,
            translate("Language", "The system's language ({language})").format(
                language=system_name
            ),
        )
    ]
    choices += list(LANGUAGES.items())
    for code, text in choices:
        action = QAction(text, group)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        action.setStatusTip(
            translate("Language", "The planner speaks this language from its next start")
        )
        languages.addAction(action)

    def choose(action: QAction) -> None:
        code = action.data()
        if code == SYSTEM:
            settings.remove(SETTING)
        else:
            settings.setValue(SETTING, code)
        settings.sync()
        new = code if code in LANGUAGES else system_language()
        if new == current_language():
            window.statusBar().showMessage(
                translate("Language", "The planner already speaks {language}.").format(
                    language=LANGUAGES[new]
                ),
                8000,
            )
        else:
            window.statusBar().showMessage(
                translate("Language", "{language} from the next start of the planner.").format(
                    language=LANGUAGES[new]
                ),
                8000,
            )

    group.triggered.connect(choose)
    window.language_menu = menu
    window.language_actions = group
    return menu

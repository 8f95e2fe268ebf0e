"""The language of every text and number (issue 13): Qt's translators and the numbers' locale.

`use_language(code)` loads the planner's compiled catalogue (resources/translations/
planner_xx.qm, made from the .ts sources with pyside6-lrelease) and Qt's own (qtbase_xx.qm)
into QTranslators, sends `planner.present.translate` through `QCoreApplication.translate`,
and sets the numbers' locale (planner.present.set_locale) and Qt's default QLocale. QtCore
only, so the printed summary (`planner report --lang fi`) uses it without widgets; the window
adds its menu and spin boxes on top (planner.ui.language).
"""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.paths import resources_dir
from planner.present import install_translator, locale_for, set_locale

# Each language named in its own words, as language menus do.
LANGUAGES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
_QT_LANGUAGES = {
    "fi": (QLocale.Language.Finnish, QLocale.Country.Finland),
    "sv": (QLocale.Language.Swedish, QLocale.Country.Finland),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_translators: list[QTranslator] = []
_default_before: list[QLocale] = []
_current = ["en"]


def catalogue_dir():
    return resources_dir() / "translations"


def catalogue_path(code: str):
    """The compiled catalogue of a language (English, the source language, has none)."""
    return catalogue_dir() / f"planner_{code}.qm"


def qt_locale(code: str) -> QLocale:
    language, country = _QT_LANGUAGES.get(code, _QT_LANGUAGES["en"])
    return QLocale(language, country)


def current_language() -> str:
    return _current[0]


def use_language(code: str) -> str:
    """Texts and numbers from now on in this language (fi, sv, en; any other reads as en).
    Needs a QCoreApplication for the catalogues. Returns the language used."""
    code = code if code in LANGUAGES else "en"
    for translator in _translators:
        QCoreApplication.removeTranslator(translator)
    _translators.clear()
    if code != "en":
        app = QCoreApplication.instance()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"planner_{code}", str(catalogue_dir())),
            (f"qtbase_{code}", qt_folder),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                _translators.append(translator)
    if not _default_before:
        before = QLocale()  # the system's, unless a language was used already
        finnish_or_swedish = (QLocale.Language.Finnish, QLocale.Language.Swedish)
        _default_before.append(
            qt_locale("en") if before.language() in finnish_or_swedish else before
        )
    QLocale.setDefault(qt_locale(code) if code != "en" else _default_before[0])
    set_locale(locale_for(code))
    install_translator(QCoreApplication.translate)
    _current[0] = code
    return code


def results_in_language(code: str, results, baseline):
    """Texts and numbers in `code` from now on (the catalogues need a QGuiApplication, made
    offscreen when headless), and the results again on an engine naming lines and categories
    in it (name_fi, name_sv): what `planner report --lang` and `planner export --lang` print."""
    from planner.model import Engine, evaluate_scenario
    from planner.present.names import localise_engine
    from planner.report.app import ensure_gui_application

    ensure_gui_application()
    use_language(code)
    engine = localise_engine(Engine(baseline), code)
    return [evaluate_scenario(engine, result.scenario) for result in results]

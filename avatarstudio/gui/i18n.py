"""Languages: Qt Linguist translators (.ts in git, .qm built by pyside6-lrelease), chosen by the
system locale or the user's setting (QSettings key ``language``: "system", "en" or "ja")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("en", "ja")
_state = {"lang": "en", "translators": []}


def system_language() -> str:
    name = QLocale.system().name()
    return "ja" if name.startswith("ja") else "en"


def resolve(choice: str | None) -> str:
    return choice if choice in LANGUAGES else system_language()


def current() -> str:
    return _state["lang"]


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations (qtbase_ja.qm: file dialogs, message box buttons) may be: Qt's
    configured folder, PySide6's own ``Qt/translations`` (pip wheels, PyInstaller bundles)."""
    import PySide6

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    return [d for i, d in enumerate(found) if d.is_dir() and d not in found[:i]]


def install(lang: str) -> str:
    """Install the translators for ``lang`` ("en" or "ja") on the running application."""
    app = QCoreApplication.instance()
    for tr in _state["translators"]:
        app.removeTranslator(tr)
    _state["translators"] = []
    lang = lang if lang in LANGUAGES else "en"
    _state["lang"] = lang
    if lang != "en":
        qt = QTranslator(app)
        if any(qt.load(QLocale(lang), "qtbase", "_", str(folder)) for folder in qt_translation_dirs()):
            app.installTranslator(qt)
            _state["translators"].append(qt)
        ours = QTranslator(app)
        if ours.load(str(I18N_DIR / f"avatarstudio_{lang}.qm")):
            app.installTranslator(ours)
            _state["translators"].append(ours)
    if not _state["translators"]:
        # Installing nothing still tells every widget to re-read its texts.
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return lang


def label(obj) -> str:
    """The pack's label for a layer, part, slot or expression in the current language."""
    if _state["lang"] == "ja":
        ja = getattr(obj, "label_ja", "") or getattr(obj, "name_ja", "")
        if ja:
            return ja
    text = getattr(obj, "label", "") or getattr(obj, "name", "")
    return text or getattr(obj, "id", "").replace("_", " ").capitalize()

"""The guide (Bantuan → Panduan): resources/help/ in the interface language, searchable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.i18n import DEFAULT_LANGUAGE, tr
from lk3_desktop.paths import resource
from lk3_desktop.ui.widgets import fit_to_screen

# One guide per interface language (app.configure_application keeps the language on the
# QApplication as "lk3_language"); the texts are Markdown, rendered by QTextBrowser.
GUIDES = {"id": "resources/help/panduan-id.md", "en": "resources/help/guide-en.md"}


def interface_language() -> str:
    """The language the interface was started in ("id" unless configured otherwise)."""
    app = QApplication.instance()
    language = app.property("lk3_language") if app is not None else None
    return language if language in GUIDES else DEFAULT_LANGUAGE


def guide_text(language: str) -> str:
    """The guide's Markdown in `language` (Indonesian for a language without a guide)."""
    return resource(GUIDES.get(language, GUIDES[DEFAULT_LANGUAGE])).read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide in a window of its own, left open beside the work (not modal)."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("help.guide")
        self.setWindowTitle(tr("Panduan — LK3 Desktop"))
        self.setSizeGripEnabled(True)
        fit_to_screen(self, 860, 700)
        self.language = language or interface_language()
        lay = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.find_field = QLineEdit()
        self.find_field.setObjectName("help.find")
        self.find_field.setAccessibleName(tr("Cari di panduan"))
        self.find_field.setPlaceholderText(tr("Cari di panduan…  (Ctrl+F)"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.textChanged.connect(self._find_as_typed)
        self.find_field.returnPressed.connect(self.find_next)
        bar.addWidget(self.find_field, 1)
        previous = QPushButton(tr("Se&belumnya"))
        previous.setObjectName("help.find_previous")
        previous.clicked.connect(self.find_previous)
        bar.addWidget(previous)
        following = QPushButton(tr("Beri&kutnya"))
        following.setObjectName("help.find_next")
        following.clicked.connect(self.find_next)
        bar.addWidget(following)
        self.find_result = QLabel()
        self.find_result.setObjectName("help.find_result")
        # room for the message from the start, so the field does not shrink when it shows
        self.find_result.setMinimumWidth(
            self.find_result.fontMetrics().horizontalAdvance(tr("Tidak ditemukan")) + 8)
        bar.addWidget(self.find_result)
        lay.addLayout(bar)

        self.browser = QTextBrowser()
        self.browser.setObjectName("help.text")
        self.browser.setAccessibleName(tr("Panduan"))
        self.browser.setOpenLinks(False)  # nothing in the guide leaves it: no network, no files
        self.browser.document().setDocumentMargin(12)
        self.browser.setMarkdown(guide_text(self.language))
        lay.addWidget(self.browser, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(tr("&Tutup"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        lay.addLayout(buttons)

        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_find)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, self.find_previous)
        QShortcut(QKeySequence("Shift+Return"), self.find_field, self.find_previous,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.browser.setFocus()

    def text(self) -> str:
        """The guide as the reader sees it, without the Markdown marks."""
        return self.browser.toPlainText()

    def _focus_find(self) -> None:
        self.find_field.setFocus()
        self.find_field.selectAll()

    def _find_as_typed(self, _text: str) -> None:
        # Search again from where the current match starts, so each typed letter narrows it.
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(cursor)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """Select the next (or previous) match, wrapping round the end; say when none."""
        needle = self.find_field.text()
        if not needle:
            self.find_result.clear()
            self._mark_not_found(False)
            return False
        found = self.browser.find(needle, flags)
        if not found:  # wrap round: from the start (or the end) once
            cursor = self.browser.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if flags
                                & QTextDocument.FindFlag.FindBackward
                                else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(needle, flags)
        self.find_result.setText("" if found else tr("Tidak ditemukan"))
        self._mark_not_found(not found)
        if found:
            self._scroll_to_match()
        return found

    def _scroll_to_match(self) -> None:
        """The match a third of the way down, with what follows it in view (Qt alone scrolls
        just far enough, leaving it on the bottom edge)."""
        bar = self.browser.verticalScrollBar()
        top = self.browser.cursorRect().top()
        bar.setValue(bar.value() + top - self.browser.viewport().height() // 3)

    def _mark_not_found(self, not_found: bool) -> None:
        """The search field framed red while nothing matches (the stylesheet's error look)."""
        if bool(self.find_field.property("error")) != not_found:
            self.find_field.setProperty("error", not_found)
            self.find_field.style().unpolish(self.find_field)
            self.find_field.style().polish(self.find_field)

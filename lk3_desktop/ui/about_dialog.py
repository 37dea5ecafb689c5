"""About (Bantuan → Tentang): version, SOP, where the data and the log are, and the licences."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from html import escape
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop import APP_NAME, __version__
from lk3_desktop.i18n import tr
from lk3_desktop.paths import resource, user_log_dir
from lk3_desktop.sop import Sop
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import fit_to_screen

QT_SOURCE = "https://code.qt.io"
QT_LICENSING = "https://www.qt.io/licensing"
STDNUM_SOURCE = "https://arthurdejong.org/python-stdnum/"


@dataclass(frozen=True)
class Bundled:
    """A library (or font, or the interpreter) that a built program carries."""

    name: str
    licence: str  # its licence's short name: the same in every language
    text: str  # resource path of the licence's full text
    distribution: str = ""  # package name for its version, if it has one


GPL3 = "resources/licenses/GPL-3.0.txt"
BUNDLED: tuple[Bundled, ...] = (
    Bundled("Qt", "LGPL-3.0", "resources/licenses/LGPL-3.0.txt"),
    Bundled("PySide6, Shiboken6", "LGPL-3.0", "resources/licenses/LGPL-3.0.txt", "shiboken6"),
    Bundled("ReportLab", "BSD", "resources/licenses/ReportLab-BSD.txt", "reportlab"),
    Bundled("sqlite-utils", "Apache-2.0", "resources/licenses/Apache-2.0.txt", "sqlite-utils"),
    Bundled("python-stdnum", "LGPL-2.1-or-later", "resources/licenses/LGPL-2.1.txt",
            "python-stdnum"),
    Bundled("platformdirs", "MIT", "resources/licenses/platformdirs-MIT.txt", "platformdirs"),
    # What sqlite-utils brings along.
    Bundled("click", "BSD-3-Clause", "resources/licenses/click-BSD-3-Clause.txt", "click"),
    Bundled("python-dateutil", "Apache-2.0, BSD-3-Clause", "resources/licenses/python-dateutil.txt",
            "python-dateutil"),
    Bundled("pluggy", "MIT", "resources/licenses/pluggy-MIT.txt", "pluggy"),
    Bundled("sqlite-fts4", "Apache-2.0", "resources/licenses/Apache-2.0.txt", "sqlite-fts4"),
    Bundled("DejaVu Sans", "Bitstream Vera", "resources/fonts/DejaVu-LICENSE.txt"),
    Bundled("Python", "PSF-2.0", "resources/licenses/Python-PSF.txt"),
)


def version_of(item: Bundled) -> str:
    """The bundled version, or "" where a frozen build keeps no package metadata."""
    if item.name == "Qt":
        return qVersion()
    if item.name == "Python":
        return platform.python_version()
    if item.name.startswith("PySide6"):
        return PySide6.__version__
    if not item.distribution:
        return ""
    try:
        return metadata.version(item.distribution)
    except metadata.PackageNotFoundError:
        return ""


def licence_texts() -> list[tuple[str, str]]:
    """(label, resource path) of each full licence text, in the order of BUNDLED; GPLv3
    right after LGPLv3, which is written as additions to it."""
    users: dict[str, list[Bundled]] = {}
    for item in BUNDLED:
        users.setdefault(item.text, []).append(item)
    texts = []
    for path, items in users.items():
        texts.append((f"{items[0].licence}: {', '.join(i.name for i in items)}", path))
        if path.endswith("LGPL-3.0.txt"):
            texts.append((tr("GPL-3.0: dasar LGPL-3.0"), GPL3))
    return texts


def summary_html() -> str:
    """The licences page: what is bundled under which licence, and the LGPL notices."""
    rows = "".join(
        f"<tr><td>{escape(i.name)}</td><td>{escape(version_of(i))}</td>"
        f"<td>{escape(i.licence)}</td></tr>" for i in BUNDLED)
    # The LGPL notice comes first, where it is seen: LGPLv3 §4(a) asks for a prominent one.
    paragraphs = [
        "<h3>{}</h3>".format(escape(tr("Qt dan PySide6: LGPLv3"))),
        "<p>{}</p>".format(escape(tr(
            "Qt, PySide6, dan Shiboken6 dipakai di bawah GNU Lesser General Public License "
            "versi 3 (LGPLv3). Anda berhak mengganti pustaka Qt, PySide6, dan Shiboken6 yang "
            "disertakan dengan versi lain yang cocok, termasuk versi yang Anda ubah sendiri, "
            "lalu menjalankan program dengan pustaka pengganti itu."))),
        "<p>{}</p>".format(escape(tr(
            "Kode sumber Qt, PySide6, dan Shiboken6 tersedia di {source}. Keterangan lisensi "
            "Qt ada di {licensing}. Alamat ini hanya dicantumkan sebagai teks: program ini "
            "tidak membuka koneksi internet.").format(source=QT_SOURCE, licensing=QT_LICENSING))),
        "<h3>{}</h3>".format(escape(tr("Pustaka yang disertakan"))),
        "<table cellpadding='3'><tr><th align='left'>{}</th><th align='left'>{}</th>"
        "<th align='left'>{}</th></tr>{}</table>".format(
            escape(tr("Nama")), escape(tr("Versi")), escape(tr("Lisensi")), rows),
        "<h3>{}</h3>".format(escape(tr("python-stdnum: LGPL-2.1"))),
        "<p>{}</p>".format(escape(tr(
            "python-stdnum dipakai di bawah GNU Lesser General Public License versi 2.1 atau "
            "yang lebih baru; Anda juga berhak menggantinya. Kode sumbernya tersedia di "
            "{source}.").format(source=STDNUM_SOURCE))),
        "<h3>{}</h3>".format(escape(tr("Fon DejaVu"))),
        "<p>{}</p>".format(escape(tr(
            "Dokumen PDF memuat fon DejaVu Sans. Fon ini berlisensi bebas: lisensi fon "
            "Bitstream Vera, dan perubahan DejaVu berstatus domain publik."))),
        "<p>{}</p>".format(escape(tr(
            "Teks lengkap setiap lisensi dapat dibaca dengan memilihnya di daftar sebelah "
            "kiri."))),
    ]
    return "".join(paragraphs)


class AboutDialog(QDialog):
    """What this program is, where its data and log are, and under which licences it ships."""

    def __init__(self, sop: Sop, db_path: Path, parent: QWidget | None = None, *,
                 log_dir: Path | None = None):
        super().__init__(parent)
        from lk3_desktop.app import CRASH_NAME, LOG_NAME  # app imports the main window, and it us

        self.setObjectName("about")
        self.setWindowTitle(tr("Tentang {app}").format(app=APP_NAME))
        self.setSizeGripEnabled(True)
        fit_to_screen(self, 900, 600)
        self.db_path = db_path.resolve()
        self.log_dir = log_dir or user_log_dir()
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("about.tabs")
        self.tabs.addTab(self._program_page(sop, LOG_NAME, CRASH_NAME), tr("Program"))
        self.tabs.addTab(self._licence_page(), tr("Lisensi"))
        lay.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        copy = QPushButton(tr("&Salin keterangan"))
        copy.setObjectName("about.copy")
        copy.setToolTip(tr("Menyalin versi, letak basis data, dan folder log, misalnya untuk "
                           "dikirim kepada pengelola program."))
        copy.clicked.connect(self.copy_details)
        buttons.addWidget(copy)
        buttons.addStretch(1)
        close = QPushButton(tr("&Tutup"))
        close.setDefault(True)
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        lay.addLayout(buttons)

    # -- the program ---------------------------------------------------------------------

    def _program_page(self, sop: Sop, log_name: str, crash_name: str) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        title = QLabel(f"<h2>{escape(APP_NAME)} {escape(__version__)}</h2>")
        title.setObjectName("about.title")
        lay.addWidget(title)
        summary = QLabel(tr("Memandu tujuh langkah SOP rujukan klien stres ke LK3 dan mencetak "
                            "dokumennya. Bekerja tanpa internet: program ini tidak membuka "
                            "koneksi jaringan."))
        summary.setWordWrap(True)
        lay.addWidget(summary)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.details: list[tuple[str, str]] = []

        def row(label: str, value: str, name: str, folder: Path | None = None) -> None:
            text = QLabel(value)
            text.setObjectName(name)
            text.setTextFormat(Qt.TextFormat.PlainText)  # a path is never markup
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if folder is None:
                form.addRow(label, text)
            else:
                line = QHBoxLayout()
                line.addWidget(text, 1)
                show = QPushButton(tr("Buka folder"))
                show.setObjectName(name + "_open")
                show.clicked.connect(lambda: self._open(folder))
                line.addWidget(show, 0, Qt.AlignmentFlag.AlignTop)
                form.addRow(label, line)
            self.details.append((label, value))

        row(tr("Versi"), __version__, "about.version")
        row(tr("SOP"), f"{sop.number}\n{tr(sop.name)}\n{sop.office}", "about.sop")
        row(tr("Basis data"), str(self.db_path), "about.database", self.db_path.parent)
        row(tr("Folder log"), str(self.log_dir), "about.log_folder", self.log_dir)
        row(tr("Berkas log"), f"{log_name}, {crash_name}", "about.log_files")
        row("Python", platform.python_version(), "about.python")
        row("Qt / PySide6", f"Qt {qVersion()}, PySide6 {PySide6.__version__}", "about.qt")
        lay.addLayout(form)
        note = QLabel(tr("Bila terjadi masalah, kirim berkas log kepada pengelola program: log "
                         "hanya memuat jenis dan letak kesalahan, tanpa data klien. Jangan "
                         "menghapus berkas basis data."))
        note.setWordWrap(True)
        note.setProperty("hint", True)
        lay.addWidget(note)
        lay.addStretch(1)
        return page

    def _open(self, folder: Path) -> None:
        if not dialogs.open_folder(folder):
            dialogs.warn(self, tr("Buka folder"),
                         tr("Folder tidak dapat dibuka. Lokasinya:\n{path}").format(path=folder))

    def details_text(self) -> str:
        """The program page as plain lines: what "Salin keterangan" copies."""
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{label}: {value}".replace("\n", " — ") for label, value in self.details]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details_text())

    # -- the licences --------------------------------------------------------------------

    def _licence_page(self) -> QWidget:
        page = QWidget()
        lay = QHBoxLayout(page)
        self.licence_list = QListWidget()
        self.licence_list.setObjectName("about.licences")
        self.licence_list.setAccessibleName(tr("Daftar lisensi"))
        self.licence_list.setMaximumWidth(240)
        self.licence_list.setWordWrap(True)
        self.licence_list.setSpacing(2)
        self._texts: list[str | None] = [None]  # the first entry is the summary
        self.licence_list.addItem(tr("Ringkasan"))
        for label, path in licence_texts():
            self.licence_list.addItem(label)
            self._texts.append(path)
        lay.addWidget(self.licence_list)
        self.licence_text = QTextBrowser()
        self.licence_text.setObjectName("about.licence_text")
        self.licence_text.setAccessibleName(tr("Teks lisensi"))
        self.licence_text.setOpenLinks(False)  # no network: addresses are text to read
        lay.addWidget(self.licence_text, 1)
        self.licence_list.currentRowChanged.connect(self.show_licence)
        self.licence_list.setCurrentRow(0)
        return page

    def show_licence(self, row: int) -> None:
        path = self._texts[row] if 0 <= row < len(self._texts) else None
        view = self.licence_text
        if path is None:
            view.setFont(QFont())
            view.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
            view.setHtml(summary_html())
        else:  # plain text, laid out as published: fixed pitch, its own line breaks
            view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            view.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
            view.setPlainText(resource(path).read_text(encoding="utf-8"))

"""Qt's own dialogs speak Indonesian: with qt_id.qm, the non-native save dialog and the Unix
print dialog (Options open) show none of the English they showed before it covered them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter: the pytest process's QApplication may already carry another
# translator (lk3_en.qm from an English test, or none at all).
PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
                               QDialogButtonBox, QFileDialog, QGroupBox, QHeaderView, QLabel,
                               QTabWidget)
from lk3_desktop.app import configure_application

app = QApplication(sys.argv[:1])
configure_application(app, "id")
folder = Path(sys.argv[1])


def settle():
    for _ in range(20):
        app.processEvents()


def texts(dialog):
    # Every text a user can read: titles, labels, buttons, tooltips, combo items, tab names,
    # column headers, list items (the sidebar) and the dialog's actions (context menu).
    found = [dialog.windowTitle()]
    for w in [dialog, *dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel),
              *dialog.findChildren(QGroupBox), *dialog.findChildren(QComboBox),
              *dialog.findChildren(QTabWidget), *dialog.findChildren(QAbstractItemView)]:
        found.append(w.toolTip())
        if isinstance(w, (QAbstractButton, QLabel)):
            found.append(w.text())
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QComboBox):
            # printer names come from the system, not from Qt
            found += ([w.currentText()] if w.objectName() == "printers"
                      else [w.itemText(i) for i in range(w.count())])
        elif isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QHeaderView):
            m = w.model()
            found += [m.headerData(i, w.orientation()) for i in range(w.count())
                      if not w.isSectionHidden(i)]
        elif isinstance(w, QAbstractItemView) and w.objectName() == "sidebar":
            m = w.model()
            found += [m.index(r, 0).data() for r in range(m.rowCount())]
    found += [a.text() for a in dialog.findChildren(QAction)]
    # paths, sizes and dates are data, not Qt's words
    return sorted({str(t) for t in found if t and "/" not in str(t) and "\\" not in str(t)})


save = QFileDialog(None, "", str(folder), "Dokumen PDF (*.pdf)")
save.setOption(QFileDialog.Option.DontUseNativeDialog, True)
save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
save.setViewMode(QFileDialog.ViewMode.Detail)
save.show()
settle()
save_texts = texts(save)
save.reject()

printer = QPrinter()
printer.setOutputFileName(str(folder / "cetak.pdf"))  # "Print to File (PDF)", whatever CUPS has
dialog = QPrintDialog(printer)
dialog.show()
settle()
box = dialog.findChild(QDialogButtonBox)
more = [b for b in box.buttons() if b.text().endswith(">>")]
more[0].click()  # the Options section
settle()
print_texts = texts(dialog)
dialog.reject()
print(json.dumps({"save": save_texts, "print": print_texts}))
"""

# What these dialogs showed in English before qt_id.ts covered them (accelerators dropped).
ENGLISH = {
    "save": ["Save As", "Look in", "File name", "Files of type", "Save", "Cancel", "Back",
             "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View",
             "Name", "Size", "Type", "Date Modified", "Computer", "Rename", "Delete",
             "Show hidden files", "New Folder"],
    "print": ["Print", "Printer", "Properties", "Location", "Local file", "Write PDF file",
              "Output file", "Print to File", "Cancel", "Options", "Copies", "Print range",
              "Print all", "Pages from", "to", "Pages", "Current Page", "Selection", "Page Set",
              "All Pages", "Odd Pages", "Even Pages", "Output Settings", "Collate", "Reverse",
              "Color Mode", "Color", "Grayscale", "Double Sided Printing", "Off",
              "Long side binding", "Short side binding", "Specify pages"],
}
INDONESIAN = {
    "save": ["Simpan sebagai", "Cari di:", "Nama berkas:", "Jenis berkas:", "Simpan", "Batal",
             "Nama", "Ukuran", "Jenis", "Tanggal diubah", "Komputer", "Folder baru"],
    "print": ["Cetak", "Pencetak", "Properti", "Berkas keluaran:", "Cetak ke berkas (PDF)",
              "Opsi <<", "Salinan", "Salinan:", "Opsi", "Rentang cetak", "Halaman dari",
              "Susun", "Mode warna", "Cetak bolak-balik"],
}


@pytest.mark.slow
def test_qt_file_and_print_dialogs_show_no_english(tmp_path):
    home = tmp_path / "home"  # QFileDialog keeps its history in QtProject.conf: not the user's
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    problems = []
    for dialog, words in ENGLISH.items():
        plain = [t.replace("&", "") for t in shown[dialog]]
        left = sorted({w for w in words for t in plain if re.search(rf"\b{re.escape(w)}\b", t)})
        missing = [w for w in INDONESIAN[dialog] if w not in plain]
        if left or missing:
            problems.append(f"{dialog} dialog: English {left}, Indonesian missing {missing}, "
                            f"shown {plain}")
    assert not problems, "\n".join(problems)

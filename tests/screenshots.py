"""Renders the README's screenshots at 1366×768 from demo data (run: make screenshots)."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parents[1] / "resources" / "screenshots"


def settle(app) -> None:
    """Let posted layout requests run, as the event loop would before anything is painted."""
    for _ in range(5):
        app.processEvents()


def document_pages(store, rid: str) -> None:
    """Page 1 of each SOP document (F4) and of the blank contract, as the README shows them."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from lk3_desktop.domain.documents import DOCUMENTS
    from lk3_desktop.pdf.render import render

    for kind in (d.kind for d in DOCUMENTS):
        for rid_or_blank, suffix in ((rid, ""), (None, "-blank")):
            if rid_or_blank is None and kind != "contract":  # the README shows one blank form
                continue
            data, _ = render(store, kind, rid_or_blank, paper="F4", register=False)
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            doc = QPdfDocument()
            doc.load(buffer)
            points = doc.pagePointSize(0)
            image = doc.render(0, QSize(int(points.width() * 0.9), int(points.height() * 0.9)))
            image.save(str(OUT / f"pdf-{kind}{suffix}.png"))


def restore_dialog(app, window) -> None:
    """Berkas → Pulihkan dari cadangan, with two automatic backups made 'yesterday'."""
    from lk3_desktop.store.backup import automatic_folder, backup_to

    folder = automatic_folder(window.store.path)
    folder.mkdir(exist_ok=True)
    for day, hour in ((26, 16), (27, 17)):
        backup_to(window.store.path, folder, now=datetime(2026, 11, day, hour, 5))
    dialog = window.restore_backup()
    settle(app)
    dialog.grab().save(str(OUT / "restore.png"))
    dialog.reject()


def main() -> None:
    import argparse

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.app import build_main_window, configure_application
    from lk3_desktop.demo import fill_demo_data
    from lk3_desktop.store import open_store

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=["id", "en"], default="id",
                        help="en: only the English main window and step 1, beside the others")
    lang = parser.parse_args().lang
    suffix = "-en" if lang == "en" else ""
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    db = folder / "lk3.sqlite"
    store = open_store(db)
    fill_demo_data(store, 120, seed=11)
    store.close()
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app, lang)
    w = build_main_window(db)
    staff = w.store.list_staff()
    w.set_active_staff(staff[0]["id"])
    w.resize(1366, 768)
    w.show()
    settle(app)
    w.grab().save(str(OUT / f"main-window{suffix}.png"))

    done = next(r for r in w.model.rows if r.status == "dirujuk")
    w.select_case(done.id)
    wiz = w.continue_case()
    wiz.resize(1366, 768)
    pages = ((1, "step1-intake"), (3, "step3-contract"), (4, "step4-problems"),
             (7, "step7-evaluation"))
    for step, name in pages[:1] if lang == "en" else pages:
        wiz.open_at(step)
        settle(app)
        wiz.grab().save(str(OUT / f"{name}{suffix}.png"))
    wiz.done(0)
    if lang == "en":
        print(f"English screenshots written to {OUT}")
        return

    fresh = w.new_referral()
    fresh.resize(1366, 768)
    fresh.next()  # Next with nothing typed: the messages a user sees
    settle(app)
    fresh.grab().save(str(OUT / "validation.png"))
    fresh.done(0)
    document_pages(w.store, done.id)
    restore_dialog(app, w)
    print(f"screenshots written to {OUT} at {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")


if __name__ == "__main__":
    main()

"""Benchmark (not a test): reports figures for demo data, listing, checking and the window.

Run with `make bench`. Prints medians; no pass/fail, so a slow CI machine never flakes.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def pdf_figures(store) -> None:
    """Issue 3's goals: referral letter ≤ 60 ms, a long counseling record ≤ 250 ms."""
    from lk3_desktop.pdf.render import render

    done = next(r for r in store.list_cases() if r.status != "aktif")
    render(store, "referral", done.id)  # register once; later renders are reprints
    print(f"render referral letter: "
          f"{median_ms(lambda: render(store, 'referral', done.id), 9):.1f} ms median")
    rid = done.id
    problems = store.problems(rid)
    performer = store.step_records(rid)[6]["performed_by"]
    store.save_step(rid, 6, {"performed_by": performer, "actions": [
        {"problem_id": problems[i % len(problems)]["id"], "goal": f"Tujuan {i}",
         "activity": "Pendampingan rutin ke layanan terkait " * 3, "responsible": "Peksos",
         "target_date": "2026-12-31", "status": "rencana"} for i in range(30)]})
    store.save_step(rid, 2, {"notes": "Catatan panjang tentang klien dan keluarganya. " * 120})
    data, _ = render(store, "record", rid)
    ms = median_ms(lambda: render(store, "record", rid), 9)
    print(f"render long counseling record (30 actions, 5,760-char note, "
          f"{data.count(b'/Type /Page') - data.count(b'/Type /Pages')} pages): {ms:.1f} ms median")


def main(cases: int = 2000) -> None:
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.app import build_main_window
    from lk3_desktop.demo import fill_demo_data
    from lk3_desktop.store import check_file, open_store
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard

    folder = Path(tempfile.mkdtemp())
    db = folder / "bench.sqlite"
    store = open_store(db)
    t = time.perf_counter()
    fill_demo_data(store, cases)
    fill_s = time.perf_counter() - t
    print(f"demo-data {cases} cases: {fill_s:.2f} s, file {db.stat().st_size / 1e6:.1f} MB")
    print(f"list_cases ({cases}): {median_ms(store.list_cases):.1f} ms median")
    print(f"check_file: {median_ms(lambda: check_file(db), 3):.1f} ms median")
    rid = store.list_cases()[0].id
    data = store.load_step(rid, 1)
    print(f"save_step (draft, unchanged): {median_ms(lambda: store.save_step(rid, 1, data)):.1f} ms")
    flip = {"n": 0}

    def one_change():
        flip["n"] += 1
        store.save_step(rid, 1, dict(data, nickname=f"Ica {flip['n']}"))

    print(f"save_step (draft, one field changed, audited): {median_ms(one_change):.1f} ms")
    pdf_figures(store)
    store.close()

    app = QApplication.instance() or QApplication(sys.argv)
    windows = []

    def open_window():
        w = build_main_window(db)
        w.show()
        app.processEvents()
        windows.append(w)

    print(f"main window on {cases} cases, shown: {median_ms(open_window, 3):.0f} ms median")
    w = windows[-1]

    def search():
        w.search.setText("siti")
        w.search.setText("")

    print(f"search as you type (2 keystrokes' worth): {median_ms(search):.1f} ms median")

    def open_wizard():
        wiz = CaseWizard(w.store, rid)
        wiz.resume()
        wiz.show()
        app.processEvents()
        wiz.done(0)
        wiz.deleteLater()

    print(f"open a case in the wizard at its step: {median_ms(open_wizard, 3):.0f} ms median")
    for win in windows:
        win.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)

"""Run in a subprocess: many void Qt calls, then print None's reference count before and after.

`bare`: a QApplication and nothing of ours, `--calls` void calls (setText, QTimer, processEvents,
setObjectName). `window`: the real main window on a demo file, `--keys` search keystrokes and
`--saves` wizard autosaves. On a PySide6 that loses a reference per void call (6.12.0 on Python
3.11) the count falls by thousands, and with enough calls the process aborts with none_dealloc.
Prints one JSON line: {"before": n, "after": n, ...}.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402


def _count() -> int:
    gc.collect()
    return sys.getrefcount(None)


def bare(calls: int) -> dict:
    app = QApplication.instance() or QApplication([])
    edit, timer = QLineEdit(), QTimer()
    ops = (lambda: edit.setText("x"), lambda: timer.start(1000), timer.stop,
           QCoreApplication.processEvents, lambda: edit.setObjectName("e"))
    before = _count()
    for i in range(calls):
        ops[i % len(ops)]()
    after = _count()
    del app
    return {"before": before, "after": after, "calls": calls}


def window(keys: int, saves: int) -> dict:
    from lk3_desktop.app import build_main_window, configure_application
    from lk3_desktop.demo import fill_demo_data
    from lk3_desktop.store import open_store

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    folder = Path(tempfile.mkdtemp())
    db = folder / "lk3.sqlite"
    store = open_store(db)
    fill_demo_data(store, 20, seed=8)
    store.close()
    win = build_main_window(db)
    win.show()
    before = _count()

    win.search.setFocus()
    word = "siti 6571 "
    for i in range(keys):  # type a word, then erase it, over and over
        if i % (2 * len(word)) < len(word):
            QTest.keyClick(win.search, word[i % len(word)])
        else:
            QTest.keyClick(win.search, Qt.Key.Key_Backspace)
    wiz = win.new_referral()
    name = wiz.findChild(QWidget, "step1.full_name")
    for i in range(saves):  # a keystroke, then the autosave the timer would run
        QTest.keyClick(name, "abcdefghij"[i % 10])
        wiz.save_draft()
        QCoreApplication.processEvents()
    after = _count()
    saved = wiz.rid is not None
    wiz.close()
    win.close()
    return {"before": before, "after": after, "keys": keys, "saves": saves, "saved": saved}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["bare", "window"])
    p.add_argument("--calls", type=int, default=200_000)
    p.add_argument("--keys", type=int, default=3000)
    p.add_argument("--saves", type=int, default=300)
    a = p.parse_args()
    result = bare(a.calls) if a.mode == "bare" else window(a.keys, a.saves)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()

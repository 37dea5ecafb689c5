"""Child process for the SIGTERM test: the real program (app.run_gui) on DB, offscreen, with a
name half-typed into a new referral; prints "typed" and waits to be ended from outside.

`python -m tests.helpers.sigterm_driver DB`. A file without accounts opens for nobody in
particular (the sign-in is skipped); the 800 ms autosave is pushed out of reach, so only the
shut-down path can save what was typed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from lk3_desktop import app as lk3_app  # noqa: E402
from lk3_desktop.store import open_store  # noqa: E402
from lk3_desktop.ui.main_window import MainWindow  # noqa: E402
from lk3_desktop.ui.wizard import case_wizard  # noqa: E402

TYPED = "Siti Amin"  # half of "Siti Aminah"


def _type_into_a_new_referral(window: MainWindow) -> None:
    wiz = window.new_referral()
    field = wiz.findChild(QWidget, "step1.full_name")
    field.setFocus()
    QTest.keyClicks(field, TYPED)
    print("typed", flush=True)


def main(db: str) -> int:
    case_wizard.AUTOSAVE_MS = 600_000
    lk3_app.sign_in_at_start = lambda path: open_store(path)  # type: ignore[assignment]
    build = lk3_app.build_main_window

    def build_and_type(*args, **kwargs) -> MainWindow:
        window = build(*args, **kwargs)
        # Once the program's event loop runs, as a person would after the window shows.
        QTimer.singleShot(0, lambda: _type_into_a_new_referral(window))
        return window

    lk3_app.build_main_window = build_and_type  # type: ignore[assignment]
    return lk3_app.run_gui(Path(db))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

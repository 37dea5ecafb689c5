"""Long work (backup, restore, rendering a document) on its own thread, reported by signals.

The window keeps repainting and answering while a file is copied or checked. The work never
touches a widget: it reports progress as two numbers, and its result or its exception reaches
the window's thread as a signal. Connect the signals to methods of widgets (objects living on
the window's thread), so that Qt queues each call to that thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)

# work(report) where report(done, total) says how far it is; returns the result.
Work = Callable[[Callable[[int, int], None]], Any]


class Job(QThread):
    """One piece of work on a thread of its own, owned by `parent` (a window). Connect to its
    signals, then `start()`: a signal sent before anyone listens is lost."""

    progress = Signal(int, int)  # done, total (total 0: no figure to give)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Work, name: str, parent: QObject):
        super().__init__(parent)
        self.setObjectName(name)
        self._work = work
        self.finished.connect(self.deleteLater)

    def run(self) -> None:  # on the job's own thread
        try:
            result = self._work(self.progress.emit)
        except Exception as exc:  # every failure is the caller's to explain
            log.info("%s failed: %s", self.objectName(), type(exc).__name__)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

"""Work on a thread of its own: progress, result and failure reach the window's thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from lk3_desktop.ui.worker import Job


class Receiver(QObject):
    """A slot owner living on the test's (the window's) thread, as a widget would."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, object, bool]] = []

    def on(self, kind: str):
        return lambda *args: self.seen.append(
            (kind, args, threading.current_thread() is threading.main_thread()))


def test_result_and_progress_arrive_on_the_windows_thread(qtbot):
    owner, receiver = QObject(), Receiver()
    ran_on: list[bool] = []

    def work(report):
        ran_on.append(threading.current_thread() is threading.main_thread())
        report(1, 2)
        report(2, 2)
        return "klaar"

    job = Job(work, "test", owner)
    job.progress.connect(receiver.on("progress"))
    job.succeeded.connect(receiver.on("done"))
    job.failed.connect(receiver.on("failed"))
    job.start()
    qtbot.waitUntil(lambda: any(kind == "done" for kind, *_ in receiver.seen))
    assert ran_on == [False]  # the work itself ran elsewhere
    assert [(k, a) for k, a, _ in receiver.seen] == [
        ("progress", (1, 2)), ("progress", (2, 2)), ("done", ("klaar",))]
    assert all(on_main for *_, on_main in receiver.seen)  # queued to the window's thread


def test_an_exception_becomes_the_failed_signal(qtbot):
    owner, receiver = QObject(), Receiver()

    def work(_report):
        raise OSError(28, "No space left on device")

    job = Job(work, "test", owner)
    job.succeeded.connect(receiver.on("done"))
    job.failed.connect(receiver.on("failed"))
    job.start()
    qtbot.waitUntil(lambda: bool(receiver.seen))
    [(kind, (exc,), _main)] = receiver.seen
    assert kind == "failed" and isinstance(exc, OSError) and exc.errno == 28

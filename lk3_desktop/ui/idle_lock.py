"""The idle lock: after a set time without a key press or mouse use anywhere in the program,
the main window locks the screen (MainWindow.lock_screen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

# What counts as someone at the laptop: input, not repaints or timers.
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleLock(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(window.lock_screen)
        self.minutes = 0
        self._filtering = False

    def set_minutes(self, minutes: int) -> None:
        """0 turns the lock off."""
        self.minutes = minutes
        app = QApplication.instance()
        if minutes > 0 and not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True
        elif minutes <= 0 and self._filtering and app is not None:
            app.removeEventFilter(self)
            self._filtering = False
        self.restart()

    def restart(self) -> None:
        if self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in _ACTIVITY and self.window._unlock is None:
            self.timer.start()
        return False

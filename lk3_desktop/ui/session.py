"""The database a window works on: who depends on it hears when a restore replaces it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from lk3_desktop.store import Store


class Session(QObject):
    """Owns the open Store of one main window. A restore closes the file, puts another in
    its place and calls `replace()`; `replaced` tells every dependant to drop what it read
    from the old one. The window's `store` is always `session.store`."""

    replaced = Signal(object)  # the new Store

    def __init__(self, store: Store):
        super().__init__()
        self._store = store

    @property
    def store(self) -> Store:
        return self._store

    def replace(self, store: Store) -> None:
        self._store = store
        self.replaced.emit(store)

    def close(self) -> None:
        self._store.close()

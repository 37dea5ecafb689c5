"""data/sop.json as a developer would change it, for one test: the loaded SOP is rebuilt
from the edited data, exactly as the program would load the edited file."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import lk3_desktop.sop as sop_module


@contextlib.contextmanager
def edited_sop(monkeypatch, edit: Callable[[dict[str, Any]], dict[str, Any]]) -> Iterator[None]:
    """Within the block, load_sop() reads data/sop.json through `edit(raw) -> raw`."""
    real = sop_module._read

    def read(rel: str) -> dict[str, Any]:
        raw = real(rel)
        return edit(raw) if rel == "data/sop.json" else raw

    monkeypatch.setattr(sop_module, "_read", read)
    sop_module.load_sop.cache_clear()
    try:
        yield
    finally:
        monkeypatch.undo()
        sop_module.load_sop.cache_clear()

"""What a document builder gets: the case's data (empty when blank), the office and the page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from lk3_desktop.domain.dates import format_date
from lk3_desktop.domain.office import OfficeSettings
from lk3_desktop.pdf import layout
from lk3_desktop.store import Store


@dataclass
class Context:
    """What every document builder gets: the case's data (empty when blank) and the page."""

    store: Store
    rid: str | None
    office: OfficeSettings
    s: layout.Styles
    width: float
    number: str
    doc_date: date | None
    steps: dict[int, dict[str, Any]]
    staff_names: dict[str, str]
    problem_names: dict[str, str] = field(default_factory=dict)  # id → "1. Ekonomi (sedang)"

    @property
    def blank(self) -> bool:
        return self.rid is None

    def value(self, text: Any) -> str:
        """The value, or a dotted line to fill by hand on a blank form."""
        if self.blank:
            return layout.BLANK
        return "" if text is None else str(text)

    def data(self, step_key: str) -> dict[str, Any]:
        """What step `step_key` holds for this case (empty on a blank form)."""
        return self.steps.get(self.store.sop.step_by_key(step_key).number, {})

    def place_date(self) -> str:
        when = format_date(self.doc_date) if self.doc_date else "." * 25
        return f"{self.office.city}, {when}"

    def staff(self, staff_id: str | None) -> str:
        return self.staff_names.get(staff_id or "", "")


# A builder returns the flowables below the letterhead and title block.
Builder = Callable[[Context], list]

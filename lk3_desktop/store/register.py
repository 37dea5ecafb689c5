"""The agenda register of printed documents: numbers, reprints, where each copy is filed."""

from __future__ import annotations

from typing import Any

from lk3_desktop.domain.access import AccessDenied, Action
from lk3_desktop.domain.office import format_number
from lk3_desktop.store.audited import _writes
from lk3_desktop.store.settings import SettingsStore
from lk3_desktop.store.staff import StaffStore


class RegisterStore(SettingsStore, StaffStore):
    """The register; a number follows the office's pattern and names the staff who printed it."""

    @_writes
    def register_document(self, kind: str, rid: str | None) -> dict[str, Any]:
        """Give a printed document its agenda number, or return the one it already has.

        Printing the same document of the same case again is a reprint: same number and date,
        print_count goes up. Numbers restart each year. Every print is also an audit event.
        """
        self.require_print(kind, rid)
        with self.db.atomic():
            if rid is not None:
                row = self._one("SELECT * FROM document WHERE kind = ? AND referral_id = ?",
                                [kind, rid])
                if row is not None:
                    self._update("document", row["id"], {"print_count": row["print_count"] + 1})
                    reprinted = self._row("document", row["id"])
                    assert reprinted is not None  # updated just above, in this transaction
                    self.audit_event("print", "document", row["id"],
                                     {"number": row["number"], "reprint": True})
                    return reprinted
            local = self.clock().astimezone()
            next_seq = self._one("SELECT coalesce(max(seq), 0) + 1 AS n FROM document WHERE year = ?",
                                 [local.year])
            assert next_seq is not None  # an aggregate always gives one row
            seq = next_seq["n"]
            number = format_number(self.office_settings().number_pattern, seq=seq,
                                   year=local.year, month=local.month)
            staff_id = self.actor if self.staff(self.actor) else None
            doc_id = self._insert("document", {
                "kind": kind, "referral_id": rid, "year": local.year, "seq": seq,
                "number": number, "doc_date": local.date().isoformat(), "staff_id": staff_id})
            doc = self._row("document", doc_id)
            assert doc is not None  # inserted just above, in this transaction
            self.audit_event("print", "document", doc_id, {"number": number})
            return doc

    def print_denied(self, kind: str, rid: str | None) -> str | None:
        """Why the signed-in person may not print (or preview) document `kind` of case `rid`
        (None: a blank form), or None if they may: whoever may read the step it records."""
        from lk3_desktop.domain import documents

        if rid is None:
            return self.denied(Action.BLANK_FORMS)
        step = self.sop.step_by_key(documents.document(kind).step)
        counselor = self._one("SELECT counselor_id FROM referral WHERE id = ?", [rid])
        return self.denied(Action.PRINT, step=step,
                           counselor_id=counselor["counselor_id"] if counselor else None)

    def require_print(self, kind: str, rid: str | None) -> None:
        reason = self.print_denied(kind, rid)
        if reason:
            raise AccessDenied(reason)

    def document_for(self, kind: str, rid: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM document WHERE kind = ? AND referral_id = ?", [kind, rid])

    @_writes
    def set_document_filed(self, doc_id: str, location: str) -> None:
        self.require(Action.LIST_CASES)
        with self.db.atomic():
            self._update("document", doc_id, {"filed_location": location.strip()})

    def list_documents(self, *, year: int | None = None, month: int | None = None,
                       kind: str | None = None, staff_id: str | None = None) -> list[dict]:
        self.require(Action.LIST_CASES)
        sql = ("SELECT d.*, r.agenda_number, coalesce(r.status, '') AS case_status, "
               "c.full_name AS client_name, "
               "coalesce(s.name, '') AS staff_name FROM document d "
               "LEFT JOIN referral r ON r.id = d.referral_id "
               "LEFT JOIN client c ON c.id = r.client_id "
               "LEFT JOIN staff s ON s.id = d.staff_id WHERE 1 = 1")
        params: list[Any] = []
        if year is not None:
            sql += " AND d.year = ?"
            params.append(year)
        if month is not None:
            sql += " AND substr(d.doc_date, 6, 2) = ?"
            params.append(f"{month:02d}")
        if kind:
            sql += " AND d.kind = ?"
            params.append(kind)
        if staff_id:
            sql += " AND d.staff_id = ?"
            params.append(staff_id)
        return self._all(sql + " ORDER BY d.year, d.seq", params)

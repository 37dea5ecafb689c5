"""One person, one client record: finding the client a new referral may already have, and
giving a case that client's record instead of the empty one it started with."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lk3_desktop.domain.access import AccessDenied, Action
from lk3_desktop.domain.names import name_key
from lk3_desktop.domain.rules import status_name
from lk3_desktop.domain.same_person import birth_or_age_fits, full_nik
from lk3_desktop.i18n import tr
from lk3_desktop.store.audited import _writes
from lk3_desktop.store.cases import CasesStore


@dataclass(frozen=True)
class ClientCase:
    """One case of a client, as a match shows it."""

    id: str
    agenda_number: str
    status: str
    current_step: int

    @property
    def status_name(self) -> str:
        return status_name(self.status)


@dataclass(frozen=True)
class ClientMatch:
    """An existing client who may be the person being typed in, and why ("nik": the same
    NIK; "name": the same name with a birth date or age that fits)."""

    client_id: str
    full_name: str
    nik: str
    birth_date: str | None
    estimated_age: int | None
    reason: str
    cases: tuple[ClientCase, ...]  # newest first


class ClientsStore(CasesStore):
    """Matches against existing clients; a case moved onto an existing client record."""

    def matching_clients(self, *, nik: str | None = None, full_name: str | None = None,
                         birth_date: str | None = None, estimated_age: int | None = None,
                         exclude_client_id: str | None = None) -> list[ClientMatch]:
        """The existing clients (with at least one case) who may be this person: the same
        NIK however typed, or the same name (ignoring case, diacritics, apostrophes and
        spacing) with the same birth date or an age that fits. NIK matches first. Two
        indexed lookups (client.nik, client.name_key), never a scan; an anonymised client
        has no name or NIK left and so never matches."""
        self.require(Action.LIST_CASES)
        number = full_nik(nik)
        key = name_key(full_name or "")
        found: dict[str, tuple[dict[str, Any], str]] = {}
        if number:
            for row in self._all("SELECT * FROM client WHERE nik = ?", [number]):
                found[row["id"]] = (row, "nik")
        age = estimated_age if isinstance(estimated_age, int) else None  # "" from a blank field
        if key and (birth_date or age is not None):
            today = self.today()
            for row in self._all("SELECT * FROM client WHERE name_key = ?", [key]):
                if row["id"] not in found and birth_or_age_fits(
                        birth_date, age, row["birth_date"], row["estimated_age"], today):
                    found[row["id"]] = (row, "name")
        found.pop(exclude_client_id or "", None)
        if not found:
            return []
        marks = ", ".join("?" * len(found))
        cases: dict[str, list[ClientCase]] = {}
        for r in self._all(
                f"SELECT id, client_id, agenda_number, status, current_step FROM referral "
                f"WHERE client_id IN ({marks}) ORDER BY agenda_year DESC, agenda_seq DESC",
                list(found)):
            cases.setdefault(r["client_id"], []).append(ClientCase(
                r["id"], r["agenda_number"], r["status"], r["current_step"]))
        # NIK first, then the client seen most recently (`cases` holds them newest first).
        newest = {cid: i for i, cid in enumerate(cases)}
        return [ClientMatch(cid, row["full_name"], row["nik"], row["birth_date"],
                            row["estimated_age"], reason, tuple(cases[cid]))
                for cid, (row, reason) in sorted(
                    found.items(), key=lambda kv: (kv[1][1] != "nik", newest.get(kv[0], 0)))
                if cid in cases]

    @_writes
    def use_client(self, rid: str, client_id: str) -> None:
        """Let case `rid`, still at an incomplete step 1, be a case of the existing client
        `client_id` (a returning client: one client record, several cases). The client row
        the case started with is deleted when no other case uses it. Nothing is merged or
        copied: what was typed about the person on this case goes with that row, audited."""
        first = self.sop.steps[0].number
        reason = self.step_denied(rid, first, edit=True)
        if reason:
            raise AccessDenied(reason)
        with self.transaction():
            ref = self.referral(rid)
            old = ref["client_id"]
            if old == client_id:
                return
            rec = self.step_records(rid).get(first)
            if ref["current_step"] != first or (rec is not None and rec["status"] == "complete"):
                raise ValueError(tr("Kasus {number} sudah melewati langkah pertama; kliennya "
                                    "tidak dapat diganti lagi.").format(
                                        number=ref["agenda_number"]))
            self._check_client_may_return(client_id)
            self._update("referral", rid, {"client_id": client_id})
            if self._one("SELECT 1 FROM referral WHERE client_id = ? LIMIT 1", [old]) is None:
                self._delete("client", old)

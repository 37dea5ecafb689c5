"""Staff members and their SOP roles."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from lk3_desktop.domain.access import Action
from lk3_desktop.domain.staff import validate_staff
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.store.audited import AuditedStore, _dump, _writes


class StaffStore(AuditedStore):
    """Staff: listed, read and saved, roles kept as JSON in the SOP's order."""

    def _staff_row(self, row: dict[str, Any]) -> dict[str, Any]:
        return {**row, "roles": json.loads(row["roles"]), "active": bool(row["active"])}

    def list_staff(self, *, include_inactive: bool = False,
                   roles: Iterable[str] | None = None) -> list[dict[str, Any]]:
        rows = [self._staff_row(r) for r in self._all(
            "SELECT * FROM staff ORDER BY name COLLATE NOCASE")]
        if not include_inactive:
            rows = [r for r in rows if r["active"]]
        if roles is not None:
            wanted = set(roles)
            rows = [r for r in rows if wanted & set(r["roles"])]
        return rows

    def staff(self, staff_id: str) -> dict[str, Any] | None:
        row = self._row("staff", staff_id)
        return None if row is None else self._staff_row(row)

    @_writes
    def save_staff(self, data: dict[str, Any], staff_id: str | None = None) -> str:
        """Add (no id) or update a staff member; raises ValidationFailed with field errors.
        The Administrator's task once the file has accounts."""
        self.require(Action.ACCOUNTS)
        errors = validate_staff(data, {r.key for r in self.sop.all_roles})
        if errors:
            raise ValidationFailed(errors)
        values = {
            "name": data["name"].strip(),
            "nip": (data.get("nip") or "").replace(" ", ""),
            "position": (data.get("position") or "").strip(),
            "roles": _dump([r.key for r in self.sop.all_roles if r.key in data["roles"]]),
            "active": 1 if data.get("active", True) else 0,
        }
        with self.db.atomic():
            if staff_id is None:
                return self._insert("staff", values)
            self._update("staff", staff_id, values)
            return staff_id

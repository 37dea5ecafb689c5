"""Cases: referrals, their step records, problems and actions, and the case list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lk3_desktop.domain.access import AccessDenied, Action
from lk3_desktop.domain.dates import minutes_between
from lk3_desktop.domain.names import name_key as fold_name
from lk3_desktop.domain.nik import compact as compact_number
from lk3_desktop.domain.rules import (
    CANCELLED,
    CLOSED,
    case_state,
    check_cancel_reason,
    check_new_counselor,
    is_overdue,
    status_name,
    steps_missing_before,
)
from lk3_desktop.domain.steps import validate_draft, validate_step
from lk3_desktop.domain.validation import FieldError, ValidationFailed
from lk3_desktop.fields import FieldSpec
from lk3_desktop.i18n import tr
from lk3_desktop.sop import load_sop
from lk3_desktop.store.audited import _dump, _writes, new_id
from lk3_desktop.store.staff import StaffStore

# Which problem rows a list field of problems holds: identified in step 4, or new in step 5.
PROBLEM_ORIGIN = {"problem": "problems", "new_problem": "reassessment"}
# A reassessment row's own cells and the problem columns that keep them.
REASSESSMENT_COLUMNS = {"result": "reassessment", "note": "reassessment_note"}


def _norm(f: FieldSpec, value: Any) -> Any:
    """Storage form of a value in a column: booleans as 0/1, empty dates, numbers and
    references as NULL, other empty values as ''; a one-line text (a name, an address) and a
    place name without the spaces around it (a name of spaces is no name); longer text
    verbatim, as typed."""
    if f.type == "bool":
        return 1 if value else 0
    if value in ("", None) and (f.type in ("date", "datetime", "number", "staff")
                                or f.choices == "case_problems"):
        return None
    if f.type == "number":
        return int(value)  # validate_draft has refused anything that is not a whole number
    if f.rule in ("nik", "digits16") and isinstance(value, str):
        return compact_number(value)  # stored as digits only, so search finds it however typed
    if value is None:
        return ""
    if f.type in ("line", "open_choice") and isinstance(value, str):
        return value.strip()
    return value


def _from_column(f: FieldSpec, value: Any) -> Any:
    return bool(value) if f.type == "bool" else value


@dataclass(frozen=True)
class CaseRow:
    id: str
    agenda_number: str
    client_name: str
    nik: str
    status: str
    current_step: int
    counselor: str
    last_activity_at: str
    step_started_at: str
    overdue: bool
    name_key: str = ""  # the name folded (domain.names.name_key), as the client table keeps it

    def __post_init__(self) -> None:
        if self.client_name and not self.name_key:  # a row made without it (tests, tools)
            object.__setattr__(self, "name_key", fold_name(self.client_name))

    @property
    def step_label(self) -> str:
        return load_sop().step(self.current_step).label

    @property
    def status_name(self) -> str:
        return status_name(self.status)


class CasesStore(StaffStore):
    """Cases step by step; a new counselor is checked against the staff list."""

    # -- referrals -----------------------------------------------------------------------

    def _next_agenda(self) -> tuple[int, int, str]:
        year = self.clock().astimezone().year
        row = self._one("SELECT coalesce(max(agenda_seq), 0) AS n FROM referral WHERE agenda_year = ?",
                        [year])
        assert row is not None  # an aggregate always gives one row
        seq = row["n"] + 1
        return year, seq, f"LK3/{year}/{seq:04d}"

    @_writes
    def create_referral(self, client_id: str | None = None) -> str:
        """A new case at step 1, numbered in this year's agenda: of the existing client
        `client_id` (a returning client keeps one client record), or with a new empty one."""
        self.require(Action.NEW_CASE)
        with self.db.atomic():
            if client_id is None:
                client_id = self._insert("client", {})
            else:
                self._check_client_may_return(client_id)
            year, seq, number = self._next_agenda()
            rid = self._insert("referral", {
                "agenda_year": year, "agenda_seq": seq, "agenda_number": number,
                "client_id": client_id, "status": "aktif", "current_step": 1,
                "last_activity_at": self.now_iso(),
            })
            self._insert("step_record", {"referral_id": rid, "step": 1,
                                         "started_at": self.now_iso()})
        return rid

    @_writes
    def cancel_case(self, rid: str, reason: str) -> None:
        """Cancel a case made by mistake: it keeps its agenda number (and its documents in
        the register), becomes read-only, shows as Batal and leaves the default list and the
        counts. The audit log keeps who cancelled it, when and why."""
        self.require(Action.CANCEL_CASE)
        errors = check_cancel_reason(reason)
        if errors:
            raise ValidationFailed(errors)
        with self.db.atomic():
            ref = self.referral(rid)
            if ref["status"] == CANCELLED:
                raise ValidationFailed([FieldError("cancel_reason", tr(
                    "Kasus {number} sudah dibatalkan.").format(number=ref["agenda_number"]))])
            if self.is_anonymised(rid):
                raise AccessDenied(tr("Kasus yang sudah dianonimkan tidak dapat dibatalkan."))
            now = self.now_iso()
            self._update("referral", rid, {
                "status": CANCELLED, "cancelled_at": now, "closed_at": now,
                "cancelled_by": self.actor, "cancel_reason": " ".join(reason.split())})

    @_writes
    def reinstate_case(self, rid: str) -> None:
        """Undo a cancellation (cancelled by mistake): the case takes the status its steps
        give it again. The audit log keeps both the cancellation and this."""
        self.require(Action.CANCEL_CASE)
        with self.db.atomic():
            ref = self.referral(rid)
            if ref["status"] != CANCELLED or self.is_anonymised(rid):
                return
            self._update("referral", rid, {"status": "aktif", "cancelled_at": None,
                                           "cancelled_by": "", "cancel_reason": "",
                                           "closed_at": None})
            self._refresh_referral(rid)

    def is_cancelled(self, rid: str) -> bool:
        return self.referral(rid)["status"] == CANCELLED

    def _check_client_may_return(self, client_id: str) -> None:
        """A client record takes a new case unless it is gone or anonymised (its last case
        past retention: nothing is left of the person to continue with)."""
        if self._row("client", client_id) is None:
            raise KeyError(client_id)
        rids = [r["id"] for r in self._all("SELECT id FROM referral WHERE client_id = ?",
                                            [client_id])]
        if rids and all(self.is_anonymised(r) for r in rids):
            raise ValueError(tr("Data klien ini sudah dianonimkan; buat rujukan baru sebagai "
                                "klien baru."))

    def referral(self, rid: str) -> dict[str, Any]:
        row = self._row("referral", rid)
        if row is None:
            raise KeyError(rid)
        return row

    def find_referral(self, agenda_number: str) -> str | None:
        row = self._one("SELECT id FROM referral WHERE agenda_number = ?", [agenda_number.strip()])
        return None if row is None else row["id"]

    def step_records(self, rid: str) -> dict[int, dict[str, Any]]:
        rows = self._all("SELECT * FROM step_record WHERE referral_id = ? ORDER BY step", [rid])
        return {r["step"]: r for r in rows}

    def step_minutes_taken(self, rid: str, step: int) -> float | None:
        rec = self.step_records(rid).get(step)
        if rec is None:
            return None
        return minutes_between(rec["started_at"], rec["completed_at"] or self.now_iso())

    def problems(self, rid: str, origin_step: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM problem WHERE referral_id = ?"
        params: list[Any] = [rid]
        if origin_step is not None:
            sql += " AND origin_step = ?"
            params.append(origin_step)
        return self._all(sql + " ORDER BY origin_step, position", params)

    def actions(self, rid: str) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM action_item WHERE referral_id = ? ORDER BY position", [rid])

    def _origin_step(self, store: str) -> int:
        """origin_step of the problem rows a list field keeps (the step that found them)."""
        return self.sop.step_by_key(PROBLEM_ORIGIN[store]).number

    def _rows(self, f: FieldSpec, rid: str) -> list[dict[str, Any]]:
        """A list field's rows as the page shows them, from the table its description names."""
        if f.store in PROBLEM_ORIGIN:
            source = self.problems(rid, self._origin_step(f.store))
        elif f.store == "reassessment":  # the identified problems, each with its result
            return [{"problem_id": p["id"],
                     **{c.key: p[REASSESSMENT_COLUMNS.get(c.key, c.key)] for c in f.columns}}
                    for p in self.problems(rid, self._origin_step("problem"))]
        else:
            source = self.actions(rid)
        return [{"id": r["id"], **{c.key: r[c.key] for c in f.columns}} for r in source]

    def is_anonymised(self, rid: str) -> bool:  # store.privacy knows; a plain store: never
        return False

    def step_denied(self, rid: str, step: int, *, edit: bool = False) -> str | None:
        """Why the signed-in person may not read (or, `edit`, fill in) `step` of case `rid`;
        None if they may. An anonymised case is read-only for everyone."""
        if edit and self.is_anonymised(rid):
            return tr("Kasus ini sudah dianonimkan setelah masa simpannya berakhir; isinya "
                      "tidak dapat diubah lagi.")
        if edit and self.is_cancelled(rid):
            return tr("Kasus ini dibatalkan; isinya tidak dapat diubah. Pulihkan dulu lewat "
                      "Kasus › Pulihkan kasus yang dibatalkan bila pembatalan itu keliru.")
        return self.denied(Action.EDIT_STEP if edit else Action.READ_STEP,
                           step=self.sop.step(step),
                           counselor_id=self.referral(rid)["counselor_id"])

    def readable_steps(self, rid: str) -> list[int]:
        """The numbers of the steps of case `rid` the signed-in person may read."""
        return [s.number for s in self.sop.steps if not self.step_denied(rid, s.number)]

    def load_step(self, rid: str, step: int) -> dict[str, Any]:
        """Everything the wizard page for `step` shows, as a dict keyed by its field keys.
        Raises AccessDenied if the signed-in person may not read that step."""
        reason = self.step_denied(rid, step)
        if reason:
            raise AccessDenied(reason)
        return self._load_step(rid, step)

    def _load_step(self, rid: str, step: int) -> dict[str, Any]:
        rec = self.step_records(rid).get(step)
        data: dict[str, Any] = {}
        if rec is not None:
            data.update(json.loads(rec["data"]))
            data["checklist"] = json.loads(rec["checklist"])
            data["performed_by"] = rec["performed_by"]
            data["status"] = rec["status"]
        ref = self.referral(rid)
        client: dict[str, Any] | None = None
        for f in self.sop.step(step).fields:
            if f.store == "client":
                client = client or self._row("client", ref["client_id"])
                data[f.key] = _from_column(f, client[f.key])  # type: ignore[index]
            elif f.store == "referral":
                data[f.key] = _from_column(f, ref[f.key])
            elif f.type == "rows":
                data[f.key] = self._rows(f, rid)
        return data

    @_writes
    def save_step(self, rid: str | None, step: int, data: dict[str, Any], *,
                  complete: bool = False) -> str:
        """Save a step's fields; with `complete`, validate fully and mark the step complete.

        Only the keys present in `data` are written; the rest of the step is kept. A draft is
        saved whatever is missing, but a step already complete only ever takes valid data.
        `rid` None (step 1 only) creates the case first. Returns the referral id. Raises
        ValidationFailed with field errors and then writes nothing (the transaction rolls back).
        Later steps that no longer hold together (e.g. a problem removed in step 4 after the
        reassessment) go back to draft, so the case list shows what needs redoing.
        """
        with self.db.atomic():
            if rid is None:
                if step != self.sop.steps[0].number:
                    raise ValueError("only the first step can start a new case")
                rid = self.create_referral()
            reason = self.step_denied(rid, step, edit=True)
            if reason:
                raise AccessDenied(reason)
            records = self.step_records(rid)
            rec = records.get(step)
            if rec is not None and rec["status"] == "complete":
                complete = True
            merged = {**self._load_step(rid, step), **data}
            errors = (validate_step(step, merged, self.ref, self.today()) if complete
                      else validate_draft(step, data))
            if data.get("counselor_id") and self.sop.step(step).fields.get("counselor_id"):
                errors += check_new_counselor(self.sop, self.referral(rid)["counselor_id"],
                                              data["counselor_id"], self.staff(data["counselor_id"]))
            errors += self._unknown_problems(rid, step, data)
            if errors:
                raise ValidationFailed(errors)
            if complete:
                order = steps_missing_before(
                    self.sop, step, {n: r["status"] for n, r in records.items()})
                if order:
                    raise ValidationFailed(order)
            handled = self._save_step_fields(rid, step, data)
            own = json.loads(rec["data"]) if rec is not None else {}
            own.update({k: v for k, v in data.items()
                        if k not in handled and k not in ("checklist", "performed_by", "status")})
            rec_values: dict[str, Any] = {"data": _dump(own)}
            if "checklist" in data:
                rec_values["checklist"] = _dump(sorted(data.get("checklist") or []))
            if "performed_by" in data:
                rec_values["performed_by"] = data.get("performed_by") or None
            now = self.now_iso()
            if complete and (rec is None or rec["status"] != "complete"):
                rec_values.update(status="complete", completed_at=now)
            if rec is None:
                self._insert("step_record", {"referral_id": rid, "step": step,
                                             "started_at": now, **rec_values})
            else:
                self._update("step_record", rec["id"], rec_values)
            if complete:  # what is stored must hold, not only what was sent: a list whose
                # rows come from another step (reassessments) may have been sent in part
                stored = validate_step(step, self._load_step(rid, step), self.ref, self.today())
                if stored:
                    raise ValidationFailed(stored)
            if complete and not self.sop.step(step).is_last and (step + 1) not in records:
                self._insert("step_record", {"referral_id": rid, "step": step + 1,
                                             "started_at": now})
            self._recheck_later_steps(rid, step)
            self._refresh_referral(rid)
        return rid

    def _unknown_problems(self, rid: str, step: int, data: dict[str, Any]) -> list[FieldError]:
        """A row that names one of the case's problems (an action) may only name one that
        still exists: a page opened before the problem was removed would otherwise fail on
        the database's foreign key, with no word of which field."""
        errors: list[FieldError] = []
        known: set[str] | None = None
        for f in self.sop.step(step).fields:
            for c in (c for c in f.columns if c.choices == "case_problems"):
                for i, row in enumerate(data.get(f.key) or []):
                    value = row.get(c.key)
                    if not value:
                        continue
                    known = known if known is not None else {p["id"] for p in self.problems(rid)}
                    if value not in known:
                        errors.append(FieldError(f"{f.key}.{i}.{c.key}", tr(
                            "{label} sudah dihapus dari kasus ini; pilih lagi.").format(
                                label=f"{tr(f.row_title)} {i + 1}: {tr(c.label)}")))
        return errors

    def _recheck_later_steps(self, rid: str, step: int) -> None:
        records = self.step_records(rid)
        for n in range(step + 1, len(self.sop.steps) + 1):
            rec = records.get(n)
            if rec is None or rec["status"] != "complete":
                continue
            if validate_step(n, self._load_step(rid, n), self.ref, self.today()):
                # Reopened: its time, and whether it is late, count from now.
                self._update("step_record", rec["id"], {"status": "draft", "completed_at": None,
                                                        "started_at": self.now_iso()})

    def _save_step_fields(self, rid: str, step: int, data: dict[str, Any]) -> set[str]:
        """Write the keys that live in their own columns or rows, as each field's description
        says; return which keys those are (the rest go to the step's own JSON)."""
        ref = self.referral(rid)
        client_values: dict[str, Any] = {}
        values: dict[str, Any] = {}
        handled: set[str] = set()
        for f in self.sop.step(step).fields:
            if f.store in ("step", "record"):
                continue
            handled.add(f.key)
            if f.key not in data:
                continue
            if f.store == "client":
                client_values[f.key] = _norm(f, data[f.key])
            elif f.store == "referral":
                values[f.key] = _norm(f, data[f.key])
            elif f.store in PROBLEM_ORIGIN:
                self._sync_rows("problem", rid, data[f.key] or [], f,
                                {"origin_step": self._origin_step(f.store)})
            elif f.store == "action_item":
                self._sync_rows("action_item", rid, data[f.key] or [], f, {})
            elif f.store == "reassessment":
                own = {p["id"] for p in self.problems(rid, self._origin_step("problem"))}
                for item in data[f.key] or []:
                    if item.get("problem_id") in own:
                        self._update("problem", item["problem_id"], {
                            REASSESSMENT_COLUMNS[c.key]: item.get(c.key) or ""
                            for c in f.columns if c.key in REASSESSMENT_COLUMNS})
        if client_values:
            client = self._row("client", ref["client_id"])
            if client_values.get("family_unknown") and not client["family_unknown"]:  # type: ignore[index]
                # The SOP's remedy for "family unknown" is family tracing: mark the case for it
                # when that becomes known, without overriding a later decision in step 4.
                values["family_tracing_needed"] = 1
            self._update("client", ref["client_id"], client_values)
        if values:
            self._update("referral", rid, values)
        return handled

    def _sync_rows(self, table: str, rid: str, rows: list[dict[str, Any]], f: FieldSpec,
                   fixed: dict[str, Any]) -> None:
        """Make the child rows of `rid` (restricted by `fixed`) equal `rows`, matched by id."""
        where = " AND ".join(["referral_id = ?", *(f"{k} = ?" for k in fixed)])
        existing = {r["id"] for r in self._all(f"SELECT id FROM {table} WHERE {where}",
                                               [rid, *fixed.values()])}
        keep = set()
        for position, row in enumerate(rows):
            values = {c.key: _norm(c, row.get(c.key)) for c in f.columns}
            values["position"] = position
            row_id = row.get("id")
            if row_id and row_id in existing:
                self._update(table, row_id, values)
                keep.add(row_id)
            else:
                keep.add(self._insert(table, {"id": row_id or new_id(), "referral_id": rid,
                                              **fixed, **values}))
        for gone in existing - keep:
            if table == "problem":
                # Unlink its action items ourselves, audited, rather than leave it to the
                # foreign key's silent ON DELETE SET NULL.
                for action in self._all("SELECT id FROM action_item WHERE problem_id = ?", [gone]):
                    self._update("action_item", action["id"], {"problem_id": None})
            self._delete(table, gone)

    def _refresh_referral(self, rid: str) -> None:
        ref = self.referral(rid)
        current, status = case_state(
            self.sop, {n: r["status"] for n, r in self.step_records(rid).items()}, ref["outcome"])
        values: dict[str, Any] = {"current_step": current, "status": status,
                                  "last_activity_at": self.now_iso(),
                                  "closed_at": (ref["closed_at"] or self.now_iso())
                                  if status in CLOSED else None}
        # last_activity_at alone changes on every autosave; keep it out of the audit trail.
        self.db.execute("UPDATE referral SET last_activity_at = ? WHERE id = ?",
                        [values.pop("last_activity_at"), rid])
        self._update("referral", rid, values)

    # -- lists and views -----------------------------------------------------------------

    def open_case(self, rid: str, how: str = "open") -> None:
        """Record that the signed-in person opened case `rid` ("open": the wizard, "view":
        the case view) — reads of a client's record are audited like writes."""
        self.require(Action.LIST_CASES)
        self.audit_event(how, "referral", rid)

    def steps_for_document(self, rid: str, kind_step: int) -> dict[int, dict[str, Any]]:
        """The steps of case `rid` for laying out a document that records step `kind_step`
        (Action.PRINT): those the signed-in person may read. A step they may not read (the
        problems of step 4 on a referral letter printed at intake) is left out, and the
        document says so instead of printing it."""
        self.require(Action.PRINT, step=self.sop.step(kind_step),
                     counselor_id=self.referral(rid)["counselor_id"])
        return {s.number: self._load_step(rid, s.number) for s in self.sop.steps
                if not self.step_denied(rid, s.number)}

    def list_cases(self) -> list[CaseRow]:
        self.require(Action.LIST_CASES)
        rows = self._all("""
            SELECT r.id, r.agenda_number, r.status, r.current_step, r.last_activity_at,
                   c.full_name, c.nik, c.name_key, coalesce(s.name, '') AS counselor,
                   coalesce(sr.started_at, r.created_at) AS step_started_at
            FROM referral r
            JOIN client c ON c.id = r.client_id
            LEFT JOIN staff s ON s.id = r.counselor_id
            LEFT JOIN step_record sr ON sr.referral_id = r.id AND sr.step = r.current_step
            ORDER BY r.agenda_year DESC, r.agenda_seq DESC
        """)
        now = self.now_iso()
        out = []
        for r in rows:
            waited = minutes_between(r["step_started_at"], now) or 0
            overdue = is_overdue(self.sop.step(r["current_step"]), r["status"], waited)
            out.append(CaseRow(
                id=r["id"], agenda_number=r["agenda_number"], client_name=r["full_name"],
                nik=r["nik"], status=r["status"], current_step=r["current_step"],
                counselor=r["counselor"], last_activity_at=r["last_activity_at"],
                step_started_at=r["step_started_at"], overdue=overdue,
                name_key=r["name_key"]))
        return out

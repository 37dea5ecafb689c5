"""Queries and audited writes on an open LK3 database; the UI's only way to the data."""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from lk3_desktop.domain.backups import RULE_FIELDS, KeepRule, rule_from
from lk3_desktop.domain.dates import minutes_between
from lk3_desktop.domain.nik import compact as compact_number
from lk3_desktop.domain.office import (
    SETTING_PREFIX,
    OfficeSettings,
    format_number,
    validate_office,
)
from lk3_desktop.domain.rules import (
    CLOSED,
    case_state,
    check_new_counselor,
    is_overdue,
    status_name,
    steps_missing_before,
)
from lk3_desktop.domain.staff import validate_staff
from lk3_desktop.domain.steps import validate_draft, validate_step
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.fields import FieldSpec
from lk3_desktop.i18n import tr
from lk3_desktop.sop import load_reference, load_sop

Clock = Callable[[], datetime]

# Which problem rows a list field of problems holds: identified in step 4, or new in step 5.
PROBLEM_ORIGIN = {"problem": "problems", "new_problem": "reassessment"}
# A reassessment row's own cells and the problem columns that keep them.
REASSESSMENT_COLUMNS = {"result": "reassessment", "note": "reassessment_note"}


log = logging.getLogger(__name__)


class StoreWriteError(Exception):
    """Saving failed for a reason outside the data (disk full, file locked or gone)."""


def _writes(method):
    """Turn SQLite failures of a write into one StoreWriteError the UI can show; the
    transaction has rolled back, so what was saved before is intact."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self._check_in_place()
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise StoreWriteError(tr(
                "Data belum tersimpan: {reason} Isian di layar tidak hilang; coba simpan lagi."
            ).format(reason=_explain(exc, self.path))) from exc

    return wrapper


def _explain(exc: sqlite3.Error, path: Path) -> str:
    """Why a write failed, in the user's terms: SQLite's text ("disk I/O error") says little,
    so look at the file and its folder as well. One clause that ends a sentence: the
    {reason} of "Data belum tersimpan: {reason}"."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return tr("berkas basis data sedang dipakai program lain.")
    if "full" in text or _free_bytes(path.parent) < 1024 * 1024:
        return tr("ruang penyimpanan di {folder} penuh; kosongkan sebagian lalu simpan lagi.").format(
            folder=path.parent)
    if not path.exists():
        return tr("berkas basis data {path} tidak ada lagi (dipindahkan, dihapus atau flashdisk "
                  "dicabut).").format(path=path)
    if ("readonly" in text or "read-only" in text or not os.access(path, os.W_OK)
            or not os.access(path.parent, os.W_OK)):
        return tr("berkas basis data {name} atau foldernya tidak dapat ditulisi "
                  "(hanya-baca atau tanpa izin).").format(name=path.name)
    if "disk i/o" in text or "unable to open" in text:
        return tr("berkas basis data {name} tidak dapat ditulisi (ruang penuh, flashdisk "
                  "dicabut atau disk bermasalah).").format(name=path.name)
    log.warning("write failed: %s", exc)  # SQLite's words, no data: for whoever helps
    return tr("kesalahan basis data yang tidak dikenal (rinciannya di catatan kesalahan).")


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62  # unknown: do not claim the disk is full


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def new_id() -> str:
    return str(uuid.uuid4())


def default_actor() -> str:
    try:
        return f"os:{getpass.getuser()}"
    except Exception:  # no login name (service account, odd Windows setups)
        return "os:unknown"


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _norm(f: FieldSpec, value: Any) -> Any:
    """Storage form of a value in a column: booleans as 0/1, empty dates, numbers and
    references as NULL, other empty values as ''; text is kept verbatim, as typed."""
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

    @property
    def step_label(self) -> str:
        return load_sop().step(self.current_step).label

    @property
    def status_name(self) -> str:
        return status_name(self.status)


class Store:
    """One open database file. `actor` is written as who made each change."""

    def __init__(self, db: Database, *, path: Path, actor: str = "", clock: Clock | None = None):
        self.db = db
        self.path = Path(path)
        self.actor = actor or default_actor()
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.sop = load_sop()
        self.ref = load_reference()
        self._opened = _identity(self.path)

    def _check_in_place(self) -> None:
        """Before a write: is the file we opened still the one at the path? On Linux a file
        deleted or replaced while open takes writes silently and they vanish with it; on
        Windows a pulled USB stick fails later with a vaguer error."""
        now = _identity(self.path)
        if now is None:
            raise StoreWriteError(tr(
                "Data belum tersimpan: berkas basis data {path} tidak ada lagi di "
                "tempatnya (dipindahkan, dihapus atau flashdisk dicabut). Isian di layar belum "
                "tersimpan: kembalikan berkasnya, lalu tutup dan buka lagi program."
            ).format(path=self.path))
        if self._opened is not None and now != self._opened and self._opened[1] != 0:
            raise StoreWriteError(tr(
                "Data belum tersimpan: berkas basis data {path} telah diganti berkas lain "
                "saat program berjalan (mis. disalin dari cadangan). Agar tidak menulis ke "
                "berkas yang salah, tutup lalu buka lagi program."
            ).format(path=self.path))

    def close(self) -> None:
        self.db.close()

    def now_iso(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    def today(self):
        return self.clock().astimezone().date()

    @contextlib.contextmanager
    def transaction(self):
        """A write transaction taken at once (BEGIN IMMEDIATE), so a second writer waits for
        it (busy_timeout) instead of failing half-way; commits on success, else rolls back.
        Nested calls become savepoints."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        self._check_in_place()
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreWriteError(tr("Data belum tersimpan: {reason}").format(
                reason=_explain(exc, self.path))) from exc
        try:
            yield
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.execute("COMMIT")

    # -- audited primitives -------------------------------------------------------------

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        cur = self.db.execute(sql, list(params))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cur.description], row))

    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, list(params))
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def _row(self, table: str, row_id: str) -> dict[str, Any] | None:
        return self._one(f"SELECT * FROM {table} WHERE id = ?", [row_id])

    def _audit(self, table: str, row_id: str, action: str, old: dict | None, new: dict | None,
               at: str) -> None:
        self.db.execute(
            "INSERT INTO audit_log (id, at, actor, table_name, row_id, action, old_values, "
            "new_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id(), at, self.actor, table, row_id, action,
             None if old is None else _dump(old), None if new is None else _dump(new)],
        )

    def _insert(self, table: str, values: dict[str, Any]) -> str:
        now = self.now_iso()
        row = {"id": values.get("id") or new_id(), **values,
               "created_at": now, "updated_at": now,
               "created_by": self.actor, "updated_by": self.actor}
        cols = list(row)
        self.db.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols],
        )
        self._audit(table, row["id"], "insert", None,
                    {k: v for k, v in row.items() if k not in ("created_at", "updated_at",
                                                               "created_by", "updated_by")}, now)
        return row["id"]

    def _update(self, table: str, row_id: str, values: dict[str, Any]) -> bool:
        """Write only what changed; record old → new of those columns. False if nothing did."""
        old = self._row(table, row_id)
        if old is None:
            raise KeyError(f"{table} {row_id} not found")
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return False
        now = self.now_iso()
        sets = {**changed, "updated_at": now, "updated_by": self.actor}
        self.db.execute(
            f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
            [*sets.values(), row_id],
        )
        self._audit(table, row_id, "update", {k: old[k] for k in changed}, changed, now)
        return True

    def _delete(self, table: str, row_id: str) -> None:
        old = self._row(table, row_id)
        if old is None:
            return
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        self._audit(table, row_id, "delete", old, None, self.now_iso())

    # -- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: str = "") -> str:
        row = self._one("SELECT value FROM setting WHERE key = ?", [key])
        return default if row is None else row["value"]

    @_writes
    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            if self._one("SELECT key FROM setting WHERE key = ?", [key]) is None:
                now = self.now_iso()
                self.db.execute(
                    "INSERT INTO setting (key, value, created_at, updated_at, created_by, "
                    "updated_by) VALUES (?, ?, ?, ?, ?, ?)",
                    [key, value, now, now, self.actor, self.actor])
                self._audit("setting", key, "insert", None, {"value": value}, now)
            else:
                old = self.get_setting(key)
                if old != value:
                    now = self.now_iso()
                    self.db.execute(
                        "UPDATE setting SET value = ?, updated_at = ?, updated_by = ? WHERE key = ?",
                        [value, now, self.actor, key])
                    self._audit("setting", key, "update", {"value": old}, {"value": value}, now)

    # -- automatic backups: how many to keep ----------------------------------------------

    def keep_rule(self) -> KeepRule:
        """The thinning rule for automatic backups (Settings); the default if never set or
        if a stored value is no longer valid."""
        try:
            return rule_from({k: self.get_setting(f"backup.{k}") or getattr(KeepRule(), k)
                              for k in RULE_FIELDS})
        except (ValidationFailed, sqlite3.Error):  # never stop the program closing over it
            return KeepRule()

    @_writes
    def save_keep_rule(self, values: dict) -> KeepRule:
        rule = rule_from(values)  # ValidationFailed names each count out of range
        with self.db.atomic():
            for key in RULE_FIELDS:
                self.set_setting(f"backup.{key}", str(getattr(rule, key)))
        return rule

    # -- office settings (letterhead, signatories, numbering) ----------------------------

    def office_settings(self) -> OfficeSettings:
        rows = self._all("SELECT key, value FROM setting WHERE key LIKE ?", [SETTING_PREFIX + "%"])
        stored = {r["key"][len(SETTING_PREFIX):]: r["value"] for r in rows}
        return OfficeSettings(**{k: v for k, v in stored.items() if k in OfficeSettings.field_names()})

    @_writes
    def save_office_settings(self, values: dict[str, str]) -> None:
        """Validate and store office settings; raises ValidationFailed with field errors."""
        errors = validate_office(values)
        if errors:
            raise ValidationFailed(errors)
        with self.db.atomic():
            for key in OfficeSettings.field_names():
                if key in values:
                    self.set_setting(SETTING_PREFIX + key, str(values[key]).strip())

    # -- the agenda register of printed documents ----------------------------------------

    @_writes
    def register_document(self, kind: str, rid: str | None) -> dict[str, Any]:
        """Give a printed document its agenda number, or return the one it already has.

        Printing the same document of the same case again is a reprint: same number and date,
        print_count goes up. Numbers restart each year.
        """
        with self.db.atomic():
            if rid is not None:
                row = self._one("SELECT * FROM document WHERE kind = ? AND referral_id = ?",
                                [kind, rid])
                if row is not None:
                    self._update("document", row["id"], {"print_count": row["print_count"] + 1})
                    reprinted = self._row("document", row["id"])
                    assert reprinted is not None  # updated just above, in this transaction
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
            return doc

    def document_for(self, kind: str, rid: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM document WHERE kind = ? AND referral_id = ?", [kind, rid])

    @_writes
    def set_document_filed(self, doc_id: str, location: str) -> None:
        with self.db.atomic():
            self._update("document", doc_id, {"filed_location": location.strip()})

    def list_documents(self, *, year: int | None = None, month: int | None = None,
                       kind: str | None = None, staff_id: str | None = None) -> list[dict]:
        sql = ("SELECT d.*, r.agenda_number, c.full_name AS client_name, "
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

    # -- staff ---------------------------------------------------------------------------

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
        """Add (no id) or update a staff member; raises ValidationFailed with field errors."""
        errors = validate_staff(data, {r.key for r in self.sop.roles})
        if errors:
            raise ValidationFailed(errors)
        values = {
            "name": data["name"].strip(),
            "nip": (data.get("nip") or "").replace(" ", ""),
            "position": (data.get("position") or "").strip(),
            "roles": _dump([r.key for r in self.sop.roles if r.key in data["roles"]]),
            "active": 1 if data.get("active", True) else 0,
        }
        with self.db.atomic():
            if staff_id is None:
                return self._insert("staff", values)
            self._update("staff", staff_id, values)
            return staff_id

    # -- referrals -----------------------------------------------------------------------

    def _next_agenda(self) -> tuple[int, int, str]:
        year = self.clock().astimezone().year
        row = self._one("SELECT coalesce(max(agenda_seq), 0) AS n FROM referral WHERE agenda_year = ?",
                        [year])
        assert row is not None  # an aggregate always gives one row
        seq = row["n"] + 1
        return year, seq, f"LK3/{year}/{seq:04d}"

    @_writes
    def create_referral(self) -> str:
        """A new case at step 1 with an empty client, numbered in this year's agenda."""
        with self.db.atomic():
            year, seq, number = self._next_agenda()
            client_id = self._insert("client", {})
            rid = self._insert("referral", {
                "agenda_year": year, "agenda_seq": seq, "agenda_number": number,
                "client_id": client_id, "status": "aktif", "current_step": 1,
                "last_activity_at": self.now_iso(),
            })
            self._insert("step_record", {"referral_id": rid, "step": 1,
                                         "started_at": self.now_iso()})
        return rid

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

    def load_step(self, rid: str, step: int) -> dict[str, Any]:
        """Everything the wizard page for `step` shows, as a dict keyed by its field keys."""
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
            records = self.step_records(rid)
            rec = records.get(step)
            if rec is not None and rec["status"] == "complete":
                complete = True
            merged = {**self.load_step(rid, step), **data}
            errors = (validate_step(step, merged, self.ref, self.today()) if complete
                      else validate_draft(step, data))
            if data.get("counselor_id") and self.sop.step(step).fields.get("counselor_id"):
                errors += check_new_counselor(self.sop, self.referral(rid)["counselor_id"],
                                              data["counselor_id"], self.staff(data["counselor_id"]))
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
            if complete and not self.sop.step(step).is_last and (step + 1) not in records:
                self._insert("step_record", {"referral_id": rid, "step": step + 1,
                                             "started_at": now})
            self._recheck_later_steps(rid, step)
            self._refresh_referral(rid)
        return rid

    def _recheck_later_steps(self, rid: str, step: int) -> None:
        records = self.step_records(rid)
        for n in range(step + 1, len(self.sop.steps) + 1):
            rec = records.get(n)
            if rec is None or rec["status"] != "complete":
                continue
            if validate_step(n, self.load_step(rid, n), self.ref, self.today()):
                self._update("step_record", rec["id"], {"status": "draft", "completed_at": None})

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

    def list_cases(self) -> list[CaseRow]:
        rows = self._all("""
            SELECT r.id, r.agenda_number, r.status, r.current_step, r.last_activity_at,
                   c.full_name, c.nik, coalesce(s.name, '') AS counselor,
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
                step_started_at=r["step_started_at"], overdue=overdue))
        return out

    def audit_entries(self, table: str | None = None, row_id: str | None = None) -> list[dict]:
        sql, params = "SELECT * FROM audit_log", []
        conds = []
        if table:
            conds.append("table_name = ?")
            params.append(table)
        if row_id:
            conds.append("row_id = ?")
            params.append(row_id)
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        rows = self._all(sql + " ORDER BY seq", params)
        for r in rows:
            r["old_values"] = json.loads(r["old_values"]) if r["old_values"] else None
            r["new_values"] = json.loads(r["new_values"]) if r["new_values"] else None
        return rows

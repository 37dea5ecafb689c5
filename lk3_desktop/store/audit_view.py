"""The audit view's queries: who did what to which case and when, filtered and paged by
SQLite; its CSV export; and the check that no row was changed outside the program."""

from __future__ import annotations

import csv
import errno
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from lk3_desktop.domain import documents
from lk3_desktop.domain.access import Action
from lk3_desktop.domain.dates import format_date, format_datetime
from lk3_desktop.i18n import QT_TR_NOOP, TranslatedMapping, tr
from lk3_desktop.store.audit_chain import ChainBreak, ChainCheck, find_chain_break
from lk3_desktop.store.audited import AuditedStore, _writes

# What an audit row's action says, in words; in the order the action drop-down lists them.
ACTION_NAMES = TranslatedMapping({
    "insert": QT_TR_NOOP("Menambah"),
    "update": QT_TR_NOOP("Mengubah"),
    "delete": QT_TR_NOOP("Menghapus"),
    "open": QT_TR_NOOP("Membuka"),
    "view": QT_TR_NOOP("Melihat"),
    "preview": QT_TR_NOOP("Pratinjau"),
    "print": QT_TR_NOOP("Mencetak"),
    "export": QT_TR_NOOP("Mengekspor"),
    "backup": QT_TR_NOOP("Mencadangkan"),
    "restore": QT_TR_NOOP("Memulihkan"),
    "sign_in": QT_TR_NOOP("Masuk"),
    "sign_in_failed": QT_TR_NOOP("Gagal masuk"),
    "sign_out": QT_TR_NOOP("Keluar akun"),
    "lock": QT_TR_NOOP("Mengunci layar"),
    "unlock": QT_TR_NOOP("Membuka kunci layar"),
    "anonymise": QT_TR_NOOP("Menganonimkan"),
})

TABLE_NAMES = TranslatedMapping({
    "client": QT_TR_NOOP("Data klien"),
    "referral": QT_TR_NOOP("Kasus"),
    "step_record": QT_TR_NOOP("Langkah"),
    "problem": QT_TR_NOOP("Masalah"),
    "action_item": QT_TR_NOOP("Rencana tindakan"),
    "document": QT_TR_NOOP("Dokumen"),
    "staff": QT_TR_NOOP("Petugas"),
    "account": QT_TR_NOOP("Akun"),
    "setting": QT_TR_NOOP("Pengaturan"),
    "audit_log": QT_TR_NOOP("Log audit"),
})

# Columns that are no field of a step in data/sop.json (those take their label from there):
# by table first, then for any table.
_COLUMN_NAMES: dict[str, TranslatedMapping[str, str]] = {
    "staff": TranslatedMapping({
        "name": QT_TR_NOOP("Nama"), "nip": QT_TR_NOOP("NIP"), "position": QT_TR_NOOP("Jabatan"),
        "roles": QT_TR_NOOP("Peran"), "active": QT_TR_NOOP("Aktif"),
    }),
    "account": TranslatedMapping({
        "staff_id": QT_TR_NOOP("Petugas"), "username": QT_TR_NOOP("Nama pengguna"),
        "password_hash": QT_TR_NOOP("Sandi"),
        "must_change_password": QT_TR_NOOP("Wajib ganti sandi"),
        "failed_attempts": QT_TR_NOOP("Jumlah gagal masuk"),
        "last_failed_at": QT_TR_NOOP("Terakhir gagal masuk"),
        "last_sign_in_at": QT_TR_NOOP("Terakhir masuk"),
    }),
    "document": TranslatedMapping({
        "kind": QT_TR_NOOP("Jenis dokumen"), "number": QT_TR_NOOP("Nomor dokumen"),
        "doc_date": QT_TR_NOOP("Tanggal dokumen"), "staff_id": QT_TR_NOOP("Petugas"),
        "filed_location": QT_TR_NOOP("Lokasi arsip"), "print_count": QT_TR_NOOP("Jumlah cetak"),
        "year": QT_TR_NOOP("Tahun"), "seq": QT_TR_NOOP("Nomor urut"),
    }),
    "problem": TranslatedMapping({
        "reassessment": QT_TR_NOOP("Hasil reasesmen"),
        "reassessment_note": QT_TR_NOOP("Catatan reasesmen"),
        "origin_step": QT_TR_NOOP("Langkah asal"), "position": QT_TR_NOOP("Urutan"),
    }),
    "action_item": TranslatedMapping({"position": QT_TR_NOOP("Urutan")}),
    "": TranslatedMapping({
        "status": QT_TR_NOOP("Status"), "current_step": QT_TR_NOOP("Langkah berjalan"),
        "closed_at": QT_TR_NOOP("Tanggal selesai"),
        "last_activity_at": QT_TR_NOOP("Aktivitas terakhir"),
        "agenda_number": QT_TR_NOOP("No. agenda"), "agenda_year": QT_TR_NOOP("Tahun agenda"),
        "agenda_seq": QT_TR_NOOP("Nomor urut agenda"),
        "checklist": QT_TR_NOOP("Kelengkapan"), "step": QT_TR_NOOP("Langkah"),
        "started_at": QT_TR_NOOP("Waktu mulai"), "completed_at": QT_TR_NOOP("Waktu selesai"),
        "data": QT_TR_NOOP("Isian langkah"), "value": QT_TR_NOOP("Nilai"),
    }),
}
# What a read or an act records in its details (audit_event), in words.
DETAIL_NAMES = TranslatedMapping({
    "step": QT_TR_NOOP("Langkah"), "kind": QT_TR_NOOP("Jenis dokumen"),
    "format": QT_TR_NOOP("Format"), "rows": QT_TR_NOOP("Jumlah catatan"),
    "copies": QT_TR_NOOP("Jumlah salinan"), "actor": QT_TR_NOOP("Petugas"),
    "action": QT_TR_NOOP("Tindakan"), "client_filter": QT_TR_NOOP("Disaring per klien"),
    "from": QT_TR_NOOP("Dari"), "to": QT_TR_NOOP("Sampai"),
})
# Links between rows, not content: left out of what an insert is said to have filled in.
_LINKS = {"id", "referral_id", "client_id"}

# The tables that hold a client's case, and those of them that hang off a referral.
CASE_TABLES = ("client", "referral", "step_record", "problem", "action_item", "document")
CHILD_TABLES = ("step_record", "problem", "action_item", "document")

PAGE = 200  # rows per page: a screenful or three, read in a few milliseconds


@dataclass(frozen=True)
class AuditFilter:
    """What the audit view shows; empty means all. Dates are local calendar days, both
    included."""

    actor: str = ""          # a staff id, or "os:<login>" in a file without accounts
    client: str = ""         # agenda number, NIK, or part of the client's name
    action: str = ""         # a key of ACTION_NAMES (or any action the log holds)
    date_from: date | None = None
    date_to: date | None = None

    def details(self) -> dict[str, Any]:
        """The filter as an export's audit row records it: no client's name or number."""
        return {"actor": self.actor or None, "action": self.action or None,
                "client_filter": bool(self.client.strip()),
                "from": self.date_from.isoformat() if self.date_from else None,
                "to": self.date_to.isoformat() if self.date_to else None}


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as a person reads it."""

    seq: int
    at: str                  # UTC ISO, as stored
    actor: str               # as stored: staff id or "os:<login>"
    who: str                 # the staff member's name (or the login)
    action: str
    action_name: str
    table_name: str
    table_title: str         # "Data klien", "Langkah 3"
    row_id: str
    agenda_number: str       # the case the row belongs to ("" for none; several: ", ")
    fields: str              # the fields changed or set, by their labels; or an act's details
    redacted: bool

    @property
    def when(self) -> str:
        """Local date and time, "27 Nov 2026 09.30"."""
        return format_datetime(self.at, short=True)

    @property
    def local_time(self) -> str:
        """Local date and time for a spreadsheet, "2026-11-27 09:30:00" (a time that is
        none, in a row changed outside the program, as it is stored)."""
        try:
            return datetime.fromisoformat(self.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
        except (TypeError, ValueError):
            return str(self.at)


def action_choices() -> list[tuple[str, str]]:
    """(action, its name) for the action drop-down, in the interface language."""
    return [(key, ACTION_NAMES[key]) for key in ACTION_NAMES]


def _utc_bound(day: date) -> str:
    """The UTC timestamp at which local `day` begins, as `at` is stored."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).isoformat(
        timespec="seconds")


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _csv_cell(value: Any) -> str:
    """A cell Excel shows as text: one that begins like a formula gets a leading quote, so a
    staff name typed as =HYPERLINK(...) is never run when the file is opened."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class AuditViewStore(AuditedStore):
    """The audit log for those who may read it (Administrator, Kepala Seksi)."""

    # -- reading ---------------------------------------------------------------------------

    @staticmethod
    def _audit_filter_sql(f: AuditFilter) -> tuple[str, str]:
        """(WITH clause, WHERE conditions) for `f` over audit_log as `a`; the named
        parameters come from _audit_params."""
        with_sql, conds = "", []
        text = f.client.strip()
        if text:
            # The client's rows and those of every case of theirs, children deleted since
            # included (their delete row names the referral), found through idx_audit_row.
            children = " UNION ALL ".join(
                f"SELECT '{t}', id FROM {t} WHERE referral_id IN r" for t in CHILD_TABLES)
            deleted_in = ", ".join(f"'{t}'" for t in CHILD_TABLES)
            with_sql = (
                "WITH c(id) AS (SELECT id FROM client WHERE full_name LIKE :name ESCAPE '\\' "
                "  OR nickname LIKE :name ESCAPE '\\' OR (nik <> '' AND nik = :nik) "
                "  UNION SELECT client_id FROM referral WHERE agenda_number = :agenda "
                "  COLLATE NOCASE), "
                "r(id) AS (SELECT id FROM referral WHERE client_id IN c), "
                "ids(t, id) AS (SELECT 'client', id FROM c "
                "  UNION ALL SELECT 'referral', id FROM r "
                f"  UNION ALL {children} "
                "  UNION ALL SELECT table_name, row_id FROM audit_log "
                f"    WHERE table_name IN ({deleted_in}) AND action = 'delete' "
                "    AND json_valid(old_values) "
                "    AND json_extract(old_values, '$.referral_id') IN r) ")
            conds.append("a.seq IN (SELECT x.seq FROM ids JOIN audit_log x "
                         "ON x.table_name = ids.t AND x.row_id = ids.id)")
        if f.actor:
            conds.append("a.actor = :actor")
        if f.action:
            conds.append("a.action = :action")
        if f.date_from:
            conds.append("a.at >= :from")
        if f.date_to:
            conds.append("a.at < :to")
        return with_sql, " AND ".join(conds) or "1 = 1"

    @staticmethod
    def _audit_params(f: AuditFilter) -> dict[str, Any]:
        text = f.client.strip()
        return {"name": _like(text), "nik": text.replace(" ", ""), "agenda": text,
                "actor": f.actor, "action": f.action,
                "from": _utc_bound(f.date_from) if f.date_from else None,
                "to": _utc_bound(f.date_to + timedelta(days=1)) if f.date_to else None}

    def audit_query(self, f: AuditFilter = AuditFilter(), *,  # noqa: B008 (frozen, shared)
                    before: int | None = None, limit: int = PAGE) -> list[AuditEntry]:
        """The newest `limit` rows matching `f` with seq below `before` (the last row of
        the page before): page on by passing the last entry's seq. SQLite filters and
        sorts; the case numbers and names are looked up for the page alone."""
        self.require(Action.AUDIT)
        with_sql, where = self._audit_filter_sql(f)
        params = self._audit_params(f)
        if before is not None:
            where += " AND a.seq < :before"
            params["before"] = before
        params["limit"] = limit
        cur = self.db.execute(
            f"{with_sql}SELECT a.seq, a.at, a.actor, a.table_name, a.row_id, a.action, "
            "a.old_values, a.new_values, a.redacted, s.name AS staff_name "
            f"FROM audit_log a LEFT JOIN staff s ON s.id = a.actor WHERE {where} "
            "ORDER BY a.seq DESC LIMIT :limit", params)
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, values)) for values in cur.fetchall()]
        cases, steps = self._cases_of(rows)
        return [self._entry(r, cases.get((r["table_name"], r["row_id"]), ""),
                            steps.get(r["row_id"])) for r in rows]

    def audit_count(self, f: AuditFilter = AuditFilter()) -> int:  # noqa: B008
        """How many rows match `f`."""
        self.require(Action.AUDIT)
        with_sql, where = self._audit_filter_sql(f)
        row = self.db.execute(f"{with_sql}SELECT count(*) FROM audit_log a WHERE {where}",
                              self._audit_params(f)).fetchone()
        return int(row[0])

    def audit_rows(self, f: AuditFilter = AuditFilter(), *,  # noqa: B008
                   page: int = 1000) -> Iterator[AuditEntry]:
        """Every row matching `f`, newest first, read a page at a time."""
        before: int | None = None
        while True:
            entries = self.audit_query(f, before=before, limit=page)
            yield from entries
            if len(entries) < page:
                return
            before = entries[-1].seq

    def audit_actors(self) -> list[tuple[str, str]]:
        """(actor, name) of everyone the log names, and every staff member: the staff
        drop-down. Staff by name, then logins of files without accounts."""
        self.require(Action.AUDIT)
        staff = self._all("SELECT id, name FROM staff ORDER BY name COLLATE NOCASE")
        known = {s["id"] for s in staff}
        # DISTINCT over the covering idx_audit_actor: one pass over the index, not the rows.
        others = [r[0] for r in self.db.execute(
            "SELECT DISTINCT actor FROM audit_log ORDER BY actor").fetchall() if r[0] not in known]
        return [(s["id"], s["name"]) for s in staff] + [(a, self._who(a, None)) for a in others]

    @staticmethod
    def _who(actor: str, staff_name: str | None) -> str:
        if staff_name:
            return staff_name
        if actor.startswith("os:"):
            return tr("{login} (login komputer)").format(login=actor[3:])
        return actor  # a staff row that is gone: its id is all the log has

    def _cases_of(self, rows: list[dict[str, Any]]
                  ) -> tuple[dict[tuple[str, str], str], dict[str, int]]:
        """The agenda number of the case of each (table, row id), and the step of each
        step record, for one page of rows."""
        wanted: dict[str, set[str]] = {}
        for r in rows:
            if r["table_name"] in CASE_TABLES:
                wanted.setdefault(r["table_name"], set()).add(r["row_id"])
        cases: dict[tuple[str, str], str] = {}
        steps: dict[str, int] = {}

        def marks(ids: set[str]) -> str:
            return ", ".join("?" * len(ids))

        if ids := wanted.get("referral"):
            for rid, number in self.db.execute(
                    f"SELECT id, agenda_number FROM referral WHERE id IN ({marks(ids)})",
                    list(ids)).fetchall():
                cases["referral", rid] = number
        if ids := wanted.get("client"):
            for cid, numbers in self.db.execute(
                    "SELECT client_id, group_concat(agenda_number, ', ') FROM (SELECT client_id, "
                    f"agenda_number FROM referral WHERE client_id IN ({marks(ids)}) "
                    "ORDER BY agenda_number) GROUP BY client_id", list(ids)).fetchall():
                cases["client", cid] = numbers
        for table in CHILD_TABLES:
            ids = wanted.get(table)
            if not ids:
                continue
            step = "x.step" if table == "step_record" else "NULL"
            found = self.db.execute(
                f"SELECT x.id, r.agenda_number, {step} FROM {table} x "
                f"JOIN referral r ON r.id = x.referral_id WHERE x.id IN ({marks(ids)})",
                list(ids)).fetchall()
            gone = ids - {f[0] for f in found}
            if gone:  # deleted since: their insert or delete row names the referral
                found += self.db.execute(
                    "SELECT a.row_id, r.agenda_number, json_extract(v, '$.step') FROM "
                    "(SELECT row_id, coalesce(new_values, old_values) AS v FROM audit_log "
                    f"WHERE table_name = ? AND row_id IN ({marks(gone)}) "
                    "AND action IN ('insert', 'delete') AND redacted = 0) AS a "
                    "JOIN referral r ON json_valid(a.v) "
                    "AND r.id = json_extract(a.v, '$.referral_id')",
                    [table, *gone]).fetchall()
            for row_id, number, step_no in found:
                cases[table, row_id] = number
                if step_no is not None:
                    steps[row_id] = int(step_no)
        return cases, steps

    def _entry(self, r: dict[str, Any], agenda: str, step: int | None) -> AuditEntry:
        table = r["table_name"]
        title = TABLE_NAMES.get(table, table)
        if table == "step_record" and step is not None:
            title = tr("Langkah {number}").format(number=step)
        return AuditEntry(
            seq=r["seq"], at=r["at"], actor=r["actor"], who=self._who(r["actor"], r["staff_name"]),
            action=r["action"], action_name=ACTION_NAMES.get(r["action"], r["action"]),
            table_name=table, table_title=title, row_id=r["row_id"], agenda_number=agenda or "",
            fields=self._fields_text(r, step), redacted=bool(r["redacted"]))

    # -- what changed, in words --------------------------------------------------------------

    def _field_labels(self) -> dict[str, str]:
        """Column → label of every step field the SOP names (untranslated), first wins."""
        if not hasattr(self, "_labels"):
            labels: dict[str, str] = {}
            for s in self.sop.steps:
                for f in s.fields:
                    labels.setdefault(f.key, f.label)
                    for c in f.columns:
                        labels.setdefault(c.key, c.label)
            self._labels = labels
        return self._labels

    def _label(self, table: str, key: str, step: int | None = None) -> str:
        own = _COLUMN_NAMES.get(table)
        if own is not None and key in own:
            return own[key]
        if step is not None and table == "step_record" and 1 <= step <= len(self.sop.steps):
            return tr(self.sop.step(step).fields.label(key))
        if key in _COLUMN_NAMES[""]:
            return _COLUMN_NAMES[""][key]
        label = self._field_labels().get(key)
        return tr(label) if label else key

    def _fields_text(self, r: dict[str, Any], step: int | None) -> str:
        """The fields a change touched (their labels, never their values); for an act that
        changed no row (open, print, export), the details it recorded."""
        if r["redacted"]:
            return tr("(isi dihapus saat anonimisasi)")
        action, table = r["action"], r["table_name"]
        try:
            old = json.loads(r["old_values"]) if r["old_values"] else None
            new = json.loads(r["new_values"]) if r["new_values"] else None
        except ValueError:
            return ""
        if action == "delete":
            return ""
        if action not in ("insert", "update"):
            return self._details_text(new) if isinstance(new, dict) else ""
        if not isinstance(new, dict):
            return ""
        keys = list(new) if action == "update" else [
            k for k, v in new.items() if k not in _LINKS and v not in (None, "", "[]", "{}", [])]
        labels: list[str] = []
        for key in keys:
            if key == "data" and table == "step_record":
                labels += [self._label(table, k, step)
                           for k in _changed_keys((old or {}).get("data"), new.get("data"))]
            else:
                labels.append(self._label(table, key))
        return ", ".join(dict.fromkeys(labels))

    def _details_text(self, details: dict[str, Any]) -> str:
        """An act's details (ids and numbers only, by audit_event's rule) in words."""
        parts = []
        order = list(DETAIL_NAMES)  # stored with sorted keys; shown in this order
        for key, value in sorted(details.items(), key=lambda kv: (
                order.index(kv[0]) if kv[0] in order else len(order), kv[0])):
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                value = tr("ya") if value else tr("tidak")
            elif key == "kind":
                value = documents.title(str(value))
            elif key == "action":
                value = ACTION_NAMES.get(value, value)
            elif key == "actor":
                person = self._one("SELECT name FROM staff WHERE id = ?", [value])
                value = self._who(str(value), person["name"] if person else None)
            elif key in ("from", "to"):
                value = format_date(str(value), short=True)
            parts.append(f"{DETAIL_NAMES.get(key, key)}: {value}")
        return ", ".join(parts)

    # -- export and the chain ----------------------------------------------------------------

    @_writes
    def audit_csv(self, path: Path, f: AuditFilter = AuditFilter()) -> int:  # noqa: B008
        """Write the rows matching `f` (newest first) to `path` as CSV; return how many.

        `;` between cells and UTF-8 with a BOM: Excel opens a CSV with the list separator of
        Windows' regional settings, which for Indonesian (id-ID, decimal comma) is `;`, and
        it reads UTF-8 only when the BOM is there (a "sep=;" line would make it ignore the
        BOM). The file is the owner's alone (0600) and replaces `path` only when whole; the
        export is recorded in the audit log in the same step."""
        self.require(Action.AUDIT)
        path = Path(path)
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            # A folder, a device, a pipe or a link: never written through or replaced.
            raise OSError(errno.EINVAL, tr("tujuan bukan berkas biasa"), str(path))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        placed = False
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
            with open(fd, "w", encoding="utf-8-sig", newline="") as out:
                count = self._write_csv(out, f)
                out.flush()
                os.fsync(out.fileno())
            with self.transaction():
                self.audit_event("export", "audit_log", "",
                                 {"format": "csv", "rows": count, **f.details()})
                os.replace(tmp, path)
                placed = True
        except BaseException:
            tmp.unlink(missing_ok=True)
            if placed:  # the record of the export did not commit: nor does the file stay
                path.unlink(missing_ok=True)
            raise
        return count

    def _write_csv(self, out: Any, f: AuditFilter) -> int:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow([tr("No. baris log"), tr("Waktu (lokal)"), tr("Waktu (UTC)"), tr("Petugas"),
                         tr("ID petugas"), tr("Tindakan"), tr("Data"), tr("No. agenda"),
                         tr("Isian"), tr("ID baris")])
        count = 0
        for e in self.audit_rows(f):
            writer.writerow([_csv_cell(v) for v in (
                e.seq, e.local_time, e.at, e.who, e.actor, e.action_name, e.table_title,
                e.agenda_number, e.fields, e.row_id)])
            count += 1
        return count

    def check_audit_chain(self) -> ChainBreak | None:
        """The first row of the audit log changed, added or removed outside the program
        (with how), or None when the log is as the program wrote it. Reads the log in
        chunks, never all of it at once."""
        self.require(Action.AUDIT)
        return find_chain_break(self.db)

    def audit_chain_check(self, *, chunk: int = 2000) -> ChainCheck:
        """The same check, to be stepped a chunk at a time (the audit view runs it between
        repaints)."""
        self.require(Action.AUDIT)
        return ChainCheck(self.db, chunk=chunk)


def _changed_keys(old: Any, new: Any) -> list[str]:
    """The keys of a step's own fields (its `data` JSON) whose values differ."""
    def parse(text: Any) -> dict[str, Any]:
        try:
            value = json.loads(text) if isinstance(text, str) else text
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    before, after = parse(old), parse(new)
    return [k for k in dict.fromkeys([*after, *before]) if before.get(k) != after.get(k)]

"""A client's personal data: everything held about one client (the right of access), and
anonymising closed cases once the retention period has passed (UU 27/2022)."""

# Decisions, so that a reader need not reconstruct them from the code:
# - The mark of an anonymised case is its "anonymise" row in the audit log (table referral,
#   that case's id): no schema change, it cannot be undone or forged by an UPDATE (the log
#   is append-only and hash-chained), and it says who did it and when. `ANONYMISED` is the
#   SQL test for it.
# - One transaction per case: a case is anonymised wholly or not at all, with its mark; a
#   failure at case 40 of 100 (disk full, file pulled) keeps the 39 done and the rest as
#   they were, and the write lock is held for one case at a time, not for minutes.
# - Removed content must not stay in the file's free space. While it anonymises the
#   connection writes with PRAGMA secure_delete=ON, so SQLite overwrites with zeros what it
#   frees; but earlier versions of the same values, freed by ordinary saves long before
#   (a name corrected, a note rewritten), may still lie in free space of any page: the
#   tests show it. So the file is rebuilt (VACUUM, its copy in memory) after the last case;
#   the setting privacy.free_space_pending is set in each case's transaction and cleared
#   by a rebuild that succeeded, so a failed or interrupted rebuild is redone (the dialog
#   offers Bersihkan berkas). secure_delete stays, so that without the rebuild at least
#   the rows anonymised hold nothing. The rollback journals (VACUUM's holds the whole
#   file) are deleted from the file system, not overwritten; backups made before keep
#   everything (the dialog says so).
# - A client with another case not yet anonymised keeps the client row: only the old
#   case's own data goes (its referral's free text, step records, problems, actions). The
#   client row goes with the client's last case.
# - Audit rows about the anonymised rows lose their values (the one UPDATE the log's
#   trigger allows); who, when, what kind of change and which row stay, and the chain
#   still verifies. Rows about the case's documents are kept: the register holds numbers,
#   kinds, dates and staff, nothing about the client.

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from lk3_desktop import i18n
from lk3_desktop.domain import anonymise
from lk3_desktop.domain.access import Action
from lk3_desktop.domain.documents import title as document_title
from lk3_desktop.domain.rules import CLOSED, status_name
from lk3_desktop.domain.summary import describe_row, display
from lk3_desktop.domain.validation import FieldError, ValidationFailed
from lk3_desktop.fields import FieldSpec
from lk3_desktop.i18n import tr
from lk3_desktop.sop import choice_name
from lk3_desktop.store.audited import StoreWriteError, _dump, _explain
from lk3_desktop.store.cases import PROBLEM_ORIGIN, REASSESSMENT_COLUMNS, CasesStore
from lk3_desktop.store.register import RegisterStore

RETENTION_KEY = "privacy.retention_years"
DEFAULT_RETENTION_YEARS = 5
RETENTION_RANGE = (1, 30)
FREE_SPACE_KEY = "privacy.free_space_pending"  # "1": anonymised, file not yet rebuilt
EXPORT_FORMAT = "lk3-data-pribadi/1"
# The reason the retention dialog records (the audit log keeps it, in Indonesian as papers).
RETENTION_REASON = "Masa simpan {years} tahun berakhir"

# The SQL test "case r is anonymised" (r: the referral table's alias).
ANONYMISED = ("EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'referral' "
              "AND a.row_id = r.id AND a.action = 'anonymise')")

_STAMPS = frozenset({"created_at", "updated_at", "created_by", "updated_by"})
# Columns that are no field of a step: ids, links, order, stamps, and the statuses and dates
# the program sets itself. Anonymisation keeps them. A column added to these tables later
# must be a described field or be listed here (tests/store/test_privacy.py checks).
STRUCTURAL = {
    "client": frozenset({"id", "name_key"}) | _STAMPS,  # name_key follows full_name
    "referral": frozenset({"id", "agenda_year", "agenda_seq", "agenda_number", "client_id",
                           "status", "current_step", "closed_at", "last_activity_at",
                           "cancelled_at", "cancelled_by"}) | _STAMPS,
    "step_record": frozenset({"id", "referral_id", "step", "status", "started_at",
                              "completed_at", "performed_by", "checklist"}) | _STAMPS,
    "problem": frozenset({"id", "referral_id", "origin_step", "position"}) | _STAMPS,
    "action_item": frozenset({"id", "referral_id", "position"}) | _STAMPS,
}
# Free text that no step field describes, cleared with the case (why it was cancelled).
CLEARED_UNDESCRIBED = {"referral": frozenset({"cancel_reason"})}
_CHILD_TABLES = ("step_record", "problem", "action_item")
_CASE_TABLES = (*_CHILD_TABLES, "document")  # the rows of a case, bar the referral itself

# How the readable export names tables and audit actions (Indonesian: it is a document).
TABLE_NAMES = {"client": "Identitas klien", "referral": "Kasus", "step_record": "Langkah",
               "problem": "Masalah", "action_item": "Rencana tindakan",
               "document": "Dokumen (buku agenda)"}
ACTION_NAMES = {"insert": "Dibuat", "update": "Diubah", "delete": "Dihapus",
                "export": "Diekspor", "anonymise": "Dianonimkan", "open": "Dibuka",
                "print": "Dicetak", "read": "Dibaca"}
STEP_STATUS = {"complete": "selesai", "draft": "draf"}


class NotEligible(Exception):
    """A case asked to be anonymised is not closed past its retention period."""


def retention_end(closed_at: str, years: int) -> date:
    """The first day a case closed at `closed_at` (UTC ISO) is past `years` of retention,
    counted from its local closing date; a 29 February closing ends on 1 March."""
    closed = datetime.fromisoformat(closed_at).astimezone().date()
    try:
        return closed.replace(year=closed.year + years)
    except ValueError:  # 29 February into a common year: keep the full period
        return date(closed.year + years, 3, 1)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _write_private(path: Path, data: bytes) -> None:
    """Write owner-only (0600 on POSIX) next to the target, then rename over it; a target
    that is not a regular file (a folder, a link, a device) is refused."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        pass
    else:
        if not stat.S_ISREG(st.st_mode):
            raise IsADirectoryError(21, tr("tujuan bukan berkas biasa"), str(path))
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)  # an existing .tmp kept its old mode through O_CREAT
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


class PrivacyStore(CasesStore, RegisterStore):
    """Export of one client's data; retention period, candidates and anonymisation."""

    # (the last audit seq read, case id → its deleted rows): see _deleted_children
    _deleted_seen: tuple[int, dict[str, set[tuple[str, str]]]]

    # -- what is held about one client ----------------------------------------------------

    def client_of(self, rid: str) -> str:
        """The client id of case `rid` (the UI starts from a case)."""
        return self.referral(rid)["client_id"]

    def same_nik_cases(self, client_id: str) -> list[str]:
        """Agenda numbers of cases of *other* client rows with this client's NIK. A
        returning client's cases share one client row (and are all in the export); another
        row with the NIK is one made before that, or one the worker kept apart ("not the
        same person"). Not exported (a mistyped NIK would hand over another person's
        data); the one exporting decides."""
        row = self._row("client", client_id)
        if row is None or not row["nik"]:
            return []
        return [r["agenda_number"] for r in self._all(
            "SELECT r.agenda_number FROM referral r JOIN client c ON c.id = r.client_id "
            "WHERE c.nik = ? AND c.id != ? ORDER BY r.agenda_year, r.agenda_seq",
            [row["nik"], client_id])]

    def client_export(self, client_id: str) -> dict[str, Any]:
        """Everything held about one client: the client row, each of their cases with its
        step records (labels beside keys, values as stored and as read), problems, actions
        and registered documents, and the audit rows about all those rows. Nothing about
        any other client. Indonesian whatever the interface language: it is handed over.
        Records an "export" event with counts only."""
        self.require(Action.EXPORT_CLIENT)
        with i18n.source_language():
            export = self._client_export(client_id)
        self.audit_event("export", "client", client_id, {
            "cases": len(export["cases"]),
            "steps": sum(len(c["steps"]) for c in export["cases"]),
            "problems": sum(len(c["stored"]["problem"]) for c in export["cases"]),
            "actions": sum(len(c["stored"]["action_item"]) for c in export["cases"]),
            "documents": sum(len(c["documents"]) for c in export["cases"]),
            "audit_rows": len(export["audit_log"])})
        return export

    def _staff_names(self) -> dict[str, str]:
        return {s["id"]: s["name"] for s in self.list_staff(include_inactive=True)}

    def _fields_of(self, store: str) -> list[FieldSpec]:
        return [f for step in self.sop.steps for f in step.fields if f.store == store]

    def _client_export(self, client_id: str) -> dict[str, Any]:
        client = self._row("client", client_id)
        if client is None:
            raise KeyError(client_id)
        names = self._staff_names()
        rids = [r["id"] for r in self._all(
            "SELECT id FROM referral WHERE client_id = ? ORDER BY agenda_year, agenda_seq",
            [client_id])]
        cases = [self._case_export(rid, names) for rid in rids]
        # The client row goes with the client's last case: then the age is a band's start.
        banded = bool(cases) and all(c["anonymised"] for c in cases)
        client_fields = [
            {"key": f.key, "label": f.label, "section": f.section, "value": client[f.key],
             "text": anonymise.band_text(client[f.key]) if banded and f.key == anonymise.AGE
             else display(f, bool(client[f.key]) if f.type == "bool" else client[f.key], names)}
            for f in self._fields_of("client") if not _blank(client[f.key])]
        rows = {("client", client_id), *(("referral", rid) for rid in rids)}
        for table in _CASE_TABLES:
            rows |= {(table, i) for i in self._child_ids(table, rids)}
        user = self.user
        office = self.office_settings()
        return {
            "format": EXPORT_FORMAT,
            "title": "Data pribadi yang disimpan",
            "exported_at": self.now_iso(),
            "exported_by": {"staff_id": self.actor,
                            "name": user.name if user else names.get(self.actor, self.actor)},
            "office": {"office": office.office, "government": office.government,
                       "city": office.city},
            "legal_basis": "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
                           "Pribadi (hak subjek data untuk mengakses data pribadinya)",
            "client": {"id": client_id, "fields": client_fields, "stored": client},
            "cases": cases,
            "audit_log": self._audit_rows(rows, names),
        }

    def _child_ids(self, table: str, rids: Sequence[str]) -> list[str]:
        """Ids of `table`'s rows of these cases, those deleted since (known from the audit
        log's delete rows, which keep the row's values until redacted) included."""
        found: list[str] = []
        for part in _chunks(list(rids)):
            found += [r["id"] for r in self._all(
                f"SELECT id FROM {table} WHERE referral_id IN ({', '.join('?' * len(part))})",
                part)]
        deleted = self._deleted_children()
        found += [row_id for rid in rids for t, row_id in sorted(deleted.get(rid, ())) if t == table]
        return list(dict.fromkeys(found))

    def _deleted_children(self) -> dict[str, set[tuple[str, str]]]:
        """Case id → (table, row id) of its rows deleted, from the log's delete rows. The
        log is read once, then only the rows added since (seq only grows, one writer at a
        time): a log of 200,000 rows took 0.4 s a read, per case and table, before."""
        known: dict[str, set[tuple[str, str]]] = {}
        seen, known = getattr(self, "_deleted_seen", None) or (0, known)
        last = self._one("SELECT coalesce(max(seq), 0) AS n FROM audit_log")
        assert last is not None  # an aggregate always gives one row
        # "+table_name": walk the seq range, not the (table_name, row_id) index
        for r in self._all(
                "SELECT table_name, row_id, json_extract(old_values, '$.referral_id') AS rid "
                "FROM audit_log WHERE seq > ? AND seq <= ? AND action = 'delete' "
                f"AND +table_name IN ({', '.join('?' * len(_CASE_TABLES))})",
                [seen, last["n"], *_CASE_TABLES]):
            if r["rid"]:
                known.setdefault(r["rid"], set()).add((r["table_name"], r["row_id"]))
        self._deleted_seen = (last["n"], known)
        return known

    def _case_export(self, rid: str, names: dict[str, str]) -> dict[str, Any]:
        ref = self.referral(rid)
        records = self.step_records(rid)
        problems = self.problems(rid)
        problem_names = {p["id"]: choice_name("problem_areas", p["area"]) for p in problems}
        steps = []
        for step in self.sop.steps:
            rec = records.get(step.number)
            if rec is None:
                continue
            data = self.load_step(rid, step.number)
            own = json.loads(rec["data"])
            fields = []
            for f in step.fields:
                if f.store in ("client", "record"):  # the client under "client"; the
                    continue                           # performer is the record's own
                value = data.get(f.key)
                if value is None or _blank(value):
                    continue
                if f.type == "rows":  # one line per row, and a cell per column to print
                    fields.append({
                        "key": f.key, "label": f.label, "value": value,
                        "text": [describe_row(f, row, names, problem_names) for row in value],
                        "columns": [c.label for c in f.columns],
                        "shares": [c.width or 2 for c in f.columns],  # of the printed width
                        "cells": [[display(c, row.get(c.key), names, problem_names, short=True)
                                   for c in f.columns] for row in value]})
                else:
                    fields.append({"key": f.key, "label": f.label, "value": value,
                                   "text": display(f, value, names, problem_names)})
            described = set(step.fields.keys())
            for key, value in own.items():  # kept by an older version, still held
                if key not in described and not _blank(value):
                    fields.append({"key": key, "label": key, "value": value, "text": str(value)})
            ticked = json.loads(rec["checklist"])
            steps.append({
                "number": step.number, "key": step.key, "title": step.title,
                "status": rec["status"], "status_text": STEP_STATUS.get(rec["status"], rec["status"]),
                "started_at": rec["started_at"], "completed_at": rec["completed_at"],
                "performed_by": rec["performed_by"],
                "performed_by_name": names.get(rec["performed_by"] or "", ""),
                "checklist": [step.kelengkapan[i] for i in ticked
                              if isinstance(i, int) and 0 <= i < len(step.kelengkapan)],
                "fields": fields})
        documents = self._all(
            "SELECT d.*, coalesce(s.name, '') AS staff_name FROM document d "
            "LEFT JOIN staff s ON s.id = d.staff_id WHERE d.referral_id = ? "
            "ORDER BY d.year, d.seq", [rid])
        return {
            "id": rid, "agenda_number": ref["agenda_number"],
            "status": ref["status"], "status_text": status_name(ref["status"]),
            "outcome": ref["outcome"], "outcome_text": choice_name("outcomes", ref["outcome"]),
            "arrival_at": ref["arrival_at"], "closed_at": ref["closed_at"],
            "counselor": names.get(ref["counselor_id"] or "", ""),
            "anonymised": self.is_anonymised(rid),
            "steps": steps,
            "documents": [{"number": d["number"], "kind": d["kind"],
                           "title": document_title(d["kind"]), "doc_date": d["doc_date"],
                           "print_count": d["print_count"], "staff": d["staff_name"],
                           "filed_location": d["filed_location"]} for d in documents],
            "stored": {"referral": ref, "step_record": list(records.values()),
                       "problem": problems, "action_item": self.actions(rid),
                       "document": [{k: v for k, v in d.items() if k != "staff_name"}
                                    for d in documents]},
        }

    def _column_labels(self) -> dict[str, dict[str, str]]:
        """table → column → label, for the audit rows' "what changed"."""
        labels: dict[str, dict[str, str]] = {t: {} for t in TABLE_NAMES}
        for step in self.sop.steps:
            for f in step.fields:
                if f.store in ("client", "referral"):
                    labels[f.store][f.key] = f.label
                elif f.store in PROBLEM_ORIGIN or f.store == "reassessment":
                    for c in f.columns:
                        labels["problem"][REASSESSMENT_COLUMNS.get(c.key, c.key)
                                          if f.store == "reassessment" else c.key] = c.label
                elif f.store == "action_item":
                    for c in f.columns:
                        labels["action_item"][c.key] = c.label
        labels["step_record"].update(data="Isian langkah", status="Status", checklist="Kelengkapan",
                                     performed_by="Dilaksanakan oleh", completed_at="Tanggal selesai",
                                     started_at="Tanggal mulai")
        labels["referral"].update(status="Status", current_step="Langkah", closed_at="Tanggal ditutup")
        labels["document"].update(print_count="Jumlah cetak", filed_location="Lokasi arsip")
        return labels

    def _audit_rows(self, rows: set[tuple[str, str]], names: dict[str, str]) -> list[dict]:
        by_table: dict[str, list[str]] = {}
        for table, row_id in rows:
            by_table.setdefault(table, []).append(row_id)
        found: list[dict[str, Any]] = []
        for table, ids in by_table.items():
            for part in _chunks(sorted(ids)):
                found += self._all(
                    f"SELECT * FROM audit_log WHERE table_name = ? AND row_id IN "
                    f"({', '.join('?' * len(part))})", [table, *part])
        steps = {r["id"]: r["step"] for r in self._all(
            "SELECT id, step FROM step_record WHERE id IN (SELECT value FROM json_each(?))",
            [_dump(by_table.get("step_record", []))])}
        labels = self._column_labels()
        out = []
        for a in sorted(found, key=lambda a: a["seq"]):
            old = json.loads(a["old_values"]) if a["old_values"] else None
            new = json.loads(a["new_values"]) if a["new_values"] else None
            what = TABLE_NAMES.get(a["table_name"], a["table_name"])
            if a["table_name"] == "step_record" and a["row_id"] in steps:
                step = self.sop.step(steps[a["row_id"]])
                what = f"Langkah {step.number} ({step.title})"
            table_labels = labels.get(a["table_name"], {})
            known = list(table_labels)

            def order(key: str, known: list[str] = known) -> tuple[int, str]:
                return (known.index(key) if key in known else len(known), key)
            out.append({
                "seq": a["seq"], "at": a["at"], "actor": a["actor"],
                "actor_name": names.get(a["actor"], a["actor"]),
                "action": a["action"], "action_text": ACTION_NAMES.get(a["action"], a["action"]),
                "table": a["table_name"], "row_id": a["row_id"], "what": what,
                "columns": [table_labels.get(k, k) for k in sorted(new or {}, key=order)]
                if a["action"] == "update" else [],
                "old_values": old, "new_values": new, "redacted": bool(a["redacted"])})
        return out

    def write_client_export(self, client_id: str,
                            target: Path | tuple[Path, Path]) -> tuple[Path, Path]:
        """Write the export as JSON (UTF-8, indented) and as a readable PDF on the letterhead,
        owner-only. `target` is a folder (the files are named after the case numbers and
        today, never the client's name, and never replace a file there) or the two paths.
        Returns (json path, pdf path). Raises AccessDenied, or OSError if a file cannot be
        written (then neither is left half-written)."""
        # The one place the store reaches into pdf/: the builder takes only the export and
        # the office (no store), so pdf/ keeps needing nothing from here.
        from lk3_desktop.pdf.client_export import render_client_export

        export = self.client_export(client_id)
        pdf = render_client_export(export, self.office_settings(), self.sop.number)
        if isinstance(target, tuple):
            json_path, pdf_path = (Path(p) for p in target)
        else:
            json_path, pdf_path = self._export_paths(Path(target), export)
        _write_private(json_path, (json.dumps(export, ensure_ascii=False, indent=2) + "\n")
                       .encode("utf-8"))
        _write_private(pdf_path, pdf)
        return json_path, pdf_path

    def _export_paths(self, folder: Path, export: dict[str, Any]) -> tuple[Path, Path]:
        numbers = [c["agenda_number"].replace("/", "-") for c in export["cases"]] or ["klien"]
        stem = "data-pribadi-" + "_".join(numbers[:3]) + ("_dst" if len(numbers) > 3 else "")
        stem += f"-{self.today().isoformat()}"
        n = 1
        while True:
            suffix = "" if n == 1 else f"-{n}"
            paths = (folder / f"{stem}{suffix}.json", folder / f"{stem}{suffix}.pdf")
            if not any(os.path.lexists(p) for p in paths):
                return paths
            n += 1

    # -- retention ------------------------------------------------------------------------

    def retention_years(self) -> int:
        """How many years a closed case is kept whole (Administrator's setting; 5 if never
        set or no longer valid)."""
        try:
            years = int(self.get_setting(RETENTION_KEY, str(DEFAULT_RETENTION_YEARS)))
        except ValueError:
            return DEFAULT_RETENTION_YEARS
        low, high = RETENTION_RANGE
        return years if low <= years <= high else DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        """Store the retention period; Administrator only. ValidationFailed outside 1–30."""
        self.require(Action.RETENTION)
        low, high = RETENTION_RANGE
        if isinstance(years, bool) or not isinstance(years, int) or not low <= years <= high:
            raise ValidationFailed([FieldError("retention_years", tr(
                "Masa simpan harus {low} sampai {high} tahun.").format(low=low, high=high))])
        self.set_setting(RETENTION_KEY, str(years))

    def retention_candidates(self, today: date | None = None) -> list[dict[str, Any]]:
        """Closed cases (selesai, dirujuk, batal) whose retention period has ended by `today` and
        that are not yet anonymised, oldest first: id, agenda_number, status, outcome,
        closed_at, retention_end (ISO date). Holds no names: the list is for whoever keeps
        the file, and the case numbers are enough."""
        today = today or self.today()
        years = self.retention_years()
        # closed on or before this local day ⇔ its retention has ended by today
        last_day = _years_before(today, years)
        local = self.clock().astimezone().tzinfo
        limit = datetime.combine(last_day + timedelta(days=1), time(), tzinfo=local)
        marks = ", ".join("?" * len(CLOSED))
        rows = self._all(
            "SELECT r.id, r.agenda_number, r.status, r.outcome, r.closed_at FROM referral r "
            f"WHERE r.status IN ({marks}) AND r.closed_at IS NOT NULL AND r.closed_at < ? "
            f"AND NOT {ANONYMISED} ORDER BY r.closed_at, r.agenda_year, r.agenda_seq",
            [*sorted(CLOSED), limit.astimezone(UTC).isoformat(timespec="seconds")])
        out = []
        for r in rows:
            end = retention_end(r["closed_at"], years)
            if end <= today:  # the SQL bound is exact but for clocks across time zones
                out.append({**r, "retention_end": end.isoformat()})
        return out

    def is_anonymised(self, rid: str) -> bool:
        return self._one(f"SELECT 1 FROM referral r WHERE r.id = ? AND {ANONYMISED}",
                         [rid]) is not None

    def anonymised_cases(self) -> set[str]:
        return {r["id"] for r in self._all(f"SELECT r.id FROM referral r WHERE {ANONYMISED}")}

    def anonymise_cases(self, rids: Iterable[str], reason: str, *, today: date | None = None,
                        progress: Callable[[int, int], None] | None = None) -> list[str]:
        """Anonymise each case in `rids`, one transaction per case (see the module's notes):
        every identifying value of the case goes, and of its client unless the client has
        another case not yet anonymised; the audit rows about those rows lose their values;
        one "anonymise" event per case records who, when, why and how much (no content).

        Administrator only (AccessDenied). Every case must be a retention candidate on
        `today` or already anonymised (skipped), else NotEligible and nothing changes.
        `reason` (no client data: it is kept in the log) must not be empty. `progress(done,
        total)` after each case. Returns the ids anonymised now. A failing write raises
        StoreWriteError; the cases before it stay anonymised, the rest untouched. At the
        end the file is rebuilt (VACUUM); if that fails, StoreWriteError says so and
        free_space_pending() stays True until erase_free_space() or the next run."""
        self.require(Action.RETENTION)
        reason = reason.strip()
        if not reason:
            raise ValidationFailed([FieldError("reason", tr("Alasan anonimisasi wajib diisi."))])
        wanted = list(dict.fromkeys(rids))
        eligible = {c["id"] for c in self.retention_candidates(today)}
        todo = [rid for rid in wanted if not self.is_anonymised(rid)]
        for rid in todo:
            if rid not in eligible:
                raise NotEligible(tr(
                    "Kasus {number} belum ditutup atau masa simpannya ({years} tahun) belum "
                    "berakhir; kasus ini tidak dianonimkan.").format(
                        number=self.referral(rid)["agenda_number"], years=self.retention_years()))
        if self.db.conn.in_transaction:  # each case commits, then VACUUM: never inside one
            raise RuntimeError("anonymise_cases inside a transaction")
        done: list[str] = []
        failure: BaseException | None = None
        before = self.db.execute("PRAGMA secure_delete").fetchone()[0]
        self.db.execute("PRAGMA secure_delete = ON")
        try:
            try:
                for i, rid in enumerate(todo, start=1):
                    self._anonymise_case(rid, reason)
                    done.append(rid)
                    if progress is not None:
                        progress(i, len(todo))
            except BaseException as exc:  # said below, after the cases done are rebuilt away
                failure = exc
            if done or self.free_space_pending():
                try:
                    self._erase_free_space()
                except StoreWriteError:
                    if failure is None:
                        raise
                    # the failing case is what to say; the rebuild is marked, done next time
        finally:
            self.db.execute(f"PRAGMA secure_delete = {int(before)}")
        if failure is not None:
            raise failure
        return done

    def free_space_pending(self) -> bool:
        """Whether cases were anonymised and the file not yet rebuilt since (VACUUM failed,
        or the program stopped in between): earlier versions of their values may still lie
        in the file's free space until erase_free_space() succeeds."""
        return self.get_setting(FREE_SPACE_KEY) == "1"

    def erase_free_space(self) -> None:
        """Rebuild the file (Administrator), as anonymising does at its end; for when that
        failed. StoreWriteError if it fails again."""
        self.require(Action.RETENTION)
        self._erase_free_space()

    def _erase_free_space(self) -> None:
        """VACUUM, with the temporary copy in memory rather than in a file of the system's
        temporary folder; clears the pending mark. A failure (another program holding the
        file, no space for the journal) is a StoreWriteError, and the mark stays."""
        self._check_in_place()
        if self.db.conn.in_transaction:  # VACUUM cannot run inside one
            raise RuntimeError("VACUUM inside a transaction")
        temp_store = self.db.execute("PRAGMA temp_store").fetchone()[0]
        try:
            self.db.execute("PRAGMA temp_store = MEMORY")
            self._vacuum()
        except sqlite3.Error as exc:
            raise StoreWriteError(tr(
                "Kasus sudah dianonimkan, tetapi versi lama datanya di ruang kosong berkas "
                "belum terhapus: {reason} Tutup program lain yang membuka berkas ini, lalu "
                "tekan Bersihkan berkas di Masa simpan dan anonimisasi.").format(
                    reason=_explain(exc, self.path))) from exc
        finally:
            self.db.execute(f"PRAGMA temp_store = {int(temp_store)}")
        if self.free_space_pending():
            self.set_setting(FREE_SPACE_KEY, "0")

    def _vacuum(self) -> None:
        self.db.execute("VACUUM")

    def _anonymise_case(self, rid: str, reason: str) -> None:
        number = self.referral(rid)["agenda_number"]
        try:
            with self.transaction():
                self._anonymise_in_transaction(rid, reason)
        except sqlite3.Error as exc:
            raise StoreWriteError(tr(
                "Kasus {number} belum dianonimkan: {reason} Kasus sebelumnya sudah "
                "dianonimkan; kasus ini dan berikutnya tidak berubah.").format(
                    number=number, reason=_explain(exc, self.path))) from exc

    def _overwrite(self, table: str, row_id: str, values: dict[str, Any], now: str) -> bool:
        """Set columns without an audit row of old → new (that would keep what is removed);
        the case's "anonymise" event stands for all of them. False if nothing changed."""
        old = self._row(table, row_id)
        changed = {k: v for k, v in values.items() if old is not None and old[k] != v}
        if not changed:
            return False
        sets = {**changed, "updated_at": now, "updated_by": self.actor}
        self.db.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                        [*sets.values(), row_id])
        self._derived(table, row_id, changed)
        return True

    def _redact(self, table: str, ids: Sequence[str]) -> int:
        count = 0
        for part in _chunks(list(ids)):
            cur = self.db.execute(
                "UPDATE audit_log SET old_values = NULL, new_values = NULL, redacted = 1 "
                f"WHERE table_name = ? AND row_id IN ({', '.join('?' * len(part))}) "
                "AND (old_values IS NOT NULL OR new_values IS NOT NULL)", [table, *part])
            count += cur.rowcount
        return count

    def removed_columns(self, table: str) -> dict[str, FieldSpec]:
        """The columns of `table` (referral, problem, action_item) whose values anonymising
        removes, each with the field or row column that describes it."""
        out: dict[str, FieldSpec] = {}
        for step in self.sop.steps:
            for f in step.fields:
                if table == "referral" and f.store == "referral" and not anonymise.keeps(f):
                    out[f.key] = f
                elif table == "problem" and f.store in PROBLEM_ORIGIN:
                    out.update({c.key: c for c in f.columns if not anonymise.keeps(c)})
                elif table == "problem" and f.store == "reassessment":
                    out.update({REASSESSMENT_COLUMNS[c.key]: c for c in f.columns
                                if c.key in REASSESSMENT_COLUMNS and not anonymise.keeps(c)})
                elif table == "action_item" and f.store == "action_item":
                    out.update({c.key: c for c in f.columns if not anonymise.keeps(c)})
        return out

    def described_columns(self, table: str) -> set[str]:
        """The columns of `table` that some field describes (and anonymisation judges)."""
        if table == "client":
            return {f.key for f in self._fields_of("client")}
        if table == "referral":
            return {f.key for f in self._fields_of("referral")}
        if table == "step_record":
            return {"data"}
        kept: set[str] = set()
        for step in self.sop.steps:
            for f in step.fields:
                if table == "problem" and f.store in PROBLEM_ORIGIN:
                    kept |= {c.key for c in f.columns}
                elif table == "problem" and f.store == "reassessment":
                    kept |= {REASSESSMENT_COLUMNS.get(c.key, c.key) for c in f.columns}
                elif table == "action_item" and f.store == "action_item":
                    kept |= {c.key for c in f.columns}
        return kept

    def _anonymise_in_transaction(self, rid: str, reason: str) -> None:
        ref = self.referral(rid)
        if ref["status"] not in CLOSED or self.is_anonymised(rid):
            # reopened (or done) by someone else since the list was read
            raise NotEligible(tr("Kasus {number} tidak lagi dapat dianonimkan.").format(
                number=ref["agenda_number"]))
        now = self.now_iso()
        self._overwrite("referral", rid, {
            **{k: anonymise.cleared(f) for k, f in self.removed_columns("referral").items()},
            **{k: "" for k in CLEARED_UNDESCRIBED["referral"]}}, now)
        for n, rec in self.step_records(rid).items():
            kept = anonymise.step_data(self.sop.step(n).fields, json.loads(rec["data"]))
            self._overwrite("step_record", rec["id"], {"data": _dump(kept)}, now)
        counts = {"problems": 0, "actions": 0}
        for table, key, rows in (("problem", "problems", self.problems(rid)),
                                 ("action_item", "actions", self.actions(rid))):
            removed = self.removed_columns(table)
            for row in rows:
                self._overwrite(table, row["id"], {k: anonymise.cleared(f)
                                                   for k, f in removed.items()}, now)
            counts[key] = len(rows)
        redacted = self._redact("referral", [rid])
        for table in _CHILD_TABLES:
            redacted += self._redact(table, self._child_ids(table, [rid]))
        others = self._one(
            f"SELECT count(*) AS n FROM referral r WHERE r.client_id = ? AND r.id != ? "
            f"AND NOT {ANONYMISED}", [ref["client_id"], rid])
        client_too = others is not None and others["n"] == 0
        if client_too:
            client = self._row("client", ref["client_id"])
            assert client is not None  # the case's foreign key
            arrival = (datetime.fromisoformat(ref["arrival_at"]).date()
                       if ref["arrival_at"] else None)
            self._overwrite("client", ref["client_id"], anonymise.client_values(
                self._fields_of("client"), client, arrival=arrival,
                kecamatan=[k.name for k in self.ref.kecamatan]), now)
            redacted += self._redact("client", [ref["client_id"]])
        # In the same transaction: if the rebuild after the last case does not happen, the
        # mark says so and the next run (or Bersihkan berkas) does it.
        if not self.free_space_pending():
            self.set_setting(FREE_SPACE_KEY, "1")
        self._audit("referral", rid, "anonymise", None, {
            "reason": reason, "retention_years": self.retention_years(),
            "client_anonymised": client_too, "steps": len(self.step_records(rid)),
            **counts, "audit_rows_redacted": redacted}, now)

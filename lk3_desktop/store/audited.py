"""The open database file and what every audited write shares: errors, transactions, audit log."""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from lk3_desktop.domain.access import RECOVERY_ACTOR, AccessDenied, Action, User, decide
from lk3_desktop.domain.names import name_key
from lk3_desktop.i18n import tr
from lk3_desktop.sop import Step, load_reference, load_sop
from lk3_desktop.store.audit_chain import GENESIS, content_hash, row_hash
from lk3_desktop.store.drivers import DB_ERRORS

Clock = Callable[[], datetime]

# Named as before the split, so the log lines that support reads keep their source.
log = logging.getLogger("lk3_desktop.store.store")


class StoreWriteError(Exception):
    """Saving failed for a reason outside the data (disk full, file locked or gone)."""


def _writes(method):
    """Turn SQLite failures of a write into one StoreWriteError the UI can show; the
    transaction has rolled back, so what was saved before is intact. (Either driver's: an
    encrypted file's errors are sqlcipher3's, not sqlite3's; store.drivers.)"""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self._check_in_place()
        self._check_may_write()
        try:
            return method(self, *args, **kwargs)
        except DB_ERRORS as exc:
            raise StoreWriteError(tr(
                "Data belum tersimpan: {reason} Isian di layar tidak hilang; coba simpan lagi."
            ).format(reason=_explain(exc, self.path))) from exc

    return wrapper


def _explain(exc: Exception, path: Path) -> str:
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


class AuditedStore:
    """One open database file and its audited primitives; the parts of Store build on it."""

    def __init__(self, db: Database, *, path: Path, actor: str = "", clock: Clock | None = None,
                 user: User | None = None):
        self.db = db
        self.path = Path(path)
        self._actor = actor or default_actor()
        # The signed-in person (domain.access.User). None: a file without accounts (made
        # before sign-in existed, or not yet set up), where nothing is guarded; once a file
        # has an account, a store without a user may do nothing guarded.
        self.user = user
        self.key: bytes | None = None  # an encrypted file's key (database.open_store sets it)
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.sop = load_sop()
        self.ref = load_reference()
        self._opened = _identity(self.path)

    # -- who is acting, and may they ------------------------------------------------------

    @property
    def actor(self) -> str:
        """Who each change is recorded under: the signed-in person's staff id; in a file
        without accounts, the staff member chosen (or the system login name)."""
        return self.user.staff_id if self.user is not None else self._actor

    @actor.setter
    def actor(self, value: str) -> None:
        if self.user is not None or self.has_accounts():
            raise AccessDenied(tr("Petugas ditentukan oleh akun yang masuk; tidak dapat diganti."))
        self._actor = value

    def has_accounts(self) -> bool:
        """Whether the file has sign-in accounts (then every guarded act needs a user)."""
        if not getattr(self, "_accounts_known", False):
            self._accounts_known = self.db.execute(
                "SELECT 1 FROM account LIMIT 1").fetchone() is not None
        return self._accounts_known

    def require(self, action: Action, *, step: Step | None = None,
                counselor_id: str | None = None) -> None:
        """Raise AccessDenied (with its reason) unless the signed-in person may do `action`."""
        reason = self.denied(action, step=step, counselor_id=counselor_id)
        if reason:
            raise AccessDenied(reason)

    def denied(self, action: Action, *, step: Step | None = None,
               counselor_id: str | None = None) -> str | None:
        """Why the signed-in person may not do `action`, or None if they may."""
        if self.user is None:
            if self.has_accounts():
                return tr("Belum ada petugas yang masuk.")
            return None
        return decide(self.sop, self.user, action, step=step, counselor_id=counselor_id)

    def _check_may_write(self) -> None:
        """Only a signed-in, still active account writes to a file with accounts (an
        Administrator may have made it inactive while this person was signed in)."""
        if self.user is None:
            if self.has_accounts():
                raise AccessDenied(tr("Belum ada petugas yang masuk; data tidak disimpan."))
            return
        if self.user.staff_id == RECOVERY_ACTOR:  # the office's recovery key: no account
            return
        row = self.db.execute("SELECT s.active FROM staff s JOIN account a ON a.staff_id = s.id "
                              "WHERE s.id = ?", [self.user.staff_id]).fetchone()
        if row is None or not row[0]:
            raise AccessDenied(tr("Akun {name} tidak aktif lagi; data tidak disimpan.").format(
                name=self.user.name))

    def audit_event(self, action: str, table: str, row_id: str,
                    details: dict[str, Any] | None = None) -> None:
        """Record a read or an act that changes no row (opening a case, a print, an export, a
        backup, a sign-in) in the audit log, under the signed-in person. `details` must hold
        no client data beyond ids and numbers: the audit view shows it to the Administrator."""
        self._check_may_write()
        with self.transaction():
            self._audit(table, row_id, action, None, details, self.now_iso())

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
        except DB_ERRORS as exc:
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
               at: str, *, actor: str | None = None) -> None:
        """One audit row, chained by hash to the row before it (store.audit_chain)."""
        old_text = None if old is None else _dump(old)
        new_text = None if new is None else _dump(new)
        last = self.db.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        row: dict[str, Any] = {
            "id": new_id(), "at": at, "actor": actor or self.actor, "table_name": table,
            "row_id": row_id, "action": action, "old_values": old_text,
            "new_values": new_text, "content_hash": content_hash(old_text, new_text),
            "prev_hash": last[0] if last else GENESIS}
        row["hash"] = row_hash(row["prev_hash"], row)
        cols = list(row)
        self.db.execute(
            f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [row[c] for c in cols])

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
        self._derived(table, row["id"], row)
        return row["id"]

    def _derived(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        """Columns computed from others, kept out of the audit log (they say nothing new):
        a client's name key follows its name."""
        if table == "client" and "full_name" in values:
            self.db.execute("UPDATE client SET name_key = ? WHERE id = ?",
                            [name_key(values["full_name"] or ""), row_id])

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
        self._derived(table, row_id, changed)
        return True

    def _delete(self, table: str, row_id: str) -> None:
        old = self._row(table, row_id)
        if old is None:
            return
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        self._audit(table, row_id, "delete", old, None, self.now_iso())

    def audit_entries(self, table: str | None = None, row_id: str | None = None) -> list[dict]:
        """The audit rows with their values (old → new): the Administrator's and the Kepala
        Seksi's to read, as the audit view."""
        self.require(Action.AUDIT)
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

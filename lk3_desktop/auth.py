"""Signing in to a database file: the one way the window and the command line get a Store
that may do anything in a file with accounts.

A file without accounts (made before sign-in existed, or not yet set up) opens as before;
the window sets it up first (the first Administrator), the command line works on it as it
always did.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from lk3_desktop.domain.signin import check_password, normal_username, wait_left, wait_seconds
from lk3_desktop.i18n import tr
from lk3_desktop.store import DatabaseRefused, open_store
from lk3_desktop.store.accounts import password_matches
from lk3_desktop.store.conversion import encrypt_plain_file
from lk3_desktop.store.crypto import (
    BadRecoveryKey,
    KeyFile,
    KeyFileError,
    file_key_from_recovery,
    key_file_path,
    new_recovery_key,
)
from lk3_desktop.store.database import is_encrypted, verify_file
from lk3_desktop.store.store import Store


class SignInRefused(Exception):
    """Sign-in failed; the message is one sentence for the person, `wait` the seconds before
    the next try is even looked at."""

    def __init__(self, message: str, *, wait: int = 0):
        super().__init__(message)
        self.wait = wait


def waiting_message(seconds: int) -> str:
    return tr("Terlalu banyak sandi salah. Coba lagi dalam {seconds} detik.").format(
        seconds=seconds)


def has_accounts(db_path: Path) -> bool:
    """Whether the file at `db_path` exists and has sign-in accounts (an encrypted file
    always has: it is made with its first Administrator)."""
    if not Path(db_path).exists():
        return False
    if is_encrypted(Path(db_path)):
        return True
    store = open_store(Path(db_path), create=False)
    try:
        return store.has_accounts()
    finally:
        store.close()


def sign_in(db_path: Path, username: str, password: str, *,
            clock: Callable[[], datetime] | None = None, check: bool = False) -> Store:
    """A Store on `db_path` acting as `username`, or SignInRefused. Wrong passwords are
    counted per account and each one makes the next wait longer (none for the first three,
    then 5 s, 10 s, 20 s … up to 5 minutes); every try is audited.

    An encrypted file is opened with the file key that the password unwraps from its key
    file; its wrong passwords are counted there (the file cannot be opened to count them)
    and written to the audit log at the next sign-in. `check`: run the start-up quick check
    of the whole file with that key first (DatabaseRefused, with `.key` set, when damaged).
    """
    db_path = Path(db_path)
    if is_encrypted(db_path):
        return _sign_in_encrypted(db_path, username, password, clock=clock, check=check)
    store = open_store(db_path, create=False, clock=clock)
    try:
        return _sign_in(store, username, password)
    except BaseException:
        store.close()
        raise


def _now(clock: Callable[[], datetime] | None) -> datetime:
    return (clock or (lambda: datetime.now(UTC)))()


# The key file's failure count for every username that is no account ("*" is no username).
UNKNOWN_NAMES = "*"


def _load_keys(db_path: Path) -> KeyFile:
    try:
        keys = KeyFile.load(db_path)
    except KeyFileError as exc:
        raise SignInRefused(str(exc)) from exc
    if keys is None:
        raise SignInRefused(tr(
            "Berkas kunci {name} tidak ada di samping basis data, sehingga sandi tidak dapat "
            "membukanya. Salin berkas itu ke sini, atau masuk dengan kunci pemulihan.").format(
                name=key_file_path(db_path).name))
    return keys


def _sign_in_encrypted(db_path: Path, username: str, password: str, *,
                       clock: Callable[[], datetime] | None, check: bool) -> Store:
    keys = _load_keys(db_path)
    now = _now(clock)
    # Wrong passwords count per account; every name that is no account shares one count,
    # so that made-up names neither push real accounts' counts out of the key file nor
    # leave what was typed (perhaps a password in the wrong box) in it.
    known = keys.has_account(username)
    counted = username if known else UNKNOWN_NAMES
    failures = keys.failures(counted)
    left = wait_left(len(failures), failures[-1] if failures else None, now)
    if left:
        raise SignInRefused(waiting_message(left), wait=left)
    key = keys.unwrap(username, password)
    if key is None:
        keys.record_failure(counted, now)
        keys.add_pending_audit({"action": "sign_in_failed", "at": _iso(now),
                                "username": normal_username(username) if known else None})
        keys.save()
        wait = wait_seconds(len(failures) + 1)
        raise SignInRefused(_wrong(wait), wait=wait)
    if check:
        try:
            verify_file(db_path, quick=True, key=key)
        except DatabaseRefused as exc:
            exc.key = key  # type: ignore[attr-defined]  # for the recovery that follows
            raise
    store = open_store(db_path, create=False, clock=clock, key=key)
    try:
        _record_pending(store, keys)
        signed = _sign_in(store, username, password)
        keys.clear_failures(username)
        keys.save()
        return signed
    except BaseException:
        store.close()
        raise


def _record_pending(store: Store, keys: KeyFile) -> None:
    """Failed sign-ins noted in the key file while the database was closed to them."""
    events = keys.take_pending_audit()
    if not events:
        return
    with store.transaction():
        for event in events:
            account = store.account(event["username"]) if event.get("username") else None
            if account is not None:
                row_id, actor, details = account["id"], account["staff_id"], None
            elif "count" in event:  # {"action": "audit_events_dropped", "count": n}
                row_id, actor, details = "-", "-", {"count": event["count"]}
            else:  # a name that is no account: not what was typed (a password, perhaps)
                row_id, actor, details = "-", "-", {"known_username": False}
            store._audit("account", row_id, str(event.get("action", "sign_in_failed")), None,
                         details, str(event.get("at") or store.now_iso()), actor=actor)
    keys.save()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _wrong(wait: int) -> str:
    message = tr("Nama pengguna atau sandi salah.")
    if wait:
        message += " " + tr("Tunggu {seconds} detik sebelum mencoba lagi.").format(seconds=wait)
    return message


def new_encrypted_file(db_path: Path, *, clock: Callable[[], datetime] | None = None,
                       now: datetime | None = None) -> tuple[Store, str, Path | None]:
    """Set-up: `db_path` made encrypted under a new recovery key, with its key file — a new
    file, or an existing plain one converted (its plain copy kept aside until the
    Administrator deletes it). Returns the open Store (nobody signed in yet: the caller makes
    the first Administrator), the recovery key to show once, and the plain copy (or None)."""
    db_path = Path(db_path)
    recovery = new_recovery_key()
    key = file_key_from_recovery(recovery)
    plain_copy = None
    if db_path.exists():
        plain_copy = encrypt_plain_file(db_path, key, now=now or datetime.now())
    KeyFile.create(db_path, key, replace=True)
    return open_store(db_path, clock=clock, key=key), recovery, plain_copy


def undo_encrypted_file(db_path: Path, plain_copy: Path | None) -> None:
    """Set-up failed before its Administrator existed: nobody has seen the recovery key, so
    the encrypted file goes again — the plain file it was made from back in its place, or
    nothing for a new one — and the next start offers set-up again."""
    db_path = Path(db_path)
    key_file_path(db_path).unlink(missing_ok=True)
    if plain_copy is not None:
        os.replace(plain_copy, db_path)
    else:
        db_path.unlink(missing_ok=True)


def sign_in_with_recovery_key(db_path: Path, recovery_key: str, username: str,
                              new_password: str, *,
                              clock: Callable[[], datetime] | None = None) -> Store:
    """A forgotten password, or a file restored without its key file: the office's recovery
    key opens the file, and `username` (an active account in it) gets `new_password`, which
    from then on opens the file on this laptop too. Audited under that account."""
    db_path = Path(db_path)
    try:
        key = file_key_from_recovery(recovery_key)
    except BadRecoveryKey as exc:
        raise SignInRefused(str(exc)) from exc
    store = open_store(db_path, create=False, clock=clock, key=key)  # DatabaseRefused if wrong
    try:
        try:
            keys = KeyFile.load(db_path)
        except KeyFileError:  # damaged: set aside, a new one is made below
            keys = None
            damaged = key_file_path(db_path)
            damaged.replace(damaged.with_name(damaged.name + ".rusak"))
        if keys is not None and not keys.matches(key):
            # A key file of another file (a restore put this one in place): start afresh.
            key_file_path(db_path).unlink()
            keys = None
        if keys is not None:
            _record_pending(store, keys)
        account = store.account(username)
        user = store.user_for(account) if account else None
        if account is None or user is None or not user.active:
            raise SignInRefused(tr("Tidak ada akun aktif dengan nama pengguna {username} di "
                                   "berkas ini.").format(username=normal_username(username)))
        bad = check_password(new_password, account["username"])
        if bad:
            raise SignInRefused(bad)
        store.user = user  # the recovery key stands for the old password
        store._set_password(account, new_password, must_change=False)
        store.record_sign_in(username, ok=True)
        store.audit_event("recovery_key", "account", account["id"])
        return store
    except BaseException:
        store.close()
        raise


def _sign_in(store: Store, username: str, password: str) -> Store:
    now = store.clock()
    failures, last = store.failed_tries(username)
    left = wait_left(failures, last, now)
    if left:
        raise SignInRefused(waiting_message(left), wait=left)
    account = store.account(username)
    ok = password_matches(account["password_hash"] if account else "", password)
    user = store.user_for(account) if ok and account else None
    if ok and user is not None and not user.active:
        raise SignInRefused(tr("Akun {username} tidak aktif; hubungi Administrator.").format(
            username=account["username"] if account else username))
    store.record_sign_in(username, ok=user is not None)
    if user is None:
        wait = wait_seconds(failures + 1) if account else 0
        raise SignInRefused(_wrong(wait), wait=wait)
    store.user = user
    return store

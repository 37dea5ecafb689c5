"""Signing in to a database file: the one way the window and the command line get a Store
that may do anything in a file with accounts.

A file without accounts (made before sign-in existed, or not yet set up) opens as before;
the window sets it up first (the first Administrator), the command line works on it as it
always did.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from lk3_desktop.domain.signin import wait_left, wait_seconds
from lk3_desktop.i18n import tr
from lk3_desktop.store import open_store
from lk3_desktop.store.accounts import password_matches
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
    """Whether the file at `db_path` exists and has sign-in accounts."""
    if not Path(db_path).exists():
        return False
    store = open_store(Path(db_path), create=False)
    try:
        return store.has_accounts()
    finally:
        store.close()


def sign_in(db_path: Path, username: str, password: str, *,
            clock: Callable[[], datetime] | None = None) -> Store:
    """A Store on `db_path` acting as `username`, or SignInRefused. Wrong passwords are
    counted per account and each one makes the next wait longer (none for the first three,
    then 5 s, 10 s, 20 s … up to 5 minutes); every try is audited."""
    store = open_store(Path(db_path), create=False, clock=clock)
    try:
        return _sign_in(store, username, password)
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
        message = tr("Nama pengguna atau sandi salah.")
        if wait:
            message += " " + tr("Tunggu {seconds} detik sebelum mencoba lagi.").format(seconds=wait)
        raise SignInRefused(message, wait=wait)
    store.user = user
    return store

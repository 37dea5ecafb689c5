"""Sign-in accounts: one per staff member at most, the password only as an Argon2id hash
(argon2-cffi's PHC string, which carries its own parameters and salt)."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lk3_desktop.domain.access import ADMINISTRATOR, AccessDenied, Action, User
from lk3_desktop.domain.signin import (
    IDLE_LOCK_DEFAULT,
    IDLE_LOCK_RANGE,
    check_password,
    check_username,
    normal_username,
)
from lk3_desktop.domain.validation import FieldError, ValidationFailed
from lk3_desktop.i18n import tr
from lk3_desktop.store.audited import _writes
from lk3_desktop.store.crypto import key_file_path
from lk3_desktop.store.settings import SettingsStore
from lk3_desktop.store.staff import StaffStore

IDLE_LOCK_SETTING = "security.idle_lock_minutes"

# argon2-cffi's defaults (RFC 9106's second recommendation: t=3, 64 MiB, p=4). Tests lower
# the cost through `set_hasher`.
_hasher = PasswordHasher()
# A hash of nothing in particular, checked when a username is unknown so that the time taken
# does not tell a wrong username from a wrong password.
_DUMMY: list[str] = []


def set_hasher(hasher: PasswordHasher) -> None:
    global _hasher
    _hasher = hasher
    _DUMMY.clear()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored: str, password: str) -> bool:
    """Constant-time check (argon2-cffi); an empty or malformed hash never matches."""
    if not stored or not stored.startswith("$argon2id$"):
        _burn(password)
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _burn(password: str) -> None:
    if not _DUMMY:
        _DUMMY.append(_hasher.hash("lk3-desktop"))
    with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
        _hasher.verify(_DUMMY[0], password)


def _put_back(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".kembali")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class AccountsStore(SettingsStore, StaffStore):
    """Accounts: made by the Administrator (the very first one with the file), passwords
    changed by their owner or reset by the Administrator."""

    def account(self, username: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM account WHERE username = ?", [normal_username(username)])

    def staff_id_of(self, username: str) -> str | None:
        account = self.account(username)
        return account["staff_id"] if account else None

    def account_for_staff(self, staff_id: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM account WHERE staff_id = ?", [staff_id])

    def list_accounts(self) -> list[dict[str, Any]]:
        """Accounts with their staff member's name, roles and whether active (no hashes)."""
        rows = self._all("""
            SELECT a.id, a.username, a.staff_id, a.must_change_password, a.last_sign_in_at,
                   s.name, s.roles, s.active
            FROM account a JOIN staff s ON s.id = a.staff_id ORDER BY a.username""")
        return [self._staff_row(r) for r in rows]

    def user_for(self, account: dict[str, Any]) -> User | None:
        staff = self.staff(account["staff_id"])
        if staff is None:
            return None
        return User(staff_id=staff["id"], username=account["username"], name=staff["name"],
                    roles=frozenset(staff["roles"]), active=staff["active"])

    def verify_password(self, username: str, password: str) -> User | None:
        """The account's user if `password` is its password and it is active, else None
        (an unknown username takes as long as a wrong password)."""
        account = self.account(username)
        if account is None:
            _burn(password)
            return None
        if not password_matches(account["password_hash"], password):
            return None
        user = self.user_for(account)
        if user is None or not user.active:
            return None
        if _hasher.check_needs_rehash(account["password_hash"]):
            self.db.execute("UPDATE account SET password_hash = ? WHERE id = ?",
                            [hash_password(password), account["id"]])
        return user

    def _account_errors(self, username: str, password: str) -> list[FieldError]:
        errors = []
        bad = check_username(username)
        if bad:
            errors.append(FieldError("username", bad))
        elif self.account(username) is not None:
            errors.append(FieldError("username", tr("Nama pengguna {name} sudah dipakai.").format(
                name=normal_username(username))))
        bad = check_password(password, username)
        if bad:
            errors.append(FieldError("password", bad))
        return errors

    @_writes
    def create_account(self, staff_id: str, username: str, password: str, *,
                       must_change: bool = True) -> str:
        """An account for staff member `staff_id`. The first account of a file must be an
        Administrator's (it is how the file is set up); later ones are the Administrator's
        task. `must_change`: the person chooses their own password at first sign-in."""
        first = not self.has_accounts()
        staff = self.staff(staff_id)
        if staff is None:
            raise KeyError(staff_id)
        if first:
            if ADMINISTRATOR not in staff["roles"]:
                raise AccessDenied(tr("Akun pertama harus milik seorang Administrator."))
        else:
            self.require(Action.ACCOUNTS)
        errors = self._account_errors(username, password)
        if self.account_for_staff(staff_id) is not None:
            errors.append(FieldError("username", tr("{name} sudah mempunyai akun.").format(
                name=staff["name"])))
        if errors:
            raise ValidationFailed(errors)
        with self._key_file_follows(), self.db.atomic():
            account_id = self._insert("account", {
                "staff_id": staff_id, "username": normal_username(username),
                "must_change_password": 1 if must_change and not first else 0})
            # The hash is set apart from the audited insert: the log never holds it.
            self.db.execute("UPDATE account SET password_hash = ? WHERE id = ?",
                            [hash_password(password), account_id])
            self._wrap_file_key(username, password)
        self._accounts_known = True
        return account_id

    @_writes
    def change_password(self, old_password: str, new_password: str) -> None:
        """The signed-in person changes their own password."""
        if self.user is None:
            raise AccessDenied(tr("Belum ada petugas yang masuk."))
        account = self.account(self.user.username)
        if account is None or not password_matches(account["password_hash"], old_password):
            raise ValidationFailed([FieldError("old_password", tr("Sandi lama salah."))])
        bad = check_password(new_password, account["username"])
        if bad:
            raise ValidationFailed([FieldError("password", bad)])
        if new_password == old_password:
            raise ValidationFailed([FieldError("password", tr(
                "Sandi baru harus berbeda dari sandi lama."))])
        self._set_password(account, new_password, must_change=False)

    @_writes
    def reset_password(self, username: str, new_password: str) -> None:
        """The Administrator sets another person's password; they choose their own at their
        next sign-in."""
        self.require(Action.ACCOUNTS)
        account = self.account(username)
        if account is None:
            raise KeyError(username)
        bad = check_password(new_password, account["username"])
        if bad:
            raise ValidationFailed([FieldError("password", bad)])
        own = self.user is not None and self.user.staff_id == account["staff_id"]
        self._set_password(account, new_password, must_change=not own)

    def _set_password(self, account: dict[str, Any], password: str, *, must_change: bool) -> None:
        # The hash itself stays out of the audit log: the log says that it changed. The key
        # file is written inside the transaction and put back if the database refuses.
        with self._key_file_follows():
            self._set_password_rows(account, password, must_change=must_change)

    def _set_password_rows(self, account: dict[str, Any], password: str, *,
                           must_change: bool) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE account SET password_hash = ?, failed_attempts = 0 "
                            "WHERE id = ?", [hash_password(password), account["id"]])
            self._update("account", account["id"],
                         {"must_change_password": 1 if must_change else 0})
            self._audit("account", account["id"], "password", None, {"changed": True},
                        self.now_iso())
            self._wrap_file_key(account["username"], password)

    @contextlib.contextmanager
    def _key_file_follows(self):
        """The key file as it was, put back if what follows fails (the database rolled back:
        the old password must keep opening the file, not neither)."""
        path = key_file_path(self.path)
        before = path.read_bytes() if self.key is not None and path.exists() else None
        try:
            yield
        except BaseException:
            if self.key is not None:
                with contextlib.suppress(OSError):
                    if before is None:
                        path.unlink(missing_ok=True)
                    else:
                        _put_back(path, before)
            raise

    def _wrap_file_key(self, username: str, password: str) -> None:
        """An encrypted file: the file key wrapped for this account under this password, in
        the key file beside the database (written before the transaction commits, so a
        failure leaves the old password working). A plain file has nothing to wrap."""
        if self.key is None:
            return
        from lk3_desktop.store.crypto import KeyFile

        keys = KeyFile.load(self.path) or KeyFile.create(self.path, self.key)
        keys.wrap(normal_username(username), password, self.key)
        keys.save()

    def failed_tries(self, username: str) -> tuple[int, datetime | None]:
        """Wrong passwords in a row for `username` and when the last was (plain files; an
        encrypted file keeps them in its key file, as it cannot be opened without them)."""
        account = self.account(username)
        if account is None or not account["last_failed_at"]:
            return 0, None
        return account["failed_attempts"], datetime.fromisoformat(account["last_failed_at"])

    def record_sign_in(self, username: str, ok: bool) -> None:
        """Count a wrong password (or clear the count) and audit the sign-in either way,
        under the account's staff id; an unknown username is audited without what was typed
        (it may be a password typed in the wrong box)."""
        account = self.account(username)
        if self.user is not None and (account is None
                                      or account["staff_id"] != self.user.staff_id):
            raise AccessDenied(tr("Hanya percobaan masuk akun sendiri yang dicatat."))
        now = self.now_iso()
        with self.transaction():
            if account is not None:
                if ok:
                    self.db.execute("UPDATE account SET last_sign_in_at = ?, failed_attempts = 0,"
                                    " last_failed_at = NULL WHERE id = ?", [now, account["id"]])
                else:
                    self.db.execute("UPDATE account SET failed_attempts = failed_attempts + 1, "
                                    "last_failed_at = ? WHERE id = ?", [now, account["id"]])
            self._audit("account", account["id"] if account else "-",
                        "sign_in" if ok else "sign_in_failed", None,
                        None if account else {"known_username": False}, now,
                        actor=account["staff_id"] if account else "-")

    @_writes
    def save_staff(self, data: dict[str, Any], staff_id: str | None = None) -> str:
        """As StaffStore.save_staff, and, in a file with accounts: an Administrator never makes
        their own account inactive nor leaves the file without an active Administrator (no one
        could manage accounts again); a staff member made inactive loses their wrapped file
        key, so their password no longer opens the file even outside the program
        (reactivating them takes a password reset)."""
        self.require(Action.ACCOUNTS)
        if staff_id is not None and self.has_accounts():
            self._check_administrators_remain(data, staff_id)
        saved = super().save_staff(data, staff_id)
        if staff_id is not None and not data.get("active", True) and self.key is not None:
            account = self.account_for_staff(staff_id)
            if account is not None:
                from lk3_desktop.store.crypto import KeyFile

                keys = KeyFile.load(self.path)
                if keys is not None and keys.remove(account["username"]):
                    keys.save()
        return saved

    def _check_administrators_remain(self, data: dict[str, Any], staff_id: str) -> None:
        active = bool(data.get("active", True))
        if not active and self.user is not None and self.user.staff_id == staff_id:
            raise ValidationFailed([FieldError("active", tr(
                "Anda tidak dapat menonaktifkan akun Anda sendiri."))])
        still_admin = active and ADMINISTRATOR in (data.get("roles") or [])
        if still_admin:
            return
        others = self.db.execute(
            "SELECT count(*) FROM staff s JOIN account a ON a.staff_id = s.id "
            "WHERE s.active = 1 AND s.id != ? AND s.roles LIKE ?",
            [staff_id, f'%"{ADMINISTRATOR}"%']).fetchone()[0]
        current = self.staff(staff_id)
        was_admin = bool(current and current["active"] and ADMINISTRATOR in current["roles"])
        if was_admin and not others:
            raise ValidationFailed([FieldError("roles", tr(
                "Harus ada paling sedikit satu Administrator aktif dengan akun; tambahkan "
                "Administrator lain dulu."))])

    def must_change_password(self) -> bool:
        """Whether the signed-in person must choose their own password (after a reset)."""
        if self.user is None:
            return False
        account = self.account(self.user.username)
        return bool(account and account["must_change_password"])

    def idle_lock_minutes(self) -> int:
        """Minutes without use before the screen locks (0: never); office setting."""
        try:
            minutes = int(self.get_setting(IDLE_LOCK_SETTING, str(IDLE_LOCK_DEFAULT)))
        except ValueError:
            return IDLE_LOCK_DEFAULT
        low, high = IDLE_LOCK_RANGE
        return minutes if low <= minutes <= high else IDLE_LOCK_DEFAULT

    @_writes
    def save_idle_lock_minutes(self, minutes: int) -> None:
        self.require(Action.OFFICE_SETTINGS)
        low, high = IDLE_LOCK_RANGE
        if not low <= minutes <= high:
            raise ValidationFailed([FieldError("idle_lock_minutes", tr(
                "Kunci layar: {low}–{high} menit (0: tidak pernah).").format(low=low, high=high))])
        self.set_setting(IDLE_LOCK_SETTING, str(minutes))

"""The keys of the encrypted database: the recovery key, the file key made from it, and the
key file beside the database that holds the file key wrapped under each account's password.

- The **recovery key** is 128 random bits written for people: 32 letters and digits in 8
  groups of 4 (Crockford's base32: no I, L, O or U to misread), the last 32 bits of which are
  a checksum, so that a mistyped key is told apart from a wrong one. It is shown once, at
  set-up, to be printed and kept in the office safe.
- The **file key** (32 bytes, SQLCipher's raw key) is derived from the recovery key with
  HKDF-SHA256: the recovery key alone opens any copy of the file, anywhere.
- The **key file** (`lk3.sqlite.keys`, JSON, owner-only) holds, per account, the file key
  wrapped with AES-256-GCM under a key derived from the account's password with Argon2id,
  so a password change rewraps one entry and never re-encrypts the database. It also holds a
  check value of the file key (to tell a wrong key from a damaged file), the recent failed
  sign-ins per username and audit events waiting to be written into the database at its next
  successful opening: with a wrong password the database cannot be opened to record them.

Nothing here opens the database; store.database reads `KeyFile.matches` to classify a failure.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lk3_desktop.i18n import tr
from lk3_desktop.store.files import atomic_write

FILE_KEY_BYTES = 32


# -- Argon2id --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost: passes, memory in KiB, lanes. Stored with each wrapped key, so raising
    the default later leaves existing entries readable."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def derive(self, password: str, salt: bytes) -> bytes:
        # NFC: the same password typed on another keyboard or system must give the same key.
        secret = unicodedata.normalize("NFC", password).encode("utf-8")
        return hash_secret_raw(secret, salt, time_cost=self.time_cost,
                               memory_cost=self.memory_cost, parallelism=self.parallelism,
                               hash_len=32, type=Type.ID)


# About a third of a second on a 2020 office laptop; tests lower it (tests/conftest.py).
ARGON2 = Argon2Params(time_cost=3, memory_cost=64 * 1024, parallelism=2)
SALT_BYTES = 16


# -- the recovery key ------------------------------------------------------------------------

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
# What people type for the letters left out: O for 0, I and L for 1.
_READ_AS = {"O": "0", "I": "1", "L": "1"}
_DASHES = "-‐‑‒–—_"  # a key copied from a PDF or a word processor may bring typographic dashes
SECRET_BYTES = 16  # 128 bits
CHECK_BYTES = 4
GROUP = 4
KEY_CHARS = (SECRET_BYTES + CHECK_BYTES) * 8 // 5  # 32
_HKDF_SALT = b"LK3 Desktop recovery key"
_HKDF_INFO = b"lk3-desktop sqlcipher file key v1"


class BadRecoveryKey(Exception):
    """The text typed is not a recovery key (empty, wrong length, a letter not used, a
    typo caught by the checksum); the message is one Indonesian sentence saying which."""


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"lk3-desktop recovery key check\0" + secret).digest()[:CHECK_BYTES]


def format_recovery_key(secret: bytes) -> str:
    """The recovery key for `secret` (16 bytes) as printed: XXXX-XXXX-…, 8 groups."""
    if len(secret) != SECRET_BYTES:
        raise ValueError(f"a recovery secret is {SECRET_BYTES} bytes")
    number = int.from_bytes(secret + _checksum(secret), "big")
    chars = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(KEY_CHARS)))
    return "-".join(chars[i:i + GROUP] for i in range(0, KEY_CHARS, GROUP))


def new_recovery_key() -> str:
    """A new random recovery key (128 bits), in its printed form."""
    return format_recovery_key(secrets.token_bytes(SECRET_BYTES))


def parse_recovery_key(text: str) -> bytes:
    """The 16-byte secret of a typed recovery key. Case, spaces and dashes do not matter, and
    O, I, L read as 0, 1, 1. Raises BadRecoveryKey with what is wrong with the text."""
    chars = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in _DASHES)
    chars = "".join(_READ_AS.get(ch, ch) for ch in chars)
    if not chars:
        raise BadRecoveryKey(tr("Ketik kunci pemulihan: 32 huruf dan angka dalam 8 kelompok."))
    strange = sorted({ch for ch in chars if ch not in ALPHABET})
    if strange:
        raise BadRecoveryKey(tr(
            "Kunci pemulihan tidak memuat {chars}; periksa lagi ketikannya.").format(
                chars=" ".join(strange)))
    if len(chars) != KEY_CHARS:
        raise BadRecoveryKey(tr(
            "Kunci pemulihan terdiri atas {expected} huruf dan angka (8 kelompok berisi 4), "
            "yang diketik {count}.").format(expected=KEY_CHARS, count=len(chars)))
    number = 0
    for ch in chars:
        number = (number << 5) | ALPHABET.index(ch)
    raw = number.to_bytes(SECRET_BYTES + CHECK_BYTES, "big")
    secret, check = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
    if not hmac.compare_digest(check, _checksum(secret)):
        raise BadRecoveryKey(tr(
            "Kunci pemulihan salah ketik: ada huruf atau angka yang keliru; periksa lagi setiap "
            "kelompok dengan kertas kuncinya."))
    return secret


def file_key_from_secret(secret: bytes) -> bytes:
    """The database's file key (SQLCipher's raw 256-bit key) from a recovery secret."""
    return HKDF(algorithm=hashes.SHA256(), length=FILE_KEY_BYTES, salt=_HKDF_SALT,
                info=_HKDF_INFO).derive(secret)


def file_key_from_recovery(text: str) -> bytes:
    """The file key from a typed recovery key; BadRecoveryKey if the text is not one."""
    return file_key_from_secret(parse_recovery_key(text))


def key_check(file_key: bytes) -> str:
    """A value that shows whether a key is the file's key without holding it (HMAC-SHA256 of
    a constant under the key): a wrong key is told apart from a damaged file."""
    return hmac.new(file_key, b"lk3-desktop key check v1", hashlib.sha256).hexdigest()


# -- the key file ----------------------------------------------------------------------------

FORMAT = "lk3-desktop-keys"
VERSION = 1
MAX_FAILURES = 50  # per username: enough for the sign-in's growing wait
MAX_FAILURE_NAMES = 200  # usernames with failures kept (random names must not grow the file)
MAX_PENDING = 1000


def key_file_path(db_path: Path) -> Path:
    """The key file of the database at `db_path`: `lk3.sqlite.keys` beside `lk3.sqlite`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")


class KeyFileError(Exception):
    """The key file cannot be read or written; one Indonesian line for the user, and the
    technical reason in `detail`."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.detail = detail


def _fold(username: str) -> str:
    return unicodedata.normalize("NFC", username).casefold()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class _Wrapped:
    """One account's copy of the file key, wrapped under its password."""

    username: str  # as given (shown); the entry is found case-insensitively
    params: Argon2Params
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"username": self.username,
                "argon2id": {"time_cost": self.params.time_cost,
                             "memory_cost": self.params.memory_cost,
                             "parallelism": self.params.parallelism,
                             "salt": _b64(self.salt)},
                "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, raw: Any) -> _Wrapped:
        kdf = raw["argon2id"]
        params = Argon2Params(int(kdf["time_cost"]), int(kdf["memory_cost"]),
                              int(kdf["parallelism"]))
        if not isinstance(raw["username"], str) or min(params.time_cost, params.memory_cost,
                                                       params.parallelism) < 1:
            raise ValueError("bad account entry")
        entry = cls(raw["username"], params, _unb64(kdf["salt"]), _unb64(raw["nonce"]),
                    _unb64(raw["wrapped"]))
        if len(entry.nonce) != 12 or len(entry.wrapped) != FILE_KEY_BYTES + 16:
            raise ValueError("bad wrapped key length")
        return entry


class KeyFile:
    """The key file of one database. Changes are made in memory; `save()` writes them
    (atomically, owner-only). Usernames are matched case-insensitively."""

    def __init__(self, path: Path, file_id: str, check: str,
                 accounts: dict[str, _Wrapped] | None = None,
                 failures: dict[str, list[str]] | None = None,
                 pending: list[dict[str, Any]] | None = None, dropped: int = 0):
        self.path = Path(path)
        self.file_id = file_id
        self.key_check = check
        self._accounts = dict(accounts or {})
        self._failures = {k: list(v) for k, v in (failures or {}).items()}
        self._pending = list(pending or [])
        self._dropped = dropped

    # -- making, reading, writing ---------------------------------------------------------

    @classmethod
    def create(cls, db_path: Path, file_key: bytes, *, replace: bool = False) -> KeyFile:
        """A new key file for the database at `db_path` whose file key is `file_key`, with no
        account yet, written at once. An existing key file is never overwritten (its accounts
        would be lost) unless `replace`: KeyFileError."""
        _check_key(file_key)
        path = key_file_path(db_path)
        if path.exists() and not replace:
            raise KeyFileError(tr("Berkas kunci {name} sudah ada; tidak ditimpa.").format(
                name=path.name))
        made = cls(path, uuid.uuid4().hex, key_check(file_key))
        made.save()
        return made

    @classmethod
    def load(cls, db_path: Path) -> KeyFile | None:
        """The key file of the database at `db_path`; None if there is none. Raises
        KeyFileError for one that cannot be read or is not a key file of ours."""
        path = key_file_path(db_path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyFileError(tr(
                "Berkas kunci {name} tidak dapat dibaca (izin ditolak atau sedang dikunci "
                "program lain).").format(name=path.name), detail=str(exc)) from exc
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT:
                raise ValueError("not an LK3 Desktop key file")
            version = raw.get("version")
            if isinstance(version, int) and version > VERSION:
                raise KeyFileError(tr(
                    "Berkas kunci {name} dibuat oleh versi LK3 Desktop yang lebih baru; "
                    "perbarui program, berkas tidak diubah.").format(name=path.name))
            if version != VERSION:
                raise ValueError(f"version {version!r}")
            file_id, check = raw["file_id"], raw["key_check"]
            if not isinstance(file_id, str) or not file_id:
                raise ValueError("file_id")
            if not isinstance(check, str) or len(bytes.fromhex(check)) != 32:
                raise ValueError("key_check")
            accounts = {}
            for folded, entry in dict(raw.get("accounts", {})).items():
                wrapped = _Wrapped.from_json(entry)
                if _fold(wrapped.username) != folded:
                    raise ValueError("account key does not match its username")
                accounts[folded] = wrapped
            failures = {str(k): [datetime.fromisoformat(t).isoformat() for t in v]
                        for k, v in dict(raw.get("failures", {})).items()}
            pending = list(raw.get("pending_audit", []))
            if not all(isinstance(e, dict) for e in pending):
                raise ValueError("pending_audit")
            dropped = int(raw.get("pending_audit_dropped", 0))
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise KeyFileError(tr(
                "Berkas kunci {name} rusak atau bukan berkas kunci LK3 Desktop; basis data "
                "tetap dapat dibuka dengan kunci pemulihan.").format(name=path.name),
                detail=f"{type(exc).__name__}: {exc}") from exc
        return cls(path, file_id, check, accounts, failures, pending, dropped)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "file_id": self.file_id,
                "key_check": self.key_check,
                "accounts": {k: v.to_json() for k, v in sorted(self._accounts.items())},
                "failures": self._failures, "pending_audit": self._pending,
                "pending_audit_dropped": self._dropped}

    def save(self) -> None:
        """Write the key file: a temporary file beside it, fsynced, renamed over it, the
        folder fsynced; owner-only (0600). KeyFileError if it cannot be written."""
        data = json.dumps(self.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
        try:
            atomic_write(self.path, data)
        except OSError as exc:
            raise KeyFileError(tr(
                "Berkas kunci {name} tidak dapat ditulis (folder hanya-baca, tanpa izin, atau "
                "penuh).").format(name=self.path.name), detail=str(exc)) from exc

    def copy_for(self, db_path: Path) -> KeyFile:
        """The same keys for a copy of the database at `db_path` (a backup, a restored file),
        without the sign-in failures and pending audit events, which belong to this file's
        own history. Not yet written: call save()."""
        return KeyFile(key_file_path(db_path), self.file_id, self.key_check, self._accounts)

    # -- the file key ----------------------------------------------------------------------

    def matches(self, file_key: bytes) -> bool:
        """Whether `file_key` is the key this key file belongs to."""
        return len(file_key) == FILE_KEY_BYTES and hmac.compare_digest(
            key_check(file_key), self.key_check)

    def _aad(self) -> bytes:
        # Binds each wrapped key to this key file, so an entry cannot be moved in from another.
        return f"{FORMAT}/{VERSION}/{self.file_id}".encode()

    def wrap(self, username: str, password: str, file_key: bytes) -> None:
        """Store `file_key` for `username`, wrapped under a key derived from `password`
        (a new account, or a changed password: the entry is replaced). The database itself
        is not touched. ValueError if `file_key` is not this file's key."""
        _check_key(file_key)
        if not self.matches(file_key):
            raise ValueError("the key given is not this database's file key")
        if not username:
            raise ValueError("empty username")
        params, salt, nonce = ARGON2, secrets.token_bytes(SALT_BYTES), secrets.token_bytes(12)
        wrapped = AESGCM(params.derive(password, salt)).encrypt(nonce, file_key, self._aad())
        self._accounts[_fold(username)] = _Wrapped(username, params, salt, nonce, wrapped)

    def unwrap(self, username: str, password: str) -> bytes | None:
        """The file key, if `password` is `username`'s; None for a wrong password or an
        unknown username. An unknown name costs the same Argon2 work as a known one, so the
        time taken does not tell whether the name exists."""
        entry = self._accounts.get(_fold(username))
        if entry is None:
            ARGON2.derive(password, secrets.token_bytes(SALT_BYTES))
            return None
        kek = entry.params.derive(password, entry.salt)
        try:
            file_key = AESGCM(kek).decrypt(entry.nonce, entry.wrapped, self._aad())
        except InvalidTag:
            return None
        return file_key if self.matches(file_key) else None

    def has_account(self, username: str) -> bool:
        return _fold(username) in self._accounts

    def usernames(self) -> list[str]:
        """The accounts that can open the file, as their names were given."""
        return sorted((e.username for e in self._accounts.values()), key=_fold)

    def remove(self, username: str) -> bool:
        """Forget `username`'s wrapped key (the account was removed); False if it had none."""
        return self._accounts.pop(_fold(username), None) is not None

    def rename(self, old: str, new: str) -> None:
        """The account `old` is now called `new` (its password, and so its entry, unchanged).
        KeyError if `old` has no entry; ValueError if another account is called `new`."""
        entry = self._accounts.get(_fold(old))
        if entry is None:
            raise KeyError(old)
        if _fold(new) != _fold(old) and _fold(new) in self._accounts:
            raise ValueError(f"an account named {new!r} exists")
        del self._accounts[_fold(old)]
        entry.username = new
        self._accounts[_fold(new)] = entry
        if _fold(old) in self._failures and _fold(new) != _fold(old):
            self._failures[_fold(new)] = self._failures.pop(_fold(old))

    # -- failed sign-ins ---------------------------------------------------------------------

    def record_failure(self, username: str, at: datetime) -> None:
        """Note a failed sign-in of `username` at `at` (any username: one that does not
        exist is slowed down alike). The oldest are dropped beyond MAX_FAILURES."""
        key = _fold(username)
        times = self._failures.setdefault(key, [])
        times.append(at.astimezone(UTC).isoformat())
        del times[:-MAX_FAILURES]
        if len(self._failures) > MAX_FAILURE_NAMES:  # forget the names quiet the longest
            quiet = sorted(self._failures, key=lambda k: max(self._failures[k], default=""))
            for name in quiet[:len(self._failures) - MAX_FAILURE_NAMES]:
                del self._failures[name]

    def failures(self, username: str) -> list[datetime]:
        """The failed sign-ins of `username` still remembered, oldest first (UTC)."""
        return sorted(datetime.fromisoformat(t) for t in self._failures.get(_fold(username), []))

    def clear_failures(self, username: str) -> None:
        self._failures.pop(_fold(username), None)

    # -- audit events for the database -----------------------------------------------------

    def add_pending_audit(self, event: dict[str, Any]) -> None:
        """Keep `event` (JSON-serialisable, no client data) until the database can be opened
        to record it. Beyond MAX_PENDING the oldest are dropped and counted."""
        json.dumps(event)  # TypeError now, not when the file is saved
        self._pending.append(dict(event))
        if len(self._pending) > MAX_PENDING:
            self._dropped += len(self._pending) - MAX_PENDING
            del self._pending[:-MAX_PENDING]

    def take_pending_audit(self) -> list[dict[str, Any]]:
        """The events waiting, oldest first, and forget them (save() afterwards, once they
        are in the database). If some were dropped for room, a last event says how many:
        {"action": "audit_events_dropped", "count": n}."""
        events = self._pending
        if self._dropped:
            events = [*events, {"action": "audit_events_dropped", "count": self._dropped}]
        self._pending, self._dropped = [], 0
        return events


def _check_key(file_key: bytes) -> None:
    if not isinstance(file_key, bytes) or len(file_key) != FILE_KEY_BYTES:
        raise ValueError(f"a file key is {FILE_KEY_BYTES} bytes")


def key_confirmed(db_path: Path, file_key: bytes) -> bool:
    """Whether the key file beside `db_path` says `file_key` is the file's key; False when
    there is no readable key file to ask."""
    with contextlib.suppress(KeyFileError, OSError):
        found = KeyFile.load(db_path)
        return found is not None and found.matches(file_key)
    return False


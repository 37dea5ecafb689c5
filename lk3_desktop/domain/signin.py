"""Sign-in rules that touch neither the database nor Qt: usernames, passwords, the growing
wait after wrong passwords, the idle lock."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import datetime, timedelta

from lk3_desktop.i18n import tr

MIN_PASSWORD = 8
MAX_PASSWORD = 200  # Argon2 takes any length; a pasted novel is a mistake
IDLE_LOCK_DEFAULT = 10  # minutes; office setting "security.idle_lock_minutes" (0: never)
IDLE_LOCK_RANGE = (0, 240)
FREE_TRIES = 3  # wrong passwords before any wait
MAX_WAIT = 300  # seconds

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def normal_username(text: str) -> str:
    """How a username is stored and compared: trimmed, lower case."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def check_username(text: str) -> str | None:
    name = normal_username(text)
    if not _USERNAME.match(name):
        return tr("Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau "
                  "tanda hubung, diawali huruf atau angka (mis. rina.marlina).")
    return None


def check_password(password: str, username: str = "") -> str | None:
    """Why `password` may not be chosen, or None."""
    if len(password) < MIN_PASSWORD:
        return tr("Sandi paling sedikit {count} karakter.").format(count=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        return tr("Sandi paling banyak {count} karakter.").format(count=MAX_PASSWORD)
    if password.strip() != password:
        return tr("Sandi tidak boleh diawali atau diakhiri spasi.")
    if username and normal_username(password) == normal_username(username):
        return tr("Sandi tidak boleh sama dengan nama pengguna.")
    if len(set(password)) < 4:
        return tr("Sandi terlalu mudah ditebak: pakai paling sedikit empat karakter berbeda.")
    return None


def wait_seconds(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong passwords in a row:
    none for the first three, then 5, 10, 20, … up to five minutes."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_WAIT, 5 * 2 ** (failures - FREE_TRIES))


def wait_left(failures: int, last_failure: datetime | None, now: datetime) -> int:
    """Seconds still to wait at `now`, after `failures` wrong passwords in a row, the last at
    `last_failure`."""
    if not failures or last_failure is None:
        return 0
    until = last_failure + timedelta(seconds=wait_seconds(failures))
    return max(0, math.ceil((until - now).total_seconds()))

"""Keys: the recovery key a person types, the file key made from it, the key file's wrapped keys,
failed sign-ins and pending audit events; a malformed key file is one clear line."""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import UTC, datetime, timedelta

import pytest

from lk3_desktop.store import crypto
from lk3_desktop.store.crypto import (
    ALPHABET,
    BadRecoveryKey,
    KeyFile,
    KeyFileError,
    file_key_from_recovery,
    key_file_path,
    new_recovery_key,
    parse_recovery_key,
)
from tests.helpers.encryption import KEY, OTHER_KEY, RECOVERY

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


# -- the recovery key ------------------------------------------------------------------------

def test_recovery_key_is_eight_groups_of_four_readable_characters():
    key = new_recovery_key()
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", key), key
    assert not set(key.replace("-", "")) - set(ALPHABET)  # no I, L, O, U to misread
    assert len({new_recovery_key() for _ in range(50)}) == 50


def test_recovery_key_typed_loosely_gives_the_same_file_key():
    key = file_key_from_recovery(RECOVERY)
    assert len(key) == 32 and key == KEY
    loose = RECOVERY.lower().replace("-", " ")
    assert file_key_from_recovery(loose) == key
    assert file_key_from_recovery(RECOVERY.replace("-", "")) == key
    assert file_key_from_recovery(" " + RECOVERY.replace("-", "–") + "\n") == key
    # O, I and L are not in the alphabet: typed for 0 and 1 they are read as those.
    assert file_key_from_recovery(RECOVERY.replace("0", "O").replace("1", "l")) == key
    assert file_key_from_recovery(new_recovery_key()) != key


def _mistype(key: str, index: int) -> str:
    chars = list(key)
    chars[index] = next(c for c in "QRST" if c != chars[index])
    return "".join(chars)


def _swap(key: str, index: int) -> str:
    chars = list(key)
    j = index + 1 if chars[index + 1] != "-" else index + 2
    assert chars[index] != chars[j]
    chars[index], chars[j] = chars[j], chars[index]
    return "".join(chars)


@pytest.mark.parametrize("typed, message", [
    ("", "Ketik kunci pemulihan"),
    ("   -  ", "Ketik kunci pemulihan"),
    ("ABCD-EFGH", "terdiri atas 32 huruf dan angka (8 kelompok berisi 4), yang diketik 8"),
    (RECOVERY + "-X", "yang diketik 33"),
    (RECOVERY[:-1] + "U", "tidak memuat U"),
    (RECOVERY[:-2] + "#!", "tidak memuat ! #"),
    (_mistype(RECOVERY, 0), "salah ketik"),
    (_mistype(RECOVERY, 20), "salah ketik"),
    (_mistype(RECOVERY, len(RECOVERY) - 1), "salah ketik"),
    (_swap(RECOVERY, 5), "salah ketik"),
], ids=["empty", "blank", "too-short", "too-long", "letter-U", "punctuation", "typo-first",
        "typo-middle", "typo-last", "swapped"])
def test_a_mistyped_recovery_key_is_one_clear_sentence(typed, message):
    with pytest.raises(BadRecoveryKey) as refused:
        parse_recovery_key(typed)
    text = str(refused.value)
    assert message in text and "\n" not in text and text.endswith(".")


def test_every_single_character_typo_is_caught_by_the_checksum():
    secret = parse_recovery_key(RECOVERY)
    for i, ch in enumerate(RECOVERY):
        if ch == "-":
            continue
        for other in ALPHABET:
            if other != ch:
                typed = RECOVERY[:i] + other + RECOVERY[i + 1:]
                with pytest.raises(BadRecoveryKey, match="salah ketik"):
                    assert parse_recovery_key(typed) != secret


# -- the key file ----------------------------------------------------------------------------

def test_key_file_is_owner_only_json_beside_the_database_without_the_key(db_path):
    made = KeyFile.create(db_path, KEY)
    made.wrap("Rina", "kata sandi Rina", KEY)
    made.save()
    path = key_file_path(db_path)
    assert path == db_path.with_name("lk3.sqlite.keys")
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == "lk3-desktop-keys" and raw["version"] == 1 and raw["file_id"]
    entry = raw["accounts"]["rina"]
    assert entry["username"] == "Rina"
    assert set(entry["argon2id"]) == {"time_cost", "memory_cost", "parallelism", "salt"}
    text = path.read_text(encoding="utf-8")
    for form in (KEY.hex(), KEY.hex().upper(), json.dumps(KEY.decode("latin-1"))[1:-1],
                 __import__("base64").b64encode(KEY).decode(), "kata sandi Rina"):
        assert form not in text
    if sys.platform != "win32":
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["lk3.sqlite.keys"]  # no temp


def test_key_file_is_never_overwritten_by_create(db_path):
    KeyFile.create(db_path, KEY)
    with pytest.raises(KeyFileError, match="sudah ada"):
        KeyFile.create(db_path, OTHER_KEY)
    assert KeyFile.load(db_path).matches(KEY)
    KeyFile.create(db_path, OTHER_KEY, replace=True)
    assert KeyFile.load(db_path).matches(OTHER_KEY)


def test_password_unwraps_the_file_key_and_nothing_else_does(db_path):
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "kata sandi Rina", KEY)
    keys.wrap("yusran", "Sandi-Yusran-2026", KEY)
    keys.save()
    loaded = KeyFile.load(db_path)
    assert loaded.unwrap("Rina", "kata sandi Rina") == KEY
    assert loaded.unwrap("RINA", "kata sandi Rina") == KEY  # usernames ignore case
    assert loaded.unwrap("Yusran", "Sandi-Yusran-2026") == KEY
    assert loaded.unwrap("Rina", "kata sandi rina") is None
    assert loaded.unwrap("Rina", "Sandi-Yusran-2026") is None
    assert loaded.unwrap("tidak-ada", "kata sandi Rina") is None
    assert loaded.has_account("rina") and not loaded.has_account("maria")
    assert loaded.usernames() == ["Rina", "yusran"]
    assert loaded.matches(KEY) and not loaded.matches(OTHER_KEY)


def test_an_unknown_username_costs_the_same_argon2_work(db_path, monkeypatch):
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "sandi", KEY)
    calls = []
    real = crypto.hash_secret_raw
    monkeypatch.setattr(crypto, "hash_secret_raw",
                        lambda *a, **k: calls.append(k["memory_cost"]) or real(*a, **k))
    keys.unwrap("Rina", "salah")
    keys.unwrap("tidak-ada", "salah")
    assert calls == [crypto.ARGON2.memory_cost] * 2


def test_changing_a_password_rewraps_one_entry(db_path):
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "lama", KEY)
    keys.wrap("Yusran", "punya Yusran", KEY)
    keys.save()
    before = json.loads(key_file_path(db_path).read_text())
    keys.wrap("rina", "baru", KEY)
    keys.save()
    after = json.loads(key_file_path(db_path).read_text())
    assert after["accounts"]["yusran"] == before["accounts"]["yusran"]
    assert after["accounts"]["rina"]["username"] == "rina"
    loaded = KeyFile.load(db_path)
    assert loaded.unwrap("Rina", "baru") == KEY and loaded.unwrap("Rina", "lama") is None


def test_a_wrong_file_key_is_never_wrapped(db_path):
    keys = KeyFile.create(db_path, KEY)
    with pytest.raises(ValueError):
        keys.wrap("Rina", "sandi", OTHER_KEY)
    with pytest.raises(ValueError):
        keys.wrap("Rina", "sandi", b"pendek")
    assert not keys.has_account("Rina")


def test_each_entry_keeps_its_own_argon2_cost(db_path, monkeypatch):
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "sandi", KEY)
    keys.save()
    monkeypatch.setattr(crypto, "ARGON2", crypto.Argon2Params(2, 16, 1))  # raised later
    loaded = KeyFile.load(db_path)
    assert loaded.unwrap("Rina", "sandi") == KEY
    loaded.wrap("Yusran", "sandi", KEY)
    loaded.save()
    raw = json.loads(key_file_path(db_path).read_text())["accounts"]
    assert raw["rina"]["argon2id"]["memory_cost"] == 8
    assert raw["yusran"]["argon2id"]["memory_cost"] == 16


def test_remove_and_rename(db_path):
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "sandi", KEY)
    keys.wrap("Maria", "sandi Maria", KEY)
    keys.record_failure("rina", T0)
    keys.rename("RINA", "rina.marlina")
    assert keys.unwrap("Rina.Marlina", "sandi") == KEY and not keys.has_account("Rina")
    assert keys.failures("rina.marlina") == [T0] and keys.failures("rina") == []
    keys.rename("rina.marlina", "Rina.Marlina")  # only the case: allowed
    assert keys.usernames() == ["Maria", "Rina.Marlina"]
    with pytest.raises(ValueError):
        keys.rename("Rina.Marlina", "maria")
    with pytest.raises(KeyError):
        keys.rename("tidak-ada", "baru")
    assert keys.remove("maria") and not keys.remove("maria")
    assert keys.unwrap("Maria", "sandi Maria") is None


def test_an_entry_copied_from_another_key_file_does_not_open(tmp_path):
    first = KeyFile.create(tmp_path / "a.sqlite", KEY)
    first.wrap("Rina", "sandi", KEY)
    first.save()
    second = KeyFile.create(tmp_path / "b.sqlite", KEY)
    raw = json.loads(second.path.read_text())
    raw["accounts"]["rina"] = json.loads(first.path.read_text())["accounts"]["rina"]
    second.path.write_text(json.dumps(raw))
    assert KeyFile.load(tmp_path / "b.sqlite").unwrap("Rina", "sandi") is None
    assert KeyFile.load(tmp_path / "a.sqlite").unwrap("Rina", "sandi") == KEY


def test_failed_sign_ins_are_kept_per_username(db_path):
    keys = KeyFile.create(db_path, KEY)
    for minutes in (0, 1, 3):
        keys.record_failure("Rina", T0 + timedelta(minutes=minutes))
    keys.record_failure("orang-asing", T0)
    keys.save()
    loaded = KeyFile.load(db_path)
    assert loaded.failures("RINA") == [T0, T0 + timedelta(minutes=1), T0 + timedelta(minutes=3)]
    assert loaded.failures("orang-asing") == [T0] and loaded.failures("maria") == []
    loaded.clear_failures("rina")
    assert loaded.failures("Rina") == []
    for i in range(crypto.MAX_FAILURES + 10):
        loaded.record_failure("maria", T0 + timedelta(seconds=i))
    kept = loaded.failures("maria")
    assert len(kept) == crypto.MAX_FAILURES and kept[-1] == T0 + timedelta(
        seconds=crypto.MAX_FAILURES + 9)
    for i in range(crypto.MAX_FAILURE_NAMES + 5):  # someone typing random names
        loaded.record_failure(f"acak-{i}", T0 + timedelta(hours=1, seconds=i))
    assert loaded.failures("maria") == []  # the quietest names are forgotten first
    assert loaded.failures(f"acak-{crypto.MAX_FAILURE_NAMES + 4}")


def test_pending_audit_events_wait_in_the_key_file(db_path):
    keys = KeyFile.create(db_path, KEY)
    keys.add_pending_audit({"action": "sign_in_failed", "username": "rina",
                            "at": T0.isoformat()})
    with pytest.raises(TypeError):
        keys.add_pending_audit({"at": T0})  # not JSON: refused at once, not when saved
    keys.save()
    loaded = KeyFile.load(db_path)
    assert loaded.take_pending_audit() == [{"action": "sign_in_failed", "username": "rina",
                                            "at": T0.isoformat()}]
    assert loaded.take_pending_audit() == []
    loaded.save()
    assert KeyFile.load(db_path).take_pending_audit() == []


def test_pending_audit_events_beyond_the_limit_are_counted(db_path, monkeypatch):
    monkeypatch.setattr(crypto, "MAX_PENDING", 3)
    keys = KeyFile.create(db_path, KEY)
    for i in range(5):
        keys.add_pending_audit({"action": "sign_in_failed", "n": i})
    assert keys.take_pending_audit() == [
        {"action": "sign_in_failed", "n": 2}, {"action": "sign_in_failed", "n": 3},
        {"action": "sign_in_failed", "n": 4}, {"action": "audit_events_dropped", "count": 2}]


def test_a_missing_key_file_is_none(db_path):
    assert KeyFile.load(db_path) is None


def _edit(change):
    """A spoiler that changes the key file's JSON with `change(raw)`."""
    def spoil(path):
        raw = json.loads(path.read_text(encoding="utf-8"))
        change(raw)
        path.write_text(json.dumps(raw), encoding="utf-8")
    return spoil


def _set(field, value):
    return _edit(lambda raw: raw.__setitem__(field, value))


@pytest.mark.parametrize("spoil, message", [
    (lambda p: p.write_bytes(b""), "rusak atau bukan berkas kunci"),
    (lambda p: p.write_text("{\"format\": \"lk3-desktop-keys\", ", encoding="utf-8"),
     "rusak atau bukan berkas kunci"),
    (lambda p: p.write_bytes(b"\xff\xfe\x00garbage"), "rusak atau bukan berkas kunci"),
    (lambda p: p.write_text("[1, 2]", encoding="utf-8"), "rusak atau bukan berkas kunci"),
    (_set("format", "something-else"), "bukan berkas kunci LK3 Desktop"),
    (_set("version", 2), "versi LK3 Desktop yang lebih baru"),
    (_set("version", "1"), "rusak"),
    (_set("key_check", "abc"), "rusak"),
    (_set("accounts", {"rina": {"username": "Rina"}}), "rusak"),
    (_edit(lambda raw: raw["accounts"]["rina"].update(nonce="!!!")), "rusak"),
    (_edit(lambda raw: raw["accounts"]["rina"]["argon2id"].update(time_cost=0)), "rusak"),
    (_edit(lambda raw: raw["accounts"].update(maria=raw["accounts"]["rina"])), "rusak"),
    (_set("failures", {"rina": ["kemarin"]}), "rusak"),
    (_set("pending_audit", ["teks"]), "rusak"),
], ids=["empty", "cut-off", "not-utf8", "not-an-object", "other-format", "newer", "version-text",
        "bad-check", "entry-incomplete", "bad-base64", "bad-cost", "entry-under-other-name",
        "bad-failure-time", "bad-event"])
def test_a_malformed_key_file_is_one_clear_line(db_path, spoil, message):
    keys = KeyFile.create(db_path, KEY)
    keys.wrap("Rina", "sandi", KEY)
    keys.save()
    spoil(key_file_path(db_path))
    with pytest.raises(KeyFileError) as refused:
        KeyFile.load(db_path)
    text = str(refused.value)
    assert message in text and "lk3.sqlite.keys" in text and "\n" not in text


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_key_file_that_cannot_be_written_says_so(tmp_path):
    from tests.helpers.permissions import run_as_ordinary_user

    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    os.chmod(folder, 0o555)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from lk3_desktop.store.crypto import KeyFile, KeyFileError\n"
        "try:\n"
        "    KeyFile.create(Path(sys.argv[1]) / 'lk3.sqlite', bytes(32))\n"
        "except KeyFileError as exc:\n"
        "    print(exc)\n")
    try:
        done = run_as_ordinary_user(script, str(folder))
    finally:
        os.chmod(folder, 0o755)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("Berkas kunci lk3.sqlite.keys tidak dapat ditulis (folder "
                                   "hanya-baca, tanpa izin, atau penuh).")
    assert list(folder.iterdir()) == []

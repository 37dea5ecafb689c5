"""Encrypting an existing plain file once: the same data after, the plain file kept aside byte for
byte until deleted on purpose, nothing changed when anything fails."""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import datetime
from pathlib import Path

import pytest

from lk3_desktop.store import check_file, open_store
from lk3_desktop.store import conversion as conversion_module
from lk3_desktop.store.backup import automatic_folder, backup_to
from lk3_desktop.store.conversion import (
    ConversionError,
    encrypt_plain_file,
    plain_copies,
    remove_plain_copy,
)
from lk3_desktop.store.database import is_encrypted
from tests.helpers.cases import complete_case
from tests.helpers.encryption import KEY, OTHER_KEY, assert_unreadable, crash_mid_transaction

NOW = datetime(2026, 12, 2, 14, 30, 5)
CLIENT = "Ni Luh Putu Ayu D'Costa"  # tests.helpers.cases.intake's client


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _everything(path: Path, key: bytes | None = None) -> dict[str, list]:
    """Every row of every table, as the store reads it."""
    store = open_store(path, key=key, readonly=True)
    try:
        tables = [r[0] for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: store.db.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
                for t in tables}
    finally:
        store.close()


@pytest.fixture
def plain(store, staff):
    for upto in (2, 5, 7):
        complete_case(store, staff, upto=upto)
    store.set_setting("office", "Dinas Sosial dan PM Kota Tarakan")
    store.close()
    return store.path


def test_a_plain_file_becomes_encrypted_with_the_same_data(plain):
    before, raw = _everything(plain), _digest(plain)
    aside = encrypt_plain_file(plain, KEY, now=NOW)
    assert is_encrypted(plain)
    assert_unreadable(plain, CLIENT, "Dideportasi dari Tawau")
    assert _everything(plain, KEY) == before
    assert check_file(plain, key=KEY).startswith("OK: lk3.sqlite utuh, 3 kasus")
    # The plain file as it was, kept beside it, owner-only, until the administrator deletes it.
    assert aside == plain.with_name("sebelum-enkripsi-20261202-143005.sqlite")
    assert _digest(aside) == raw
    if sys.platform != "win32":
        assert oct(aside.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in plain.parent.iterdir()) == sorted([plain.name, aside.name])
    store = open_store(plain, key=KEY)  # and the program goes on writing to it
    store.save_step(None, 1, {"full_name": "Sesudah enkripsi"})
    store.close()
    assert check_file(plain, key=KEY).startswith("OK: lk3.sqlite utuh, 4 kasus")


def test_a_cut_off_transaction_is_rolled_back_before_converting(plain):
    before = _everything(plain)
    crash_mid_transaction(plain, None)
    encrypt_plain_file(plain, KEY, now=NOW)
    assert _everything(plain, KEY) == before
    assert not plain.with_name(plain.name + "-journal").exists()


def test_an_encrypted_file_is_not_converted_again(plain):
    encrypt_plain_file(plain, KEY, now=NOW)
    before = _digest(plain)
    with pytest.raises(ConversionError, match="sudah terenkripsi"):
        encrypt_plain_file(plain, OTHER_KEY, now=NOW.replace(minute=31))
    assert _digest(plain) == before


def _differs(monkeypatch, _plain):
    monkeypatch.setattr(conversion_module, "_difference", lambda *_a: "tabel referral")


def _disk_full(monkeypatch, _plain):
    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(conversion_module, "_export", full)


def _rename_refused(monkeypatch, plain):
    real = os.replace

    def replace(src, dst):
        if Path(dst) == plain:  # Windows: antivirus holds the file
            raise PermissionError(13, "Access is denied")
        return real(src, dst)

    monkeypatch.setattr(conversion_module.os, "replace", replace)


@pytest.mark.parametrize("break_it, message", [
    (_differs, "Berkas terenkripsi tidak sama dengan berkas asalnya (tabel referral); berkas "
               "lk3.sqlite tidak diubah."),
    (_disk_full, "Berkas lk3.sqlite tidak dapat dienkripsi (folder hanya-baca, tanpa izin, atau "
                 "penuh); berkas tidak diubah."),
    (_rename_refused, "Berkas lk3.sqlite tidak dapat dienkripsi"),
], ids=["copy-differs", "disk-full", "rename-refused"])
def test_a_failed_conversion_changes_nothing(plain, monkeypatch, break_it, message):
    before = _digest(plain)
    listing = sorted(p.name for p in plain.parent.iterdir())
    break_it(monkeypatch, plain)
    with pytest.raises(ConversionError) as failed:
        encrypt_plain_file(plain, KEY, now=NOW)
    assert str(failed.value).startswith(message) and "\n" not in str(failed.value)
    assert _digest(plain) == before
    assert sorted(p.name for p in plain.parent.iterdir()) == listing  # no copy, no temp


def test_the_plain_copies_are_deleted_only_once_the_encrypted_file_opens(plain):
    folder = automatic_folder(plain)
    folder.mkdir()
    old_backup = backup_to(plain, folder, now=datetime(2026, 12, 1, 17, 0))
    aside = encrypt_plain_file(plain, KEY, now=NOW)
    new_backup = backup_to(plain, folder, now=NOW.replace(hour=15), key=KEY)
    assert plain_copies(plain) == sorted([old_backup, aside])  # the new backup is encrypted
    assert new_backup not in plain_copies(plain)

    with pytest.raises(ConversionError, match="belum dapat dibuka"):
        remove_plain_copy(aside, plain, OTHER_KEY)
    with pytest.raises(ConversionError, match="bukan salinan tanpa enkripsi"):
        remove_plain_copy(new_backup, plain, KEY)
    with pytest.raises(ConversionError, match="bukan salinan tanpa enkripsi"):
        remove_plain_copy(plain, plain, KEY)
    assert aside.exists() and new_backup.exists()

    remove_plain_copy(aside, plain, KEY)
    remove_plain_copy(old_backup, plain, KEY)
    assert plain_copies(plain) == []
    assert sorted(p.name for p in plain.parent.iterdir()) == ["backups", "lk3.sqlite"]
    assert check_file(plain, key=KEY).startswith("OK")


def test_the_plain_copy_is_kept_while_the_database_is_still_plain(plain, tmp_path):
    copy = plain.with_name("sebelum-enkripsi-20261201-080000.sqlite")
    copy.write_bytes(plain.read_bytes())
    with pytest.raises(ConversionError, match="belum terenkripsi"):
        remove_plain_copy(copy, plain, KEY)
    assert copy.exists()


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symlinks")
def test_a_link_posing_as_a_plain_copy_is_not_followed(plain, tmp_path):
    encrypt_plain_file(plain, KEY, now=NOW)
    elsewhere = tmp_path / "lain.sqlite"
    elsewhere.write_bytes(b"SQLite format 3\x00" + b"\0" * 4080)
    link = plain.with_name("sebelum-enkripsi-20261201-080000.sqlite")
    link.symlink_to(elsewhere)
    with pytest.raises(ConversionError, match="bukan salinan"):
        remove_plain_copy(link, plain, KEY)
    assert elsewhere.read_bytes().startswith(b"SQLite format 3")

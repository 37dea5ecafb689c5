"""Backups: consistent while writing, checked before they get their name, never half-made."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lk3_desktop.cli import main
from lk3_desktop.store import check_file, open_store
from lk3_desktop.store.backup import (
    BackupError,
    automatic_backup,
    automatic_folder,
    backup_to,
    backups_in,
    describe_backup,
)
from lk3_desktop.store.crypto import KeyFile, key_file_path
from tests.helpers.cases import complete_case
from tests.helpers.encryption import (
    KEY,
    assert_unreadable,
    encrypted,
    plain_and_encrypted,
    raw_connect,
)

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 28, 9, 30, 15)


@plain_and_encrypted
def test_backup_copies_every_case_under_a_dated_name(store, staff, tmp_path, file_key):
    for _ in range(3):
        complete_case(store, staff, upto=4)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup_to(store.path, usb, now=NOW, key=file_key)
    assert made == usb / "lk3-20261128-093015.sqlite"
    assert check_file(made, key=file_key).startswith("OK: lk3-20261128-093015.sqlite utuh, 3 kasus")
    assert sorted(p.name for p in usb.iterdir()) == [made.name]  # no temporary file left
    copy = open_store(made, key=file_key)
    assert {r.agenda_number for r in copy.list_cases()} == {
        r.agenda_number for r in store.list_cases()}
    copy.close()
    if file_key:  # what a finder of the USB stick sees
        assert_unreadable(made, "Ni Luh Putu Ayu D'Costa", "Dideportasi dari Tawau")


@encrypted
def test_an_encrypted_backup_takes_the_key_file_along(store, staff, tmp_path):
    complete_case(store, staff, upto=2)
    keys = KeyFile.create(store.path, KEY)
    keys.wrap("Rina", "sandi Rina", KEY)
    keys.record_failure("Maria", NOW)
    keys.add_pending_audit({"action": "sign_in_failed", "username": "maria"})
    keys.save()
    made = backup_to(store.path, tmp_path, now=NOW, key=KEY)
    copied = KeyFile.load(made)
    assert copied.path == tmp_path / "lk3-20261128-093015.sqlite.keys"
    assert copied.file_id == keys.file_id and copied.unwrap("rina", "sandi Rina") == KEY
    # The live file's own history stays with it.
    assert copied.failures("Maria") == [] and copied.take_pending_audit() == []
    assert KeyFile.load(store.path).failures("Maria") == [NOW.astimezone()]
    if sys.platform != "win32":
        assert oct(copied.path.stat().st_mode & 0o777) == "0o600"


@encrypted
def test_an_encrypted_backup_is_described_without_its_key(store, staff, tmp_path):
    complete_case(store, staff, upto=2)
    made = backup_to(store.path, tmp_path, now=NOW, key=KEY)
    seen = describe_backup(made)
    assert not seen.usable and seen.encrypted and seen.needs_key
    assert seen.summary() == ("Cadangan 28 November 2026 09.30: terenkripsi, 0,2 MB; isinya dapat "
                              "diperiksa dengan kuncinya.")
    assert describe_backup(made, KEY).found.cases == 1
    wrong = describe_backup(made, bytes(32))
    assert wrong.wrong_key and wrong.summary().startswith("Kunci atau sandi salah")


@plain_and_encrypted
def test_backup_while_another_connection_writes_is_consistent(store, staff, tmp_path, file_key):
    complete_case(store, staff, upto=2)
    stop = threading.Event()

    def writer():
        other = open_store(store.path, key=file_key)
        while not stop.is_set():
            other.save_step(None, 1, {"full_name": "Penulis", "complaint": "x" * 2000})
        other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = [backup_to(store.path, tmp_path, now=NOW + timedelta(seconds=i), key=file_key)
                for i in range(5)]
    finally:
        stop.set()
        thread.join()
    for path in made:
        assert check_file(path, key=file_key).startswith("OK")


@plain_and_encrypted
def test_backup_finishes_while_another_connection_never_stops_writing(store, tmp_path, file_key):
    for i in range(60):  # well over 256 pages, so the copy takes more than one step
        store.save_step(None, 1, {"full_name": f"Isi {i}", "complaint": "x" * 20_000})
    # The worst case, made deterministic: another connection commits between every two steps
    # (as a save lands while the dialog repaints its progress), so each step starts the copy
    # over. Page-by-page copying alone would never finish; the progress callback stops the
    # test with an assertion instead of letting it loop forever.
    other = open_store(store.path, key=file_key)
    seen: list[tuple[int, int]] = []

    def one_write_per_step(done: int, total: int) -> None:
        seen.append((done, total))
        assert len(seen) <= 50, f"{len(seen)} steps and no end: every write restarted the copy"
        other.save_step(None, 1, {"full_name": "Penulis", "complaint": "y" * 2000})

    try:
        made = backup_to(store.path, tmp_path, now=NOW, progress=one_write_per_step,
                         key=file_key)
    finally:
        other.close()
    *steps, last = seen
    assert steps[0][0] < steps[0][1], "the copy fitted in one step: nothing was tested"
    assert len(steps) > 1 and {done for done, _ in steps} == {steps[0][0]}, (
        f"each write should restart the copy at its first step, got {steps}")
    assert last == (1, 1)  # finished by the copy in one step, then said so
    # Consistent: exactly the cases committed before the one-step copy, every one of them.
    assert check_file(made, key=file_key).startswith(
        f"OK: {made.name} utuh, {60 + len(steps)} kasus")


@plain_and_encrypted
def test_missing_target_folder_is_a_clear_message(store, tmp_path, file_key):
    with pytest.raises(BackupError, match="tidak ada"):
        backup_to(store.path, tmp_path / "dicabut", now=NOW, key=file_key)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@plain_and_encrypted
def test_full_target_leaves_no_file_under_the_final_name(store, staff, tmp_path, file_key):
    if file_key:  # its key file goes along too, and must not be left behind either
        KeyFile.create(store.path, file_key)
    for _ in range(20):
        complete_case(store, staff, upto=4)
    store.close()
    target = tmp_path / "kecil"
    target.mkdir()
    code = (
        "import resource, signal, sys\n"
        "from datetime import datetime\n"
        "from pathlib import Path\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))\n"
        "from lk3_desktop.store.backup import BackupError, backup_to\n"
        "try:\n"
        f"    backup_to(Path({str(store.path)!r}), Path({str(target)!r}), now=datetime.now(),\n"
        f"              key={file_key!r})\n"
        "except BackupError as exc:\n"
        "    print('BackupError:', exc)\n"
        "    sys.exit(3)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 3, run.stderr
    assert "BackupError: Gagal menulis" in run.stdout or "penuh" in run.stdout
    assert list(target.iterdir()) == []


@plain_and_encrypted
def test_automatic_backup_once_a_day_and_thinned(store, tmp_path, file_key):
    if file_key:
        KeyFile.create(store.path, file_key)
    first = automatic_backup(store.path, now=NOW, key=file_key)
    assert first is not None and first.parent == automatic_folder(store.path)
    assert automatic_backup(store.path, now=NOW + timedelta(hours=3), key=file_key) is None
    for day in range(1, 40):
        automatic_backup(store.path, now=NOW + timedelta(days=day), key=file_key)
    kept = backups_in(automatic_folder(store.path))
    assert 5 <= len(kept) < 20
    assert max(kept) == NOW + timedelta(days=39)
    # Each backup kept has its key file, and no key file outlives its backup.
    keys = sorted(automatic_folder(store.path).glob("*.keys"))
    assert keys == (sorted(key_file_path(p) for p in kept.values()) if file_key else [])
    (automatic_folder(store.path) / "salinan-saya.sqlite").write_bytes(b"x")
    automatic_backup(store.path, now=NOW + timedelta(days=41), key=file_key)
    assert (automatic_folder(store.path) / "salinan-saya.sqlite").exists()  # not ours to delete


def test_cli_backup(store, tmp_path, capsys):
    store.close()
    assert main(["backup", "--db", str(store.path), "--to", str(tmp_path)]) == 0
    assert "Cadangan dibuat" in capsys.readouterr().out
    assert len(backups_in(tmp_path)) == 1
    assert main(["backup", "--db", str(store.path), "--to", str(tmp_path / "x")]) == 2
    assert "cadangan gagal" in capsys.readouterr().err


@plain_and_encrypted
def test_a_backup_stamped_in_the_future_does_not_stop_the_daily_one(store, tmp_path, file_key):
    folder = automatic_folder(store.path)
    folder.mkdir()
    # The clock once ran a year ahead (a flat CMOS battery) and was put right.
    backup_to(store.path, folder, now=NOW.replace(year=2027), key=file_key)
    made = automatic_backup(store.path, now=NOW, key=file_key)
    assert made is not None and made.name == "lk3-20261128-093015.sqlite"


def test_backups_folder_that_cannot_be_made_is_a_clear_message(store):
    automatic_folder(store.path).write_text("bukan folder", encoding="utf-8")
    with pytest.raises(BackupError, match="Folder cadangan .* tidak dapat dibuat"):
        automatic_backup(store.path, now=NOW)


@plain_and_encrypted
def test_copy_failing_its_check_says_the_database_itself_needs_care(store, staff, tmp_path,
                                                                     file_key):
    """Index damage passes the quick start-up check but not a backup's full check; the copy
    is page for page, so the message must not claim the data is fine."""
    complete_case(store, staff, upto=2)
    store.close()
    conn = raw_connect(store.path, file_key)
    conn.execute("PRAGMA writable_schema=ON")
    name, sql = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' "
                             "AND sql IS NOT NULL AND tbl_name='referral'").fetchone()
    conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?",
                 [f"CREATE INDEX {name} ON referral(complaint)", name])
    conn.commit()
    conn.close()
    from lk3_desktop.store.database import verify_file

    assert verify_file(store.path, quick=True, key=file_key).cases == 1  # quick check passes it
    with pytest.raises(BackupError, match="basis data lk3.sqlite sendiri kemungkinan rusak") as e:
        backup_to(store.path, tmp_path, now=NOW, key=file_key)
    assert e.value.source_damaged
    assert list(tmp_path.glob("lk3-*")) == []


"""Restoring in the program: from the menu, and at start when the file is damaged; the lock
message; the crash log that holds no client data."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from lk3_desktop import app as app_module
from lk3_desktop.store import check_file, open_store
from lk3_desktop.store.backup import automatic_folder, backup_to
from lk3_desktop.ui import recovery
from lk3_desktop.ui.recovery import RestoreDialog
from tests.helpers.cases import complete_case, intake

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 4] = b"\x5a" * (4096 * 2)
    path.write_bytes(bytes(data))


def test_restore_from_the_menu_shows_what_comes_back(qtbot, window, staff, monkeypatch,
                                                     message_boxes):
    store = window.store
    for _ in range(2):
        complete_case(store, staff, upto=3)
    folder = automatic_folder(store.path)
    folder.mkdir()
    backup_to(store.path, folder, now=datetime(2026, 11, 27, 17, 5))
    store.save_step(None, 1, intake(full_name="Kasus Sesudah Cadangan",
                                    performed_by=staff["pengadministrasi"]), complete=True)
    window.refresh()
    assert window.model.rowCount() == 3
    window.table.selectRow(0)
    wizard = window.continue_case()  # open on the old store: closed before the swap

    dialog = window.restore_backup()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    detail = dialog.detail.text()
    assert "Cadangan 27 November 2026 17.05: 2 kasus" in detail
    assert "Basis data sekarang berisi 3 kasus (1 kasus lebih banyak dari cadangan ini)" in detail
    asked = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.ask",
                        lambda _p, title, text: asked.append(text) or True)
    before = len(message_boxes)
    dialog.ok.click()  # the restore runs on a thread of its own; its result comes as a signal
    qtbot.waitUntil(lambda: len(message_boxes) > before, timeout=30_000)

    assert "Ganti basis data sekarang (3 kasus) dengan cadangan ini?" in asked[0]
    assert window.model.rowCount() == 2
    assert window.store is not store and window.store.list_cases()[0].client_name
    assert wizard is not None and window.wizards == []
    title, text = message_boxes[-1]
    assert title == "Basis data dipulihkan" and "sebelum-pulih-" in text
    # The new store is the one the window writes to, and the old file is kept aside.
    window.store.save_step(None, 1, {"full_name": "Sesudah pemulihan"})
    assert check_file(window.store.path).startswith("OK: lk3.sqlite utuh, 3 kasus")
    kept = [p for p in folder.iterdir() if p.name.startswith("sebelum-pulih-")]
    assert len(kept) == 1 and check_file(kept[0]).startswith(f"OK: {kept[0].name} utuh, 3 kasus")


def test_restore_dialog_refuses_a_file_that_is_no_backup(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "bukan.sqlite"
    bad.write_text("catatan", encoding="utf-8")
    monkeypatch.setattr("lk3_desktop.ui.dialogs.open_backup_path", lambda *_a: bad)
    dialog = RestoreDialog(window.store.path, 0, window)
    qtbot.addWidget(dialog)
    dialog.pick_file()
    assert dialog.detail.text().startswith("Tidak dapat dipakai: Berkas bukan.sqlite bukan")
    assert not dialog.ok.isEnabled()


@pytest.fixture
def damaged_with_backup(store, staff):
    for _ in range(3):
        complete_case(store, staff, upto=4)
    folder = automatic_folder(store.path)
    folder.mkdir()
    good = backup_to(store.path, folder, now=datetime(2026, 11, 27, 17, 5))
    newer = backup_to(store.path, folder, now=datetime(2026, 11, 28, 8, 0))
    _damage(newer)  # the newest backup is damaged too: the one before it is offered
    complete_case(store, staff, upto=2)
    store.close()
    _damage(store.path)
    return store.path, good


def test_damaged_file_at_start_offers_the_newest_whole_backup(qtbot, damaged_with_backup,
                                                              monkeypatch, message_boxes):
    db_path, good = damaged_with_backup
    damaged = _digest(db_path)
    offered = []

    def choose(_parent, _icon, title, text, options, default=0, detail=""):
        offered.append((title, text, options, detail))
        return 0  # "Pulihkan cadangan ini"

    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose", choose)
    assert app_module.open_checked(db_path) is True
    title, text, options, detail = offered[0]
    assert title == "Basis data rusak"
    assert "Berkas basis data lk3.sqlite rusak" in text and "tidak akan dihapus" in text
    assert detail == "database disk image is malformed"  # SQLite's words, under Rincian only
    assert "malformed" not in text and "database" not in text
    assert "Cadangan 27 November 2026 17.05: 3 kasus" in text and str(good) in text
    assert options[0] == "Pulihkan cadangan ini"
    assert check_file(db_path).startswith("OK: lk3.sqlite utuh, 3 kasus")
    kept = next(automatic_folder(db_path).glob("rusak-*.sqlite"))
    assert _digest(kept) == damaged
    assert message_boxes[-1][0] == "Basis data dipulihkan" and kept.name in message_boxes[-1][1]
    window = app_module.build_main_window(db_path)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 3


def test_leaving_a_damaged_file_as_it_is(qtbot, store, staff, monkeypatch):
    complete_case(store, staff, upto=4)
    store.close()
    _damage(store.path)
    before = _digest(store.path)
    offered = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose",
                        lambda *a, **k: offered.append(a[4]) or 1)  # "Keluar"
    assert app_module.open_checked(store.path) is False
    assert offered == [["Pilih berkas cadangan…", "Keluar"]]  # no backups/ to offer from
    assert _digest(store.path) == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["lk3.sqlite"]


def test_newer_file_at_start_is_refused_without_offering_a_backup(store, message_boxes,
                                                                  monkeypatch):
    store.db.execute("PRAGMA user_version=99")
    store.close()
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose", lambda *a, **k: pytest.fail(a))
    assert app_module.open_checked(store.path) is False
    assert "versi LK3 Desktop yang lebih baru" in message_boxes[-1][1]


def test_second_program_is_told_which_computer_holds_the_file(qtbot, db_path, message_boxes):
    first = app_module.lock_database(db_path)
    try:
        assert app_module._acquire_lock(db_path) is None
    finally:
        first.unlock()
    title, text = message_boxes[-1]
    assert title == "Basis data sedang dipakai"
    assert "sedang dibuka oleh LK3 Desktop di komputer ini sejak " in text
    assert str(datetime.now().year) in text


def test_lock_of_a_laptop_that_died_on_a_shared_folder_can_be_taken_over(db_path, monkeypatch):
    lock_file = db_path.with_name(db_path.name + ".lock")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock_file.write_text("4242\nlk3-desktop\nLAPTOP-SHELTER-2\n", encoding="utf-8")
    assert QSysInfo.machineHostName() != "LAPTOP-SHELTER-2"
    said = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose",
                        lambda _p, _i, _t, text, options, **k: said.append(text) or 0)
    assert app_module._acquire_lock(db_path) is None  # "Tutup": nothing taken
    assert 'di komputer lain bernama "LAPTOP-SHELTER-2"' in said[0]
    assert lock_file.read_text(encoding="utf-8").startswith("4242")

    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose", lambda *a, **k: 1)  # "Ambil alih…"
    monkeypatch.setattr("lk3_desktop.ui.dialogs.ask", lambda *a: True)
    held = app_module._acquire_lock(db_path)
    assert held is not None and held.isLocked()
    held.unlock()


def test_log_holds_the_error_but_no_client_data(qtbot, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(app_module, "user_log_dir", lambda: tmp_path)
    handler_count = len(logging.getLogger().handlers)
    old = sys.excepthook
    try:
        log_file = app_module.setup_logging(tmp_path)
        app_module._install_excepthook()
        try:
            int("Siti Aminah 6571014505900003")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
        for h in logging.getLogger().handlers[handler_count:]:
            logging.getLogger().removeHandler(h)
            h.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "test_log_holds_the_error" in logged
    assert "Siti" not in logged and "6571014505900003" not in logged
    title, text = message_boxes[-1]
    assert title == "Terjadi kesalahan" and str(log_file) in text


@pytest.mark.slow
def test_log_rotates_and_native_crashes_land_beside_it(tmp_path):
    script = (
        "import logging, faulthandler, sys\n"
        "from pathlib import Path\n"
        "from lk3_desktop.app import setup_logging\n"
        "setup_logging(Path(sys.argv[1]))\n"
        "for i in range(3000): logging.getLogger('lk3_desktop').info('baris %d %s', i, 'x' * 1100)\n"
        "faulthandler._sigsegv()\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0  # it did crash
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["lk3-desktop-crash.log", "lk3-desktop.log", "lk3-desktop.log.1",
                     "lk3-desktop.log.2", "lk3-desktop.log.3"]
    assert all(p.stat().st_size <= 1_000_000 for p in tmp_path.glob("lk3-desktop.log*"))
    assert "Fatal Python error: Segmentation fault" in (
        tmp_path / "lk3-desktop-crash.log").read_text(encoding="utf-8")


def test_describe_keeps_the_backup_recognisable(store, staff, tmp_path):
    complete_case(store, staff, upto=2)
    made = backup_to(store.path, tmp_path, now=datetime(2026, 11, 27, 17, 5))
    text = recovery.describe_backup(made).summary()
    assert text.startswith("Cadangan 27 November 2026 17.05: 1 kasus, perubahan terakhir ")
    assert text.endswith(" MB.") and "," in text.split()[-2]
    store.close()
    assert open_store(made).list_cases()


def test_file_removed_while_typing_keeps_the_form_and_says_why(qtbot, window, staff,
                                                              message_boxes):
    import os

    from tests.helpers.gui import find, next_page, set_field

    rid = complete_case(window.store, staff, upto=1)
    window.refresh()
    window.select_case(rid)
    wiz = window.continue_case()
    assert wiz.currentId() == 2
    notes = find(wiz, "step2.notes")
    set_field(qtbot, notes, "Klien bersedia konseling minggu depan.")
    os.unlink(window.store.path)  # the USB stick holding the database is pulled out
    next_page(qtbot, wiz)
    assert wiz.currentId() == 2  # not moved on: nothing was saved
    assert notes.toPlainText() == "Klien bersedia konseling minggu depan."
    title, text = next(m for m in message_boxes if m[0] == "Gagal menyimpan")
    assert "tidak ada lagi di tempatnya" in text and "flashdisk dicabut" in text


def _restore_dialog_with_backup(qtbot, window, staff, monkeypatch):
    complete_case(window.store, staff, upto=1)
    folder = automatic_folder(window.store.path)
    folder.mkdir()
    backup_to(window.store.path, folder, now=datetime(2026, 11, 27, 17, 5))
    complete_case(window.store, staff, upto=1)
    window.refresh()
    monkeypatch.setattr("lk3_desktop.ui.dialogs.ask", lambda *a: True)
    dialog = window.restore_backup()
    qtbot.addWidget(dialog)
    return dialog


def test_restore_waits_for_a_dialog_that_will_not_close(qtbot, window, staff, monkeypatch,
                                                        message_boxes):
    from tests.helpers.gui import find, set_field

    staff_dialog = window.manage_staff()
    set_field(qtbot, find(staff_dialog, "staff.name"), "Nama belum disimpan")
    dialog = _restore_dialog_with_backup(qtbot, window, staff, monkeypatch)
    # The staff dialog asks whether to drop its edit; this time the answer is No.
    monkeypatch.setattr(staff_dialog, "_may_discard", lambda: False)
    dialog.ok.click()
    assert message_boxes[-1][0] == "Pemulihan dibatalkan"
    assert staff_dialog.isVisible() and window.model.rowCount() == 2
    window.store.save_step(None, 1, {"full_name": "Masih bisa menyimpan"})  # store still open


def test_unexpected_failure_during_restore_leaves_a_working_window(qtbot, window, staff,
                                                                   monkeypatch, message_boxes):
    dialog = _restore_dialog_with_backup(qtbot, window, staff, monkeypatch)

    def broken(*_a, **_k):
        raise OSError(5, "Input/output error")  # the stick fails mid-restore

    monkeypatch.setattr("lk3_desktop.ui.main_window.restore_from", broken)
    before = len(message_boxes)
    dialog.ok.click()
    qtbot.waitUntil(lambda: len(message_boxes) > before, timeout=30_000)
    assert message_boxes[-1][0] == "Pemulihan gagal"
    assert window.model.rowCount() == 2
    window.refresh()
    window.store.save_step(None, 1, {"full_name": "Masih bisa menyimpan"})


def test_closing_with_a_backups_file_in_the_way_says_so(qtbot, window, staff, message_boxes):
    complete_case(window.store, staff, upto=1)
    automatic_folder(window.store.path).write_text("bukan folder", encoding="utf-8")
    window.close()
    title, text = message_boxes[-1]
    assert title == "Cadangan otomatis gagal" and "tidak dapat dibuat" in text


def test_lock_file_cut_off_by_a_power_failure_names_nobody(db_path):
    from lk3_desktop.lock import holder

    db_path.with_name(db_path.name + ".lock").write_text("", encoding="utf-8")
    assert holder(db_path) is None


def test_database_under_a_file_is_a_message_not_a_traceback(tmp_path, message_boxes):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x", encoding="utf-8")
    assert app_module._acquire_lock(blocker / "lk3.sqlite") is None
    assert message_boxes[-1][0] == "Basis data tidak dapat dibuka"
    assert "tidak dapat dibuat" in message_boxes[-1][1]


PERMISSIONS = r"""
import os, sys
from datetime import datetime
from pathlib import Path
from lk3_desktop.cli import main
from lk3_desktop.store import open_store
from lk3_desktop.store.backup import backup_to

base = Path(sys.argv[1])
db = base / "lk3.sqlite"
open_store(db).close()
usb = base / "usb"
usb.mkdir()
os.chmod(usb, 0o555)                     # a write-protected stick
code_backup = main(["backup", "--db", str(db), "--to", str(usb)])
os.chmod(db, 0)                          # unreadable (on Windows: held by antivirus)
code_check = main(["check", "--db", str(db)])
os.chmod(db, 0o644)
ro = base / "ro"
ro.mkdir()
backup = backup_to(db, base, now=datetime(2026, 11, 27, 17, 5))
os.chmod(ro, 0o555)                      # a database folder that takes no lock file
code_restore = main(["restore", "--db", str(ro / "lk3.sqlite"), "--from", str(backup), "--ya"])
print(code_backup, code_check, code_restore)
"""


@pytest.mark.slow
def test_permissions_give_indonesian_lines(tmp_path):
    import os

    from tests.helpers.permissions import run_as_ordinary_user

    done = run_as_ordinary_user(PERMISSIONS, str(tmp_path))
    for folder in ("usb", "ro"):
        os.chmod(tmp_path / folder, 0o755)
    assert done.stdout.split() == ["2", "2", "2"], done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 3 and not any("Traceback" in x or "Errno" in x for x in lines)
    assert "usb tidak dapat ditulisi (hanya-baca atau tanpa izin)" in lines[0]
    assert "lk3.sqlite tidak dapat dibaca (izin ditolak" in lines[1]
    assert "ro tidak dapat ditulisi (hanya-baca atau tanpa izin)" in lines[2]

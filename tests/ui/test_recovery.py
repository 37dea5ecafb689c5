"""Restoring in the program: from the menu, and at start when the file is damaged."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest

from lk3_desktop import app as app_module
from lk3_desktop.store import DatabaseRefused, check_file, open_store
from lk3_desktop.store.backup import automatic_folder, backup_to
from lk3_desktop.store.database import verify_file
from lk3_desktop.ui import recovery
from lk3_desktop.ui.recovery import RestoreDialog
from tests.helpers.cases import complete_case, intake
from tests.helpers.encryption import encrypted, plain_and_encrypted


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


def _open_checked(db_path: Path, key: bytes | None) -> bool:
    """The program's start-up check (app.open_checked), with the file key of an encrypted
    file: the sign-in that gives that key to app.py is the integrator's."""
    if key is None:
        return app_module.open_checked(db_path)
    try:
        verify_file(db_path, quick=True, key=key)
    except DatabaseRefused as exc:
        assert exc.damaged, exc
        return recovery.recover_at_start(db_path, exc.detail or str(exc), key=key)
    return True


@pytest.fixture
def damaged_with_backup(store, staff, file_key):
    for _ in range(3):
        complete_case(store, staff, upto=4)
    folder = automatic_folder(store.path)
    folder.mkdir()
    good = backup_to(store.path, folder, now=datetime(2026, 11, 27, 17, 5), key=file_key)
    newer = backup_to(store.path, folder, now=datetime(2026, 11, 28, 8, 0), key=file_key)
    _damage(newer)  # the newest backup is damaged too: the one before it is offered
    complete_case(store, staff, upto=2)
    store.close()
    _damage(store.path)
    return store.path, good


@plain_and_encrypted
def test_damaged_file_at_start_offers_the_newest_whole_backup(qtbot, damaged_with_backup,
                                                              monkeypatch, message_boxes, file_key):
    db_path, good = damaged_with_backup
    damaged = _digest(db_path)
    offered = []

    def choose(_parent, _icon, title, text, options, default=0, detail=""):
        offered.append((title, text, options, detail))
        return 0  # "Pulihkan cadangan ini"

    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose", choose)
    assert _open_checked(db_path, file_key) is True
    title, text, options, detail = offered[0]
    assert title == "Basis data rusak"
    assert "Berkas basis data lk3.sqlite rusak" in text and "tidak akan dihapus" in text
    assert detail == "database disk image is malformed"  # SQLite's words, under Rincian only
    assert "malformed" not in text and "database" not in text
    assert "Cadangan 27 November 2026 17.05: 3 kasus" in text and str(good) in text
    assert options[0] == "Pulihkan cadangan ini"
    assert check_file(db_path, key=file_key).startswith("OK: lk3.sqlite utuh, 3 kasus")
    kept = next(automatic_folder(db_path).glob("rusak-*.sqlite"))
    assert _digest(kept) == damaged
    assert message_boxes[-1][0] == "Basis data dipulihkan" and kept.name in message_boxes[-1][1]
    if file_key is None:  # the main window takes no key yet: the integrator's
        window = app_module.build_main_window(db_path)
        qtbot.addWidget(window)
        assert window.model.rowCount() == 3
    else:
        store = open_store(db_path, key=file_key)
        assert len(store.list_cases()) == 3
        store.close()


@plain_and_encrypted
def test_leaving_a_damaged_file_as_it_is(qtbot, store, staff, monkeypatch, file_key):
    complete_case(store, staff, upto=4)
    store.close()
    _damage(store.path)
    before = _digest(store.path)
    offered = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose",
                        lambda *a, **k: offered.append(a[4]) or 1)  # "Keluar"
    assert _open_checked(store.path, file_key) is False
    assert offered == [["Pilih berkas cadangan…", "Keluar"]]  # no backups/ to offer from
    assert _digest(store.path) == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["lk3.sqlite"]


@plain_and_encrypted
def test_describe_keeps_the_backup_recognisable(store, staff, tmp_path, file_key):
    complete_case(store, staff, upto=2)
    made = backup_to(store.path, tmp_path, now=datetime(2026, 11, 27, 17, 5), key=file_key)
    text = recovery.describe_backup(made, file_key).summary()
    assert text.startswith("Cadangan 27 November 2026 17.05: 1 kasus, perubahan terakhir ")
    assert text.endswith(" MB.") and "," in text.split()[-2]
    store.close()
    assert open_store(made, key=file_key).list_cases()


@encrypted
def test_restore_dialog_checks_encrypted_backups_with_the_key(qtbot, store, staff, file_key):
    complete_case(store, staff, upto=2)
    folder = automatic_folder(store.path)
    folder.mkdir()
    backup_to(store.path, folder, now=datetime(2026, 11, 27, 17, 5), key=file_key)
    without = RestoreDialog(store.path, 1)
    qtbot.addWidget(without)
    assert without.detail.text() == ("Tidak dapat dipakai: Cadangan 27 November 2026 17.05: "
                                     "terenkripsi, 0,2 MB; isinya dapat diperiksa dengan kuncinya.")
    assert not without.ok.isEnabled()
    dialog = RestoreDialog(store.path, 1, key=file_key)
    qtbot.addWidget(dialog)
    assert dialog.detail.text().startswith("Cadangan 27 November 2026 17.05: 1 kasus")
    assert dialog.ok.isEnabled()


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

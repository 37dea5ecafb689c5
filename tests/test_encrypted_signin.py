"""Sign-in on the encrypted file: set-up makes it, passwords and the recovery key open it,
the command line works on it, and no client name is readable in it or in a backup."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from lk3_desktop import cli
from lk3_desktop.auth import SignInRefused, sign_in, sign_in_with_recovery_key
from lk3_desktop.store import DatabaseRefused, open_store
from lk3_desktop.store.crypto import (
    KeyFile,
    file_key_from_recovery,
    key_file_path,
    new_recovery_key,
)
from lk3_desktop.store.database import SQLITE_HEADER, is_encrypted
from lk3_desktop.ui.signin_dialog import RecoveryKeyDialog, SetupDialog
from tests.helpers import cases

NAME = "Ni Luh Putu Ayu D'Costa"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_up(qtbot, path: Path, password: str = "sandi admin kantor") -> SetupDialog:
    dialog = SetupDialog(path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Nurul Hasanah")
    dialog.username.setText("admin")
    dialog.password.setText(password)
    dialog.repeat.setText(password)
    dialog.also_roles["pengadministrasi"].setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.text()
    return dialog


def test_set_up_makes_an_encrypted_file_that_the_recovery_key_opens_anywhere(qtbot, tmp_path):
    path = tmp_path / "lk3.sqlite"
    dialog = set_up(qtbot, path)
    store = dialog.store
    store.save_step(None, 1, cases.intake())
    store.close()
    data = path.read_bytes()
    assert not data.startswith(SQLITE_HEADER) and is_encrypted(path)
    assert NAME.encode() not in data and b"D'Costa" not in data
    assert key_file_path(path).exists()
    # A hand copy on a stick, without the key file: the recovery key alone opens it.
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    shutil.copy(path, stick / "salinan.sqlite")
    with pytest.raises(DatabaseRefused) as refused:
        open_store(stick / "salinan.sqlite", create=False)
    assert refused.value.needs_key
    copy = open_store(stick / "salinan.sqlite", create=False,
                      key=file_key_from_recovery(dialog.recovery_key.lower()))
    try:
        assert copy._one("SELECT full_name FROM client")["full_name"] == NAME
    finally:
        copy.close()
    # And the password opens it here.
    sign_in(path, "admin", "sandi admin kantor").close()


def test_set_up_converts_an_existing_plain_file_and_keeps_its_copy_aside(qtbot, tmp_path):
    path = tmp_path / "lk3.sqlite"
    plain = open_store(path)
    staff = plain.save_staff({"name": "Rina", "roles": ["pengadministrasi"]})
    plain.actor = staff
    rid = plain.save_step(None, 1, cases.intake())
    plain.close()
    before = path.read_bytes()
    dialog = set_up(qtbot, path)
    dialog.store.close()
    assert dialog.plain_copy is not None and dialog.plain_copy.read_bytes() == before
    assert is_encrypted(path) and NAME.encode() not in path.read_bytes()
    store = sign_in(path, "admin", "sandi admin kantor")
    try:
        assert store.load_step(rid, 1)["full_name"] == NAME
    finally:
        store.close()


def test_the_recovery_key_dialog_closes_only_once_the_key_is_kept(qtbot, tmp_path):
    dialog = RecoveryKeyDialog("ABCD-EFGH", tmp_path / "lk3.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    dialog.accept()
    assert dialog.isVisible()
    dialog.kept.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def office(qtbot, tmp_path):
    path = tmp_path / "lk3.sqlite"
    dialog = set_up(qtbot, path)
    store = dialog.store
    rid = store.save_step(None, 1, cases.intake())
    sid = store.save_staff({"name": "Maria", "roles": ["konselor"]})
    store.create_account(sid, "maria", "sandi sementara 1")
    store.close()
    return path, rid, dialog.recovery_key


def test_wrong_password_leaves_the_file_untouched_and_is_audited_later(office):
    path, _, _ = office
    before = digest(path)
    clock_now = [datetime(2026, 12, 2, 9, 0, tzinfo=UTC)]
    waits = []
    for _ in range(4):
        with pytest.raises(SignInRefused) as refused:
            sign_in(path, "admin", "bukan sandinya", clock=lambda: clock_now[0])
        waits.append(refused.value.wait)
        clock_now[0] += timedelta(seconds=refused.value.wait)
    assert waits == [0, 0, 5, 10]
    assert digest(path) == before  # nothing written: the file could not even be opened
    assert len(KeyFile.load(path).failures("admin")) == 4
    store = sign_in(path, "admin", "sandi admin kantor", clock=lambda: clock_now[0])
    try:
        failed = [e for e in store.audit_entries("account") if e["action"] == "sign_in_failed"]
        assert len(failed) == 4 and failed[0]["actor"] == store.user.staff_id
    finally:
        store.close()
    assert KeyFile.load(path).failures("admin") == []


def test_a_reset_and_a_changed_password_open_the_same_file(office):
    path, rid, _ = office
    maria = sign_in(path, "maria", "sandi sementara 1")
    assert maria.must_change_password()
    maria.change_password("sandi sementara 1", "sandi maria sendiri")
    maria.close()
    with pytest.raises(SignInRefused):
        sign_in(path, "maria", "sandi sementara 1")
    sign_in(path, "maria", "sandi maria sendiri").close()
    admin = sign_in(path, "admin", "sandi admin kantor")
    admin.reset_password("maria", "sandi sementara 2")
    admin.close()
    sign_in(path, "maria", "sandi sementara 2").close()


def test_forgotten_password_with_the_recovery_key(office, tmp_path):
    path, _, recovery = office
    with pytest.raises(SignInRefused):
        sign_in_with_recovery_key(path, "AAAA-BBBB", "admin", "sandi baru admin")
    with pytest.raises(DatabaseRefused) as wrong:
        sign_in_with_recovery_key(path, new_recovery_key(), "admin", "sandi baru admin")
    assert wrong.value.wrong_key
    store = sign_in_with_recovery_key(path, recovery, "admin", "sandi baru admin")
    store.close()
    sign_in(path, "admin", "sandi baru admin").close()
    # A copy restored without its key file: the recovery key, once, lets its people in again.
    moved = tmp_path / "pindah"
    moved.mkdir()
    shutil.copy(path, moved / "lk3.sqlite")
    with pytest.raises(SignInRefused, match="kunci pemulihan"):
        sign_in(moved / "lk3.sqlite", "admin", "sandi baru admin")
    sign_in_with_recovery_key(moved / "lk3.sqlite", recovery, "admin", "sandi lagi baru").close()
    sign_in(moved / "lk3.sqlite", "admin", "sandi lagi baru").close()


def test_cli_on_an_encrypted_demo_file(tmp_path, capsys, monkeypatch):
    path, key_file = tmp_path / "demo.sqlite", tmp_path / "kunci.txt"
    assert cli.main(["demo-data", "--db", str(path), "--cases", "5", "--password",
                     "sandi-demo-123", "--recovery-key-file", str(key_file)]) == 0
    assert is_encrypted(path) and key_file.stat().st_mode & 0o077 == 0
    capsys.readouterr()
    monkeypatch.setenv("LK3_PASSWORD", "sandi-demo-123")
    assert cli.main(["cases", "--db", str(path), "--user", "rina", "--json"]) == 0
    names = [c["client"] for c in __import__("json").loads(capsys.readouterr().out)]
    assert len(names) == 5 + 6  # and six old ones, some anonymised
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli.main(["backup", "--db", str(path), "--to", str(usb), "--user", "rina"]) == 0
    made = next(usb.glob("*.sqlite"))
    for f in (path, made):
        data = f.read_bytes()
        assert not any(n.encode() in data for n in names if n), f
    # The backup elsewhere, without the key file, opens with the recovery key alone.
    key_file_path(made).unlink()
    capsys.readouterr()
    assert cli.main(["cases", "--db", str(made), "--recovery-key-file", str(key_file)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5 + 6
    # Neither an account nor the key: one line, file untouched.
    before = digest(made)
    assert cli.main(["cases", "--db", str(made)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert digest(made) == before
    assert cli.main(["check", "--db", str(path), "--user", "admin"]) == 0
    assert capsys.readouterr().out.startswith("OK:")


def test_the_administrator_deletes_the_plain_copy_after_conversion(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.app import build_main_window, configure_application
    from lk3_desktop.ui import dialogs

    path = tmp_path / "lk3.sqlite"
    plain = open_store(path)
    plain.save_staff({"name": "Rina", "roles": ["pengadministrasi"]})
    plain.close()
    dialog = set_up(qtbot, path)
    copy = dialog.plain_copy
    assert copy is not None and copy.exists()
    configure_application(QApplication.instance())
    window = build_main_window(path, store=dialog.store)
    qtbot.addWidget(window)
    settings = window.office_settings()
    assert settings.plain_copies == [copy]
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    assert settings.remove_plain_copies() == 1
    assert not copy.exists()
    assert [e for e in window.store.audit_entries("database") if e["action"] ==
            "remove_plain_copies"]


def test_restoring_another_laptops_backup_asks_its_recovery_key_then_its_people_sign_in(
        qtbot, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.app import build_main_window, configure_application
    from lk3_desktop.store.backup import backup_to

    here, there = tmp_path / "sini", tmp_path / "sana"
    here.mkdir()
    there.mkdir()
    mine = set_up(qtbot, here / "lk3.sqlite")
    other = set_up(qtbot, there / "lk3.sqlite", password="sandi kantor lain")
    other.store.save_step(None, 1, cases.intake(full_name="Klien Laptop Lain"))
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup_to(other.store.path, usb, now=datetime(2026, 11, 30, 8, 0), key=other.store.key)
    other.store.close()
    key_file_path(made).unlink()  # copied by hand without its key file

    configure_application(QApplication.instance())
    window = build_main_window(here / "lk3.sqlite", store=mine.store)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr("lk3_desktop.ui.dialogs.open_backup_path", lambda *_a: made)
    dialog = window.restore_backup()
    qtbot.addWidget(dialog)
    dialog.pick_file()
    assert dialog.chosen.wrong_key and not dialog.ok.isEnabled()
    assert dialog.key_row.isVisibleTo(dialog)
    dialog.recovery.setText(mine.recovery_key)  # this laptop's key does not open it
    dialog.use_recovery_key()
    assert not dialog.ok.isEnabled()
    dialog.recovery.setText(other.recovery_key)
    dialog.use_recovery_key()
    assert dialog.ok.isEnabled() and "1 kasus" in dialog.detail.text()
    monkeypatch.setattr("lk3_desktop.ui.dialogs.ask", lambda *_a: True)
    before = len(message_boxes)
    dialog.ok.click()
    qtbot.waitUntil(lambda: len(message_boxes) > before, timeout=30_000)
    assert message_boxes[-1][0] == "Basis data dipulihkan"
    # This laptop's administrator is not an account of the restored file: its people sign
    # in; without its key file, first with its recovery key.
    signin = window._signin
    assert signin is not None and not window.isVisible()
    recovered = signin.with_recovery_key()
    recovered.recovery.setText(other.recovery_key)
    recovered.username.setText("admin")
    recovered.password.setText("sandi baru di sini")
    recovered.repeat.setText("sandi baru di sini")
    recovered.accept()
    assert window.isVisible() and window.store.user.username == "admin"
    assert [r.client_name for r in window.store.list_cases()] == ["Klien Laptop Lain"]
    assert [e for e in window.store.audit_entries("database") if e["action"] == "restore"]
    window.close()
    sign_in(here / "lk3.sqlite", "admin", "sandi baru di sini").close()


def test_cli_restores_another_laptops_backup_with_its_recovery_key(tmp_path, capsys,
                                                                   monkeypatch):
    here, there = tmp_path / "sini.sqlite", tmp_path / "sana.sqlite"
    keys = {}
    for path in (here, there):
        keys[path] = tmp_path / f"{path.stem}-kunci.txt"
        assert cli.main(["demo-data", "--db", str(path), "--cases", "2" if path == here else "4",
                         "--password", "sandi-demo-123",
                         "--recovery-key-file", str(keys[path])]) == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setenv("LK3_PASSWORD", "sandi-demo-123")
    assert cli.main(["backup", "--db", str(there), "--to", str(usb), "--user", "admin"]) == 0
    made = next(usb.glob("*.sqlite"))
    capsys.readouterr()
    args = ["restore", "--db", str(here), "--from", str(made), "--ya", "--user", "admin"]
    assert cli.main(args) == 2
    assert "--from-recovery-key-file" in capsys.readouterr().err
    assert cli.main([*args, "--from-recovery-key-file", str(keys[there])]) == 0
    # Its key file came along: its accounts sign in to the restored file.
    store = sign_in(here, "rina", "sandi-demo-123")
    try:
        assert len(store.list_cases()) == 4 + 6
    finally:
        store.close()


def test_start_sets_up_then_signs_in(qtbot, tmp_path, monkeypatch):
    """app.sign_in_at_start: the first start makes the Administrator and shows the recovery
    key; the next start asks for the password."""
    from lk3_desktop import app
    from lk3_desktop.ui import signin_dialog

    path = tmp_path / "lk3.sqlite"
    shown = []

    def fill_setup(dialog):
        dialog.name.setText("Nurul Hasanah")
        dialog.username.setText("admin")
        dialog.password.setText("sandi admin kantor")
        dialog.repeat.setText("sandi admin kantor")
        dialog.accept()
        return dialog.result()

    def keep_key(dialog):
        shown.append(dialog.recovery_key)
        dialog.kept.setChecked(True)
        dialog.accept()
        return dialog.result()

    def fill_signin(dialog):
        assert dialog.check  # the start-up check runs once the key is known
        dialog.username.setText("admin")
        dialog.password.setText("sandi admin kantor")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(signin_dialog.SetupDialog, "exec", fill_setup)
    monkeypatch.setattr(signin_dialog.RecoveryKeyDialog, "exec", keep_key)
    monkeypatch.setattr(signin_dialog.SignInDialog, "exec", fill_signin)
    first = app.sign_in_at_start(path)
    assert first is not None and first.user.username == "admin" and len(shown) == 1
    first.close()
    assert is_encrypted(path)
    again = app.sign_in_at_start(path)
    assert again is not None and again.user.username == "admin" and len(shown) == 1
    again.close()


# -- found in review: each of these failed before its fix ------------------------------------


@pytest.fixture
def demo_office(tmp_path):
    path, key_file = tmp_path / "demo.sqlite", tmp_path / "kunci.txt"
    assert cli.main(["demo-data", "--db", str(path), "--cases", "6", "--password",
                     "sandi-demo-123", "--recovery-key-file", str(key_file)]) == 0
    return path, key_file.read_text().strip()


def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_referral_letter_leaves_out_counseling_notes_the_printer_may_not_read(demo_office):
    from lk3_desktop.pdf.render import render

    path, _ = demo_office
    kasi = sign_in(path, "kasi", "sandi-demo-123")
    try:
        rid = next(r.id for r in kasi.list_cases() if r.current_step >= 5)
        descriptions = [p["description"] for p in kasi.problems(rid) if p["description"]]
        counselor = kasi.account_for_staff(kasi.referral(rid)["counselor_id"])["username"]
    finally:
        kasi.close()
    assert descriptions
    rina = sign_in(path, "rina", "sandi-demo-123")
    try:
        text = _pdf_text(render(rina, "referral", rid, register=False)[0])
    finally:
        rina.close()
    assert "Dicatat oleh konselor LK3 dalam catatan konseling." in text
    assert not any(d[:25] in text for d in descriptions)
    own = sign_in(path, counselor, "sandi-demo-123")
    try:
        text = _pdf_text(render(own, "referral", rid, register=False)[0])
    finally:
        own.close()
    assert any(d[:20] in text.replace("\n", " ") for d in descriptions)


def test_settings_audit_and_register_are_guarded_below_the_window(demo_office):
    from lk3_desktop.domain.access import AccessDenied

    path, _ = demo_office
    rina = sign_in(path, "rina", "sandi-demo-123")
    try:
        for key in ("security.idle_lock_minutes", "office.section_name",
                    "privacy.retention_years"):
            with pytest.raises(AccessDenied):
                rina.set_setting(key, "0")
        with pytest.raises(AccessDenied):
            rina.audit_entries()
        with pytest.raises(AccessDenied):  # a sign-in row under another's name
            rina.record_sign_in("kasi", ok=True)
        assert rina.idle_lock_minutes() == 10
    finally:
        rina.close()
    nobody = open_store(path, create=False, key=file_key_from_recovery(demo_office[1]))
    try:
        with pytest.raises(AccessDenied):
            nobody.list_documents()
        with pytest.raises(AccessDenied):
            nobody.audit_entries()
    finally:
        nobody.close()


def test_made_up_usernames_neither_reset_the_wait_nor_stay_in_the_key_file(demo_office):
    path, _ = demo_office
    now = [datetime(2026, 12, 2, 9, 0, tzinfo=UTC)]
    for _ in range(5):
        with pytest.raises(SignInRefused) as refused:
            sign_in(path, "admin", "salah-salah", clock=lambda: now[0])
        now[0] += timedelta(seconds=refused.value.wait)
    for i in range(250):
        with pytest.raises(SignInRefused):
            sign_in(path, f"Rahasia-Sandi-{i}", "x",
                    clock=lambda i=i: now[0] + timedelta(hours=i))
    assert len(KeyFile.load(path).failures("admin")) == 5
    assert "rahasia" not in key_file_path(path).read_text().lower()


def test_a_password_change_that_fails_leaves_the_old_password_working(demo_office,
                                                                      monkeypatch):
    path, _ = demo_office
    rina = sign_in(path, "rina", "sandi-demo-123")
    real_save = KeyFile.save

    def save_then_fail(self):
        real_save(self)
        raise OSError("disk penuh")

    monkeypatch.setattr(KeyFile, "save", save_then_fail)
    with pytest.raises(OSError):
        rina.change_password("sandi-demo-123", "sandi baru rina")
    monkeypatch.setattr(KeyFile, "save", real_save)
    rina.close()
    sign_in(path, "rina", "sandi-demo-123").close()
    with pytest.raises(SignInRefused):
        sign_in(path, "rina", "sandi baru rina")


def test_a_staff_member_made_inactive_loses_their_key(demo_office):
    from lk3_desktop.domain.validation import ValidationFailed

    path, _ = demo_office
    admin = sign_in(path, "admin", "sandi-demo-123")
    try:
        rina_id = admin.staff_id_of("rina")
        rina = admin.staff(rina_id)
        admin.save_staff({**rina, "active": False}, rina_id)
        assert KeyFile.load(path).unwrap("rina", "sandi-demo-123") is None
        me = admin.staff(admin.user.staff_id)
        with pytest.raises(ValidationFailed, match="sendiri"):
            admin.save_staff({**me, "active": False}, me["id"])
        with pytest.raises(ValidationFailed, match="Administrator aktif"):
            admin.save_staff({**me, "roles": ["pengadministrasi"]}, me["id"])
    finally:
        admin.close()


def test_the_recovery_key_works_when_the_key_file_is_damaged(demo_office):
    path, recovery = demo_office
    key_file_path(path).write_text("{rusak", encoding="utf-8")
    with pytest.raises(SignInRefused):
        sign_in(path, "admin", "sandi-demo-123")
    sign_in_with_recovery_key(path, recovery, "admin", "sandi admin baru").close()
    sign_in(path, "admin", "sandi admin baru").close()
    assert key_file_path(path).with_name("demo.sqlite.keys.rusak").exists()


def test_switching_person_signs_the_first_one_out_at_once(qtbot, demo_office):
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.app import build_main_window, configure_application

    path, _ = demo_office
    configure_application(QApplication.instance())
    window = build_main_window(path, store=sign_in(path, "maria", "sandi-demo-123"))
    qtbot.addWidget(window)
    window.show()
    old = window.store
    signin = window.sign_out()
    assert window.store.user is None and not window.idle_lock.timer.isActive()
    assert window.model.rowCount() == 0
    window.idle_lock.timer.timeout.emit()  # a lock due now finds nobody to lock for
    assert window._unlock is None
    signin.username.setText("rina")
    signin.password.setText("sandi-demo-123")
    signin.accept()
    assert window.store.user.username == "rina"
    from lk3_desktop.store.drivers import DB_ERRORS

    with pytest.raises(DB_ERRORS):  # the first person's connection is closed
        old.db.execute("SELECT 1")


def test_a_set_up_that_fails_leaves_the_plain_file_as_it_was(qtbot, tmp_path, monkeypatch):
    from lk3_desktop.store.store import Store, StoreWriteError

    path = tmp_path / "lk3.sqlite"
    plain = open_store(path)
    plain.save_staff({"name": "Rina", "roles": ["pengadministrasi"]})
    plain.close()
    before = path.read_bytes()

    def full_disk(*_a, **_k):
        raise StoreWriteError("Data belum tersimpan: ruang penyimpanan penuh.")

    monkeypatch.setattr(Store, "create_account", full_disk)
    dialog = SetupDialog(path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Nurul Hasanah")
    dialog.username.setText("admin")
    dialog.password.setText("sandi admin kantor")
    dialog.repeat.setText("sandi admin kantor")
    dialog.accept()
    assert dialog.store is None and "penuh" in dialog.errors.text()
    # No file encrypted under a key nobody saw: the plain file is back, set-up can run again.
    assert path.read_bytes() == before and not key_file_path(path).exists()

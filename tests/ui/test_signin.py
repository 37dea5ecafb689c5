"""Sign-in in the window: set-up, sign-in, per-role menus, the idle lock, switching person."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from lk3_desktop.app import build_main_window, configure_application
from lk3_desktop.auth import sign_in
from lk3_desktop.domain.access import AccessDenied
from lk3_desktop.ui.signin_dialog import SetupDialog, SignInDialog, UnlockDialog
from tests.helpers.accounts import PASSWORD, audit_rows
from tests.helpers.gui import type_text


def window_as(qtbot, path, username):
    configure_application(QApplication.instance())
    w = build_main_window(path, store=sign_in(path, username, PASSWORD))
    qtbot.addWidget(w)
    w.show()
    return w


def test_setup_makes_the_first_administrator_and_signs_in(qtbot, tmp_path):
    dialog = SetupDialog(tmp_path / "baru.sqlite")
    qtbot.addWidget(dialog)
    dialog.name.setText("Nurul Hasanah")
    dialog.username.setText("Admin")
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog.accept()
    assert dialog.store is None and "8 karakter" in dialog.errors.text()
    dialog.password.setText("sandi admin kantor")
    dialog.repeat.setText("sandi admin kantor")
    dialog.also_roles["kepala_seksi"].setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    store = dialog.store
    try:
        assert store.user.username == "admin"
        assert store.user.roles == {"administrator", "kepala_seksi"}
    finally:
        store.close()
    sign_in(tmp_path / "baru.sqlite", "admin", "sandi admin kantor").close()


def test_sign_in_dialog_says_why_and_waits(qtbot, office):
    path, _, _ = office
    dialog = SignInDialog(path, username="rina")
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.password.setText("salah-salah")
        dialog.accept()
    assert dialog.store is None
    assert "sandi salah" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()  # the wait after the third wrong password
    assert dialog.password.text() == ""
    dialog.countdown.start(0)
    dialog.countdown.left = 1
    dialog.countdown._tick()
    assert dialog.ok_button.isEnabled()


def test_window_names_the_person_and_offers_no_choice_of_staff(qtbot, office):
    path, _, _ = office
    w = window_as(qtbot, path, "rina")
    assert "Rina Marlina" in w.windowTitle()
    assert w.signed_in_label.text() == "Masuk sebagai Rina Marlina (rina)"
    assert not w.active_staff.isVisible()
    with pytest.raises(AccessDenied):
        w.store.actor = "siapa-saja"


@pytest.mark.parametrize("username, enabled, disabled", [
    ("rina", ["act_new", "act_backup"], ["act_staff", "act_restore"]),
    ("maria", ["act_backup"], ["act_new", "act_staff", "act_restore"]),
    ("admin", ["act_staff", "act_restore"], ["act_new"]),
    ("kasi", ["act_backup"], ["act_new", "act_staff", "act_restore"]),
])
def test_what_a_role_cannot_do_is_disabled_and_refused_below(qtbot, office, username, enabled,
                                                               disabled):
    path, _, _ = office
    w = window_as(qtbot, path, username)
    for name in enabled:
        assert getattr(w, name).isEnabled(), name
    for name in disabled:
        assert not getattr(w, name).isEnabled(), name
        assert getattr(w, name).toolTip()  # says why
    if "act_staff" in disabled:
        with pytest.raises(AccessDenied):
            w.store.save_staff({"name": "X", "roles": ["konselor"]})
    if "act_new" in disabled:
        with pytest.raises(AccessDenied):
            w.store.create_referral()


def test_counseling_notes_are_hidden_from_the_intake_administrator(qtbot, office):
    path, rid, _ = office
    w = window_as(qtbot, path, "rina")
    wiz = w.open_wizard(rid)
    wiz.open_at(4)
    page = wiz.pages[4]
    assert page.access_note.isVisible() and "Catatan konseling" in page.access_note.text()
    assert not page.form_holder.isVisible()
    assert not any(box.isEnabled() for box in page.checklist)
    assert page.fields["problems"].value() == []  # nothing of it loaded
    wiz.open_at(1)
    assert wiz.pages[1].fields["full_name"].value() == "Ni Luh Putu Ayu D'Costa"
    assert wiz.pages[1].read_only is False
    actions = [e["action"] for e in audit_rows(path, "referral", rid)]
    assert "open" in actions


def test_idle_lock_hides_the_windows_and_keeps_what_was_typed(qtbot, office):
    path, rid, _ = office
    w = window_as(qtbot, path, "rina")
    wiz = w.open_wizard(rid)
    wiz.open_at(1)
    type_text(qtbot, wiz.pages[1].fields["nickname"], " diketik")
    dialog = w.lock_screen()
    assert isinstance(dialog, UnlockDialog)
    assert not w.isVisible() and not wiz.isVisible()
    dialog.password.setText("salah-salah")
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text() == "Sandi salah."
    dialog.reject()  # Esc does not unlock
    assert dialog.isVisible()
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert w.isVisible() and wiz.isVisible()
    assert wiz.pages[1].fields["nickname"].value().endswith(" diketik")
    actions = [e["action"] for e in audit_rows(path, "account")]
    assert "lock" in actions and "unlock" in actions


def test_idle_time_comes_from_the_office_setting(qtbot, office):
    path, _, _ = office
    admin = sign_in(path, "admin", PASSWORD)
    admin.save_idle_lock_minutes(3)
    admin.close()
    w = window_as(qtbot, path, "rina")
    assert w.idle_lock.minutes == 3 and w.idle_lock.timer.interval() == 180_000
    w.idle_lock.timer.timeout.emit()
    assert w._unlock is not None and not w.isVisible()


def test_switching_person_saves_drafts_and_signs_in_the_next(qtbot, office):
    path, rid, ids = office
    w = window_as(qtbot, path, "rina")
    w.new_referral()
    wiz = w.wizards[-1]
    type_text(qtbot, wiz.pages[1].fields["full_name"], "Klien Sebelum Ganti")
    signin = w.sign_out()
    assert signin is not None and not w.wizards and not w.isVisible()
    signin.username.setText("maria")
    signin.password.setText(PASSWORD)
    signin.accept()
    assert w.isVisible() and w.store.user.username == "maria"
    assert "Maria" in w.windowTitle()
    names = [r.client_name for r in w.store.list_cases()]
    assert "Klien Sebelum Ganti" in names  # rina's draft was saved before she left


def test_settings_of_the_office_are_the_administrators_the_language_everyones(qtbot, office):
    path, _, _ = office
    w = window_as(qtbot, path, "rina")
    dialog = w.office_settings()
    assert not dialog.fields["city"].isEnabled() and not dialog.idle_lock.isEnabled()
    assert dialog.language.isEnabled() and "Administrator" in dialog.errors.text()
    assert dialog.save()  # the language only; nothing of the office's is written
    admin = window_as(qtbot, path, "admin")
    dialog = admin.office_settings()
    dialog.idle_lock.set_value(15)
    assert dialog.save()
    assert admin.store.idle_lock_minutes() == 15


@pytest.mark.parametrize("username, export, retention, audit", [
    ("rina", False, False, False), ("kasi", True, False, True), ("admin", False, True, True)])
def test_privacy_and_audit_menus_follow_the_roles(qtbot, office, username, export, retention,
                                                  audit):
    path, _, _ = office
    w = window_as(qtbot, path, username)
    assert w.act_export_client.isEnabled() == export
    assert w.act_retention.isEnabled() == retention
    assert w.act_audit.isEnabled() == audit


def test_an_anonymised_case_is_read_only_for_everyone(office):
    from datetime import date

    path, rid, _ = office
    admin = sign_in(path, "admin", PASSWORD)
    try:
        admin.set_retention_years(1)
        assert admin.anonymise_cases([rid], "uji", today=date(2030, 1, 1)) == [rid]
    finally:
        admin.close()
    rina = sign_in(path, "rina", PASSWORD)
    try:
        assert "dianonimkan" in rina.step_denied(rid, 1, edit=True)
        with pytest.raises(AccessDenied):
            rina.save_step(rid, 1, {"nickname": "baru"})
    finally:
        rina.close()


def test_documents_a_person_may_not_print_say_why_in_the_dialog(qtbot, office):
    path, rid, _ = office
    w = window_as(qtbot, path, "admin")  # the Administrator reads no case
    w.table.selectRow(0)
    dialog = w.print_documents()
    qtbot.addWidget(dialog)
    assert "Peran Anda tidak dapat membaca langkah 1" in dialog.number.text()
    w2 = window_as(qtbot, path, "rina")
    w2.table.selectRow(0)
    dialog = w2.print_documents()
    qtbot.addWidget(dialog)
    seen = []
    for i in range(dialog.kind.count()):
        dialog.kind.setCurrentIndex(i)
        seen.append(dialog.current_kind())
        if dialog.current_kind() == "record":
            assert "Catatan konseling" in dialog.number.text()
    assert "record" in seen

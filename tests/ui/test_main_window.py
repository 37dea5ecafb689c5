"""Main window: the active staff, shortcuts, backups from the menu, the database path."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from lk3_desktop.app import build_main_window
from tests.helpers.cases import complete_case, intake
from tests.helpers.gui import find, set_field


def shown(window) -> list[str]:
    p = window.proxy
    return [p.data(p.index(r, 1)) for r in range(p.rowCount())]


@pytest.fixture
def three_cases(store, staff):
    a = complete_case(store, staff, upto=7)
    b = store.save_step(None, 1, intake(full_name="Budi Santoso", sex="L", nik="3171011708450001",
                                        birth_date="1945-08-17",
                                        performed_by=staff["pengadministrasi"]), complete=True)
    c = store.save_step(None, 1, {"full_name": "Siti Aminah"})
    return a, b, c


def test_list_shows_where_each_case_stands(qtbot, db_path, three_cases, store):
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    rows = {r.client_name: r for r in w.model.rows}
    assert rows["Budi Santoso"].step_label == "2/7 Pertemuan dengan konselor"
    assert rows["Ni Luh Putu Ayu D'Costa"].status_name == "Selesai"
    assert rows["Ni Luh Putu Ayu D'Costa"].counselor == "Maria Goreti Lamba, S.Psi."
    assert w.count_label.text() == "3 kasus"
    headers = [w.proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(8)]
    assert headers[:4] == ["No. agenda", "Nama klien", "NIK", "Langkah"]


@pytest.mark.parametrize("query, expected", [
    ("siti", ["Siti Aminah"]),
    ("3171 0117", ["Budi Santoso"]),          # NIK typed with spaces
    ("LK3/2026/0001", ["Ni Luh Putu Ayu D'Costa"]),
    ("d'costa", ["Ni Luh Putu Ayu D'Costa"]),
    ("tidak ada", []),
])
def test_search_as_you_type(qtbot, db_path, three_cases, store, query, expected):
    store.close()
    w = build_main_window(db_path, clock=lambda: datetime(2026, 11, 28, tzinfo=UTC))
    qtbot.addWidget(w)
    if query.startswith("LK3/"):
        query = w.store.referral(three_cases[0])["agenda_number"]
    qtbot.keyClicks(w.search, query)
    assert shown(w) == expected
    assert w.count_label.text() == f"{len(expected)} dari 3 kasus"


def test_filters_by_status_and_step(qtbot, db_path, three_cases, store):
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    w.status_filter.setCurrentIndex(w.status_filter.findData("selesai"))
    assert shown(w) == ["Ni Luh Putu Ayu D'Costa"]
    w.status_filter.setCurrentIndex(w.status_filter.findData("aktif"))
    assert sorted(shown(w)) == ["Budi Santoso", "Siti Aminah"]
    w.step_filter.setCurrentIndex(w.step_filter.findData(2))
    assert shown(w) == ["Budi Santoso"]


def test_overdue_cases_are_flagged(qtbot, db_path, staff, store):
    clock = {"now": datetime(2026, 11, 1, 8, tzinfo=UTC)}
    store.clock = lambda: clock["now"]
    store.save_step(None, 1, intake(arrival_at="2026-10-31T08:00",
                                    performed_by=staff["pengadministrasi"]), complete=True)
    store.close()
    clock["now"] = datetime(2026, 11, 3, 8, tzinfo=UTC)
    w = build_main_window(db_path, clock=lambda: clock["now"])
    qtbot.addWidget(w)
    assert w.proxy.data(w.proxy.index(0, 7)) == "Terlambat"


def test_staff_are_added_with_roles_and_offered_as_counselors(qtbot, window):
    dlg = window.manage_staff()
    set_field(qtbot, find(dlg, "staff.name"), "Maria Goreti Lamba, S.Psi.")
    set_field(qtbot, find(dlg, "staff.nip"), "198503122010012003")
    qtbot.mouseClick(find(dlg, "staff.role.konselor"), Qt.MouseButton.LeftButton,
                     pos=find(dlg, "staff.role.konselor").rect().topLeft() + _inset())
    qtbot.mouseClick(find(dlg, "staff.save"), Qt.MouseButton.LeftButton)
    staff = window.store.list_staff()
    assert [(s["name"], s["nip"], s["roles"]) for s in staff] == [
        ("Maria Goreti Lamba, S.Psi.", "198503122010012003", ["konselor"])]
    assert window.active_staff.findData(staff[0]["id"]) > 0  # offered as active staff
    assert window.active_staff.currentData() == staff[0]["id"]  # the only one: made active
    assert window.store.actor == staff[0]["id"]
    assert window.staff_hint.isHidden()
    wiz = window.new_referral()
    wiz.open_at(1)
    counselor = find(wiz, "step2.counselor_id")
    wiz.pages[2].prepare(wiz)
    assert counselor.findData(staff[0]["id"]) > 0


def _inset():
    from PySide6.QtCore import QPoint

    return QPoint(6, 6)


@pytest.mark.parametrize("field, value, message", [
    ("staff.name", "", "Nama wajib diisi."),
    ("staff.nip", "1985031220100120", "NIP harus 18 angka"),
    ("staff.nip", "198513122010012003", "tanggal lahir yang sah"),
])
def test_staff_validation_at_the_field(qtbot, window, field, value, message):
    dlg = window.manage_staff()
    set_field(qtbot, find(dlg, "staff.name"), "Rina")
    find(dlg, "staff.role.pengadministrasi").setChecked(True)
    set_field(qtbot, find(dlg, field), value)
    qtbot.mouseClick(find(dlg, "staff.save"), Qt.MouseButton.LeftButton)
    assert message in find(dlg, "staff.errors").text()
    assert find(dlg, field).property("error") is True
    assert window.store.list_staff() == []


def test_case_view_shows_every_step(qtbot, window, staff):
    rid = complete_case(window.store, staff, upto=4)
    window.refresh()
    window.select_case(rid)
    view = window.view_case()
    text = view.browser.toPlainText()
    for n, title in enumerate(s.title for s in window.store.sop.steps):
        assert f"{n + 1}. {title}" in text
    assert "Dideportasi." in text and "Migrasi/deportasi (berat)" in text
    assert "Kejujuran" in text and "5. Reasesmen (draf)" in text
    assert "6. Rencana tindakan (belum dimulai)" in text


def test_window_shows_database_path(window, db_path):
    assert str(db_path.resolve()) in window.db_label.text()


def test_wizard_page_shows_the_sop_standard(qtbot, window):
    wiz = window.new_referral()
    page = wiz.currentPage()
    panel = find(page, "step1.standard")
    texts = " ".join(lbl.text() for lbl in panel.findChildren(type(window.count_label)))
    assert "Pengadministrasi" in texts and "Waktu standar:</b> 30 menit" in texts
    assert "Formulir layanan sosial terisi dan diagendakan" in texts
    assert find(page, "step1.checklist.0").accessibleName().startswith("Kelengkapan:")


def test_every_field_has_object_and_accessible_name(qtbot, window):
    from lk3_desktop.ui.widgets import CheckField, ChoiceField, DateField, LineField, TextField

    wiz = window.new_referral()
    wiz.pages[4].fields["problems"].add_row({})
    wiz.pages[6].fields["actions"].add_row({})
    seen = 0
    for number, page in wiz.pages.items():
        assert page.objectName() == f"step{number}"
        assert page.accessibleName().startswith(f"Langkah {number}: ")
        for kind in (LineField, TextField, ChoiceField, CheckField, DateField):
            for w in page.findChildren(kind):
                assert w.objectName().startswith(f"step{number}."), w
                assert w.accessibleName(), w.objectName()
                seen += 1
    assert seen >= 75  # every field of the seven pages, not a handful
    assert find(wiz, "step4.problems.0.description").accessibleName() == (
        "Masalah 1: Uraian masalah")


def test_hint_asks_to_choose_the_active_staff(qtbot, db_path, staff, store):
    store.close()
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    assert not w.staff_hint.isHidden()
    assert "Pilih Petugas aktif" in w.staff_hint.text()
    w.active_staff.setCurrentIndex(w.active_staff.findData(staff["konselor"]))
    w.active_staff.activated.emit(w.active_staff.currentIndex())
    assert w.staff_hint.isHidden() and w.store.actor == staff["konselor"]
    assert w.store.get_setting("ui.active_staff_id") == staff["konselor"]


def test_staff_dialog_asks_before_dropping_unsaved_edits(qtbot, window, message_boxes):
    dlg = window.manage_staff()
    assert window.manage_staff() is dlg  # one staff dialog at a time
    set_field(qtbot, find(dlg, "staff.name"), "Rina")
    dlg.reject()  # Escape; the question is answered with its default, "Tidak"
    assert message_boxes[-1][0] == "Perubahan belum disimpan"
    assert dlg.isVisible() and find(dlg, "staff.name").value() == "Rina"


def test_deactivated_active_staff_no_longer_signs_changes(qtbot, window, staff):
    window.set_active_staff(staff["konselor"])
    assert window.store.actor == staff["konselor"]
    person = window.store.staff(staff["konselor"])
    window.store.save_staff({**person, "active": False}, staff["konselor"])
    window.reload_staff()
    assert window.store.actor.startswith("os:")
    assert "Pilih Petugas aktif" in window.staff_hint.text()


def backed_up(qtbot, window, folder, message_boxes) -> tuple[str, str]:
    """Back up from the menu and wait for the result the job reports: (title, text)."""
    before = len(message_boxes)
    job = window.backup_now(folder)
    assert job is not None
    qtbot.waitUntil(lambda: len(message_boxes) > before, timeout=30_000)
    return message_boxes[-1]


def test_backup_to_a_folder_from_the_menu(qtbot, window, staff, tmp_path, message_boxes):
    from lk3_desktop.store.backup import backups_in

    complete_case(window.store, staff, upto=2)
    title, text = backed_up(qtbot, window, tmp_path, message_boxes)
    [made] = backups_in(tmp_path).values()
    assert title == "Cadangan dibuat" and str(made) in text
    title, text = backed_up(qtbot, window, tmp_path / "dicabut", message_boxes)
    assert title == "Cadangan gagal" and "tidak ada" in text


def test_window_answers_while_a_backup_runs(qtbot, window, staff, tmp_path, monkeypatch,
                                            message_boxes):
    """The copy runs on its own thread: the window's event loop keeps turning meanwhile."""
    import threading

    from lk3_desktop.ui import main_window

    release = threading.Event()
    real = main_window.backup_to

    def slow(*args, **kwargs):
        assert threading.current_thread() is not threading.main_thread()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(main_window, "backup_to", slow)
    complete_case(window.store, staff, upto=1)
    job = window.backup_now(tmp_path)
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])  # an event handled while the copy waits
    assert job.isRunning() and not message_boxes
    release.set()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    assert message_boxes[-1][0] == "Cadangan dibuat"


def test_closing_the_window_makes_the_daily_automatic_backup(qtbot, window, staff):
    from lk3_desktop.store.backup import automatic_folder, backups_in

    complete_case(window.store, staff, upto=1)
    window.close()
    assert len(backups_in(automatic_folder(window.store.path))) == 1


def test_settings_show_the_automatic_backups_and_how_many_to_keep(qtbot, window, staff):
    from datetime import datetime, timedelta

    from lk3_desktop.domain.backups import KeepRule
    from lk3_desktop.store.backup import automatic_folder, backup_to, backups_in

    folder = automatic_folder(window.store.path)
    folder.mkdir()
    for days in (3, 2, 1):
        backup_to(window.store.path, folder, now=datetime(2026, 11, 27, 17, 5) - timedelta(days))
    dlg = window.office_settings()
    assert find(dlg, "settings.backup_folder").text() == str(folder.resolve())
    assert find(dlg, "settings.backup_state").text() == (
        "3 cadangan; terakhir 26 November 2026 17.05")
    assert window.store.keep_rule() == KeepRule()
    for key, value in (("recent", 1), ("daily", 0), ("weekly", 0), ("monthly", 0)):
        set_field(qtbot, find(dlg, f"settings.backup_{key}"), value)
    qtbot.mouseClick(find(dlg, "settings.save"), Qt.MouseButton.LeftButton)
    assert window.store.keep_rule() == KeepRule(1, 0, 0, 0)
    # On closing, the day's automatic backup is made and the rule keeps only the newest.
    complete_case(window.store, staff, upto=1)
    window.close()
    kept = backups_in(folder)
    assert len(kept) == 1 and max(kept).date() == datetime.now().date()


def test_status_bar_says_the_closed_file_can_be_copied(window):
    label = find(window, "main.copy_hint")
    assert label.isVisible()
    assert label.text() == "Satu berkas, lengkap dan aman disalin bila program ditutup."
    assert str(window.store.path.resolve()) in find(window, "main.db_path").text()


def test_backup_of_a_database_gone_meanwhile_is_a_message(qtbot, window, tmp_path,
                                                          message_boxes):
    import os

    os.unlink(window.store.path)
    title, text = backed_up(qtbot, window, tmp_path, message_boxes)
    assert title == "Cadangan gagal" and "tidak ditemukan" in text
    assert list(tmp_path.glob("lk3-*")) == []


def test_keyboard_shortcuts(qtbot, window, staff):
    rid = complete_case(window.store, staff, upto=2)
    window.refresh()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or window.focusWidget() is window.search
    window.select_case(rid)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Return)
    assert [w.rid for w in window.wizards] == [rid]
    assert window.wizards[0].currentId() == 3
    window.wizards[0].reject()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert any(w.rid is None for w in window.wizards)


def test_open_database_folder(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.open_folder", lambda p: opened.append(p) or True)
    button = window.statusBar().findChild(QPushButton, "main.open_folder")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [window.store.path.resolve().parent]

"""The audit view: filters change the rows shown, more are read as the list scrolls, a row's
detail, the CSV export, the chain's line, and no dialog for those who may not read it."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from lk3_desktop.domain.access import KEPALA_SEKSI, User
from lk3_desktop.store import Store
from lk3_desktop.store.audit_view import PAGE
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.audit_dialog import AuditDialog, open_audit_dialog
from tests.helpers.cases import complete_case
from tests.helpers.gui import find, set_field


@pytest.fixture
def dialog(qtbot, store, staff):
    def make() -> AuditDialog:
        dlg = AuditDialog(store)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.chain_done)
        return dlg
    return make


def shown(dlg: AuditDialog) -> list:
    return dlg.model.rows


def test_filters_change_the_rows_shown(qtbot, store, staff, dialog):
    store.actor = staff["pengadministrasi"]
    rid = complete_case(store, staff, upto=2)
    store.actor = staff["konselor"]
    store.audit_event("open", "referral", rid)
    other = complete_case(store, staff, upto=1)
    dlg = dialog()
    everything = store.audit_count()
    assert len(shown(dlg)) == everything and dlg.count.text() == (
        f"{everything} dari {everything} catatan ditampilkan.")
    dlg.staff.setCurrentIndex(dlg.staff.findData(staff["konselor"]))
    assert {e.actor for e in shown(dlg)} == {staff["konselor"]} and shown(dlg)
    assert shown(dlg)[-1].action == "open"  # the first thing the counselor did
    dlg.staff.setCurrentIndex(0)
    dlg.action.setCurrentIndex(dlg.action.findData("update"))
    assert {e.action for e in shown(dlg)} == {"update"}
    dlg.action.setCurrentIndex(0)
    agenda = store.referral(rid)["agenda_number"]
    dlg.show()
    set_field(qtbot, find(dlg, "audit.client"), agenda)
    qtbot.keyClick(find(dlg, "audit.client"), Qt.Key.Key_Return)  # at once, and stays open
    assert {e.agenda_number for e in shown(dlg)} == {agenda} and dlg.isVisible()
    assert store.referral(other)["agenda_number"] not in dlg.count.text()
    dlg.client.clear()
    dlg.reload()
    tomorrow = store.today() + timedelta(days=1)
    dlg.date_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dlg.date_to.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    dlg.reload()
    assert shown(dlg) == [] and dlg.count.text() == "Tidak ada catatan yang cocok."
    assert not dlg.export_button.isEnabled()
    dlg.date_to.setDate(dlg.date_to.date().addDays(-2))  # ends before it begins
    dlg.reload()
    assert shown(dlg) == [] and "sesudah" in dlg.count.text()


def test_it_opens_on_the_last_30_days_and_reads_more_as_the_list_scrolls(qtbot, store, dialog):
    for i in range(PAGE + 30):
        store.audit_event("open", "referral", f"r{i}")
    dlg = dialog()
    today = store.today()
    assert dlg.filters().date_to == today
    assert dlg.filters().date_from == today - timedelta(days=29)
    total = store.audit_count()  # the events and the staff fixture's rows
    assert len(shown(dlg)) == PAGE and total > PAGE + 30
    assert dlg.count.text() == f"{PAGE} dari {total} catatan ditampilkan."
    dlg.show()
    dlg.table.scrollToBottom()
    qtbot.waitUntil(lambda: len(shown(dlg)) == total)
    assert dlg.count.text() == f"{total} dari {total} catatan ditampilkan."
    assert [e.seq for e in shown(dlg)] == sorted((e.seq for e in shown(dlg)), reverse=True)
    assert not dlg.model.canFetchMore()


def test_a_chosen_row_shows_its_detail(qtbot, store, staff, dialog):
    store.actor = staff["konselor"]
    store.audit_event("print", "document", "d1", {"kind": "contract"})
    dlg = dialog()
    dlg.table.selectRow(0)
    text = find(dlg, "audit.detail").toPlainText()
    entry = shown(dlg)[0]
    assert f"Baris log {entry.seq}" in text
    assert "Petugas: Maria Goreti Lamba, S.Psi." in text and "Tindakan: Mencetak — Dokumen" in text
    assert "Jenis dokumen: Kontrak Konseling" in text
    assert dlg.table.model().index(0, 0).data() == str(entry.seq)


def test_export_writes_the_filtered_rows_and_is_recorded(qtbot, store, staff, dialog,
                                                         tmp_path, monkeypatch, message_boxes):
    store.actor = staff["pengadministrasi"]
    complete_case(store, staff, upto=1)
    dlg = dialog()
    dlg.action.setCurrentIndex(dlg.action.findData("insert"))
    inserts = len(shown(dlg))
    asked = []
    target = tmp_path / "keluar.csv"

    def save(parent, title, suggested, file_filter, suffix):
        asked.append((suggested.name, file_filter, suffix))
        return target

    monkeypatch.setattr(dialogs, "save_file_path", save)
    qtbot.mouseClick(find(dlg, "audit.export"), Qt.MouseButton.LeftButton)
    assert asked == [(f"log-audit-{store.today():%Y%m%d}.csv", "Berkas CSV (*.csv)", ".csv")]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == inserts + 1 and all(";Menambah;" in line for line in lines[1:])
    assert message_boxes[-1][0] == "Ekspor selesai"
    assert store.audit_query(limit=1)[0].action == "export"
    # Cancelled: nothing written, nothing recorded.
    monkeypatch.setattr(dialogs, "save_file_path", lambda *a: None)
    before = store.audit_count()
    assert dlg.export_csv() is None and store.audit_count() == before


def test_an_export_that_cannot_be_written_is_one_message(qtbot, store, dialog, tmp_path,
                                                         monkeypatch, message_boxes):
    store.audit_event("open", "referral", "r1")
    dlg = dialog()
    monkeypatch.setattr(dialogs, "save_file_path", lambda *a: tmp_path)  # a folder
    assert dlg.export_csv() is None
    title, text = message_boxes[-1]
    assert title == "Ekspor gagal" and "tujuan bukan berkas biasa" in text


def test_the_chain_line_says_whole_or_from_which_row_it_was_changed(qtbot, store, staff,
                                                                    dialog):
    complete_case(store, staff, upto=1)
    dlg = dialog()
    assert dlg.chain_text().startswith("Rantai log audit utuh")
    assert find(dlg, "audit.chain_broken").isHidden()
    conn = sqlite3.connect(store.path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_never_changed")
    conn.execute("UPDATE audit_log SET actor = 'os:x' WHERE seq = 3")
    conn.close()
    dlg = dialog()
    assert dlg.chain_text().startswith("Log audit diubah di luar program mulai baris 3")
    assert not find(dlg, "audit.chain_broken").isHidden()


def test_those_who_may_not_read_the_log_get_the_reason_and_no_dialog(qtbot, store, staff,
                                                                    message_boxes):
    now = "2026-11-01T00:00:00+00:00"
    store.db.execute("INSERT INTO account (id, staff_id, username, created_at, updated_at, "
                     "created_by, updated_by) VALUES ('a1', ?, 'maria', ?, ?, 'x', 'x')",
                     [staff["konselor"], now, now])
    store.db.conn.commit()
    counselor = Store(store.db, path=store.path, user=User(
        staff["konselor"], "maria", "Maria", frozenset({"konselor"})))
    assert open_audit_dialog(counselor) is None
    title, text = message_boxes[-1]
    assert title == "Log audit" and "hanya untuk" in text
    head = Store(store.db, path=store.path, user=User(
        staff["konselor"], "maria", "Maria", frozenset({KEPALA_SEKSI})))
    dlg = open_audit_dialog(head)
    assert isinstance(dlg, AuditDialog)
    qtbot.addWidget(dlg)
    assert dlg.isVisible()


def test_every_filter_and_button_has_a_keyboard_letter_of_its_own(dialog):
    from PySide6.QtWidgets import QLabel, QPushButton

    dlg = dialog()
    letters = []
    for w in dlg.findChildren(QLabel) + dlg.findChildren(QPushButton):
        text = w.text()
        if "&" in text.replace("&&", ""):
            letters.append(text[text.index("&") + 1].lower())
            if isinstance(w, QLabel):
                assert w.buddy() is not None, text
    assert len(letters) == len(set(letters)) == 8  # 5 filters, 3 buttons


def test_a_csv_is_saved_under_a_name_ending_in_csv(monkeypatch, tmp_path):
    answers = iter([(str(tmp_path / "log"), ""), (str(tmp_path / "log.txt"), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: next(answers))
    ask = lambda: dialogs.save_file_path(None, "Ekspor", Path("log.csv"), "CSV (*.csv)",  # noqa: E731
                                         ".csv")
    assert ask() == tmp_path / "log.csv"
    assert ask() == tmp_path / "log.csv"

"""The per-client export (folder asked, both files written, where said) and the retention
dialog (period saved, candidates listed, anonymised only after a plain confirmation)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from lk3_desktop.ui.privacy_dialog import RetentionDialog, export_client, open_retention_dialog
from tests.helpers.cases import complete_case
from tests.helpers.gui import find
from tests.helpers.roles import store_as

LATER = datetime(2040, 1, 1, 9, tzinfo=UTC)


def test_export_asks_for_a_folder_writes_json_and_pdf_and_says_where(qtbot, store, staff,
                                                                   tmp_path, monkeypatch,
                                                                   message_boxes):
    first = complete_case(store, staff)
    second = complete_case(store, staff)  # the helper's client again: the same NIK
    out = tmp_path / "usb"
    out.mkdir()
    asked = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose_folder",
                        lambda parent, title: asked.append(title) or out)
    paths = export_client(store, first, None)
    number = store.referral(first)["agenda_number"]
    assert paths is not None and {p.suffix for p in paths} == {".json", ".pdf"}
    assert all(p.parent == out and p.is_file() for p in paths)
    assert asked == [f"Pilih folder untuk data klien kasus {number}"]
    title, text = message_boxes[-1]
    assert title == "Ekspor data klien"
    assert str(paths[0]) in text and str(paths[1]) in text and "data pribadi" in text
    assert f"NIK yang sama: {store.referral(second)['agenda_number']}" in text
    assert store.audit_entries("client", store.client_of(first))[-1]["action"] == "export"


def test_a_cancelled_folder_writes_and_records_nothing(qtbot, store, staff, monkeypatch,
                                                       message_boxes):
    rid = complete_case(store, staff, upto=1)
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose_folder", lambda parent, title: None)
    assert export_client(store, rid, None) is None
    assert message_boxes == []
    assert "export" not in {a["action"] for a in store.audit_entries()}


def test_an_unwritable_folder_is_said_plainly(qtbot, store, staff, tmp_path, monkeypatch,
                                              message_boxes):
    rid = complete_case(store, staff, upto=1)
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose_folder",
                        lambda parent, title: tmp_path / "dicabut")  # the stick was pulled
    assert export_client(store, rid, None) is None
    assert message_boxes[-1][1].startswith(f"Data klien tidak dapat disimpan di {tmp_path}")


@pytest.mark.parametrize(("roles", "action", "words"), [
    ({"konselor"}, "export", "Kepala Seksi"),
    ({"administrator"}, "export", "Kepala Seksi"),
    ({"kepala_seksi"}, "retention", "Administrator"),
    ({"pengadministrasi"}, "retention", "Administrator"),
])
def test_someone_who_may_not_is_told_why_and_nothing_opens(qtbot, store, staff, monkeypatch,
                                                           message_boxes, roles, action, words):
    rid = complete_case(store, staff, upto=1)
    person = store_as(store, roles)
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose_folder",
                        lambda *a: pytest.fail("no folder is asked"))
    if action == "export":
        assert export_client(person, rid, None) is None
    else:
        assert open_retention_dialog(person, None) is None
    assert words in message_boxes[-1][1]


def test_retention_dialog_lists_due_cases_and_anonymises_after_a_plain_yes(qtbot, store, staff,
                                                                         monkeypatch,
                                                                         message_boxes):
    due = complete_case(store, staff)
    active = complete_case(store, staff, upto=2)
    store.clock = lambda: LATER
    dlg = open_retention_dialog(store, None)
    assert isinstance(dlg, RetentionDialog)
    qtbot.addWidget(dlg)
    assert dlg.years.value() == 5 and (dlg.years.minimum(), dlg.years.maximum()) == (1, 30)
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, 0).text() == store.referral(due)["agenda_number"]
    assert dlg.table.item(0, 2).text() == "Selesai (kasus ditutup)"
    assert dlg.count.text() == "1 kasus sudah melewati masa simpan 5 tahun."
    button = find(dlg, "retention.anonymise")
    assert not button.isEnabled()
    dlg.table.selectRow(0)
    assert button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the box's default answer: Batal
    assert message_boxes[-1][0] == "Anonimkan kasus"
    assert "TIDAK DAPAT DIBATALKAN" in message_boxes[-1][1]
    assert "Cadangan yang dibuat sebelumnya masih memuat" in message_boxes[-1][1]
    assert not store.is_anonymised(due)

    answers = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose",
                        lambda parent, icon, title, text, options, default: answers.append(
                            (options, default)) or 0)
    dlg.table.selectRow(0)
    with qtbot.waitSignal(dlg.anonymised) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [1]
    assert answers == [(["Anonimkan", "Batal"], 1)]
    assert store.is_anonymised(due) and not store.is_anonymised(active)
    assert store.audit_entries("referral", due)[-1]["new_values"]["reason"] == (
        "Masa simpan 5 tahun berakhir")
    assert message_boxes[-1] == ("Anonimkan kasus", "1 kasus telah dianonimkan.")
    assert dlg.table.rowCount() == 0 and not button.isEnabled()


def test_the_period_is_saved_and_the_list_follows_it(qtbot, store, staff):
    complete_case(store, staff)
    store.clock = lambda: LATER  # 13 years after the case was closed
    dlg = RetentionDialog(store)
    qtbot.addWidget(dlg)
    assert dlg.table.rowCount() == 1
    dlg.years.setValue(20)
    qtbot.mouseClick(find(dlg, "retention.save_years"), Qt.MouseButton.LeftButton)
    assert store.retention_years() == 20
    assert dlg.table.rowCount() == 0
    assert dlg.count.text() == "0 kasus sudah melewati masa simpan 20 tahun."
    assert not find(dlg, "retention.select_all").isEnabled()


def test_many_cases_go_with_a_progress_bar(qtbot, store, staff, monkeypatch, message_boxes):
    cases = [complete_case(store, staff) for _ in range(3)]
    store.clock = lambda: LATER
    dlg = RetentionDialog(store)
    qtbot.addWidget(dlg)
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose",
                        lambda parent, icon, title, text, options, default:
                        0 if text.startswith("3 kasus") else 1)
    shown = []
    real = dlg.store.anonymise_cases

    def watched(rids, reason, progress=None):
        return real(rids, reason, progress=lambda n, total: (shown.append((n, total)),
                                                             progress(n, total)))

    monkeypatch.setattr(dlg.store, "anonymise_cases", watched)
    qtbot.mouseClick(find(dlg, "retention.select_all"), Qt.MouseButton.LeftButton)
    assert dlg.anonymise_selected() == 3
    assert shown == [(1, 3), (2, 3), (3, 3)]
    assert store.anonymised_cases() == set(cases)


def test_a_rebuild_that_failed_is_offered_again(qtbot, store, staff, monkeypatch,
                                                message_boxes):
    import sqlite3

    rid = complete_case(store, staff)
    store.clock = lambda: LATER
    dlg = RetentionDialog(store)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not find(dlg, "retention.erase").isVisible()

    def locked():
        raise sqlite3.OperationalError("database is locked")

    real = store._vacuum
    monkeypatch.setattr(store, "_vacuum", locked)
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose", lambda *a, **k: 0)
    dlg.table.selectRow(0)
    assert dlg.anonymise_selected() == 1
    assert store.is_anonymised(rid)
    title, text = message_boxes[-1]
    assert "belum terhapus" in text and text.endswith("1 kasus sudah dianonimkan.")
    erase = find(dlg, "retention.erase")
    assert erase.isVisible() and find(dlg, "retention.pending").isVisible()
    monkeypatch.setattr(store, "_vacuum", real)  # (undo() would also undo message_boxes)
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    assert not store.free_space_pending() and not erase.isVisible()
    assert message_boxes[-1] == ("Bersihkan berkas", "Berkas sudah dibersihkan.")

"""The agenda register: documents by period, kind and staff, where each paper is filed, and
the Buku Agenda PDF."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.helpers.cases import complete_case
from tests.helpers.gui import find, set_field


def test_register_lists_filters_and_prints_the_agenda_book(qtbot, window, case, staff,
                                                          tmp_path, monkeypatch):
    from lk3_desktop.pdf.render import render

    store = window.store
    store.actor = staff["konselor"]
    render(store, "referral", case)
    render(store, "contract", case)
    render(store, "contract", case)  # a reprint: still one entry
    dlg = window.document_register()
    assert dlg.count.text() == "2 dokumen"
    dlg.kind.setCurrentIndex(dlg.kind.findData("contract"))
    assert [e["kind"] for e in dlg.entries] == ["contract"] and dlg.entries[0]["print_count"] == 2
    dlg.table.selectRow(0)
    set_field(qtbot, find(dlg, "register.filed"), "Lemari arsip 2")
    qtbot.mouseClick(find(dlg, "register.filed_save"), Qt.MouseButton.LeftButton)
    assert store.document_for("contract", case)["filed_location"] == "Lemari arsip 2"
    dlg.kind.setCurrentIndex(0)
    dlg.staff.setCurrentIndex(dlg.staff.findData(staff["tim_ahli"]))
    assert dlg.entries == []
    dlg.staff.setCurrentIndex(0)
    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path", lambda *a: target)
    assert dlg.save_book() == target
    content = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "BUKU AGENDA DOKUMEN LK3" in content
    for e in store.list_documents():
        assert e["number"] in content
    assert "Lemari arsip 2" in content and "Maria Goreti Lamba" in content
    assert "D'Costa" not in content  # the book lists case numbers, not clients' names


def test_the_book_is_named_after_its_period_and_a_cancel_writes_nothing(qtbot, store, staff,
                                                                       tmp_path, monkeypatch):
    from lk3_desktop.pdf.render import render
    from lk3_desktop.ui.register_dialog import RegisterDialog

    render(store, "referral", complete_case(store, staff, upto=1))
    dlg = RegisterDialog(store)
    qtbot.addWidget(dlg)
    today = store.today()
    assert (dlg.year.currentData(), dlg.month.currentData()) == (today.year, today.month)
    suggested = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path",
                        lambda parent, title, path: suggested.append(path.name) or None)
    assert dlg.save_book() is None
    dlg.month.setCurrentIndex(0)  # Semua bulan
    assert dlg.save_book() is None
    assert suggested == [f"buku-agenda-{today.year}-{today.month:02d}.pdf",
                         f"buku-agenda-{today.year}.pdf"]
    assert list(tmp_path.glob("*.pdf")) == []


def test_the_archive_place_can_be_noted_only_for_a_chosen_document(qtbot, store, staff):
    from lk3_desktop.pdf.render import render
    from lk3_desktop.ui.register_dialog import RegisterDialog

    case = complete_case(store, staff, upto=1)
    _, entry = render(store, "referral", case)
    dlg = RegisterDialog(store)
    qtbot.addWidget(dlg)
    filed, save = find(dlg, "register.filed"), find(dlg, "register.filed_save")
    assert dlg.count.text() == "1 dokumen"
    assert not filed.isEnabled() and not save.isEnabled()
    dlg.table.selectRow(0)
    assert filed.isEnabled() and save.isEnabled()
    assert [dlg.table.item(0, c).text() for c in (0, 2, 3)] == [
        entry["number"], "Surat Rujukan ke LK3", store.referral(case)["agenda_number"]]

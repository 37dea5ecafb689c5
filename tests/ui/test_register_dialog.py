"""The agenda register: documents by period, kind and staff, where each paper is filed, and
the Buku Agenda PDF."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

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

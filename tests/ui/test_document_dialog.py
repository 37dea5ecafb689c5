"""Printing from the program: preview, Simpan PDF, Cetak, the register, office settings."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.helpers.cases import complete_case
from tests.helpers.gui import find, set_field


def test_preview_shows_the_document_without_numbering_it(qtbot, window, case):
    dlg = window.print_documents()
    qtbot.waitUntil(lambda: dlg.document.pageCount() >= 1)
    assert dlg.current_kind() == "referral"
    assert "diberikan saat dokumen dicetak" in dlg.number.text()
    assert window.store.list_documents() == []  # a preview is not in the agenda register


def test_save_pdf_registers_and_writes_the_file(qtbot, window, case, tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    suggested = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path",
                        lambda parent, title, path, *a: suggested.append(path) or target)
    dlg = window.print_documents()
    dlg.kind.setCurrentIndex(dlg.kind.findData("contract"))
    dlg.paper.setCurrentIndex(dlg.paper.findData("F4"))
    qtbot.mouseClick(find(dlg, "document.save"), Qt.MouseButton.LeftButton)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert "KONTRAK KONSELING" in reader.pages[0].extract_text()
    assert round(float(reader.pages[0].mediabox.height), 2) == 935.43
    entries = window.store.list_documents()
    assert [(e["kind"], e["print_count"]) for e in entries] == [("contract", 1)]
    assert entries[0]["number"] in dlg.number.text()
    # The suggested file name carries the agenda number, never the client's name.
    assert suggested[0].name.startswith("kontrak-konseling-LK3-")
    assert "Costa" not in suggested[0].name
    qtbot.mouseClick(find(dlg, "document.save"), Qt.MouseButton.LeftButton)  # a reprint
    assert [e["print_count"] for e in window.store.list_documents()] == [2]


def test_print_goes_through_the_print_dialog(qtbot, window, case, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "printed.pdf"

    def choose(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose_printer", choose)
    dlg = window.print_documents()
    dlg.kind.setCurrentIndex(dlg.kind.findData("record"))
    job = dlg.print_document()  # numbered and printed on a thread of its own
    assert job is not None
    qtbot.waitUntil(lambda: "dicetak 1×" in dlg.number.text(), timeout=30_000)
    assert len(PdfReader(str(out)).pages) == dlg.document.pageCount() >= 1
    assert [e["kind"] for e in window.store.list_documents()] == ["record"]


def test_a_print_that_fails_numbers_nothing_and_says_why(qtbot, window, case, monkeypatch,
                                                         message_boxes):
    def broken(self, printer, data):
        raise OSError(5, "printer tidak dapat dibuka")

    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose_printer", lambda *a: True)
    monkeypatch.setattr("lk3_desktop.ui.document_dialog.DocumentDialog.print_to", broken)
    dlg = window.print_documents()
    dlg.kind.setCurrentIndex(dlg.kind.findData("contract"))
    assert dlg.print_document() is not None
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=30_000)
    assert message_boxes[-1] == (
        "Gagal mencetak",
        "Dokumen tidak dapat dicetak: printer tidak dapat dibuka. Dokumen tidak diberi nomor.")
    assert window.store.list_documents() == []  # the number went back with the failure


def test_cancelled_print_numbers_nothing(qtbot, window, case, monkeypatch):
    monkeypatch.setattr("lk3_desktop.ui.dialogs.choose_printer", lambda *a: False)
    dlg = window.print_documents()
    assert dlg.print_document() is None
    assert window.store.list_documents() == []


def test_filed_location_is_recorded(qtbot, window, case, tmp_path, monkeypatch):
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path", lambda *a: tmp_path / "x.pdf")
    dlg = window.print_documents()
    dlg.save_pdf()
    set_field(qtbot, find(dlg, "document.filed"), "Map kasus, lemari B")
    qtbot.mouseClick(find(dlg, "document.filed_save"), Qt.MouseButton.LeftButton)
    assert window.store.list_documents()[0]["filed_location"] == "Map kasus, lemari B"


def test_blank_forms_without_a_case(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path", lambda *a: tmp_path / "b.pdf")
    dlg = window.print_blank_forms()
    assert dlg.blank.isChecked() and not dlg.blank.isEnabled()
    assert dlg.save_pdf() == tmp_path / "b.pdf"
    assert "......" in PdfReader(str(tmp_path / "b.pdf")).pages[0].extract_text()
    assert window.store.list_documents() == []


def test_dialog_warns_when_a_name_has_letters_the_pdf_font_lacks(qtbot, window, case):
    window.store.save_step(case, 1, {"full_name": "陈美玲"})
    dlg = window.print_documents()
    assert "tidak ada di fon PDF" in dlg.number.text() and "陈" in dlg.number.text()


def combo_items(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_every_registered_document_is_offered_and_filtered(qtbot, window, case, tmp_path,
                                                          monkeypatch):
    from lk3_desktop.domain.documents import DOCUMENTS

    suggested = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path",
                        lambda parent, title, path, *a: suggested.append(path) or tmp_path / "d.pdf")
    dlg = window.print_documents()
    assert combo_items(dlg.kind) == [(d.title, d.kind) for d in DOCUMENTS]
    for d in DOCUMENTS:
        dlg.kind.setCurrentIndex(dlg.kind.findData(d.kind))
        assert dlg.save_pdf() == tmp_path / "d.pdf"
        assert d.title.upper() in PdfReader(str(tmp_path / "d.pdf")).pages[0].extract_text()
        assert suggested[-1].name.startswith(f"{d.stem}-LK3-")
    register = window.document_register()
    assert combo_items(register.kind) == [("Semua jenis", "")] + [(d.title, d.kind)
                                                                 for d in DOCUMENTS]
    assert [register.table.item(r, 2).text() for r in range(register.table.rowCount())] == [
        d.title for d in DOCUMENTS]


def test_a_kind_registered_in_one_place_is_offered_checked_and_registered(
        qtbot, window, staff, tmp_path, monkeypatch, message_boxes):
    from tests.helpers.cases import meeting
    from tests.helpers.documents import EXTRA_BODY, register_extra_kind

    extra = register_extra_kind(monkeypatch)
    store = window.store
    rid = complete_case(store, staff, upto=1)
    window.refresh()
    window.select_case(rid)
    target = tmp_path / "note.pdf"
    suggested = []
    monkeypatch.setattr("lk3_desktop.ui.dialogs.save_file_path",
                        lambda parent, title, path, *a: suggested.append(path) or target)

    dlg = window.print_documents()
    assert (extra.title, extra.kind) in combo_items(dlg.kind)
    dlg.kind.setCurrentIndex(dlg.kind.findData(extra.kind))
    waiting = ("Dokumen ini dapat dicetak setelah langkah 2 (Pertemuan dengan konselor) selesai. "
               "Formulir kosong tetap dapat dicetak.")
    assert waiting in dlg.number.text()
    assert not find(dlg, "document.save").isEnabled()
    assert dlg.save_pdf() is None and store.list_documents() == []  # Ctrl+S: the same refusal
    assert message_boxes == [("Dokumen belum dapat dicetak", waiting)]
    dlg.close()

    store.save_step(rid, 2, {**meeting(staff["konselor"]), "performed_by": staff["konselor"]},
                    complete=True)
    dlg = window.print_documents()
    dlg.kind.setCurrentIndex(dlg.kind.findData(extra.kind))
    assert find(dlg, "document.save").isEnabled()
    qtbot.mouseClick(find(dlg, "document.save"), Qt.MouseButton.LeftButton)
    content = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "CATATAN PERTEMUAN DENGAN KONSELOR" in content and EXTRA_BODY in content
    assert suggested[-1].name.startswith("catatan-pertemuan-LK3-")
    [entry] = store.list_documents()
    assert entry["kind"] == extra.kind and f"No. {entry['number']}" in content
    assert entry["number"] in dlg.number.text()

    register = window.document_register()
    register.kind.setCurrentIndex(register.kind.findData(extra.kind))
    assert register.kind.currentText() == extra.title
    assert [register.table.item(0, c).text() for c in (0, 2)] == [entry["number"], extra.title]
    assert register.count.text() == "1 dokumen"

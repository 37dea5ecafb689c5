"""The one seam for every modal question and file dialog: Indonesian buttons, the answer
given, a PDF name ending in .pdf, a failed save said in one line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from lk3_desktop.ui import dialogs


def test_standard_buttons_speak_indonesian(qtbot):
    box = dialogs.message_box(None, QMessageBox.Icon.Question, "Judul", "Teks",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                              | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Yes,
                                            QMessageBox.StandardButton.No,
                                            QMessageBox.StandardButton.Cancel)}
    assert texts == {"Ya", "Tidak", "Batal"}


def test_details_are_offered_under_an_indonesian_button(qtbot):
    box = dialogs.message_box(None, QMessageBox.Icon.Critical, "Basis data rusak", "Teks",
                              detail="database disk image is malformed")
    qtbot.addWidget(box)
    assert box.detailedText() == "database disk image is malformed"
    roles = {b.text() for b in box.buttons()
             if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole}
    assert roles == {"Tampilkan rincian…"}


def test_a_question_is_no_unless_the_user_says_yes(message_boxes, monkeypatch):
    assert dialogs.ask(None, "Hapus?", "Hapus baris ini?") is False  # the default: Tidak
    assert message_boxes == [("Hapus?", "Hapus baris ini?")]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    assert dialogs.ask(None, "Hapus?", "Hapus baris ini?") is True


def test_choose_gives_the_index_of_the_answer_or_none_when_closed(monkeypatch):
    seen = []

    def click(label):
        def run(box):
            seen.append((box.defaultButton().text(), box.escapeButton().text()))
            for b in box.buttons():
                if b.text() == label:
                    b.click()
            return 0
        return run

    options = ["Pulihkan cadangan ini", "Pilih berkas lain…", "Keluar"]
    monkeypatch.setattr(QMessageBox, "exec", click("Pilih berkas lain…"))
    assert dialogs.choose(None, QMessageBox.Icon.Warning, "Judul", "Teks", options) == 1
    assert seen[-1] == ("Pulihkan cadangan ini", "Keluar")  # Enter: the first; Esc: the last
    monkeypatch.setattr(QMessageBox, "exec", click("nothing"))  # closed without choosing
    assert dialogs.choose(None, QMessageBox.Icon.Warning, "Judul", "Teks", options,
                          default=2) is None
    assert seen[-1] == ("Keluar", "Keluar")


def test_a_pdf_is_saved_under_a_name_ending_in_pdf(monkeypatch, tmp_path):
    answers = iter([(str(tmp_path / "rujukan"), ""), (str(tmp_path / "surat.PDF"), ""),
                    ("", "")])
    asked = []

    def fake(parent, title, suggested, file_filter):
        asked.append((title, suggested, file_filter))
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    suggested = Path.home() / "rujukan-LK3-2026-0001.pdf"
    assert dialogs.save_file_path(None, "Simpan PDF", suggested) == tmp_path / "rujukan.pdf"
    assert dialogs.save_file_path(None, "Simpan PDF", suggested) == tmp_path / "surat.PDF"
    assert dialogs.save_file_path(None, "Simpan PDF", suggested) is None  # cancelled
    assert asked[0] == ("Simpan PDF", str(suggested), "Dokumen PDF (*.pdf)")


def test_a_pdf_that_cannot_be_saved_is_one_message(message_boxes, tmp_path):
    target = tmp_path / "dicabut" / "rujukan.pdf"
    assert dialogs.write_pdf(None, target, b"%PDF-1.4") is False
    title, text = message_boxes[-1]
    assert title == "Gagal menyimpan PDF"
    assert text == f"PDF tidak dapat disimpan di {target}: No such file or directory."
    assert dialogs.write_pdf(None, tmp_path / "rujukan.pdf", b"%PDF-1.4") is True
    assert (tmp_path / "rujukan.pdf").read_bytes() == b"%PDF-1.4"


def test_cancelled_file_and_folder_choices_are_none(monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert dialogs.choose_folder(None, "Cadangkan ke folder") is None
    assert dialogs.open_image_path(None, "Pilih logo") is None
    assert dialogs.open_backup_path(None, "Pilih berkas cadangan", tmp_path) is None
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    assert dialogs.choose_folder(None, "Cadangkan ke folder") == tmp_path

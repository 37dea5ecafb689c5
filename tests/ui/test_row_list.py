"""Rows of small forms (problems, actions): names that follow the rows as they come and go,
choices that reach every row, values with the ids and data a row came with."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from lk3_desktop.ui.row_list import Column, RowList
from lk3_desktop.ui.widgets import ChoiceField, TextField
from tests.helpers.gui import find, set_field

AREAS = [("migrasi", "Migrasi/deportasi"), ("ekonomi", "Ekonomi")]


@pytest.fixture
def rows(qtbot):
    widget = RowList("step4.problems",
                     [Column("area", "Bidang masalah", lambda: ChoiceField(AREAS)),
                      Column("description", "Uraian masalah", TextField, span=4)],
                     add_text="+ Tambah masalah", empty_text="Belum ada masalah.",
                     row_title="Masalah")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def titles(rows: RowList) -> list[str]:
    return [lbl.text() for lbl in rows.findChildren(QLabel) if lbl.property("rowTitle")
            and not lbl.isHidden()]


def test_added_rows_are_named_and_numbered_in_order(qtbot, rows):
    for _ in range(3):
        qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    assert len(rows) == 3 and titles(rows) == ["Masalah 1", "Masalah 2", "Masalah 3"]
    third = find(rows, "step4.problems.2.description")
    assert third.accessibleName() == "Masalah 3: Uraian masalah"
    assert third.hasFocus() or rows.row_widget(2, "area").hasFocus()  # ready to type
    assert find(rows, "step4.problems.1.remove").accessibleName() == "Hapus masalah"


def test_removing_a_row_renumbers_the_ones_after_it(qtbot, rows):
    rows.set_value([{"id": "p1", "area": "migrasi", "description": "Dideportasi."},
                    {"id": "p2", "area": "ekonomi", "description": "Tanpa uang."},
                    {"id": "p3", "area": "ekonomi", "description": "Utang."}])
    heard = []
    rows.changed.connect(lambda: heard.append(1))
    qtbot.mouseClick(find(rows, "step4.problems.0.remove"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: titles(rows) == ["Masalah 1", "Masalah 2"])
    assert heard == [1]
    assert [r["id"] for r in rows.value()] == ["p2", "p3"]
    first = find(rows, "step4.problems.0.description")
    assert first.value() == "Tanpa uang." and first.accessibleName() == "Masalah 1: Uraian masalah"
    assert find(rows, "step4.problems.1.area").value() == "ekonomi"
    assert rows.row_widget(2, "area") is None


def test_values_keep_each_rows_id_and_the_data_it_came_with(qtbot, rows):
    rows.set_value([{"id": "p1", "area": "migrasi", "description": "Dideportasi.",
                     "origin_step": 4}])
    qtbot.mouseClick(rows.add_button, Qt.MouseButton.LeftButton)
    set_field(qtbot, find(rows, "step4.problems.1.description"), "Sulit tidur")
    first, second = rows.value()
    assert first == {"id": "p1", "area": "migrasi", "description": "Dideportasi.",
                     "origin_step": 4}
    assert second["description"] == "Sulit tidur" and second["area"] == ""
    assert second["id"] and second["id"] != "p1"  # a new row gets an id of its own


def test_choices_reach_every_row_and_rows_added_later(qtbot):
    actions = RowList("step6.actions",
                      [Column("problem_id", "Masalah yang ditangani", ChoiceField)],
                      add_text="+ Tambah tindakan", empty_text="", row_title="Tindakan")
    qtbot.addWidget(actions)
    actions.add_row({})
    actions.set_choices("problem_id", [("p1", "1. Migrasi/deportasi (berat)")])
    actions.add_row({"problem_id": "p1"})
    for i in range(2):
        combo = actions.row_widget(i, "problem_id")
        assert [combo.itemText(j) for j in range(combo.count())] == [
            "— pilih —", "1. Migrasi/deportasi (berat)"], i
    assert actions.row_widget(1, "problem_id").currentText() == "1. Migrasi/deportasi (berat)"


def test_the_empty_text_shows_only_while_there_are_no_rows(qtbot, rows):
    empty = next(lbl for lbl in rows.findChildren(QLabel) if lbl.text() == "Belum ada masalah.")
    assert not empty.isHidden()
    rows.add_row({})
    assert empty.isHidden()
    rows.set_value([])
    assert not empty.isHidden() and len(rows) == 0


def test_fixed_rows_show_read_only_values_and_cannot_be_added_or_removed(qtbot):
    reassessed = RowList("step5.reassessments",
                         [Column("area", "Bidang masalah", None, show=dict(AREAS).get),
                          Column("result", "Hasil reasesmen", TextField)],
                         add_text=None, empty_text="Tidak ada masalah.", row_title="Masalah")
    qtbot.addWidget(reassessed)
    reassessed.set_value([{"id": "r1", "area": "migrasi", "problem_id": "p1"}])
    assert reassessed.add_button is None
    assert reassessed.findChildren(QPushButton) == []
    shown = [lbl.text() for lbl in reassessed.findChildren(QLabel)]
    assert "Migrasi/deportasi" in shown
    assert reassessed.value() == [{"id": "r1", "area": "migrasi", "problem_id": "p1",
                                   "result": ""}]
    assert isinstance(reassessed.row_widget(0, "result"), QWidget)
    assert reassessed.row_widget(0, "area") is None  # read-only: not a field

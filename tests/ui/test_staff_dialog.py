"""The staff dialog: adding staff with their roles, checks at the field, unsaved edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers.gui import find, set_field


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


def test_staff_dialog_asks_before_dropping_unsaved_edits(qtbot, window, message_boxes):
    dlg = window.manage_staff()
    assert window.manage_staff() is dlg  # one staff dialog at a time
    set_field(qtbot, find(dlg, "staff.name"), "Rina")
    dlg.reject()  # Escape; the question is answered with its default, "Tidak"
    assert message_boxes[-1][0] == "Perubahan belum disimpan"
    assert dlg.isVisible() and find(dlg, "staff.name").value() == "Rina"


def test_saving_a_nip_written_in_groups_leaves_nothing_unsaved(qtbot, window, message_boxes):
    """The store keeps the NIP without its spaces and the name without trailing blanks; the
    form then shows what was saved, and closing it asks nothing."""
    dlg = window.manage_staff()
    set_field(qtbot, find(dlg, "staff.name"), "Rina Marlina, S.Tr.Sos. ")
    set_field(qtbot, find(dlg, "staff.nip"), "19680318 199403 1 007")
    find(dlg, "staff.role.pengadministrasi").setChecked(True)
    qtbot.mouseClick(find(dlg, "staff.save"), Qt.MouseButton.LeftButton)
    [saved] = window.store.list_staff()
    assert (saved["name"], saved["nip"]) == ("Rina Marlina, S.Tr.Sos.", "196803181994031007")
    assert find(dlg, "staff.nip").value() == "196803181994031007"
    assert find(dlg, "staff.name").value() == "Rina Marlina, S.Tr.Sos."
    dlg.reject()
    assert message_boxes == [] and not dlg.isVisible()

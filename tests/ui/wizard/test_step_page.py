"""A step's page: bad input gives a clear Indonesian message at the field (and nothing saved
is lost), the SOP standard beside the form, names for every field, staff offered by role."""

from __future__ import annotations

import pytest

from tests.helpers.cases import complete_case, intake
from tests.helpers.gui import fill, find, next_page, open_case, set_field

# (step, field objectName, value typed, message shown)
CASES = [
    (1, "step1.full_name", "", "Nama lengkap wajib diisi."),
    (1, "step1.nik", "65710145059", "NIK harus 16 angka (sekarang 11)."),
    (1, "step1.nik", "6571010505900003", "NIK menunjukkan jenis kelamin laki-laki"),
    (1, "step1.nik", "6571014505910003", "tidak sama dengan tanggal lahir"),
    (1, "step1.kk_number", "12345", "Nomor KK harus 16 angka"),
    (1, "step1.phone", "tanya RT", "Nomor telepon tidak sah"),
    (1, "step1.family_name", "", "Keluarga tidak diketahui"),
    (1, "step1.consent_record", False, "pencatatan data wajib dicentang"),
    (1, "step1.complaint", "", "Keluhan utama/alasan rujukan wajib diisi."),
    (1, "step1.rt_rw", "RT tiga", "RT/RW ditulis sebagai angka"),
    (2, "step2.counselor_id", "", "Konselor yang ditugaskan wajib diisi."),
    (3, "step3.agree_honesty", False, "Kejujuran"),
    (3, "step3.paper_location", "", "Lokasi arsip kontrak wajib diisi."),
]


@pytest.mark.parametrize("step, name, value, message", CASES,
                         ids=[f"{c[1]}={c[2]!r}" for c in CASES])
def test_bad_input_blocks_next_with_message_at_field(qtbot, window, staff, step, name, value,
                                                     message):
    store = window.store
    rid = complete_case(store, staff, upto=3)
    saved = {n: store.load_step(rid, n) for n in (1, 2, 3)}
    wiz = open_case(qtbot, store, rid)
    wiz.open_at(step)
    assert wiz.currentId() == step
    widget = find(wiz, name)
    set_field(qtbot, widget, value)
    next_page(qtbot, wiz)

    assert wiz.currentId() == step  # Next was blocked
    page = wiz.currentPage()
    assert page.banner.isVisible() and message in page.banner.text()
    assert widget.property("error") is True and message in widget.toolTip()
    assert widget.hasFocus() or page.focusWidget() is widget or message in widget.toolTip()
    # Nothing already saved was lost or changed by the rejected edit.
    assert {n: store.load_step(rid, n) for n in (1, 2, 3)} == saved


def test_new_referral_with_nothing_typed_names_every_required_field(qtbot, window):
    wiz = window.new_referral()
    next_page(qtbot, wiz)
    text = wiz.currentPage().banner.text()
    for label in ("Nama lengkap", "Jenis kelamin", "Sumber rujukan", "Keluhan utama",
                  "Isi tanggal lahir, atau perkiraan umur"):  # an untouched age is no age
        assert label in text
    assert wiz.rid is None  # nothing typed, so no empty case was created
    assert window.store.list_cases() == []


def test_message_clears_once_fixed(qtbot, window, staff):
    wiz = window.new_referral()
    fill(qtbot, wiz.currentPage(), 1, intake(full_name=""))
    next_page(qtbot, wiz)
    field = find(wiz, "step1.full_name")
    assert field.property("error") is True
    set_field(qtbot, field, "Siti")
    next_page(qtbot, wiz)
    assert wiz.currentId() == 2
    assert field.property("error") is False


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


def test_inactive_staff_of_other_roles_are_not_offered_as_counselor(qtbot, window, staff):
    store = window.store
    admin = store.staff(staff["pengadministrasi"])
    store.save_staff({**admin, "active": False}, admin["id"])
    rid = complete_case(store, staff, upto=1)
    wiz = open_case(qtbot, store, rid, show=False)
    combo = find(wiz, "step2.counselor_id")
    assert combo.findData(admin["id"]) < 0
    assert combo.findData(staff["konselor"]) > 0


def test_staff_are_offered_executors_first_then_others_then_inactive(store, staff):
    from lk3_desktop.ui.wizard.step_page import staff_choices

    admin = store.staff(staff["pengadministrasi"])
    store.save_staff({**admin, "active": False}, admin["id"])
    extra = store.save_staff({"name": "Andi Baso Rahman", "roles": ["konselor", "tim_ahli"]})
    assert staff_choices(store, ["konselor"], others=True) == [  # each group by name
        (extra, "Andi Baso Rahman"),
        (staff["konselor"], "Maria Goreti Lamba, S.Psi."),
        (staff["tim_ahli"], "dr. Hendra Wijaya, Sp.KJ (bukan pelaksana langkah ini)"),
        (staff["rehabilitasi"], "Yusran Hamid, S.ST. (bukan pelaksana langkah ini)"),
        (admin["id"], "Rina Marlina, S.Tr.Sos. (tidak aktif)")]
    assert staff_choices(store, ["pengadministrasi"], others=False) == [
        (admin["id"], "Rina Marlina, S.Tr.Sos. (tidak aktif)")]


def test_time_taken_is_shown_against_the_standard_and_flagged_when_over(qtbot, store):
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard

    wizard = CaseWizard(store)
    qtbot.addWidget(wizard)
    page = wizard.pages[1]  # standard: 30 minutes
    page.set_time_taken(None)
    assert page.time_label.text() == ("<b>Waktu standar:</b> 30 menit<br>"
                                      "<b>Waktu digunakan:</b> —")
    page.set_time_taken(25)
    assert page.time_label.text().endswith("<b>Waktu digunakan:</b> 25 menit")
    page.set_time_taken(95)
    assert "1 jam 35 menit (melewati standar)" in page.time_label.text()

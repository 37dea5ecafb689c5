"""The SOP definition in data/: complete, spelled correctly, and what the code reads."""

from __future__ import annotations

import re

import pytest

from lk3_desktop.paths import resource
from lk3_desktop.sop import format_minutes, load_reference, load_sop

# Typos of the scanned SOP (../shared/sop/README.md) that must never reach the product.
SCAN_TYPOS = ["Sires", "Kapala", "dijumparkan", "Terantar", "Sakti", "Kadaruratan",
              "Pelayaran Reunifikasi", "Dismipin", "Bertira", "Kerdudukan", "Pambina",
              "Analisis Revisi", "Seksi Revisi", "Pendamping Revisi", "diketahuai", "PKKS"]


def test_seven_steps_in_order_with_standards():
    sop = load_sop()
    assert [s.number for s in sop.steps] == list(range(1, 8))
    assert [s.key for s in sop.steps] == ["intake", "meeting", "contract", "problems",
                                        "reassessment", "action_plan", "evaluation"]
    assert sop.step(2).description == (
        "Klien dipertemukan dengan konselor di shelter/ruang kerja peksos")
    for step in sop.steps:
        assert step.title and step.description and step.output
        assert step.executors, step.key
        assert step.kelengkapan, step.key
        assert step.waktu_menit > 0
    assert sop.step(3).label == "3/7 Kontrak konseling"


def test_roles_obstacles_and_related_sops():
    sop = load_sop()
    assert len(sop.roles) == 4
    assert {o.key for o in sop.obstacles} == {"tidak_jujur", "keluarga_tidak_diketahui"}
    assert len(sop.related_sops) == 5
    assert any("Kedaruratan" in r.name for r in sop.related_sops)


def test_tarakan_regions():
    ref = load_reference()
    assert [k.name for k in ref.kecamatan] == [
        "Tarakan Barat", "Tarakan Tengah", "Tarakan Timur", "Tarakan Utara"]
    assert len(ref.kelurahan_all) == 20
    assert ref.kecamatan_of("Juata Laut") == "Tarakan Utara"
    assert ref.kecamatan_of("Makassar") is None


@pytest.mark.parametrize("rel", ["data/sop.json", "data/reference.json"])
def test_no_scan_typos_in_shipped_text(rel):
    text = resource(rel).read_text(encoding="utf-8")
    for typo in SCAN_TYPOS:
        assert not re.search(rf"\b{re.escape(typo)}\b", text), typo


@pytest.mark.parametrize("minutes, text", [(30, "30 menit"), (60, "1 jam"), (125, "2 jam 5 menit"),
                                           (1440, "1 hari"), (4380, "3 hari 1 jam")])
def test_format_minutes(minutes, text):
    assert format_minutes(minutes) == text


EIGHTH = {
    "number": 8, "key": "follow_up", "title": "Tindak lanjut pascakonseling",
    "description": "Menghubungi klien kembali setelah konseling selesai",
    "executors": ["konselor"], "kelengkapan": ["Catatan hasil konseling"], "waktu_menit": 60,
    "output": "Kabar klien tercatat", "keterangan": "",
    "fields": [
        {"key": "contacted_on", "type": "date", "label": "Tanggal dihubungi", "required": True,
         "rule": "not_future", "documents": ["record"], "example": "2025-06-02"},
        {"key": "client_news", "type": "text", "label": "Kabar klien", "required": True,
         "documents": ["record"], "example": "Sudah bekerja kembali"},
    ],
}


@pytest.fixture
def eighth_step(monkeypatch):
    """data/sop.json with an eighth step appended: the only change a new step needs."""
    from tests.helpers.sop_data import edited_sop

    with edited_sop(monkeypatch, lambda raw: {**raw, "steps": [*raw["steps"], EIGHTH]}):
        yield


def test_an_eighth_step_needs_only_the_sop_data(eighth_step, qtbot, tmp_path):
    import io

    from pypdf import PdfReader

    from lk3_desktop.demo import fill_demo_data
    from lk3_desktop.domain.steps import validate_step
    from lk3_desktop.pdf.render import render
    from lk3_desktop.store import open_store
    from lk3_desktop.ui.case_view import case_html
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard
    from tests.helpers.cases import complete_case

    store = open_store(tmp_path / "lk3.sqlite")
    staff = {k: store.save_staff({"name": f"Petugas {k}", "roles": [k], "position": "Staf"})
             for k in ("pengadministrasi", "rehabilitasi", "konselor", "tim_ahli")}
    assert [s.label for s in store.sop.steps][-1] == "8/8 Tindak lanjut pascakonseling"
    rid = complete_case(store, staff, upto=7)
    case = store.referral(rid)
    assert (case["status"], case["current_step"]) == ("aktif", 8)  # not closed before step 8

    errors = validate_step(8, {"performed_by": staff["konselor"]}, store.ref, store.today())
    assert {e.message for e in errors} == {"Tanggal dihubungi wajib diisi.",
                                           "Kabar klien wajib diisi."}
    store.save_step(rid, 8, {"contacted_on": "2026-11-25", "client_news": "Sudah bekerja lagi",
                             "performed_by": staff["konselor"]}, complete=True)
    assert store.referral(rid)["status"] == "selesai"
    assert "8. Tindak lanjut pascakonseling" in case_html(store, rid)
    assert "Sudah bekerja lagi" in case_html(store, rid)

    wizard = CaseWizard(store, rid)
    qtbot.addWidget(wizard)
    assert sorted(wizard.pageIds())[-1] == 8
    assert wizard.findChild(object, "step8.client_news") is not None

    pdf = PdfReader(io.BytesIO(render(store, "record", rid, register=False)[0]))
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "Tindak lanjut pascakonseling" in text and "Sudah bekerja lagi" in text

    fill_demo_data(store, 30, seed=3)
    finished = [r for r in store.list_cases() if r.status != "aktif" and r.id != rid]
    assert finished and all(store.load_step(r.id, 8).get("client_news") == "Sudah bekerja kembali"
                            for r in finished)
    store.close()

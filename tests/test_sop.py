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

"""The document registry: the keys and names others rely on, and when each may be printed."""

from __future__ import annotations

import pytest

from lk3_desktop.domain.documents import DOCUMENTS, by_cli_name, document, not_ready, title
from lk3_desktop.sop import load_sop

SOP = load_sop()


def test_stored_keys_and_cli_names_never_change():
    # Databases hold these keys and offices' scripts call these names: a contract.
    assert [d.kind for d in DOCUMENTS] == ["service-form", "referral", "contract", "record"]
    assert [d.cli_name for d in DOCUMENTS] == ["service-form", "referral", "contract", "record"]
    assert [(d.title, d.stem) for d in DOCUMENTS] == [
        ("Formulir Layanan Sosial", "formulir-layanan-sosial"),
        ("Surat Rujukan ke LK3", "surat-rujukan"),
        ("Kontrak Konseling", "kontrak-konseling"),
        ("Catatan Hasil Konseling", "catatan-hasil-konseling")]


@pytest.mark.parametrize("attr", ["kind", "title", "stem", "cli_name"])
def test_each_name_is_unique(attr):
    values = [getattr(d, attr) for d in DOCUMENTS]
    assert len(set(values)) == len(values)


def test_every_step_named_exists_in_the_sop():
    for d in DOCUMENTS:
        SOP.step_by_key(d.step)
        for req in d.requires:
            SOP.step_by_key(req.step)


def test_lookups():
    assert document("referral").title == "Surat Rujukan ke LK3"
    assert by_cli_name("record").kind == "record"
    with pytest.raises(ValueError, match="unknown document kind 'letter'"):
        document("letter")
    assert title("contract") == "Kontrak Konseling"
    assert title("kind-of-a-newer-version") == "kind-of-a-newer-version"  # listed, not a crash


def statuses(upto: int) -> dict[int, str]:
    return {n: "complete" for n in range(1, upto + 1)} | {upto + 1: "draft"}


def consent(given: bool):
    return lambda step: {"consent_referral": given} if step == 1 else {}


@pytest.mark.parametrize("kind, upto, message", [
    ("service-form", 0, "langkah 1 (Formulir layanan sosial)"),
    ("referral", 0, "langkah 1 (Formulir layanan sosial)"),
    ("contract", 2, "langkah 3 (Kontrak konseling)"),
    ("record", 6, "langkah 7 (Evaluasi konseling)"),
])
def test_a_document_waits_for_its_step_named_by_its_title(kind, upto, message):
    assert not_ready(kind, SOP, statuses(upto), consent(True)) == (
        f"Dokumen ini dapat dicetak setelah {message} selesai. Formulir kosong tetap dapat dicetak.")
    assert not_ready(kind, SOP, statuses(upto + 1), consent(True)) is None


def test_the_referral_letter_needs_the_clients_consent():
    assert not_ready("referral", SOP, statuses(1), consent(False)) == (
        "Klien belum menyatakan setuju dirujuk ke LK3 (langkah 1), sehingga surat rujukan "
        "belum dapat dicetak.")
    assert not_ready("service-form", SOP, statuses(1), consent(False)) is None


def test_the_step_is_found_by_key_not_by_number(monkeypatch):
    """Were a step inserted before it, "contract" would still mean the contract step."""
    from dataclasses import replace

    steps = tuple(replace(s, number=s.number + 1) for s in SOP.steps)
    shifted = replace(SOP, steps=steps)
    assert "langkah 4 (Kontrak konseling)" in not_ready("contract", shifted, statuses(3),
                                                        consent(True))


def test_every_registered_builder_can_be_found():
    from lk3_desktop.pdf.render import builder

    for spec in DOCUMENTS:
        assert callable(builder(spec.kind)), spec.builder

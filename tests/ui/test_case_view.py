"""The read-only case view: every step with its state, who did it, and its values."""

from __future__ import annotations

from tests.helpers.cases import complete_case


def test_case_view_shows_every_step(qtbot, window, staff):
    rid = complete_case(window.store, staff, upto=4)
    window.refresh()
    window.select_case(rid)
    view = window.view_case()
    text = view.browser.toPlainText()
    for n, title in enumerate(s.title for s in window.store.sop.steps):
        assert f"{n + 1}. {title}" in text
    assert "Dideportasi." in text and "Migrasi/deportasi (berat)" in text
    assert "Kejujuran" in text and "5. Reasesmen (draf)" in text
    assert "6. Rencana tindakan (belum dimulai)" in text

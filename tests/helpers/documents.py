"""A document kind the program does not ship, registered the way a new one would be."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from lk3_desktop.domain import documents
from lk3_desktop.domain.documents import DocumentSpec

EXTRA = DocumentSpec("meeting-note", "Catatan Pertemuan dengan Konselor", step="meeting",
                     stem="catatan-pertemuan", cli_name="meeting-note",
                     builder="tests.helpers.documents:build_extra")
EXTRA_BODY = "Klien hadir dan bersedia mengikuti konseling."


def build_extra(ctx) -> list:
    return [Paragraph(EXTRA_BODY, ctx.s.body)]


def register_extra_kind(monkeypatch) -> DocumentSpec:
    """One registry entry naming its builder, and nothing else: what adding a document takes
    (the builder module being the other file)."""
    monkeypatch.setattr(documents, "DOCUMENTS", (*documents.DOCUMENTS, EXTRA))
    return EXTRA

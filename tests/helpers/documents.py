"""A document kind the program does not ship, registered the way a new one would be."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from lk3_desktop.domain import documents
from lk3_desktop.domain.documents import DocumentSpec
from lk3_desktop.pdf import render

EXTRA = DocumentSpec("meeting-note", "Catatan Pertemuan dengan Konselor", step="meeting",
                     stem="catatan-pertemuan", cli_name="meeting-note")
EXTRA_BODY = "Klien hadir dan bersedia mengikuti konseling."


def build_extra(ctx) -> list:
    return [Paragraph(EXTRA_BODY, ctx.s.body)]


def register_extra_kind(monkeypatch) -> DocumentSpec:
    """One registry entry plus its builder, and nothing else: what adding a document takes."""
    monkeypatch.setattr(documents, "DOCUMENTS", (*documents.DOCUMENTS, EXTRA))
    monkeypatch.setitem(render.BUILDERS, EXTRA.kind, build_extra)
    return EXTRA

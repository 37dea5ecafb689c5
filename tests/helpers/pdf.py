"""Reading a rendered PDF back: its pages, its text, its paper."""

from __future__ import annotations

import io

from pypdf import PdfReader

from lk3_desktop.domain.documents import DOCUMENTS

KINDS = [d.kind for d in DOCUMENTS]


PAPERS = {"A4": (595.28, 841.89), "F4": (609.45, 935.43)}


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in read(data).pages)


def flat(s: str) -> str:
    return " ".join(s.split())


def sizes(data: bytes) -> set[tuple[float, float]]:
    return {(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
            for p in read(data).pages}

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


def make_context(store, rid: str | None, *, doc_date=None):
    """What render() hands a builder, for case `rid` (None: a blank form), on A4."""
    from lk3_desktop.pdf import layout
    from lk3_desktop.pdf.context import Context

    steps = {s.number: store.load_step(rid, s.number) for s in store.sop.steps} if rid else {}
    problems = {p["id"]: store.ref.choice_name("problem_areas", p["area"])
                for p in store.problems(rid)} if rid else {}
    return Context(store=store, rid=rid, office=store.office_settings(), s=layout.styles(),
                   width=450, number="1/LK3/DINSOSPM/XI/2026", doc_date=doc_date, steps=steps,
                   staff_names={s["id"]: s["name"]
                                for s in store.list_staff(include_inactive=True)},
                   problem_names=problems)


def story_pdf(story: list, *, paper: str = "A4") -> bytes:
    """A bare document of `story` on the official page, with the numbered footer."""
    from lk3_desktop.pdf.layout import LK3Document, NumberedCanvas

    buffer = io.BytesIO()
    doc = LK3Document(buffer, paper=paper, title="Uji", author="Uji", subject="Uji")

    class Canvas(NumberedCanvas):
        footer_left = "SOP uji · No. 7/LK3"

    doc.build(story, canvasmaker=Canvas)
    return buffer.getvalue()

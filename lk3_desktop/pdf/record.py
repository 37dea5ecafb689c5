"""Catatan Hasil Konseling: the whole counseling record for the case file.

It prints, step by step, every field whose description names the record (data/sop.json
`documents`), so a field added there appears here with no change to this module.
"""

from __future__ import annotations

from html import escape

from reportlab.platypus import Paragraph

from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Context
from lk3_desktop.pdf.fields import DASH, field_rows, step_section
from lk3_desktop.sop import contract_points

KIND = "record"


def _agreed_points(ctx: Context) -> list[tuple[str, str]]:
    """The contract's points in one line; the contract itself prints them in full."""
    data = ctx.data("contract")
    agreed = [p.title for p in contract_points() if data.get(f"agree_{p.key}")]
    return [("Poin yang disepakati", ctx.value("; ".join(agreed) or DASH))]


def build(ctx: Context) -> list:
    sop = ctx.store.sop
    s, w = ctx.s, ctx.width
    first, *later = sop.steps
    agenda = ctx.store.referral(ctx.rid)["agenda_number"] if ctx.rid else ""
    story: list = [Paragraph("1. Identitas klien", s.heading)]
    story += layout.field_table([*field_rows(ctx, first.key, KIND),
                                 ("Nomor agenda kasus", ctx.value(agenda))], s, w)
    number = 2
    for step in later:
        body = step_section(ctx, step.key, KIND)
        if step.key == "contract":
            body = layout.field_table(_agreed_points(ctx), s, w) + body
        if not body:
            continue
        story.append(Paragraph(escape(f"{number}. {step.title}"), s.heading))
        story += body
        number += 1

    d1 = ctx.data(first.key)
    meeting = ctx.data("meeting")
    office = ctx.office
    # A closing sentence keeps the signatures company when they move to a new page.
    closing = [layout.para("Demikian catatan hasil konseling ini dibuat dengan sebenarnya untuk "
                           "dipergunakan sebagaimana mestinya.", s.body)]
    story.append(layout.signatures(
        [layout.Signer("Konselor", ctx.staff(meeting.get("counselor_id"))),
         layout.Signer("Klien", "" if ctx.blank else d1.get("full_name", "")),
         layout.Signer(f"Mengetahui,\n{office.section_title}", office.section_name,
                       office.section_rank, office.section_nip, show_nip=True)],
        s, w, place_date=ctx.place_date(), lead=closing))
    return story

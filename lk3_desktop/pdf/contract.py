"""Kontrak Konseling (step 3): the agreed points in full sentences, honesty first."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, Spacer

from lk3_desktop.domain.dates import format_date
from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Context
from lk3_desktop.pdf.fields import field_rows
from lk3_desktop.pdf.fonts import REGULAR
from lk3_desktop.sop import contract_points


def build(ctx: Context) -> list:
    d1, d2, d3 = ctx.data("intake"), ctx.data("meeting"), ctx.data("contract")
    s, w = ctx.s, ctx.width
    counselor = ctx.staff(d2.get("counselor_id"))
    story: list = [
        layout.para("Pada hari ini kami yang bertanda tangan di bawah ini:", s.body),
        Spacer(1, 2 * mm),
        *layout.field_table([("Klien", ctx.value(d1.get("full_name"))),
                            ("Konselor", ctx.value(counselor))], s, w, label_width=30 * mm),
        Spacer(1, 2 * mm),
        layout.para("sepakat melaksanakan konseling dengan ketentuan sebagai berikut:", s.body),
    ]
    points = [p for p in contract_points() if ctx.blank or d3.get(f"agree_{p.key}")]
    story.append(ListFlowable(
        [ListItem(Paragraph(f"<b>{p.title}.</b> {p.text}", s.body), leftIndent=14)
         for p in points], bulletType="1", bulletFormat="%s.", bulletFontName=REGULAR,
        bulletFontSize=10.5, leftIndent=16))
    story.append(Paragraph("Jadwal konseling", s.heading))
    # The schedule: every other contract field the description prints on the contract.
    story.extend(layout.field_table(
        field_rows(ctx, "contract", "contract", skip={f"agree_{p.key}" for p in contract_points()}),
        s, w, label_width=55 * mm))
    closing = [Spacer(1, 3 * mm),
               layout.para("Kontrak ini dibuat dengan sukarela, dibaca dan dipahami oleh "
                           "kedua belah pihak.", s.body)]
    story.append(layout.signatures(
        [layout.Signer("Klien", "" if ctx.blank else d1.get("full_name", "")),
         layout.Signer("Konselor", counselor),
         layout.Signer("Saksi")],
        # Signed when agreed: the agreement's date, not the day it was printed.
        s, w, place_date=(f"{ctx.office.city}, {format_date(d3['agreed_on'])}"
                          if d3.get("agreed_on") else ctx.place_date()), lead=closing))
    return story

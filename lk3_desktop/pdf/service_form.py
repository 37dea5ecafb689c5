"""Formulir Layanan Sosial (step 1): every intake field the description prints on it, under
its page section, then the client's consent as a statement to sign."""

from __future__ import annotations

from html import escape

from reportlab.platypus import Paragraph

from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Context
from lk3_desktop.pdf.fields import by_section

KIND = "service-form"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def build(ctx: Context) -> list:
    d = ctx.data("intake")
    s, w = ctx.s, ctx.width
    story: list = []
    groups = by_section(ctx, "intake", KIND)
    for letter, (heading, rows) in zip(LETTERS, groups):
        story.append(Paragraph(escape(f"{letter}. {heading}"), s.heading))
        story.extend(layout.field_table(rows, s, w))
    # The consent is a statement the client signs, not two ticks in a table.
    story.append(Paragraph(f"{LETTERS[len(groups)]}. Pernyataan persetujuan", s.heading))
    if ctx.blank:
        record, refer = "setuju / tidak setuju*", "setuju / tidak setuju*"
    else:
        record = "setuju" if d.get("consent_record") else "tidak setuju"
        refer = "setuju" if d.get("consent_referral") else "tidak setuju"
    story.append(layout.para(
        f"Saya yang bertanda tangan di bawah ini menyatakan {record} data pribadi saya dicatat "
        "dan disimpan oleh petugas untuk keperluan layanan sosial, dan "
        f"{refer} dirujuk ke {ctx.office.lk3_name}. Data saya dijaga kerahasiaannya sesuai "
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.", s.body))
    if ctx.blank:
        story.append(layout.para("*) coret yang tidak perlu", s.small))
    story.append(layout.signatures(
        [layout.Signer("Klien/wali", "" if ctx.blank else d.get("full_name", "")),
         layout.Signer("Petugas", ctx.staff(d.get("performed_by")))],
        s, w, place_date=ctx.place_date()))
    return story

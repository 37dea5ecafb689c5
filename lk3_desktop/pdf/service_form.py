"""Formulir Layanan Sosial (step 1): intake, identity, referrer, complaint and consent."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from lk3_desktop.domain.dates import format_date, format_datetime
from lk3_desktop.domain.steps import fields_of
from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Context

L = fields_of("intake")


def build(ctx: Context) -> list:
    d = ctx.steps.get(1, {})
    ref = ctx.store.ref
    s, w = ctx.s, ctx.width

    def v(key: str) -> str:
        return ctx.value(d.get(key))

    birth = format_date(d.get("birth_date")) or (
        f"perkiraan umur {d['estimated_age']} tahun" if d.get("estimated_age") not in (None, "")
        else "")
    sections = [
        ("A. Kedatangan dan rujukan", [
            (L.label("arrival_at"), ctx.value(format_datetime(d.get("arrival_at")))),
            (L.label("referral_source"), ctx.value(ref.choice_name("referral_sources",
                                                             d.get("referral_source")))),
            (L.label("referrer_name"), v("referrer_name")),
            (L.label("referrer_contact"), v("referrer_contact"))]),
        ("B. Identitas klien", [
            (L.label("full_name"), v("full_name")), (L.label("nickname"), v("nickname")),
            (L.label("nik"), ctx.value(d.get("nik") or ("" if ctx.blank else "tidak ada"))),
            (L.label("kk_number"), v("kk_number")),
            ("Tempat, tanggal lahir", ctx.value(", ".join(
                p for p in (d.get("birth_place"), birth) if p))),
            (L.label("sex"), ctx.value(ref.choice_name("sexes", d.get("sex")))),
            (L.label("religion"), v("religion")), (L.label("marital_status"), v("marital_status")),
            (L.label("education"), v("education")), (L.label("occupation"), v("occupation")),
            (L.label("nationality"), v("nationality"))]),
        ("C. Alamat dan kontak", [
            (L.label("address_street"), v("address_street")), (L.label("rt_rw"), v("rt_rw")),
            (L.label("kelurahan"), v("kelurahan")), (L.label("kecamatan"), v("kecamatan")),
            (L.label("city"), v("city")), (L.label("phone"), v("phone"))]),
    ]
    if d.get("family_unknown"):
        family = [("Keluarga", "Tidak diketahui — perlu penelusuran keluarga")]
    else:
        family = [(L.label(k), v(k)) for k in ("family_name", "family_relation", "family_phone",
                                          "family_address")]
    sections.append(("D. Keluarga yang dapat dihubungi", family))
    sections.append(("E. Keluhan dan kondisi", [
        (L.label("complaint"), v("complaint")),
        (L.label("arrival_condition"), v("arrival_condition"))]))
    story: list = []
    for heading, rows in sections:
        story.append(Paragraph(heading, s.heading))
        story.extend(layout.field_table(rows, s, w))
    story.append(Paragraph("F. Pernyataan persetujuan", s.heading))
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

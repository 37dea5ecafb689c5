"""Surat Rujukan ke LK3: the referral letter, signed by the social worker and acknowledged."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from lk3_desktop.domain.dates import format_date
from lk3_desktop.domain.steps import fields_of
from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Context
from lk3_desktop.pdf.fields import field_rows

# Intake fields the letter writes itself: the identity rows it orders its own way, and what
# it words as prose (the birth date or age, the address in one line, the complaint).
OWN = {"full_name", "nik", "sex", "birth_date", "estimated_age", "address_street", "rt_rw",
       "kelurahan", "kecamatan", "city", "complaint"}
LABEL = fields_of("intake").label


def build(ctx: Context) -> list:
    d1, d2, d4 = ctx.data("intake"), ctx.data("meeting"), ctx.data("problems")
    ref = ctx.store.ref
    s, w = ctx.s, ctx.width
    story: list = [
        layout.para(f"Kepada Yth.\nPengelola {ctx.office.lk3_name}\ndi Tempat", s.body),
        Spacer(1, 4 * mm),
        layout.para("Dengan hormat,\nBersama ini kami merujuk klien dengan identitas berikut "
                    "untuk mendapatkan layanan konseling di LK3:", s.body),
        Spacer(1, 2 * mm),
    ]
    birth = format_date(d1.get("birth_date")) or (
        f"perkiraan {d1['estimated_age']} tahun" if d1.get("estimated_age") not in (None, "")
        else "")
    address = ", ".join(p for p in (d1.get("address_street"), d1.get("rt_rw") and
                                    f"RT/RW {d1['rt_rw']}", d1.get("kelurahan"),
                                    d1.get("kecamatan"), d1.get("city")) if p)
    story.extend(layout.field_table([
        (LABEL("full_name"), ctx.value(d1.get("full_name"))),
        (LABEL("nik"), ctx.value(d1.get("nik") or ("" if ctx.blank else "tidak ada"))),
        (LABEL("sex"), ctx.value(ref.choice_name("sexes", d1.get("sex")))),
        ("Tanggal lahir/umur", ctx.value(birth)),
        ("Alamat", ctx.value(address)),
        ("Nomor agenda kasus", ctx.value(ctx.store.referral(ctx.rid)["agenda_number"]
                                         if ctx.rid else "")),
        # Any other intake field the description prints on the letter.
        *field_rows(ctx, "intake", "referral", skip=OWN),
    ], s, w))
    story.append(Paragraph("Alasan rujukan", s.heading))
    story.append(layout.para(ctx.value(d1.get("complaint")), s.body))
    story.append(Paragraph("Masalah yang teridentifikasi sejauh ini", s.heading))
    problems = d4.get("problems") or []
    if ctx.blank:
        story.append(layout.grid_table(["No.", "Bidang masalah", "Uraian"],
                                       [[str(i), "", "\n\n"] for i in range(1, 5)],
                                       [12 * mm, 45 * mm, w - 57 * mm], s))
    elif problems:
        story.append(layout.grid_table(
            ["No.", "Bidang masalah", "Tingkat", "Uraian"],
            [[str(i), ref.choice_name("problem_areas", p.get("area")),
              ref.choice_name("severities", p.get("severity")), p.get("description", "")]
             for i, p in enumerate(problems, start=1)],
            [12 * mm, 40 * mm, 20 * mm, w - 72 * mm], s))
    elif ctx.rid and ctx.store.sop.step_by_key("problems").number not in ctx.steps:
        # Counseling notes the person printing may not read (domain.access): not printed.
        story.append(layout.para("Dicatat oleh konselor LK3 dalam catatan konseling.", s.body))
    else:
        story.append(layout.para("Belum diidentifikasi; akan dilakukan oleh konselor LK3.", s.body))
    story.append(Paragraph("Yang kami mohonkan", s.heading))
    story.append(layout.para(
        "Kami mohon LK3 memberikan konseling kepada klien, melakukan identifikasi dan "
        "reasesmen masalah, menyusun rencana tindakan bersama klien, dan menyampaikan hasil "
        "evaluasi konseling kepada kami. Sesuai SOP, informasi dari klien perlu dikonfirmasi "
        "melalui penelusuran keluarga bila keluarga klien belum diketahui.", s.body))
    closing = [Spacer(1, 3 * mm),
               layout.para("Demikian surat rujukan ini kami sampaikan. Atas perhatian dan "
                           "kerja samanya kami ucapkan terima kasih.", s.body)]
    office = ctx.office
    story.append(layout.signatures(
        [layout.Signer(f"Mengetahui,\n{office.section_title}", office.section_name,
                       office.section_rank, office.section_nip, show_nip=True),
         # Step 2's executor refers the client; the administrator of step 1 does not sign
         # as the social worker, so without step 2 the line is left to fill by hand.
         layout.Signer("Pekerja sosial yang merujuk", ctx.staff(d2.get("performed_by")))],
        s, w, place_date=ctx.place_date(), lead=closing))
    return story

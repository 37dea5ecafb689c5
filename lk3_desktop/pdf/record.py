"""Catatan Hasil Konseling: the whole counseling record, steps 2 to 7, for the case file."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from lk3_desktop.domain.dates import format_date, format_datetime
from lk3_desktop.domain.steps import label
from lk3_desktop.domain.summary import meeting_place, referred_to
from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Context
from lk3_desktop.sop import choice_name, contract_points


def build(ctx: Context) -> list:
    st = ctx.steps
    d1, d2, d3, d4, d5, d6, d7 = (st.get(n, {}) for n in range(1, 8))
    ref, sop = ctx.store.ref, ctx.store.sop
    s, w = ctx.s, ctx.width
    story: list = []

    def section(title: str) -> None:
        story.append(Paragraph(title, s.heading))

    def table(header: list[str], rows: list[list[str]], widths: list[float], blank_rows: int):
        if ctx.blank:
            rows = [[str(i)] + [""] * (len(header) - 1) for i in range(1, blank_rows + 1)]
            rows = [[r[0], *("\n\n" for _ in r[1:])] for r in rows]
        if rows:
            story.append(layout.grid_table(header, rows, widths, s))
            story.append(Spacer(1, 2 * mm))
        else:
            story.append(layout.para("Tidak ada.", s.body))

    section("1. Identitas klien")
    story.extend(layout.field_table([
        ("Nama", ctx.value(d1.get("full_name"))),
        ("NIK", ctx.value(d1.get("nik") or ("" if ctx.blank else "tidak ada"))),
        ("Nomor agenda kasus", ctx.value(ctx.store.referral(ctx.rid)["agenda_number"]
                                         if ctx.rid else "")),
        ("Konselor", ctx.value(ctx.staff(d2.get("counselor_id")))),
    ], s, w))

    section("2. Pertemuan dengan konselor")
    story.extend(layout.field_table([
        (label(2, "met_at"), ctx.value(format_datetime(d2.get("met_at")))),
        (label(2, "place"), ctx.value(meeting_place(d2, ref))),
        (label(2, "notes"), ctx.value(d2.get("notes")))], s, w))

    section("3. Kontrak konseling")
    agreed = [p.title for p in contract_points() if d3.get(f"agree_{p.key}")]
    story.extend(layout.field_table([
        ("Poin yang disepakati", ctx.value("; ".join(agreed))),
        ("Jadwal", ctx.value(", ".join(x for x in (
            f"{d3['planned_sessions']} sesi" if d3.get("planned_sessions") else "",
            d3.get("frequency") or "", d3.get("session_place") or "") if x))),
        (label(3, "agreed_on"), ctx.value(format_date(d3.get("agreed_on"))))], s, w))

    section("4. Identifikasi masalah")
    problems = d4.get("problems") or []
    table(["No.", "Bidang masalah", "Tingkat", "Uraian"],
          [[str(i), ref.choice_name("problem_areas", p.get("area")),
            ref.choice_name("severities", p.get("severity")), p.get("description") or ""]
           for i, p in enumerate(problems, start=1)],
          [12 * mm, 40 * mm, 22 * mm, w - 74 * mm], 4)
    story.extend(layout.field_table([
        (label(4, "strengths"), ctx.value(d4.get("strengths"))),
        (label(4, "resources"), ctx.value(d4.get("resources"))),
        (label(4, "info_source"), ctx.value(ref.choice_name("information_sources",
                                                             d4.get("info_source"))))], s, w))

    section("5. Reasesmen")
    rows = [[str(i), ref.choice_name("problem_areas", r.get("area")),
             ref.choice_name("reassessment_results", r.get("result")), r.get("note") or ""]
            for i, r in enumerate(d5.get("reassessments") or [], start=1)]
    start = len(rows)
    rows += [[str(start + i), ref.choice_name("problem_areas", p.get("area")),
              "Masalah baru", p.get("description") or ""]
             for i, p in enumerate(d5.get("new_problems") or [], start=1)]
    table(["No.", "Bidang masalah", "Hasil", "Catatan"], rows,
          [12 * mm, 40 * mm, 30 * mm, w - 82 * mm], 4)
    story.extend(layout.field_table([
        (label(5, "confirming_info"), ctx.value(d5.get("confirming_info"))),
        (label(5, "reassessed_by"), ctx.value(ref.choice_name("reassessors",
                                                               d5.get("reassessed_by"))))], s, w))

    section("6. Rencana tindakan")
    problem_names = {p["id"]: ref.choice_name("problem_areas", p["area"])
                     for p in (ctx.store.problems(ctx.rid) if ctx.rid else [])}
    table(["No.", "Masalah", "Tujuan", "Kegiatan", "Penang\u00adgung jawab", "Target", "Status"],
          [[str(i), problem_names.get(a.get("problem_id"), "Umum"), a.get("goal") or "",
            a.get("activity") or "", a.get("responsible") or "",
            format_date(a.get("target_date"), short=True),
            ref.choice_name("action_statuses", a.get("status"))]
           for i, a in enumerate(d6.get("actions") or [], start=1)],
          [10 * mm, 24 * mm, 27 * mm, w - 125 * mm, 21 * mm, 19 * mm, 24 * mm], 5)

    section("7. Evaluasi oleh kedua belah pihak")
    evaluation = []
    for party, who in (("counselor", "Konselor"), ("client", "Klien")):
        for aspect, what in (("process", "proses"), ("result", "hasil")):
            rating = d7.get(f"{party}_{aspect}_rating")
            text = ref.choice_name("ratings", rating) if rating not in (None, "") else ""
            comment = d7.get(f"{party}_{aspect}_comment")
            if comment:
                text = f"{text}. {comment}" if text else comment
            evaluation.append((f"{who} atas {what}", ctx.value(text)))
    evaluation.append((label(7, "goals_reached"),
                       ctx.value(choice_name("goals_reached", d7.get("goals_reached")))))
    story.extend(layout.field_table(evaluation, s, w))

    section("8. Tindak lanjut")
    target = referred_to(d7, sop)
    story.extend(layout.field_table([
        (label(7, "outcome"), ctx.value(ref.choice_name("outcomes", d7.get("outcome")))),
        (label(7, "related_sop"), ctx.value(target or ("" if ctx.blank else "—"))),
        (label(7, "outcome_reason"), ctx.value(d7.get("outcome_reason") or
                                                ("" if ctx.blank else "—")))], s, w))

    office = ctx.office
    story.append(layout.signatures(
        [layout.Signer("Konselor", ctx.staff(d2.get("counselor_id"))),
         layout.Signer("Klien", "" if ctx.blank else d1.get("full_name", "")),
         layout.Signer(f"Mengetahui,\n{office.section_title}", office.section_name,
                       office.section_rank, office.section_nip, show_nip=True)],
        s, w, place_date=ctx.place_date()))
    return story

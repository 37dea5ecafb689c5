"""Data Pribadi yang Disimpan: everything the office holds about one client, as a paper for
that client (the right of access), built from the export alone (store.privacy)."""

from __future__ import annotations

import io
from html import escape
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from lk3_desktop import i18n
from lk3_desktop.domain.dates import format_date, format_datetime
from lk3_desktop.domain.office import OfficeSettings
from lk3_desktop.pdf import layout

DASH = "-"
# A table's caption never ends a page without its table.
CAPTION = ParagraphStyle("caption", parent=layout.styles().body, keepWithNext=1, spaceBefore=2)
REDACTED = "(isinya dihapus saat anonimisasi)"


def _text(field: dict[str, Any]) -> str:
    """A field's value as read; a list field one numbered line per row."""
    text = field["text"]
    if isinstance(text, list):
        return "\n".join(f"{i}. {t}" for i, t in enumerate(text, start=1)) or DASH
    return str(text) or DASH


def _sub(s: layout.Styles) -> ParagraphStyle:
    """A heading under a numbered section (a step, a part of the identity)."""
    return ParagraphStyle("sub", parent=s.heading, fontSize=10, spaceBefore=6)


def _step(step: dict[str, Any], s: layout.Styles, w: float) -> list:
    """A step's record and fields as label/value rows; a list field (problems, actions) as
    a ruled table, a column per described column, as the counseling record prints it."""
    when = format_datetime(step["completed_at"] or step["started_at"], short=True)
    state = f"{step['status_text']}, {when}" if when else step["status_text"]
    rows = [("Status langkah", state)]
    if step["performed_by_name"]:
        rows.append(("Dilaksanakan oleh", step["performed_by_name"]))
    if step["checklist"]:
        rows.append(("Kelengkapan", "; ".join(step["checklist"])))
    story: list = []
    tables: list = []
    for f in step["fields"]:
        if "cells" in f:
            header = ["No.", *f["columns"]]
            body = [[str(i), *(c or DASH for c in cells)]
                    for i, cells in enumerate(f["cells"], start=1)]
            tables += [Paragraph(f"<i>{escape(f['label'])}</i>", CAPTION),
                       layout.grid_table(header, body, layout.fit_widths(
                           header, body, [0, *f["shares"]], w, s), s),
                       Spacer(1, 2 * mm)]
        else:
            rows.append((f["label"], _text(f)))
    story += layout.field_table(rows, s, w)
    return story + tables


def _case(number: int, case: dict[str, Any], s: layout.Styles, w: float) -> list:
    story: list = [Paragraph(escape(f"{number}. Kasus {case['agenda_number']}"), s.heading)]
    facts = [("Status kasus", case["status_text"] or DASH),
             ("Tindak lanjut", case["outcome_text"] or DASH),
             ("Tanggal kedatangan", format_datetime(case["arrival_at"]) or DASH),
             ("Tanggal ditutup", format_date(case["closed_at"]) or DASH),
             ("Konselor", case["counselor"] or DASH)]
    if case["anonymised"]:
        facts.append(("Dianonimkan", "Ya, setelah masa simpan berakhir"))
    story += layout.field_table(facts, s, w)
    sub = _sub(s)
    for step in case["steps"]:
        story.append(Paragraph(escape(f"Langkah {step['number']}: {step['title']}"), sub))
        story += _step(step, s, w)
    story.append(Paragraph(escape("Dokumen yang diagendakan"), sub))
    docs = case["documents"]
    if docs:
        header = ["No.", "Nomor dokumen", "Jenis", "Tanggal", "Cetak", "Lokasi arsip"]
        body = [[str(i), d["number"], d["title"], format_date(d["doc_date"], short=True),
                 str(d["print_count"]), d["filed_location"] or DASH]
                for i, d in enumerate(docs, start=1)]
        story.append(layout.grid_table(header, body,
                                       layout.fit_widths(header, body, [0, 3, 3, 2, 0, 3], w, s),
                                       s))
    else:
        story.append(layout.para("Tidak ada.", s.body))
    return story


def _audit(rows: list[dict[str, Any]], s: layout.Styles, w: float) -> list:
    if not rows:
        return [layout.para("Tidak ada.", s.body)]
    header = ["No.", "Waktu", "Petugas", "Tindakan", "Data", "Isian yang diubah"]
    body = []
    for i, a in enumerate(rows, start=1):
        changed = ", ".join(a["columns"])
        if a["redacted"]:
            changed = REDACTED
        elif a["action"] == "anonymise" and (a["new_values"] or {}).get("reason"):
            changed = f"Alasan: {a['new_values']['reason']}"
        day, _, clock = format_datetime(a["at"], short=True).rpartition(" ")
        body.append([str(i), f"{day}\n{clock}", a["actor_name"], a["action_text"], a["what"],
                     changed or DASH])
    # the date over its time, so a row of a long log takes two lines, not four
    fixed = [10 * mm, 23 * mm, 28 * mm, 25 * mm, 32 * mm]
    widths = [*fixed, w - sum(fixed)]
    return [layout.grid_table(header, body, widths, s)]


@i18n.in_source_language  # a paper handed to the client: Indonesian whatever the interface
def render_client_export(export: dict[str, Any], office: OfficeSettings, sop_number: str,
                         *, paper: str = "A4") -> bytes:
    """The PDF of `export` (PrivacyStore.client_export) on the office's letterhead."""
    numbers = ", ".join(c["agenda_number"] for c in export["cases"]) or DASH
    title = f"Data Pribadi yang Disimpan — {numbers}"
    buffer = io.BytesIO()
    doc = layout.LK3Document(buffer, paper=paper, title=title,
                             author=f"{office.office} {office.city}".strip(),
                             subject="Data pribadi klien (hak akses subjek data)")
    s, w = layout.styles(), doc.width
    story = layout.letterhead(office, s, w)
    story += [Paragraph("DATA PRIBADI YANG DISIMPAN", s.title),
              layout.para(f"Kasus {numbers}", s.center), Spacer(1, 5 * mm)]
    exported = format_datetime(export["exported_at"])
    story.append(layout.para(
        f"Dokumen ini memuat seluruh data tentang klien yang disimpan dalam LK3 Desktop "
        f"pada {exported}: identitas, setiap kasus dengan isian tiap langkahnya, dokumen "
        f"yang diagendakan, dan riwayat pemrosesan yang tercatat di log audit. Dokumen ini "
        f"dibuat untuk memenuhi hak klien mengakses data pribadinya ({export['legal_basis']}). "
        f"Berkas JSON yang menyertainya memuat data yang sama dalam bentuk yang dapat "
        f"dibaca komputer.", s.body))
    story.append(Spacer(1, 3 * mm))
    story += layout.field_table([("Dibuat pada", exported),
                                 ("Dibuat oleh", export["exported_by"]["name"] or DASH),
                                 ("Jumlah kasus", str(len(export["cases"])))], s, w)
    story.append(Paragraph("1. Identitas klien", s.heading))
    sections: dict[str, list[tuple[str, str]]] = {}
    for f in export["client"]["fields"]:
        sections.setdefault(f.get("section") or "", []).append((f["label"], _text(f)))
    for name, rows in sections.items():
        # one table per section of the form: short blocks break across pages cleanly
        if name and len(sections) > 1:
            story.append(Paragraph(escape(name), _sub(s)))
        story += layout.field_table(rows, s, w)
    if not sections:
        story.append(layout.para("Tidak ada data identitas yang disimpan.", s.body))
    number = 2
    for case in export["cases"]:
        story += _case(number, case, s, w)
        number += 1
    story.append(Paragraph(f"{number}. Riwayat pemrosesan (log audit)", s.heading))
    story.append(layout.para(
        "Setiap pencatatan, perubahan, pembukaan, pencetakan dan ekspor data di atas yang "
        "tercatat: kapan, oleh siapa, dan apa. Nilai lama dan baru setiap perubahan ada di "
        "berkas JSON.", s.small))
    story.append(Spacer(1, 2 * mm))
    story += _audit(export["audit_log"], s, w)
    # A closing sentence keeps the signature company when it moves to a new page.
    closing = [Spacer(1, 3 * mm),
               layout.para("Demikian data pribadi ini disampaikan kepada klien yang "
                           "bersangkutan atas permintaannya.", s.body)]
    story.append(layout.signatures(
        [layout.Signer(f"Mengetahui,\n{office.section_title}", office.section_name,
                       office.section_rank, office.section_nip, show_nip=True)],
        s, w, place_date=f"{office.city}, {format_date(export['exported_at'])}", lead=closing))

    class Canvas(layout.NumberedCanvas):
        footer_left = f"RAHASIA · SOP {sop_number} · Data pribadi {numbers}"

    doc.build(story, canvasmaker=Canvas)
    return buffer.getvalue()

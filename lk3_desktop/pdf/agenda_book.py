"""Buku Agenda: the register of printed documents, as the archive keeps it on paper."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from lk3_desktop import i18n
from lk3_desktop.domain.dates import BULAN, format_date
from lk3_desktop.domain.documents import title
from lk3_desktop.pdf import layout
from lk3_desktop.store import Store


def period_text(year: int | None, month: int | None) -> str:
    if year is None:
        return "Semua tahun"
    return f"{BULAN[month - 1]} {year}" if month else f"Tahun {year}"


@i18n.in_source_language  # an official register: Indonesian whatever the interface language
def render_agenda_book(store: Store, *, year: int | None = None, month: int | None = None,
                       kind: str | None = None, staff_id: str | None = None,
                       paper: str | None = None) -> tuple[bytes, list[dict[str, Any]]]:
    """PDF of the register entries matching the filters; returns the bytes and the entries."""
    office = store.office_settings()
    entries = store.list_documents(year=year, month=month, kind=kind, staff_id=staff_id)
    buffer = io.BytesIO()
    doc = layout.LK3Document(buffer, paper=paper or office.paper,
                             title=f"Buku Agenda Dokumen LK3 {period_text(year, month)}",
                             author=f"{office.office.title()} {office.city}",
                             subject=store.sop.name, wide=True)
    s = layout.styles()
    story = layout.letterhead(office, s, doc.width)
    story.append(Paragraph("BUKU AGENDA DOKUMEN LK3", s.title))
    filters = [period_text(year, month)]
    if kind:
        filters.append(title(kind))
    if staff_id:
        person = store.staff(staff_id)
        filters.append(f"petugas {person['name'] if person else '?'}")
    story.append(layout.para(" · ".join(filters), s.center))
    story.append(Spacer(1, 4 * mm))
    w = doc.width
    rows = [[str(i), e["number"], format_date(e["doc_date"], short=True), title(e["kind"]),
             (e["agenda_number"] or "") + (" (batal)" if e["case_status"] == "batal" else ""),
             e["staff_name"], e["filed_location"] or "—",
             str(e["print_count"])] for i, e in enumerate(entries, start=1)]
    if rows:
        story.append(layout.grid_table(
            ["No", "Nomor dokumen", "Tanggal", "Jenis", "Kasus", "Petugas", "Lokasi arsip",
             "Cetak"], rows,
            [10 * mm, 46 * mm, 24 * mm, 40 * mm, 30 * mm, 45 * mm, w - 209 * mm, 14 * mm], s))
    else:
        story.append(layout.para("Tidak ada dokumen pada periode ini.", s.body))
    story.append(layout.signatures(
        [layout.Signer(f"Mengetahui,\n{office.section_title}", office.section_name,
                       office.section_rank, office.section_nip, show_nip=True),
         layout.Signer("Pengadministrasi")], s, w,
        place_date=f"{office.city}, {format_date(store.today())}"))

    class Canvas(layout.NumberedCanvas):
        footer_left = f"SOP {store.sop.number} · Buku Agenda {period_text(year, month)}"

    doc.build(story, canvasmaker=Canvas)
    return buffer.getvalue(), entries

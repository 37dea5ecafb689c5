"""The recovery key on one A4 page, to print once at set-up and keep in the office safe."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lk3_desktop import i18n
from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.pdf import layout
from lk3_desktop.pdf.fonts import BOLD


@i18n.in_source_language  # a paper for the office's safe: Indonesian, as every document
def recovery_key_pdf(recovery_key: str, *, made: datetime | None = None,
                     file_name: str = "") -> bytes:
    s = layout.styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm,
                            title="Kunci pemulihan LK3 Desktop", author="LK3 Desktop")
    when = format_datetime((made or datetime.now()).isoformat(timespec="minutes"))
    key = Table([[recovery_key]], colWidths=[doc.width])
    key.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BOLD, 14),
                             ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                             ("BOX", (0, 0), (-1, -1), 1.2, "black"),
                             ("TOPPADDING", (0, 0), (-1, -1), 10),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 12)]))
    story = [
        Paragraph("KUNCI PEMULIHAN LK3 DESKTOP", s.title),
        Spacer(1, 4 * mm),
        Paragraph(f"Dibuat {when}" + (f" untuk berkas data {file_name}" if file_name else "")
                  + ".", s.body),
        Spacer(1, 6 * mm),
        key,
        Spacer(1, 8 * mm),
        Paragraph("Kunci ini membuka berkas data LK3 Desktop dan setiap salinannya di komputer "
                  "mana pun, juga bila semua sandi petugas terlupa. Simpan kertas ini di "
                  "brankas kantor, terpisah dari laptop dan flashdisk cadangan. Jangan difoto, "
                  "jangan dikirim lewat pesan, jangan disimpan di laptop.", s.body),
        Spacer(1, 3 * mm),
        Paragraph("Tanpa sandi yang berlaku dan tanpa kunci ini, data dalam berkas hilang untuk "
                  "selamanya: tidak ada yang dapat membukanya.", s.body),
        Spacer(1, 3 * mm),
        Paragraph("Dipakai di LK3 Desktop: layar Masuk → <i>Masuk dengan kunci pemulihan…</i> "
                  "(sandi Administrator terlupa), atau pemulihan cadangan dari laptop lain. "
                  "Huruf besar atau kecil, spasi dan tanda hubung boleh diabaikan.", s.body),
        Spacer(1, 14 * mm),
        Paragraph("Disimpan oleh: ..............................   "
                  "Tanggal: ..................   Paraf: ..........", s.body),
    ]
    doc.build(story)
    return buffer.getvalue()

"""Page sizes, margins, styles, letterhead, footer with "Halaman X dari Y", signature blocks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lk3_desktop.domain.office import OfficeSettings
from lk3_desktop.pdf.fonts import BOLD, REGULAR, register

F4 = (215 * mm, 330 * mm)  # folio, the paper most Indonesian offices file on
PAPER_SIZES = {"A4": A4, "F4": F4}
# Margins of Indonesian official documents (left wider for binding).
MARGINS = {"left": 30 * mm, "right": 25 * mm, "top": 25 * mm, "bottom": 25 * mm}
BLANK = "." * 60
# Table cells default to Helvetica, which is not embedded; every table starts from this.
BASE = [("FONT", (0, 0), (-1, -1), REGULAR, 9)]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    center: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


def styles() -> Styles:
    font = register()
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=14, alignment=TA_JUSTIFY)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=13, leading=17,
                             alignment=TA_CENTER, spaceAfter=2),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=10.5,
                               spaceBefore=8, spaceAfter=3, keepWithNext=1),
        label=ParagraphStyle("label", parent=body, alignment=0),
        center=ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, alignment=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=8.5,
                                 leading=10.5, alignment=0),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Text as typed (escaped, line breaks kept), wrapped by ReportLab."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


class NumberedCanvas(Canvas):
    """Two-pass canvas: knows the page count, so the footer can say "Halaman X dari Y"."""

    footer_left = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab naming)
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(REGULAR, 8)
        self.setFillColor(colors.HexColor("#444444"))
        y = 12 * mm
        self.drawString(MARGINS["left"], y, self.footer_left)
        self.drawRightString(width - MARGINS["right"], y,
                             f"Halaman {self._pageNumber} dari {total}")
        self.restoreState()


class LK3Document(BaseDocTemplate):
    """One template for every SOP document: a single frame inside the official margins."""

    def __init__(self, target, *, paper: str, title: str, author: str, subject: str,
                 wide: bool = False):
        size = PAPER_SIZES[paper]
        if wide:  # landscape, for registers with many columns
            size = (size[1], size[0])
        super().__init__(target, pagesize=size, leftMargin=MARGINS["left"],
                         rightMargin=MARGINS["right"], topMargin=MARGINS["top"],
                         bottomMargin=MARGINS["bottom"], title=title, author=author,
                         subject=subject, creator="LK3 Desktop", invariant=1,
                         # Pages start in the embedded font; the default Helvetica would be
                         # referenced, and not embedded, on every page.
                         initialFontName=register(), initialFontSize=10)

    def afterInit(self) -> None:  # noqa: N802
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def letterhead(office: OfficeSettings, s: Styles, width: float) -> list:
    """Kop surat: logo, government and office name, address line; a double rule beneath."""
    lines = [Paragraph(escape(office.government.upper()),
                       ParagraphStyle("kop1", parent=s.center, fontName=BOLD, fontSize=12,
                                      leading=15)),
             Paragraph(escape(office.office.upper()),
                       ParagraphStyle("kop2", parent=s.center, fontName=BOLD, fontSize=13.5,
                                      leading=17))]
    contact = [office.address]
    if office.phone:
        contact.append(f"Telepon {office.phone}")
    if office.email:
        contact.append(f"Surel {office.email}")
    lines.append(Paragraph(escape(" · ".join(c for c in contact if c)),
                           ParagraphStyle("kop3", parent=s.center, fontSize=9, leading=12)))
    logo = None
    if office.logo_path and Path(office.logo_path).is_file():
        try:
            ImageReader(office.logo_path).getSize()  # reads the file now, not mid-build
            logo = Image(office.logo_path, width=22 * mm, height=22 * mm, kind="proportional")
        except Exception:  # an unreadable image must not stop the paperwork
            logo = None
    if logo is not None:
        head = Table([[logo, lines, ""]], colWidths=[26 * mm, width - 52 * mm, 26 * mm])
    else:
        head = Table([[lines]], colWidths=[width])
    head.setStyle(TableStyle([*BASE, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [head, Spacer(1, 2 * mm),
            HRFlowable(width="100%", thickness=2, color=colors.black, spaceAfter=1),
            HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=6 * mm)]


def title_block(title: str, number: str, s: Styles) -> list:
    return [Paragraph(escape(title), s.title),
            Paragraph(f"Nomor: {escape(number)}", s.center), Spacer(1, 5 * mm)]


LONG_VALUE = 400  # characters; longer values flow as their own paragraph below the label
LONG_LINES = 8


def _is_long(value: str) -> bool:
    """Too tall for a table row that must stay on one page: many characters or many lines."""
    return len(value) > LONG_VALUE or value.count("\n") >= LONG_LINES


def field_table(rows: Sequence[tuple[str, str]], s: Styles, width: float, *,
                label_width: float = 55 * mm) -> list:
    """Label : value rows. A long value (a note of several thousand characters) becomes a
    paragraph under its label, so it can run across pages; a table row cannot."""
    out: list = []
    pending: list = []

    def flush() -> None:
        if not pending:
            return
        table = Table(list(pending), colWidths=[label_width, 4 * mm, width - label_width - 4 * mm])
        table.setStyle(TableStyle([*BASE, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONT", (1, 0), (1, -1), REGULAR, 10.5),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        out.append(table)
        pending.clear()

    for label, value in rows:
        if _is_long(value):
            pending.append([para(label, s.label), ":", ""])
            flush()
            out.append(para(value, ParagraphStyle("long", parent=s.body, leftIndent=6 * mm,
                                                  spaceAfter=3)))
        else:
            pending.append([para(label, s.label), ":", para(value, s.body)])
    flush()
    return out


def fit_widths(header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float],
               total: float, s: Styles) -> list[float]:
    """Column widths for a grid table of `total` width: each column at least as wide as its
    longest word (so no word is cut in the middle, "Terkonfirmas|i") and as its short values
    whole (a date stays on one line), the rest shared out by `shares`. When that does not fit
    (a web address of 160 letters in one cell), the columns that fit in an equal share keep
    their width and the wider ones share what is left, so no column falls below its padding
    and ReportLab breaks the overlong word instead of failing."""
    pad = 12 + 2  # a cell's left and right padding, and a little air

    def longest(texts: Sequence[str], style: ParagraphStyle) -> float:
        pieces = [p for t in texts for p in ([str(t)] if len(str(t)) <= 12 else str(t).split())]
        return max((stringWidth(p, style.fontName, style.fontSize) for p in pieces), default=0)

    need = [max(longest([h], s.cell_head), longest([r[i] for r in rows], s.cell)) + pad
            for i, h in enumerate(header)]
    spare = total - sum(need)
    if spare <= 0:
        fair = total / len(need)
        narrow = [i for i, n in enumerate(need) if n <= fair]
        left = total - sum(need[i] for i in narrow)
        wide = sum(n for i, n in enumerate(need) if i not in narrow)
        return [n if i in narrow else max(pad + 12, left * n / wide) for i, n in enumerate(need)]
    weight = sum(shares)
    return [n + spare * share / weight for n, share in zip(need, shares)]


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               s: Styles) -> Table:
    """A ruled table whose header row repeats on every page it runs onto."""
    data = [[para(h, s.cell_head) for h in header]]
    data += [[para(str(c), s.cell) for c in row] for row in rows]
    # A row taller than a page cannot be placed whole; only then let rows split (splitting
    # every table would also break short rows needlessly at page ends).
    tall = any(_is_long(str(c)) for row in rows for c in row)
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1 if tall else 0)
    table.setStyle(TableStyle([*BASE, ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


@dataclass(frozen=True)
class Signer:
    role: str  # e.g. "Konselor", or "Mengetahui,\nKepala Seksi …"
    name: str = ""
    rank: str = ""
    nip: str = ""
    show_nip: bool = False


def signatures(signers: Sequence[Signer], s: Styles, width: float, *,
               place_date: str = "", lead: Sequence = ()) -> KeepTogether:
    """Signature blocks side by side (three a row at most), kept on one page together.

    Roles, the space to sign, names, ranks and NIPs are separate table rows, so names line up
    even when one role (e.g. "Mengetahui, Kepala Seksi …") runs over several lines. `lead`
    (a closing sentence) stays on the same page, so signatures never stand alone.
    """
    per_row = min(3, len(signers))
    col = width / per_row
    flow: list = [*lead, Spacer(1, 5 * mm)]
    if place_date:
        date_width = max(col, 75 * mm)
        dated = Table([["", para(place_date, s.center)]], colWidths=[width - date_width, date_width])
        dated.setStyle(TableStyle(BASE))
        flow.append(dated)
    for start in range(0, len(signers), per_row):
        group = list(signers[start:start + per_row])
        group += [Signer("")] * (per_row - len(group))
        roles = [para(g.role, s.center) for g in group]
        names = [Paragraph(f"<u>{escape(g.name)}</u>" if g.name else
                           ("(" + "." * 28 + ")" if g.role else ""), s.center) for g in group]
        ranks = [para(g.rank, s.center) for g in group]
        nips = [Paragraph("NIP. " + (escape(g.nip) or "." * 30), s.center) if g.show_nip else ""
                for g in group]
        rows = [roles, [""] * per_row, names]
        if any(g.rank for g in group):
            rows.append(ranks)
        if any(g.show_nip for g in group):
            rows.append(nips)
        heights = [None, 18 * mm] + [None] * (len(rows) - 2)
        table = Table(rows, colWidths=[col] * per_row, rowHeights=heights)
        table.setStyle(TableStyle([*BASE, ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                                   ("VALIGN", (0, 1), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        flow += [table, Spacer(1, 4 * mm)]
    return KeepTogether(flow)

"""A step's described fields as document rows and tables: whatever data/sop.json says a
document prints appears on it, filled in or as a line to write on, with no code per field."""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from lk3_desktop.domain.summary import display, joined
from lk3_desktop.fields import FieldSpec
from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Context

DASH = "-"  # an optional field left empty, as offices write it
# A table's caption never ends a page without its table.
CAPTION = ParagraphStyle("caption", parent=layout.styles().body, keepWithNext=1, spaceBefore=2)


def printed(ctx: Context, step_key: str, kind: str, *, skip: Collection[str] = ()) -> list[FieldSpec]:
    """The fields of step `step_key` that document `kind` prints, in form order; on a filled
    document, not those switched off by their condition (no "Tempat lain" for the shelter)."""
    step = ctx.store.sop.step_by_key(step_key)
    data = ctx.steps.get(step.number, {})
    return [f for f in step.fields if kind in f.documents and f.key not in skip
            and (ctx.blank or f.is_enabled(data))]


def field_rows(ctx: Context, step_key: str, kind: str, *,
               skip: Collection[str] = ()) -> list[tuple[str, str]]:
    """(label, value) of every single-value field `kind` prints from that step; a field that
    prints with another shares its row, except on a blank form, where it needs its own line."""
    fields = [f for f in printed(ctx, step_key, kind, skip=skip) if f.type != "rows"]
    if ctx.blank:
        return [(f.label, layout.BLANK) for f in fields]
    data = ctx.steps.get(ctx.store.sop.step_by_key(step_key).number, {})
    return [(f.label, text or DASH)
            for f, text in joined(fields, data, ctx.staff_names, ctx.problem_names)]


def rows_table(ctx: Context, f: FieldSpec, rows: list[dict], *, blank_rows: int = 4) -> list:
    """A list field as a ruled table: No. and one column per described column, widths by
    each column's share; on a blank form, empty numbered rows to fill by hand."""
    s, w = ctx.s, ctx.width
    header = ["No.", *(c.label for c in f.columns)]
    if ctx.blank:
        body = [[str(i), *("\n\n" for _ in f.columns)] for i in range(1, blank_rows + 1)]
    else:
        body = [[str(i), *(display(c, row.get(c.key), ctx.staff_names, ctx.problem_names,
                                   short=True) for c in f.columns)]
                for i, row in enumerate(rows, start=1)]
    if not body:
        # Not the page's empty_text: that tells a worker which button to press.
        return [layout.para("Tidak ada.", s.body)]
    widths = layout.fit_widths(header, body, [0, *(c.width or 2 for c in f.columns)], w, s)
    return [layout.grid_table(header, body, widths, s), Spacer(1, 2 * mm)]


def step_section(ctx: Context, step_key: str, kind: str, *,
                 skip: Collection[str] = ()) -> list:
    """Every field of the step that `kind` prints: list fields as tables, then the rest as
    label/value rows; nothing when the document prints none of them."""
    step = ctx.store.sop.step_by_key(step_key)
    data = ctx.steps.get(step.number, {})
    story: list = []
    for f in printed(ctx, step_key, kind, skip=skip):
        if f.type == "rows":
            if f.label != step.title:  # "Masalah baru" under "Reasesmen" needs its name
                story.append(Paragraph(f"<i>{escape(f.label)}</i>", CAPTION))
            story += rows_table(ctx, f, data.get(f.key) or [])
    story += layout.field_table(field_rows(ctx, step_key, kind, skip=skip), ctx.s, ctx.width)
    return story


def by_section(ctx: Context, step_key: str, kind: str, *,
               skip: Collection[str] = ()) -> list[tuple[str, list[tuple[str, str]]]]:
    """The printed single-value fields grouped under their page section titles, in order."""
    sections = {f.label: f.section for f in printed(ctx, step_key, kind, skip=skip)}
    groups: dict[str, list[tuple[str, str]]] = {}
    for label, text in field_rows(ctx, step_key, kind, skip=skip):
        groups.setdefault(sections[label], []).append((label, text))
    return list(groups.items())

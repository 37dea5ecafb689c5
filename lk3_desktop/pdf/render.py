"""Renders one SOP document of a case (or a blank one) and records it in the agenda register."""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.platypus.doctemplate import LayoutError

from lk3_desktop import i18n
from lk3_desktop.domain import documents
from lk3_desktop.pdf import layout
from lk3_desktop.pdf.context import Builder, Context
from lk3_desktop.store import Store


def builder(kind: str) -> Builder:
    """The function that lays out document `kind`, as its DocumentSpec names it (a frozen
    build must bundle every lk3_desktop.pdf module: build.spec collects them)."""
    module, _, function = documents.document(kind).builder.partition(":")
    found: Builder = getattr(importlib.import_module(module), function)
    return found


class RenderError(Exception):
    """The document cannot be produced; the message says why, in Indonesian."""


def render(store: Store, kind: str, rid: str | None, *, paper: str | None = None,
           register: bool = True,
           deliver: Callable[[bytes], None] | None = None) -> tuple[bytes, dict[str, Any] | None]:
    """PDF bytes of document `kind` for case `rid` (None: the blank form to fill by hand).

    With `register`, a case document gets its agenda number (a reprint keeps number and
    date) in the same transaction that builds it and hands it to `deliver` (save or print):
    if any of that fails, no number is used up. Without `register` it is a preview, not
    numbered. Raises RenderError when the case is not ready for this document or the
    document cannot be laid out.
    """
    spec = documents.document(kind)  # ValueError for a kind that is not registered
    denied = store.print_denied(kind, rid)  # the store checks again when it numbers or reads
    if denied:
        raise RenderError(denied)
    if rid is not None and not register:  # a preview shows the client's data: audited too
        store.audit_event("preview", "referral", rid, {"kind": spec.kind})
    if rid is None or not register:
        data = _build(store, kind, rid, paper, entry=store.document_for(kind, rid) if rid else None)
        if deliver:
            deliver(data)
        return data, None
    reason = why_not_ready(store, kind, rid)
    if reason:
        raise RenderError(reason)
    with store.transaction():
        entry = store.register_document(kind, rid)
        data = _build(store, kind, rid, paper, entry=entry)
        if deliver:
            deliver(data)
    return data, entry


def why_not_ready(store: Store, kind: str, rid: str) -> str | None:
    """Why case `rid` cannot have document `kind` numbered and printed yet, or None."""
    statuses = {n: r["status"] for n, r in store.step_records(rid).items()}
    return documents.not_ready(kind, store.sop, statuses, lambda step: store.load_step(rid, step))


def _problem_names(store: Store, rid: str | None) -> dict[str, str]:
    """How an action names the problem it addresses: its area (as the record always did)."""
    if rid is None:
        return {}
    return {p["id"]: store.ref.choice_name("problem_areas", p["area"]) for p in store.problems(rid)}


@i18n.in_source_language  # official papers: Indonesian whatever the interface language
def _build(store: Store, kind: str, rid: str | None, paper: str | None,
           entry: dict[str, Any] | None) -> bytes:
    office = store.office_settings()
    paper = paper or office.paper
    number = "." * 30
    doc_date: date | None = None
    steps: dict[int, dict[str, Any]] = {}
    if rid is not None:
        if entry is not None:
            number, doc_date = entry["number"], date.fromisoformat(entry["doc_date"])
        else:
            number, doc_date = "(pratinjau, belum bernomor)", store.today()
        steps = store.steps_for_document(
            rid, store.sop.step_by_key(documents.document(kind).step).number)
    buffer = io.BytesIO()
    title = documents.document(kind).title
    agenda = store.referral(rid)["agenda_number"] if rid else "formulir kosong"
    doc = layout.LK3Document(buffer, paper=paper, title=f"{title} {agenda}",
                             author=f"{office.office} {office.city}".strip(),
                             subject=store.sop.name)
    ctx = Context(store=store, rid=rid, office=office, s=layout.styles(), width=doc.width,
                  number=number, doc_date=doc_date, steps=steps,
                  staff_names={s["id"]: s["name"] for s in store.list_staff(include_inactive=True)},
                  problem_names=_problem_names(store, rid))
    story = layout.letterhead(office, ctx.s, doc.width)
    story += layout.title_block(title.upper(), number, ctx.s)
    story += builder(kind)(ctx)

    class Canvas(layout.NumberedCanvas):
        footer_left = f"SOP {store.sop.number} · No. {number}"

    try:
        doc.build(story, canvasmaker=Canvas)
    except LayoutError as exc:
        raise RenderError(
            "Dokumen tidak dapat disusun: satu isian terlalu panjang untuk satu halaman tabel. "
            "Persingkat isian itu atau pecah menjadi beberapa baris.") from exc
    return buffer.getvalue()


def write(path: Path, data: bytes) -> None:
    """Write next to the target, then rename: a failed save never leaves half a PDF."""
    if not path.name or path.is_dir():
        raise IsADirectoryError(21, "tujuan adalah folder, bukan nama berkas", str(path))
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise

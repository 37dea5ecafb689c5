"""The SOP's documents, each described once: its key, title, file name, CLI name and when it
may be printed (the step it records must be complete, plus any consent it depends on)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from lk3_desktop.i18n import QT_TR_NOOP, tr
from lk3_desktop.sop import Sop


@dataclass(frozen=True)
class Requirement:
    """A field of a step's record that must be set (a consent ticked) before printing;
    `message` says why not, in Indonesian (marked with QT_TR_NOOP: it is shown through tr());
    `{number}` becomes that step's number."""

    step: str  # step key in data/sop.json
    field: str
    message: str


@dataclass(frozen=True)
class DocumentSpec:
    """One kind of document. `builder` names the function that lays out its PDF, as
    "module:function"; it is imported only when the document is made, so that listing
    titles never imports ReportLab."""

    kind: str  # as stored in the `document` table: never change an existing one
    source_title: str  # Indonesian, marked with QT_TR_NOOP; `title` reads it
    step: str  # key of the step in data/sop.json that must be complete
    stem: str  # file name suggested when saving, before the agenda number
    cli_name: str  # `lk3-desktop pdf NAME`: offices' scripts rely on it, never change one
    builder: str  # e.g. "lk3_desktop.pdf.contract:build"
    requires: tuple[Requirement, ...] = ()

    @property
    def title(self) -> str:
        """As printed on the document (Indonesian: tr() is off in a PDF) and shown in lists
        (in the interface language)."""
        return tr(self.source_title)


DOCUMENTS: tuple[DocumentSpec, ...] = (
    DocumentSpec("service-form", QT_TR_NOOP("Formulir Layanan Sosial"), step="intake",
                 stem="formulir-layanan-sosial", cli_name="service-form",
                 builder="lk3_desktop.pdf.service_form:build"),
    DocumentSpec("referral", QT_TR_NOOP("Surat Rujukan ke LK3"), step="intake",
                 stem="surat-rujukan", cli_name="referral",
                 builder="lk3_desktop.pdf.referral_letter:build", requires=(Requirement(
                     "intake", "consent_referral", QT_TR_NOOP(
                         "Klien belum menyatakan setuju dirujuk ke LK3 (langkah {number}), "
                         "sehingga surat rujukan belum dapat dicetak.")),)),
    DocumentSpec("contract", QT_TR_NOOP("Kontrak Konseling"), step="contract",
                 stem="kontrak-konseling", cli_name="contract",
                 builder="lk3_desktop.pdf.contract:build"),
    DocumentSpec("record", QT_TR_NOOP("Catatan Hasil Konseling"), step="evaluation",
                 stem="catatan-hasil-konseling", cli_name="record",
                 builder="lk3_desktop.pdf.record:build"),
)


def document(kind: str) -> DocumentSpec:
    """The registered document `kind` (its key in the `document` table)."""
    for d in DOCUMENTS:
        if d.kind == kind:
            return d
    raise ValueError(f"unknown document kind {kind!r}")


def by_cli_name(name: str) -> DocumentSpec:
    for d in DOCUMENTS:
        if d.cli_name == name:
            return d
    raise ValueError(f"unknown document {name!r}")


def title(kind: str) -> str:
    """The title to list a register entry under; a kind this version does not know (written
    by a newer one) shows its key rather than breaking the register."""
    for d in DOCUMENTS:
        if d.kind == kind:
            return d.title
    return kind


def not_ready(kind: str, sop: Sop, statuses: Mapping[int, str],
              load_step: Callable[[int], Mapping[str, Any]]) -> str | None:
    """Why the document cannot be printed for this case yet (through tr()), or None.

    `statuses` maps step number to its record's status; `load_step(number)` gives a step's
    saved data (read only when a requirement needs it)."""
    spec = document(kind)
    step = sop.step_by_key(spec.step)
    if statuses.get(step.number) != "complete":
        return tr("Dokumen ini dapat dicetak setelah langkah {number} ({title}) selesai. "
                  "Formulir kosong tetap dapat dicetak.").format(number=step.number, title=tr(step.title))
    for req in spec.requires:
        where = sop.step_by_key(req.step)
        if not load_step(where.number).get(req.field):
            return tr(req.message).format(number=where.number)
    return None

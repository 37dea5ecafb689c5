"""The case's rules, each written once: status, lateness, step order, who may do what.

The store applies them when it saves; the wizard, the case list and the documents ask them
when they show. None of them touches the database or Qt: they take what they judge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from lk3_desktop.domain.validation import FieldError
from lk3_desktop.i18n import QT_TR_NOOP, TranslatedMapping, tr
from lk3_desktop.sop import Sop, Step

# A case's status and how it reads (in the interface language, on each access); a closed
# case's status comes from its outcome (step 7).
STATUS_NAMES = TranslatedMapping({"aktif": QT_TR_NOOP("Aktif"), "selesai": QT_TR_NOOP("Selesai"),
                                  "lanjut": QT_TR_NOOP("Konseling berlanjut"),
                                  "dirujuk": QT_TR_NOOP("Dirujuk"),
                                  "batal": QT_TR_NOOP("Dibatalkan")})
STATUS_FOR_OUTCOME = {"selesai": "selesai", "lanjut": "lanjut", "dirujuk": "dirujuk"}
# A case made by mistake and cancelled: it keeps its agenda number, is read-only, and is
# left out of the default case list and of the counts.
CANCELLED = "batal"
# Statuses with a closing date (a cancelled case closes when cancelled; its retention period
# runs from then); "lanjut" goes on.
CLOSED = {"selesai", "dirujuk", CANCELLED}


def status_name(status: str) -> str:
    return STATUS_NAMES.get(status, status)


def case_state(sop: Sop, statuses: Mapping[int, str], outcome: str) -> tuple[int, str]:
    """(current step, status) of a case whose steps stand at `statuses` (number → "draft" /
    "complete"): the first step not complete, or the last once all are, with the status its
    outcome gives."""
    numbers = [s.number for s in sop.steps]
    current = next((n for n in numbers if statuses.get(n) != "complete"), None)
    if current is not None:
        return current, "aktif"
    return numbers[-1], STATUS_FOR_OUTCOME.get(outcome, "selesai")


def check_cancel_reason(reason: str) -> list[FieldError]:
    """Why a case is cancelled must be written down: the audit log keeps it."""
    if len(" ".join((reason or "").split())) < 5:
        return [FieldError("cancel_reason", tr(
            "Tulis alasan pembatalan (minimal 5 huruf), misalnya \"Terdaftar dua kali\"."))]
    return []


def is_overdue(step: Step, status: str, minutes_waited: float) -> bool:
    """An active case late on its current step: longer than the SOP's Waktu for it."""
    return status == "aktif" and minutes_waited > step.waktu_menit


def steps_missing_before(sop: Sop, step: int, statuses: Mapping[int, str]) -> list[FieldError]:
    """A step is completed only after every step before it (the SOP's order)."""
    for s in sop.steps:
        if s.number >= step:
            break
        if statuses.get(s.number) != "complete":
            return [FieldError("step", tr("Langkah {number} ({title}) belum selesai.").format(
                number=s.number, title=tr(s.title)))]
    return []


def may_execute(step: Step, roles: Iterable[str]) -> bool:
    """Whether someone holding `roles` is one of the step's executors in the SOP."""
    return bool({r.key for r in step.executors} & set(roles))


def default_executor(step: Step, active: Mapping[str, Any] | None,
                     staff: Iterable[Mapping[str, Any]]) -> str | None:
    """Who "Dilaksanakan oleh" starts with: the active staff member if they hold the step's
    role, else the first active holder, else the active staff member; None if nobody."""
    if active and may_execute(step, active["roles"]):
        return active["id"]
    holder = next((s for s in staff if s["active"] and may_execute(step, s["roles"])), None)
    if holder is not None:
        return holder["id"]
    return active["id"] if active else None


def may_counsel(sop: Sop, person: Mapping[str, Any] | None) -> bool:
    """An active staff member with one of the SOP's counselor roles."""
    return bool(person and person["active"] and set(person["roles"]) & set(sop.counselor_roles))


def check_new_counselor(sop: Sop, current: str | None, staff_id: str,
                        person: Mapping[str, Any] | None) -> list[FieldError]:
    """A newly assigned counselor must be able to counsel; the one assigned earlier stays
    valid even if since made inactive (the record must still load and save)."""
    if staff_id == current or may_counsel(sop, person):
        return []
    return [FieldError("counselor_id",
                       tr("Konselor yang ditugaskan harus petugas aktif dengan peran konselor."))]

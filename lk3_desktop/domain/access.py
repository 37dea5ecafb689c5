"""Who may do what: one table, from the SOP's executor columns (data/sop.json) and the two
office roles. The store asks it before every read and write it guards; the interface asks
it to hide or disable what a person may not do, and shows its reason.

Rules that are not a plain role × action cell:
- a step holds **counseling notes** when every one of its executors is a counselor role
  (data/sop.json: contract, problems, reassessment, action plan, evaluation). Such a step is
  read by Kepala Seksi, by the Tim Ahli, and by a counselor only on the cases assigned to
  them; it is edited by its executors under the same condition;
- the other steps are read by everyone who works on cases (any SOP role, Kepala Seksi) and
  edited by their executors;
- a document is printed by whoever may read the step it records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from lk3_desktop.i18n import QT_TR_NOOP, TranslatedMapping, tr
from lk3_desktop.sop import Sop, Step

ADMINISTRATOR = "administrator"
KEPALA_SEKSI = "kepala_seksi"
TIM_AHLI = "tim_ahli"
# Who acts when a file is opened with the office's recovery key rather than an account (the
# command line's --recovery-key-file, a forgotten Administrator password): recorded as such.
RECOVERY_ACTOR = "kunci-pemulihan"


class AccessDenied(Exception):
    """The signed-in person may not do this; the message says why, in one sentence."""


@dataclass(frozen=True)
class User:
    """The person signed in: their staff record's id, name and roles."""

    staff_id: str
    username: str
    name: str
    roles: frozenset[str]
    active: bool = True


class Action(StrEnum):
    LIST_CASES = "case.list"          # the case list, the agenda register
    NEW_CASE = "case.new"             # a new referral (the first step's executors)
    CANCEL_CASE = "case.cancel"       # cancel a case made by mistake, or undo that
    READ_STEP = "step.read"           # with step= and counselor_id=
    EDIT_STEP = "step.edit"           # save a draft, complete, reopen
    PRINT = "document.print"          # with step= (the step the document records)
    BLANK_FORMS = "document.blank"
    BACKUP = "backup"
    RESTORE = "restore"
    ACCOUNTS = "accounts"             # staff, accounts, password resets
    OFFICE_SETTINGS = "settings"      # letterhead, signatories, backup rules, idle lock
    AUDIT = "audit"                   # the audit view and its CSV export
    EXPORT_CLIENT = "client.export"   # everything held about one client (right of access)
    RETENTION = "retention"           # anonymise closed cases past the retention period


ACTION_NAMES = TranslatedMapping({
    Action.LIST_CASES: QT_TR_NOOP("Melihat daftar kasus dan buku agenda"),
    Action.NEW_CASE: QT_TR_NOOP("Membuat rujukan baru"),
    Action.CANCEL_CASE: QT_TR_NOOP("Membatalkan kasus yang dibuat keliru"),
    Action.READ_STEP: QT_TR_NOOP("Membaca langkah"),
    Action.EDIT_STEP: QT_TR_NOOP("Mengisi dan menyelesaikan langkah"),
    Action.PRINT: QT_TR_NOOP("Mencetak dokumen kasus"),
    Action.BLANK_FORMS: QT_TR_NOOP("Mencetak formulir kosong"),
    Action.BACKUP: QT_TR_NOOP("Membuat cadangan"),
    Action.RESTORE: QT_TR_NOOP("Memulihkan dari cadangan"),
    Action.ACCOUNTS: QT_TR_NOOP("Mengelola petugas dan akun"),
    Action.OFFICE_SETTINGS: QT_TR_NOOP("Mengubah pengaturan kantor"),
    Action.AUDIT: QT_TR_NOOP("Melihat dan mengekspor log audit"),
    Action.EXPORT_CLIENT: QT_TR_NOOP("Mengekspor seluruh data satu klien"),
    Action.RETENTION: QT_TR_NOOP("Menganonimkan kasus lewat masa simpan"),
})


def recovery_user(sop: Sop) -> User:
    """The holder of the recovery key: every role (they hold the whole file anyway)."""
    return User(staff_id=RECOVERY_ACTOR, username="", name=tr("Pemegang kunci pemulihan"),
                roles=frozenset(r.key for r in sop.all_roles))


def _everyone(sop: Sop) -> frozenset[str]:
    return frozenset(r.key for r in sop.all_roles)


def _case_workers(sop: Sop) -> frozenset[str]:
    return frozenset(r.key for r in sop.roles) | {KEPALA_SEKSI}


def office_table(sop: Sop) -> dict[Action, frozenset[str]]:
    """The actions that do not depend on a step or a case: action → roles that may."""
    return {
        Action.LIST_CASES: _everyone(sop),
        Action.NEW_CASE: frozenset(r.key for r in sop.steps[0].executors),
        Action.CANCEL_CASE: frozenset(r.key for r in sop.steps[0].executors) | {KEPALA_SEKSI},
        Action.BLANK_FORMS: _everyone(sop),
        Action.BACKUP: _everyone(sop),
        Action.RESTORE: frozenset({ADMINISTRATOR}),
        Action.ACCOUNTS: frozenset({ADMINISTRATOR}),
        Action.OFFICE_SETTINGS: frozenset({ADMINISTRATOR}),
        Action.AUDIT: frozenset({ADMINISTRATOR, KEPALA_SEKSI}),
        Action.EXPORT_CLIENT: frozenset({KEPALA_SEKSI}),
        Action.RETENTION: frozenset({ADMINISTRATOR}),
    }


def holds_counseling_notes(sop: Sop, step: Step) -> bool:
    """A step executed only by counselor roles records the counseling itself."""
    return bool(step.executors) and all(r.key in sop.counselor_roles for r in step.executors)


def _role_names(sop: Sop, keys: Iterable[str]) -> str:
    names = {r.key: tr(r.name) for r in sop.all_roles}
    return ", ".join(names[k] for k in [r.key for r in sop.all_roles] if k in set(keys))


def may_read_step(sop: Sop, roles: Iterable[str], step: Step, *, assigned: bool) -> bool:
    """`assigned`: the person is the counselor assigned to the case."""
    held = set(roles)
    if KEPALA_SEKSI in held:
        return True
    if not holds_counseling_notes(sop, step):
        return bool(held & _case_workers(sop))
    if TIM_AHLI in held:
        return True
    return assigned and bool(held & set(sop.counselor_roles))


def may_edit_step(sop: Sop, roles: Iterable[str], step: Step, *, assigned: bool) -> bool:
    held = set(roles)
    executors = {r.key for r in step.executors}
    if not held & executors:
        return False
    if holds_counseling_notes(sop, step) and TIM_AHLI not in held & executors:
        return assigned
    return True


def decide(sop: Sop, user: User, action: Action, *, step: Step | None = None,
           counselor_id: str | None = None) -> str | None:
    """None if `user` may do `action` (on `step` of a case whose counselor is
    `counselor_id`), else the reason, one sentence in the interface language."""
    if not user.active:
        return tr("Akun {name} tidak aktif lagi.").format(name=user.name)
    # A counseling step before a counselor is assigned: any holder of its executor role.
    assigned = counselor_id is None or counselor_id == user.staff_id
    if action in (Action.READ_STEP, Action.EDIT_STEP, Action.PRINT):
        assert step is not None, action
        if action is Action.EDIT_STEP:
            if may_edit_step(sop, user.roles, step, assigned=assigned):
                return None
            executors = [r.key for r in step.executors]
            if not set(user.roles) & set(executors):
                return tr("Langkah {number} ({title}) dikerjakan oleh {roles}; peran Anda "
                          "tidak termasuk.").format(number=step.number, title=tr(step.title),
                                                    roles=_role_names(sop, executors))
            return tr("Langkah {number} ({title}) hanya diisi oleh konselor yang ditugaskan "
                      "pada kasus ini.").format(number=step.number, title=tr(step.title))
        if may_read_step(sop, user.roles, step, assigned=assigned):
            return None
        if holds_counseling_notes(sop, step):
            return tr("Catatan konseling (langkah {number}, {title}) hanya dibaca oleh "
                      "konselor yang ditugaskan, Tim Ahli dan Kepala Seksi.").format(
                          number=step.number, title=tr(step.title))
        return tr("Peran Anda tidak dapat membaca langkah {number} ({title}).").format(
            number=step.number, title=tr(step.title))
    allowed = office_table(sop)[action]
    if set(user.roles) & allowed:
        return None
    return tr("{action}: hanya untuk {roles}.").format(action=ACTION_NAMES[action],
                                                       roles=_role_names(sop, allowed))


# -- the table as people read it (README, Bantuan, tests) ---------------------------------

YES, OWN, NO = "ya", "kasus sendiri", "-"


def permission_matrix(sop: Sop) -> list[tuple[str, dict[str, str]]]:
    """(action label, role key → YES / OWN / NO) for every action and every step: the whole
    table. OWN: only on the cases assigned to that person as counselor."""
    rows: list[tuple[str, dict[str, str]]] = []
    keys = [r.key for r in sop.all_roles]
    for action, allowed in office_table(sop).items():
        rows.append((ACTION_NAMES[action], {k: YES if k in allowed else NO for k in keys}))
    for step in sop.steps:
        for label, judge in ((tr("Membaca langkah {number}"), may_read_step),
                             (tr("Mengisi langkah {number}"), may_edit_step)):
            cells = {}
            for k in keys:
                if judge(sop, {k}, step, assigned=False):
                    cells[k] = YES
                elif judge(sop, {k}, step, assigned=True):
                    cells[k] = OWN
                else:
                    cells[k] = NO
            rows.append((label.format(number=step.number), cells))
    return rows

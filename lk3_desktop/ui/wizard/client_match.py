"""The notice on step 1 that the person being typed in may already be a client.

Shown when the NIK, or the name with a birth date or age, matches an existing client
(store.matching_clients): who it is, their cases, and what the worker may do — open the
existing case, or make this referral a new case of that client record. Nothing is merged;
"Bukan orang yang sama" hides the notice for that client.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lk3_desktop.domain.access import AccessDenied
from lk3_desktop.domain.dates import format_date
from lk3_desktop.i18n import tr
from lk3_desktop.store.audited import StoreWriteError
from lk3_desktop.store.clients import ClientMatch
from lk3_desktop.store.drivers import DB_ERRORS
from lk3_desktop.ui import dialogs

if TYPE_CHECKING:
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard
    from lk3_desktop.ui.wizard.step_page import StepPage

log = logging.getLogger(__name__)

# What a match is looked up from, and how long typing must pause before it is (a lookup
# on every key press would flash the notice at each half-typed name).
WATCHED = ("nik", "full_name", "birth_date", "estimated_age")
MATCH_DELAY_MS = 600
# How many of a client's cases the notice names before "and N more".
SHOWN_CASES = 4


def describe(match: ClientMatch) -> str:
    """Who the match is, as plain text: name, NIK, birth date or age, the cases."""
    lines = [match.full_name or tr("(nama belum diisi)")]
    facts = []
    if match.nik:
        facts.append(tr("NIK {nik}").format(nik=match.nik))
    if match.birth_date:
        facts.append(tr("lahir {date}").format(date=format_date(match.birth_date)))
    elif match.estimated_age is not None:
        facts.append(tr("perkiraan umur {age} tahun").format(age=match.estimated_age))
    if facts:
        lines.append(" · ".join(facts))
    cases = [tr("{number} ({status}, langkah {step})").format(
                 number=c.agenda_number, status=c.status_name, step=c.current_step)
             if c.status == "aktif" else
             tr("{number} ({status})").format(number=c.agenda_number, status=c.status_name)
             for c in match.cases[:SHOWN_CASES]]
    more = len(match.cases) - SHOWN_CASES
    if more > 0:
        cases.append(tr("dan {n} kasus lain").format(n=more))
    lines.append(tr("Kasus: {cases}").format(cases=", ".join(cases)))
    return "\n".join(lines)


class ClientMatchPanel(QFrame):
    """The notice and its three buttons; hidden while nothing matches."""

    open_case = Signal(str)   # the id of the existing client's newest case
    use_client = Signal(str)  # the existing client's id

    def __init__(self, fields: dict[str, Any], lookup: Callable[[dict[str, Any]],
                 tuple[Sequence[ClientMatch], bool]], parent: QWidget | None = None):
        """`fields`: the page's inputs by key (WATCHED are watched); `lookup(values)` gives
        the matches for those values and whether this case may still take another client
        record (a new referral, or a case at an incomplete step 1)."""
        super().__init__(parent)
        self.setObjectName("step1.clientMatch")
        self.setProperty("notice", True)
        self.setAccessibleName(tr("Klien yang mungkin sama"))
        self.fields = fields
        self.lookup = lookup
        self.matches: list[ClientMatch] = []
        self.dismissed: set[str] = set()
        self.quiet = False  # while a page loads: values set by the program are no typing

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.title = QLabel()
        self.title.setObjectName("step1.clientMatch.title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setProperty("rowTitle", True)
        lay.addWidget(self.title)
        self.text = QLabel()
        self.text.setObjectName("step1.clientMatch.text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a name may hold "<b>"
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.text)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("&Buka kasus yang ada"))
        self.open_button.setObjectName("step1.clientMatch.open")
        self.use_button = QPushButton(tr("&Rujukan baru untuk klien ini"))
        self.use_button.setObjectName("step1.clientMatch.use")
        self.dismiss_button = QPushButton(tr("Bukan orang yang sa&ma"))
        self.dismiss_button.setObjectName("step1.clientMatch.dismiss")
        for b in (self.open_button, self.use_button, self.dismiss_button):
            b.setAutoDefault(False)  # Enter in a field still means the wizard's own button
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.open_button.clicked.connect(self._open)
        self.use_button.clicked.connect(self._use)
        self.dismiss_button.clicked.connect(self._dismiss)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MATCH_DELAY_MS)
        self.timer.timeout.connect(self.check)
        for key in WATCHED:
            widget = fields[key]
            widget.changed.connect(self._typed)
            getattr(widget, "edit", widget).editingFinished.connect(self._left)
        self.hide()

    # -- when to look --------------------------------------------------------------------

    def _typed(self) -> None:
        if not self.quiet:
            self.timer.start(MATCH_DELAY_MS)

    def _left(self) -> None:
        """Leaving a field looks at once, if something was typed since the last look: from
        the event loop, so that a field left because the window closes looks at nothing."""
        if self.timer.isActive():
            self.timer.start(0)

    def reset(self) -> None:
        """A page (re)loaded: no notice until the worker types again."""
        self.timer.stop()
        self.matches = []
        self.hide()

    def check(self) -> None:
        self.timer.stop()
        if not self.window().isVisible():  # closed since (its file may be closed too)
            return
        values = {key: self.fields[key].value() for key in WATCHED}
        try:
            matches, may_use = self.lookup(values)
        except AccessDenied:
            matches, may_use = [], False
        except DB_ERRORS as exc:  # a file gone or closed: saving says so; this only hints
            log.warning("client match lookup failed: %s", exc)
            matches, may_use = [], False
        self.show_matches(matches, may_use=may_use)

    # -- what it shows -------------------------------------------------------------------

    def show_matches(self, matches: Sequence[ClientMatch], *, may_use: bool) -> None:
        self.matches = [m for m in matches if m.client_id not in self.dismissed]
        if not self.matches:
            self.hide()
            return
        match = self.matches[0]
        self.title.setText(
            tr("Klien dengan NIK ini sudah tercatat:") if match.reason == "nik"
            else tr("Klien dengan nama dan tanggal lahir/umur ini mungkin sudah tercatat:"))
        text = describe(match)
        if len(self.matches) > 1:
            text += "\n" + tr("Ada {n} klien lain yang juga mirip.").format(
                n=len(self.matches) - 1)
        self.text.setText(text)
        self.setAccessibleDescription(f"{self.title.text()} {text}")
        self.use_button.setVisible(may_use)
        self.show()

    def _open(self) -> None:
        if self.matches and self.matches[0].cases:
            self.open_case.emit(self.matches[0].cases[0].id)

    def _use(self) -> None:
        if self.matches:
            self.use_client.emit(self.matches[0].client_id)

    def _dismiss(self) -> None:
        if self.matches:
            self.dismissed.add(self.matches[0].client_id)
        self.show_matches(self.matches, may_use=self.use_button.isVisibleTo(self))


# -- what the buttons do, on the wizard ------------------------------------------------------

def client_matches(wizard: CaseWizard, values: dict[str, Any]
                   ) -> tuple[Sequence[ClientMatch], bool]:
    """The clients the typed `values` may be, other than this case's own; and whether this
    case may still become a case of one of them (new, or at an incomplete step 1)."""
    store = wizard.store
    first = store.sop.steps[0].number
    own, may_use = None, True
    if wizard.rid is not None:
        ref = store.referral(wizard.rid)
        own = ref["client_id"]
        record = store.step_records(wizard.rid).get(first)
        may_use = ref["current_step"] == first and (record is None
                                                     or record["status"] != "complete")
    age = values.get("estimated_age")
    return store.matching_clients(
        nik=values.get("nik"), full_name=values.get("full_name"),
        birth_date=values.get("birth_date"), estimated_age=age if isinstance(age, int) else None,
        exclude_client_id=own), may_use


def open_existing_case(wizard: CaseWizard, rid: str) -> None:
    """Ask the main window to open case `rid`. A referral that is not yet a case (no name)
    is closed as on Tutup; one that is (its name typed: the pending autosave is done now)
    stays open, for the worker to cancel or keep."""
    wizard.save_draft()
    wizard.open_case_requested.emit(rid)
    if wizard.rid is None:
        wizard.reject()


def use_existing_client(wizard: CaseWizard, page: StepPage, client_id: str) -> bool:
    """Make this referral a case of the existing client `client_id`: the case is created on
    that record, or (made already) moved onto it, its own client row going. The page then
    shows that client's data; what it holds about the referral itself (arrival, source,
    complaint, consent, Kelengkapan) is kept as typed and saved."""
    store = wizard.store
    keep = {key: value for key, value in page.values().items()
            if (f := page.step.fields.get(key)) is None or f.store != "client"}
    try:
        if wizard.rid is None:
            wizard.rid = store.create_referral(client_id=client_id)
        else:
            store.use_client(wizard.rid, client_id)
    except (AccessDenied, StoreWriteError, ValueError, KeyError) as exc:
        dialogs.warn(wizard, tr("Klien tidak dapat dipakai"), str(exc))
        return False
    page.load({**store.load_step(wizard.rid, page.step.number), **keep})
    page.dirty = True
    if not wizard.save_draft(page):  # kept on the page; the case itself is made
        wizard._update_title()
        wizard._refresh_side()
    wizard.saved.emit(wizard.rid)
    return True

"""Read-only view of one case: every step with its status, executor, time and values."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.domain.rules import status_name
from lk3_desktop.domain.summary import describe_step
from lk3_desktop.i18n import tr
from lk3_desktop.sop import format_minutes
from lk3_desktop.store import Store
from lk3_desktop.ui.widgets import fit_to_screen


def _html(template: str, **values: object) -> str:
    """A translated sentence as HTML: the sentence escaped, then the values (already HTML)
    put in its placeholders."""
    return escape(template).format(**values)


def case_html(store: Store, rid: str) -> str:
    ref = store.referral(rid)
    records = store.step_records(rid)
    names = {s["id"]: s["name"] for s in store.list_staff(include_inactive=True)}
    intake = store.sop.step_by_key("intake").number
    client = {} if store.step_denied(rid, intake) else store.load_step(rid, intake)
    status = status_name(ref["status"])
    name = client.get("full_name") or tr("(nama belum diisi)")
    where = (tr("Status: {status} · Langkah saat ini: {step}") if ref["status"] == "aktif"
             else tr("Status: {status} · Langkah terakhir: {step}"))
    parts = [f"<h2>{escape(ref['agenda_number'])} — {escape(name)}</h2>",
             "<p>" + _html(where, status=f"<b>{status}</b>",
                           step=escape(store.sop.step(ref["current_step"]).label)) + "</p>"]
    if ref["status"] == "batal":
        who = names.get(ref["cancelled_by"], ref["cancelled_by"])
        parts.append("<p style='color:#b00020'>" + _html(
            tr("Dibatalkan {time} oleh {name}. Alasan: {reason}"),
            time=format_datetime(ref["cancelled_at"]), name=escape(who),
            reason=escape(ref["cancel_reason"])) + "</p>")
    # Which problem an action addresses, by its area, as the printed record names it.
    problem_names = {p["id"]: store.ref.choice_name("problem_areas", p["area"])
                     for p in store.problems(rid)}
    for step in store.sop.steps:
        rec = records.get(step.number)
        state = {"complete": tr("selesai"), "draft": tr("draf")}.get(
            rec["status"] if rec else "", tr("belum dimulai"))
        parts.append(f"<h3>{step.number}. {escape(tr(step.title))} <small>({state})</small></h3>")
        if rec is None:
            continue
        denied = store.step_denied(rid, step.number)
        if denied:  # counseling notes of a case not assigned to this person
            parts.append(f"<p style='color:#4a5560'><i>{escape(denied)}</i></p>")
            continue
        meta = [_html(tr("Pelaksana SOP: {executor}"), executor=escape(step.executor_text))]
        if rec["performed_by"]:
            meta.append(_html(tr("Dilaksanakan oleh: {name}"),
                              name=escape(names.get(rec["performed_by"], "?"))))
        meta.append(_html(tr("Mulai: {time}"), time=format_datetime(rec["started_at"])))
        if rec["completed_at"]:
            meta.append(_html(tr("Selesai: {time}"), time=format_datetime(rec["completed_at"])))
        taken = store.step_minutes_taken(rid, step.number)
        if taken is not None:
            meta.append(_html(tr("Waktu: {taken} (standar {standard})"),
                              taken=format_minutes(taken), standard=step.waktu_text))
        parts.append("<p style='color:#4a5560'>" + " · ".join(meta) + "</p>")
        rows = describe_step(step.number, store.load_step(rid, step.number), store.sop,
                             store.ref, names, problem_names)
        if rows:
            parts.append("<table cellspacing='0' cellpadding='3'>" + "".join(
                f"<tr><td valign='top' width='200'><b>{escape(k)}</b></td>"
                f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>" for k, v in rows)
                + "</table>")
    return "\n".join(parts)


class CaseViewDialog(QDialog):
    open_in_wizard = Signal(str)

    def __init__(self, store: Store, rid: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("caseView")
        self.rid = rid
        agenda = store.referral(rid)["agenda_number"]
        self.setWindowTitle(tr("Kasus {agenda} — LK3 Desktop").format(agenda=agenda))
        fit_to_screen(self, 900, 680)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("caseView.text")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(case_html(store, rid))
        lay.addWidget(self.browser)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        edit = QPushButton(tr("&Lanjutkan pengisian"))
        edit.setObjectName("caseView.edit")
        edit.clicked.connect(lambda: self.open_in_wizard.emit(self.rid))
        edit.clicked.connect(self.accept)  # after the line above: slots run in connection order
        close = QPushButton(tr("&Tutup"))
        close.clicked.connect(self.accept)
        buttons.addWidget(edit)
        buttons.addWidget(close)
        lay.addLayout(buttons)

"""The referral wizard: seven SOP pages over one case, autosaving drafts as the user types."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from lk3_desktop.domain.rules import default_executor
from lk3_desktop.domain.steps import validate_step
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.i18n import tr
from lk3_desktop.store import Store
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import fit_to_screen
from lk3_desktop.ui.wizard.step1_intake import IntakePage
from lk3_desktop.ui.wizard.step6_action_plan import ActionPlanPage
from lk3_desktop.ui.wizard.step_page import StepPage

# Pages with something special beyond their described fields, by step key; every other
# step gets the plain StepPage built from data/sop.json.
PAGE_CLASSES: dict[str, type[StepPage]] = {"intake": IntakePage, "action_plan": ActionPlanPage}
AUTOSAVE_MS = 800
log = logging.getLogger(__name__)


def _buttons() -> dict[QWizard.WizardButton, str]:
    """The wizard's button texts, in the interface language."""
    return {
        QWizard.WizardButton.BackButton: tr("< &Kembali"),
        QWizard.WizardButton.NextButton: tr("Simpan && &lanjut >"),
        QWizard.WizardButton.FinishButton: tr("Simpan && &selesai"),
        QWizard.WizardButton.CancelButton: tr("&Tutup"),
        QWizard.WizardButton.CommitButton: tr("Simpan"),
        QWizard.WizardButton.HelpButton: tr("Bantuan"),
    }


class CaseWizard(QWizard):
    """One case through the seven steps. `rid` is None for a new referral until it is saved."""

    saved = Signal(str)  # referral id, after every write
    open_case_requested = Signal(str)  # another case's id, for the main window to open

    def __init__(self, store: Store, rid: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.rid = rid
        self.setObjectName("caseWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        for button, text in _buttons().items():
            self.setButtonText(button, text)
        self.pages: dict[int, StepPage] = {}
        for step in store.sop.steps:
            page = PAGE_CLASSES.get(step.key, StepPage)(step)
            self.pages[step.number] = page
            self.setPage(step.number, page)
        self.setStartId(1)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        # Why the last write failed (the file removed or replaced), until one succeeds: the
        # question on closing names it. `_no_questions`: closing for a log-out or shut-down.
        self.last_save_error = ""
        self._no_questions = False
        self._writing = False
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a field left is saved too, not only a pause
            app.focusChanged.connect(self._on_focus_changed)
        self._jumping = False
        self._shown: int | None = None  # the page on screen before the current one
        self.side = self._build_side()  # keep a Python reference: PySide would collect it
        self.setSideWidget(self.side)
        self.currentIdChanged.connect(self._on_page_shown)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save_draft(show_errors=True))
        self.setMinimumSize(800, 500)  # a 1024 × 600 netbook, less its taskbar
        fit_to_screen(self, 1280, 720)
        self._update_title()

    # -- side panel ----------------------------------------------------------------------

    def _build_side(self) -> QWidget:
        side = QWidget()
        lay = QVBoxLayout(side)
        lay.setContentsMargins(0, 0, 8, 0)
        self.case_label = QLabel()
        self.case_label.setObjectName("wizard.case")
        self.case_label.setWordWrap(True)
        lay.addWidget(self.case_label)
        self.step_list = QListWidget()
        self.step_list.setObjectName("wizard.steps")
        self.step_list.setAccessibleName(tr("Langkah SOP"))
        self.step_list.setFixedWidth(190)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for step in self.store.sop.steps:
            item = QListWidgetItem(tr(step.title))
            item.setData(Qt.ItemDataRole.UserRole, step.number)
            self.step_list.addItem(item)
        self.step_list.itemActivated.connect(self._on_step_clicked)
        self.step_list.itemClicked.connect(self._on_step_clicked)
        lay.addWidget(self.step_list, 1)
        hint = QLabel(tr("Isian tersimpan otomatis sebagai draf. Ctrl+S menyimpan sekarang."))
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        lay.addWidget(hint)
        return side

    def _statuses(self) -> dict[int, str]:
        if self.rid is None:
            return {}
        return {n: r["status"] for n, r in self.store.step_records(self.rid).items()}

    def _refresh_side(self) -> None:
        statuses = self._statuses()
        states = {"complete": tr("selesai"), "draft": tr("draf")}
        for i in range(self.step_list.count()):
            item = self.step_list.item(i)
            n = item.data(Qt.ItemDataRole.UserRole)
            status = statuses.get(n, "")
            mark = {"complete": "✓", "draft": "✎"}.get(status, "·")
            state = states.get(status) or tr("belum dimulai")
            item.setText(f"{mark} {n}. {tr(self.store.sop.step(n).title)}")
            item.setToolTip(tr("Langkah {n}: {state}").format(n=n, state=state))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         tr("Langkah {n}, {state}").format(n=n, state=state))
            reachable = n == 1 or statuses.get(n - 1) == "complete"
            flags = item.flags()
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if reachable
                          else flags & ~Qt.ItemFlag.ItemIsEnabled)
        self.step_list.setCurrentRow(max(self.currentId(), 1) - 1)

    def _update_title(self) -> None:
        if self.rid is None:
            self.setWindowTitle(tr("Rujukan baru — LK3 Desktop"))
            self.case_label.setText(
                tr("<b>Rujukan baru</b><br>Nomor agenda diberikan saat disimpan."))
            return
        ref = self.store.referral(self.rid)
        first = self.store.sop.steps[0].number
        name = ("" if self.store.step_denied(self.rid, first)
                else self.store.load_step(self.rid, first).get("full_name")
                or tr("(nama belum diisi)"))
        # The title bar shows on the taskbar and in Alt+Tab, to whoever stands near the
        # laptop: the agenda number there, the client's name only inside the window.
        self.setWindowTitle(f"{ref['agenda_number']} — LK3 Desktop")
        self.case_label.setText(f"<b>{ref['agenda_number']}</b><br>{_escape(name)}")

    # -- navigation ----------------------------------------------------------------------

    def open_at(self, step: int) -> None:
        """Show `step`, with the earlier pages in the Back history (as if walked through)."""
        self._jumping = True
        try:
            if self.currentId() == -1:
                self.restart()
            while self.currentId() > step:
                self.back()
            while self.currentId() < step:
                before = self.currentId()
                self.next()
                if self.currentId() == before:  # a page refused (invalid or unsaved)
                    break
        finally:
            self._jumping = False
        self._refresh_side()
        page = self.current_page()
        if page is not None:
            page.focus_first_field()

    def resume(self) -> None:
        step = 1 if self.rid is None else self.store.referral(self.rid)["current_step"]
        self.open_at(step)

    def _on_step_clicked(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.open_at(item.data(Qt.ItemDataRole.UserRole))

    def _on_page_shown(self, page_id: int) -> None:
        # Back and the step list do not pass through validatePage: save what was typed on
        # the page just left (a correction that is not valid yet stays in that page's
        # fields, shown again on return, and is asked about on closing).
        left = self.pages.get(self._shown) if self._shown is not None else None
        self._shown = page_id
        if left is not None and left is not self.pages.get(page_id):
            self.save_draft(left)
        page = self.pages.get(page_id)
        if page is None:
            return
        read_denied = self.store.step_denied(self.rid, page_id) if self.rid is not None else None
        edit_denied = (self.store.step_denied(self.rid, page_id, edit=True)
                       if self.rid is not None else None)
        page.set_access(read_denied=read_denied, edit_denied=edit_denied)
        if read_denied:
            page.load({})
            if not self._jumping:
                self._refresh_side()
            return
        page.refresh_choices(self)
        if page.dirty:
            page.on_values_changed()
            if not self._jumping:
                self._refresh_side()
            return
        data = self.store.load_step(self.rid, page_id) if self.rid is not None else {}
        if not data.get("performed_by"):
            data["performed_by"] = self._default_executor(page)
        if self.rid is None and page_id == 1:
            data.setdefault("city", self.store.ref.city)  # most clients live in Tarakan
        page.load(data)
        page.set_time_taken(
            self.store.step_minutes_taken(self.rid, page_id) if self.rid is not None else None)
        if not self._jumping:
            self._refresh_side()
            page.focus_first_field()

    def _default_executor(self, page: StepPage) -> str | None:
        """Who "Dilaksanakan oleh" starts with (domain.rules.default_executor)."""
        return default_executor(page.step, self.store.staff(self.store.actor),
                                self.store.list_staff())

    # -- saving --------------------------------------------------------------------------

    def schedule_autosave(self) -> None:
        self._autosave.start()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """A field of the page on screen lost the keyboard to another part of this wizard
        (Tab, a click on the next field or a button): save its draft now, as the 800 ms pause
        may never come before a log-out, a crash or a pulled plug. Focus leaving for another
        window is left to that pause (the window may be closing). Nothing changed, or a
        nameless new referral, saves nothing (save_draft's rules)."""
        page = self.current_page()
        if (old is None or new is None or page is None or not page.dirty or self._writing
                or QApplication.activeModalWidget() is not None
                or not page.isAncestorOf(old) or not self.isAncestorOf(new)):
            return
        self.save_draft(page)

    def refresh_staff(self) -> None:
        """Staff added or changed meanwhile (Petugas, Ctrl+P): every page's lists offer
        them now, without reopening the case; what is chosen stays chosen."""
        for page in self.pages.values():
            page.refresh_choices(self)

    def current_page(self) -> StepPage | None:
        return self.pages.get(self.currentId())

    def save_draft(self, page: StepPage | None = None, *, show_errors: bool = False) -> bool:
        """Write a page (the current one by default) now; False if it could not be saved.

        A step not yet complete is saved as a draft whatever is missing. A completed step is
        rewritten only once the correction is valid again; until then the edit stays on the
        page (and `show_errors`, for Ctrl+S, says why it was not saved).
        """
        if page is None or page is self.current_page():
            self._autosave.stop()
        page = page or self.current_page()
        if page is None or not page.dirty or page.read_only:
            return True
        data = page.values()
        step = page.step.number
        if self.rid is None and not page.has_content():
            return True
        if self.rid is None and not show_errors and not str(data.get("full_name") or "").strip():
            # A new referral becomes a numbered case when saved on purpose (Ctrl+S, Next) or
            # once it has a name: a date nudged or an age typed by mistake leaves nothing.
            return True
        complete = self._is_complete(step)
        if complete:
            errors = validate_step(step, data, self.store.ref, self.store.today())
            if errors:
                if show_errors:
                    page.show_errors(errors)
                return False
        # A draft saved in passing (a pause, a field left) keeps the messages the user is
        # working through; each goes as its field is corrected.
        return self._write(page, data, complete=complete,
                           quiet=not show_errors and not complete)

    def complete_page(self, page: StepPage) -> bool:
        """Next/Finish: validate fully and mark the step complete, or say what is missing."""
        self._autosave.stop()
        step = page.step.number
        if (not page.dirty or page.read_only) and self._is_complete(step):
            return True
        if page.read_only:  # not theirs to complete: the note on the page says whose it is
            return False
        if self._write(page, page.values(), complete=True):
            return True
        # Not complete yet: keep what was typed as a draft, and the messages on screen.
        if not self._is_complete(step) and (self.rid is not None or page.has_content()):
            self._write(page, page.values(), complete=False, quiet=True)
        return False

    def _is_complete(self, step: int) -> bool:
        return self._statuses().get(step) == "complete"

    def _write(self, page: StepPage, data: dict, *, complete: bool, quiet: bool = False) -> bool:
        """Save through the store. `quiet` keeps the page's messages as they are (the draft
        fallback after a refused Next, whose messages the user still needs to read)."""
        self._writing = True
        try:
            rid = self.store.save_step(self.rid, page.step.number, data, complete=complete)
        except ValidationFailed as exc:
            if not quiet:
                page.show_errors(exc.errors)
            return False
        except StoreWriteError as exc:
            # Said once per cause (a draft is tried again at every pause and field left);
            # never asked at all when closing for a shut-down.
            said = str(exc) == self.last_save_error
            self.last_save_error = str(exc)
            if self._no_questions:
                log.warning("draft of step %s not saved at shut-down", page.step.number)
            elif not said or not quiet:
                dialogs.warn(self, tr("Gagal menyimpan"), str(exc))
            return False
        finally:
            self._writing = False
        self.last_save_error = ""
        new_case = self.rid is None
        self.rid = rid
        page.dirty = False
        if not quiet:
            page.show_errors([])
        page.set_time_taken(self.store.step_minutes_taken(rid, page.step.number))
        if new_case or page.step.key == "intake":  # the client's name is in the title
            self._update_title()
        self._refresh_side()
        self.saved.emit(rid)
        return True

    # -- closing -------------------------------------------------------------------------

    def _can_close(self) -> bool:
        first = self.pages.get(self.store.sop.steps[0].number)
        if self.rid is None and first is not None and first.has_content():
            # Typed, but not yet a case (no name, never saved on purpose): ask, never drop
            # it unseen; the default leaves nothing behind.
            if dialogs.ask(self, tr("Rujukan baru belum disimpan"), tr(
                    "Rujukan baru ini belum disimpan (nama klien belum diisi). Simpan sebagai "
                    "kasus baru dengan nomor agenda?")):
                return self.save_draft(first, show_errors=True)
            return True
        unsaved = [p for p in self.pages.values() if not self.save_draft(p)]
        if not unsaved:
            return True
        steps = ", ".join(str(p.step.number) for p in unsaved)
        if self.last_save_error:  # the file is gone or replaced: say so, keep the text
            return self._keep_or_discard(unsaved, steps)
        return dialogs.ask(
            self, tr("Perubahan belum valid"),
            tr("Perubahan pada langkah {steps} yang sudah selesai belum lengkap atau belum "
               "benar, sehingga belum disimpan. Tutup dan buang perubahan ini?").format(
                steps=steps))

    def _keep_or_discard(self, unsaved: list[StepPage], steps: str) -> bool:
        """The last save failed (the file removed or replaced): name that cause and let the
        user keep the typed text (clipboard, a text file) before anything is discarded.
        "Kembali" is the default and Esc; only "Buang" closes without the text."""
        text = "\n\n".join(p.readable_text() for p in unsaved)
        while True:
            answer = dialogs.choose(
                self, QMessageBox.Icon.Warning, tr("Isian belum tersimpan"),
                tr("Isian langkah {steps} tidak dapat disimpan:\n{cause}\n\nSalin teksnya "
                   "atau simpan ke berkas sebelum menutup. Isian hanya dibuang bila Anda "
                   "memilih Buang.").format(steps=steps, cause=self.last_save_error),
                [tr("Salin teks"), tr("Simpan ke berkas…"), tr("Buang"), tr("Kembali")],
                default=3)
            if answer == 0:
                clipboard = QGuiApplication.clipboard()
                clipboard.setText(text)
            elif answer == 1:
                self._save_text(text)
            else:  # "Buang" closes; "Kembali" (or Esc) goes back to the form
                return answer == 2

    def _save_text(self, text: str) -> None:
        suggested = Path.home() / tr("isian-belum-tersimpan.txt")
        target = dialogs.save_file_path(self, tr("Simpan isian ke berkas"), suggested,
                                        tr("Berkas teks (*.txt)"), suffix=".txt")
        if target is None:
            return
        try:
            target.write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            dialogs.warn(self, tr("Gagal menyimpan"),
                         tr("Berkas {path} tidak dapat ditulis: {error}.").format(
                             path=target, error=exc.strerror or exc))

    def close_without_questions(self) -> None:
        """A log-out or shut-down: every page's draft saved as far as it can be (a nameless
        new referral still leaves nothing), nothing asked, and the wizard closed."""
        self._no_questions = True
        for page in self.pages.values():
            self.save_draft(page)
        self.done(QDialog.DialogCode.Rejected)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt naming)
        """Tab follows the focus chain as the pages set it (rows added to a list are put in
        place by RowList): Qt 6.11's own walk sent Tab from the step list back into a page's
        rows, so the wizard's buttons were never reached from the keyboard."""
        start: QWidget = self.focusWidget() or self
        w: QWidget | None = start
        while w is not None:
            w = w.nextInFocusChain() if next else w.previousInFocusChain()
            if w is start or w is None:
                return super().focusNextPrevChild(next)
            if (w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and w.isEnabled()
                    and w.focusProxy() is None and w.isVisibleTo(self) and w.window() is self):
                w.setFocus(Qt.FocusReason.TabFocusReason if next
                           else Qt.FocusReason.BacktabFocusReason)
                return True
        return super().focusNextPrevChild(next)

    def reject(self) -> None:
        if self._can_close():
            super().reject()

    def done(self, result: int) -> None:
        self._autosave.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):  # done twice
                app.focusChanged.disconnect(self._on_focus_changed)
        super().done(result)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["CaseWizard", "PAGE_CLASSES"]

"""Main window: every case and where it stands, search and filters, and the way into a case."""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop import APP_NAME
from lk3_desktop.domain.access import AccessDenied, Action
from lk3_desktop.domain.rules import CANCELLED, STATUS_NAMES
from lk3_desktop.i18n import tr
from lk3_desktop.store import DatabaseRefused, Store, open_store
from lk3_desktop.store.backup import (
    BackupError,
    RestoreError,
    automatic_backup,
    backup_to,
    restore_from,
)
from lk3_desktop.store.store import StoreWriteError, default_actor
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.about_dialog import AboutDialog
from lk3_desktop.ui.audit_dialog import AuditDialog, open_audit_dialog
from lk3_desktop.ui.cancel_dialog import CancelCaseDialog
from lk3_desktop.ui.case_list import CaseFilterProxy, CaseTableModel
from lk3_desktop.ui.case_view import CaseViewDialog
from lk3_desktop.ui.document_dialog import DocumentDialog
from lk3_desktop.ui.help_dialog import HelpDialog
from lk3_desktop.ui.idle_lock import IdleLock
from lk3_desktop.ui.privacy_dialog import RetentionDialog, export_client, open_retention_dialog
from lk3_desktop.ui.recovery import RestoreDialog
from lk3_desktop.ui.register_dialog import RegisterDialog
from lk3_desktop.ui.session import Session
from lk3_desktop.ui.settings_dialog import SettingsDialog
from lk3_desktop.ui.signin_dialog import ChangePasswordDialog, SignInDialog, UnlockDialog
from lk3_desktop.ui.staff_dialog import StaffDialog
from lk3_desktop.ui.widgets import fit_to_screen
from lk3_desktop.ui.wizard.case_wizard import CaseWizard
from lk3_desktop.ui.worker import Job

ACTIVE_STAFF_SETTING = "ui.active_staff_id"
log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        # The window owns its session's store, which a restore replaces: whichever is
        # current is closed with the window (the hook must not touch the deleted window).
        self.session = Session(store)
        self.session.replaced.connect(self._on_store_replaced)
        self.destroyed.connect(lambda *_, session=self.session: session.close())
        self.wizards: list[CaseWizard] = []
        self._staff_dialog: StaffDialog | None = None
        self._help_dialog: HelpDialog | None = None
        self._unlock: UnlockDialog | None = None
        self._signin: SignInDialog | None = None
        self._hidden: list[QWidget] = []
        self._restore_key: bytes | None = None
        self._old_key: bytes | None = None
        self._restore_to_audit = ""
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} — {tr(store.sop.short_name)}")
        fit_to_screen(self, 1280, 720)
        self._build_actions()
        self._build_central()
        self._build_status()
        self.reload_staff()
        active = store.get_setting(ACTIVE_STAFF_SETTING)
        if active and store.staff(active) and store.user is None and not store.has_accounts():
            self.set_active_staff(active)
        self.idle_lock = IdleLock(self)
        self._apply_user()
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | QKeySequence.StandardKey | None = None,
                name: str = "") -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        self.act_new = self._action(tr("&Rujukan baru"), self.new_referral, "Ctrl+N", "action.new")
        self.act_continue = self._action(tr("&Lanjutkan kasus"), self.continue_case, "Ctrl+L",
                                         "action.continue")
        self.act_view = self._action(tr("Li&hat kasus"), self.view_case, "Ctrl+I", "action.view")
        self.act_staff = self._action(tr("&Petugas…"), self.manage_staff, "Ctrl+P", "action.staff")
        self.act_print = self._action(tr("&Cetak dokumen…"), self.print_documents, "Ctrl+D",
                                      "action.print")
        self.act_blank = self._action(tr("Formulir k&osong…"), self.print_blank_forms, None,
                                      "action.blank")
        self.act_register = self._action(tr("&Buku agenda…"), self.document_register, None,
                                         "action.register")
        self.act_backup = self._action(tr("Ca&dangkan ke folder…"), self.backup_now, "Ctrl+B",
                                       "action.backup")
        self.act_restore = self._action(tr("&Pulihkan dari cadangan…"), self.restore_backup, None,
                                        "action.restore")
        self.act_settings = self._action(tr("Pengaturan kan&tor…"), self.office_settings, None,
                                         "action.settings")
        self.act_folder = self._action(tr("Buka &folder basis data"), self.open_db_folder, None,
                                       "action.folder")
        self.act_refresh = self._action(tr("Muat &ulang"), self.refresh, "F5", "action.refresh")
        self.act_cancel = self._action(tr("&Batalkan kasus…"), self.cancel_case, None,
                                       "action.cancel")
        self.act_reinstate = self._action(tr("Pulihkan kasus yang &dibatalkan"),
                                          self.reinstate_case, None, "action.reinstate")
        self.act_quit = self._action(tr("&Keluar"), self.close, "Ctrl+Q", "action.quit")
        self.act_audit = self._action(tr("&Log audit…"), self.audit_log, None, "action.audit")
        self.act_export_client = self._action(tr("&Ekspor data klien…"), self.export_client, None,
                                              "action.export_client")
        self.act_retention = self._action(tr("&Masa simpan dan anonimisasi…"), self.retention,
                                          None,
                                          "action.retention")
        self.act_password = self._action(tr("U&bah sandi…"), self.change_password, None,
                                         "action.password")
        self.act_sign_out = self._action(tr("&Ganti petugas"), self.sign_out, "Ctrl+Shift+Q",
                                         "action.sign_out")
        self.act_lock = self._action(tr("&Kunci layar"), self.lock_screen, "Ctrl+Shift+K",
                                     "action.lock")
        self.act_guide = self._action(tr("&Panduan"), self.show_guide, "F1", "action.guide")
        self.act_about = self._action(tr("&Tentang"), self.about, None, "action.about")

        bar = self.menuBar()
        m = bar.addMenu(tr("&Berkas"))
        m.addAction(self.act_new)
        m.addAction(self.act_blank)
        m.addAction(self.act_register)
        m.addAction(self.act_settings)
        m.addAction(self.act_backup)
        m.addAction(self.act_restore)
        m.addAction(self.act_folder)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(tr("&Kasus"))
        for a in (self.act_continue, self.act_view, self.act_print, self.act_export_client):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.act_cancel)
        m.addAction(self.act_reinstate)
        m.addSeparator()
        m.addAction(self.act_refresh)
        m = bar.addMenu(tr("P&etugas"))
        m.addAction(self.act_staff)
        m.addAction(self.act_audit)
        m.addAction(self.act_retention)
        m.addSeparator()
        m.addAction(self.act_password)
        m.addAction(self.act_lock)
        m.addAction(self.act_sign_out)
        m = bar.addMenu(tr("Ba&ntuan"))
        m.addAction(self.act_guide)
        m.addAction(self.act_about)

        tb = QToolBar(tr("Alat"))
        tb.setObjectName("toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new, self.act_continue, self.act_view, self.act_print, self.act_staff):
            tb.addAction(a)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        tb.addWidget(spacer)
        # Who is signed in (a file with accounts); the chooser below only in a file without.
        self.user_label = QLabel()
        self.user_label.setObjectName("main.user")
        tb.addWidget(self.user_label)
        self.active_staff_label = QLabel(tr("Petugas aktif: "))
        self.active_staff_action = tb.addWidget(self.active_staff_label)
        self.active_staff = QComboBox()
        self.active_staff.setObjectName("main.active_staff")
        self.active_staff.setAccessibleName(tr("Petugas aktif"))
        self.active_staff.setMinimumContentsLength(18)
        self.active_staff.activated.connect(self._on_active_staff)
        self.active_staff_combo_action = tb.addWidget(self.active_staff)
        self.addToolBar(tb)

    def _build_central(self) -> None:
        central = QWidget()
        lay = QVBoxLayout(central)
        self.staff_hint = QLabel(tr(
            "Belum ada petugas. Tambahkan petugas lewat menu Petugas (Ctrl+P) agar setiap "
            "isian tercatat atas nama petugas dan konselor dapat ditugaskan."))
        self.staff_hint.setObjectName("main.staff_hint")
        self.staff_hint.setProperty("banner", True)
        self.staff_hint.setWordWrap(True)
        lay.addWidget(self.staff_hint)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("main.search")
        self.search.setAccessibleName(tr("Cari kasus"))
        self.search.setPlaceholderText(tr("Cari nama, NIK atau nomor agenda…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filters(text=t))
        self.search.textChanged.connect(self._count)  # slots run in connection order: filter, count
        find = QAction(self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(lambda: self.search.setFocus())
        find.triggered.connect(self.search.selectAll)
        self.addAction(find)
        filters.addWidget(self.search, 3)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("main.status_filter")
        self.status_filter.setAccessibleName(tr("Saring status"))
        # The default leaves out cancelled cases (made by mistake); "Batal" shows them.
        self.status_filter.addItem(tr("Semua kecuali batal"), "")
        for key, name in STATUS_NAMES.items():
            self.status_filter.addItem(name, key)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(status=self.status_filter.currentData()))
        self.status_filter.currentIndexChanged.connect(self._count)
        filters.addWidget(self.status_filter, 1)
        self.step_filter = QComboBox()
        self.step_filter.setObjectName("main.step_filter")
        self.step_filter.setAccessibleName(tr("Saring langkah"))
        self.step_filter.addItem(tr("Semua langkah"), 0)
        for step in self.store.sop.steps:
            self.step_filter.addItem(step.label, step.number)
        self.step_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(step=self.step_filter.currentData()))
        self.step_filter.currentIndexChanged.connect(self._count)
        filters.addWidget(self.step_filter, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("main.count")
        filters.addWidget(self.count_label)
        lay.addLayout(filters)

        self.model = CaseTableModel()
        self.proxy: CaseFilterProxy = CaseFilterProxy()  # typed: the lambdas above use it
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("main.cases")
        self.table.setAccessibleName(tr("Daftar kasus"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 120), (1, 230), (2, 140), (3, 210), (4, 140), (6, 140), (7, 85)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.continue_case())
        enter = QAction(self.table)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self.continue_case)
        self.table.addAction(enter)
        lay.addWidget(self.table, 1)
        self.setCentralWidget(central)

    def _build_status(self) -> None:
        self.db_label = QLabel(
            tr("Basis data: {path}").format(path=self.store.path.resolve()))
        self.db_label.setObjectName("main.db_path")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_label.setToolTip(tr(
            "Satu berkas ini memuat semua data. Untuk mencadangkan: tutup program lalu salin "
            "berkas ini, atau pakai Berkas → Cadangkan ke folder (program boleh tetap terbuka)."))
        # Who is signed in first: on a narrow screen the path gives way, not the name.
        self.signed_in_label = QLabel()
        self.signed_in_label.setObjectName("main.signed_in")
        self.statusBar().addWidget(self.signed_in_label)
        # The path gives way on a narrow screen (its tooltip and "Buka folder data" remain).
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.db_label, 1)
        # Said where the path is, not only in a tooltip: copying the file is the backup
        # most offices will use, and it is complete only with the program closed.
        copy_hint = QLabel(tr("Satu berkas, lengkap dan aman disalin bila program ditutup."))
        copy_hint.setObjectName("main.copy_hint")
        copy_hint.setProperty("hint", True)
        self.statusBar().addPermanentWidget(copy_hint)
        folder = QPushButton(tr("Buka folder data"))
        folder.setObjectName("main.open_folder")
        folder.setFlat(True)
        folder.clicked.connect(self.open_db_folder)
        self.statusBar().addPermanentWidget(folder)

    # -- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_case_id()
        if self.store.denied(Action.LIST_CASES):  # nobody signed in to the file yet
            self.model.set_rows([])
            self._count()
            return
        self.model.set_rows(self.store.list_cases())
        self._count()
        if selected:
            self.select_case(selected)

    def _count(self) -> None:
        shown = self.proxy.rowCount()
        # Cancelled cases are counted only when they are what the list shows.
        cancelled = sum(1 for r in self.model.rows if r.status == CANCELLED)
        total = (cancelled if self.status_filter.currentData() == CANCELLED
                 else self.model.rowCount() - cancelled)
        locale = QLocale()  # "100.000 kasus" in Indonesian, "100,000 cases" in English
        self.count_label.setText(
            tr("{shown} dari {total} kasus").format(shown=locale.toString(shown),
                                                    total=locale.toString(total))
            if shown != total else tr("{total} kasus").format(total=locale.toString(total)))

    def reload_staff(self) -> None:
        for wiz in self.wizards:  # open cases offer whoever was added or changed meanwhile
            wiz.refresh_staff()
        if self.store.user is not None or self.store.has_accounts():
            self.staff_hint.hide()  # the signed-in person is the one acting
            return
        staff = self.store.list_staff()
        current = self.active_staff.currentData()
        self.active_staff.clear()
        self.active_staff.addItem(tr("(belum dipilih)"), "")
        for s in staff:
            self.active_staff.addItem(s["name"], s["id"])
        if current and self.active_staff.findData(current) < 0:
            # The active member was made inactive: stop writing changes in their name.
            self.store.actor = default_actor()
            current = ""
        if current:
            self.set_active_staff(current)
        elif len(staff) == 1:  # the office's first staff member: nobody else to choose
            self.set_active_staff(staff[0]["id"])
            self.store.set_setting(ACTIVE_STAFF_SETTING, staff[0]["id"])
        self._update_staff_hint()

    def _update_staff_hint(self) -> None:
        if self.active_staff.count() <= 1:
            self.staff_hint.setText(tr(
                "Belum ada petugas. Tambahkan petugas lewat menu Petugas (Ctrl+P) agar setiap "
                "isian tercatat atas nama petugas dan konselor dapat ditugaskan."))
            self.staff_hint.show()
        elif not self.active_staff.currentData():
            self.staff_hint.setText(tr(
                "Pilih Petugas aktif di kanan atas agar setiap isian tercatat atas nama Anda."))
            self.staff_hint.show()
        else:
            self.staff_hint.hide()

    def set_active_staff(self, staff_id: str) -> None:
        index = self.active_staff.findData(staff_id)
        if index < 0 and self.store.staff(staff_id):  # added since the list was filled
            self.reload_staff()
            index = self.active_staff.findData(staff_id)
        if index >= 0:
            self.active_staff.setCurrentIndex(index)
            self.store.actor = staff_id
        self._update_staff_hint()

    def _on_active_staff(self, _index: int) -> None:
        staff_id = self.active_staff.currentData() or ""
        if staff_id:
            self.store.actor = staff_id
            self.store.set_setting(ACTIVE_STAFF_SETTING, staff_id)
        self._update_staff_hint()

    def selected_case_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], Qt.ItemDataRole.UserRole)

    def select_case(self, rid: str) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == rid:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return

    # -- actions -------------------------------------------------------------------------

    def open_wizard(self, rid: str | None) -> CaseWizard:
        for wiz in self.wizards:
            if rid is not None and wiz.rid == rid:
                wiz.raise_()
                wiz.activateWindow()
                return wiz
        if rid is not None:
            self.store.open_case(rid)  # reading a client's record is audited
        wiz = CaseWizard(self.store, rid, parent=self)
        wiz.setWindowFlag(Qt.WindowType.Window, True)
        wiz.saved.connect(self._on_saved)
        wiz.open_case_requested.connect(self.open_wizard)  # step 1: "Buka kasus yang ada"
        wiz.finished.connect(lambda _r, w=wiz: self._on_wizard_closed(w))
        self.wizards.append(wiz)
        wiz.resume()
        wiz.show()
        return wiz

    def _on_saved(self, rid: str) -> None:
        self.refresh()
        self.select_case(rid)

    def _on_wizard_closed(self, wiz: CaseWizard) -> None:
        if wiz in self.wizards:
            self.wizards.remove(wiz)
        wiz.deleteLater()
        self.refresh()

    def new_referral(self) -> CaseWizard:
        return self.open_wizard(None)

    def continue_case(self) -> CaseWizard | None:
        rid = self.selected_case_id()
        if rid is None:
            dialogs.inform(self, tr("Lanjutkan kasus"), tr("Pilih dulu satu kasus di daftar."))
            return None
        return self.open_wizard(rid)

    def cancel_case(self) -> CancelCaseDialog | None:
        """"Batalkan kasus": a case made by mistake keeps its number and leaves the list."""
        rid = self.selected_case_id()
        if rid is None:
            dialogs.inform(self, tr("Batalkan kasus"), tr("Pilih dulu satu kasus di daftar."))
            return None
        ref = self.store.referral(rid)
        if ref["status"] == CANCELLED:
            dialogs.inform(self, tr("Batalkan kasus"), tr(
                "Kasus {number} sudah dibatalkan.").format(number=ref["agenda_number"]))
            return None
        if any(w.rid == rid for w in self.wizards):
            dialogs.inform(self, tr("Batalkan kasus"), tr(
                "Kasus {number} sedang terbuka. Tutup dulu jendela kasus itu, lalu batalkan."
            ).format(number=ref["agenda_number"]))
            return None
        name = next((r.client_name for r in self.model.rows if r.id == rid), "")
        dialog = CancelCaseDialog(self.store, rid, name, self)
        dialog.accepted.connect(self.refresh)
        return self._show(dialog)

    def reinstate_case(self) -> bool:
        """Undo a cancellation made by mistake (the audit log keeps both)."""
        rid = self.selected_case_id()
        if rid is None:
            dialogs.inform(self, tr("Pulihkan kasus"), tr("Pilih dulu satu kasus di daftar. "
                                                          "Kasus yang dibatalkan tampil bila "
                                                          "status Dibatalkan dipilih."))
            return False
        ref = self.store.referral(rid)
        if ref["status"] != CANCELLED:
            dialogs.inform(self, tr("Pulihkan kasus"), tr(
                "Kasus {number} tidak dibatalkan.").format(number=ref["agenda_number"]))
            return False
        if not dialogs.ask(self, tr("Pulihkan kasus"), tr(
                "Pulihkan kasus {number}? Kasus ini kembali ke daftar dengan status sesuai "
                "langkahnya. Alasan pembatalan tetap tercatat di log audit.").format(
                    number=ref["agenda_number"])):
            return False
        try:
            self.store.reinstate_case(rid)
        except (AccessDenied, StoreWriteError) as exc:
            dialogs.warn(self, tr("Pulihkan kasus"), str(exc))
            return False
        self.refresh()
        self.select_case(rid)
        return True

    def view_case(self) -> CaseViewDialog | None:
        rid = self.selected_case_id()
        if rid is None:
            dialogs.inform(self, tr("Lihat kasus"), tr("Pilih dulu satu kasus di daftar."))
            return None
        self.store.open_case(rid, "view")
        view = CaseViewDialog(self.store, rid, self)
        view.open_in_wizard.connect(self.open_wizard)
        return self._show(view)

    def print_documents(self) -> DocumentDialog | None:
        rid = self.selected_case_id()
        if rid is None:
            dialogs.inform(self, tr("Cetak dokumen"), tr("Pilih dulu satu kasus di daftar."))
            return None
        return self._document_dialog(rid)

    def print_blank_forms(self) -> DocumentDialog:
        return self._document_dialog(None)

    @staticmethod
    def _show(dialog):
        """Show a non-modal dialog that frees itself when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _document_dialog(self, rid: str | None) -> DocumentDialog:
        return self._show(DocumentDialog(self.store, rid, self))

    def document_register(self) -> RegisterDialog:
        return self._show(RegisterDialog(self.store, self))

    def office_settings(self) -> SettingsDialog:
        return self._show(SettingsDialog(self.store, self))

    def manage_staff(self) -> StaffDialog:
        """The staff dialog; one at a time, so two copies never show different lists."""
        if self._staff_dialog is not None:
            self._staff_dialog.raise_()
            self._staff_dialog.activateWindow()
            return self._staff_dialog
        dlg = StaffDialog(self.store, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.staff_changed.connect(self.reload_staff)
        dlg.destroyed.connect(lambda *_: setattr(self, "_staff_dialog", None))
        self._staff_dialog = dlg
        dlg.show()
        return dlg

    def export_client(self) -> tuple[Path, Path] | None:
        """Everything held about the selected case's client, as JSON and a readable PDF (a
        right-of-access request; Kepala Seksi)."""
        rid = self.selected_case_id()
        if rid is None:
            dialogs.inform(self, tr("Ekspor data klien"), tr("Pilih dulu satu kasus di daftar."))
            return None
        return export_client(self.store, rid, self)

    def retention(self) -> RetentionDialog | None:
        """Closed cases past the retention period, to anonymise (Administrator)."""
        dialog = open_retention_dialog(self.store, self)
        if dialog is not None:
            dialog.anonymised.connect(lambda _n: self.refresh())
        return dialog

    def audit_log(self) -> AuditDialog | None:
        """The audit view (Administrator, Kepala Seksi); the reason instead for others."""
        return open_audit_dialog(self.store, self)

    def open_db_folder(self) -> None:
        if not dialogs.open_folder(self.store.path.resolve().parent):
            dialogs.warn(self, tr("Buka folder"),
                         tr("Folder tidak dapat dibuka. Lokasinya:\n{path}").format(
                             path=self.store.path.resolve().parent))

    def backup_now(self, folder: Path | None = None) -> Job | None:
        """Back up to a folder the user picks (a USB stick), with progress and a clear result.

        The copy and above all its check (17 of 20 s for 100,000 cases, one SQLite call
        without progress) run on a thread of their own, so the window keeps repainting; the
        result arrives as a signal. Returns the running job, or None if no folder was chosen.
        """
        folder = folder or dialogs.choose_folder(self, tr("Cadangkan ke folder"))
        if folder is None:
            return None
        self._backup_progress = dialogs.progress(self, tr("Cadangkan"),
                                                 tr("Mencadangkan basis data…"), percent=True)
        source = self.store.path  # the job opens its own connection: never the window's
        key = self.store.key  # an encrypted file's copy is encrypted with the same key
        if self.store.user is not None:
            self.store.audit_event("backup", "database", "-")
        job = Job(lambda report: backup_to(source, folder, now=datetime.now(), progress=report,
                                           key=key),
                  "backup", self)
        job.progress.connect(self._on_backup_progress)
        job.succeeded.connect(self._on_backup_made)
        job.failed.connect(self._on_backup_failed)
        job.start()
        return job

    def _on_backup_progress(self, done: int, total: int) -> None:
        progress = self._backup_progress
        if total and done >= total and progress.maximum():
            progress.setLabelText(tr("Memeriksa keutuhan salinan…"))
            progress.setRange(0, 0)  # no figure to give: a moving bar
        elif progress.maximum():
            progress.setValue(int(done * 100 / max(total, 1)))

    def _on_backup_made(self, made: Path) -> None:
        self._backup_progress.close()
        dialogs.inform(self, tr("Cadangan dibuat"),
                       tr("Cadangan tersimpan di\n{path}").format(path=made))

    def _on_backup_failed(self, exc: Exception) -> None:
        self._backup_progress.close()
        if isinstance(exc, BackupError):
            text = str(exc) if exc.source_damaged else (
                str(exc) + "\n" + tr("Data di komputer ini tidak berubah."))
        elif isinstance(exc, DatabaseRefused):  # the database itself went missing meanwhile
            text = str(exc)
        else:  # never a silent failure: say it, and log where
            log.error("backup failed: %s", type(exc).__name__)
            text = tr("Terjadi kesalahan yang tidak terduga; cadangan tidak dibuat.")
        dialogs.warn(self, tr("Cadangan gagal"), text)

    def restore_backup(self) -> RestoreDialog | None:
        """Replace the database with a backup the user picks and confirms; the current file
        is kept aside first (store.backup.restore_from). The Administrator's task."""
        reason = self.store.denied(Action.RESTORE)
        if reason:
            dialogs.warn(self, tr("Pulihkan dari cadangan"), reason)
            return None
        dialog = RestoreDialog(self.store.path, self.model.rowCount(), self, key=self.store.key)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._restore(dialog))
        dialog.open()
        return dialog

    def _close_other_windows(self) -> bool:
        """Close wizards and dialogs working on the current store; False if one refuses
        (a wizard whose unsaved change the user wants to keep)."""
        for wiz in list(self.wizards):
            if not wiz.close():
                return False
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.parent() is self \
                    and not isinstance(widget, RestoreDialog) and not widget.close():
                return False
        return True

    def _restore(self, dialog: RestoreDialog) -> Job | None:
        """Close the file, restore on a thread of its own (the copy and its full check take
        seconds on a large file), then open whichever file is in place and say what
        happened. Returns the running job, or None when nothing was started."""
        backup = dialog.chosen
        if backup is None:
            return None
        if not self._close_other_windows():
            dialogs.warn(self, tr("Pemulihan dibatalkan"),
                         tr("Masih ada jendela yang belum ditutup. Tutup dulu jendela kasus dan "
                            "dialog lain, lalu pulihkan lagi. Basis data tidak berubah."))
            return None
        path, clock, actor = self.store.path, self.store.clock, self.store.actor
        self._old_key = self.store.key
        # A backup of another laptop's file: the key its recovery key gave in the dialog.
        key = dialog.backup_key or self.store.key
        self._restore_key = key
        self._restoring = (backup, path, clock, actor)
        self.store.close()
        # Window-modal: nothing may use the closed store meanwhile.
        self._restore_progress = dialogs.progress(self, tr("Pulihkan"),
                                                  tr("Memulihkan basis data…"))
        job = Job(lambda _report: restore_from(path, backup.path, now=datetime.now(), key=key),
                  "restore", self)
        job.succeeded.connect(self._on_restored)
        job.failed.connect(self._on_restore_failed)
        job.start()
        return job

    def _reopen(self) -> bool:
        """Open the restored file, or the old one if the restore did not happen; never leave
        the window on a closed store."""
        _backup, path, clock, actor = self._restoring
        user = self.store.user
        try:
            store = open_store(path, clock=clock, actor=actor, key=self._restore_key)
            if user is not None:
                # The same person goes on if the restored file knows them as an active
                # account; anyone else signs in again (the file's own accounts).
                account = store.account(user.username)
                same = store.user_for(account) if account else None
                if same is not None and same.active and same.staff_id == user.staff_id:
                    store.user = same
            self.session.replace(store)
        except DatabaseRefused as exc:
            dialogs.warn(self, tr("Basis data tidak dapat dibuka"),
                         str(exc) + "\n" + tr("Tutup dan buka lagi program."))
            return False
        return True

    def _on_restored(self, aside: Path | None) -> None:
        self._restore_progress.close()
        if not self._reopen():
            return
        backup = self._restoring[0]
        lines = [tr("Basis data dipulihkan."), backup.summary()]
        if aside:
            lines.append(tr("Basis data sebelumnya disimpan sebagai {path}.").format(path=aside))
        dialogs.inform(self, tr("Basis data dipulihkan"), "\n".join(lines))
        if self.store.user is not None:
            self.store.audit_event("restore", "database", "-", {"made": backup.summary()[:80]})
        elif self.store.has_accounts():  # the restored file does not know this person
            self._restore_to_audit = backup.summary()[:80]
            self._restored_sign_in()

    def _restored_sign_in(self) -> None:
        """After a restore whose file has other accounts: the sign-in for its people."""
        self.hide()
        dialog = SignInDialog(self.store.path, clock=self.store.clock)
        dialog.finished.connect(lambda result, d=dialog: self._on_signed_in_again(d, result))
        self._signin = dialog
        dialog.show()

    def _on_restore_failed(self, exc: Exception) -> None:
        self._restore_progress.close()
        if isinstance(exc, RestoreError):
            failure = str(exc)
        else:
            log.error("restore failed: %s", type(exc).__name__)
            failure = tr("Terjadi kesalahan yang tidak terduga saat memulihkan.")
        self._restore_key = self._old_key  # the file in place is the one from before
        if self._reopen():
            dialogs.warn(self, tr("Pemulihan gagal"),
                         failure + "\n" + tr("Basis data tidak berubah."))

    @property
    def store(self) -> Store:
        return self.session.store

    def _on_store_replaced(self, store: Store) -> None:
        """A restore put another file in place, or another person signed in: read
        everything shown again from it."""
        self.reload_staff()
        active = store.get_setting(ACTIVE_STAFF_SETTING)
        if active and store.staff(active) and store.user is None and not store.has_accounts():
            self.set_active_staff(active)
        self._apply_user()
        self.refresh()

    # -- who is signed in ----------------------------------------------------------------

    def _apply_user(self) -> None:
        """Title, toolbar and status bar name the signed-in person; what their roles do not
        allow is disabled, with the reason as its tooltip (the store refuses it anyway)."""
        user = self.store.user
        signed = user is not None
        self.active_staff_action.setVisible(not signed and not self.store.has_accounts())
        self.active_staff_combo_action.setVisible(not signed and not self.store.has_accounts())
        self.user_label.setVisible(signed)
        title = f"{APP_NAME} — {tr(self.store.sop.short_name)}"
        if user is not None:
            self.user_label.setText(tr("Petugas: {name}").format(name=user.name))
            self.signed_in_label.setText(tr("Masuk sebagai {name} ({username})").format(
                name=user.name, username=user.username))
            self.signed_in_label.setMinimumWidth(self.signed_in_label.sizeHint().width())
            title += f" — {user.name}"
        else:
            self.signed_in_label.setText("")
        self.setWindowTitle(title)
        for action, what in ((self.act_new, Action.NEW_CASE), (self.act_staff, Action.ACCOUNTS),
                             (self.act_restore, Action.RESTORE), (self.act_backup, Action.BACKUP),
                             (self.act_blank, Action.BLANK_FORMS), (self.act_audit, Action.AUDIT),
                             (self.act_export_client, Action.EXPORT_CLIENT),
                             (self.act_retention, Action.RETENTION),
                             (self.act_cancel, Action.CANCEL_CASE),
                             (self.act_reinstate, Action.CANCEL_CASE)):
            reason = self.store.denied(what)
            action.setEnabled(reason is None)
            action.setToolTip(reason or "")
        for action in (self.act_password, self.act_sign_out, self.act_lock):
            action.setVisible(signed)
        self.idle_lock.set_minutes(self.store.idle_lock_minutes() if signed else 0)

    def change_password(self, *, required: bool = False) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.store, self, required=required)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def lock_screen(self) -> UnlockDialog | None:
        """Hide every window of the program until the same person's password is given; what
        was typed stays in its fields. A modal question open at that moment postpones it."""
        user = self.store.user
        if user is None or self._unlock is not None:
            return None
        if QApplication.activeModalWidget() is not None:
            self.idle_lock.restart()
            return None
        try:
            self.store.audit_event("lock", "account", user.staff_id)
        except AccessDenied:  # made inactive meanwhile: nobody may go on as them
            self.sign_out(force=True)
            return None
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self]
        for w in self._hidden:
            w.hide()
        self.hide()
        dialog = UnlockDialog(self.store, user)
        dialog.finished.connect(self._on_unlock_finished)
        self._unlock = dialog
        dialog.show()
        return dialog

    def _on_unlock_finished(self, result: int) -> None:
        self._unlock = None
        if result == UnlockDialog.SWITCH:
            self.show()
            self.sign_out()
            return
        self.store.audit_event("unlock", "account", self.store.user.staff_id if self.store.user
                               else "-")
        self.show()
        for w in self._hidden:
            w.show()
        self._hidden = []
        self.idle_lock.restart()

    def sign_out(self, *, force: bool = False) -> SignInDialog | None:
        """"Ganti petugas": the open cases are saved as drafts and closed, then the sign-in
        asks who works next. Leaving the sign-in closes the program. `force`: the account
        was made inactive, so drafts cannot be saved under it; its windows close as they are."""
        if self.store.user is None:
            return None
        for wiz in list(self.wizards):
            if force:
                wiz.done(QDialog.DialogCode.Rejected)
            elif not wiz.close():
                return None
        for dialog in self.findChildren(QDialog):
            dialog.close()
        with contextlib.suppress(AccessDenied, StoreWriteError):
            self.store.audit_event("sign_out", "account", self.store.user.staff_id)
        # Nobody is signed in until the next person is: the lock stops, the store refuses.
        self.idle_lock.set_minutes(0)
        self.store.user = None
        self.model.set_rows([])
        self.hide()
        dialog = SignInDialog(self.store.path, clock=self.store.clock)
        dialog.finished.connect(lambda result, d=dialog: self._on_signed_in_again(d, result))
        self._signin = dialog
        dialog.show()
        return dialog

    def _on_signed_in_again(self, dialog: SignInDialog, result: int) -> None:
        self._signin = None
        if result != QDialog.DialogCode.Accepted or dialog.store is None:
            self.close()
            return
        old = self.store
        self.session.replace(dialog.store)
        if old is not dialog.store:
            old.close()
        if self._restore_to_audit:  # recorded under the first of its people to sign in
            self.store.audit_event("restore", "database", "-", {"made": self._restore_to_audit})
            self._restore_to_audit = ""
        self.show()
        if dialog.store.must_change_password():
            self.change_password(required=True)

    def show_guide(self) -> HelpDialog:
        """The guide beside the work; one at a time, brought to the front when asked again."""
        if self._help_dialog is not None:
            self._help_dialog.raise_()
            self._help_dialog.activateWindow()
            return self._help_dialog
        dialog = HelpDialog(self)
        dialog.destroyed.connect(lambda *_: setattr(self, "_help_dialog", None))
        self._help_dialog = dialog
        return self._show(dialog)

    def about(self) -> AboutDialog:
        return self._show(AboutDialog(self.store.sop, self.store.path, self))

    def closeEvent(self, event) -> None:  # noqa: N802
        # A log-out, shut-down or SIGTERM (app.py sets "quiet_close"): no question, no
        # message box; every open case's draft is saved as far as it can be, then closed.
        quiet = bool(self.property("quiet_close"))
        for job in self.findChildren(Job):  # a backup or restore in progress ends first
            job.wait()
        for wiz in list(self.wizards):
            if quiet:
                wiz.close_without_questions()
            elif not wiz.close():
                event.ignore()
                return
        try:  # at most once a day, into backups/ beside the database
            automatic_backup(self.store.path, now=datetime.now(), rule=self.store.keep_rule(),
                             key=self.store.key)
        except BackupError as exc:
            if quiet:
                log.warning("automatic backup at shut-down failed: %s", type(exc).__name__)
            else:
                dialogs.warn(self, tr("Cadangan otomatis gagal"),
                             str(exc) if exc.source_damaged else str(exc) + "\n"
                             + tr("Data tetap utuh; cadangkan secara manual bila perlu."))
        except DatabaseRefused:
            pass  # the file is gone or replaced: nothing of ours to back up
        event.accept()

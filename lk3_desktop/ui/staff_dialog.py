"""Staff list: add and edit staff members, their NIP, position and SOP roles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.staff import LABELS
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.i18n import tr
from lk3_desktop.store import Store
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.signin_dialog import AccountDialog
from lk3_desktop.ui.widgets import LineField, error_banner, fit_to_screen, show_field_errors


class StaffDialog(QDialog):
    staff_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.current_id: str | None = None
        self.setObjectName("staffDialog")
        self.setWindowTitle(tr("Petugas — LK3 Desktop"))
        fit_to_screen(self, 940, 500)

        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("staff.list")
        self.list.setMinimumWidth(250)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(tr("Daftar petugas"))
        self.list.currentItemChanged.connect(self._on_select)
        left.addWidget(self.list, 1)
        self.add_button = QPushButton(tr("+ Petugas baru"))
        self.add_button.setObjectName("staff.new")
        self.add_button.clicked.connect(self.new_staff)
        left.addWidget(self.add_button)
        lay.addLayout(left, 2)

        right = QVBoxLayout()
        self.errors = error_banner("staff.errors")
        right.addWidget(self.errors)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.name = LineField(tr("Nama lengkap dengan gelar"), 200)
        self.nip = LineField(tr("18 angka; kosongkan bila bukan ASN"), 30)
        self.position = LineField(tr("Misalnya Pekerja Sosial Ahli Pertama"), 200)
        self.fields = {"name": self.name, "nip": self.nip, "position": self.position}
        for key, w in self.fields.items():
            w.setObjectName(f"staff.{key}")
            w.setAccessibleName(LABELS[key])
            caption = QLabel(LABELS[key] + (" *" if key == "name" else ""))
            caption.setBuddy(w)
            form.addRow(caption, w)
        roles_box = QVBoxLayout()
        self.role_boxes: dict[str, QCheckBox] = {}
        for role in store.sop.all_roles:
            cb = QCheckBox(store.sop.role_label(role))
            cb.setObjectName(f"staff.role.{role.key}")
            cb.setAccessibleName(tr("Peran: {role}").format(role=tr(role.name)))
            self.role_boxes[role.key] = cb
            roles_box.addWidget(cb)
        self.roles_holder = QWidget()
        self.roles_holder.setObjectName("staff.roles")
        self.roles_holder.setLayout(roles_box)
        form.addRow(QLabel(LABELS["roles"] + " *"), self.roles_holder)
        self.active = QCheckBox(tr("Aktif (dapat dipilih sebagai pelaksana)"))
        self.active.setObjectName("staff.active")
        self.active.setChecked(True)
        form.addRow("", self.active)
        # Sign-in account of this person (a file with accounts; the Administrator's task).
        self.account_label = QLabel()
        self.account_label.setObjectName("staff.account")
        self.account_label.setWordWrap(True)
        self.account_button = QPushButton()
        self.account_button.setObjectName("staff.account_button")
        self.account_button.clicked.connect(self.edit_account)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(self.account_button)
        self.account_caption = QLabel(tr("Akun"))
        form.addRow(self.account_caption, account_row)
        right.addLayout(form)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(tr("&Simpan"))
        self.save_button.setObjectName("staff.save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr("&Tutup"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        right.addLayout(buttons)
        lay.addLayout(right, 3)
        self.reload()
        if self.list.count() == 0:
            self.new_staff()

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.store.list_staff(include_inactive=True):
            item = QListWidgetItem(s["name"] if s["active"]
                                   else tr("{name} (tidak aktif)").format(name=s["name"]))
            item.setData(Qt.ItemDataRole.UserRole, s["id"])
            self.list.addItem(item)
            if s["id"] == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _saved_values(self) -> dict:
        if self.current_id is None:
            return {"name": "", "nip": "", "position": "", "roles": [], "active": True}
        s = self.store.staff(self.current_id) or {}
        return {k: s.get(k) for k in ("name", "nip", "position", "roles", "active")}

    def _may_discard(self) -> bool:
        """True if there is nothing unsaved, or the user agrees to drop it."""
        if self.values() == self._saved_values():
            return True
        return dialogs.ask(self, tr("Perubahan belum disimpan"),
                           tr("Perubahan data petugas ini belum disimpan. Buang perubahan?"))

    def _on_select(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        if item.data(Qt.ItemDataRole.UserRole) != self.current_id and not self._may_discard():
            self.list.blockSignals(True)
            self.reload(select=self.current_id)
            self.list.blockSignals(False)
            return
        s = self.store.staff(item.data(Qt.ItemDataRole.UserRole))
        if s is None:
            return
        self._show_staff(s)

    def _show_staff(self, s: dict) -> None:
        """The form shows staff member `s` as stored."""
        self.current_id = s["id"]
        self.name.set_value(s["name"])
        self.nip.set_value(s["nip"])
        self.position.set_value(s["position"])
        for key, cb in self.role_boxes.items():
            cb.setChecked(key in s["roles"])
        self.active.setChecked(s["active"])
        self._show_errors([])
        self._show_account()

    def _show_account(self) -> None:
        shown = self.store.has_accounts()
        for w in (self.account_caption, self.account_label, self.account_button):
            w.setVisible(shown)
        if not shown:
            return
        account = self.store.account_for_staff(self.current_id) if self.current_id else None
        if self.current_id is None:
            self.account_label.setText(tr("Simpan petugas ini dulu, lalu buat akunnya."))
        elif account is None:
            self.account_label.setText(tr("Belum mempunyai akun; belum dapat masuk."))
        else:
            self.account_label.setText(tr("Nama pengguna: {username}").format(
                username=account["username"]))
        self.account_button.setText(tr("Atur ulang &sandi…") if account else tr("Buat a&kun…"))
        self.account_button.setEnabled(self.current_id is not None)

    def edit_account(self) -> AccountDialog | None:
        if self.current_id is None:
            return None
        dialog = AccountDialog(self.store, self.current_id, self)
        dialog.accepted.connect(self._show_account)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def new_staff(self) -> None:
        if self.list.count() and not self._may_discard():
            return
        self.current_id = None
        self.list.clearSelection()
        for w in self.fields.values():
            w.set_value("")
        for cb in self.role_boxes.values():
            cb.setChecked(False)
        self.active.setChecked(True)
        self._show_errors([])
        self._show_account()
        self.name.setFocus()

    def values(self) -> dict:
        return {
            "name": self.name.value(),
            "nip": self.nip.value(),
            "position": self.position.value(),
            "roles": [k for k, cb in self.role_boxes.items() if cb.isChecked()],
            "active": self.active.isChecked(),
        }

    def save(self) -> bool:
        try:
            staff_id = self.store.save_staff(self.values(), self.current_id)
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except StoreWriteError as exc:
            dialogs.warn(self, tr("Gagal menyimpan"), str(exc))
            return False
        # The store keeps the NIP without spaces and the name trimmed: show what it kept, so
        # the form does not differ from the saved record (closing would ask about "unsaved"
        # changes that were saved).
        saved = self.store.staff(staff_id)
        assert saved is not None  # written just now
        self._show_staff(saved)
        self.reload(select=staff_id)
        self.staff_changed.emit()
        return True

    def _show_errors(self, errors) -> None:
        show_field_errors({**self.fields, "roles": self.roles_holder}, self.errors, errors)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._may_discard():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:  # Escape
        if self._may_discard():
            super().reject()

"""Signing in: the first Administrator of a new file, the sign-in at every start, changing
one's password, and the idle lock's unlock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop import APP_NAME
from lk3_desktop.auth import (
    SignInRefused,
    new_encrypted_file,
    sign_in,
    sign_in_with_recovery_key,
    undo_encrypted_file,
    waiting_message,
)
from lk3_desktop.domain.access import ADMINISTRATOR, User
from lk3_desktop.domain.signin import check_password, check_username, wait_left, wait_seconds
from lk3_desktop.domain.validation import FieldError, ValidationFailed
from lk3_desktop.i18n import tr
from lk3_desktop.store import DatabaseRefused, Store
from lk3_desktop.store.conversion import ConversionError
from lk3_desktop.store.crypto import KeyFileError
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui.widgets import error_banner, show_field_errors


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    return field


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("signin.ok")
    ok.setDefault(True)
    cancel = box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName("signin.cancel")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _Countdown:
    """Keeps a button disabled for the growing wait after wrong passwords, saying how long."""

    def __init__(self, button: QPushButton, label: QLabel):
        self.button, self.label, self.left = button, label, 0
        self.timer = QTimer(button)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    def start(self, seconds: int) -> None:
        self.left = seconds
        if seconds > 0:
            self.button.setEnabled(False)
            _say(self.label, waiting_message(seconds))
            self.timer.start()

    def _tick(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.timer.stop()
            self.button.setEnabled(True)
            _say(self.label, tr("Silakan coba lagi."))
        else:
            _say(self.label, waiting_message(self.left))


class SignInDialog(QDialog):
    """Username and password; on success `store` is the signed-in Store."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, username: str = "",
                 clock: Callable[[], datetime] | None = None, check: bool = False):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.clock = clock
        self.check = check  # the start-up check of the whole file, once the key is known
        self.store: Store | None = None
        self.refused: DatabaseRefused | None = None  # the file would not open (damaged…)
        self.setObjectName("signInDialog")
        self.setWindowTitle(tr("Masuk — {app}").format(app=APP_NAME))
        lay = QVBoxLayout(self)
        intro = QLabel(tr("Masuk dengan akun Anda. Setiap isian dan setiap kasus yang dibuka "
                          "tercatat atas nama akun yang masuk."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("signin.username")
        self.username.setMaxLength(64)
        self.password = _password_field("signin.password")
        form.addRow(tr("&Nama pengguna:"), self.username)
        form.addRow(tr("&Sandi:"), self.password)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("signin.message")
        self.message.setWordWrap(True)
        self.message.setProperty("error", True)
        self.message.hide()  # shown with something to say
        lay.addWidget(self.message)
        forgot = QLabel(tr("Lupa sandi? Minta Administrator mengatur ulang sandi Anda. "
                           "Administrator yang lupa sandinya memakai kunci pemulihan kantor."))
        forgot.setWordWrap(True)
        forgot.setProperty("hint", True)
        lay.addWidget(forgot)
        self.buttons = _buttons(self, tr("&Masuk"), tr("&Keluar"))
        recover = self.buttons.addButton(tr("Dengan kunci &pemulihan…"),
                                         QDialogButtonBox.ButtonRole.ResetRole)
        recover.setObjectName("signin.recovery")
        recover.clicked.connect(self.with_recovery_key)
        lay.addWidget(self.buttons)
        ok_button = self.buttons.findChild(QPushButton, "signin.ok")
        assert ok_button is not None  # made by _buttons
        self.ok_button = ok_button
        self.countdown = _Countdown(self.ok_button, self.message)
        (self.password if username else self.username).setFocus()
        self.setMinimumWidth(440)

    def accept(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            _say(self.message, tr("Isi nama pengguna dan sandi."))
            return
        try:
            self.store = sign_in(self.db_path, username, password, clock=self.clock,
                                 check=self.check)
        except DatabaseRefused as exc:
            if exc.damaged:  # the caller offers a backup (with the key the password gave)
                self.refused = exc
                self.done(QDialog.DialogCode.Rejected)
                return
            _say(self.message, str(exc))
            return
        except SignInRefused as exc:
            self.password.clear()
            self.password.setFocus()
            _say(self.message, str(exc))
            if exc.wait:
                self.countdown.start(exc.wait)
                _say(self.message, str(exc))
            return
        super().accept()


    def with_recovery_key(self) -> RecoverySignInDialog:
        dialog = RecoverySignInDialog(self.db_path, self, username=self.username.text(),
                                      clock=self.clock)
        dialog.accepted.connect(lambda: self._recovered(dialog))
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _recovered(self, dialog: RecoverySignInDialog) -> None:
        self.store = dialog.store
        super().accept()


class RecoverySignInDialog(QDialog):
    """A forgotten password, or a file restored without its key file: the office's recovery
    key opens the file, and the person sets a new password for their account."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, username: str = "",
                 clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.db_path, self.clock = Path(db_path), clock
        self.store: Store | None = None
        self.setObjectName("recoverySignInDialog")
        self.setWindowTitle(tr("Masuk dengan kunci pemulihan — {app}").format(app=APP_NAME))
        lay = QVBoxLayout(self)
        note = QLabel(tr("Ketik kunci pemulihan kantor (dari brankas), nama pengguna Anda dan "
                         "sandi baru Anda. Sandi lama tidak berlaku lagi."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.errors = error_banner("recovery.errors")
        lay.addWidget(self.errors)
        form = QFormLayout()
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recovery.key_input")
        self.recovery.setMaxLength(80)
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit(username)
        self.username.setObjectName("recovery.username")
        self.username.setMaxLength(32)
        self.password = _password_field("recovery.password")
        self.repeat = _password_field("recovery.repeat")
        form.addRow(tr("&Kunci pemulihan:"), self.recovery)
        form.addRow(tr("&Nama pengguna:"), self.username)
        form.addRow(tr("Sandi &baru:"), self.password)
        form.addRow(tr("&Ulangi sandi baru:"), self.repeat)
        lay.addLayout(form)
        lay.addWidget(_buttons(self, tr("&Masuk"), tr("&Batal")))
        self.recovery.setFocus()
        self.setMinimumWidth(560)

    def accept(self) -> None:
        fields: dict[str, QWidget] = {"recovery": self.recovery, "username": self.username,
                                      "password": self.password, "repeat": self.repeat}
        if self.password.text() != self.repeat.text():
            show_field_errors(fields, self.errors, [FieldError(
                "repeat", tr("Ulangan sandi baru tidak sama."))])
            return
        try:
            self.store = sign_in_with_recovery_key(self.db_path, self.recovery.text(),
                                                   self.username.text(), self.password.text(),
                                                   clock=self.clock)
        except (SignInRefused, DatabaseRefused, StoreWriteError) as exc:
            field = "recovery" if isinstance(exc, DatabaseRefused) else ""
            show_field_errors(fields, self.errors, [FieldError(field, str(exc))])
            return
        super().accept()


class ChangePasswordDialog(QDialog):
    """The signed-in person's own password: asked at the first sign-in after a reset."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, required: bool = False):
        super().__init__(parent)
        self.store = store
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(tr("Ubah sandi — {app}").format(app=APP_NAME))
        lay = QVBoxLayout(self)
        if required:
            note = QLabel(tr("Sandi Anda diatur oleh Administrator. Pilih sandi Anda sendiri "
                             "sekarang; hanya Anda yang mengetahuinya."))
            note.setWordWrap(True)
            lay.addWidget(note)
        self.errors = error_banner("password.errors")
        lay.addWidget(self.errors)
        form = QFormLayout()
        self.old = _password_field("password.old")
        self.new = _password_field("password.new")
        self.repeat = _password_field("password.repeat")
        form.addRow(tr("Sandi &lama:"), self.old)
        form.addRow(tr("Sandi &baru:"), self.new)
        form.addRow(tr("&Ulangi sandi baru:"), self.repeat)
        lay.addLayout(form)
        hint = QLabel(tr("Paling sedikit 8 karakter. Kalimat pendek yang mudah Anda ingat "
                         "lebih aman daripada kata yang rumit."))
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        lay.addWidget(hint)
        lay.addWidget(_buttons(self, tr("&Simpan"), tr("&Batal")))
        self.old.setFocus()
        self.setMinimumWidth(460)

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            show_field_errors({"password.repeat": self.repeat}, self.errors, [FieldError(
                "password.repeat", tr("Ulangan sandi baru tidak sama."))])
            return
        try:
            self.store.change_password(self.old.text(), self.new.text())
        except ValidationFailed as exc:
            show_field_errors({"old_password": self.old, "password": self.new}, self.errors,
                              exc.errors)
            return
        except StoreWriteError as exc:
            show_field_errors({}, self.errors, [FieldError("", str(exc))])
            return
        super().accept()


class SetupDialog(QDialog):
    """A new (or not yet set up) file: its first account, an Administrator's."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.clock = clock
        self.store: Store | None = None
        self.recovery_key = ""
        self.plain_copy: Path | None = None
        self.setObjectName("setupDialog")
        self.setWindowTitle(tr("Penyiapan pertama — {app}").format(app=APP_NAME))
        lay = QVBoxLayout(self)
        intro = QLabel(tr(
            "Berkas data ini belum mempunyai akun. Buat akun Administrator pertama: "
            "Administrator membuat akun petugas lain, mengatur kantor dan memulihkan "
            "cadangan. Setiap orang lalu masuk dengan akunnya sendiri."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.errors = error_banner("setup.errors")
        lay.addWidget(self.errors)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("setup.name")
        self.name.setMaxLength(200)
        self.username = QLineEdit()
        self.username.setObjectName("setup.username")
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(tr("mis. admin atau rina.marlina"))
        self.password = _password_field("setup.password")
        self.repeat = _password_field("setup.repeat")
        form.addRow(tr("&Nama lengkap:"), self.name)
        form.addRow(tr("Nama &pengguna:"), self.username)
        form.addRow(tr("&Sandi:"), self.password)
        form.addRow(tr("&Ulangi sandi:"), self.repeat)
        lay.addLayout(form)
        self.also_roles: dict[str, QCheckBox] = {}
        store_roles = _sop_roles()
        roles_label = QLabel(tr("Orang ini juga bekerja sebagai (boleh dikosongkan):"))
        lay.addWidget(roles_label)
        for key, name in store_roles:
            box = QCheckBox(name)
            box.setObjectName(f"setup.role.{key}")
            self.also_roles[key] = box
            lay.addWidget(box)
        lay.addWidget(_buttons(self, tr("&Buat akun"), tr("&Keluar")))
        self.name.setFocus()
        self.setMinimumWidth(660)

    def accept(self) -> None:
        fields: dict[str, QWidget] = {"name": self.name, "username": self.username,
                                      "password": self.password, "repeat": self.repeat}
        errors: list[FieldError] = []
        if not self.name.text().strip():
            errors.append(FieldError("name", tr("Nama lengkap wajib diisi.")))
        bad = check_username(self.username.text())
        if bad:
            errors.append(FieldError("username", bad))
        bad = check_password(self.password.text(), self.username.text())
        if bad:
            errors.append(FieldError("password", bad))
        elif self.password.text() != self.repeat.text():
            errors.append(FieldError("repeat", tr("Ulangan sandi tidak sama.")))
        if errors:
            show_field_errors(fields, self.errors, errors)
            return
        roles = [ADMINISTRATOR] + [k for k, box in self.also_roles.items() if box.isChecked()]
        try:
            self.store = self._set_up(roles)
        except (ValidationFailed, StoreWriteError, ConversionError, KeyFileError) as exc:
            errs = exc.errors if isinstance(exc, ValidationFailed) else [FieldError("", str(exc))]
            show_field_errors(fields, self.errors, errs)
            return
        super().accept()

    def _set_up(self, roles: list[str]) -> Store:
        """The file encrypted under a new recovery key (an existing plain file is converted,
        its plain copy kept aside), the Administrator's account wrapping its key."""
        store, self.recovery_key, self.plain_copy = new_encrypted_file(self.db_path,
                                                                       clock=self.clock)
        try:
            with store.transaction():
                staff_id = store.save_staff({"name": self.name.text(), "roles": roles})
                store.create_account(staff_id, self.username.text(), self.password.text(),
                                     must_change=False)
            account = store.account(self.username.text())
            assert account is not None  # made just above
            store.user = store.user_for(account)
            store.record_sign_in(self.username.text(), ok=True)
        except BaseException:
            store.close()
            undo_encrypted_file(self.db_path, self.plain_copy)
            self.plain_copy = None
            raise
        return store


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once at set-up: to print or write down and keep in the office
    safe. The dialog closes only once the person says it is kept."""

    def __init__(self, recovery_key: str, db_path: Path, parent: QWidget | None = None, *,
                 plain_copy: Path | None = None):
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(tr("Kunci pemulihan — {app}").format(app=APP_NAME))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        lay = QVBoxLayout(self)
        intro = QLabel(tr(
            "Berkas data {name} kini terenkripsi. Sandi petugas membukanya di laptop ini. "
            "Kunci pemulihan di bawah membuka berkas ini dan setiap salinannya di komputer "
            "mana pun, juga bila semua sandi terlupa. Cetak atau salin dengan tangan, lalu "
            "simpan di brankas kantor, terpisah dari laptop dan flashdisk.").format(
                name=db_path.name))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recovery.key")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.key_label.font()
        font.setFamily("DejaVu Sans Mono")
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.key_label.setFont(font)
        lay.addWidget(self.key_label)
        warning = QLabel(tr(
            "Kunci ini hanya ditampilkan sekali. Tanpa sandi yang berlaku dan tanpa kunci "
            "pemulihan, data dalam berkas ini hilang untuk selamanya: tidak ada yang dapat "
            "membukanya, termasuk pembuat program."))
        warning.setObjectName("recovery.warning")
        warning.setWordWrap(True)
        warning.setProperty("error", True)
        lay.addWidget(warning)
        if plain_copy is not None:
            note = QLabel(tr(
                "Salinan lama yang belum terenkripsi disimpan sebagai {path}. Hapus salinan itu "
                "lewat Pengaturan kantor setelah Anda memastikan semua data ada.").format(
                    path=plain_copy))
            note.setWordWrap(True)
            note.setProperty("hint", True)
            lay.addWidget(note)
        save = QPushButton(tr("Simpan sebagai PDF untuk &dicetak…"))
        save.setObjectName("recovery.save_pdf")
        save.clicked.connect(self.save_pdf)
        lay.addWidget(save)
        self.kept = QCheckBox(tr("Saya sudah &mencetak atau mencatat kunci ini."))
        self.kept.setObjectName("recovery.kept")
        lay.addWidget(self.kept)
        box = QDialogButtonBox()
        self.ok_button = box.addButton(tr("&Lanjut"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("recovery.ok")
        self.ok_button.setEnabled(False)
        self.kept.toggled.connect(self.ok_button.setEnabled)
        box.accepted.connect(self.accept)
        lay.addWidget(box)
        # Word-wrapped labels: the dialog takes the height they need at its width.
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(600)

    def reject(self) -> None:  # Esc: the key must not be lost by a stray key press
        pass

    def accept(self) -> None:
        if self.kept.isChecked():
            super().accept()

    def save_pdf(self) -> Path | None:
        from lk3_desktop.ui import dialogs

        path = dialogs.save_file_path(self, tr("Simpan kunci pemulihan"),
                                      Path.home() / "kunci-pemulihan-lk3.pdf")
        if path is None:
            return None
        from lk3_desktop.pdf.recovery_key import recovery_key_pdf

        try:
            path.write_bytes(recovery_key_pdf(self.recovery_key))
        except OSError as exc:
            dialogs.warn(self, tr("Gagal menyimpan"), str(exc))
            return None
        return path


def _sop_roles() -> list[tuple[str, str]]:
    from lk3_desktop.sop import load_sop

    sop = load_sop()
    return [(r.key, sop.role_label(r)) for r in sop.all_roles if r.key != ADMINISTRATOR]


class UnlockDialog(QDialog):
    """The idle lock: the same person's password brings back the windows as they were; or
    "Ganti petugas" signs them out (their drafts are saved first)."""

    SWITCH = 2  # result code of "Ganti petugas"

    def __init__(self, store: Store, user: User, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.user = store, user
        self.setObjectName("unlockDialog")
        self.setWindowTitle(tr("Terkunci — {app}").format(app=APP_NAME))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        lay = QVBoxLayout(self)
        note = QLabel(tr("Layar dikunci karena tidak dipakai. Masukkan sandi {name} ({username}) "
                         "untuk melanjutkan; isian yang sedang diketik tidak hilang.").format(
                             name=user.name, username=user.username))
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.password = _password_field("unlock.password")
        form.addRow(tr("&Sandi:"), self.password)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("unlock.message")
        self.message.setWordWrap(True)
        self.message.setProperty("error", True)
        self.message.hide()  # shown with something to say
        lay.addWidget(self.message)
        box = QDialogButtonBox()
        self.ok_button = box.addButton(tr("&Buka"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("unlock.ok")
        self.ok_button.setDefault(True)
        switch = box.addButton(tr("&Ganti petugas"), QDialogButtonBox.ButtonRole.ResetRole)
        switch.setObjectName("unlock.switch")
        switch.clicked.connect(lambda: self.done(self.SWITCH))
        box.accepted.connect(self.accept)
        lay.addWidget(box)
        self.countdown = _Countdown(self.ok_button, self.message)
        self.password.setFocus()
        self.setMinimumWidth(440)

    def reject(self) -> None:  # Esc never unlocks
        pass

    def accept(self) -> None:
        failures, last = self.store.failed_tries(self.user.username)
        left = wait_left(failures, last, self.store.clock())
        if left:
            self.countdown.start(left)
            return
        ok = self.store.verify_password(self.user.username, self.password.text()) is not None
        self.store.record_sign_in(self.user.username, ok=ok)
        self.password.clear()
        if not ok:
            wait = wait_seconds(failures + 1)
            _say(self.message, tr("Sandi salah."))
            if wait:
                self.countdown.start(wait)
            return
        super().accept()


class AccountDialog(QDialog):
    """The Administrator makes an account for a staff member, or resets its password; the
    person chooses their own password at their next sign-in."""

    def __init__(self, store: Store, staff_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.staff_id = store, staff_id
        self.account = store.account_for_staff(staff_id)
        staff = store.staff(staff_id) or {"name": ""}
        self.setObjectName("accountDialog")
        self.setWindowTitle((tr("Atur ulang sandi — {name}") if self.account
                             else tr("Akun baru — {name}")).format(name=staff["name"]))
        lay = QVBoxLayout(self)
        note = QLabel(tr("Berikan sandi sementara ini kepada {name} secara langsung. Saat "
                         "masuk pertama kali, ia harus memilih sandinya sendiri.").format(
                             name=staff["name"]))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.errors = error_banner("account.errors")
        lay.addWidget(self.errors)
        form = QFormLayout()
        self.username = QLineEdit(self.account["username"] if self.account else "")
        self.username.setObjectName("account.username")
        self.username.setMaxLength(32)
        self.username.setReadOnly(self.account is not None)
        self.password = _password_field("account.password")
        self.repeat = _password_field("account.repeat")
        form.addRow(tr("Nama &pengguna:"), self.username)
        form.addRow(tr("Sandi &sementara:"), self.password)
        form.addRow(tr("&Ulangi sandi:"), self.repeat)
        lay.addLayout(form)
        lay.addWidget(_buttons(self, tr("&Simpan"), tr("&Batal")))
        (self.password if self.account else self.username).setFocus()
        self.setMinimumWidth(460)

    def accept(self) -> None:
        fields: dict[str, QWidget] = {"username": self.username, "password": self.password,
                                      "repeat": self.repeat}
        if self.password.text() != self.repeat.text():
            show_field_errors(fields, self.errors, [FieldError(
                "repeat", tr("Ulangan sandi tidak sama."))])
            return
        try:
            if self.account is None:
                self.store.create_account(self.staff_id, self.username.text(),
                                          self.password.text())
            else:
                self.store.reset_password(self.account["username"], self.password.text())
        except ValidationFailed as exc:
            show_field_errors(fields, self.errors, exc.errors)
            return
        except StoreWriteError as exc:
            show_field_errors(fields, self.errors, [FieldError("", str(exc))])
            return
        super().accept()

"""Cancel a case made by mistake ("Batalkan kasus"): it keeps its agenda number, shows as
Batal and leaves the default list; the reason is required and the audit log keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.access import AccessDenied
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.i18n import tr
from lk3_desktop.store import Store
from lk3_desktop.store.store import StoreWriteError


class CancelCaseDialog(QDialog):
    def __init__(self, store: Store, rid: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cancelCase")
        self.store = store
        self.rid = rid
        number = store.referral(rid)["agenda_number"]
        self.setWindowTitle(tr("Batalkan kasus {number}").format(number=number))
        lay = QVBoxLayout(self)
        self.intro = intro = QLabel(tr(
            "Kasus {number} ({name}) akan dibatalkan. Nomor agendanya tetap tercatat dan "
            "dokumen yang sudah dicetak tetap ada di buku agenda; kasus ini tidak dapat "
            "diubah lagi dan tidak tampil di daftar kecuali Anda memilih status Dibatalkan. Log "
            "audit mencatat siapa yang membatalkan dan alasannya.").format(
                number=number, name=name or tr("(nama belum diisi)")))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        label = QLabel(tr("&Alasan pembatalan *"))
        lay.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("cancelCase.reason")
        self.reason.setAccessibleName(tr("Alasan pembatalan"))
        self.reason.setPlaceholderText(tr("Misalnya: terdaftar dua kali, salah tekan "
                                          "Rujukan baru, klien tidak jadi dirujuk"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        label.setBuddy(self.reason)
        lay.addWidget(self.reason)
        self.message = QLabel()
        self.message.setObjectName("cancelCase.message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        lay.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(tr("&Batalkan kasus"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("cancelCase.ok")
        back = buttons.addButton(tr("&Kembali"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.reason.setFocus()
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.store.cancel_case(self.rid, self.reason.toPlainText())
        except ValidationFailed as exc:
            self._say(" ".join(e.message for e in exc.errors))
            return
        except (AccessDenied, StoreWriteError) as exc:
            self._say(str(exc))
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.reason.setFocus()

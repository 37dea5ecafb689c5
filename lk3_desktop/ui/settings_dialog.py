"""Office settings: letterhead, signatories (name, rank, NIP), paper, document numbering, the
automatic backups (where, how many, how many to keep), and the interface language (a per-user
setting kept with QSettings, not in the database)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.access import Action
from lk3_desktop.domain.backups import RULE_FIELDS, rule_from
from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.domain.office import LABELS, PAPERS, OfficeSettings, format_number
from lk3_desktop.domain.signin import IDLE_LOCK_RANGE
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.i18n import LANGUAGES, tr
from lk3_desktop.store import Store
from lk3_desktop.store.backup import automatic_folder, backups_in
from lk3_desktop.store.conversion import ConversionError, plain_copies, remove_plain_copy
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import LineField, NumberField, error_banner, fit_to_screen, show_field_errors


def groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The office settings by group: (title in the interface language, setting keys)."""
    return (
        (tr("Kop surat"), ("government", "office", "address", "phone", "email", "logo_path",
                           "city", "lk3_name")),
        (tr("Kepala dinas"), ("head_title", "head_name", "head_rank", "head_nip")),
        (tr("Kepala seksi (“Mengetahui” pada surat rujukan dan catatan konseling)"),
         ("section_title", "section_name", "section_rank", "section_nip")),
        (tr("Dokumen"), ("paper", "number_pattern")),
    )


def _paper_name(paper: str) -> str:
    """How a paper size is offered in the combo."""
    return tr("A4 (210 × 297 mm)") if paper == "A4" else tr("F4/folio (215 × 330 mm)")


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Pengaturan kantor — LK3 Desktop"))
        fit_to_screen(self, 760, 680)
        outer = QVBoxLayout(self)
        self.errors = error_banner("settings.errors")
        outer.addWidget(self.errors)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        holder = QWidget()
        body = QVBoxLayout(holder)
        self.fields: dict[str, Any] = {}  # a LineField each, a QComboBox for the paper
        current = store.office_settings()
        w: QComboBox | LineField
        for title, keys in groups():
            head = QLabel(f"<b>{title}</b>")
            body.addWidget(head)
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for key in keys:
                if key == "paper":
                    w = QComboBox()
                    for p in PAPERS:
                        w.addItem(_paper_name(p), p)
                    w.setCurrentIndex(w.findData(current.paper))
                else:
                    w = LineField("", 500)
                    w.set_value(getattr(current, key))
                w.setObjectName(f"settings.{key}")
                w.setAccessibleName(LABELS[key])
                self.fields[key] = w
                if key == "logo_path":
                    row = QHBoxLayout()
                    row.addWidget(w, 1)
                    browse = QPushButton(tr("Pilih…"))
                    browse.clicked.connect(self._choose_logo)
                    row.addWidget(browse)
                    form.addRow(LABELS[key], row)
                else:
                    form.addRow(LABELS[key], w)
            body.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("settings.number_preview")
        self.preview.setProperty("hint", True)
        body.addWidget(self.preview)
        pattern = self.fields["number_pattern"]
        pattern.changed.connect(self._preview_number)
        # The braces are the pattern's own fields, shown as they are (no .format here).
        hint = QLabel(tr("Pola nomor: {seq} nomor urut (mulai 1 tiap tahun), {seq3} nomor urut "
                         "tiga angka, {roman_month} bulan Romawi, {month} bulan, {year} tahun."))
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        body.addWidget(hint)
        self._build_backup_section(body)
        self._build_language_section(body)
        body.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        save = QPushButton(tr("&Simpan"))
        save.setObjectName("settings.save")
        save.setDefault(True)
        save.clicked.connect(self.save)
        close = QPushButton(tr("&Tutup"))
        close.clicked.connect(self.reject)
        buttons.addWidget(save)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self._preview_number()
        self._limit_to_own_choices()

    def _build_backup_section(self, body: QVBoxLayout) -> None:
        """Where the automatic backups are, how many there are and when the last was made,
        and how many of them to keep."""
        body.addWidget(QLabel(tr("<b>Cadangan otomatis</b> (dibuat saat program ditutup, "
                                 "paling banyak sekali sehari)")))
        folder = automatic_folder(self.store.path.resolve())
        made = backups_in(folder)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        where = QHBoxLayout()
        path = QLabel(str(folder))
        path.setObjectName("settings.backup_folder")
        path.setWordWrap(True)
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.addWidget(path, 1)
        show = QPushButton(tr("Buka folder"))
        show.setObjectName("settings.open_backups")
        show.setEnabled(folder.is_dir())
        show.clicked.connect(lambda: dialogs.open_folder(folder))
        where.addWidget(show)
        form.addRow(tr("Folder"), where)
        state = QLabel(
            tr("{count} cadangan; terakhir {when}").format(
                count=len(made), when=format_datetime(max(made).isoformat(timespec="minutes")))
            if made else tr("Belum ada cadangan otomatis."))
        state.setObjectName("settings.backup_state")
        form.addRow(tr("Isi folder"), state)
        rule = self.store.keep_rule()
        self.rule_fields: dict[str, NumberField] = {}
        for key, (label, low, high, unit) in RULE_FIELDS.items():
            w = NumberField(low, high, suffix=f" {unit}")
            w.setMaximumWidth(160)
            w.set_value(getattr(rule, key))
            w.setObjectName(f"settings.backup_{key}")
            w.setAccessibleName(label)
            self.rule_fields[key] = w
            form.addRow(label, w)
        body.addLayout(form)
        self.idle_lock = NumberField(*IDLE_LOCK_RANGE, suffix=" " + tr("menit"))
        self.idle_lock.setMaximumWidth(160)
        self.idle_lock.set_value(self.store.idle_lock_minutes())
        self.idle_lock.setObjectName("settings.idle_lock_minutes")
        self.idle_lock.setAccessibleName(tr("Kunci layar bila tidak dipakai"))
        form.addRow(tr("Kunci layar bila tidak dipakai"), self.idle_lock)
        self._build_plain_copies(form)
        note = QLabel(tr("Cadangan yang tidak lagi termasuk aturan ini dihapus dari folder di "
                         "atas. Salinan pengaman \"sebelum-pulih\" dan berkas lain di folder itu "
                         "tidak pernah dihapus. Untuk cadangan di luar laptop: Berkas → "
                         "Cadangkan ke folder (flashdisk)."))
        note.setWordWrap(True)
        note.setProperty("hint", True)
        body.addWidget(note)

    def _build_plain_copies(self, form: QFormLayout) -> None:
        """An encrypted file's unencrypted copies still on this laptop (the copy kept aside
        at conversion, backups from before): listed, and deleted once the person is sure
        the encrypted file holds everything."""
        self.plain_copies: list[Path] = (plain_copies(self.store.path)
                                         if self.store.key is not None else [])
        if not self.plain_copies:
            return
        names = "\n".join(str(p) for p in self.plain_copies)
        label = QLabel(tr("{count} salinan lama belum terenkripsi di laptop ini; nama klien di "
                          "dalamnya dapat dibaca siapa saja.").format(
                              count=len(self.plain_copies)))
        label.setObjectName("settings.plain_copies")
        label.setWordWrap(True)
        label.setToolTip(names)
        remove = QPushButton(tr("&Hapus salinan belum terenkripsi…"))
        remove.setObjectName("settings.remove_plain")
        remove.clicked.connect(self.remove_plain_copies)
        self.remove_plain_button = remove
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(remove)
        form.addRow(tr("Salinan lama"), row)

    def remove_plain_copies(self) -> int:
        """Delete the unencrypted copies after a question; the number deleted."""
        if self.store.key is None or not self.plain_copies:
            return 0
        if not dialogs.ask(self, tr("Hapus salinan belum terenkripsi"), tr(
                "Hapus {count} salinan lama yang belum terenkripsi? Pastikan dulu semua data "
                "ada di berkas terenkripsi. Salinan di flashdisk harus Anda hapus sendiri."
        ).format(count=len(self.plain_copies))):
            return 0
        removed = 0
        for copy in self.plain_copies:
            try:
                remove_plain_copy(copy, self.store.path, self.store.key)
                removed += 1
            except ConversionError as exc:
                dialogs.warn(self, tr("Salinan tidak dihapus"), str(exc))
                break
        self.store.audit_event("remove_plain_copies", "database", "-", {"count": removed})
        self.plain_copies = self.plain_copies[removed:]
        return removed

    def _build_language_section(self, body: QVBoxLayout) -> None:
        """The interface language, for this user on this computer, from the next start on."""
        from lk3_desktop.app import saved_language  # app imports the main window, and it us

        body.addWidget(QLabel("<b>{}</b>".format(tr("Tampilan"))))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.language = QComboBox()
        self.language.setObjectName("settings.language")
        self.language.setAccessibleName(tr("Bahasa tampilan"))
        for code, name in LANGUAGES.items():  # each language in its own words: not translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        form.addRow(tr("Bahasa tampilan"), self.language)
        body.addLayout(form)
        note = QLabel(tr("Bahasa baru berlaku saat program dibuka lagi. Dokumen cetak tetap "
                         "berbahasa Indonesia."))
        note.setWordWrap(True)
        note.setProperty("hint", True)
        body.addWidget(note)

    def _save_language(self) -> None:
        """Keep the chosen interface language (QSettings), writing only if it changed."""
        from lk3_desktop.app import save_language, saved_language

        code = self.language.currentData()
        if code != saved_language():
            save_language(code)

    def _choose_logo(self) -> None:
        path = dialogs.open_image_path(self, tr("Pilih logo"))
        if path is not None:
            self.fields["logo_path"].set_value(str(path))

    def _preview_number(self) -> None:
        today = self.store.today()
        try:
            example = format_number(self.fields["number_pattern"].value(), seq=1,
                                    year=today.year, month=today.month)
            self.preview.setText(tr("Contoh nomor pertama tahun ini: {example}").format(example=example))
        except Exception:  # any str.format failure while the pattern is being typed
            self.preview.setText(tr("Pola nomor belum benar."))

    def values(self) -> dict[str, str]:
        out = {}
        for key in OfficeSettings.field_names():
            w = self.fields[key]
            out[key] = w.currentData() if isinstance(w, QComboBox) else w.value()
        return out

    def save(self) -> bool:
        rule = {key: w.value() for key, w in self.rule_fields.items()}
        try:
            if self.office_denied is None:
                rule_from(rule)  # both parts valid before either is saved
                self.store.save_office_settings(self.values())
                self.store.save_keep_rule(rule)
                self.store.save_idle_lock_minutes(int(self.idle_lock.value() or 0))
            self._save_language()
        except ValidationFailed as exc:
            self._show_errors(exc.errors)
            return False
        except StoreWriteError as exc:
            dialogs.warn(self, tr("Gagal menyimpan"), str(exc))
            return False
        self._show_errors([])
        self.saved.emit()
        self.accept()
        return True

    def _show_errors(self, errors) -> None:
        show_field_errors({**self.fields, **self.rule_fields,
                           "idle_lock_minutes": self.idle_lock}, self.errors, errors)

    def _limit_to_own_choices(self) -> None:
        """Someone who may not change the office's settings (not the Administrator) sees
        them, and chooses only their own interface language."""
        self.office_denied = self.store.denied(Action.OFFICE_SETTINGS)
        if self.office_denied is None:
            return
        for w in [*self.fields.values(), *self.rule_fields.values(), self.idle_lock,
                  *self.findChildren(QPushButton, "settings.remove_plain")]:
            w.setEnabled(False)
        self.errors.setText(self.office_denied + " " + tr(
            "Anda hanya dapat memilih bahasa tampilan."))
        self.errors.setVisible(True)

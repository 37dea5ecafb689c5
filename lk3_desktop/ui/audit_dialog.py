"""The audit log for the Administrator and the Kepala Seksi: who did what to which case and
when, filtered, read page by page as the list scrolls, exported as CSV, and whether the log
was changed outside the program."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.domain.access import AccessDenied, Action
from lk3_desktop.domain.dates import format_datetime
from lk3_desktop.i18n import tr
from lk3_desktop.store import Store
from lk3_desktop.store.audit_chain import ChainCheck, describe
from lk3_desktop.store.audit_view import PAGE, AuditEntry, AuditFilter, action_choices
from lk3_desktop.store.store import StoreWriteError
from lk3_desktop.ui import dialogs
from lk3_desktop.ui.widgets import DateField, LineField, error_banner, fit_to_screen

Index = QModelIndex | QPersistentModelIndex
DEFAULT_DAYS = 30  # the period the view opens on: today and the 29 days before


def headers() -> tuple[str, ...]:
    """The table's column headers, in the interface language."""
    return (tr("No."), tr("Waktu"), tr("Petugas"), tr("Tindakan"), tr("Data"), tr("Kasus"),
            tr("Isian"))


class AuditTableModel(QAbstractTableModel):
    """The rows of one filter, newest first; the next page is read from the store when the
    view scrolls to the end (canFetchMore/fetchMore), so 100,000 rows cost one page."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.filter = AuditFilter()
        self.rows: list[AuditEntry] = []
        self.more = False
        self.headers = headers()

    def set_filter(self, f: AuditFilter, *, empty: bool = False) -> None:
        """Show the rows of `f` from the newest; `empty`: show none (a filter that cannot
        match, such as a period that ends before it begins)."""
        self.beginResetModel()
        self.filter, self.rows, self.more = f, [], not empty
        self.endResetModel()
        if not empty:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt idiom)
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 (Qt idiom)
        if parent.isValid() or not self.more:
            return
        before = self.rows[-1].seq if self.rows else None
        page = self.store.audit_query(self.filter, before=before, limit=PAGE)
        self.more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt idiom)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt idiom)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
                return format_datetime(e.at)
            return (str(e.seq), e.when, e.who, e.action_name, e.table_title, e.agenda_number,
                    e.fields)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.UserRole:
            return e.seq
        return None


class AuditDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("auditDialog")
        self.setWindowTitle(tr("Log audit — LK3 Desktop"))
        fit_to_screen(self, 1100, 680)
        lay = QVBoxLayout(self)

        grid = QGridLayout()
        self.staff = QComboBox()
        self.staff.setObjectName("audit.staff")
        self.staff.setAccessibleName(tr("Petugas"))
        self.staff.addItem(tr("Semua"), "")
        for actor, name in store.audit_actors():
            self.staff.addItem(name, actor)
        self.action = QComboBox()
        self.action.setObjectName("audit.action")
        self.action.setAccessibleName(tr("Tindakan"))
        self.action.addItem(tr("Semua"), "")
        for key, name in action_choices():
            self.action.addItem(name, key)
        today = store.today()
        self.date_from = DateField()
        self.date_from.setObjectName("audit.from")
        self.date_from.setAccessibleName(tr("Dari tanggal"))
        self.date_from.set_value((today - timedelta(days=DEFAULT_DAYS - 1)).isoformat())
        self.date_to = DateField()
        self.date_to.setObjectName("audit.to")
        self.date_to.setAccessibleName(tr("Sampai tanggal"))
        self.date_to.set_value(today.isoformat())
        self.client = LineField(tr("No. agenda, NIK atau nama klien"), 200)
        self.client.setObjectName("audit.client")
        self.client.setAccessibleName(tr("Klien"))
        self.client.setToolTip(tr("Menampilkan catatan semua kasus klien itu: data klien, "
                                  "kasus, langkah, masalah, rencana tindakan dan dokumen."))
        self.client.setClearButtonEnabled(True)
        for col, (text, w) in enumerate(((tr("&Petugas:"), self.staff),
                                         (tr("Ti&ndakan:"), self.action),
                                         (tr("&Dari:"), self.date_from),
                                         (tr("&Sampai:"), self.date_to))):
            grid.addWidget(self._caption(text, w), 0, 2 * col)
            grid.addWidget(w, 0, 2 * col + 1)
        grid.addWidget(self._caption(tr("&Klien:"), self.client), 1, 0)
        grid.addWidget(self.client, 1, 1, 1, 7)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        lay.addLayout(grid)

        self.model = AuditTableModel(store)
        self.table = QTableView()
        self.table.setObjectName("audit.table")
        self.table.setAccessibleName(tr("Catatan log audit"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths from typical contents, not from the rows (there may be 100,000 of them);
        # what does not fit shows whole in the cell's tooltip and in the detail below.
        for col, sample in enumerate(("1000000", "28 Nov 2026 23.59",
                                      "Maria Goreti Lamba, S.Psi.",
                                      tr("Mencadangkan"), tr("Rencana tindakan"),
                                      "LK3/2026/0000")):
            header.resizeSection(col, self.fontMetrics().horizontalAdvance(sample) + 16)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        lay.addWidget(self.table, 1)

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("audit.detail")
        self.detail.setAccessibleName(tr("Rincian catatan"))
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)
        self.detail.setPlaceholderText(tr("Pilih satu baris untuk melihat rinciannya."))
        lines = 7
        self.detail.setFixedHeight(self.detail.fontMetrics().lineSpacing() * lines + 12)
        lay.addWidget(self.detail)

        # Whether the log is as the program wrote it: a plain line while checking and when
        # whole, the red banner when it was changed outside the program.
        self.chain = QLabel()
        self.chain.setObjectName("audit.chain")
        self.chain.setWordWrap(True)
        self.chain.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.chain)
        self.chain_broken = error_banner("audit.chain_broken")
        self.chain_broken.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.chain_broken)

        buttons = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("audit.count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        buttons.addWidget(self.count, 1)
        self.reload_button = QPushButton(tr("&Muat ulang"))
        self.reload_button.setObjectName("audit.reload")
        self.reload_button.clicked.connect(self.reload)
        self.export_button = QPushButton(tr("&Ekspor CSV…"))
        self.export_button.setObjectName("audit.export")
        self.export_button.clicked.connect(self.export_csv)
        close = QPushButton(tr("&Tutup"))
        close.setObjectName("audit.close")
        close.clicked.connect(self.accept)
        for b in (self.reload_button, self.export_button, close):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        # Enter in a filter applies it (as a QDialog would otherwise press some button,
        # possibly Tutup).
        self.reload_button.setDefault(True)
        lay.addLayout(buttons)

        # Typing in the client field or a date waits for a pause before the query runs.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(300)
        self._pending.timeout.connect(self.reload)
        self.staff.currentIndexChanged.connect(self.reload)
        self.action.currentIndexChanged.connect(self.reload)
        self.client.textChanged.connect(lambda _t: self._pending.start())
        for field in (self.date_from, self.date_to):
            field.changed.connect(self._pending.start)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)

        self.chain_check: ChainCheck | None = None
        self._chain_timer = QTimer(self)
        self._chain_timer.setInterval(0)
        self._chain_timer.timeout.connect(self._check_chain_step)
        self.total = 0
        self.reload()
        self.check_chain()

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- the rows ------------------------------------------------------------------------

    def filters(self) -> AuditFilter:
        return AuditFilter(
            actor=self.staff.currentData() or "", client=self.client.text().strip(),
            action=self.action.currentData() or "",
            date_from=_date(self.date_from.date()), date_to=_date(self.date_to.date()))

    def reload(self) -> None:
        self._pending.stop()
        f = self.filters()
        backwards = f.date_from is not None and f.date_to is not None and f.date_from > f.date_to
        self.total = 0 if backwards else self.store.audit_count(f)
        self.model.set_filter(f, empty=backwards)
        self._backwards = backwards
        self._update_count()
        self._show_detail(self.table.currentIndex())

    def _update_count(self, *_args: Any) -> None:
        if getattr(self, "_backwards", False):
            self.count.setText(tr("Tanggal \"Dari\" sesudah tanggal \"Sampai\": tidak ada "
                                  "catatan."))
        elif self.total == 0:
            self.count.setText(tr("Tidak ada catatan yang cocok."))
        else:
            self.count.setText(tr("{shown} dari {total} catatan ditampilkan.").format(
                shown=_number(len(self.model.rows)), total=_number(self.total)))
        self.export_button.setEnabled(self.total > 0)

    def _show_detail(self, index: Index, _previous: Index | None = None) -> None:
        if not index.isValid() or index.row() >= len(self.model.rows):
            self.detail.clear()
            return
        e = self.model.rows[index.row()]
        lines = [
            tr("Baris log {seq}").format(seq=e.seq),
            tr("Waktu: {local} (UTC {utc})").format(local=format_datetime(e.at), utc=e.at),
            (tr("Petugas: {who}").format(who=e.who) if e.actor.startswith("os:") or e.who == e.actor
             else tr("Petugas: {who} (ID {actor})").format(who=e.who, actor=e.actor)),
            tr("Tindakan: {action} — {table}").format(action=e.action_name, table=e.table_title),
            tr("Kasus: {agenda}").format(agenda=e.agenda_number or "-"),
            tr("Isian: {fields}").format(fields=e.fields or "-"),
            tr("ID data: {row_id}").format(row_id=e.row_id or "-"),
        ]
        self.detail.setPlainText("\n".join(lines))

    # -- export --------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Ask where, write the rows of the current filter there (all of them, not only
        those read so far), say how many."""
        name = f"log-audit-{self.store.today():%Y%m%d}.csv"
        target = dialogs.save_file_path(self, tr("Ekspor log audit"), Path.home() / name,
                                        tr("Berkas CSV (*.csv)"), ".csv")
        if target is None:
            return None
        try:
            with dialogs.wait_cursor():
                count = self.store.audit_csv(target, self.filters())
        except (OSError, StoreWriteError, AccessDenied) as exc:
            reason = str(exc) if not isinstance(exc, OSError) else (exc.strerror or str(exc))
            dialogs.warn(self, tr("Ekspor gagal"), tr(
                "Log audit tidak dapat diekspor ke {path}: {reason}").format(
                    path=target, reason=reason))
            return None
        dialogs.inform(self, tr("Ekspor selesai"), tr(
            "{count} catatan log audit diekspor ke {path}. Berkas ini hanya dapat dibuka oleh "
            "akun komputer Anda; simpan di tempat yang aman.").format(
                count=_number(count), path=target))
        self.reload()  # the export is itself a row of the log now
        return target

    # -- the chain -----------------------------------------------------------------------

    def check_chain(self) -> None:
        """Walk the whole chain a chunk per turn of the event loop: the window stays
        responsive while a log of a million rows is checked."""
        self.chain_check = self.store.audit_chain_check()
        self._set_chain_text(tr("Memeriksa rantai log audit…"), broken=False)
        self._chain_timer.start()

    @property
    def chain_done(self) -> bool:
        return self.chain_check is not None and self.chain_check.done

    def _check_chain_step(self) -> None:
        check = self.chain_check
        if check is None or check.step():
            self._chain_timer.stop()
            if check is not None:
                self._chain_finished(check)
            return
        self._set_chain_text(tr("Memeriksa rantai log audit… {checked} dari {total} catatan.")
                             .format(checked=_number(check.checked),
                                     total=_number(check.total)), broken=False)

    def _chain_finished(self, check: ChainCheck) -> None:
        if check.finding is None:
            self._set_chain_text(tr("Rantai log audit utuh: {count} catatan diperiksa, tidak "
                                    "ada yang diubah di luar program.").format(
                                        count=_number(check.checked)), broken=False)
        else:
            self._set_chain_text(describe(check.finding), broken=True)

    def _set_chain_text(self, text: str, *, broken: bool) -> None:
        shown, hidden = (self.chain_broken, self.chain) if broken else (self.chain,
                                                                        self.chain_broken)
        shown.setText(text)
        shown.show()
        hidden.hide()

    def chain_text(self) -> str:
        """What the window says of the chain (for tests and support)."""
        return (self.chain_broken if self.chain_broken.isVisibleTo(self) else self.chain).text()

    def done(self, result: int) -> None:  # closed: stop walking the chain
        self._chain_timer.stop()
        super().done(result)


def _date(value: QDate) -> date | None:
    return date(value.year(), value.month(), value.day()) if value.isValid() else None


def _number(n: int) -> str:
    """A count with its thousands grouped as the interface language writes them (12.345 in
    Indonesian, 12,345 in English: the program sets the default QLocale)."""
    return QLocale().toString(n)


def open_audit_dialog(store: Store, parent: QWidget | None = None) -> AuditDialog | None:
    """The audit view, shown non-modal; or, for someone who may not read the audit log,
    the reason, and no dialog."""
    reason = store.denied(Action.AUDIT)
    if reason:
        dialogs.warn(parent, tr("Log audit"), reason)
        return None
    dialog = AuditDialog(store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

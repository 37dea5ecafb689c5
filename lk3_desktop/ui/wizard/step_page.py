"""Base wizard page: the step's SOP standard beside a form whose fields are bound by key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lk3_desktop.domain.steps import label as field_label
from lk3_desktop.domain.validation import FieldError
from lk3_desktop.sop import STEP_COUNT, Step, format_minutes, load_sop
from lk3_desktop.ui.row_list import RowList
from lk3_desktop.ui.widgets import ChoiceField, WrapCheck, error_banner, mark_error

if TYPE_CHECKING:
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard


def staff_choices(store, roles: list[str], *, others: bool) -> list[tuple[str, str]]:
    """Staff holding `roles` first; then (if `others`) the rest; inactive staff last, marked,
    so an old record still shows the name of who did it."""
    everyone = store.list_staff(include_inactive=True)
    holders = [(s["id"], s["name"]) for s in everyone if s["active"] and set(roles) & set(s["roles"])]
    rest = [(s["id"], f"{s['name']} (bukan pelaksana langkah ini)") for s in everyone
            if others and s["active"] and not set(roles) & set(s["roles"])]
    inactive = [(s["id"], f"{s['name']} (tidak aktif)") for s in everyone
                if not s["active"] and (others or set(roles) & set(s["roles"]))]
    return holders + rest + inactive


LABEL_WIDTH = 210


class StepPage(QWizardPage):
    """Subclasses set STEP and fill `self.form` (a QFormLayout) in build_form()."""

    STEP = 0

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step{step.number}")
        self.setAccessibleName(f"Langkah {step.number}: {step.title}")
        self.setTitle(f"Langkah {step.number} dari {STEP_COUNT}: {step.title}")
        self.setSubTitle(step.description)
        self.fields: dict[str, Any] = {}
        self.dirty = False
        self._baseline: dict[str, Any] = {}
        self._loading = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = error_banner(f"step{step.number}.errors")
        self.banner.show()  # its scroll box below is what hides and shows
        # A long list of messages scrolls instead of pushing the form off a small screen;
        # each message is also at its field.
        self.banner_box = QScrollArea()
        self.banner_box.setWidgetResizable(True)
        self.banner_box.setFrameShape(QFrame.Shape.NoFrame)
        self.banner_box.setWidget(self.banner)
        self.banner_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 20)
        self.banner_box.hide()
        outer.addWidget(self.banner_box)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName(f"step{step.number}.form")
        self.form_box = QVBoxLayout(holder)
        self.form = self.new_form()
        self.form_box.addLayout(self.form)
        scroll.setWidget(holder)
        self.scroll = scroll
        body.addWidget(scroll, 3)
        panel_box = QScrollArea()
        panel_box.setWidgetResizable(True)
        panel_box.setFrameShape(QFrame.Shape.NoFrame)
        panel_box.setWidget(self._standard_panel())
        panel_box.setMinimumWidth(240)
        panel_box.setMaximumWidth(380)
        body.addWidget(panel_box, 2)

        self.performed_by = ChoiceField()
        self.performed_by.setMinimumContentsLength(30)
        self.add_field("performed_by", self.performed_by)
        self.build_form()
        self.form_box.addStretch(1)

    # -- layout helpers ------------------------------------------------------------------

    @staticmethod
    def new_form() -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def section(self, title: str) -> QFormLayout:
        """A titled group in the form; returns its QFormLayout."""
        box = QGroupBox(title)
        form = self.new_form()
        box.setLayout(form)
        self.form_box.addWidget(box)
        return form

    def add_field(self, key: str, widget: Any, form: QFormLayout | None = None, *,
                  label: str | None = None, required: bool = False, hint: str = "") -> Any:
        text = label or field_label(self.step.number, key)
        widget.setObjectName(f"step{self.step.number}.{key}")
        widget.setAccessibleName(text)
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)
        widget.changed.connect(self._on_changed)
        self.fields[key] = widget
        target = form if form is not None else self.form
        if isinstance(widget, QCheckBox):
            target.addRow("", widget)
        elif isinstance(widget, RowList):
            target.addRow(widget)
        else:
            caption = QLabel(text + (" *" if required else ""))
            caption.setBuddy(widget)
            caption.setWordWrap(True)
            # One label width on the whole page, so fields line up from section to section.
            caption.setFixedWidth(LABEL_WIDTH)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            target.addRow(caption, widget)
        return widget

    def _standard_panel(self) -> QWidget:
        s = self.step
        panel = QFrame()
        panel.setObjectName(f"step{s.number}.standard")
        panel.setProperty("panel", True)
        lay = QVBoxLayout(panel)
        head = QLabel("<b>Standar SOP dan kelengkapan</b>")
        lay.addWidget(head)
        executor = QLabel(f"<b>Pelaksana:</b> {s.executor_text}")
        executor.setWordWrap(True)
        lay.addWidget(executor)
        lay.addWidget(QLabel("<b>Kelengkapan</b> (centang yang tersedia):"))
        self.checklist: list[QCheckBox] = []
        for i, item in enumerate(s.kelengkapan):
            row = WrapCheck(item)
            cb = row.box
            cb.setObjectName(f"step{s.number}.checklist.{i}")
            cb.setAccessibleName(f"Kelengkapan: {item}")
            cb.toggled.connect(self._on_changed)
            self.checklist.append(cb)
            lay.addWidget(row)
        self.time_label = QLabel()
        self.time_label.setObjectName(f"step{s.number}.time")
        self.time_label.setWordWrap(True)
        lay.addWidget(self.time_label)
        output = QLabel(f"<b>Output:</b> {s.output}")
        output.setWordWrap(True)
        lay.addWidget(output)
        if s.keterangan:
            note = QLabel(f"<b>Keterangan:</b> {s.keterangan}")
            note.setWordWrap(True)
            lay.addWidget(note)
        for hint in self.obstacle_hints():
            h = QLabel(hint)
            h.setWordWrap(True)
            h.setProperty("hint", True)
            lay.addWidget(h)
        lay.addStretch(1)
        return panel

    def obstacle_hints(self) -> list[str]:
        """The SOP's obstacles (hambatan) that concern this step, with their remedy."""
        return [f"<b>Hambatan:</b> {o.obstacle}.<br><b>Cara mengatasi:</b> {o.remedy}."
                for o in load_sop().obstacles if self.step.number in o.steps]

    def set_time_taken(self, minutes: float | None) -> None:
        std = self.step.waktu_text
        taken = "—" if minutes is None else format_minutes(minutes)
        late = minutes is not None and minutes > self.step.waktu_menit
        self.time_label.setText(
            f"<b>Waktu standar:</b> {std}<br><b>Waktu digunakan:</b> "
            + (f"<span style='color:#b00020'>{taken} (melewati standar)</span>" if late else taken))

    # -- hooks for subclasses ------------------------------------------------------------

    def build_form(self) -> None:
        raise NotImplementedError

    def refresh_choices(self, case_wizard: CaseWizard) -> None:
        """Run prepare() without counting the refreshed lists as the user's edits."""
        was_loading, self._loading = self._loading, True
        try:
            self.prepare(case_wizard)
        finally:
            self._loading = was_loading

    def prepare(self, case_wizard: CaseWizard) -> None:
        """Refresh choices that depend on the database (staff, problems) before loading.

        "Dilaksanakan oleh" offers the staff holding this step's executor role; if nobody
        holds it yet, every active staff member, so a small office is never stuck.
        """
        self.performed_by.set_choices(
            staff_choices(case_wizard.store, [r.key for r in self.step.executors], others=True))

    def on_values_changed(self) -> None:
        """Enable/disable dependent fields after a change or a load."""

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        data = {key: w.value() for key, w in self.fields.items()}
        data["checklist"] = [i for i, cb in enumerate(self.checklist) if cb.isChecked()]
        return data

    def load(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, w in self.fields.items():
                w.set_value(data.get(key))  # a key not given resets the field, never keeps
                                            # text from before that looks saved but is not
            ticked = set(data.get("checklist") or [])
            for i, cb in enumerate(self.checklist):
                cb.setChecked(i in ticked)
            self.on_values_changed()
        finally:
            self._loading = False
        self.dirty = False
        self.show_errors([])
        self._baseline = self.values()

    def has_content(self) -> bool:
        """Whether anything differs from the page as loaded (a new case is created only once
        something was entered, so an untouched form never uses up an agenda number)."""
        return self.values() != self._baseline

    def _on_changed(self) -> None:
        if self._loading:
            return
        self.on_values_changed()
        self.dirty = True
        wiz = self.wizard()
        if wiz is not None and hasattr(wiz, "schedule_autosave"):
            wiz.schedule_autosave()

    # -- errors --------------------------------------------------------------------------

    def widget_for(self, key: str) -> QWidget | None:
        parts = key.split(".")
        w = self.fields.get(parts[0])
        if isinstance(w, RowList) and len(parts) == 3:
            return w.row_widget(int(parts[1]), parts[2]) or w
        return w

    def show_errors(self, errors: list[FieldError]) -> None:
        for w in self.fields.values():
            mark_error(w, None)
            if isinstance(w, RowList):
                w.clear_errors()
        if not errors:
            self.banner_box.hide()
            self.banner.clear()
            return
        lines = []
        for e in errors:
            w = self.widget_for(e.field)
            if w is not None:
                mark_error(w, e.message)
            lines.append(f"• {e.message}")
        self.banner.setText("Langkah ini belum dapat diselesaikan. Lengkapi isian berikut:\n"
                            + "\n".join(lines))
        self.banner_box.show()
        first = self.widget_for(errors[0].field)
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- QWizardPage ---------------------------------------------------------------------

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        wiz = self.wizard()
        return bool(wiz.complete_page(self))

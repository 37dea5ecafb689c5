"""Base wizard page: the step's SOP standard beside a form whose fields are bound by key."""

from __future__ import annotations

from functools import partial
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lk3_desktop.domain.rules import is_overdue
from lk3_desktop.domain.summary import display
from lk3_desktop.domain.validation import FieldError
from lk3_desktop.fields import FieldSpec
from lk3_desktop.i18n import tr
from lk3_desktop.sop import Step, choice_list, format_minutes, load_sop
from lk3_desktop.ui.row_list import Column, RowList
from lk3_desktop.ui.widgets import (
    CheckField,
    ChoiceField,
    DateField,
    DateTimeField,
    FieldBox,
    FieldMessage,
    LineField,
    NumberField,
    OpenChoiceField,
    TextField,
    WrapCheck,
    error_banner,
    mark_error,
    shown_text,
)

if TYPE_CHECKING:
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard


def staff_choices(store, roles: list[str], *, others: bool) -> list[tuple[str, str]]:
    """Staff holding `roles` first; then (if `others`) the rest; inactive staff last, marked,
    so an old record still shows the name of who did it."""
    everyone = store.list_staff(include_inactive=True)
    holds = {s["id"]: bool(set(roles) & set(s["roles"])) for s in everyone}
    holders = [(s["id"], s["name"]) for s in everyone if s["active"] and holds[s["id"]]]
    rest = [(s["id"], tr("{name} (bukan pelaksana langkah ini)").format(name=s["name"]))
            for s in everyone if others and s["active"] and not holds[s["id"]]]
    inactive = [(s["id"], tr("{name} (tidak aktif)").format(name=s["name"])) for s in everyone
                if not s["active"] and (others or holds[s["id"]])]
    return holders + rest + inactive


LABEL_WIDTH = 210


def _pairs(f: FieldSpec) -> list[tuple[Any, ...]]:
    """A fixed list's entries for a drop-down: a short name where the list has one, with the
    full name as the entry's tooltip."""
    return [(c.key, tr(c.short), tr(c.name)) if c.short else (c.key, tr(c.name))
            for c in choice_list(f.choices) or ()]


def field_widget(f: FieldSpec) -> QWidget:
    """The input for one described field; its choices from the description's list (lists
    that depend on the database are filled in prepare())."""
    placeholder = tr(f.placeholder) if f.placeholder else ""
    if f.type == "line":
        return LineField(placeholder, f.max_length or 2000)
    if f.type == "text":
        return TextField(placeholder, f.lines or 3)
    if f.type in ("choice", "staff"):
        return ChoiceField(_pairs(f), placeholder or None)
    if f.type == "open_choice":  # place names: kept as written, in any language
        return OpenChoiceField(["", *(c.name for c in choice_list(f.choices) or ())])
    if f.type == "bool":
        return CheckField(tr(f.text or f.label) + (" *" if f.always_required else ""))
    if f.type == "date":
        return DateField(optional=not f.always_required,
                         calendar_years_back=f.calendar_years_back)
    if f.type == "datetime":
        return DateTimeField()
    if f.type == "number":
        low = f.min if f.min is not None else 0
        return NumberField(low, f.max if f.max is not None else 10**6,
                           optional=not f.always_required, suffix=tr(f.suffix))
    if f.type == "rows":
        columns = [Column(c.key, tr(c.label),
                          None if c.read_only else partial(field_widget, c),
                          c.width or 2, show=partial(display, c),
                          required=c.always_required and not c.read_only)
                   for c in f.columns]
        return RowList("", columns,
                       add_text=None if f.fixed_rows else (tr(f.add_text) if f.add_text else "+"),
                       empty_text=tr(f.empty_text), row_title=tr(f.row_title))
    raise ValueError(f"no widget for field type {f.type!r}")


class StepPage(QWizardPage):
    """A step's form, built from the step's field descriptions, beside its SOP standard.

    A page module subclasses this only for what is special about its page (a list filled
    from the case, a field that fills another).
    """

    def __init__(self, step: Step, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step{step.number}")
        self.setAccessibleName(tr("Langkah {n}: {title}").format(n=step.number,
                                                                  title=tr(step.title)))
        self.setTitle(tr("Langkah {n} dari {total}: {title}").format(
            n=step.number, total=step.of, title=tr(step.title)))
        # The SOP's description, unless it only repeats the title ("Mengisi formulir layanan
        # sosial" under "Formulir layanan sosial"): then what the step must produce.
        repeats = step.title.lower() in step.description.lower() and (
            len(step.description) < len(step.title) + 12)
        self.setSubTitle(tr(step.output) if repeats else tr(step.description))
        self.fields: dict[str, Any] = {}
        self.boxes: dict[str, FieldBox] = {}  # each field with its message, note and counter
        self.dirty = False
        self._baseline: dict[str, Any] = {}
        self._loading = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = error_banner(f"step{step.number}.errors")
        self.banner.show()  # its scroll box below is what hides and shows
        self.banner.go_to.connect(self.go_to_field)
        # A long list of messages scrolls instead of pushing the form off a small screen;
        # each message is also at its field.
        self.banner_box = QScrollArea()
        self.banner_box.setWidgetResizable(True)
        self.banner_box.setFrameShape(QFrame.Shape.NoFrame)
        self.banner_box.setWidget(self.banner)
        # Room for the heading and eight messages (step 1, empty, has seven) before it scrolls.
        self.banner_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 9 + 24)
        self.banner_box.hide()
        outer.addWidget(self.banner_box)
        # Why this person may not read or fill in this step (domain.access), when so.
        self.access_note = QLabel()
        self.access_note.setObjectName(f"step{step.number}.access")
        self.access_note.setWordWrap(True)
        self.access_note.setProperty("hint", True)
        self.access_note.hide()
        outer.addWidget(self.access_note)
        self.read_only = False

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
        self.form_holder = holder
        self.form_scroll = scroll
        body.addWidget(scroll, 3)
        panel_box = QScrollArea()
        panel_box.setWidgetResizable(True)
        panel_box.setFrameShape(QFrame.Shape.NoFrame)
        panel_box.setWidget(self._standard_panel())
        panel_box.setMinimumWidth(240)
        panel_box.setMaximumWidth(380)
        body.addWidget(panel_box, 2)

        self.performed_by = self.add_spec(step.fields["performed_by"], self.form)
        self.performed_by.setMinimumContentsLength(30)
        self.build_form()
        self.form_box.addStretch(1)

    # -- layout helpers ------------------------------------------------------------------

    @staticmethod
    def new_form() -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def section(self, title: str) -> QFormLayout:
        """A titled group in the form; returns its QFormLayout."""
        box = QGroupBox(title)
        form = self.new_form()
        box.setLayout(form)
        self.form_box.addWidget(box)
        return form

    def build_form(self) -> None:
        """Every described field but "Dilaksanakan oleh" (already at the top), in its
        section, in the order data/sop.json gives."""
        sections: dict[str, QFormLayout] = {}
        for f in self.step.fields:
            if f.store == "record":
                continue
            if not f.section:
                form = self.form
            elif f.section in sections:
                form = sections[f.section]
            else:  # a list that must hold a row marks its whole section as required
                form = sections[f.section] = self.section(
                    tr(f.section) + (" *" if f.type == "rows" and f.min_rows else ""))
            self.add_spec(f, form)

    def add_spec(self, f: FieldSpec, form: QFormLayout) -> Any:
        """Add the input for described field `f` to `form`."""
        widget = field_widget(f)
        if isinstance(widget, RowList):
            widget.setObjectName(f"step{self.step.number}.{f.key}")
        self.add_field(f.key, widget, form, label=tr(f.label),
                       required=f.always_required and f.type not in ("bool", "rows"),
                       hint="" if f.help_below or not f.help else tr(f.help))
        if f.help_below and f.help:
            text = QLabel(tr(f.help))
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setProperty("hint", True)
            text.setContentsMargins(24, 0, 0, 6)
            form.addRow(text)
        return widget

    def add_field(self, key: str, widget: Any, form: QFormLayout | None = None, *,
                  label: str | None = None, required: bool = False, hint: str = "") -> Any:
        text = label or tr(self.step.fields.label(key))
        widget.setObjectName(f"step{self.step.number}.{key}")
        widget.setAccessibleName(text)
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)
        widget.changed.connect(self._on_changed)
        self.fields[key] = widget
        target = form if form is not None else self.form
        if isinstance(widget, QCheckBox):
            # Not boxed: the check box's form row is its own (step 1 adds a note below it);
            # its message is a row of its own under it, shown only with something to say.
            target.addRow("", widget)
            message = FieldMessage(widget)
            message.setObjectName(f"step{self.step.number}.{key}.message")
            space = QLabel()
            message.companions.append(space)
            space.hide()
            target.addRow(space, message)
            return widget
        box = FieldBox(widget)
        box.set_names(f"step{self.step.number}.{key}")
        self.boxes[key] = box
        if isinstance(widget, RowList):
            target.addRow(box)
        else:
            caption = QLabel(text + (" *" if required else ""))
            caption.setBuddy(widget)
            caption.setWordWrap(True)
            # One label width on the whole page, so fields line up from section to section.
            caption.setFixedWidth(LABEL_WIDTH)
            # Beside the field's first line, also when a message below makes the row taller
            # (the form puts captions at the top; this one is as tall as a one-line field).
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            caption.setMinimumHeight(min(widget.sizeHint().height(),
                                         QLineEdit().sizeHint().height()))
            target.addRow(caption, box)
        return widget

    def _standard_panel(self) -> QWidget:
        s = self.step
        panel = QFrame()
        panel.setObjectName(f"step{s.number}.standard")
        panel.setProperty("panel", True)
        lay = QVBoxLayout(panel)
        head = QLabel(tr("<b>Standar SOP dan kelengkapan</b>"))
        lay.addWidget(head)
        executor = QLabel(tr("<b>Pelaksana:</b> {names}").format(names=escape(s.executor_text)))
        executor.setWordWrap(True)
        lay.addWidget(executor)
        lay.addWidget(QLabel(tr("<b>Kelengkapan</b> (centang yang tersedia):")))
        self.checklist: list[QCheckBox] = []
        for i, item in enumerate(s.kelengkapan):
            row = WrapCheck(tr(item))
            cb = row.box
            cb.setObjectName(f"step{s.number}.checklist.{i}")
            cb.setAccessibleName(tr("Kelengkapan: {item}").format(item=tr(item)))
            cb.toggled.connect(self._on_changed)
            self.checklist.append(cb)
            lay.addWidget(row)
        self.time_label = QLabel()
        self.time_label.setObjectName(f"step{s.number}.time")
        self.time_label.setWordWrap(True)
        lay.addWidget(self.time_label)
        output = QLabel(tr("<b>Output:</b> {output}").format(output=escape(tr(s.output))))
        output.setWordWrap(True)
        lay.addWidget(output)
        if s.keterangan:
            note = QLabel(tr("<b>Keterangan:</b> {note}").format(note=escape(tr(s.keterangan))))
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
        return [tr("<b>Hambatan:</b> {obstacle}.<br><b>Cara mengatasi:</b> {remedy}.").format(
                    obstacle=escape(tr(o.obstacle)), remedy=escape(tr(o.remedy)))
                for o in load_sop().obstacles if self.step.number in o.steps]

    def set_time_taken(self, minutes: float | None) -> None:
        std = self.step.waktu_text
        taken = "—" if minutes is None else format_minutes(minutes)
        late = minutes is not None and is_overdue(self.step, "aktif", minutes)
        if late:
            taken = tr("<span style='color:#b00020'>{taken} (melewati standar)</span>").format(
                taken=taken)
        self.time_label.setText(
            tr("<b>Waktu standar:</b> {standard}<br><b>Waktu digunakan:</b> {taken}").format(
                standard=std, taken=taken))

    # -- hooks for subclasses ------------------------------------------------------------

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
        store = case_wizard.store
        for f in self.step.fields:
            if f.type != "staff":
                continue
            if f.choices == "counselors":
                roles = list(store.sop.counselor_roles)
                choices = staff_choices(store, roles, others=False)
            else:  # "executors": who the SOP names for this step first, then everyone
                roles = [r.key for r in self.step.executors]
                choices = staff_choices(store, roles, others=True)
            self.fields[f.key].set_choices(choices)
            box = self.boxes.get(f.key)
            if box is not None:
                box.set_note(self.no_staff_note(store, roles))

    @staticmethod
    def no_staff_note(store, roles: list[str]) -> str:
        """What a first user must do when no active staff member holds any of `roles`
        (a new file: the list is empty, or offers only people of other roles)."""
        if any(set(roles) & set(s["roles"]) for s in store.list_staff()):
            return ""
        names = {r.key: r.name for r in store.sop.roles}
        return tr("Belum ada petugas dengan peran {role}. Tambahkan lewat menu Petugas › "
                  "Petugas… (Ctrl+P).").format(
            role=tr(" atau ").join(tr(names.get(r, r)) for r in roles))

    def on_values_changed(self) -> None:
        """Grey out the fields whose description makes them depend on another's value (a
        "Tempat lain" only when the place is another place). Subclasses may add more."""
        data = {key: w.value() for key, w in self.fields.items()}
        for f in self.step.fields:
            if f.enabled is not None and f.key in self.fields:
                self.fields[f.key].setEnabled(f.is_enabled(data))

    def set_access(self, *, read_denied: str | None, edit_denied: str | None) -> None:
        """Show the page as the signed-in person may use it: fields hidden with the reason
        when they may not read the step (counseling notes), read-only with the reason when
        they may read but not fill it in."""
        reason = read_denied or edit_denied
        self.read_only = bool(reason)
        self.access_note.setText(reason or "")
        self.access_note.setVisible(bool(reason))
        self.form_holder.setVisible(not read_denied)
        self.form_holder.setEnabled(not reason)
        for box in self.checklist:  # the Kelengkapan ticks are the step's record too
            box.setEnabled(not reason)

    def focus_first_field(self) -> None:
        """The keyboard starts in the page's first field to fill (after "Dilaksanakan oleh",
        which starts filled), not on the wizard's buttons."""
        for key, widget in self.fields.items():
            if key == "performed_by" or not widget.isEnabled() or self.read_only:
                continue
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        data = {key: w.value() for key, w in self.fields.items()}
        data["checklist"] = [i for i, cb in enumerate(self.checklist) if cb.isChecked()]
        return data

    def readable_text(self) -> str:
        """Everything typed on the page as "Label: value" lines under the step's title, for
        the user to keep when it cannot be saved (copied, or written to a text file)."""
        lines = [tr("Langkah {n}: {title}").format(n=self.step.number, title=tr(self.step.title))]
        for w in self.fields.values():
            label = w.accessibleName()
            if isinstance(w, RowList):
                rows = w.readable_lines()
                if rows:
                    lines += [f"{label}:", *rows]
                continue
            text = shown_text(w)
            if text:  # a note of several lines stays readable, indented under its label
                lines.append(f"{label}: " + text.replace("\n", "\n  "))
        return "\n".join(lines)

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
        if self._loading or self.read_only:
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
        items: list[tuple[str | None, str]] = []
        for e in errors:
            w = self.widget_for(e.field)
            if w is not None:
                mark_error(w, e.message)
            items.append((e.field if w is not None else None, e.message))
        # Every message, each a link to its field (and each also under its field).
        self.banner.set_items(
            tr("Langkah ini belum dapat diselesaikan. Lengkapi isian berikut:"), items)
        self.banner_box.show()
        first = self.widget_for(errors[0].field)
        if first is not None:
            self.form_scroll.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_field(self, key: str) -> None:
        """A message in the banner chosen: the keyboard to its field, scrolled into view."""
        w = self.widget_for(key)
        if w is None:
            return
        self.form_scroll.ensureWidgetVisible(w)
        w.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- QWizardPage ---------------------------------------------------------------------

    def validatePage(self) -> bool:  # noqa: N802 (Qt naming)
        wiz = cast("CaseWizard", self.wizard())  # a StepPage only ever sits in a CaseWizard
        return bool(wiz.complete_page(self))

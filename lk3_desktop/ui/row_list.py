"""An editable list of child rows (problems, action items) shown as small stacked forms."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk3_desktop.i18n import tr
from lk3_desktop.ui.widgets import FieldBox, mark_error, shown_text


@dataclass
class Column:
    key: str
    label: str
    factory: Callable[[], QWidget] | None  # None: read-only text from the row's data
    span: int = 1  # grid columns this field takes (4 = the whole row)
    show: Callable[[Any], str] | None = None  # how a read-only value reads (a choice's name)
    required: bool = False  # its caption carries " *", as a required field's does


class RowList(QWidget):
    """Rows of fields; `value()` gives [{"id": …, key: value, …}] in the order shown."""

    changed = Signal()

    def __init__(self, object_name: str, columns: list[Column], *, add_text: str | None,
                 empty_text: str, row_title: str):
        super().__init__()
        self.setObjectName(object_name)
        self.columns = columns
        self.row_title = row_title
        self._rows: list[dict[str, Any]] = []  # {"frame", "id", "widgets", "extra", "title"}
        self._choices: dict[str, list[tuple[Any, ...]]] = {}  # lists filled from the case
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._box = QVBoxLayout()
        outer.addLayout(self._box)
        self._empty = QLabel(empty_text)
        self._empty.setProperty("hint", True)
        self._empty.setWordWrap(True)
        outer.addWidget(self._empty)
        self.add_button: QPushButton | None = None
        if add_text:
            self.add_button = QPushButton(add_text)
            self.add_button.setObjectName(f"{object_name}.add")
            self.add_button.setAccessibleName(add_text)
            self.add_button.clicked.connect(self._add_clicked)
            row = QHBoxLayout()
            row.addWidget(self.add_button)
            row.addStretch(1)
            outer.addLayout(row)
        self._refresh()

    # -- rows ----------------------------------------------------------------------------

    def _add_clicked(self) -> None:
        self.add_row({})
        self.changed.emit()
        first = self._rows[-1]["widgets"]
        if first:
            next(iter(first.values())).setFocus()

    def add_row(self, data: dict[str, Any]) -> None:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setProperty("row", True)
        grid = QGridLayout(frame)
        grid.setContentsMargins(8, 6, 8, 6)
        title = QLabel()
        title.setProperty("rowTitle", True)
        grid.addWidget(title, 0, 0, 1, 3)
        entry: dict[str, Any] = {"frame": frame, "id": data.get("id") or str(uuid.uuid4()),
                                 "widgets": {}, "boxes": {}, "extra": {}, "title": title}
        if self.add_button is not None:
            remove = QPushButton(tr("Hapus"))
            remove.setAccessibleName(tr("Hapus {row}").format(row=self.row_title.lower()))
            remove.clicked.connect(lambda _c=False, e=entry: self._remove(e))
            grid.addWidget(remove, 0, 3, alignment=Qt.AlignmentFlag.AlignRight)
            entry["remove"] = remove
        row, col = 1, 0
        for c in self.columns:
            if col + c.span > 4:
                row, col = row + 2, 0
            label = QLabel(c.label + (" *" if c.required else ""))  # as the form marks it
            label.setProperty("hint", True)  # grey captions, so read-only values stand out
            grid.addWidget(label, row, col, 1, c.span)
            if c.factory is None:
                value = data.get(c.key)
                w: Any = QLabel(c.show(value) if c.show else str(value or ""))  # or a widgets.py field
                w.setTextFormat(Qt.TextFormat.PlainText)  # typed by a person, never markup
                w.setWordWrap(True)
                w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            else:
                w = c.factory()
                if c.key in self._choices:
                    w.set_choices(self._choices[c.key])
                if data.get(c.key) is not None:
                    w.set_value(data.get(c.key))
                w.changed.connect(self.changed)
                entry["widgets"][c.key] = w
            label.setBuddy(w)
            cell: QWidget = w
            if c.factory is not None:  # its message (and counter) under it, as on a form
                cell = entry["boxes"][c.key] = FieldBox(w)
            grid.addWidget(cell, row + 1, col, 1, c.span, Qt.AlignmentFlag.AlignTop)
            col += c.span
        for k, v in data.items():
            if k != "id" and k not in entry["widgets"]:
                entry["extra"][k] = v
        self._rows.append(entry)
        self._box.addWidget(frame)
        self._place_in_tab_order(entry)
        self._renumber()

    def _place_in_tab_order(self, entry: dict[str, Any]) -> None:
        """A row added after the form was built would come last in the window's Tab order
        (after the wizard's buttons, out of reach of the keyboard): put its "Hapus" and its
        fields right after what stands before it on screen (the row above, or the field
        before the list)."""
        def takes_tab(w: QWidget) -> bool:
            return bool(w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)

        window = self.window()
        prev = self.previousInFocusChain()
        while prev is not None and prev is not window and not takes_tab(prev):
            prev = prev.previousInFocusChain()
        if prev is None or prev is window:
            return  # not on a form yet: nothing stands before it
        for w in ([entry["remove"]] if "remove" in entry else []) + list(entry["widgets"].values()):
            QWidget.setTabOrder(prev, w)
            prev = w

    def _remove(self, entry: dict[str, Any]) -> None:
        self._rows.remove(entry)
        entry["frame"].deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        base = self.objectName()
        for i, entry in enumerate(self._rows):
            entry["title"].setText(f"{self.row_title} {i + 1}")
            entry["frame"].setObjectName(f"{base}.{i}")
            for key, w in entry["widgets"].items():
                w.setObjectName(f"{base}.{i}.{key}")
                entry["boxes"][key].set_names(f"{base}.{i}.{key}")
                label = next(c.label for c in self.columns if c.key == key)
                w.setAccessibleName(f"{self.row_title} {i + 1}: {label}")
            if "remove" in entry:
                entry["remove"].setObjectName(f"{base}.{i}.remove")
        self._refresh()

    def _refresh(self) -> None:
        self._empty.setVisible(not self._rows)

    # -- field interface -----------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        return [{**e["extra"], "id": e["id"], **{k: w.value() for k, w in e["widgets"].items()}}
                for e in self._rows]

    def set_value(self, rows: list[dict[str, Any]] | None) -> None:
        for entry in self._rows:
            entry["frame"].setParent(None)
            entry["frame"].deleteLater()
        self._rows = []
        for data in rows or []:
            self.add_row(data)
        self._refresh()

    def readable_lines(self) -> list[str]:
        """Each row's typed values as "  Masalah 1 — Bidang: value" lines (for copying)."""
        lines = []
        for i, entry in enumerate(self._rows, start=1):
            for c in self.columns:
                w = entry["widgets"].get(c.key)
                text = shown_text(w) if w is not None else ""
                if text:
                    lines.append(f"  {self.row_title} {i} — {c.label}: {text}")
        return lines

    def row_widget(self, index: int, key: str) -> QWidget | None:
        if 0 <= index < len(self._rows):
            return self._rows[index]["widgets"].get(key)
        return None

    def clear_errors(self) -> None:
        for entry in self._rows:
            for w in entry["widgets"].values():
                mark_error(w, None)

    def set_choices(self, key: str, choices: list[tuple[Any, ...]]) -> None:
        """The drop-down list of column `key`, in every row and in rows added later."""
        self._choices[key] = choices
        for entry in self._rows:
            w = entry["widgets"].get(key)
            if w is not None and hasattr(w, "set_choices"):
                w.set_choices(choices)

    def __len__(self) -> int:
        return len(self._rows)

"""Run in a subprocess: every text a person can see in the program, in one interface language.

`python -m tests.helpers.visible_texts --lang en OUT.json` opens the main window on a case
whose every field holds a neutral value, then its menus, every wizard page (with the
messages a refused step shows), the case view, and every dialog, and writes what each shows
(window titles, labels, buttons, menu items, tooltips, placeholders, column headers, list
entries, message boxes) as a JSON list of [where, text]. Text a person typed (the case's
values) stays out: it is not the program's to translate.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTextBrowser,
    QTreeView,
    QWidget,
    QWizard,
)

TYPED = (QLineEdit, QPlainTextEdit)  # what these hold was typed; only their placeholder counts


class Collector:
    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []
        self.typed: set[str] = set()

    def add(self, where: str, text: str | None) -> None:
        text = (text or "").replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        if text and text not in self.typed:
            self.found.append((where, text))

    def widget_tree(self, where: str, root: QWidget) -> None:
        self.add(where, root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisibleTo(root) and w is not root:
                continue
            self.add(where, w.toolTip())
            self.add(where, w.accessibleName())
            self.add(where, w.accessibleDescription())
            if isinstance(w, (QLabel, QAbstractButton)):
                self.add(where, w.text())
            elif isinstance(w, QGroupBox):
                self.add(where, w.title())
            elif isinstance(w, TYPED):
                self.add(where, w.placeholderText())
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.add(where, w.itemText(i))
                    self.add(where, w.itemData(i, Qt.ItemDataRole.ToolTipRole))
            elif isinstance(w, QListWidget):
                for i in range(w.count()):
                    self.add(where, w.item(i).text())
            elif isinstance(w, QTextBrowser):
                self.add(where, w.toPlainText())
            if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
                header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
                for col in range(header.count()):
                    self.add(where, w.model().headerData(col, Qt.Orientation.Horizontal))
            for action in w.actions():
                self.action(where, action)

    def action(self, where: str, action: QAction) -> None:
        self.add(where, action.text())
        self.add(where, action.toolTip() if action.toolTip() != action.text().replace("&", "")
                 else "")
        self.add(where, action.statusTip())
        if action.menu() is not None:
            self.menu(where, action.menu())

    def menu(self, where: str, menu: QMenu) -> None:
        self.add(where, menu.title())
        for action in menu.actions():
            self.action(where, action)


def neutral_case(store, staff: dict[str, str]) -> str:
    """A case through every step, every value a token that no language shares."""
    from tests.helpers.examples import example_step

    rid = None
    for step in store.sop.steps:
        people = {"counselors": staff["konselor"], "executors": staff[step.executors[0].key]}
        data = example_step(step.key, people)
        if step.key == "reassessment":
            data["reassessments"] = [{"problem_id": p["id"], "result": "berubah", "note": "Xy"}
                                     for p in store.problems(rid, 4)]
        rid = store.save_step(rid, step.number, data, complete=True)
    return rid


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--lang", choices=["id", "en"], required=True)
    p.add_argument("out", type=Path)
    args = p.parse_args()
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    from lk3_desktop.app import build_main_window, configure_application
    from lk3_desktop.store import open_store

    app = QApplication.instance() or QApplication([])
    configure_application(app, args.lang)
    c = Collector()

    def box_exec(box: QMessageBox) -> int:
        c.widget_tree("message box", box)
        default = box.defaultButton()
        return box.standardButton(default) if default else QMessageBox.StandardButton.Ok

    QMessageBox.exec = box_exec  # type: ignore[method-assign]

    db = folder / "lk3.sqlite"
    store = open_store(db)
    staff = {key: store.save_staff({"name": f"Petugas{n}", "roles": [key], "position": "Xy"})
             for n, key in enumerate(("pengadministrasi", "rehabilitasi", "konselor", "tim_ahli"))}
    rid = neutral_case(store, staff)
    for row in store._all("SELECT * FROM client"):  # what was typed is not ours to translate
        c.typed.update(str(v) for v in row.values() if v)
    store.close()

    win = build_main_window(db)
    win.resize(1366, 768)
    win.show()
    app.processEvents()
    c.widget_tree("main window", win)
    for action in win.menuBar().actions():
        c.action("menu", action)

    win.select_case(rid)
    wiz = win.continue_case()
    for step in win.store.sop.steps:
        wiz.open_at(step.number)
        app.processEvents()
        c.widget_tree(f"wizard step {step.number}", wiz)
        c.add("wizard buttons", wiz.buttonText(QWizard.WizardButton.NextButton))
        c.add("wizard buttons", wiz.buttonText(QWizard.WizardButton.FinishButton))
    wiz.done(0)

    fresh = win.new_referral()
    fresh.next()  # Next with nothing typed: every message a refused step shows
    app.processEvents()
    c.widget_tree("refused step 1", fresh)
    fresh.done(0)

    win.select_case(rid)
    for name, open_dialog in (("case view", win.view_case), ("documents", win.print_documents),
                              ("blank forms", win.print_blank_forms),
                              ("register", win.document_register),
                              ("settings", win.office_settings), ("staff", win.manage_staff),
                              ("restore", win.restore_backup), ("about", win.about),
                              ("guide", win.show_guide)):
        dialog = open_dialog()
        app.processEvents()
        if isinstance(dialog, QDialog):
            c.widget_tree(name, dialog)
            dialog.reject()
    win.close()
    args.out.write_text(json.dumps(c.found, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
    sys.exit(0)

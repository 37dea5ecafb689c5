"""Step 1, the social service form: what is special beyond its described fields.

A Tarakan kelurahan fills in its kecamatan and the city, and the consent section reminds the
worker that the client's data is protected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lk3_desktop.i18n import tr
from lk3_desktop.sop import load_reference
from lk3_desktop.ui.wizard.step_page import StepPage


class IntakePage(StepPage):
    def build_form(self) -> None:
        super().build_form()
        self.fields["kelurahan"].changed.connect(self._fill_region)
        consent = self.fields["consent_referral"]
        form = consent.parentWidget().layout()
        note = QLabel(tr("Data klien adalah data pribadi yang dilindungi (UU 27/2022); "
                         "jelaskan kepada klien sebelum ia menyatakan setuju."))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setProperty("hint", True)
        form.addRow(note)

    def _fill_region(self) -> None:
        """A Tarakan kelurahan implies its kecamatan and the city."""
        ref = load_reference()
        kec = ref.kecamatan_of(self.fields["kelurahan"].value().strip())
        if kec:
            self.fields["kecamatan"].set_value(kec)
            if not self.fields["city"].value().strip():
                self.fields["city"].set_value(ref.city)

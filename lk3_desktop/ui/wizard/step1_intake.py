"""Step 1, the social service form: what is special beyond its described fields.

A Tarakan kelurahan fills in its kecamatan and the city, the consent section reminds the
worker that the client's data is protected, and a person who may already be a client is
pointed out (client_match).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel

from lk3_desktop.i18n import tr
from lk3_desktop.sop import load_reference
from lk3_desktop.store.clients import ClientMatch
from lk3_desktop.ui.wizard.client_match import (
    ClientMatchPanel,
    client_matches,
    open_existing_case,
    use_existing_client,
)
from lk3_desktop.ui.wizard.step_page import StepPage

if TYPE_CHECKING:
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard


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
        # Above the form, outside its scroll area: seen wherever the worker is typing.
        self.client_match = ClientMatchPanel(self.fields, self._client_matches)
        outer = cast(QBoxLayout, self.layout())
        outer.insertWidget(outer.indexOf(self.access_note) + 1, self.client_match)
        self.client_match.open_case.connect(lambda rid: open_existing_case(self._wizard(), rid))
        self.client_match.use_client.connect(
            lambda client_id: use_existing_client(self._wizard(), self, client_id))

    def _wizard(self) -> CaseWizard:
        return cast("CaseWizard", self.wizard())  # an IntakePage only ever sits in one

    def _client_matches(self, values: dict[str, Any]) -> tuple[Sequence[ClientMatch], bool]:
        if self.wizard() is None or self.read_only:
            return [], False
        return client_matches(self._wizard(), values)

    def load(self, data: dict[str, Any]) -> None:
        self.client_match.quiet = True
        try:
            super().load(data)
        finally:
            self.client_match.quiet = False
        self.client_match.reset()

    def _fill_region(self) -> None:
        """A Tarakan kelurahan implies its kecamatan and the city."""
        ref = load_reference()
        kec = ref.kecamatan_of(self.fields["kelurahan"].value().strip())
        if kec:
            self.fields["kecamatan"].set_value(kec)
            if not self.fields["city"].value().strip():
                self.fields["city"].set_value(ref.city)

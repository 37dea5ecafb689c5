"""Step 2: the client meets the counselor at the shelter or the social worker's office."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lk3_desktop.sop import load_reference
from lk3_desktop.ui.widgets import ChoiceField, DateTimeField, LineField, TextField
from lk3_desktop.ui.wizard.step_page import StepPage, staff_choices

if TYPE_CHECKING:
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard


class MeetingPage(StepPage):
    STEP = 2

    def build_form(self) -> None:
        ref = load_reference()
        self.add_field("met_at", DateTimeField(), required=True)
        self.place = self.add_field(
            "place", ChoiceField((c.key, c.name) for c in ref.choices("meeting_places")),
            required=True)
        self.place_other = self.add_field("place_other", LineField())
        self.counselor = self.add_field(
            "counselor_id", ChoiceField(), required=True,
            hint="Petugas dengan peran Peksos/Konselor LK3 atau Tim Ahli (menu Petugas).")
        self.add_field("accompanying_staff", LineField("Nama petugas yang mendampingi"))
        self.add_field("notes", TextField("Jalannya pertemuan, kesan awal", 6))

    def prepare(self, case_wizard: CaseWizard) -> None:
        super().prepare(case_wizard)
        self.counselor.set_choices(
            staff_choices(case_wizard.store, list(case_wizard.store.sop.counselor_roles),
                          others=False))

    def on_values_changed(self) -> None:
        self.place_other.setEnabled(self.place.value() == "lainnya")

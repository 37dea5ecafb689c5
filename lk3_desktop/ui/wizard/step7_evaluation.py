"""Step 7: both parties evaluate the process and the result; the case's outcome is decided."""

from __future__ import annotations

from lk3_desktop.sop import OTHER_SERVICE, load_reference, load_sop
from lk3_desktop.ui.widgets import ChoiceField, LineField, TextField
from lk3_desktop.ui.wizard.step_page import StepPage


class EvaluationPage(StepPage):
    STEP = 7

    def build_form(self) -> None:
        ref = load_reference()
        ratings = [(c.key, c.name) for c in ref.choices("ratings")]
        for party, title in (("counselor", "Penilaian konselor"), ("client", "Penilaian klien")):
            f = self.section(title)
            for aspect in ("process", "result"):
                self.add_field(f"{party}_{aspect}_rating", ChoiceField(ratings), f, required=True)
                self.add_field(f"{party}_{aspect}_comment", TextField("", 2), f)
        f = self.section("Hasil dan tindak lanjut")
        self.add_field("goals_reached",
                       ChoiceField((c.key, c.name) for c in ref.choices("goals_reached")), f,
                       required=True)
        self.outcome = self.add_field(
            "outcome", ChoiceField((c.key, c.name) for c in ref.choices("outcomes")), f,
            required=True)
        self.related = self.add_field("related_sop", ChoiceField(
            [*((c.key, c.short or c.name, c.name) for c in load_sop().related_sops),
             (OTHER_SERVICE.key, OTHER_SERVICE.name)]), f,
            hint="Layanan terkait menurut SOP (Keterkaitan), atau layanan/instansi lain.")
        self.other = self.add_field("referral_other", LineField("Nama layanan atau instansi"), f)
        self.reason = self.add_field("outcome_reason", TextField("Mengapa dirujuk", 3), f)

    def on_values_changed(self) -> None:
        referred = self.outcome.value() == "dirujuk"
        self.related.setEnabled(referred)
        self.reason.setEnabled(referred)
        self.other.setEnabled(referred and self.related.value() == OTHER_SERVICE.key)

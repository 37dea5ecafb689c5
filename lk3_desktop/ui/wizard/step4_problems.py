"""Step 4: identify the client's current problems, strengths and sources of information."""

from __future__ import annotations

from lk3_desktop.domain.steps import label
from lk3_desktop.sop import load_reference
from lk3_desktop.ui.row_list import Column, RowList
from lk3_desktop.ui.widgets import CheckField, ChoiceField, TextField
from lk3_desktop.ui.wizard.step_page import StepPage


def problem_columns(step: int) -> list[Column]:
    ref = load_reference()
    areas = [(c.key, c.name) for c in ref.choices("problem_areas")]
    severities = [(c.key, c.name) for c in ref.choices("severities")]
    return [
        Column("area", label(step, "area"), lambda: ChoiceField(areas), 2),
        Column("severity", label(step, "severity"), lambda: ChoiceField(severities), 2),
        Column("description", label(step, "description"), lambda: TextField("", 2), 4),
    ]


class ProblemsPage(StepPage):
    STEP = 4

    def build_form(self) -> None:
        ref = load_reference()
        f = self.section("Masalah yang dihadapi klien saat ini *")
        self.add_field("problems", RowList(
            "step4.problems", problem_columns(4), add_text="+ Tambah masalah",
            empty_text="Belum ada masalah. Tekan “Tambah masalah” untuk setiap masalah.",
            row_title="Masalah"), f)
        f = self.section("Kekuatan dan sumber daya")
        self.add_field("strengths", TextField("Kemampuan, sikap, pengalaman yang membantu", 3), f)
        self.add_field("resources", TextField("Keluarga, teman, tabungan, layanan", 3), f)
        f = self.section("Sumber informasi")
        self.add_field("info_source", ChoiceField(
            (c.key, c.name) for c in ref.choices("information_sources")), f, required=True)
        self.add_field("family_tracing_needed", CheckField("Perlu penelusuran keluarga"), f)

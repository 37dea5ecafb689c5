"""Step 5: reassess each identified problem (confirmed / changed / resolved), add new ones."""

from __future__ import annotations

from typing import Any

from lk3_desktop.domain.steps import label
from lk3_desktop.sop import load_reference
from lk3_desktop.ui.row_list import Column, RowList
from lk3_desktop.ui.widgets import ChoiceField, LineField, TextField
from lk3_desktop.ui.wizard.step4_problems import problem_columns
from lk3_desktop.ui.wizard.step_page import StepPage


class ReassessmentPage(StepPage):
    STEP = 5

    def build_form(self) -> None:
        ref = load_reference()
        results = [(c.key, c.name) for c in ref.choices("reassessment_results")]
        f = self.section("Masalah hasil identifikasi")
        self.add_field("reassessments", RowList(
            "step5.reassessments",
            [Column("area_name", label(5, "area"), None, 2),
             Column("severity_name", label(5, "severity"), None, 2),
             Column("description", label(5, "description"), None, 4),
             Column("result", label(5, "result"), lambda: ChoiceField(results), 2),
             Column("note", label(5, "note"), lambda: LineField(), 2)],
            add_text=None, empty_text="Tidak ada masalah dari langkah identifikasi.",
            row_title="Masalah"), f)
        f = self.section("Masalah baru yang ditemukan")
        self.add_field("new_problems", RowList(
            "step5.new_problems", problem_columns(5), add_text="+ Tambah masalah baru",
            empty_text="Tidak ada masalah baru.", row_title="Masalah baru"), f)
        f = self.section("Dasar reasesmen")
        self.add_field("confirming_info", TextField(
            "Informasi yang mengonfirmasi, misalnya hasil penelusuran keluarga", 3), f)
        self.add_field("reassessed_by", ChoiceField(
            (c.key, c.name) for c in ref.choices("reassessors")), f, required=True)
        self.add_field("notes", TextField("", 3), f)

    def load(self, data: dict[str, Any]) -> None:
        ref = load_reference()
        data = dict(data)
        data["reassessments"] = [
            {**r, "area_name": ref.choice_name("problem_areas", r.get("area")),
             "severity_name": ref.choice_name("severities", r.get("severity"))}
            for r in data.get("reassessments") or []]
        super().load(data)

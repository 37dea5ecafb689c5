"""Step 6: the action plan — per problem a goal, activity, person responsible, date, status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lk3_desktop.sop import load_reference
from lk3_desktop.ui.row_list import Column, RowList
from lk3_desktop.ui.widgets import ChoiceField, DateField, LineField, TextField
from lk3_desktop.ui.wizard.step_page import StepPage

if TYPE_CHECKING:
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard


class ActionPlanPage(StepPage):
    STEP = 6

    def build_form(self) -> None:
        ref = load_reference()
        statuses = [(c.key, c.name) for c in ref.choices("action_statuses")]
        self.problem_choices: list[tuple[str, str]] = []
        self.actions = self.add_field("actions", RowList(
            "step6.actions",
            [Column("problem_id", "Masalah yang ditangani",
                    lambda: ChoiceField(self.problem_choices, "— umum —"), 4),
             Column("goal", "Tujuan", lambda: LineField(), 4),
             Column("activity", "Kegiatan", lambda: TextField("", 2), 4),
             Column("responsible", "Penanggung jawab", lambda: LineField(), 2),
             Column("target_date", "Target tanggal", lambda: DateField(), 1),
             Column("status", "Status", lambda: ChoiceField(statuses), 1)],
            add_text="+ Tambah tindakan",
            empty_text="Belum ada rencana tindakan. Tekan \"Tambah tindakan\".",
            row_title="Tindakan"))

    def prepare(self, case_wizard: CaseWizard) -> None:
        super().prepare(case_wizard)
        ref = load_reference()
        rows = case_wizard.store.problems(case_wizard.rid) if case_wizard.rid else []
        self.problem_choices = [
            (p["id"], f"{ref.choice_name('problem_areas', p['area'])}: "
                      f"{_short(p['description'])}") for p in rows]
        self.actions.set_choices("problem_id", self.problem_choices)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

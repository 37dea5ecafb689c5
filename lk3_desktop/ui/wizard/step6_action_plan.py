"""Step 6: the action plan — per problem a goal, activity, person responsible, date, status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lk3_desktop.domain.steps import label
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
        self.problem_choices: list[tuple[str, ...]] = []
        self.actions = self.add_field("actions", RowList(
            "step6.actions",
            [Column("problem_id", label(6, "problem_id"),
                    lambda: ChoiceField(self.problem_choices, "— umum —"), 4),
             Column("goal", label(6, "goal"), lambda: LineField(), 4),
             Column("activity", label(6, "activity"), lambda: TextField("", 2), 4),
             Column("responsible", label(6, "responsible"), lambda: LineField(), 4),
             Column("target_date", label(6, "target_date"), lambda: DateField(), 2),
             Column("status", label(6, "status"), lambda: ChoiceField(statuses), 2)],
            add_text="+ Tambah tindakan",
            empty_text="Belum ada rencana tindakan. Tekan “Tambah tindakan”.",
            row_title="Tindakan"))

    def prepare(self, case_wizard: CaseWizard) -> None:
        super().prepare(case_wizard)
        ref = load_reference()
        rows = case_wizard.store.problems(case_wizard.rid) if case_wizard.rid else []
        # "Bidang (tingkat)" fits the drop-down; the description is the entry's tooltip.
        self.problem_choices = [
            (p["id"], f"{i}. {ref.choice_name('problem_areas', p['area'])} "
                      f"({ref.choice_name('severities', p['severity']).lower()})",
             p["description"]) for i, p in enumerate(rows, start=1)]
        self.actions.set_choices("problem_id", self.problem_choices)

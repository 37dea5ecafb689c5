"""Step 6, the action plan: each action may name one of the case's problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lk3_desktop.sop import load_reference
from lk3_desktop.ui.wizard.step_page import StepPage

if TYPE_CHECKING:
    from lk3_desktop.ui.wizard.case_wizard import CaseWizard


class ActionPlanPage(StepPage):
    def prepare(self, case_wizard: CaseWizard) -> None:
        super().prepare(case_wizard)
        ref = load_reference()
        rows = case_wizard.store.problems(case_wizard.rid) if case_wizard.rid else []
        # "Bidang (tingkat)" fits the drop-down; the description is the entry's tooltip.
        choices = [
            (p["id"], f"{i}. {ref.choice_name('problem_areas', p['area'])} "
                      f"({ref.choice_name('severities', p['severity']).lower()})",
             p["description"]) for i, p in enumerate(rows, start=1)]
        self.fields["actions"].set_choices("problem_id", choices)

"""Step 3: the counseling contract — agreed points (honesty first) and the schedule."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from lk3_desktop.sop import contract_points
from lk3_desktop.ui.widgets import CheckField, DateField, LineField, NumberField
from lk3_desktop.ui.wizard.step_page import StepPage


class ContractPage(StepPage):
    STEP = 3

    def build_form(self) -> None:
        f = self.section("Poin yang disepakati")
        for p in contract_points():
            self.add_field(f"agree_{p.key}", CheckField(p.title + (" *" if p.required else "")), f,
                           hint=p.text)
            text = QLabel(p.text)
            text.setWordWrap(True)
            text.setProperty("hint", True)
            text.setContentsMargins(24, 0, 0, 6)
            f.addRow(text)
        f = self.section("Jadwal konseling")
        self.add_field("planned_sessions", NumberField(1, 100, suffix=" sesi"), f, required=True)
        self.add_field("frequency", LineField("Misalnya seminggu sekali"), f)
        self.add_field("session_place", LineField("Misalnya ruang konseling LK3"), f)
        f = self.section("Kesepakatan")
        self.add_field("agreed_on", DateField(), f, required=True)
        self.filed = self.add_field("paper_filed", CheckField(
            "Kontrak bertanda tangan sudah diarsipkan"), f)
        self.location = self.add_field("paper_location", LineField("Misalnya map kasus, lemari B"), f)

    def on_values_changed(self) -> None:
        self.location.setEnabled(self.filed.value())

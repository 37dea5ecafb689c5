"""Step 1's page: a Tarakan kelurahan fills in its kecamatan and the city; the consent
section reminds the worker that the client's data is protected."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from lk3_desktop.ui.wizard.case_wizard import CaseWizard
from tests.helpers.gui import find, set_field


@pytest.fixture
def page(qtbot, store):
    wizard = CaseWizard(store)
    qtbot.addWidget(wizard)
    wizard.resume()
    yield wizard.pages[1]
    wizard.done(0)  # stops the pending autosave before the store closes


def test_a_tarakan_kelurahan_fills_in_its_kecamatan(qtbot, page):
    assert find(page, "step1.city").value() == "Kota Tarakan"  # most clients live here
    set_field(qtbot, find(page, "step1.kelurahan"), "Juata Laut")
    assert find(page, "step1.kecamatan").value() == "Tarakan Utara"
    set_field(qtbot, find(page, "step1.kelurahan"), "  Karang Anyar ")
    assert find(page, "step1.kecamatan").value() == "Tarakan Barat"


def test_the_city_is_filled_only_when_left_empty(qtbot, page):
    set_field(qtbot, find(page, "step1.city"), "")
    set_field(qtbot, find(page, "step1.kelurahan"), "Sebengkok")
    assert find(page, "step1.city").value() == "Kota Tarakan"
    set_field(qtbot, find(page, "step1.city"), "Kabupaten Bulungan")
    set_field(qtbot, find(page, "step1.kelurahan"), "Juata Laut")
    assert find(page, "step1.city").value() == "Kabupaten Bulungan"


def test_a_kelurahan_elsewhere_leaves_the_kecamatan_as_typed(qtbot, page):
    set_field(qtbot, find(page, "step1.kecamatan"), "Sesayap")
    set_field(qtbot, find(page, "step1.kelurahan"), "Tideng Pale")
    assert find(page, "step1.kecamatan").value() == "Sesayap"


def test_the_consent_section_says_the_data_is_protected(page):
    notes = [lbl.text() for lbl in page.findChildren(QLabel) if "UU 27/2022" in lbl.text()]
    assert notes == ["Data klien adalah data pribadi yang dilindungi (UU 27/2022); jelaskan "
                     "kepada klien sebelum ia menyatakan setuju."]

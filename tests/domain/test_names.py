"""The same name written two ways is one name: case, diacritics, apostrophes, spacing."""

import pytest

from lk3_desktop.domain.names import fold, name_key


@pytest.mark.parametrize(("typed", "stored"), [
    ("Nguyen", "Nguyễn"),
    ("Nuraini", "Nur'aini"),
    ("Ma’ruf", "Ma'ruf"),
    ("siti aminah", "  Siti   AMINAH "),
    ("Nur Aini", "Nuraini"),
    ("Dang Van Duc", "Đặng Văn Đức"),
])
def test_one_person_written_two_ways_has_one_key(typed, stored):
    assert name_key(typed) == name_key(stored)


def test_different_names_stay_different():
    assert name_key("Siti Aminah") != name_key("Siti Amina")
    assert name_key("") == ""


def test_fold_keeps_the_words_apart_for_searching():
    assert fold("  Nur'Aini   Nguyễn ") == "nuraini nguyen"

"""One person, one client record: who an existing client may be (NIK however typed, the name
however spelt with a birth date or age that fits), and a case moved onto that record."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lk3_desktop.domain.access import AccessDenied
from lk3_desktop.store import Store
from tests.helpers.cases import complete_case, intake
from tests.helpers.roles import store_as
from tests.store.test_privacy import AYU, LATER, NOTES, make_case

TODAY = datetime(2026, 11, 28, 9, tzinfo=UTC)  # Ayu (born 5 May 1990) is 36


@pytest.fixture
def ayu(store, staff) -> str:
    """Ayu's complete case (tests.helpers.cases.intake), the store's clock at TODAY."""
    store.clock = lambda: TODAY
    return complete_case(store, staff, upto=2)


def clients(store: Store) -> int:
    return store._one("SELECT count(*) AS n FROM client")["n"]


@pytest.mark.parametrize("nik", ["6571014505900003", "6571-0145-0590-0003",
                                 "6571.0145.0590.0003", " 6571 0145 0590 0003 "])
def test_the_same_nik_however_typed_matches(store, ayu, nik):
    [match] = store.matching_clients(nik=nik)
    assert (match.full_name, match.nik, match.birth_date) == (
        "Ni Luh Putu Ayu D'Costa", "6571014505900003", "1990-05-05")
    assert match.reason == "nik"
    assert [(c.agenda_number, c.status_name, c.current_step) for c in match.cases] == [
        (store.referral(ayu)["agenda_number"], "Aktif", 3)]


@pytest.mark.parametrize("nik", ["657101450590000", "6571014505900004", "", None])
def test_a_nik_half_typed_or_another_matches_nobody(store, ayu, nik):
    assert store.matching_clients(nik=nik) == []


@pytest.mark.parametrize("name", ["Nguyen Van Minh", "nguyễn văn minh", "NGUYEN  VAN MINH",
                                  "Nguyễn Văn  Minh "])
def test_a_name_without_diacritics_or_with_other_spacing_matches(store, name):
    store.save_step(None, 1, {"full_name": "Nguyễn Văn Minh", "birth_date": "1988-02-01"})
    [match] = store.matching_clients(full_name=name, birth_date="1988-02-01")
    assert match.full_name == "Nguyễn Văn Minh" and match.reason == "name"


@pytest.mark.parametrize("stored, typed", [
    ("Nur'aini Hasanah", "Nuraini Hasanah"),
    ("Nuraini Hasanah", "Nur'aini hasanah"),
    ("Ma’ruf Amin", "Ma'ruf Amin"),
    ("Ma'ruf Amin", "ma’ruf amin"),
    ("Nur Aini", "Nuraini"),
])
def test_apostrophes_and_spaces_inside_a_name_do_not_matter(store, stored, typed):
    store.save_step(None, 1, {"full_name": stored, "estimated_age": 40})
    assert [m.full_name for m in store.matching_clients(full_name=typed, estimated_age=40)] == [
        stored]


@pytest.mark.parametrize("typed, matches", [
    ({"birth_date": "1990-05-05"}, True),
    ({"birth_date": "1990-05-06"}, False),          # two birth dates: the same day or nothing
    ({"estimated_age": 36}, True),                  # against the birth date (36 on TODAY)
    ({"estimated_age": 38}, True),
    ({"estimated_age": 34}, True),
    ({"estimated_age": 39}, False),
    ({"estimated_age": 33}, False),
    ({}, False),                                    # a name alone is not enough
    ({"birth_date": "05-05-19"}, False),            # a date typed half-way
])
def test_a_name_needs_the_same_birth_date_or_an_age_within_two_years(store, ayu, typed, matches):
    found = store.matching_clients(full_name="Ni Luh Putu Ayu D’Costa", **typed)
    assert bool(found) is matches


@pytest.mark.parametrize("known, typed, matches", [
    (40, {"estimated_age": 42}, True),
    (40, {"estimated_age": 43}, False),
    (40, {"birth_date": "1987-01-01"}, True),       # 39 on TODAY
    (40, {"birth_date": "1990-01-01"}, False),      # 36
])
def test_two_estimated_ages_or_an_age_and_a_birth_date(store, known, typed, matches):
    store.clock = lambda: TODAY
    store.save_step(None, 1, {"full_name": "Pak Udin", "estimated_age": known})
    assert bool(store.matching_clients(full_name="pak udin", **typed)) is matches


def test_the_case_s_own_client_is_not_a_match(store, ayu):
    own = store.client_of(ayu)
    assert store.matching_clients(nik=intake()["nik"], exclude_client_id=own) == []


def test_nik_matches_come_first_and_cases_newest_first(store, staff, ayu):
    other = store.save_step(None, 1, {"full_name": "Ni Luh Putu Ayu D'Costa",
                                      "birth_date": "1990-05-05"})
    again = store.create_referral(client_id=store.client_of(ayu))
    found = store.matching_clients(nik=intake()["nik"], full_name="ni luh putu ayu dcosta",
                                   birth_date="1990-05-05")
    assert [m.reason for m in found] == ["nik", "name"]
    assert found[1].client_id == store.client_of(other)
    assert [c.id for c in found[0].cases] == [again, ayu]


def test_lookups_use_the_indexes(store):
    for sql in ("SELECT * FROM client WHERE nik = ?", "SELECT * FROM client WHERE name_key = ?"):
        plan = " ".join(str(r) for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", ["x"]))
        assert "USING INDEX" in plan, plan


def test_an_anonymised_client_never_matches(store, staff):
    store.actor = staff["pengadministrasi"]
    rid = make_case(store, staff, AYU, NOTES["ayu"])
    assert store.matching_clients(nik=AYU["nik"])
    store.anonymise_cases([rid], "uji", today=LATER)
    assert store.matching_clients(nik=AYU["nik"]) == []
    assert store.matching_clients(full_name=AYU["full_name"], birth_date=AYU["birth_date"]) == []
    with pytest.raises(ValueError, match="dianonimkan"):
        store.create_referral(client_id=store.client_of(rid))


def test_listing_matches_needs_the_right_to_list_cases(store, ayu):
    store_as(store, {"konselor"})  # the file now has accounts
    nobody = Store(store.db, path=store.path, clock=store.clock)
    with pytest.raises(AccessDenied):
        nobody.matching_clients(nik=intake()["nik"])
    assert store_as(store, {"tim_ahli"}).matching_clients(nik=intake()["nik"])


# -- a returning client: one record, several cases --------------------------------------------

def test_a_new_referral_for_an_existing_client_keeps_one_client_record(store, ayu):
    before = clients(store)
    rid = store.create_referral(client_id=store.client_of(ayu))
    assert clients(store) == before
    assert store.client_of(rid) == store.client_of(ayu)
    assert store.load_step(rid, 1)["full_name"] == "Ni Luh Putu Ayu D'Costa"
    assert store.referral(rid)["agenda_number"] != store.referral(ayu)["agenda_number"]
    assert store.create_referral() and clients(store) == before + 1  # as before: a new client


def test_use_client_moves_a_draft_case_and_removes_its_orphan_row(store, ayu):
    draft = store.save_step(None, 1, {"full_name": "Ayu", "nik": "6571-0145-0590-0003",
                                      "complaint": "Datang lagi."})
    orphan = store.client_of(draft)
    store.use_client(draft, store.client_of(ayu))
    assert store.client_of(draft) == store.client_of(ayu)
    assert store._row("client", orphan) is None
    assert store.referral(draft)["complaint"] == "Datang lagi."  # the referral's own fields stay
    assert store._row("client", store.client_of(ayu))["full_name"] == (
        "Ni Luh Putu Ayu D'Costa")  # nothing copied over the existing record
    moved = store.audit_entries("referral", draft)[-1]
    assert (moved["action"], moved["old_values"], moved["new_values"]) == (
        "update", {"client_id": orphan}, {"client_id": store.client_of(ayu)})
    gone = store.audit_entries("client", orphan)[-1]
    assert gone["action"] == "delete" and gone["old_values"]["full_name"] == "Ayu"
    assert gone["actor"] == store.actor


def test_use_client_keeps_a_client_row_another_case_still_uses(store, ayu):
    shared = store.save_step(None, 1, {"full_name": "Budi"})
    second = store.create_referral(client_id=store.client_of(shared))
    store.use_client(second, store.client_of(ayu))
    assert store._row("client", store.client_of(shared)) is not None


def test_use_client_refuses_a_case_past_step_one(store, staff, ayu):
    other = complete_case(store, staff, upto=1)
    with pytest.raises(ValueError, match="langkah pertama"):
        store.use_client(other, store.client_of(ayu))
    draft = store.save_step(None, 1, {"full_name": "Ayu"})
    with pytest.raises(KeyError):
        store.use_client(draft, "no-such-client")
    assert store._row("client", store.client_of(draft))["full_name"] == "Ayu"


def test_use_client_needs_the_right_to_fill_in_step_one(store, ayu):
    draft = store.save_step(None, 1, {"full_name": "Ayu"})
    counselor = store_as(store, {"tim_ahli"})
    with pytest.raises(AccessDenied):
        counselor.use_client(draft, store.client_of(ayu))
    assert store.client_of(draft) != store.client_of(ayu)



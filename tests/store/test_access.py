"""The role × action table, against the store (not the UI): each cell is tried for real.

The expected table is written out here from the SOP's executor columns, not derived from
domain.access, so a change of the code's table shows up as a failure.
"""

from __future__ import annotations

import shutil

import pytest

from lk3_desktop.domain.access import AccessDenied, Action
from lk3_desktop.pdf.render import RenderError, render
from tests.helpers import cases
from tests.helpers.accounts import PEOPLE, audit_rows, office_file, signed_in

ROLES = list(PEOPLE)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    rid, ids = office_file(folder / "lk3.sqlite")
    return folder / "lk3.sqlite", rid, ids


@pytest.fixture
def office_copy(office, tmp_path):
    path, rid, ids = office
    copy = tmp_path / "lk3.sqlite"
    shutil.copy(path, copy)
    return copy, rid, ids


def allowed(*who: str) -> dict[str, bool]:
    return {u: u in who for u in ROLES}


CASE_WORKERS = ("kasi", "rina", "yusran", "maria", "sari", "hendra")
READ = {  # step → who reads it on maria's case
    1: allowed(*CASE_WORKERS), 2: allowed(*CASE_WORKERS),
    **{n: allowed("kasi", "maria", "hendra") for n in (3, 4, 5, 6, 7)},
}
EDIT = {1: allowed("rina"), 2: allowed("yusran"), 3: allowed("maria"), 4: allowed("maria"),
        5: allowed("hendra"), 6: allowed("hendra"), 7: allowed("maria")}


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("step", range(1, 8))
def test_reading_a_step(office, username, step):
    path, rid, _ = office
    store = signed_in(path, username)
    try:
        if READ[step][username]:
            assert store.load_step(rid, step)["status"] == "complete"
        else:
            with pytest.raises(AccessDenied):
                store.load_step(rid, step)
    finally:
        store.close()


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("step", range(1, 8))
def test_saving_a_step(office_copy, username, step):
    path, rid, _ = office_copy
    store = signed_in(path, username)
    try:
        # Tick every Kelengkapan item: a change that keeps the completed step valid.
        data = {"checklist": list(range(len(store.sop.step(step).kelengkapan)))}
        if EDIT[step][username]:
            store.save_step(rid, step, data)
            assert store.step_records(rid)[step]["updated_by"] == store.user.staff_id
        else:
            before = store.step_records(rid)[step]["updated_at"]
            with pytest.raises(AccessDenied):
                store.save_step(rid, step, data)
            assert store.step_records(rid)[step]["updated_at"] == before
    finally:
        store.close()


@pytest.mark.parametrize("username", ROLES)
def test_new_referral_only_by_the_intake_administrator(office_copy, username):
    path, _, _ = office_copy
    store = signed_in(path, username)
    try:
        count = len(store.list_cases())
        if username == "rina":
            store.save_step(None, 1, cases.intake(full_name="Klien Baru"))
            assert len(store.list_cases()) == count + 1
        else:
            with pytest.raises(AccessDenied):
                store.save_step(None, 1, cases.intake(full_name="Klien Baru"))
            assert len(store.list_cases()) == count
    finally:
        store.close()


OFFICE = {
    Action.LIST_CASES: allowed(*ROLES),
    Action.BACKUP: allowed(*ROLES),
    Action.BLANK_FORMS: allowed(*ROLES),
    Action.RESTORE: allowed("admin"),
    Action.ACCOUNTS: allowed("admin"),
    Action.OFFICE_SETTINGS: allowed("admin"),
    Action.AUDIT: allowed("admin", "kasi"),
    Action.EXPORT_CLIENT: allowed("kasi"),
    Action.RETENTION: allowed("admin"),
    Action.CANCEL_CASE: allowed("rina", "kasi"),
}


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("action", list(OFFICE))
def test_office_actions(office, username, action):
    path, _, _ = office
    store = signed_in(path, username)
    try:
        assert (store.denied(action) is None) == OFFICE[action][username]
    finally:
        store.close()


@pytest.mark.parametrize("username", ROLES)
def test_staff_and_settings_only_by_the_administrator(office_copy, username):
    path, _, _ = office_copy
    store = signed_in(path, username)
    try:
        if username == "admin":
            store.save_staff({"name": "Petugas Baru", "roles": ["konselor"]})
            store.save_office_settings({**store.office_settings().__dict__, "city": "Tarakan"})
        else:
            with pytest.raises(AccessDenied):
                store.save_staff({"name": "Petugas Baru", "roles": ["konselor"]})
            with pytest.raises(AccessDenied):
                store.save_office_settings({"city": "Tarakan"})
    finally:
        store.close()


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("kind", ["service-form", "record"])
def test_printing_follows_reading(office_copy, username, kind):
    path, rid, _ = office_copy
    store = signed_in(path, username)
    step = 1 if kind == "service-form" else 7
    try:
        if READ[step][username]:
            data, entry = render(store, kind, rid)
            assert data.startswith(b"%PDF") and entry is not None
            assert [e for e in audit_rows(path, "document", entry["id"])
                    if e["action"] == "print" and e["actor"] == store.user.staff_id]
        else:
            with pytest.raises(RenderError):
                render(store, kind, rid)
            with pytest.raises(AccessDenied):
                store.register_document(kind, rid)
            assert store.document_for(kind, rid) is None
    finally:
        store.close()


def test_an_inactive_account_cannot_write_even_if_signed_in_before(office_copy):
    path, rid, ids = office_copy
    maria = signed_in(path, "maria")
    admin = signed_in(path, "admin")
    try:
        admin.save_staff({"name": "Maria Goreti Lamba", "roles": ["konselor"], "active": False},
                         ids["maria"])
        with pytest.raises(AccessDenied):
            maria.save_step(rid, 4, {"checklist": [0]})
    finally:
        maria.close()
        admin.close()


def test_the_actor_cannot_be_chosen_in_a_file_with_accounts(office_copy):
    path, _, _ = office_copy
    store = signed_in(path, "rina")
    try:
        with pytest.raises(AccessDenied):
            store.actor = "siapa-saja"
        assert store.actor == store.user.staff_id
    finally:
        store.close()


def test_nobody_signed_in_may_do_nothing_guarded(office_copy):
    from lk3_desktop.store import open_store

    path, rid, _ = office_copy
    store = open_store(path)
    try:
        with pytest.raises(AccessDenied):
            store.list_cases()
        with pytest.raises(AccessDenied):
            store.load_step(rid, 1)
        with pytest.raises(AccessDenied):
            store.set_setting("office.city", "X")
    finally:
        store.close()


def test_opening_and_viewing_a_case_are_audited(office_copy):
    path, rid, ids = office_copy
    store = signed_in(path, "kasi")
    try:
        store.open_case(rid)
        store.open_case(rid, "view")
        reads = [(e["action"], e["actor"]) for e in store.audit_entries("referral", rid)
                 if e["action"] in ("open", "view")]
        assert reads == [("open", ids["kasi"]), ("view", ids["kasi"])]
    finally:
        store.close()

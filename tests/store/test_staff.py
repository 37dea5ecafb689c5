"""Staff members: saved tidied and audited, listed by name, refused at the field when invalid."""

from __future__ import annotations

import pytest

from lk3_desktop.domain.validation import ValidationFailed


def test_staff_is_saved_tidied_and_updates_are_audited(store):
    sid = store.save_staff({"name": "  Rina Marlina ", "nip": "19700202 199503 2 001",
                            "position": " Staf ", "roles": ["konselor", "pengadministrasi"]})
    person = store.staff(sid)
    assert person["name"] == "Rina Marlina" and person["position"] == "Staf"
    assert person["nip"] == "197002021995032001"  # typed with spaces, kept as digits
    assert person["roles"] == ["pengadministrasi", "konselor"]  # in the SOP's order
    assert person["active"] is True
    assert store.save_staff({**person, "position": "Kepala Seksi"}, sid) == sid
    entry = store.audit_entries("staff", sid)[-1]
    assert entry["action"] == "update"
    assert entry["old_values"] == {"position": "Staf"}
    assert entry["new_values"] == {"position": "Kepala Seksi"}


def test_list_staff_by_name_leaves_out_the_inactive_and_filters_by_role(store):
    ids = {name: store.save_staff({"name": name, "roles": roles, "active": active})
           for name, roles, active in (("Yusran", ["rehabilitasi"], True),
                                       ("Maria", ["konselor"], True),
                                       ("dr. Hendra", ["tim_ahli", "konselor"], False))}
    assert [s["name"] for s in store.list_staff()] == ["Maria", "Yusran"]
    assert [s["name"] for s in store.list_staff(include_inactive=True)] == [
        "dr. Hendra", "Maria", "Yusran"]  # by name whatever the case of its first letter
    assert [s["id"] for s in store.list_staff(include_inactive=True, roles=["konselor"])] == [
        ids["dr. Hendra"], ids["Maria"]]
    assert store.staff("no-such-id") is None


@pytest.mark.parametrize("data, field", [
    ({"name": "", "roles": ["konselor"]}, "name"),
    ({"name": "Rina", "roles": []}, "roles"),
    ({"name": "Rina", "roles": ["kepala"]}, "roles"),
    ({"name": "Rina", "roles": ["konselor"], "nip": "123"}, "nip"),
])
def test_invalid_staff_is_refused_at_the_field_and_nothing_written(store, data, field):
    with pytest.raises(ValidationFailed) as info:
        store.save_staff(data)
    assert [e.field for e in info.value.errors] == [field]
    assert store.list_staff(include_inactive=True) == []
    assert store.audit_entries("staff") == []

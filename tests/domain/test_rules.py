"""The case rules, each on its own: status, lateness, step order, executors, counselors."""

from __future__ import annotations

import pytest

from lk3_desktop.domain.rules import (
    case_state,
    check_new_counselor,
    default_executor,
    is_overdue,
    may_counsel,
    status_name,
    steps_missing_before,
)
from lk3_desktop.sop import load_sop

SOP = load_sop()
ALL = {s.number: "complete" for s in SOP.steps}


@pytest.mark.parametrize("statuses, outcome, state", [
    ({}, "", (1, "aktif")),
    ({1: "complete", 2: "draft"}, "", (2, "aktif")),
    ({**ALL, 4: "draft"}, "selesai", (4, "aktif")),  # a later correction reopened step 4
    (ALL, "selesai", (7, "selesai")),
    (ALL, "lanjut", (7, "lanjut")),
    (ALL, "dirujuk", (7, "dirujuk")),
    (ALL, "", (7, "selesai")),
])
def test_case_state_from_steps_and_outcome(statuses, outcome, state):
    assert case_state(SOP, statuses, outcome) == state


def test_status_names_read_as_the_office_says_them():
    assert status_name("lanjut") == "Konseling berlanjut"
    assert status_name("unknown") == "unknown"  # a newer program's status shows as stored


def test_overdue_only_when_active_and_past_the_sops_time():
    intake = SOP.step_by_key("intake")  # Waktu 30 menit
    assert is_overdue(intake, "aktif", 31)
    assert not is_overdue(intake, "aktif", 30)
    assert not is_overdue(intake, "selesai", 10_000)


def test_a_step_waits_for_every_step_before_it():
    assert steps_missing_before(SOP, 1, {}) == []
    [error] = steps_missing_before(SOP, 4, {1: "complete", 2: "complete", 3: "draft"})
    assert error.message == "Langkah 3 (Kontrak konseling) belum selesai."
    assert steps_missing_before(SOP, 4, {1: "complete", 2: "complete", 3: "complete"}) == []


def person(pid, roles, active=True):
    return {"id": pid, "roles": roles, "active": active}


def test_default_executor_prefers_the_active_person_then_a_role_holder():
    contract = SOP.step_by_key("contract")  # Peksos/Konselor LK3
    staff = [person("old", ["konselor"], active=False), person("k", ["konselor"]),
             person("a", ["pengadministrasi"])]
    assert default_executor(contract, person("k2", ["konselor"]), staff) == "k2"
    assert default_executor(contract, person("a", ["pengadministrasi"]), staff) == "k"
    assert default_executor(contract, person("a", ["pengadministrasi"]),
                            [person("a", ["pengadministrasi"])]) == "a"
    assert default_executor(contract, None, []) is None


def test_counselor_must_be_active_with_a_counselor_role_unless_kept_from_before():
    assert may_counsel(SOP, person("k", ["konselor"]))
    assert not may_counsel(SOP, person("k", ["konselor"], active=False))
    assert not may_counsel(SOP, person("a", ["pengadministrasi"]))
    gone = person("k", ["konselor"], active=False)
    assert check_new_counselor(SOP, "k", "k", gone) == []  # assigned earlier: still valid
    [error] = check_new_counselor(SOP, None, "k", gone)
    assert error.field == "counselor_id" and "peran konselor" in error.message


def test_the_missing_step_is_named_in_the_interface_language():
    from lk3_desktop import i18n

    i18n.install(lambda _context, text: {"Kontrak konseling": "Counseling contract"}.get(text, text))
    try:
        [error] = steps_missing_before(SOP, 4, {1: "complete", 2: "complete"})
    finally:
        i18n.install(None)
    assert "Counseling contract" in error.message

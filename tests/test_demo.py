"""Demo data: invented but realistic cases through the real store, every step and outcome
represented, the same cases for the same seed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lk3_desktop.cli import main
from lk3_desktop.demo import DEMO_STAFF, fill_demo_data
from lk3_desktop.store import open_store


def test_demo_niks_and_cases_pass_the_programs_own_rules(tmp_path):
    from lk3_desktop.domain.steps import validate_step

    db = tmp_path / "demo.sqlite"
    assert main(["demo-data", "--db", str(db), "--cases", "40", "--seed", "7"]) == 0
    store = open_store(db)
    for row in store.list_cases():
        rec = store.step_records(row.id)
        if rec[1]["status"] == "complete":
            assert validate_step(1, store.load_step(row.id, 1), store.ref, store.today()) == []
    store.close()


def test_demo_staff_are_made_only_when_there_are_none(store, staff):
    assert fill_demo_data(store, 5) == 5
    assert len(store.list_staff()) == 4  # the office's own staff do the demo's steps
    named = {s["id"] for s in store.list_staff()}
    for row in store.list_cases():
        assert store.step_records(row.id)[1]["performed_by"] in named


def test_an_empty_file_gets_the_demo_staff_with_their_roles(store):
    fill_demo_data(store, 3)
    assert sorted((s["name"], tuple(s["roles"])) for s in store.list_staff()) == sorted(
        (name, tuple(roles)) for name, roles, _ in DEMO_STAFF)


def test_the_same_seed_makes_the_same_cases(tmp_path):
    made = []
    for name in ("a.sqlite", "b.sqlite"):
        s = open_store(tmp_path / name)
        fill_demo_data(s, 12, seed=5)
        made.append([(r.client_name, r.nik, r.current_step, r.status) for r in s.list_cases()])
        s.close()
    assert made[0] == made[1] and len(made[0]) == 12
    other = open_store(tmp_path / "c.sqlite")
    fill_demo_data(other, 12, seed=6)
    assert [(r.client_name, r.nik) for r in other.list_cases()] != [m[:2] for m in made[0]]
    other.close()


def test_progress_is_reported_and_the_clock_given_back(store):
    fixed = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
    clock = lambda: fixed  # noqa: E731
    store.clock = clock
    seen = []
    assert fill_demo_data(store, 20, progress=lambda done, total: seen.append((done, total))) == 20
    assert seen == [(20, 20)]
    assert store.clock is clock
    assert all(r.last_activity_at <= fixed.isoformat() for r in store.list_cases())


def test_the_clock_is_given_back_when_a_case_fails(store, monkeypatch):
    clock = store.clock

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save_step", broken)
    with pytest.raises(OSError):
        fill_demo_data(store, 3)
    assert store.clock is clock


def test_demo_cancels_a_few_mistaken_cases_as_the_intake_staff(tmp_path):
    from lk3_desktop.demo import cancel_mistakes, fill_demo_data
    from lk3_desktop.store import open_store

    store = open_store(tmp_path / "demo.sqlite")
    try:
        fill_demo_data(store, 120)
        assert cancel_mistakes(store, 120) == 2
        rows = store.db.execute(
            "SELECT r.cancelled_by, r.cancel_reason, s.roles FROM referral r "
            "JOIN staff s ON s.id = r.cancelled_by WHERE r.status = 'batal'").fetchall()
        assert len(rows) == 2 and all("pengadministrasi" in roles and reason
                                      for _by, reason, roles in rows)
    finally:
        store.close()


def test_some_clients_came_back_one_record_with_several_cases(store):
    from lk3_desktop.domain.steps import validate_step

    fill_demo_data(store, 120, seed=3)
    shared = store._all("SELECT client_id, count(*) AS n FROM referral GROUP BY client_id "
                        "HAVING n > 1")
    assert 3 <= len(shared) <= 20
    assert store._one("SELECT count(*) AS n FROM client")["n"] == 120 - sum(
        r["n"] - 1 for r in shared)  # no client row without a case
    for row in shared:
        rids = [r["id"] for r in store._all(
            "SELECT id FROM referral WHERE client_id = ? ORDER BY agenda_seq", [row["client_id"]])]
        first, *later = [store.load_step(r, 1) for r in rids]
        for rid, data in zip(rids[1:], later):
            assert data["full_name"] == first["full_name"]
            assert data["arrival_at"] > first["arrival_at"]  # came back after the first case
            if store.step_records(rid)[1]["status"] == "complete":
                assert validate_step(1, data, store.ref, store.today()) == []

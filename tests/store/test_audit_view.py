"""The audit view's queries, its CSV export, and the check that finds audit rows changed,
added or removed outside the program."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import stat
import sys
import time
from datetime import UTC, date, datetime, timedelta

import pytest

from lk3_desktop.domain.access import ADMINISTRATOR, KEPALA_SEKSI, AccessDenied, Action, User
from lk3_desktop.store import Store, open_store
from lk3_desktop.store.audit_chain import (
    ChainCheck,
    audit_chain_problem,
    content_hash,
    find_chain_break,
    row_hash,
)
from lk3_desktop.store.audit_view import AuditFilter
from tests.helpers.cases import complete_case, executor, intake

CASE_TABLES = ("client", "referral", "step_record", "problem", "action_item", "document")


def seqs(entries) -> list[int]:
    return [e.seq for e in entries]


def all_rows(store) -> list[dict]:
    cur = store.db.execute("SELECT * FROM audit_log ORDER BY seq")
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def raw(store) -> sqlite3.Connection:
    """A second connection to the file, as an attacker with a SQLite tool would have."""
    conn = sqlite3.connect(store.path, isolation_level=None)
    return conn


def readonly(store) -> sqlite3.Connection:
    return sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)


@pytest.fixture
def two_clients(store, staff):
    """Client A: a case through all seven steps, a removed problem, a printed document and
    an opened case; client B: a case at step 1. Returns (A's referral id, B's)."""
    store.actor = staff["pengadministrasi"]
    a = complete_case(store, staff)
    data = store.load_step(a, 4)
    data["problems"].pop(0)
    store.save_step(a, 4, data, complete=True)  # a problem deleted: its rows stay A's
    store.register_document("referral", a)
    store.audit_event("open", "referral", a, {"step": 4})
    b = store.save_step(None, 1, intake(full_name="Siti Aminah", nickname="Siti",
                                        nik="6571014505900011",
                                        performed_by=executor(store, staff, 1)), complete=True)
    store.audit_event("open", "referral", b)
    store.set_setting("office", "Dinas Sosial")  # not a client's row
    return a, b


# -- filters -----------------------------------------------------------------------------

def test_client_filter_finds_every_row_of_that_clients_cases_and_none_of_anothers(
        store, two_clients):
    a, b = two_clients
    agenda_a, agenda_b = (store.referral(r)["agenda_number"] for r in (a, b))
    found_a = set(seqs(store.audit_rows(AuditFilter(client=agenda_a))))
    found_b = set(seqs(store.audit_rows(AuditFilter(client=agenda_b))))
    case_rows = {r["seq"] for r in all_rows(store) if r["table_name"] in CASE_TABLES}
    assert found_a and found_b and not found_a & found_b
    assert found_a | found_b == case_rows  # every case row is A's or B's
    by_seq = {r["seq"]: r for r in all_rows(store)}
    tables_a = {by_seq[s]["table_name"] for s in found_a}
    assert tables_a == set(CASE_TABLES)
    deleted = [s for s in case_rows if by_seq[s]["action"] == "delete"]
    assert deleted and set(deleted) <= found_a
    # Each row of A's names A's case, and B's rows B's.
    assert {e.agenda_number for e in store.audit_rows(AuditFilter(client=agenda_a))} == {agenda_a}
    assert {e.agenda_number for e in store.audit_rows(AuditFilter(client=agenda_b))} == {agenda_b}
    # By part of the name in any case, by nickname, by NIK typed with spaces; the same rows.
    assert set(seqs(store.audit_rows(AuditFilter(client="d'COSTA")))) == found_a
    assert set(seqs(store.audit_rows(AuditFilter(client="siti")))) == found_b
    assert set(seqs(store.audit_rows(AuditFilter(client="6571 0145 0590 0011")))) == found_b
    assert store.audit_count(AuditFilter(client=agenda_a)) == len(found_a)
    assert store.audit_query(AuditFilter(client="Tidak Ada Nama Ini")) == []
    assert store.audit_query(AuditFilter(client="%")) == []  # a wildcard is a character


def test_filters_by_staff_action_and_date(db_path):
    now = {"t": datetime(2026, 11, 25, 2, tzinfo=UTC)}
    store = open_store(db_path, clock=lambda: now["t"])
    try:
        rina = store.save_staff({"name": "Rina", "roles": ["pengadministrasi"]})
        yusran = store.save_staff({"name": "Yusran", "roles": ["rehabilitasi"]})
        store.actor = rina
        rid = store.save_step(None, 1, intake(performed_by=rina), complete=True)
        now["t"] += timedelta(days=3)
        store.actor = yusran
        store.audit_event("open", "referral", rid)
        store.audit_event("print", "document", "x", {"kind": "referral"})
        by_yusran = store.audit_query(AuditFilter(actor=yusran))
        assert [e.action for e in by_yusran] == ["print", "open"]
        assert {e.who for e in by_yusran} == {"Yusran"}
        assert all(e.actor == rina for e in store.audit_query(AuditFilter(actor=rina)))
        assert [e.action for e in store.audit_query(AuditFilter(action="open"))] == ["open"]
        assert seqs(store.audit_query(AuditFilter(date_from=date(2026, 11, 28)))) == seqs(
            by_yusran)
        assert {e.at[:10] for e in store.audit_query(AuditFilter(
            date_from=date(2026, 11, 25), date_to=date(2026, 11, 25)))} == {"2026-11-25"}
        assert store.audit_query(AuditFilter(date_from=date(2026, 11, 26),
                                             date_to=date(2026, 11, 27))) == []
        assert store.audit_query(AuditFilter(actor=yusran, action="insert")) == []
        assert store.audit_count(AuditFilter(actor=yusran, date_to=date(2026, 11, 28))) == 2
        actors = dict(store.audit_actors())
        assert actors[rina] == "Rina" and actors[yusran] == "Yusran"
        assert any(name.endswith("(login komputer)") for name in actors.values())
    finally:
        store.close()


@pytest.fixture
def wita(monkeypatch):
    """Local time is Tarakan's (WITA, UTC+8), whatever the machine running the tests says."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "Asia/Makassar")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_are_local_days_and_times_shown_local(db_path, wita):
    now = {"t": datetime(2026, 11, 20, 17, 30, tzinfo=UTC)}  # 21 Nov 01.30 in Tarakan
    store = open_store(db_path, clock=lambda: now["t"])
    try:
        store.audit_event("open", "referral", "r1")
        now["t"] = datetime(2026, 11, 20, 15, 59, tzinfo=UTC)  # 20 Nov 23.59 WITA
        store.audit_event("open", "referral", "r2")
        on_21 = store.audit_query(AuditFilter(date_from=date(2026, 11, 21),
                                              date_to=date(2026, 11, 21)))
        assert [e.row_id for e in on_21] == ["r1"]
        assert on_21[0].when == "21 Nov 2026 01.30"
        assert on_21[0].local_time == "2026-11-21 01:30:00"
        on_20 = store.audit_query(AuditFilter(date_to=date(2026, 11, 20)))
        assert [e.row_id for e in on_20] == ["r2"]
    finally:
        store.close()


# -- what a row says ---------------------------------------------------------------------

def test_a_row_says_who_what_which_case_and_the_fields_never_their_values(store, staff, case):
    konselor = staff["konselor"]
    store.actor = konselor
    client_id = store.referral(case)["client_id"]
    store.save_step(case, 1, intake(full_name="Ni Luh Putu Ayu", phone="0811 000 111",
                                    performed_by=staff["pengadministrasi"]), complete=True)
    store.audit_event("print", "document", "d1", {"kind": "contract", "copies": 2})
    printed = store.audit_query(limit=1)[0]
    changed = next(e for e in store.audit_query(limit=20)
                   if e.table_name == "client" and e.action == "update")
    agenda = store.referral(case)["agenda_number"]
    assert (changed.who, changed.action_name, changed.table_title, changed.agenda_number,
            changed.row_id) == ("Maria Goreti Lamba, S.Psi.", "Mengubah", "Data klien", agenda,
                                client_id)
    assert changed.fields == "Nama lengkap, Nomor telepon"
    assert (printed.action_name, printed.table_title, printed.fields) == (
        "Mencetak", "Dokumen", "Jenis dokumen: Kontrak Konseling, Jumlah salinan: 2")
    steps = [e for e in store.audit_rows(AuditFilter(client=agenda))
             if e.table_name == "step_record" and e.action == "update"]
    assert {e.table_title for e in steps} == {f"Langkah {n}" for n in range(1, 8)}
    step2 = next(e for e in steps if e.table_title == "Langkah 2")
    # A step's own fields (its data JSON) by their labels in data/sop.json.
    assert "Catatan pertemuan" in step2.fields and "Bersedia" not in step2.fields
    for e in store.audit_rows():
        assert "D'Costa" not in e.fields and "0812" not in e.fields


def test_pages_go_back_in_time_without_gaps_or_repeats(store, staff):
    for i in range(25):
        store.audit_event("open", "referral", f"r{i}")
    everything = seqs(store.audit_query(limit=1000))
    pages, before = [], None
    while True:
        page = store.audit_query(before=before, limit=7)
        pages += seqs(page)
        if len(page) < 7:
            break
        before = page[-1].seq
    assert pages == everything == sorted(everything, reverse=True)
    assert seqs(store.audit_rows(page=4)) == everything


# -- CSV -------------------------------------------------------------------------------

def read_csv(path) -> list[list[str]]:
    text = path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    return list(csv.reader(text.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_csv_holds_the_filtered_rows_is_owner_only_and_the_export_is_audited(
        store, staff, two_clients, tmp_path):
    a, _ = two_clients
    agenda = store.referral(a)["agenda_number"]
    f = AuditFilter(client=agenda, date_from=date(2020, 1, 1))
    expected = list(store.audit_rows(f))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "log-audit.csv"
    target.write_text("older export")
    os.chmod(target, 0o644)
    assert store.audit_csv(target, f) == len(expected)
    rows = read_csv(target)
    assert rows[0][:3] == ["No. baris log", "Waktu (lokal)", "Waktu (UTC)"]
    assert [int(r[0]) for r in rows[1:]] == seqs(expected)
    assert {r[7] for r in rows[1:]} == {agenda}
    assert "D'Costa" not in target.read_text(encoding="utf-8-sig")
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["log-audit.csv"]  # no temporary left
    export = store.audit_query(AuditFilter(action="export"))[0]
    assert (export.table_name, export.actor) == ("audit_log", staff["pengadministrasi"])
    details = json.loads(all_rows(store)[-1]["new_values"])
    assert details == {"format": "csv", "rows": len(expected), "client_filter": True,
                       "actor": None, "action": None, "from": "2020-01-01", "to": None}
    assert agenda not in all_rows(store)[-1]["new_values"]
    rows_exported = len(expected)
    assert export.fields == (f"Format: csv, Jumlah catatan: {rows_exported}, "
                             "Disaring per klien: ya, Dari: 1 Jan 2020")
    by_staff = AuditFilter(actor=staff["pengadministrasi"], action="open")
    store.audit_csv(target, by_staff)
    assert store.audit_query(limit=1)[0].fields == (
        "Format: csv, Jumlah catatan: 2, Petugas: Rina Marlina, S.Tr.Sos., Tindakan: Membuka, "
        "Disaring per klien: tidak")


def test_a_cell_that_looks_like_a_formula_is_written_as_text(store, tmp_path):
    sid = store.save_staff({"name": "=HYPERLINK(\"http://x\")", "roles": ["konselor"]})
    store.actor = sid
    store.audit_event("open", "referral", "r1")
    target = tmp_path / "a.csv"
    store.audit_csv(target, AuditFilter(action="open"))
    assert read_csv(target)[1][3] == "'=HYPERLINK(\"http://x\")"


@pytest.mark.parametrize("make", [
    lambda p: p.mkdir(),
    lambda p: os.mkfifo(p) if hasattr(os, "mkfifo") else pytest.skip("no FIFOs"),
], ids=["folder", "fifo"])
def test_csv_refuses_a_target_that_is_no_regular_file_and_records_nothing(store, tmp_path,
                                                                          make):
    target = tmp_path / "log.csv"
    make(target)
    before = len(all_rows(store))
    with pytest.raises(OSError):
        store.audit_csv(target)
    assert len(all_rows(store)) == before


# -- the chain -----------------------------------------------------------------------------

def _drop_guards(conn) -> None:
    conn.execute("DROP TRIGGER audit_log_never_changed")
    conn.execute("DROP TRIGGER audit_log_never_deleted")


def _restore_guards(conn) -> None:
    """An attacker who tidies up: the triggers put back as migration m005 made them."""
    conn.execute("CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log BEGIN "
                 "SELECT RAISE(ABORT, 'audit_log rows cannot be deleted'); END")
    conn.execute("CREATE TRIGGER audit_log_never_changed BEFORE UPDATE ON audit_log "
                 "WHEN NOT (NEW.redacted = 1) BEGIN "
                 "SELECT RAISE(ABORT, 'audit_log rows cannot be changed'); END")


def _forge(conn, seq: int, prev: str) -> None:
    """Put a row of the attacker's in place of row `seq`, hashed as the program would."""
    row = {"seq": seq, "id": "forged", "at": "2026-01-01T00:00:00+00:00", "actor": "x",
           "table_name": "client", "row_id": "c", "action": "update", "old_values": None,
           "new_values": "{}", "content_hash": content_hash(None, "{}"), "prev_hash": prev}
    row["hash"] = row_hash(prev, row)
    conn.execute("DELETE FROM audit_log WHERE seq = ?", [seq])
    conn.execute("INSERT INTO audit_log (seq, id, at, actor, table_name, row_id, action, "
                 "old_values, new_values, content_hash, prev_hash, hash) VALUES (:seq, :id, "
                 ":at, :actor, :table_name, :row_id, :action, :old_values, :new_values, "
                 ":content_hash, :prev_hash, :hash)", row)


# (what the attacker does to rows 1..n, the row found, the reason)
TAMPERING = [
    ("actor", lambda c, n, h: c.execute("UPDATE audit_log SET actor = 'os:x' WHERE seq = 5"),
     lambda n: 5, "hash"),
    ("time", lambda c, n, h: c.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' "
                                       "WHERE seq = 3"), lambda n: 3, "hash"),
    ("values", lambda c, n, h: c.execute(
        "UPDATE audit_log SET new_values = '{\"full_name\": \"X\"}' WHERE seq = 4"),
     lambda n: 4, "content"),
    ("values and their hash", lambda c, n, h: c.execute(
        "UPDATE audit_log SET new_values = '{}', content_hash = ? WHERE seq = 4",
        [content_hash(None, "{}")]),
     lambda n: 4, "hash"),
    ("middle row deleted", lambda c, n, h: c.execute("DELETE FROM audit_log WHERE seq = 6"),
     lambda n: 7, "link"),
    ("first row deleted", lambda c, n, h: c.execute("DELETE FROM audit_log WHERE seq = 1"),
     lambda n: 2, "link"),
    ("forged row in place of one", lambda c, n, h: _forge(c, 6, h[5]), lambda n: 7, "link"),
    ("forged row added", lambda c, n, h: c.execute(
        "INSERT INTO audit_log (id, at, actor, table_name, row_id, action, content_hash, "
        "prev_hash, hash) VALUES ('f', 'x', 'x', 'client', 'c', 'update', 'x', ?, 'x')",
        [h[n]]), lambda n: n + 1, "content"),
    ("newest rows deleted", lambda c, n, h: c.execute(
        "DELETE FROM audit_log WHERE seq >= ?", [n - 1]), lambda n: n - 1, "tail"),
    ("redacted flag set on values not cleared", lambda c, n, h: c.execute(
        "UPDATE audit_log SET redacted = 1, old_values = NULL WHERE seq = 4"),
     lambda n: 4, "content"),
]


@pytest.mark.parametrize("what, tamper, expected_seq, reason", TAMPERING,
                         ids=[t[0] for t in TAMPERING])
def test_a_row_changed_outside_the_program_is_found(store, staff, case, what, tamper,
                                                   expected_seq, reason):
    hashes = {r["seq"]: r["hash"] for r in all_rows(store)}
    n = max(hashes)
    assert store.check_audit_chain() is None
    conn = raw(store)
    _drop_guards(conn)
    tamper(conn, n, hashes)
    _restore_guards(conn)
    conn.close()
    found = store.check_audit_chain()
    assert (found.seq, found.reason) == (expected_seq(n), reason)
    conn = readonly(store)
    try:
        sentence = audit_chain_problem(conn)
    finally:
        conn.close()
    assert sentence.startswith(f"Log audit diubah di luar program mulai baris {expected_seq(n)}")
    if reason == "tail":
        assert f"sampai {n})" in sentence


def test_removed_guards_are_found_though_every_row_still_holds(store, case):
    conn = raw(store)
    conn.execute("DROP TRIGGER audit_log_never_changed")
    conn.close()
    assert store.check_audit_chain().reason == "guard"
    conn = readonly(store)
    assert audit_chain_problem(conn).startswith("Log audit tidak lagi terlindung")
    conn.close()


def test_redacted_rows_still_verify(store, case):
    conn = raw(store)  # what anonymisation may do, through the triggers, nothing dropped
    conn.execute("UPDATE audit_log SET old_values = NULL, new_values = NULL, redacted = 1 "
                 "WHERE table_name = 'client'")
    conn.close()
    assert any(r["redacted"] for r in all_rows(store))
    assert store.check_audit_chain() is None
    conn = readonly(store)
    assert audit_chain_problem(conn) is None
    conn.close()
    redacted = [e for e in store.audit_rows() if e.redacted]
    assert redacted and {e.fields for e in redacted} == {"(isi dihapus saat anonimisasi)"}


def test_the_walk_in_chunks_finds_what_one_pass_finds(store, case):
    conn = raw(store)
    _drop_guards(conn)
    conn.execute("UPDATE audit_log SET row_id = 'x' WHERE seq = 9")
    _restore_guards(conn)
    conn.close()
    check = ChainCheck(store.db, chunk=4)
    steps = 1
    while not check.step():
        steps += 1
    assert steps == 3 and check.checked == 8  # rows 1-8 whole, row 9 not
    assert check.finding == find_chain_break(store.db) == store.check_audit_chain()
    assert check.finding.seq == 9


def test_a_file_from_before_the_chain_has_nothing_to_check(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite")
    conn.execute("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT, "
                 "at TEXT, actor TEXT, table_name TEXT, row_id TEXT, action TEXT, "
                 "old_values TEXT, new_values TEXT)")
    conn.execute("INSERT INTO audit_log (id) VALUES ('a')")
    assert audit_chain_problem(conn) is None
    conn.close()


def test_an_empty_log_of_a_new_file_holds(store):
    assert store.check_audit_chain() is None


# -- who may read it -----------------------------------------------------------------------

def _with_account(store, staff_id: str) -> None:
    now = "2026-11-01T00:00:00+00:00"
    store.db.execute("INSERT INTO account (id, staff_id, username, created_at, updated_at, "
                     "created_by, updated_by) VALUES ('a1', ?, 'admin', ?, ?, 'x', 'x')",
                     [staff_id, now, now])
    store.db.conn.commit()


def _as(store, staff_id: str, *roles: str) -> Store:
    user = User(staff_id=staff_id, username="u", name="U", roles=frozenset(roles))
    return Store(store.db, path=store.path, user=user)


@pytest.mark.parametrize("roles, allowed", [
    ((ADMINISTRATOR,), True),
    ((KEPALA_SEKSI,), True),
    (("konselor",), False),
    (("pengadministrasi", "tim_ahli"), False),
], ids=["administrator", "kepala seksi", "konselor", "others"])
def test_only_the_administrator_and_the_kepala_seksi_read_the_log(store, staff, tmp_path,
                                                                  roles, allowed):
    _with_account(store, staff["konselor"])
    who = _as(store, staff["konselor"], *roles)
    calls = [lambda: who.audit_query(), lambda: who.audit_count(), lambda: who.audit_actors(),
             lambda: who.check_audit_chain(), lambda: who.audit_chain_check(),
             lambda: who.audit_csv(tmp_path / "x.csv")]
    for call in calls:
        if allowed:
            call()
        else:
            with pytest.raises(AccessDenied, match="log audit"):
                call()
    assert (tmp_path / "x.csv").exists() == allowed


def test_nobody_signed_in_reads_nothing_once_the_file_has_accounts(store, staff):
    assert store.audit_query() is not None  # no accounts yet: nothing is guarded
    _with_account(store, staff["konselor"])
    nobody = Store(store.db, path=store.path)
    with pytest.raises(AccessDenied, match="Belum ada petugas yang masuk"):
        nobody.audit_query()
    assert nobody.denied(Action.AUDIT)


def test_rows_an_attacker_garbled_still_show_and_export(store, two_clients, tmp_path):
    """The view must stay usable on exactly the file that needs looking into."""
    a, _ = two_clients
    agenda = store.referral(a)["agenda_number"]
    conn = raw(store)
    _drop_guards(conn)
    conn.execute("UPDATE audit_log SET at = 'kemarin', old_values = '{rusak', "
                 "new_values = 'bukan json' WHERE action = 'delete'")
    conn.close()
    garbled = [e for e in store.audit_rows() if e.at == "kemarin"]
    assert garbled and {e.fields for e in garbled} == {""}
    assert store.audit_query(AuditFilter(client=agenda))
    before = store.audit_count()
    assert store.audit_csv(tmp_path / "x.csv") == before
    assert store.check_audit_chain().reason == "content"

"""Named schema migrations (sqlite-utils Migrations); never edit one that has shipped."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

# "LK3D" as a big-endian 32-bit integer, stamped into the SQLite header so that any tool can
# tell an LK3 Desktop file from other SQLite files.
APPLICATION_ID = 0x4C4B3344

migrations = Migrations("lk3_desktop")


def _run(db: Database, script: str) -> None:
    """Execute statements one by one inside the migration's transaction.

    sqlite3's executescript() would COMMIT first and run outside the transaction that
    Migrations opened, so a failing migration could leave half a schema behind.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement!r}")

_STAMP = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_by TEXT NOT NULL
"""


def m001_initial_schema(db: Database) -> None:
    """Staff, client, referral (the case), one record per step, problems, actions, audit log."""
    _run(db, f"""
    CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        nip TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL DEFAULT '[]',      -- JSON list of SOP role keys
        active INTEGER NOT NULL DEFAULT 1,
        {_STAMP}
    );
    CREATE TABLE client (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL DEFAULT '',
        nickname TEXT NOT NULL DEFAULT '',
        nik TEXT NOT NULL DEFAULT '',
        kk_number TEXT NOT NULL DEFAULT '',
        birth_place TEXT NOT NULL DEFAULT '',
        birth_date TEXT,                        -- ISO date
        estimated_age INTEGER,
        sex TEXT NOT NULL DEFAULT '',           -- L / P
        religion TEXT NOT NULL DEFAULT '',
        marital_status TEXT NOT NULL DEFAULT '',
        education TEXT NOT NULL DEFAULT '',
        occupation TEXT NOT NULL DEFAULT '',
        address_street TEXT NOT NULL DEFAULT '',
        rt_rw TEXT NOT NULL DEFAULT '',
        kelurahan TEXT NOT NULL DEFAULT '',
        kecamatan TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        nationality TEXT NOT NULL DEFAULT '',
        family_unknown INTEGER NOT NULL DEFAULT 0,
        family_name TEXT NOT NULL DEFAULT '',
        family_relation TEXT NOT NULL DEFAULT '',
        family_phone TEXT NOT NULL DEFAULT '',
        family_address TEXT NOT NULL DEFAULT '',
        {_STAMP}
    );
    CREATE TABLE referral (
        id TEXT PRIMARY KEY,
        agenda_year INTEGER NOT NULL,
        agenda_seq INTEGER NOT NULL,
        agenda_number TEXT NOT NULL UNIQUE,
        client_id TEXT NOT NULL REFERENCES client(id),
        status TEXT NOT NULL DEFAULT 'aktif',   -- aktif / selesai / lanjut / dirujuk
        current_step INTEGER NOT NULL DEFAULT 1,
        arrival_at TEXT,                        -- local date-time the client arrived
        referral_source TEXT NOT NULL DEFAULT '',
        referrer_name TEXT NOT NULL DEFAULT '',
        referrer_contact TEXT NOT NULL DEFAULT '',
        complaint TEXT NOT NULL DEFAULT '',
        arrival_condition TEXT NOT NULL DEFAULT '',
        consent_record INTEGER NOT NULL DEFAULT 0,
        consent_referral INTEGER NOT NULL DEFAULT 0,
        family_tracing_needed INTEGER NOT NULL DEFAULT 0,
        counselor_id TEXT REFERENCES staff(id),
        outcome TEXT NOT NULL DEFAULT '',
        related_sop TEXT NOT NULL DEFAULT '',
        referral_other TEXT NOT NULL DEFAULT '',
        outcome_reason TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        last_activity_at TEXT NOT NULL,
        {_STAMP},
        UNIQUE (agenda_year, agenda_seq)
    );
    CREATE TABLE step_record (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
        started_at TEXT NOT NULL,
        completed_at TEXT,
        performed_by TEXT REFERENCES staff(id),
        checklist TEXT NOT NULL DEFAULT '[]',   -- JSON list of ticked Kelengkapan items
        data TEXT NOT NULL DEFAULT '{{}}',      -- JSON of the step's own fields
        {_STAMP},
        UNIQUE (referral_id, step)
    );
    CREATE TABLE problem (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        origin_step INTEGER NOT NULL,           -- 4 identified, 5 found at reassessment
        position INTEGER NOT NULL DEFAULT 0,
        area TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL DEFAULT '',
        reassessment TEXT NOT NULL DEFAULT '',  -- terkonfirmasi / berubah / teratasi
        reassessment_note TEXT NOT NULL DEFAULT '',
        {_STAMP}
    );
    CREATE TABLE action_item (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        problem_id TEXT REFERENCES problem(id) ON DELETE SET NULL,
        position INTEGER NOT NULL DEFAULT 0,
        goal TEXT NOT NULL DEFAULT '',
        activity TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        target_date TEXT,
        status TEXT NOT NULL DEFAULT '',
        {_STAMP}
    );
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
        old_values TEXT,                        -- JSON of the changed columns before
        new_values TEXT                         -- JSON of the changed columns after
    );
    CREATE INDEX idx_step_record_referral ON step_record(referral_id);
    CREATE INDEX idx_problem_referral ON problem(referral_id);
    CREATE INDEX idx_action_referral ON action_item(referral_id);
    """)


def m002_settings_and_lookup_indexes(db: Database) -> None:
    """Office settings (letterhead, defaults) and indexes the case list and audit view need."""
    _run(db, f"""
    CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        {_STAMP}
    );
    CREATE INDEX idx_referral_status ON referral(status, current_step);
    CREATE INDEX idx_referral_client ON referral(client_id);
    CREATE INDEX idx_client_nik ON client(nik);
    CREATE INDEX idx_audit_row ON audit_log(table_name, row_id);
    """)


def m003_document_register(db: Database) -> None:
    """The agenda register of printed documents (the SOP's "diagendakan")."""
    _run(db, f"""
    CREATE TABLE document (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,                     -- service-form / referral / contract / record
        referral_id TEXT REFERENCES referral(id),
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        number TEXT NOT NULL UNIQUE,
        doc_date TEXT NOT NULL,                 -- ISO date printed on the document
        staff_id TEXT REFERENCES staff(id),     -- who printed it first
        filed_location TEXT NOT NULL DEFAULT '',
        print_count INTEGER NOT NULL DEFAULT 1,
        {_STAMP},
        UNIQUE (year, seq),
        UNIQUE (kind, referral_id)              -- a reprint keeps its number and date
    );
    CREATE INDEX idx_document_date ON document(doc_date);
    """)


def m004_steps_not_limited_to_seven(db: Database) -> None:
    """step_record without CHECK (step BETWEEN 1 AND 7): the SOP's steps come from
    data/sop.json, and a revised SOP may have more. SQLite cannot drop a CHECK in place, so
    the table is rebuilt with the same columns and rows."""
    _run(db, f"""
    CREATE TABLE step_record_new (
        id TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
        step INTEGER NOT NULL CHECK (step >= 1),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'complete')),
        started_at TEXT NOT NULL,
        completed_at TEXT,
        performed_by TEXT REFERENCES staff(id),
        checklist TEXT NOT NULL DEFAULT '[]',   -- JSON list of ticked Kelengkapan items
        data TEXT NOT NULL DEFAULT '{{}}',      -- JSON of the step's own fields
        {_STAMP},
        UNIQUE (referral_id, step)
    );
    INSERT INTO step_record_new (id, referral_id, step, status, started_at, completed_at,
                                 performed_by, checklist, data, created_at, updated_at,
                                 created_by, updated_by)
        SELECT id, referral_id, step, status, started_at, completed_at, performed_by,
               checklist, data, created_at, updated_at, created_by, updated_by
        FROM step_record;
    DROP TABLE step_record;
    ALTER TABLE step_record_new RENAME TO step_record;
    CREATE INDEX idx_step_record_referral ON step_record(referral_id);
    """)


def m005_accounts_and_chained_audit(db: Database) -> None:
    """Sign-in accounts (one per staff member at most; the password only as an Argon2id hash
    with its parameters) and an audit log that also records reads, whose rows chain by hash
    and cannot be changed or deleted by any statement (bar clearing the values of a row,
    marked redacted, when a client is anonymised)."""
    from lk3_desktop.store.audit_chain import GENESIS, content_hash, row_hash

    _run(db, f"""
    CREATE TABLE account (
        id TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL UNIQUE REFERENCES staff(id),
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL DEFAULT '',  -- Argon2id, PHC string with its parameters
        must_change_password INTEGER NOT NULL DEFAULT 0,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        last_failed_at TEXT,
        last_sign_in_at TEXT,
        {_STAMP}
    );
    CREATE TABLE audit_log_new (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        action TEXT NOT NULL,                   -- insert/update/delete, or a read (open, print…)
        old_values TEXT,
        new_values TEXT,
        content_hash TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        redacted INTEGER NOT NULL DEFAULT 0
    );
    """)
    prev = GENESIS
    cur = db.execute("SELECT seq, id, at, actor, table_name, row_id, action, old_values, "
                     "new_values FROM audit_log ORDER BY seq")
    cols = [c[0] for c in cur.description]
    for values in cur.fetchall():
        row = dict(zip(cols, values))
        row["content_hash"] = content_hash(row["old_values"], row["new_values"])
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(prev, row)
        db.execute(
            "INSERT INTO audit_log_new (seq, id, at, actor, table_name, row_id, action, "
            "old_values, new_values, content_hash, prev_hash, hash) "
            "VALUES (:seq, :id, :at, :actor, :table_name, :row_id, :action, :old_values, "
            ":new_values, :content_hash, :prev_hash, :hash)", row)
    _run(db, """
    DROP TABLE audit_log;
    ALTER TABLE audit_log_new RENAME TO audit_log;
    CREATE INDEX idx_audit_row ON audit_log(table_name, row_id);
    CREATE INDEX idx_audit_at ON audit_log(at);
    CREATE INDEX idx_audit_actor ON audit_log(actor);
    CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'audit_log rows cannot be deleted');
    END;
    CREATE TRIGGER audit_log_never_changed BEFORE UPDATE ON audit_log
    WHEN NOT (NEW.redacted = 1 AND NEW.old_values IS NULL AND NEW.new_values IS NULL
              AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at
              AND NEW.actor = OLD.actor AND NEW.table_name = OLD.table_name
              AND NEW.row_id = OLD.row_id AND NEW.action = OLD.action
              AND NEW.content_hash = OLD.content_hash AND NEW.prev_hash = OLD.prev_hash
              AND NEW.hash = OLD.hash)
    BEGIN
        SELECT RAISE(ABORT, 'audit_log rows cannot be changed');
    END;
    """)


def m006_cancelled_cases_and_name_keys(db: Database) -> None:
    """A case made by mistake can be cancelled (who, when, why; it keeps its agenda number),
    and each client carries its name folded (no case, diacritics, apostrophes or spaces) so
    that the same person typed again is found by an indexed lookup."""
    from lk3_desktop.domain.names import name_key

    _run(db, """
    ALTER TABLE referral ADD COLUMN cancelled_at TEXT;
    ALTER TABLE referral ADD COLUMN cancelled_by TEXT NOT NULL DEFAULT '';
    ALTER TABLE referral ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE client ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
    """)
    for client_id, full_name in db.execute("SELECT id, full_name FROM client").fetchall():
        db.execute("UPDATE client SET name_key = ? WHERE id = ?", [name_key(full_name), client_id])
    _run(db, """
    CREATE INDEX idx_client_name_key ON client(name_key);
    """)


# In order; append new ones at the end. user_version is the count applied.
_ALL = (m001_initial_schema, m002_settings_and_lookup_indexes, m003_document_register,
        m004_steps_not_limited_to_seven, m005_accounts_and_chained_audit,
        m006_cancelled_cases_and_name_keys)
for _fn in _ALL:
    migrations()(_fn)

MIGRATION_NAMES = tuple(fn.__name__ for fn in _ALL)
SCHEMA_VERSION = len(_ALL)

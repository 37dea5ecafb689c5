"""A file with a case through all seven steps and an account for every role."""

from __future__ import annotations

from pathlib import Path

from lk3_desktop.auth import sign_in
from lk3_desktop.store import Store, open_store
from tests.helpers.cases import complete_case

PASSWORD = "sandi-uji-yang-panjang"
# username → (roles, name)
PEOPLE = {
    "admin": (["administrator"], "Nurul Hasanah"),
    "kasi": (["kepala_seksi"], "Abdul Karim"),
    "rina": (["pengadministrasi"], "Rina Marlina"),
    "yusran": (["rehabilitasi"], "Yusran Hamid"),
    "maria": (["konselor"], "Maria Goreti Lamba"),  # the case's counselor
    "sari": (["konselor"], "Sari Wulandari"),       # a counselor of other cases
    "hendra": (["tim_ahli"], "Hendra Wijaya"),
}


def office_file(path: Path) -> tuple[str, dict[str, str]]:
    """Make `path` with one complete case (counselor: maria) and the accounts of PEOPLE;
    returns (case id, username → staff id)."""
    store = open_store(path)
    try:
        ids = {u: store.save_staff({"name": name, "roles": roles})
               for u, (roles, name) in PEOPLE.items()}
        staff = {"pengadministrasi": ids["rina"], "rehabilitasi": ids["yusran"],
                 "konselor": ids["maria"], "tim_ahli": ids["hendra"]}
        store.actor = ids["rina"]
        rid = complete_case(store, staff)
        store.create_account(ids["admin"], "admin", PASSWORD)
        account = store.account("admin")
        assert account is not None
        store.user = store.user_for(account)
        for username in PEOPLE:
            if username != "admin":
                store.create_account(ids[username], username, PASSWORD, must_change=False)
    finally:
        store.close()
    return rid, ids


def signed_in(path: Path, username: str) -> Store:
    return sign_in(path, username, PASSWORD)


def audit_rows(path: Path, table: str | None = None, row_id: str | None = None) -> list[dict]:
    """The audit log as the Kepala Seksi reads it (others may not)."""
    store = signed_in(path, "kasi")
    try:
        return store.audit_entries(table, row_id)
    finally:
        store.close()

"""A store signed in as someone holding given roles, on a file that then has accounts."""

from __future__ import annotations

from lk3_desktop.domain.access import User
from lk3_desktop.store import Store
from lk3_desktop.store.audited import new_id


def store_as(store: Store, roles: set[str]) -> Store:
    """A second Store on the same file, signed in as a new staff member holding `roles`
    (an account row made with SQL: no password is checked here). From then on the file has
    accounts, so a store without a user may do nothing guarded."""
    import json

    now = store.now_iso()
    staff_id = new_id()
    with store.db.conn:  # with SQL: once the file has accounts, only a signed-in
        # Administrator may add staff through the store
        store.db.execute(
            "INSERT INTO staff (id, name, roles, created_at, updated_at, created_by, "
            "updated_by) VALUES (?, ?, ?, ?, ?, 'uji', 'uji')",
            [staff_id, "Petugas Uji " + "+".join(sorted(roles)), json.dumps(sorted(roles)),
             now, now])
        store.db.execute(
            "INSERT INTO account (id, staff_id, username, password_hash, created_at, "
            "updated_at, created_by, updated_by) VALUES (?, ?, ?, '', ?, ?, 'uji', 'uji')",
            [new_id(), staff_id, "uji-" + "-".join(sorted(roles)), now, now])
    return Store(store.db, path=store.path, clock=store.clock,
                 user=User(staff_id, "uji", "Petugas Uji", frozenset(roles)))

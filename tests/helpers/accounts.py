"""A store signed in as someone holding given roles, on a file that then has accounts."""

from __future__ import annotations

from lk3_desktop.domain.access import User
from lk3_desktop.store import Store
from lk3_desktop.store.audited import new_id


def signed_in(store: Store, roles: set[str]) -> Store:
    """A second Store on the same file, signed in as a new staff member holding `roles`
    (an account row made with SQL: no password is checked here). From then on the file has
    accounts, so a store without a user may do nothing guarded."""
    staff_id = store.save_staff({"name": "Petugas Uji " + "+".join(sorted(roles)),
                                 "roles": sorted(roles)})
    now = store.now_iso()
    with store.db.conn:
        store.db.execute(
            "INSERT INTO account (id, staff_id, username, password_hash, created_at, "
            "updated_at, created_by, updated_by) VALUES (?, ?, ?, '', ?, ?, 'uji', 'uji')",
            [new_id(), staff_id, "uji-" + "-".join(sorted(roles)), now, now])
    return Store(store.db, path=store.path, clock=store.clock,
                 user=User(staff_id, "uji", "Petugas Uji", frozenset(roles)))

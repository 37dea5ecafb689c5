"""Queries and audited writes on an open LK3 database; the UI's only way to the data."""

# Store is assembled here from one module per concern (audited.py underneath settings.py,
# staff.py, register.py, cases.py, clients.py, accounts.py, audit_view.py and privacy.py);
# the names other modules import from here stay here.

from __future__ import annotations

from lk3_desktop.store.accounts import AccountsStore
from lk3_desktop.store.audit_view import AuditViewStore
from lk3_desktop.store.audited import Clock, StoreWriteError, default_actor, new_id
from lk3_desktop.store.cases import PROBLEM_ORIGIN, REASSESSMENT_COLUMNS, CaseRow, CasesStore
from lk3_desktop.store.clients import ClientCase, ClientMatch, ClientsStore
from lk3_desktop.store.privacy import PrivacyStore
from lk3_desktop.store.register import RegisterStore
from lk3_desktop.store.settings import SettingsStore
from lk3_desktop.store.staff import StaffStore

__all__ = ["PROBLEM_ORIGIN", "REASSESSMENT_COLUMNS", "CaseRow", "ClientCase", "ClientMatch",
           "Clock", "Store", "StoreWriteError", "default_actor", "new_id"]


class Store(PrivacyStore, ClientsStore, CasesStore, RegisterStore, AccountsStore, SettingsStore,
            StaffStore, AuditViewStore):
    """One open database file. `actor` is written as who made each change."""

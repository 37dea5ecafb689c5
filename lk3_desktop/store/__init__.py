"""The only package that speaks SQL: opening and checking the file, migrations, queries."""

from lk3_desktop.store.database import DatabaseRefused, check_file, open_store
from lk3_desktop.store.store import Store

__all__ = ["DatabaseRefused", "Store", "check_file", "open_store"]

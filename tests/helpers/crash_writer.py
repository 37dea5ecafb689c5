"""Child process for the crash test: completes steps forever, reporting each commit.

`python -m tests.helpers.crash_writer DB [KEY_HEX]`: with a key, DB is an encrypted file."""

from __future__ import annotations

import sys
from pathlib import Path

from lk3_desktop.store import open_store
from tests.helpers import cases
from tests.helpers.encryption import key_from_hex


def main(db: str, key_hex: str = "") -> None:
    store = open_store(Path(db), key=key_from_hex(key_hex))
    staff = {"konselor": store.save_staff(
        {"name": "Maria", "roles": [r.key for r in store.sop.roles]})}
    who = {"performed_by": staff["konselor"]}
    while True:
        rid = store.save_step(None, 1, cases.intake(complaint="x" * 3000, **who), complete=True)
        print(f"{rid} 1", flush=True)
        for n, data in ((2, cases.meeting(staff["konselor"])), (3, cases.contract()),
                        (4, cases.problems())):
            store.save_step(rid, n, {**data, **who}, complete=True)
            print(f"{rid} {n}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

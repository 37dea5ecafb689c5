"""Child process for the SIGKILL fault suite (tests/faults.py): saves wizard steps forever.

Opens the database given on the command line (new, or left behind by earlier killed runs;
encrypted when a key is given: `python -m tests.helpers.fault_writer DB SEED [KEY_HEX]`),
picks up the cases still in progress there and keeps saving steps 1..7: drafts with partial
data and completions, new cases and edits of finished ones, short and long texts (a long one
spills over several pages, in its table and twice more in the audit log), so that a kill lands
in every kind of write: inserts, updates, deletes of replaced rows, audit rows.

Each save writes a token (unique per save) into one text field of its step, and the child
prints two lines, each flushed at once:

    ? TOKEN                     before the save starts (it may or may not commit)
    RID STEP STATUS TOKEN       after it committed

so the parent knows exactly which saves must be in the file, and which one save may be there
without having been reported (committed, then killed before the line was printed).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from lk3_desktop.store import Store, open_store
from tests.helpers import cases
from tests.helpers.encryption import key_from_hex

# Where each step's token goes: a text field read back by tests/faults.py. Step 1's complaint
# lives in the referral row, step 6's in the first action item, the others in step_record.data.
TOKEN_FIELD = {1: "complaint", 2: "notes", 3: "frequency", 4: "strengths", 5: "notes", 6: "goal",
               7: "counselor_process_comment"}
STAFF = (("pengadministrasi", "Rina Marlina"), ("rehabilitasi", "Yusran Hamid"),
         ("konselor", "Maria Goreti Lamba"), ("tim_ahli", "dr. Hendra Wijaya"))
OPEN_CASES = 4  # cases in progress at once; their saves interleave


def token_text(token: str, rnd: random.Random) -> str:
    """The token, then filler: mostly short, sometimes several pages long."""
    size = rnd.choice((0, 0, 0, 40, 300, 3_000, 9_000, 19_000))
    words = "Klien menceritakan kembali keadaannya dengan tenang; "
    return f"[{token}] " + (words * (size // len(words) + 1))[:size]


def token_of(text: str | None) -> str | None:
    """The token a text field holds ("[token] ..."), None if it holds none."""
    if not text or not text.startswith("["):
        return None
    end = text.find("]")
    return text[1:end] if end > 0 else None


class Writer:
    def __init__(self, db: Path, seed: int, key: bytes | None = None) -> None:
        self.store: Store = open_store(db, key=key)
        self.rnd = random.Random(seed)
        self.prefix = f"{seed:x}"
        self.count = 0
        self.staff = self._staff()

    def _staff(self) -> dict[str, str]:
        have: dict[str, str] = {}
        for person in self.store.list_staff():
            for role in person["roles"]:
                have.setdefault(role, person["id"])
        for role, name in STAFF:
            if role not in have:  # a new file, or an earlier run killed while adding staff
                have[role] = self.store.save_staff({"name": name, "roles": [role], "position": "Staf"})
        return have

    def by(self, step: int) -> dict[str, str]:
        return {"performed_by": cases.executor(self.store, self.staff, step)}

    def next_token(self) -> str:
        self.count += 1
        return f"{self.prefix}.{self.count}"

    def save(self, rid: str | None, step: int, data: dict, *, complete: bool) -> str:
        token = self.next_token()
        text = token_text(token, self.rnd)
        if step == 6:
            actions = [dict(a) for a in data.get("actions") or [{}]]
            actions[0]["goal"] = text
            data = {**data, "actions": actions}
        else:
            data = {**data, TOKEN_FIELD[step]: text}
        print(f"? {token}", flush=True)
        rid = self.store.save_step(rid, step, data, complete=complete)
        status = self.store.step_records(rid)[step]["status"]
        print(f"{rid} {step} {status} {token}", flush=True)
        return rid

    # -- what a save of each step holds --------------------------------------------------

    def full(self, rid: str, step: int) -> dict:
        """Valid data completing `step` of case `rid` (whose earlier steps are complete)."""
        s = self.store
        if step == 1:
            return cases.intake(**self.by(1))
        if step == 2:
            return {**cases.meeting(self.staff["konselor"]), **self.by(2)}
        if step == 3:
            return {**cases.contract(), **self.by(3)}
        if step == 4:
            data = cases.problems()
            if self.rnd.random() < 0.3:
                data["problems"].append({"id": None, "area": "keluarga", "severity": "ringan",
                                         "description": "Konflik keluarga. " * 200})
            return {**data, **self.by(4)}
        if step == 5:
            new = [] if self.rnd.random() < 0.5 else [
                {"id": None, "area": "kesehatan_jiwa", "severity": "sedang",
                 "description": "Gejala cemas berulang."}]
            return {"reassessments": [{"problem_id": p["id"], "result": "terkonfirmasi",
                                       "note": "Sesuai asesmen." * self.rnd.choice((1, 50))}
                                      for p in s.problems(rid, 4)],
                    "new_problems": new, "reassessed_by": "konselor", **self.by(5)}
        if step == 6:
            return {"actions": [{"problem_id": p["id"], "goal": "Pulih", "activity": "Konseling",
                                 "responsible": "Konselor", "target_date": "2026-12-31",
                                 "status": "rencana"} for p in s.problems(rid)], **self.by(6)}
        outcome = self.rnd.choice(("selesai", "selesai", "lanjut", "dirujuk"))
        data = {"counselor_process_rating": 4, "counselor_result_rating": 4,
                "client_process_rating": 5, "client_result_rating": self.rnd.randint(1, 5),
                "goals_reached": "ya", "outcome": outcome, **self.by(7)}
        if outcome == "dirujuk":
            data.update(related_sop="puskesmas", outcome_reason="Perlu pemeriksaan lanjutan.")
        return data

    def partial(self, rid: str | None, step: int) -> dict:
        """A draft: some of the step's fields, as if the form was left half-filled."""
        if step == 1:
            return {"full_name": self.rnd.choice(("Ayu", "Budi Santoso", "Siti")), "sex": "P",
                    "estimated_age": self.rnd.randint(15, 80)}
        if step == 2:
            return {"place": "shelter", "met_at": "2026-11-21T10:00"}
        if step == 3:
            return {"planned_sessions": self.rnd.randint(1, 12)}
        if step == 4:
            if self.rnd.random() < 0.5:  # draft problems, replaced (deleted) on completion
                return {"problems": [{"id": None, "area": "ekonomi", "severity": "ringan",
                                      "description": "Belum jelas."}], "info_source": "klien"}
            return {"resources": "Keluarga"}
        if step == 5:
            return {"reassessed_by": "konselor"}
        if step == 6:
            return {"actions": [{"goal": "", "activity": "Kunjungan rumah", "status": "rencana"}]}
        return {"counselor_process_rating": 3}

    def edit(self, rid: str, step: int) -> None:
        """Save a finished step again with a new text: an update of a complete step."""
        data = dict(self.by(step))
        if step == 6:
            data["actions"] = [{k: a[k] for k in ("id", "problem_id", "goal", "activity",
                                                  "responsible", "target_date", "status")}
                               for a in self.store.actions(rid)]
        self.save(rid, step, data, complete=False)

    # -- the loop ------------------------------------------------------------------------

    def open_cases(self) -> list[str]:
        rows = self.store.db.execute(
            "SELECT id FROM referral WHERE status = 'aktif' "
            "ORDER BY agenda_year DESC, agenda_seq DESC LIMIT ?", [OPEN_CASES]).fetchall()
        return [r[0] for r in rows]

    def next_step(self, rid: str) -> int:
        records = self.store.step_records(rid)
        return next(n for n in range(1, 8) if records.get(n, {}).get("status") != "complete")

    def advance(self, rid: str) -> None:
        """One save on case `rid`: a draft or the completion of its next step."""
        step = self.next_step(rid)
        if self.rnd.random() < 0.35:
            self.save(rid, step, self.partial(rid, step), complete=False)
        else:
            self.save(rid, step, self.full(rid, step), complete=True)

    def run(self) -> None:
        while True:
            pool = self.open_cases()
            roll = self.rnd.random()
            if not pool or (len(pool) < OPEN_CASES and roll < 0.25):
                if self.rnd.random() < 0.4:
                    self.save(None, 1, self.partial(None, 1), complete=False)
                else:
                    self.save(None, 1, self.full("", 1), complete=True)
            elif roll < 0.35:
                self._edit_some_case()
            else:
                self.advance(self.rnd.choice(pool))

    def _edit_some_case(self) -> None:
        row = self.store.db.execute(
            "SELECT referral_id, step FROM step_record WHERE status = 'complete' "
            "ORDER BY random() LIMIT 1").fetchone()
        if row is None:
            return
        self.edit(row[0], row[1])


def main(db: str, seed: str = "0", key_hex: str = "") -> None:
    Writer(Path(db), int(seed), key_from_hex(key_hex)).run()


if __name__ == "__main__":
    main(*sys.argv[1:])

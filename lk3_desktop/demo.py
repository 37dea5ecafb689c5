"""Synthetic but realistic demo cases (Indonesian names, Tarakan addresses, valid NIKs).

Every person here is invented; no real client data is used. Cases go through the real store
API, so the demo exercises the same validation, audit log and step rules as the program.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lk3_desktop.domain.nik import make_nik
from lk3_desktop.sop import Step, contract_points
from lk3_desktop.store import Store

FIRST_F = ["Siti", "Nur", "Dewi", "Rahmawati", "Ni Luh Putu", "Maria", "Fitri", "Yuliana",
           "Sri", "Ayu", "Hasnah", "Marlina", "Agustina", "Kartini", "Lestari", "Wulan", "Rosmini",
           "Theresia", "Indah", "Suriani"]
FIRST_M = ["Muhammad", "Ahmad", "Andi", "Budi", "I Made", "Yohanes", "Rudi", "Agus", "Hendra",
           "Samsul", "Firman", "Daeng", "Ronal", "Arif", "Bambang", "Yusuf", "Stefanus", "Hasan",
           "Irwan", "Syahrul"]
LAST = ["Saputra", "Lestari", "Hidayat", "Rahman", "Siregar", "Sinaga", "Pasaribu", "Wijaya",
        "Kurniawan", "Lamba", "Paembonan", "Tandi", "Daeng Ngalle", "Lasmana", "Nurhayati",
        "Tidung", "D'Costa", "Manurung", "Pratama", "Hasibuan", "Bahtiar", "Marpaung", ""]
# Regions where the NIKs of Tarakan's clients were first issued (city codes, Kemendagri).
REGIONS = ["657101", "657102", "657103", "657104", "647101", "737101", "731301", "357801",
           "327301", "517101", "531301", "720101", "650401", "932101", "960101"]
STREETS = ["Jl. Mulawarman", "Jl. Yos Sudarso", "Jl. Gajah Mada", "Jl. Sudirman", "Jl. Kusuma Bangsa",
           "Jl. P. Aji Iskandar", "Jl. Slamet Riyadi", "Jl. Hang Tuah", "Gg. Mawar", "Jl. Mangga Dua"]
COMPLAINTS = [
    "Dideportasi dari Tawau, Malaysia, tanpa dokumen; cemas dan sulit tidur, tidak punya "
    "biaya pulang ke kampung.",
    "Mengalami kekerasan dari suami, datang bersama dua anak; takut kembali ke rumah.",
    "Kehilangan pekerjaan di tambak dan terlilit utang; sering menangis dan menyendiri.",
    "Konflik dengan orang tua setelah putus sekolah; pernah kabur dari rumah.",
    "Ditemukan warga di pelabuhan dalam keadaan bingung; tidak ingat alamat keluarga.",
    "Korban penipuan penyaluran kerja ke luar negeri; dokumen ditahan agen.",
    "Stres setelah bercerai dan hak asuh anak dipermasalahkan.",
]
STRENGTHS = ["Mau bercerita dan kooperatif", "Memiliki keterampilan menjahit",
             "Taat beribadah dan punya harapan", "Didukung kakak kandung"]
ACTIVITIES = [("Pemulihan emosi klien", "Konseling individu mingguan di LK3", "Konselor LK3"),
              ("Klien kembali ke keluarga", "Penelusuran dan mediasi keluarga", "Peksos"),
              ("Klien memperoleh dokumen kependudukan", "Pendampingan ke Disdukcapil",
               "Pendamping rehabilitasi"),
              ("Klien memperoleh pemeriksaan kesehatan", "Rujukan ke Puskesmas", "Peksos"),
              ("Klien memiliki penghasilan", "Pelatihan keterampilan dan modal usaha",
               "Seksi Pemberdayaan")]

DEMO_STAFF = [
    ("Rina Marlina, S.Tr.Sos.", ["pengadministrasi"], "Pengadministrasi Umum"),
    ("Yusran Hamid, S.ST.", ["rehabilitasi"], "Analis Rehabilitasi Sosial"),
    ("Maria Goreti Lamba, S.Psi.", ["konselor"], "Konselor LK3"),
    ("Andi Baso Rahman, S.Sos., M.Si.", ["konselor", "tim_ahli"], "Pekerja Sosial Ahli Muda"),
    ("dr. Hendra Wijaya, Sp.KJ", ["tim_ahli"], "Tim Ahli LK3"),
]


# Who else a demo office has: the accounts `demo-data --password` makes, one per role.
DEMO_OFFICE_STAFF = [
    ("Nurul Hasanah, S.Kom.", ["administrator"], "Pranata Komputer", "admin"),
    ("Drs. Abdul Karim Lasmana", ["kepala_seksi"], "Kepala Seksi Rehabilitasi Sosial", "kasi"),
]
DEMO_USERNAMES = {"Rina Marlina, S.Tr.Sos.": "rina", "Yusran Hamid, S.ST.": "yusran",
                  "Maria Goreti Lamba, S.Psi.": "maria", "Andi Baso Rahman, S.Sos., M.Si.": "andi",
                  "dr. Hendra Wijaya, Sp.KJ": "hendra"}


def add_demo_accounts(store: Store, password: str) -> list[tuple[str, str]]:
    """An account for every demo staff member and for the office's Administrator ("admin")
    and Kepala Seksi ("kasi"), all with `password`; returns (username, name) pairs. For a
    file without accounts yet: the Administrator's is made first, then the others by them."""
    from lk3_desktop.domain.access import ADMINISTRATOR

    _staff(store)
    ids = {}
    for name, roles, position, office_username in DEMO_OFFICE_STAFF:
        ids[office_username] = store.save_staff({"name": name, "roles": roles, "position": position})
    admin_user = next(u for _n, roles, _p, u in DEMO_OFFICE_STAFF if ADMINISTRATOR in roles)
    store.create_account(ids[admin_user], admin_user, password, must_change=False)
    account = store.account(admin_user)
    assert account is not None  # made just above
    store.user = store.user_for(account)
    made = [(admin_user, store.staff(ids[admin_user])["name"])]  # type: ignore[index]
    for s in store.list_staff():
        username = DEMO_USERNAMES.get(s["name"]) or next(
            (u for n, _r, _p, u in DEMO_OFFICE_STAFF if n == s["name"]), None)
        if username and username != admin_user:
            store.create_account(s["id"], username, password, must_change=False)
            made.append((username, s["name"]))
    return made


# About one case in twelve is a client who came back after an earlier case had closed.
RETURNING_SHARE = 0.08


def _name(rng: random.Random, sex: str) -> str:
    first = rng.choice(FIRST_F if sex == "P" else FIRST_M)
    last = rng.choice(LAST)
    return f"{first} {last}".strip()


def _staff(store: Store) -> dict[str, list[str]]:
    if not store.list_staff():
        for name, roles, position in DEMO_STAFF:
            store.save_staff({"name": name, "roles": roles, "position": position})
    by_role: dict[str, list[str]] = {}
    for s in store.list_staff():
        for r in s["roles"]:
            by_role.setdefault(r, []).append(s["id"])
    return by_role


def _case_steps(rng: random.Random, ref, by_role, arrival: datetime,
                now: datetime) -> dict[str, tuple[dict, timedelta]]:
    """Each step's data (by step key) and how long after the previous step it was saved."""
    sex = rng.choice("LP")
    birth = date(rng.randint(1960, 2008), rng.randint(1, 12), rng.randint(1, 28))
    undocumented = rng.random() < 0.3
    kec = rng.choice(ref.kecamatan)
    family_unknown = rng.random() < 0.25
    pick = rng.choice
    intake = {
        "arrival_at": arrival.strftime("%Y-%m-%dT%H:%M"),
        "referral_source": pick([c.key for c in ref.choices("referral_sources")]),
        "referrer_name": pick(["Bripka Suhardi", "UPTD PPA Kota Tarakan", "Ketua RT 05",
                               "Puskesmas Juata", "Ibu Hasanah"]),
        "referrer_contact": f"08{rng.randint(11, 59)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "full_name": _name(rng, sex),
        "sex": sex,
        "birth_place": pick(["Tarakan", "Makassar", "Nunukan", "Surabaya", "Tawau", "Bulungan"]),
        "birth_date": "" if undocumented and rng.random() < 0.5 else birth.isoformat(),
        "religion": pick(ref.religions[:6]),
        "marital_status": pick(ref.marital_statuses[:4]),
        "education": pick(ref.educations),
        "occupation": pick(["Ibu rumah tangga", "Buruh", "Nelayan", "Pekerja migran", "Tidak bekerja"]),
        "nationality": "WNI",
        "address_street": f"{pick(STREETS)} No. {rng.randint(1, 120)}",
        "rt_rw": f"{rng.randint(1, 40):03d}/{rng.randint(1, 12):03d}",
        "kelurahan": pick(kec.kelurahan),
        "kecamatan": kec.name,
        "city": ref.city,
        "phone": "" if undocumented else f"0812 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        "family_unknown": family_unknown,
        "family_name": "" if family_unknown else _name(rng, rng.choice("LP")),
        "family_relation": "" if family_unknown else pick(["Ibu", "Suami", "Istri", "Kakak", "Paman"]),
        "complaint": pick(COMPLAINTS),
        "arrival_condition": pick(["Lelah dan cemas", "Tenang tetapi murung", "Ada memar di lengan",
                                   "Bingung, sulit berkonsentrasi"]),
        "consent_record": True,
        "consent_referral": True,
        "checklist": [0, 3] if undocumented else [0, 1, 2, 3],
        "performed_by": pick(by_role["pengadministrasi"]),
    }
    if not intake["birth_date"]:
        intake["estimated_age"] = arrival.year - birth.year
    if not undocumented:
        intake["nik"] = make_nik(pick(REGIONS), birth, sex, rng.randint(1, 9999))
    counselor = pick(by_role["konselor"])  # steps 2–4 and 7 are the LK3 counselor's
    met = min(arrival + timedelta(hours=rng.randint(1, 40)), now)
    meeting = {"met_at": met.strftime("%Y-%m-%dT%H:%M"), "place": pick(["shelter", "ruang_peksos"]),
               "counselor_id": counselor, "accompanying_staff": "Yusran Hamid",
               "notes": "Klien bersedia mengikuti konseling.", "checklist": [0, 1, 2],
               "performed_by": pick(by_role["rehabilitasi"])}
    contract: dict[str, Any] = {f"agree_{p.key}": True for p in contract_points()}
    contract.update(planned_sessions=rng.randint(2, 8), frequency="Seminggu sekali",
                    session_place="Ruang konseling LK3", agreed_on=met.date().isoformat(),
                    paper_filed=True, paper_location="Map kasus, lemari arsip B",
                    checklist=[0, 1, 2, 3], performed_by=counselor)
    areas = rng.sample([c.key for c in ref.choices("problem_areas")], rng.randint(1, 4))
    problems = [{"id": None, "area": a, "severity": pick(["ringan", "sedang", "berat"]),
                 "description": f"Masalah {ref.choice_name('problem_areas', a).lower()} "
                                "yang dialami klien saat ini."} for a in areas]
    ident = {"problems": problems, "strengths": pick(STRENGTHS),
             "resources": "Keluarga di kampung, layanan shelter",
             "info_source": "klien" if family_unknown else pick(["keluarga", "lainnya"]),
             "family_tracing_needed": family_unknown, "checklist": [0, 1, 2],
             "performed_by": counselor}
    reassess = {"reassessments": [], "new_problems": [], "reassessed_by": "konselor_tim_ahli",
                "confirming_info": "Hasil penelusuran keluarga" if family_unknown
                else "Keterangan keluarga", "checklist": [0, 1],
                "performed_by": pick(by_role.get("tim_ahli", by_role["konselor"]))}
    plan = {"actions": [], "checklist": [0, 1, 2], "performed_by": reassess["performed_by"]}
    outcome = pick(["selesai", "selesai", "lanjut", "dirujuk"])
    related = pick(["shelter", "puskesmas", "odgj", "reunifikasi", "kedaruratan", "lainnya"])
    evaluation = {"counselor_process_rating": rng.randint(3, 5), "counselor_result_rating": rng.randint(2, 5),
                  "client_process_rating": rng.randint(3, 5), "client_result_rating": rng.randint(2, 5),
                  "counselor_process_comment": "Klien aktif dalam sesi.",
                  "client_result_comment": "Merasa lebih tenang.",
                  "goals_reached": pick(["ya", "sebagian", "tidak"]), "outcome": outcome,
                  "checklist": [0, 1, 2], "performed_by": counselor}
    if outcome == "dirujuk":
        evaluation.update(related_sop=related, outcome_reason="Klien memerlukan layanan lanjutan.",
                          referral_other="Balai Rehabilitasi Sosial" if related == "lainnya" else "")
    hours = lambda a, b: timedelta(hours=rng.randint(a, b))  # noqa: E731
    return {"intake": (intake, hours(0, 1)), "meeting": (meeting, met - arrival + hours(1, 3)),
            "contract": (contract, hours(1, 3)), "problems": (ident, hours(10, 60)),
            "reassessment": (reassess, hours(24, 90)), "action_plan": (plan, hours(4, 30)),
            "evaluation": (evaluation, hours(1, 3))}


def _with_examples(step: Step, data: dict, rng: random.Random, by_role) -> dict:
    """Fill what the generator above does not know from the description: a field with an
    `example` gets it, and a step with no generator gets its executor; so a field or a step
    added to data/sop.json shows in the demo with no change here."""
    out = dict(data)
    for f in step.fields:
        if f.key not in out and f.example is not None and f.is_enabled(out):
            out[f.key] = f.example
    if "performed_by" not in out:
        holders = [p for r in step.executors for p in by_role.get(r.key, [])]
        out["performed_by"] = rng.choice(holders or [p for ps in by_role.values() for p in ps])
    return out


def fill_demo_data(store: Store, count: int, *, seed: int = 2026,
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Add `count` cases spread over every step and outcome; returns how many were made."""
    rng = random.Random(seed)
    ref = store.ref
    by_role = _staff(store)
    real_clock = store.clock
    now = real_clock().astimezone(UTC)
    made = 0
    # Returning clients: a case now and then is a new referral of a client whose earlier
    # case had closed (one client record, several cases). Their own generator, so the
    # cases of a seed are otherwise the same as before.
    returning = random.Random(seed * 7919 + 1)
    closed: list[tuple[datetime, str]] = []  # (arrival, client id) of closed cases
    client_keys = {f.key for f in store.sop.steps[0].fields if f.store == "client"}
    try:
        for start in range(0, count, 250):
            with store.db.atomic():  # one commit per batch keeps 2,000 cases to seconds
                for _ in range(start, min(count, start + 250)):
                    arrival = now - timedelta(days=rng.uniform(0, 365), hours=rng.uniform(0, 12))
                    steps = _case_steps(rng, ref, by_role, arrival.astimezone(), now.astimezone())
                    # Stop some cases part-way so every step is represented in the list.
                    last_step = len(store.sop.steps)
                    done = rng.choice([*range(1, last_step + 1), *[last_step] * 3])
                    t = arrival
                    rid: str | None = None
                    earlier = [c for a, c in closed if a < arrival - timedelta(days=30)]
                    again = (returning.choice(earlier)
                             if earlier and returning.random() < RETURNING_SHARE else None)
                    for step in store.sop.steps[:done]:
                        number = step.number
                        data, delay = steps.get(step.key, ({}, timedelta(hours=2)))
                        data = _with_examples(step, data, rng, by_role)
                        t = min(t + delay, now)
                        store.clock = lambda t=t: t  # type: ignore[misc]  # mypy#15459: a t=t default
                        if step.key == "reassessment":
                            assert rid is not None  # the steps before saved it
                            loaded = store.load_step(rid, number)
                            data["reassessments"] = [
                                {"problem_id": r["problem_id"],
                                 "result": rng.choice(["terkonfirmasi", "berubah", "teratasi"]),
                                 "note": ""} for r in loaded["reassessments"]]
                        if step.key == "action_plan":
                            assert rid is not None  # the steps before saved it
                            probs = store.problems(rid)
                            data["actions"] = [
                                {"problem_id": p["id"], "goal": g, "activity": a, "responsible": r,
                                 "target_date": (t + timedelta(days=rng.randint(7, 60))).date().isoformat(),
                                 "status": rng.choice(["rencana", "berjalan", "selesai"])}
                                for p, (g, a, r) in zip(probs, rng.sample(ACTIVITIES, len(probs)))]
                        if again is not None and rid is None:  # the same person: their record
                            rid = store.create_referral(client_id=again)
                            data = {k: v for k, v in data.items() if k not in client_keys}
                        last = number == done and done < last_step and rng.random() < 0.5
                        rid = store.save_step(rid, number, data, complete=not last)
                    assert rid is not None  # step 1 always runs
                    if store.referral(rid)["closed_at"]:
                        closed.append((arrival, store.referral(rid)["client_id"]))
                    made += 1
            if progress:
                progress(made, count)
    finally:
        store.clock = real_clock
    return made


def add_old_cases(store: Store, count: int = 6, *, seed: int = 2026, years: int = 6) -> int:
    """Cases from `years` years ago (closed ones past the default retention period of five
    years), so that a demo file shows retention and anonymisation too."""
    real_clock = store.clock
    then = real_clock() - timedelta(days=365 * years)
    store.clock = lambda: then
    try:
        return fill_demo_data(store, count, seed=seed + years)
    finally:
        store.clock = real_clock


def anonymise_due(store: Store) -> int:
    """As the Administrator: anonymise half of the cases past their retention period, so
    the demo shows both an anonymised case and the list of cases still due."""
    due = [c["id"] for c in store.retention_candidates()]
    done = store.anonymise_cases(due[: (len(due) + 1) // 2],
                                 "Contoh data: masa simpan lima tahun telah berakhir")
    return len(done)


CANCEL_REASONS = ("Terdaftar dua kali; kasus yang benar nomor sebelumnya.",
                  "Salah tekan Rujukan baru.",
                  "Klien tidak jadi dirujuk ke LK3.")


def cancel_mistakes(store: Store, count: int) -> int:
    """Cancel a few cases still at intake, as an office cancels cases made by mistake
    (about one in sixty, at least one), so the demo shows Batal in the list and register."""
    waiting = store.db.execute(
        "SELECT id FROM referral WHERE current_step = ? AND status = 'aktif' "
        "ORDER BY agenda_year, agenda_seq", [store.sop.steps[0].number]).fetchall()
    chosen = [row[0] for row in waiting[: max(1, count // 60)]]
    before = store.actor
    if store.user is None and not store.has_accounts():  # cancelled by the intake staff
        store.actor = _staff(store)["pengadministrasi"][0]
    try:
        for i, rid in enumerate(chosen):
            store.cancel_case(rid, CANCEL_REASONS[i % len(CANCEL_REASONS)])
    finally:
        if store.user is None and not store.has_accounts():
            store.actor = before
    return len(chosen)

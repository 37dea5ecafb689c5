"""Valid data for every step, and a one-call way to push a case through the store."""

from __future__ import annotations

from lk3_desktop.sop import contract_points
from lk3_desktop.store import Store


def intake(**over) -> dict:
    data = {
        "arrival_at": "2026-11-20T09:30",
        "referral_source": "polisi",
        "referrer_name": "Bripka Suhardi",
        "referrer_contact": "0812 1111 2222",
        "full_name": "Ni Luh Putu Ayu D'Costa",
        "nickname": "Ayu",
        "nik": "6571014505900003",  # Tarakan, born 5 May 1990, woman (+40)
        "kk_number": "6571010101100001",
        "birth_place": "Tarakan",
        "birth_date": "1990-05-05",
        "sex": "P",
        "religion": "Hindu",
        "marital_status": "Kawin",
        "education": "SMA/SMK/sederajat",
        "occupation": "Pekerja migran",
        "nationality": "WNI",
        "address_street": "Jl. Mulawarman No. 12",
        "rt_rw": "003/002",
        "kelurahan": "Karang Anyar",
        "kecamatan": "Tarakan Barat",
        "city": "Kota Tarakan",
        "phone": "0812 3456 7890",
        "family_unknown": False,
        "family_name": "Made Sutama",
        "family_relation": "Suami",
        "family_phone": "0813 9999 0000",
        "family_address": "Denpasar",
        "complaint": "Dideportasi dari Tawau; cemas dan sulit tidur.",
        "arrival_condition": "Lelah",
        "consent_record": True,
        "consent_referral": True,
        "checklist": [0, 3],
    }
    data.update(over)
    return data


def meeting(counselor_id: str) -> dict:
    return {"met_at": "2026-11-21T10:00", "place": "shelter", "counselor_id": counselor_id,
            "accompanying_staff": "Yusran", "notes": "Bersedia konseling.", "checklist": [0]}


def contract() -> dict:
    d = {f"agree_{p.key}": True for p in contract_points()}
    d.update(planned_sessions=4, frequency="Seminggu sekali", session_place="Ruang LK3",
             agreed_on="2026-11-21", paper_filed=True, paper_location="Map kasus")
    return d


def problems() -> dict:
    return {"problems": [
        {"id": None, "area": "migrasi", "severity": "berat", "description": "Dideportasi."},
        {"id": None, "area": "ekonomi", "severity": "sedang", "description": "Tanpa uang."}],
        "strengths": "Kooperatif", "resources": "Keluarga", "info_source": "klien",
        "family_tracing_needed": True}


def executor(store: Store, staff: dict[str, str], step: int) -> str:
    """The test staff member holding the step's SOP executor role."""
    return staff[store.sop.step(step).executors[0].key]


def complete_case(store: Store, staff: dict[str, str], upto: int = 7) -> str:
    """Push a case through steps 1..upto via the store; returns the referral id."""
    rid = store.save_step(None, 1, intake(performed_by=executor(store, staff, 1)), complete=True)
    steps = {2: meeting(staff["konselor"]), 3: contract(), 4: problems()}
    for n in range(2, upto + 1):
        if n == 5:
            data = {"reassessments": [{"problem_id": p["id"], "result": "terkonfirmasi",
                                       "note": ""} for p in store.problems(rid, 4)],
                    "new_problems": [], "reassessed_by": "konselor"}
        elif n == 6:
            data = {"actions": [{"problem_id": p["id"], "goal": "Pulih", "activity": "Konseling",
                                 "responsible": "Konselor", "target_date": "2026-12-31",
                                 "status": "rencana"} for p in store.problems(rid)]}
        elif n == 7:
            data = {"counselor_process_rating": 4, "counselor_result_rating": 4,
                    "client_process_rating": 5, "client_result_rating": 4,
                    "goals_reached": "ya", "outcome": "selesai"}
        else:
            data = steps[n]
        store.save_step(rid, n, {**data, "performed_by": executor(store, staff, n)}, complete=True)
    return rid

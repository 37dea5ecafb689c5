"""What each SOP step records: field labels and the rules a step must meet to be complete.

Step data travels as plain dicts keyed by the names below; `store/` decides where each key
lives in SQLite and `ui/wizard/` builds widgets named after them (objectName `stepN.key`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from lk3_desktop.domain import validation as v
from lk3_desktop.domain.nik import check_nik
from lk3_desktop.domain.validation import FieldError
from lk3_desktop.sop import Reference, contract_points

COMMON_LABELS = {"performed_by": "Dilaksanakan oleh", "checklist": "Kelengkapan"}

LABELS: dict[int, dict[str, str]] = {
    1: {
        "arrival_at": "Tanggal/jam kedatangan",
        "referral_source": "Sumber rujukan",
        "referrer_name": "Nama perujuk",
        "referrer_contact": "Kontak perujuk",
        "full_name": "Nama lengkap",
        "nickname": "Nama panggilan",
        "nik": "NIK",
        "kk_number": "Nomor KK",
        "birth_place": "Tempat lahir",
        "birth_date": "Tanggal lahir",
        "estimated_age": "Perkiraan umur",
        "sex": "Jenis kelamin",
        "religion": "Agama",
        "marital_status": "Status perkawinan",
        "education": "Pendidikan terakhir",
        "occupation": "Pekerjaan",
        "address_street": "Alamat (jalan/gang/nomor)",
        "rt_rw": "RT/RW",
        "kelurahan": "Kelurahan/desa",
        "kecamatan": "Kecamatan",
        "city": "Kota/kabupaten",
        "phone": "Nomor telepon",
        "nationality": "Kewarganegaraan/asal",
        "family_unknown": "Keluarga tidak diketahui",
        "family_name": "Nama keluarga yang dapat dihubungi",
        "family_relation": "Hubungan dengan klien",
        "family_phone": "Telepon keluarga",
        "family_address": "Alamat keluarga",
        "complaint": "Keluhan utama/alasan rujukan",
        "arrival_condition": "Kondisi saat datang",
        "consent_record": "Persetujuan pencatatan data",
        "consent_referral": "Persetujuan dirujuk ke LK3",
    },
    2: {
        "met_at": "Tanggal/jam pertemuan",
        "place": "Tempat pertemuan",
        "place_other": "Tempat lain",
        "counselor_id": "Konselor yang ditugaskan",
        "accompanying_staff": "Petugas pendamping",
        "notes": "Catatan pertemuan",
    },
    3: {
        **{f"agree_{p.key}": p.title for p in contract_points()},
        "planned_sessions": "Jumlah sesi yang direncanakan",
        "frequency": "Frekuensi",
        "session_place": "Tempat konseling",
        "agreed_on": "Tanggal kesepakatan",
        "paper_filed": "Kontrak bertanda tangan sudah diarsipkan",
        "paper_location": "Lokasi arsip kontrak",
    },
    4: {
        "problems": "Masalah yang diidentifikasi",
        "area": "Bidang masalah",
        "description": "Uraian masalah",
        "severity": "Tingkat keparahan",
        "strengths": "Kekuatan klien",
        "resources": "Sumber daya klien",
        "info_source": "Sumber informasi",
        "family_tracing_needed": "Perlu penelusuran keluarga",
    },
    5: {
        "reassessments": "Hasil reasesmen",
        "result": "Hasil reasesmen",
        "note": "Catatan",
        "new_problems": "Masalah baru",
        "area": "Bidang masalah",
        "description": "Uraian masalah",
        "severity": "Tingkat keparahan",
        "confirming_info": "Informasi yang mengonfirmasi",
        "reassessed_by": "Reasesmen dilakukan oleh",
        "notes": "Catatan reasesmen",
    },
    6: {
        "actions": "Rencana tindakan",
        "problem_id": "Masalah yang ditangani",
        "goal": "Tujuan",
        "activity": "Kegiatan",
        "responsible": "Penanggung jawab",
        "target_date": "Tanggal target",
        "status": "Status",
    },
    7: {
        "counselor_process_rating": "Penilaian konselor atas proses",
        "counselor_process_comment": "Komentar konselor atas proses",
        "counselor_result_rating": "Penilaian konselor atas hasil",
        "counselor_result_comment": "Komentar konselor atas hasil",
        "client_process_rating": "Penilaian klien atas proses",
        "client_process_comment": "Komentar klien atas proses",
        "client_result_rating": "Penilaian klien atas hasil",
        "client_result_comment": "Komentar klien atas hasil",
        "goals_reached": "Tujuan tercapai",
        "outcome": "Tindak lanjut",
        "related_sop": "Dirujuk ke",
        "referral_other": "Layanan/instansi lain",
        "outcome_reason": "Alasan rujukan",
    },
}

GOALS_REACHED = (("ya", "Tercapai seluruhnya"), ("sebagian", "Tercapai sebagian"),
                 ("tidak", "Belum tercapai"))
OTHER_SERVICE = "lainnya"


def label(step: int, key: str) -> str:
    return LABELS[step].get(key) or COMMON_LABELS.get(key, key)


def _texts(errors: list[FieldError], step: int, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, str):
            v.max_length(errors, data, key, label(step, key))


def _step1(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    lab = LABELS[1]
    for key in ("arrival_at", "referral_source", "full_name", "sex", "complaint"):
        v.required(e, d, key, lab[key])
    arrival = v.parse_datetime(d.get("arrival_at"))
    if d.get("arrival_at") and arrival is None:
        e.append(FieldError("arrival_at", f"{lab['arrival_at']} tidak sah."))
    elif arrival is not None and arrival.date() > today:
        e.append(FieldError("arrival_at", f"{lab['arrival_at']} tidak boleh setelah hari ini."))
    if d.get("referral_source") and d["referral_source"] not in ref.keys("referral_sources"):
        e.append(FieldError("referral_source", "Sumber rujukan tidak dikenal."))
    if d.get("referral_source") not in (None, "", "sendiri"):
        v.required(e, d, "referrer_name", lab["referrer_name"])
    if d.get("sex") and d["sex"] not in ref.keys("sexes"):
        e.append(FieldError("sex", "Jenis kelamin tidak dikenal."))
    v.not_in_future(e, d, "birth_date", lab["birth_date"], today)
    birth = v.parse_date(d.get("birth_date"))
    age = d.get("estimated_age")
    if birth is None and v.is_blank(age):
        e.append(FieldError("birth_date",
                            "Isi tanggal lahir, atau perkiraan umur bila tanggal lahir tidak diketahui."))
    _check_age(e, d)
    if birth is not None and birth.year < today.year - 120:
        e.append(FieldError("birth_date", "Tanggal lahir lebih dari 120 tahun yang lalu."))
    if not v.is_blank(d.get("nik")):
        msg = check_nik(d["nik"], ref.provinces, birth, d.get("sex"))
        if msg:
            e.append(FieldError("nik", msg))
    v.digits_exact(e, d, "kk_number", lab["kk_number"], 16)
    v.phone(e, d, "phone", lab["phone"])
    v.phone(e, d, "family_phone", lab["family_phone"])
    rt_rw = (d.get("rt_rw") or "").strip()
    if rt_rw and not all(part.strip().isdigit() for part in rt_rw.split("/")):
        e.append(FieldError("rt_rw", "RT/RW ditulis sebagai angka, misalnya 003/002."))
    if not d.get("family_unknown") and v.is_blank(d.get("family_name")):
        e.append(FieldError(
            "family_name",
            "Isi nama keluarga yang dapat dihubungi, atau centang “Keluarga tidak diketahui”."))
    if not d.get("consent_record"):
        e.append(FieldError("consent_record",
                            "Persetujuan klien untuk pencatatan data wajib dicentang."))
    return e


def _whole(value: Any) -> int | None:
    """A whole number from a field value, or None ("12" yes; "1.5", "²", "abc" no)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip() if value is not None else ""
    return int(text) if text.isascii() and text.isdecimal() else None


def _check_age(e: list[FieldError], d: dict[str, Any]) -> None:
    age = d.get("estimated_age")
    if not v.is_blank(age) and not 0 <= (_whole(age) if _whole(age) is not None else -1) <= 120:
        e.append(FieldError("estimated_age", "Perkiraan umur harus angka 0–120 tahun."))


def _step2(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    lab = LABELS[2]
    for key in ("met_at", "place", "counselor_id"):
        v.required(e, d, key, lab[key])
    met = v.parse_datetime(d.get("met_at"))
    if met is not None and met.date() > today:
        e.append(FieldError("met_at", f"{lab['met_at']} tidak boleh setelah hari ini."))
    if d.get("place") == "lainnya":
        v.required(e, d, "place_other", lab["place_other"])
    return e


def _step3(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    lab = LABELS[3]
    for p in contract_points():
        if p.required and not d.get(f"agree_{p.key}"):
            e.append(FieldError(f"agree_{p.key}",
                                f"Poin kontrak “{p.title}” harus disepakati sebelum konseling."))
    v.required(e, d, "agreed_on", lab["agreed_on"])
    v.not_in_future(e, d, "agreed_on", lab["agreed_on"], today)
    if not 1 <= (_whole(d.get("planned_sessions")) or 0) <= 100:
        e.append(FieldError("planned_sessions", "Jumlah sesi yang direncanakan harus angka 1–100."))
    if d.get("paper_filed"):
        v.required(e, d, "paper_location", lab["paper_location"])
    return e


# What a row of each list is called on screen ("Masalah 2: …"), so messages match the cards.
ROW_TITLES = {"problems": "Masalah", "reassessments": "Masalah", "new_problems": "Masalah baru",
              "actions": "Tindakan"}


def _rows(e: list[FieldError], rows: list[dict], prefix: str, step: int,
          required_keys: tuple[str, ...]) -> None:
    title = ROW_TITLES[prefix]
    for i, row in enumerate(rows):
        for key in required_keys:
            if v.is_blank(row.get(key)):
                e.append(FieldError(f"{prefix}.{i}.{key}",
                                    f"{title} {i + 1}: {label(step, key)} wajib diisi."))
            elif isinstance(row.get(key), str) and len(row[key]) > v.MAX_TEXT:
                e.append(FieldError(f"{prefix}.{i}.{key}",
                                    f"{title} {i + 1}: {label(step, key)} terlalu panjang."))


def _step4(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    problems = d.get("problems") or []
    if not problems:
        e.append(FieldError("problems", "Tambahkan paling sedikit satu masalah yang diidentifikasi."))
    _rows(e, problems, "problems", 4, ("area", "description", "severity"))
    v.required(e, d, "info_source", LABELS[4]["info_source"])
    return e


def _step5(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    _rows(e, d.get("reassessments") or [], "reassessments", 5, ("result",))
    _rows(e, d.get("new_problems") or [], "new_problems", 5, ("area", "description", "severity"))
    v.required(e, d, "reassessed_by", LABELS[5]["reassessed_by"])
    return e


def _step6(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    actions = d.get("actions") or []
    if not actions:
        e.append(FieldError("actions", "Tambahkan paling sedikit satu rencana tindakan."))
    _rows(e, actions, "actions", 6, ("goal", "activity", "responsible", "target_date", "status"))
    for i, row in enumerate(actions):
        if row.get("target_date") and v.parse_date(row["target_date"]) is None:
            e.append(FieldError(f"actions.{i}.target_date",
                                f"{ROW_TITLES['actions']} {i + 1}: tanggal target tidak sah."))
    return e


def _step7(d: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    e: list[FieldError] = []
    lab = LABELS[7]
    for key in ("counselor_process_rating", "counselor_result_rating", "client_process_rating",
                "client_result_rating", "goals_reached", "outcome"):
        v.required(e, d, key, lab[key])
    if d.get("outcome") == "dirujuk":
        v.required(e, d, "related_sop", lab["related_sop"])
        v.required(e, d, "outcome_reason", lab["outcome_reason"])
        if d.get("related_sop") == OTHER_SERVICE:
            v.required(e, d, "referral_other", lab["referral_other"])
    return e


_VALIDATORS = {1: _step1, 2: _step2, 3: _step3, 4: _step4, 5: _step5, 6: _step6, 7: _step7}


def validate_step(step: int, data: dict[str, Any], ref: Reference, today: date) -> list[FieldError]:
    """Every reason the step cannot be completed yet, in form order; empty when complete."""
    errors = _VALIDATORS[step](data, ref, today)
    if v.is_blank(data.get("performed_by")):
        # The SOP names an executor for every step: who did it is part of the record.
        errors.append(FieldError("performed_by", "Dilaksanakan oleh wajib dipilih."))
    _texts(errors, step, data)
    return errors


def validate_draft(step: int, data: dict[str, Any]) -> list[FieldError]:
    """Drafts are saved whatever is missing; only text that could not be stored is refused."""
    errors: list[FieldError] = []
    if step == 1:
        _check_age(errors, data)  # stored as a number, so even a draft must hold one
    _texts(errors, step, data)
    return errors

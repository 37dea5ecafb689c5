"""Turns a step's stored data into labelled, human-readable lines (case view, later PDFs)."""

from __future__ import annotations

from typing import Any

from lk3_desktop.domain.dates import format_date, format_datetime
from lk3_desktop.domain.steps import GOALS_REACHED, OTHER_SERVICE, label
from lk3_desktop.sop import Reference, Sop, contract_points

YES_NO = {True: "Ya", False: "Tidak"}


def _dt(value: Any) -> str:
    return format_datetime(value) if value else ""


def describe_step(step: int, data: dict[str, Any], sop: Sop, ref: Reference,
                  staff_names: dict[str, str]) -> list[tuple[str, str]]:
    """(label, text) pairs in form order; empty values are left out."""
    out: list[tuple[str, str]] = []

    def add(key: str, text: Any) -> None:
        if text not in (None, "", []):
            out.append((label(step, key), str(text)))

    d = data
    if step == 1:
        add("arrival_at", _dt(d.get("arrival_at")))
        add("referral_source", ref.choice_name("referral_sources", d.get("referral_source")))
        for k in ("referrer_name", "referrer_contact", "full_name", "nickname", "nik", "kk_number",
                  "birth_place"):
            add(k, d.get(k))
        add("birth_date", format_date(d.get("birth_date")))
        if d.get("estimated_age") not in (None, ""):
            add("estimated_age", f"{d['estimated_age']} tahun")
        add("sex", ref.choice_name("sexes", d.get("sex")))
        for k in ("religion", "marital_status", "education", "occupation", "nationality",
                  "address_street", "rt_rw", "kelurahan", "kecamatan", "city", "phone"):
            add(k, d.get(k))
        if d.get("family_unknown"):
            add("family_unknown", "Ya — perlu penelusuran keluarga")
        for k in ("family_name", "family_relation", "family_phone", "family_address",
                  "complaint", "arrival_condition"):
            add(k, d.get(k))
        add("consent_record", YES_NO[bool(d.get("consent_record"))])
        add("consent_referral", YES_NO[bool(d.get("consent_referral"))])
    elif step == 2:
        add("met_at", _dt(d.get("met_at")))
        add("place", meeting_place(d, ref))
        add("counselor_id", staff_names.get(d.get("counselor_id") or "", ""))
        add("accompanying_staff", d.get("accompanying_staff"))
        add("notes", d.get("notes"))
    elif step == 3:
        for p in contract_points():
            if d.get(f"agree_{p.key}"):
                out.append((p.title, p.text))
        add("planned_sessions", d.get("planned_sessions"))
        add("frequency", d.get("frequency"))
        add("session_place", d.get("session_place"))
        add("agreed_on", format_date(d.get("agreed_on")))
        if d.get("paper_filed"):
            add("paper_location", d.get("paper_location") or "Ya")
    elif step == 4:
        for i, p in enumerate(d.get("problems") or [], start=1):
            out.append((f"Masalah {i}", _problem(p, ref)))
        add("strengths", d.get("strengths"))
        add("resources", d.get("resources"))
        add("info_source", ref.choice_name("information_sources", d.get("info_source")))
        add("family_tracing_needed", YES_NO[bool(d.get("family_tracing_needed"))])
    elif step == 5:
        for i, r in enumerate(d.get("reassessments") or [], start=1):
            text = f"{ref.choice_name('problem_areas', r.get('area'))}: " \
                   f"{ref.choice_name('reassessment_results', r.get('result')) or 'belum dinilai'}"
            if r.get("note"):
                text += f" — {r['note']}"
            out.append((f"Masalah {i}", text))
        for i, p in enumerate(d.get("new_problems") or [], start=1):
            out.append((f"Masalah baru {i}", _problem(p, ref)))
        add("confirming_info", d.get("confirming_info"))
        add("reassessed_by", ref.choice_name("reassessors", d.get("reassessed_by")))
        add("notes", d.get("notes"))
    elif step == 6:
        for i, a in enumerate(d.get("actions") or [], start=1):
            parts = [a.get("goal") or "", a.get("activity") or ""]
            meta = [f"penanggung jawab: {a['responsible']}" if a.get("responsible") else "",
                    f"target {format_date(a.get('target_date'))}" if a.get("target_date") else "",
                    ref.choice_name("action_statuses", a.get("status"))]
            out.append((f"Tindakan {i}", " — ".join(p for p in parts if p)
                        + (f" ({', '.join(m for m in meta if m)})" if any(meta) else "")))
    elif step == 7:
        for party in ("counselor", "client"):
            for aspect in ("process", "result"):
                rating = d.get(f"{party}_{aspect}_rating")
                text = ref.choice_name("ratings", rating) if rating not in (None, "") else ""
                comment = d.get(f"{party}_{aspect}_comment")
                if comment:
                    text = f"{text} — {comment}" if text else comment
                add(f"{party}_{aspect}_rating", text)
        add("goals_reached", dict(GOALS_REACHED).get(d.get("goals_reached"), ""))
        add("outcome", ref.choice_name("outcomes", d.get("outcome")))
        if d.get("outcome") == "dirujuk":
            add("related_sop", referred_to(d, sop))
            add("outcome_reason", d.get("outcome_reason"))
    return out


def meeting_place(d: dict[str, Any], ref: Reference) -> str:
    """Step 2's place: the typed name when "Tempat lain" was chosen."""
    if d.get("place") == "lainnya" and d.get("place_other"):
        return d["place_other"]
    return ref.choice_name("meeting_places", d.get("place"))


def referred_to(d: dict[str, Any], sop: Sop) -> str:
    """Step 7's onward referral: the related SOP's full name, or the service typed."""
    if d.get("outcome") != "dirujuk":
        return ""
    target = d.get("related_sop")
    if target == OTHER_SERVICE:
        return d.get("referral_other") or ""
    return next((s.name for s in sop.related_sops if s.key == target), target or "")


def _problem(p: dict[str, Any], ref: Reference) -> str:
    return (f"{ref.choice_name('problem_areas', p.get('area'))} "
            f"({ref.choice_name('severities', p.get('severity')).lower()}): "
            f"{p.get('description') or ''}")

"""A whole referral driven through all seven wizard pages, then the database checked."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QWizard

from lk3_desktop.sop import contract_points
from tests.helpers.cases import intake
from tests.helpers.gui import fill, find, next_page


def _db_rows(store, sql, params=()):
    cur = store.db.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def test_whole_case_through_the_wizard(qtbot, window, staff):
    store = window.store
    window.reload_staff()
    window.set_active_staff(staff["pengadministrasi"])
    wiz = window.new_referral()
    assert wiz.currentId() == 1
    assert wiz.buttonText(QWizard.WizardButton.NextButton) == "Simpan && &lanjut >"

    step1 = intake(full_name="陈美玲 D'Costa", checklist=[0, 3],
                   complaint="Dideportasi dari Tawau.\nTidak punya dokumen; cemas.")
    fill(qtbot, wiz.currentPage(), 1, step1)
    next_page(qtbot, wiz)
    assert wiz.currentId() == 2, wiz.currentPage().banner.text()
    rid = wiz.rid
    assert rid is not None

    fill(qtbot, wiz.currentPage(), 2, {
        "met_at": "2026-11-21T10:00", "place": "lainnya", "place_other": "Rumah aman",
        "counselor_id": staff["konselor"], "accompanying_staff": "Yusran",
        "notes": "Klien bersedia.", "performed_by": staff["rehabilitasi"], "checklist": [0, 2]})
    next_page(qtbot, wiz)
    assert wiz.currentId() == 3, wiz.currentPage().banner.text()

    contract = {f"agree_{p.key}": True for p in contract_points()}
    contract.update(planned_sessions=6, frequency="Dua kali seminggu", session_place="Ruang LK3",
                    agreed_on="2026-11-22", paper_filed=True, paper_location="Lemari B-2",
                    performed_by=staff["konselor"])
    fill(qtbot, wiz.currentPage(), 3, contract)
    next_page(qtbot, wiz)
    assert wiz.currentId() == 4, wiz.currentPage().banner.text()

    fill(qtbot, wiz.currentPage(), 4, {
        "problems": [
            {"area": "migrasi", "severity": "berat", "description": "Dideportasi tanpa dokumen."},
            {"area": "kesehatan_jiwa", "severity": "sedang", "description": "Sulit tidur."}],
        "strengths": "Kooperatif", "resources": "Kakak di Nunukan", "info_source": "klien",
        "family_tracing_needed": True, "performed_by": staff["konselor"]})
    next_page(qtbot, wiz)
    assert wiz.currentId() == 5, wiz.currentPage().banner.text()

    page5 = wiz.currentPage()
    assert find(page5, "step5.reassessments.0.result")  # one row per identified problem
    fill(qtbot, page5, 5, {
        "reassessments": [{"result": "terkonfirmasi", "note": "Dikonfirmasi kakak"},
                          {"result": "berubah", "note": "Membaik"}],
        "new_problems": [{"area": "hukum", "severity": "ringan", "description": "Paspor ditahan."}],
        "confirming_info": "Penelusuran keluarga", "reassessed_by": "tim_ahli",
        "performed_by": staff["tim_ahli"]})
    next_page(qtbot, wiz)
    assert wiz.currentId() == 6, wiz.currentPage().banner.text()

    problems = store.problems(rid)
    fill(qtbot, wiz.currentPage(), 6, {"actions": [
        {"problem_id": problems[0]["id"], "goal": "Dokumen kembali", "activity": "Ke Disdukcapil",
         "responsible": "Peksos", "target_date": "2026-12-15", "status": "rencana"},
        {"problem_id": problems[2]["id"], "goal": "Paspor kembali", "activity": "Mediasi agen",
         "responsible": "UPTD PPA", "target_date": "2027-01-10", "status": "berjalan"}],
        "performed_by": staff["tim_ahli"]})
    next_page(qtbot, wiz)
    assert wiz.currentId() == 7, wiz.currentPage().banner.text()

    fill(qtbot, wiz.currentPage(), 7, {
        "counselor_process_rating": 4, "counselor_process_comment": "Aktif",
        "counselor_result_rating": 3, "client_process_rating": 5, "client_result_rating": 4,
        "client_result_comment": "Lebih tenang", "goals_reached": "sebagian",
        "outcome": "dirujuk", "related_sop": "reunifikasi",
        "outcome_reason": "Perlu dipulangkan ke keluarga", "performed_by": staff["konselor"]})
    with qtbot.waitSignal(wiz.finished, timeout=2000):
        next_page(qtbot, wiz)

    # -- the database, field by field ---------------------------------------------------
    ref = _db_rows(store, "SELECT * FROM referral WHERE id = ?", [rid])[0]
    assert ref["agenda_number"].startswith("LK3/") and ref["status"] == "dirujuk"
    assert ref["current_step"] == 7 and ref["closed_at"]
    assert ref["counselor_id"] == staff["konselor"]
    assert (ref["referral_source"], ref["referrer_name"]) == ("polisi", "Bripka Suhardi")
    assert ref["complaint"] == "Dideportasi dari Tawau.\nTidak punya dokumen; cemas."
    assert ref["arrival_at"] == "2026-11-20T09:30"
    assert ref["consent_record"] == 1 and ref["family_tracing_needed"] == 1
    assert (ref["outcome"], ref["related_sop"]) == ("dirujuk", "reunifikasi")
    assert ref["outcome_reason"] == "Perlu dipulangkan ke keluarga"

    client = _db_rows(store, "SELECT * FROM client WHERE id = ?", [ref["client_id"]])[0]
    for key, value in step1.items():
        if key in client:
            expected = int(value) if isinstance(value, bool) else value
            assert client[key] == expected, key

    recs = {r["step"]: r for r in _db_rows(
        store, "SELECT * FROM step_record WHERE referral_id = ?", [rid])}
    assert all(recs[n]["status"] == "complete" and recs[n]["completed_at"] for n in range(1, 8))
    assert recs[1]["performed_by"] == staff["pengadministrasi"]  # the active staff, by default
    assert json.loads(recs[1]["checklist"]) == [0, 3]
    assert recs[2]["performed_by"] == staff["rehabilitasi"]
    s2 = json.loads(recs[2]["data"])
    assert s2 == {"met_at": "2026-11-21T10:00", "place": "lainnya", "place_other": "Rumah aman",
                  "accompanying_staff": "Yusran", "notes": "Klien bersedia."}
    s3 = json.loads(recs[3]["data"])
    assert s3["planned_sessions"] == 6 and s3["agree_honesty"] is True
    assert s3["paper_location"] == "Lemari B-2" and s3["agreed_on"] == "2026-11-22"
    s4 = json.loads(recs[4]["data"])
    assert (s4["strengths"], s4["info_source"]) == ("Kooperatif", "klien")
    s5 = json.loads(recs[5]["data"])
    assert (s5["reassessed_by"], s5["confirming_info"]) == ("tim_ahli", "Penelusuran keluarga")
    s7 = json.loads(recs[7]["data"])
    assert s7["client_result_comment"] == "Lebih tenang" and s7["goals_reached"] == "sebagian"
    assert s7["counselor_result_rating"] == 3

    probs = [(p["origin_step"], p["area"], p["severity"], p["description"], p["reassessment"],
              p["reassessment_note"]) for p in problems]
    assert probs == [
        (4, "migrasi", "berat", "Dideportasi tanpa dokumen.", "terkonfirmasi", "Dikonfirmasi kakak"),
        (4, "kesehatan_jiwa", "sedang", "Sulit tidur.", "berubah", "Membaik"),
        (5, "hukum", "ringan", "Paspor ditahan.", "", "")]
    acts = [(a["problem_id"], a["goal"], a["target_date"], a["status"]) for a in store.actions(rid)]
    assert acts == [(problems[0]["id"], "Dokumen kembali", "2026-12-15", "rencana"),
                    (problems[2]["id"], "Paspor kembali", "2027-01-10", "berjalan")]

    # The main window shows where the case now stands.
    row = window.model.rows[0]
    assert (row.client_name, row.status_name, row.step_label) == (
        "陈美玲 D'Costa", "Dirujuk", "7/7 Evaluasi konseling")

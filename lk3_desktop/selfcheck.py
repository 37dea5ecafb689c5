"""`lk3-desktop self-check`: proves an installed or built copy works, in a folder of its own.

It creates a database in a temporary folder, takes one synthetic case through every SOP step
with the store's own functions, prints every document on A4 and F4 (numbered) and blank and
reads each PDF back with QtPdf, backs the file up, restores it and checks it, makes an
encrypted file and opens a copy of it with its recovery key, and confirms that the shipped
files (SOP data, fonts, translations) are found. It needs nothing of tests/
(a frozen build does not ship it): the case's data is made here from the step descriptions.

Each check prints one line, "OK" or "GAGAL", with a figure or the reason; a check that raises
is a failure with the exception's type and message, and the checks after it still run.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from lk3_desktop.paths import resource

Out = Callable[[str], None]
T = TypeVar("T")

# PDF page sizes in points and how far a read-back size may differ (ReportLab writes
# 595.2756 × 841.8898 for A4; F4 is 215 × 330 mm).
PAPERS = {"A4": (595.28, 841.89), "F4": (609.45, 935.43)}
PAPER_TOLERANCE = 1.0

# The synthetic client: a name the PDFs must show, and a NIK region (Tarakan) and birth date
# that the NIK is made from, so the intake's NIK rule holds.
CLIENT_NAME = "Klien Uji Mandiri"
NIK_REGION = "657101"
BIRTH_DATE = date(1990, 5, 5)
# Staff-list sources a `staff` field names (data/sop.json); the store fills the lists.
COUNSELORS, EXECUTORS, CASE_PROBLEMS = "counselors", "executors", "case_problems"
# Letters the PDF font must draw: Indonesian names and the odd Vietnamese or accented one.
FONT_SAMPLE = "Ni Luh Putu Ayu D’Costa · Nguyễn Thị Hồng · François · Rp 1.500.000 – №"
# A string of each translation file: (file, context, source, expected or None for "any").
TRANSLATIONS = (("resources/translations/lk3_en.qm", "", "Simpan", "Save"),
                ("resources/translations/qt_id.qm", "QLineEdit", "Select All", None))


class CheckFailed(Exception):
    """A check found something wrong; the message (Indonesian) is the whole reason."""


@dataclass
class Run:
    """What the checks share: the folder, and the database and case once they exist."""

    folder: Path
    db: Path
    store: Any = None  # lk3_desktop.store.Store while open
    rid: str | None = None
    agenda: str = ""

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


@dataclass(frozen=True)
class Check:
    name: str  # short, Indonesian; printed before the verdict's detail
    run: Callable[[Run], str]  # returns the figure for the OK line; raises on failure


# -- 1. SOP data ---------------------------------------------------------------------------

def check_sop(run: Run) -> str:
    from lk3_desktop import sop as sop_module
    from lk3_desktop.domain.documents import DOCUMENTS

    # Read the files now, not the copies cached in this process, so a test that breaks a
    # file sees it; the program itself reads them once through the same functions.
    sop = _reading("data/sop.json", sop_module.load_sop.__wrapped__)
    ref = _reading("data/reference.json", sop_module.load_reference.__wrapped__)
    roles = {r.key for r in sop.roles}
    if not sop.steps:
        raise CheckFailed("data/sop.json tidak berisi langkah")
    for step in sop.steps:
        if not step.executors:
            raise CheckFailed(f"langkah {step.number} ({step.key}) tanpa pelaksana")
    unknown = set(sop.counselor_roles) - roles
    if unknown:
        raise CheckFailed(f"peran konselor tidak dikenal: {', '.join(sorted(unknown))}")
    for spec in DOCUMENTS:
        sop.step_by_key(spec.step)  # KeyError names a document's missing step
    fields = sum(len(step.fields.fields) for step in sop.steps)
    return (f"{len(sop.steps)} langkah, {fields} isian, {len(sop.roles)} peran; "
            f"{len(ref.kelurahan_all)} kelurahan, {len(ref.choices('problem_areas'))} bidang masalah")


def _reading(rel: str, load: Callable[[], T]) -> T:
    """`load()`, a failure naming the file it was reading."""
    try:
        return load()
    except Exception as exc:
        raise CheckFailed(f"{rel}: {_reason(exc)}") from exc


# -- 2. fonts -------------------------------------------------------------------------------

def check_fonts(run: Run) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from lk3_desktop.pdf import fonts

    size = 0
    regular = None
    # Each file fonts.py registers is found and parsed afresh (fonts.register() is cached, so
    # it alone would not notice a file that went missing after the first PDF of a process).
    for name, filename in fonts._FILES.items():
        path = resource(f"resources/fonts/{filename}")
        font = TTFont(name, str(path))
        size += path.stat().st_size
        if name == fonts.REGULAR:
            regular = font
    assert regular is not None
    missing = {ch for ch in FONT_SAMPLE if not ch.isspace() and ord(ch) not in regular.face.charToGlyph}
    if missing:
        raise CheckFailed(f"huruf tanpa glif: {' '.join(sorted(missing))}")
    fonts.register()
    for name in fonts._FILES:
        pdfmetrics.getFont(name)  # KeyError if ReportLab does not know it
    return f"{len(fonts._FILES)} berkas DejaVu Sans ({size // 1024} KB) terdaftar di ReportLab"


# -- 3. translations ------------------------------------------------------------------------

def check_translations(run: Run) -> str:
    from PySide6.QtCore import QTranslator

    found = []
    for rel, context, source, expected in TRANSLATIONS:
        path = resource(rel)
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            raise CheckFailed(f"{rel} tidak dapat dimuat (rusak atau kosong)")
        text = translator.translate(context, source)
        if not text or text == source or (expected is not None and text != expected):
            raise CheckFailed(f"{path.name}: “{source}” diterjemahkan menjadi “{text}”, "
                              f"seharusnya “{expected or 'terjemahan'}”")
        found.append(f"{path.name} menerjemahkan “{source}” menjadi “{text}”")
    return "; ".join(found)


# -- 4. Python + PySide6 --------------------------------------------------------------------

def check_qt_runtime(run: Run) -> str:
    from lk3_desktop import qt_runtime

    sound, line = qt_runtime.describe()
    if not sound:
        raise CheckFailed(line)
    return line


# -- 5. a case through every step -----------------------------------------------------------

def _wanted(fields) -> dict[str, list[Any]]:
    """For each field, the values other fields' conditions ask of it ("Tempat lain",
    "Dirujuk", an unknown family = False): taking them puts every field of the step in use."""
    wanted: dict[str, list[Any]] = {}

    def add(cond) -> None:
        for c in cond.all_:
            add(c)
        if cond.field and cond.is_ is not None:
            wanted.setdefault(cond.field, []).extend(v for v in cond.is_ if v != "")

    for f in fields:
        for cond in (f.enabled, f.required if not isinstance(f.required, bool) else None):
            if cond is not None:
                add(cond)
    return wanted


def _value(f, wanted: dict[str, list[Any]], people: dict[str, str], today: date) -> Any:
    """A valid value for field `f` from its description alone."""
    from lk3_desktop.sop import choice_list

    asked = wanted.get(f.key, [])
    if f.type == "bool":
        return asked[0] if asked else True
    if f.type == "choice":
        keys = [c.key for c in choice_list(f.choices) or ()]
        if not keys:
            raise CheckFailed(f"isian {f.key}: daftar pilihan {f.choices!r} kosong atau tidak dikenal")
        return next((k for k in asked if k in keys), keys[-1])
    if f.type == "staff":
        return people[f.choices]
    if f.type == "date":
        return (today - timedelta(days=2)).isoformat()
    if f.type == "datetime":
        return f"{(today - timedelta(days=2)).isoformat()}T10:15"
    if f.type == "number":
        low = f.min if f.min is not None else 0
        return min(low + 3, f.max) if f.max is not None else low + 3
    if f.type in ("line", "text", "open_choice"):
        if f.rule == "phone":
            return "0812 3456 7890"
        if f.rule == "digits16":
            return "6571010101100001"
        if f.rule == "rt_rw":
            return "003/002"
        if f.type == "open_choice" and f.choices:
            keys = [c.key for c in choice_list(f.choices) or ()]
            if keys:
                return keys[0]
        return f"Isian uji {f.key}"
    raise CheckFailed(f"isian {f.key}: jenis {f.type!r} tidak dikenal pemeriksaan ini")


def step_data(store, rid: str | None, step, people: dict[str, str]) -> dict[str, Any]:
    """Complete, valid data for `step` of case `rid`, made from its field descriptions.

    The rules the descriptions cannot state are the only special cases: the NIK agrees with
    the birth date and sex, rows that come from earlier steps (the reassessment of each
    problem) are the store's own rows filled in, and a list that refers to the case's
    problems gets one row per problem."""
    today = store.today()
    fields = step.fields
    wanted = _wanted(fields)
    data: dict[str, Any] = {}
    for f in fields:
        if f.type != "rows":
            data[f.key] = _value(f, wanted, people, today)
            continue
        editable = [c for c in f.columns if not c.read_only and c.choices != CASE_PROBLEMS]
        if f.fixed_rows:
            rows = store.load_step(rid, step.number)[f.key] if rid else []
            data[f.key] = [{**row, **{c.key: _value(c, {}, people, today) for c in editable}}
                           for row in rows]
            continue
        row = {c.key: _value(c, {}, people, today) for c in editable}
        if any(c.choices == CASE_PROBLEMS for c in f.columns):
            problem_col = next(c.key for c in f.columns if c.choices == CASE_PROBLEMS)
            data[f.key] = [{**row, problem_col: p["id"]} for p in store.problems(rid)]
        else:
            data[f.key] = [row]
    if "full_name" in data:
        data["full_name"] = CLIENT_NAME
    if "birth_date" in data:
        data["birth_date"] = BIRTH_DATE.isoformat()
    if "arrival_at" in data:
        data["arrival_at"] = f"{(today - timedelta(days=3)).isoformat()}T09:30"
    for f in fields:
        if f.rule == "nik":
            from lk3_desktop.domain.nik import make_nik

            data[f.key] = make_nik(NIK_REGION, BIRTH_DATE, data.get("sex") or "P", 1)
    data["checklist"] = list(range(len(step.kelengkapan)))
    return data


def check_case(run: Run) -> str:
    from lk3_desktop.domain.rules import CLOSED, STATUS_FOR_OUTCOME, status_name
    from lk3_desktop.domain.validation import ValidationFailed
    from lk3_desktop.store import check_file, open_store

    store = run.store = open_store(run.db)
    sop = store.sop
    holders: dict[str, str] = {}
    for role in sop.roles:
        holders[role.key] = store.save_staff(
            {"name": f"Petugas Uji {role.name}"[:200], "roles": [role.key], "position": "Uji mandiri"})
    counselor = next(holders[r] for r in sop.counselor_roles)
    rid: str | None = None
    for step in sop.steps:
        people = {COUNSELORS: counselor, EXECUTORS: holders[step.executors[0].key]}
        data = step_data(store, rid, step, people)
        try:
            rid = store.save_step(rid, step.number, data, complete=True)
        except ValidationFailed as exc:
            raise CheckFailed(f"langkah {step.number} ({step.key}) tidak dapat diselesaikan: "
                              f"{exc}") from exc
    assert rid is not None
    records = store.step_records(rid)
    done = sum(1 for n in range(1, len(sop.steps) + 1)
               if records.get(n, {}).get("status") == "complete")
    if done != len(sop.steps):
        raise CheckFailed(f"hanya {done} dari {len(sop.steps)} langkah selesai")
    referral = store.referral(rid)
    expected = STATUS_FOR_OUTCOME.get(referral["outcome"])
    if referral["status"] != expected or referral["status"] not in CLOSED or not referral["closed_at"]:
        raise CheckFailed(f"status kasus {referral['status']!r}, hasil {referral['outcome']!r}: "
                          "kasus seharusnya ditutup")
    run.rid, run.agenda = rid, referral["agenda_number"]
    return (f"{run.agenda} melalui {done}/{len(sop.steps)} langkah, ditutup dengan hasil "
            f"{status_name(referral['status'])}; {_verdict(check_file(run.db))}")


# -- 6. documents ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ReadBack:
    pages: int
    size: tuple[float, float]
    text: str  # page 1, whitespace made single spaces


def read_pdf(data: bytes) -> ReadBack:
    """A PDF read back with QtPdf (the preview's reader; pypdf is not in the build)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise CheckFailed(f"PDF tidak terbaca ({document.error().name}, "
                          f"{document.pageCount()} halaman)")
    size = document.pagePointSize(0)
    text = " ".join(document.getAllText(0).text().split())
    pages = document.pageCount()
    document.close()
    return ReadBack(pages, (size.width(), size.height()), text)


def _expect(read: ReadBack, paper: str, words: list[str], absent: list[str], what: str) -> None:
    width, height = PAPERS[paper]
    if abs(read.size[0] - width) > PAPER_TOLERANCE or abs(read.size[1] - height) > PAPER_TOLERANCE:
        raise CheckFailed(f"{what}: ukuran halaman {read.size[0]:.1f} × {read.size[1]:.1f} pt, "
                          f"bukan {paper} ({width} × {height})")
    for word in words:
        if word not in read.text:
            raise CheckFailed(f"{what}: halaman 1 tidak memuat “{word}”")
    for word in absent:
        if word in read.text:
            raise CheckFailed(f"{what}: halaman 1 memuat “{word}”, padahal formulir kosong")


def check_documents(run: Run) -> str:
    from lk3_desktop.domain.documents import DOCUMENTS
    from lk3_desktop.pdf import render as pdf_render

    if run.store is None or run.rid is None:
        raise CheckFailed("tidak diperiksa: kasus uji tidak terbentuk (lihat pemeriksaan kasus)")
    store, rid = run.store, run.rid
    pdfs = pages = 0
    numbers: dict[str, str] = {}
    for spec in DOCUMENTS:
        title = spec.source_title.upper()  # as printed: the PDF is Indonesian in any language
        for paper in PAPERS:
            what = f"{spec.cli_name} {paper}"
            data, entry = pdf_render.render(store, spec.kind, rid, paper=paper, register=True)
            if entry is None:
                raise CheckFailed(f"{what}: tidak mendapat nomor agenda")
            if numbers.setdefault(spec.kind, entry["number"]) != entry["number"]:
                raise CheckFailed(f"{what}: cetak ulang mendapat nomor baru {entry['number']}")
            read = _read(data, what)
            _expect(read, paper, [title, CLIENT_NAME, entry["number"]], [], what)
            blank_what = f"{spec.cli_name} {paper} kosong"
            data, _ = pdf_render.render(store, spec.kind, None, paper=paper)
            blank = _read(data, blank_what)
            _expect(blank, paper, [title], [CLIENT_NAME], blank_what)
            pdfs += 2
            pages += read.pages + blank.pages
    register = [d for d in store.list_documents() if d["referral_id"] == rid]
    per_kind = Counter(d["kind"] for d in register)
    if per_kind != Counter(spec.kind for spec in DOCUMENTS):
        raise CheckFailed(f"buku agenda tidak satu entri per jenis: {dict(per_kind)}")
    if len({d["number"] for d in register}) != len(register):
        raise CheckFailed("buku agenda memberi nomor yang sama dua kali")
    return (f"{len(DOCUMENTS)} jenis × A4/F4, bernomor dan kosong, dibaca kembali: {pdfs} PDF, "
            f"{pages} halaman; buku agenda {len(register)} nomor")


def _read(data: bytes, what: str) -> ReadBack:
    try:
        return read_pdf(data)
    except CheckFailed as exc:
        raise CheckFailed(f"{what}: {exc}") from exc


# -- 7. backup, restore, check --------------------------------------------------------------

def check_backup(run: Run) -> str:
    from lk3_desktop.store import check_file, open_store
    from lk3_desktop.store.backup import backup_to, restore_from

    if run.store is None or run.rid is None:
        raise CheckFailed("tidak diperiksa: kasus uji tidak terbentuk (lihat pemeriksaan kasus)")
    before = _held(run.store, run.rid)
    run.close()  # the program closes its file before a restore too
    folder = run.folder / "cadangan"
    folder.mkdir(exist_ok=True)
    made = backup_to(run.db, folder, now=datetime.now())
    # A change after the backup, which the restore must undo.
    store = open_store(run.db, create=False)
    try:
        store.save_staff({"name": "Petugas sesudah cadangan", "roles": [store.sop.roles[0].key]})
    finally:
        store.close()
    aside = restore_from(run.db, made, now=datetime.now())
    verdict = check_file(run.db)
    store = run.store = open_store(run.db, create=False)
    try:
        after = _held(store, run.rid)
    except KeyError:
        raise CheckFailed(f"kasus {run.agenda} hilang setelah pemulihan") from None
    if after != before:
        raise CheckFailed(f"setelah pemulihan kasus {run.agenda} berbeda: {after}, "
                          f"sebelum dicadangkan {before}")
    if any(s["name"] == "Petugas sesudah cadangan" for s in store.list_staff()):
        raise CheckFailed("pemulihan tidak mengembalikan isi cadangan")
    kept = f"; yang ditimpa disimpan sebagai {aside.name}" if aside else ""
    return (f"{made.name} dibuat lalu dipulihkan: {_verdict(verdict)}; {run.agenda} dengan "
            f"{after.steps} langkah selesai dan {after.documents} nomor agenda{kept}")


# -- 8. encryption ---------------------------------------------------------------------------

def check_encryption(run: Run) -> str:
    """An encrypted file (SQLCipher, argon2-cffi and cryptography all bundled and working):
    no SQLite header and no client name in its bytes; a password unwraps its key; a copy
    elsewhere, without its key file, opens with the recovery key typed loosely; another
    key is refused."""
    from lk3_desktop.store import DatabaseRefused, check_file, open_store
    from lk3_desktop.store.crypto import KeyFile, file_key_from_recovery, new_recovery_key
    from lk3_desktop.store.database import SQLITE_HEADER
    from lk3_desktop.store.drivers import cipher_version

    recovery = new_recovery_key()
    key = file_key_from_recovery(recovery)
    path = run.folder / "terenkripsi" / DB_NAME
    path.parent.mkdir()
    store = open_store(path, key=key)
    try:
        store.save_step(None, 1, {"full_name": CLIENT_NAME})
    finally:
        store.close()
    data = path.read_bytes()
    if data.startswith(SQLITE_HEADER):
        raise CheckFailed("berkas terenkripsi masih berkepala SQLite")
    if CLIENT_NAME.encode("utf-8") in data:
        raise CheckFailed("nama klien terbaca di berkas terenkripsi")
    keys = KeyFile.create(path, key)
    keys.wrap("uji", "sandi uji mandiri", key)
    keys.save()
    loaded = KeyFile.load(path)
    if loaded is None or loaded.unwrap("UJI", "sandi uji mandiri") != key:
        raise CheckFailed("sandi akun tidak membuka kunci berkas")
    copy = run.folder / "salinan" / "lk3-salinan.sqlite"  # a hand copy: no key file with it
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    store = open_store(copy, key=file_key_from_recovery(recovery.lower().replace("-", " ")),
                       create=False)
    try:
        names = [r.client_name for r in store.list_cases()]
    finally:
        store.close()
    if names != [CLIENT_NAME]:
        raise CheckFailed(f"salinan dibuka dengan kunci pemulihan berisi {names}")
    try:
        check_file(copy, key=bytes(32))
    except DatabaseRefused as exc:
        if not exc.wrong_key:
            raise CheckFailed(f"kunci lain: {exc}") from exc
    else:
        raise CheckFailed("kunci lain membuka berkas terenkripsi")
    return (f"SQLCipher {cipher_version()}: tanpa kepala SQLite dan tanpa nama klien terbaca; "
            f"sandi membuka kuncinya, kunci pemulihan membuka salinannya, kunci lain ditolak")


@dataclass(frozen=True)
class Held:
    """What a backup must bring back of the case."""

    steps: int  # complete
    status: str
    problems: int
    actions: int
    documents: int  # agenda register entries

    def __str__(self) -> str:
        return (f"{self.steps} langkah selesai, status {self.status}, {self.problems} masalah, "
                f"{self.actions} rencana tindakan, {self.documents} nomor agenda")


def _held(store, rid: str) -> Held:
    records = store.step_records(rid)
    return Held(steps=sum(1 for r in records.values() if r["status"] == "complete"),
                status=store.referral(rid)["status"], problems=len(store.problems(rid)),
                actions=len(store.actions(rid)),
                documents=sum(1 for d in store.list_documents() if d["referral_id"] == rid))


CHECKS: tuple[Check, ...] = (
    Check("data SOP", check_sop),
    Check("huruf PDF", check_fonts),
    Check("terjemahan", check_translations),
    Check("Python + PySide6", check_qt_runtime),
    Check("kasus uji", check_case),
    Check("dokumen", check_documents),
    Check("cadangan", check_backup),
    Check("enkripsi", check_encryption),
)

DB_NAME = "lk3-uji.sqlite"


def _verdict(report: str) -> str:
    """check_file()'s report inside a line of ours: without its own "OK: " and full stop."""
    return report.removeprefix("OK: ").rstrip(".")


def _reason(exc: Exception) -> str:
    """One line: our own reason as it is, anything else with its type."""
    if isinstance(exc, CheckFailed):
        text = str(exc)
    else:
        one_line = getattr(exc, "one_line", None)
        text = f"{type(exc).__name__}: {one_line() if callable(one_line) else exc}"
    return " ".join(text.split())


def run_checks(folder: Path, out: Out, checks: tuple[Check, ...] = CHECKS) -> bool:
    """Run every check in `folder` (empty, writable), printing one line each; True if all held."""
    run = Run(folder=folder, db=folder / DB_NAME)
    passed = True
    try:
        for check in checks:
            try:
                detail = check.run(run)
            except Exception as exc:  # every failure is one line, never a traceback
                passed = False
                out(f"GAGAL  {check.name}: {_reason(exc)}")
            else:
                out(f"OK     {check.name}: {detail}")
    finally:
        with contextlib.suppress(Exception):
            run.close()
    return passed


def self_check(out: Out, *, keep: bool = False) -> bool:
    """The whole self-check in a new temporary folder, removed afterwards unless `keep` (then
    its path is printed); True if every check held."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="lk3-periksa-"))
    except OSError as exc:  # no writable temporary folder: that is the finding
        out(f"GAGAL  folder sementara: {_reason(exc)}")
        return False
    try:
        return run_checks(folder, out)
    finally:
        if keep:
            out(f"Folder pemeriksaan disimpan: {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)

"""Command line: the window by default; demo-data, cases, check, backup, restore, pdf and
self-check for scripting and admin."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from lk3_desktop import __version__
from lk3_desktop.domain import documents
from lk3_desktop.paths import default_db_path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="lk3-desktop",
        description="LK3 Desktop — rujukan klien stres ke LK3 (bekerja tanpa internet).")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--db", type=Path, default=None,
                   help=f"berkas basis data (bawaan: {default_db_path()})")
    p.add_argument("--lang", choices=["id", "en"], default=None,
                   help="bahasa tampilan untuk kali ini (id: Indonesia, en: English); "
                        "menimpa pilihan di Pengaturan")
    sub = p.add_subparsers(dest="command")
    demo = sub.add_parser("demo-data", help="isi basis data dengan kasus contoh (sintetis)")
    demo.add_argument("--db", type=Path, required=True, dest="sub_db")
    demo.add_argument("--cases", type=int, default=50)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--password", default=None,
                      help="buat juga akun contoh untuk setiap peran (Administrator: admin, "
                           "Kepala Seksi: kasi, petugas: rina, yusran, maria, andi, hendra), "
                           "semuanya dengan sandi ini")
    cases = sub.add_parser("cases", help="daftar kasus")
    cases.add_argument("--db", type=Path, required=True, dest="sub_db")
    cases.add_argument("--json", action="store_true", help="keluaran JSON")
    check = sub.add_parser("check", help="periksa keutuhan dan skema basis data")
    check.add_argument("--db", type=Path, required=True, dest="sub_db")
    backup = sub.add_parser("backup", help="cadangkan basis data ke folder (mis. flashdisk)")
    backup.add_argument("--db", type=Path, required=True, dest="sub_db")
    backup.add_argument("--to", type=Path, required=True, dest="folder")
    restore = sub.add_parser(
        "restore", help="pulihkan basis data dari berkas cadangan (basis data sekarang disimpan dulu)")
    restore.add_argument("--db", type=Path, required=True, dest="sub_db")
    restore.add_argument("--from", type=Path, required=True, dest="source")
    restore.add_argument("--ya", action="store_true", help="jangan bertanya lagi sebelum memulihkan")
    restore.add_argument("--from-recovery-key-file", type=Path, default=None, metavar="BERKAS",
                         help="kunci pemulihan berkas cadangan itu, bila cadangan berasal dari "
                              "laptop lain (kuncinya berbeda)")
    pdf = sub.add_parser("pdf", help="cetak dokumen SOP sebagai PDF (dicatat di buku agenda)")
    # The names are a contract with offices' scripts: domain.documents keeps them.
    pdf.add_argument("kind", choices=[d.cli_name for d in documents.DOCUMENTS])
    pdf.add_argument("--db", type=Path, required=True, dest="sub_db")
    pdf.add_argument("--case", dest="agenda", help="nomor agenda kasus, mis. LK3/2026/0001")
    pdf.add_argument("--out", type=Path, required=True)
    pdf.add_argument("--paper", choices=["A4", "F4"], default=None)
    pdf.add_argument("--blank", action="store_true", help="formulir kosong untuk diisi tangan")
    # No --db: the self-check works in a folder of its own and never opens the user's file.
    selfcheck = sub.add_parser(
        "self-check", help="periksa program terpasang: data SOP, huruf, terjemahan, satu kasus "
                           "uji melalui semua langkah, semua dokumen, cadangan dan pemulihan "
                           "(di folder sementara; basis data Anda tidak disentuh)")
    selfcheck.add_argument("--keep", action="store_true",
                           help="jangan hapus folder sementara; tampilkan lokasinya")
    for command in (demo, cases, check, backup, restore, pdf):
        command.add_argument(
            "--user", default=None, metavar="NAMA_PENGGUNA",
            help="masuk sebagai akun ini (berkas yang memakai akun); sandi dari variabel "
                 "lingkungan LK3_PASSWORD, atau ditanyakan tanpa ditampilkan")
        command.add_argument(
            "--recovery-key-file", type=Path, default=None, metavar="BERKAS",
            help="berkas teks berisi kunci pemulihan kantor: membuka berkas terenkripsi tanpa "
                 "akun (dicatat di log audit sebagai pemegang kunci pemulihan); untuk "
                 "demo-data: tempat kunci pemulihan berkas baru ditulis")
    return p


class Refused(Exception):
    """The command cannot go on; one line for stderr."""


def _password(username: str) -> str:
    import getpass

    password = os.environ.get("LK3_PASSWORD")
    if password is None:
        try:
            password = getpass.getpass(f"Sandi {username}: ")
        except (EOFError, KeyboardInterrupt):
            raise Refused("sandi tidak diberikan (LK3_PASSWORD kosong)") from None
    return password


def _recovery_key(path: Path) -> bytes:
    from lk3_desktop.store.crypto import BadRecoveryKey, file_key_from_recovery

    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise Refused(f"--recovery-key-file {path} tidak dapat dibaca ({exc.strerror or exc})"
                      ) from exc
    try:
        return file_key_from_recovery(text)
    except BadRecoveryKey as exc:
        raise Refused(f"--recovery-key-file: {exc}") from exc


def _open(args, *, create: bool = False, readonly: bool = False):
    """The Store a command works on: signed in as --user when given, or opened with the
    recovery key (--recovery-key-file); a file with accounts is refused without either
    (every action is recorded under an account, or as the recovery key's holder)."""
    from lk3_desktop.auth import SignInRefused, sign_in
    from lk3_desktop.domain.access import recovery_user
    from lk3_desktop.sop import load_sop
    from lk3_desktop.store import open_store

    if args.recovery_key_file is not None and not args.user:
        if not args.sub_db.exists():
            raise Refused(f"berkas basis data tidak ditemukan: {args.sub_db}")
        store = open_store(args.sub_db, create=False, readonly=readonly,
                           key=_recovery_key(args.recovery_key_file))
        store.user = recovery_user(load_sop())
        return store
    if args.user:
        if not args.sub_db.exists():
            raise Refused(f"berkas basis data tidak ditemukan: {args.sub_db}")
        try:
            return sign_in(args.sub_db, args.user, _password(args.user))
        except SignInRefused as exc:
            raise Refused(str(exc)) from exc
    store = open_store(args.sub_db, create=create, readonly=readonly)
    if store.has_accounts():
        store.close()
        raise Refused("berkas ini memakai akun: sebutkan --user NAMA_PENGGUNA "
                      "(sandi dari LK3_PASSWORD atau ditanyakan) atau --recovery-key-file")
    return store


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        owner_only()  # the program as started, not a call from other code (tests)
    args = _parser().parse_args(argv)
    if args.command is None:
        from lk3_desktop.app import run_gui

        return run_gui(args.db or default_db_path(), args.lang)
    from lk3_desktop.domain.access import AccessDenied
    from lk3_desktop.store import DatabaseRefused

    try:
        return _COMMANDS[args.command](args)
    except DatabaseRefused as exc:
        print(f"lk3-desktop: {exc.one_line()}", file=sys.stderr)
        return 2
    except (Refused, AccessDenied) as exc:
        print(f"lk3-desktop: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `lk3-desktop cases | head`: the reader stopped, not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0


def owner_only() -> None:
    """Everything this process creates (the database and its journal, the lock, backups,
    the safety copies, the log, saved PDFs, the folders that hold them) is readable by its
    owner alone: 0600 files, 0700 folders. Client data must not be readable by every account
    on a shared laptop. POSIX only; on Windows the user's own folders are private already."""
    if os.name == "posix":
        os.umask(0o077)


def _demo(args) -> int:
    from lk3_desktop.demo import fill_demo_data
    from lk3_desktop.store import open_store

    if args.cases < 1:
        print("lk3-desktop: --cases harus 1 atau lebih", file=sys.stderr)
        return 2
    from lk3_desktop.demo import add_demo_accounts, add_old_cases, anonymise_due, cancel_mistakes
    from lk3_desktop.domain.signin import check_password

    if args.password is not None and check_password(args.password):
        raise Refused(f"--password: {check_password(args.password)}")
    recovery = ""
    if args.password is not None:
        # A file with accounts is an encrypted one, made with its recovery key (as set-up).
        from lk3_desktop.auth import new_encrypted_file

        if args.sub_db.exists():
            raise Refused("--password membuat berkas baru yang terenkripsi; "
                          f"{args.sub_db} sudah ada")
        if args.recovery_key_file is not None and args.recovery_key_file.exists():
            raise Refused(f"{args.recovery_key_file} sudah ada; tidak ditimpa")
        store, recovery, _ = new_encrypted_file(args.sub_db)
        if args.recovery_key_file is not None:
            _write_private(args.recovery_key_file, recovery + "\n")
    else:
        store = open_store(args.sub_db)
    try:
        if args.password is None and store.has_accounts():
            raise Refused("berkas ini sudah memakai akun; demo-data hanya mengisi berkas baru "
                          "atau berkas tanpa akun")
        made = fill_demo_data(store, args.cases, seed=args.seed)
        cancelled = cancel_mistakes(store, made)
        accounts = []
        if args.password:  # an office with accounts: also old cases, some anonymised
            made += add_old_cases(store, seed=args.seed)
            accounts = add_demo_accounts(store, args.password)
            anonymised = anonymise_due(store)
    finally:
        store.close()
    print(f"{made} kasus contoh ditambahkan ke {args.sub_db} ({cancelled} di antaranya "
          "dibatalkan karena keliru dibuat)")
    if accounts:
        print(f"{anonymised} kasus lama dianonimkan (masa simpan berakhir)")
        print("Akun contoh (sandi sesuai --password): "
              + ", ".join(f"{u} ({n})" for u, n in accounts))
        if args.recovery_key_file is not None:
            print(f"Kunci pemulihan ditulis ke {args.recovery_key_file}")
        else:
            print(f"Kunci pemulihan: {recovery}")
    return 0


def _write_private(path: Path, text: str) -> None:
    """A new owner-only file (the recovery key); never over an existing one."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise Refused(f"{path} sudah ada; tidak ditimpa") from None
    except OSError as exc:
        raise Refused(f"{path} tidak dapat ditulis ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def _cases(args) -> int:
    # A file without accounts: listing never writes to it. With accounts, the listing is
    # itself audited (every name and NIK in it is a read of client data).
    store = _open(args, readonly=not (args.user or args.recovery_key_file))
    try:
        rows = store.list_cases()
        if store.user is not None:
            store.audit_event("list", "referral", "-", {"count": len(rows), "via": "cli"})
    finally:
        store.close()
    if args.json:
        json.dump([{"agenda_number": r.agenda_number, "client": r.client_name, "nik": r.nik,
                    "step": r.current_step, "step_label": r.step_label, "status": r.status,
                    "counselor": r.counselor, "overdue": r.overdue} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            print(f"{r.agenda_number}\t{r.client_name}\t{r.step_label}\t{r.status_name}")
    return 0


def _check(args) -> int:
    from lk3_desktop.store import check_file
    from lk3_desktop.store.audit_chain import audit_chain_problem
    from lk3_desktop.store.database import _ro_connect, is_encrypted

    key = None
    if args.sub_db.is_file() and is_encrypted(args.sub_db):  # needs an account or the key
        store = _open(args, readonly=not (args.user or args.recovery_key_file))
        key = store.key
        store.close()
    report = check_file(args.sub_db, key=key)
    conn = _ro_connect(args.sub_db, key)
    try:  # rows changed, added or removed outside the program break the audit log's chain
        problem = audit_chain_problem(conn)
    finally:
        conn.close()
    if problem:
        print(f"lk3-desktop: {problem}", file=sys.stderr)
        return 2
    print(report)
    return 0


def _pdf(args) -> int:
    from lk3_desktop.pdf.render import RenderError, render, write
    from lk3_desktop.store.store import StoreWriteError

    if args.blank == bool(args.agenda):
        print("lk3-desktop: sebutkan --case NOMOR_AGENDA, atau --blank (tidak keduanya)",
              file=sys.stderr)
        return 2
    out: Path = args.out
    if out.is_dir() or not out.name:
        print(f"lk3-desktop: --out {out} adalah folder; sebutkan nama berkas PDF", file=sys.stderr)
        return 2
    if not out.parent.is_dir():
        print(f"lk3-desktop: folder {out.parent} tidak ada", file=sys.stderr)
        return 2
    store = _open(args)
    try:
        rid = None
        if not args.blank:
            rid = store.find_referral(args.agenda)
            if rid is None:
                print(f"lk3-desktop: kasus {args.agenda} tidak ditemukan", file=sys.stderr)
                return 2
        # The number is registered only if the file is written (one transaction).
        _, entry = render(store, documents.by_cli_name(args.kind).kind, rid, paper=args.paper,
                          deliver=lambda data: write(out, data))
    except (RenderError, StoreWriteError) as exc:
        print(f"lk3-desktop: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"lk3-desktop: PDF tidak dapat disimpan di {out} ({exc.strerror or exc})",
              file=sys.stderr)
        return 2
    finally:
        store.close()
    number = f" nomor {entry['number']}" if entry else ""
    print(f"{out}{number}")
    return 0


def _backup(args) -> int:
    from datetime import datetime

    from lk3_desktop.domain.access import Action
    from lk3_desktop.store.backup import BackupError, backup_to

    store = _open(args)
    try:
        store.require(Action.BACKUP)
        if store.user is not None:
            store.audit_event("backup", "database", "-", {"via": "cli"})
        key = store.key
    finally:
        store.close()
    try:
        made = backup_to(args.sub_db, args.folder, now=datetime.now(), key=key)
    except BackupError as exc:
        print(f"lk3-desktop: cadangan gagal: {exc}", file=sys.stderr)
        return 2
    print(f"Cadangan dibuat: {made}")
    return 0


def _restore(args) -> int:
    from datetime import datetime

    from lk3_desktop.lock import LockUnavailable, holder, lock_database
    from lk3_desktop.store.backup import RestoreError, describe_backup, restore_from

    db: Path = args.sub_db
    if db.is_dir() or not db.parent.is_dir():
        print(f"lk3-desktop: --db {db}: sebutkan berkas basis data di folder yang ada",
              file=sys.stderr)
        return 2
    if db.exists() and args.source.exists() and os.path.samefile(db, args.source):
        print("lk3-desktop: cadangan yang dipilih adalah basis data itu sendiri", file=sys.stderr)
        return 2
    signed = None
    key = None
    if db.exists():  # the file being replaced says who may (its Administrator)
        from lk3_desktop.domain.access import Action

        signed = _open(args)
        try:
            signed.require(Action.RESTORE)
        except BaseException:
            signed.close()
            raise
        key = signed.key
        signed.close()  # the lock below must be taken with the file closed
    backup_key = key
    if args.from_recovery_key_file is not None:  # another laptop's file, its own key
        backup_key = _recovery_key(args.from_recovery_key_file)
    backup = describe_backup(args.source, backup_key)
    if not backup.usable:
        hint = (" (cadangan dari berkas lain: sebutkan --from-recovery-key-file)"
                if backup.encrypted and backup.wrong_key and args.from_recovery_key_file is None
                else "")
        print(f"lk3-desktop: cadangan tidak dapat dipakai: {backup.problem}{hint}",
              file=sys.stderr)
        return 2
    try:
        lock = lock_database(db)
    except LockUnavailable as exc:
        print(f"lk3-desktop: {exc}", file=sys.stderr)
        return 2
    if lock is None:  # the program has the file open: it would keep writing to the old one
        who = holder(args.sub_db)
        print(f"lk3-desktop: {who.describe(args.sub_db) if who else 'berkas sedang dipakai.'} "
              "Tutup program itu dulu.", file=sys.stderr)
        return 3
    try:
        print(backup.summary())
        if not args.ya:
            try:
                answer = input(f"Ganti {args.sub_db} dengan cadangan ini? [y/T] ")
            except EOFError:
                answer = ""
            if answer.strip().lower() not in ("y", "ya"):
                print("Dibatalkan; tidak ada yang diubah.")
                return 1
        if signed is not None and signed.user is not None:
            # Recorded in the file being replaced, which is kept aside as "sebelum-pulih".
            from lk3_desktop.store import open_store

            store = open_store(db, create=False, key=key)
            store.user = signed.user
            try:
                store.audit_event("restore", "database", "-", {"via": "cli"})
            finally:
                store.close()
        try:
            aside = restore_from(args.sub_db, args.source, now=datetime.now(), key=backup_key)
        except RestoreError as exc:
            print(f"lk3-desktop: pemulihan gagal: {exc}", file=sys.stderr)
            return 2
    finally:
        lock.unlock()
    print(f"Dipulihkan ke {args.sub_db}."
          + (f" Basis data sebelumnya disimpan sebagai {aside}." if aside else ""))
    return 0


def _self_check(args) -> int:
    from PySide6.QtCore import QCoreApplication

    from lk3_desktop.selfcheck import self_check

    # QtPdf reads the PDFs back; it wants an application object, and a core one needs no display.
    app = QCoreApplication.instance() or QCoreApplication(["lk3-desktop"])
    passed = self_check(_say, keep=args.keep)
    del app
    return 0 if passed else 1


def _say(line: str) -> None:
    """Print a line even where stdout cannot encode all of it (a Windows console's cp1252
    redirected to a file, a path with "ễ" in a failure): a "?" rather than a traceback."""
    try:
        print(line, flush=True)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "ascii"
        print(line.encode(encoding, "replace").decode(encoding), flush=True)


_COMMANDS = {"demo-data": _demo, "cases": _cases, "check": _check, "pdf": _pdf, "backup": _backup,
             "restore": _restore, "self-check": _self_check}

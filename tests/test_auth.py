"""Sign-in: passwords, the growing wait, malformed hashes, change and reset, the CLI's --user."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from lk3_desktop import cli
from lk3_desktop.auth import SignInRefused, sign_in
from lk3_desktop.domain.signin import wait_seconds
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.store import open_store
from tests.helpers.accounts import PASSWORD, audit_rows


class Clock:
    def __init__(self):
        self.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def test_password_is_stored_only_as_an_argon2id_hash(office):
    path, _, _ = office
    raw = sqlite3.connect(path)
    hashes = [r[0] for r in raw.execute("SELECT password_hash FROM account")]
    audit = " ".join(str(r) for r in raw.execute("SELECT old_values, new_values FROM audit_log"))
    raw.close()
    assert hashes and all(h.startswith("$argon2id$v=19$m=") for h in hashes)
    assert PASSWORD not in path.read_bytes().decode("latin-1")
    assert "$argon2id$" not in audit  # the audit log never holds a hash


def test_program_cost_is_argon2_cffi_default():
    from argon2 import PasswordHasher

    from lk3_desktop.store import accounts

    assert accounts.PasswordHasher is PasswordHasher
    default = PasswordHasher()
    assert (default.time_cost, default.memory_cost) == (3, 65536)


def test_wrong_password_and_unknown_user_get_the_same_words(office):
    path, _, _ = office
    with pytest.raises(SignInRefused) as wrong:
        sign_in(path, "rina", "bukan-sandinya")
    with pytest.raises(SignInRefused) as unknown:
        sign_in(path, "tidak-ada", "bukan-sandinya")
    assert str(wrong.value) == str(unknown.value) == "Nama pengguna atau sandi salah."
    sign_in(path, "RINA ", PASSWORD).close()  # usernames ignore case and spaces around
    actions = [e["action"] for e in audit_rows(path, "account")]
    assert actions.count("sign_in_failed") == 2 and "sign_in" in actions


def test_each_wrong_password_after_three_makes_the_wait_longer(office):
    path, _, _ = office
    clock = Clock()
    waits = []
    for _ in range(6):
        with pytest.raises(SignInRefused) as refused:
            sign_in(path, "rina", "salah-salah", clock=clock)
        waits.append(refused.value.wait)
        clock.now += timedelta(seconds=refused.value.wait)
    assert waits == [0, 0, 5, 10, 20, 40] == [wait_seconds(n) for n in range(1, 7)]
    # During a wait even the right password is not looked at.
    with pytest.raises(SignInRefused) as early:
        sign_in(path, "rina", "salah-lagi", clock=clock)
    clock.now += timedelta(seconds=10)
    with pytest.raises(SignInRefused) as waiting:
        sign_in(path, "rina", PASSWORD, clock=clock)
    assert "Coba lagi dalam" in str(waiting.value) and waiting.value.wait > 0
    clock.now += timedelta(seconds=early.value.wait)
    sign_in(path, "rina", PASSWORD, clock=clock).close()
    # A success clears the count.
    with pytest.raises(SignInRefused) as again:
        sign_in(path, "rina", "salah-salah", clock=clock)
    assert again.value.wait == 0


@pytest.mark.parametrize("stored", ["", "bukan-hash", "$argon2id$v=19$m=8,t=1,p=1$rusak",
                                    "$argon2i$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"])
def test_an_empty_or_malformed_hash_never_signs_in(office, stored):
    path, _, _ = office
    raw = sqlite3.connect(path)
    raw.execute("UPDATE account SET password_hash = ? WHERE username = 'rina'", [stored])
    raw.commit()
    raw.close()
    for password in ("", stored, PASSWORD):
        with pytest.raises(SignInRefused):
            sign_in(path, "rina", password)


def test_inactive_account_cannot_sign_in(office):
    path, _, ids = office
    admin = sign_in(path, "admin", PASSWORD)
    admin.save_staff({"name": "Rina Marlina", "roles": ["pengadministrasi"], "active": False},
                     ids["rina"])
    admin.close()
    with pytest.raises(SignInRefused) as refused:
        sign_in(path, "rina", PASSWORD)
    assert "tidak aktif" in str(refused.value)


def test_change_own_password_and_administrator_reset(office):
    path, _, _ = office
    rina = sign_in(path, "rina", PASSWORD)
    with pytest.raises(ValidationFailed):
        rina.change_password("salah-lama", "sandi baru rina")
    with pytest.raises(ValidationFailed):
        rina.change_password(PASSWORD, "pendek")
    rina.change_password(PASSWORD, "sandi baru rina")
    rina.close()
    with pytest.raises(SignInRefused):
        sign_in(path, "rina", PASSWORD)
    sign_in(path, "rina", "sandi baru rina").close()

    admin = sign_in(path, "admin", PASSWORD)
    admin.reset_password("rina", "sementara-123")
    admin.close()
    rina = sign_in(path, "rina", "sementara-123")
    try:
        assert rina.must_change_password()  # chooses her own at this sign-in
        rina.change_password("sementara-123", "pilihan rina sendiri")
        assert not rina.must_change_password()
    finally:
        rina.close()
    maria = sign_in(path, "maria", PASSWORD)
    try:
        from lk3_desktop.domain.access import AccessDenied

        with pytest.raises(AccessDenied):
            maria.reset_password("rina", "diambil-alih-1")
    finally:
        maria.close()


def test_first_account_must_be_an_administrator(tmp_path):
    from lk3_desktop.domain.access import AccessDenied

    store = open_store(tmp_path / "baru.sqlite")
    try:
        sid = store.save_staff({"name": "Rina", "roles": ["pengadministrasi"]})
        with pytest.raises(AccessDenied):
            store.create_account(sid, "rina", PASSWORD)
        assert not store.has_accounts()
    finally:
        store.close()


def test_cli_refuses_a_file_with_accounts_without_user(office, capsys, monkeypatch):
    path, _, _ = office
    assert cli.main(["cases", "--db", str(path)]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("LK3_PASSWORD", "salah-salah")
    assert cli.main(["cases", "--db", str(path), "--user", "rina"]) == 2
    assert capsys.readouterr().err.strip() == "lk3-desktop: Nama pengguna atau sandi salah."
    monkeypatch.setenv("LK3_PASSWORD", PASSWORD)
    assert cli.main(["cases", "--db", str(path), "--user", "rina", "--json"]) == 0
    assert "Ni Luh Putu" in capsys.readouterr().out
    store = sign_in(path, "kasi", PASSWORD)
    try:
        listed = [e for e in store.audit_entries("referral", "-") if e["action"] == "list"]
        assert listed and listed[-1]["actor"] == store.staff_id_of("rina")
    finally:
        store.close()


def test_cli_pdf_and_restore_follow_the_roles(office, tmp_path, capsys, monkeypatch):
    path, _, _ = office
    monkeypatch.setenv("LK3_PASSWORD", PASSWORD)
    out = tmp_path / "record.pdf"
    args = ["pdf", "record", "--case", "LK3/2026/0001", "--out", str(out), "--db", str(path)]
    assert cli.main([*args, "--user", "rina"]) == 2
    assert "Catatan konseling" in capsys.readouterr().err and not out.exists()
    assert cli.main([*args, "--user", "maria"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    backup = tmp_path / "cadangan"
    backup.mkdir()
    assert cli.main(["backup", "--db", str(path), "--to", str(backup), "--user", "rina"]) == 0
    made = next(backup.glob("*.sqlite"))
    assert cli.main(["restore", "--db", str(path), "--from", str(made), "--ya",
                     "--user", "rina"]) == 2
    assert "Administrator" in capsys.readouterr().err


def test_demo_data_with_password_makes_an_account_per_role(tmp_path, capsys, monkeypatch):
    path = tmp_path / "demo.sqlite"
    assert cli.main(["demo-data", "--db", str(path), "--cases", "5",
                     "--password", "sandi-demo-123"]) == 0
    store = sign_in(path, "admin", "sandi-demo-123")
    try:
        roles = set()
        for account in store.list_accounts():
            roles |= set(account["roles"])
        assert roles == {r.key for r in store.sop.all_roles}
        # Old cases too, some past retention and anonymised: the demo shows that as well.
        assert store.anonymised_cases()
    finally:
        store.close()
    monkeypatch.setenv("LK3_PASSWORD", "sandi-demo-123")
    capsys.readouterr()
    assert cli.main(["cases", "--db", str(path), "--user", "kasi"]) == 0
    listed = capsys.readouterr().out.splitlines()
    old = [line for line in listed
           if int(line.split("/")[1]) <= datetime.now().year - 5]  # LK3/YYYY/NNNN
    assert len(listed) == 5 + 6 and len(old) == 6


def test_check_finds_an_audit_row_changed_outside_the_program(office, capsys):
    path, _, _ = office
    assert cli.main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.startswith("OK:")
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER audit_log_never_changed")  # as someone with sqlite3 would
    raw.execute("UPDATE audit_log SET actor = 'orang-lain' WHERE seq = 3")
    raw.commit()
    raw.close()
    assert cli.main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lk3-desktop: Log audit diubah di luar program") and "3" in err

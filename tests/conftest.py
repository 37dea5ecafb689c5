"""Shared fixtures: offscreen Qt, a fresh database file per test, staff to work with."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from lk3_desktop.store import Store, open_store  # noqa: E402


@pytest.fixture(autouse=True, scope="session")
def user_settings(tmp_path_factory):
    """Per-user program settings (the interface language) in a folder of the test run's,
    never the developer's own."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path_factory.mktemp("settings")))


@pytest.fixture
def fresh_user_settings(tmp_path_factory):
    """Per-user settings in a folder of this test's. QSettings has no getter for the folder
    it replaces, so afterwards the rest of the run gets an empty one (the default language),
    never this test's choice: a test that saved "en" once turned every later window of its
    process English, and ~30 tests failed whenever a window was first built after it."""
    from PySide6.QtCore import QSettings

    def use(folder) -> None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))

    use(tmp_path_factory.mktemp("user-settings"))
    yield
    use(tmp_path_factory.mktemp("user-settings-after"))


@pytest.fixture(autouse=True, scope="session")
def quick_argon2():
    """Argon2id at its lowest cost for the whole run: a laptop's setting (64 MiB, 3 passes)
    takes a third of a second per password, and the tests try hundreds. Each wrapped key
    stores its own parameters, so what is tested is the same."""
    from lk3_desktop.store import crypto

    saved = crypto.ARGON2
    crypto.ARGON2 = crypto.Argon2Params(time_cost=1, memory_cost=8, parallelism=1)
    yield
    crypto.ARGON2 = saved


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lk3.sqlite"


@pytest.fixture
def file_key() -> bytes | None:
    """The key the `store` fixture's file is made with: None, a plain file. A test runs on
    plain and encrypted files alike with tests.helpers.encryption.plain_and_encrypted."""
    return None


@pytest.fixture
def store(db_path: Path, file_key: bytes | None):
    s = open_store(db_path, key=file_key)
    yield s
    s.close()


@pytest.fixture
def staff(store: Store) -> dict[str, str]:
    """One staff member per SOP role, keyed by role."""
    ids = {}
    for key, name in (("pengadministrasi", "Rina Marlina, S.Tr.Sos."),
                      ("rehabilitasi", "Yusran Hamid, S.ST."),
                      ("konselor", "Maria Goreti Lamba, S.Psi."),
                      ("tim_ahli", "dr. Hendra Wijaya, Sp.KJ")):
        ids[key] = store.save_staff({"name": name, "roles": [key], "position": "Staf"})
    return ids


@pytest.fixture
def case(store, staff):
    """A case through all seven steps in the store, its intake by the administrator."""
    from tests.helpers.cases import complete_case

    store.actor = staff["pengadministrasi"]
    return complete_case(store, staff)


@pytest.fixture
def window(qtbot, db_path: Path):
    from PySide6.QtWidgets import QApplication

    from lk3_desktop.app import build_main_window, configure_application

    configure_application(QApplication.instance())
    w = build_main_window(db_path)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Modal boxes never block a test: each is recorded and answered with its default
    button (No for questions). Tests that need another answer patch ui.dialogs."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        default = box.defaultButton()
        return box.standardButton(default) if default else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


@pytest.fixture(autouse=True, scope="session")
def quick_password_hashes():
    """Argon2id at its lowest cost: the suite hashes hundreds of passwords. The program's
    own cost (argon2-cffi's defaults) is checked in tests/test_auth.py."""
    from argon2 import PasswordHasher

    from lk3_desktop.store import accounts

    accounts.set_hasher(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(scope="session")
def office_template(tmp_path_factory):
    """A file with one complete case and an account for every role (tests.helpers.accounts),
    made once per test process."""
    from tests.helpers.accounts import office_file

    path = tmp_path_factory.mktemp("office") / "lk3.sqlite"
    rid, ids = office_file(path)
    return path, rid, ids


@pytest.fixture
def office(office_template, tmp_path):
    """A copy of office_template of this test's own: (path, case id, username → staff id)."""
    import shutil

    path, rid, ids = office_template
    copy = tmp_path / "lk3.sqlite"
    shutil.copy(path, copy)
    return copy, rid, ids

"""Faults while the program runs: the file removed or replaced, the disk full, the file or its
folder made read-only. Each gets a clear message, nothing half-written, the saved data intact,
and a retry works once the cause is gone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from lk3_desktop.store import DatabaseRefused, check_file, open_store
from lk3_desktop.store.store import StoreWriteError
from tests.helpers.encryption import key_hex, plain_and_encrypted
from tests.helpers.permissions import run_as_ordinary_user

ROOT = Path(__file__).resolve().parents[2]
BIG = "Catatan panjang. " * 1_100  # 18,700 characters (the field takes 20,000): the file grows


@plain_and_encrypted
def test_file_removed_while_open_is_not_written_to_the_void(store):
    rid = store.save_step(None, 1, {"full_name": "Siti Aminah"})
    os.unlink(store.path)  # on Linux the open file lives on, unseen: writes would vanish
    with pytest.raises(StoreWriteError, match="tidak ada lagi di tempatnya"):
        store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": "cemas"})
    with pytest.raises(StoreWriteError, match="tidak ada lagi"):
        store.set_setting("office", "Dinas Sosial")


@plain_and_encrypted
def test_file_replaced_while_open_is_left_alone(store, tmp_path, file_key):
    rid = store.save_step(None, 1, {"full_name": "Siti Aminah"})
    other = open_store(tmp_path / "lain.sqlite", key=file_key)
    other.save_step(None, 1, {"full_name": "Kasus lain"})
    other.close()
    os.replace(tmp_path / "lain.sqlite", store.path)  # e.g. a backup copied over it by hand
    with pytest.raises(StoreWriteError, match="telah diganti berkas lain"):
        store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": "cemas"})
    assert [r.client_name for r in open_store(store.path, key=file_key).list_cases()] == [
        "Kasus lain"]


@pytest.fixture
def file_size_limit():
    """Lower this process's file-size limit (what a full disk looks like to a writer) and
    put it back afterwards; SIGXFSZ is ignored so the write fails instead of the process.
    `limit(None)` lifts the limit. POSIX only: the test is skipped where there is no
    `resource` module (Windows)."""
    resource = pytest.importorskip("resource", reason="file-size limits (RLIMIT_FSIZE) are POSIX")
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def limit(size: int | None) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE,
                           (resource.RLIM_INFINITY if size is None else size, old_limit[1]))

    yield limit
    resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
    signal.signal(signal.SIGXFSZ, old_handler)


@plain_and_encrypted
def test_full_disk_keeps_what_was_saved_and_the_retry_works(store, file_size_limit, file_key):
    rid = store.save_step(None, 1, {"full_name": "Siti Aminah", "complaint": "cemas"})
    file_size_limit(store.path.stat().st_size)
    with pytest.raises(StoreWriteError) as failed:
        store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": BIG})
    assert "Data belum tersimpan" in str(failed.value)
    assert "tidak dapat ditulisi (ruang penuh" in str(failed.value)
    assert "Isian di layar tidak hilang" in str(failed.value)
    assert store.load_step(rid, 1)["complaint"] == "cemas"  # the old value, whole
    file_size_limit(None)
    assert check_file(store.path, key=file_key).startswith("OK")
    store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": BIG})
    assert store.load_step(rid, 1)["complaint"] == BIG


@pytest.fixture
def tiny_filesystem(tmp_path):
    """A real 2 MB filesystem, where it can be mounted (root on Linux)."""
    mount = tmp_path / "kecil"
    mount.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.slow  # mount and umount
@plain_and_encrypted
def test_really_full_disk_says_so(tiny_filesystem, file_key):
    store = open_store(tiny_filesystem / "lk3.sqlite", key=file_key)
    rid = store.save_step(None, 1, {"full_name": "Siti Aminah", "complaint": "cemas"})
    filler = tiny_filesystem / "isi"
    with open(filler, "wb") as fh:  # take every free byte
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    with pytest.raises(StoreWriteError, match="ruang penyimpanan di .* penuh"):
        store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": BIG})
    assert store.load_step(rid, 1)["complaint"] == "cemas"
    filler.unlink()
    store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": BIG})
    store.close()
    assert check_file(tiny_filesystem / "lk3.sqlite", key=file_key).startswith("OK")


CHILD = r"""
import json, os, sys
from pathlib import Path
from lk3_desktop.store import DatabaseRefused, open_store
from lk3_desktop.store.store import StoreWriteError
from tests.helpers.encryption import key_from_hex
from tests.helpers.permissions import run_as_ordinary_user

path = Path(sys.argv[1])
key = key_from_hex(sys.argv[2])
out = {}
store = open_store(path, key=key)
rid = store.save_step(None, 1, {"full_name": "Siti Aminah", "complaint": "cemas"})
for what, target, mode, text in (("file", path, 0o444, "x" * 19000),
                                 ("folder", path.parent, 0o555, "y" * 19000)):
    os.chmod(target, mode)  # turned read-only while the program runs
    try:
        store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": text})
        out[what] = "saved"
    except StoreWriteError as exc:
        out[what] = str(exc)
    out[what + "_kept"] = store.load_step(rid, 1)["complaint"]
    os.chmod(target, 0o644 if target == path else 0o755)
store.save_step(rid, 1, {"full_name": "Siti Aminah", "complaint": "lega"})
out["retry"] = store.load_step(rid, 1)["complaint"]
store.close()
os.chmod(path, 0o444)
try:
    open_store(path, key=key).close()
    out["open"] = "opened"
except DatabaseRefused as exc:
    out["open"] = str(exc)
print(json.dumps(out))
"""


@pytest.mark.slow
@plain_and_encrypted
def test_read_only_file_or_folder_while_running(tmp_path, file_key):
    path = tmp_path / "data" / "lk3.sqlite"
    path.parent.mkdir()
    try:
        done = run_as_ordinary_user(CHILD, str(path), key_hex(file_key))
    finally:
        os.chmod(path.parent, 0o755)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    # A file made read-only while open: the open handle may still write (POSIX keeps it), so
    # the save either works whole or fails clearly; never half.
    assert out["file"] == "saved" or "tidak dapat ditulisi" in out["file"]
    assert out["file_kept"] in ("cemas", "x" * 19000)
    # A folder made read-only: no journal can be made, so nothing is written at all.
    assert "Data belum tersimpan" in out["folder"] and "tidak dapat ditulisi" in out["folder"]
    assert out["folder_kept"] == out["file_kept"]  # the old value, whole
    assert out["retry"] == "lega"
    assert out["open"].startswith("Berkas lk3.sqlite atau foldernya tidak dapat ditulisi")


@plain_and_encrypted
def test_read_only_file_is_refused_at_open_not_at_the_first_save(store, monkeypatch, file_key):
    store.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK
                        else real_access(p, mode))
    with pytest.raises(DatabaseRefused, match="tidak dapat ditulisi"):
        open_store(store.path, key=file_key)

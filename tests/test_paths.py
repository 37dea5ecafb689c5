"""Shipped files are found from a source checkout and from an installed wheel alike."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lk3_desktop import paths

ROOT = Path(__file__).resolve().parents[1]


def test_resources_found_in_checkout():
    assert paths.resource("data/sop.json").is_file()
    assert paths.resource("resources/style.qss").is_file()
    with pytest.raises(FileNotFoundError, match="nothing.json"):
        paths.resource("data/nothing.json")


def test_frozen_build_root_is_searched_first(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "sop.json").write_text("{}")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource("data/sop.json") == tmp_path / "data" / "sop.json"


def test_default_database_lives_in_the_user_data_dir():
    assert paths.default_db_path().parent == paths.user_data_dir()
    assert paths.default_db_path().name == "lk3.sqlite"


@pytest.mark.slow
def test_installed_wheel_carries_data_and_resources(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    wheel = next(tmp_path.glob("lk3_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for rel in ("lk3_desktop/data/sop.json", "lk3_desktop/data/reference.json",
                "lk3_desktop/resources/style.qss", "lk3_desktop/resources/icons/lk3.svg",
                "lk3_desktop/resources/translations/qt_id.qm",
                "lk3_desktop/resources/translations/lk3_en.qm",
                "lk3_desktop/resources/fonts/DejaVuSans.ttf",
                "lk3_desktop/resources/help/panduan-id.md", "lk3_desktop/resources/help/guide-en.md",
                "lk3_desktop/resources/licenses/LGPL-3.0.txt"):
        assert rel in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = ("import lk3_desktop.paths as p, lk3_desktop.sop as s;"
             "print(p.resource('data/sop.json')); print(s.load_sop().step(7).title)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": ""})
    assert run.returncode == 0, run.stderr
    found, title = run.stdout.splitlines()
    assert found == str(site / "lk3_desktop" / "data" / "sop.json")
    assert title == "Evaluasi konseling"

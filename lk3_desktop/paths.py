"""Finds shipped files (checkout, wheel, frozen build) and the per-user data directory."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

_PACKAGE_DIR = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    """Directories that may hold `data/` and `resources/`, most specific first."""
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller one-folder or one-file build
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR)  # installed wheel: hatch force-includes them into the package
    roots.append(_PACKAGE_DIR.parent)  # source checkout or editable install
    return roots


def resource(rel: str) -> Path:
    """Return the path of a shipped file such as ``data/sop.json`` or ``resources/style.qss``.

    Raises FileNotFoundError naming every place looked at, so a broken build says what is missing.
    """
    tried = []
    for root in _roots():
        candidate = root / rel
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError(f"{rel} not found; looked in: {', '.join(tried)}")


def user_data_dir() -> Path:
    """Per-user folder for the database (e.g. %LOCALAPPDATA%\\LK3 Desktop on Windows)."""
    return Path(platformdirs.user_data_dir("LK3 Desktop", appauthor=False, roaming=False))


def default_db_path() -> Path:
    return user_data_dir() / "lk3.sqlite"


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir("LK3 Desktop", appauthor=False))

"""Translation of what the program shows: one `tr()` for the UI, the domain and the SOP data.

Indonesian is the source language: every visible string is written in Indonesian and passed
through `tr()`, which Qt's translator turns into the chosen language (resources/translations/
lk3_en.ts, kept with `make translations`: pyside6-lupdate, then pyside6-lrelease). The domain
stays free of Qt: until the program installs Qt's lookup with `install()`, `tr()` returns its
text unchanged. Strings with values use `tr("Langkah {n} belum selesai.").format(n=…)`, never
an f-string, so the translator sees the whole sentence.

Printed documents are official papers and stay Indonesian whatever the interface language:
the PDF code renders inside `source_language()`, which turns `tr()` off for that thread only.

Run `python -m lk3_desktop.i18n` to print the SOP data's visible strings (step titles, field
labels, choice names) as `tr()` calls, so that lupdate collects them with the code's.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

# Interface languages: Indonesian (the source) and English (lk3_en.qm).
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
CONTEXT = ""  # lupdate files a plain tr("…") under the empty context

_lookup: Callable[[str, str], str] | None = None
_local = threading.local()


def tr(text: str) -> str:
    """`text` (Indonesian) in the interface language."""
    if _lookup is None or getattr(_local, "source", False):
        return text
    return _lookup(CONTEXT, text)


def install(lookup: Callable[[str, str], str] | None) -> None:
    """Use `lookup(context, text)` (QCoreApplication.translate) from now on; None: none."""
    global _lookup
    _lookup = lookup


@contextlib.contextmanager
def source_language() -> Iterator[None]:
    """Within this block, on this thread, `tr()` returns its text unchanged (Indonesian)."""
    before = getattr(_local, "source", False)
    _local.source = True
    try:
        yield
    finally:
        _local.source = before


def in_source_language(fn: Callable[..., T]) -> Callable[..., T]:
    """Decorator: `fn` runs in `source_language()` (a PDF builder)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        with source_language():
            return fn(*args, **kwargs)

    return wrapper


# Module-level texts are made at import, before the program installs the translator, so
# they cannot call tr() then. Such a table keeps its literals marked with QT_TR_NOOP (lupdate
# collects them) and is published as one of the two views below, which pass what is read
# through tr() at each access: readers index and iterate it as before and get the interface
# language of the moment (Indonesian inside a PDF), at the cost of one lookup per text read.

def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark a literal for lupdate without translating it; tr() it where it is shown."""
    return text


def _translated(value: Any) -> Any:
    """A marked text through tr(); a tuple's texts too (a label with its unit and range)."""
    if isinstance(value, str):
        return tr(value)
    if isinstance(value, tuple):
        return tuple(tr(v) if isinstance(v, str) else v for v in value)
    return value


class TranslatedMapping(Mapping[K, V]):
    """A read-only dict of marked texts that reads them through tr()."""

    def __init__(self, texts: Mapping[K, V]):
        self._texts = dict(texts)

    def __getitem__(self, key: K) -> V:
        return _translated(self._texts[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"TranslatedMapping({self._texts!r})"


class TranslatedSequence(Sequence[str]):
    """A read-only tuple of marked texts that reads them through tr()."""

    def __init__(self, texts: Sequence[str]):
        self._texts = tuple(texts)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...

    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        if isinstance(index, slice):
            return tuple(tr(t) for t in self._texts[index])
        return tr(self._texts[index])

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"TranslatedSequence({self._texts!r})"


def data_strings() -> list[str]:
    """Every visible string of data/sop.json and data/reference.json that the interface
    shows: what the program passes through `tr()` when it shows SOP data."""
    from lk3_desktop.paths import resource

    found: list[str] = []
    visible = {"title", "description", "name", "short", "label", "section", "placeholder",
               "help", "text", "view_text", "required_message", "min_rows_message",
               "row_title", "add_text", "empty_text", "obstacle", "remedy", "output",
               "keterangan", "short_name", "suffix", "summary"}

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                # lists of plain strings that the interface shows (Kelengkapan, pick lists)
                if isinstance(v, str) and key in {"kelengkapan", "religions",
                                                  "marital_statuses", "educations"}:
                    found.append(v)
                else:
                    walk(v, key)
        elif isinstance(node, str) and key in visible and node.strip():
            found.append(node)

    for rel in ("data/sop.json", "data/reference.json"):
        walk(json.loads(resource(rel).read_text(encoding="utf-8")))
    return sorted(set(found))


def _print_data_strings() -> None:
    print('"""SOP data strings for lupdate; made by `python -m lk3_desktop.i18n`."""')
    print("from lk3_desktop.i18n import tr\n")
    for text in data_strings():
        print(f"tr({json.dumps(text, ensure_ascii=False)})")


if __name__ == "__main__":
    _print_data_strings()
    sys.exit(0)

"""How names and numbers are compared: the same person written two ways is one person.

"Nguyen" and "Nguyễn", "Nuraini" and "Nur'aini", "Ma’ruf" and "Ma'ruf", "Siti  Aminah" and
"siti aminah" are the same name to a social worker; these functions make them the same
string. They compare and search; what a person typed is always stored and shown as typed.
"""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark to drop (NFKD leaves them whole).
_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th"})
# Apostrophes and marks that people write or leave out at will inside a name.
_DROPPED = dict.fromkeys(map(ord, "'’‘`´ʼʻ′\"“”"), None)


def fold(text: str) -> str:
    """Lower case, without diacritics or apostrophes, single-spaced: for comparing names
    and for searching ("Nur'Aini  Nguyễn" → "nuraini nguyen")."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_LETTERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(_DROPPED).casefold().split())


def name_key(text: str) -> str:
    """fold() with only letters and digits left ("Nur Aini" and "Nuraini" are one key): what
    the client table keeps beside each name so that a match is an indexed lookup."""
    return "".join(c for c in fold(text) if c.isalnum())

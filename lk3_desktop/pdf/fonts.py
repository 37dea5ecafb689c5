"""Embedded TrueType fonts, registered once, so every printer shows the same letters."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "Vera"  # Bitstream Vera, bundled with ReportLab; covers Indonesian's Latin letters
_FILES = {"Vera": "Vera.ttf", "Vera-Bold": "VeraBd.ttf", "Vera-Italic": "VeraIt.ttf",
          "Vera-BoldItalic": "VeraBI.ttf"}


@cache
def register() -> str:
    """Register the family (normal, bold, italic, bold italic) so <b> and <i> work."""
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(FAMILY, 0, 0, "Vera")
    addMapping(FAMILY, 1, 0, "Vera-Bold")
    addMapping(FAMILY, 0, 1, "Vera-Italic")
    addMapping(FAMILY, 1, 1, "Vera-BoldItalic")
    return FAMILY

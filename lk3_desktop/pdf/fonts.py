"""Embedded TrueType fonts, registered once, so every printer shows the same letters.

DejaVu Sans (shipped in resources/fonts, free licence in DejaVu-LICENSE.txt) extends the
Bitstream Vera design ReportLab bundles with Vietnamese, Cyrillic, Greek and more, so names
such as "Nguyễn Thị Hồng" print whole. It has no Chinese, Japanese or Korean glyphs.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lk3_desktop.paths import resource

FAMILY = "DejaVu"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = "DejaVu", "DejaVu-Bold", "DejaVu-Oblique", "DejaVu-BoldOblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


@cache
def register() -> str:
    """Register the family (normal, bold, italic, bold italic) so <b> and <i> work."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource(f"resources/fonts/{filename}"))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD_ITALIC)
    return FAMILY


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` the regular face cannot draw (they would print as boxes)."""
    face = pdfmetrics.getFont(register()).face
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}

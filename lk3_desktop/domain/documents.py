"""When a case document may be printed: the step it records must be complete."""

from __future__ import annotations

from typing import Any

from lk3_desktop.sop import Sop

# The step whose completion a document needs before it is numbered and printed.
REQUIRED_STEP = {"service-form": 1, "referral": 1, "contract": 3, "record": 7}


def not_ready(kind: str, sop: Sop, statuses: dict[int, str],
              intake: dict[str, Any]) -> str | None:
    """Why the document cannot be printed for this case yet (Indonesian), or None."""
    needed = REQUIRED_STEP[kind]
    if statuses.get(needed) != "complete":
        step = sop.step(needed)
        return (f"Dokumen ini dapat dicetak setelah langkah {step.number} ({step.title}) selesai. "
                "Formulir kosong tetap dapat dicetak.")
    if kind == "referral" and not intake.get("consent_referral"):
        return ("Klien belum menyatakan setuju dirujuk ke LK3 (langkah 1), sehingga surat "
                "rujukan belum dapat dicetak.")
    return None

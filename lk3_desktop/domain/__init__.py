"""Pure case-work rules: validation, NIK checks, dates (no Qt, no SQL)."""

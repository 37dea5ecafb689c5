"""The referral wizard: one page per SOP step."""

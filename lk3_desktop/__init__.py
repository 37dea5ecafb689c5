"""LK3 Desktop: offline case-work tool for the Tarakan LK3 client referral SOP."""

__version__ = "0.1.0"
APP_NAME = "LK3 Desktop"

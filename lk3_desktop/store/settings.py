"""Settings of the program kept in the file: key/value pairs, the backup keep rule, the office."""

from __future__ import annotations

from lk3_desktop.domain.access import Action
from lk3_desktop.domain.backups import RULE_FIELDS, KeepRule, rule_from
from lk3_desktop.domain.office import SETTING_PREFIX, OfficeSettings, validate_office
from lk3_desktop.domain.validation import ValidationFailed
from lk3_desktop.store.audited import AuditedStore, _writes
from lk3_desktop.store.drivers import DB_ERRORS


class SettingsStore(AuditedStore):
    """Settings: read and written one key at a time, each change audited."""

    # -- settings ------------------------------------------------------------------------

    def get_setting(self, key: str, default: str = "") -> str:
        row = self._one("SELECT value FROM setting WHERE key = ?", [key])
        return default if row is None else row["value"]

    @_writes
    def set_setting(self, key: str, value: str) -> None:
        """Store one setting: the Administrator's (office settings, or the retention period
        for "privacy." keys); "ui." keys (a file without accounts) by anyone."""
        if key.startswith("privacy."):
            self.require(Action.RETENTION)
        elif not key.startswith("ui."):
            self.require(Action.OFFICE_SETTINGS)
        with self.db.atomic():
            if self._one("SELECT key FROM setting WHERE key = ?", [key]) is None:
                now = self.now_iso()
                self.db.execute(
                    "INSERT INTO setting (key, value, created_at, updated_at, created_by, "
                    "updated_by) VALUES (?, ?, ?, ?, ?, ?)",
                    [key, value, now, now, self.actor, self.actor])
                self._audit("setting", key, "insert", None, {"value": value}, now)
            else:
                old = self.get_setting(key)
                if old != value:
                    now = self.now_iso()
                    self.db.execute(
                        "UPDATE setting SET value = ?, updated_at = ?, updated_by = ? WHERE key = ?",
                        [value, now, self.actor, key])
                    self._audit("setting", key, "update", {"value": old}, {"value": value}, now)

    # -- automatic backups: how many to keep ----------------------------------------------

    def keep_rule(self) -> KeepRule:
        """The thinning rule for automatic backups (Settings); the default if never set or
        if a stored value is no longer valid."""
        try:
            return rule_from({k: self.get_setting(f"backup.{k}") or getattr(KeepRule(), k)
                              for k in RULE_FIELDS})
        except ValidationFailed:
            return KeepRule()
        except DB_ERRORS:  # never stop the program closing over it
            return KeepRule()

    @_writes
    def save_keep_rule(self, values: dict) -> KeepRule:
        self.require(Action.OFFICE_SETTINGS)
        rule = rule_from(values)  # ValidationFailed names each count out of range
        with self.db.atomic():
            for key in RULE_FIELDS:
                self.set_setting(f"backup.{key}", str(getattr(rule, key)))
        return rule

    # -- office settings (letterhead, signatories, numbering) ----------------------------

    def office_settings(self) -> OfficeSettings:
        rows = self._all("SELECT key, value FROM setting WHERE key LIKE ?", [SETTING_PREFIX + "%"])
        stored = {r["key"][len(SETTING_PREFIX):]: r["value"] for r in rows}
        return OfficeSettings(**{k: v for k, v in stored.items() if k in OfficeSettings.field_names()})

    @_writes
    def save_office_settings(self, values: dict[str, str]) -> None:
        """Validate and store office settings; raises ValidationFailed with field errors."""
        self.require(Action.OFFICE_SETTINGS)
        errors = validate_office(values)
        if errors:
            raise ValidationFailed(errors)
        with self.db.atomic():
            for key in OfficeSettings.field_names():
                if key in values:
                    self.set_setting(SETTING_PREFIX + key, str(values[key]).strip())

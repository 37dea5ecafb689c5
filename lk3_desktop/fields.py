"""What each SOP step records, field by field, as data/sop.json describes it (frozen dataclasses).

One description per field: its type, label, whether it is required (always or under a
condition), its choices and limits, its help text, the page section it sits in, where it is
stored, and where it shows (case view, documents). The store, validation, the case view and
the wizard pages read these; none of them lists a step's fields again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Field types and what a value of each looks like in a step's data dict.
TYPES = {
    "line": "one line of text",
    "text": "several lines of text",
    "choice": "one key from a list (see `choices`)",
    "open_choice": "a name picked from a list or typed",
    "bool": "True or False",
    "date": "ISO date, YYYY-MM-DD",
    "datetime": "ISO local date and time, YYYY-MM-DDTHH:MM",
    "number": "a whole number between `min` and `max`",
    "staff": "a staff member's id",
    "rows": "a list of dicts, one per row, keyed by `columns`",
}
# Where a value lives: the step's own JSON (default), a column of the client or referral
# table or of the step's own record (who performed it), or the child rows a store handler
# keeps (problems, reassessments, actions).
STORES = ("step", "client", "referral", "record", "problem", "new_problem", "reassessment",
          "action_item")
# Checks that need more than the type: their messages live in domain.steps.
RULES = ("not_future", "nik", "digits16", "phone", "rt_rw")


def _blank(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Condition:
    """`field`'s value is one of `is_` (or none of `not_`); or every one of `all_` holds.
    A blank value counts as "" (and an unticked box as False)."""

    field: str = ""
    is_: tuple[Any, ...] | None = None
    not_: tuple[Any, ...] | None = None
    all_: tuple[Condition, ...] = ()

    def holds(self, data: dict[str, Any]) -> bool:
        if self.all_:
            return all(c.holds(data) for c in self.all_)
        value = data.get(self.field)
        if _blank(value):
            value = False if self.is_ is not None and False in self.is_ else ""
        if self.is_ is not None:
            return value in self.is_
        return value not in (self.not_ or ())

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> Condition:
        if "all" in raw:
            return cls(all_=tuple(cls.parse(c) for c in raw["all"]))
        return cls(field=raw["field"],
                   is_=tuple(raw["is"]) if "is" in raw else None,
                   not_=tuple(raw["not"]) if "not" in raw else None)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    type: str
    label: str
    section: str = ""
    required: bool | Condition = False
    required_message: str = ""      # instead of "<label> wajib diisi."
    enabled: Condition | None = None  # when not met: greyed out, not checked, not shown
    choices: str = ""               # a list in data/reference.json, or a source the UI fills
    placeholder: str = ""
    help: str = ""
    text: str = ""                  # a check box's own text
    view_text: str = ""             # what a ticked box reads as in the case view
    min: int | None = None
    max: int | None = None
    suffix: str = ""
    lines: int = 0                  # visible lines of a text field
    max_length: int = 0             # a line field's limit in characters (0: the usual 2,000)
    calendar_years_back: int = 0    # a date's calendar opens this many years before today
    width: int = 0                  # a row column's share of the row (of 4)
    help_below: bool = False        # the help text stands under the field, not in a tooltip
    rule: str = ""
    store: str = "step"
    view: bool = True               # shown in the case view
    example: Any = None             # what demo data puts in, where its generator does not
    print_with: str = ""            # shown in that field's row, after its value (a comment
                                    # after its rating), not in a row of its own
    documents: tuple[str, ...] = ()  # document kinds that print it
    read_only: bool = False         # a column shown for reference, never edited here
    # rows only
    columns: tuple[FieldSpec, ...] = ()
    row_title: str = ""
    summary: str = ""               # a row in one line, e.g. "{area} ({severity:lower}): {description}"
    min_rows: int = 0
    min_rows_message: str = ""
    add_text: str = ""
    empty_text: str = ""
    fixed_rows: bool = False        # rows come from elsewhere; none are added here

    def is_required(self, data: dict[str, Any]) -> bool:
        if isinstance(self.required, Condition):
            return self.required.holds(data)
        return self.required

    def is_enabled(self, data: dict[str, Any]) -> bool:
        return self.enabled is None or self.enabled.holds(data)

    @property
    def always_required(self) -> bool:
        """Required whatever else is filled in (the page marks these with *)."""
        return self.required is True

    def column(self, key: str) -> FieldSpec:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(f"{self.key} has no column {key!r}")


@dataclass(frozen=True)
class StepFields:
    """A step's fields in form order, the common ones ("Dilaksanakan oleh") last."""

    step_key: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)

    def __iter__(self):
        return iter(self.fields)

    def get(self, key: str) -> FieldSpec | None:
        for f in self.fields:
            if f.key == key:
                return f
        return None

    def __getitem__(self, key: str) -> FieldSpec:
        f = self.get(key)
        if f is None:
            raise KeyError(f"step {self.step_key!r} has no field {key!r}")
        return f

    def keys(self) -> list[str]:
        return [f.key for f in self.fields]

    def label(self, key: str) -> str:
        """A field's label; a row column's label for a key that only a column has."""
        f = self.get(key)
        if f is not None:
            return f.label
        for rows in self.fields:
            for c in rows.columns:
                if c.key == key:
                    return c.label
        return key


_SCALARS = {"key", "type", "label", "section", "required_message", "choices", "placeholder",
            "help", "text", "view_text", "min", "max", "suffix", "lines", "max_length",
            "calendar_years_back", "width", "help_below", "rule",
            "store", "view", "read_only", "row_title", "min_rows", "min_rows_message",
            "add_text", "empty_text", "fixed_rows", "summary", "print_with", "example"}


def parse_field(raw: dict[str, Any]) -> FieldSpec:
    unknown = set(raw) - _SCALARS - {"required", "enabled", "documents", "columns"}
    if unknown:
        raise ValueError(f"field {raw.get('key')!r}: unknown attributes {sorted(unknown)}")
    if raw.get("type") not in TYPES:
        raise ValueError(f"field {raw.get('key')!r}: unknown type {raw.get('type')!r}")
    if raw.get("store", "step") not in STORES:
        raise ValueError(f"field {raw['key']!r}: unknown store {raw['store']!r}")
    if raw.get("rule", "") not in ("", *RULES):
        raise ValueError(f"field {raw['key']!r}: unknown rule {raw['rule']!r}")
    required = raw.get("required", False)
    return FieldSpec(
        **{k: v for k, v in raw.items() if k in _SCALARS},
        required=Condition.parse(required) if isinstance(required, dict) else bool(required),
        enabled=Condition.parse(raw["enabled"]) if "enabled" in raw else None,
        documents=tuple(raw.get("documents", ())),
        columns=tuple(parse_field(c) for c in raw.get("columns", ())),
    )


def contract_point_fields(template: dict[str, Any], points: list[dict[str, Any]]) -> list[FieldSpec]:
    """The contract's agreed points (data/sop.json "contract_points") as one check box each."""
    return [FieldSpec(
        key=f"agree_{p['key']}", type="bool", label=p["title"], text=p["title"],
        view_text=p["text"], help=p["text"], help_below=True, section=template.get("section", ""),
        required=bool(p["required"]),
        # "{label}" stays: the message is translated first, then the point's title put in
        required_message=template.get("required_message", ""),
        documents=tuple(template.get("documents", ()))) for p in points]


def parse_step_fields(step_key: str, raw_fields: list[dict[str, Any]],
                      common: list[dict[str, Any]],
                      expansions: dict[str, list[dict[str, Any]]]) -> StepFields:
    fields: list[FieldSpec] = []
    for raw in raw_fields:
        if "expand" in raw:
            if raw["expand"] != "contract_points":
                raise ValueError(f"step {step_key!r}: unknown expansion {raw['expand']!r}")
            fields += contract_point_fields(raw, expansions["contract_points"])
        else:
            fields.append(parse_field(raw))
    fields += [parse_field(c) for c in common]
    keys = [f.key for f in fields]
    if len(set(keys)) != len(keys):
        raise ValueError(f"step {step_key!r}: a field key is used twice")
    return StepFields(step_key, tuple(fields))

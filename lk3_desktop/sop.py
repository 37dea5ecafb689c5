"""Loads the SOP definition and reference lists from data/ into frozen dataclasses."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from lk3_desktop.fields import StepFields, parse_step_fields
from lk3_desktop.i18n import tr
from lk3_desktop.paths import resource


@dataclass(frozen=True)
class Role:
    key: str
    name: str


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    title: str
    description: str
    executors: tuple[Role, ...]
    kelengkapan: tuple[str, ...]
    waktu_menit: int
    output: str
    keterangan: str
    fields: StepFields
    of: int  # how many steps the SOP has

    @property
    def label(self) -> str:
        """E.g. "3/7 Kontrak konseling", as the case list shows it."""
        return f"{self.number}/{self.of} {tr(self.title)}"

    @property
    def is_last(self) -> bool:
        return self.number == self.of

    @property
    def executor_text(self) -> str:
        return "; ".join(tr(r.name) for r in self.executors)

    @property
    def waktu_text(self) -> str:
        return format_minutes(self.waktu_menit)


@dataclass(frozen=True)
class Obstacle:
    key: str
    obstacle: str
    remedy: str
    steps: tuple[int, ...] = ()  # the steps whose page reminds of it


@dataclass(frozen=True)
class Choice:
    key: str
    name: str
    short: str = ""  # for narrow places (a drop-down); `name` in full elsewhere


@dataclass(frozen=True)
class Sop:
    number: str
    name: str
    short_name: str
    office: str
    section: str
    division: str
    approved_by_title: str
    legal_basis: tuple[str, ...]
    qualifications: tuple[str, ...]
    equipment: tuple[str, ...]
    records: str
    roles: tuple[Role, ...]  # the SOP's executor columns
    counselor_roles: tuple[str, ...]
    office_roles: tuple[Role, ...]  # not in the SOP's columns: Kepala Seksi, Administrator
    obstacles: tuple[Obstacle, ...]
    related_sops: tuple[Choice, ...]
    steps: tuple[Step, ...]

    def step(self, number: int) -> Step:
        return self.steps[number - 1]

    def step_by_key(self, key: str) -> Step:
        """The step named `key` in data/sop.json ("intake", "contract", …): the way code
        should address a step, so that inserting one never shifts another's meaning."""
        for s in self.steps:
            if s.key == key:
                return s
        raise KeyError(f"no SOP step {key!r}")

    @property
    def all_roles(self) -> tuple[Role, ...]:
        """The SOP's roles, then the office's: what a staff member may hold."""
        return self.roles + self.office_roles

    def role_label(self, role: Role) -> str:
        """Role name with the steps it executes, e.g. "Peksos/Konselor LK3 (langkah 3, 4, 7)"."""
        steps = [str(s.number) for s in self.steps if role in s.executors]
        if not steps:
            return tr(role.name)
        return tr("{role} (langkah {steps})").format(role=tr(role.name), steps=", ".join(steps))



@dataclass(frozen=True)
class Kecamatan:
    name: str
    kelurahan: tuple[str, ...]


@dataclass(frozen=True)
class Reference:
    city: str
    province: str
    kecamatan: tuple[Kecamatan, ...]
    provinces: dict[str, str]
    religions: tuple[str, ...]
    marital_statuses: tuple[str, ...]
    educations: tuple[str, ...]
    lists: dict[str, tuple[Choice, ...]]

    def choices(self, name: str) -> tuple[Choice, ...]:
        return self.lists[name]

    def has_list(self, name: str) -> bool:
        return name in self.lists

    def choice_name(self, name: str, key: Any) -> str:
        """The name shown for `key` in list `name`, in the interface language."""
        for c in self.lists[name]:
            if c.key == key:
                return tr(c.name)
        return "" if key in (None, "") else str(key)

    def keys(self, name: str) -> set[Any]:
        return {c.key for c in self.lists[name]}

    @property
    def kelurahan_all(self) -> tuple[str, ...]:
        return tuple(k for kec in self.kecamatan for k in kec.kelurahan)

    def kecamatan_of(self, kelurahan: str) -> str | None:
        for kec in self.kecamatan:
            if kelurahan in kec.kelurahan:
                return kec.name
        return None


def format_minutes(minutes: float) -> str:
    """Human Indonesian duration: "30 menit", "2 jam 5 menit", "3 hari"."""
    m = int(round(minutes))
    if m < 60:
        return tr("{m} menit").format(m=m)
    if m < 1440:
        h, rest = divmod(m, 60)
        if rest:
            return tr("{h} jam {m} menit").format(h=h, m=rest)
        return tr("{h} jam").format(h=h)
    d, rest = divmod(m, 1440)
    h = rest // 60
    if h:
        return tr("{d} hari {h} jam").format(d=d, h=h)
    return tr("{d} hari").format(d=d)


def _read(rel: str) -> dict[str, Any]:
    with open(resource(rel), encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_sop() -> Sop:
    raw = _read("data/sop.json")
    roles = tuple(Role(r["key"], r["name"]) for r in raw["roles"])
    by_key = {r.key: r for r in roles}
    steps = tuple(
        Step(
            number=s["number"],
            key=s["key"],
            title=s["title"],
            description=s["description"],
            executors=tuple(by_key[k] for k in s["executors"]),
            kelengkapan=tuple(s["kelengkapan"]),
            waktu_menit=int(s["waktu_menit"]),
            output=s["output"],
            keterangan=s.get("keterangan", ""),
            fields=parse_step_fields(s["key"], s.get("fields", []), raw.get("common_fields", []),
                                     {"contract_points": raw["contract_points"]}),
            of=len(raw["steps"]),
        )
        for s in raw["steps"]
    )
    if [s.number for s in steps] != list(range(1, len(steps) + 1)):
        raise ValueError("data/sop.json must number its steps 1, 2, 3, … in order")
    if len({s.key for s in steps}) != len(steps):
        raise ValueError("data/sop.json gives two steps the same key")
    return Sop(
        number=raw["number"],
        name=raw["name"],
        short_name=raw["short_name"],
        office=raw["office"],
        section=raw["section"],
        division=raw["division"],
        approved_by_title=raw["approved_by_title"],
        legal_basis=tuple(raw["legal_basis"]),
        qualifications=tuple(raw["qualifications"]),
        equipment=tuple(raw["equipment"]),
        records=raw["records"],
        roles=roles,
        counselor_roles=tuple(raw["counselor_roles"]),
        office_roles=tuple(Role(r["key"], r["name"]) for r in raw.get("office_roles", ())),
        obstacles=tuple(Obstacle(o["key"], o["obstacle"], o["remedy"], tuple(o.get("steps", ())))
                        for o in raw["obstacles"]),
        related_sops=tuple(Choice(r["key"], r["name"], r.get("short", "")) for r in raw["related_sops"]),
        steps=steps,
    )


_LISTS = (
    "referral_sources", "problem_areas", "severities", "sexes", "meeting_places",
    "information_sources", "reassessment_results", "reassessors", "action_statuses",
    "ratings", "goals_reached", "outcomes",
)
_PLAIN_LISTS = ("religions", "marital_statuses", "educations")  # the name is the key


@cache
def load_reference() -> Reference:
    raw = _read("data/reference.json")
    return Reference(
        city=raw["city"],
        province=raw["province"],
        kecamatan=tuple(Kecamatan(k["name"], tuple(k["kelurahan"])) for k in raw["kecamatan"]),
        provinces=dict(raw["provinces"]),
        religions=tuple(raw["religions"]),
        marital_statuses=tuple(raw["marital_statuses"]),
        educations=tuple(raw["educations"]),
        lists={**{name: tuple(Choice(c["key"], c["name"]) for c in raw[name]) for name in _LISTS},
               **{name: tuple(Choice(n, n) for n in raw[name]) for name in _PLAIN_LISTS}},
    )


@dataclass(frozen=True)
class ContractPoint:
    key: str
    title: str
    text: str
    required: bool


@cache
def contract_points() -> tuple[ContractPoint, ...]:
    """The agreed points of the counseling contract, honesty first (the SOP's remedy)."""
    return tuple(ContractPoint(**p) for p in _read("data/sop.json")["contract_points"])


OTHER_SERVICE = Choice("lainnya", "Layanan/instansi lain")


def choice_list(source: str) -> tuple[Choice, ...] | None:
    """The fixed choices a field's `choices` names, or None for a list that depends on the
    database (staff, the case's problems), which the UI and store fill themselves."""
    ref = load_reference()
    if ref.has_list(source):
        return ref.choices(source)
    if source == "related_sops":
        return (*load_sop().related_sops, OTHER_SERVICE)
    if source == "kelurahan":
        return tuple(Choice(k, k) for k in ref.kelurahan_all)
    if source == "kecamatan":
        return tuple(Choice(k.name, k.name) for k in ref.kecamatan)
    return None


def choice_name(source: str, key: Any) -> str:
    """The name shown for `key` in the list `source` (in the interface language); the key
    itself if the list lacks it."""
    for c in choice_list(source) or ():
        if c.key == key:
            return tr(c.name)
    return "" if key in (None, "") else str(key)

"""Step 1: the social service form (formulir layanan sosial) — arrival, referrer, identity."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from lk3_desktop.sop import load_reference
from lk3_desktop.ui.widgets import (
    CheckField,
    ChoiceField,
    DateField,
    DateTimeField,
    LineField,
    NumberField,
    OpenChoiceField,
    TextField,
)
from lk3_desktop.ui.wizard.step_page import StepPage


def _pairs(items):
    return [(c.key, c.name) for c in items]


class IntakePage(StepPage):
    STEP = 1

    def build_form(self) -> None:
        ref = load_reference()
        f = self.section("Kedatangan dan rujukan")
        self.add_field("arrival_at", DateTimeField(), f, required=True)
        self.add_field("referral_source", ChoiceField(_pairs(ref.choices("referral_sources"))), f,
                       required=True)
        self.add_field("referrer_name", LineField("Nama orang atau instansi yang merujuk"), f)
        self.add_field("referrer_contact", LineField("Telepon, alamat atau unit kerja"), f)

        f = self.section("Identitas klien")
        self.add_field("full_name", LineField("Nama sesuai pengakuan atau dokumen"), f,
                       required=True)
        self.add_field("nickname", LineField(), f)
        self.add_field("nik", LineField("16 angka; kosongkan bila tidak ada dokumen", 30), f,
                       hint="Boleh kosong, misalnya untuk pekerja migran yang dideportasi tanpa "
                            "dokumen. Bila diisi: 16 angka, tanggal lahir dan jenis kelamin "
                            "di dalamnya harus sesuai isian.")
        self.add_field("kk_number", LineField("16 angka", 30), f)
        self.add_field("birth_place", LineField(), f)
        self.add_field("birth_date", DateField(optional=True), f,
                       hint="Kosongkan dan isi perkiraan umur bila tanggal lahir tidak diketahui.")
        self.add_field("estimated_age", NumberField(0, 120, optional=True, suffix=" tahun"), f)
        self.add_field("sex", ChoiceField(_pairs(ref.choices("sexes"))), f, required=True)
        self.add_field("religion", ChoiceField((r, r) for r in ref.religions), f)
        self.add_field("marital_status", ChoiceField((r, r) for r in ref.marital_statuses), f)
        self.add_field("education", ChoiceField((r, r) for r in ref.educations), f)
        self.add_field("occupation", LineField(), f)
        self.add_field("nationality", LineField("Contoh: WNI, asal Sulawesi Selatan"), f)

        f = self.section("Alamat dan kontak")
        self.add_field("address_street", LineField(), f)
        self.add_field("rt_rw", LineField("Contoh: 003/002", 20), f)
        self.kelurahan = self.add_field("kelurahan", OpenChoiceField(["", *ref.kelurahan_all]), f,
                                        hint="Pilih kelurahan di Kota Tarakan atau ketik nama "
                                             "desa/kelurahan lain.")
        self.kecamatan = self.add_field(
            "kecamatan", OpenChoiceField(["", *(k.name for k in ref.kecamatan)]), f)
        self.city = self.add_field("city", LineField(f"Contoh: {ref.city}"), f)
        self.add_field("phone", LineField("Contoh: 0812 3456 7890", 30), f)

        f = self.section("Keluarga yang dapat dihubungi")
        self.family_unknown = self.add_field(
            "family_unknown", CheckField("Keluarga tidak diketahui (tandai untuk penelusuran keluarga)"), f)
        self.family_fields = [
            self.add_field("family_name", LineField(), f),
            self.add_field("family_relation", LineField("Contoh: ibu, suami, kakak"), f),
            self.add_field("family_phone", LineField("", 30), f),
            self.add_field("family_address", LineField(), f),
        ]

        f = self.section("Keluhan dan kondisi")
        self.add_field("complaint", TextField("Apa yang dialami klien dan mengapa dirujuk", 4), f,
                       required=True)
        self.add_field("arrival_condition", TextField("Kondisi fisik dan emosi saat datang", 3), f)

        f = self.section("Persetujuan klien")
        self.add_field("consent_record", CheckField(
            "Klien setuju datanya dicatat untuk keperluan layanan *"), f)
        self.add_field("consent_referral", CheckField("Klien setuju dirujuk ke LK3"), f)
        note = QLabel("Data klien adalah data pribadi yang dilindungi (UU 27/2022); "
                      "jelaskan kepada klien sebelum ia menyatakan setuju.")
        note.setWordWrap(True)
        note.setProperty("hint", True)
        f.addRow(note)
        self.kelurahan.changed.connect(self._fill_region)

    def _fill_region(self) -> None:
        """A Tarakan kelurahan implies its kecamatan and the city."""
        ref = load_reference()
        kec = ref.kecamatan_of(self.kelurahan.value().strip())
        if kec:
            self.kecamatan.set_value(kec)
            if not self.city.value().strip():
                self.city.set_value(ref.city)

    def on_values_changed(self) -> None:
        unknown = self.family_unknown.value()
        for w in self.family_fields:
            w.setEnabled(not unknown)

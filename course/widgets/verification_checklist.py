"""Session 04 tool: a verification checklist before a humas account shares or answers viral information.

``DaftarVerifikasi()`` shows one checkbox per step of ``LANGKAH`` (built on the
verification rule of Dewan Pers's Pedoman Pemberitaan Media Siber, 2012, and
Kode Etik Jurnalistik Pasal 3 and 5). ``status`` says "Tahan dulu" until every step is ticked, then
"Boleh dibagikan". Parts are attributes: ``butir`` (the checkboxes), ``status``
(HTML) and ``siap`` (True when all are ticked), so tests drive it without a browser.
"""

from __future__ import annotations

import ipywidgets as widgets

LANGKAH = (
    "Sumber pertamanya jelas: siapa yang pertama mengunggah atau mengirim?",
    "Sudah dipastikan kepada instansi yang berwenang (OPD terkait, BPBD, kepolisian).",
    "Waktu dan tempat foto atau video cocok dengan peristiwanya (bukan kejadian lama).",
    "Tidak memuat identitas korban kejahatan susila atau anak.",
    "Isinya fakta, bukan opini atau prasangka SARA.",
    "Pimpinan atau pejabat yang berwenang sudah menyetujui unggahan atau jawaban.",
)


class DaftarVerifikasi(widgets.VBox):
    """A checklist whose status turns green when every step is done."""

    def __init__(self):
        self.butir = [
            widgets.Checkbox(value=False, description=text, indent=False, layout=widgets.Layout(width="95%"))
            for text in LANGKAH
        ]
        self.status = widgets.HTML()
        for box in self.butir:
            box.observe(lambda _change: self.perbarui(), names="value")
        super().__init__([*self.butir, self.status])
        self.perbarui()

    @property
    def siap(self) -> bool:
        return all(box.value for box in self.butir)

    def perbarui(self) -> None:
        left = sum(1 for box in self.butir if not box.value)
        if left:
            self.status.value = (
                f"<b style='color:#b3261e'>Tahan dulu.</b> Masih ada {left} langkah verifikasi yang belum selesai."
            )
        else:
            self.status.value = "<b style='color:#1b6e3a'>Boleh dibagikan.</b> Semua langkah verifikasi sudah selesai."


def daftar_verifikasi() -> DaftarVerifikasi:
    """The checklist, ready to display."""
    return DaftarVerifikasi()

"""Session 03 tool: a live headline checker.

``PemeriksaJudul()`` is a text box; as the participant types, it shows the
verdict of ``course.engines.clickbait`` (score, clickbait or normal), the reasons with
their fixes, what already makes the headline a normal one, the EYD V findings of
``course.engines.spelling`` with a corrected headline, and length advice. The button
"Terapkan perbaikan ejaan" puts the corrected headline in the box.

Its parts are attributes, so tests drive it without a browser: set
``masukan.value`` (or call ``perbarui()``), then read ``laporan`` (the last
``clickbait.LaporanJudul``), ``vonis``, ``alasan``, ``ejaan`` and ``panjang`` (HTML
widgets), or click ``tombol_perbaiki`` with ``tombol_perbaiki.click()``.
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from course.engines import clickbait, spelling

PETUNJUK = "Ketik judul di kotak ini; hasil pemeriksaan muncul saat Anda mengetik."
_WARNA = {"clickbait": "#b3261e", "normal": "#1b6e3a", "kosong": "#555555"}


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


class PemeriksaJudul(widgets.VBox):
    """A text box over the checker's verdict, reasons, spelling fixes and length advice."""

    def __init__(self, judul: str = ""):
        self.masukan = widgets.Text(
            value=judul,
            placeholder=PETUNJUK,
            continuous_update=True,
            description="Judul",
            layout=widgets.Layout(width="95%"),
        )
        self.vonis = widgets.HTML()
        self.alasan = widgets.HTML()
        self.ejaan = widgets.HTML()
        self.panjang = widgets.HTML()
        self.tombol_perbaiki = widgets.Button(
            description="Terapkan perbaikan ejaan", disabled=True, layout=widgets.Layout(width="auto")
        )
        self.laporan: clickbait.LaporanJudul | None = None
        self.masukan.observe(self._changed, names="value")
        self.tombol_perbaiki.on_click(self._apply_fix)
        super().__init__([self.masukan, self.vonis, self.alasan, self.ejaan, self.tombol_perbaiki, self.panjang])
        self.perbarui()

    def _changed(self, _change) -> None:
        self.perbarui()

    def _apply_fix(self, _button=None) -> None:
        if self.masukan.value.strip():
            self.masukan.value = spelling.perbaiki(self.masukan.value, judul=True)

    def perbarui(self) -> None:
        """Check the current text and redraw every part."""
        text = self.masukan.value
        if not text.strip():
            self.laporan = None
            self.vonis.value = (
                f"<b style='color:{_WARNA['kosong']}'>Belum ada judul.</b> Ketik sebuah judul untuk memeriksanya."
            )
            self.alasan.value = self.ejaan.value = self.panjang.value = ""
            self.tombol_perbaiki.disabled = True
            return
        report = clickbait.periksa(text)
        self.laporan = report
        colour = _WARNA[report.vonis]
        label = "CLICKBAIT" if report.clickbait else "Judul normal"
        bar = int(round(report.skor * 100))
        self.vonis.value = (
            f"<b style='color:{colour};font-size:1.1em'>{label}</b> "
            f"&middot; skor {report.skor_teks} dari 1 "
            f"<div style='background:#eee;width:240px;height:8px;display:inline-block;vertical-align:middle'>"
            f"<div style='background:{colour};width:{bar}%;height:8px'></div></div>"
        )
        parts = []
        if report.alasan:
            title = "Mengapa terbaca sebagai clickbait" if report.clickbait else "Penanda clickbait yang masih ada"
            items = "".join(f"<li>{_esc(a.teks)}<br><i>Perbaikan:</i> {_esc(a.saran)}</li>" for a in report.alasan)
            parts.append(f"<b>{title}:</b><ul>{items}</ul>")
        if report.penguat:
            items = "".join(f"<li>{_esc(a.teks)}</li>" for a in report.penguat)
            parts.append(f"<b>Yang sudah baik:</b><ul>{items}</ul>")
        self.alasan.value = "".join(parts)
        if report.bahasa:
            items = "".join(f"<li>{_esc(str(t))}</li>" for t in report.bahasa)
            self.ejaan.value = (
                f"<b>Ejaan (EYD V):</b><ul>{items}</ul>Usulan: <code>{_esc(report.judul_perbaikan_eyd)}</code>"
            )
            self.tombol_perbaiki.disabled = False
        else:
            self.ejaan.value = "<b>Ejaan (EYD V):</b> tidak ada temuan."
            self.tombol_perbaiki.disabled = True
        self.panjang.value = f"<b>Panjang:</b> {_esc(report.panjang)}"


def pemeriksa_judul(judul: str = "") -> PemeriksaJudul:
    """The live headline checker, ready to display."""
    return PemeriksaJudul(judul)

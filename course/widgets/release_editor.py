"""Session 05 tool: a live press-release editor.

``EditorRilis()`` is a text area over the checklist of ``course.engines.press_release``: as the
participant types, each of the eleven checks turns green (lolos) or red (belum), or amber when it passes
with advice (the length), with its Indonesian message, plus the "berita, bukan seremoni" hint when it
applies.

Its parts are attributes, so tests drive it without a browser: set
``masukan.value`` (or call ``perbarui()``), then read ``laporan`` (the last
``press_release.LaporanSiaran``), ``ringkasan`` and ``daftar`` (HTML widgets).
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from course.engines import press_release

HIJAU, MERAH, ABU, KUNING = "#1b6e3a", "#b3261e", "#555555", "#8a5a00"


class EditorRilis(widgets.VBox):
    """A text area and a checklist that turns green as the release takes shape."""

    def __init__(self, teks: str = "", fakta: dict | None = None):
        self.fakta = fakta
        self.masukan = widgets.Textarea(
            value=teks,
            placeholder="Tulis atau tempel siaran pers di sini.",
            description="Siaran pers",
            continuous_update=True,
            layout=widgets.Layout(width="95%", height="320px"),
        )
        self.ringkasan = widgets.HTML()
        self.daftar = widgets.HTML()
        self.laporan: press_release.LaporanSiaran | None = None
        self.masukan.observe(lambda _change: self.perbarui(), names="value")
        super().__init__([self.masukan, self.ringkasan, self.daftar])
        self.perbarui()

    def perbarui(self) -> None:
        """Check the current text and redraw the checklist."""
        text = self.masukan.value
        if not text.strip():
            self.laporan = None
            self.ringkasan.value = f"<b style='color:{ABU}'>Belum ada naskah.</b> Mulailah menulis di kotak di atas."
            self.daftar.value = "".join(
                f"<div style='color:{ABU}'>&#9744; {html.escape(press_release.NAMA_CEK[i])}</div>"
                for i in press_release.CEK
            )
            return
        report = press_release.periksa(text, self.fakta)
        self.laporan = report
        done = len(report.lolos)
        colour = HIJAU if report.semua_ok else MERAH
        self.ringkasan.value = f"<b style='color:{colour}'>{done} dari {len(report.hasil)} cek lolos.</b>"
        rows = []
        for item in report.hasil:
            mark, col = ("&#9745; Lolos:", HIJAU) if item.ok else ("&#9746; Belum lolos:", MERAH)
            name = html.escape(item.nama)
            if item.saran:
                mark, col, name = "&#9888; Saran:", KUNING, f"{name} (saran)"
            rows.append(f"<div style='color:{col}'>{mark} <b>{name}</b>: {html.escape(item.pesan)}</div>")
        for note in report.catatan:
            if not any(item.saran and item.pesan == note for item in report.hasil):
                rows.append(f"<div style='color:{KUNING}'>&#9888; {html.escape(note)}</div>")
        self.daftar.value = "".join(rows)


def editor_rilis(teks: str = "", fakta: dict | None = None) -> EditorRilis:
    """The live editor, ready to display."""
    return EditorRilis(teks, fakta)

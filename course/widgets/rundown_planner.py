"""Session 06 tool: a press-conference rundown planner.

``PerencanaRundown()`` has a start-time dropdown and one labelled number box per item (minutes):
not a slider, whose handle ipywidgets leaves without an accessible name (axe-core
``aria-input-field-name``, serious); the box's label is announced and arrow keys step it.
It draws the timeline as horizontal bars (one per item, question time highlighted,
the end limit as a dashed line) and says, in words, whether the rundown meets the
constraints of ``course.engines.press_conference.periksa_rundown``.

Its parts are attributes, so tests drive it without a browser: ``mulai`` (Dropdown),
``durasi`` (list of BoundedIntText boxes, one per item of ``acara``), ``keterangan`` (HTML
verdict), ``gambar`` (HTML: the chart with a text alternative naming the longest and
shortest items), ``png``, ``figure``, ``ax``, ``batang`` (the bars), ``rundown``
(the last table) and ``laporan`` (the last report).
"""

from __future__ import annotations

import html

import ipywidgets as widgets
from matplotlib.figure import Figure

from course.engines import press_conference as K
from course.engines.charts import PALETTE
from course.engines.charts_text import chart_text

HIJAU, MERAH = "#1b6e3a", "#b3261e"
DURASI_AWAL = (15, 5, 25, 15, 10, 5, 10)  # a starting point whose question session is too short
ACARA_URUT = [
    "Registrasi wartawan",
    "Pembukaan oleh moderator",
    "Pernyataan Bupati Sukamaju",
    "Penjelasan Kepala Disperindag (narasumber pendukung)",
    "Tanya jawab (dipandu moderator)",
    "Penutupan oleh moderator",
    "Sesi foto, doorstop, dan pembagian press kit",
]
PILIHAN_JAM = [K.ke_jam(m) for m in range(7 * 60, 16 * 60 + 1, 15)]


def minutes(value: float) -> str:
    """An item's length in the chart's description: ``25 menit``."""
    return f"{round(value)} menit"


def _label(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


class PerencanaRundown(widgets.VBox):
    """Start time and durations in, a timeline and a verdict out."""

    def __init__(
        self,
        acara=None,
        durasi=None,
        mulai: str | None = None,
        selesai: str | None = None,
        tanya_jawab_menit: int | None = None,
    ):
        self.acara = list(acara or ACARA_URUT)
        durations = list(durasi or DURASI_AWAL)[: len(self.acara)]
        durations += [10] * (len(self.acara) - len(durations))
        self.syarat = {
            "mulai": mulai or K.SYARAT_RUNDOWN["mulai"],
            "selesai": selesai or K.SYARAT_RUNDOWN["selesai"],
            "tanya_jawab_menit": (
                K.SYARAT_RUNDOWN["tanya_jawab_menit"] if tanya_jawab_menit is None else tanya_jawab_menit
            ),
        }
        start = self.syarat["mulai"]
        self.mulai = widgets.Dropdown(
            options=PILIHAN_JAM if start in PILIHAN_JAM else [start, *PILIHAN_JAM], value=start, description="Mulai"
        )
        self.durasi = [
            widgets.BoundedIntText(
                value=d,
                min=1,
                max=60,
                step=1,
                description=_label(name, 40),
                description_allow_html=False,
                continuous_update=False,
                style={"description_width": "300px"},
                layout=widgets.Layout(width="420px"),
            )
            for name, d in zip(self.acara, durations)
        ]
        self.keterangan = widgets.HTML()
        self.gambar, self.png = widgets.HTML(), b""  # the chart with its text alternative, and its PNG
        self.rundown = None
        self.laporan: K.LaporanKonpers | None = None
        # One Figure and one Axes for the widget's life; bars are created once and moved,
        # fixed margins and no layout engine: a redraw stays well under 0.2 s.
        self.figure = Figure(figsize=(8, 3.8))
        self.figure.subplots_adjust(left=0.36, right=0.97, top=0.86, bottom=0.14)
        self.ax = self.figure.add_subplot()
        positions = list(range(len(self.acara)))
        colours = [PALETTE[1] if K.jenis_acara(n) == "tanya_jawab" else PALETTE[0] for n in self.acara]
        self.batang = list(self.ax.barh(positions, [1] * len(self.acara), left=0, color=colours, height=0.6))
        self.label_waktu = [self.ax.text(0, y, "", va="center", ha="left", fontsize=8) for y in positions]
        self.ax.set_yticks(positions, [_label(n) for n in self.acara], fontsize=8)
        self.ax.invert_yaxis()
        self.ax.set_xlabel("Waktu (WIB)")
        self.ax.grid(axis="x", alpha=0.3)
        self.garis_batas = self.ax.axvline(0, color=PALETTE[5], linestyle="--", linewidth=1.5)
        self.mulai.observe(lambda _change: self.perbarui(), names="value")
        for box in self.durasi:
            box.observe(lambda _change: self.perbarui(), names="value")
        controls = widgets.VBox([self.mulai, *self.durasi])
        super().__init__([controls, self.keterangan, self.gambar])
        self.perbarui()

    def perbarui(self) -> None:
        """Recompute the rundown, move the bars, and redraw the verdict and the picture."""
        self.rundown = K.susun_rundown(self.acara, [s.value for s in self.durasi], mulai=self.mulai.value)
        self.laporan = K.periksa_rundown(self.rundown, **self.syarat)
        starts = [K.ke_menit(v) for v in self.rundown["mulai"]]
        ends = [K.ke_menit(v) for v in self.rundown["selesai"]]
        limit = K.ke_menit(self.syarat["selesai"])
        for bar, text, s, e in zip(self.batang, self.label_waktu, starts, ends):
            bar.set_x(s)
            bar.set_width(e - s)
            text.set_x(e + 1)
            text.set_text(f"{K.ke_jam(s)}–{K.ke_jam(e)}")
        self.garis_batas.set_xdata([limit, limit])
        left, right = min(starts) - 5, max(max(ends), limit) + 20
        self.ax.set_xlim(left, right)
        first_tick = (left + 14) // 15 * 15
        ticks = list(range(first_tick, right + 1, 15))
        self.ax.set_xticks(ticks, [K.ke_jam(t) for t in ticks], fontsize=8)
        done = sum(h.ok for h in self.laporan.hasil)
        self.ax.set_title(
            f"Rundown konferensi pers (contoh rekaan): {done} dari {len(self.laporan.hasil)} syarat "
            f"terpenuhi\nGaris putus-putus: batas selesai pukul {self.syarat['selesai']} WIB",
            fontsize=10,
        )
        rows = []
        for item in self.laporan.hasil:
            mark, colour = ("&#9745; Terpenuhi:", HIJAU) if item.ok else ("&#9746; Belum terpenuhi:", MERAH)
            rows.append(
                f"<div style='color:{colour}'>{mark} <b>{html.escape(item.nama)}</b>: {html.escape(item.pesan)}</div>"
            )
        rows += [f"<div style='color:#444'>Catatan: {html.escape(c)}</div>" for c in self.laporan.catatan]
        self.keterangan.value = "".join(rows)
        shown = chart_text(self.figure, format_y=minutes, format_x=None, dpi=80, tight=False)
        self.png, self.gambar.value = shown.png, shown.html()


def perencana_rundown(
    acara=None,
    durasi=None,
    mulai: str | None = None,
    selesai: str | None = None,
    tanya_jawab_menit: int | None = None,
) -> PerencanaRundown:
    """The session 06 rundown planner, ready to display."""
    return PerencanaRundown(acara, durasi, mulai, selesai, tanya_jawab_menit)

"""Session 02 explorer: median engagement rate per format (or pillar, hour, day) for a kabupaten and platform.

Four dropdowns (grouping, kabupaten, platform, ER denominator) redraw one bar chart. The groups
that count among the best (``course.engines.engagement_tables.best_groups``, the rule the session's
checks use) are orange and named in the caption. ``PenjelajahEngagement(data)`` is the widget; its
parts are attributes (``kelompok``, ``kabupaten``, ``platform``, ``penyebut``, ``keterangan``,
``gambar``, ``figure``, ``ax``), so a test sets a dropdown and reads the Axes. The chart is rendered
to PNG and shown in an ``ipywidgets.HTML`` as a figure whose text alternative (``charts_text``) names
its highest and lowest bars; ``png`` keeps the picture.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from course.engines import charts
from course.engines.charts import PALETTE, persen_dua, pukul
from course.engines.charts_text import chart_text
from course.engines.engagement import format_persen
from course.engines.engagement_frames import ER_COLUMNS, LABELS, siapkan
from course.engines.engagement_tables import MIN_UNGGAHAN, best_groups, in_words
from course.errors import expect_frame
from course.vocabulary import PLATFORMS

SEMUA_KABUPATEN = "Semua kabupaten"
SEMUA_PLATFORM = "Semua platform"
PENYEBUT = (
    ("jangkauan (reach)", "jangkauan"),
    ("pengikut (followers)", "pengikut"),
    ("impresi (impressions)", "impresi"),
)
KELOMPOK = (("format", "format"), ("pilar konten", "pilar"), ("jam unggah", "jam"), ("hari", "hari"))
ORDERED = ("jam", "hari")  # groups drawn in their own order, not best first


class PenjelajahEngagement(widgets.VBox):
    """Dropdowns for grouping, kabupaten, platform and denominator over one bar chart."""

    def __init__(self, data: pd.DataFrame):
        frame = expect_frame(data, "data")
        ready = all(c in frame.columns for c in (*ER_COLUMNS.values(), "jam", "hari"))
        self.data = frame if ready else siapkan(frame)
        self.kelompok = widgets.Dropdown(options=KELOMPOK, value="format", description="Kelompok")
        kabupaten = sorted(self.data["kabupaten"].dropna().unique())
        self.kabupaten = widgets.Dropdown(
            options=[SEMUA_KABUPATEN, *kabupaten], value=SEMUA_KABUPATEN, description="Kabupaten"
        )
        self.platform = widgets.Dropdown(
            options=[SEMUA_PLATFORM, *PLATFORMS], value="Instagram", description="Platform"
        )
        self.penyebut = widgets.Dropdown(options=PENYEBUT, value="jangkauan", description="Penyebut ER")
        self.keterangan = widgets.HTML()
        self.gambar = widgets.HTML()  # the chart, with its text alternative
        self.png = b""
        # Fixed margins, no layout engine: a redraw stays well under 0.2 s.
        self.figure = Figure(figsize=(7.5, 3.6))
        self.figure.subplots_adjust(left=0.11, right=0.98, top=0.86, bottom=0.24)
        self.ax = self.figure.add_subplot()
        self.ax.grid(axis="y", alpha=0.3)
        self.ax.set_axisbelow(True)
        self.ax.tick_params(axis="x", labelrotation=20)
        charts.percent_axis(self.ax)
        controls = (self.kelompok, self.kabupaten, self.platform, self.penyebut)
        for control in controls:
            control.observe(self._changed, names="value")
        rows = [widgets.HBox([self.kelompok, self.kabupaten]), widgets.HBox([self.platform, self.penyebut])]
        super().__init__([*rows, self.keterangan, self.gambar])
        self.perbarui()

    def _changed(self, _change) -> None:
        self.perbarui()

    def pilihan(self) -> pd.DataFrame:
        """The posts of the current kabupaten and platform."""
        mask = pd.Series(True, index=self.data.index)
        if self.kabupaten.value != SEMUA_KABUPATEN:
            mask &= self.data["kabupaten"] == self.kabupaten.value
        if self.platform.value != SEMUA_PLATFORM:
            mask &= self.data["platform"] == self.platform.value
        return self.data[mask]

    def median_per_kelompok(self) -> pd.Series:
        """What the chart shows: median ER per group, highest first (hours and days in their own order)."""
        column = ER_COLUMNS[self.penyebut.value]
        values = self.pilihan().groupby(self.kelompok.value, observed=True)[column].median().dropna()
        return values if self.kelompok.value in ORDERED else values.sort_values(ascending=False, kind="stable")

    def terbaik(self) -> list:
        """The groups that count among the best for the current choices (the course's one rule)."""
        column = ER_COLUMNS[self.penyebut.value]
        grouped = self.pilihan().groupby(self.kelompok.value, observed=True)[column]
        return best_groups(grouped.median(), grouped.count())

    def perbarui(self) -> None:
        """Redraw the chart and the caption for the current choices.

        The Axes is reused (old bars removed, new ones added) rather than cleared:
        clearing rebuilds ticks and formatters and doubles the redraw time.
        """
        values = self.median_per_kelompok()
        where = f"{self.kabupaten.value}, {self.platform.value}"
        group = LABELS.get(self.kelompok.value, self.kelompok.value).split(" (")[0].lower()
        ax = self.ax
        for bar in list(ax.patches):
            bar.remove()
        ax.set_xlabel(LABELS.get(self.kelompok.value, self.kelompok.value))
        if values.empty:
            ax.set_xticks([], [])
            ax.set_title(f"Tidak ada unggahan untuk {where}")
            self.keterangan.value = "<b>Tidak ada unggahan</b> untuk pilihan ini."
        else:
            best = self.terbaik()
            colours = [PALETTE[1] if label in best else PALETTE[0] for label in values.index]  # the best in orange
            positions = range(len(values))
            ax.bar(positions, values.to_numpy(dtype=float), color=colours, edgecolor="#333333", linewidth=0.5)
            ax.set_xticks(list(positions), [str(i) for i in values.index])
            ax.set_title(f"Median ER per {self.penyebut.value} menurut {group}\n{where} (data sintetis)")
            ax.set_ylabel(f"Median {LABELS[ER_COLUMNS[self.penyebut.value]]}")
            self.keterangan.value = self._caption(values, best)
        ax.set_xlim(-0.6, max(len(values), 1) - 0.4)
        ax.set_ylim(0, float(values.max()) * 1.12 if not values.empty else 1.0)
        shown = chart_text(
            self.figure,
            format_y=persen_dua,
            format_x=pukul if self.kelompok.value == "jam" else None,
            dpi=80,
            tight=False,
        )
        self.png, self.gambar.value = shown.png, shown.html()

    def _caption(self, values: pd.Series, best: list) -> str:
        """The caption: posts, the best group and those as good as it, and warnings."""
        text = f"{len(self.pilihan())} unggahan (data sintetis)."
        names = [f"pukul {b:02d}.00" if self.kelompok.value == "jam" else str(b) for b in best]
        if best:
            text += f" Tertinggi: <b>{names[0]}</b> ({format_persen(float(values[best[0]]), 2)})."
        if len(best) > 1:
            text += " Setara dengan yang tertinggi: " + ", ".join(f"<b>{n}</b>" for n in names[1:]) + "."
        counts = self.pilihan().groupby(self.kelompok.value, observed=True)[ER_COLUMNS[self.penyebut.value]].count()
        if (counts < MIN_UNGGAHAN).all():
            text += f" Setiap kelompok berisi kurang dari {in_words(MIN_UNGGAHAN)} unggahan: jangan disimpulkan dulu."
        if self.platform.value == SEMUA_PLATFORM:
            text += (
                " Platform yang berbeda punya angka ER yang sangat berbeda; "
                "pilih satu platform agar perbandingannya adil."
            )
        return text


def penjelajah_engagement(data: pd.DataFrame) -> PenjelajahEngagement:
    """The session 02 explorer for ``data`` (raw or with ER columns)."""
    return PenjelajahEngagement(data)

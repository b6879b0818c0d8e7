"""Session 02 explorer: median engagement rate per format for a kabupaten and platform.

Three dropdowns (kabupaten, platform, ER denominator) redraw one bar chart.
``PenjelajahEngagement(data)`` is the widget; its parts are attributes
(``kabupaten``, ``platform``, ``penyebut``, ``keterangan``, ``gambar``,
``figure``, ``ax``), so a test sets a dropdown and reads the Axes. The chart is
rendered to PNG into an ``ipywidgets.Image``; no display machinery is needed.
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from course.engines import charts
from course.engines.charts import PALETTE, gambar_png
from course.engines.engagement import format_persen
from course.engines.engagement_frames import ER_COLUMNS, LABELS, tambah_er
from course.errors import expect_frame
from course.vocabulary import PLATFORMS

SEMUA_KABUPATEN = "Semua kabupaten"
SEMUA_PLATFORM = "Semua platform"
PENYEBUT = (
    ("jangkauan (reach)", "jangkauan"),
    ("pengikut (followers)", "pengikut"),
    ("impresi (impressions)", "impresi"),
)


class PenjelajahEngagement(widgets.VBox):
    """Dropdowns for kabupaten, platform and denominator over one bar chart."""

    def __init__(self, data: pd.DataFrame):
        frame = expect_frame(data, "data")
        self.data = frame if all(c in frame.columns for c in ER_COLUMNS.values()) else tambah_er(frame)
        kabupaten = sorted(self.data["kabupaten"].dropna().unique())
        self.kabupaten = widgets.Dropdown(
            options=[SEMUA_KABUPATEN, *kabupaten], value=SEMUA_KABUPATEN, description="Kabupaten"
        )
        self.platform = widgets.Dropdown(
            options=[SEMUA_PLATFORM, *PLATFORMS], value="Instagram", description="Platform"
        )
        self.penyebut = widgets.Dropdown(options=PENYEBUT, value="jangkauan", description="Penyebut ER")
        self.keterangan = widgets.HTML()
        self.gambar = widgets.Image(format="png")
        # Fixed margins, no layout engine: a redraw stays well under 0.2 s.
        self.figure = Figure(figsize=(7.5, 3.6))
        self.figure.subplots_adjust(left=0.11, right=0.98, top=0.86, bottom=0.24)
        self.ax = self.figure.add_subplot()
        self.ax.set_xlabel(LABELS["format"])
        self.ax.grid(axis="y", alpha=0.3)
        self.ax.set_axisbelow(True)
        self.ax.tick_params(axis="x", labelrotation=20)
        charts.percent_axis(self.ax)
        for control in (self.kabupaten, self.platform, self.penyebut):
            control.observe(self._changed, names="value")
        super().__init__([widgets.HBox([self.kabupaten, self.platform, self.penyebut]), self.keterangan, self.gambar])
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

    def median_per_format(self) -> pd.Series:
        """What the chart shows: median ER per format, highest first."""
        column = ER_COLUMNS[self.penyebut.value]
        return self.pilihan().groupby("format")[column].median().dropna().sort_values(ascending=False)

    def perbarui(self) -> None:
        """Redraw the chart and the caption for the current choices.

        The Axes is reused (old bars removed, new ones added) rather than cleared:
        clearing rebuilds ticks and formatters and doubles the redraw time.
        """
        values = self.median_per_format()
        where = f"{self.kabupaten.value}, {self.platform.value}"
        column = ER_COLUMNS[self.penyebut.value]
        ax = self.ax
        for bar in list(ax.patches):
            bar.remove()
        if values.empty:
            ax.set_xticks([], [])
            ax.set_title(f"Tidak ada unggahan untuk {where}")
            self.keterangan.value = "<b>Tidak ada unggahan</b> untuk pilihan ini."
        else:
            colours = [PALETTE[1]] + [PALETTE[0]] * (len(values) - 1)  # the best format in orange
            positions = range(len(values))
            ax.bar(positions, values.to_numpy(dtype=float), color=colours, edgecolor="#333333", linewidth=0.5)
            ax.set_xticks(list(positions), [str(i) for i in values.index])
            ax.set_title(f"Median ER per {self.penyebut.value} menurut format\n{where} (data sintetis)")
            ax.set_ylabel(f"Median {LABELS[column]}")
            count = len(self.pilihan())
            note = ""
            if self.platform.value == SEMUA_PLATFORM:
                note = (
                    " Platform yang berbeda punya angka ER yang sangat berbeda; "
                    "pilih satu platform agar perbandingannya adil."
                )
            self.keterangan.value = (
                f"{count} unggahan (data sintetis). Format tertinggi: <b>{values.index[0]}</b> "
                f"({format_persen(values.iloc[0], 2)}).{note}"
            )
        ax.set_xlim(-0.6, max(len(values), 1) - 0.4)
        ax.set_ylim(0, float(values.max()) * 1.12 if not values.empty else 1.0)
        self.gambar.value = gambar_png(self.figure, dpi=80)


def penjelajah_engagement(data: pd.DataFrame) -> PenjelajahEngagement:
    """The session 02 explorer for ``data`` (raw or with ER columns)."""
    return PenjelajahEngagement(data)

"""Session 01 tool: when does each platform's audience respond best?

``PenjelajahJamTayang(data)`` shows, for the chosen platform and format, the
median engagement rate by reach for each posting hour (WIB), marks the prime
hour, shades the hours the posting-hour rule counts as supported by the data
(``course.engines.posting_hours.hour_table``), and says both in words. Its parts
are attributes (``platform``, ``format``, ``keterangan``, ``gambar``, ``figure``,
``ax``, ``png``) so tests drive it without a browser. The chart is shown with a text alternative
naming its highest and lowest points (``charts_text``).
"""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from course.engines import charts
from course.engines.charts import PALETTE, PLATFORM_COLOURS, persen_dua, pukul
from course.engines.charts_text import chart_text
from course.engines.engagement import format_persen
from course.engines.engagement_frames import LABELS, siapkan
from course.engines.posting_hours import JAM_MIN_UNGGAHAN_KATA, JAM_RASIO_MIN, hour_table
from course.errors import expect_frame
from course.vocabulary import PLATFORMS

SEMUA_FORMAT = "Semua format"


class PenjelajahJamTayang(widgets.VBox):
    """Platform and format dropdowns over a line chart of median ER by hour."""

    def __init__(self, data: pd.DataFrame, platform: str = "Instagram"):
        frame = expect_frame(data, "data")
        self.data = frame if {"jam", "er_jangkauan"} <= set(frame.columns) else siapkan(frame)
        self.platform = widgets.Dropdown(options=list(PLATFORMS), value=platform, description="Platform")
        self.format = widgets.Dropdown(description="Format")
        self.keterangan = widgets.HTML()
        self.gambar = widgets.HTML()  # the chart, with its text alternative
        self.png = b""
        # Fixed margins, no layout engine: a redraw stays well under 0.2 s.
        self.figure = Figure(figsize=(7.5, 3.6))
        self.figure.subplots_adjust(left=0.11, right=0.98, top=0.86, bottom=0.16)
        self.ax = self.figure.add_subplot()
        self.ax.set_xlabel(LABELS["jam"])
        self.ax.set_ylabel(f"Median {LABELS['er_jangkauan']}")
        self.ax.set_xticks(range(6, 23, 2))
        self.ax.set_xlim(5.5, 22.5)
        self.ax.grid(alpha=0.3)
        charts.percent_axis(self.ax)
        self._set_formats()
        self.platform.observe(self._platform_changed, names="value")
        self.format.observe(self._changed, names="value")
        super().__init__([widgets.HBox([self.platform, self.format]), self.keterangan, self.gambar])
        self.perbarui()

    def _set_formats(self) -> None:
        formats = sorted(self.data.loc[self.data["platform"] == self.platform.value, "format"].dropna().unique())
        self._updating = True
        self.format.options = [SEMUA_FORMAT, *formats]
        self.format.value = SEMUA_FORMAT
        self._updating = False

    def _platform_changed(self, _change) -> None:
        self._set_formats()
        self.perbarui()

    def _changed(self, _change) -> None:
        if not getattr(self, "_updating", False):
            self.perbarui()

    def pilihan(self) -> pd.DataFrame:
        """The posts of the chosen platform and format."""
        frame = self.data[self.data["platform"] == self.platform.value]
        if self.format.value != SEMUA_FORMAT:
            frame = frame[frame["format"] == self.format.value]
        return frame

    def median_per_jam(self) -> pd.Series:
        """What the chart shows: median ER by reach per posting hour."""
        return self.pilihan().groupby("jam")["er_jangkauan"].median().dropna()

    def jam_utama(self) -> int | None:
        values = self.median_per_jam()
        return None if values.empty else int(values.idxmax())

    def jam_didukung(self) -> list[int]:
        """The hours of the chosen posts that the posting-hour rule counts as supported by the data."""
        table = hour_table(self.pilihan())
        return sorted(int(h) for h in table.index[table["didukung data"] == "ya"])

    def perbarui(self) -> None:
        """Redraw the line and the prime-hour marker (the Axes is reused, not cleared)."""
        values = self.median_per_jam()
        platform = self.platform.value
        chosen = "" if self.format.value == SEMUA_FORMAT else f", format {self.format.value}"
        ax = self.ax
        for artist in [*ax.lines, *ax.patches]:
            artist.remove()
        legend = ax.get_legend()
        if legend is not None:
            legend.remove()
        ax.set_title(f"{platform}{chosen}: median ER per jangkauan menurut jam unggah\n(data sintetis)")
        if values.empty:
            self.keterangan.value = "<b>Tidak ada unggahan</b> untuk pilihan ini."
        else:
            best = int(values.idxmax())
            ax.plot(
                values.index,
                values.to_numpy(),
                marker="o",
                markersize=4,
                linewidth=2,
                color=PLATFORM_COLOURS[platform],
                label=platform,
            )
            ax.axvline(best, color=PALETTE[1], linestyle="--", linewidth=1.5, label=f"jam tayang utama ({best:02d}.00)")
            ax.legend(fontsize=8, loc="upper left")
            supported = self.jam_didukung()
            for hour in supported:
                ax.axvspan(hour - 0.5, hour + 0.5, color=PALETTE[1], alpha=0.12, linewidth=0)
            self.keterangan.value = (
                f"Jam tayang utama {platform}{chosen} dalam data sintetis: "
                f"<b>pukul {best:02d}.00 WIB</b> (median ER per jangkauan "
                f"{format_persen(values.max(), 2)}), dari {len(self.pilihan())} unggahan. "
                "Makin sedikit unggahan, makin goyah mediannya.<br>"
                f"Jam yang didukung data (diarsir; median paling sedikit {round(JAM_RASIO_MIN * 100)}% dari jam "
                f"terbaik, dari paling sedikit {JAM_MIN_UNGGAHAN_KATA} unggahan): "
                f"<b>{', '.join(map(str, supported)) or 'belum ada'}</b>."
            )
        ax.relim()
        ax.autoscale_view()
        shown = chart_text(self.figure, format_y=persen_dua, format_x=pukul, dpi=80, tight=False)
        self.png, self.gambar.value = shown.png, shown.html()


def penjelajah_jam_tayang(data: pd.DataFrame, platform: str = "Instagram") -> PenjelajahJamTayang:
    """The session 01 prime-time tool for ``data``."""
    return PenjelajahJamTayang(data, platform)

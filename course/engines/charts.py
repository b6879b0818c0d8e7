"""Charts of the engagement tables (matplotlib, imported when a chart is drawn).

Every chart has an Indonesian title and axis labels, uses the Okabe-Ito palette,
and returns its Axes so tests can read what is drawn. A chart that draws its own figure
shows it through ``charts_text.tampilkan``: in a notebook, with a text alternative naming
its largest and smallest values (a chart drawn on a caller's ``ax`` is the caller's to show).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from course.engines.charts_text import tampilkan
from course.engines.engagement import format_persen
from course.engines.engagement_frames import LABELS, median_per, siapkan
from course.errors import InputError, describe_value
from course.vocabulary import PLATFORMS

# Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
PLATFORM_COLOURS = {
    "X": "#000000",
    "Instagram": "#CC79A7",
    "TikTok": "#009E73",
    "YouTube": "#D55E00",
    "Facebook": "#0072B2",
}


def _axes(ax: Any) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    # Fixed margins rather than a layout engine: each chart renders about twice as fast.
    fig, ax = plt.subplots(figsize=(7.5, 4))
    fig.subplots_adjust(left=0.1, right=0.98, top=0.9, bottom=0.2)
    return ax


def percent_axis(ax: Any, axis: str = "y") -> None:
    """Write the ticks of the y (or x) axis of ``ax`` as percentages, with ``format_persen``."""
    from matplotlib.ticker import FuncFormatter

    formatter = FuncFormatter(lambda value, _pos: format_persen(value, 1 if abs(value) < 10 else 0))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)


def persen_dua(value: float) -> str:
    """A rate in a chart's description: two decimals, e.g. ``3,14%``."""
    return format_persen(value, 2)


def pukul(hour: float) -> str:
    """An hour of the day in a chart's description: ``pukul 07.00``."""
    return f"pukul {int(hour):02d}.00"


def _colours(labels: list[str]) -> list[str]:
    """Platform bars in their platform colour; any other bars in one blue."""
    if all(label in PLATFORM_COLOURS for label in labels):
        return [PLATFORM_COLOURS[label] for label in labels]
    return [PALETTE[0]] * len(labels)


def grafik_batang(
    nilai: pd.Series,
    judul: str,
    label_y: str,
    label_x: str = "",
    ax: Any = None,
    persen: bool = True,
    sorot: object = None,
) -> Any:
    """Bar chart of a Series (one bar per index value); returns the Axes.

    ``sorot`` names one bar to highlight (the others turn grey-blue).
    """
    if not isinstance(nilai, pd.Series):
        raise InputError(
            f"grafik_batang memerlukan satu kolom angka (Series), bukan {describe_value(nilai)}.",
            'Contoh: median = data.groupby("platform")["er_jangkauan"].median()',
        )
    own_figure = ax is None
    ax = _axes(ax)
    labels = [str(i) for i in nilai.index]
    colours = _colours(labels)
    if sorot is not None:
        colours = [PALETTE[1] if label == str(sorot) else PALETTE[0] for label in labels]
    ax.bar(labels, nilai.to_numpy(dtype=float), color=colours, edgecolor="#333333", linewidth=0.5)
    ax.set_title(judul)
    ax.set_ylabel(label_y)
    ax.set_xlabel(label_x)
    if persen:
        percent_axis(ax)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    if len(labels) > 5:
        ax.tick_params(axis="x", labelrotation=30)
        if own_figure:
            ax.figure.subplots_adjust(bottom=0.28)
    if own_figure:
        tampilkan(ax, format_y=persen_dua if persen else None)
    return ax


def grafik_median(
    data: pd.DataFrame,
    kelompok: str,
    kolom: str = "er_jangkauan",
    ax: Any = None,
    judul: str | None = None,
    urutkan: bool = True,
    sorot: object = None,
) -> Any:
    """Bar chart of the median of ``kolom`` per value of ``kelompok``; returns the Axes.

    ``sorot`` names one bar to highlight in orange.
    """
    values = median_per(data, kelompok, kolom)
    if kelompok == "platform":
        values = values.reindex([p for p in PLATFORMS if p in values.index])
    elif urutkan and not isinstance(values.index, pd.CategoricalIndex):
        values = values.sort_values(ascending=False)
    label = LABELS.get(kolom, kolom)
    title = judul or f"Median {label.split(' (')[0]} per {LABELS.get(kelompok, kelompok).lower()} (data sintetis)"
    return grafik_batang(
        values,
        title,
        f"Median {label}",
        LABELS.get(kelompok, kelompok),
        ax=ax,
        persen=kolom.startswith("er_"),
        sorot=sorot,
    )


def grafik_per_jam(
    data: pd.DataFrame,
    kolom: str = "er_jangkauan",
    platform: str | Iterable[str] | None = None,
    ax: Any = None,
    judul: str | None = None,
) -> Any:
    """One line per platform: median ``kolom`` by posting hour; returns the Axes."""
    frame = data if "jam" in data.columns and kolom in data.columns else siapkan(data)
    if platform is not None:
        wanted = [platform] if isinstance(platform, str) else list(platform)
        frame = frame[frame["platform"].isin(wanted)]
    table = median_per(frame, ["platform", "jam"], kolom).unstack("platform")
    own_figure = ax is None
    ax = _axes(ax)
    for name in [p for p in PLATFORMS if p in table.columns]:
        series = table[name].dropna()
        ax.plot(
            series.index,
            series.to_numpy(),
            marker="o",
            markersize=3,
            label=name,
            color=PLATFORM_COLOURS[name],
            linewidth=1.8,
        )
    label = LABELS.get(kolom, kolom)
    ax.set_title(judul or f"Median {label.split(' (')[0]} menurut jam unggah (data sintetis)")
    ax.set_xlabel(LABELS["jam"])
    ax.set_ylabel(f"Median {label}")
    ax.set_xticks(range(6, 23, 2))
    if kolom.startswith("er_"):
        percent_axis(ax)
    ax.grid(alpha=0.3)
    # The legend sits below the axis, so it never hides a line.
    ax.legend(fontsize=8, ncol=len(table.columns), loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False)
    if own_figure:
        ax.figure.subplots_adjust(bottom=0.26)
        tampilkan(ax, format_y=persen_dua if kolom.startswith("er_") else None, format_x=pukul)
    return ax


def grafik_tingkat_pengikut(data: pd.DataFrame, platform: str, kolom: str = "er_pengikut", ax: Any = None) -> Any:
    """Median ER per follower tier for one platform; returns the Axes."""
    frame = data if "tingkat_pengikut" in data.columns and kolom in data.columns else siapkan(data)
    frame = frame[frame["platform"] == platform]
    values = median_per(frame, "tingkat_pengikut", kolom)
    label = LABELS.get(kolom, kolom)
    return grafik_batang(
        values,
        f"{platform}: median {label.split(' (')[0]} per kelompok pengikut (data sintetis)",
        f"Median {label}",
        LABELS["tingkat_pengikut"],
        ax=ax,
        persen=True,
    )


def gambar_png(figure: Any, dpi: int = 90) -> bytes:
    """The PNG bytes of a matplotlib Figure (what the widgets show)."""
    import io

    buffer = io.BytesIO()
    # Light compression: the PNG is shown once and thrown away, so speed beats size.
    figure.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()

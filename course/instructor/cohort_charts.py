"""The PNG charts of the cohort report (matplotlib, Agg backend).

Colours come from the colour-blind-safe Okabe–Ito palette, and series also differ by shape,
hatching or position, never by colour alone. Text from data (kabupaten, session and cell names)
is drawn literally: mathtext is off (``PLAIN_TEXT_RC``) and control characters are blanked.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from course.instructor.cohort_numbers import GAIN_CATEGORIES
from course.instructor.safe_output import PLAIN_TEXT_RC, drawable

OKABE_ITO = {
    "oranye": "#E69F00",
    "biru_langit": "#56B4E9",
    "hijau": "#009E73",
    "kuning": "#F0E442",
    "biru": "#0072B2",
    "merah": "#D55E00",
    "ungu": "#CC79A7",
    "abu": "#999999",
    "hitam": "#000000",
}
GAIN_STYLE = {
    "tinggi": (OKABE_ITO["biru"], "o"),
    "sedang": (OKABE_ITO["oranye"], "s"),
    "rendah": (OKABE_ITO["merah"], "^"),
    "tidak dihitung: Tes Awal sudah maksimal": (OKABE_ITO["abu"], "D"),
}


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "font.size": 10,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "figure.dpi": 100,
            "savefig.bbox": None,
            **PLAIN_TEXT_RC,
        }
    )
    return plt


def _save(fig, path: Path) -> str:
    fig.savefig(path, dpi=110)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return path.name


def chart_sessions(data: dict, path: Path) -> str:
    plt = _plt()
    graded = data["graded"]
    names = list(data["per_session"]["assignment"])
    fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(names) + 2), 4.2))
    series = [graded.loc[graded["assignment"] == n, "persen"].dropna().values for n in names]
    positions = range(1, len(names) + 1)
    if any(len(s) for s in series):
        ax.boxplot(
            [s if len(s) else [float("nan")] for s in series],
            positions=list(positions),
            widths=0.5,
            patch_artist=True,
            boxprops={"facecolor": OKABE_ITO["biru_langit"], "edgecolor": "black"},
            medianprops={"color": "black", "linewidth": 2},
            flierprops={"marker": "o", "markersize": 3},
        )
    for pos, s in zip(positions, series):
        ax.text(pos, 103, f"n={len(s)}", ha="center", va="bottom", fontsize=8)
    ax.set_xticks(list(positions), [drawable(n) for n in names], rotation=20, ha="right")
    ax.set_ylim(0, 112)
    ax.set_ylabel("Nilai (% dari maksimum)")
    ax.set_title("Sebaran nilai per sesi")
    ax.grid(axis="y", alpha=0.3)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.3)
    return _save(fig, path)


def chart_kabupaten(data: dict, path: Path) -> str:
    plt = _plt()
    kab = data["per_kabupaten"].dropna(subset=["mean"]).sort_values("mean")
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.32 * len(kab) + 1.2)))
    bars = ax.barh([drawable(k) for k in kab["kabupaten"]], kab["mean"], color=OKABE_ITO["biru"])
    for bar, (_, row) in zip(bars, kab.iterrows()):
        ax.text(
            bar.get_width() + 1,
            bar.get_y() + bar.get_height() / 2,
            f"{row['mean']:.0f}% (n={int(row['count'])})".replace(".", ","),
            va="center",
            fontsize=8,
        )
    ax.set_xlim(0, 115)
    ax.set_xlabel("Rata-rata nilai peserta (% dari maksimum, semua sesi yang dinilai)")
    ax.set_title("Nilai rata-rata per kabupaten")
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.33, right=0.97, top=1 - 0.45 / height, bottom=0.6 / height)
    return _save(fig, path)


def chart_difficulty(data: dict, path: Path) -> str:
    """One panel per session, one bar per graded cell; hard cells (p < 0.3) are also hatched."""
    plt = _plt()
    diff = data["difficulty"]
    sessions = list(dict.fromkeys(diff["assignment"]))
    rows = [int((diff["assignment"] == s).sum()) for s in sessions] or [1]
    height = 0.19 * sum(rows) + 0.75 * len(rows) + 1.0
    fig, axes = plt.subplots(len(rows), 1, figsize=(8, height), squeeze=False, gridspec_kw={"height_ratios": rows})
    for ax, session in zip(axes[:, 0], sessions):
        part = diff[diff["assignment"] == session].iloc[::-1]
        p = part["p"].fillna(0).to_numpy()
        colours = [OKABE_ITO["merah"] if v < 0.3 else OKABE_ITO["oranye"] if v <= 0.7 else OKABE_ITO["biru"] for v in p]
        ax.barh(range(len(p)), p, color=colours, hatch=None, height=0.75)
        hard = [i for i, v in enumerate(p) if v < 0.3]
        if hard:
            ax.barh(hard, p[hard], color="none", edgecolor="white", hatch="//", height=0.75, linewidth=0)
        ax.set_yticks(range(len(p)), [drawable(c) for c in part["cell"]], fontsize=7)
        ax.set_xlim(0, 1)
        ax.set_title(f"{drawable(session)}: proporsi poin yang diperoleh per sel", fontsize=9, loc="left")
        ax.axvline(0.3, color="grey", linewidth=0.8, linestyle=":")
        ax.axvline(0.7, color="grey", linewidth=0.8, linestyle=":")
    axes[-1, 0].set_xlabel("Tingkat kesukaran p (0 = tidak ada yang benar, 1 = semua benar); arsir = p < 0,3")
    fig.subplots_adjust(left=0.26, right=0.97, top=1 - 0.5 / height, bottom=0.7 / height, hspace=0.9 / len(rows) * 3)
    return _save(fig, path)


def chart_completion(data: dict, path: Path) -> str:
    plt = _plt()
    comp = data["completion"]
    fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(comp) + 2), 4))
    x = range(len(comp))
    bottom = [0] * len(comp)
    for column, label, colour, hatch in (
        ("dinilai", "dinilai", OKABE_ITO["biru"], ""),
        ("gagal", "gagal dinilai / belum selesai", OKABE_ITO["merah"], "//"),
        ("tidak_mengumpulkan", "tidak mengumpulkan", OKABE_ITO["abu"], ".."),
    ):
        values = list(comp[column]) if len(comp) else []
        ax.bar(x, values, bottom=bottom, color=colour, label=label, hatch=hatch, edgecolor="white")
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_xticks(list(x), [drawable(n) for n in comp["assignment"]], rotation=20, ha="right")
    ax.set_ylabel("Jumlah peserta")
    ax.set_title("Penyelesaian per sesi")
    ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.32), ncol=3)
    fig.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.36)
    return _save(fig, path)


def chart_gain_people(g: dict, path: Path) -> str:
    plt = _plt()
    people = g["participants"]
    fig, ax = plt.subplots(figsize=(5.8, 5.4))
    ax.plot([0, 100], [0, 100], color="grey", linewidth=0.8, linestyle="--", label="tidak berubah")
    for category in GAIN_CATEGORIES:
        part = people[people["kategori"] == category]
        if len(part):
            colour, marker = GAIN_STYLE[category]
            ax.scatter(
                100 * part["pre"],
                100 * part["post"],
                c=colour,
                marker=marker,
                s=28,
                alpha=0.8,
                edgecolors="black",
                linewidths=0.3,
                label=f"{category} (n={len(part)})",
            )
    ax.set_xlim(-3, 103)
    ax.set_ylim(-3, 103)
    ax.set_xlabel("Tes Awal (% benar)")
    ax.set_ylabel("Tes Akhir (% benar)")
    ax.set_title("Tes Awal dan Tes Akhir per peserta (gain Hake)")
    ax.legend(frameon=False, fontsize=8, loc="lower right")
    fig.subplots_adjust(left=0.13, right=0.97, top=0.92, bottom=0.1)
    return _save(fig, path)


def chart_gain_items(g: dict, path: Path) -> str:
    plt = _plt()
    items = g["items"].sort_values("butir", ascending=False)
    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.32 * len(items) + 1.2)))
    y = range(len(items))
    labels = [f"Soal {int(b)}" for b in items["butir"]]
    for yi, (_, row) in zip(y, items.iterrows()):
        ax.plot([100 * row["pre"], 100 * row["post"]], [yi, yi], color="grey", linewidth=1.2, zorder=1)
        text = "maks. di Tes Awal" if row["g"] is None or pd.isna(row["g"]) else f"g={row['g']:.2f}".replace(".", ",")
        ax.text(101, yi, text, va="center", fontsize=7)
    ax.scatter(100 * items["pre"], list(y), color=OKABE_ITO["oranye"], marker="o", s=30, label="Tes Awal", zorder=2)
    ax.scatter(100 * items["post"], list(y), color=OKABE_ITO["biru"], marker="s", s=30, label="Tes Akhir", zorder=3)
    ax.set_yticks(list(y), labels, fontsize=8)
    ax.set_xlim(0, 122)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xlabel("Peserta yang menjawab benar (%)")
    ax.set_title("Tes Awal → Tes Akhir per butir soal", pad=22)
    ax.legend(frameon=False, fontsize=8, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2)
    height = fig.get_figheight()
    fig.subplots_adjust(left=0.14, right=0.97, top=1 - 0.8 / height, bottom=0.6 / height)
    return _save(fig, path)

"""Engagement arithmetic for humas accounts.

Engagements are likes/reactions + comments + shares + saves (Hootsuite 2024; see
``../shared/domain/brief.md`` section 5.1). An engagement rate divides them by a
denominator, and the denominator changes the answer:

* by reach: engagements / unique accounts reached x 100 (response of those who saw it);
* by followers: engagements / followers x 100 (Rival IQ's per-post method);
* by impressions: engagements / impressions x 100 (counts repeat views).

Worked example from the brief (apparate.com.au): 1,500 engagements on 50,000
reach is 3 %, but on 10,000 followers it is 15 %.
"""

from __future__ import annotations

from course.errors import InputError, expect_number

DENOMINATORS = {
    "jangkauan": "jangkauan (reach)",
    "pengikut": "jumlah pengikut (followers)",
    "impresi": "impresi (impressions)",
}


def total_engagement(suka, komentar, bagikan, simpan=0) -> float:
    """Likes + comments + shares + saves, each a non-negative number."""
    parts = {"suka": suka, "komentar": komentar, "bagikan": bagikan, "simpan": simpan}
    total = 0.0
    for name, value in parts.items():
        number = expect_number(value, f"jumlah {name}")
        if number < 0:
            raise InputError(f"jumlah {name} tidak boleh negatif (tertulis {value}).",
                             "Periksa lagi angka dari dasbor media sosial Anda.")
        total += number
    return total


def engagement_rate(engagements, denominator, per: str = "jangkauan") -> float:
    """Engagement rate in percent: ``engagements / denominator * 100``.

    ``per`` names the denominator (``jangkauan``, ``pengikut`` or ``impresi``) so
    the error message can say which number is wrong.
    """
    label = DENOMINATORS.get(per, per)
    total = expect_number(engagements, "jumlah interaksi")
    base = expect_number(denominator, label)
    if total < 0:
        raise InputError("jumlah interaksi tidak boleh negatif.", "Periksa lagi penjumlahan suka, komentar, dan bagikan.")
    if base <= 0:
        raise InputError(f"{label} harus lebih dari 0 (tertulis {denominator}).",
                         f"Angka {label} dipakai sebagai penyebut, jadi tidak boleh 0 atau negatif.")
    return total / base * 100.0


# ---------------------------------------------------------------------------
# Tables of posts: engagement rates, robust comparisons, follower tiers.
#
# The functions below take a pandas DataFrame of posts with the columns of
# ``course.engines.synthetic_data`` (``suka``, ``komentar``, ``bagikan``, ``simpan``,
# ``jangkauan``, ``pengikut``, ``impresi``, ``platform``, ``waktu_wib`` ...).
# They never change the table they are given; they return new objects.

import difflib  # noqa: E402
from dataclasses import dataclass  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from course.errors import EmptyInput, describe_value  # noqa: E402

INTERACTION_COLUMNS = ("suka", "komentar", "bagikan", "simpan")
# Column that holds the ER for each denominator.
ER_COLUMNS = {"jangkauan": "er_jangkauan", "pengikut": "er_pengikut", "impresi": "er_impresi"}

# Readable Indonesian labels for columns used in charts and tables.
LABELS = {
    "er_jangkauan": "ER per jangkauan (%)",
    "er_pengikut": "ER per pengikut (%)",
    "er_impresi": "ER per impresi (%)",
    "interaksi": "Interaksi (suka + komentar + bagikan + simpan)",
    "jangkauan": "Jangkauan (akun)",
    "pengikut": "Pengikut",
    "impresi": "Impresi",
    "suka": "Suka",
    "komentar": "Komentar",
    "bagikan": "Bagikan",
    "simpan": "Simpan",
    "platform": "Platform",
    "format": "Format",
    "pilar": "Pilar konten",
    "jam": "Jam unggah (WIB)",
    "hari": "Hari",
    "tingkat_pengikut": "Kelompok jumlah pengikut",
    "kabupaten": "Kabupaten",
    "kontes": "Lomba atau kuis berhadiah",
    "tagar_tren": "Memakai tagar tren",
}

# Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
PLATFORM_COLOURS = {"X": "#000000", "Instagram": "#CC79A7", "TikTok": "#009E73", "YouTube": "#D55E00",
                    "Facebook": "#0072B2"}
PLATFORM_ORDER = ("X", "Instagram", "TikTok", "YouTube", "Facebook")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Follower tiers: ER must be compared among accounts of similar size (Arman & Sidik 2019).
TIER_EDGES = (0, 10_000, 50_000, 100_000, float("inf"))
TIERS = ("< 10 rb", "10–50 rb", "50–100 rb", "≥ 100 rb")


def format_angka(value, desimal: int = 0) -> str:
    """A number the Indonesian way: 12.345 or 3,14 (dot for thousands, comma for decimals)."""
    text = f"{value:,.{desimal}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def format_persen(value, desimal: int = 1) -> str:
    """A percentage the Indonesian way, e.g. ``3,1%`` (EYD: no space before %)."""
    return format_angka(value, desimal) + "%"


def expect_frame(value, name: str = "data") -> pd.DataFrame:
    """Return ``value`` if it is a DataFrame, else raise a friendly ``InputError``."""
    if value is None:
        raise EmptyInput(f"{name} masih kosong (None).",
                         f"Simpan hasilnya dengan baris yang diawali `{name} = ...`, jalankan sel itu, "
                         "lalu jalankan sel ini lagi.")
    if isinstance(value, pd.Series):
        raise InputError(f"{name} berupa satu kolom (Series), padahal yang diperlukan tabel utuh (DataFrame).",
                         "Simpan seluruh tabelnya, bukan satu kolomnya saja.")
    if not isinstance(value, pd.DataFrame):
        raise InputError(f"{name} harus berupa tabel (DataFrame), tetapi yang diberikan adalah "
                         f"{describe_value(value)}.", "Periksa lagi baris yang mengisi variabel itu.")
    return value


def expect_columns(frame: pd.DataFrame, columns, name: str = "data") -> None:
    """Raise ``InputError`` naming the first missing column and the closest existing one."""
    present = [str(c) for c in frame.columns]
    for column in columns:
        if column in frame.columns and frame[column].isna().all() and len(frame):
            raise EmptyInput(f"kolom \"{column}\" pada {name} masih kosong.",
                             f"Ganti None dengan perhitungannya dan simpan ke kolom itu: "
                             f"{name}[\"{column}\"] = ...")
        if column not in frame.columns:
            close = difflib.get_close_matches(column, present, n=1, cutoff=0.6)
            hint = (f"Ada kolom \"{close[0]}\"; apakah itu maksudnya? Nama kolom harus persis \"{column}\"."
                    if close else f"Tambahkan kolom \"{column}\" seperti pada contoh di atas; "
                                  f"tampilkan nama kolom yang ada dengan {name}.columns.")
            raise InputError(f"{name} belum punya kolom \"{column}\".", hint)


def hitung_interaksi(data: pd.DataFrame) -> pd.Series:
    """Per post: likes + comments + shares + saves (a missing value stays missing)."""
    frame = expect_frame(data)
    expect_columns(frame, INTERACTION_COLUMNS)
    return frame["suka"] + frame["komentar"] + frame["bagikan"] + frame["simpan"]


def tambah_er(data: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``data`` with ``interaksi`` and the three ER columns (in percent).

    ``er_jangkauan`` = interaksi / jangkauan x 100, ``er_pengikut`` = interaksi /
    pengikut x 100, ``er_impresi`` = interaksi / impresi x 100.
    """
    frame = expect_frame(data).copy()
    frame["interaksi"] = hitung_interaksi(frame)
    for base, column in ER_COLUMNS.items():
        expect_columns(frame, [base])
        frame[column] = frame["interaksi"] / frame[base].where(frame[base] > 0) * 100.0
    return frame


def tambah_waktu(data: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``data`` with ``jam`` (0-23) and ``hari`` (Senin ... Minggu) from ``waktu_wib``."""
    frame = expect_frame(data).copy()
    expect_columns(frame, ["waktu_wib"])
    stamps = frame["waktu_wib"]
    if not pd.api.types.is_datetime64_any_dtype(stamps):
        raise InputError("kolom waktu_wib belum dibaca sebagai tanggal dan jam.",
                         "Muat data dengan pd.read_csv(..., parse_dates=[\"waktu_wib\"]).")
    frame["jam"] = stamps.dt.hour
    frame["hari"] = pd.Categorical(stamps.dt.day_of_week.map(dict(enumerate(HARI))), categories=HARI, ordered=True)
    return frame


def tingkat_pengikut(pengikut) -> pd.Series:
    """Follower tier of each value: "< 10 rb", "10–50 rb", "50–100 rb" or "≥ 100 rb"."""
    values = pengikut if isinstance(pengikut, pd.Series) else pd.Series(pengikut)
    return pd.cut(values, bins=list(TIER_EDGES), labels=list(TIERS), right=False)


def siapkan(data: pd.DataFrame) -> pd.DataFrame:
    """ER columns, hour, day and follower tier in one go (a copy)."""
    frame = tambah_waktu(tambah_er(data))
    frame["tingkat_pengikut"] = tingkat_pengikut(frame["pengikut"])
    return frame


def _er_column(per: str) -> str:
    if per in ER_COLUMNS.values():
        return per
    if per not in ER_COLUMNS:
        listed = ", ".join(f"\"{k}\"" for k in ER_COLUMNS)
        raise InputError(f"penyebut \"{per}\" tidak dikenal.", f"Pilih salah satu dari: {listed}.")
    return ER_COLUMNS[per]


def ringkas_per(data: pd.DataFrame, kelompok, kolom: str = "er_jangkauan") -> pd.DataFrame:
    """Robust summary per group: median, quartiles and number of posts.

    ``kelompok`` is a column name or a list of them. Medians, not means: one viral
    post moves a mean a lot and a median hardly at all.
    """
    frame = expect_frame(data)
    groups = [kelompok] if isinstance(kelompok, str) else list(kelompok)
    expect_columns(frame, [*groups, kolom])
    grouped = frame.groupby(groups, observed=True)[kolom]
    table = pd.DataFrame({"median": grouped.median(), "kuartil_1": grouped.quantile(0.25),
                          "kuartil_3": grouped.quantile(0.75), "jumlah_unggahan": grouped.count()})
    return table


def median_per(data: pd.DataFrame, kelompok, kolom: str = "er_jangkauan") -> pd.Series:
    """Median of ``kolom`` per group (a Series), as ``data.groupby(kelompok)[kolom].median()``."""
    return ringkas_per(data, kelompok, kolom)["median"]


def terbaik_per(data: pd.DataFrame, kelompok: str, pilihan: str, kolom: str = "er_jangkauan",
                min_unggahan: int = 1) -> pd.Series:
    """For each value of ``kelompok``, the value of ``pilihan`` with the highest median ``kolom``.

    Example: ``terbaik_per(data, "platform", "format")`` gives each platform's best
    format. Groups with fewer than ``min_unggahan`` posts are left out.
    """
    table = ringkas_per(data, [kelompok, pilihan], kolom)
    table = table[table["jumlah_unggahan"] >= min_unggahan]
    best = table["median"].unstack(pilihan).idxmax(axis=1)
    return best


def jam_terbaik(data: pd.DataFrame, kolom: str = "er_jangkauan", min_unggahan: int = 1) -> dict:
    """Prime hour per platform: the hour (WIB) with the highest median ``kolom``."""
    frame = data if "jam" in data.columns and kolom in data.columns else siapkan(data)
    best = terbaik_per(frame, "platform", "jam", kolom, min_unggahan)
    return {platform: int(best[platform]) for platform in PLATFORM_ORDER if platform in best.index}


@dataclass(frozen=True)
class Perbandingan:
    """Median of a column in two groups, their ratio and a bootstrap 95% interval for it."""

    kolom: str
    kelompok: str
    median_ya: float
    median_tidak: float
    n_ya: int
    n_tidak: int
    rasio: float
    bawah: float
    atas: float

    def __str__(self) -> str:
        label = LABELS.get(self.kelompok, self.kelompok)
        return (f"{label}: median {self.kolom} {format_angka(self.median_ya, 2)} ({self.n_ya} unggahan) "
                f"dibanding {format_angka(self.median_tidak, 2)} ({self.n_tidak} unggahan), "
                f"rasio {format_angka(self.rasio, 2)} kali; selang 95%: "
                f"{format_angka(self.bawah, 2)}–{format_angka(self.atas, 2)} kali.")

    def _repr_markdown_(self) -> str:
        return str(self)


def _bootstrap_medians(rng: np.random.Generator, values: np.ndarray, size: int) -> np.ndarray:
    """Medians of ``size`` resamples (with replacement) of ``values``.

    Resampling positions in the sorted values and taking the middle order
    statistic(s) of the positions gives exactly the resample's median, with a
    partition over small integers instead of a full median over floats.
    """
    ordered = np.sort(values)
    n = len(ordered)
    picks = rng.integers(0, n, size=(size, n), dtype=np.int32)
    middle = n // 2
    if n % 2:
        return ordered[np.partition(picks, middle, axis=1)[:, middle]]
    part = np.partition(picks, [middle - 1, middle], axis=1)
    return (ordered[part[:, middle - 1]] + ordered[part[:, middle]]) / 2


def bandingkan(data: pd.DataFrame, kelompok: str, kolom: str, n_ulang: int = 1000, seed: int = 0) -> Perbandingan:
    """Compare the median of ``kolom`` between posts where ``kelompok`` is True and False.

    The ratio of medians comes with a 95% percentile bootstrap interval (resampling
    posts within each group, ``n_ulang`` times, seeded): if the interval excludes 1,
    the difference is unlikely to be chance alone. It is still a correlation, not a
    proof of cause: the two groups may differ in other ways (platform, format ...).
    """
    frame = expect_frame(data)
    expect_columns(frame, [kelompok, kolom])
    flag = frame[kelompok].astype(bool).to_numpy()
    values = frame[kolom].to_numpy(dtype=float)
    keep = ~np.isnan(values)
    yes, no = values[flag & keep], values[~flag & keep]
    if len(yes) < 2 or len(no) < 2:
        raise InputError(f"kelompok \"{kelompok}\" terlalu kecil untuk dibandingkan.",
                         "Setiap kelompok perlu paling sedikit dua unggahan.")
    rng = np.random.default_rng(seed)
    ratios = np.empty(n_ulang)
    chunk = 100
    for start in range(0, n_ulang, chunk):
        size = min(chunk, n_ulang - start)
        med_yes = _bootstrap_medians(rng, yes, size)
        med_no = _bootstrap_medians(rng, no, size)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratios[start:start + size] = med_yes / med_no
    m_yes, m_no = float(np.median(yes)), float(np.median(no))
    low, high = np.nanpercentile(ratios, [2.5, 97.5])
    return Perbandingan(kolom, kelompok, m_yes, m_no, len(yes), len(no),
                        m_yes / m_no if m_no else float("nan"), float(low), float(high))


# ---------------------------------------------------------------------------
# Charts (matplotlib). Every chart has an Indonesian title and axis labels, uses
# the Okabe-Ito palette, and returns its Axes so tests can read what is drawn.

def _axes(ax):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    # Fixed margins rather than a layout engine: each chart renders about twice as fast.
    fig, ax = plt.subplots(figsize=(7.5, 4))
    fig.subplots_adjust(left=0.1, right=0.98, top=0.9, bottom=0.2)
    return ax


def _percent_axis(ax, axis: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    formatter = FuncFormatter(lambda value, _pos: format_persen(value, 1 if abs(value) < 10 else 0))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)


def _colours(labels) -> list[str]:
    """Platform bars in their platform colour; any other bars in one blue."""
    if all(label in PLATFORM_COLOURS for label in labels):
        return [PLATFORM_COLOURS[label] for label in labels]
    return [PALETTE[0]] * len(labels)


def grafik_batang(nilai: pd.Series, judul: str, label_y: str, label_x: str = "", ax=None,
                  persen: bool = True, sorot=None):
    """Bar chart of a Series (one bar per index value); returns the Axes.

    ``sorot`` names one bar to highlight (the others turn grey-blue).
    """
    if not isinstance(nilai, pd.Series):
        raise InputError(f"grafik_batang memerlukan satu kolom angka (Series), bukan {describe_value(nilai)}.",
                         "Contoh: median = data.groupby(\"platform\")[\"er_jangkauan\"].median()")
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
        _percent_axis(ax)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    if len(labels) > 5:
        ax.tick_params(axis="x", labelrotation=30)
        if own_figure:
            ax.figure.subplots_adjust(bottom=0.28)
    return ax


def grafik_median(data: pd.DataFrame, kelompok: str, kolom: str = "er_jangkauan", ax=None,
                  judul: str | None = None, urutkan: bool = True, sorot=None):
    """Bar chart of the median of ``kolom`` per value of ``kelompok``; returns the Axes.

    ``sorot`` names one bar to highlight in orange.
    """
    values = median_per(data, kelompok, kolom)
    if kelompok == "platform":
        values = values.reindex([p for p in PLATFORM_ORDER if p in values.index])
    elif urutkan and not isinstance(values.index, pd.CategoricalIndex):
        values = values.sort_values(ascending=False)
    label = LABELS.get(kolom, kolom)
    title = judul or f"Median {label.split(' (')[0]} per {LABELS.get(kelompok, kelompok).lower()} (data sintetis)"
    return grafik_batang(values, title, f"Median {label}", LABELS.get(kelompok, kelompok), ax=ax,
                         persen=kolom.startswith("er_"), sorot=sorot)


def grafik_per_jam(data: pd.DataFrame, kolom: str = "er_jangkauan", platform=None, ax=None,
                   judul: str | None = None):
    """One line per platform: median ``kolom`` by posting hour; returns the Axes."""
    frame = data if "jam" in data.columns and kolom in data.columns else siapkan(data)
    if platform is not None:
        wanted = [platform] if isinstance(platform, str) else list(platform)
        frame = frame[frame["platform"].isin(wanted)]
    table = median_per(frame, ["platform", "jam"], kolom).unstack("platform")
    own_figure = ax is None
    ax = _axes(ax)
    for name in [p for p in PLATFORM_ORDER if p in table.columns]:
        series = table[name].dropna()
        ax.plot(series.index, series.to_numpy(), marker="o", markersize=3, label=name,
                color=PLATFORM_COLOURS[name], linewidth=1.8)
    label = LABELS.get(kolom, kolom)
    ax.set_title(judul or f"Median {label.split(' (')[0]} menurut jam unggah (data sintetis)")
    ax.set_xlabel(LABELS["jam"])
    ax.set_ylabel(f"Median {label}")
    ax.set_xticks(range(6, 23, 2))
    if kolom.startswith("er_"):
        _percent_axis(ax)
    ax.grid(alpha=0.3)
    # The legend sits below the axis, so it never hides a line.
    ax.legend(fontsize=8, ncol=len(table.columns), loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False)
    if own_figure:
        ax.figure.subplots_adjust(bottom=0.26)
    return ax


def grafik_tingkat_pengikut(data: pd.DataFrame, platform: str, kolom: str = "er_pengikut", ax=None):
    """Median ER per follower tier for one platform; returns the Axes."""
    frame = data if "tingkat_pengikut" in data.columns and kolom in data.columns else siapkan(data)
    frame = frame[frame["platform"] == platform]
    values = median_per(frame, "tingkat_pengikut", kolom)
    label = LABELS.get(kolom, kolom)
    return grafik_batang(values, f"{platform}: median {label.split(' (')[0]} per kelompok pengikut (data sintetis)",
                         f"Median {label}", LABELS["tingkat_pengikut"], ax=ax, persen=True)


def gambar_png(figure, dpi: int = 90) -> bytes:
    """The PNG bytes of a matplotlib Figure (what the widgets show)."""
    import io

    buffer = io.BytesIO()
    # Light compression: the PNG is shown once and thrown away, so speed beats size.
    figure.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()

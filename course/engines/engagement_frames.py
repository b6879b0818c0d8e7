"""Tables of posts: loading and cleaning, engagement rates, robust comparisons, follower tiers, prime hours.

``muat_data`` and ``bersihkan`` are the session 02 helpers participants call (Indonesian help at the end of
their docstrings); the friendly tables they read are in ``course.engines.engagement_tables``.
The functions take a pandas DataFrame of posts with the columns of
``course.engines.synthetic_data`` (``suka``, ``komentar``, ``bagikan``, ``simpan``,
``jangkauan``, ``pengikut``, ``impresi``, ``platform``, ``waktu_wib`` ...).
They never change the table they are given; they return new objects. The
definitions of engagement and its rates are in ``course.engines.engagement``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from course.engines.engagement import format_angka
from course.errors import EmptyInput, InputError, describe_value, expect_columns, expect_frame
from course.vocabulary import HARI, PLATFORMS

INTERACTION_COLUMNS = ("suka", "komentar", "bagikan", "simpan")
# Columns a posts table must have for the analysis of session 02.
ANALYSIS_COLUMNS = (
    "id_unggahan",
    "kabupaten",
    "platform",
    "waktu_wib",
    "format",
    "pengikut",
    "jangkauan",
    "impresi",
    *INTERACTION_COLUMNS,
)
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
    "jangkauan_per_pengikut": "Jangkauan per pengikut",
}


# Follower tiers: ER must be compared among accounts of similar size (Arman & Sidik 2019).
TIER_EDGES = (0, 10_000, 50_000, 100_000, float("inf"))
TIERS = ("< 10 rb", "10–50 rb", "50–100 rb", "≥ 100 rb")


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
        raise InputError(
            "kolom waktu_wib belum dibaca sebagai tanggal dan jam.",
            'Muat data dengan pd.read_csv(..., parse_dates=["waktu_wib"]).',
        )
    frame["jam"] = stamps.dt.hour
    frame["hari"] = pd.Categorical(stamps.dt.day_of_week.map(dict(enumerate(HARI))), categories=HARI, ordered=True)
    return frame


def tingkat_pengikut(pengikut: pd.Series | Iterable[float]) -> pd.Series:
    """Follower tier of each value: "< 10 rb", "10–50 rb", "50–100 rb" or "≥ 100 rb"."""
    values = pengikut if isinstance(pengikut, pd.Series) else pd.Series(pengikut)
    return pd.cut(values, bins=list(TIER_EDGES), labels=list(TIERS), right=False)


def siapkan(data: pd.DataFrame) -> pd.DataFrame:
    """ER columns, hour, day and follower tier in one go (a copy)."""
    frame = tambah_waktu(tambah_er(data))
    frame["tingkat_pengikut"] = tingkat_pengikut(frame["pengikut"])
    return frame


def muat_data(berkas: Any = "unggahan_pemkab_sintetis.csv") -> pd.DataFrame:
    """The posts CSV at ``berkas`` (beside the notebook) with ``waktu_wib`` as dates; ``InputError`` on any problem.

    Indonesia: memuat berkas CSV unggahan yang satu folder dengan notebook.
    Contoh: ``data = muat_data()`` atau ``data = muat_data("nama_berkas.csv")``.
    """
    if not isinstance(berkas, (str, Path)) or not str(berkas).strip():
        raise InputError(
            f"nama berkas harus berupa teks, bukan {describe_value(berkas)}.",
            'Tulis nama berkasnya di antara tanda petik, misalnya "unggahan_pemkab_sintetis.csv".',
        )
    path = Path(berkas)
    if not path.is_file():
        raise InputError(
            f"berkas {path.name} tidak ditemukan di folder notebook ini.",
            "Periksa ejaan nama berkas; berkasnya harus satu folder dengan notebook.",
        )
    try:
        frame = pd.read_csv(path)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(
            f"berkas {path.name} tidak dapat dibaca sebagai tabel CSV.",
            'Simpan ulang dari Excel sebagai "CSV UTF-8 (Comma delimited)".',
        ) from exc
    expect_columns(frame, ANALYSIS_COLUMNS, "berkas")
    stamps = pd.to_datetime(frame["waktu_wib"], errors="coerce", format="ISO8601")
    if stamps.isna().any():
        raise InputError(
            f"ada {int(stamps.isna().sum())} baris yang waktu_wib-nya bukan tanggal dan jam.",
            "Tulis waktu seperti 2024-01-05 07:10 di berkas itu.",
        )
    frame["waktu_wib"] = stamps
    return frame


def required_columns(value: Any, frame: pd.DataFrame, name: str = "kolom_wajib") -> list[str]:
    """The list of column names ``value``, each a column of ``frame``; ``InputError`` otherwise."""
    example = '["jangkauan"]'
    if value is None or (isinstance(value, (list, tuple)) and not value):
        raise EmptyInput(f"{name} masih kosong.", f"Tulis daftar nama kolom di dalam kurung siku, misalnya {example}.")
    if not isinstance(value, (list, tuple)):
        raise InputError(
            f"{name} harus berupa daftar (list), bukan {describe_value(value)}.",
            f"Tulis nama kolom di dalam kurung siku, misalnya {example}.",
        )
    columns = []
    for position, item in enumerate(value, start=1):
        if not isinstance(item, str) or not item.strip():
            raise InputError(
                f"butir ke-{position} pada {name} berupa {describe_value(item)}, bukan nama kolom.",
                "Tulis setiap nama kolom di antara tanda petik.",
            )
        columns.append(item.strip())
    expect_columns(frame, columns, "data")
    return columns


def bersihkan(data: Any, kolom_wajib: Any) -> pd.DataFrame:
    """A new table: duplicate rows dropped, then rows with an empty value in any of ``kolom_wajib``;
    with the ER columns, hour, day, follower tier and reach per follower added.

    Indonesia: membuang baris kembar dan baris yang kosong di salah satu ``kolom_wajib``, lalu
    menambahkan kolom interaksi, ER per jangkauan/pengikut/impresi, jam, hari, dan kelompok pengikut.
    Contoh: ``bersih = bersihkan(data, ["jangkauan"])``.
    """
    frame = expect_frame(data, "data")
    columns = required_columns(kolom_wajib, frame)
    expect_columns(frame, ANALYSIS_COLUMNS, "data")
    ready = siapkan(frame.drop_duplicates().dropna(subset=columns))
    ready["jangkauan_per_pengikut"] = ready["jangkauan"] / ready["pengikut"].where(ready["pengikut"] > 0)
    return ready


def _er_column(per: str) -> str:
    if per in ER_COLUMNS.values():
        return per
    if per not in ER_COLUMNS:
        listed = ", ".join(f'"{k}"' for k in ER_COLUMNS)
        raise InputError(f'penyebut "{per}" tidak dikenal.', f"Pilih salah satu dari: {listed}.")
    return ER_COLUMNS[per]


def ringkas_per(data: pd.DataFrame, kelompok: str | Sequence[str], kolom: str = "er_jangkauan") -> pd.DataFrame:
    """Robust summary per group: median, quartiles and number of posts.

    ``kelompok`` is a column name or a list of them. Medians, not means: one viral
    post moves a mean a lot and a median hardly at all.
    """
    frame = expect_frame(data)
    groups = [kelompok] if isinstance(kelompok, str) else list(kelompok)
    expect_columns(frame, [*groups, kolom])
    grouped = frame.groupby(groups, observed=True)[kolom]
    table = pd.DataFrame(
        {
            "median": grouped.median(),
            "kuartil_1": grouped.quantile(0.25),
            "kuartil_3": grouped.quantile(0.75),
            "jumlah_unggahan": grouped.count(),
        }
    )
    return table


def median_per(data: pd.DataFrame, kelompok: str | Sequence[str], kolom: str = "er_jangkauan") -> pd.Series:
    """Median of ``kolom`` per group (a Series), as ``data.groupby(kelompok)[kolom].median()``."""
    return ringkas_per(data, kelompok, kolom)["median"]


def terbaik_per(
    data: pd.DataFrame, kelompok: str, pilihan: str, kolom: str = "er_jangkauan", min_unggahan: int = 1
) -> pd.Series:
    """For each value of ``kelompok``, the value of ``pilihan`` with the highest median ``kolom``.

    Example: ``terbaik_per(data, "platform", "format")`` gives each platform's best
    format. Groups with fewer than ``min_unggahan`` posts are left out.
    """
    table = ringkas_per(data, [kelompok, pilihan], kolom)
    table = table[table["jumlah_unggahan"] >= min_unggahan]
    best = table["median"].unstack(pilihan).idxmax(axis=1)
    return best


def jam_terbaik(data: pd.DataFrame, kolom: str = "er_jangkauan", min_unggahan: int = 1) -> dict[str, int]:
    """Prime hour per platform: the hour (WIB) with the highest median ``kolom``."""
    frame = data if "jam" in data.columns and kolom in data.columns else siapkan(data)
    best = terbaik_per(frame, "platform", "jam", kolom, min_unggahan)
    return {platform: int(best[platform]) for platform in PLATFORMS if platform in best.index}


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
        column = LABELS.get(self.kolom, self.kolom).split(" (")[0]
        column = column if column[:2].isupper() else column.lower()
        return (
            f"{label}: median {column} {format_angka(self.median_ya, 2)} ({self.n_ya} unggahan) "
            f"dibanding {format_angka(self.median_tidak, 2)} ({self.n_tidak} unggahan), "
            f"rasio {format_angka(self.rasio, 2)} kali; selang 95%: "
            f"{format_angka(self.bawah, 2)}–{format_angka(self.atas, 2)} kali."
        )

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
        raise InputError(
            f'kelompok "{kelompok}" terlalu kecil untuk dibandingkan.',
            "Setiap kelompok perlu paling sedikit dua unggahan.",
        )
    rng = np.random.default_rng(seed)
    ratios = np.empty(n_ulang)
    chunk = 100
    for start in range(0, n_ulang, chunk):
        size = min(chunk, n_ulang - start)
        med_yes = _bootstrap_medians(rng, yes, size)
        med_no = _bootstrap_medians(rng, no, size)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratios[start : start + size] = med_yes / med_no
    m_yes, m_no = float(np.median(yes)), float(np.median(no))
    low, high = np.nanpercentile(ratios, [2.5, 97.5])
    return Perbandingan(
        kolom, kelompok, m_yes, m_no, len(yes), len(no), m_yes / m_no if m_no else float("nan"), float(low), float(high)
    )

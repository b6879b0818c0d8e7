"""Session 02 (analisis engagement): the checks of the ten code exercises.

Every check recomputes the expected value from the shipped data set through
``course.engines.synthetic_data`` and ``course.engines.engagement``, so no answer is typed in a
notebook cell and a participant cannot pass by typing a number. The messages
name the usual mistakes (``None`` left in place, a number typed as text, a
misspelt column, a result computed but not assigned, mean instead of median,
the wrong denominator) without giving the answer away.

Exercises, easiest first: ``engagement_1`` load the CSV; ``_2`` count
duplicates; ``_3`` clean; ``_4`` interactions; ``_5`` ER three ways; ``_6``
median ER by reach per platform; ``_7`` the viral outlier's id; ``_8`` best
format on Instagram; ``_9`` best hour on TikTok; ``_10`` how much contests lift
comments on Instagram.
"""

from __future__ import annotations

import math
import numbers
from functools import lru_cache

import numpy as np
import pandas as pd

from course.checks import Verdict, register
from course.engines import synthetic_data
from course.engines.charts import grafik_median, grafik_per_jam, grafik_tingkat_pengikut
from course.engines.engagement import format_angka
from course.engines.engagement_frames import ER_COLUMNS, bandingkan, siapkan, terbaik_per
from course.errors import (
    EmptyInput,
    InputError,
    describe_value,
    expect_choice,
    expect_columns,
    expect_frame,
    expect_number,
)
from course.vocabulary import PLATFORMS

# The engine functions the notebook shows (charts, best-of tables, the bootstrap comparison).
__all__ = [
    "PLATFORM_FORMAT",
    "PLATFORM_JAM",
    "PLATFORM_KONTES",
    "bandingkan",
    "grafik_median",
    "grafik_per_jam",
    "grafik_tingkat_pengikut",
    "siapkan",
    "terbaik_per",
]

PLATFORM_KONTES = "Instagram"
PLATFORM_FORMAT = "Instagram"
PLATFORM_JAM = "TikTok"


@lru_cache(maxsize=1)
def _reference() -> pd.DataFrame:
    """ER columns of every distinct post of the raw data, by id (expected values)."""
    return siapkan(synthetic_data.load().drop_duplicates()).set_index("id_unggahan")


@lru_cache(maxsize=1)
def _clean() -> pd.DataFrame:
    return siapkan(synthetic_data.load_clean())


def _same(a, b, rel: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-12)


def _compare_column(frame: pd.DataFrame, column: str, expected: pd.Series) -> float:
    """Share of rows whose ``column`` differs from ``expected`` (matched by id_unggahan)."""
    want = frame["id_unggahan"].map(expected).to_numpy(dtype=float)
    got = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
    both_nan = np.isnan(want) & np.isnan(got)
    close = np.isclose(got, want, rtol=1e-9, atol=1e-9) | both_nan
    return float((~close).mean()) if len(close) else 1.0


# --------------------------------------------------------------------------- 1


@register("engagement_1")
def _check_load(jawaban) -> Verdict:
    frame = expect_frame(jawaban, "data")
    raw = synthetic_data.load()
    expect_columns(frame, synthetic_data.COLUMNS, "data")
    if len(frame) < len(raw):
        return Verdict(
            False,
            f"data baru berisi {len(frame)} baris.",
            "Muat seluruh berkas: hapus nrows=5 yang hanya dipakai pada contoh.",
        )
    if len(frame) > len(raw):
        return Verdict(
            False,
            "data berisi lebih banyak baris daripada berkasnya.",
            "Muat berkasnya sekali saja dengan pd.read_csv.",
        )
    if not pd.api.types.is_datetime64_any_dtype(frame["waktu_wib"]):
        return Verdict(
            False,
            "kolom waktu_wib masih dibaca sebagai teks, belum sebagai tanggal dan jam.",
            'Tambahkan parse_dates=["waktu_wib"] di dalam pd.read_csv(...).',
        )
    return Verdict(
        True, f"Data sintetis termuat: {len(frame):,} baris dan {len(frame.columns)} kolom.".replace(",", ".")
    )


# --------------------------------------------------------------------------- 2


@register("engagement_2")
def _check_duplicates(jawaban) -> Verdict:
    if isinstance(jawaban, pd.Series) and jawaban.dtype == bool:
        raise InputError(
            "jumlah_duplikat masih berupa kolom True/False, satu untuk setiap baris.",
            "Tambahkan .sum() di ujungnya untuk menghitung berapa yang True.",
        )
    value = expect_number(jawaban, "jumlah_duplikat", computed=True)
    raw = synthetic_data.load()
    expected = int(raw.duplicated().sum())
    if value == expected:
        return Verdict(True, f"Ada {expected} baris kembar: unggahan yang terekspor dua kali.")
    if value == int(raw.duplicated(keep=False).sum()):
        return Verdict(
            False,
            "baris asli ikut terhitung bersama kembarannya.",
            "Pakai data.duplicated().sum() tanpa keep=False: yang dihitung hanya salinannya.",
        )
    if value == len(raw):
        return Verdict(False, "ini jumlah seluruh baris.", "Hitung baris kembar saja dengan .duplicated().sum().")
    return Verdict(False, "jumlah baris kembarnya belum sesuai.", "Ikuti contoh: data.duplicated().sum().")


# --------------------------------------------------------------------------- 3


def _expect_posts(jawaban, name: str = "bersih") -> pd.DataFrame:
    frame = expect_frame(jawaban, name)
    expect_columns(frame, ["id_unggahan"], name)
    return frame


@register("engagement_3")
def _check_clean(jawaban) -> Verdict:
    frame = _expect_posts(jawaban)
    expect_columns(frame, ["jangkauan", "simpan"], "bersih")
    raw, clean = synthetic_data.load(), synthetic_data.load_clean()
    if len(frame) == len(raw):
        return Verdict(
            False,
            "bersih masih sama besar dengan data mentahnya.",
            "Simpan hasil pembersihan ke variabel: bersih = data.drop_duplicates().dropna(...).",
        )
    dupes = int(frame.duplicated().sum())
    if dupes:
        return Verdict(False, f"bersih masih memuat {dupes} baris kembar.", "Tambahkan .drop_duplicates().")
    for column in ("jangkauan", "simpan"):
        missing = int(frame[column].isna().sum())
        if missing:
            return Verdict(
                False,
                f"masih ada {missing} baris dengan {column} kosong.",
                'Pakai .dropna(subset=["jangkauan", "simpan"]).',
            )
    if len(frame) < len(clean):
        return Verdict(
            False,
            f"terlalu banyak baris terhapus: tersisa {len(frame)} baris.",
            "Hapus hanya baris kembar dan baris yang jangkauan atau simpannya kosong; "
            "unggahan yang viral pun tetap disimpan.",
        )
    if set(frame["id_unggahan"]) != set(clean["id_unggahan"]):
        return Verdict(
            False,
            "isi bersih berbeda dengan hasil pembersihan yang diminta.",
            "Mulai dari data hasil Latihan 1, lalu ikuti langkah pada contoh.",
        )
    return Verdict(True, f"Tersisa {len(frame):,} unggahan yang siap dianalisis.".replace(",", "."))


# --------------------------------------------------------------------------- 4


@register("engagement_4")
def _check_interactions(jawaban) -> Verdict:
    frame = _expect_posts(jawaban)
    expect_columns(frame, ["interaksi"], "bersih")
    wrong = _compare_column(frame, "interaksi", _reference()["interaksi"])
    if wrong == 0:
        return Verdict(True, "Kolom interaksi sudah benar untuk setiap unggahan.")
    ref = _reference()
    for left_out in ("suka", "komentar", "bagikan", "simpan"):
        partial = ref["interaksi"] - ref[left_out]
        if _compare_column(frame, "interaksi", partial) == 0:
            return Verdict(
                False,
                f"kolom {left_out} belum ikut dijumlahkan.",
                "Interaksi = suka + komentar + bagikan + simpan; periksa keempatnya ada.",
            )
    return Verdict(
        False,
        "nilai kolom interaksi belum sesuai.",
        'Jumlahkan keempat kolom dengan tanda +, seperti contoh: bersih["suka"] + bersih["komentar"] + ...',
    )


# --------------------------------------------------------------------------- 5


@register("engagement_5")
def _check_rates(jawaban) -> Verdict:
    frame = _expect_posts(jawaban)
    expect_columns(frame, list(ER_COLUMNS.values()), "bersih")
    ref = _reference()
    for base, column in ER_COLUMNS.items():
        if _compare_column(frame, column, ref[column]) == 0:
            continue
        if _compare_column(frame, column, ref[column] / 100) == 0:
            return Verdict(False, f"{column} belum dalam persen.", "Kalikan hasil baginya dengan 100.")
        for other, other_column in ER_COLUMNS.items():
            if other != base and _compare_column(frame, column, ref[other_column]) == 0:
                return Verdict(
                    False,
                    f"{column} dibagi dengan {other}, bukan dengan {base}.",
                    f'Untuk {column}, penyebutnya kolom "{base}".',
                )
        return Verdict(
            False,
            f"nilai {column} belum sesuai.",
            f'Ikuti contoh er_jangkauan: bersih["interaksi"] / bersih["{base}"] * 100.',
        )
    return Verdict(
        True, "Ketiga tingkat engagement sudah benar. Perhatikan: penyebut yang berbeda memberi angka berbeda."
    )


# --------------------------------------------------------------------------- 6


def _expect_series(jawaban, name: str) -> pd.Series:
    if jawaban is None:
        raise EmptyInput(
            f"{name} masih kosong (None).", "Ganti None dengan perhitungan seperti contoh, lalu jalankan selnya."
        )
    if isinstance(jawaban, pd.DataFrame):
        if jawaban.shape[1] == 1:
            return jawaban.iloc[:, 0]
        raise InputError(
            f"{name} berupa tabel dengan {jawaban.shape[1]} kolom.",
            'Pilih satu kolom sebelum menghitung median, misalnya ["er_jangkauan"].',
        )
    if not isinstance(jawaban, pd.Series):
        raise InputError(
            f"{name} harus berupa hasil groupby (satu nilai per kelompok), tetapi yang diberikan adalah "
            f"{describe_value(jawaban)}.",
            "Ikuti contoh: data.groupby(...)[...].median().",
        )
    return jawaban


@register("engagement_6")
def _check_median_platform(jawaban) -> Verdict:
    series = _expect_series(jawaban, "median_platform")
    if sorted(map(str, series.index)) != sorted(PLATFORMS):
        return Verdict(False, "hasilnya belum dikelompokkan per platform.", 'Pakai .groupby("platform").')
    clean = _clean()
    got = series.astype(float)
    grouped = clean.groupby("platform")
    if all(_same(got[p], v) for p, v in grouped["er_jangkauan"].median().items()):
        return Verdict(True, "Median ER per jangkauan per platform sudah tepat.")
    if all(_same(got[p], v) for p, v in grouped["er_jangkauan"].mean().items()):
        return Verdict(False, "ini rata-rata (mean), bukan median.", "Ganti .mean() dengan .median().")
    for column in ("er_pengikut", "er_impresi"):
        if all(_same(got[p], v) for p, v in grouped[column].median().items()):
            return Verdict(False, f"yang dihitung kolom {column}.", 'Soal ini meminta kolom "er_jangkauan".')
    return Verdict(
        False, "nilainya belum sesuai.", 'Pastikan memakai tabel bersih dari Latihan 5 dan kolom "er_jangkauan".'
    )


# --------------------------------------------------------------------------- 7


@register("engagement_7")
def _check_viral(jawaban) -> Verdict:
    if isinstance(jawaban, pd.Series):
        raise InputError(
            "id_viral masih berupa satu baris atau kolom utuh.",
            'Ambil kodenya saja, misalnya dengan ["id_unggahan"] di ujung baris.',
        )
    if isinstance(jawaban, numbers.Number) and not isinstance(jawaban, bool):
        raise InputError(
            f'id_viral berupa angka ({jawaban}), padahal yang diminta kode unggahan seperti "U00001".',
            "Angka itu mungkin nomor baris atau jangkauannya; ambil isi kolom id_unggahan.",
        )
    if jawaban is None:
        raise EmptyInput("id_viral masih kosong (None).", 'Isi dengan kode unggahan, misalnya "U00001".')
    if not isinstance(jawaban, str):
        raise InputError(
            f"id_viral harus berupa teks, tetapi yang diberikan adalah {describe_value(jawaban)}.",
            "Ambil isi kolom id_unggahan.",
        )
    clean = _clean()
    viral = clean.loc[clean["jangkauan"].idxmax()]
    if jawaban.strip().upper() == viral["id_unggahan"]:
        ratio = viral["jangkauan"] / clean.loc[clean["platform"] == viral["platform"], "jangkauan"].median()
        return Verdict(
            True,
            f"Unggahan itu menjangkau sekitar {ratio:.0f} kali median {viral['platform']}. "
            "Satu unggahan seperti ini menarik rata-rata ke atas; median hampir tidak bergeser.",
        )
    return Verdict(
        False,
        "unggahan itu bukan yang jangkauannya paling besar.",
        'Urutkan dengan .sort_values("jangkauan") lalu lihat baris terakhir, atau pakai .idxmax().',
    )


# --------------------------------------------------------------------------- 8


@register("engagement_8")
def _check_best_format(jawaban) -> Verdict:
    choice = expect_choice(jawaban, synthetic_data.FORMATS, "format_terbaik_ig")
    clean = _clean()
    platform = clean[clean["platform"] == PLATFORM_FORMAT]
    best = platform.groupby("format")["er_jangkauan"].median().idxmax()
    if choice == best:
        return Verdict(True, f"Di Instagram (data sintetis), format {best} punya median ER per jangkauan tertinggi.")
    if choice == platform.groupby("format")["er_jangkauan"].mean().idxmax():
        return Verdict(False, "format ini unggul menurut rata-rata, bukan median.", "Pakai .median().")
    if choice not in set(platform["format"]):
        return Verdict(
            False,
            f"format {choice} tidak dipakai di Instagram dalam data ini.",
            "Saring dulu baris Instagram seperti contoh, lalu kelompokkan per format.",
        )
    return Verdict(
        False,
        "format ini belum yang tertinggi di Instagram.",
        'Saring baris Instagram, kelompokkan per "format", hitung median "er_jangkauan", lalu .idxmax().',
    )


# --------------------------------------------------------------------------- 9


@register("engagement_9")
def _check_best_hour(jawaban) -> Verdict:
    if isinstance(jawaban, str):
        raise InputError(
            f'jam_terbaik_tiktok ditulis sebagai teks "{jawaban}".',
            "Tulis hasil perhitungannya, yaitu angka jam tanpa tanda petik.",
        )
    value = expect_number(jawaban, "jam_terbaik_tiktok", computed=True)
    if value != int(value) or not 0 <= value <= 23:
        return Verdict(
            False,
            f"{value} bukan jam bulat antara 0 dan 23.",
            'Kelompokkan per kolom "jam" lalu pakai .idxmax() untuk mendapatkan jamnya, bukan nilai ER-nya.',
        )
    clean = _clean()
    platform = clean[clean["platform"] == PLATFORM_JAM]
    by_hour = platform.groupby("jam")["er_jangkauan"]
    best = int(by_hour.median().idxmax())
    if int(value) == best:
        return Verdict(
            True,
            f"Di TikTok (data sintetis), unggahan pukul {best:02d}.00–{best:02d}.59 WIB "
            "paling tinggi median ER-nya. Uji jam tayang akun Anda sendiri dengan cara yang sama.",
        )
    if int(value) == int(by_hour.mean().idxmax()):
        return Verdict(False, "jam ini unggul menurut rata-rata, bukan median.", "Pakai .median().")
    if int(value) == int(clean.groupby("jam")["er_jangkauan"].median().idxmax()):
        return Verdict(False, "jam ini dihitung dari semua platform.", "Saring dulu baris TikTok seperti contoh.")
    return Verdict(
        False,
        "jam ini belum yang tertinggi untuk TikTok.",
        'Saring baris TikTok, kelompokkan per "jam", hitung median "er_jangkauan", lalu .idxmax().',
    )


# --------------------------------------------------------------------------- 10


@register("engagement_10")
def _check_contest_ratio(jawaban) -> Verdict:
    value = expect_number(jawaban, "rasio_komentar", computed=True)
    clean = _clean()
    platform = clean[clean["platform"] == PLATFORM_KONTES]
    yes = platform.loc[platform["kontes"], "komentar"]
    no = platform.loc[~platform["kontes"], "komentar"]
    expected = yes.median() / no.median()
    if _same(value, expected, 1e-6):
        return Verdict(
            True,
            f"Unggahan lomba atau kuis berhadiah di Instagram mendapat sekitar "
            f"{format_angka(expected, 1)} kali komentar unggahan biasa (median).",
        )
    if _same(value, 1 / expected, 1e-6):
        return Verdict(
            False,
            "pembilang dan penyebutnya tertukar.",
            "Median unggahan kontes di atas, median unggahan biasa di bawah.",
        )
    if _same(value, yes.median() - no.median(), 1e-6):
        return Verdict(False, "ini selisih, bukan rasio.", "Bagi (/) kedua median, jangan dikurangkan.")
    if _same(value, yes.mean() / no.mean(), 1e-6):
        return Verdict(False, "ini rasio rata-rata, bukan median.", "Ganti .mean() dengan .median().")
    all_yes = clean.loc[clean["kontes"], "komentar"].median()
    all_no = clean.loc[~clean["kontes"], "komentar"].median()
    if _same(value, all_yes / all_no, 1e-6):
        return Verdict(False, "rasio ini dihitung dari semua platform.", "Saring dulu baris Instagram seperti contoh.")
    return Verdict(
        False,
        "rasionya belum sesuai.",
        "Hitung median komentar unggahan kontes dan unggahan biasa di Instagram, lalu bagi yang pertama dengan yang kedua.",
    )

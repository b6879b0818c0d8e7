"""Session 02 (analisis engagement): the helpers participants call, and the checks of its exercises.

Core path (no programming). Participants analyse the synthetic posts with the helpers below and
answer with what they found: a number read from a table, a platform, format or hour, a choice, or
a spreadsheet-like formula over numbers they read (``er = interaksi / pengikut * 100``). Checks,
easiest first: ``engagement_1`` duplicate rows; ``_2`` the columns that must be filled; ``_3`` one
post's ER by followers; ``_4`` where ER by followers beats ER by reach; ``_5`` the viral post;
``_6`` Instagram's median ER; ``_7`` best format on Instagram; ``_8`` best hour on TikTok; ``_9``
how much contests lift comments on Instagram; ``_10`` what the trending-hashtag comparison shows.
Every expected value is recomputed from the shipped data set; numbers accept sensible rounding
(``close``) and "the best" accepts every group as good as the best (``engagement_tables.best_groups``).

Jalur lanjutan (optional, pandas): checks ``lanjutan_engagement_1`` ... ``_6`` (load, clean, the ER
columns, a groupby median, the best format with a filter, the contest ratio with boolean masks). Their
self-check cells are not graded, so they count toward no score and no certificate.

The helpers participants call live in ``engagement_frames`` and ``engagement_tables`` and are re-exported.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import pandas as pd

from course.checks import Verdict, register
from course.engines import engagement_frames as frames
from course.engines import engagement_tables as tables
from course.engines import posting_hours, synthetic_data
from course.engines.engagement import format_angka
from course.engines.engagement_frames import bersihkan, muat_data
from course.engines.engagement_tables import (
    bandingkan,
    best_of,
    close,
    grafik_median,
    grafik_per_jam,
    grafik_tingkat_pengikut,
    lihat_unggahan,
    median_per,
    rata_rata_dan_median,
    ringkasan,
    teratas,
    typed_number,
)
from course.engines.posting_hours import tabel_jam_tayang
from course.errors import (
    EmptyInput,
    InputError,
    describe_value,
    expect_choice,
    expect_columns,
    expect_frame,
    expect_number,
)

__all__ = [
    "bandingkan",
    "bersihkan",
    "grafik_median",
    "grafik_per_jam",
    "grafik_tingkat_pengikut",
    "lihat_unggahan",
    "median_per",
    "muat_data",
    "rata_rata_dan_median",
    "ringkasan",
    "tabel_jam_tayang",
    "teratas",
]

UNGGAHAN_CONTOH = "U00005"  # the worked example of exercise 3
UNGGAHAN_LATIHAN = "U00011"  # the post of exercise 3
PLATFORM_MEDIAN = "Instagram"  # exercise 6
PLATFORM_FORMAT = "Instagram"  # exercise 7
PLATFORM_JAM = "TikTok"  # exercise 8
PLATFORM_KONTES = "Instagram"  # exercise 9 (the worked example uses Facebook)
PLATFORM_TAGAR = "Instagram"  # exercise 10


# --------------------------------------------------------------------------- expected values


@lru_cache(maxsize=1)
def _clean() -> pd.DataFrame:
    return bersihkan(synthetic_data.load(), ["jangkauan", "simpan"])


def _platform(name: str) -> pd.DataFrame:
    clean = _clean()
    return clean[clean["platform"] == name]


def _reference_post(code: str) -> pd.Series:
    clean = _clean()
    return clean[clean["id_unggahan"] == code].iloc[0]


def _mistake(value: float, mistakes: list, fallback: tuple[str, str]) -> Verdict:
    """The verdict of the first mistake whose value ``value`` is: exactly first, then as rounded."""
    for same in (lambda a, b: math.isclose(a, b, rel_tol=1e-6), close):
        for other, message, hint in mistakes:
            if same(value, float(other)):
                return Verdict(False, message, hint)
    return Verdict(False, *fallback)


# --------------------------------------------------------------------------- core checks 1-5


@register("engagement_1")
def _check_duplicates(jawaban) -> Verdict:
    value = typed_number(jawaban, "baris_kembar")
    raw = synthetic_data.load()
    expected = int(raw.duplicated().sum())
    if value == expected:
        return Verdict(True, f"Ada {expected} salinan berlebih: unggahan yang terekspor dua kali.")
    if value == int(raw.duplicated(keep=False).sum()):
        return Verdict(
            False, "baris asli ikut terhitung bersama salinannya.", "Yang dihitung hanya salinan berlebihnya."
        )
    if value == len(raw):
        return Verdict(False, "itu jumlah seluruh baris.", 'Baca baris "Baris kembar" pada tabel ringkasan.')
    if value in set(raw.isna().sum()):
        return Verdict(False, "itu jumlah nilai kosong, bukan baris kembar.", 'Baca baris "Baris kembar".')
    return Verdict(False, "angkanya belum sesuai.", 'Jalankan ringkasan(data), lalu baca baris "Baris kembar".')


@register("engagement_2")
def _check_required(jawaban) -> Verdict:
    raw = synthetic_data.load()
    given = frames.required_columns(jawaban, raw)
    missing = [c for c in ("jangkauan", *frames.INTERACTION_COLUMNS) if raw[c].isna().any() and c not in given]
    if not missing:
        return Verdict(True, "Baris tanpa angka yang diperlukan ER dibuang; unggahan viral tetap disimpan.")
    why = "ER per jangkauan" if missing[0] == "jangkauan" else "interaksi (suka + komentar + bagikan + simpan)"
    return Verdict(
        False,
        f"{int(raw[missing[0]].isna().sum())} unggahan masih punya nilai kosong yang membuat {why} tidak dapat dihitung.",
        "Baca lagi baris nilai kosong pada ringkasan(data), lalu lengkapi daftarnya.",
    )


@register("engagement_3")
def _check_post_rate(jawaban) -> Verdict:
    value = typed_number(jawaban, "er_pengikut")
    post = _reference_post(UNGGAHAN_LATIHAN)
    interaksi = float(post["interaksi"])
    if close(value, float(post["er_pengikut"])):
        return Verdict(
            True, f"ER per pengikut unggahan {UNGGAHAN_LATIHAN} sekitar {format_angka(post['er_pengikut'], 2)}%."
        )
    hints = [
        (post["er_pengikut"] / 100, "hasilnya belum dalam persen.", "Kalikan hasil baginya dengan 100."),
        (interaksi, "itu jumlah interaksinya.", "Bagi interaksi dengan jumlah pengikut, lalu kalikan 100."),
        (
            post["er_pengikut"] * 1000,
            "jumlah pengikut terbaca seperseribu karena ditulis dengan titik ribuan.",
            "Di Python, angka ribuan ditulis tanpa titik: 40000, bukan 40.000.",
        ),
        (post["er_jangkauan"], "yang dipakai sebagai penyebut adalah jangkauan.", "Penyebutnya jumlah pengikut."),
        (post["er_impresi"], "yang dipakai sebagai penyebut adalah impresi.", "Penyebutnya jumlah pengikut."),
    ]
    hints += [
        ((interaksi - float(post[c])) / float(post["pengikut"]) * 100, "satu angka interaksi belum ikut dijumlahkan.",
         "Interaksi = suka + komentar + bagikan + simpan.")
        for c in frames.INTERACTION_COLUMNS
    ]  # fmt: skip
    return _mistake(
        value,
        hints,
        (
            "nilainya belum sesuai.",
            f"Ikuti contoh: jumlahkan keempat angka interaksi unggahan {UNGGAHAN_LATIHAN}, bagi dengan pengikut, "
            "kali 100.",
        ),
    )


@register("engagement_4")
def _check_denominators(jawaban) -> Verdict:
    given = set(tables.platform_list(jawaban, "platform_pengikut"))
    medians = _clean().groupby("platform")[["er_jangkauan", "er_pengikut"]].median()
    expected = set(medians.index[medians["er_pengikut"] > medians["er_jangkauan"]])
    if given == expected:
        return Verdict(
            True, "Di sana banyak unggahan dilihat lebih banyak orang daripada jumlah pengikut akunnya sendiri."
        )
    wrong = sorted(given - expected)
    if wrong:
        return Verdict(
            False,
            f"di {', '.join(wrong)}, median ER per pengikut tidak lebih tinggi daripada ER per jangkauan.",
            "Bandingkan dua kolom median itu baris demi baris pada tabel.",
        )
    return Verdict(False, "masih ada platform yang terlewat.", "Periksa lagi setiap baris tabel.")


@register("engagement_5")
def _check_viral(jawaban) -> Verdict:
    if isinstance(jawaban, (int, float)) and not isinstance(jawaban, bool):
        raise InputError(
            f"id_viral berupa angka ({jawaban}), padahal yang diminta kode unggahan.",
            'Salin isi kolom "Kode unggahan", misalnya "U00001", lengkap dengan tanda petik.',
        )
    if not isinstance(jawaban, str) or not jawaban.strip():
        raise EmptyInput("id_viral masih kosong.", 'Isi dengan kode unggahan di antara tanda petik, misalnya "U00001".')
    code = jawaban.strip().upper()
    ranked = list(_clean().sort_values("jangkauan", ascending=False, kind="stable")["id_unggahan"].head(5))
    if code == ranked[0]:
        post = _reference_post(code)
        ratio = post["jangkauan"] / _platform(post["platform"])["jangkauan"].median()
        return Verdict(
            True,
            f"Unggahan itu menjangkau sekitar {format_angka(ratio)} kali median {post['platform']}. Laporkan "
            "terpisah, dan pakai median untuk gambaran umum.",
        )
    if code in ranked:
        return Verdict(False, f"unggahan itu ada di peringkat ke-{ranked.index(code) + 1}.", "Ambil peringkat pertama.")
    example = _platform("Facebook").sort_values("komentar", ascending=False, kind="stable")["id_unggahan"].iloc[0]
    if code == example:
        return Verdict(
            False, "itu unggahan Facebook dengan komentar terbanyak (contoh).", "Ganti kolom dan platformnya."
        )
    return Verdict(False, "unggahan itu bukan yang jangkauannya terbesar.", 'Jalankan teratas(bersih, "jangkauan").')


# --------------------------------------------------------------------------- core checks 6-10


@register("engagement_6")
def _check_platform_median(jawaban) -> Verdict:
    value = typed_number(jawaban, "median_er_instagram")
    clean = _clean()
    medians = clean.groupby("platform")["er_jangkauan"].median()
    expected = float(medians[PLATFORM_MEDIAN])
    if close(value, expected):
        return Verdict(True, f"Median ER per jangkauan {PLATFORM_MEDIAN} sekitar {format_angka(expected, 2)}%.")
    ig = _platform(PLATFORM_MEDIAN)
    others: list[tuple[float, str, str]] = [
        (expected / 100, "angkanya belum dalam persen.", "Tabel sudah dalam persen: salin angkanya apa adanya."),
        (ig["er_jangkauan"].mean(), "itu rata-rata, bukan median.", "Baca kolom median."),
        (ig["er_pengikut"].median(), "itu ER per pengikut.", "Soal ini meminta ER per jangkauan."),
        (ig["er_impresi"].median(), "itu ER per impresi.", "Soal ini meminta ER per jangkauan."),
    ]
    others += [
        (v, f"itu median {p}.", f"Baca baris {PLATFORM_MEDIAN}.") for p, v in medians.items() if p != PLATFORM_MEDIAN
    ]
    return _mistake(
        value,
        others,
        ("angkanya belum sesuai.", f'Jalankan median_per(bersih, "platform") dan baca baris {PLATFORM_MEDIAN}.'),
    )


@register("engagement_7")
def _check_best_format(jawaban) -> Verdict:
    choice = expect_choice(jawaban, synthetic_data.FORMATS, "format_terbaik_ig")
    posts = _platform(PLATFORM_FORMAT)
    best = best_of(posts, "format")
    if choice in best:
        return Verdict(
            True, f"Di {PLATFORM_FORMAT} (data sintetis), median ER per jangkauan format {choice} tertinggi."
        )
    if choice not in set(posts["format"]):
        return Verdict(False, f"format {choice} tidak dipakai di {PLATFORM_FORMAT} dalam data ini.", "Baca tabelnya.")
    if choice == posts.groupby("format")["er_jangkauan"].mean().idxmax():
        return Verdict(False, "format ini unggul menurut rata-rata, bukan median.", "Baca kolom median.")
    return Verdict(
        False,
        f"median format {choice} masih jauh di bawah yang tertinggi.",
        f'Jalankan median_per(bersih, "format", platform="{PLATFORM_FORMAT}") dan baca baris teratas.',
    )


@register("engagement_8")
def _check_best_hour(jawaban) -> Verdict:
    if isinstance(jawaban, str):
        raise InputError(
            f'jam_terbaik_tiktok ditulis sebagai teks "{jawaban}".',
            "Tulis jamnya sebagai angka bulat tanpa tanda petik, misalnya 7 untuk pukul 07.00.",
        )
    value = typed_number(jawaban, "jam_terbaik_tiktok")
    if value != int(value) or not 0 <= value <= 23:
        return Verdict(
            False,
            f"{format_angka(value, 2)} bukan jam bulat 0–23.",
            "Tulis jamnya (kolom pertama), bukan nilai ER-nya.",
        )
    hour = int(value)
    posts = _platform(PLATFORM_JAM)
    if posting_hours.posting_hour_reason(PLATFORM_JAM, hour, None):
        return Verdict(
            True,
            f"Pukul {hour:02d}.00–{hour:02d}.59 WIB termasuk jam terbaik {PLATFORM_JAM} dalam data sintetis ini. "
            "Uji jam tayang akun Anda sendiri dengan data dasbornya.",
        )
    counts = posts.groupby("jam").size()
    if counts.get(hour, 0) < tables.MIN_UNGGAHAN:
        return Verdict(
            False,
            f"unggahan {PLATFORM_JAM} pada jam itu terlalu sedikit untuk disimpulkan.",
            f"Pilih jam dengan paling sedikit {tables.in_words(tables.MIN_UNGGAHAN)} unggahan.",
        )
    if hour in best_of(_clean(), "jam"):
        return Verdict(False, "jam ini unggul bila semua platform digabung.", f'Tambahkan platform="{PLATFORM_JAM}".')
    return Verdict(
        False,
        f"jam ini belum termasuk jam terbaik {PLATFORM_JAM}.",
        f'Jalankan median_per(bersih, "jam", platform="{PLATFORM_JAM}") dan baca baris teratas.',
    )


@register("engagement_9")
def _check_contest_ratio(jawaban) -> Verdict:
    value = typed_number(jawaban, "rasio_komentar")
    posts = _platform(PLATFORM_KONTES)
    yes, no = posts.loc[posts["kontes"], "komentar"], posts.loc[~posts["kontes"], "komentar"]
    expected = yes.median() / no.median()
    if close(value, expected):
        return Verdict(
            True,
            f"Unggahan lomba atau kuis berhadiah di {PLATFORM_KONTES} mendapat sekitar {format_angka(expected, 1)} "
            "kali komentar unggahan biasa (median).",
        )
    clean = _clean()
    facebook = _platform("Facebook")
    mistakes = [
        (
            1 / expected,
            "pembilang dan penyebutnya tertukar.",
            "Median kontes di atas garis bagi, median biasa di bawah.",
        ),
        (yes.median() - no.median(), "ini selisih, bukan rasio.", "Bagi (/) kedua median, jangan dikurangkan."),
        (yes.mean() / no.mean(), "ini rasio rata-rata, bukan median.", "Pakai angka median."),
        (
            facebook.loc[facebook["kontes"], "komentar"].median()
            / facebook.loc[~facebook["kontes"], "komentar"].median(),
            "itu rasio Facebook dari contoh.",
            f'Ganti platformnya menjadi "{PLATFORM_KONTES}".',
        ),
        (
            clean.loc[clean["kontes"], "komentar"].median() / clean.loc[~clean["kontes"], "komentar"].median(),
            "rasio ini dihitung dari semua platform.",
            f'Tambahkan platform="{PLATFORM_KONTES}".',
        ),
    ]
    return _mistake(
        value,
        mistakes,
        (
            "rasionya belum sesuai.",
            f"Bagi median komentar unggahan kontes dengan median komentar unggahan biasa di {PLATFORM_KONTES}.",
        ),
    )


@lru_cache(maxsize=1)
def hashtag_comparison() -> frames.Perbandingan:
    """Reach per follower with and without a trending hashtag, on one platform (exercise 10)."""
    return frames.bandingkan(_platform(PLATFORM_TAGAR), "tagar_tren", "jangkauan_per_pengikut")


# What each option of exercise 10 claims, as a test on the comparison within one platform.
KLAIM_TAGAR = {
    "A": lambda c: c.bawah >= 1.8,  # "doubles reach: use it on every post"
    "B": lambda c: 1 < c.bawah and c.atas < 1.5,  # "a small lift within a platform: test it yourself"
    "C": lambda c: c.atas < 1,  # "lowers reach"
    "D": lambda c: c.bawah <= 1 <= c.atas,  # "no difference at all"
}
ALASAN_TAGAR = {
    "A": (
        "angka dua kali lipat itu datang dari perbandingan semua platform sekaligus.",
        "Tagar tren paling sering dipakai di TikTok; bandingkan di dalam satu platform.",
    ),
    "B": ("perbandingan di dalam satu platform tidak mendukung pilihan itu.", "Baca lagi rasio dan selangnya."),
    "C": ("rasio di dalam satu platform tidak di bawah 1.", "Baca lagi rasio dan selang 95%-nya."),
    "D": ("selang 95% di dalam satu platform tidak memuat 1.", "Artinya ada perbedaan, walau kecil."),
}


@register("engagement_10")
def _check_hashtags(jawaban) -> Verdict:
    choice = expect_choice(jawaban, tuple(KLAIM_TAGAR), "kesimpulan_tagar")
    comparison = hashtag_comparison()
    if KLAIM_TAGAR[choice](comparison):
        return Verdict(
            True,
            f"Di {PLATFORM_TAGAR}, rasionya sekitar {format_angka(comparison.rasio, 2)} kali. Itu pun korelasi; "
            "uji coba bergantian lebih meyakinkan.",
        )
    message, hint = ALASAN_TAGAR[choice]
    return Verdict(False, message, hint)


# --------------------------------------------------------------------------- jalur lanjutan (pandas)


def _frame(value: Any, name: str) -> pd.DataFrame:
    frame = expect_frame(value, name)
    expect_columns(frame, ["id_unggahan"], name)
    return frame


@register("lanjutan_engagement_1")
def _check_read_csv(jawaban) -> Verdict:
    frame = _frame(jawaban, "tabel")
    raw = synthetic_data.load()
    if len(frame) != len(raw):
        return Verdict(False, f"tabel berisi {len(frame)} baris, berkasnya {len(raw)}.", "Hapus nrows=5.")
    if not pd.api.types.is_datetime64_any_dtype(frame["waktu_wib"]):
        return Verdict(False, "waktu_wib masih teks.", 'Tambahkan parse_dates=["waktu_wib"] di dalam pd.read_csv(...).')
    return Verdict(True, f"Tabel termuat: {format_angka(len(frame))} baris (data sintetis).")


@register("lanjutan_engagement_2")
def _check_dropna(jawaban) -> Verdict:
    frame = _frame(jawaban, "tabel_bersih")
    expected = set(_clean()["id_unggahan"])
    if int(frame.duplicated().sum()):
        return Verdict(False, "masih ada baris kembar.", "Tambahkan .drop_duplicates().")
    if frame[["jangkauan", "simpan"]].isna().any().any():
        return Verdict(
            False, "masih ada jangkauan atau simpan kosong.", 'Pakai .dropna(subset=["jangkauan", "simpan"]).'
        )
    if set(frame["id_unggahan"]) != expected:
        return Verdict(False, "isinya berbeda dengan hasil pembersihan.", "Buang hanya baris kembar dan yang kosong.")
    return Verdict(True, f"Tersisa {format_angka(len(frame))} unggahan, sama dengan bersihkan(...).")


def _column_matches(frame: pd.DataFrame, column: str, expected: pd.Series) -> bool:
    want = frame["id_unggahan"].map(expected).to_numpy(dtype=float)
    got = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
    return bool(((abs(got - want) <= 1e-9 * (1 + abs(want))) | (pd.isna(got) & pd.isna(want))).all())


@register("lanjutan_engagement_3")
def _check_columns(jawaban) -> Verdict:
    frame = _frame(jawaban, "tabel_bersih")
    expect_columns(frame, ["interaksi", "er_jangkauan"], "tabel_bersih")
    reference = _clean().set_index("id_unggahan")
    if not _column_matches(frame, "interaksi", reference["interaksi"]):
        return Verdict(False, "kolom interaksi belum sesuai.", "Jumlahkan suka, komentar, bagikan, dan simpan.")
    if _column_matches(frame, "er_jangkauan", reference["er_jangkauan"] / 100):
        return Verdict(False, "er_jangkauan belum dalam persen.", "Kalikan dengan 100.")
    if not _column_matches(frame, "er_jangkauan", reference["er_jangkauan"]):
        return Verdict(False, "kolom er_jangkauan belum sesuai.", "Bagi interaksi dengan jangkauan, lalu kali 100.")
    return Verdict(True, "Kedua kolom sama dengan yang dihitung bersihkan(...).")


@register("lanjutan_engagement_4")
def _check_groupby(jawaban) -> Verdict:
    if jawaban is None:
        raise EmptyInput("median_platform masih kosong (None).", "Ganti None dengan perhitungan seperti contoh.")
    if not isinstance(jawaban, pd.Series):
        raise InputError(
            f"median_platform harus berupa hasil groupby (satu nilai per platform), bukan {describe_value(jawaban)}.",
            'Ikuti contoh: tabel_bersih.groupby("platform")["er_jangkauan"].median().',
        )
    expected = _clean().groupby("platform")["er_jangkauan"].median()
    if sorted(map(str, jawaban.index)) != sorted(expected.index):
        return Verdict(False, "hasilnya belum per platform.", 'Pakai .groupby("platform").')
    got = jawaban.astype(float)
    if all(math.isclose(got[p], v, rel_tol=1e-9) for p, v in expected.items()):
        return Verdict(True, 'Sama dengan median_per(bersih, "platform").')
    if all(
        math.isclose(got[p], v, rel_tol=1e-9) for p, v in _clean().groupby("platform")["er_jangkauan"].mean().items()
    ):
        return Verdict(False, "ini rata-rata, bukan median.", "Ganti .mean() dengan .median().")
    return Verdict(False, "nilainya belum sesuai.", 'Pastikan kolomnya "er_jangkauan" dan tabelnya tabel_bersih.')


@register("lanjutan_engagement_5")
def _check_idxmax(jawaban) -> Verdict:
    choice = expect_choice(jawaban, synthetic_data.FORMATS, "format_ig")
    if choice in best_of(_platform(PLATFORM_FORMAT), "format"):
        return Verdict(True, "Sama dengan yang terbaca pada median_per(...).")
    return Verdict(
        False, "format ini belum yang tertinggi.", "Saring baris Instagram, median per format, lalu .idxmax()."
    )


@register("lanjutan_engagement_6")
def _check_masks(jawaban) -> Verdict:
    value = expect_number(jawaban, "rasio_kontes_ig", computed=True)
    posts = _platform(PLATFORM_KONTES)
    expected = posts.loc[posts["kontes"], "komentar"].median() / posts.loc[~posts["kontes"], "komentar"].median()
    if math.isclose(value, expected, rel_tol=1e-9):
        return Verdict(True, "Sama dengan jawaban Latihan 9.")
    if math.isclose(value, 1 / expected, rel_tol=1e-9):
        return Verdict(False, "pembilang dan penyebutnya tertukar.", "Median kontes dibagi median biasa.")
    return Verdict(False, "rasionya belum sesuai.", 'Saring dengan tabel_bersih["platform"] == "Instagram" dulu.')

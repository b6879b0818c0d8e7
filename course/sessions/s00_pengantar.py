"""Session 00 warm-up: the four first exercises and their checks.

The exercises teach the moves every later session needs: assign text, compute a
number, write a list, and add up a post's interactions (``course.engines.engagement``).
Nothing here gives away a Tes Awal item: the warm-up comes before the test.
The seed-event facts come from ``../shared/domain/brief.md`` section 0.
"""

from __future__ import annotations

import math

from course.checks import Verdict, judged, register
from course.engines.engagement import total_engagement
from course.errors import expect_list_of_text, expect_number, expect_text
from course.vocabulary import PLATFORMS, platform_name

__all__ = ["BIMTEK_END_HOUR", "BIMTEK_START_HOUR", "CONTOH_UNGGAHAN", "PLATFORMS"]

# The seed Bimtek ran from 07.30 to 16.00 WIB (brief section 0).
BIMTEK_START_HOUR = 7.5
BIMTEK_END_HOUR = 16.0

# Exercise 4 numbers: one fictional post ("data sintetis"), shown in the notebook.
CONTOH_UNGGAHAN = {"suka": 1240, "komentar": 85, "bagikan": 175, "simpan": 60, "jangkauan": 40000}


@register("pemanasan_1")
def _check_kabupaten(jawaban) -> Verdict:
    text = expect_text(jawaban, "nama_kabupaten")
    if sum(ch.isalpha() for ch in text) < 3:
        return Verdict(
            False,
            f'"{text}" belum terlihat seperti nama daerah.',
            'Tulis nama kabupaten atau instansi Anda, misalnya "Kabupaten Agam".',
        )
    return Verdict(True, f"Salam kenal dari {text}. Anda baru saja membuat variabel berisi teks.")


@register("pemanasan_2")
def _check_duration(jawaban) -> Verdict:
    value = expect_number(jawaban, "durasi_jam")
    expected = BIMTEK_END_HOUR - BIMTEK_START_HOUR
    if math.isclose(value, expected, abs_tol=1e-9):
        return Verdict(True, "Bimtek berlangsung delapan setengah jam.")
    if math.isclose(value, 16.0 - 7.3, abs_tol=1e-9):
        return Verdict(
            False,
            "pukul 07.30 belum ditulis sebagai jam desimal.",
            "Tiga puluh menit adalah setengah jam, jadi 07.30 ditulis 7.5, bukan 7.3.",
        )
    if value < 0:
        return Verdict(False, "durasinya bernilai negatif.", "Kurangkan jam mulai dari jam selesai, bukan sebaliknya.")
    if value > 24:
        return Verdict(False, "durasinya lebih dari sehari.", "Hitung dalam jam, bukan menit.")
    return Verdict(
        False,
        "durasinya belum sesuai dengan jadwal 07.30–16.00 WIB.",
        "Tulis jam selesai dikurangi jam mulai, keduanya dalam jam desimal.",
    )


@register("pemanasan_3")
def _check_platforms(jawaban) -> Verdict:
    items = expect_list_of_text(jawaban, "platform_sesi_1")
    named, unknown = set(), []
    for item in items:
        name = platform_name(item)  # the five platforms of session 1 at the seed Bimtek (course.vocabulary)
        if name:
            named.add(name)
        else:
            unknown.append(item)
    if unknown:
        listed = ", ".join(f'"{u}"' for u in unknown)
        return Verdict(
            False,
            f"{listed} tidak termasuk platform yang dibahas pada sesi 1 Bimtek.",
            "Lihat lagi peta sesi di atas: lima platform disebut di sana.",
        )
    missing = len(PLATFORMS) - len(named)
    return judged(
        not missing,
        "Kelima platform sudah lengkap.",
        f"masih kurang {missing} platform.",
        "Lihat lagi peta sesi di atas; tiap platform ditulis sebagai teks di antara tanda petik.",
    )


@register("pemanasan_4")
def _check_total_interactions(jawaban) -> Verdict:
    value = expect_number(jawaban, "total_interaksi")
    d = CONTOH_UNGGAHAN
    expected = total_engagement(d["suka"], d["komentar"], d["bagikan"], d["simpan"])
    if math.isclose(value, expected, abs_tol=1e-9):
        return Verdict(True, f"Unggahan ini mendapat {expected:,.0f} interaksi.".replace(",", "."))
    for left_out in ("suka", "komentar", "bagikan", "simpan"):
        if math.isclose(value, expected - d[left_out], abs_tol=1e-9):
            return Verdict(
                False,
                "masih ada satu jenis interaksi yang belum dijumlahkan.",
                "Interaksi = suka + komentar + bagikan + simpan; periksa keempatnya sudah ada.",
            )
    if math.isclose(value, expected + d["jangkauan"], abs_tol=1e-9):
        return Verdict(
            False,
            "jangkauan ikut dijumlahkan.",
            "Jangkauan bukan interaksi; jumlahkan suka, komentar, bagikan, dan simpan saja.",
        )
    return Verdict(
        False,
        "jumlahnya belum sesuai.",
        "Tulis nama-nama variabelnya (suka, komentar, bagikan, simpan) dengan tanda + di antaranya, seperti contoh di atas.",
    )

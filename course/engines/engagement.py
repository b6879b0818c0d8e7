"""Engagement arithmetic for humas accounts.

Engagements are likes/reactions + comments + shares + saves (Sehl and Mikolajczyk, "Engagement Rate
Calculator", Hootsuite Blog, 2024, https://blog.hootsuite.com/calculate-engagement-rate/). An engagement
rate divides them by a denominator, and the denominator changes the answer:

* by reach: engagements / unique accounts reached x 100 (response of those who saw it; Hootsuite);
* by followers: engagements / followers x 100 (Rival IQ's per-post method, Social Media Industry
  Benchmark Report, https://www.rivaliq.com/blog/social-media-industry-benchmark-report/);
* by impressions: engagements / impressions x 100 (counts repeat views; Hootsuite).

Worked example: 1,500 engagements on 50,000 reach is 3 %, but on 10,000 followers it is 15 %.

Plain Python only: session 00 uses this arithmetic, and its kernel never loads numpy or
pandas. Tables of posts are in ``course.engines.engagement_frames``, charts in
``course.engines.charts``.
"""

from __future__ import annotations

from course.errors import InputError, expect_number

DENOMINATORS = {
    "jangkauan": "jangkauan (reach)",
    "pengikut": "jumlah pengikut (followers)",
    "impresi": "impresi (impressions)",
}


def total_engagement(suka: object, komentar: object, bagikan: object, simpan: object = 0) -> float:
    """Likes + comments + shares + saves, each a non-negative number."""
    parts = {"suka": suka, "komentar": komentar, "bagikan": bagikan, "simpan": simpan}
    total = 0.0
    for name, value in parts.items():
        number = expect_number(value, f"jumlah {name}")
        if number < 0:
            raise InputError(
                f"jumlah {name} tidak boleh negatif (tertulis {value}).",
                "Periksa lagi angka dari dasbor media sosial Anda.",
            )
        total += number
    return total


def engagement_rate(engagements: object, denominator: object, per: str = "jangkauan") -> float:
    """Engagement rate in percent: ``engagements / denominator * 100``.

    ``per`` names the denominator (``jangkauan``, ``pengikut`` or ``impresi``) so
    the error message can say which number is wrong.
    """
    label = DENOMINATORS.get(per, per)
    total = expect_number(engagements, "jumlah interaksi")
    base = expect_number(denominator, label)
    if total < 0:
        raise InputError(
            "jumlah interaksi tidak boleh negatif.", "Periksa lagi penjumlahan suka, komentar, dan bagikan."
        )
    if base <= 0:
        raise InputError(
            f"{label} harus lebih dari 0 (tertulis {denominator}).",
            f"Angka {label} dipakai sebagai penyebut, jadi tidak boleh 0 atau negatif.",
        )
    return total / base * 100.0


def format_angka(value: float, desimal: int = 0) -> str:
    """A number the Indonesian way: 12.345 or 3,14 (dot for thousands, comma for decimals)."""
    text = f"{value:,.{desimal}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def format_persen(value: float, desimal: int = 1) -> str:
    """A percentage the Indonesian way, e.g. ``3,1%`` (EYD: no space before %)."""
    return format_angka(value, desimal) + "%"

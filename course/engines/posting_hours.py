"""The posting-hour rule of the content calendars (sessions 01 and 07), stated once.

An hour h (WIB; h stands for h.00-h.59) is an accepted posting hour for a platform when either

1. the synthetic data supports it: on that platform, h has at least ``JAM_MIN_UNGGAHAN`` posts and a median
   ER by reach of at least ``JAM_RASIO_MIN`` times the best such hour's median; or
2. Hootsuite published it as a best time to post for government accounts, on that day of the week
   (``JAM_TOLOK_UKUR``; blog.hootsuite.com/government-social-media-benchmarks, data of Q3 2024 and its Q4 2024
   update).

Why 80 %: in the cleaned synthetic data the 95 % bootstrap interval of each platform's best-hour median reaches
down to 81-89 % of that median (15 to 127 posts per hour), so an hour whose median lies within a fifth of the
best cannot be told apart from it. A median of fewer than ten posts is too shaky to count.

Why the two differ (the notebooks teach it): the course set the synthetic data's peaks itself; Hootsuite
measured real government accounts in 118 countries, localised to each country's time, with its own engagement
measure, and its best times moved between editions. Both are starting points to test on one's own account.

``posting_hour_reason`` is the rule. The notebooks show it with ``tabel_jam_tayang`` (the Markdown of
``jam_tayang_markdown``, which the instructor docs hold too), ``hour_table`` marks the supported hours of any
set of posts (session 07's ``jam_terbaik_per``, the session 01 prime-time tool), and the calendar checks of
``course.sessions.shared`` turn ``posting_hour_problem`` into a verdict.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from course.engines import synthetic_data
from course.engines.engagement_frames import ringkas_per, siapkan
from course.vocabulary import PLATFORMS

JAM_RASIO_MIN = 0.8
JAM_MIN_UNGGAHAN = 10
_WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")
# The minimum as EYD V writes it in prose (a number said in one word is written in words).
JAM_MIN_UNGGAHAN_KATA = _WORDS[JAM_MIN_UNGGAHAN] if JAM_MIN_UNGGAHAN < len(_WORDS) else str(JAM_MIN_UNGGAHAN)
TOLOK_UKUR_SUMBER = (
    'Hootsuite, "Social Media Benchmarks in Government", https://blog.hootsuite.com/government-social-media-benchmarks/'
)
# (platform, day, first hour, end hour, edition) as published: "Kamis 07.00–09.00" holds the hours 7 and 8.
JAM_TOLOK_UKUR: tuple[tuple[str, str, int, int, str], ...] = (
    ("Facebook", "Kamis", 7, 8, "data kuartal III 2024"),
    ("Facebook", "Sabtu", 9, 11, "data kuartal IV 2024"),
    ("Facebook", "Sabtu", 16, 18, "data kuartal IV 2024"),
    ("Facebook", "Minggu", 9, 12, "data kuartal IV 2024"),
    ("Instagram", "Rabu", 8, 9, "data kuartal III 2024"),
    ("Instagram", "Sabtu", 8, 9, "data kuartal III 2024"),
    ("Instagram", "Minggu", 6, 7, "data kuartal III 2024"),
    ("X", "Kamis", 7, 9, "data kuartal III 2024"),
)
KOLOM = ("median ER per jangkauan (%)", "jumlah unggahan", "didukung data")


def hour_table(posts: pd.DataFrame) -> pd.DataFrame:
    """Per posting hour of ``posts`` (with ``jam`` and ``er_jangkauan``), best first: the median ER by reach,
    the number of posts, and "ya" in ``didukung data`` where the rule counts the hour as supported by the data."""
    table = ringkas_per(posts, "jam")
    counted = table["jumlah_unggahan"] >= JAM_MIN_UNGGAHAN
    best = table.loc[counted, "median"].max()
    supported = counted & (table["median"] >= JAM_RASIO_MIN * best)
    shown = pd.DataFrame(
        {
            KOLOM[0]: table["median"].round(2),
            KOLOM[1]: table["jumlah_unggahan"].astype(int),
            KOLOM[2]: ["ya" if s else "" for s in supported],
        },
        index=pd.Index([int(h) for h in table.index], name="jam (WIB)"),
    )
    return shown.sort_values(KOLOM[0], ascending=False, kind="stable")


@lru_cache(maxsize=1)
def data_hours() -> dict[str, tuple[int, ...]]:
    """The hours (WIB) the synthetic data supports, per platform (the cleaned data set)."""
    clean = siapkan(synthetic_data.load_clean())
    hours = {}
    for platform in PLATFORMS:
        table = hour_table(clean[clean["platform"] == platform])
        hours[platform] = tuple(sorted(int(h) for h in table.index[table[KOLOM[2]] == "ya"]))
    return hours


@lru_cache(maxsize=1)
def format_per_platform() -> dict[str, tuple[str, ...]]:
    """Formats each platform carries in the course data (and in the calendar exercises)."""
    return {
        p: tuple(f for f in synthetic_data.FORMATS if f in synthetic_data.PLATFORM_SPECS[p]["formats"])
        for p in PLATFORMS
    }


def benchmark_days(platform: str, hour: int) -> list[str]:
    """The days on which ``hour`` is a published benchmark hour for ``platform``."""
    return [day for p, day, first, end, _ in JAM_TOLOK_UKUR if p == platform and first <= hour < end]


def benchmark_slots(platform: str) -> str:
    """The benchmark hours of ``platform`` as the notebooks show them; "" when none was published."""
    slots = []
    for p, day, first, end, edition in JAM_TOLOK_UKUR:
        if p == platform:
            published = f"{first:02d}.00" + (f"–{end:02d}.00" if end - first > 1 else "")
            slots.append(f"{day} {', '.join(map(str, range(first, end)))} ({published}, {edition})")
    return "; ".join(slots)


def posting_hour_reason(platform: str, hour: int, day: str | None) -> str | None:
    """Why the rule accepts posting on ``platform`` at ``hour`` on ``day`` (a weekday name, or None when the
    plan has no date): "data" or "tolok ukur". None when the rule does not accept it."""
    if hour in data_hours()[platform]:
        return "data"
    return "tolok ukur" if day in benchmark_days(platform, hour) else None


def posting_hour_problem(platform: str, hour: int, day: str) -> tuple[str, str] | None:
    """``(what is wrong, what to do)`` when the rule does not accept the hour, in Indonesian; else None."""
    if posting_hour_reason(platform, hour, day):
        return None
    days = benchmark_days(platform, hour)
    if days:
        return (
            f"pukul {hour:02d}.00 adalah jam tolok ukur Hootsuite untuk {platform} pada hari {' dan '.join(days)}, "
            f"bukan {day}",
            f"Pindahkan tanggalnya ke hari {days[0]}, atau pilih jam yang didukung data sintetis.",
        )
    slots = benchmark_slots(platform)
    return (
        f"{platform} pukul {hour:02d}.00 belum didukung data sintetis dan bukan jam tolok ukur Hootsuite "
        "untuk akun pemerintah",
        f"Lihat tabel jam tayang: untuk {platform}, data sintetis mendukung jam "
        f"{', '.join(map(str, data_hours()[platform]))} pada hari apa saja"
        + (f"; tolok ukur Hootsuite: {slots}." if slots else "."),
    )


def jam_tayang_markdown() -> str:
    """The rule as the Markdown table the notebooks show and the instructor docs hold."""
    lines = [
        "| Platform | Jam yang didukung data sintetis (hari apa saja) | Jam tolok ukur Hootsuite untuk akun "
        "pemerintah | Format yang tersedia |",
        "|---|---|---|---|",
    ]
    for p in PLATFORMS:
        hours, formats = ", ".join(map(str, data_hours()[p])), ", ".join(format_per_platform()[p])
        lines.append(f"| {p} | {hours} | {benchmark_slots(p) or '—'} | {formats} |")
    lines += [
        "",
        "Jam ditulis sebagai angka bulat WIB (19 berarti pukul 19.00–19.59). Didukung data: median ER per jangkauan "
        f"paling sedikit {round(JAM_RASIO_MIN * 100)}% dari median jam terbaik platform itu, dari paling sedikit "
        f"{JAM_MIN_UNGGAHAN_KATA} unggahan. Tolok ukur: {TOLOK_UKUR_SUMBER}.",
    ]
    return "\n".join(lines)


class TabelJamTayang:
    """What ``tabel_jam_tayang()`` shows in a notebook: the rule's Markdown table (plain text elsewhere)."""

    def __init__(self) -> None:
        self.markdown = jam_tayang_markdown()

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.markdown


def tabel_jam_tayang() -> TabelJamTayang:
    """The accepted posting hours and the formats of each platform, as a table for the notebook."""
    return TabelJamTayang()

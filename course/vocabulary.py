"""Words the whole course shares: Indonesian month and weekday names, the five platforms.

One place for each, imported by the engines, the session checks and the instructor side alike.
The platform list follows session 1 of the Bimtek this course is modelled on (APKASI and
Apahabar Academy, Jakarta, 26 October 2023: X, Instagram, TikTok, YouTube, Facebook).
"""

from __future__ import annotations

import datetime

# Month names as EYD V writes them (Pedoman Umum Ejaan Bahasa Indonesia, 2022: capital initial).
BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
# Weekday names, Monday first, as ``datetime.date.weekday()`` counts.
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

PLATFORMS = ("X", "Instagram", "TikTok", "YouTube", "Facebook")
PLATFORM_ALIASES = {
    "twitter": "X",
    "x (twitter)": "X",
    "ig": "Instagram",
    "fb": "Facebook",
    "yt": "YouTube",
    "tik tok": "TikTok",
}


def platform_name(text: str) -> str | None:
    """The platform's canonical name for ``text`` (any case, common aliases), or None."""
    key = " ".join(str(text).split()).lower()
    for name in PLATFORMS:
        if name.lower() == key:
            return name
    return PLATFORM_ALIASES.get(key)


def tanggal_panjang(date: datetime.date) -> str:
    """``date`` written out as EYD V does: ``Kamis, 26 Oktober 2023``."""
    return f"{HARI[date.weekday()]}, {date.day} {BULAN[date.month - 1]} {date.year}"

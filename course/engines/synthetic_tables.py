"""The numbers the synthetic data set (``course.engines.synthetic_data``) is drawn from.

The fourteen made-up kabupaten, the content formats and pillars, the effects built in, the
calibration of each platform and the trending hashtags of 2024. Every number is invented.

Calibration (public figures; see ``../shared/domain/brief.md`` section 5)
-----------------------------------------------------------------------
* **ER by followers, per platform.** After the effects below are drawn, each
  platform's engagements are scaled so that the median post's engagement rate by
  followers equals Rival IQ's 2023 report (2022 data) median ER per post by
  follower: TikTok 5.69 %, Instagram 0.47 %, Facebook 0.06 %, X (Twitter)
  0.035 % (brief 5.2, via the wishu.io summary; Rival IQ's method by Rival IQ).
  Rival IQ gives no YouTube figure, so YouTube's 0.30 % is **our assumption**,
  not a benchmark. Rival IQ measures brands, not governments: these are
  plausible magnitudes, not a description of real Pemkab accounts.
* **ER falls as followers rise.** Arman & Sidik (ICISS 2019) found, for
  Instagram accounts of Indonesian ministries, that the more followers an
  account has, the lower its ER (brief 5.1). Here ER by reach scales as
  ``followers ** -ER_FOLLOWER_ELASTICITY`` (0.35, our assumption; the paper's
  coefficient is not in the brief), so ER by followers falls with followers too.
* **Audience size by platform.** The median account size of each platform is
  proportional to its monthly use among Indonesian internet users aged 16-64 in
  DataReportal *Digital 2024 Indonesia*: Instagram 85.3 %, Facebook 81.6 %,
  TikTok 73.5 %, X 57.5 % (brief 5.4). YouTube is not in that list; its smaller
  subscriber base is our assumption.
* **Reach per follower** (``reach_ratio``) is our assumption, chosen so that the
  median ER by reach lands within Hootsuite's rule of thumb that a good ER is
  1-5 % (Hootsuite 2024, brief 5.1). Hootsuite's and Rival IQ's figures use
  different methods and are never compared with each other.
* **Posting hours** are those of an office that posts mostly in working hours
  (WIB) with some early-morning and evening posts.

Effects built in (multipliers are ours; they are what the exercises discover)
---------------------------------------------------------------------------
* prime time differs by platform (``PLATFORM_SPECS[p]["prime_hour"]``): ER by reach
  peaks around that hour (X 07, Facebook 12, YouTube 16, Instagram 19, TikTok 20);
* video and quizzes outperform text (``FORMAT_EFFECT``);
* contests and prize quizzes lift comments strongly (``CONTEST_*``);
* trending hashtags lift reach modestly (``TREND_REACH``, +12 %), but they are
  used more on TikTok, so a naive pooled comparison overstates the effect;
* ceremonial posts underperform (``PILLAR_EFFECT["seremonial"]``);
* weekend posts do slightly better (``WEEKEND_EFFECT``).
"""

from __future__ import annotations

from typing import TypedDict

from course import vocabulary

# Fourteen made-up kabupaten (the seed Bimtek had humas from 14 kabupaten; brief section 0).
KABUPATEN = (
    "Sukamaju",
    "Tanjung Harapan",
    "Bukit Permai",
    "Sungai Jernih",
    "Lembah Hijau",
    "Pantai Indah",
    "Gunung Asri",
    "Danau Biru",
    "Padang Luhur",
    "Karang Makmur",
    "Teluk Damai",
    "Sawah Lebar",
    "Rimba Raya",
    "Muara Sejahtera",
)

# Content formats named at the seed Bimtek (brief section 0, bakabar.com).
FORMATS = ("kuis", "infografik", "gambar", "teks", "video", "podcast")

# Content pillars: the workplace content named at the Bimtek (profile, progress, behind the
# scenes, careers; brief section 0), plus public-service information and education, and the
# ceremonial posts that Dirjen IKP Usman Kansong warned against (brief 1.3, Antara).
PILLARS = ("informasi", "edukasi", "progres", "profil", "di balik layar", "karier", "seremonial")

# Share of posts per pillar: ceremony-heavy, as the Kansong remark suggests is common.
PILLAR_MIX = {
    "informasi": 0.25,
    "edukasi": 0.14,
    "progres": 0.12,
    "profil": 0.06,
    "di balik layar": 0.08,
    "karier": 0.05,
    "seremonial": 0.30,
}
PILLAR_EFFECT = {
    "informasi": 1.0,
    "edukasi": 1.05,
    "progres": 1.0,
    "profil": 0.95,
    "di balik layar": 1.25,
    "karier": 1.3,
    "seremonial": 0.55,
}
PILLAR_REACH = {"seremonial": 0.85}

FORMAT_EFFECT = {"teks": 0.6, "gambar": 1.0, "infografik": 1.15, "podcast": 0.9, "video": 1.55, "kuis": 1.8}
FORMAT_REACH = {"video": 1.15}

CONTEST_ENGAGEMENT = 1.3  # contests lift all interactions a little ...
CONTEST_COMMENT_WEIGHT = 6.0  # ... and comments a lot ("komentar untuk ikut")
TREND_REACH = 1.12
WEEKEND_EFFECT = 1.08
ER_FOLLOWER_ELASTICITY = 0.35
HOUR_PEAK = 0.8  # ER by reach is up to 1.8x at the prime hour ...
HOUR_WIDTH = 1.0  # ... falling off over about an hour either side

# Per platform: weekly posts per account, DataReportal 2024 use (% of internet users 16-64),
# target median ER by followers (%, Rival IQ 2023; YouTube assumed), reach per follower,
# impressions (or views) per reached account, prime hour (WIB), formats with their shares,
# share of likes/comments/shares/saves in an ordinary post, and use of trending hashtags.


class PlatformSpec(TypedDict):
    """What the generator needs to know about one platform (see the comment above)."""

    per_week: float
    usage: float | None
    er_followers: float
    reach_ratio: float
    frequency: float
    prime_hour: int
    formats: dict[str, float]
    split: tuple[float, float, float, float]
    trend: float


Row = tuple[float, float | None, float, float, float, int, tuple[float, float, float, float], float]

# Columns: per_week, usage, er_followers, reach_ratio, frequency, prime_hour, split, trend (see the comment above).
_ROWS: dict[str, Row] = {
    "X": (3.0, 57.5, 0.035, 0.03, 1.35, 7, (0.62, 0.10, 0.22, 0.06), 0.20),
    "Instagram": (3.0, 85.3, 0.47, 0.15, 1.3, 19, (0.80, 0.05, 0.07, 0.08), 0.16),
    "TikTok": (1.6, 73.5, 5.69, 1.2, 1.15, 20, (0.85, 0.04, 0.05, 0.06), 0.32),
    "YouTube": (0.6, None, 0.30, 0.08, 1.1, 16, (0.88, 0.08, 0.02, 0.02), 0.05),
    "Facebook": (2.2, 81.6, 0.06, 0.04, 1.25, 12, (0.74, 0.10, 0.14, 0.02), 0.08),
}
_FORMATS: dict[str, dict[str, float]] = {
    "X": {"teks": 0.35, "gambar": 0.28, "infografik": 0.15, "video": 0.12, "kuis": 0.10},
    "Instagram": {"gambar": 0.38, "infografik": 0.24, "video": 0.26, "kuis": 0.12},
    "TikTok": {"video": 0.84, "kuis": 0.11, "gambar": 0.05},
    "YouTube": {"video": 0.8, "podcast": 0.2},
    "Facebook": {"teks": 0.18, "gambar": 0.34, "infografik": 0.14, "video": 0.22, "kuis": 0.06, "podcast": 0.06},
}


def _spec(row: Row, formats: dict[str, float]) -> PlatformSpec:
    per_week, usage, er_followers, reach_ratio, frequency, prime_hour, split, trend = row
    return PlatformSpec(
        per_week=per_week,
        usage=usage,
        er_followers=er_followers,
        reach_ratio=reach_ratio,
        frequency=frequency,
        prime_hour=prime_hour,
        formats=formats,
        split=split,
        trend=trend,
    )


# Keyed by the names of ``course.vocabulary.PLATFORMS``, in that order (checked below).
PLATFORM_SPECS: dict[str, PlatformSpec] = {name: _spec(row, _FORMATS[name]) for name, row in _ROWS.items()}
if tuple(PLATFORM_SPECS) != vocabulary.PLATFORMS:  # pragma: no cover - a new platform needs its data here
    raise RuntimeError("PLATFORM_SPECS must list course.vocabulary.PLATFORMS, in that order")
# Median followers of an Instagram account; other platforms scale by DataReportal use.
BASE_FOLLOWERS = 20_000
YOUTUBE_FOLLOWERS = 3_000  # assumption: Pemkab YouTube channels are smaller

# Trending hashtags by date window (month, first day, last day): national days and events of 2024.
TRENDS = (
    (1, 1, 3, "#TahunBaru2024"),
    (2, 8, 15, "#Pemilu2024"),
    (3, 11, 31, "#Ramadan"),
    (4, 1, 9, "#Ramadan"),
    (4, 8, 16, "#Idulfitri"),
    (4, 19, 22, "#HariKartini"),
    (5, 1, 3, "#HariPendidikanNasional"),
    (6, 3, 6, "#HariLingkunganHidup"),
    (7, 21, 24, "#HariAnakNasional"),
    (8, 12, 18, "#HUTRI79"),
    (10, 1, 3, "#HariBatikNasional"),
    (10, 26, 29, "#SumpahPemuda"),
    (11, 8, 11, "#HariPahlawan"),
    (11, 20, 28, "#Pilkada2024"),
    (11, 24, 26, "#HariGuruNasional"),
)
# Topics that trend on any day (seasonal campaigns).
EVERGREEN_TRENDS = ("#CegahDBD", "#CekFakta", "#AyoImunisasi", "#BanggaBuatanIndonesia")


def median_followers(platform: str) -> float:
    """Median account size of a platform: Instagram's scaled by DataReportal 2024 use."""
    usage = PLATFORM_SPECS[platform]["usage"]
    instagram = PLATFORM_SPECS["Instagram"]["usage"]
    return YOUTUBE_FOLLOWERS if usage is None or instagram is None else BASE_FOLLOWERS * usage / instagram

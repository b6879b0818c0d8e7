"""The course's synthetic data set of Pemkab social-media posts ("data sintetis").

``generate(seed)`` builds about one year (2024) of posts from 14 fictional
kabupaten on X, Instagram, TikTok, YouTube and Facebook. The same seed always
gives the same table (``numpy.random.default_rng``; no global state). The
shipped file ``course/data/unggahan_pemkab_sintetis.csv`` is ``write_csv()`` of
``generate(SEED)``; a copy sits beside the session 01 and 02 notebooks so that
``pd.read_csv("unggahan_pemkab_sintetis.csv")`` can be taught, and a test
checks every copy equals a fresh generation.

Every number is invented. The kabupaten names are made up (none is a real
kabupaten) and every notebook that shows the data says "data sintetis".

The calibration (with its sources) and the effects built in are documented with their numbers
in ``course.engines.synthetic_tables``.

Realistic mess (what session 02 teaches to handle)
--------------------------------------------------
* exact duplicate rows (the same post exported twice), ``N_DUPLICATES``;
* missing ``jangkauan`` (insights not exported: most in one kabupaten-month,
  the rest scattered) and a few missing ``simpan``;
* one viral outlier: a TikTok video with a reach many times its account's usual.
"""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from course import vocabulary
from course.engines.synthetic_tables import (
    CONTEST_COMMENT_WEIGHT,
    CONTEST_ENGAGEMENT,
    ER_FOLLOWER_ELASTICITY,
    EVERGREEN_TRENDS,
    FORMAT_EFFECT,
    FORMAT_REACH,
    HOUR_PEAK,
    HOUR_WIDTH,
    KABUPATEN,
    PILLAR_EFFECT,
    PILLAR_MIX,
    PILLAR_REACH,
    PLATFORM_SPECS,
    TREND_REACH,
    TRENDS,
    WEEKEND_EFFECT,
    PlatformSpec,
    median_followers,
)
from course.engines.synthetic_tables import FORMATS as FORMATS  # re-exported: sessions name formats from here
from course.engines.synthetic_tables import PILLARS as PILLARS  # re-exported: sessions name pillars from here
from course.engines.synthetic_text import PILLAR_TAG, captions, hashtag

SEED = 2024
FILENAME = "unggahan_pemkab_sintetis.csv"
YEAR = 2024


N_DUPLICATES = 60
N_MISSING_REACH_SCATTERED = 25
N_MISSING_SAVES = 30

COLUMNS = (
    "id_unggahan",
    "kabupaten",
    "platform",
    "waktu_wib",
    "format",
    "pilar",
    "teks",
    "tagar",
    "tagar_tren",
    "kontes",
    "pengikut",
    "jangkauan",
    "impresi",
    "suka",
    "komentar",
    "bagikan",
    "simpan",
)

# What each column means, in Indonesian (shown in the notebooks).
KAMUS_DATA = {
    "id_unggahan": "kode unik unggahan",
    "kabupaten": "kabupaten rekaan pemilik akun",
    "platform": "X, Instagram, TikTok, YouTube, atau Facebook",
    "waktu_wib": "tanggal dan jam unggah (WIB)",
    "format": "kuis, infografik, gambar, teks, video, atau podcast",
    "pilar": "pilar konten (informasi, edukasi, progres, profil, di balik layar, karier, seremonial)",
    "teks": "keterangan (caption) atau judul unggahan",
    "tagar": "tagar yang dipakai",
    "tagar_tren": "True bila memakai tagar yang sedang tren",
    "kontes": "True bila unggahan berupa lomba atau kuis berhadiah",
    "pengikut": "jumlah pengikut akun saat unggahan tayang",
    "jangkauan": "jumlah akun unik yang melihat unggahan (reach)",
    "impresi": "jumlah tayangan, termasuk tayangan berulang (impressions atau views)",
    "suka": "jumlah suka (likes/reactions)",
    "komentar": "jumlah komentar",
    "bagikan": "jumlah bagikan (shares/reposts)",
    "simpan": "jumlah simpan (saves/bookmarks)",
}


def _accounts(rng: np.random.Generator) -> pd.DataFrame:
    """One row per kabupaten and platform: starting followers, yearly growth, activity."""
    size = np.exp(rng.normal(0.0, 0.85, len(KABUPATEN)))
    activity = np.clip(np.exp(rng.normal(0.0, 0.25, len(KABUPATEN))), 0.6, 1.6)
    rows = []
    for k, kab in enumerate(KABUPATEN):
        for platform in vocabulary.PLATFORMS:
            start = median_followers(platform) * size[k] * np.exp(rng.normal(0.0, 0.3))
            growth = rng.uniform(0.3, 0.6) if platform == "TikTok" else rng.uniform(0.02, 0.2)
            rows.append((kab, platform, max(start, 300.0), growth, activity[k]))
    return pd.DataFrame(rows, columns=["kabupaten", "platform", "start", "growth", "activity"])


def _post_times(rng: np.random.Generator, n: int) -> np.ndarray:
    """Posting times in 2024: weekdays favoured, mostly office hours (06-22 WIB)."""
    days = pd.date_range(f"{YEAR}-01-01", f"{YEAR}-12-31", freq="D")
    weight = np.where(days.day_of_week < 5, 1.0, np.where(days.day_of_week == 5, 0.6, 0.45))
    day = rng.choice(len(days), size=n, p=weight / weight.sum())
    office = np.clip(np.round(rng.normal(10.5, 2.6, n)), 6, 22)
    spread = rng.integers(6, 23, n)
    hour = np.where(rng.random(n) < 0.5, office, spread).astype(int)
    minute = rng.integers(0, 60, n)
    return days.values[day] + (hour * 60 + minute).astype("timedelta64[m]")


def _trend_of_day(stamps: pd.DatetimeIndex) -> np.ndarray:
    tags = np.array(["" for _ in range(len(stamps))], dtype=object)
    month, day = stamps.month.values, stamps.day.values
    for m, first, last, tag in TRENDS:
        hit = (month == m) & (day >= first) & (day <= last) & (tags == "")
        tags[hit] = tag
    return tags


def _split(rng: np.random.Generator, total: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """Split each post's engagements into likes, comments, shares, saves (binomial chain)."""
    parts = np.zeros((len(total), 4), dtype=np.int64)
    left = total.copy()
    remaining = np.ones(len(total))
    for j in range(3):
        p = np.clip(shares[:, j] / remaining, 0.0, 1.0)
        parts[:, j] = rng.binomial(left, p)
        left -= parts[:, j]
        remaining -= shares[:, j]
    parts[:, 3] = left
    return parts


def generate(seed: int = SEED) -> pd.DataFrame:
    """The synthetic posts table for ``seed`` (same seed, same table)."""
    rng = np.random.default_rng(seed)
    posts = _posts(rng)
    n = len(posts)
    platform = posts["platform"].to_numpy()
    stamps = pd.DatetimeIndex(posts["waktu_wib"])
    spec_of = [PLATFORM_SPECS[p] for p in platform]

    # Followers grow through the year.
    year_frac = (stamps.day_of_year.values - 1) / 365.0
    followers = np.round(posts["start"].to_numpy() * (1 + posts["growth"].to_numpy() * year_frac)).astype(np.int64)

    fmt, pillar, contest, trend_tag, trending = _content(rng, platform, stamps, spec_of)
    reach, engagements = _reach_and_engagements(
        rng, followers, platform, stamps, spec_of, (fmt, pillar, contest, trending)
    )
    parts, impressions = _interactions(rng, engagements, reach, spec_of, contest)

    kab = posts["kabupaten"].to_numpy()
    tags = [
        f"{hashtag(k)} #Pemkab{hashtag(k)[1:]} {PILLAR_TAG[x]}" + (f" {t}" if tr else "")
        for k, x, t, tr in zip(kab, pillar, trend_tag, trending)
    ]
    table = pd.DataFrame(
        {
            "id_unggahan": [f"U{i:05d}" for i in range(1, n + 1)],
            "kabupaten": kab,
            "platform": platform,
            "waktu_wib": stamps,
            "format": fmt,
            "pilar": pillar,
            "teks": captions(rng, pillar, fmt, contest, kab),
            "tagar": tags,
            "tagar_tren": trending,
            "kontes": contest,
            "pengikut": followers,
            "jangkauan": reach.astype(float),
            "impresi": impressions,
            "suka": parts[:, 0],
            "komentar": parts[:, 1],
            "bagikan": parts[:, 2],
            "simpan": parts[:, 3].astype(float),
        }
    )
    return _add_mess(rng, table)


def _posts(rng: np.random.Generator) -> pd.DataFrame:
    """One row per post: kabupaten, platform, posting time and the account's growth, in time order."""
    accounts = _accounts(rng)
    blocks = []
    for row in accounts.itertuples(index=False):
        spec = PLATFORM_SPECS[row.platform]
        n = int(rng.poisson(spec["per_week"] * row.activity * 52.3))
        stamps = _post_times(rng, n)
        blocks.append(
            pd.DataFrame(
                {
                    "kabupaten": row.kabupaten,
                    "platform": row.platform,
                    "waktu_wib": stamps,
                    "start": row.start,
                    "growth": row.growth,
                }
            )
        )
    return pd.concat(blocks, ignore_index=True).sort_values(
        ["waktu_wib", "kabupaten", "platform"], kind="stable", ignore_index=True
    )


def _content(
    rng: np.random.Generator, platform: np.ndarray, stamps: pd.DatetimeIndex, spec_of: list[PlatformSpec]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Format, pillar, contest flag, trending hashtag and whether it is used, per post."""
    n = len(platform)
    fmt = np.empty(n, dtype=object)
    for p in vocabulary.PLATFORMS:
        spec = PLATFORM_SPECS[p]
        mask = platform == p
        names = list(spec["formats"])
        probs = np.array([spec["formats"][f] for f in names])
        fmt[mask] = np.array(names, dtype=object)[rng.choice(len(names), size=mask.sum(), p=probs / probs.sum())]
    pillar_names = list(PILLAR_MIX)
    pillar_p = np.array([PILLAR_MIX[x] for x in pillar_names])
    pillar = np.array(pillar_names, dtype=object)[rng.choice(len(pillar_names), size=n, p=pillar_p / pillar_p.sum())]
    contest_p = np.where(fmt == "kuis", 0.6, np.where(np.isin(fmt, ["gambar", "video"]), 0.03, 0.0))
    contest_p = np.where(pillar == "seremonial", 0.0, contest_p)
    contest = rng.random(n) < contest_p
    day_trend = _trend_of_day(stamps)
    evergreen = np.array(EVERGREEN_TRENDS, dtype=object)[rng.integers(len(EVERGREEN_TRENDS), size=n)]
    trend_tag = np.where(day_trend != "", day_trend, evergreen)
    trend_p = np.array([s["trend"] for s in spec_of]) * np.where(day_trend != "", 2.0, 1.0)
    trending = rng.random(n) < trend_p
    return fmt, pillar, contest, trend_tag, trending


def _reach_and_engagements(
    rng: np.random.Generator,
    followers: np.ndarray,
    platform: np.ndarray,
    stamps: pd.DatetimeIndex,
    spec_of: list[PlatformSpec],
    content: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
) -> tuple[np.ndarray, np.ndarray]:
    """Reach and engagements per post, calibrated to each platform's median ER by followers."""
    fmt, pillar, contest, trending = content
    n = len(platform)
    # Reach: followers x reach ratio x effects x noise.
    hour = stamps.hour.values
    weekend = stamps.day_of_week.values >= 5
    reach_ratio = np.array([s["reach_ratio"] for s in spec_of])
    reach_mult = (
        np.where(trending, TREND_REACH, 1.0)
        * np.array([FORMAT_REACH.get(f, 1.0) for f in fmt])
        * np.array([PILLAR_REACH.get(x, 1.0) for x in pillar])
    )
    reach = followers * reach_ratio * reach_mult * np.exp(rng.normal(0.0, 0.4, n))
    reach = np.maximum(np.round(reach), 20).astype(np.int64)

    # ER by reach: format, pillar, hour, weekend, contest, follower count, noise.
    prime = np.array([s["prime_hour"] for s in spec_of])
    hour_mult = 1.0 + HOUR_PEAK * np.exp(-((hour - prime) ** 2) / (2 * HOUR_WIDTH**2))
    ref = np.array([median_followers(p) for p in platform])
    er_reach = (
        np.array([FORMAT_EFFECT[f] for f in fmt])
        * np.array([PILLAR_EFFECT[x] for x in pillar])
        * hour_mult
        * np.where(weekend, WEEKEND_EFFECT, 1.0)
        * np.where(contest, CONTEST_ENGAGEMENT, 1.0)
        * (followers / ref) ** -ER_FOLLOWER_ELASTICITY
        * np.exp(rng.normal(0.0, 0.35, n))
    )
    # Calibrate: each platform's median ER by followers equals its target.
    er_followers = er_reach * reach / followers
    for p in vocabulary.PLATFORMS:
        mask = platform == p
        er_reach[mask] *= (PLATFORM_SPECS[p]["er_followers"] / 100.0) / np.median(er_followers[mask])
    engagements = rng.poisson(er_reach * reach).astype(np.int64)
    return reach, engagements


def _interactions(
    rng: np.random.Generator,
    engagements: np.ndarray,
    reach: np.ndarray,
    spec_of: list[PlatformSpec],
    contest: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Likes, comments, shares and saves of each post (4 columns), and its impressions."""
    shares = np.array([s["split"] for s in spec_of], dtype=float)
    shares = shares * np.exp(rng.normal(0.0, 0.25, shares.shape))
    shares[:, 1] *= np.where(contest, CONTEST_COMMENT_WEIGHT, 1.0)
    shares /= shares.sum(axis=1, keepdims=True)
    parts = _split(rng, engagements, shares)
    frequency = np.array([s["frequency"] for s in spec_of])
    impressions = np.round(reach * frequency * np.exp(rng.normal(0.0, 0.08, len(reach)))).astype(np.int64)
    impressions = np.maximum(impressions, reach)
    return parts, impressions


def viral_row(table: pd.DataFrame) -> int:
    """Position of the post chosen to go viral: a TikTok 'di balik layar' video on HUT RI week."""
    candidates = table.index[
        (table["platform"] == "TikTok")
        & (table["format"] == "video")
        & (table["waktu_wib"].dt.month == 8)
        & (table["waktu_wib"].dt.day.between(15, 18))
    ]
    return int(candidates[0])


def _add_mess(rng: np.random.Generator, table: pd.DataFrame) -> pd.DataFrame:
    table = table.copy()
    # One viral outlier: reach about 80 times the account's usual, many shares.
    v = viral_row(table)
    table.loc[v, "pilar"] = "di balik layar"
    table.loc[v, "teks"] = "Video: Di balik layar petugas BPBD menyiapkan upacara HUT RI di tengah hujan."
    table.loc[v, "kontes"] = False
    table.loc[v, "tagar_tren"] = True
    kab = table.loc[v, "kabupaten"]
    table.loc[v, "tagar"] = f"{hashtag(kab)} #Pemkab{hashtag(kab)[1:]} #DiBalikLayar #HUTRI79"
    followers = int(table.loc[v, "pengikut"])
    reach = int(followers * 1.2 * 80)
    table.loc[v, "jangkauan"] = float(reach)
    table.loc[v, "impresi"] = int(reach * 1.4)
    table.loc[v, "suka"] = int(reach * 0.09)
    table.loc[v, "komentar"] = int(reach * 0.004)
    table.loc[v, "bagikan"] = int(reach * 0.012)
    table.loc[v, "simpan"] = float(int(reach * 0.006))

    # Missing reach: one kabupaten-month whose insights were not exported, plus a few scattered rows.
    month_gap = (table["kabupaten"] == "Sawah Lebar") & (table["waktu_wib"].dt.month == 3)
    table.loc[month_gap, "jangkauan"] = np.nan
    others = table.index[~month_gap & (table.index != v)]
    table.loc[rng.choice(others, N_MISSING_REACH_SCATTERED, replace=False), "jangkauan"] = np.nan
    others = table.index[table["jangkauan"].notna() & (table.index != v)]
    table.loc[rng.choice(others, N_MISSING_SAVES, replace=False), "simpan"] = np.nan

    # Duplicates: the same post exported twice, placed right after the original.
    dup = np.sort(rng.choice(table.index[table.index != v], N_DUPLICATES, replace=False))
    order = np.concatenate([table.index.to_numpy(), dup])
    position = np.concatenate([np.arange(len(table), dtype=float), dup + 0.5])
    table = table.loc[order[np.argsort(position, kind="stable")]].reset_index(drop=True)
    return table[list(COLUMNS)]


def to_csv_text(table: pd.DataFrame) -> str:
    """The CSV text of a generated table (what is shipped)."""
    buffer = io.StringIO()
    table.to_csv(buffer, index=False, date_format="%Y-%m-%d %H:%M", lineterminator="\n")
    return buffer.getvalue()


def write_csv(path: str | Path, seed: int = SEED) -> Path:
    """Write ``generate(seed)`` to ``path`` as CSV (UTF-8, one header row)."""
    path = Path(path)
    path.write_text(to_csv_text(generate(seed)), encoding="utf-8")
    return path


def data_path() -> Path:
    """Path of the shipped CSV inside the installed package."""
    return Path(str(resources.files("course") / "data" / FILENAME))


def read(path: str | Path | None = None) -> pd.DataFrame:
    """Read the shipped CSV (or ``path``) as the notebooks teach: ``waktu_wib`` parsed as dates."""
    return pd.read_csv(path or data_path(), parse_dates=["waktu_wib"])


@lru_cache(maxsize=1)
def _cached_raw() -> pd.DataFrame:
    return read()


def load() -> pd.DataFrame:
    """The shipped data set as a participant loads it (a fresh copy each call)."""
    return _cached_raw().copy()


def clean(table: pd.DataFrame) -> pd.DataFrame:
    """What session 02 teaches: drop duplicate rows, then rows without reach or saves."""
    return table.drop_duplicates().dropna(subset=["jangkauan", "simpan"])


@lru_cache(maxsize=1)
def _cached_clean() -> pd.DataFrame:
    return clean(_cached_raw())


def load_clean() -> pd.DataFrame:
    """The cleaned data set (a fresh copy each call)."""
    return _cached_clean().copy()


# Session folders that get a copy of the CSV beside their notebook.
SESSION_FOLDERS = ("01-konten-medsos", "02-analisis-engagement")

"""The synthetic data set: reproducible, shipped unchanged, calibrated, with its effects and its mess."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course.engines import synthetic_data as D
from course.engines.engagement_frames import bandingkan, jam_terbaik, median_per, siapkan

from .conftest import ROOT

SHIPPED = [
    D.data_path(),
    ROOT / "source" / "01-konten-medsos" / D.FILENAME,
    ROOT / "source" / "02-analisis-engagement" / D.FILENAME,
]
RELEASED = [
    ROOT / "release" / "01-konten-medsos" / D.FILENAME,
    ROOT / "release" / "02-analisis-engagement" / D.FILENAME,
]
RIVAL_IQ_2023 = {"TikTok": 5.69, "Instagram": 0.47, "Facebook": 0.06, "X": 0.035}


@pytest.fixture(scope="module")
def raw():
    return D.generate(D.SEED)


@pytest.fixture(scope="module")
def posts(raw):
    return siapkan(D.clean(raw))


def by_platform(posts, platform):
    return posts[posts["platform"] == platform]


def test_same_seed_gives_the_same_table(raw):
    pd.testing.assert_frame_equal(D.generate(D.SEED), raw)
    assert D.to_csv_text(D.generate(D.SEED)) == D.to_csv_text(raw)


def test_another_seed_gives_another_table(raw):
    other = D.generate(D.SEED + 1)
    assert len(other) != len(raw) or not other["jangkauan"].equals(raw["jangkauan"])


@pytest.mark.parametrize(
    "path", SHIPPED + RELEASED, ids=lambda p: str(p.relative_to(ROOT)) if ROOT in p.parents else p.name
)
def test_every_shipped_copy_equals_the_generator(raw, path):
    fix = "run `make release`" if "release" in path.parts else "run `python tools/regenerate_dataset.py`"
    assert path.is_file(), f"{path} is missing: {fix}"
    assert path.read_text(encoding="utf-8") == D.to_csv_text(raw), f"{path} is stale: {fix}"


def test_shipped_file_is_small_and_reads_back_as_generated(raw):
    assert D.data_path().stat().st_size < 3_000_000
    read = D.read()
    assert list(read.columns) == list(D.COLUMNS)
    assert pd.api.types.is_datetime64_any_dtype(read["waktu_wib"])
    assert read["tagar_tren"].dtype == bool and read["kontes"].dtype == bool
    pd.testing.assert_series_equal(read["waktu_wib"], raw["waktu_wib"], check_dtype=False)
    for column in ("pengikut", "jangkauan", "impresi", "suka", "komentar", "bagikan", "simpan"):
        np.testing.assert_array_equal(read[column].to_numpy(dtype=float), raw[column].to_numpy(dtype=float))


def test_shape_and_values(raw):
    assert list(raw.columns) == list(D.COLUMNS)
    assert 6_000 < len(raw) < 10_000
    assert sorted(raw["kabupaten"].unique()) == sorted(D.KABUPATEN) and len(D.KABUPATEN) == 14
    assert set(raw["platform"]) == {"X", "Instagram", "TikTok", "YouTube", "Facebook"}
    assert set(raw["format"]) == set(D.FORMATS) and set(raw["pilar"]) == set(D.PILLARS)
    assert raw["waktu_wib"].dt.year.eq(2024).all()
    assert raw["waktu_wib"].dt.hour.between(6, 22).all()
    assert (raw["impresi"] >= raw["jangkauan"].fillna(0)).all()
    assert raw["id_unggahan"].str.fullmatch(r"U\d{5}").all()
    assert raw["teks"].str.len().gt(10).all() and raw["tagar"].str.startswith("#").all()
    for platform, spec in D.PLATFORM_SPECS.items():
        assert set(raw.loc[raw["platform"] == platform, "format"]) == set(spec["formats"])


def test_followers_grow_through_the_year(raw):
    account = raw[(raw["kabupaten"] == "Sukamaju") & (raw["platform"] == "TikTok")].sort_values("waktu_wib")
    assert account["pengikut"].is_monotonic_increasing
    assert account["pengikut"].iloc[-1] > account["pengikut"].iloc[0]


def test_median_er_by_followers_matches_rival_iq(posts):
    medians = median_per(posts, "platform", "er_pengikut")
    for platform, target in RIVAL_IQ_2023.items():
        assert medians[platform] == pytest.approx(target, rel=0.08), platform


def test_median_er_by_reach_within_hootsuite_rule_of_thumb(posts):
    medians = median_per(posts, "platform", "er_jangkauan")
    assert medians.between(1.0, 5.0).all(), medians


def test_instagram_is_the_largest_platform_as_in_digital_2024(posts):
    followers = median_per(posts, "platform", "pengikut")
    assert followers["Instagram"] > followers["Facebook"] > followers["X"]
    assert followers["YouTube"] == followers.min()


def test_er_falls_as_followers_rise(posts):
    for platform in ("Instagram", "TikTok", "Facebook", "X"):
        part = by_platform(posts, platform)
        rho = part["pengikut"].rank().corr(part["er_pengikut"].rank())
        assert rho < -0.2, (platform, rho)
    tiers = median_per(by_platform(posts, "Instagram"), "tingkat_pengikut", "er_pengikut")
    assert tiers.is_monotonic_decreasing and len(tiers) == 4


def test_prime_hours_differ_by_platform(posts):
    hours = jam_terbaik(posts)
    assert hours == {p: s["prime_hour"] for p, s in D.PLATFORM_SPECS.items()}
    assert len(set(hours.values())) == 5


@pytest.mark.parametrize("seed", [3, 11])
def test_prime_hours_hold_for_other_seeds(seed):
    hours = jam_terbaik(siapkan(D.clean(D.generate(seed))))
    for platform in ("X", "Instagram", "TikTok", "Facebook"):
        assert abs(hours[platform] - D.PLATFORM_SPECS[platform]["prime_hour"]) <= 1, (seed, platform, hours)


def test_video_and_quizzes_outperform_text(posts):
    for platform in ("X", "Facebook"):
        medians = median_per(by_platform(posts, platform), "format")
        assert medians["video"] > 1.5 * medians["teks"], platform
        assert medians["kuis"] > 1.5 * medians["teks"], platform
        assert medians.idxmin() == "teks"
    assert median_per(by_platform(posts, "Instagram"), "format").idxmax() == "kuis"


def test_contests_lift_comments(posts):
    for platform in ("Instagram", "TikTok", "Facebook"):
        result = bandingkan(by_platform(posts, platform), "kontes", "komentar", n_ulang=300)
        assert result.bawah > 2.0, (platform, result)
    share = posts["komentar"] / posts["interaksi"]
    assert share[posts["kontes"]].median() > 3 * share[~posts["kontes"]].median()


def test_trending_hashtags_lift_reach_modestly(posts):
    ratios = []
    for platform in ("Instagram", "TikTok", "X"):
        part = by_platform(posts, platform).assign(rasio=lambda f: f["jangkauan"] / f["pengikut"])
        result = bandingkan(part, "tagar_tren", "rasio", n_ulang=300)
        assert 1.03 < result.rasio < 1.25, (platform, result)
        ratios.append(result)
    assert ratios[0].bawah > 1.0
    pooled = bandingkan(posts, "tagar_tren", "jangkauan", n_ulang=300)
    assert pooled.rasio > 1.5  # the confounded comparison the notebook warns about


def test_ceremonial_posts_underperform(posts):
    for platform in ("X", "Instagram", "TikTok", "Facebook"):
        medians = median_per(by_platform(posts, platform), "pilar")
        assert medians.idxmin() == "seremonial", platform
        assert medians["seremonial"] < 0.75 * medians.drop("seremonial").median(), platform
    assert (posts["pilar"] == "seremonial").mean() > 0.25


def test_realistic_mess(raw):
    assert raw.duplicated().sum() == D.N_DUPLICATES
    assert raw["id_unggahan"].duplicated().sum() == D.N_DUPLICATES
    missing = raw[raw["jangkauan"].isna()].drop_duplicates()
    assert len(missing) >= 40
    gap = missing[(missing["kabupaten"] == "Sawah Lebar") & (missing["waktu_wib"].dt.month == 3)]
    assert len(gap) > len(missing) / 2
    assert raw.drop_duplicates()["simpan"].isna().sum() == D.N_MISSING_SAVES
    other = raw.drop(columns=["jangkauan", "simpan"]).isna().sum()
    assert other.sum() == 0, other[other > 0]


def test_exactly_one_viral_outlier(raw):
    clean = siapkan(D.clean(raw))
    reach_per_follower = (clean["jangkauan"] / clean["pengikut"]).sort_values(ascending=False)
    assert reach_per_follower.iloc[0] > 20 * reach_per_follower.iloc[1]
    viral = clean.loc[reach_per_follower.index[0]]
    assert viral["platform"] == "TikTok" and viral["jangkauan"] == clean["jangkauan"].max()
    tiktok = by_platform(clean, "TikTok")["jangkauan"]
    assert tiktok.mean() > 1.3 * tiktok.median()  # the outlier pulls the mean, not the median


def test_cleaning_keeps_the_viral_post_and_drops_only_the_mess(raw):
    clean = D.clean(raw)
    assert clean["jangkauan"].idxmax() == raw["jangkauan"].idxmax()
    assert not clean.duplicated().any() and clean[["jangkauan", "simpan"]].notna().all().all()
    assert len(clean) == len(raw.drop_duplicates().dropna())


def test_load_gives_fresh_copies():
    first = D.load()
    first.loc[0, "suka"] = -1
    assert D.load().loc[0, "suka"] != -1
    clean = D.load_clean()
    clean["x"] = 1
    assert "x" not in D.load_clean().columns

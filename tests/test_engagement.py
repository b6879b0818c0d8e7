"""course.engines.engagement (the arithmetic), engagement_frames (the robust comparisons) and charts (read
through their Axes)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from course.engines import charts as C
from course.engines import engagement as E
from course.engines import engagement_frames as F
from course.engines import synthetic_data as dataset
from course.errors import EmptyInput, InputError
from course.vocabulary import PLATFORMS

pytestmark = pytest.mark.filterwarnings("error")

OKABE_ITO = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"}


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def posts():
    return F.siapkan(dataset.load_clean())


def tiny() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id_unggahan": ["U1", "U2", "U3", "U4"],
            "platform": ["X", "X", "Instagram", "Instagram"],
            "waktu_wib": pd.to_datetime(
                ["2024-01-01 07:10", "2024-01-06 12:00", "2024-01-02 19:30", "2024-01-03 19:05"]
            ),
            "format": ["teks", "video", "gambar", "video"],
            "pengikut": [9_999, 10_000, 50_000, 100_000],
            "jangkauan": [1_000.0, 2_000.0, 0.0, 10_000.0],
            "impresi": [1_500, 2_500, 10, 12_500],
            "suka": [10, 30, 5, 400],
            "komentar": [2, 5, 0, 20],
            "bagikan": [3, 5, 0, 30],
            "simpan": [5.0, 0.0, 1.0, 50.0],
        }
    )


# --- the foundation's functions keep their behaviour ------------------------------------


def test_existing_total_and_rate_unchanged():
    assert E.total_engagement(1240, 85, 175, 60) == 1560
    assert E.engagement_rate(1500, 50_000) == pytest.approx(3.0)
    assert E.engagement_rate(1500, 10_000, per="pengikut") == pytest.approx(15.0)
    with pytest.raises(InputError, match="jumlah pengikut"):
        E.engagement_rate(10, 0, per="pengikut")
    with pytest.raises(InputError, match="negatif"):
        E.total_engagement(-1, 0, 0)


# --- tables ------------------------------------------------------------------------------


def test_tambah_er_three_denominators():
    frame = F.tambah_er(tiny())
    assert list(frame["interaksi"]) == [20, 40, 6, 500]
    assert frame.loc[0, "er_jangkauan"] == pytest.approx(2.0)
    assert frame.loc[0, "er_pengikut"] == pytest.approx(20 / 9_999 * 100)
    assert frame.loc[0, "er_impresi"] == pytest.approx(20 / 1_500 * 100)
    assert np.isnan(frame.loc[2, "er_jangkauan"])  # reach 0: no rate, never infinity
    assert "interaksi" not in tiny().columns  # the input is left alone


def test_missing_saves_stay_missing():
    frame = tiny()
    frame.loc[1, "simpan"] = np.nan
    assert np.isnan(F.hitung_interaksi(frame)[1])


def test_friendly_errors_for_wrong_input():
    with pytest.raises(EmptyInput, match="masih kosong"):
        F.tambah_er(None)
    with pytest.raises(InputError, match="DataFrame"):
        F.tambah_er([1, 2, 3])
    with pytest.raises(InputError, match="satu kolom"):
        F.tambah_er(tiny()["suka"])
    with pytest.raises(InputError, match='Ada kolom "Suka"') as info:
        F.hitung_interaksi(tiny().rename(columns={"suka": "Suka"}))
    assert 'belum punya kolom "suka"' in info.value.message
    with pytest.raises(InputError, match="parse_dates"):
        F.tambah_waktu(tiny().assign(waktu_wib=lambda f: f["waktu_wib"].astype(str)))
    with pytest.raises(EmptyInput, match='data\\["simpan"\\] = '):
        F.hitung_interaksi(tiny().assign(simpan=None))


def test_time_columns_and_tiers():
    frame = F.siapkan(tiny())
    assert list(frame["jam"]) == [7, 12, 19, 19]
    assert list(frame["hari"]) == ["Senin", "Sabtu", "Selasa", "Rabu"]
    assert list(frame["tingkat_pengikut"]) == ["< 10 rb", "10–50 rb", "50–100 rb", "≥ 100 rb"]
    assert list(frame["tingkat_pengikut"].cat.categories) == list(F.TIERS)


def test_medians_and_best_values_agree_with_pandas(posts):
    expected = posts.groupby("platform")["er_jangkauan"].median()
    pd.testing.assert_series_equal(F.median_per(posts, "platform"), expected, check_names=False)
    summary = F.ringkas_per(posts, "platform")
    assert (summary["kuartil_1"] <= summary["median"]).all() and (summary["median"] <= summary["kuartil_3"]).all()
    assert summary["jumlah_unggahan"].sum() == posts["er_jangkauan"].notna().sum()
    best = F.terbaik_per(posts, "platform", "format")
    ig = posts[posts["platform"] == "Instagram"]
    assert best["Instagram"] == ig.groupby("format")["er_jangkauan"].median().idxmax()


def test_jam_terbaik_on_a_tiny_table_and_minimum_count():
    frame = F.siapkan(tiny().assign(jangkauan=[1_000.0, 2_000.0, 500.0, 10_000.0]))
    assert F.jam_terbaik(frame) == {"X": 7, "Instagram": 19}
    assert F.jam_terbaik(frame, min_unggahan=2) == {"Instagram": 19}
    assert F.jam_terbaik(F.siapkan(tiny()), min_unggahan=2) == {}  # a post without reach does not count


def test_unknown_denominator_is_explained():
    with pytest.raises(InputError, match="penyebut"):
        F._er_column("klik")
    assert F._er_column("pengikut") == "er_pengikut"


def test_bandingkan_ratio_interval_and_reproducibility(posts):
    ig = posts[posts["platform"] == "Instagram"]
    first = F.bandingkan(ig, "kontes", "komentar", n_ulang=400, seed=1)
    assert first == F.bandingkan(ig, "kontes", "komentar", n_ulang=400, seed=1)
    assert first.median_ya == ig.loc[ig["kontes"], "komentar"].median()
    assert first.n_ya + first.n_tidak == len(ig)
    assert first.bawah <= first.rasio <= first.atas
    assert "selang 95%" in str(first) and "," in str(first)
    with pytest.raises(InputError, match="terlalu kecil"):
        F.bandingkan(ig.head(3), "kontes", "komentar")


@pytest.mark.parametrize("n", [1, 2, 7, 10])
def test_bootstrap_medians_are_the_medians_of_the_resamples(n):
    values = np.random.default_rng(5).normal(size=n) * 10
    fast = F._bootstrap_medians(np.random.default_rng(9), values, 50)
    picks = np.random.default_rng(9).integers(0, n, size=(50, n), dtype=np.int32)
    np.testing.assert_allclose(fast, np.median(np.sort(values)[picks], axis=1))


def test_indonesian_number_formats():
    assert E.format_angka(12345.678) == "12.346"
    assert E.format_angka(1234.5, 2) == "1.234,50"
    assert E.format_persen(3.14159) == "3,1%"


# --- charts --------------------------------------------------------------------------------


def test_palette_is_okabe_ito():
    assert {c.lower() for c in C.PALETTE} == OKABE_ITO
    assert {c.lower() for c in C.PLATFORM_COLOURS.values()} <= OKABE_ITO


def test_grafik_median_per_platform(posts):
    ax = C.grafik_median(posts, "platform")
    assert "data sintetis" in ax.get_title() and ax.get_title().startswith("Median ER per jangkauan")
    assert ax.get_ylabel() == "Median ER per jangkauan (%)"
    assert ax.get_xlabel() == "Platform"
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == list(PLATFORMS)
    heights = [bar.get_height() for bar in ax.patches]
    expected = posts.groupby("platform")["er_jangkauan"].median().reindex(PLATFORMS)
    np.testing.assert_allclose(heights, expected.to_numpy())
    assert [to_hex(b.get_facecolor()) for b in ax.patches] == [C.PLATFORM_COLOURS[p].lower() for p in labels]
    assert ax.yaxis.get_major_formatter()(1.5, 0) == "1,5%"


def test_grafik_median_sorted_with_highlight(posts):
    ax = C.grafik_median(posts, "pilar", sorot="seremonial")
    heights = [bar.get_height() for bar in ax.patches]
    assert len(heights) == 7 and heights == sorted(heights, reverse=True)
    colours = {t.get_text(): to_hex(b.get_facecolor()) for t, b in zip(ax.get_xticklabels(), ax.patches)}
    assert colours["seremonial"] == "#e69f00"
    assert {c for k, c in colours.items() if k != "seremonial"} == {"#0072b2"}
    assert ax.get_xlabel() == "Pilar konten"


def test_grafik_per_jam_one_line_per_platform(posts):
    ax = C.grafik_per_jam(posts)
    assert [line.get_label() for line in ax.lines] == list(PLATFORMS)
    assert ax.get_xlabel() == "Jam unggah (WIB)" and "data sintetis" in ax.get_title()
    tiktok = next(line for line in ax.lines if line.get_label() == "TikTok")
    expected = posts[posts["platform"] == "TikTok"].groupby("jam")["er_jangkauan"].median()
    np.testing.assert_array_equal(tiktok.get_xdata(), expected.index.to_numpy())
    np.testing.assert_allclose(tiktok.get_ydata(), expected.to_numpy())
    assert to_hex(tiktok.get_color()) == C.PLATFORM_COLOURS["TikTok"].lower()
    assert len(C.grafik_per_jam(posts, platform="X").lines) == 1


def test_grafik_tingkat_pengikut_falls(posts):
    ax = C.grafik_tingkat_pengikut(posts, "Instagram")
    assert [t.get_text() for t in ax.get_xticklabels()] == list(F.TIERS)
    heights = [bar.get_height() for bar in ax.patches]
    assert heights == sorted(heights, reverse=True)
    assert ax.get_ylabel() == "Median ER per pengikut (%)"
    assert ax.get_xlabel() == "Kelompok jumlah pengikut" and ax.get_title().startswith("Instagram:")


def test_grafik_batang_rejects_a_table():
    with pytest.raises(InputError, match="Series"):
        C.grafik_batang(tiny(), "judul", "y")


def test_charts_accept_raw_data_without_er_columns():
    ax = C.grafik_per_jam(tiny())
    assert len(ax.lines) == 2


def test_png_of_a_figure():
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    assert C.gambar_png(fig).startswith(b"\x89PNG")


def test_the_arithmetic_loads_neither_numpy_nor_pandas():
    """Session 00 only adds and divides: its kernel must not pay for importing numpy and pandas."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom course.engines.engagement import engagement_rate, total_engagement\n"
        "import course.errors\n"
        "assert engagement_rate(total_engagement(1200, 200, 100), 50000) == 3.0\n"
        "print(sorted({'numpy', 'pandas', 'matplotlib'} & set(sys.modules)))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"

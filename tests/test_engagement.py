"""course.engines.engagement (the arithmetic), engagement_frames (loading, cleaning and the robust comparisons),
engagement_tables (the tables session 02 participants read) and charts (read through their Axes).
The last part tests the checks of session 02 (course.sessions.s02_analisis_engagement): the model answers pass, each
likely mistake gets its own Indonesian message, and bad input a one-line Indonesian error."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from course.checks import cek, nilai, periksa
from course.engines import charts as C
from course.engines import engagement as E
from course.engines import engagement_frames as F
from course.engines import engagement_tables as T
from course.engines import posting_hours
from course.engines import synthetic_data as dataset
from course.errors import EmptyInput, InputError, NotYetCorrect
from course.sessions import s02_analisis_engagement as S
from course.vocabulary import PLATFORMS

from .conftest import ROOT

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


# --- loading and cleaning (engagement_frames.muat_data, bersihkan) ------------------------------------------------

CSV = ROOT / "source" / "02-analisis-engagement" / dataset.FILENAME


def test_muat_data_reads_the_csv_beside_the_notebook_like_the_course_data():
    pd.testing.assert_frame_equal(F.muat_data(CSV), dataset.load())


@pytest.mark.parametrize(
    ("berkas", "message"),
    [
        (None, "nama berkas harus berupa teks"),
        ("tidak_ada.csv", "tidak ditemukan"),
        (ROOT / "source", "tidak ditemukan"),
    ],
)
def test_muat_data_explains_a_wrong_file_in_indonesian(berkas, message):
    with pytest.raises(InputError, match=message):
        F.muat_data(berkas)


def test_muat_data_refuses_a_file_that_is_not_the_posts_table(tmp_path):
    other = tmp_path / "lain.csv"
    other.write_text("nama,nilai\na,1\n", encoding="utf-8")
    with pytest.raises(InputError, match='berkas belum punya kolom "id_unggahan"'):
        F.muat_data(other)
    binary = tmp_path / "gambar.csv"
    binary.write_bytes(b"\xff\xfe\x00\x01" * 50)
    with pytest.raises(InputError, match="tidak dapat dibaca|belum punya kolom"):
        F.muat_data(binary)
    dates = tmp_path / "tanggal.csv"
    raw = dataset.load().head(3).astype({"waktu_wib": str})
    raw.loc[1, "waktu_wib"] = "kemarin sore"
    raw.to_csv(dates, index=False)
    with pytest.raises(InputError, match="1 baris yang waktu_wib-nya bukan tanggal"):
        F.muat_data(dates)


def test_bersihkan_drops_duplicates_and_rows_missing_a_required_column():
    raw = dataset.load()
    clean = F.bersihkan(raw, ["jangkauan", "simpan"])
    assert len(clean) == len(dataset.load_clean())
    assert set(clean["id_unggahan"]) == set(dataset.load_clean()["id_unggahan"])
    assert clean[["jangkauan", "simpan"]].notna().all().all() and not clean.duplicated().any()
    for column in ("interaksi", "er_jangkauan", "er_pengikut", "er_impresi", "jam", "hari", "jangkauan_per_pengikut"):
        assert column in clean.columns
    assert clean["jangkauan"].max() == raw["jangkauan"].max()  # the viral post stays
    only_dupes = F.bersihkan(raw, ["komentar"])
    assert len(only_dupes) == len(raw) - dataset.N_DUPLICATES and only_dupes["jangkauan"].isna().sum() > 0
    assert "interaksi" not in raw.columns  # the input is left alone


@pytest.mark.parametrize(
    ("kolom", "error", "message"),
    [
        (None, EmptyInput, "kolom_wajib masih kosong"),
        ([], EmptyInput, "kolom_wajib masih kosong"),
        ("jangkauan", InputError, "harus berupa daftar"),
        (["jangkauan", 3], InputError, "butir ke-2"),
        (["Jangkauan"], InputError, 'Ada kolom "jangkauan"'),
    ],
)
def test_bersihkan_explains_a_wrong_list_of_columns(kolom, error, message):
    with pytest.raises(error, match=message):
        F.bersihkan(dataset.load(), kolom)


# --- the tables participants read (engagement_tables) --------------------------------------------------------------


@pytest.fixture(scope="module")
def bersih():
    return F.bersihkan(dataset.load(), ["jangkauan", "simpan"])


def test_ringkasan_counts_what_the_cleaning_exercise_needs():
    table = T.ringkasan(dataset.load())
    values = table.tabel["Nilai"]
    assert values["Jumlah baris (unggahan)"] == len(dataset.load())
    assert values["Baris kembar (salinan berlebih)"] == dataset.N_DUPLICATES
    assert values["Nilai kosong di kolom jangkauan"] == 81 and values["Nilai kosong di kolom simpan"] == 30
    assert values["Platform"] == "X, Instagram, TikTok, YouTube, Facebook"
    assert "data sintetis" in table.judul
    shown = str(table)
    assert "7.208" in shown and "1 Januari 2024" in shown  # Indonesian numbers and dates
    cleaned = T.ringkasan(F.bersihkan(dataset.load(), ["jangkauan", "simpan"])).tabel["Nilai"]
    assert cleaned["Baris kembar (salinan berlebih)"] == 0 and cleaned["Nilai kosong"] == 0


def test_tables_render_as_html_with_indonesian_numbers(bersih):
    table = T.median_per(bersih, "platform")
    html = table._repr_html_()
    assert "<table" in html and "data sintetis" in html and "3,09" in html and "1.120" in html
    assert "3.09" not in html


def test_lihat_unggahan_shows_the_numbers_to_type_without_thousands_dots(bersih):
    table = T.lihat_unggahan(bersih, "u00011")
    values = dict(zip(table.tabel.index, table.tabel["Nilai"]))
    assert values["Kode unggahan"] == "U00011" and values["Pengikut"] == 66617
    assert "66617" in str(table) and "66.617" not in str(table)
    assert "er_jangkauan" not in str(table) and "ER" not in table.tampilan().index  # the exercise computes it
    with pytest.raises(InputError, match='unggahan "U99999" tidak ada'):
        T.lihat_unggahan(bersih, "U99999")
    with pytest.raises(InputError, match="kode unggahan harus berupa teks"):
        T.lihat_unggahan(bersih, 11)


def test_teratas_lists_the_largest_posts_first(bersih):
    table = T.teratas(bersih, "jangkauan")
    assert list(table.tabel["Kode unggahan"]) == list(
        bersih.sort_values("jangkauan", ascending=False)["id_unggahan"].head(5)
    )
    assert list(table.tabel.index) == [1, 2, 3, 4, 5]
    assert len(T.teratas(bersih, "komentar", n=3, platform="ig").tabel) == 3
    assert set(T.teratas(bersih, "komentar", platform="ig").tabel["Platform"]) == {"Instagram"}
    with pytest.raises(InputError, match='kolom "jangkaun" tidak dikenal'):
        T.teratas(bersih, "jangkaun")
    with pytest.raises(InputError, match="bilangan bulat 1–50"):
        T.teratas(bersih, "jangkauan", n=0)
    with pytest.raises(InputError, match="platform .* tidak dikenal"):
        T.teratas(bersih, "jangkauan", platform="Friendster")


def test_median_per_agrees_with_pandas_and_marks_the_best_groups(bersih):
    table = T.median_per(bersih, "jam", platform="TikTok").tabel
    tiktok = bersih[bersih["platform"] == "TikTok"]
    expected = tiktok.groupby("jam")["er_jangkauan"].median()
    column = "Median ER per jangkauan (%)"
    assert list(table[column]) == sorted(expected, reverse=True)
    for hour, row in table.iterrows():
        assert row[column] == pytest.approx(expected[hour]) and row["Jumlah unggahan"] == (tiktok["jam"] == hour).sum()
    marked = list(table.index[table["Catatan"] != ""])
    assert marked == T.best_groups(expected, tiktok.groupby("jam")["er_jangkauan"].count())
    assert table.loc[marked[0], "Catatan"] == "tertinggi"
    assert set(table.loc[marked[1:], "Catatan"]) == {"setara dengan yang tertinggi"}


def test_the_best_of_the_tables_is_the_posting_hour_rule(bersih):
    """One rule: the hours the tables mark are those course.engines.posting_hours accepts from the data."""
    for platform in PLATFORMS:
        posts = bersih[bersih["platform"] == platform]
        assert sorted(T.best_of(posts, "jam")) == list(posting_hours.data_hours()[platform])
    assert (T.SETARA, T.MIN_UNGGAHAN) == (posting_hours.JAM_RASIO_MIN, posting_hours.JAM_MIN_UNGGAHAN)


def test_best_groups_on_hand_made_medians():
    medians = pd.Series({"a": 10.0, "b": 8.5, "c": 7.9, "d": 50.0})
    counts = pd.Series({"a": 30, "b": 30, "c": 30, "d": 3})
    assert T.best_groups(medians, counts, share=0.8, minimum=10) == ["a", "b"]  # d has too few posts
    assert T.best_groups(medians, counts.clip(upper=5), share=0.8, minimum=10) == ["d"]  # none large: all count
    assert T.best_groups(pd.Series(dtype=float), pd.Series(dtype=int)) == []


def test_median_per_of_several_columns_and_of_yes_no_groups(bersih):
    three = T.median_per(bersih, "platform", kolom=["er_jangkauan", "er_pengikut", "er_impresi"]).tabel
    assert list(three.index) == list(PLATFORMS) and "Catatan" not in three.columns
    assert three.loc["TikTok", "Median ER per pengikut (%)"] > three.loc["TikTok", "Median ER per jangkauan (%)"]
    contests = T.median_per(bersih, "kontes", kolom="komentar", platform="Facebook").tabel
    assert set(contests.index) == {"ya", "tidak"}
    assert contests.loc["ya", "Median komentar"] == 18 and contests.loc["tidak", "Median komentar"] == 2
    with pytest.raises(InputError, match='kelompok "platfrom" tidak dikenal'):
        T.median_per(bersih, "platfrom")
    with pytest.raises(EmptyInput, match="kelompok masih kosong"):
        T.median_per(bersih, None)
    with pytest.raises(EmptyInput, match="data masih kosong"):
        T.median_per(None, "platform")


def test_rata_rata_dan_median_shows_the_mean_moving_and_the_median_not(bersih):
    table = T.rata_rata_dan_median(bersih, "jangkauan", platform="TikTok").tabel
    mean_drop = table.loc["Semua unggahan", "Rata-rata"] - table.loc["Tanpa satu unggahan terbesar", "Rata-rata"]
    median_drop = table.loc["Semua unggahan", "Median"] - table.loc["Tanpa satu unggahan terbesar", "Median"]
    assert mean_drop > 500 * median_drop > 0
    assert table.loc["Tanpa satu unggahan terbesar", "Jumlah unggahan"] == (bersih["platform"] == "TikTok").sum() - 1


def test_bandingkan_on_one_platform_and_its_wrong_groups(bersih):
    result = T.bandingkan(bersih, "kontes", "komentar", platform="Instagram")
    assert (result.median_ya, result.median_tidak) == (69, 8)
    assert "median komentar" in str(result)
    with pytest.raises(InputError, match="bukan kolom ya/tidak"):
        T.bandingkan(bersih, "platform", "komentar")


def test_chart_helpers_filter_a_platform(bersih):
    ax = T.grafik_median(bersih, "format", platform="Instagram")
    assert ax.get_title().startswith("Instagram: median ER per jangkauan per format")
    assert len(ax.patches) == 4
    assert [line.get_label() for line in T.grafik_per_jam(bersih, platform="tiktok").lines] == ["TikTok"]
    with pytest.raises(InputError, match="platform"):
        T.grafik_tingkat_pengikut(bersih, "Myspace")


def test_in_words_and_lower_first():
    assert T.in_words(10) == "sepuluh" and T.in_words(2) == "dua" and T.in_words(1200) == "1.200"
    assert T.lower_first("ER per jangkauan") == "ER per jangkauan" and T.lower_first("Jangkauan") == "jangkauan"


# --- reading typed answers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "ok"),
    [
        (3.09, 3.086155, True),
        (3.1, 3.086155, True),
        (3.0862, 3.086155, True),
        (3.0, 3.086155, False),
        (0.8, 0.7611, True),
        (0.76, 0.7611, True),
        (0.71, 0.7611, False),
        (8.6, 8.625, True),
        (9, 8.625, False),
    ],
)
def test_close_accepts_roundings_and_nothing_else(value, expected, ok):
    assert T.close(value, expected) is ok


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (None, EmptyInput, "masih kosong"),
        ((3, 1), InputError, "tulis 3.1, bukan 3,1"),
        ("3.09", InputError, "tanpa tanda petik"),
        ("3,09%", InputError, "tanpa tanda %"),
        ([3.09], InputError, "harus berupa angka"),
    ],
)
def test_typed_number_explains_what_python_made_of_it(value, error, message):
    with pytest.raises(error, match=message):
        T.typed_number(value, "angka")
    assert T.typed_number(np.float64(3.09), "angka") == 3.09


# --- the checks of session 02 --------------------------------------------------------------------------------------

CORE = {
    "engagement_1": 60,
    "engagement_2": ["jangkauan", "simpan"],
    "engagement_3": (415 + 33 + 27 + 32) / 66617 * 100,
    "engagement_4": "TikTok",
    "engagement_5": "U04420",
    "engagement_6": 3.09,
    "engagement_7": "kuis",
    "engagement_8": 20,
    "engagement_9": 69 / 8,
    "engagement_10": "B",
}


def verdict(name, value):
    result = periksa(name, value)
    return result.correct, result.message + " | " + result.hint


@pytest.mark.parametrize(("name", "value"), CORE.items())
def test_the_model_answers_pass(name, value, capsys):
    cek(name, value)
    assert capsys.readouterr().out.startswith("✅ Tepat!")
    assert nilai(name, value) is True


@pytest.mark.parametrize("name", [*CORE, *(f"lanjutan_engagement_{n}" for n in range(1, 7))])
def test_none_left_in_place_says_not_filled_and_nilai_never_raises(name):
    with pytest.raises(EmptyInput) as info:
        periksa(name, None)
    assert info.value.friendly().startswith("Belum diisi:")
    assert nilai(name, object()) is False and nilai(name, float("nan")) is False


def test_the_model_answers_are_the_data():
    """The values typed in the notebook's model answers are what the data says, not numbers copied from the key."""
    raw = dataset.load()
    post = raw[raw["id_unggahan"] == S.UNGGAHAN_LATIHAN].iloc[0]
    assert (post["suka"], post["komentar"], post["bagikan"], post["simpan"], post["pengikut"]) == (
        415,
        33,
        27,
        32,
        66617,
    )
    assert raw.duplicated().sum() == CORE["engagement_1"]
    ig = S._platform("Instagram")
    assert ig.loc[ig["kontes"], "komentar"].median() == 69 and ig.loc[~ig["kontes"], "komentar"].median() == 8
    assert S._clean()["jangkauan"].idxmax() == S._clean().index[S._clean()["id_unggahan"] == "U04420"][0]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (120, "baris asli ikut terhitung"),
        (7208, "jumlah seluruh baris"),
        (81, "nilai kosong, bukan baris kembar"),
        (59, "belum sesuai"),
    ],
)
def test_engagement_1_mistakes(value, message):
    ok, text = verdict("engagement_1", value)
    assert not ok and message in text
    with pytest.raises(InputError, match="tanpa tanda petik"):
        periksa("engagement_1", "60")


def test_engagement_2_accepts_more_columns_and_explains_a_missing_one():
    assert verdict("engagement_2", ("simpan", "jangkauan", "komentar"))[0]
    ok, text = verdict("engagement_2", ["jangkauan"])
    assert not ok and "30 unggahan" in text and "interaksi" in text
    ok, text = verdict("engagement_2", ["simpan"])
    assert not ok and "81 unggahan" in text and "ER per jangkauan" in text
    with pytest.raises(InputError, match="harus berupa daftar"):
        periksa("engagement_2", "jangkauan, simpan")
    with pytest.raises(InputError, match='Ada kolom "jangkauan"'):
        periksa("engagement_2", ["jangkaun", "simpan"])


@pytest.mark.parametrize(
    ("value", "ok", "message"),
    [
        (0.76, True, ""),
        (0.8, True, ""),
        (0.0076, False, "belum dalam persen"),
        (507, False, "jumlah interaksinya"),
        (507 / 14087 * 100, False, "penyebut adalah jangkauan"),
        (507 / 20106 * 100, False, "penyebut adalah impresi"),
        ((507 - 32) / 66617 * 100, False, "satu angka interaksi belum ikut dijumlahkan"),
        (507 / 66.617 * 100, False, "titik ribuan"),
        (1.5, False, "Ikuti contoh"),
    ],
)
def test_engagement_3_rounding_and_mistakes(value, ok, message):
    correct, text = verdict("engagement_3", value)
    assert correct is ok and message in text


def test_engagement_3_comma_decimal_gets_the_python_way():
    with pytest.raises(InputError, match="tulis 0.76, bukan 0,76"):
        periksa("engagement_3", (0, 76))


def test_engagement_4_platform_names():
    assert verdict("engagement_4", "tiktok")[0] and verdict("engagement_4", ["TikTok"])[0]
    ok, text = verdict("engagement_4", ["TikTok", "YouTube"])
    assert not ok and "di YouTube" in text
    ok, text = verdict("engagement_4", "twitter")  # an alias of X
    assert not ok and "di X" in text
    with pytest.raises(InputError, match="bukan nama platform"):
        periksa("engagement_4", "Tiktokk")
    with pytest.raises(EmptyInput):
        periksa("engagement_4", [])


def test_engagement_5_ranks_and_types(bersih):
    ranked = list(bersih.sort_values("jangkauan", ascending=False)["id_unggahan"])
    assert verdict("engagement_5", ranked[0].lower())[0]
    ok, text = verdict("engagement_5", ranked[1])
    assert not ok and "peringkat ke-2" in text and ranked[0] not in text
    facebook = bersih[bersih["platform"] == "Facebook"]
    ok, text = verdict("engagement_5", facebook.sort_values("komentar", ascending=False)["id_unggahan"].iloc[0])
    assert not ok and "komentar terbanyak (contoh)" in text
    with pytest.raises(InputError, match="berupa angka"):
        periksa("engagement_5", 4420)


def test_engagement_6_mistakes(bersih):
    ig = bersih[bersih["platform"] == "Instagram"]
    assert verdict("engagement_6", 3.1)[0] and verdict("engagement_6", ig["er_jangkauan"].median())[0]
    for value, message in [
        (0.0309, "belum dalam persen"),
        (ig["er_jangkauan"].mean(), "rata-rata"),
        (ig["er_pengikut"].median(), "ER per pengikut"),
        (4.18, "itu median TikTok"),
        (3.0, "belum sesuai"),
    ]:
        ok, text = verdict("engagement_6", value)
        assert not ok and message in text, value
    with pytest.raises(InputError, match="tulis 3.1, bukan 3,1"):
        periksa("engagement_6", (3, 1))


def test_engagement_7_formats():
    assert verdict("engagement_7", "KUIS")[0]
    ok, text = verdict("engagement_7", "video")
    assert not ok and "jauh di bawah" in text
    ok, text = verdict("engagement_7", "teks")
    assert not ok and "tidak dipakai di Instagram" in text
    with pytest.raises(InputError, match="tidak ada di antara pilihan"):
        periksa("engagement_7", "reels")


def test_engagement_8_accepts_every_hour_the_posting_hour_rule_accepts():
    accepted = posting_hours.data_hours()["TikTok"]
    assert len(accepted) > 1  # the near-ties the data supports, not one invented hour
    for hour in range(24):
        assert verdict("engagement_8", hour)[0] is (hour in accepted), hour
    assert verdict("engagement_8", np.int64(accepted[0]))[0] and verdict("engagement_8", float(accepted[0]))[0]
    ok, text = verdict("engagement_8", 3)
    assert not ok and "terlalu sedikit" in text and "sepuluh" in text
    ok, text = verdict("engagement_8", 12)
    assert not ok and "semua platform digabung" in text
    ok, text = verdict("engagement_8", 6.23)
    assert not ok and "bukan jam bulat" in text
    with pytest.raises(InputError, match="angka bulat tanpa tanda petik"):
        periksa("engagement_8", "20.00")


def test_engagement_9_ratio_mistakes(bersih):
    assert verdict("engagement_9", 8.6)[0] and verdict("engagement_9", 8.63)[0]
    every = bersih
    pooled = every.loc[every["kontes"], "komentar"].median() / every.loc[~every["kontes"], "komentar"].median()
    for value, message in [
        (8 / 69, "tertukar"),
        (69 - 8, "selisih"),
        (9.0, "rasio Facebook"),
        (pooled, "semua platform"),
        (8.0, "belum sesuai"),
    ]:
        ok, text = verdict("engagement_9", value)
        assert not ok and message in text, value
    ig = bersih[bersih["platform"] == "Instagram"]
    ok, text = verdict(
        "engagement_9", ig.loc[ig["kontes"], "komentar"].mean() / ig.loc[~ig["kontes"], "komentar"].mean()
    )
    assert not ok and "rata-rata" in text
    with pytest.raises(InputError, match="tanpa tanda petik"):
        periksa("engagement_9", "8,6")


def test_engagement_10_exactly_one_claim_holds_and_each_wrong_one_is_explained():
    holding = [letter for letter, claim in S.KLAIM_TAGAR.items() if claim(S.hashtag_comparison())]
    assert holding == ["B"]
    assert verdict("engagement_10", "b")[0]
    for letter in "ACD":
        ok, text = verdict("engagement_10", letter)
        assert not ok and text.strip(" |") and not re.search(r"\bB\b", text)
    with pytest.raises(InputError, match="tidak ada di antara pilihan"):
        periksa("engagement_10", "E")


def test_cek_shows_one_paragraph_without_a_traceback():
    with pytest.raises(NotYetCorrect) as info:
        cek("engagement_9", 8 / 69)
    assert info.value.friendly().startswith("Belum tepat: pembilang dan penyebutnya tertukar.")


# --- the optional pandas track (not graded) -------------------------------------------------------------------------


def lanjutan_solution():
    """What the solutions of the optional track compute, as a participant would write them."""
    tabel = pd.read_csv(CSV, parse_dates=["waktu_wib"])
    tabel_bersih = tabel.drop_duplicates().dropna(subset=["jangkauan", "simpan"])
    tabel_bersih["interaksi"] = tabel_bersih["suka"] + tabel_bersih["komentar"] + tabel_bersih["bagikan"]
    tabel_bersih["interaksi"] = tabel_bersih["interaksi"] + tabel_bersih["simpan"]
    tabel_bersih["er_jangkauan"] = tabel_bersih["interaksi"] / tabel_bersih["jangkauan"] * 100
    ig = tabel_bersih[tabel_bersih["platform"] == "Instagram"]
    contest = ig["kontes"] == True  # noqa: E712 - written as the notebook teaches it
    return {
        "tabel": tabel,
        "tabel_bersih": tabel_bersih,
        "median_platform": tabel_bersih.groupby("platform")["er_jangkauan"].median(),
        "format_ig": ig.groupby("format")["er_jangkauan"].median().idxmax(),
        "rasio_kontes_ig": ig[contest]["komentar"].median() / ig[~contest]["komentar"].median(),
    }


def test_the_optional_track_solutions_pass_and_its_mistakes_are_named():
    ns = lanjutan_solution()
    for n, name in enumerate(["tabel", "tabel_bersih", "tabel_bersih", "median_platform", "format_ig"], start=1):
        assert periksa(f"lanjutan_engagement_{n}", ns[name]).correct, n
    assert periksa("lanjutan_engagement_6", ns["rasio_kontes_ig"]).correct
    few = periksa("lanjutan_engagement_1", pd.read_csv(CSV, nrows=5))
    assert not few.correct and "nrows=5" in few.hint
    no_dates = periksa("lanjutan_engagement_1", pd.read_csv(CSV))
    assert not no_dates.correct and "parse_dates" in no_dates.hint
    tabel = ns["tabel"]
    assert "drop_duplicates" in periksa("lanjutan_engagement_2", tabel.dropna(subset=["jangkauan", "simpan"])).hint
    assert "dropna" in periksa("lanjutan_engagement_2", tabel.drop_duplicates()).hint
    fraction = ns["tabel_bersih"].assign(er_jangkauan=ns["tabel_bersih"]["er_jangkauan"] / 100)
    assert "persen" in periksa("lanjutan_engagement_3", fraction).message
    no_saves = ns["tabel_bersih"].assign(interaksi=ns["tabel_bersih"]["interaksi"] - ns["tabel_bersih"]["simpan"])
    assert "interaksi" in periksa("lanjutan_engagement_3", no_saves).message
    mean = ns["tabel_bersih"].groupby("platform")["er_jangkauan"].mean()
    assert ".median()" in periksa("lanjutan_engagement_4", mean).hint
    with pytest.raises(InputError, match="hasil groupby"):
        periksa("lanjutan_engagement_4", 3.09)
    assert not periksa("lanjutan_engagement_5", "video").correct
    assert "tertukar" in periksa("lanjutan_engagement_6", 1 / ns["rasio_kontes_ig"]).message

"""The session 01 and 02 widgets, driven through their attributes (no browser), read through the Axes."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from matplotlib.colors import to_hex

from course.engines import posting_hours
from course.engines import synthetic_data as dataset
from course.engines.charts import PLATFORM_COLOURS
from course.engines.engagement_frames import siapkan
from course.errors import InputError
from course.widgets.engagement_explorer import (
    SEMUA_KABUPATEN,
    SEMUA_PLATFORM,
    PenjelajahEngagement,
    penjelajah_engagement,
)
from course.widgets.posting_hours import SEMUA_FORMAT, PenjelajahJamTayang, penjelajah_jam_tayang

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture(scope="module")
def posts():
    return siapkan(dataset.load_clean())


def bars(ax):
    return {t.get_text(): b.get_height() for t, b in zip(ax.get_xticklabels(), ax.patches)}


def expected(posts, kabupaten=None, platform=None, column="er_jangkauan"):
    frame = posts
    if kabupaten:
        frame = frame[frame["kabupaten"] == kabupaten]
    if platform:
        frame = frame[frame["platform"] == platform]
    return frame.groupby("format")[column].median()


def test_explorer_starts_on_instagram(posts):
    w = penjelajah_engagement(dataset.load_clean())  # raw columns: the widget adds the ER columns
    assert isinstance(w, PenjelajahEngagement)
    assert w.kabupaten.value == SEMUA_KABUPATEN and w.platform.value == "Instagram"
    assert [label for label, _ in w.penyebut.options] == [
        "jangkauan (reach)",
        "pengikut (followers)",
        "impresi (impressions)",
    ]
    assert len(w.kabupaten.options) == 15
    shown = bars(w.ax)
    want = expected(posts, platform="Instagram")
    assert set(shown) == set(want.index) and len(w.ax.patches) == 4
    for name, height in shown.items():
        assert height == pytest.approx(want[name])
    assert list(shown.values()) == sorted(shown.values(), reverse=True)
    assert "Instagram" in w.ax.get_title() and "data sintetis" in w.ax.get_title()
    assert w.ax.get_ylabel() == "Median ER per jangkauan (%)" and w.ax.get_xlabel() == "Format"
    assert to_hex(w.ax.patches[0].get_facecolor()) == "#e69f00"  # the best format is highlighted
    assert w.png.startswith(b"\x89PNG") and "nilai tertinggi" in w.gambar.value
    assert "data sintetis" in w.keterangan.value


def test_explorer_follows_every_dropdown(posts):
    w = PenjelajahEngagement(posts)
    before = w.gambar.value
    w.kabupaten.value = "Danau Biru"
    w.platform.value = "X"
    want = expected(posts, "Danau Biru", "X")
    assert bars(w.ax) == pytest.approx(want.to_dict())
    assert "Danau Biru, X" in w.ax.get_title() and w.gambar.value != before
    w.penyebut.value = "pengikut"
    assert w.ax.get_ylabel() == "Median ER per pengikut (%)" and "per pengikut" in w.ax.get_title()
    assert bars(w.ax) == pytest.approx(expected(posts, "Danau Biru", "X", "er_pengikut").to_dict())
    w.penyebut.value = "impresi"
    assert bars(w.ax) == pytest.approx(expected(posts, "Danau Biru", "X", "er_impresi").to_dict())
    w.platform.value = "TikTok"
    w.platform.value = "X"  # the y axis follows the bars, not the previous (larger) platform
    top = max(bar.get_height() for bar in w.ax.patches)
    assert top < w.ax.get_ylim()[1] < 1.2 * top and w.ax.get_ylim()[0] == 0
    n = len(posts[(posts["kabupaten"] == "Danau Biru") & (posts["platform"] == "X")])
    assert w.keterangan.value.startswith(f"{n} unggahan")


def test_explorer_all_platforms_warns_about_mixing(posts):
    w = PenjelajahEngagement(posts)
    w.platform.value = SEMUA_PLATFORM
    assert len(w.ax.patches) == 6
    assert "pilih satu platform" in w.keterangan.value


def test_explorer_without_posts_says_so(posts):
    w = PenjelajahEngagement(posts[posts["platform"] != "YouTube"])
    w.platform.value = "YouTube"
    assert len(w.ax.patches) == 0 and w.ax.get_title().startswith("Tidak ada unggahan")
    assert "Tidak ada unggahan" in w.keterangan.value


def test_prime_time_tool(posts):
    raw = dataset.load()  # as in session 01: loaded, not cleaned
    w = penjelajah_jam_tayang(raw)
    assert isinstance(w, PenjelajahJamTayang) and w.platform.value == "Instagram"
    line = w.ax.lines[0]
    prepared = siapkan(raw)
    want = prepared[prepared["platform"] == "Instagram"].groupby("jam")["er_jangkauan"].median()
    np.testing.assert_array_equal(line.get_xdata(), want.index.to_numpy())
    np.testing.assert_allclose(line.get_ydata(), want.to_numpy(), rtol=1e-9)
    assert to_hex(line.get_color()) == PLATFORM_COLOURS["Instagram"].lower()
    marker = w.ax.lines[1]
    assert list(marker.get_xdata()) == [19, 19] and w.jam_utama() == 19
    assert "pukul 19.00 WIB" in w.keterangan.value
    assert w.ax.get_xlabel() == "Jam unggah (WIB)" and "data sintetis" in w.ax.get_title()
    assert [t.get_text() for t in w.ax.get_legend().get_texts()] == ["Instagram", "jam tayang utama (19.00)"]


def test_prime_time_tool_platform_and_format(posts):
    w = PenjelajahJamTayang(posts)
    w.platform.value = "TikTok"
    assert list(w.format.options) == [SEMUA_FORMAT, "gambar", "kuis", "video"]
    assert w.jam_utama() == 20 and "TikTok" in w.ax.get_title()
    w.format.value = "video"
    video = (
        posts[(posts["platform"] == "TikTok") & (posts["format"] == "video")].groupby("jam")["er_jangkauan"].median()
    )
    np.testing.assert_allclose(w.ax.lines[0].get_ydata(), video.to_numpy())
    assert "format video" in w.ax.get_title() and w.jam_utama() == int(video.idxmax())
    w.platform.value = "YouTube"
    assert w.format.value == SEMUA_FORMAT and list(w.format.options) == [SEMUA_FORMAT, "podcast", "video"]


def test_widgets_reject_non_tables():
    with pytest.raises(InputError):
        PenjelajahEngagement(None)
    with pytest.raises(InputError):
        PenjelajahJamTayang([1, 2])


def test_explorer_groups_by_hour_and_marks_every_hour_the_rule_accepts(posts):
    w = PenjelajahEngagement(posts)
    assert [value for _, value in w.kelompok.options] == ["format", "pilar", "jam", "hari"]
    w.platform.value = "TikTok"
    w.kelompok.value = "jam"
    tiktok = posts[posts["platform"] == "TikTok"].groupby("jam")["er_jangkauan"].median()
    shown = bars(w.ax)
    assert [int(h) for h in shown] == sorted(int(h) for h in tiktok.index)  # hours in clock order
    assert list(shown.values()) == pytest.approx(list(tiktok.to_numpy()))
    orange = sorted(
        int(t.get_text())
        for t, b in zip(w.ax.get_xticklabels(), w.ax.patches)
        if to_hex(b.get_facecolor()) == "#e69f00"
    )
    assert orange == list(posting_hours.data_hours()["TikTok"])  # the same rule as the session 02 check
    assert w.ax.get_xlabel() == "Jam unggah (WIB)" and "menurut jam unggah" in w.ax.get_title()
    assert (
        "Tertinggi: <b>pukul 20.00</b>" in w.keterangan.value and "Setara dengan yang tertinggi" in w.keterangan.value
    )


def test_explorer_days_keep_their_order_and_thin_groups_are_flagged(posts):
    w = PenjelajahEngagement(posts)
    w.kelompok.value = "hari"
    assert list(bars(w.ax)) == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    w.kabupaten.value = "Danau Biru"
    w.platform.value = "YouTube"
    w.kelompok.value = "jam"
    assert "jangan disimpulkan dulu" in w.keterangan.value
    w.kelompok.value = "pilar"
    assert w.ax.get_xlabel() == "Pilar konten" and len(w.ax.patches) == len(w.median_per_kelompok())

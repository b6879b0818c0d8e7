"""Session 02 checks: the solution passes every check, and each likely mistake gets its own message."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course.checks import cek, nilai, periksa
from course.engines import synthetic_data as dataset
from course.errors import EmptyInput, InputError, NotYetCorrect

from .cohorts.s02_analisis_engagement import expected_answers
from .conftest import ROOT

pytestmark = pytest.mark.filterwarnings("error")
CSV = ROOT / "source" / "02-analisis-engagement" / dataset.FILENAME


def solution() -> dict:
    """What the solution cells compute, step by step, as a participant would."""
    ns = {}
    data = pd.read_csv(CSV, parse_dates=["waktu_wib"])
    ns["data"] = data
    ns["jumlah_duplikat"] = data.duplicated().sum()
    bersih = data.drop_duplicates().dropna(subset=["jangkauan", "simpan"])
    bersih["interaksi"] = bersih["suka"] + bersih["komentar"] + bersih["bagikan"] + bersih["simpan"]
    bersih["er_jangkauan"] = bersih["interaksi"] / bersih["jangkauan"] * 100
    bersih["er_pengikut"] = bersih["interaksi"] / bersih["pengikut"] * 100
    bersih["er_impresi"] = bersih["interaksi"] / bersih["impresi"] * 100
    ns["bersih"] = bersih
    ns["median_platform"] = bersih.groupby("platform")["er_jangkauan"].median()
    ns["id_viral"] = bersih.loc[bersih["jangkauan"].idxmax(), "id_unggahan"]
    instagram = bersih[bersih["platform"] == "Instagram"]
    ns["format_terbaik_ig"] = instagram.groupby("format")["er_jangkauan"].median().idxmax()
    bersih["jam"] = bersih["waktu_wib"].dt.hour
    tiktok = bersih[bersih["platform"] == "TikTok"]
    ns["jam_terbaik_tiktok"] = tiktok.groupby("jam")["er_jangkauan"].median().idxmax()
    ig = bersih[bersih["platform"] == "Instagram"]
    contest = ig["kontes"] == True  # noqa: E712 - written as the notebook teaches it
    ns["rasio_komentar"] = ig[contest]["komentar"].median() / ig[~contest]["komentar"].median()
    return ns


@pytest.fixture(scope="module")
def ns():
    return solution()


ANSWERS = {
    "engagement_1": "data",
    "engagement_2": "jumlah_duplikat",
    "engagement_3": "bersih",
    "engagement_4": "bersih",
    "engagement_5": "bersih",
    "engagement_6": "median_platform",
    "engagement_7": "id_viral",
    "engagement_8": "format_terbaik_ig",
    "engagement_9": "jam_terbaik_tiktok",
    "engagement_10": "rasio_komentar",
}


@pytest.mark.parametrize("name,variable", ANSWERS.items())
def test_solution_passes(ns, name, variable, capsys):
    assert periksa(name, ns[variable]).correct
    cek(name, ns[variable])
    assert capsys.readouterr().out.startswith("✅ Tepat!")
    assert nilai(name, ns[variable]) is True


@pytest.mark.parametrize("name", ANSWERS)
def test_none_left_in_place_says_not_filled(name):
    with pytest.raises(EmptyInput) as info:
        periksa(name, None)
    assert info.value.friendly().startswith("Belum diisi:")
    assert nilai(name, None) is False


def test_expected_values_come_from_the_data(ns):
    expected = expected_answers()
    assert expected["jumlah_duplikat"] == dataset.N_DUPLICATES
    assert expected["id_viral"] == ns["id_viral"] and expected["jam_terbaik_tiktok"] == 20
    assert expected["rasio_komentar"] == pytest.approx(ns["rasio_komentar"])


# --- 1 load ---------------------------------------------------------------------------------


def test_load_mistakes():
    few = periksa("engagement_1", pd.read_csv(CSV, nrows=5))
    assert not few.correct and "nrows=5" in few.hint
    no_dates = periksa("engagement_1", pd.read_csv(CSV))
    assert not no_dates.correct and 'parse_dates=["waktu_wib"]' in no_dates.hint
    with pytest.raises(InputError, match="satu kolom"):
        periksa("engagement_1", pd.read_csv(CSV)["suka"])
    with pytest.raises(InputError, match="DataFrame"):
        periksa("engagement_1", "unggahan_pemkab_sintetis.csv")
    renamed = pd.read_csv(CSV, parse_dates=["waktu_wib"]).rename(columns={"jangkauan": "Jangkauan"})
    with pytest.raises(InputError, match='Ada kolom "Jangkauan"'):
        periksa("engagement_1", renamed)


# --- 2 duplicates ---------------------------------------------------------------------------


def test_duplicate_mistakes(ns):
    data = ns["data"]
    assert periksa("engagement_2", int(ns["jumlah_duplikat"])).correct
    with pytest.raises(InputError, match=r"\.sum\(\)"):
        periksa("engagement_2", data.duplicated())
    both = periksa("engagement_2", data.duplicated(keep=False).sum())
    assert not both.correct and "keep=False" in both.hint
    everything = periksa("engagement_2", len(data))
    assert not everything.correct and "seluruh baris" in everything.message
    with pytest.raises(InputError, match="tanpa tanda petik"):
        periksa("engagement_2", "60")


# --- 3 clean --------------------------------------------------------------------------------


def test_clean_mistakes(ns):
    data = ns["data"]
    forgot = periksa("engagement_3", data)
    assert not forgot.correct and "bersih = " in forgot.hint
    only_na = periksa("engagement_3", data.dropna(subset=["jangkauan", "simpan"]))
    assert not only_na.correct and "drop_duplicates" in only_na.hint
    only_dupes = periksa("engagement_3", data.drop_duplicates())
    assert not only_dupes.correct and "dropna" in only_dupes.hint
    assert periksa("engagement_3", data.drop_duplicates().dropna()).correct  # no other column has gaps
    no_viral = ns["bersih"].drop(index=ns["bersih"]["jangkauan"].idxmax())
    too_few = periksa("engagement_3", no_viral)
    assert not too_few.correct and "viral" in too_few.hint
    assert periksa("engagement_3", ns["bersih"].reset_index(drop=True)).correct


# --- 4 and 5 interactions and rates ---------------------------------------------------------


def test_interaction_mistakes(ns):
    bersih = ns["bersih"].copy()
    placeholder = bersih.assign(interaksi=None)
    with pytest.raises(EmptyInput, match='bersih\\["interaksi"\\] = '):
        periksa("engagement_4", placeholder)
    no_saves = bersih.assign(interaksi=bersih["suka"] + bersih["komentar"] + bersih["bagikan"])
    result = periksa("engagement_4", no_saves)
    assert not result.correct and "simpan belum ikut" in result.message
    with pytest.raises(InputError, match='Ada kolom "Interaksi"'):
        periksa("engagement_4", bersih.drop(columns="interaksi").assign(Interaksi=bersih["interaksi"]))
    wrong = periksa("engagement_4", bersih.assign(interaksi=bersih["suka"] * 2))
    assert not wrong.correct and "tanda +" in wrong.hint
    # exercise 4 is judged per post, so a participant whose cleaning failed still gets it
    raw = ns["data"].copy()
    raw["interaksi"] = raw["suka"] + raw["komentar"] + raw["bagikan"] + raw["simpan"]
    assert periksa("engagement_4", raw).correct


def test_rate_mistakes(ns):
    bersih = ns["bersih"].copy()
    not_percent = bersih.assign(er_pengikut=bersih["interaksi"] / bersih["pengikut"])
    result = periksa("engagement_5", not_percent)
    assert not result.correct and "Kalikan" in result.hint
    swapped = bersih.assign(er_impresi=bersih["er_jangkauan"])
    result = periksa("engagement_5", swapped)
    assert not result.correct and "dibagi dengan jangkauan, bukan dengan impresi" in result.message
    with pytest.raises(EmptyInput, match="masih kosong"):
        periksa("engagement_5", bersih.assign(er_impresi=None))
    with pytest.raises(InputError, match='belum punya kolom "er_pengikut"'):
        periksa("engagement_5", bersih.drop(columns="er_pengikut"))


# --- 6 median per platform ------------------------------------------------------------------


def test_median_mistakes(ns):
    bersih = ns["bersih"]
    mean = periksa("engagement_6", bersih.groupby("platform")["er_jangkauan"].mean())
    assert not mean.correct and ".median()" in mean.hint
    other = periksa("engagement_6", bersih.groupby("platform")["er_pengikut"].median())
    assert not other.correct and "er_pengikut" in other.message
    assert periksa("engagement_6", bersih.groupby("platform")[["er_jangkauan"]].median()).correct
    with pytest.raises(InputError, match="kolom"):
        periksa("engagement_6", bersih.groupby("platform")[["er_jangkauan", "er_pengikut"]].median())
    with pytest.raises(InputError, match="groupby"):
        periksa("engagement_6", 3.09)
    by_format = periksa("engagement_6", bersih.groupby("format")["er_jangkauan"].median())
    assert not by_format.correct and 'groupby("platform")' in by_format.hint
    raw = solution_on(ns["data"].dropna(subset=["jangkauan", "simpan"]))  # duplicates left in
    result = periksa("engagement_6", raw.groupby("platform")["er_jangkauan"].median())
    assert not result.correct and "bersih" in result.hint


def solution_on(frame):
    frame = frame.copy()
    frame["interaksi"] = frame["suka"] + frame["komentar"] + frame["bagikan"] + frame["simpan"]
    frame["er_jangkauan"] = frame["interaksi"] / frame["jangkauan"] * 100
    return frame


# --- 7 viral --------------------------------------------------------------------------------


def test_viral_mistakes(ns):
    bersih = ns["bersih"]
    assert periksa("engagement_7", ns["id_viral"].lower()).correct
    with pytest.raises(InputError, match="id_unggahan"):
        periksa("engagement_7", bersih.loc[bersih["jangkauan"].idxmax()])
    with pytest.raises(InputError, match="nomor baris"):
        periksa("engagement_7", int(bersih["jangkauan"].idxmax()))
    wrong = periksa("engagement_7", bersih.loc[bersih["impresi"].idxmin(), "id_unggahan"])
    assert not wrong.correct and "idxmax" in wrong.hint and ns["id_viral"] not in wrong.message + wrong.hint


# --- 8 and 9 best format and hour -----------------------------------------------------------


def test_best_format_mistakes(ns):
    assert periksa("engagement_8", ns["format_terbaik_ig"].upper()).correct
    not_on_ig = periksa("engagement_8", "teks")
    assert not not_on_ig.correct and "Instagram" in not_on_ig.message
    wrong = periksa("engagement_8", "gambar")
    assert not wrong.correct and ".idxmax()" in wrong.hint
    with pytest.raises(InputError, match="tidak ada di antara pilihan"):
        periksa("engagement_8", "reels")


def test_best_hour_mistakes(ns):
    assert periksa("engagement_9", np.int64(ns["jam_terbaik_tiktok"])).correct
    assert periksa("engagement_9", float(ns["jam_terbaik_tiktok"])).correct
    with pytest.raises(InputError, match="tanpa tanda petik"):
        periksa("engagement_9", "20.00")
    value = periksa("engagement_9", 6.23)
    assert not value.correct and "bukan nilai ER-nya" in value.hint
    bersih = ns["bersih"]
    pooled = periksa("engagement_9", bersih.groupby("jam")["er_jangkauan"].median().idxmax())
    assert not pooled.correct and "TikTok" in pooled.hint
    assert not periksa("engagement_9", 9).correct


# --- 10 contests ----------------------------------------------------------------------------


def test_contest_ratio_mistakes(ns):
    bersih = ns["bersih"]
    ig = bersih[bersih["platform"] == "Instagram"]
    yes, no = ig.loc[ig["kontes"], "komentar"], ig.loc[~ig["kontes"], "komentar"]
    inverted = periksa("engagement_10", no.median() / yes.median())
    assert not inverted.correct and "tertukar" in inverted.message
    difference = periksa("engagement_10", yes.median() - no.median())
    assert not difference.correct and "selisih" in difference.message
    mean = periksa("engagement_10", yes.mean() / no.mean())
    assert not mean.correct and "rata-rata" in mean.message
    pooled = periksa(
        "engagement_10",
        bersih.loc[bersih["kontes"], "komentar"].median() / bersih.loc[~bersih["kontes"], "komentar"].median(),
    )
    assert not pooled.correct and "Instagram" in pooled.hint
    typed = periksa("engagement_10", 8.6)
    assert not typed.correct and "8,6" not in typed.message + typed.hint
    with pytest.raises(InputError, match="titik"):
        periksa("engagement_10", "8,6")
    with pytest.raises(InputError, match="satu angka"):
        periksa("engagement_10", ig["komentar"])


def test_cek_never_shows_a_traceback_and_nilai_never_raises(ns):
    with pytest.raises(NotYetCorrect) as info:
        cek("engagement_6", ns["bersih"].groupby("platform")["er_jangkauan"].mean())
    assert info.value.friendly() == (
        "Belum tepat: ini rata-rata (mean), bukan median.\nPetunjuk: Ganti .mean() dengan .median()."
    )
    for name in ANSWERS:
        assert nilai(name, object()) is False
        assert nilai(name, float("nan")) is False

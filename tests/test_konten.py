"""Session 01 checks: right answers pass; every likely mistake gets a helpful Indonesian message."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from course.checks import cek, nilai, periksa
from course.engines import synthetic_data as dataset
from course.engines.engagement_frames import jam_terbaik
from course.errors import EmptyInput, InputError, NotYetCorrect
from course.sessions import s01_konten_medsos as konten
from course.vocabulary import platform_name

pytestmark = pytest.mark.filterwarnings("error")

SKENARIO = ["Instagram", "YouTube", "X", "TikTok", "Facebook"]
PILAR = ["informasi", "di balik layar", "seremonial", "edukasi", "karier", "progres", "profil"]
FORMAT = ["gambar", "video", "gambar", "kuis", "infografik", "podcast", "teks"]


def calendar(**changes) -> pd.DataFrame:
    hours = konten.jam_utama()
    rows = {
        "tanggal": [
            "2025-09-01",
            "2025-09-02",
            "2025-09-04",
            "2025-09-08",
            "2025-09-10",
            "2025-09-15",
            "2025-09-18",
            "2025-09-24",
        ],
        "platform": ["Instagram", "X", "TikTok", "Facebook", "Instagram", "X", "TikTok", "Facebook"],
        "format": ["infografik", "teks", "video", "video", "kuis", "gambar", "video", "gambar"],
        "pilar": ["informasi", "informasi", "edukasi", "progres", "edukasi", "informasi", "di balik layar", "karier"],
    }
    rows.update(changes)
    if "jam" not in changes:
        rows["jam"] = [hours.get(platform_name(p), 12) for p in rows["platform"]]
    return pd.DataFrame(rows)


def verdict(name, answer):
    return periksa(name, answer)


# --- exercise 1: platforms for scenarios --------------------------------------------------


def test_scenarios_right_and_aliases():
    assert verdict("konten_1", SKENARIO).correct
    assert verdict("konten_1", ["ig", "yt", "Twitter", "Instagram", "fb"]).correct  # Reels on Instagram accepted


def test_scenarios_mistakes():
    with pytest.raises(EmptyInput):
        verdict("konten_1", None)
    with pytest.raises(InputError, match="daftar"):
        verdict("konten_1", "Instagram")
    with pytest.raises(InputError, match="bukan salah satu dari lima platform"):
        verdict("konten_1", ["Instagram", "WhatsApp", "X", "TikTok", "Facebook"])
    short = verdict("konten_1", SKENARIO[:3])
    assert not short.correct and "5 nama platform" in short.hint
    wrong = verdict("konten_1", ["Facebook", "YouTube", "X", "TikTok", "Facebook"])
    assert not wrong.correct and "nomor 1" in wrong.message and "Digital 2024" in wrong.hint


# --- exercises 2 and 3: pillars and formats -----------------------------------------------


def test_pillars_and_formats_right():
    assert verdict("konten_2", PILAR).correct
    assert verdict("konten_3", FORMAT).correct
    alt = list(PILAR)
    alt[1], alt[3], alt[4] = "Balik layar", "informasi", "karir"  # aliases and an accepted alternative
    assert verdict("konten_2", alt).correct
    assert verdict("konten_3", ["foto", "Video", "gambar", "quiz", "infografis", "siniar", "teks"]).correct


def test_pillars_wrong_items_are_named_not_revealed():
    answer = list(PILAR)
    answer[2] = "informasi"
    answer[6] = "karier"
    result = verdict("konten_2", answer)
    assert not result.correct and "2 dari 7" in result.message and "nomor 3, 7" in result.message
    assert "seremonial" not in result.message + result.hint


def test_pillars_and_formats_bad_values():
    with pytest.raises(InputError, match="bukan salah satu pilihan") as info:
        verdict("konten_2", ["hiburan", *PILAR[1:]])
    assert "di balik layar" in info.value.hint
    with pytest.raises(InputError, match="butir ke-2"):
        verdict("konten_3", ["gambar", 3, *FORMAT[2:]])
    assert "7 jawaban" in verdict("konten_3", FORMAT[:4]).hint


# --- exercise 4: share of ceremonial posts ------------------------------------------------


def test_ceremonial_share():
    data = dataset.load()
    share = (data["pilar"] == "seremonial").mean()
    assert verdict("konten_4", share * 100).correct
    assert verdict("konten_4", np.float64(share * 100)).correct
    fraction = verdict("konten_4", share)
    assert not fraction.correct and "Kalikan dengan 100" in fraction.hint
    count = verdict("konten_4", int((data["pilar"] == "seremonial").sum()))
    assert not count.correct and "jumlah" in count.message
    assert not verdict("konten_4", 29.7).correct  # a rounded number typed by hand
    with pytest.raises(InputError, match="titik"):
        verdict("konten_4", "29,7")
    with pytest.raises(EmptyInput, match="persen_seremonial = "):
        verdict("konten_4", None)


# --- exercise 5: the calendar -------------------------------------------------------------


def test_calendar_right():
    result = verdict("konten_5", calendar())
    assert result.correct and "4 platform" in result.message
    assert verdict(
        "konten_5",
        calendar(jam=[np.int64(h) for h in calendar()["jam"]], platform=["instagram", "Twitter", "tiktok", "FB"] * 2),
    ).correct
    assert verdict("konten_5", calendar(tanggal=pd.to_datetime(calendar()["tanggal"]))).correct


@pytest.mark.parametrize(
    "changes,kind,text",
    [
        ({"tanggal": ["2025-09-01"] * 7 + ["2025-10-01"]}, "verdict", "lebih dari satu bulan"),
        ({"tanggal": ["01/09/2025"] * 8}, InputError, "2025-08-04"),
        ({"jam": ["19.00", 7, 20, 12, 19, 7, 20, 12]}, InputError, "angka bulat"),
        ({"jam": [19.5, 7, 20, 12, 19, 7, 20, 12]}, InputError, "jam bulat"),
        ({"jam": [10, 7, 20, 12, 19, 7, 20, 12]}, "verdict", "jam tayang utamanya"),
        (
            {"format": ["teks", "teks", "video", "video", "kuis", "gambar", "video", "gambar"]},
            "verdict",
            "tidak tersedia untuk Instagram",
        ),
        ({"platform": ["Instagram", "X"] * 4, "format": ["gambar", "teks"] * 4}, "verdict", "2 platform"),
        ({"pilar": ["informasi", "edukasi"] * 4}, "verdict", "2 pilar konten"),
        (
            {"pilar": ["karier", "progres", "profil", "informasi", "edukasi", "karier", "progres", "informasi"]},
            "verdict",
            "informasi atau edukasi",
        ),
        (
            {
                "pilar": [
                    "seremonial",
                    "seremonial",
                    "edukasi",
                    "informasi",
                    "edukasi",
                    "informasi",
                    "informasi",
                    "karier",
                ]
            },
            "verdict",
            "2 unggahan seremonial",
        ),
        ({"platform": ["Instagram", "Threads", "TikTok", "Facebook"] * 2}, InputError, "tidak dikenal"),
        (
            {"pilar": ["informasi", None, "edukasi", "progres", "edukasi", "informasi", "informasi", "karier"]},
            InputError,
            "bukan teks",
        ),
    ],
)
def test_calendar_rules(changes, kind, text):
    frame = calendar(**changes)
    if kind == "verdict":
        result = verdict("konten_5", frame)
        assert not result.correct
        assert text in result.message + result.hint
    else:
        with pytest.raises(kind, match=text):
            verdict("konten_5", frame)


def test_calendar_input_mistakes():
    with pytest.raises(EmptyInput, match="kalender = "):
        verdict("konten_5", None)
    with pytest.raises(InputError, match="DataFrame"):
        verdict("konten_5", calendar().to_dict("list"))
    with pytest.raises(InputError, match='Ada kolom "Platform"'):
        verdict("konten_5", calendar().rename(columns={"platform": "Platform"}))
    with pytest.raises(InputError, match='kolom "jam"'):
        verdict("konten_5", calendar().drop(columns="jam"))
    few = verdict("konten_5", calendar().head(5))
    assert not few.correct and "8 unggahan" in few.hint


def test_cek_and_nilai_wrap_the_checks(capsys):
    cek("konten_5", calendar())
    assert "✅ Tepat!" in capsys.readouterr().out
    with pytest.raises(NotYetCorrect) as info:
        cek("konten_5", calendar(jam=[10] * 8))
    assert info.value.friendly().startswith("Belum tepat:")
    assert nilai("konten_5", calendar()) is True
    assert nilai("konten_5", None) is False
    assert nilai("konten_1", 42) is False


def test_prime_hours_from_raw_data_match_the_check():
    assert jam_terbaik(dataset.load()) == konten.jam_utama()


def test_formats_per_platform_match_the_data():
    data = dataset.load()
    for platform, formats in konten.FORMAT_PER_PLATFORM.items():
        assert set(formats) == set(data.loc[data["platform"] == platform, "format"])


def test_example_posts_hold_no_answers():
    table = konten.contoh_unggahan()
    assert list(table.columns) == ["platform", "teks", "media"] and len(table) == 7
    assert {p for c in konten.CONTOH for p in c["pilar"]} == set(konten.PILLARS)
    assert {f for c in konten.CONTOH for f in c["format"]} == set(konten.FORMATS)
    assert len(konten.tabel_skenario()) == len(konten.SKENARIO)

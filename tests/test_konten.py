"""Session 01 checks: right answers pass; every likely mistake gets a helpful Indonesian message.

The posting-hour rule (``course.engines.posting_hours``) is judged here the way a government social-media lead
would: cases of hours such a lead would accept and would send back, each with its reason, and a test that the
table the notebooks show, the instructor docs and the checker say the same thing.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
import pandas as pd
import pytest

from course.checks import cek, nilai, periksa
from course.engines import posting_hours as rule
from course.engines import synthetic_data as dataset
from course.engines.engagement_frames import jam_terbaik, siapkan
from course.errors import EmptyInput, InputError, NotYetCorrect
from course.sessions import s01_konten_medsos as konten
from course.vocabulary import HARI, PLATFORMS
from course.widgets.posting_hours import PenjelajahJamTayang

from .conftest import ROOT

pytestmark = pytest.mark.filterwarnings("error")

NOTEBOOK = ROOT / "source" / "01-konten-medsos" / "01-konten-medsos.ipynb"
PROYEK = ROOT / "source" / "07-proyek-akhir" / "07-proyek-akhir.ipynb"
DOCS = [ROOT / "docs" / "instruktur" / name for name in ("01-konten-medsos.md", "07-proyek-akhir.md")]

SKENARIO = ["Instagram", "YouTube", "X", "TikTok", "Facebook"]
PILAR = ["informasi", "di balik layar", "seremonial", "edukasi", "karier", "progres", "profil"]
FORMAT = ["gambar", "video", "gambar", "kuis", "infografik", "podcast", "teks"]

# A month that passes: September 2025 (the 1st is a Monday), every hour one the synthetic data supports.
BASE = [
    ("2025-09-01", 19, "Instagram", "infografik", "informasi"),
    ("2025-09-02", 7, "X", "teks", "informasi"),
    ("2025-09-03", 20, "TikTok", "video", "edukasi"),
    ("2025-09-08", 12, "Facebook", "video", "progres"),
    ("2025-09-10", 18, "Instagram", "kuis", "edukasi"),
    ("2025-09-15", 8, "X", "gambar", "informasi"),
    ("2025-09-18", 21, "TikTok", "video", "di balik layar"),
    ("2025-09-24", 11, "Facebook", "gambar", "karier"),
]
KEYS = ("tanggal", "jam", "platform", "format", "pilar")


def calendar(n: int = 8, **changes) -> list[dict]:
    """The passing calendar (a list of posts, as the notebook writes it); ``changes`` maps a key to a list."""
    rows = [dict(zip(KEYS, post, strict=True), topik=f"Topik {i}") for i, post in enumerate(BASE[:n], start=1)]
    for key, values in changes.items():
        for row, value in zip(rows, values, strict=True):
            row[key] = value
    return rows


def verdict(name, answer):
    return periksa(name, answer)


def day(date: str) -> str:
    return HARI[dt.date.fromisoformat(date).weekday()]


def notebook(path=NOTEBOOK) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def by_id(nb: dict) -> dict[str, str]:
    return {
        c["metadata"]["nbgrader"]["grade_id"]: "".join(c["source"]) for c in nb["cells"] if "nbgrader" in c["metadata"]
    }


def solution(source: str) -> str:
    return source.split("### BEGIN SOLUTION\n")[1].split("\n### END SOLUTION")[0]


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


# --- exercise 4: share of ceremonial posts, a formula over the counts jumlah_per shows -----


def test_the_counts_table_and_the_worked_example_agree_with_the_data():
    data = dataset.load()
    formats = konten.jumlah_per(data, "format")["jumlah unggahan"]
    assert formats["(semua unggahan)"] == len(data) and formats.iloc[:-1].sum() == len(data)
    example = next(
        "".join(c["source"]) for c in notebook()["cells"] if "".join(c["source"]).startswith("persen_video =")
    )
    assert f"persen_video = {formats['video']} / {len(data)} * 100" in example
    pillars = konten.jumlah_per(data, "pilar")["jumlah unggahan"]
    assert solution(by_id(notebook())["konten_4_jawab"]) == (
        f"persen_seremonial = {pillars['seremonial']} / {len(data)} * 100"
    )
    with pytest.raises(InputError, match='kolom "pilar"'):
        konten.jumlah_per(data.drop(columns="pilar"), "pilar")


def test_ceremonial_share():
    data = dataset.load()
    count = int((data["pilar"] == "seremonial").sum())
    share = count / len(data)
    assert verdict("konten_4", count / len(data) * 100).correct  # the formula of the notebook
    assert verdict("konten_4", np.float64(share * 100)).correct
    assert verdict("konten_4", round(share * 100, 1)).correct  # read off and rounded, as a report would
    assert verdict("konten_4", round(share * 100)).correct
    fraction = verdict("konten_4", share)
    assert not fraction.correct and "Kalikan dengan 100" in fraction.hint
    counted = verdict("konten_4", count)
    assert not counted.correct and "jumlah" in counted.message and "jumlah_per" in counted.hint
    assert not verdict("konten_4", share * 100 + 2).correct  # another pillar's count or a wrong total
    with pytest.raises(InputError, match="titik"):
        verdict("konten_4", "29,7")
    with pytest.raises(EmptyInput, match="persen_seremonial = "):
        verdict("konten_4", None)


def test_the_optional_pandas_share_is_computed_for_facebook_only():
    data = dataset.load()
    facebook = data[data["platform"] == "Facebook"]
    exact = (facebook["pilar"] == "seremonial").mean() * 100
    assert verdict("lanjutan_konten_4", exact).correct
    assert not verdict("lanjutan_konten_4", round(exact)).correct  # the advanced track computes, it does not copy
    everyone = verdict("lanjutan_konten_4", (data["pilar"] == "seremonial").mean() * 100)
    assert not everyone.correct and "semua platform" in everyone.message and "Facebook" in everyone.hint
    assert "Kalikan" in verdict("lanjutan_konten_4", exact / 100).hint


# --- the posting-hour rule, judged as a government social-media lead would ---------------

# (platform, date, hour, why a lead would accept it). September 2025: the 4th is a Thursday, the 6th a Saturday.
ACCEPTED = [
    ("Instagram", "2025-09-01", 19, "evening, when people scroll after work: the data's peak"),
    ("Instagram", "2025-09-06", 20, "Saturday evening, within a fifth of the peak in the data"),
    ("TikTok", "2025-09-05", 21, "late-evening short video, within a fifth of the peak"),
    ("X", "2025-09-02", 7, "the morning news check on the way to work: the data's peak"),
    ("X", "2025-09-04", 8, "Thursday morning: both the data and Hootsuite's 07.00-09.00"),
    ("Facebook", "2025-09-03", 11, "late morning before lunch, within a fifth of the peak"),
    ("Facebook", "2025-09-04", 7, "Hootsuite's best time for government pages, Thursday 07.00 (Q3 2024)"),
    ("Facebook", "2025-09-07", 10, "Hootsuite's weekend window, Sunday 09.00-12.00 (Q4 2024)"),
    ("Facebook", "2025-09-06", 16, "Hootsuite's Saturday afternoon window, 16.00-18.00"),
    ("Instagram", "2025-09-07", 6, "Hootsuite's early Sunday 06.00 for government accounts"),
    ("Instagram", "2025-09-03", 8, "Hootsuite's Wednesday 08.00"),
    ("YouTube", "2025-09-05", 16, "afternoon, the data's peak for YouTube"),
]
# (platform, date, hour, why a lead would send it back, words the message must carry)
SENT_BACK = [
    ("Instagram", "2025-09-02", 3, "03.00: the audience is asleep, nothing supports it", "belum didukung data"),
    ("Facebook", "2025-09-02", 7, "Hootsuite's 07.00 is a Thursday slot, this is a Tuesday", "pada hari Kamis"),
    ("Instagram", "2025-09-01", 8, "Hootsuite's 08.00 is for Wednesday and Saturday, not Monday", "Rabu dan Sabtu"),
    ("X", "2025-09-04", 14, "mid-afternoon on X: the data and Hootsuite point to the morning", "belum didukung"),
    (
        "TikTok",
        "2025-09-03",
        9,
        "TikTok in the morning: the data says evening and no benchmark says otherwise",
        "TikTok",
    ),
    ("X", "2025-09-06", 22, "late Saturday night on X: neither the data nor a benchmark", "belum didukung"),
    ("Facebook", "2025-09-07", 15, "Sunday 15.00 is outside Hootsuite's 09.00-12.00 window", "belum didukung"),
    ("YouTube", "2025-09-01", 6, "a long video at dawn: far below the data's afternoon peak", "belum didukung"),
    ("Facebook", "2025-09-01", 20, "Facebook at 20.00: the data peaks at midday, no benchmark at night", "11, 12"),
    ("Instagram", "2025-09-06", 12, "Instagram at noon is barely half the evening peak in the data", "18, 19, 20"),
]


def _with_post(platform: str, date: str, hour: int) -> list[dict]:
    """The passing calendar with its first post moved to ``platform`` at ``hour`` on ``date``."""
    rows = calendar()
    fmt = "video" if platform in ("TikTok", "YouTube", "Facebook") else "gambar"
    rows[0].update(tanggal=date, jam=hour, platform=platform, format=fmt)
    return rows


@pytest.mark.parametrize("platform,date,hour,why", ACCEPTED, ids=[f"{p}-{h}-{d}" for p, d, h, _ in ACCEPTED])
def test_hours_a_social_media_lead_accepts(platform, date, hour, why):
    assert rule.posting_hour_reason(platform, hour, day(date)), why
    assert verdict("konten_5", _with_post(platform, date, hour)).correct, why


@pytest.mark.parametrize("platform,date,hour,why,words", SENT_BACK, ids=[f"{p}-{h}-{d}" for p, d, h, _, _ in SENT_BACK])
def test_hours_a_social_media_lead_sends_back(platform, date, hour, why, words):
    assert rule.posting_hour_reason(platform, hour, day(date)) is None, why
    result = verdict("konten_5", _with_post(platform, date, hour))
    assert not result.correct, why
    assert "unggahan ke-1" in result.message and words in result.message + result.hint, (why, result)


def test_the_rule_is_a_range_the_data_supports_not_one_peak():
    supported = rule.data_hours()
    prime = jam_terbaik(dataset.load_clean())
    for platform in PLATFORMS:
        assert prime[platform] in supported[platform]
    assert sum(len(h) > 1 for h in supported.values()) >= 4  # most platforms: more than the single peak
    clean = siapkan(dataset.load_clean())
    for platform, hours in supported.items():
        medians = clean[clean["platform"] == platform].groupby("jam")["er_jangkauan"].agg(["median", "count"])
        counted = medians[medians["count"] >= rule.JAM_MIN_UNGGAHAN]
        best = counted["median"].max()
        expected = sorted(int(h) for h in counted.index[counted["median"] >= rule.JAM_RASIO_MIN * best])
        assert list(hours) == expected, platform


def _parse_table(markdown: str) -> dict[str, tuple[set[int], set[tuple[str, int]], list[str]]]:
    """Platform -> (data hours, (day, hour) benchmark slots, formats), read back from the rendered table."""
    table = {}
    for line in markdown.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) != 4 or cells[0] not in PLATFORMS:
            continue
        data_hours = {int(h) for h in cells[1].split(", ")}
        slots = set()
        for slot in re.findall(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) ([\d, ]+) \(", cells[2]):
            slots |= {(slot[0], int(h)) for h in slot[1].split(", ")}
        table[cells[0]] = (data_hours, slots, cells[3].split(", "))
    return table


def test_notebook_table_docs_and_checker_say_the_same():
    markdown = rule.jam_tayang_markdown()
    table = _parse_table(markdown)
    assert set(table) == set(PLATFORMS)
    for platform, (hours, slots, formats) in table.items():
        assert formats == list(konten.FORMAT_PER_PLATFORM[platform])
        for weekday in HARI:
            for hour in range(24):
                in_table = hour in hours or (weekday, hour) in slots
                assert bool(rule.posting_hour_reason(platform, hour, weekday)) == in_table, (platform, weekday, hour)
    assert rule.TOLOK_UKUR_SUMBER.split(", ")[-1] in markdown
    assert str(rule.tabel_jam_tayang()) == markdown and rule.tabel_jam_tayang()._repr_markdown_() == markdown
    for doc in DOCS:  # the instructor docs hold the very table the notebooks show
        assert markdown in doc.read_text(encoding="utf-8"), f"{doc.name}: paste rule.jam_tayang_markdown()"
    for path in (NOTEBOOK, PROYEK):
        text = "\n".join("".join(c["source"]) for c in notebook(path)["cells"])
        assert "tabel_jam_tayang()" in text and "Hootsuite" in text
        assert f"{round(rule.JAM_RASIO_MIN * 100)}%" in text
        assert f"{rule.JAM_MIN_UNGGAHAN_KATA} unggahan" in text and rule.JAM_MIN_UNGGAHAN_KATA == "sepuluh"


def test_the_prime_time_tool_shades_the_hours_of_the_rule():
    tool = PenjelajahJamTayang(siapkan(dataset.load_clean()))
    for platform in PLATFORMS:
        tool.platform.value = platform
        assert tuple(tool.jam_didukung()) == rule.data_hours()[platform]
        assert ", ".join(map(str, rule.data_hours()[platform])) in tool.keterangan.value
        assert len(tool.ax.patches) == len(rule.data_hours()[platform])


def test_the_notebook_calendars_keep_the_rule():
    cells = notebook()["cells"]
    ns: dict = {}
    example = next("".join(c["source"]) for c in cells if "".join(c["source"]).startswith("contoh_kalender = ["))
    exec(example.replace("lihat_kalender(contoh_kalender)", ""), ns)
    exec(solution(by_id(notebook())["konten_5_jawab"]), ns)
    reasons = set()
    for posts in (ns["contoh_kalender"], ns["kalender"]):
        for post in posts:
            reason = rule.posting_hour_reason(post["platform"], post["jam"], day(post["tanggal"]))
            assert reason, post
            reasons.add(reason)
    assert reasons == {"data", "tolok ukur"}  # the notebook shows both kinds of accepted hour
    assert verdict("konten_5", ns["kalender"]).correct


# --- exercise 5: the calendar -------------------------------------------------------------


def test_calendar_right():
    result = verdict("konten_5", calendar())
    assert result.correct and "4 platform" in result.message
    assert verdict("konten_5", calendar(6)).correct
    aliases = calendar(platform=["instagram", "Twitter", "tiktok", "FB"] * 2, jam=[np.int64(h) for _, h, *_ in BASE])
    assert verdict("konten_5", aliases).correct
    assert verdict("konten_5", calendar(tanggal=[pd.Timestamp(t) for t, *_ in BASE])).correct
    assert verdict("konten_5", pd.DataFrame(calendar())).correct  # a DataFrame (the advanced track) is read too


@pytest.mark.parametrize(
    "changes,kind,text",
    [
        ({"tanggal": ["2025-09-01"] * 7 + ["2025-10-01"]}, "verdict", "lebih dari satu bulan"),
        ({"tanggal": ["01/09/2025"] * 8}, InputError, "2025-09-04"),
        ({"jam": ["19.00", 7, 20, 12, 19, 7, 20, 12]}, InputError, "angka bulat"),
        ({"jam": [19.5, 7, 20, 12, 19, 7, 20, 12]}, InputError, "jam bulat"),
        ({"jam": [10, 7, 20, 12, 19, 7, 20, 12]}, "verdict", "belum didukung data sintetis"),
        ({"format": ["teks", *(f for *_, f, _ in BASE[1:])]}, "verdict", "tidak tersedia untuk Instagram"),
        (
            {"platform": ["Instagram", "X"] * 4, "format": ["gambar", "teks"] * 4, "jam": [19, 7] * 4},
            "verdict",
            "2 platform",
        ),
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
    rows = calendar(**changes)
    if kind == "verdict":
        result = verdict("konten_5", rows)
        assert not result.correct
        assert text in result.message + result.hint
    else:
        with pytest.raises(kind, match=text):
            verdict("konten_5", rows)


def test_calendar_input_mistakes():
    with pytest.raises(EmptyInput, match="kalender = "):
        verdict("konten_5", None)
    with pytest.raises(EmptyInput):
        verdict("konten_5", [])
    with pytest.raises(InputError, match="daftar unggahan"):
        verdict("konten_5", {"tanggal": "2025-09-01"})
    with pytest.raises(InputError, match="unggahan ke-2 berupa"):
        verdict("konten_5", [calendar()[0], ["2025-09-02", 7, "X", "teks", "informasi"]])
    renamed = calendar()
    renamed[2]["Platform"] = renamed[2].pop("platform")
    with pytest.raises(InputError, match='unggahan ke-3 belum punya "platform"') as info:
        verdict("konten_5", renamed)
    assert 'Ada "Platform"' in info.value.hint
    without = calendar()
    del without[0]["jam"]
    with pytest.raises(InputError, match='"jam"'):
        verdict("konten_5", without)
    with pytest.raises(InputError, match='kolom "jam"'):
        verdict("konten_5", pd.DataFrame(calendar()).drop(columns="jam"))
    few = verdict("konten_5", calendar(5))
    assert not few.correct and "6 unggahan" in few.hint


def test_lihat_kalender_shows_the_days_in_date_order():
    rows = calendar()[::-1]
    table = konten.lihat_kalender(rows)
    assert list(table["tanggal"]) == sorted(r["tanggal"] for r in rows)
    assert list(table["hari"]) == [day(t) for t in table["tanggal"]]
    with pytest.raises(InputError, match="tidak dapat dibaca"):
        konten.lihat_kalender([{"tanggal": "4 September 2025"}])


def test_cek_and_nilai_wrap_the_checks(capsys):
    cek("konten_5", calendar())
    assert "✅ Tepat!" in capsys.readouterr().out
    with pytest.raises(NotYetCorrect) as info:
        cek("konten_5", calendar(jam=[3] * 8))
    assert info.value.friendly().startswith("Belum tepat:")
    assert nilai("konten_5", calendar()) is True
    assert nilai("konten_5", None) is False
    assert nilai("konten_1", 42) is False


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

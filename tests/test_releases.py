"""The press-release checker (course.engines.press_release): well-formed releases pass cleanly, and each
broken release fails exactly the check it breaks, with a message that quotes or names the problem.

House styles and the releases an editor would send back are in test_release_styles.py; the anatomy's
one statement and where it is rendered, in test_release_anatomy.py."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from course.engines import press_release as releases
from course.errors import InputError

DATA = Path(__file__).resolve().parent / "data" / "siaran_pers"
BAIK = (DATA / "baik.txt").read_text(encoding="utf-8")
LAIN = (DATA / "acara_lain.txt").read_text(encoding="utf-8")
FAKTA = json.loads((DATA / "fakta.json").read_text(encoding="utf-8"))

LEAD = (
    "SUKAMAJU – Dinas Kesehatan (Dinkes) Kabupaten Sukamaju membuka layanan imunisasi kejar gratis bagi 4.200 "
    "balita yang imunisasi dasarnya belum lengkap. Layanan dibuka pada Senin, 10 Juni 2024, di 25 puskesmas di "
    "Kabupaten Sukamaju dan berlangsung sampai Jumat, 14 Juni 2024."
)
QUOTE = (
    '"Setiap anak berhak terlindungi dari penyakit yang bisa dicegah dengan imunisasi. Kami ingin tidak ada lagi '
    'balita di Sukamaju yang tertinggal jadwal," ujar Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari.'
)
QUOTE2 = '"Kami mengajak para kepala desa dan kader posyandu untuk mendata balita di wilayahnya dan mengingatkan orang tua agar datang," kata Rina.'


def failed(text, fakta=None) -> list[str]:
    return releases.periksa(text, fakta).gagal


def test_ids_are_exactly_the_eleven_checks_in_order():
    report = releases.periksa(BAIK)
    assert [h.id for h in report.hasil] == list(releases.CEK)
    assert releases.CEK == (
        "judul",
        "dateline",
        "teras",
        "kutipan",
        "tentang",
        "narahubung",
        "penutup",
        "panjang",
        "kalimat",
        "bahasa",
        "etika",
    )


@pytest.mark.parametrize("text", [BAIK, LAIN], ids=["imunisasi", "mpp"])
def test_well_formed_releases_pass_cleanly(text):
    report = releases.periksa(text)
    assert report.semua_ok, report.teks()
    assert report.catatan == ()
    assert 300 <= report.jumlah_kata <= 500


def test_well_formed_release_passes_with_its_fact_sheet():
    report = releases.periksa(BAIK, FAKTA)
    assert report.semua_ok, report.teks()
    assert "siapa" in report["teras"].pesan and "di mana" in report["teras"].pesan


def test_release_of_another_event_loses_the_fact_checks_only():
    assert failed(LAIN, FAKTA) == ["teras", "kutipan"]
    report = releases.periksa(LAIN, FAKTA)
    assert "imunisasi kejar" in report["teras"].pesan  # says what is missing
    assert "Rina Wulandari" in report["kutipan"].pesan


def test_other_datelines_and_end_marks_are_accepted():
    for dateline in ("Sukamaju, 10 Juni 2024 – ", "Lubuk Basung (ANTARA) – ", "MARTAPURA - "):
        text = BAIK.replace("SUKAMAJU – ", dateline, 1)
        assert "dateline" not in failed(text), dateline
    for mark in ("-30-", "-selesai-", "- 30 -", "–selesai–"):
        assert failed(BAIK.replace("\n###\n", f"\n{mark}\n")) == [], mark


@pytest.mark.parametrize(
    "dateline",
    ["SUKAMAJU, 3 Maret 2025 – ", "Sukamaju, Senin (10/6/2024) – ", "SUKAMAJU, Senin, 10 Juni 2024 – ", "SUKAMAJU — "],
)
def test_dated_datelines_are_accepted(dateline):
    text = BAIK.replace("SUKAMAJU – ", dateline, 1)
    report = releases.periksa(text, FAKTA)
    assert report.semua_ok, report.teks()
    assert dateline.strip() in report["dateline"].pesan


# ---------------------------------------------------------------------------
# One broken release for each check


def _cut_words(text: str, keep_paragraphs: int) -> str:
    head, body = text.split("SUKAMAJU – ", 1)
    paragraphs = body.split("\n\n")
    tail = text[text.index("###") :]
    return head + "SUKAMAJU – " + "\n\n".join(paragraphs[:keep_paragraphs]) + "\n\n" + tail


BROKEN = {
    "judul": BAIK.replace(
        "Dinkes Sukamaju Buka Imunisasi Kejar Gratis untuk 4.200 Balita",
        "Heboh! Ini Imunisasi Gratis yang Wajib Kamu Tahu",
    ),
    "dateline": BAIK.replace("SUKAMAJU – ", "", 1),
    "teras": BAIK.replace(
        LEAD,
        "Dinas Kesehatan membuka layanan imunisasi kejar gratis bagi balita yang "
        "imunisasi dasarnya belum lengkap.".replace("Dinas Kesehatan", "SUKAMAJU – Layanan"),
    ),
    "kutipan": BAIK.replace(
        QUOTE,
        "Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari, mengatakan bahwa "
        "setiap anak berhak terlindungi dari penyakit yang bisa dicegah dengan imunisasi.",
    ).replace(QUOTE2, "Rina mengajak para kepala desa dan kader posyandu mendata balita di wilayahnya."),
    "tentang": re.sub(r"Tentang Dinas.*?\n\n", "", BAIK, flags=re.S),
    "narahubung": BAIK.replace("Telepon/WhatsApp: 0812-3456-7890\n", "").replace(
        "Surel: humas.dinkes@sukamajukab.go.id\n", ""
    ),
    "penutup": BAIK.replace("\n###\n", "\n"),
    "kalimat": BAIK.replace(
        "jadwal imunisasi dasar. Orang tua cukup", "jadwal imunisasi dasar, sehingga orang tua cukup"
    ).replace(
        "WIB. Layanan ini tidak dipungut biaya.",
        "WIB dan layanan ini tidak dipungut biaya sama sekali bagi seluruh warga yang datang ke puskesmas.",
    ),
    "bahasa": BAIK.replace("Orang tua cukup membawa", "Dinkes menghimbau orang tua membawa"),
}


@pytest.mark.parametrize("check_id", list(BROKEN))
def test_each_broken_release_fails_exactly_its_check(check_id):
    report = releases.periksa(BROKEN[check_id])
    assert report.gagal == [check_id], report.teks()
    assert report[check_id].pesan


def test_messages_quote_what_was_found():
    assert "Heboh" in releases.periksa(BROKEN["judul"])["judul"].pesan
    assert "menghimbau" in releases.periksa(BROKEN["bahasa"])["bahasa"].pesan
    assert "telepon" in releases.periksa(BROKEN["narahubung"])["narahubung"].pesan
    assert "tempat" in releases.periksa(BROKEN["teras"])["teras"].pesan


SHORT = _cut_words(BAIK, 4)


def _too_long() -> str:
    body = BAIK.split("\n\n###")[0]
    extra = "\n\n".join(body.split("\n\n")[4:])
    return BAIK.replace("\n\n###", "\n\n" + extra + "\n\n" + extra + "\n\n###")


@pytest.mark.parametrize("text, word", [(SHORT, "kurang dari"), (_too_long(), "lebih dari")], ids=["pendek", "panjang"])
def test_length_outside_the_norm_is_advice_unless_the_exercise_asks_for_it(text, word):
    report = releases.periksa(text)
    assert report.semua_ok, report.teks()
    advice = report["panjang"]
    assert advice.ok and advice.saran and word in advice.pesan and "300–500" in advice.pesan
    assert advice.pesan in report.catatan and "(saran)" in report.teks()
    asked = releases.periksa(text, panjang_wajib=True)
    assert asked.gagal == ["panjang"] and word in asked["panjang"].pesan and not asked["panjang"].saran


def test_length_within_the_norm_gives_no_advice():
    report = releases.periksa(BAIK, panjang_wajib=True)
    assert report["panjang"].ok and not report["panjang"].saran and report.catatan == ()


def test_quote_without_comma_is_named_with_the_eyd_rule():
    text = BAIK.replace('jadwal," ujar', 'jadwal" ujar').replace('datang," kata', 'datang" kata')
    report = releases.periksa(text)
    assert report.gagal == ["kutipan"]
    assert "Tanda Koma" in report["kutipan"].pesan


def test_quote_ending_with_a_question_mark_needs_no_comma():
    text = BAIK.replace('tertinggal jadwal," ujar', 'tertinggal jadwal?" ujar').replace(QUOTE2, "")
    assert "kutipan" not in failed(text)


def test_quote_without_attribution_fails():
    text = BAIK.replace(QUOTE, '"Setiap anak berhak terlindungi dari penyakit yang bisa dicegah dengan imunisasi."')
    text = text.replace(QUOTE2, "")
    report = releases.periksa(text)
    assert "kutipan" in report.gagal and "atribusi" in report["kutipan"].pesan


def test_ceremony_lead_gets_the_news_not_ceremony_hint():
    text = BAIK.replace(
        LEAD,
        "SUKAMAJU – Dalam rangka pekan imunisasi, Bupati Sukamaju menghadiri acara pembukaan "
        "layanan imunisasi kejar di aula pendopo Kabupaten Sukamaju pada Senin, 10 Juni 2024.",
    )
    report = releases.periksa(text)
    assert report.catatan and report.catatan[0].startswith("Berita, bukan seremoni")


def test_as_dict_has_the_json_shape():
    data = releases.periksa(BAIK).as_dict()
    assert [c["id"] for c in data["checks"]] == list(releases.CEK)
    assert all(set(c) == {"id", "ok", "pesan"} for c in data["checks"])


@pytest.mark.parametrize(
    "bad, phrase",
    [
        ("{", "bukan JSON"),
        ("[1, 2]", "objek JSON"),
        ('{"siapa": 5}', "teks atau daftar"),
        ('{"warna": "merah"}', "unsur berita"),
        ('{"apa": []}', "teks atau daftar"),
    ],
)
def test_malformed_fact_sheets_raise_friendly_errors(bad, phrase):
    with pytest.raises(InputError) as info:
        releases.periksa(BAIK, bad)
    assert phrase in str(info.value)


@pytest.mark.parametrize("bad", [None, "", "   ", 42])
def test_bad_release_input_raises_friendly_errors(bad):
    with pytest.raises(InputError):
        releases.periksa(bad)


def test_checker_is_fast_on_a_500_word_release():
    text = BAIK.replace("\n\n###", "\n\n" + "\n\n".join(BAIK.split("\n\n")[4:9]) + "\n\n###")
    releases.periksa(text)
    start = time.perf_counter()
    releases.periksa(text)
    assert time.perf_counter() - start < 1.0  # generous; the benchmark records the real figure


def test_letterhead_above_the_label_is_not_taken_for_the_headline():
    kop = "PEMERINTAH KABUPATEN SUKAMAJU\nDINAS KESEHATAN\nJalan Merdeka Nomor 1, Sukamaju\n\n"
    report = releases.periksa(kop + BAIK)
    assert report.semua_ok, report.teks()
    assert releases.judul_dari(kop + BAIK) == "Dinkes Sukamaju Buka Imunisasi Kejar Gratis untuk 4.200 Balita"


def test_release_without_labels_still_passes():
    text = BAIK.replace("SIARAN PERS\nUNTUK DISIARKAN SEGERA\n\n", "")
    assert releases.periksa(text).semua_ok


def test_story_paragraphs_that_open_like_a_heading_stay_in_the_story():
    closing = (
        "Untuk informasi lebih lanjut, warga dapat menghubungi puskesmas terdekat.\n\n"
        "Tentang jadwal posyandu keliling, Rina meminta warga memantau pengumuman di kantor desa.\n\n###"
    )
    text = BAIK.replace("\n\n###", "\n\n" + closing, 1)
    parts = releases.split_release(text)
    assert parts.badan[-1].startswith("Tentang jadwal") and parts.badan[-2].startswith("Untuk informasi")
    assert releases.periksa(text).semua_ok


def test_a_citizen_named_with_her_village_is_a_full_attribution():
    text = BAIK.replace(QUOTE2, '"Anak saya jadi bisa menyusul imunisasinya," ujar warga Desa Sukamaju, Siti Aminah.')
    quotes = releases.find_quotes(releases.split_release(text).badan)
    assert quotes[-1].rujukan == ("Desa Sukamaju, Siti Aminah",)
    assert releases.periksa(text).semua_ok

"""Press releases as newsrooms write them: six complete releases in different house styles pass every check
(the press-release checker with and without the fact sheet, the spelling checker, and the hidden tests of the
session 05 release exercise as the grader runs them), and each release an editor would send back fails the
check that names the editor's reason, and only that one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from course.checks import grade
from course.engines import press_release as releases
from course.engines import spelling
from course.engines.release_parts import split_release
from course.sessions import s05_siaran_pers as siaran

DATA = Path(__file__).resolve().parent / "data" / "siaran_pers"


def read(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


# Each house style, and what makes it different from the course's model answer (baik.txt).
STYLES = {
    "gaya_kop_bertanggal_selesai": "letterhead, dated dateline 'SUKAMAJU, 5 Juni 2024 –', '-selesai-' after the body",
    "gaya_embargo_tanda_akhir_paling_bawah": "embargo line, 'Kontak media', '###' at the very end, position after name",
    "gaya_kantor_berita_tiga_puluh": "dateline 'Sukamaju, Rabu (5/6/2024) –', Ir. H. … M.Si., '-30-', 'Kata X, \"…\"'",
    "gaya_tanpa_label_sekilas": "no label lines, 'Sekilas tentang …', contact on one line with an e-mail only",
    "gaya_catatan_redaksi": "'UNTUK SEGERA DISIARKAN', 'SUKAMAJU, Rabu, 5 Juni 2024 –', notes to editors after the contact",
    "gaya_rujukan_pendek": "speaker introduced outside a quote, quotes attributed 'ujar Rina.' and 'ujarnya.', two contacts",
}
RELEASE_CHECKS = ("rilis_struktur", "rilis_fakta", "rilis_gaya", "rilis_judul")


def hidden_test(name: str, text: str):
    """The verdict the grader gives the hidden test ``name`` (``course.checks.grade``, as ``JudgeAnswers`` calls it)."""
    return grade(name, text, key_of=lambda _file: None)


@pytest.mark.parametrize("name", list(STYLES))
def test_each_house_style_passes_every_check(name):
    text = read(name)
    plain = releases.periksa(text)
    assert plain.semua_ok and plain.catatan == (), plain.teks()
    with_sheet = releases.periksa(text, siaran.FAKTA_CEK, panjang_wajib=True)
    assert with_sheet.semua_ok, with_sheet.teks()
    assert 300 <= with_sheet.jumlah_kata <= 500
    parts = split_release(text)
    assert spelling.periksa_teks("\n\n".join(parts.badan + parts.tentang)) == []
    for check in RELEASE_CHECKS:
        verdict = hidden_test(check, text)
        assert verdict.correct, (check, verdict.message)


def test_the_house_styles_really_differ():
    texts = {name: read(name) for name in STYLES}
    marks = {split_release(t).penutup[0] for t in texts.values()}
    assert marks == {"###", "-30-", "-selesai-"}
    orders = {tuple(split_release(t).urutan[-3:]) for t in texts.values()}
    assert ("tentang", "narahubung", "penutup") in orders and ("penutup", "tentang", "narahubung") in orders
    datelines = {releases.periksa(t)["dateline"].pesan.split('"')[1] for t in texts.values()}
    assert {"SUKAMAJU, 5 Juni 2024 –", "Sukamaju, Rabu (5/6/2024) –", "SUKAMAJU, Rabu, 5 Juni 2024 –"} <= datelines
    assert any("EMBARGO" in line for t in texts.values() for line in split_release(t).label)
    assert any(not split_release(t).label for t in texts.values())
    assert any(split_release(t).catatan for t in texts.values())


def test_a_short_second_reference_names_the_person_introduced_before():
    report = releases.periksa(read("gaya_rujukan_pendek"), siaran.FAKTA_CEK)
    assert report["kutipan"].ok and "ujar Rina" in report["kutipan"].pesan
    quotes = {q.siapa: q.rujukan for q in releases.find_quotes(split_release(read("gaya_rujukan_pendek")).badan)}
    assert quotes["Rina"] == ("Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari",)
    assert quotes[""] == quotes["Rina"]  # "ujarnya" is the speaker of the quote before it
    assert quotes["Ramadhan"] == ("Kepala Puskesmas Sukamaju Kota, Ramadhan Saputra",)


def test_a_name_spelled_as_its_owner_spells_it_is_never_corrected():
    text = read("gaya_kantor_berita_tiga_puluh")
    assert "Ir. H. Rahmat Ramadhan, M.Si." in text and "ujar Ramadhan" in text
    assert releases.periksa(text)["bahasa"].ok
    month = text.replace("pada Rabu pagi.", "pada awal bulan Ramadhan.")
    report = releases.periksa(month)
    assert report.gagal == ["bahasa"] and '"Ramadhan" → "Ramadan"' in report["bahasa"].pesan


def test_a_name_from_the_story_is_kept_in_the_headline():
    text = read("gaya_rujukan_pendek").replace(
        "Dinkes Sukamaju Buka Imunisasi Kejar bagi 4.200 Balita di Puskesmas",
        "Ramadhan Saputra: Puskesmas Siap Layani Imunisasi Kejar 4.200 Balita",
    )
    assert releases.periksa(text)["judul"].ok, releases.periksa(text)["judul"].pesan


# ---------------------------------------------------------------------------
# Releases an editor would send back, each with the editor's reason and the check that must say it


@dataclass(frozen=True)
class SendBack:
    source: str
    reason: str  # what the editor says
    failing: str  # the one check that fails
    says: str  # a phrase of the checker's message
    edits: tuple[tuple[str, str], ...]  # (regular expression, replacement), each matching exactly once
    fact_sheet: bool = False

    def text(self) -> str:
        changed = read(self.source)
        for pattern, replacement in self.edits:
            changed, count = re.subn(pattern, replacement, changed, flags=re.S)
            assert count == 1, pattern
        return changed


SEND_BACK = {
    "nama_pendek_tanpa_perkenalan": SendBack(
        "baik",
        "Siapa Rina? Penyebutan pertama narasumber wajib nama lengkap dan jabatannya.",
        "kutipan",
        "nama lengkap dan jabatan",
        edits=((re.escape("ujar Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari."), "ujar Rina."),),
    ),
    "tanda_akhir_di_tengah": SendBack(
        "gaya_kop_bertanggal_selesai",
        "Tanda akhir di tengah naskah: redaktur mengira berita selesai di situ dan paragraf sesudahnya hilang.",
        "penutup",
        "di tengah naskah",
        edits=(
            (re.escape("target nasional sebesar 95 persen.\n"), "target nasional sebesar 95 persen.\n\n-selesai-\n"),
        ),
    ),
    "tanpa_dateline": SendBack(
        "gaya_embargo_tanda_akhir_paling_bawah",
        "Dari mana berita ini? Paragraf pertama tidak dibuka dengan dateline.",
        "dateline",
        "tidak dibuka dengan dateline",
        edits=((re.escape("SUKAMAJU – Mulai Senin"), "Mulai Senin"),),
    ),
    "kutipan_tanpa_koma": SendBack(
        "gaya_embargo_tanda_akhir_paling_bawah",
        "Kutipan dan atribusinya dipisah koma (EYD V, Tanda Koma).",
        "kutipan",
        "Tanda Koma",
        edits=(('pekan depan," kata', 'pekan depan" kata'), ('rumahnya jauh," ujar', 'rumahnya jauh" ujar')),
    ),
    "judul_umpan_klik": SendBack(
        "gaya_tanpa_label_sekilas",
        "Judul memancing klik, bukan memberi tahu.",
        "judul",
        "clickbait",
        edits=(
            (
                re.escape("Dinkes Sukamaju Kejar Imunisasi 4.200 Balita lewat Layanan Gratis di Puskesmas"),
                "Wajib Tahu! Ini Rahasia Imunisasi Gratis yang Bikin Orang Tua Lega",
            ),
        ),
    ),
    "narahubung_tanpa_nomor": SendBack(
        "gaya_catatan_redaksi",
        "Wartawan tidak bisa mengonfirmasi: narahubung tanpa telepon atau surel.",
        "narahubung",
        "telepon atau surel",
        edits=((r"Telepon: [^\n]*\nSurel: [^\n]*\n", ""),),
    ),
    "kata_tidak_baku": SendBack(
        "gaya_rujukan_pendek",
        "Bahasa siaran pers harus baku: mengimbau, bukan menghimbau.",
        "bahasa",
        "menghimbau",
        edits=((re.escape("Para camat diminta melaporkan"), "Pemkab menghimbau para camat melaporkan"),),
    ),
    "tanpa_tentang_instansi": SendBack(
        "gaya_kantor_berita_tiga_puluh",
        "Tidak ada paragraf tentang instansi untuk latar redaksi.",
        "tentang",
        "Tentang",
        edits=((r"Tentang Dinas Kesehatan Kabupaten Sukamaju\n[^\n]*\n\n", ""),),
    ),
    "kalimat_berbelit": SendBack(
        "gaya_kop_bertanggal_selesai",
        "Kalimat terlalu panjang untuk dibaca sekali jalan.",
        "kalimat",
        "lebih dari 35 kata",
        edits=(
            (
                re.escape("atau lebih. Layanan dibuka pukul 08.00 sampai 12.00 WIB."),
                "atau lebih, dan layanan yang dibuka setiap hari kerja selama pekan imunisasi itu berlangsung "
                "pukul 08.00 sampai 12.00 WIB di semua puskesmas yang ada di kabupaten ini.",
            ),
        ),
    ),
    "kutipan_bukan_narasumber": SendBack(
        "gaya_rujukan_pendek",
        "Lembar fakta menunjuk dr. Rina sebagai narasumber; kutipannya tidak ada.",
        "kutipan",
        "bukan narasumber",
        edits=((r'"Kami ingin semua balita.*?ujarnya\.\n\n', ""),),
        fact_sheet=True,
    ),
    "teras_tanpa_waktu_dan_tempat": SendBack(
        "gaya_tanpa_label_sekilas",
        "Teras tidak menjawab kapan dan di mana layanan dibuka.",
        "teras",
        "kapan",
        edits=(
            (
                re.escape("gratis bagi 4.200 balita di 25 puskesmas mulai Senin, 10 Juni 2024."),
                "gratis bagi 4.200 balita.",
            ),
        ),
        fact_sheet=True,
    ),
}


@pytest.mark.parametrize("case", list(SEND_BACK))
def test_a_release_an_editor_would_send_back_fails_for_the_editors_reason(case):
    send_back = SEND_BACK[case]
    report = releases.periksa(send_back.text(), siaran.FAKTA_CEK if send_back.fact_sheet else None)
    assert report.gagal == [send_back.failing], (send_back.reason, report.teks())
    assert send_back.says in report[send_back.failing].pesan


def test_the_short_name_case_passes_once_the_person_is_introduced():
    send_back = SEND_BACK["nama_pendek_tanpa_perkenalan"]
    introduced = send_back.text().replace(
        "Menurut data Dinkes Sukamaju, cakupan",
        "Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari, mengatakan cakupan",
    )
    assert releases.periksa(introduced, siaran.FAKTA_CEK).semua_ok
    # ... but not when the full reference only comes after the short one: the first reference is the full one.
    late = releases.periksa(send_back.text().replace("kata Rina.", "kata Rina Wulandari."))
    assert late.gagal == ["kutipan"] and "belum diperkenalkan" in late["kutipan"].pesan


def test_the_hidden_tests_of_session_05_fail_the_send_backs_they_grade():
    assert not hidden_test("rilis_fakta", SEND_BACK["nama_pendek_tanpa_perkenalan"].text()).correct
    assert not hidden_test("rilis_struktur", SEND_BACK["tanda_akhir_di_tengah"].text()).correct
    assert not hidden_test("rilis_gaya", SEND_BACK["kata_tidak_baku"].text()).correct
    assert not hidden_test("rilis_judul", SEND_BACK["judul_umpan_klik"].text()).correct

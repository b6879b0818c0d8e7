"""The EYD V checker: hand-written correct and incorrect examples, every example of brief section 3.

Precision matters more than recall, so most tests assert that correct text is left alone.
"""

from __future__ import annotations

import pytest

from course.engines.spelling import perbaiki, periksa_judul, periksa_markdown, periksa_teks, prosa_markdown
from course.engines.spelling_words import BAKU
from course.errors import EmptyInput, InputError


def rules(findings) -> list[str]:
    return [f.aturan for f in findings]


def pairs(findings) -> list[tuple[str, str]]:
    return [(f.teks, f.saran) for f in findings]


# ---------------------------------------------------------------------------
# Brief 3.1: capitalisation


@pytest.mark.parametrize(
    "title",
    [
        "Penerapan Asas-Asas Hukum Perdata",
        "Dari Ave Maria ke Jalan Lain ke Roma",
        "Peraturan Presiden Republik Indonesia Nomor 63 Tahun 2019 tentang Penggunaan Bahasa Indonesia",
        "Badan Kesejahteraan Ibu dan Anak",
        "Bupati Resmikan Jembatan Gantung dan Balai Warga di Desa Sukamaju",
        "Pemkab Sukamaju Salurkan 2 Ton Beras untuk 300 Keluarga Korban Banjir",
        "Bursa Transfer Liga 1: Daftar Lengkap Perpindahan Pemain",
        "Abdul Rahman bin Zaini Terima Penghargaan",
        "Warga Antre e-KTP di Kantor Kecamatan",
        "Perang Dunia Ke-2 dalam Ingatan Warga",
    ],
)
def test_correct_titles_are_not_flagged(title):
    assert periksa_judul(title) == []


def test_capitalised_function_words_inside_a_title_are_flagged_with_a_lowercase_fix():
    found = periksa_judul("Bupati Resmikan Jembatan Gantung Dan Balai Warga Di Desa Sukamaju")
    assert pairs(found) == [("Dan", "dan"), ("Di", "di")]
    assert set(rules(found)) == {"kapital-judul"}
    assert (
        perbaiki("Bupati Resmikan Jembatan Gantung Dan Balai Warga Di Desa Sukamaju", judul=True)
        == "Bupati Resmikan Jembatan Gantung dan Balai Warga di Desa Sukamaju"
    )


def test_a_function_word_opening_the_title_keeps_its_capital_and_a_lowercase_one_gets_it():
    assert periksa_judul("Dari Desa untuk Negeri") == []
    assert pairs(periksa_judul("dari Desa untuk Negeri")) == [("dari", "Dari")]


def test_words_of_a_sentence_case_title_are_capitalised():
    found = periksa_judul("Bupati resmikan jembatan gantung dan balai warga di Desa Sukamaju")
    assert pairs(found) == [
        ("resmikan", "Resmikan"),
        ("jembatan", "Jembatan"),
        ("gantung", "Gantung"),
        ("balai", "Balai"),
        ("warga", "Warga"),
    ]


def test_both_halves_of_a_full_reduplication_are_capitalised_in_a_title():
    assert pairs(periksa_judul("Penerapan Asas-asas Hukum Perdata")) == [("Asas-asas", "Asas-Asas")]
    assert perbaiki("Warga Diimbau Hati-hati", judul=True) == "Warga Diimbau Hati-Hati"


def test_a_title_does_not_end_with_a_full_stop_but_an_ellipsis_or_abbreviation_is_left_alone():
    assert pairs(periksa_judul("Pemkab Sukamaju Gelar Pasar Murah.")) == [(".", "")]
    assert perbaiki("Pemkab Sukamaju Gelar Pasar Murah.", judul=True) == "Pemkab Sukamaju Gelar Pasar Murah"
    assert periksa_judul("Pameran Buku, Kerajinan, dll.") == []


def test_other_function_words_may_be_written_either_way_in_a_title():
    assert periksa_judul("Warga Berjaga hingga Pagi") == []
    assert periksa_judul("Warga Berjaga Hingga Pagi") == []
    assert periksa_judul("Jalan Ditutup Saat Karnaval") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Papua Barat membuka rapat.",
        "Wakil Presiden Adam Malik berpidato.",
        "Bupati Agam hadir, begitu juga seorang bupati dari Jawa Barat.",
        "Kantor itu ada di Kabupaten Konawe.",
        "Anak-anak mandi di sungai.",
        "Rapat digelar pada hari Jumat, bulan Agustus, menjelang hari Natal.",
        "Sudahkah Anda tahu?",
    ],
)
def test_brief_capitalisation_examples_in_running_text_are_correct(text):
    assert periksa_teks(text) == []


def test_anda_and_month_names_take_a_capital():
    found = periksa_teks("Sudahkah anda tahu bahwa rapat digelar bulan agustus?")
    assert pairs(found) == [("anda", "Anda"), ("agustus", "Agustus")]
    assert set(rules(found)) == {"kapital"}


# ---------------------------------------------------------------------------
# Brief 3.2: di, ke, dari


@pytest.mark.parametrize(
    "text",
    [
        "Di mana dia sekarang?",
        "Kain itu disimpan di dalam lemari.",
        "Mari, kita berangkat ke kantor.",
        "Saya pergi ke luar kota.",
        "Ia keluar dari rumah.",
        "Buku itu dijual dan ditulis di sini.",
        "Laporan itu ditindaklanjuti untuk menyebarluaskan pertanggungjawaban yang dilipatgandakan.",
        "Mereka bertepuk tangan, lalu sebar luaskan dan garis bawahi pesannya.",
        "Kerja sama antarinstansi, pejabat nonaktif, panen pascapanen, subbagian, dan kerja sama multilateral.",
        "Negara non-ASEAN dan masa pasca-Orba.",
        "Wali kota, ibu kota, orang tua, rumah sakit, duta besar, dan kambing hitam.",
        "Olahraga, kacamata, matahari, kosakata, beasiswa, dan dukacita.",
        "Karyawan dirumahkan sejak awal tahun.",
        "Lomba digelar di pekan olahraga dan di peternakan sapi.",
        "Banjir diatasi dengan pompa; jalan dijalani warga; kepala desa didesak warga.",
        "Pasar murah digelar di Tarakan dan di Sukadana.",
        "Pekerja itu di-PHK bulan lalu.",
    ],
)
def test_correct_di_ke_usage_is_not_flagged(text):
    assert periksa_teks(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rapat di laksanakan besok.", [("di laksanakan", "dilaksanakan")]),
        ("Bantuan di salurkan kemarin.", [("di salurkan", "disalurkan")]),
        ("Rapat digelar dikantor bupati.", [("dikantor", "di kantor")]),
        ("Warga menunggu disana, bukan disini.", [("disana", "di sana"), ("disini", "di sini")]),
        ("Dimana posko berada? Kemana warga mengungsi?", [("Dimana", "Di mana"), ("Kemana", "Ke mana")]),
        ("Warga berkumpul didesa dan diantara tenda.", [("didesa", "di desa"), ("diantara", "di antara")]),
        ("Bupati berangkat keJakarta.", [("keJakarta", "ke Jakarta")]),
    ],
)
def test_wrong_di_ke_is_flagged_with_the_fix(text, expected):
    found = periksa_teks(text)
    assert pairs(found) == expected
    assert set(rules(found)) <= {"kata-depan", "awalan-di"}


def test_di_ke_fixes_in_a_title_keep_title_capitals():
    assert perbaiki("Bupati Di Lantik", judul=True) == "Bupati Dilantik"
    assert perbaiki("Pasar Murah Digelar Didesa Sukadana", judul=True) == "Pasar Murah Digelar di Desa Sukadana"
    assert perbaiki("Jembatan di resmikan Bupati", judul=True) == "Jembatan Diresmikan Bupati"


# ---------------------------------------------------------------------------
# Brief 3.3: numbers, dates, money


@pytest.mark.parametrize(
    "text",
    [
        "Mereka menonton drama itu sampai tiga kali.",
        "Koleksi pribadi saya lebih dari seribu buku.",
        "Di antara 72 anggota yang hadir, 52 orang setuju, 15 orang tidak setuju, dan 5 orang abstain.",
        "Beratnya 5 kilogram, lamanya 1 jam 20 menit, harganya Rp5.000,00, naik 5% atau 7 persen.",
        "Uang kembaliannya Rp500,50.",
        "Sebanyak 2.500 orang peserta diundang panitia.",
        "Panitia mengundang 2.500 orang peserta.",
        "Dia mendapat bantuan 90 juta rupiah; proyek itu memerlukan 55 miliar rupiah.",
        "Candi itu dibangun pada abad ke-7, abad VII, atau abad ketujuh.",
        "Musik tahun 2000-an kembali digemari.",
        "Surabaya, 10 Mei 1960",
        "Bimtek digelar pada 26 Oktober 2023.",
        "Bupati meninjau lokasi Kamis (26/10/2023).",
        "Rapat mulai pukul 07.30 WIB.",
    ],
)
def test_correct_numbers_are_not_flagged(text):
    assert periksa_teks(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Retribusinya Rp 5.000 per hari.", [("Rp 5.000", "Rp5.000")]),
        ("Retribusinya Rp. 5.000 per hari.", [("Rp. 5.000", "Rp5.000")]),
        ("Harga naik 5 % pekan ini.", [("5 %", "5%")]),
        ("2.500 orang peserta diundang panitia.", [("2.500", "Sebanyak 2.500")]),
        ("Warga datang. 2023 menjadi tahun yang berat.", [("2023", "Tahun 2023")]),
        ("Mereka menonton drama itu sampai 3 kali.", [("3 kali", "tiga kali")]),
        ("Ini peringatan ke3 bagi warga.", [("ke3", "ke-3")]),
        ("Musik tahun 2000an kembali digemari.", [("2000an", "2000-an")]),
    ],
)
def test_wrong_numbers_are_flagged_with_the_fix(text, expected):
    found = periksa_teks(text)
    assert pairs(found) == expected
    assert set(rules(found)) == {"angka"}


def test_a_title_may_open_with_a_number_but_money_is_still_checked():
    assert periksa_judul("300 Warga Terima Bantuan Beras") == []
    assert pairs(periksa_judul("Pemkab Salurkan Rp 5.000 untuk 5 % Warga")) == [("Rp 5.000", "Rp5.000"), ("5 %", "5%")]


def test_a_table_cell_is_not_a_sentence_start():
    assert periksa_teks("300 keluarga korban banjir", awal_kalimat=False) == []
    assert rules(periksa_teks("300 keluarga korban banjir")) == ["angka"]


# ---------------------------------------------------------------------------
# Brief 3.4: abbreviations and acronyms


@pytest.mark.parametrize(
    "text",
    [
        "KTP, NKRI, PBB, dan SIM diurus di sini.",
        "DPRD, OPD, ASN, PNS, dan APBD dibahas dalam rapat.",
        "Bappenas, Bulog, dan Pemprov Kalteng hadir.",
        "Pemkab Agam, Diskominfo, Bappeda, Setda, dan Perbup Agam disebut.",
        "Pemilu, puskesmas, rapim, dan iptek ditulis dengan huruf kecil.",
        "Bawa KTP, KK, dll. ke kantor desa; a.n. Bupati; s.d. Jumat; Yth. Camat.",
        "Jaraknya 40 km, beratnya 5 kg, biayanya Rp5.000.",
        "SIARAN PERS PEMKAB SUKAMAJU",
    ],
)
def test_correct_abbreviations_are_not_flagged(text):
    assert periksa_teks(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rapat Dprd digelar hari ini.", [("Dprd", "DPRD")]),
        ("Anggaran apbd naik.", [("apbd", "APBD")]),
        ("Kegiatan PEMKAB berjalan lancar.", [("PEMKAB", "Pemkab")]),
        ("Rapat pemkab Agam digelar.", [("pemkab", "Pemkab")]),
        ("Bawa KTP, KK, dll ke kantor desa.", [("dll", "dll.")]),
    ],
)
def test_wrong_abbreviations_are_flagged_with_the_fix(text, expected):
    found = periksa_teks(text)
    assert pairs(found) == expected
    assert set(rules(found)) == {"singkatan"}


# ---------------------------------------------------------------------------
# Brief 3.5: quotations (nothing to flag)


@pytest.mark.parametrize(
    "text",
    [
        '"Kita harus bekerja keras," kata nenek saya.',
        'Kata nenek saya, "Kita harus bekerja keras."',
        '"Di mana Saudara tinggal?" tanya Pak Lurah.',
        '"Warga tidak perlu lagi bolak-balik," ujar Bupati Sukamaju.',
    ],
)
def test_brief_quotation_examples_are_not_flagged(text):
    assert periksa_teks(text) == []


# ---------------------------------------------------------------------------
# Brief 3.6: baku / tidak baku

BRIEF_PAIRS = [
    ("merubah", "mengubah"),
    ("dirubah", "diubah"),
    ("ijin", "izin"),
    ("himbauan", "imbauan"),
    ("menghimbau", "mengimbau"),
    ("Nopember", "November"),
    ("Pebruari", "Februari"),
    ("resiko", "risiko"),
    ("praktek", "praktik"),
    ("jadual", "jadwal"),
    ("kwalitas", "kualitas"),
    ("frekwensi", "frekuensi"),
    ("propinsi", "provinsi"),
    ("obyek", "objek"),
    ("subyek", "subjek"),
    ("sekedar", "sekadar"),
    ("karir", "karier"),
    ("hakekat", "hakikat"),
    ("ekstrim", "ekstrem"),
    ("tehnik", "teknik"),
    ("tehnologi", "teknologi"),
    ("respon", "respons"),
    ("atlit", "atlet"),
    ("nafas", "napas"),
    ("isteri", "istri"),
    ("pondasi", "fondasi"),
    ("mempengaruhi", "memengaruhi"),
    ("ijasah", "ijazah"),
    ("kadaluarsa", "kedaluwarsa"),
    ("kadaluwarsa", "kedaluwarsa"),
    ("hutang", "utang"),
    ("terimakasih", "terima kasih"),
    ("analisa", "analisis"),
    ("diagnosa", "diagnosis"),
    ("hipotesa", "hipotesis"),
    ("aktifitas", "aktivitas"),
    ("kreatifitas", "kreativitas"),
    ("efektifitas", "efektivitas"),
    ("produktifitas", "produktivitas"),
    ("standarisasi", "standardisasi"),
    ("kwitansi", "kuitansi"),
    ("kwartal", "kuartal"),
    ("sistim", "sistem"),
    ("silahkan", "silakan"),
    ("nasehat", "nasihat"),
    ("jaman", "zaman"),
    ("teoritis", "teoretis"),
    ("kongkrit", "konkret"),
    ("konkrit", "konkret"),
    ("telpon", "telepon"),
    ("apotik", "apotek"),
    ("antri", "antre"),
    ("antrian", "antrean"),
    ("rapih", "rapi"),
    ("milyar", "miliar"),
    ("lembab", "lembap"),
    ("menterjemahkan", "menerjemahkan"),
    ("terlanjur", "telanjur"),
    ("legalisir", "legalisasi"),
    ("pengrusakan", "perusakan"),
    ("walikota", "wali kota"),
    ("ibukota", "ibu kota"),
    ("Jum'at", "Jumat"),
    ("Ramadhan", "Ramadan"),
    ("sholat", "salat"),
    ("Idul Fitri", "Idulfitri"),
    ("kordinasi", "koordinasi"),
    ("managemen", "manajemen"),
]


@pytest.mark.parametrize("wrong, right", BRIEF_PAIRS)
def test_every_brief_pair_is_flagged_and_its_baku_form_is_not(wrong, right):
    found = periksa_teks(f"Menurut catatan kami, {wrong} itu perlu dibahas.")
    assert pairs(found) == [(wrong, right)]
    assert rules(found) == ["kata-baku"]
    assert periksa_teks(f"Menurut catatan kami, {right} itu perlu dibahas.") == []


def test_there_are_about_sixty_pairs():
    assert len(BRIEF_PAIRS) >= 60
    assert all(k.lower() in BAKU for k, _ in BRIEF_PAIRS)


def test_baku_fix_keeps_the_writers_capitalisation():
    assert pairs(periksa_teks("Menghimbau warga, MENGHIMBAU semua.")) == [
        ("Menghimbau", "Mengimbau"),
        ("MENGHIMBAU", "MENGIMBAU"),
    ]
    assert pairs(periksa_judul("Walikota Sukamaju Tinjau Posko")) == [("Walikota", "Wali Kota")]
    assert pairs(periksa_teks("Terimakasih atas kehadiran Anda.")) == [("Terimakasih", "Terima kasih")]
    assert pairs(periksa_teks("Salat Idul fitri digelar di lapangan.")) == [("Idul fitri", "Idulfitri")]
    assert pairs(periksa_teks("Rapat digelar hari Jum’at.")) == [("Jum’at", "Jumat")]


def test_whole_words_only_and_memperhatikan_is_baku():
    assert periksa_teks("Warga memperhatikan respons dan perubahan yang diubah oleh rubah.") == []
    assert periksa_teks("Pemkab mengimbau warga memperhatikan izin dan risiko.") == []


def test_tes_awal_item_14_options():
    assert (
        periksa_teks("Pemkab Sukamaju mengimbau pedagang mengurus izin berjualan; retribusinya Rp5.000 per hari.") == []
    )
    assert pairs(
        periksa_teks("Pemkab Sukamaju menghimbau pedagang mengurus izin berjualan; retribusinya Rp5.000 per hari.")
    ) == [("menghimbau", "mengimbau")]
    assert pairs(
        periksa_teks("Pemkab Sukamaju mengimbau pedagang mengurus ijin berjualan; retribusinya Rp5.000 per hari.")
    ) == [("ijin", "izin")]
    assert pairs(
        periksa_teks("Pemkab Sukamaju mengimbau pedagang mengurus izin berjualan; retribusinya Rp 5.000 per hari.")
    ) == [("Rp 5.000", "Rp5.000")]


def test_tes_awal_item_8_options():
    assert periksa_judul("Bupati Resmikan Jembatan Gantung dan Balai Warga di Desa Sukamaju") == []
    assert (
        rules(periksa_judul("Bupati Resmikan Jembatan Gantung Dan Balai Warga Di Desa Sukamaju"))
        == ["kapital-judul"] * 2
    )
    assert len(periksa_judul("Bupati resmikan jembatan gantung dan balai warga di Desa Sukamaju")) == 5
    assert pairs(periksa_judul("Bupati Resmikan Jembatan Gantung dan Balai Warga didesa Sukamaju")) == [
        ("didesa", "di Desa")
    ]


# ---------------------------------------------------------------------------
# A correct release paragraph: nothing to flag

RILIS = (
    "Pemerintah Kabupaten (Pemkab) Sukamaju meresmikan Mal Pelayanan Publik (MPP) di Kecamatan Sukadana pada "
    "Senin, 3 Juni 2024. Di MPP ini, warga dapat mengurus 25 jenis layanan di satu tempat, antara lain KTP "
    "elektronik, kartu keluarga, izin usaha, dan BPJS Kesehatan. MPP buka setiap Senin sampai Jumat pukul "
    '08.00–15.00 WIB. "Warga tidak perlu lagi bolak-balik ke banyak kantor," kata Bupati Sukamaju saat meresmikan '
    "MPP. Sebelumnya, warga Sukadana harus menempuh 40 km ke ibu kota kabupaten untuk mengurus izin usaha. "
    "Sebanyak 1.200 warga sudah mendaftar secara daring. Informasi lebih lanjut: Diskominfo Sukamaju."
)


def test_a_correct_release_has_no_findings():
    assert periksa_teks(RILIS) == []


def test_findings_carry_rule_text_fix_message_and_span():
    text = "Rapat digelar dikantor bupati."
    (finding,) = periksa_teks(text)
    assert text[finding.awal : finding.akhir] == finding.teks == "dikantor"
    assert finding.saran == "di kantor" and finding.aturan == "kata-depan"
    assert "kata depan" in finding.pesan
    assert str(finding).startswith('Kata depan di/ke: "dikantor" \u2192 "di kantor".')


def test_perbaiki_applies_every_fix():
    assert (
        perbaiki("2.500 orang peserta diundang. Rapat di laksanakan dikantor camat, dll")
        == "Sebanyak 2.500 orang peserta diundang. Rapat dilaksanakan di kantor camat, dll."
    )


# ---------------------------------------------------------------------------
# Markdown prose and bad input


def test_markdown_prose_skips_code_urls_and_multiple_choice_options():
    markdown = (
        "## Judul bagian\n\nTulis `menghimbau` sebagai contoh salah, lihat https://contoh.id/ijin-usaha.\n\n"
        '```python\nx = "resiko"\n```\n\n'
        "- **A.** Pemkab menghimbau warga\n- **B.** Pemkab mengimbau warga\n\n"
        "| Salah | Benar |\n|---|---|\n| `ijin` | izin |\n\n"
        "1. langkah pertama;\n2. langkah kedua.\n"
    )
    segments = prosa_markdown(markdown)
    texts = [s for s, _ in segments]
    assert ("Judul bagian", False) in segments
    assert "izin" in texts and "langkah pertama;" in texts
    assert not any("menghimbau" in t or "resiko" in t or "ijin" in t for t in texts)
    assert periksa_markdown(markdown) == []
    assert pairs(periksa_markdown("Warga diminta antri dengan rapih.")) == [("antri", "antre"), ("rapih", "rapi")]


def test_paragraph_lines_are_joined_so_a_wrapped_number_is_not_a_sentence_start():
    assert periksa_markdown("Menit diubah menjadi jam:\n15 menit = 0.25 jam.") == []


@pytest.mark.parametrize("bad, error", [(None, EmptyInput), (12, InputError), (["judul"], InputError)])
def test_bad_input_gives_a_friendly_error(bad, error):
    for check in (periksa_teks, periksa_judul, perbaiki):
        with pytest.raises(error) as info:
            check(bad)
        assert info.value.friendly().startswith(("Belum diisi", "Masukan tidak dapat digunakan"))


def test_empty_text_has_no_findings():
    assert periksa_teks("") == [] and periksa_judul("   ") == []


# ---------------------------------------------------------------------------
# Proper names: names of people, places and institutions are written as their owners write them


@pytest.mark.parametrize(
    "text",
    [
        "Ketua panitia, Rahmat Ramadhan, mengatakan pasar murah dibuka pekan depan.",
        '"Kami siap melayani warga," ujar Ramadhan.',
        "Acara itu dipandu oleh Ir. H. Ramadhan, M.Si., dari Bappeda.",
        "Rapat dihadiri Kepala Desa Ramadhan Saputra dan para kader.",
        "Mahasiswa Institut Teknologi Sepuluh Nopember ikut meninjau jembatan.",
        "Ketua Panitia Rahmat Ramadhan hadir. Ramadhan menjelaskan, harga beras turun.",
        "Apotik Kimia Farma Sukamaju buka sampai malam.",
    ],
)
def test_a_name_is_never_corrected(text):
    assert periksa_teks(text) == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Pasar murah dibuka selama bulan Ramadhan.", "Ramadhan"),
        ("Rapat digelar pada 10 Nopember 2024.", "Nopember"),
        ("Warga bersiap menyambut Hari Raya Idul Fitri.", "Idul Fitri"),
        ("Kunjungan Walikota Bandung ditunda.", "Walikota"),
        ("Selama Ramadhan, pasar buka sampai malam.", "Ramadhan"),
    ],
)
def test_the_calendar_and_titles_are_still_corrected(text, wrong):
    assert [f.teks for f in periksa_teks(text)] == [wrong]


def test_a_person_and_the_month_in_one_text():
    text = "Ketua panitia, Rahmat Ramadhan, mengatakan pasar murah dibuka selama bulan Ramadhan."
    (finding,) = periksa_teks(text)
    assert finding.saran == "Ramadan" and finding.awal == text.rindex("Ramadhan")
    assert perbaiki(text) == text[: finding.awal] + "Ramadan."


def test_a_known_name_is_kept_at_the_start_of_a_sentence_and_in_a_headline():
    assert pairs(periksa_teks("Ramadhan menjelaskan jadwalnya.")) == [("Ramadhan", "Ramadan")]
    assert periksa_teks("Ramadhan menjelaskan jadwalnya.", nama=["Ramadhan Saputra"]) == []
    assert pairs(periksa_judul("Rahmat Ramadhan Terpilih Jadi Ketua Karang Taruna")) == [("Ramadhan", "Ramadan")]
    assert periksa_judul("Rahmat Ramadhan Terpilih Jadi Ketua Karang Taruna", nama=["Rahmat Ramadhan"]) == []
    # In a headline every word is capitalised, so a run of capitals is no evidence of a name.
    assert pairs(periksa_judul("Jelang Ramadhan, Pemkab Himbau Warga Hemat")) == [
        ("Ramadhan", "Ramadan"),
        ("Himbau", "Imbau"),
    ]


def test_nama_diri_lists_the_names_a_text_introduces():
    from course.engines.spelling import nama_diri

    names = nama_diri(
        'Ketua panitia, Rahmat Ramadhan, hadir. "Kami siap," ujar Ramadhan. Rapat dibuka pada bulan Juni.'
    )
    assert {"Rahmat", "Ramadhan"} <= names and "Juni" not in names and "Kami" not in names

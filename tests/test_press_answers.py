"""The press-answer checker (``course.engines.press_answers``) and the graded exercise of session 06 that uses it.

Held to what a media trainer or a senior government spokesperson would accept: ``PROFESIONAL`` are answers
a professional spokesperson would give (every check passes), ``SATU_MASALAH`` are answers with exactly one
named problem (exactly that check fails). Each case carries its reason in its id. Then the shape of the
report, the follow-up a journalist asks, bad input, the scenario of session 06, the check ``jawaban_sulit``,
and a speed sample (``median_ms``) the benchmark can call.
"""

from __future__ import annotations

import statistics
import time

import pytest

from course.checks import periksa
from course.engines.press_answers import (
    CEK_JAWABAN,
    KATA_MAKS,
    KATA_MIN,
    NAMA_CEK,
    LaporanJawaban,
    concrete_facts,
    periksa_jawaban,
    stems,
)
from course.engines.press_scenarios import FAKTA_RELOKASI, KONPERS_PASAR, PERTANYAAN_SULIT, SUSULAN_UMUM
from course.errors import EmptyInput, InputError
from course.sessions import s06_konferensi_pers as S

BANJIR = "Mengapa peringatan banjir baru dikirim setelah air masuk ke rumah warga?"
BANJIR_KUNCI = "BPBD Sukamaju mengirim peringatan dini lewat SMS dan pengeras suara masjid di desa rawan banjir."
PASAR = "Kapan pemindahan pedagang dimulai, dan di mana lokasi pasar barunya?"
LAHAN = "Berapa nilai ganti rugi lahan untuk warga Desa Sukadana?"
APLIKASI = "Sudah berapa warga yang memakai aplikasi layanan Sukamaju Melayani?"
JEMBATAN_CIKASO = "Berapa nilai kontrak pembangunan Jembatan Cikaso?"

# (id with the reason, question, answer, key message, hard question?)
PROFESIONAL = [
    (
        "biasa_dijawab_langsung_dengan_tanggal_dan_tempat",
        PASAR,
        "Pemindahan pedagang dimulai Kamis, 1 Agustus 2024, secara bertahap. Pasar barunya di Jalan Lingkar Timur, "
        "Kecamatan Sukamaju Timur, sekitar 2 kilometer dari pasar lama.",
        None,
        False,
    ),
    (
        "sulit_abc_minta_maaf_lalu_pesan_kunci_dan_angka",
        BANJIR,
        "Kami memahami kemarahan warga, dan kami mohon maaf. Yang perlu warga ketahui, mulai pekan ini BPBD Sukamaju "
        "mengirim peringatan dini lewat SMS dan pengeras suara masjid di 14 desa rawan banjir, tiga jam sebelum air "
        "diperkirakan naik.",
        BANJIR_KUNCI,
        True,
    ),
    (
        "sulit_abc_kabar_vaksin_habis_dibantah_dengan_stok",
        "Ada kabar vaksin campak di puskesmas habis. Apakah anak-anak kami tidak kebagian?",
        "Kami memahami kekhawatiran orang tua. Yang perlu warga ketahui, stok vaksin campak cukup untuk semua anak: "
        "Dinas Kesehatan menyimpan 12.000 dosis dan mengirim tambahan ke 24 puskesmas pada Senin, 15 Juli 2024.",
        "Stok vaksin campak cukup untuk semua anak di Kabupaten Sukamaju.",
        True,
    ),
    (
        "belum_bisa_menyebut_angka_dengan_alasan_dan_waktu",
        LAHAN,
        "Saya belum dapat menyebut angkanya karena penilaian tim appraisal masih berjalan. Hasilnya kami umumkan "
        "bersama warga Desa Sukadana pada Jumat, 14 Juni 2024, di Balai Desa Sukadana.",
        None,
        False,
    ),
    (
        "sulit_tidak_berkomentar_soal_perkara_tetapi_beralasan_dan_menjembatani",
        "Benarkah kontraktor Jembatan Cikaso sedang diperiksa jaksa?",
        "Pertanyaan yang wajar. Saya tidak dapat berkomentar tentang pemeriksaan itu karena prosesnya masih berjalan "
        "di kejaksaan; kami akan menjelaskannya setelah ada keputusan resmi. Yang perlu warga ketahui, pembangunan "
        "Jembatan Cikaso tetap berjalan dan selesai 30 November 2024.",
        "Pembangunan Jembatan Cikaso tetap berjalan sesuai dengan jadwal.",
        True,
    ),
    (
        "biasa_angka_pengguna_dan_persentase",
        APLIKASI,
        "Sampai akhir Mei 2024, aplikasi Sukamaju Melayani dipakai 18.450 warga, dan 72 persen permohonan KTP selesai "
        "dalam tiga hari kerja.",
        None,
        False,
    ),
    (
        "nama_orang_ramadhan_tidak_dikoreksi",
        "Siapa yang memimpin tim verifikasi bantuan sosial, dan kapan hasilnya keluar?",
        "Tim verifikasi bantuan sosial dipimpin Kepala Dinas Sosial, Ramadhan Saputra. Hasil verifikasinya kami umumkan "
        "Senin, 8 Juli 2024, di laman resmi Pemkab Sukamaju.",
        None,
        False,
    ),
    (
        "sulit_tuduhan_asn_tidak_netral_dijawab_dengan_kanal_aduan",
        "Benarkah ASN Pemkab Sukamaju diarahkan mendukung salah satu calon bupati?",
        "Pertanyaan yang wajar menjelang pilkada. Yang perlu saya tegaskan, ASN Pemkab Sukamaju wajib netral. Sejak "
        "1 Juni 2024 kami membuka kanal aduan netralitas ASN di nomor 0812-3456-7890, dan setiap aduan diteruskan ke "
        "Bawaslu.",
        "ASN Pemkab Sukamaju wajib netral dalam pilkada.",
        True,
    ),
    (
        "sulit_tanpa_pesan_kunci_cukup_pengakuan_dan_fakta",
        "Beredar kabar sewa kios di pasar baru jauh lebih mahal. Apakah pedagang kecil akan terbebani?",
        "Saya mengerti kekhawatiran itu. Faktanya, sewa kios gratis selama enam bulan pertama, lalu Rp150.000 per "
        "bulan, hanya Rp25.000 lebih tinggi daripada di pasar lama.",
        None,
        True,
    ),
]

TERLALU_PANJANG = (
    "Pemindahan pedagang dimulai Kamis, 1 Agustus 2024, secara bertahap, dimulai dari blok sayur dan buah, lalu blok "
    "daging dan ikan, kemudian blok pakaian dan kelontong. Pasar barunya berada di Jalan Lingkar Timur, Kecamatan "
    "Sukamaju Timur, sekitar 2 kilometer dari pasar lama. Setiap blok diberi waktu dua pekan untuk pindah, dan petugas "
    "Disperindag mendampingi pedagang di lokasi, membantu mengangkut barang dengan truk Pemkab tanpa biaya, serta "
    "mencatat nomor kios baru setiap pedagang agar tidak ada yang tertukar. Angkutan kota jurusan terminal juga akan "
    "diarahkan melewati pasar baru mulai bulan yang sama, sehingga pembeli tetap mudah datang, dan kami akan memantau "
    "keramaian pasar baru selama tiga bulan pertama."
)

# (id with the reason, the one check that fails, question, answer, key message, hard question?)
SATU_MASALAH = [
    (
        "janji_umum_tanpa_angka_tanggal_atau_tempat_baru",
        "fakta",
        BANJIR,
        "Kami memahami kemarahan warga. Yang perlu warga ketahui, BPBD Sukamaju kini mengirim peringatan dini lewat SMS "
        "dan pengeras suara masjid di desa rawan banjir.",
        BANJIR_KUNCI,
        True,
    ),
    (
        "sulit_tanpa_pengakuan_atau_jembatan",
        "jembatan",
        BANJIR,
        "BPBD Sukamaju mengirim peringatan dini lewat SMS dan pengeras suara masjid di 14 desa rawan banjir, tiga jam "
        "sebelum air naik.",
        BANJIR_KUNCI,
        True,
    ),
    (
        "jembatan_yang_tidak_sampai_ke_pesan_kunci",
        "jembatan",
        BANJIR,
        "Kami memahami kemarahan warga. Yang penting adalah semua pihak tetap tenang, karena curah hujan pada 12 Januari "
        "2024 memang di luar perkiraan.",
        BANJIR_KUNCI,
        True,
    ),
    (
        "biasa_tetapi_kalimat_pertama_basa_basi",
        "jembatan",
        PASAR,
        "Terima kasih atas pertanyaannya, Mas Rudi. Pemindahan pedagang dimulai Kamis, 1 Agustus 2024.",
        None,
        False,
    ),
    (
        "tidak_ada_komentar_walau_lalu_menjembatani",
        "mengelak",
        JEMBATAN_CIKASO,
        "Untuk nilai kontrak, tidak ada komentar. Yang perlu warga ketahui, pembangunan Jembatan Cikaso selesai "
        "30 November 2024 sesuai dengan jadwal.",
        None,
        True,
    ),
    (
        "menolak_menjawab_tanpa_alasan_dan_waktu",
        "mengelak",
        LAHAN,
        "Saya tidak bisa menjawab soal ganti rugi lahan itu. Yang jelas, tim appraisal bekerja di Desa Sukadana sejak "
        "3 Juni 2024.",
        None,
        True,
    ),
    (
        "keluar_topik_hanya_nama_kabupaten_yang_sama",
        "relevan",
        APLIKASI,
        "Festival Kuliner Nusantara digelar di Alun-Alun Sukamaju pada Sabtu, 20 Juli 2024, dengan 150 stan UMKM.",
        None,
        False,
    ),
    ("lebih_dari_90_kata", "panjang", PASAR, TERLALU_PANJANG, None, False),
    (
        "kurang_dari_10_kata",
        "panjang",
        "Kapan pemindahan pedagang dimulai?",
        "Pemindahan dimulai Kamis, 1 Agustus 2024.",
        None,
        False,
    ),
    (
        "kata_tidak_baku_menghimbau",
        "bahasa",
        BANJIR,
        "Kami memahami kemarahan warga. Yang perlu warga ketahui, BPBD Sukamaju menghimbau warga memperhatikan "
        "peringatan dini lewat SMS dan pengeras suara masjid di 14 desa rawan banjir.",
        BANJIR_KUNCI,
        True,
    ),
]


# ---------------------------------------------------------------------------
# Professional answers pass, one problem fails exactly its check


@pytest.mark.parametrize(
    ("pertanyaan", "jawaban", "kunci", "sulit"), [c[1:] for c in PROFESIONAL], ids=[c[0] for c in PROFESIONAL]
)
def test_a_professional_answer_passes_every_check(pertanyaan, jawaban, kunci, sulit):
    report = periksa_jawaban(pertanyaan, jawaban, kunci, sulit=sulit)
    assert report.gagal == [], report.teks()
    assert report.susulan is None


@pytest.mark.parametrize(
    ("cek", "pertanyaan", "jawaban", "kunci", "sulit"), [c[1:] for c in SATU_MASALAH], ids=[c[0] for c in SATU_MASALAH]
)
def test_one_named_problem_fails_exactly_that_check(cek, pertanyaan, jawaban, kunci, sulit):
    report = periksa_jawaban(pertanyaan, jawaban, kunci, sulit=sulit)
    assert set(report.gagal) == {cek}, report.teks()
    assert report[cek].pesan and not report[cek].ok


def test_there_are_at_least_eight_cases_of_each_kind_and_every_check_is_failed_by_one():
    assert len(PROFESIONAL) >= 8 and len(SATU_MASALAH) >= 8
    assert {c[1] for c in SATU_MASALAH} == set(CEK_JAWABAN)


# ---------------------------------------------------------------------------
# What each failing message says: the words found, the rule and its source, what to do


def _one(case_id: str):
    case = next(c for c in SATU_MASALAH if c[0] == case_id)
    report = periksa_jawaban(case[2], case[3], case[4], sulit=case[5])
    return report[case[1]].pesan


def test_messages_name_the_words_the_rule_and_the_source():
    assert "tidak ada komentar" in _one("tidak_ada_komentar_walau_lalu_menjembatani") and "Media First" in _one(
        "tidak_ada_komentar_walau_lalu_menjembatani"
    )
    refusal = _one("menolak_menjawab_tanpa_alasan_dan_waktu")
    assert '"tidak bisa menjawab"' in refusal and "alasannya" in refusal and "kapan" in refusal
    bridge = _one("sulit_tanpa_pengakuan_atau_jembatan")
    assert "Throughline Group 2015" in bridge and "Pertanyaan yang wajar" in bridge
    missed = _one("jembatan_yang_tidak_sampai_ke_pesan_kunci")
    assert '"kami memahami"' in missed and "pesan kunci" in missed and "BPBD Sukamaju" in missed
    assert '"Sukamaju"' in _one("keluar_topik_hanya_nama_kabupaten_yang_sama")
    long = _one("lebih_dari_90_kata")
    assert "10–90 kata" in long and "saran kursus" in long and "Phillips 2014" in long
    assert '"menghimbau"' in _one("kata_tidak_baku_menghimbau") and '"mengimbau"' in _one("kata_tidak_baku_menghimbau")
    assert "kalimat pertama" in _one("biasa_tetapi_kalimat_pertama_basa_basi")


def test_passing_messages_show_what_was_found():
    report = periksa_jawaban(*PROFESIONAL[1][1:4], sulit=True)
    assert '"14 desa"' in report["fakta"].pesan
    assert '"kami memahami"' in report["jembatan"].pesan and '"peringatan"' in report["jembatan"].pesan


def test_no_comment_fails_even_with_a_reason_and_a_time():
    """The words themselves are the problem (Media First): say why and when instead."""
    report = periksa_jawaban(
        JEMBATAN_CIKASO,
        "Tidak ada komentar karena auditnya masih berjalan; kami jelaskan Senin, 1 Juli 2024, di Kantor Bupati.",
        sulit=False,
    )
    assert not report["mengelak"].ok and '"Tidak ada komentar"' in report["mengelak"].pesan


def test_a_fact_sheet_phrase_counts_and_a_missing_fact_points_to_the_sheet():
    answer = "Kami memahami keberatan itu. Yang perlu warga ketahui, Posko Pengaduan Pedagang buka setiap hari."
    question = PERTANYAAN_SULIT[1]
    assert "Posko Pengaduan Pedagang" in periksa_jawaban(question.teks, answer, fakta=FAKTA_RELOKASI)["fakta"].pesan
    bare = "Kami memahami keberatan itu. Yang perlu warga ketahui, Pemkab Sukamaju mengajak semua pedagang berdialog."
    message = question.periksa(bare)["fakta"].pesan
    assert "Forum dialog dengan pedagang" in message  # the fact of the sheet that answers this question


def test_names_the_question_uses_are_never_corrected():
    report = periksa_jawaban(
        "Pak Ramadhan, kapan hasil verifikasi bantuan sosial diumumkan?",
        "Hasil verifikasi bantuan sosial disampaikan Ramadhan pada Senin, 8 Juli 2024, di laman resmi Pemkab.",
        sulit=False,
    )
    assert report["bahasa"].ok, report.teks()


def test_facts_are_shown_as_a_reader_would_quote_them():
    found = concrete_facts(
        "Forum digelar Senin, 17 Juni 2024, pukul 09.00 WIB di Aula Disperindag; sewa Rp150.000 per bulan, naik "
        "12,5%, untuk 1.240 pedagang selama enam bulan. Uji tahun 2023 menyatakan atapnya rawan.",
        "Kapan forum digelar?",
    )
    for fact in ("Senin, 17 Juni 2024", "pukul 09.00 WIB", "Aula Disperindag", "Rp150.000 per bulan", "12,5%"):
        assert fact in found
    assert "1.240 pedagang" in found and "enam bulan" in found and "2023" in found


def test_the_stemmer_matches_forms_of_one_word():
    assert stems("pedagang") & stems("berdagang")
    assert stems("dipindahkan") & stems("pemindahan")
    assert stems("menolak") & stems("tolak")


# ---------------------------------------------------------------------------
# The report's shape


def test_the_report_has_six_checks_in_order_with_names_and_a_dict():
    report = periksa_jawaban(*PROFESIONAL[0][1:4], sulit=False)
    assert isinstance(report, LaporanJawaban)
    assert [h.id for h in report.hasil] == list(CEK_JAWABAN)
    assert report["jembatan"].nama == "Menjawab langsung"  # a plain question is answered directly
    assert periksa_jawaban(*PROFESIONAL[1][1:4], sulit=True)["jembatan"].nama == NAMA_CEK["jembatan"]
    data = report.as_dict()
    assert [c["id"] for c in data["checks"]] == list(CEK_JAWABAN)
    assert all(set(c) == {"id", "ok", "pesan"} for c in data["checks"])
    assert data["lolos"] == data["total"] == 6 and data["jumlah_kata"] == report.jumlah_kata


def test_teks_has_one_line_per_check_with_marks():
    case = SATU_MASALAH[0]
    report = periksa_jawaban(case[2], case[3], case[4], sulit=case[5])
    lines = report.teks().splitlines()
    assert lines[0] == "Pemeriksaan jawaban: 5 dari 6 cek lolos."
    assert len(lines) == 7 and lines[1].startswith("❌ Fakta konkret:")
    assert sum(line.startswith("✅") for line in lines) == 5
    assert str(report) == report.teks()


def test_the_follow_up_goes_to_the_most_serious_dodge():
    dodge = periksa_jawaban(BANJIR, "Tidak ada komentar.", BANJIR_KUNCI, sulit=True)
    assert dodge.susulan == "mengelak"  # before off-topic, no fact and too short
    assert periksa_jawaban(*SATU_MASALAH[6][2:5], sulit=False).susulan == "relevan"
    assert periksa_jawaban(*SATU_MASALAH[0][2:5], sulit=True).susulan == "fakta"
    assert periksa_jawaban(PASAR, TERLALU_PANJANG).susulan == "panjang"
    assert periksa_jawaban(*SATU_MASALAH[1][2:5], sulit=True).susulan is None  # no bridge is not a dodge


def test_length_bounds():
    assert (KATA_MIN, KATA_MAKS) == (10, 90)
    words = "Pemindahan pedagang dimulai Kamis, 1 Agustus 2024, di pasar baru Jalan Lingkar Timur"
    assert periksa_jawaban(PASAR, words)["panjang"].ok  # 13 words


# ---------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize(
    ("kwargs", "kind", "words"),
    [
        ({"pertanyaan": None}, EmptyInput, "pertanyaan masih kosong"),
        ({"pertanyaan": 5}, InputError, "pertanyaan harus berupa teks"),
        ({"jawaban": None}, EmptyInput, "jawaban masih kosong"),
        ({"jawaban": ""}, EmptyInput, "jawaban masih berupa teks kosong"),
        ({"jawaban": "   "}, EmptyInput, "jawaban masih berupa teks kosong"),
        ({"jawaban": 42}, InputError, "jawaban harus berupa teks"),
        ({"jawaban": ["Pasar baru dibuka"]}, InputError, "jawaban harus berupa teks"),
        ({"pesan_kunci": 3}, InputError, "pesan kunci harus berupa teks"),
        ({"pesan_kunci": ""}, EmptyInput, "pesan kunci masih berupa teks kosong"),
        ({"fakta": 7}, InputError, "fakta harus berupa teks"),
        ({"fakta": ["Rp150.000", ""]}, InputError, "setiap butir fakta"),
        ({"sulit": "ya"}, InputError, "sulit harus bernilai True atau False"),
    ],
    ids=lambda v: str(v)[:40],
)
def test_bad_input_raises_a_friendly_indonesian_error(kwargs, kind, words):
    args = {"pertanyaan": PASAR, "jawaban": PROFESIONAL[0][2]} | kwargs
    with pytest.raises(kind) as caught:
        periksa_jawaban(**args)
    assert words in caught.value.message
    assert caught.value.hint  # what to do instead


def test_a_fact_sheet_may_be_text_a_list_or_a_dict():
    answer = (
        "Kami memahami keberatan itu. Yang perlu warga ketahui, kios gratis dan ruang dialog terbuka di pasar baru."
    )
    for sheet in ("kios gratis", ["kios gratis"], {"sewa": "kios gratis"}, {"sewa": ["kios gratis", "x"]}):
        assert periksa_jawaban(PASAR, answer, fakta=sheet)["fakta"].ok


# ---------------------------------------------------------------------------
# The scenario of session 06 and the graded exercise


SOLUSI = {
    1: "Pertanyaan yang wajar, dan kami memahami kekecewaan pedagang. Yang perlu warga ketahui, Pemkab Sukamaju "
    "mengajak semua pedagang berdialog sebelum pemindahan dimulai. Forum dialog pertama digelar Senin, 17 Juni 2024, "
    "pukul 09.00 WIB di Aula Disperindag.",
    2: "Kami memahami kekhawatiran itu. Yang penting adalah biaya sewa kios di pasar baru terjangkau dan kami umumkan "
    "terbuka kepada semua pedagang: gratis selama enam bulan pertama, lalu Rp150.000 per bulan.",
    3: "Saya mengerti ada kecurigaan seperti itu. Faktanya, uji kelayakan bangunan tahun 2023 menyatakan atap gedung "
    "pasar lama rawan runtuh. Pasar baru lebih aman dan layak bagi pedagang dan pembeli.",
}


def test_the_scenario_is_synthetic_and_its_texts_are_eyd_clean():
    from course.engines import spelling

    assert [q.sulit for q in KONPERS_PASAR.pertanyaan].count(True) == 3
    assert all(q in KONPERS_PASAR.pertanyaan for q in PERTANYAAN_SULIT.values())
    assert all(q.pesan_kunci in KONPERS_PASAR.pesan_kunci for q in PERTANYAAN_SULIT.values())
    texts = [*FAKTA_RELOKASI, *KONPERS_PASAR.pesan_kunci, *(q.teks for q in KONPERS_PASAR.pertanyaan)]
    texts += [t for q in KONPERS_PASAR.pertanyaan for t in q.susulan.values()] + list(SUSULAN_UMUM.values())
    assert [t for t in texts if spelling.periksa_teks(t.replace("{pertanyaan}", "x"))] == []


def test_the_model_answers_of_the_three_hard_questions_pass():
    for n, answer in SOLUSI.items():
        assert PERTANYAAN_SULIT[n].periksa(answer).semua_ok, PERTANYAAN_SULIT[n].periksa(answer).teks()
    assert periksa("jawaban_sulit", SOLUSI).correct
    assert periksa("jawaban_sulit", {str(k): v for k, v in SOLUSI.items()}).correct  # "1" keys are fine


def test_the_check_names_each_failing_question_and_check():
    answers = dict(SOLUSI)
    answers[2] = "Tidak ada komentar."
    verdict = periksa("jawaban_sulit", answers)
    assert not verdict.correct
    assert verdict.message.startswith("1 dari 3 jawaban belum lolos semua cek.")
    assert "Pertanyaan 2" in verdict.message and "Tidak mengelak" in verdict.message
    assert "Pertanyaan 1" not in verdict.message and "cetak_jawaban_sulit" in verdict.hint


def test_the_check_on_blank_and_wrong_answers():
    with pytest.raises(EmptyInput):
        periksa("jawaban_sulit", {1: "", 2: "", 3: ""})
    with pytest.raises(EmptyInput):
        periksa("jawaban_sulit", {})
    partial = periksa("jawaban_sulit", {1: SOLUSI[1], 2: "  ", 3: SOLUSI[3]})
    assert not partial.correct and "pertanyaan 2 belum diisi" in partial.message
    with pytest.raises(InputError, match="harus berupa kamus"):
        periksa("jawaban_sulit", [SOLUSI[1], SOLUSI[2], SOLUSI[3]])
    with pytest.raises(InputError, match="pertanyaan 4 tidak ada"):
        periksa("jawaban_sulit", {**SOLUSI, 4: "x"})
    with pytest.raises(InputError, match="jawaban untuk pertanyaan 3 harus berupa teks"):
        periksa("jawaban_sulit", {**SOLUSI, 3: 12})


def test_session_helpers_print_the_questions_and_the_reports(capsys):
    S.lihat_pertanyaan_sulit()
    out = capsys.readouterr().out
    assert "data sintetis" in out and all(q.teks in out for q in PERTANYAAN_SULIT.values())
    S.cetak_jawaban(2, SOLUSI[2])
    assert "6 dari 6 cek lolos" in capsys.readouterr().out
    S.cetak_jawaban(PASAR, "Tidak ada komentar.", sulit=False)
    assert "❌ Tidak mengelak" in capsys.readouterr().out
    S.cetak_jawaban_sulit({1: SOLUSI[1], 2: "", 3: SOLUSI[3]})
    out = capsys.readouterr().out
    assert out.count("6 dari 6 cek lolos") == 2 and "Jawaban belum diisi." in out


# ---------------------------------------------------------------------------
# Speed: a sample the benchmark can call (not asserted here: speed targets live in the benchmark)


def median_ms(repeat: int = 200) -> float:
    """Median milliseconds to check one answer, over the professional and the one-problem cases."""
    cases = [(c[1], c[2], c[3], c[4]) for c in PROFESIONAL] + [(c[2], c[3], c[4], c[5]) for c in SATU_MASALAH]
    times = []
    for i in range(repeat):
        question, answer, key, hard = cases[i % len(cases)]
        start = time.perf_counter()
        periksa_jawaban(question, answer, key, sulit=hard)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def test_the_speed_sample_runs():
    assert median_ms(repeat=len(PROFESIONAL) + len(SATU_MASALAH)) > 0

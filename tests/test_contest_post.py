"""The quiz-post checker (course.engines.contest_post) and session 01's quiz exercise (check "kuis_medsos").

Quiz posts a government social-media lead would publish pass every check; a post with one named problem fails
exactly that check, with an Indonesian message that names the rule and its source (UU 27/2022 for personal
data); ``kurang`` lists the missing elements. ``benchmark()`` measures the median milliseconds per post.
"""

from __future__ import annotations

import statistics
import timeit

import pytest

from course.checks import lookup
from course.engines.contest_post import CEK_KUIS, UNSUR_KUIS, periksa_kuis
from course.errors import InputError
from course.sessions import s01_konten_medsos as konten

LABELLED = """Kuis Adminduk Sukamaju: dokumen apa yang wajib dibawa warga saat datang ke Mobil Layanan Adminduk?

Cara ikut: tulis jawaban Anda di kolom komentar unggahan ini. Satu akun, satu jawaban.
Periode: 11–17 Agustus 2025, paling lambat pukul 23.59 WIB.
Pemenang: tiga orang diundi dari jawaban yang benar dan diumumkan di akun ini pada 19 Agustus 2025.
Hadiah: saldo dompet digital Rp100.000 untuk setiap pemenang.
Data pribadi: kami hanya meminta nama lengkap dan nomor WhatsApp pemenang lewat pesan langsung, untuk mengirim hadiah. Data itu dihapus 30 hari setelah hadiah diterima. Kami meminta persetujuan pemenang sebelum data dikirim.

#KuisAdminduk #Sukamaju"""

STUDENTS = """Lomba Kuis Literasi Digital untuk pelajar SMP se-Kabupaten Sukamaju!

Pertanyaan: apa yang sebaiknya kamu lakukan sebelum membagikan kabar yang belum jelas sumbernya?
Cara ikut: kirimkan jawaban lewat formulir di tautan bio, 1–10 September 2025.
Pemenang: tiga jawaban terbaik dipilih juri Diskominfo dengan kriteria ketepatan dan kejelasan, diumumkan 15 September 2025.
Hadiah: piagam dan uang pembinaan Rp250.000.
Data pribadi: formulir meminta nama, nama sekolah, dan nomor WhatsApp orang tua, untuk menghubungi pemenang. Formulir hanya dapat dikirim setelah orang tua atau wali memberi persetujuan di formulir itu. Data dihapus setelah hadiah diserahkan."""

# Quiz posts a professional would publish: labelled or in prose, long or as short as an X post.
PUBLISHABLE = [
    pytest.param(LABELLED, id="berlabel-enam-unsur"),
    pytest.param(
        """Tebak-tebakan Hari Jadi ke-25 Kabupaten Sukamaju! Di desa mana kantor bupati pertama berdiri?

Jawab di kolom komentar sampai Jumat, 22 Agustus 2025, pukul 20.00 WIB. Lima penjawab benar tercepat mendapat kaus Hari Jadi dan tumbler. Pemenang kami umumkan di akun ini pada Senin, 25 Agustus 2025.

Untuk mengirim hadiah, kami akan meminta nama dan alamat pengiriman pemenang lewat pesan langsung. Data itu hanya dipakai untuk pengiriman hadiah dan kami minta dengan persetujuan Anda.

#HariJadiSukamaju""",
        id="prosa-tanpa-label",
    ),
    pytest.param(
        "Kuis BPBD: berapa nomor darurat BPBD Sukamaju? Balas utas ini paling lambat 15 Agustus 2025 pukul 21.00 "
        "WIB. Tiga penjawab benar diundi, hadiahnya pulsa Rp50.000. Nama dan nomor HP pemenang kami minta lewat DM "
        "hanya untuk mengirim pulsa, dengan persetujuan pemenang. #SiagaBencana",
        id="x-singkat",
    ),
    pytest.param(STUDENTS, id="peserta-pelajar-dengan-persetujuan-orang-tua"),
    pytest.param(
        """Kuis Pekan Imunisasi: berapa kali imunisasi polio diberikan pada bayi?

Cara ikut: jawab di kolom komentar, 4–10 Agustus 2025.
Pemenang: sepuluh jawaban benar diundi secara langsung di Instagram Live, Senin, 11 Agustus 2025.
Hadiah: paket sembako dan buku cerita anak, diambil di Puskesmas Sukadana.
Kami tidak meminta data pribadi apa pun: pemenang cukup menunjukkan akunnya saat mengambil hadiah.""",
        id="tanpa-data-pribadi-dinyatakan",
    ),
    pytest.param(
        """Ayo ikut Kuis Sadar Pajak Daerah!

Pertanyaan: sampai tanggal berapa PBB-P2 tahun 2025 di Kabupaten Sukamaju dapat dibayar tanpa denda?

Tulis jawaban Anda di kolom komentar mulai hari ini, Senin, 1 September 2025, sampai Minggu, 7 September 2025. Dari semua jawaban benar, Bapenda Sukamaju mengundi dua pemenang yang masing-masing mendapat voucer belanja Rp200.000 di pasar rakyat. Pemenang diumumkan Rabu, 10 September 2025.

Pemenang kami hubungi lewat Messenger untuk meminta nama lengkap dan nomor telepon, yang digunakan hanya untuk penyerahan hadiah. Kami meminta persetujuan tertulis pemenang di Messenger sebelum data itu dikirim, dan data dihapus paling lama 30 hari kemudian.

#SadarPajak""",
        id="facebook-panjang",
    ),
    pytest.param(
        """Kuis video Disdukcapil: di menit ke berapa petugas menunjukkan cara memindai KK?

Cara ikut: jawab di kolom komentar Reels ini.
Periode: 18–24 Agustus 2025.
Pemenang: dua orang dipilih secara acak dari jawaban benar.
Hadiah: suvenir Disdukcapil untuk setiap pemenang.
Data: nama dan alamat pemenang kami minta lewat DM, hanya untuk pengiriman suvenir, setelah pemenang menyatakan setuju.""",
        id="instagram-reels-ringkas",
    ),
    pytest.param(
        """Tebak lokasi! Di kecamatan mana foto air terjun ini diambil?

Cara ikut: tulis jawabanmu di komentar sampai 31 Agustus 2025.
Pemenang: lima jawaban benar diundi pada 2 September 2025 dan diumumkan lewat video.
Hadiah: tiket masuk gratis untuk dua orang ke Taman Wisata Sukamaju.
Data pribadi: pemenang mengirim nama lengkap lewat pesan langsung untuk verifikasi tiket; kami memintanya dengan persetujuan pemenang dan menghapusnya setelah tiket dipakai.""",
        id="tiktok-tebak-lokasi",
    ),
    pytest.param(
        """Kuis Siaga Banjir BPBD Sukamaju: apa saja yang perlu ada di tas siaga bencana? Sebutkan tiga barang.

Cara ikut: tulis jawaban Anda di kolom komentar unggahan ini.
Periode: 4–10 Agustus 2025, paling lambat pukul 21.00 WIB.
Pemenang: lima jawaban lengkap diundi pada 11 Agustus 2025 dan diumumkan di akun ini.
Hadiah: satu tas siaga bencana berisi senter, peluit, dan kotak P3K untuk setiap pemenang.
Data pribadi: kami meminta nama dan nomor telepon pemenang lewat pesan langsung, hanya untuk mengirim hadiah, setelah pemenang menyatakan setuju. Data dihapus 30 hari setelah hadiah diterima.""",
        id="contoh-notebook-bpbd",
    ),
]


@pytest.mark.parametrize("text", PUBLISHABLE)
def test_a_publishable_quiz_post_passes_every_check(text):
    report = periksa_kuis(text)
    assert report.semua_ok, report.teks()
    assert report.kurang == []


def _without(text: str, old: str, new: str = "") -> str:
    assert old in text, old
    return text.replace(old, new)


DATA_LINE = (
    "Data pribadi: kami hanya meminta nama lengkap dan nomor WhatsApp pemenang lewat pesan langsung, untuk mengirim "
    "hadiah. Data itu dihapus 30 hari setelah hadiah diterima. Kami meminta persetujuan pemenang sebelum data "
    "dikirim.\n"
)

# One named problem each: exactly that check fails; the message names what is missing and the rule.
ONE_PROBLEM = [
    pytest.param(
        "pertanyaan",
        _without(
            LABELLED,
            "Kuis Adminduk Sukamaju: dokumen apa yang wajib dibawa warga saat datang ke Mobil Layanan Adminduk?",
            "Kuis Adminduk Sukamaju berhadiah! Jawab pertanyaan di gambar.",
        ),
        ("pembaca layar",),
        id="pertanyaan-hanya-di-gambar",
    ),
    pytest.param(
        "cara_ikut",
        _without(LABELLED, "Cara ikut: tulis jawaban Anda di kolom komentar unggahan ini. Satu akun, satu jawaban.\n"),
        ("cara ikut", "kolom komentar"),
        id="cara-ikut-tidak-ada",
    ),
    pytest.param(
        "periode",
        _without(LABELLED, "Periode: 11–17 Agustus 2025, paling lambat pukul 23.59 WIB.\n"),
        ('"19 Agustus 2025"', "ditutup"),
        id="periode-hanya-tanggal-pengumuman",
    ),
    pytest.param(
        "pemenang",
        _without(LABELLED, "Pemenang: tiga orang diundi dari jawaban yang benar dan diumumkan", "Pemenang diumumkan"),
        ("belum menyebut caranya", "diundi"),
        id="pemenang-tanpa-cara",
    ),
    pytest.param(
        "hadiah",
        _without(
            LABELLED,
            "Hadiah: saldo dompet digital Rp100.000 untuk setiap pemenang.",
            "Hadiah menarik menanti para pemenang.",
        ),
        ("belum jelas", "berapa"),
        id="hadiah-samar",
    ),
    pytest.param(
        "data_pribadi",
        _without(LABELLED, DATA_LINE),
        ("UU 27/2022", "Pasal 21", "Pasal 20 dan 22"),
        id="data-pribadi-tidak-dijelaskan",
    ),
    pytest.param(
        "data_pribadi",
        _without(
            LABELLED,
            "Kami meminta persetujuan pemenang sebelum data dikirim.",
            "Dengan mengikuti kuis ini, peserta dianggap menyetujui semua ketentuan.",
        ),
        ('"dianggap menyetujui"', "Pasal 22"),
        id="data-pribadi-persetujuan-dianggap",
    ),
    pytest.param(
        "data_pribadi",
        _without(
            STUDENTS,
            " Formulir hanya dapat dikirim setelah orang tua atau wali memberi persetujuan di formulir itu.",
            " Peserta menyetujui pemakaian data itu saat mengirim formulir.",
        ),
        ('"pelajar SMP"', "orang tua atau wali", "Pasal 25"),
        id="data-anak-tanpa-persetujuan-orang-tua",
    ),
    pytest.param(
        "data_pribadi",
        _without(LABELLED, ", untuk mengirim hadiah"),
        ("tujuan pemakaian data", "Pasal 21"),
        id="data-pribadi-tanpa-tujuan",
    ),
    pytest.param(
        "bahasa",
        _without(LABELLED, "Satu akun, satu jawaban.", "Silahkan ajak teman Anda; satu akun, satu jawaban."),
        ('"Silahkan" → "Silakan"',),
        id="bahasa-kata-tidak-baku",
    ),
]


@pytest.mark.parametrize(("check_id", "text", "words"), ONE_PROBLEM)
def test_one_named_problem_fails_exactly_that_check(check_id, text, words):
    report = periksa_kuis(text)
    assert set(report.gagal) == {check_id}, report.teks()
    for word in words:
        assert word in report[check_id].pesan, report[check_id].pesan
    expected = [] if check_id == "bahasa" else [report[check_id].nama]
    assert report.kurang == expected


def test_every_check_is_covered():
    assert {p.values[0] for p in ONE_PROBLEM} == set(CEK_KUIS)
    assert len(PUBLISHABLE) >= 8 and len(ONE_PROBLEM) >= 8


def test_kurang_lists_every_missing_element_in_order():
    report = periksa_kuis("Ikuti kuis kami minggu ini. #Sukamaju")
    assert report.kurang == [report[i].nama for i in UNSUR_KUIS]
    assert "Yang masih kurang: Pertanyaan, Cara ikut, Periode" in report.teks()


def test_report_shape():
    report = periksa_kuis(LABELLED)
    assert [h.id for h in report.hasil] == list(CEK_KUIS)
    data = report.as_dict()
    assert data["kurang"] == [] and all(set(c) == {"id", "ok", "pesan"} for c in data["checks"])
    text = report.teks()
    assert text.startswith("Pemeriksaan unggahan kuis: 7 dari 7 cek lolos.") and "Tidak ada unsur yang kurang." in text
    assert str(report) == text


def test_retention_is_advice_not_a_failure():
    text = LABELLED.replace(" Data itu dihapus 30 hari setelah hadiah diterima.", "")
    result = periksa_kuis(text)["data_pribadi"]
    assert result.ok and "Saran" in result.pesan and "Pasal 21" in result.pesan


def test_a_quiz_about_children_for_parents_needs_no_parental_consent_clause():
    """ "anak" in the topic does not make the participants children."""
    text = LABELLED.replace(
        "dokumen apa yang wajib dibawa", "sampai usia berapa Kartu Identitas Anak berlaku untuk anak yang didaftarkan"
    )
    assert periksa_kuis(text).semua_ok


@pytest.mark.parametrize("value", [None, "", "  ", 12, ["kuis"]])
def test_bad_input_raises_an_indonesian_input_error(value):
    with pytest.raises(InputError) as info:
        periksa_kuis(value)
    assert "unggahan kuis" in str(info.value)


# ----------------------------------------------------------------------------------- session 01: "kuis_medsos"


def test_session_check_passes_a_complete_post_and_lists_what_is_missing():
    check = lookup("kuis_medsos").judge
    assert check(LABELLED).correct
    result = check(_without(LABELLED, DATA_LINE))
    assert not result.correct
    assert "Yang masih kurang: Data pribadi (UU 27/2022)." in result.message and "Pasal 21" in result.message


def test_session_check_bad_answers():
    check = lookup("kuis_medsos").judge
    with pytest.raises(InputError, match="kuis"):
        check(None)
    with pytest.raises(InputError, match="kuis harus berupa teks"):
        check({"kuis": LABELLED})


def test_participant_printer(capsys):
    konten.cetak_kuis(LABELLED)
    assert capsys.readouterr().out.startswith("Pemeriksaan unggahan kuis: 7 dari 7 cek lolos.")


# ----------------------------------------------------------------------------------- speed (measured, not asserted)


def benchmark(repeat: int = 5, number: int = 20) -> dict[str, float]:
    """Median milliseconds per post of ``periksa_kuis`` over the publishable and the one-problem posts."""
    texts = [p.values[0] for p in PUBLISHABLE] + [p.values[1] for p in ONE_PROBLEM]
    per_text = [
        min(timeit.repeat(lambda: periksa_kuis(t), number=number, repeat=repeat)) / number * 1000  # noqa: B023
        for t in texts
    ]
    return {"median_ms": statistics.median(per_text), "max_ms": max(per_text), "texts": float(len(per_text))}


def test_benchmark_helper_runs():
    result = benchmark(repeat=1, number=1)
    assert result["texts"] >= 16 and result["median_ms"] > 0

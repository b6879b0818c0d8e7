"""The caption checker (course.engines.captions) and session 01's caption exercise (check "takarir").

Captions a government social-media lead would publish pass every check; a caption with one named problem fails
exactly that check, with an Indonesian message that names the words or the rule and its source. Bad input
raises ``InputError``. ``benchmark()`` measures the median milliseconds per caption (not asserted here).
"""

from __future__ import annotations

import statistics
import timeit

import pytest

from course.checks import lookup
from course.engines import captions
from course.engines.captions import CEK_TAKARIR, PLATFORM_TAKARIR, periksa_takarir
from course.engines.captions_text import bagian_terlihat, tagar, x_panjang
from course.errors import EmptyInput, InputError
from course.sessions import s01_konten_medsos as konten

ALT_IMUN = "Bidan menyuntikkan vaksin ke lengan seorang balita yang dipangku ibunya di Posyandu Melati."
ALT_BANJIR = "Petugas BPBD berompi oranye memandu warga Desa Sukadana berjalan ke titik kumpul saat simulasi banjir."
ALT_POSYANDU = "Kader posyandu menimbang seorang balita dengan dacin di teras Posyandu Melati."

IG_IMUNISASI = """Pekan Imunisasi Kabupaten Sukamaju dimulai Senin, 4 Agustus 2025: imunisasi gratis untuk balita di 25 puskesmas dan 60 posyandu.

Bawa buku KIA anak Anda. Jadwal posyandu terdekat ada di sorotan profil kami.

Anak Anda sudah mendapat imunisasi lengkap? Ceritakan pengalaman Anda di kolom komentar.

#PekanImunisasi #SukamajuSehat"""
X_BANJIR = (
    "BPBD Sukamaju menggelar simulasi siaga banjir di Desa Sukadana, Rabu, 6 Agustus 2025, pukul 09.00 WIB. "
    "Sirene akan berbunyi tiga kali; warga tidak perlu panik. Apakah desa Anda sudah punya jalur evakuasi? "
    "#SiagaBanjir"
)
FB_JALAN = """Jalan Raya Sukadana–Sukamulya ditutup sementara mulai Senin, 11 Agustus 2025, selama 14 hari untuk pengecoran jembatan. Kendaraan dialihkan lewat Jalan Cempaka.

Dinas PUPR Kabupaten Sukamaju memasang rambu di kedua ujung jalan. Petugas berjaga pukul 06.00–18.00 WIB.

Ada kendala di jalur pengalihan? Sampaikan di kolom komentar agar petugas kami menindaklanjutinya.

#InfoJalanSukamaju"""
TIKTOK_DPT = """Cara mengecek DPT Pilkada 2024 lewat ponsel, hanya 3 langkah. Batas pengecekan Kamis, 31 Oktober 2024.

Sudah cek nama Anda? Tulis "sudah" di komentar!

#PilkadaDamai #CekDPT"""
YOUTUBE_JEMBATAN = """Ngobrol Pembangunan Eps. 12: Jembatan Sukadana Sudah 70 Persen
Kepala Dinas PUPR Kabupaten Sukamaju menjelaskan progres pembangunan Jembatan Sukadana, yang ditargetkan selesai Desember 2025.

Punya pertanyaan tentang jembatan ini? Tulis di kolom komentar; jawaban kami bahas di episode berikutnya.

#NgobrolPembangunan #Sukamaju"""
FB_POSYANDU = """Posyandu Melati di Desa Sukamulya kini buka setiap Selasa pukul 08.00–11.00 WIB, mulai 12 Agustus 2025.

Kader akan menimbang, mengukur tinggi, dan memberi vitamin A untuk balita. Layanan ini gratis.

Jam buka mana yang paling pas untuk Anda: pagi atau sore? Pilih di kolom komentar.

#PosyanduSukamulya #CegahStunting"""

# Captions a government social-media lead would publish: every check passes.
PUBLISHABLE = [
    pytest.param("instagram", IG_IMUNISASI, ALT_IMUN, id="instagram-pekan-imunisasi"),
    pytest.param("x", X_BANJIR, ALT_BANJIR, id="x-simulasi-banjir"),
    pytest.param(
        "facebook",
        FB_JALAN,
        "Rambu jalan ditutup dan petugas Dinas PUPR mengatur kendaraan di ujung Jalan Raya Sukadana.",
        id="facebook-penutupan-jalan",
    ),
    pytest.param("tiktok", TIKTOK_DPT, None, id="tiktok-video-tanpa-alt"),
    pytest.param("youtube", YOUTUBE_JEMBATAN, None, id="youtube-judul-baris-pertama"),
    pytest.param(
        "Instagram",
        """Bursa kerja Kabupaten Sukamaju menghadirkan 35 perusahaan dan 1.200 lowongan di GOR Sukamaju, Kamis, 14 Agustus 2025.

Pendaftaran gratis; bawa CV dan fotokopi ijazah. Posisi yang dibuka ada di slide kedua.

Posisi apa yang paling Anda cari? Tulis di kolom komentar.

#BursaKerja #LokerSukamaju #Sukamaju""",
        "Ratusan pencari kerja antre di depan meja pendaftaran bursa kerja di dalam GOR Sukamaju.",
        id="instagram-bursa-kerja-nama-platform-berhuruf-kapital",
    ),
    pytest.param(
        "X",
        "Hoaks: pesan berantai tentang pendaftaran bansos lewat tautan di WhatsApp. Faktanya, Dinas Sosial "
        "Sukamaju tidak memungut biaya dan tidak meminta data lewat tautan. Cek info resmi di "
        "sukamajukab.go.id/bansos. Pernah menerima pesan serupa? #CekFakta",
        "Tangkapan layar pesan berantai palsu tentang bansos dengan cap merah bertuliskan hoaks.",
        id="x-klarifikasi-hoaks-instansi-sebagai-fakta-kunci",
    ),
    pytest.param("facebook", FB_POSYANDU, ALT_POSYANDU, id="facebook-jajak-pendapat-jam-posyandu"),
    pytest.param(
        "tiktok",
        """Layanan perekaman KTP-el kini buka di Mal Pelayanan Publik Sukamaju, Senin–Jumat pukul 08.00–15.00 WIB.

Mau tahu syaratnya? Tanyakan di komentar, admin kami jawab hari ini.

#LayananPublik #KTPel""",
        "Petugas memotret wajah seorang warga untuk KTP-el di loket Mal Pelayanan Publik Sukamaju.",
        id="tiktok-dengan-alt-foto",
    ),
    pytest.param(
        "instagram",
        """Yuk, datang ke Posyandu Melati setiap Selasa pukul 08.00 WIB! Balita ditimbang dan mendapat vitamin A gratis.

Sudah berapa kali si kecil ditimbang bulan ini? 😊

#PosyanduMelati #sukamaju""",
        ALT_POSYANDU,
        id="instagram-yuk-satu-tanda-seru-emoji-tagar-satu-kata",
    ),
]


@pytest.mark.parametrize(("platform", "text", "alt"), PUBLISHABLE)
def test_a_publishable_caption_passes_every_check(platform, text, alt):
    report = periksa_takarir(text, platform, alt)
    assert report.semua_ok, report.teks()


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


# One named problem each: exactly that check fails, and the message names the words or the rule and the source.
ONE_PROBLEM = [
    pytest.param(
        "panjang",
        "x",
        _replace(
            X_BANJIR,
            "Sirene akan berbunyi tiga kali; warga tidak perlu panik.",
            "Sirene akan berbunyi tiga kali dari menara masjid dan balai desa; warga tidak perlu panik, ikuti "
            "arahan petugas berompi oranye menuju titik kumpul di lapangan desa.",
        ),
        ALT_BANJIR,
        ("lebih dari batas 280", "docs.x.com"),
        id="panjang-x-lebih-dari-280",
    ),
    pytest.param(
        "panjang",
        "youtube",
        _replace(
            YOUTUBE_JEMBATAN,
            "Ngobrol Pembangunan Eps. 12: Jembatan Sukadana Sudah 70 Persen",
            "Ngobrol Pembangunan Eps. 12: Kepala Dinas PUPR Kabupaten Sukamaju Menjelaskan Progres Jembatan "
            "Sukadana yang Sudah 70 Persen",
        ),
        None,
        ("judul (baris pertama)", "lebih dari 100", "YouTubeVideoUpload"),
        id="panjang-judul-youtube-lebih-dari-100",
    ),
    pytest.param(
        "panjang",
        "tiktok",
        _replace(
            TIKTOK_DPT,
            "Sudah cek nama Anda?",
            "Sudah cek nama Anda? "
            + "Pastikan nama, NIK, dan alamat Anda tercatat benar sebelum hari pemungutan suara. " * 28,
        ),
        None,
        ("2.200", "sekunder"),
        id="panjang-tiktok-angka-sekunder",
    ),
    pytest.param(
        "pembuka",
        "instagram",
        "Selamat pagi, warga Sukamaju. Semoga sehat selalu dan tetap semangat menjalani aktivitas bersama "
        "keluarga tercinta di rumah.\n\n" + IG_IMUNISASI,
        ALT_IMUN,
        ("fakta kunci", "help.instagram.com", "Selamat pagi"),
        id="pembuka-instagram-sapaan-menghabiskan-125-karakter",
    ),
    pytest.param(
        "pembuka",
        "youtube",
        _replace(
            YOUTUBE_JEMBATAN,
            "Ngobrol Pembangunan Eps. 12: Jembatan Sukadana Sudah 70 Persen",
            "Ngobrol Pembangunan Eps. 12",
        ),
        None,
        ("judul (baris pertama)", "apa kegiatannya"),
        id="pembuka-judul-youtube-tanpa-berita",
    ),
    pytest.param(
        "tagar",
        "instagram",
        _replace(IG_IMUNISASI, "#PekanImunisasi", "#pekanimunisasi"),
        ALT_IMUN,
        ("#pekanimunisasi", "#PekanImunisasi", "Universal Design"),
        id="tagar-gabungan-kata-tanpa-huruf-kapital",
    ),
    pytest.param(
        "tagar",
        "instagram",
        _replace(IG_IMUNISASI, "#SukamajuSehat", "#SukamajuSehat #Imunisasi #Balita #Posyandu #Puskesmas #Vaksin"),
        ALT_IMUN,
        ("tujuh tagar", "lima tagar", "Indian Express"),
        id="tagar-instagram-lebih-dari-lima",
    ),
    pytest.param(
        "tagar",
        "x",
        _replace(X_BANJIR, "#SiagaBanjir", "#Siaga-Banjir"),
        ALT_BANJIR,
        ('#Siaga-Banjir memuat tanda "-"', "hanya #Siaga"),
        id="tagar-tanda-hubung-memutus-tagar",
    ),
    pytest.param(
        "tagar",
        "tiktok",
        _replace(TIKTOK_DPT, "#PilkadaDamai #CekDPT", ""),
        None,
        ("Belum ada tagar", "saran kursus"),
        id="tagar-tidak-ada",
    ),
    pytest.param(
        "ajakan",
        "facebook",
        _replace(
            FB_POSYANDU,
            "Jam buka mana yang paling pas untuk Anda: pagi atau sore? Pilih di kolom komentar.",
            "Bagikan informasi ini kepada keluarga dan tetangga Anda.",
        ),
        ALT_POSYANDU,
        ('"Bagikan" hanya satu arah', "Permenpan-RB 83/2012"),
        id="ajakan-hanya-satu-arah",
    ),
    pytest.param(
        "alt", "instagram", IG_IMUNISASI, "IMG_20250804_0931.jpg", ("nama berkas", "W3C"), id="alt-nama-berkas"
    ),
    pytest.param(
        "alt",
        "x",
        X_BANJIR,
        "Foto dari kegiatan simulasi banjir BPBD di Desa Sukadana.",
        ("foto dari", "W3C"),
        id="alt-dibuka-foto-dari",
    ),
    pytest.param("alt", "facebook", FB_JALAN, None, ("Belum ada teks alternatif", "W3C"), id="alt-tidak-ada"),
    pytest.param("alt", "instagram", IG_IMUNISASI, "gambar", ('"gambar" tidak menjelaskan',), id="alt-hanya-gambar"),
    pytest.param(
        "clickbait",
        "instagram",
        _replace(
            IG_IMUNISASI,
            "Bawa buku KIA anak Anda.",
            "Ternyata ini syarat yang sering dilupakan orang tua: bawa buku KIA anak Anda.",
        ),
        ALT_IMUN,
        ('"ternyata ini"', "CLICK-ID"),
        id="clickbait-rujukan-maju",
    ),
    pytest.param(
        "clickbait",
        "facebook",
        _replace(FB_POSYANDU, "Layanan ini gratis.", "Layanan ini gratis!!"),
        ALT_POSYANDU,
        ('"!!"',),
        id="clickbait-tanda-seru-berderet",
    ),
    pytest.param(
        "bahasa",
        "facebook",
        _replace(
            FB_POSYANDU, "Layanan ini gratis.", "Kami menghimbau orang tua datang tepat waktu; layanan ini gratis."
        ),
        ALT_POSYANDU,
        ('"menghimbau" → "mengimbau"', "EYD V"),
        id="bahasa-kata-tidak-baku",
    ),
    pytest.param(
        "bahasa",
        "instagram",
        IG_IMUNISASI,
        "Bidan menyuntikkan vaksin ke lengan balita yang dipangku ibunya dikantor posyandu.",
        ("teks alternatif", '"dikantor"'),
        id="bahasa-di-teks-alternatif",
    ),
]


@pytest.mark.parametrize(("check_id", "platform", "text", "alt", "words"), ONE_PROBLEM)
def test_one_named_problem_fails_exactly_that_check(check_id, platform, text, alt, words):
    report = periksa_takarir(text, platform, alt)
    assert set(report.gagal) == {check_id}, report.teks()
    message = report[check_id].pesan
    for word in words:
        assert word in message, message


def test_every_check_is_covered_by_a_failing_case():
    assert {p.values[0] for p in ONE_PROBLEM} == set(CEK_TAKARIR)
    assert len(PUBLISHABLE) >= 8 and len(ONE_PROBLEM) >= 8


# ----------------------------------------------------------------------------------- order and the alt check


@pytest.mark.parametrize("platform", PLATFORM_TAKARIR)
def test_ids_in_order_alt_only_where_needed_or_given(platform):
    without = [h.id for h in periksa_takarir(X_BANJIR, platform).hasil]
    with_alt = [h.id for h in periksa_takarir(X_BANJIR, platform, ALT_BANJIR).hasil]
    assert with_alt == list(CEK_TAKARIR)
    if platform in ("tiktok", "youtube"):  # video: no alt check unless one is given
        assert without == [i for i in CEK_TAKARIR if i != "alt"]
    else:  # image posts need alt text: the check is there and fails
        assert without == list(CEK_TAKARIR)
        assert not periksa_takarir(X_BANJIR, platform)["alt"].ok


def test_alt_given_on_tiktok_is_checked():
    report = periksa_takarir(TIKTOK_DPT, "tiktok", "foto.png")
    assert report.gagal == ["alt"]


def test_alt_of_a_thousand_characters_is_the_limit_on_x():
    long_alt = "Petugas BPBD memandu warga menuju titik kumpul. " * 25
    assert len(long_alt.strip()) > 1000
    assert periksa_takarir(X_BANJIR, "x", long_alt).gagal == ["alt"]
    assert periksa_takarir(FB_JALAN, "facebook", long_alt)["alt"].ok  # no published limit on Facebook


# ----------------------------------------------------------------------------------- length rules


def test_facebook_never_fails_on_length_and_says_why():
    text = FB_JALAN.replace("#InfoJalanSukamaju", "") + ("\n\nPetugas berjaga di kedua ujung jalan." * 600)
    text += "\n\n#InfoJalanSukamaju"
    assert len(text) > 20000
    result = periksa_takarir(text, "facebook", "Rambu jalan ditutup di ujung Jalan Raya Sukadana dan petugas berjaga.")
    assert result["panjang"].ok
    assert "tidak menerbitkan batas" in result["panjang"].pesan and "tidak dinilai" in result["panjang"].pesan


def test_instagram_has_no_published_maximum_but_shows_the_125_advice():
    text = IG_IMUNISASI.replace("#PekanImunisasi", "Jadwal lengkap ada di profil. " * 90 + "#PekanImunisasi")
    assert len(text) > 2200
    result = periksa_takarir(text, "instagram", ALT_IMUN)["panjang"]
    assert result.ok and "125 karakter" in result.pesan and "tidak dinilai" in result.pesan


def test_x_counts_a_link_as_23_and_an_emoji_as_2():
    link = "https://sukamajukab.go.id/berita/2025/08/06/simulasi-siaga-banjir-desa-sukadana-berjalan-lancar"
    assert x_panjang(link) == 23
    assert x_panjang(f"Info: {link}.") == len("Info: ") + 23 + 1
    assert x_panjang("Banjir 🌊") == len("Banjir ") + 2
    assert x_panjang("Keluarga 👨‍👩‍👧") == len("Keluarga ") + 2  # one emoji joined by zero-width joiners
    assert x_panjang("Kabupaten Sukamaju") == 18
    # A post of 270 visible characters with a long link is still within 280 as X counts it.
    post = "A" * 250 + " " + link
    assert len(post) > 280 and x_panjang(post) == 274
    assert periksa_takarir(X_BANJIR + " " + link, "x", ALT_BANJIR)["panjang"].ok


def test_the_visible_part_per_platform():
    assert bagian_terlihat(IG_IMUNISASI, "instagram") == IG_IMUNISASI[:125]
    assert bagian_terlihat("a\nb\nc\nd", "facebook") == "a\nb\nc"  # three lines at most
    assert bagian_terlihat(X_BANJIR, "x") == X_BANJIR
    assert bagian_terlihat(YOUTUBE_JEMBATAN, "youtube") == YOUTUBE_JEMBATAN.split("\n")[0]


def test_hashtags_are_read_without_links_or_closing_punctuation():
    assert tagar("Info #SiagaBanjir. Lihat https://sukamajukab.go.id/#jadwal #BPBD!") == ["SiagaBanjir", "BPBD"]


@pytest.mark.parametrize(
    ("tag", "ok"),
    [
        ("#PekanImunisasi", True),
        ("#pekanimunisasi", False),
        ("#Pekanimunisasi", False),  # only the first word capitalised
        ("#PEKANIMUNISASI", False),  # all capitals: a screen reader spells or shouts it
        ("#sukamaju", True),  # one word, a place name
        ("#BPBD", True),  # an acronym
        ("#KTPel", True),
        ("#imunisasi", True),
        ("#Sukamaju2025", True),
        ("#Pekan_Imunisasi", True),
    ],
)
def test_camelcase_rule_for_hashtags(tag, ok):
    text = X_BANJIR.replace("#SiagaBanjir", tag)
    assert periksa_takarir(text, "x", ALT_BANJIR)["tagar"].ok is ok


def test_fact_phrases_make_the_opening_name_the_event():
    facts = konten.FAKTA_ACARA
    assert not periksa_takarir(X_BANJIR, "x", ALT_BANJIR, fakta=facts)["pembuka"].ok
    adminduk = X_BANJIR.replace("simulasi siaga banjir", "layanan adminduk keliling")
    assert periksa_takarir(adminduk, "x", ALT_BANJIR, fakta=facts)["pembuka"].ok
    assert periksa_takarir(adminduk, "x", ALT_BANJIR, fakta="adminduk")["pembuka"].ok  # one phrase as text
    assert not periksa_takarir(X_BANJIR, "x", ALT_BANJIR, fakta="adminduk")["pembuka"].ok
    # "KIA" is a word, not a part of "sekian"
    assert not periksa_takarir("Sekian kabar dari Desa Sukadana hari ini, Selasa. #Sukamaju Ada pertanyaan?", "x",
                               ALT_BANJIR, fakta=("KIA",))["pembuka"].ok  # fmt: skip


# ----------------------------------------------------------------------------------- report and bad input


def test_report_shape_text_and_dict():
    report = periksa_takarir(IG_IMUNISASI, "ig", "IMG_0001.jpg")
    assert report.platform == "instagram"
    data = report.as_dict()
    assert [c["id"] for c in data["checks"]] == list(CEK_TAKARIR)
    assert all(set(c) == {"id", "ok", "pesan"} for c in data["checks"])
    text = report.teks()
    assert text.startswith("Pemeriksaan takarir Instagram: 6 dari 7 cek lolos.")
    assert "❌ Teks alternatif:" in text and "✅ Tagar:" in text
    assert str(report) == text
    assert report["alt"].nama == "Teks alternatif"


@pytest.mark.parametrize("platform", ["x", "X", "Twitter", "INSTAGRAM", "ig", "TikTok", "yt", "Facebook", " fb "])
def test_platform_names_in_any_case_and_common_aliases(platform):
    assert periksa_takarir(X_BANJIR, platform, ALT_BANJIR).platform in PLATFORM_TAKARIR


@pytest.mark.parametrize("platform", ["LinkedIn", "", None, 3, "Threads"])
def test_unknown_platform_lists_the_five(platform):
    with pytest.raises(InputError) as info:
        periksa_takarir(X_BANJIR, platform)
    text = str(info.value) + info.value.hint
    assert "X, Instagram, TikTok, YouTube, Facebook" in text
    assert "platform" in text


@pytest.mark.parametrize("value", [None, "", "   ", 42, ["teks"]])
def test_bad_caption_raises_an_indonesian_input_error(value):
    with pytest.raises(InputError) as info:
        periksa_takarir(value, "x")
    assert "takarir" in str(info.value)


def test_alt_that_is_not_text_raises():
    with pytest.raises(InputError, match="teks alternatif harus berupa teks"):
        periksa_takarir(X_BANJIR, "x", 5)


def test_failing_messages_name_a_source():
    sources = ("docs.x.com", "YouTubeVideoUpload", "sekunder", "help.instagram.com", "Universal Design",
               "Indian Express", "saran kursus", "aturan kursus", "huruf, angka, dan garis bawah", "Permenpan-RB", "W3C", "CLICK-ID",
               "EYD V")  # fmt: skip
    for param in ONE_PROBLEM:
        check_id, platform, text, alt, _words = param.values
        message = periksa_takarir(text, platform, alt)[check_id].pesan
        assert any(s in message for s in sources), message


# ----------------------------------------------------------------------------------- session 01: check "takarir"

SOLUTION = {
    "instagram": IG_IMUNISASI.replace("Pekan Imunisasi Kabupaten Sukamaju dimulai", "Disdukcapil membuka layanan KIA"),
    "x": X_BANJIR.replace("simulasi siaga banjir", "layanan adminduk keliling"),
    "alt": "Ilustrasi: mobil layanan Disdukcapil berwarna biru di depan Balai Desa Sukadana, lima warga antre.",
}


def verdict(answer):
    return lookup("takarir").judge(answer)


def test_session_check_passes_two_good_captions():
    result = verdict(SOLUTION)
    assert result.correct, result.message
    assert "Instagram dan X" in result.message


def test_session_check_lists_failing_checks_per_platform():
    answer = dict(SOLUTION, x=SOLUTION["x"].replace("#SiagaBanjir", "#siagabanjir"))
    result = verdict(answer)
    assert not result.correct
    assert "X, Tagar:" in result.message and "#SiagaBanjir" in result.message
    assert "Instagram" not in result.message


def test_session_check_needs_the_event_in_the_opening():
    answer = dict(SOLUTION, x=X_BANJIR)
    result = verdict(answer)
    assert not result.correct and "X, Pembuka:" in result.message


def test_session_check_needs_two_platforms_and_the_alt_text():
    assert "1 platform" in verdict({"x": SOLUTION["x"], "alt": SOLUTION["alt"]}).message
    assert '"alt"' in verdict({"x": SOLUTION["x"], "instagram": SOLUTION["instagram"]}).message
    aliases = {"Twitter": SOLUTION["x"], "IG": SOLUTION["instagram"], "ALT": SOLUTION["alt"]}
    assert verdict(aliases).correct


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (None, "kosong"),
        ([SOLUTION["x"], SOLUTION["instagram"]], "kamus"),
        ("teks saja", "kamus"),
        ({"linkedin": "teks", "alt": "x"}, "tidak dikenal"),
        ({"x": 5, "instagram": "teks", "alt": "x"}, 'takarir["x"]'),
    ],
)
def test_session_check_bad_answers_raise_indonesian_errors(answer, words):
    with pytest.raises((InputError, EmptyInput)) as info:
        verdict(answer)
    assert words in str(info.value) + info.value.hint


def test_participant_printer(capsys):
    konten.cetak_takarir(X_BANJIR, "x", ALT_BANJIR)
    out = capsys.readouterr().out
    assert out.startswith("Pemeriksaan takarir X: 7 dari 7 cek lolos.")


# ----------------------------------------------------------------------------------- speed (measured, not asserted)


def benchmark(repeat: int = 5, number: int = 20) -> dict[str, float]:
    """Median milliseconds per caption of ``periksa_takarir`` over the publishable and the one-problem captions."""
    cases = [p.values for p in PUBLISHABLE] + [p.values[1:4] for p in ONE_PROBLEM]
    per_text = []
    for platform, text, alt in cases:
        times = timeit.repeat(lambda: periksa_takarir(text, platform, alt), number=number, repeat=repeat)  # noqa: B023
        per_text.append(min(times) / number * 1000)
    return {"median_ms": statistics.median(per_text), "max_ms": max(per_text), "texts": float(len(per_text))}


def test_benchmark_helper_runs():
    result = benchmark(repeat=1, number=1)
    assert result["texts"] >= 16 and result["median_ms"] > 0


def test_engine_module_states_its_sources():
    doc = captions.__doc__ or ""
    for source in ("docs.x.com", "help.instagram.com", "YouTubeVideoUpload", "W3C", "Universal Design"):
        assert source in doc

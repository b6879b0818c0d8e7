"""The ethics check (course.engines.release_ethics): the ``etika`` check of the press-release checker and the
``rilis_etika`` exercise of session 05.

Texts a professional would publish pass, including the ones that come close to a rule (a child named by initials,
a suspect who is only "diduga" with the police as source, "penyandang disabilitas", a hoax clarification that
quotes the rumour, a legend told with "konon"). Each text with one named problem fails with exactly that kind of
finding and the article it rests on, in Indonesian; inside a full release, exactly the ``etika`` check fails.
"""

from __future__ import annotations

import statistics
import timeit
from pathlib import Path

import pytest

from course.checks import periksa
from course.engines import press_release as releases
from course.engines import release_ethics as ethics
from course.errors import InputError
from course.sessions import s05_siaran_pers as siaran

DATA = Path(__file__).resolve().parent / "data" / "siaran_pers"
BAIK = (DATA / "baik.txt").read_text(encoding="utf-8")
KEJ = "Kode Etik Jurnalistik"

# ---------------------------------------------------------------------------
# Texts a professional would publish (id: why it comes close to a rule, and why it is fine)

PUBLISHABLE = {
    # a child suspect by initials and age, "diduga", the police as source (Pedoman Pemberitaan Ramah Anak)
    "anak_pelaku_berinisial": "Polres Sukamaju mengamankan seorang pelajar SMP berinisial AR (15) yang diduga mencuri "
    "sepeda motor di Kecamatan Sukamaju Barat, Selasa (9/7/2024). Menurut Kasat Reskrim Polres Sukamaju, AKP Budi "
    "Santoso, AR kini didampingi petugas Balai Pemasyarakatan.",
    # an adult suspect by initials, "diduga", the police as source (presumption of innocence)
    "tersangka_diduga": "Menurut Kapolres Sukamaju, AKBP Hendra Wijaya, tersangka JS (42) diduga menggelapkan dana "
    "bantuan sosial Rp150 juta.",
    # the respectful term of UU 8/2016
    "penyandang_disabilitas": "Posko juga menyediakan juru bahasa isyarat dan jalur landai bagi penyandang disabilitas "
    "yang ingin melapor.",
    # a child victim by initials, no school
    "korban_anak_berinisial": "DP3A Sukamaju mendampingi seorang siswi SD berinisial PA (10) yang menjadi korban "
    "perundungan.",
    "korban_anak_inisial_usia": "Korban, anak berinisial RN (8), kini dirawat di RSUD Sukamaju dan didampingi psikolog.",
    # a hoax clarification quotes the rumour to refute it
    "klarifikasi_hoaks": "Pemkab Sukamaju menegaskan bahwa kabar yang beredar di media sosial tentang penutupan RSUD "
    "Sukamaju tidak benar.",
    "tanggapan_isu": 'Bupati Sukamaju menanggapi isu yang beredar tentang penutupan pasar. "Pasar tetap buka seperti '
    'biasa," ujar Bupati Sukamaju, Rahmat Hidayat.',
    # a child named in good news: no victim, perpetrator or witness
    "prestasi_anak": "Putri Ayu Lestari (10), siswi SD Negeri 3 Sukamaju, meraih juara pertama lomba membaca puisi "
    "tingkat provinsi.",
    # "konon" in a legend, "katanya" as the attribution of a quote, "kata orang tua" as a speaker
    "legenda": "Konon, nama Desa Sukamaju berasal dari legenda seorang petani yang membuka hutan di tepi sungai.",
    "katanya_atribusi": '"Kami siap melayani warga setiap hari kerja," katanya.',
    "kata_orang_tua": '"Anak saya sudah lengkap imunisasinya," kata orang tua murid, Siti Aminah.',
    # a crime named in an appeal, a court's verdict, an unnamed subject, a fake account impersonating an official
    "imbauan": "Bupati Sukamaju, Rahmat Hidayat, meminta seluruh kepala desa tidak menggelapkan dana desa dan "
    "melaporkan setiap pungutan liar.",
    "putusan": "Pengadilan Negeri Sukamaju memvonis mantan bendahara desa, Bambang Sutrisno, dua tahun penjara karena "
    "terbukti bersalah menggelapkan dana desa.",
    "pelaku_tanpa_nama": "Seorang warga mencuri tabung gas di Pasar Sukamaju, Senin (8/7/2024), dan kini ditangani "
    "Polsek Sukamaju.",
    "akun_palsu": "Akun palsu yang mengatasnamakan Bupati Sukamaju menipu warga dengan meminta transfer uang. Pemkab "
    "meminta warga tidak menanggapi pesan itu.",
    "penipu_mengaku_petugas": "Penipu yang mengaku sebagai petugas PLN menipu warga dengan meminta biaya pemasangan "
    "meteran.",
    "antikorupsi": "Pemkab Sukamaju menggelar pelatihan pencegahan korupsi bagi 200 ASN pada Kamis, 11 Juli 2024.",
    # words that only look like the lexicon: "gila bola", "cacat hukum", "pelaku usaha", "korban jiwa"
    "gila_bola": "Warga Sukamaju yang gila bola memadati alun-alun untuk nonton bareng final Piala AFF.",
    "cacat_hukum": "Kepala Bagian Hukum menyatakan keputusan itu cacat hukum dan akan direvisi.",
    "pelaku_usaha": "Sebanyak 50 pelaku usaha ikut pelatihan. Salah seorang peserta, Putri Ayu (17), siswi SMK Negeri "
    "1 Sukamaju, memamerkan batik tulisnya.",
    "bencana_tanpa_korban": "BPBD Sukamaju mencatat 120 warga mengungsi akibat banjir di Desa Mekarsari; tidak ada "
    "korban jiwa.",
    # a school named for a general programme, not for one child
    "sosialisasi_sekolah": "Polres Sukamaju menggelar sosialisasi antiperundungan di SMP Negeri 1 Sukamaju agar siswa "
    "tidak menjadi korban maupun pelaku.",
    "odgj": "Dinas Sosial menjangkau 35 orang dengan gangguan jiwa (ODGJ) yang terlantar dan membawa mereka ke RSJ.",
    # an adult flood victim with her age: not a child, not a sexual crime
    "korban_banjir_dewasa": "Korban banjir, Siti Aminah (45), mengaku rumahnya terendam setinggi satu meter.",
    "pejabat_dan_korban": "Kapolres Sukamaju, AKBP Hendra Wijaya, mengatakan korban, seorang siswi SMP, sudah pulang "
    "ke rumah.",
}

# One named problem each: (text, kind, article)
ONE_PROBLEM = {
    "kabarnya": (
        "Kabarnya, harga beras di Pasar Sukamaju akan naik pekan depan.",
        "belum_teruji",
        "Pasal 1 dan Pasal 3",
    ),
    "informasi_beredar": (
        "Menurut informasi yang beredar, jembatan Sungai Cimanuk akan ditutup selama sebulan.",
        "belum_teruji",
        "Pasal 1 dan Pasal 3",
    ),
    "konon": ("Konon, sebagian dana bantuan belum sampai ke warga.", "belum_teruji", "Pasal 1 dan Pasal 3"),
    "belum_dikonfirmasi": (
        "Jumlah penerima yang belum dikonfirmasi itu mencapai 300 keluarga.",
        "belum_teruji",
        "Pasal 1 dan Pasal 3",
    ),
    "nama_anak_korban": (
        "Korbannya, Putri Ayu Lestari (10), kini didampingi psikolog DP3A.",
        "identitas",
        "Pasal 5; Pedoman Pemberitaan Ramah Anak",
    ),
    "sekolah_anak_korban": (
        "Seorang siswi kelas 4 SD Negeri 3 Sukamaju menjadi korban perundungan.",
        "identitas",
        "Pasal 5; Pedoman Pemberitaan Ramah Anak",
    ),
    "orang_tua_anak_pelaku": (
        "Pelaku perundungan itu adalah anak dari pasangan Suparman dan Wati.",
        "identitas",
        "Pasal 5; Pedoman Pemberitaan Ramah Anak",
    ),
    "anak_saksi_bernama": (
        "Bocah bernama Andi itu menjadi saksi kebakaran gudang.",
        "identitas",
        "Pasal 5; Pedoman Pemberitaan Ramah Anak",
    ),
    "alamat_anak_korban": (
        "Seorang balita yang menjadi korban penganiayaan tinggal di Jalan Mawar No. 5, Desa Mekarsari.",
        "identitas",
        "Pasal 5; Pedoman Pemberitaan Ramah Anak",
    ),
    "korban_susila": (
        "Polres Sukamaju menangani kasus pelecehan seksual dengan korban, Siti Aminah, seorang pedagang pasar.",
        "identitas",
        f"{KEJ} Pasal 5",
    ),
    "orang_gila": (
        "Satpol PP mengamankan tiga orang gila yang berkeliaran di Alun-alun Sukamaju.",
        "diskriminatif",
        "Pasal 8",
    ),
    "orang_cacat": (
        "Posko juga menyediakan jalur landai bagi orang cacat yang ingin melapor.",
        "diskriminatif",
        "Pasal 8",
    ),
    "asal_usul_tersangka": (
        "Menurut Polres Sukamaju, tersangka keturunan asing berinisial JS (42) diduga mencuri tiga sepeda motor.",
        "diskriminatif",
        "Pasal 8",
    ),
    "miskin_malas": (
        "Bantuan tunai tidak diberikan kepada warga miskin yang malas bekerja.",
        "diskriminatif",
        "Pasal 8",
    ),
    "tuduhan_nama": (
        "Bendahara Desa Mekarsari, Bambang Sutrisno, menggelapkan dana desa Rp200 juta.",
        "tuduhan",
        "Pasal 3",
    ),
    "tuduhan_jabatan": ("Dana bantuan sosial itu dikorupsi oleh Kepala Desa Mekarsari.", "tuduhan", "Pasal 3"),
    "pelakunya_adalah": ("Pelakunya adalah Joko Susilo, penjaga sekolah itu.", "tuduhan", "Pasal 3"),
    "ditangkap_tanpa_diduga": (
        "Polres Sukamaju menangkap Joko Susilo yang mencuri sepeda motor di Pasar Sukamaju.",
        "tuduhan",
        "Pasal 3",
    ),
}


@pytest.mark.parametrize("case", list(PUBLISHABLE))
def test_a_text_a_professional_would_publish_has_no_finding(case):
    assert ethics.periksa_etika(PUBLISHABLE[case]) == ()


@pytest.mark.parametrize("case", list(ONE_PROBLEM))
def test_each_problem_is_found_with_its_article_in_indonesian(case):
    text, kind, article = ONE_PROBLEM[case]
    findings = ethics.periksa_etika(text)
    assert {f.jenis for f in findings} == {kind}, findings
    for f in findings:
        assert article in f.pasal and f.pasal.startswith(KEJ)
        assert f.pasal in f.pesan and f'"{f.kata.split("; ")[0]}"' in f.pesan  # names the rule and the words
        assert f.kata and f.kata.split("; ")[0] in " ".join(text.split())
        assert str(f) == f.pesan


def test_each_kind_says_how_to_fix_it():
    advice = {
        "belum_teruji": "sebut sumber resminya",
        "identitas": "inisial",
        "diskriminatif": '"penyandang disabilitas"',
        "tuduhan": '"diduga"',
    }
    cases = {"belum_teruji": "kabarnya", "identitas": "nama_anak_korban", "diskriminatif": "orang_cacat"}
    cases["tuduhan"] = "tuduhan_nama"
    for kind, case in cases.items():
        (finding,) = ethics.periksa_etika(ONE_PROBLEM[case][0])
        assert advice[kind] in finding.pesan, finding.pesan
    assert "UU No. 8 Tahun 2016" in ethics.periksa_etika(ONE_PROBLEM["orang_cacat"][0])[0].pesan
    assert "ODGJ" in ethics.periksa_etika(ONE_PROBLEM["orang_gila"][0])[0].pesan


def test_a_single_word_opening_a_sentence_is_a_name_only_with_evidence():
    text = "Bambang mencuri tiga tabung gas dari gudang kelurahan."
    assert ethics.periksa_etika(text) == ()  # "Bambang" could be any capitalised first word
    (finding,) = ethics.periksa_etika(text, nama_diri=["Bambang Sutrisno"])
    assert finding.jenis == "tuduhan" and finding.kata == "Bambang mencuri"
    elsewhere = text + " Warga melaporkan Bambang ke kelurahan."
    assert [f.kata for f in ethics.periksa_etika(elsewhere)] == ["Bambang mencuri"]


@pytest.mark.parametrize("bad", [None, 12, 3.5, "", "   ", ["Kabarnya"]])
def test_bad_input_is_an_indonesian_input_error(bad):
    with pytest.raises(InputError) as info:
        ethics.periksa_etika(bad)
    assert "teks" in str(info.value)


# ---------------------------------------------------------------------------
# The etika check of the press-release checker


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.stem)
def test_every_release_of_the_course_passes_etika(path):
    text = path.read_text(encoding="utf-8")
    assert releases.periksa(text)["etika"].ok
    assert releases.periksa(text, siaran.FAKTA_CEK)["etika"].ok


def test_etika_is_the_eleventh_check_after_the_ten():
    assert releases.CEK[-1] == "etika" and releases.CEK.index("bahasa") == 9
    report = releases.periksa(BAIK)
    assert report["etika"].nama == "Etika (Kode Etik Jurnalistik)"
    assert "Tidak ada masalah etika" in report["etika"].pesan


# One problem added to the model release: exactly the etika check fails, and its message names the article.
IN_RELEASE = {
    "belum_teruji": BAIK.replace("Menurut data Dinkes Sukamaju, cakupan", "Kabarnya, cakupan"),
    "identitas": BAIK.replace(
        "Anak yang sedang demam akan dijadwalkan ulang pada hari lain.",
        "Dinkes juga mendampingi korban penganiayaan, Rudi Hartono (3), yang dirawat di RSUD Sukamaju.",
    ),
    "diskriminatif": BAIK.replace("Anak yang sedang demam", "Anak cacat dan anak yang sedang demam"),
    "tuduhan": BAIK.replace(
        "Anak yang sedang demam akan dijadwalkan ulang pada hari lain.",
        "Tahun lalu, stok vaksin dicuri oleh Bambang Sutrisno, petugas gudang.",
    ),
}


@pytest.mark.parametrize("kind", list(IN_RELEASE))
def test_a_release_with_one_problem_fails_exactly_etika(kind):
    text = IN_RELEASE[kind]
    assert text != BAIK
    report = releases.periksa(text, siaran.FAKTA_CEK)
    assert report.gagal == ["etika"], report.teks()
    assert report["etika"].pesan.startswith("1 masalah etika: (1) ")
    assert ethics.PASAL[kind] in report["etika"].pesan
    assert "✘ Etika (Kode Etik Jurnalistik)" in report.teks()
    assert {c["id"]: c["ok"] for c in report.as_dict()["checks"]}["etika"] is False


def test_the_style_group_of_session_05_grades_etika_too():
    assert "etika" in siaran.KELOMPOK["rilis_gaya"]
    assert periksa("rilis_gaya", BAIK).correct
    verdict = periksa("rilis_gaya", IN_RELEASE["tuduhan"])
    assert not verdict.correct and "Etika (Kode Etik Jurnalistik)" in verdict.message


# ---------------------------------------------------------------------------
# The exercise of session 05 (rilis_etika)

FIXED = (
    siaran.DRAF_ETIKA.replace(
        "Korbannya, Putri Ayu Lestari (10), siswi kelas 4 SD Negeri 3 Sukamaju,",
        "Korbannya, seorang siswi berinisial PA (10),",
    )
    .replace(
        "Penjaga sekolah tersebut, Joko Susilo, menganiaya",
        "Menurut polisi, penjaga sekolah tersebut diduga menganiaya",
    )
    .replace(" Kabarnya, masih ada puluhan kasus serupa di Sukamaju yang tidak pernah dilaporkan.", "")
    .replace("bagi orang cacat", "bagi penyandang disabilitas")
)


def test_the_draft_breaks_each_rule_once():
    findings = ethics.periksa_etika(siaran.DRAF_ETIKA)
    assert sorted(f.jenis for f in findings) == sorted(ethics.JENIS)


def test_the_draft_is_shown_as_synthetic_data(capsys):
    siaran.lihat_draf_etika()
    shown = capsys.readouterr().out
    assert "data sintetis" in shown and siaran.DRAF_ETIKA in shown


def test_the_fixed_draft_passes():
    verdict = periksa("rilis_etika", FIXED)
    assert verdict.correct, verdict.message


def test_the_untouched_draft_names_every_problem_with_its_article_but_not_the_fix():
    verdict = periksa("rilis_etika", siaran.DRAF_ETIKA)
    assert not verdict.correct and verdict.message.startswith("Masih ada 4 masalah etika")
    for pasal in ("Pasal 5; Pedoman Pemberitaan Ramah Anak", "Pasal 3)", "Pasal 1 dan Pasal 3", "Pasal 8"):
        assert pasal in verdict.message
    shown = verdict.message + verdict.hint
    assert "penyandang disabilitas" not in shown and "PA (10)" not in shown and "Menurut polisi" not in shown


def test_fixing_three_problems_names_the_one_left():
    verdict = periksa("rilis_etika", FIXED.replace("bagi penyandang disabilitas", "bagi orang cacat"))
    assert not verdict.correct
    assert verdict.message == (
        'Masih ada 1 masalah etika: (1) kata yang merendahkan atau diskriminatif "orang cacat" '
        "(Kode Etik Jurnalistik Pasal 8)."
    )
    assert verdict.hint == "Kata yang merendahkan: pakai istilah yang menghormati dari materi di atas."


def test_initials_with_the_school_still_identify_the_child():
    text = FIXED.replace("seorang siswi berinisial PA (10),", "PA (10), siswi kelas 4 SD Negeri 3 Sukamaju,")
    verdict = periksa("rilis_etika", text)
    assert not verdict.correct and '"SD Negeri 3 Sukamaju"' in verdict.message


def test_deleting_the_story_does_not_pass():
    paragraphs = FIXED.split("\n\n")
    verdict = periksa("rilis_etika", "\n\n".join([paragraphs[0], paragraphs[1], "###"]))
    assert not verdict.correct
    assert "Fakta draf yang hilang" in verdict.message and "psikolog" in verdict.message
    assert "Sri Handayani" in verdict.message  # the quote of the draft is a fact too
    with pytest.raises(InputError):
        periksa("rilis_etika", "")


# ---------------------------------------------------------------------------
# Speed (shown in the benchmark, never a timed assertion beyond a generous sanity bound)


def median_ms(text: str = BAIK, rounds: int = 11, number: int = 20) -> float:
    """Median milliseconds of ``periksa_etika`` on ``text`` (the lead's benchmark can call this)."""
    ethics.periksa_etika(text)
    return statistics.median(
        timeit.timeit(lambda: ethics.periksa_etika(text), number=number) / number * 1000 for _ in range(rounds)
    )


def test_speed_sanity():
    assert median_ms(rounds=3, number=5) < 50  # generous; about 0.6 ms for a 400-word release on a quiet machine

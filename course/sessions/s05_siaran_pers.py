"""Session 05 (Menulis Siaran Pers yang Layak Berita): helpers and exercise checks.

Participants call ``anatomi_siaran()`` (the release anatomy as a table, from its one statement in
``course.engines.release_parts.ANATOMY``), ``lihat_teras()``, ``lihat_paragraf_acak()`` and
``lihat_lembar_fakta()`` (the exercise material, printed), ``periksa_siaran(teks)`` (the press-release
checker's report, printed) and open the live editor (``course.widgets.release_editor``). The exercises:

* ``unsur_teras``: which fragment of a lead answers each of the 5W1H (ADIKSIMBA);
* ``urutan_piramida``: put five shuffled paragraphs in inverted-pyramid order;
* ``paragraf_baku``: fix the non-standard words of a paragraph (``course.engines.spelling``);
* ``rilis_struktur``, ``rilis_fakta``, ``rilis_gaya``: a full release drafted from
  ``LEMBAR_FAKTA``, graded by ``course.engines.press_release`` one group of checks per cell
  (``KELOMPOK``), so each group earns its own points. Any house style passes (dated dateline, embargo
  line, ``-selesai-``/``-30-``/``###`` right after the body or at the very end, "Kontak media", short
  second references in quotes); the length (300–500 words) is advice, not graded, as the exercise says;
* ``rilis_judul``: the release's headline, under the session 03 headline rules
  (``course.sessions.shared.nilai_judul``) with the fact sheet's key facts;
* ``rilis_etika`` (optional): fix a draft release (``DRAF_ETIKA``, shown by ``lihat_draf_etika()``) that breaks
  four rules of the Kode Etik Jurnalistik once each (``course.engines.release_ethics``): the fixed release has
  no ethics finding and keeps the draft's facts (``FAKTA_ETIKA``), so deleting the story does not pass.

The fact sheet, the draft and the events are fictional ("contoh rekaan", "data sintetis": there is no Kabupaten
Sukamaju).
"""

from __future__ import annotations

from typing import Any

from course.answer_keys import salted
from course.checks import Verdict, group_check, judged, missing_verdict, register
from course.engines import press_release, release_ethics, release_parts, spelling
from course.engines.release_features import find_phrase, normalised
from course.errors import InputError, expect_dict, expect_list_of_text, expect_text
from course.sessions.shared import periksa_ejaan, periksa_siaran, release_headline_verdict

# The notebook's names (periksa_ejaan is the session 03 helper, shared).
__all__ = [
    "FAKTA_CEK",
    "KELOMPOK",
    "LEMBAR_FAKTA",
    "PARAGRAF_ACAK",
    "PARAGRAF_TIDAK_BAKU",
    "PENGGALAN",
    "TERAS",
    "UNSUR_5W1H",
    "WAJIB_JUDUL",
    "DRAF_ETIKA",
    "FAKTA_ETIKA",
    "anatomi_siaran",
    "lembar_fakta",
    "lihat_lembar_fakta",
    "lihat_draf_etika",
    "lihat_paragraf_acak",
    "lihat_teras",
    "periksa_ejaan",
    "periksa_siaran",
]

_GARAM = "bimtek-0405"

LEMBAR_FAKTA = {
    "siapa": "Dinas Kesehatan (Dinkes) Kabupaten Sukamaju",
    "apa": "membuka layanan imunisasi kejar gratis bagi 4.200 balita yang imunisasi dasarnya belum lengkap",
    "kapan": "Senin, 10 Juni 2024, sampai Jumat, 14 Juni 2024, pukul 08.00–12.00 WIB",
    "di_mana": "25 puskesmas di Kabupaten Sukamaju, ditambah 60 posyandu keliling",
    "mengapa": "cakupan imunisasi dasar lengkap 2023 baru 78 persen, di bawah target nasional 95 persen",
    "bagaimana": "orang tua membawa anak dan buku KIA ke puskesmas terdekat; tanpa biaya",
    "narasumber": "dr. Rina Wulandari, Kepala Dinas Kesehatan Kabupaten Sukamaju",
    "narahubung": "Dewi Lestari, Kepala Subbagian Umum Dinkes Sukamaju, 0812-3456-7890, humas.dinkes@sukamajukab.go.id",
}
# What the checker accepts for each element of the lead, and the speaker of the quote.
FAKTA_CEK = {
    "siapa": [
        "Dinas Kesehatan Kabupaten Sukamaju",
        "Dinas Kesehatan (Dinkes) Kabupaten Sukamaju",
        "Dinkes Sukamaju",
        "Dinas Kesehatan Sukamaju",
        "Dinkes Kabupaten Sukamaju",
    ],
    "apa": ["imunisasi kejar", "imunisasi"],
    "kapan": ["10 Juni 2024", "Senin, 10 Juni", "10 Juni"],
    "di_mana": ["puskesmas"],
    "narasumber": ["Rina Wulandari"],
}
# The key facts of the release headline (course.engines.headline_rules): the core of the news is the
# immunisation; the agency is one more key fact, as are the numbers and places of the release's own text.
WAJIB_JUDUL = [
    {"nama": "peristiwanya (imunisasi)", "varian": ["imunisasi"], "inti": True},
    {"nama": "pelaku (Dinkes atau Dinas Kesehatan Sukamaju)", "varian": ["dinkes", "dinas kesehatan"]},
]

# The length (``panjang``) is advice in this exercise (``press_release.periksa`` without ``panjang_wajib``):
# periksa_siaran and the editor show it, no group grades it.
KELOMPOK = {
    "rilis_struktur": ("dateline", "tentang", "narahubung", "penutup"),
    "rilis_fakta": ("teras", "kutipan"),
    "rilis_gaya": ("kalimat", "bahasa", "etika"),
}

TERAS = (
    "SUKAMAJU – Dinas Kesehatan Kabupaten Sukamaju membuka layanan imunisasi kejar gratis bagi 4.200 balita "
    "pada Senin, 10 Juni 2024, di 25 puskesmas karena cakupan imunisasi dasar lengkap tahun lalu baru 78 persen. "
    "Orang tua cukup membawa anak dan buku KIA ke puskesmas terdekat."
)
PENGGALAN = {
    "A": "pada Senin, 10 Juni 2024",
    "B": "karena cakupan imunisasi dasar lengkap tahun lalu baru 78 persen",
    "C": "Dinas Kesehatan Kabupaten Sukamaju",
    "D": "membawa anak dan buku KIA ke puskesmas terdekat",
    "E": "membuka layanan imunisasi kejar gratis bagi 4.200 balita",
    "F": "di 25 puskesmas",
}
UNSUR_5W1H = ("siapa", "apa", "kapan", "di_mana", "mengapa", "bagaimana")
# The key of each element, in the order of UNSUR_5W1H.
_KUNCI_TERAS = dict(
    zip(
        UNSUR_5W1H,
        "a5284bfbcbeff318 b39a75c574fc21ba e78af97473f38aab 933be29e38b1d70d c94a9032b3556f6f 6cb604ba86affd03".split(),
        strict=True,
    )
)

PARAGRAF_ACAK = {
    "A": "Layanan ini digelar karena cakupan imunisasi dasar lengkap di Kabupaten Sukamaju pada 2023 baru 78 persen, "
    "masih di bawah target nasional sebesar 95 persen.",
    "B": "Orang tua cukup membawa anak dan buku KIA ke puskesmas pada pukul 08.00–12.00 WIB. Anak yang sedang demam "
    "dijadwalkan ulang.",
    "C": "SUKAMAJU – Dinas Kesehatan Kabupaten Sukamaju membuka layanan imunisasi kejar gratis bagi 4.200 balita mulai "
    "Senin, 10 Juni 2024, di 25 puskesmas.",
    "D": "Pada tahun sebelumnya, Dinkes Sukamaju juga menggelar pekan imunisasi di balai desa dengan hiburan musik.",
    "E": '"Kami ingin tidak ada lagi balita yang tertinggal jadwal," ujar Kepala Dinas Kesehatan Kabupaten Sukamaju, '
    "dr. Rina Wulandari.",
}

PARAGRAF_TIDAK_BAKU = (
    "Dinkes Sukamaju menghimbau orang tua agar tidak terlambat membawa anaknya. Jadual layanan "
    "dapat dilihat di papan pengumuman puskesmas. Orang tua diminta antri dengan rapih dan tidak "
    "perlu membawa ijasah atau surat ijin apa pun."
)
MIRIP_MIN = 0.9  # similarity to the corrected paragraph below which the answer is a rewrite, not a fix

# Exercise 7 (optional): a draft that breaks four rules once each (hearsay, a child victim's name and school,
# an accusation without presumption of innocence, "orang cacat"); data sintetis.
DRAF_ETIKA = """DP3A Sukamaju Buka Posko Pengaduan Kekerasan terhadap Anak di 12 Kecamatan

SUKAMAJU – Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kabupaten Sukamaju membuka posko pengaduan \
kekerasan terhadap anak di 12 kantor kecamatan mulai Senin, 15 Juli 2024. Posko buka setiap hari kerja pukul \
08.00–15.00 WIB, dan layanannya gratis.

Posko dibuka setelah kasus perundungan di sebuah sekolah dasar bulan lalu. Korbannya, Putri Ayu Lestari (10), \
siswi kelas 4 SD Negeri 3 Sukamaju, kini didampingi psikolog DP3A.

Kasus itu kini ditangani Polres Sukamaju. Penjaga sekolah tersebut, Joko Susilo, menganiaya dua siswa lain \
sebelum kasus itu terungkap. Kabarnya, masih ada puluhan kasus serupa di Sukamaju yang tidak pernah dilaporkan.

"Setiap anak berhak merasa aman di sekolah dan di rumah. Laporkan kekerasan yang Anda lihat atau alami ke posko \
terdekat," ujar Kepala DP3A Kabupaten Sukamaju, Sri Handayani.

Posko juga menyediakan juru bahasa isyarat dan jalur landai bagi orang cacat yang ingin melapor.

###"""
# The draft's facts a fixed release keeps: what each is, and the phrases that show it.
FAKTA_ETIKA = {
    "siapa (DP3A Kabupaten Sukamaju)": ["DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"],
    "apa (posko pengaduan)": ["posko pengaduan"],
    "kapan (Senin, 15 Juli 2024)": ["15 Juli 2024"],
    "di mana (12 kantor kecamatan)": ["12 kantor kecamatan", "12 kecamatan"],
    "pendampingan korban oleh psikolog": ["psikolog"],
    "juru bahasa isyarat dan jalur landai": ["bahasa isyarat", "jalur landai"],
    "kutipan Kepala DP3A, Sri Handayani": ["Sri Handayani"],
}
# How to fix each kind of problem, without the fixed text.
CARA_ETIKA = {
    "belum_teruji": "kabar yang belum pasti: pastikan dulu dan sebut sumber resminya, atau hapus kalimatnya",
    "identitas": "identitas anak: cukup inisial dan usia, tanpa nama sekolah, alamat, atau keluarga",
    "diskriminatif": "kata yang merendahkan: pakai istilah yang menghormati dari materi di atas",
    "tuduhan": 'dugaan kejahatan: tulis "diduga" dan sebut sumber resminya, atau tunggu putusan pengadilan',
}


def _h(item: str, answer: str) -> str:
    return salted(_GARAM, item, answer)


def lembar_fakta() -> dict:
    """The fact sheet of the release exercise (a copy)."""
    return dict(LEMBAR_FAKTA)


def lihat_lembar_fakta() -> None:
    """Print the fact sheet of the release exercise, one element a line."""
    print("Lembar fakta (contoh rekaan, tidak ada Kabupaten Sukamaju):")
    for unsur, isi in LEMBAR_FAKTA.items():
        print(f"{unsur.replace('_', ' '):11} {isi}")


def lihat_draf_etika() -> None:
    """Print the draft release of exercise 7."""
    print("Draf siaran pers (data sintetis, tidak ada Kabupaten Sukamaju). Salin ke sel jawaban, lalu perbaiki:")
    print()
    print(DRAF_ETIKA)


def lihat_teras() -> None:
    """Print the lead of exercise 1 and its lettered fragments."""
    print(TERAS)
    print()
    for huruf, penggalan in PENGGALAN.items():
        print(huruf, penggalan)


def lihat_paragraf_acak() -> None:
    """Print the shuffled paragraphs of exercise 2, each with its letter."""
    for huruf, paragraf in PARAGRAF_ACAK.items():
        print(huruf, paragraf)
        print()


def anatomi_siaran() -> Any:
    """The anatomy of a release as a table (``course.engines.release_parts.ANATOMY``, its one statement)."""
    from IPython.display import Markdown

    return Markdown(release_parts.anatomy_markdown())


# ---------------------------------------------------------------------------
# Checks


@register("unsur_teras")
def _check_teras(jawaban) -> Verdict:
    expect_dict(jawaban, "unsur", '{"siapa": "C", "apa": "...", ...} dengan huruf penggalan A sampai F')
    answers = {str(k).strip().lower().replace(" ", "_"): v for k, v in jawaban.items()}
    missing = missing_verdict(
        answers, UNSUR_5W1H, "unsur", "belum diisi", "Isi keenam unsur: siapa, apa, kapan, di_mana, mengapa, bagaimana."
    )
    if missing:
        return missing
    wrong = []
    for k in UNSUR_5W1H:
        letter = expect_text(answers[k], f"unsur {k}").upper()
        if letter not in PENGGALAN:
            raise InputError(f'"{answers[k]}" bukan huruf penggalan.', "Tulis salah satu huruf A sampai F.")
        if _h(f"teras:{k}", letter) != _KUNCI_TERAS[k]:
            wrong.append(k.replace("_", " "))
    return judged(
        not wrong,
        "Keenam unsur ADIKSIMBA ditemukan di teras.",
        f"{len(wrong)} unsur belum tepat.",
        "Tanyakan pada setiap penggalan: menjawab siapa, apa, kapan, di mana, mengapa, atau bagaimana?",
    )


@register("urutan_piramida")
def _check_order(jawaban) -> Verdict:
    order = [x.upper() for x in expect_list_of_text(jawaban, "urutan")]
    if sorted(order) != sorted(PARAGRAF_ACAK):
        return Verdict(
            False,
            f"urutan harus memuat kelima huruf A sampai E tepat satu kali, bukan {len(order)} butir.",
            'Tulis kelima huruf paragraf, misalnya ["B", "D", "A", "E", "C"].',
        )
    problems = []
    if order[0] != "C":
        problems.append("paragraf pertama belum memuat fakta terpenting (teras)")
    if order[-1] != "D":
        problems.append("paragraf terakhir masih memuat hal yang penting; yang paling aman dipotong ada di bawah")
    if order.index("A") > order.index("B"):
        problems.append("alasan layanan diadakan lebih penting daripada rincian teknisnya")
    if not problems:
        return Verdict(True, "Urutan piramida terbalik: terpenting di atas, paling aman dipotong di bawah.")
    return Verdict(
        False, "; ".join(problems) + ".", "Bayangkan redaktur memotong dari bawah: apa yang harus tetap ada?"
    )


@register("paragraf_baku")
def _check_baku(jawaban) -> Verdict:
    import difflib

    text = expect_text(jawaban, "paragraf_perbaikan")
    expected = spelling.perbaiki(PARAGRAF_TIDAK_BAKU)
    left = [f for f in spelling.periksa_teks(text) if f.aturan == "kata-baku"]
    if left:
        return Verdict(
            False,
            f'masih ada {len(left)} kata tidak baku, misalnya "{left[0].teks}".',
            "Ganti dengan bentuk bakunya menurut KBBI; periksa_ejaan(teks) membantu menemukannya.",
        )
    ratio = difflib.SequenceMatcher(None, " ".join(text.split()), " ".join(expected.split())).ratio()
    if ratio < MIRIP_MIN:
        return Verdict(
            False,
            "paragraf ini sudah berubah terlalu jauh dari aslinya.",
            "Perbaiki kata yang tidak baku saja; biarkan kalimat lainnya tetap.",
        )
    return Verdict(True, "Semua kata sudah baku.")


for _name, _ids in KELOMPOK.items():
    register(_name)(
        group_check(
            _ids,
            lambda jawaban: press_release.periksa(expect_text(jawaban, "siaran"), FAKTA_CEK),
            "Perbaiki bagian itu di sel siaran, jalankan selnya, lalu jalankan sel ini lagi.",
        )
    )


@register("rilis_judul")
def _check_headline(jawaban) -> Verdict:
    return release_headline_verdict(jawaban, WAJIB_JUDUL)


@register("rilis_etika")
def _check_ethics(jawaban) -> Verdict:
    text = expect_text(jawaban, "rilis_etis")
    findings = release_ethics.periksa_etika(text)
    norm = normalised(text)
    missing = [fact for fact, phrases in FAKTA_ETIKA.items() if not find_phrase(norm, phrases)]
    if not findings and not missing:
        return Verdict(True, "Tidak ada lagi masalah etika, dan fakta draf tetap lengkap.")
    problems = []
    if findings:
        listed = "; ".join(
            f'({n}) {release_ethics.NAMA_JENIS[f.jenis]} "{f.kata}" ({f.pasal})' for n, f in enumerate(findings, 1)
        )
        problems.append(f"Masih ada {len(findings)} masalah etika: {listed}.")
    if missing:
        problems.append(f"Fakta draf yang hilang: {', '.join(missing)}. Perbaiki kalimatnya, jangan hapus beritanya.")
    kinds = dict.fromkeys(f.jenis for f in findings)
    hint = "; ".join(CARA_ETIKA[k] for k in kinds) or "Salin lagi paragraf draf yang memuat fakta itu, lalu perbaiki"
    return Verdict(False, " ".join(problems), hint[:1].upper() + hint[1:] + ".")

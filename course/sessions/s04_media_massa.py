"""Session 04 (Media Sosial dan Media Massa): data and exercise checks.

* ``kej_kasus``: match six cases to the article of the Kode Etik Jurnalistik they concern
  (brief §2.1, Dewan Pers; paraphrased).
* ``keputusan_viral``: for four viral posts, decide "unggah", "tahan" or "klarifikasi"
  and give the reason code of ``ALASAN`` (a verification routine built on the
  Pedoman Pemberitaan Media Siber's verification rule, brief §2.2).
* ``daftar_media``: filter and sort ``media_sintetis()`` (fictional outlets, "data
  sintetis") for a story.

Keys are stored as salted hashes, so the answer is never in a notebook cell or readable here.
The cases, posts and outlets are fictional (there is no Kabupaten Sukamaju).
"""

from __future__ import annotations

from course.answer_keys import DecisionKeys, decision_pair, judge_decisions, numbered, salted
from course.checks import Verdict, missing_verdict, register
from course.errors import InputError, describe_value, expect_dict

__all__ = [
    "ALASAN",
    "KASUS",
    "KEPUTUSAN",
    "KOLOM_MEDIA",
    "MEDIA",
    "UNGGAHAN",
    "media_pilihan_harapan",
    "media_sintetis",
]

_GARAM = "bimtek-0405"

KASUS = {
    "A": "Sebuah berita menulis nama lengkap dan alamat korban kekerasan seksual.",
    "B": "Media daring salah menulis jumlah penerima bantuan; setelah tahu, media itu harus segera meralat dan meminta maaf.",
    "C": "Dinas yang diberitakan keliru meminta agar tanggapannya dimuat secara proporsional.",
    "D": "Wartawan sudah sepakat dengan humas untuk menunggu embargo sampai pukul 10.00, tetapi memuat berita pukul 08.00.",
    "E": "Berita menonjolkan suku dan agama seorang tersangka untuk merendahkan kelompoknya.",
    "F": "Berita memuat tuduhan terhadap seorang camat tanpa menguji informasinya dan tanpa meminta keterangan camat itu.",
}
_KUNCI_KEJ = {
    "A": "013d5d3b261a705a",
    "B": "e2f852a355454ecf",
    "C": "3ccb4fd48dc7b90a",
    "D": "27f35fe0f3ccf113",
    "E": "04bfd750c06cb096",
    "F": "d648712b5615ee33",
}

KEPUTUSAN = ("unggah", "tahan", "klarifikasi")
ALASAN = {
    "R1": "informasi sudah dipastikan oleh sumber resmi yang berwenang",
    "R2": "sumber belum jelas dan belum dapat dipastikan; tunggu verifikasi",
    "R3": "informasi keliru tentang layanan instansi sendiri; luruskan dengan fakta",
    "R4": "memuat identitas korban atau anak; jangan ikut menyebarkan",
}
UNGGAHAN = {
    1: 'Pesan berantai WhatsApp tanpa foto dan tanpa sumber: "Jembatan di Desa Sukadana putus, hindari jalur itu!" '
    "BPBD Sukamaju belum memberi keterangan.",
    2: "Akun warga menulis bahwa pendaftaran beasiswa Pemkab Sukamaju ditutup hari ini, padahal Dinas Pendidikan sudah "
    "memastikan pendaftaran dibuka sampai 30 Juni.",
    3: "Kepala BPBD Sukamaju mengirim peringatan dini banjir resmi di grup koordinasi OPD dan memintanya disebarkan.",
    4: "Video viral memperlihatkan wajah seorang anak korban perundungan; warganet meminta Pemkab menanggapi.",
}
_KUNCI_VIRAL = {1: "6c1970827be8b494", 2: "15ae002807afb57a", 3: "ee732fe89aca8396", 4: "56d402e509009ade"}
_VIRAL = DecisionKeys(_GARAM, "viral", _KUNCI_VIRAL, tuple(ALASAN), "unggahan", "keempat unggahan")

MEDIA = [  # data sintetis: fictional outlets, figures invented for the exercise
    ("Harian Sukamaju Pos", "cetak", "lokal", "pemerintahan", 12000),
    ("Radio Suara Sukamaju", "radio", "lokal", "kesehatan", 30000),
    ("sukamajuhariini.id", "daring", "lokal", "kesehatan", 45000),
    ("Warta Nusantara", "daring", "nasional", "kesehatan", 900000),
    ("TV Sukamaju", "televisi", "lokal", "pemerintahan", 60000),
    ("Kabar Lembah", "daring", "lokal", "kesehatan", 8000),
    ("Ekonomi Raya", "cetak", "nasional", "ekonomi", 150000),
    ("Tribun Pesisir", "cetak", "lokal", "kesehatan", 15000),
    ("Sport Sukamaju", "daring", "lokal", "olahraga", 20000),
    ("Kanal Satu Nasional", "televisi", "nasional", "pemerintahan", 2500000),
]
KOLOM_MEDIA = ("nama", "jenis", "cakupan", "rubrik", "jangkauan")


def _h(item: str, answer: str) -> str:
    return salted(_GARAM, item, answer)


def media_sintetis():
    """The media list (pandas DataFrame; data sintetis: fictional outlets)."""
    import pandas as pd

    return pd.DataFrame(MEDIA, columns=list(KOLOM_MEDIA))


def media_pilihan_harapan() -> list[str]:
    """The outlets the exercise asks for: local, health desk, largest reach first."""
    rows = [m for m in MEDIA if m[2] == "lokal" and m[3] == "kesehatan"]
    return [m[0] for m in sorted(rows, key=lambda m: -m[4])]


@register("kej_kasus")
def _check_kej(jawaban) -> Verdict:
    answers = expect_dict(jawaban, "pasal_kasus", '{"A": 1, "B": 2, ...}')
    keys = {str(k).strip().upper(): v for k, v in answers.items()}
    missing = missing_verdict(
        keys,
        KASUS,
        "kasus",
        "belum diberi nomor pasal",
        "Isi satu nomor pasal (1 sampai 11) untuk setiap kasus A sampai F.",
    )
    if missing:
        return missing
    wrong = []
    for k in KASUS:
        value = keys[k]
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(
                f"pasal untuk kasus {k} harus bilangan bulat, bukan {describe_value(value)}.",
                "Tulis nomor pasal tanpa tanda petik, misalnya 5.",
            )
        if _h(f"kej:{k}", str(value)) != _KUNCI_KEJ[k]:
            wrong.append(k)
    if not wrong:
        return Verdict(True, "Keenam kasus cocok dengan pasalnya.")
    return Verdict(
        False,
        f"{len(wrong)} kasus belum cocok dengan pasalnya.",
        "Baca lagi tabel sebelas pasal: siapa yang dilindungi (korban, sumber, pihak yang diberitakan) "
        "dan kewajiban apa yang dilanggar.",
    )


@register("keputusan_viral")
def _check_viral(jawaban) -> Verdict:
    answers = expect_dict(jawaban, "keputusan", '{1: ["tahan", "R2"], ...}')
    keys = numbered(answers, UNGGAHAN, "unggahan")
    missing = _VIRAL.missing_verdict(keys)
    if missing:
        return missing
    parsed = {}
    for n in UNGGAHAN:
        raw_decision, raw_reason = decision_pair(keys[n], n, "unggahan", '["tahan", "R2"]')
        decision, reason = raw_decision.strip().lower(), raw_reason.strip().upper()
        if decision not in KEPUTUSAN:
            raise InputError(
                f'keputusan "{raw_decision}" tidak dikenal.', 'Pilih "unggah", "tahan", atau "klarifikasi".'
            )
        if reason not in ALASAN:
            raise InputError(f'kode alasan "{raw_reason}" tidak dikenal.', "Pilih R1, R2, R3, atau R4.")
        parsed[n] = (decision, reason)
    return judge_decisions(
        parsed,
        _VIRAL,
        "Jalankan rutinitas verifikasi: siapa sumbernya, sudah dipastikan "
        "oleh yang berwenang, dan apakah ada korban atau anak di dalamnya?",
    )


@register("daftar_media")
def _check_media(jawaban) -> Verdict:
    if jawaban is None:
        from course.errors import EmptyInput

        raise EmptyInput("media_terpilih masih kosong (None).", "Saring dan urutkan tabel media, lalu simpan hasilnya.")
    if hasattr(jawaban, "columns"):
        if "nama" not in jawaban.columns:
            raise InputError('tabel jawaban tidak punya kolom "nama".', "Jangan membuang kolom nama saat menyaring.")
        names = [str(x) for x in jawaban["nama"].tolist()]
    elif isinstance(jawaban, (list, tuple)) and all(isinstance(x, str) for x in jawaban):
        names = [x.strip() for x in jawaban]
    else:
        raise InputError(
            f"media_terpilih harus berupa tabel (DataFrame), bukan {describe_value(jawaban)}.",
            "Simpan hasil penyaringan, misalnya media_terpilih = media[...].sort_values(...).",
        )
    expected = media_pilihan_harapan()
    if names == expected:
        return Verdict(True, f"{len(expected)} media lokal yang meliput kesehatan, jangkauan terbesar di atas.")
    if sorted(names) == sorted(expected):
        return Verdict(
            False,
            "medianya sudah tepat, tetapi urutannya belum.",
            'Urutkan dengan sort_values("jangkauan", ascending=False).',
        )
    extra = [n for n in names if n not in expected]
    if extra:
        return Verdict(
            False,
            f"ada {len(extra)} media yang tidak sesuai dengan kriteria.",
            'Saring dua syarat sekaligus: cakupan "lokal" dan rubrik "kesehatan".',
        )
    return Verdict(
        False,
        f"masih ada {len(expected) - len(names)} media yang terlewat.",
        'Periksa lagi syarat saringan Anda: cakupan "lokal" dan rubrik "kesehatan".',
    )

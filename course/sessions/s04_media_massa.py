"""Session 04 (Media Sosial dan Media Massa): data, helpers and exercise checks.

Every core answer is filled in (a dict of values, or a call of a helper the notebook shows):

* ``kej_kasus``: match six cases to the article of the Kode Etik Jurnalistik (Dewan Pers, 2006;
  paraphrased) they concern. Case F is accepted under Pasal 3 or Pasal 1: both ask for balance.
* ``keputusan_viral``: for four viral posts, decide "unggah", "tahan" or "klarifikasi" and give
  the reason code of ``ALASAN`` (a verification routine built on the verification rule of Dewan
  Pers's Pedoman Pemberitaan Media Siber, 2012). Every defensible pair is accepted.
* ``daftar_media``: the outlets of ``media_sintetis()`` (fictional outlets, "data sintetis") that fit a
  story, largest reach first: ``saring_media(media, cakupan=..., rubrik=...)`` or a list of names.
* ``lanjutan_media_pandas``: the optional advanced track (self-check only, no points): the same kind
  of list written with a pandas filter.

Keys are stored as salted hashes, so the answer is never in a notebook cell or readable here.
The cases, posts and outlets are fictional (there is no Kabupaten Sukamaju).
"""

from __future__ import annotations

import difflib
from typing import Any

from course.answer_keys import DecisionKeys, decision_pair, judge_decisions, numbered, salted
from course.checks import Verdict, missing_verdict, register
from course.errors import EmptyInput, InputError, describe_value, expect_dict, expect_text
from course.hints import in_words

__all__ = [
    "ALASAN",
    "ARTI_KEPUTUSAN",
    "KASUS",
    "KEPUTUSAN",
    "KOLOM_MEDIA",
    "MEDIA",
    "UNGGAHAN",
    "lihat_kasus",
    "lihat_unggahan",
    "media_sintetis",
    "saring_media",
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
# Every accepted article per case. F: Pasal 3 (test the information, balance) and Pasal 1 (accurate,
# balanced) both fit; Dewan Pers names them together for unbalanced, untested reporting.
_KUNCI_KEJ = {
    "A": ("013d5d3b261a705a",),
    "B": ("e2f852a355454ecf",),
    "C": ("3ccb4fd48dc7b90a",),
    "D": ("27f35fe0f3ccf113",),
    "E": ("04bfd750c06cb096",),
    "F": ("d648712b5615ee33", "9be3f1ca9f384eb6"),
}

KEPUTUSAN = ("unggah", "tahan", "klarifikasi")
ARTI_KEPUTUSAN = {
    "unggah": "bagikan informasi itu di akun resmi",
    "tahan": "jangan bagikan (dulu)",
    "klarifikasi": "unggah tanggapan resmi yang meluruskan atau menjelaskan, tanpa menyebarkan ulang isi yang "
    "keliru atau yang melanggar",
}
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
# Further defensible answers: post 2 clarified on the strength of the office's confirmation (R1);
# post 4 answered with an official response that leaves the video out (klarifikasi, R4).
_JUGA_DITERIMA_VIRAL = {2: ("59e3bf5f90ab498d",), 4: ("7300b55d22d3efb9",)}


_VIRAL = DecisionKeys(
    _GARAM, "viral", _KUNCI_VIRAL, tuple(ALASAN), "unggahan", "keempat unggahan", _JUGA_DITERIMA_VIRAL
)

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
_NAMA_MEDIA = {m[0].casefold(): m[0] for m in MEDIA}
# The exercise: a health-office release on immunisation for the residents of Sukamaju.
_SYARAT_LATIHAN = {"cakupan": "lokal", "rubrik": "kesehatan"}
# The optional advanced track: local outlets reaching at least this many people.
_JANGKAUAN_LANJUTAN = 20000


def lihat_kasus() -> None:
    """Print the six cases of Latihan 1."""
    for huruf, kasus in KASUS.items():
        print(f"{huruf}. {kasus}")


def lihat_unggahan() -> None:
    """Print the four viral posts, the three decisions and the reason codes of Latihan 2."""
    for nomor, teks in UNGGAHAN.items():
        print(f"{nomor}. {teks}")
    print("\nKeputusan:")
    for keputusan, arti in ARTI_KEPUTUSAN.items():
        print(f'  "{keputusan}": {arti}')
    print("\nKode alasan:")
    for kode, alasan in ALASAN.items():
        print(f"  {kode}: {alasan}")


def media_sintetis():
    """The media list (pandas DataFrame; data sintetis: fictional outlets)."""
    import pandas as pd

    return pd.DataFrame(MEDIA, columns=list(KOLOM_MEDIA))


def _choice(value: Any, column: str) -> str | None:
    """A value of ``column`` of the media list (any case), None when not given; ``InputError`` otherwise."""
    if value is None:
        return None
    options = sorted({str(m[KOLOM_MEDIA.index(column)]) for m in MEDIA})
    listed = ", ".join(f'"{o}"' for o in options)
    text = expect_text(value, column)
    if text.casefold() not in options:
        raise InputError(f'{column} "{text}" tidak ada di tabel media.', f"Pilih salah satu dari: {listed}.")
    return text.casefold()


def saring_media(media=None, cakupan=None, rubrik=None, jenis=None):
    """The outlets of ``media`` (the whole list when None) that match every criterion given, largest reach first.

    For example ``saring_media(media, jenis="radio")``; a criterion left out is not filtered on.
    """
    import pandas as pd

    table = media_sintetis() if media is None else media
    example = 'Tulis misalnya saring_media(media, jenis="radio"), dengan media = media_sintetis().'
    if not isinstance(table, pd.DataFrame):
        raise InputError(
            f"saring_media perlu tabel media sebagai isian pertama, bukan {describe_value(media)}.", example
        )
    missing = [c for c in KOLOM_MEDIA if c not in table.columns]
    if missing:
        raise InputError(
            f'tabel yang diberikan tidak punya kolom "{missing[0]}".', "Pakai tabel media yang utuh. " + example
        )
    wanted = {c: _choice(v, c) for c, v in (("cakupan", cakupan), ("rubrik", rubrik), ("jenis", jenis))}
    keep = pd.Series(True, index=table.index)
    for column, value in wanted.items():
        if value is not None:
            keep &= table[column].astype(str).str.casefold() == value
    return table[keep].sort_values("jangkauan", ascending=False).reset_index(drop=True)


def _expected(keep) -> list[str]:
    """The outlets of ``MEDIA`` for which ``keep(row)`` holds, largest reach first."""
    return [m[0] for m in sorted((m for m in MEDIA if keep(dict(zip(KOLOM_MEDIA, m)))), key=lambda m: -m[4])]


def _names(jawaban: Any, name: str) -> list[str]:
    """The outlet names of an answer: a table with a "nama" column, or a list of names from the table."""
    if jawaban is None:
        raise EmptyInput(
            f"{name} masih kosong (None).",
            'Isi dengan saring_media(media, cakupan="...", rubrik="...") atau dengan daftar nama media.',
        )
    if hasattr(jawaban, "columns"):
        if "nama" not in jawaban.columns:
            raise InputError('tabel jawaban tidak punya kolom "nama".', "Jangan membuang kolom nama saat menyaring.")
        raw = [str(x) for x in jawaban["nama"].tolist()]
    elif isinstance(jawaban, (list, tuple)) and jawaban and all(isinstance(x, str) for x in jawaban):
        raw = list(jawaban)
    else:
        raise InputError(
            f"{name} harus berupa tabel hasil saring_media atau daftar nama media, bukan {describe_value(jawaban)}.",
            'Tulis misalnya saring_media(media, cakupan="...", rubrik="..."), atau ["Nama Media 1", "Nama Media 2"].',
        )
    names = []
    for text in raw:
        key = " ".join(text.split()).casefold()
        if key not in _NAMA_MEDIA:
            close = difflib.get_close_matches(key, list(_NAMA_MEDIA), n=1, cutoff=0.6)
            hint = f'Maksudnya "{_NAMA_MEDIA[close[0]]}"?' if close else "Salin nama media persis dari tabel."
            raise InputError(f'media "{text}" tidak ada di tabel media.', hint)
        names.append(_NAMA_MEDIA[key])
    return names


def _judge_media(names: list[str], expected: list[str], criteria: str, done: str) -> Verdict:
    """Right outlets in the right order, or which part to look at again (the answer is never shown)."""
    if names == expected:
        return Verdict(True, done)
    extra = [n for n in names if n not in expected]
    if extra:
        return Verdict(
            False,
            f"{', '.join(extra)} tidak memenuhi syarat latihan ini.",
            f"Periksa lagi baris media itu di tabel: {criteria}",
        )
    if len(set(names)) < len(names):
        return Verdict(False, "ada media yang tertulis dua kali.", "Tulis setiap media satu kali saja.")
    if len(names) < len(expected):
        return Verdict(
            False,
            f"masih ada {in_words(len(expected) - len(names))} media yang memenuhi syarat tetapi belum tertulis.",
            f"Telusuri lagi setiap baris tabel: {criteria}",
        )
    return Verdict(
        False,
        "medianya sudah tepat, tetapi urutannya belum dari jangkauan terbesar.",
        "Urutkan menurut kolom jangkauan, yang terbesar paling atas: media itu yang Anda hubungi lebih dulu.",
    )


@register(
    "kej_kasus",
    where="tabel sebelas pasal di bagian 1: cari pasal yang menyebut pihak atau kewajiban yang ada di kasus itu",
    example='kasus "wartawan menerima amplop dari narasumber" menyangkut suap, jadi pasalnya 6: di kamus jawaban, '
    "angka 6 ditulis di samping huruf kasus itu.",
)
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
        if salted(_GARAM, f"kej:{k}", str(value)) not in _KUNCI_KEJ[k]:
            wrong.append(k)
    if not wrong:
        return Verdict(True, "Keenam kasus cocok dengan pasalnya.")
    listed = ", ".join(wrong[:-1]) + (" dan " if len(wrong) > 1 else "") + wrong[-1]
    return Verdict(
        False,
        f"kasus {listed} belum cocok dengan pasalnya.",
        "Baca lagi tabel sebelas pasal untuk kasus itu: siapa yang dilindungi (korban, sumber, pihak yang "
        "diberitakan) dan kewajiban apa yang dilanggar.",
    )


@register(
    "keputusan_viral",
    where="daftar periksa verifikasi di bagian 3 dan arti ketiga keputusan yang dicetak lihat_unggahan()",
    example='"Akun anonim menulis bahwa jalan kabupaten ditutup besok." Siapa sumbernya? Belum jelas, dan belum '
    "dipastikan dinas yang berwenang: jangan bagikan dulu, dengan kode alasan yang berbunyi tunggu verifikasi.",
)
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
        "Jalankan rutinitas verifikasi untuk unggahan itu: siapa sumbernya, sudah dipastikan "
        "oleh yang berwenang, dan apakah ada korban atau anak di dalamnya?",
    )


@register(
    "daftar_media",
    where='contoh saring_media(media, jenis="radio") di atas sel jawaban, serta kolom cakupan dan rubrik di tabel',
    example='untuk siaran pers lomba lari bagi warga Sukamaju: saring_media(media, cakupan="lokal", rubrik="olahraga").',
)
def _check_media(jawaban) -> Verdict:
    names = _names(jawaban, "media_terpilih")
    expected = _expected(lambda m: all(m[c] == v for c, v in _SYARAT_LATIHAN.items()))
    return _judge_media(
        names,
        expected,
        "apakah media itu menjangkau warga Sukamaju (cakupan), dan apakah rubriknya sesuai dengan topik imunisasi?",
        f"Tepat: {in_words(len(expected))} media lokal yang punya rubrik kesehatan, jangkauan terbesar di atas.",
    )


@register(
    "lanjutan_media_pandas",
    where="contoh media daring di awal jalur lanjutan",
    example='media nasional dengan jangkauan paling sedikit 100.000: media[(media["cakupan"] == "nasional") & '
    '(media["jangkauan"] >= 100000)].sort_values("jangkauan", ascending=False)',
)
def _check_media_pandas(jawaban) -> Verdict:
    names = _names(jawaban, "media_besar")
    expected = _expected(lambda m: m["cakupan"] == "lokal" and m["jangkauan"] >= _JANGKAUAN_LANJUTAN)
    return _judge_media(
        names,
        expected,
        'dua syarat sekaligus: (media["cakupan"] == "lokal") & (media["jangkauan"] >= 20000), '
        'lalu .sort_values("jangkauan", ascending=False).',
        f"Tepat: {in_words(len(expected))} media lokal dengan jangkauan paling sedikit 20.000, terbesar di atas.",
    )

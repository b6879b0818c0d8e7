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

The optional exercises (two-day path) work on the scenarios of ``course.engines.media_scenarios``:

* ``tindakan_komentar``: for six comments on a Pemkab post, the action ("balas publik", "pesan pribadi",
  "sembunyikan dan laporkan", "teruskan ke OPD") and its reason code;
* ``balasan_warga``: replies to comments 1, 2 and 5 (3 and 6 optional), each judged by
  ``course.engines.citizen_replies.periksa_balasan`` with the post's fact sheet;
* ``verifikasi_viral``: the findings of a verification of a viral post (source, year and place of the
  photo, the official source, the conclusion), accepted in any reasonable spelling;
* ``klarifikasi_hoaks``: a clarification post, judged by ``course.engines.clarification.periksa_klarifikasi``;
* ``citra_pasangan``: for four pairs of posts, the one that builds the image the kabupaten wants, with
  its reason code (then the hand-graded positioning statement ``citra_jawab``).

Keys are stored as salted hashes, so the answer is never in a notebook cell or readable here.
The cases, posts and outlets are fictional (there is no Kabupaten Sukamaju).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from course.answer_keys import DecisionKeys, decision_pair, judge_decisions, numbered, salted
from course.checks import Verdict, missing_verdict, register
from course.engines import media_scenarios as skenario
from course.engines.media_scenarios import (
    ALASAN,
    ALASAN_CITRA,
    ALASAN_KOMENTAR,
    ARTI_KEPUTUSAN,
    KASUS,
    KEPUTUSAN,
    KOLOM_MEDIA,
    KOMENTAR,
    MEDIA,
    PASANGAN_CITRA,
    TINDAKAN,
    UNGGAHAN,
    gambar_foto_viral,
    media_sintetis,
    saring_media,
)
from course.errors import InputError, describe_value, expect_dict, expect_text
from course.hints import in_words

__all__ = [
    "ALASAN",
    "ALASAN_CITRA",
    "ALASAN_KOMENTAR",
    "ARTI_KEPUTUSAN",
    "KASUS",
    "KEPUTUSAN",
    "KOLOM_MEDIA",
    "KOMENTAR",
    "MEDIA",
    "PASANGAN_CITRA",
    "TINDAKAN",
    "UNGGAHAN",
    "gambar_foto_viral",
    "lihat_kasus",
    "lihat_komentar",
    "lihat_pasangan_citra",
    "lihat_unggahan",
    "lihat_unggahan_viral",
    "media_sintetis",
    "saring_media",
    "uji_balasan",
    "uji_klarifikasi",
]

_GARAM = "bimtek-0405"

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

_KUNCI_VIRAL = {1: "6c1970827be8b494", 2: "15ae002807afb57a", 3: "ee732fe89aca8396", 4: "56d402e509009ade"}
# Further defensible answers: post 2 clarified on the strength of the office's confirmation (R1);
# post 4 answered with an official response that leaves the video out (klarifikasi, R4).
_JUGA_DITERIMA_VIRAL = {2: ("59e3bf5f90ab498d",), 4: ("7300b55d22d3efb9",)}


_VIRAL = DecisionKeys(
    _GARAM, "viral", _KUNCI_VIRAL, tuple(ALASAN), "unggahan", "keempat unggahan", _JUGA_DITERIMA_VIRAL
)
# The six comments (course.engines.media_scenarios): one defensible action each (the instructor notes say why).
_KOMENTAR = DecisionKeys(
    _GARAM,
    "komentar",
    {1: "a9c04fc29f1b4d43", 2: "2da5b321ba94e36b", 3: "21bf9938d54b6e50", 4: "87d5b2c79c30af81",
     5: "1fd25bba309743c1", 6: "9d13e3bfdaa7bf1c"},
    tuple(ALASAN_KOMENTAR),
    "komentar",
    "keenam komentar",
)  # fmt: skip
# The four pairs. Pair 3 (a crisis update) also gives usable information: that reason is defensible too.
_CITRA = DecisionKeys(
    _GARAM,
    "citra",
    {1: "e131948d928102c7", 2: "ae5cf30fa094c6b8", 3: "203feb4fa88eb966", 4: "ae32b2ffe54e0394"},
    tuple(ALASAN_CITRA),
    "pasangan",
    "keempat pasangan",
    {3: ("50c083daafb14bd1",)},
)
# The findings of the verification: salted skenario.phrases (letters and digits only, words joined) any of which the
# answer must contain; the conclusion is salted whole.
_KUNCI_TEMUAN = {
    "sumber_foto": ("9ed38177e8e5e8ea",),
    "tahun_foto": ("01333e0bc6bba756",),
    "tempat_foto": ("5c8737e7348828c8",),
    "data_resmi": ("da464d13615c88f2", "7a1074124b2ebd02"),
    "kesimpulan": ("62d87d74b64229fe",),
}

# The exercise: a health-office release on immunisation for the residents of Sukamaju.
_SYARAT_LATIHAN = {"cakupan": "lokal", "rubrik": "kesehatan"}
# The optional advanced track: local outlets reaching at least this many people.
_JANGKAUAN_LANJUTAN = 20000


def _decisions(jawaban: Any, name: str, exercise: DecisionKeys, choices: Iterable[str], example: str):
    """``{number: (decision, reason code)}`` of a "decision + reason code" answer, or the failing verdict naming
    the items not decided yet; ``InputError`` for a wrong shape, an unknown decision or an unknown code."""
    choices = tuple(choices)
    answers = expect_dict(jawaban, name, "{1: " + example + ", ...}")
    keys = numbered(answers, exercise.keys, exercise.noun)
    missing = exercise.missing_verdict(keys)
    if missing:
        return missing
    parsed = {}
    for n in exercise.keys:
        raw_decision, raw_reason = decision_pair(keys[n], n, exercise.noun, example)
        decision, reason = (
            skenario.named_option(raw_decision, choices),
            skenario.named_option(raw_reason, exercise.reasons),
        )
        if decision is None:
            raise InputError(
                f'keputusan "{raw_decision}" untuk {exercise.noun} {n} tidak dikenal.',
                f"Pilih {skenario.listed(choices)}.",
            )
        if reason is None:
            raise InputError(
                f'kode alasan "{raw_reason}" untuk {exercise.noun} {n} tidak dikenal.',
                f"Pilih {skenario.listed(exercise.reasons, quote=False)}.",
            )
        parsed[n] = (decision, reason)
    return parsed


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


def _expected(keep) -> list[str]:
    """The outlets of ``MEDIA`` for which ``keep(row)`` holds, largest reach first."""
    return [m[0] for m in sorted((m for m in MEDIA if keep(dict(zip(KOLOM_MEDIA, m)))), key=lambda m: -m[4])]


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
    parsed = _decisions(jawaban, "keputusan", _VIRAL, KEPUTUSAN, '["tahan", "R2"]')
    if isinstance(parsed, Verdict):
        return parsed
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
    names = skenario.media_names(jawaban, "media_terpilih")
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
    names = skenario.media_names(jawaban, "media_besar")
    expected = _expected(lambda m: m["cakupan"] == "lokal" and m["jangkauan"] >= _JANGKAUAN_LANJUTAN)
    return _judge_media(
        names,
        expected,
        'dua syarat sekaligus: (media["cakupan"] == "lokal") & (media["jangkauan"] >= 20000), '
        'lalu .sort_values("jangkauan", ascending=False).',
        f"Tepat: {in_words(len(expected))} media lokal dengan jangkauan paling sedikit 20.000, terbesar di atas.",
    )


# ---------------------------------------------------------------------------
# Optional exercises: answering citizens, clarifying a hoax, building the image (course.engines.media_scenarios)


def lihat_komentar() -> None:
    """Print the Pemkab post, its fact sheet, the six comments, the actions and the reason codes (Latihan 4, 5)."""
    print(skenario.comment_sheet())


def lihat_unggahan_viral() -> None:
    """Print the viral post, the verification material and the conclusions to choose from (Latihan 6)."""
    print(skenario.verification_sheet())


def lihat_pasangan_citra() -> None:
    """Print the image the kabupaten wants, the four pairs of posts and the reason codes (Latihan 8)."""
    print(skenario.pairs_sheet())


def _failed(report: Any) -> str:
    """The failing results of a checker's report, "1 dari 8 cek belum lolos. (1) Nama: pesan ...", or ""."""
    failed = [h for h in report.hasil if not h.ok]
    listed = " ".join(f"({n}) {h.nama}: {h.pesan}" for n, h in enumerate(failed, start=1))
    return f"{len(failed)} dari {len(report.hasil)} cek belum lolos. {listed}" if failed else ""


def _reply_report(komentar: Any, teks: Any) -> Any:
    """The report of ``periksa_balasan`` on the reply ``teks`` to a comment (its number in ``KOMENTAR``, or the
    comment's text), with the post's fact sheet."""
    from course.engines.citizen_replies import periksa_balasan

    if isinstance(komentar, int) and not isinstance(komentar, bool) and komentar in KOMENTAR:
        komentar, name = "{}: {}".format(*KOMENTAR[komentar]), f"balasan untuk komentar {komentar}"
    elif isinstance(komentar, str) and komentar.strip():
        name = "balasan"
    else:
        raise InputError(f"komentar {komentar!r} tidak ada.", f"Pakai nomor komentar 1 sampai {len(KOMENTAR)}.")
    return periksa_balasan(komentar, expect_text(teks, name), skenario.FAKTA_JALAN)


def _clarification_report(teks: Any) -> Any:
    from course.engines.clarification import periksa_klarifikasi

    return periksa_klarifikasi(expect_text(teks, "klarifikasi"), skenario.FAKTA_KLARIFIKASI)


def uji_balasan(komentar, teks) -> None:
    """Print every check of one reply to a comment (its number, or its text): the checks of Latihan 5."""
    print(_reply_report(komentar, teks).teks())


def uji_klarifikasi(teks) -> None:
    """Print every check of a clarification of the viral post (the checks of Latihan 7)."""
    print(_clarification_report(teks).teks())


@register(
    "tindakan_komentar",
    where="pilihan tindakan dan kode alasan yang dicetak lihat_komentar(), serta materi bagian 5",
    example='komentar "Min, jam buka Mal Pelayanan Publik hari Sabtu sampai pukul berapa?" dijawab di kolom '
    "komentar karena jawabannya ada di data resmi dan berguna bagi warga lain: balas publik, dengan kode alasan "
    "pertanyaan layanan.",
)
def _check_actions(jawaban) -> Verdict:
    parsed = _decisions(jawaban, "tindakan", _KOMENTAR, TINDAKAN, '["balas publik", "K1"]')
    if isinstance(parsed, Verdict):
        return parsed
    return judge_decisions(
        parsed,
        _KOMENTAR,
        "Tanyakan untuk komentar itu: apakah ini kritik yang perlu dijawab, pertanyaan, klaim keliru, data pribadi, "
        "atau pelanggaran aturan komunitas? Kritik yang keras tetap dijawab, bukan disembunyikan.",
    )


@register(
    "balasan_warga",
    where="contoh balasan di atas sel jawaban dan lembar fakta yang dicetak lihat_komentar()",
    example="uji_balasan(2, balasan[2]) menampilkan hasil setiap cek untuk satu balasan, lengkap dengan apa yang "
    "perlu ditambah atau dibuang.",
)
def _check_replies(jawaban) -> Verdict:
    answers = expect_dict(jawaban, "balasan", '{1: """Halo, ...""", 2: """...""", 5: """..."""}')
    keys = numbered(answers, KOMENTAR, "komentar")
    asked = "Tulis balasan untuk komentar " + skenario.listed(map(str, skenario.BALASAN_WAJIB), False, "dan")
    others = [str(n) for n in keys if n not in skenario.BALASAN_WAJIB + skenario.BALASAN_BOLEH]
    if others:
        raise InputError(
            f"komentar {', '.join(others)} tidak termasuk latihan ini.",
            f"{asked}; boleh juga {skenario.listed(map(str, skenario.BALASAN_BOLEH), False, 'dan')}.",
        )
    missing = missing_verdict(keys, skenario.BALASAN_WAJIB, "balasan untuk komentar", "belum ditulis", asked + ".")
    if missing:
        return missing
    problems = [(n, _failed(_reply_report(n, keys[n]))) for n in sorted(keys)]
    problems = [f"Balasan untuk komentar {n}: {listed}" for n, listed in problems if listed]
    if not problems:
        done = skenario.listed(map(str, sorted(keys)), False, "dan")
        return Verdict(True, f"Balasan untuk komentar {done} lolos setiap cek dan siap diunggah.")
    return Verdict(
        False,
        " ".join(problems),
        "Perbaiki balasan itu di sel jawaban, jalankan selnya, lalu jalankan sel ini lagi.",
    )


@register(
    "verifikasi_viral",
    where="ketiga bahan verifikasi yang dicetak lihat_unggahan_viral() dan langkah verifikasi di bagian 6",
    example="sebuah video banjir yang disebut terjadi hari ini ternyata dimuat kanal berita pada 2020 di kota "
    "lain: sumbernya kanal itu, tahunnya 2020, tempatnya kota itu, dan data resmi hari ini datang dari BPBD.",
)
def _check_findings(jawaban) -> Verdict:
    forms = skenario.finding_forms(expect_dict(jawaban, "temuan", '{"sumber_foto": "...", "tahun_foto": ..., ...}'))
    missing = missing_verdict(
        forms, skenario.FIELDS, "isian", "belum diisi", "Isi kelima temuan, lihat contoh di soal."
    )
    if missing:
        return missing
    keys = {f: {salted(_GARAM, f"temuan:{f}", p) for p in forms[f]} for f in skenario.FIELDS}
    wrong = [f for f in skenario.FIELDS if not keys[f] & set(_KUNCI_TEMUAN[f])]
    if not wrong:
        return Verdict(True, "Kelima temuan cocok dengan bahan verifikasi.")
    return Verdict(
        False,
        f"temuan {', '.join(f.replace('_', ' ') for f in wrong)} belum cocok dengan bahan verifikasi.",
        "Baca lagi " + skenario.PETUNJUK_TEMUAN[wrong[0]],
    )


@register(
    "klarifikasi_hoaks",
    where="contoh klarifikasi dan pola sandwich kebenaran di bagian 6",
    example="uji_klarifikasi(klarifikasi) menampilkan hasil setiap cek, lengkap dengan apa yang perlu ditambah "
    "atau dibuang.",
)
def _check_clarification(jawaban) -> Verdict:
    report = _clarification_report(jawaban)
    if report.semua_ok:
        return Verdict(True, "Klarifikasi lolos setiap cek: " + ", ".join(h.nama for h in report.hasil) + ".")
    return Verdict(
        False, _failed(report), "Perbaiki klarifikasi di sel jawaban, jalankan selnya, lalu jalankan sel ini lagi."
    )


@register(
    "citra_pasangan",
    where="citra yang ingin dibangun Pemkab Sukamaju dan kode alasan yang dicetak lihat_pasangan_citra()",
    example='"Bupati membuka pameran UMKM" dibanding "120 pelaku UMKM ikut pameran, transaksinya Rp300 juta; '
    'pendaftaran pameran berikutnya dibuka bulan depan": yang kedua menonjolkan manfaat bagi warga.',
)
def _check_pairs(jawaban) -> Verdict:
    parsed = _decisions(jawaban, "pilihan_citra", _CITRA, ("A", "B"), '["B", "C1"]')
    if isinstance(parsed, Verdict):
        return parsed
    return judge_decisions(
        parsed,
        _CITRA,
        "Bandingkan kedua unggahan dengan citra yang ingin dibangun: mana yang menunjukkan pelayanan, "
        "keterbukaan, atau kesigapan bagi warga, bukan sekadar kemeriahan atau pejabatnya?",
    )

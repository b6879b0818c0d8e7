"""An explainable checker for a spokesperson's spoken answer to a journalist's question (session 06).

``periksa_jawaban(pertanyaan, jawaban, pesan_kunci=None, fakta=None, sulit=False)`` returns a
``LaporanJawaban`` with one ``Hasil`` per check, in this order (``CEK_JAWABAN``):

* ``fakta``: the answer carries at least one concrete fact: a number (digits or a number word such as
  "tiga"), a date or a time (a weekday, a month, "pukul"), a named place, office or programme that neither
  the question nor the key message names ("Posko Pengaduan Pedagang", "Jalan Lingkar Timur", an acronym such
  as "DPRD"), or a phrase of the fact sheet ``fakta``;
* ``jembatan``: for a hard or hostile question (``sulit=True``, the caller's judgement: the exercise marks
  its hard questions) the answer acknowledges the question and bridges to the key message, the "ABC" of
  media training (acknowledge, bridge, communicate; Throughline Group 2015): a phrase of ``PENGAKUAN`` or
  ``JEMBATAN`` ("pertanyaan yang wajar", "yang perlu warga ketahui", "intinya", ...) and, when
  ``pesan_kunci`` is given, two of its content words (a name counts half). For a plain question (``sulit=False``)
  bridging is not asked for: the answer answers directly, its first sentence carrying a fact or a word of
  the question;
* ``mengelak``: "no comment", "tidak ada komentar" or "tanpa komentar" fail whatever follows (the words
  are heard as hiding something); a refusal such as "saya tidak bisa menjawab" passes only with a reason
  ("karena ...", "masih ...") and a time ("Jumat, 14 Juni", "pekan depan", "setelah ..."): say why you
  cannot comment and when you will (Media First);
* ``relevan``: the answer shares a content word with the question or the key message (a crude
  stemmer matches "pedagang" and "berdagang", "dipindahkan" and "pemindahan"; a name such as "Sukamaju"
  counts half, since every answer of Pemkab Sukamaju names it); media trainers advise
  repeating the question's words, since the clip is often broadcast without the question;
* ``panjang``: ``KATA_MIN``–``KATA_MAKS`` words, about half a minute spoken: the course's advice, since a
  newscast quotes a spokesperson for 7.3 seconds (18 words) on average and cuts a long answer
  (Phillips 2014);
* ``bahasa``: the EYD V findings of ``course.engines.spelling``; names in the question, the key message
  and the fact sheet are never corrected.

No Indonesian textbook source was found for bridging or "no comment": the course cites these as
media-training practice and says so. The phrase lists and patterns are in ``course.engines.answer_words``.
Precision first: an answer a professional spokesperson would give passes every check. ``LaporanJawaban.susulan`` names the dodge a journalist would follow up on
(``SUSULAN``: mengelak, relevan, fakta, panjang; the widget of session 06 asks the follow-up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from course.engines import spelling
from course.engines.answer_words import (
    AKHIRAN,
    AKRONIM,
    ALASAN,
    AWALAN,
    BUKAN_FAKTA_AKRONIM,
    BUKAN_ISI,
    FAKTA_POLA,
    JEMBATAN,
    KAPAN,
    MENOLAK,
    NAMA_TEMPAT,
    PENGAKUAN,
    TANPA_KOMENTAR,
)
from course.engines.release_parts import quoted, split_sentences, split_words
from course.engines.results import Report
from course.errors import InputError, describe_value, expect_text

CEK_JAWABAN = ("fakta", "jembatan", "mengelak", "relevan", "panjang", "bahasa")
NAMA_CEK = {
    "fakta": "Fakta konkret",
    "jembatan": "Jembatan ke pesan kunci",
    "mengelak": "Tidak mengelak",
    "relevan": "Menjawab pertanyaan",
    "panjang": "Panjang jawaban",
    "bahasa": "Ejaan (EYD V)",
}
NAMA_LANGSUNG = "Menjawab langsung"  # the name of ``jembatan`` for a plain question
# The dodges a journalist follows up on, the most serious first.
SUSULAN = ("mengelak", "relevan", "fakta", "panjang")
KATA_MIN, KATA_MAKS = 10, 90  # the course's advice for a spoken answer (about half a minute)

SUMBER_ABC = "ABC: acknowledge, bridge, communicate; Throughline Group 2015, praktik pelatihan media"
SUMBER_KOMENTAR = "Media First, praktik pelatihan media"
SUMBER_PANJANG = "saran kursus; kutipan narasumber di berita televisi rata-rata 18 kata, Phillips 2014"


# ---------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Hasil:
    """One check: its id, ok or not, the Indonesian message (``pesan``) and its display name (``nama``)."""

    id: str
    ok: bool
    pesan: str
    nama: str = ""

    def __post_init__(self) -> None:
        if not self.nama:
            object.__setattr__(self, "nama", NAMA_CEK[self.id])

    def as_dict(self) -> dict:
        return {"id": self.id, "ok": self.ok, "pesan": self.pesan}


@dataclass(frozen=True)
class LaporanJawaban(Report):
    """What the checker says about one answer: the six checks, in ``CEK_JAWABAN`` order."""

    hasil: tuple[Hasil, ...]
    pertanyaan: str = ""
    jawaban: str = ""
    sulit: bool = False
    jumlah_kata: int = 0

    @property
    def susulan(self) -> str | None:
        """The dodge a journalist follows up on (the first failing check of ``SUSULAN``), or None."""
        failed = set(self.gagal)
        return next((check for check in SUSULAN if check in failed), None)

    def as_dict(self) -> dict:
        return {
            "checks": [h.as_dict() for h in self.hasil],
            "sulit": self.sulit,
            "jumlah_kata": self.jumlah_kata,
            "lolos": len(self.lolos),
            "total": len(self.hasil),
        }

    def teks(self) -> str:
        lines = [f"Pemeriksaan jawaban: {len(self.lolos)} dari {len(self.hasil)} cek lolos."]
        lines += [f"{'✅' if h.ok else '❌'} {h.nama}: {h.pesan}" for h in self.hasil]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


# ---------------------------------------------------------------------------
# Words


def normalised(text: str) -> str:
    """``text`` casefolded, its punctuation made spaces, padded with a space each side."""
    return " " + " ".join(re.sub(r"[^\w-]+", " ", text.casefold()).split()) + " "


def _phrases_in(norm: str, phrases: Iterable[str]) -> list[str]:
    return [p for p in phrases if f" {p} " in norm]


def stems(word: str) -> frozenset[str]:
    """The forms a crude Indonesian stemmer gives ``word``: itself, without one suffix, without a prefix
    (meN-/peN- before a vowel may have dropped a p, t, s or k: "memindahkan", "menolak")."""
    low = word.casefold()
    forms = {low}
    for suffix in AKHIRAN:
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            forms.add(low[: -len(suffix)])
    for form in list(forms):
        for prefix in AWALAN:
            rest = form[len(prefix) :]
            if form.startswith(prefix) and len(rest) >= 4:
                forms.add(rest)
                if prefix in ("mem", "pem", "men", "pen", "meny", "peny", "meng", "peng") and rest[0] in "aeiou":
                    forms.update(c + rest for c in "ptsk")
                break
    return frozenset(forms)


def content_words(text: str) -> dict[str, frozenset[str]]:
    """The content words of ``text`` (at least four letters, not a function or question word) and their stems."""
    found = {}
    for word in split_words(text):
        low = word.casefold()
        if len(low) >= 4 and low not in BUKAN_ISI and not low.isdigit():
            found[low] = stems(low)
    return found


def shared_words(
    text: dict[str, frozenset[str]], other: dict[str, frozenset[str]], names: frozenset[str] = frozenset()
) -> list[str]:
    """The words of ``text`` that share a stem with a word of ``other``, common words before ``names``."""
    pool = frozenset().union(*other.values()) if other else frozenset()
    return sorted((word for word, forms in text.items() if forms & pool), key=lambda word: word in names)


def name_words(text: str) -> frozenset[str]:
    """The words (casefolded) that ``text`` capitalises inside a sentence: names of people, places and
    offices, and acronyms. A name shared with the question says less about the topic than a common word
    ("Sukamaju" is in every answer of Pemkab Sukamaju)."""
    found: set[str] = set()
    for sentence in split_sentences(text) or [text]:
        found.update(w.casefold() for w in split_words(sentence)[1:] if w[:1].isupper())
    return frozenset(found)


def overlap(words: list[str], names: frozenset[str]) -> float:
    """How much a list of shared words weighs: a common word 1, a name half."""
    return sum(0.5 if word in names else 1.0 for word in words)


def _listed(items: Iterable[str], limit: int = 3, text: str = "") -> str:
    """Up to ``limit`` items in quotes; casefolded words are shown as ``text`` writes them."""
    written: dict[str, str] = {}
    for word in split_words(text):  # as written, lower case where the text has it so (not "Pedagang")
        if word.casefold() not in written or word.islower():
            written[word.casefold()] = word
    shown = [f'"{written.get(i, i)}"' for i in items]
    return ", ".join(shown[:limit])


# ---------------------------------------------------------------------------
# The fact sheet


def fakta_dari(value: Any) -> tuple[str, ...]:
    """Fact-sheet phrases from text, a list of texts, or a dict whose values are texts or lists of texts."""
    if value is None:
        return ()
    items: list[Any]
    if isinstance(value, str):
        items = [value]
    elif isinstance(value, dict):
        items = []
        for item in value.values():
            items += item if isinstance(item, (list, tuple)) else [item]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise InputError(
            f"fakta harus berupa teks, daftar teks, atau kamus, bukan {describe_value(value)}.",
            'Contoh: fakta=["Senin, 17 Juni 2024", "Rp150.000 per bulan"].',
        )
    if not all(isinstance(i, str) and i.strip() for i in items):
        raise InputError(
            "setiap butir fakta harus berupa teks yang tidak kosong.",
            'Contoh: fakta=["Senin, 17 Juni 2024", "Posko Pengaduan Pedagang"].',
        )
    return tuple(i.strip() for i in items)


# ---------------------------------------------------------------------------
# The checks


def _trimmed(fact: str) -> str:
    """A number with the word after it, without that word when it is a verb or a function word
    ("2023 menyatakan" -> "2023"; "1.240 pedagang" stays)."""
    head, _, word = fact.rstrip().rpartition(" ")
    low = word.casefold()
    if head and (low in BUKAN_ISI or (len(low) >= 6 and low.startswith(("me", "di", "ber", "ter")))):
        return head.rstrip(",")
    return fact.rstrip()


def concrete_facts(answer: str, question: str, facts: tuple[str, ...] = (), key: str = "") -> list[str]:
    """The concrete facts of ``answer``: numbers, dates and times, fact-sheet phrases, and the named places,
    offices or programmes (and acronyms of offices) that neither the question nor the key message names:
    repeating the speaker's own office ("BPBD Sukamaju") adds nothing a journalist can quote."""
    found = [_trimmed(m.group(0)) for m in FAKTA_POLA.finditer(answer)]
    known = normalised(f"{question} {key}")
    for match in NAMA_TEMPAT.finditer(answer):
        if normalised(match.group(0)) not in known:
            found.append(match.group(0))
    found += [
        m.group(0)
        for m in AKRONIM.finditer(answer)
        if m.group(0) not in BUKAN_FAKTA_AKRONIM and f" {m.group(0).casefold()} " not in known
    ]
    norm = normalised(answer)
    found += [f for f in facts if normalised(f) in norm]
    return list(dict.fromkeys(found))


def _closest(facts: tuple[str, ...], question: str) -> str:
    """The fact of the sheet that shares the most words with ``question`` (the first on a tie)."""
    asked = content_words(question)
    return max(facts, key=lambda fact: len(shared_words(content_words(fact), asked)))


def _cek_fakta(answer: str, question: str, key: str | None, facts: tuple[str, ...]) -> Hasil:
    found = concrete_facts(answer, question, facts, key or "")
    if found:
        return Hasil("fakta", True, f"Ada fakta konkret: {_listed(found)}.")
    best = _closest(facts, question + " " + (key or "")) if facts else ""
    example = f" dari lembar fakta, misalnya {quoted(best, 90)}" if facts else ""
    return Hasil(
        "fakta",
        False,
        "Belum ada fakta konkret: tidak ada angka, tanggal, atau nama tempat, kantor, atau program yang belum "
        "disebut dalam pertanyaan atau pesan kunci. Wartawan mengutip fakta, bukan janji umum; tambahkan satu fakta"
        f"{example} (praktik pelatihan media).",
    )


def _cek_jembatan(answer: str, question: str, key: str | None, sulit: bool) -> Hasil:
    if not sulit:
        return _cek_langsung(answer, question)
    norm = normalised(answer)
    phrases = _phrases_in(norm, PENGAKUAN) + _phrases_in(norm, JEMBATAN)
    if not phrases:
        return Hasil(
            "jembatan",
            False,
            "Pertanyaan ini sulit, tetapi jawabannya belum mengakui pertanyaan lalu menjembatani ke pesan kunci "
            f'({SUMBER_ABC}). Awali dengan pengakuan, misalnya "Pertanyaan yang wajar." atau "Kami memahami '
            'keberatan itu.", lalu jembatani: "Yang perlu warga ketahui, …" dan sampaikan pesan kunci Anda.',
        )
    if key is None:
        return Hasil("jembatan", True, f"Ada pengakuan atau jembatan: {_listed(phrases)} ({SUMBER_ABC}).")
    key_words = content_words(key)
    shared = shared_words(content_words(answer), key_words, name_words(answer))
    needed = min(2.0, overlap(list(key_words), name_words(key)))
    if overlap(shared, name_words(answer)) >= needed:
        return Hasil(
            "jembatan",
            True,
            f"Ada jembatan ({_listed(phrases, 2)}) ke pesan kunci: kata {_listed(shared, 3, answer)} ({SUMBER_ABC}).",
        )
    found = (
        f"baru {len(shared)} kata yang sama ({_listed(shared, 3, answer)})" if shared else "belum ada kata yang sama"
    )
    return Hasil(
        "jembatan",
        False,
        f"Ada jembatan ({_listed(phrases, 2)}), tetapi pesan kunci {quoted(key, 80)} belum tersampaikan: {found}. "
        f"Sesudah jembatan, ucapkan pesan kunci itu dengan kata-katanya ({SUMBER_ABC}).",
    )


def _cek_langsung(answer: str, question: str) -> Hasil:
    first = (split_sentences(answer) or [answer])[0]
    shared = shared_words(content_words(first), content_words(question))
    refusal = MENOLAK.search(first) if ALASAN.search(first) else None  # "not yet, because ...": a direct answer
    carries = concrete_facts(first, question) or (shared if overlap(shared, name_words(answer)) >= 1 else [])
    carries = carries or ([refusal.group(0)] if refusal else [])
    if carries:
        return Hasil(
            "jembatan",
            True,
            f"Pertanyaan biasa dijawab langsung di kalimat pertama ({_listed(carries, 2, answer)}); jembatan hanya "
            "diperlukan untuk pertanyaan sulit.",
            NAMA_LANGSUNG,
        )
    return Hasil(
        "jembatan",
        False,
        f"Pertanyaan biasa sebaiknya dijawab langsung, tetapi kalimat pertama {quoted(first, 60)} belum memuat "
        "fakta atau kata kunci pertanyaan. Mulailah dengan jawabannya, lalu tambahkan konteks (praktik pelatihan "
        "media; jembatan disimpan untuk pertanyaan sulit).",
        NAMA_LANGSUNG,
    )


def _cek_mengelak(answer: str) -> Hasil:
    no_comment = TANPA_KOMENTAR.search(answer)
    if no_comment:
        return Hasil(
            "mengelak",
            False,
            f'Jawaban memakai "{no_comment.group(0)}": kata-kata itu terdengar seperti menyembunyikan sesuatu '
            f"({SUMBER_KOMENTAR}). Ganti dengan alasan Anda belum dapat menjawab dan kapan Anda akan menjelaskannya, "
            'misalnya "Angkanya masih diverifikasi; kami umumkan Jumat, 14 Juni 2024."',
        )
    refusal = MENOLAK.search(answer)
    if not refusal:
        return Hasil("mengelak", True, 'Tidak ada "tidak ada komentar" atau penolakan menjawab.')
    missing = [
        what
        for what, pattern in (("alasannya", ALASAN), ("kapan Anda akan menjelaskan", KAPAN))
        if not pattern.search(answer)
    ]
    if missing:
        return Hasil(
            "mengelak",
            False,
            f'Jawaban menolak menjawab ("{refusal.group(0)}") tanpa menyebut {" dan ".join(missing)} '
            f"({SUMBER_KOMENTAR}: katakan mengapa belum dapat berkomentar dan kapan akan berkomentar). Tambahkan, "
            'misalnya "karena datanya masih diverifikasi; kami sampaikan Jumat, 14 Juni 2024."',
        )
    return Hasil(
        "mengelak",
        True,
        f'Penolakan ("{refusal.group(0)}") disertai alasan dan waktu kapan akan dijelaskan ({SUMBER_KOMENTAR}).',
    )


def _cek_relevan(answer: str, question: str, key: str | None) -> Hasil:
    words, names = content_words(answer), name_words(answer)
    with_question = shared_words(words, content_words(question), names)
    with_key = shared_words(words, content_words(key), names) if key else []
    if overlap(with_question, names) >= 1:
        return Hasil("relevan", True, f"Jawaban memakai kata dari pertanyaan: {_listed(with_question, 3, answer)}.")
    if overlap(with_key, names) >= 1:
        return Hasil("relevan", True, f"Jawaban memakai kata dari pesan kunci: {_listed(with_key, 3, answer)}.")
    where = " atau pesan kuncinya" if key else ""
    only = list(dict.fromkeys(with_question + with_key))
    found = f"hanya nama {_listed(only, 3, answer)} yang sama" if only else "tidak ada kata isi yang sama"
    return Hasil(
        "relevan",
        False,
        f"Jawaban keluar dari topik: {found} dengan pertanyaan {quoted(question, 70)}{where}. Ulangi kata kunci "
        "pertanyaannya dalam jawaban, karena kutipan Anda sering disiarkan tanpa pertanyaannya (praktik pelatihan "
        "media).",
    )


def _cek_panjang(n: int) -> Hasil:
    bound = f"{KATA_MIN}–{KATA_MAKS} kata, kira-kira setengah menit bicara ({SUMBER_PANJANG})"
    if n < KATA_MIN:
        return Hasil(
            "panjang",
            False,
            f"Jawaban {n} kata, terlalu singkat untuk menjawab sekaligus memberi satu fakta; batasnya {bound}.",
        )
    if n > KATA_MAKS:
        return Hasil(
            "panjang",
            False,
            f"Jawaban {n} kata, terlalu panjang: wartawan akan memotongnya dan pesan kunci bisa hilang; batasnya "
            f"{bound}. Pangkas menjadi dua atau tiga kalimat.",
        )
    return Hasil("panjang", True, f"Jawaban {n} kata, dalam batas {bound}.")


def _cek_bahasa(answer: str, names: tuple[str, ...]) -> Hasil:
    findings = spelling.periksa_teks(answer, nama=names)
    if findings:
        shown = "; ".join(str(f) for f in findings[:3])
        more = f" (dan {len(findings) - 3} lainnya)" if len(findings) > 3 else ""
        return Hasil("bahasa", False, f"{len(findings)} temuan ejaan: {shown}{more}")
    return Hasil("bahasa", True, "Tidak ada temuan ejaan (EYD V).")


def periksa_jawaban(
    pertanyaan: object, jawaban: object, pesan_kunci: object = None, fakta: object = None, sulit: object = False
) -> LaporanJawaban:
    """Check a spoken answer to a journalist's question (see the module docstring for the six checks).

    ``pesan_kunci`` is the key message the answer should carry, ``fakta`` the fact sheet (text, list of
    texts or dict), and ``sulit=True`` marks a hard or hostile question, which asks for bridging.
    """
    question = expect_text(pertanyaan, "pertanyaan")
    answer = expect_text(jawaban, "jawaban")
    key = expect_text(pesan_kunci, "pesan kunci") if pesan_kunci is not None else None
    facts = fakta_dari(fakta)
    if not isinstance(sulit, bool):
        raise InputError(
            f"sulit harus bernilai True atau False, bukan {describe_value(sulit)}.",
            "Tulis sulit=True untuk pertanyaan sulit atau bernada menyerang, sulit=False untuk pertanyaan biasa.",
        )
    n = len(split_words(answer))
    results = (
        _cek_fakta(answer, question, key, facts),
        _cek_jembatan(answer, question, key, sulit),
        _cek_mengelak(answer),
        _cek_relevan(answer, question, key),
        _cek_panjang(n),
        _cek_bahasa(answer, (question, *((key,) if key else ()), *facts)),
    )
    return LaporanJawaban(results, question, answer, sulit, n)


check = periksa_jawaban

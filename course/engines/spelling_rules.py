"""The rules of the EYD V checker (``course.engines.spelling``) and the findings they yield.

Each ``rule_*`` function yields a ``Temuan`` for every match in the whole text; the checker
merges them. The rules and their EYD V sources are listed in ``course.engines.spelling``; the
word lists are in ``course.engines.spelling_words``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from course.engines.spelling_words import (
    AKRONIM,
    AKRONIM_NAMA,
    BAKU,
    BOLEH_KECIL,
    BUKAN_KATA_KERJA,
    BULAN,
    INISIAL,
    KATA_BILANGAN,
    KATA_KERJA,
    KATA_TUGAS,
    KATA_TUGAS_LAIN,
    SATU_KATA,
    SINGKATAN_BERTITIK,
    TEMPAT,
    TEMPAT_KECUALI,
)

# ---------------------------------------------------------------------------
# Findings

RULE_LABELS = {
    "kapital-judul": "Huruf kapital pada judul",
    "tanda-titik": "Tanda titik pada judul",
    "kata-baku": "Kata tidak baku",
    "kata-depan": "Kata depan di/ke",
    "awalan-di": "Awalan di-",
    "angka": "Penulisan angka",
    "singkatan": "Singkatan",
    "kapital": "Huruf kapital",
}


@dataclass(frozen=True)
class Temuan:
    """One finding: ``teks`` (as written, at ``awal:akhir``) should read ``saran``."""

    aturan: str
    teks: str
    saran: str
    pesan: str
    awal: int
    akhir: int

    @property
    def label(self) -> str:
        return RULE_LABELS.get(self.aturan, self.aturan)

    def __str__(self) -> str:
        return f'{self.label}: "{self.teks}" \u2192 "{self.saran}". {self.pesan}'


# ---------------------------------------------------------------------------
# Regular expressions

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’][A-Za-z]+)?(?:-[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")
_RP_RE = re.compile(r"(?<![\w])(Rp|rp|RP)(\.\s*|\s+)(\d[\d.,]*\d|\d)")
_PERSEN_RE = re.compile(r"(?<![\w.,])(\d[\d.,]*\d|\d)\s+%")
_KE_ANGKA_RE = re.compile(r"(?<![\w\-])([Kk]e)(\d+)(?![\w])")
_AN_RE = re.compile(r"(?<![\w.,])(\d{2,4})(an)(?![\w])")
_DLL_RE = re.compile(r"(?<![\w.])(dll|dsb|dst|dkk)(?![\w.])")
_NUMBER_START = re.compile(r"(\d[\d.,]*)(\s+)([a-z][\w\-]*)")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def _keep_case(original: str, replacement: str, title: bool) -> str:
    """``replacement`` written with the capitalisation of ``original``."""
    if replacement[:1].isupper():  # a name (November, Ramadan): always capitalised
        return replacement
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if original[:1].isupper():
        if title:
            return " ".join(part[:1].upper() + part[1:] for part in replacement.split(" "))
        return replacement[:1].upper() + replacement[1:]
    return replacement


_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_LOWER = re.compile(r"[a-zß-öø-ÿ]")


def _mostly_caps(text: str) -> bool:
    upper, lower = len(_UPPER.findall(text)), len(_LOWER.findall(text))
    return upper + lower >= 8 and upper / (upper + lower) > 0.6


# ---------------------------------------------------------------------------
# The rules; each yields findings for the whole text.


def rule_baku(text: str, words: list[re.Match], title: bool) -> Iterable[Temuan]:
    for i, m in enumerate(words):
        key = m.group(0).lower().replace("’", "'")
        start, end = m.start(), m.end()
        if key == "idul" and i + 1 < len(words) and text[end : words[i + 1].start()].isspace():
            nxt = words[i + 1].group(0).lower()
            if nxt in ("fitri", "adha"):
                key, end = f"idul {nxt}", words[i + 1].end()
        if key not in BAKU:
            continue
        written = text[start:end]
        baku = _keep_case(written, BAKU[key], title)
        yield Temuan("kata-baku", written, baku, f'Bentuk baku menurut KBBI adalah "{baku}".', start, end)


def rule_di_ke(text: str, words: list[re.Match], title: bool) -> Iterable[Temuan]:
    for i, m in enumerate(words):
        word = m.group(0)
        if word[:1] not in "dDkK" or word[1:2] not in "iIeE":
            continue
        low = word.lower()
        # Preposition joined to a place word: dikantor, disana, kemana; or to a name: diJakarta.
        for prep in ("di", "ke"):
            if low.startswith(prep) and len(low) > len(prep) and low not in TEMPAT_KECUALI:
                rest = word[len(prep) :]
                joined_name = rest[:1].isupper() and word[:2].islower() and not rest.isupper()
                if rest.lower() in TEMPAT or joined_name:
                    prefix = word[: len(prep)]
                    if title:  # in a title the place word is capitalised, the preposition is not
                        prefix = prefix.capitalize() if i == 0 else prefix.lower()
                        rest = rest[:1].upper() + rest[1:]
                    fixed = f"{prefix} {rest}"
                    yield Temuan(
                        "kata-depan",
                        word,
                        fixed,
                        f'"{prefix.lower()}" di sini kata depan, jadi ditulis terpisah dari kata berikutnya.',
                        m.start(),
                        m.end(),
                    )
        # Prefix di- written apart from its verb: "di laksanakan".
        if low == "di" and i + 1 < len(words):
            nxt = words[i + 1]
            between = text[m.end() : nxt.start()]
            stem = nxt.group(0)
            stem_low = stem.lower()
            guessed = (
                stem_low.endswith("kan")
                and len(stem_low) > 6
                and stem_low not in BUKAN_KATA_KERJA
                and "-" not in stem_low
                and not stem_low.startswith(("pe", "ke"))
                and stem[:1].islower()
            )
            listed = stem_low in KATA_KERJA and (stem[:1].islower() or (title and stem[1:].islower()))
            if between == " " and (listed or guessed):
                fixed = word + stem_low
                if title:
                    fixed = fixed.capitalize()
                yield Temuan(
                    "awalan-di",
                    text[m.start() : nxt.end()],
                    fixed,
                    '"di-" di sini awalan kata kerja, jadi ditulis serangkai dengan kata dasarnya.',
                    m.start(),
                    nxt.end(),
                )


def rule_numbers(text: str, title: bool, sentence_start: bool = True) -> Iterable[Temuan]:
    yield from _number_signs(text)
    if not title:
        yield from _numbers_in_sentences(text, sentence_start)


def _number_signs(text: str) -> Iterable[Temuan]:
    """``Rp 5.000``, ``5 %``, ``ke3``, ``2000an``: a sign or an affix written wrongly with its number."""
    for m in _RP_RE.finditer(text):
        yield Temuan(
            "angka",
            m.group(0),
            "Rp" + m.group(3),
            "Lambang Rp ditulis rapat dengan angkanya, tanpa titik dan spasi (misalnya Rp5.000).",
            m.start(),
            m.end(),
        )
    for m in _PERSEN_RE.finditer(text):
        yield Temuan(
            "angka",
            m.group(0),
            m.group(1) + "%",
            "Tanda % ditulis rapat dengan angkanya (misalnya 5%).",
            m.start(),
            m.end(),
        )
    for m in _KE_ANGKA_RE.finditer(text):
        yield Temuan(
            "angka",
            m.group(0),
            f"{m.group(1)}-{m.group(2)}",
            "Bilangan tingkat dengan angka ditulis dengan ke- dan tanda hubung (misalnya ke-3).",
            m.start(),
            m.end(),
        )
    for m in _AN_RE.finditer(text):
        yield Temuan(
            "angka",
            m.group(0),
            f"{m.group(1)}-an",
            "Angka dan akhiran -an dirangkai dengan tanda hubung (misalnya 2000-an).",
            m.start(),
            m.end(),
        )


def _numbers_in_sentences(text: str, sentence_start: bool) -> Iterable[Temuan]:
    """A number that opens a sentence (Angka rule 4); a one-word number written in figures (Angka rule 2)."""
    for index, (start, end) in enumerate(sentence_spans(text)):
        sentence = text[start:end]
        opening = _NUMBER_START.match(sentence)
        if opening and (sentence_start or index > 0):
            number = opening.group(1).rstrip(".,")
            if re.fullmatch(r"(19|20)\d\d", number):
                fix, how = f"Tahun {number}", 'misalnya awali dengan "Tahun"'
            else:
                fix, how = f"Sebanyak {number}", 'tulis dengan huruf atau awali dengan "Sebanyak"/"Sejumlah"'
            yield Temuan("angka", number, fix, f"Kalimat tidak diawali angka; {how}.", start, start + len(number))
        numbers = re.findall(r"(?<![\w.,/:-])\d[\d.,]*(?![\w])", sentence)
        if len(numbers) == 1:  # not an enumeration (Angka rule 2)
            for w in re.finditer(r"(?<![\w.,/:-])(\d+(?:\.000)?) ([a-z]+)(?![\w-])", sentence):
                if w.group(2) in KATA_BILANGAN and w.group(1) in SATU_KATA and w.start() > 0:
                    before = sentence[: w.start()].rstrip().split(" ")[-1].lower()
                    if before in {"nomor", "no.", "ke", "sesi", "soal", "pasal", "tahap", "rt", "rw"}:
                        continue
                    word = SATU_KATA[w.group(1)]
                    yield Temuan(
                        "angka",
                        w.group(0),
                        f"{word} {w.group(2)}",
                        "Bilangan yang dapat ditulis dengan satu kata ditulis dengan huruf.",
                        start + w.start(),
                        start + w.end(),
                    )


def sentence_spans(text: str) -> Iterable[tuple[int, int]]:
    """Spans of the sentences of ``text`` (a full stop after an abbreviation does not end one)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if text[m.start()] == "." and (
            last in SINGKATAN_BERTITIK or len(last) == 1 or re.fullmatch(r"[\d.,]+", last or "x")
        ):
            continue
        yield start, m.start() + 1
        start = m.end()
    if start < len(text):
        yield start, len(text)


def rule_abbreviations(text: str, words: list[re.Match]) -> Iterable[Temuan]:
    caps_block = None
    for i, m in enumerate(words):
        word = m.group(0)
        if len(word) > 11 or len(word) < 2:
            continue
        upper = word.upper()
        if upper not in INISIAL and upper not in AKRONIM:
            continue
        if caps_block is None:
            caps_block = _mostly_caps(text)
        if upper in INISIAL and word != upper:
            yield Temuan(
                "singkatan",
                word,
                upper,
                "Singkatan dari huruf awal tiap kata ditulis dengan huruf kapital semua.",
                m.start(),
                m.end(),
            )
        elif upper in AKRONIM and word != AKRONIM[upper]:
            if word == upper and not caps_block:
                yield Temuan(
                    "singkatan",
                    word,
                    AKRONIM[upper],
                    "Akronim nama diri dari suku kata ditulis dengan huruf awal kapital saja.",
                    m.start(),
                    m.end(),
                )
            elif word.islower() and word in AKRONIM_NAMA and i + 1 < len(words):
                nxt = words[i + 1]
                if text[m.end() : nxt.start()] == " " and nxt.group(0)[:1].isupper():
                    yield Temuan(
                        "singkatan",
                        word,
                        AKRONIM[upper],
                        "Akronim nama diri (diikuti nama daerahnya) ditulis dengan huruf awal kapital.",
                        m.start(),
                        m.end(),
                    )
    for m in _DLL_RE.finditer(text):
        yield Temuan(
            "singkatan",
            m.group(1),
            m.group(1) + ".",
            "Singkatan umum seperti dll., dsb., dan dst. diikuti tanda titik.",
            m.start(),
            m.end(),
        )


def rule_capitals(text: str, words: list[re.Match]) -> Iterable[Temuan]:
    for m in words:
        word = m.group(0)
        if not word[:1].islower():
            continue
        if word == "anda":
            yield Temuan(
                "kapital", word, "Anda", 'Kata "Anda" selalu ditulis dengan huruf awal kapital.', m.start(), m.end()
            )
        elif word in BULAN:
            yield Temuan(
                "kapital", word, word.capitalize(), "Nama bulan ditulis dengan huruf awal kapital.", m.start(), m.end()
            )


def _title_first_positions(text: str, words: list[re.Match]) -> set[int]:
    """Indexes of words that open the title or a subtitle (after a colon or a dash)."""
    first = {0} if words else set()
    for i in range(1, len(words)):
        between = text[words[i - 1].end() : words[i].start()]
        if ":" in between or "\u2014" in between or " - " in between or "\u2013 " in between or "|" in between:
            first.add(i)
    return first


_FIRST_WORD = "Kata pertama judul ditulis dengan huruf awal kapital."


def rule_title(text: str, words: list[re.Match]) -> Iterable[Temuan]:
    firsts = _title_first_positions(text, words)
    for i, m in enumerate(words):
        word = m.group(0)
        fix = _title_word_fix(word, i in firsts)
        if fix:
            yield Temuan("kapital-judul", word, fix[0], fix[1], m.start(), m.end())
    stripped = text.rstrip()
    if stripped.endswith(".") and not stripped.endswith("..."):
        last = stripped.split()[-1].lower().rstrip(".") if stripped.split() else ""
        if last not in SINGKATAN_BERTITIK:
            yield Temuan("tanda-titik", ".", "", "Judul tidak diakhiri tanda titik.", len(stripped) - 1, len(stripped))


def _title_word_fix(word: str, first: bool) -> tuple[str, str] | None:
    """The capitalisation ``word`` should have in a title and why, or None when it is right."""
    low = word.lower()
    if not word[:1].isalpha():
        return None
    letters = [c for c in word if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return None  # acronyms and words in capitals are left to other checks
    if low in KATA_TUGAS:
        if not first and word[:1].isupper():
            return low, "Dalam judul, kata tugas yang tidak berada di awal ditulis dengan huruf kecil."
        if first and word[:1].islower():
            return word[:1].upper() + word[1:], _FIRST_WORD
        return None
    if low in KATA_TUGAS_LAIN:
        return (word[:1].upper() + word[1:], _FIRST_WORD) if first and word[:1].islower() else None
    if low in BOLEH_KECIL or len(word) == 1 or any(c.isupper() for c in word[1:]) and word[:1].islower():
        return None
    parts = word.split("-")
    fixed = word
    if word[:1].islower():
        fixed = word[:1].upper() + word[1:]
    if len(parts) == 2 and parts[0].lower() == parts[1].lower() and parts[1][:1].islower():
        fixed = fixed.split("-")[0] + "-" + parts[1][:1].upper() + parts[1][1:]
    if fixed != word:
        return fixed, (
            "Dalam judul, setiap kata (termasuk kedua unsur kata ulang) diawali huruf kapital, kecuali kata tugas."
        )
    return None

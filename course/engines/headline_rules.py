"""The headline rules of the course: stated once here, applied to any written headline.

``ATURAN_JUDUL`` lists the rules (a headline rewritten from a fact sheet, or written for a release):
not a copy of the original, no clickbait marker (``course.engines.clickbait``), enough key facts,
length within bounds, no EYD V finding (``course.engines.spelling``). ``nilai_judul`` returns the
problems of a headline, each naming its rule by number and name; session 03 renders the table
into its notebook and its instructor doc, and ``course.sessions.shared.release_headline_verdict``
grades the headlines of the releases of sessions 05 and 07 with the same rules.

"Enough key facts" is how an editor reads a headline written from a fact sheet: it carries the
core of the news (what happened) and at least one more key fact (who, where, how many, for whom,
when), ``FAKTA_MIN`` in all. The institution is one key fact among others, never required: a
headline that starts from the citizens it serves passes too. ``fakta_kunci`` reads the key facts
of an exercise (one per row of its fact sheet, each with the ways of writing it), ``fakta_naskah``
those of a release's own text (its numbers and named places) and ``fakta_dalam`` those a headline
carries.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from course.engines import clickbait, spelling
from course.errors import expect_text

# ---------------------------------------------------------------------------
# The rules

KATA_MIN = clickbait.KATA_MIN
KARAKTER_MAKS = clickbait.PANJANG_MAKS
MIRIP_MAKS = 0.8  # similarity to the original headline above which a rewrite counts as a copy
FAKTA_MIN = 2  # key facts a headline carries at least, the core of the news among them
BILANGAN = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima"}  # small numbers as EYD V writes them in prose


@dataclass(frozen=True)
class AturanJudul:
    """One headline rule: ``kode`` (the first item of a problem), its short ``nama``, the ``teks`` participants
    read, the ``rincian`` of how the check applies it (instructor doc), and whether it is for rewrites only."""

    kode: str
    nama: str
    teks: str
    rincian: str
    tulis_ulang_saja: bool = False


ATURAN_JUDUL = (
    AturanJudul(
        "salinan",
        "salinan",
        "bukan salinan judul aslinya",
        "Sama persis, atau kemiripannya " + f"{MIRIP_MAKS}".replace(".", ",") + " atau lebih setelah huruf kecil "
        "dan tanda baca diabaikan (difflib).",
        True,
    ),
    AturanJudul(
        "clickbait",
        "umpan klik",
        "tidak ada satu pun penanda *clickbait* menurut pemeriksa judul, walaupun skor judulnya di bawah ambang",
        "Setiap alasan dari course.engines.clickbait menggagalkan, juga penanda yang skornya masih di bawah ambang "
        "0,5 (misalnya Simak); tanda tanya dan tanda seru termasuk penanda.",
    ),
    AturanJudul(
        "fakta",
        "fakta kunci",
        f"memuat paling sedikit {BILANGAN[FAKTA_MIN]} fakta kunci dari lembar fakta atau naskah siaran, salah satunya "
        "inti beritanya (apa yang terjadi); "
        "nama instansi adalah salah satu fakta kunci, bukan keharusan",
        "Fakta kunci = baris lembar fakta (cukup satu tulisan yang dikenali per baris, huruf besar-kecil dan tanda "
        "baca diabaikan); untuk siaran pers juga angka dan nama tempat yang tertulis di naskahnya.",
    ),
    AturanJudul(
        "panjang",
        "panjang",
        f"panjangnya paling sedikit {BILANGAN[KATA_MIN]} kata dan paling banyak {KARAKTER_MAKS} karakter",
        "Batas kursus: Google biasanya menampilkan 50–60 karakter pertama judul (Moz); Google tidak menetapkan batas.",
    ),
    AturanJudul(
        "ejaan",
        "ejaan",
        "tidak ada temuan ejaan (EYD V)",
        "Temuan course.engines.spelling untuk judul: huruf kapital, kata baku, kata depan, Rp dan persen, titik akhir.",
    ),
)
ATURAN = tuple(aturan.teks for aturan in ATURAN_JUDUL)
_NOMOR_ATURAN = {aturan.kode: (n, aturan.nama) for n, aturan in enumerate(ATURAN_JUDUL, start=1)}


def headline_problem(kode: str, message: str, hint: str) -> tuple[str, str, str]:
    """A problem of a headline under rule ``kode``: its message starts with the rule's number and name."""
    number, name = _NOMOR_ATURAN[kode]
    return kode, f"aturan {number} ({name}): {message}", hint


def normalise_text(text: str) -> str:
    """``text`` in lower case with punctuation removed and spaces collapsed (for comparing headlines)."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


# ---------------------------------------------------------------------------
# Key facts


def bentuk_cocok(teks: str) -> str:
    """``teks`` in the form key facts are looked up in: lower case, "4.200" as "4200", "Rp12" as "rp 12",
    punctuation as spaces, and one space before and after every word."""
    low = re.sub(r"(?<=\d)\.(?=\d{3}(?!\d))", "", teks.casefold())
    low = re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", " ", low)
    return " " + " ".join(re.sub(r"[^\w]+", " ", low).split()) + " "


@dataclass(frozen=True)
class FaktaKunci:
    """One key fact: its ``nama`` in messages, whether it is the core (``inti``) of the news, the ways of
    writing it (``varian``, any one) and, when given, words of which one must appear too (``juga``)."""

    nama: str
    inti: bool
    varian: tuple[str, ...]
    juga: tuple[str, ...] = ()

    def ada_di(self, cocok: str) -> bool:
        """True when a headline in the form of ``bentuk_cocok`` carries this fact."""
        found = any(f" {v} " in cocok for v in self.varian)
        return found and (not self.juga or any(f" {w} " in cocok for w in self.juga))


def fakta_kunci(baris: list[dict[str, Any]]) -> tuple[FaktaKunci, ...]:
    """The key facts of an exercise from its rows ``{"nama", "varian", "inti", "juga"?}``.

    In a list that marks no row ``inti`` (the older lists of sessions 05 and 07), every row except the
    actor's (a ``nama`` starting with "pelaku") is core."""
    marked = any("inti" in row for row in baris)
    return tuple(
        FaktaKunci(
            row["nama"],
            bool(row.get("inti")) if marked else not row["nama"].startswith("pelaku"),
            tuple(bentuk_cocok(v).strip() for v in row["varian"]),
            tuple(bentuk_cocok(v).strip() for v in row.get("juga", ())),
        )
        for row in baris
    )


_TEMPAT_NASKAH = re.compile(r"\b(?:Kabupaten|Kecamatan|Desa|Kelurahan|Kota)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def fakta_naskah(naskah: str) -> tuple[FaktaKunci, ...]:
    """Key facts read from a release's own text: its numbers (how many, when) and the places it names
    after Kabupaten, Kecamatan, Desa, Kelurahan or Kota."""
    numbers = tuple(dict.fromkeys(re.findall(r"\d+", bentuk_cocok(naskah))))
    places = tuple(dict.fromkeys(bentuk_cocok(m.group(1)).strip() for m in _TEMPAT_NASKAH.finditer(naskah)))
    facts = []
    if numbers:
        facts.append(FaktaKunci("angka dari naskah (Berapa atau Kapan)", False, numbers))
    if places:
        facts.append(FaktaKunci("tempat dari naskah (Di mana)", False, places))
    return tuple(facts)


def fakta_dalam(judul: str, fakta: tuple[FaktaKunci, ...]) -> list[str]:
    """The names of the key ``fakta`` that the headline ``judul`` carries, in their order."""
    cocok = bentuk_cocok(judul)
    return [f.nama for f in fakta if f.ada_di(cocok)]


# ---------------------------------------------------------------------------
# The problems of a headline, one function per rule


def _list_or(names: list[str], word: str = "atau") -> str:
    """Names joined as "a", "a atau b" or "a, b, atau c" (EYD V: a comma before the last of three or more)."""
    if len(names) < 3:
        return f" {word} ".join(names)
    return ", ".join(names[:-1]) + f", {word} {names[-1]}"


def _fact_problem(text: str, facts: tuple[FaktaKunci, ...]) -> tuple[str, str, str] | None:
    found = fakta_dalam(text, facts)
    core = [fact.nama for fact in facts if fact.inti and fact.nama not in found]
    if not core and len(found) >= FAKTA_MIN:
        return None
    others = [fact.nama for fact in facts if not fact.inti and fact.nama not in found][:3]
    more = f", misalnya {_list_or(others)}" if others else ""
    if core:
        listed = f"; yang sudah dimuat: {_list_or(found, 'dan')}" if found else ""
        return headline_problem(
            "fakta",
            f"judul ini belum menyebut inti beritanya, yaitu {_list_or(core, 'dan')}{listed}.",
            f"Sebut apa yang terjadi, lalu paling sedikit satu fakta kunci lain{more}.",
        )
    count = BILANGAN.get(len(found), str(len(found)))
    counted = (
        f"baru memuat {count} fakta kunci, yaitu {_list_or(found, 'dan')}" if found else "belum memuat fakta kunci"
    )
    return headline_problem(
        "fakta",
        f"judul ini {counted}.",
        f"Tambahkan satu fakta kunci lagi dari lembar fakta{more}; nama instansi boleh, tetapi tidak wajib.",
    )


def _copy_problem(norm: str, asli: str) -> tuple[str, str, str] | None:
    original = normalise_text(asli)
    if norm == original:
        return headline_problem(
            "salinan",
            "judul ini masih sama dengan judul aslinya.",
            "Tulis judul baru dari lembar fakta, jangan menyalin judul lama.",
        )
    if difflib.SequenceMatcher(None, norm, original).ratio() >= MIRIP_MAKS:
        return headline_problem(
            "salinan",
            "judul ini hampir sama dengan judul aslinya.",
            "Mulailah dari lembar fakta: apa yang terjadi, lalu fakta kunci lainnya.",
        )
    return None


def _bait_problem(text: str) -> tuple[str, str, str] | None:
    report = clickbait.periksa(text)
    if not report.alasan and not report.clickbait:
        return None
    names = "; ".join(a.teks.rstrip(".") for a in report.alasan) or "skornya di atas ambang"
    hint = report.alasan[0].saran if report.alasan else "Hapus kata pemancing dan tulis faktanya."
    return headline_problem("clickbait", f"pemeriksa judul masih menemukan ciri clickbait: {names}.", hint)


def _length_problem(text: str) -> tuple[str, str, str] | None:
    words = len(re.findall(r"\w+", text))
    if words < KATA_MIN:
        return headline_problem(
            "panjang",
            f"judul ini hanya {BILANGAN.get(words, words)} kata.",
            f"Tulis paling sedikit {BILANGAN[KATA_MIN]} kata: apa yang terjadi dan fakta kuncinya.",
        )
    if len(text) > KARAKTER_MAKS:
        return headline_problem(
            "panjang",
            f"judul ini {len(text)} karakter, lebih dari {KARAKTER_MAKS}.",
            "Pangkas kata yang tidak perlu; satu judul, satu gagasan.",
        )
    return None


def _spelling_problem(text: str, names: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    letters = [ch for ch in text if ch.isalpha()]
    if letters and len(re.findall(r"\w+", text)) >= KATA_MIN and all(ch.isupper() for ch in letters):
        return headline_problem(
            "ejaan",
            "judul ini ditulis dengan huruf kapital semua, seperti berteriak.",
            "Tulis huruf kapital di awal setiap kata saja (EYD V, Huruf Kapital butir 21); singkatan seperti "
            "MPP tetap kapital.",
        )
    findings = spelling.periksa_judul(text, nama=names)
    if not findings:
        return None
    return headline_problem(
        "ejaan",
        f"ada {len(findings)} temuan ejaan, misalnya {findings[0]}",
        f'Perbaiki ejaannya; usulan: "{spelling.perbaiki(text, judul=True, nama=names)}".',
    )


def nilai_judul(
    judul: object,
    fakta: list[dict[str, Any]],
    asli: str | None = None,
    nama: str = "judul",
    tambahan: tuple[FaktaKunci, ...] = (),
    nama_diri: frozenset[str] = frozenset(),
) -> list[tuple[str, str, str]]:
    """Problems of a written headline under ``ATURAN_JUDUL``: ``(rule, message, hint)`` tuples, empty when it passes.

    ``fakta`` are the exercise's key-fact rows (read by ``fakta_kunci``), ``tambahan`` more key facts (those
    of a release's own text, ``fakta_naskah``), ``asli`` the original headline of a rewrite, and ``nama`` the
    participant's variable, named in the message when the answer is unusable. ``nama_diri`` are proper
    names the story shows (``spelling.nama_diri``): the spelling rule never "corrects" them.
    """
    text = expect_text(judul, nama)
    found = [
        _copy_problem(normalise_text(text), asli) if asli is not None else None,
        _bait_problem(text),
        _fact_problem(text, fakta_kunci(fakta) + tuple(tambahan)),
        _length_problem(text),
        _spelling_problem(text, nama_diri),
    ]
    return [p for p in found if p]

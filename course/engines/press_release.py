"""An explainable checker for Indonesian press releases (siaran pers).

``periksa(teks, fakta=None, panjang_wajib=False)`` returns a ``LaporanSiaran`` with one ``Hasil`` per
check, in this order (``CEK``):

* ``judul``: a headline is present, is not clickbait and is EYD-clean (``course.engines.clickbait``
  and ``course.engines.spelling``, the session 03 checkers); names the story uses are not corrected;
* ``dateline``: the first paragraph opens with a city (and date) and a dash:
  "MARTAPURA –", "SUKAMAJU, 3 Maret 2025 –", "Sukamaju, Senin (3/3/2025) –", "Lubuk Basung (ANTARA) –";
* ``teras``: the lead carries the key 5W1H. With a fact sheet: which of who, what, when
  and where it contains. Without one: heuristics for a person or office, a date or day,
  and a place;
* ``kutipan``: at least one direct quote with attribution in the EYD form
  ``"…," ujar Nama Jabatan`` (Tanda Koma rules 7 and 8), or ``Kata Nama, "…."``. A short second
  reference ("…," ujar Rina.) counts when the text introduced the person earlier with full name (and
  position), as newsrooms write; with a fact sheet naming a ``narasumber``, a quote must be that person's;
* ``tentang``: an "about the agency" paragraph (boilerplate) headed "Tentang …";
* ``narahubung``: a contact block ("Narahubung", "Kontak media", …) with a name and a phone number or an
  e-mail address;
* ``penutup``: an end mark on its own line (``###``, ``-30-`` or ``-selesai-``) after the last story
  paragraph: right after the body (the course teaches this) or at the very end
  (``course.engines.release_parts.ANATOMY``, ``order_problems``);
* ``panjang``: the word count of the story (dateline paragraph to the last body paragraph) against
  the 300–500 norm: advice (``Hasil.saran``), not a failure, unless the exercise asks for that length
  (``panjang_wajib=True``);
* ``kalimat``: sentences over ``KALIMAT_MAKS`` words and paragraphs over
  ``PARAGRAF_MAKS`` words (this course's thresholds);
* ``bahasa``: the EYD V findings of ``course.engines.spelling`` in the story and the boilerplate;
  names of people, places and institutions (and those of the fact sheet) are never corrected;
* ``etika``: the Kode Etik Jurnalistik findings of ``course.engines.release_ethics`` (hearsay as fact, a
  child's or a victim's identity, demeaning words, an accusation without presumption of innocence).

``LaporanSiaran.catatan`` holds hints that do not fail a check: "berita, bukan seremoni" when the lead
opens with the ceremony instead of the news inside it, and the length advice.

Precision first: a well-formed release passes every check, whatever the house style. Sources: the
anatomy and end marks from PMKRI, *Panduan Penulisan Siaran Pers* (2020), Black & Sharpe (1988) and
Simon Fraser University's *Communicators' Toolkit*; the quote pattern from UNUGHA's rules for releases
and EYD V; 300–500 words from Black & Sharpe. "-selesai-" is local usage, accepted and never required.

The release is split into its parts by ``course.engines.release_parts`` (which also states the anatomy);
its lead and quotes are read by ``course.engines.release_features``.

A fact sheet (``--fakta FILE.json`` or a dict, read by ``release_features.fakta_dari``) maps ``siapa``, ``apa``,
``kapan``, ``di_mana`` (and optionally ``narasumber``) to a phrase or a list of accepted phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from course.engines import clickbait, release_ethics, spelling
from course.engines.release_features import (
    SEREMONI,
    UNSUR,
    Kutipan,
    fakta_dari,
    find_phrase,
    find_quotes,
    lead_elements,
    lead_of,
    normalised,
)
from course.engines.release_parts import (
    DATELINE,
    END_MARK_PLACEMENTS,
    KONTAK,
    Bagian,
    order_problems,
    quoted,
    split_release,
    split_sentences,
    split_words,
)
from course.engines.results import Report
from course.errors import expect_text

CEK = (
    "judul",
    "dateline",
    "teras",
    "kutipan",
    "tentang",
    "narahubung",
    "penutup",
    "panjang",
    "kalimat",
    "bahasa",
    "etika",
)
NAMA_CEK = {
    "judul": "Judul",
    "dateline": "Dateline",
    "teras": "Teras (5W1H)",
    "kutipan": "Kutipan langsung",
    "tentang": "Tentang instansi",
    "narahubung": "Narahubung",
    "penutup": "Tanda akhir",
    "panjang": "Panjang naskah",
    "kalimat": "Kalimat dan paragraf",
    "bahasa": "Ejaan (EYD V)",
    "etika": "Etika (Kode Etik Jurnalistik)",
}
NAMA_UNSUR = {"siapa": "siapa", "apa": "apa", "kapan": "kapan", "di_mana": "di mana", "narasumber": "narasumber"}
KATA_MIN, KATA_MAKS = 300, 500
KALIMAT_MAKS = 35  # words in one sentence (course threshold)
PARAGRAF_MAKS = 70  # words in one paragraph (course threshold)


# ---------------------------------------------------------------------------
# Patterns of the checks

_PHONE = re.compile(r"(?:\+62|\b0)\d{1,4}(?:[\s.-]?\d{2,5}){2,4}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


# ---------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Hasil:
    """One check: its id, ok or not, and the Indonesian message (``pesan``); ``saran`` marks a check that
    passes with advice (a length outside the norm when the exercise does not ask for it)."""

    id: str
    ok: bool
    pesan: str
    saran: bool = False

    @property
    def nama(self) -> str:
        return NAMA_CEK[self.id]

    def as_dict(self) -> dict:
        return {"id": self.id, "ok": self.ok, "pesan": self.pesan}


@dataclass(frozen=True)
class LaporanSiaran(Report):
    """What the checker says about one release: the eleven checks, in ``CEK`` order, plus hints."""

    hasil: tuple[Hasil, ...]
    catatan: tuple[str, ...] = ()
    jumlah_kata: int = 0
    unsur_teras: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "checks": [h.as_dict() for h in self.hasil],
            "catatan": list(self.catatan),
            "jumlah_kata": self.jumlah_kata,
            "lolos": len(self.lolos),
            "total": len(self.hasil),
        }

    def teks(self) -> str:
        lines = [f"Pemeriksaan siaran pers: {len(self.lolos)} dari {len(self.hasil)} cek lolos."]
        for h in self.hasil:
            lines.append(f"{'✔' if h.ok else '✘'} {h.nama}{' (saran)' if h.saran else ''}: {h.pesan}")
        advice = {h.pesan for h in self.hasil if h.saran}  # shown on its check's line already
        lines += [f"Catatan: {note}" for note in self.catatan if note not in advice]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


# ---------------------------------------------------------------------------
# The checks

# What each check says when its part of the release is missing altogether.
MISSING = {
    "judul": "Judul tidak ditemukan: tulis judul di baris tersendiri sebelum paragraf "
    "pertama (setelah label SIARAN PERS).",
    "tentang": 'Belum ada paragraf "Tentang [instansi]" (boilerplate): tulis dua atau tiga '
    "kalimat tentang instansi Anda di bawah naskah.",
    "narahubung": 'Belum ada narahubung: tulis "Narahubung:" diikuti nama, jabatan, dan nomor telepon atau surel.',
}


def _cek_judul(parts: Bagian, names: frozenset[str]) -> Hasil:
    if not parts.judul:
        return Hasil("judul", False, MISSING["judul"])
    report = clickbait.periksa(parts.judul)
    problems = []
    if report.clickbait or report.alasan:
        shown = "; ".join(a.teks.rstrip(".") for a in report.alasan) or "skornya di atas ambang"
        problems.append(f"masih ada ciri clickbait ({shown})")
    # A name the story shows to be one (a person named Ramadhan) is not corrected in the headline either.
    spelling_findings = [f for f in report.bahasa if not (f.aturan == "kata-baku" and f.teks in names)]
    if spelling_findings:
        problems.append("ejaan: " + "; ".join(str(f) for f in spelling_findings[:2]))
    if problems:
        return Hasil("judul", False, f"Judul {quoted(parts.judul)}: " + "; ".join(problems) + ".")
    return Hasil("judul", True, f"Judul {quoted(parts.judul)} lugas dan ejaannya rapi.")


def _cek_dateline(parts: Bagian) -> Hasil:
    if not parts.badan:
        return Hasil("dateline", False, "Paragraf pertama tidak ditemukan.")
    first = parts.badan[0]
    match = DATELINE.match(first)
    if match:
        return Hasil("dateline", True, f"Paragraf pertama dibuka dengan dateline {quoted(match.group(0).strip())}.")
    return Hasil(
        "dateline",
        False,
        f"Paragraf pertama {quoted(first, 40)} tidak dibuka dengan dateline; awali "
        'dengan nama kota (dan tanggal) lalu tanda pisah, misalnya "MARTAPURA –" '
        'atau "Martapura, 6 November 2023 –".',
    )


def _cek_teras(parts: Bagian, fakta: dict[str, list[str]] | None) -> tuple[Hasil, dict[str, str | None]]:
    lead = lead_of(parts)
    if not lead.strip():
        return Hasil("teras", False, "Teras (paragraf pertama) tidak ditemukan."), {}
    if fakta:
        wanted = [k for k in UNSUR if k in fakta]
        norm = normalised(lead)
        found = {k: find_phrase(norm, fakta[k]) for k in wanted}
        present = [k for k in wanted if found[k]]
        missing = [k for k in wanted if not found[k]]
        shown = ", ".join(f"{NAMA_UNSUR[k]} ({quoted(found[k] or '', 40)})" for k in present)
        if missing:
            need = ", ".join(f"{NAMA_UNSUR[k]} (misalnya {quoted(fakta[k][0], 40)})" for k in missing)
            head = f"Teras memuat {shown}, tetapi" if shown else "Teras"
            return Hasil("teras", False, f"{head} belum memuat unsur {need} dari lembar fakta."), found
        return Hasil("teras", True, f"Teras memuat unsur kunci dari lembar fakta: {shown}."), found
    found = lead_elements(lead)
    labels = {"siapa": "pelaku (orang atau instansi)", "kapan": "waktu (tanggal atau hari)", "di_mana": "tempat"}
    present = [k for k in found if found[k]]
    missing = [k for k in found if not found[k]]
    shown = ", ".join(f"{labels[k]} {quoted(found[k] or '', 50)}" for k in present) or "belum ada unsur yang dikenali"
    if missing:
        return Hasil("teras", False, f"Teras: {shown}; belum terlihat {', '.join(labels[k] for k in missing)}."), found
    return Hasil("teras", True, f"Teras memuat {shown}."), found


FULL_ATTRIBUTION = '"…," ujar Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari.'
SHORT_ATTRIBUTION = '"…," ujar Rina.'


def _quote_problem(quotes: list[Kutipan]) -> Hasil:
    """Why none of the attributed ``quotes`` counts: a missing comma, or a short name never introduced."""
    no_comma = next((q for q in quotes if not q.koma), None)
    if no_comma and no_comma.rujukan:
        return Hasil(
            "kutipan",
            False,
            f"Kutipan {quoted(no_comma.isi, 40)} belum memakai koma sebelum tanda petik "
            f'penutup (EYD V, Tanda Koma butir 7): tulis "…," {no_comma.verba} ….',
        )
    q = quotes[0]
    who = quoted(f"{q.verba} {q.siapa}".strip(), 40)
    return Hasil(
        "kutipan",
        False,
        f"Atribusi kutipan {quoted(q.isi, 40)} ({who}) belum menyebut nama lengkap dan jabatan narasumber, "
        "dan orangnya belum diperkenalkan sebelumnya. Pada penyebutan pertama tulis nama lengkap dan jabatan "
        f"({FULL_ATTRIBUTION}); sesudahnya cukup nama pendek ({SHORT_ATTRIBUTION}).",
    )


def _cek_kutipan(parts: Bagian, fakta: dict | None) -> Hasil:
    quotes = find_quotes(parts.badan)
    if not quotes:
        return Hasil(
            "kutipan",
            False,
            'Belum ada kutipan langsung; tambahkan paling sedikit satu, dengan pola "…," ujar Nama Jabatan.',
        )
    attributed = [q for q in quotes if q.verba]
    if not attributed:
        return Hasil(
            "kutipan",
            False,
            f"Kutipan {quoted(quotes[0].isi, 40)} belum diberi atribusi; sebutkan "
            'siapa yang berbicara: "…," ujar Nama Jabatan.',
        )
    good = [q for q in attributed if q.koma and q.rujukan]
    # A short name nobody introduced before ("…," ujar Rina.) is what an editor sends back, whatever else is right.
    unknown = [q for q in attributed if not q.rujukan and q.siapa[:1].isupper()]
    if not good or unknown:
        return _quote_problem(unknown or attributed)
    if fakta and "narasumber" in fakta:
        for q in good:
            if find_phrase(normalised(" ".join(q.rujukan)), fakta["narasumber"]):
                return Hasil(
                    "kutipan",
                    True,
                    f"Kutipan langsung dari narasumber lembar fakta: {quoted(q.isi, 40)} {q.verba} {q.siapa}.",
                )
        return Hasil(
            "kutipan",
            False,
            f"Kutipan {quoted(good[0].isi, 40)} diberikan kepada {quoted(good[0].rujukan[0], 40)}, "
            f"bukan narasumber di lembar fakta ({fakta['narasumber'][0]}).",
        )
    q = good[0]
    return Hasil(
        "kutipan",
        True,
        f"Ada {len(good)} kutipan langsung beratribusi, misalnya {quoted(q.isi, 40)} {q.verba} {q.siapa}.",
    )


def _cek_tentang(parts: Bagian) -> Hasil:
    if not parts.tentang:
        return Hasil("tentang", False, MISSING["tentang"])
    text = " ".join(parts.tentang)
    if len(split_words(text)) < 12:
        return Hasil(
            "tentang",
            False,
            f"Bagian {quoted(text, 40)} terlalu singkat; jelaskan instansi Anda dalam dua atau tiga kalimat.",
        )
    return Hasil("tentang", True, f"Ada paragraf tentang instansi: {quoted(text, 50)}.")


def _cek_narahubung(parts: Bagian) -> Hasil:
    if not parts.kontak:
        return Hasil("narahubung", False, MISSING["narahubung"])
    text = " ".join(parts.kontak)
    means = _PHONE.search(text) or _EMAIL.search(text)
    rest = KONTAK.sub("", text, count=1)
    named = [w for w in split_words(rest) if w[:1].isupper() and not w.isdigit()]
    if not means:
        return Hasil("narahubung", False, f"Narahubung {quoted(text, 50)} belum memuat nomor telepon atau surel.")
    if not named:
        return Hasil(
            "narahubung", False, f"Narahubung {quoted(text, 50)} belum menyebut nama orang yang dapat dihubungi."
        )
    return Hasil("narahubung", True, f"Narahubung lengkap: {quoted(text, 60)}.")


def _cek_penutup(parts: Bagian) -> Hasil:
    taught = END_MARK_PLACEMENTS["setelah_tubuh"]
    if not parts.penutup:
        return Hasil(
            "penutup", False, f"Belum ada tanda akhir; tulis ### (atau -30-, -selesai-) di baris tersendiri, {taught}."
        )
    misplaced = [message for part, message in order_problems(parts.urutan) if part == "penutup"]
    if misplaced:
        return Hasil(
            "penutup",
            False,
            f"Tanda akhir {quoted(parts.penutup[0])} ada di tengah naskah ({misplaced[0]}). Tanda akhir menutup "
            f"naskah: pindahkan ke bawah paragraf terakhir, {taught}.",
        )
    return Hasil("penutup", True, f"Tanda akhir {quoted(parts.penutup[0])} ditemukan setelah naskah.")


def _cek_panjang(parts: Bagian, wajib: bool) -> tuple[Hasil, int]:
    n = sum(len(split_words(p)) for p in parts.badan)
    norm = f"norma {KATA_MIN}–{KATA_MAKS} kata (Black & Sharpe)"
    if KATA_MIN <= n <= KATA_MAKS:
        return Hasil("panjang", True, f"Naskah {n} kata, dalam {norm}."), n
    if n < KATA_MIN:
        message = f"Naskah {n} kata, kurang dari {norm}; tambahkan fakta, data, atau kutipan pendukung."
    else:
        message = f"Naskah {n} kata, lebih dari {norm}; pangkas dari bagian paling bawah."
    if wajib:
        return Hasil("panjang", False, message), n
    return Hasil("panjang", True, message + " Ini saran, bukan syarat.", saran=True), n


def _cek_kalimat(parts: Bagian) -> Hasil:
    long_sentences, long_paragraphs = [], []
    for number, paragraph in enumerate(parts.badan, start=1):
        words = len(split_words(paragraph))
        if words > PARAGRAF_MAKS:
            long_paragraphs.append(f"paragraf {number} ({words} kata)")
        for sentence in split_sentences(paragraph):
            n = len(split_words(sentence))
            if n > KALIMAT_MAKS:
                long_sentences.append(f"{quoted(sentence, 40)} ({n} kata)")
    if not parts.badan:
        return Hasil("kalimat", False, "Naskah belum berisi paragraf.")
    problems = []
    if long_sentences:
        problems.append(f"kalimat lebih dari {KALIMAT_MAKS} kata: " + "; ".join(long_sentences[:3]))
    if long_paragraphs:
        problems.append(f"paragraf lebih dari {PARAGRAF_MAKS} kata: " + ", ".join(long_paragraphs[:3]))
    if problems:
        return Hasil(
            "kalimat",
            False,
            "Terlalu panjang, " + "; ".join(problems) + ". Pecah menjadi kalimat atau paragraf yang lebih pendek.",
        )
    return Hasil(
        "kalimat",
        True,
        f"Semua kalimat paling banyak {KALIMAT_MAKS} kata dan semua paragraf paling banyak {PARAGRAF_MAKS} kata.",
    )


def _cek_bahasa(parts: Bagian, names: tuple[str, ...]) -> Hasil:
    # One call over the whole text (paragraphs end with a full stop, so sentence starts are kept):
    # the per-call overhead of the checker is most of its cost on a release.
    findings = spelling.periksa_teks("\n\n".join(parts.badan + parts.tentang), nama=names)
    if findings:
        shown = "; ".join(str(f) for f in findings[:3])
        more = f" (dan {len(findings) - 3} lainnya)" if len(findings) > 3 else ""
        return Hasil("bahasa", False, f"{len(findings)} temuan ejaan: {shown}{more}")
    return Hasil("bahasa", True, "Tidak ada temuan ejaan (EYD V) di naskah dan paragraf tentang instansi.")


def _seremoni(parts: Bagian) -> str | None:
    lead = lead_of(parts)
    sentences = split_sentences(lead)
    first = normalised(sentences[0] if sentences else lead)
    head = " ".join(first.split()[:15])
    hits = [m for m in SEREMONI if f" {m} " in f" {head} "]
    if hits:
        return (
            f"Berita, bukan seremoni: kalimat pertama teras dibuka dengan acaranya ({', '.join(hits)}). "
            "Taruh beritanya di depan: apa yang berubah bagi warga, berapa, mulai kapan."
        )
    return None


def periksa(teks: object, fakta: object = None, panjang_wajib: bool = False) -> LaporanSiaran:
    """Check a release; ``fakta`` (dict or JSON text) is the fact sheet it was written from.

    ``panjang_wajib=True`` makes a length outside 300–500 words a failure (for an exercise that asks for
    that length); otherwise it is advice.
    """
    text = expect_text(teks, "siaran pers")
    sheet = fakta_dari(fakta) if fakta is not None else None
    parts = split_release(text)
    known = tuple(phrase for phrases in (sheet or {}).values() for phrase in phrases)
    story = "\n\n".join(parts.badan)
    teras, found = _cek_teras(parts, sheet)
    panjang, words = _cek_panjang(parts, panjang_wajib)
    results = (
        _cek_judul(
            parts, spelling.nama_diri(story, known) | {w for k in known for w in split_words(k) if w[:1].isupper()}
        ),
        _cek_dateline(parts),
        teras,
        _cek_kutipan(parts, sheet),
        _cek_tentang(parts),
        _cek_narahubung(parts),
        _cek_penutup(parts),
        panjang,
        _cek_kalimat(parts),
        _cek_bahasa(parts, known),
        Hasil("etika", *release_ethics.laporan(text, known)),
    )
    notes = [n for n in (_seremoni(parts), panjang.pesan if panjang.saran else None) if n]
    return LaporanSiaran(results, tuple(notes), words, found)


check = periksa


def judul_dari(teks: object) -> str | None:
    """The headline of a release, as the checker finds it (None when there is none)."""
    return split_release(expect_text(teks, "siaran pers")).judul

"""An explainable checker for Indonesian press releases (siaran pers).

``periksa(teks, fakta=None)`` returns a ``Laporan`` with one ``Hasil`` per check,
in this order (``CEK``):

* ``judul``: a headline is present, is not clickbait and is EYD-clean (``course.engines.clickbait``
  and ``course.engines.spelling``, the session 03 checkers);
* ``dateline``: the first paragraph opens with a city (and date) and a dash:
  "MARTAPURA –", "Martapura, 6 November 2023 –", "Lubuk Basung (ANTARA) –";
* ``teras``: the lead carries the key 5W1H. With a fact sheet: which of who, what, when
  and where it contains. Without one: heuristics for a person or office, a date or day,
  and a place;
* ``kutipan``: at least one direct quote with attribution in the EYD form
  ``"…," ujar Nama Jabatan`` (Tanda Koma rules 7 and 8); with a fact sheet naming a
  ``narasumber``, the quote must be attributed to that person;
* ``tentang``: an "about the agency" paragraph (boilerplate) headed "Tentang …";
* ``narahubung``: a contact block with a phone number or an e-mail address;
* ``penutup``: an end mark on its own line: ``###``, ``-30-`` or ``-selesai-``;
* ``panjang``: the word count of the story (dateline paragraph to the last body
  paragraph) against the 300–500 norm;
* ``kalimat``: sentences over ``KALIMAT_MAKS`` words and paragraphs over
  ``PARAGRAF_MAKS`` words (this course's thresholds);
* ``bahasa``: the EYD V findings of ``course.engines.spelling`` in the story and the boilerplate.

``Laporan.catatan`` holds hints that do not fail a check, chiefly "berita, bukan
seremoni" when the lead opens with the ceremony instead of the news inside it.

Precision first: a well-formed release passes every check. Sources (brief §2.4–2.6,
§3.5): the anatomy and end marks from the PMKRI guide, Black & Sharpe and the SFU
guide; the quote pattern from UNUGHA's humas rules; 300–500 words from Black & Sharpe.
"-selesai-" is local usage the brief could not verify, so it is accepted, never required.

A fact sheet (``--fakta FILE.json`` or a dict) maps ``siapa``, ``apa``, ``kapan``,
``di_mana`` (and optionally ``narasumber``) to a phrase or a list of accepted phrases.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from course.engines import spelling as bahasa
from course.engines import clickbait as headlines
from course.engines.files import baca_teks
from course.checks import Report
from course.errors import InputError, describe_value, expect_text

CEK = ("judul", "dateline", "teras", "kutipan", "tentang", "narahubung", "penutup", "panjang", "kalimat", "bahasa")
NAMA_CEK = {
    "judul": "Judul", "dateline": "Dateline", "teras": "Teras (5W1H)", "kutipan": "Kutipan langsung",
    "tentang": "Tentang instansi", "narahubung": "Narahubung", "penutup": "Tanda akhir",
    "panjang": "Panjang naskah", "kalimat": "Kalimat dan paragraf", "bahasa": "Ejaan (EYD V)",
}
UNSUR = ("siapa", "apa", "kapan", "di_mana")
NAMA_UNSUR = {"siapa": "siapa", "apa": "apa", "kapan": "kapan", "di_mana": "di mana", "narasumber": "narasumber"}
KATA_MIN, KATA_MAKS = 300, 500
KALIMAT_MAKS = 35   # words in one sentence (course threshold)
PARAGRAF_MAKS = 70  # words in one paragraph (course threshold)

# ---------------------------------------------------------------------------
# Patterns

_LABEL = re.compile(r"^\s*(siaran\s+pers|rilis\s+pers|press\s+release|untuk\s+disiarkan\b.*|"
                    r"untuk\s+segera\s+disiarkan.*|embargo\b.*|segera\s+disiarkan.*)\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*(#{3}|-\s*30\s*-|[-–—]\s*selesai\s*[-–—])\s*$", re.IGNORECASE)
_DASH = r"[–—-]{1,2}"
_CITY_WORD = r"[A-Z][A-Za-z'.]*"
_DATELINE = re.compile(
    rf"^(?P<kota>{_CITY_WORD}(?:\s+{_CITY_WORD}){{0,3}})(?:\s*\((?P<kantor>[A-Za-z]+)\))?"
    rf"(?:,\s*(?P<tanggal>(?:[A-Z][a-z]+\s*(?:\(\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\))?|\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}})))?"
    rf"\s+{_DASH}\s+")
_TENTANG = re.compile(r"^\s*tentang\s+\S", re.IGNORECASE)
_KONTAK = re.compile(r"^\s*(narahubung|kontak|contact\s+person|informasi\s+lebih\s+lanjut|keterangan\s+lebih\s+lanjut)\b",
                     re.IGNORECASE)
_PHONE = re.compile(r"(?:\+62|\b0)\d{1,4}(?:[\s.-]?\d{2,5}){2,4}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:[-'’.,][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z0-9])")

VERBA_ATRIBUSI = ("kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "terang", "tegas", "imbuh", "tambah", "sebut",
                  "ujarnya", "katanya", "tuturnya", "jelasnya", "ungkapnya", "tegasnya", "imbuhnya", "tambahnya")
_QUOTE = re.compile(r"[\"“](?P<isi>[^\"”\n]{8,}?)[\"”](?P<setelah>[^\"“\n]{0,120})")
_ATRIBUSI = re.compile(r"^\s*(?P<koma>,)?\s*(?P<verba>" + "|".join(VERBA_ATRIBUSI) + r")\b\s*(?P<siapa>[^\n]*)",
                       re.IGNORECASE)

HARI = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())
BULAN = frozenset("januari februari maret april mei juni juli agustus september oktober november desember".split())
WAKTU = frozenset("hari ini kemarin besok pekan pukul wib wita wit pagi siang sore malam".split())
_TANGGAL = re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{1,2}\s+(" + "|".join(BULAN) + r")\b", re.IGNORECASE)
TEMPAT = frozenset("kecamatan desa kelurahan kabupaten kota provinsi gedung aula pendopo balai kantor lapangan "
                   "pasar jalan jl puskesmas rsud sekolah alun-alun masjid taman pantai".split())
_DI_TEMPAT = re.compile(r"\b(?:di|ke)\s+(?:\d+\s+)?(?:[A-Z][\w-]*|" + "|".join(TEMPAT) + r")\b(?:\s+[A-Z][\w-]*)*")
JABATAN = frozenset("bupati wakil wabup sekda sekretaris kepala kadis camat lurah kades ketua direktur gubernur "
                    "wali menteri kapolres kapolda dandim kabag kasubag kabid plt pj asisten".split())
SEREMONI = ("dalam rangka", "bertempat di", "acara", "upacara", "seremoni", "seremonial", "sambutan", "dihadiri",
            "menghadiri", "kata sambutan", "secara resmi membuka", "membuka secara resmi", "apel", "rangkaian kegiatan",
            "kegiatan tersebut", "kunjungan kerja", "kunker", "silaturahmi", "ramah tamah", "pemotongan pita")


# ---------------------------------------------------------------------------
# Results

@dataclass(frozen=True)
class Hasil:
    """One check: its id, ok or not, and the Indonesian message (``pesan``)."""

    id: str
    ok: bool
    pesan: str

    @property
    def nama(self) -> str:
        return NAMA_CEK[self.id]

    def as_dict(self) -> dict:
        return {"id": self.id, "ok": self.ok, "pesan": self.pesan}


@dataclass(frozen=True)
class Laporan(Report):
    """What the checker says about one release: the ten checks, in ``CEK`` order, plus hints."""

    hasil: tuple[Hasil, ...]
    catatan: tuple[str, ...] = ()
    jumlah_kata: int = 0
    unsur_teras: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"checks": [h.as_dict() for h in self.hasil], "catatan": list(self.catatan),
                "jumlah_kata": self.jumlah_kata, "lolos": len(self.lolos), "total": len(self.hasil)}

    def teks(self) -> str:
        lines = [f"Pemeriksaan siaran pers: {len(self.lolos)} dari {len(self.hasil)} cek lolos."]
        for h in self.hasil:
            lines.append(f"{'✔' if h.ok else '✘'} {h.nama}: {h.pesan}")
        for note in self.catatan:
            lines.append(f"Catatan: {note}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


# ---------------------------------------------------------------------------
# Splitting a release into its parts

@dataclass
class _Bagian:
    label: list[str]
    judul: str | None
    badan: list[str]          # story paragraphs, dateline paragraph first
    tentang: list[str]        # the boilerplate block(s)
    kontak: list[str]         # the contact block(s)
    penutup: list[str]        # end-mark lines as written
    kop: list[str] = field(default_factory=list)  # letterhead blocks above the label


def _blocks(text: str) -> list[str]:
    return [" ".join(line.strip() for line in block.splitlines() if line.strip())
            for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")) if block.strip()]


def _split(text: str) -> _Bagian:
    parts = _Bagian([], None, [], [], [], [])
    # End marks and label lines may sit on a line of their own inside a block: take them out first.
    lines = []
    last_label = -1
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _END.match(line):
            parts.penutup.append(line.strip())
            lines.append("")
        elif _LABEL.match(line) and not parts.penutup:
            parts.label.append(line.strip())
            last_label = len(lines)
            lines.append("")
        else:
            lines.append(line)
    # Whatever stands above the last label line (SIARAN PERS, UNTUK DISIARKAN SEGERA) is the letterhead.
    parts.kop = _blocks("\n".join(lines[:last_label])) if last_label >= 0 else []
    section = "badan"
    for block in _blocks("\n".join(lines[last_label + 1:])):
        if _KONTAK.match(block):
            section = "kontak"
        elif _TENTANG.match(block):
            section = "tentang"
        if section == "kontak":
            parts.kontak.append(block)
        elif section == "tentang":
            parts.tentang.append(block)
        elif parts.judul is None and not parts.badan and not _DATELINE.match(block) and _looks_like_title(block):
            parts.judul = block
        else:
            parts.badan.append(block)
    return parts


def _looks_like_title(block: str) -> bool:
    """A headline: one short line of at most 25 words, not a run of sentences."""
    return len(block) <= 160 and len(_WORD.findall(block)) <= 25 and ". " not in block


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE.split(paragraph) if s and s.strip()]


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f"\"{text if len(text) <= limit else text[:limit - 1].rstrip() + '…'}\""


# ---------------------------------------------------------------------------
# The fact sheet

def fakta_dari(value: Any, sumber: str = "lembar fakta") -> dict[str, list[str]]:
    """A fact sheet as ``{unsur: [accepted phrases]}``; ``InputError`` when it is malformed."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise InputError(f"{sumber} bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}).",
                             "Periksa tanda kurung kurawal, tanda petik ganda, dan koma di antara butir.")
    if not isinstance(value, dict):
        raise InputError(f"{sumber} harus berupa objek JSON (kamus), bukan {describe_value(value)}.",
                         "Tulis misalnya {\"siapa\": \"Dinas Kesehatan Sukamaju\", \"apa\": \"...\"}.")
    known = set(UNSUR) | {"narasumber"}
    sheet: dict[str, list[str]] = {}
    for key, raw in value.items():
        name = str(key).strip().lower().replace(" ", "_")
        if name not in known:
            continue
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise InputError(f"isian \"{key}\" pada {sumber} harus berupa teks atau daftar teks yang tidak kosong.",
                             "Contoh: \"kapan\": [\"Senin, 3 Juni 2024\", \"3 Juni 2024\"].")
        sheet[name] = [i.strip() for i in items]
    if not any(k in sheet for k in UNSUR):
        listed = ", ".join(f"\"{k}\"" for k in UNSUR)
        raise InputError(f"{sumber} tidak memuat satu pun unsur berita ({listed}).",
                         "Tambahkan paling sedikit unsur siapa, apa, kapan, dan di_mana.")
    return sheet


def _norm(text: str) -> str:
    return " " + " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split()) + " "


def _has(text_norm: str, phrases: list[str]) -> str | None:
    for phrase in phrases:
        if _norm(phrase) in text_norm:
            return phrase
    return None


# ---------------------------------------------------------------------------
# The checks

def _cek_judul(parts: _Bagian) -> Hasil:
    if not parts.judul:
        return Hasil("judul", False, "Judul tidak ditemukan: tulis judul di baris tersendiri sebelum paragraf "
                                     "pertama (setelah label SIARAN PERS).")
    report = headlines.periksa(parts.judul)
    problems = []
    if report.clickbait or report.alasan:
        names = "; ".join(a.teks.rstrip(".") for a in report.alasan) or "skornya di atas ambang"
        problems.append(f"masih ada ciri clickbait ({names})")
    if report.bahasa:
        problems.append("ejaan: " + "; ".join(str(f) for f in report.bahasa[:2]))
    if problems:
        return Hasil("judul", False, f"Judul {_quote(parts.judul)}: " + "; ".join(problems) + ".")
    return Hasil("judul", True, f"Judul {_quote(parts.judul)} lugas dan ejaannya rapi.")


def _cek_dateline(parts: _Bagian) -> Hasil:
    if not parts.badan:
        return Hasil("dateline", False, "Paragraf pertama tidak ditemukan.")
    first = parts.badan[0]
    match = _DATELINE.match(first)
    if match:
        return Hasil("dateline", True, f"Paragraf pertama dibuka dengan dateline {_quote(match.group(0).strip())}.")
    return Hasil("dateline", False, f"Paragraf pertama {_quote(first, 40)} tidak dibuka dengan dateline; awali "
                                    "dengan nama kota (dan tanggal) lalu tanda pisah, misalnya \"MARTAPURA –\" "
                                    "atau \"Martapura, 6 November 2023 –\".")


def _teras(parts: _Bagian) -> str:
    if not parts.badan:
        return ""
    first = parts.badan[0]
    match = _DATELINE.match(first)
    return first[match.end():] if match else first


def _heuristik_teras(lead: str) -> dict[str, str | None]:
    words = _words(lead)
    low = [w.lower() for w in words]
    siapa = next((w for w in words if w.lower() in headlines.AKTOR or w.lower() in JABATAN), None)
    if siapa:  # show the whole name: the run of capitalised words from the actor word
        run = re.search(rf"\b{re.escape(siapa)}(?:\s+\(?[A-Z][\w.-]*\)?)*", lead)
        siapa = run.group(0) if run else siapa
    kapan = None
    date = _TANGGAL.search(lead)
    if date:
        kapan = date.group(0)
    else:
        kapan = next((w for w in words if w.lower() in HARI or w.lower() in BULAN), None)
    if kapan is None:
        kapan = next((w for w, l in zip(words, low) if l in ("kemarin", "besok", "pukul")), None)
    place = _DI_TEMPAT.search(lead)
    di_mana = place.group(0) if place else next((w for w in words if w.lower() in TEMPAT), None)
    return {"siapa": siapa, "kapan": kapan, "di_mana": di_mana}


def _cek_teras(parts: _Bagian, fakta: dict | None) -> tuple[Hasil, dict]:
    lead = _teras(parts)
    if not lead.strip():
        return Hasil("teras", False, "Teras (paragraf pertama) tidak ditemukan."), {}
    if fakta:
        wanted = [k for k in UNSUR if k in fakta]
        norm = _norm(lead)
        found = {k: _has(norm, fakta[k]) for k in wanted}
        present = [k for k in wanted if found[k]]
        missing = [k for k in wanted if not found[k]]
        shown = ", ".join(f"{NAMA_UNSUR[k]} ({_quote(found[k], 40)})" for k in present)
        if missing:
            need = ", ".join(f"{NAMA_UNSUR[k]} (misalnya {_quote(fakta[k][0], 40)})" for k in missing)
            head = f"Teras memuat {shown}, tetapi" if shown else "Teras"
            return Hasil("teras", False, f"{head} belum memuat unsur {need} dari lembar fakta."), found
        return Hasil("teras", True, f"Teras memuat unsur kunci dari lembar fakta: {shown}."), found
    found = _heuristik_teras(lead)
    labels = {"siapa": "pelaku (orang atau instansi)", "kapan": "waktu (tanggal atau hari)", "di_mana": "tempat"}
    present = [k for k in found if found[k]]
    missing = [k for k in found if not found[k]]
    shown = ", ".join(f"{labels[k]} {_quote(found[k], 50)}" for k in present) or "belum ada unsur yang dikenali"
    if missing:
        return Hasil("teras", False, f"Teras: {shown}; belum terlihat {', '.join(labels[k] for k in missing)}."), found
    return Hasil("teras", True, f"Teras memuat {shown}."), found


GELAR = frozenset("dr drs dra ir h hj prof st sh se mm mpd msi mkes skm amd kh ny tn sdr".split())


def _sampai_titik(text: str) -> str:
    """``text`` up to the full stop that ends its sentence (a title such as "dr." does not end it)."""
    for match in re.finditer(r"[.!?](?=\s|$)", text):
        before = re.findall(r"[A-Za-z]+$", text[:match.start()])
        if match.group(0) == "." and before and before[0].lower() in GELAR:
            continue
        return text[:match.start()].strip()
    return text.strip()


def _kutipan(paragraphs: list[str]) -> list[tuple[str, str | None, str, str]]:
    """Direct quotes: ``(quote, comma-or-None, verb, attribution)``; verb empty when none follows."""
    found = []
    for paragraph in paragraphs:
        for match in _QUOTE.finditer(paragraph):
            inner, after = match.group("isi"), match.group("setelah")
            attribution = _ATRIBUSI.match(after)
            closing = inner.rstrip()[-1:] if inner.rstrip() else ""
            if attribution:
                comma = "," if closing == "," or attribution.group("koma") else None
                if closing in "?!":
                    comma = closing
                found.append((inner, comma, attribution.group("verba"), _sampai_titik(attribution.group("siapa"))))
            else:
                found.append((inner, None, "", ""))
    return found


def _cek_kutipan(parts: _Bagian, fakta: dict | None) -> Hasil:
    quotes = _kutipan(parts.badan[1:] + parts.badan[:1])
    if not quotes:
        return Hasil("kutipan", False, "Belum ada kutipan langsung; tambahkan paling sedikit satu, dengan pola "
                                       "\"…,\" ujar Nama Jabatan.")
    attributed = [q for q in quotes if q[2]]
    if not attributed:
        return Hasil("kutipan", False, f"Kutipan {_quote(quotes[0][0], 40)} belum diberi atribusi; sebutkan "
                                       "siapa yang berbicara: \"…,\" ujar Nama Jabatan.")
    good = []
    for inner, comma, verb, who in attributed:
        caps = [w for w in _words(who) if w[:1].isupper()]
        if comma and len(caps) >= 2:
            good.append((inner, verb, who))
    if not good:
        inner, comma, verb, who = attributed[0]
        if not comma:
            return Hasil("kutipan", False, f"Kutipan {_quote(inner, 40)} belum memakai koma sebelum tanda petik "
                                           f"penutup (EYD V, Tanda Koma butir 7): tulis \"…,\" {verb} ….")
        return Hasil("kutipan", False, f"Atribusi kutipan {_quote(inner, 40)} ({_quote(verb + ' ' + who, 40)}) "
                                       "belum menyebut nama dan jabatan narasumber.")
    if fakta and "narasumber" in fakta:
        for inner, verb, who in good:
            if _has(_norm(who), fakta["narasumber"]):
                return Hasil("kutipan", True, f"Kutipan langsung dari narasumber lembar fakta: "
                                              f"{_quote(inner, 40)} {verb} {who}.")
        return Hasil("kutipan", False, f"Kutipan {_quote(good[0][0], 40)} diberikan kepada {_quote(good[0][2], 40)}, "
                                       f"bukan narasumber di lembar fakta ({fakta['narasumber'][0]}).")
    inner, verb, who = good[0]
    return Hasil("kutipan", True, f"Ada {len(good)} kutipan langsung beratribusi, misalnya {_quote(inner, 40)} "
                                  f"{verb} {who}.")


def _cek_tentang(parts: _Bagian) -> Hasil:
    if not parts.tentang:
        return Hasil("tentang", False, "Belum ada paragraf \"Tentang [instansi]\" (boilerplate): tulis dua atau tiga "
                                       "kalimat tentang instansi Anda di bawah naskah.")
    text = " ".join(parts.tentang)
    if len(_words(text)) < 12:
        return Hasil("tentang", False, f"Bagian {_quote(text, 40)} terlalu singkat; jelaskan instansi Anda dalam "
                                       "dua atau tiga kalimat.")
    return Hasil("tentang", True, f"Ada paragraf tentang instansi: {_quote(text, 50)}.")


def _cek_narahubung(parts: _Bagian) -> Hasil:
    if not parts.kontak:
        return Hasil("narahubung", False, "Belum ada narahubung: tulis \"Narahubung:\" diikuti nama, jabatan, dan "
                                          "nomor telepon atau surel.")
    text = " ".join(parts.kontak)
    means = _PHONE.search(text) or _EMAIL.search(text)
    rest = _KONTAK.sub("", text, count=1)
    named = [w for w in _words(rest) if w[:1].isupper() and not w.isdigit()]
    if not means:
        return Hasil("narahubung", False, f"Narahubung {_quote(text, 50)} belum memuat nomor telepon atau surel.")
    if not named:
        return Hasil("narahubung", False, f"Narahubung {_quote(text, 50)} belum menyebut nama orang yang dapat "
                                          "dihubungi.")
    return Hasil("narahubung", True, f"Narahubung lengkap: {_quote(text, 60)}.")


def _cek_penutup(parts: _Bagian) -> Hasil:
    if parts.penutup:
        return Hasil("penutup", True, f"Tanda akhir {_quote(parts.penutup[0])} ditemukan.")
    return Hasil("penutup", False, "Belum ada tanda akhir; tulis ### (atau -30-) di baris tersendiri setelah naskah.")


def _cek_panjang(parts: _Bagian) -> tuple[Hasil, int]:
    n = sum(len(_words(p)) for p in parts.badan)
    if n < KATA_MIN:
        return Hasil("panjang", False, f"Naskah {n} kata, kurang dari norma {KATA_MIN}–{KATA_MAKS} kata; tambahkan "
                                       "fakta, data, atau kutipan pendukung."), n
    if n > KATA_MAKS:
        return Hasil("panjang", False, f"Naskah {n} kata, lebih dari norma {KATA_MIN}–{KATA_MAKS} kata; pangkas "
                                       "dari bagian paling bawah."), n
    return Hasil("panjang", True, f"Naskah {n} kata, dalam norma {KATA_MIN}–{KATA_MAKS} kata."), n


def _cek_kalimat(parts: _Bagian) -> Hasil:
    long_sentences, long_paragraphs = [], []
    for number, paragraph in enumerate(parts.badan, start=1):
        words = len(_words(paragraph))
        if words > PARAGRAF_MAKS:
            long_paragraphs.append(f"paragraf {number} ({words} kata)")
        for sentence in _sentences(paragraph):
            n = len(_words(sentence))
            if n > KALIMAT_MAKS:
                long_sentences.append(f"{_quote(sentence, 40)} ({n} kata)")
    if not parts.badan:
        return Hasil("kalimat", False, "Naskah belum berisi paragraf.")
    problems = []
    if long_sentences:
        problems.append(f"kalimat lebih dari {KALIMAT_MAKS} kata: " + "; ".join(long_sentences[:3]))
    if long_paragraphs:
        problems.append(f"paragraf lebih dari {PARAGRAF_MAKS} kata: " + ", ".join(long_paragraphs[:3]))
    if problems:
        return Hasil("kalimat", False, "Terlalu panjang, " + "; ".join(problems) + ". Pecah menjadi kalimat atau "
                                                                                    "paragraf yang lebih pendek.")
    return Hasil("kalimat", True, f"Semua kalimat paling banyak {KALIMAT_MAKS} kata dan semua paragraf paling "
                                  f"banyak {PARAGRAF_MAKS} kata.")


def _cek_bahasa(parts: _Bagian) -> Hasil:
    # One call over the whole text (paragraphs end with a full stop, so sentence starts are kept):
    # the per-call overhead of the checker is most of its cost on a release.
    findings = bahasa.periksa_teks("\n\n".join(parts.badan + parts.tentang))
    if findings:
        shown = "; ".join(str(f) for f in findings[:3])
        more = f" (dan {len(findings) - 3} lainnya)" if len(findings) > 3 else ""
        return Hasil("bahasa", False, f"{len(findings)} temuan ejaan: {shown}{more}")
    return Hasil("bahasa", True, "Tidak ada temuan ejaan (EYD V) di naskah dan paragraf tentang instansi.")


def _seremoni(parts: _Bagian) -> str | None:
    lead = _teras(parts)
    sentences = _sentences(lead)
    first = _norm(sentences[0] if sentences else lead)
    head = " ".join(first.split()[:15])
    hits = [m for m in SEREMONI if f" {m} " in f" {head} "]
    if hits:
        return (f"Berita, bukan seremoni: kalimat pertama teras dibuka dengan acaranya ({', '.join(hits)}). "
                "Taruh beritanya di depan: apa yang berubah bagi warga, berapa, mulai kapan.")
    return None


def periksa(teks, fakta=None) -> Laporan:
    """Check a release; ``fakta`` (dict or JSON text) is the fact sheet it was written from."""
    text = expect_text(teks, "siaran pers")
    sheet = fakta_dari(fakta) if fakta is not None else None
    parts = _split(text)
    teras, found = _cek_teras(parts, sheet)
    panjang, words = _cek_panjang(parts)
    results = (_cek_judul(parts), _cek_dateline(parts), teras, _cek_kutipan(parts, sheet), _cek_tentang(parts),
               _cek_narahubung(parts), _cek_penutup(parts), panjang, _cek_kalimat(parts), _cek_bahasa(parts))
    notes = [n for n in (_seremoni(parts),) if n]
    return Laporan(results, tuple(notes), words, found)


check = periksa


def judul_dari(teks) -> str | None:
    """The headline of a release, as the checker finds it (None when there is none)."""
    return _split(expect_text(teks, "siaran pers")).judul


# ---------------------------------------------------------------------------
# ``bimtek siaran-pers``

def jalankan(berkas, fakta=None, as_json: bool = False, stdout=None) -> int:
    """The ``bimtek siaran-pers`` command: print the report (exit status 0); bad input raises ``InputError``."""
    stdout = stdout or sys.stdout
    text = baca_teks(berkas, "siaran pers", "Tulis siaran persnya di berkas itu (teks biasa, UTF-8).")
    sheet = None
    if fakta is not None:
        sheet = fakta_dari(baca_teks(fakta, "lembar fakta", "Isi lembar fakta dengan objek JSON."),
                           f"lembar fakta {fakta}")
    report = periksa(text, sheet)
    if as_json:
        stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(report.teks() + "\n")
    stdout.flush()
    return 0

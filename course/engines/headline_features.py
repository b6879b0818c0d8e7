"""The named features of the clickbait checker: one marker per function, read from a headline.

Each ``f_*`` function returns ``(value, evidence)``: how strongly the marker is present
(0, 1 or 2) and the words of the headline that show it, so every point of the score can
be traced to words. ``FITUR`` lists them with the reason and the fix shown to a writer;
the weights are in ``course/data/judul_bobot.json`` (``course.engines.clickbait.bobot``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from course.engines.headline_words import (
    AJAKAN,
    AJAKAN_FRASA,
    AKTOR,
    ANGKA_KATA,
    BUKAN_MU,
    DAFTAR,
    EMOSI,
    GAUL,
    HARI_BULAN,
    HIPERBOLA,
    INI_WAKTU,
    KATA_SERU,
    KATA_TANYA,
    KEJUTAN,
    KEJUTAN_FRASA,
    KERAS,
    KERJA_BERITA,
    PENASARAN,
    REAKSI,
    RINGAN,
    RUJUKAN_MAJU,
    RUJUKAN_MAJU_AWAL,
    SAPAAN,
    SATUAN,
    SERUAN_PEMBUKA,
    TOKOH_SAMAR,
    VISUAL,
)
from course.errors import expect_text

WORD_PATTERN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:['’][A-Za-z]+)?(?:-[A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")


@dataclass
class Judul:
    """A headline prepared once for all features."""

    teks: str
    kata: list[str]  # words as written
    kecil: list[str]  # words lower-cased
    frasa: str  # " w1 w2 ... " lower-cased, for phrase look-ups
    awal_klausa: frozenset[int]  # indexes of words that open the headline or a clause

    @classmethod
    def dari(cls, teks: str) -> Judul:
        matches = list(WORD_PATTERN.finditer(teks))
        kata = [m.group(0) for m in matches]
        kecil = [k.lower() for k in kata]
        starts = {0} if matches else set()
        for i in range(1, len(matches)):
            between = teks[matches[i - 1].end() : matches[i].start()]
            if any(ch in between for ch in ",:!?.;|\u2013\u2014") or " - " in between:
                starts.add(i)
        return cls(teks, kata, kecil, " " + " ".join(kecil) + " ", frozenset(starts))


def _words_in(j: Judul, lexicon: frozenset[str], start: int = 0) -> list[str]:
    return [j.kata[i] for i in range(start, len(j.kecil)) if j.kecil[i] in lexicon]


def _clause_starts(j: Judul) -> list[int]:
    """Indexes of the words that open the headline or a clause (after , : ! ? . or a dash)."""
    return sorted(j.awal_klausa)


def f_rujukan_maju_awal(j: Judul) -> tuple[int, list[str]]:
    if not j.kecil:
        return 0, []
    if j.kecil[0] in RUJUKAN_MAJU_AWAL or j.frasa.startswith(" ini dia "):
        return 1, [j.kata[0]]
    return 0, []


def f_rujukan_maju(j: Judul) -> tuple[int, list[str]]:
    hits = []
    for i in range(1, len(j.kecil)):
        w = j.kecil[i]
        if w in RUJUKAN_MAJU:
            hits.append(j.kata[i])
        elif w == "ini" and (i in j.awal_klausa or j.kecil[i - 1] not in INI_WAKTU):
            hits.append(j.kata[i] if i in j.awal_klausa else f"{j.kata[i - 1]} {j.kata[i]}")
    return min(len(hits), 2), hits


NYA_BUKAN = frozenset(
    "hanya punya bahwasanya satu-satunya sebelumnya selanjutnya lainnya akhirnya sebenarnya "
    "tanya ditanya bertanya menanya seharusnya sesungguhnya biasanya umumnya khususnya "
    "misalnya terutamanya salahnya".split()
)


def f_rujukan_nya(j: Judul) -> tuple[int, list[str]]:
    hits = [
        w
        for w, k in zip(j.kata, j.kecil)
        if k.endswith("nya") and len(k) > 5 and k not in NYA_BUKAN and k.replace("-", "").isalpha()
    ]
    return (1, hits[:2]) if hits else (0, [])


def f_kejutan(j: Judul) -> tuple[int, list[str]]:
    hits = [w for w in _words_in(j, KEJUTAN) if w.lower() not in RUJUKAN_MAJU_AWAL or j.kata.index(w) > 0]
    hits += [p.strip() for p in KEJUTAN_FRASA if f" {p} " in j.frasa]
    return min(len(hits), 2), hits


def f_pemancing_penasaran(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, PENASARAN)
    return min(len(hits), 2), hits


def f_tanda_tanya(j: Judul) -> tuple[int, list[str]]:
    return (1, ["?"]) if "?" in j.teks else (0, [])


def f_kata_tanya(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, KATA_TANYA)
    return (1, hits) if hits else (0, [])


def f_tanda_seru(j: Judul) -> tuple[int, list[str]]:
    n = j.teks.count("!")
    return min(n, 2), (["!" * n] if n else [])


def f_kata_seru(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, KATA_SERU)
    hits += [j.kata[i] for i in _clause_starts(j) if j.kecil[i] in SERUAN_PEMBUKA]
    return min(len(hits), 2), hits


def f_hiperbola(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, HIPERBOLA)
    if " luar biasa " in j.frasa:
        hits = [h for h in hits if h.lower() != "luar"] + ["luar biasa"]
    else:
        hits = [h for h in hits if h.lower() != "luar"]
    return min(len(hits), 2), hits


def f_emosi(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, EMOSI)
    return min(len(hits), 2), hits


def f_bahasa_gaul(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, GAUL)
    return min(len(hits), 2), hits


def f_ajakan(j: Judul) -> tuple[int, list[str]]:
    hits = [j.kata[i] for i in _clause_starts(j) if j.kecil[i] in AJAKAN]
    hits += [p for p in AJAKAN_FRASA if f" {p} " in j.frasa]
    return (1, hits) if hits else (0, [])


def f_sapaan_pembaca(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, SAPAAN)
    hits += [
        w for w, k in zip(j.kata, j.kecil) if len(k) > 4 and k.endswith("mu") and k not in BUKAN_MU and k.isalpha()
    ]
    return (1, hits) if hits else (0, [])


KAPITAL_SENSASI = frozenset(
    "sah wow omg hot breaking update terkini terbaru video foto wajib penting awas gawat "
    "kaget ngeri duh astaga geger gempar heboh viral live news buruan cek simak intip "
    "fakta rahasia terungkap ternyata".split()
)


def f_huruf_kapital(j: Judul) -> tuple[int, list[str]]:
    marked = KAPITAL_SENSASI | EMOSI | HIPERBOLA | KATA_SERU | SERUAN_PEMBUKA | KEJUTAN
    hits = [w for w, k in zip(j.kata, j.kecil) if len(w) >= 2 and w.isupper() and k in marked]
    return min(len(hits), 2), hits


def f_angka_daftar(j: Judul) -> tuple[int, list[str]]:
    if len(j.kecil) >= 2:
        first, second = j.kecil[0], j.kecil[1]
        is_number = first.isdigit() and 1 < int(first) <= 100 or first in ANGKA_KATA
        if is_number and (second in DAFTAR or "ini" in j.kecil[2:5]):
            return 1, [f"{j.kata[0]} {j.kata[1]}"]
    m = re.search(r"\b(No\.?|Nomor|Nomer)\s*\d+\b", j.teks, re.IGNORECASE)
    if m and not re.search(r"\b(UU|Perda|Perbup|Pergub|Permen\w*|Peraturan|Keputusan|Tahun)\b", j.teks):
        return 1, [m.group(0)]
    return 0, []


def f_elipsis(j: Judul) -> tuple[int, list[str]]:
    t = j.teks.rstrip()
    return (1, ["..."]) if t.endswith("..") or t.endswith("\u2026") else (0, [])


REAKSI_OBJEK = frozenset("pujian komentar kritik kritikan hujatan like dukungan doa ucapan simpati tawaran".split())


def f_reaksi_warganet(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, REAKSI)
    for i in range(len(j.kecil) - 1):
        if j.kecil[i] in ("banjir", "dibanjiri", "kebanjiran") and j.kecil[i + 1] in REAKSI_OBJEK:
            hits.append(f"{j.kata[i]} {j.kata[i + 1]}")
    for p in ("curi perhatian", "jadi sorotan", "jadi perbincangan", "bikin heboh"):
        if f" {p} " in j.frasa:
            hits.append(p)
    return min(len(hits), 2), hits


def f_berita_ringan(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, RINGAN)
    return min(len(hits), 2), hits


def f_visual(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, VISUAL)
    return (1, hits) if hits else (0, [])


def f_tokoh_samar(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, TOKOH_SAMAR)
    return (1, hits) if hits else (0, [])


def f_petik_tunggal(j: Judul) -> tuple[int, list[str]]:
    m = re.search(r"(?<!\w)'[^']{2,40}'(?!\w)", j.teks)
    return (1, [m.group(0)]) if m else (0, [])


def f_kutipan_langsung(j: Judul) -> tuple[int, list[str]]:
    m = re.search(r"[\"“][^\"”]{2,80}[\"”]", j.teks)
    return (1, [m.group(0)]) if m else (0, [])


def f_aktor_jelas(j: Judul) -> tuple[int, list[str]]:
    hits = [j.kata[i] for i in range(min(3, len(j.kecil))) if j.kecil[i] in AKTOR]
    return (1, hits[:1]) if hits else (0, [])


def f_kata_kerja_berita(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, KERJA_BERITA)
    return (1, hits[:1]) if hits else (0, [])


_NUMBERWORD_PATTERN = re.compile(r"(?<![\w.,])(\d[\d.,]*)\s+([A-Za-z]+)")


def f_angka_konkret(j: Judul) -> tuple[int, list[str]]:
    hits = re.findall(r"Rp\s?\d[\d.,]*|\d[\d.,]*\s?%|\d[\d.,]*\s?persen", j.teks)
    for m in _NUMBERWORD_PATTERN.finditer(j.teks):
        if m.group(2).lower() in SATUAN and m.start() > 0:
            hits.append(m.group(0))
    return (1, hits[:2]) if hits else (0, [])


_TEMPAT = re.compile(
    r"\b(?:[Dd]i|[Kk]e)\s+((?:Kabupaten|Kecamatan|Desa|Kelurahan|Kota|Provinsi|Jalan)\s+)?"
    r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def f_waktu_tempat(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, HARI_BULAN)
    for m in _TEMPAT.finditer(j.teks):
        hits.append(m.group(0))
    year = re.search(r"\b(19|20)\d\d\b", j.teks)
    if year:
        hits.append(year.group(0))
    return (1, hits[:2]) if hits else (0, [])


def f_topik_berita_keras(j: Judul) -> tuple[int, list[str]]:
    hits = _words_in(j, KERAS)
    for i, k in enumerate(j.kecil):
        if k == "banjir" and not (i + 1 < len(j.kecil) and j.kecil[i + 1] in REAKSI_OBJEK):
            hits.append(j.kata[i])
    return min(len(hits), 2), hits


def f_judul_panjang(j: Judul) -> tuple[int, list[str]]:
    n = len(j.kata)
    return (1, [f"{n} kata"]) if n >= 14 else (0, [])


@dataclass(frozen=True)
class Fitur:
    """A named, readable feature: what it looks for and what to tell the writer."""

    nama: str
    jenis: str  # "penanda" (clickbait marker), "penyeimbang" (normal headline), "gaya" (context)
    alasan: str  # the reason, in Indonesian; {bukti} is replaced by the words found
    saran: str  # how to fix it
    hitung: Callable[[Judul], tuple[int, list[str]]] = field(repr=False, compare=False)


FITUR: tuple[Fitur, ...] = (
    Fitur(
        "rujukan_maju_awal",
        "penanda",
        "Dibuka dengan kata penunjuk yang menahan informasi ({bukti}): pembaca dipancing mengeklik untuk tahu isinya.",
        "Ganti kata penunjuk itu dengan faktanya: siapa melakukan apa.",
        f_rujukan_maju_awal,
    ),
    Fitur(
        "rujukan_maju",
        "penanda",
        "Menunjuk ke sesuatu yang tidak disebut ({bukti}).",
        "Sebut langsung hal yang ditunjuk, misalnya nama program atau angkanya.",
        f_rujukan_maju,
    ),
    Fitur(
        "rujukan_nya",
        "penanda",
        'Memakai "-nya" yang merujuk pada sesuatu yang belum jelas ({bukti}).',
        "Sebut langsung siapa atau apa yang dimaksud.",
        f_rujukan_nya,
    ),
    Fitur(
        "kejutan",
        "penanda",
        "Memancing rasa kaget tanpa menyebut isinya ({bukti}).",
        "Hapus kata pemancing kejutan; biarkan faktanya yang berbicara.",
        f_kejutan,
    ),
    Fitur(
        "pemancing_penasaran",
        "penanda",
        "Menjanjikan isi yang disembunyikan ({bukti}).",
        'Tulis isinya di judul, bukan janji tentang isinya (misalnya sebut alasannya, bukan "ini alasannya").',
        f_pemancing_penasaran,
    ),
    Fitur(
        "tanda_tanya",
        "penanda",
        "Berupa pertanyaan ({bukti}) yang jawabannya ditahan.",
        "Jadikan kalimat pernyataan yang memuat jawabannya.",
        f_tanda_tanya,
    ),
    Fitur(
        "kata_tanya",
        "penanda",
        "Memakai kata tanya ({bukti}) sebagai umpan.",
        "Jawab pertanyaannya di judul.",
        f_kata_tanya,
    ),
    Fitur(
        "tanda_seru",
        "penanda",
        "Memakai tanda seru ({bukti}) untuk menarik perhatian.",
        "Hapus tanda seru; judul berita cukup dengan fakta.",
        f_tanda_seru,
    ),
    Fitur(
        "kata_seru",
        "penanda",
        "Memakai seruan atau kata sensasi ({bukti}).",
        'Hapus seruan seperti "Heboh" atau "Viral".',
        f_kata_seru,
    ),
    Fitur(
        "hiperbola",
        "penanda",
        "Melebih-lebihkan ({bukti}).",
        "Ganti kata berlebihan dengan angka atau fakta yang dapat diperiksa.",
        f_hiperbola,
    ),
    Fitur(
        "emosi",
        "penanda",
        "Memainkan emosi pembaca ({bukti}).",
        "Hapus kata emosi; sampaikan peristiwanya apa adanya.",
        f_emosi,
    ),
    Fitur(
        "bahasa_gaul",
        "penanda",
        "Memakai ragam tidak resmi ({bukti}).",
        'Pakai ragam baku, misalnya "membuat" untuk "bikin" dan "tidak" untuk "nggak".',
        f_bahasa_gaul,
    ),
    Fitur(
        "ajakan",
        "penanda",
        "Menyuruh pembaca mengeklik ({bukti}).",
        'Hapus kata perintah seperti "Simak" atau "Cek"; mulailah dengan pelakunya.',
        f_ajakan,
    ),
    Fitur(
        "sapaan_pembaca",
        "penanda",
        "Menyapa pembaca secara langsung ({bukti}).",
        "Judul berita menyebut pelaku dan peristiwa, bukan menyapa pembaca.",
        f_sapaan_pembaca,
    ),
    Fitur(
        "huruf_kapital",
        "penanda",
        "Kata sensasi ditulis kapital semua ({bukti}), seperti berteriak.",
        "Tulis dengan huruf kapital di awal kata saja.",
        f_huruf_kapital,
    ),
    Fitur(
        "angka_daftar",
        "penanda",
        "Berbentuk daftar berangka ({bukti}) yang isinya ditahan.",
        "Sebut isi terpenting daftar itu, bukan jumlah butirnya.",
        f_angka_daftar,
    ),
    Fitur(
        "elipsis", "penanda", "Kalimatnya sengaja dibiarkan menggantung ({bukti}).", "Selesaikan kalimatnya.", f_elipsis
    ),
    Fitur(
        "reaksi_warganet",
        "penanda",
        "Menonjolkan reaksi orang, bukan peristiwanya ({bukti}).",
        "Tulis apa yang terjadi, bukan bagaimana warganet bereaksi.",
        f_reaksi_warganet,
    ),
    Fitur(
        "visual",
        "penanda",
        "Mengandalkan gambar atau video ({bukti}) sebagai umpan.",
        "Sebut peristiwa yang ada di gambar atau video itu.",
        f_visual,
    ),
    Fitur(
        "tokoh_samar",
        "penanda",
        "Pelakunya tidak disebut jelas ({bukti}).",
        "Sebut pelakunya: nama, jabatan, atau lembaganya.",
        f_tokoh_samar,
    ),
    Fitur(
        "petik_tunggal",
        "penanda",
        "Memakai tanda petik tunggal untuk menyindir atau menggoda ({bukti}).",
        "Hapus tanda petik tunggal; tulis maksudnya secara langsung.",
        f_petik_tunggal,
    ),
    Fitur(
        "berita_ringan",
        "gaya",
        "Topiknya berita ringan seperti selebritas atau gaya hidup ({bukti}), yang sering dikemas sebagai umpan klik.",
        "Pastikan fakta utamanya tetap tertulis jelas.",
        f_berita_ringan,
    ),
    Fitur(
        "kutipan_langsung",
        "gaya",
        "Memuat kutipan langsung ({bukti}).",
        "Pastikan kutipan itu disertai siapa yang mengatakannya.",
        f_kutipan_langsung,
    ),
    Fitur(
        "judul_panjang", "gaya", "Judulnya panjang ({bukti}).", "Pangkas menjadi satu gagasan utama.", f_judul_panjang
    ),
    Fitur("aktor_jelas", "penyeimbang", "Menyebut pelaku yang jelas ({bukti}).", "", f_aktor_jelas),
    Fitur("kata_kerja_berita", "penyeimbang", "Memakai kata kerja peristiwa ({bukti}).", "", f_kata_kerja_berita),
    Fitur("angka_konkret", "penyeimbang", "Memuat angka yang dapat diperiksa ({bukti}).", "", f_angka_konkret),
    Fitur("waktu_tempat", "penyeimbang", "Menyebut waktu atau tempat ({bukti}).", "", f_waktu_tempat),
    Fitur(
        "topik_berita_keras",
        "penyeimbang",
        "Membahas kebijakan atau peristiwa publik ({bukti}).",
        "",
        f_topik_berita_keras,
    ),
)
NAMA_FITUR = tuple(f.nama for f in FITUR)


def fitur(judul: object) -> dict[str, int]:
    """Feature values of a headline, by name."""
    j = Judul.dari(expect_text(judul, "judul", allow_empty=True))
    return {f.nama: f.hitung(j)[0] for f in FITUR}


# English alias for maintainers' code.
features = fitur

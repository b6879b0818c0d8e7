"""What the lead and the quotes of a press release contain, for ``course.engines.press_release``.

``lead_of(parts)`` is the lead (the first paragraph without its dateline);
``lead_elements(lead)`` finds, without a fact sheet, who (a person or office), when (a date
or day) and where (a place) by the word lists below; ``find_quotes(paragraphs)`` finds the
direct quotes and their attribution (``"…," ujar Nama Jabatan``, EYD V Tanda Koma rules 7
and 8). ``SEREMONI`` lists the words of a lead that opens with the ceremony.
``normalised`` and ``find_phrase`` match a fact-sheet phrase whatever its case and punctuation.
"""

from __future__ import annotations

import re

from course.engines.headline_words import AKTOR
from course.engines.release_parts import DATELINE, Bagian, split_words
from course.vocabulary import BULAN as NAMA_BULAN
from course.vocabulary import HARI as NAMA_HARI

VERBA_ATRIBUSI = (
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "ungkap",
    "jelas",
    "terang",
    "tegas",
    "imbuh",
    "tambah",
    "sebut",
    "ujarnya",
    "katanya",
    "tuturnya",
    "jelasnya",
    "ungkapnya",
    "tegasnya",
    "imbuhnya",
    "tambahnya",
)
_QUOTE = re.compile(r"[\"“](?P<isi>[^\"”\n]{8,}?)[\"”](?P<setelah>[^\"“\n]{0,120})")
_ATRIBUSI = re.compile(
    r"^\s*(?P<koma>,)?\s*(?P<verba>" + "|".join(VERBA_ATRIBUSI) + r")\b\s*(?P<siapa>[^\n]*)", re.IGNORECASE
)

HARI = frozenset(h.lower() for h in NAMA_HARI)
BULAN = frozenset(b.lower() for b in NAMA_BULAN)
WAKTU = frozenset("hari ini kemarin besok pekan pukul wib wita wit pagi siang sore malam".split())
_TANGGAL = re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b\d{1,2}\s+(" + "|".join(BULAN) + r")\b", re.IGNORECASE)
TEMPAT = frozenset(
    "kecamatan desa kelurahan kabupaten kota provinsi gedung aula pendopo balai kantor lapangan "
    "pasar jalan jl puskesmas rsud sekolah alun-alun masjid taman pantai".split()
)
_DI_TEMPAT = re.compile(r"\b(?:di|ke)\s+(?:\d+\s+)?(?:[A-Z][\w-]*|" + "|".join(TEMPAT) + r")\b(?:\s+[A-Z][\w-]*)*")
JABATAN = frozenset(
    "bupati wakil wabup sekda sekretaris kepala kadis camat lurah kades ketua direktur gubernur "
    "wali menteri kapolres kapolda dandim kabag kasubag kabid plt pj asisten".split()
)
SEREMONI = (
    "dalam rangka",
    "bertempat di",
    "acara",
    "upacara",
    "seremoni",
    "seremonial",
    "sambutan",
    "dihadiri",
    "menghadiri",
    "kata sambutan",
    "secara resmi membuka",
    "membuka secara resmi",
    "apel",
    "rangkaian kegiatan",
    "kegiatan tersebut",
    "kunjungan kerja",
    "kunker",
    "silaturahmi",
    "ramah tamah",
    "pemotongan pita",
)
GELAR = frozenset("dr drs dra ir h hj prof st sh se mm mpd msi mkes skm amd kh ny tn sdr".split())


def normalised(text: str) -> str:
    """``text`` casefolded, its punctuation made spaces, padded with a space each side."""
    return " " + " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split()) + " "


def find_phrase(text_norm: str, phrases: list[str]) -> str | None:
    """The first of ``phrases`` found in ``text_norm`` (a ``normalised`` text), or None."""
    for phrase in phrases:
        if normalised(phrase) in text_norm:
            return phrase
    return None


def lead_of(parts: Bagian) -> str:
    """The lead: the first story paragraph without its dateline ("" when there is none)."""
    if not parts.badan:
        return ""
    first = parts.badan[0]
    match = DATELINE.match(first)
    return first[match.end() :] if match else first


def lead_elements(lead: str) -> dict[str, str | None]:
    """Who, when and where in ``lead`` by the word lists (None for what is not found)."""
    words = split_words(lead)
    low = [w.lower() for w in words]
    siapa = next((w for w in words if w.lower() in AKTOR or w.lower() in JABATAN), None)
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
        kapan = next((w for w, w_low in zip(words, low) if w_low in ("kemarin", "besok", "pukul")), None)
    place = _DI_TEMPAT.search(lead)
    di_mana = place.group(0) if place else next((w for w in words if w.lower() in TEMPAT), None)
    return {"siapa": siapa, "kapan": kapan, "di_mana": di_mana}


def _until_full_stop(text: str) -> str:
    """``text`` up to the full stop that ends its sentence (a title such as "dr." does not end it)."""
    for match in re.finditer(r"[.!?](?=\s|$)", text):
        before = re.findall(r"[A-Za-z]+$", text[: match.start()])
        if match.group(0) == "." and before and before[0].lower() in GELAR:
            continue
        return text[: match.start()].strip()
    return text.strip()


def find_quotes(paragraphs: list[str]) -> list[tuple[str, str | None, str, str]]:
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
                found.append((inner, comma, attribution.group("verba"), _until_full_stop(attribution.group("siapa"))))
            else:
                found.append((inner, None, "", ""))
    return found

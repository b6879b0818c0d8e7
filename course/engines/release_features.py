"""What the lead and the quotes of a press release contain, for ``course.engines.press_release``.

``lead_of(parts)`` is the lead (the first paragraph without its dateline);
``lead_elements(lead)`` finds, without a fact sheet, who (a person or office), when (a date
or day) and where (a place) by the word lists below; ``find_quotes(paragraphs)`` finds the
direct quotes (``Kutipan``) and their attribution (``"…," ujar Nama Jabatan`` or ``Kata Nama, "…."``,
EYD V Tanda Koma rules 7 and 8), and whom each attribution names: a short second reference
("…," ujar Rina.) or "ujarnya" points back to the person the text introduced before with full name
and position, as newsrooms write (``refers_to``). ``SEREMONI`` lists the words of a lead that opens
with the ceremony.
``normalised`` and ``find_phrase`` match a fact-sheet phrase whatever its case and punctuation;
``fakta_dari`` reads a fact sheet (``UNSUR`` and ``narasumber``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from course.engines.headline_words import AKTOR
from course.engines.release_parts import DATELINE, Bagian, split_words
from course.engines.spelling_words import GELAR_NAMA, KATA_TUGAS, KATA_TUGAS_LAIN, VERBA_ATRIBUSI
from course.errors import InputError, describe_value
from course.vocabulary import BULAN as NAMA_BULAN
from course.vocabulary import HARI as NAMA_HARI

_QUOTE = re.compile(r"[\"“](?P<isi>[^\"”\n]{8,}?)[\"”](?P<setelah>[^\"“\n]{0,120})")
_ATRIBUSI = re.compile(
    r"^\s*(?P<koma>,)?\s*(?P<verba>" + "|".join(VERBA_ATRIBUSI) + r")\b\s*(?P<siapa>[^\n]*)", re.IGNORECASE
)
# An attribution before the quote: Kata Rina, "…." or Rina menegaskan, "…." (EYD V Tanda Koma rule 7).
VERBA_PEMBUKA = (
    "kata",
    "ujar",
    "mengatakan",
    "menegaskan",
    "menjelaskan",
    "menyampaikan",
    "berkata",
    "menuturkan",
    "mengungkapkan",
    "menambahkan",
    "menyebutkan",
)
_PEMBUKA = re.compile(r"\b(?P<verba>" + "|".join(VERBA_PEMBUKA) + r")\b", re.IGNORECASE)
_PEMBUKA_AKHIR = re.compile(r"(?P<kalimat>[^.!?\"“”]*)(?P<koma>[,:])\s*$")

UNSUR = ("siapa", "apa", "kapan", "di_mana")  # the elements of a lead a fact sheet names
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
# Capitalised words that open a sentence and are not part of the name after them ("Menurut Rina, …").
PEMBUKA_KALIMAT = KATA_TUGAS | KATA_TUGAS_LAIN | frozenset("menurut selain sementara adapun kata ujar bersama".split())


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


@dataclass(frozen=True)
class Kutipan:
    """A direct quote and its attribution.

    ``koma`` is the comma (or ``?``/``!``) between quote and attribution, None when it is missing;
    ``verba`` the verb of attribution ("" when there is none); ``siapa`` the attribution as written;
    ``rujukan`` the people the attribution names: the attribution itself when it gives a full name or a
    position ("Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari"), or, for a short second
    reference ("Rina", "ujarnya"), the full references earlier in the text it points to (empty when the
    person was never introduced).
    """

    isi: str
    koma: str | None
    verba: str
    siapa: str
    rujukan: tuple[str, ...]


# A word of a name: a title with its full stop first ("Ir." is a title, "Irawan" a name), then a capitalised word.
_TITLE = "|".join(sorted({g.capitalize() for g in GELAR_NAMA} | GELAR_NAMA))
_NAME_WORD = rf"(?:(?:{_TITLE})\.|[A-Z][\w'’-]*)"
_SUBRUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_RUN = re.compile(rf"{_SUBRUN.pattern}(?:,\s+{_SUBRUN.pattern})*")


def _names(subrun: str) -> list[str]:
    """The name words of a run (titles such as "dr." and sentence openers such as "Menurut" left out)."""
    words = [w for w in subrun.split() if not w.endswith(".")]
    while words and words[0].lower() in PEMBUKA_KALIMAT:
        words = words[1:]
    return words


def _complete(run: str) -> bool:
    """A full reference: some part of the run names two words or more ("Rina Wulandari", "Bupati Sukamaju")."""
    return any(len(_names(sub.group(0))) >= 2 for sub in _SUBRUN.finditer(run))


def _introduced(word: str, text: str) -> list[str]:
    """The full references in ``text`` whose name contains ``word`` ("Rina" -> "…, dr. Rina Wulandari")."""
    found = []
    for run in _RUN.finditer(text):
        if any(
            word in _names(sub.group(0)) and len(_names(sub.group(0))) >= 2 for sub in _SUBRUN.finditer(run.group(0))
        ):
            found.append(run.group(0))
    return found


def refers_to(siapa: str, verba: str, before: str, nearby: str) -> tuple[str, ...]:
    """Whom an attribution names: itself when complete, else the earlier full references it points to.

    ``before`` is the whole text before the quote; ``nearby`` its last two paragraphs (for "ujarnya").
    """
    if _pronoun(siapa, verba):
        return tuple(run.group(0) for run in _RUN.finditer(nearby) if _complete(run.group(0)))
    lead = _RUN.search(siapa.strip())  # "warga Desa Sukamaju, Siti" names Siti of Desa Sukamaju
    if lead and _complete(lead.group(0)):
        return (lead.group(0),)
    names = _names(lead.group(0)) if lead else []
    return tuple(_introduced(names[0], before)) if names else ()


def _pronoun(siapa: str, verba: str) -> bool:
    """The attribution names nobody by name: "ujarnya", "kata dia", "ujar beliau"."""
    words = siapa.strip().lower().split()
    return verba.lower().endswith("nya") or not words or words[0].strip(".,") in ("dia", "ia", "beliau")


def _lead_in(head: str) -> tuple[str, str, str] | None:
    """``(comma, verb, who)`` of an attribution that opens the sentence of a quote, else None."""
    end = _PEMBUKA_AKHIR.search(head)
    if not end:
        return None
    sentence = end.group("kalimat")
    verb = _PEMBUKA.search(sentence)
    if not verb:
        return None
    after, before = sentence[verb.end() :].strip(), sentence[: verb.start()].strip()
    who = after if after[:1].isupper() or after[:3] in ("dr.", "Dr.") else before.split(". ")[-1]
    return end.group("koma"), verb.group("verba"), who


def find_quotes(paragraphs: list[str]) -> list[Kutipan]:
    """The direct quotes of the story, in order, each with its attribution and whom it names
    ("ujarnya" names the speaker of the quote before it, or the full references just above it)."""
    found: list[Kutipan] = []
    for number, paragraph in enumerate(paragraphs):
        for match in _QUOTE.finditer(paragraph):
            inner, after = match.group("isi"), match.group("setelah")
            head = paragraph[: match.start()]
            before = "\n\n".join([*paragraphs[:number], head])
            nearby = "\n\n".join([*paragraphs[max(0, number - 1) : number], head])
            attribution = _ATRIBUSI.match(after)
            closing = inner.rstrip()[-1:] if inner.rstrip() else ""
            if attribution:
                comma = "," if closing == "," or attribution.group("koma") else None
                if closing in "?!":
                    comma = closing
                verb, who = attribution.group("verba"), _until_full_stop(attribution.group("siapa"))
            elif lead := _lead_in(head):
                comma, verb, who = lead
            else:
                found.append(Kutipan(inner, None, "", "", ()))
                continue
            previous = found[-1].rujukan if found else ()
            speaker = previous if previous and _pronoun(who, verb) else refers_to(who, verb, before, nearby)
            found.append(Kutipan(inner, comma, verb, who, speaker))
    return found


def fakta_dari(value: Any, sumber: str = "lembar fakta") -> dict[str, list[str]]:
    """A fact sheet as ``{unsur: [accepted phrases]}``; ``InputError`` when it is malformed."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{sumber} bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno}).",
                "Periksa tanda kurung kurawal, tanda petik ganda, dan koma di antara butir.",
            ) from None
    if not isinstance(value, dict):
        raise InputError(
            f"{sumber} harus berupa objek JSON (kamus), bukan {describe_value(value)}.",
            'Tulis misalnya {"siapa": "Dinas Kesehatan Sukamaju", "apa": "..."}.',
        )
    known = set(UNSUR) | {"narasumber"}
    sheet: dict[str, list[str]] = {}
    for key, raw in value.items():
        name = str(key).strip().lower().replace(" ", "_")
        if name not in known:
            continue
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise InputError(
                f'isian "{key}" pada {sumber} harus berupa teks atau daftar teks yang tidak kosong.',
                'Contoh: "kapan": ["Senin, 3 Juni 2024", "3 Juni 2024"].',
            )
        sheet[name] = [i.strip() for i in items]
    if not any(k in sheet for k in UNSUR):
        listed = ", ".join(f'"{k}"' for k in UNSUR)
        raise InputError(
            f"{sumber} tidak memuat satu pun unsur berita ({listed}).",
            "Tambahkan paling sedikit unsur siapa, apa, kapan, dan di_mana.",
        )
    return sheet

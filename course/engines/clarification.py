"""An explainable checker for a hoax clarification post (unggahan klarifikasi hoaks).

``periksa_klarifikasi(teks, fakta=None)`` returns a ``LaporanKlarifikasi`` with one ``Hasil`` per check, in the
order of ``CEK_KLARIFIKASI``. ``course.engines.clarification_words.baca_naskah`` reads the post as an optional
title (a first line of at most 20 words without a final full stop, followed by more text) and sentences; a
line holding only a label labels the next line, and a dateline ("SUKAMAJU –") is skipped.

A sentence (or the title) is read as the claim, a fact, or neutral (``_kind``): the claim when it opens with a
claim opener ("Beredar …", "Viral …", "Sebelumnya, beredar …"), whatever follows; otherwise a fact when it
holds a correction ("bukan", "tidak", "faktanya", "diambil", "aman", "pada 2018", a phrase of the fact sheet);
otherwise neutral when it is advice ("Jangan …", "Warga diimbau …"); otherwise the claim when it reports the
claim ("diklaim", "dikabarkan", "narasi", "berbunyi", "Sebuah akun … mengunggah", the ``klaim`` of the fact
sheet) or when it is only text after a label: by the label convention "[HOAKS] <klaim>", the text after a
label is the claim unless it states the correction.

* ``label``: the false claim carries an accepted label, case-insensitive: bracketed anywhere ("[HOAKS]",
  "[DISINFORMASI]": Kominfo; "[SALAH]", "[PENIPUAN]" and First Draft categories such as "[KONTEKS KELIRU]",
  "[MENYESATKAN]": Mafindo/TurnBackHoax; "[MISINFORMASI]", "[KELIRU]"), a label opening a sentence ("Hoaks!",
  "HOAKS:"), or a label word said of the claim in a sentence that refers to it ("foto itu hoaks", "dikategorikan
  sebagai konteks keliru"). A label word after a negation ("bukan hoaks") or in advice ("laporkan hoaks",
  "waspadai hoaks") does not label the claim; "[KLARIFIKASI]" labels the post, not the claim.
* ``fakta_dulu`` (truth sandwich, first slice): a title that announces a clarification ("Klarifikasi …",
  "Penjelasan …") or is neutral hands over to the first sentence; any other title must not be the claim (a fact
  title passes at once); the first sentence of at least two words must not be the claim.
* ``penutup`` (truth sandwich, last slice: "return to the truth"; added to the elements the exercise names):
  the last sentence of at least three words (hashtags and links not counted) is not the claim.
* ``sumber``: the fact is attributed to an official source: an institution or official (BPBD, BMKG, BPS,
  Dinas …, Bupati, Camat, Kepala …) in a sentence with an attribution (kata, menurut, memastikan, berdasarkan
  data, …), or an official link ``.go.id`` (not lapor.go.id, a reporting channel). With a fact sheet: one of its
  ``sumber`` phrases (or the phrase without "Kabupaten") is named. Unofficial sources ("menurut warga") are
  named in the message.
* ``gambar``: never asks to share the false image ("bagikan foto ini", "sebarkan video itu") unless negated
  ("jangan sebarkan …") or labelled. With a fact sheet holding ``tanggal_foto`` or ``tempat_foto``, one of those
  phrases is named (the viral post had a photo, so a post that never mentions it fails). Without one: a post
  that mentions no photo or video passes; one that does says, in that sentence or the next, when or where it
  comes from (a year, a month, a date, or "diambil/berasal … di Tempat") or labels it out of context or
  manipulated ("konteks keliru", "foto lama", "disunting"). A credit line ("Foto: Humas …") is not the image.
* ``bahasa``: the EYD V findings of ``course.engines.spelling`` (links masked); the names of the fact sheet
  are never corrected.

Precision first: a clarification a professional fact-checker or humas officer would publish passes every
check. Sources: Kominfo's "Hoaks!" clarifications and labels; Mafindo/TurnBackHoax (https://gfd.turnbackhoax.id)
and the First Draft categories it uses; the truth sandwich of George Lakoff (2018), reported by the American
Press Institute (11 December 2019); the Kode Etik Jurnalistik (Pasal 2 and 3) and the Pedoman Pemberitaan Media
Siber (Dewan Pers, 2012) on sourcing.

A fact sheet (``fakta``) maps ``sumber``, ``tanggal_foto``, ``tempat_foto`` and ``klaim`` (the false claim as the
viral post words it) to a phrase or a list of accepted phrases; other keys are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from course.engines import spelling
from course.engines.clarification_words import (
    ADVICE,
    ATTRIBUTION,
    ATURAN_SUMBER,
    BRACKET,
    CLAIM,
    CLAIM_REFERENT,
    CORRECTION,
    CREDIT,
    IMAGE,
    KONVENSI_LABEL,
    LABEL,
    LABEL_WORD,
    LABELLED,
    LINE_LABEL,
    LINK,
    NEGATED,
    NEUTRAL_TITLE,
    NOT_A_LABEL_BEFORE,
    OFFICIAL,
    OFFICIAL_LINK,
    OPENER,
    ORIGIN,
    OUT_OF_CONTEXT,
    POSTER,
    SANDWICH,
    SHARE,
    UNOFFICIAL,
    Naskah,
    baca_naskah,
    label_free,
    label_name,
    words_of,
)
from course.engines.release_features import find_phrase, normalised
from course.engines.release_parts import quoted
from course.engines.results import Report
from course.errors import InputError, describe_value, expect_text

CEK_KLARIFIKASI = ("label", "fakta_dulu", "penutup", "sumber", "gambar", "bahasa")
NAMA_CEK = {
    "label": "Label klaim",
    "fakta_dulu": "Fakta lebih dulu",
    "penutup": "Ditutup dengan fakta",
    "sumber": "Sumber resmi",
    "gambar": "Foto atau video",
    "bahasa": "Ejaan (EYD V)",
}
KUNCI_FAKTA = ("sumber", "tanggal_foto", "tempat_foto", "klaim")


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
class LaporanKlarifikasi(Report):
    """What the checker says about one clarification post: the checks, in ``CEK_KLARIFIKASI`` order."""

    hasil: tuple[Hasil, ...]

    def as_dict(self) -> dict:
        return {"checks": [h.as_dict() for h in self.hasil], "lolos": len(self.lolos), "total": len(self.hasil)}

    def teks(self) -> str:
        lines = [f"Pemeriksaan unggahan klarifikasi: {len(self.lolos)} dari {len(self.hasil)} cek lolos."]
        lines += [f"{'✅' if h.ok else '❌'} {h.nama}: {h.pesan}" for h in self.hasil]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


# ---------------------------------------------------------------------------
# The post and the fact sheet


def fakta_klarifikasi(value: Any) -> dict[str, list[str]]:
    """A fact sheet as ``{key: [accepted phrases]}`` (keys of ``KUNCI_FAKTA``); ``InputError`` when malformed."""
    if not isinstance(value, dict):
        raise InputError(
            f"fakta harus berupa kamus, bukan {describe_value(value)}.",
            'Tulis misalnya {"sumber": ["BPBD Kabupaten Sukamaju"], "tanggal_foto": ["2018"]}.',
        )
    sheet: dict[str, list[str]] = {}
    for key, raw in value.items():
        if key not in KUNCI_FAKTA:
            known = ", ".join(f'"{k}"' for k in KUNCI_FAKTA)
            raise InputError(f"Kunci fakta {quoted(str(key), 30)} tidak dikenal.", f"Kunci yang dikenal: {known}.")
        items = [raw] if isinstance(raw, str) else raw
        if (
            not isinstance(items, (list, tuple))
            or not items
            or not all(isinstance(i, str) and i.strip() for i in items)
        ):
            raise InputError(
                f'Isian "{key}" pada fakta harus berupa teks atau daftar teks yang tidak kosong.',
                'Contoh: "tempat_foto": ["Provinsi Jawa Tengah"].',
            )
        sheet[key] = [i.strip() for i in items]
    return sheet


# ---------------------------------------------------------------------------
# Label


def _labels(post: Naskah) -> tuple[list[str], list[str]]:
    """The labels that label the claim (as written) and label-like words that do not (with their context)."""
    found: list[str] = []
    rejected: list[str] = []
    units = ([post.judul] if post.judul else []) + list(post.kalimat)
    for unit in units:
        for match in BRACKET.finditer(unit):
            (found if label_name(match.group(1)) else rejected).append(match.group(0))
        line_label = LINE_LABEL.match(unit)
        if line_label:
            found.append(line_label.group(0).strip())
        free = BRACKET.sub(" ", unit)
        refers = CLAIM_REFERENT.search(free)
        for match in LABEL_WORD.finditer(free):
            before = free[max(0, match.start() - 60) : match.start()]  # two words back are enough
            generic = NOT_A_LABEL_BEFORE.search(before) or re.match(r"\W+lain", free[match.end() :])
            if generic or not refers:
                rejected.append(quoted(" ".join(before.split()[-3:] + [match.group(0)]), 40))
            else:
                found.append(match.group(0))
    return found, rejected


def cek_label(post: Naskah) -> Hasil:
    found, rejected = _labels(post)
    if found:
        first = found[0]
        source = LABEL.get(" ".join(re.sub(r"[^\w\s]", " ", first.casefold()).split()), "label yang lazim")
        return Hasil("label", True, f'Klaim keliru diberi label "{first}" ({source}).')
    other = f" Yang ditemukan tidak menandai klaimnya: {', '.join(rejected[:3])}." if rejected else ""
    return Hasil(
        "label",
        False,
        f"Klaim keliru belum diberi label.{other} Beri label di depan klaimnya atau pada judul: {KONVENSI_LABEL}.",
    )


# ---------------------------------------------------------------------------
# Truth sandwich: the opening and the closing


def _kind(unit: str, sheet: dict[str, list[str]]) -> tuple[str, str]:
    """``klaim`` (repeats the false claim), ``fakta`` (states a correction) or ``netral`` (advice included),
    with the words that decided it, in Indonesian."""
    text, labelled = label_free(unit)
    opener = OPENER.match(text)
    if opener:
        return "klaim", f"dibuka dengan klaimnya ({quoted(opener.group(0), 30)})"
    facts = [p for k in ("sumber", "tanggal_foto", "tempat_foto") for p in sheet.get(k, [])]
    correction = CORRECTION.search(text)
    fact = find_phrase(normalised(text), facts) if facts else None
    if correction or fact:
        return "fakta", f"memuat koreksi atau fakta ({quoted(correction.group(0) if correction else fact or '', 30)})"
    if ADVICE.match(text):
        return "netral", "berisi imbauan"
    claim = find_phrase(normalised(text), sheet["klaim"]) if "klaim" in sheet else None
    reported = CLAIM.search(text) or POSTER.match(text)
    if claim or reported:
        words = claim or (reported.group(0) if reported else "")
        return "klaim", f"menyampaikan klaimnya ({quoted(words, 40)}) tanpa koreksi"
    if labelled:
        return "klaim", (
            "hanya memuat teks sesudah label, yang menurut konvensi label adalah klaimnya, tanpa koreksi "
            'seperti "bukan", "tidak", atau "faktanya"'
        )
    return "netral", "tidak memuat klaim"


SANDWICH_RULE = f"Buka dengan fakta, baru sebut klaimnya, lalu kembali ke fakta ({SANDWICH})"


def cek_fakta_dulu(post: Naskah, sheet: dict[str, list[str]]) -> Hasil:
    if post.judul and not NEUTRAL_TITLE.search(post.judul):
        kind, why = _kind(post.judul, sheet)
        if kind == "klaim":
            return Hasil(
                "fakta_dulu",
                False,
                f"Judul {quoted(post.judul, 60)} {why}. {SANDWICH_RULE}: tulis koreksinya di judul, misalnya "
                '"[HOAKS] Foto Jembatan Ambruk Itu Bukan Jembatan Cibening".',
            )
        if kind == "fakta":
            return Hasil("fakta_dulu", True, f"Judul {quoted(post.judul, 60)} menyatakan faktanya lebih dulu.")
    opening = [s for s in post.kalimat if len(words_of(s)) >= 2]
    if not opening:
        return Hasil(
            "fakta_dulu",
            False,
            f"Belum ada kalimat yang menyatakan faktanya. {SANDWICH_RULE}: tulis faktanya di kalimat pertama, "
            'misalnya "Jembatan Cibening tidak ambruk dan aman dilalui, kata BPBD ...".',
        )
    first = opening[0]
    kind, why = _kind(first, sheet)
    if kind == "klaim":
        return Hasil(
            "fakta_dulu",
            False,
            f"Kalimat pertama {quoted(first, 60)} {why}. {SANDWICH_RULE}: pindahkan faktanya ke kalimat pertama, "
            'misalnya "Jembatan Cibening tidak ambruk dan aman dilalui, kata BPBD ...".',
        )
    return Hasil("fakta_dulu", True, f"Kalimat pertama {quoted(first, 60)} tidak dibuka dengan klaim keliru.")


def cek_penutup(post: Naskah, sheet: dict[str, list[str]]) -> Hasil:
    content = [s for s in post.kalimat if len(words_of(s)) >= 3]
    if not content:
        return Hasil(
            "penutup",
            False,
            f"Belum ada kalimat penutup. Kembali ke fakta di akhir ({SANDWICH}): tutup dengan fakta dan sumber "
            "resminya.",
        )
    last = content[-1]
    kind, why = _kind(last, sheet)
    if kind == "klaim":
        return Hasil(
            "penutup",
            False,
            f"Kalimat terakhir {quoted(last, 60)} {why}. Kembali ke fakta di akhir ({SANDWICH}): tutup dengan "
            "fakta dan sumber resminya.",
        )
    return Hasil("penutup", True, f"Unggahan ditutup dengan {quoted(last, 60)}, bukan dengan klaim keliru.")


# ---------------------------------------------------------------------------
# Source, image, spelling


def cek_sumber(post: Naskah, sheet: dict[str, list[str]]) -> Hasil:
    units = ([post.judul] if post.judul else []) + list(post.kalimat)
    if "sumber" in sheet:
        named = find_phrase(normalised(post.utuh), sheet["sumber"] + [_short(p) for p in sheet["sumber"]])
        if named:
            return Hasil("sumber", True, f"Fakta bersumber resmi: {quoted(named, 50)}.")
        cited = [_official_name(u, m) for u in units for m in OFFICIAL.finditer(u)]
        instead = f" Yang disebut: {cited[0]}." if cited else ""
        return Hasil(
            "sumber",
            False,
            f"Sumber resmi dari lembar fakta ({quoted(sheet['sumber'][0], 50)}) belum disebut.{instead} "
            f'Sandarkan faktanya pada sumber itu, misalnya "menurut {sheet["sumber"][0]}, …" ({ATURAN_SUMBER}).',
        )
    for unit in units:
        official = OFFICIAL.search(unit)
        if official and ATTRIBUTION.search(unit):
            return Hasil(
                "sumber", True, f"Fakta bersumber resmi: {_official_name(unit, official)} ({quoted(unit, 60)})."
            )
    link = OFFICIAL_LINK.search(post.utuh)
    if link:
        return Hasil("sumber", True, f"Fakta merujuk tautan resmi {quoted(link.group(0))}.")
    mentioned = [_official_name(u, m) for u in units for m in OFFICIAL.finditer(u)]
    unofficial = [m.group(0).strip() for u in units for m in UNOFFICIAL.finditer(u)]
    seen = f" Instansi {mentioned[0]} disebut, tetapi faktanya belum disandarkan padanya." if mentioned else ""
    if unofficial:
        seen += f" {quoted(unofficial[0], 40)} bukan sumber resmi."
    return Hasil(
        "sumber",
        False,
        f"Fakta belum disandarkan pada sumber resmi.{seen} Sebut instansi atau pejabat yang berwenang beserta "
        'keterangannya (misalnya "kata Kepala Pelaksana BPBD Kabupaten Sukamaju" atau "menurut data BPS") atau '
        f"tautan resmi .go.id ({ATURAN_SUMBER}).",
    )


def _official_name(unit: str, match: re.Match) -> str:
    """The official name that starts at ``match``, with the capitalised words after it, quoted:
    "Kepala Dinas Pendidikan Kabupaten Sukamaju", "Camat Sukamaju Barat"."""
    rest = re.match(r"(?:\s+(?:dan\s+)?[A-Z][\w-]*)*", unit[match.end() :])
    return quoted(match.group(0) + (rest.group(0) if rest else ""), 60)


def _short(phrase: str) -> str:
    """``phrase`` without "Kabupaten"/"Kab." ("BPBD Kabupaten Sukamaju" is also "BPBD Sukamaju")."""
    return " ".join(w for w in phrase.split() if w.casefold().rstrip(".") not in {"kabupaten", "kab"}) or phrase


def _share_request(sentences: tuple[str, ...]) -> str | None:
    """The first sentence that asks to share the image, not negated and not labelled."""
    for sentence in sentences:
        for match in SHARE.finditer(sentence):
            before = sentence[max(0, match.start() - 60) : match.start()]  # three words back are enough
            if not NEGATED.search(before) and not LABELLED.search(sentence):
                return sentence
    return None


def cek_gambar(post: Naskah, sheet: dict[str, list[str]]) -> Hasil:
    asks = _share_request(post.kalimat)
    if asks:
        return Hasil(
            "gambar",
            False,
            f"Kalimat {quoted(asks, 60)} mengajak menyebarkan ulang foto atau video yang keliru. Jangan bagikan "
            'ulang tanpa label; bila perlu ditampilkan, beri label "[HOAKS]" atau "[KONTEKS KELIRU]" pada gambarnya '
            f"({SANDWICH}: jangan memperkuat klaim keliru).",
        )
    wanted = sheet.get("tanggal_foto", []) + sheet.get("tempat_foto", [])
    units = [u for u in ([post.judul] if post.judul else []) + list(post.kalimat) if not CREDIT.match(u)]
    about = [u for u in units if IMAGE.search(u)]
    if wanted:
        named = find_phrase(normalised(post.utuh), wanted)
        if named:
            where = next((u for u in units if find_phrase(normalised(u), [named])), named)
            return Hasil("gambar", True, f"Asal-usul foto disebut ({quoted(named, 40)}): {quoted(where, 60)}.")
        what = "menyebut asal-usul foto" if about else "menyebut foto yang beredar"
        return Hasil(
            "gambar",
            False,
            f"Unggahan viral memakai foto, tetapi klarifikasi belum {what}. Sebutkan kapan atau di mana foto itu "
            f"sebenarnya diambil (lembar fakta: {', '.join(quoted(w, 40) for w in wanted[:2])}), atau beri label "
            "konteks keliru (kategori First Draft, Mafindo/TurnBackHoax).",
        )
    if not about:
        return Hasil(
            "gambar", True, "Unggahan tidak menyebut foto atau video, jadi tidak ada gambar yang perlu dijelaskan."
        )
    told = _image_told(units)
    if told:
        return Hasil("gambar", True, f"Asal-usul atau konteks foto dijelaskan: {quoted(told, 60)}.")
    return Hasil(
        "gambar",
        False,
        f"Foto atau video disebut ({quoted(about[0], 50)}), tetapi belum dijelaskan apa sebenarnya: sebutkan kapan "
        'dan di mana diambil ("foto itu diambil pada 2018 di ...") atau beri label konteks keliru (kategori First '
        "Draft, Mafindo/TurnBackHoax).",
    )


def _image_told(units: list[str]) -> str | None:
    """The sentence that says where and when the image comes from, or labels it out of context: a sentence
    about the image or the one right after it, or a bracketed "[KONTEKS KELIRU]" anywhere."""
    for number, unit in enumerate(units):
        near = IMAGE.search(unit) or (number > 0 and IMAGE.search(units[number - 1]))
        if near and (ORIGIN.search(unit) or OUT_OF_CONTEXT.search(unit)):
            return unit
    for unit in units:
        for match in BRACKET.finditer(unit):
            if label_name(match.group(1)) in {"konteks keliru", "konteks yang salah", "salah konteks"}:
                return unit
    return None


def cek_bahasa(post: Naskah, sheet: dict[str, list[str]]) -> Hasil:
    names = tuple(p for k in ("sumber", "tempat_foto", "klaim") for p in sheet.get(k, []))
    masked = LINK.sub(lambda m: " " * len(m.group(0)), post.utuh)
    findings = spelling.periksa_teks(masked, nama=names)
    if findings:
        shown = "; ".join(str(f).rstrip(".") for f in findings[:3])
        more = f" (dan {len(findings) - 3} lainnya)" if len(findings) > 3 else ""
        return Hasil("bahasa", False, f"{len(findings)} temuan ejaan: {shown}{more}")
    return Hasil("bahasa", True, "Tidak ada temuan ejaan (EYD V).")


# ---------------------------------------------------------------------------
# Public API


def periksa_klarifikasi(teks: str, fakta: dict | None = None) -> LaporanKlarifikasi:
    """Check a hoax clarification post; ``fakta`` (dict) is the verified fact sheet it was written from."""
    text = expect_text(teks, "teks klarifikasi")
    sheet = fakta_klarifikasi(fakta) if fakta is not None else {}
    post = baca_naskah(text)
    return LaporanKlarifikasi(
        (
            cek_label(post),
            cek_fakta_dulu(post, sheet),
            cek_penutup(post, sheet),
            cek_sumber(post, sheet),
            cek_gambar(post, sheet),
            cek_bahasa(post, sheet),
        )
    )


check = periksa_klarifikasi

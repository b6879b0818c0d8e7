"""Labels, word patterns and the reader of a post for the hoax-clarification checker
(``course.engines.clarification``).

Each pattern says which check uses it; the module docstring of ``course.engines.clarification`` states the
rules. Sources: Kominfo's "Hoaks!" clarifications and labels; Mafindo/TurnBackHoax (https://gfd.turnbackhoax.id)
and the First Draft categories it uses; the truth sandwich of George Lakoff (2018), reported by the American
Press Institute (11 December 2019); the Kode Etik Jurnalistik and the Pedoman Pemberitaan Media Siber.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from course.engines.release_parts import DATELINE

SANDWICH = "truth sandwich, Lakoff 2018, dilaporkan American Press Institute 2019"
KONVENSI_LABEL = (
    '"[HOAKS]" atau "[DISINFORMASI]" (Kominfo, kini Komdigi), "[SALAH]" dengan kategori First Draft seperti '
    '"Konteks Keliru" atau "Konten yang Menyesatkan" (Mafindo/TurnBackHoax)'
)
ATURAN_SUMBER = "Kode Etik Jurnalistik Pasal 2 dan 3; Pedoman Pemberitaan Media Siber, Dewan Pers 2012"
_KOMINFO, _MAFINDO, _FIRST_DRAFT = (
    "Kominfo, kini Komdigi",
    "Mafindo/TurnBackHoax",
    "kategori First Draft, Mafindo/TurnBackHoax",
)
_SIMILAR = 'label sejenis "[HOAKS]" dan "[SALAH]"'
# Accepted labels (casefolded, single spaces) and the convention each comes from.
LABEL = {
    "hoaks": _KOMINFO,
    "hoax": _KOMINFO,
    "disinformasi": _KOMINFO,
    "misinformasi": _SIMILAR,
    "salah": _MAFINDO,
    "penipuan": _MAFINDO,
    "keliru": _SIMILAR,
    **dict.fromkeys(
        (
            "konteks keliru",
            "konteks yang salah",
            "konten yang salah",
            "salah konteks",
            "menyesatkan",
            "konten menyesatkan",
            "konten yang menyesatkan",
            "konten palsu",
            "konten yang dimanipulasi",
            "konten dimanipulasi",
            "konten tiruan",
            "koneksi yang salah",
        ),
        _FIRST_DRAFT,
    ),
}

# ---------------------------------------------------------------------------
# Patterns

_I = re.IGNORECASE
# label: anything in square brackets; LABEL says whether it is a label of the claim.
BRACKET = re.compile(r"\[\s*([^\]\n]{2,40}?)\s*\]")
# label: a label word in running text ("foto itu hoaks", "dikategorikan sebagai konteks keliru").
LABEL_WORD = re.compile(
    r"\b(hoaks|hoax|disinformasi|misinformasi|konteks (?:yang )?(?:keliru|salah)|salah konteks"
    r"|konten (?:yang )?(?:menyesatkan|dimanipulasi|palsu|salah)|menyesatkan|penipuan)\b",
    _I,
)
# label: a label opening a line or sentence, Kominfo's "Hoaks!", "HOAKS:" or "HOAKS Jembatan …" (the claim follows).
LINE_LABEL = re.compile(
    r"^\W*(hoaks|hoax|disinformasi|misinformasi|salah(?! satu)|keliru|konteks keliru|menyesatkan|penipuan)"
    r"(?:\s*[:!|–—-]|\s+(?=[A-Z]))",
    _I,
)
# label: the words before a label word that make it general advice or a negation ("laporkan hoaks").
NOT_A_LABEL_BEFORE = re.compile(
    r"\b(?:bukan|tidak|tak|belum|lapor\w*|melaporkan|tangkal|menangkal|lawan|melawan|memerangi|perangi|cegah"
    r"|mencegah|waspada\w*|mewaspadai|anti|penyebaran|penyebar|sebarkan|menyebarkan|aduan|kanal|cek|literasi"
    r"|bahaya)\W+(?:\w+\W+)?$",
    _I,
)
# label: a label word counts in a sentence that refers to the claim.
CLAIM_REFERENT = re.compile(
    r"\b(?:kabar|informasi|klaim|unggahan|foto|video|gambar|narasi|pesan|berita|isu|konten|itu|tersebut|ini)\b", _I
)
# fakta_dulu, penutup: a sentence that opens with the claim ("Beredar …", "Viral …"), correction or not.
OPENER = re.compile(
    r"^(?:(?:telah|sempat|kini|sebelumnya|baru-baru ini|belakangan(?: ini)?|sejak \w+(?: \w+)?)\W+)?"
    r"(?:beredar|viral|tersebar|menyebar|ramai|heboh|diklaim|dikabarkan|disebut-sebut|diisukan)\b",
    _I,
)
# A post that opens with who posted the claim ("Sebuah akun Facebook mengunggah …"), unless it corrects it.
POSTER = re.compile(
    r"^(?:sebuah|seorang|akun|warganet|netizen|pengguna|grup|masyarakat|publik|jagat maya|media sosial|linimasa)\b"
    r"(?:\W+\w+){0,7}?\W+(?:dihebohkan|diramaikan|mengunggah|membagikan|menyebarkan|mengklaim|menyebut|beredar"
    r"|viral)\b",
    _I,
)
# Advice (imperatives, appeals) is neither the claim nor a fact: "Jangan sebarkan foto yang beredar."
ADVICE = re.compile(
    r"^(?:jangan|mohon|hindari|mari|ayo|yuk|silakan|laporkan|pantau|cek|periksa|bantu|pastikan|gunakan|rujuk"
    r"|waspada\w*|hati-hati|awas"
    r"|ikuti|simak|baca|(?:warga|masyarakat|publik) (?:di)?imbau|kami mengimbau|(?:warga|masyarakat) diminta)\b",
    _I,
)
# Reporting the claim inside a sentence (an opener is caught by OPENER; "beredar" alone is not enough).
CLAIM = re.compile(
    r"\b(?:diklaim|mengklaim|dikabarkan|disebut-sebut|diisukan|dinarasikan|narasi|kabar bahwa"
    r"|menyebut(?:kan)? bahwa|bertuliskan|berbunyi|dengan keterangan)\b",
    _I,
)
# fakta_dulu, penutup: a sentence that states a correction or the fact.
CORRECTION = re.compile(
    r"\b(?:bukan|tidak|tak|belum|keliru|salah(?! satu)|faktanya|fakta|sebenarnya|sesungguhnya|padahal|ternyata"
    r"|yang benar|hoaks|hoax|disinformasi|misinformasi|menyesatkan|membantah|dibantah|meluruskan|diluruskan"
    r"|dipastikan|memastikan|aman|diambil|direkam|berasal dari|merupakan (?:foto|video|gambar))\b"
    r"|\b(?:pada|tahun|sejak|dari|di)\b[^.!?]{0,30}?\b(?:19|20)\d{2}\b",
    _I,
)
# fakta_dulu: a title that announces a clarification without stating fact or claim.
NEUTRAL_TITLE = re.compile(r"\b(?:klarifikasi|penjelasan|cek fakta|tanggapan|pernyataan)\b", _I)
# sumber: institutions and officials (case-sensitive: names are capitalised).
OFFICIAL = re.compile(
    r"\b(?:BPBD|BMKG|BPS|BNPB|BPOM|Basarnas|Diskominfo|Dinkes|Dishub|Disdik|Dinsos|Damkar|DPUPR|PUPR|Pemkab"
    r"|Pemprov|Pemkot|Pemda|Pemerintah (?:Kabupaten|Provinsi|Kota|Daerah|Desa)|Kementerian|Kominfo"
    r"|Kemen(?:kes|dagri|sos|hub|tan|ag|keu|dikbud\w*|panrb|PUPR)"
    r"|Komdigi|Pol(?:res|da|sek|ri)|Kapol(?:res|sek|da)|Kepolisian|Satpol PP|Setda|Sekretariat Daerah"
    r"|Sekda|Bupati|Wakil Bupati|Wali Kota|Gubernur|Camat|Lurah|Kades|Kepala (?:Desa|Dinas|Badan|Pelaksana"
    r"|Bidang|Balai|Seksi|Stasiun|Bagian|Kantor|Pusat)|(?:Dinas|Badan|Balai|Kantor) [A-Z]\w*|RSUD"
    r"|Puskesmas|KPU|Bawaslu|PLN|PDAM|Perumda|Dewan Pers|Kodim|Dandim|Disdukcapil|Dukcapil|Bappeda|DPRD)\b"
)
# sumber: the fact is attributed ("kata", "menurut", "memastikan", "berdasarkan data", …).
ATTRIBUTION = re.compile(
    r"\b(?:menurut|kata|ujar|ucap|jelas|tutur|terang|tegas|sebut|menjelaskan|menegaskan|memastikan|dipastikan"
    r"|menyatakan|mengatakan|menyampaikan|mengonfirmasi|dikonfirmasi|berdasarkan|data|hasil|mencatat|melaporkan"
    r"|merilis|sumber|rilis|siaran pers|keterangan|pernyataan|memeriksa|mengecek|meninjau|resmi|menginformasikan"
    r"|mengumumkan|menerangkan|diperiksa|pemeriksaan|penjelasan|menanggapi)\b",
    _I,
)
# bahasa (masked before the EYD check) and words_of: links, bare domains and e-mail addresses.
# Each alternative starts only at the start of a token, so that a long run of letters stays linear.
LINK = re.compile(
    r"(?<![\w.-])(?:https?://|www\.)\S+|(?<![\w.@-])[\w-]+(?:\.[\w-]+)*\.(?:go\.id|id|com|org|net)\b(?:/\S*)?"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# sumber: an official link (.go.id), except the reporting channel lapor.go.id.
OFFICIAL_LINK = re.compile(r"(?<![\w.-])(?![\w.-]*\blapor\.go\.id)[\w-]+(?:\.[\w-]+)*\.go\.id\b", _I)
# gambar: the post refers to a photo or a video.
IMAGE = re.compile(r"\b(?:foto|video|gambar|rekaman|tangkapan layar|cuplikan|potret|swafoto)(?:nya)?\b", _I)
# Where and when an image comes from: a year, a month, a date (3/6/2024), or a verb of origin and a place.
ORIGIN = re.compile(
    r"\b(?:19|20)\d{2}\b|\b(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November"
    r"|Desember)\b|\b(?:diambil|direkam|dipotret|diunggah|berasal|terjadi|peristiwa|kejadian|merupakan|adalah)\b"
    r"[^.!?]{0,60}?\bdi [A-Z]"
)
# A photo credit ("Foto: Humas Pemkab Sukamaju") is not the viral image.
CREDIT = re.compile(r"^\W*(?:foto|video|gambar|dok|dokumentasi)\s*[:/]", _I)
# gambar: the image is labelled out of context or manipulated.
OUT_OF_CONTEXT = re.compile(
    r"\b(?:konteks (?:yang )?(?:keliru|salah)|salah konteks|di luar konteks|tidak sesuai (?:dengan )?konteks"
    r"|(?:foto|video|gambar|rekaman) lama|dimanipulasi|disunting|diedit|rekayasa|false context)\b",
    _I,
)
# gambar: a request to share the image ("bagikan foto ini"); NEGATED and LABELLED make it acceptable.
SHARE = re.compile(
    r"\b(?:bagikan|sebarkan|sebarluaskan|teruskan|viralkan|share|repost|unggah ulang|posting ulang|membagikan"
    r"|menyebarkan|meneruskan|memviralkan)(?: ulang| kembali)?\W+(?:\w+\W+){0,2}?"
    r"(?:foto|video|gambar|tangkapan layar|rekaman)(?:nya)?\b(?:\W+\w+){0,4}?\W+"
    r"(?:ini|itu|tersebut|viral|beredar|hoaks|tadi)\b",
    _I,
)
NEGATED = re.compile(r"\b(?:jangan|tidak|tak|hindari|dilarang|stop|berhenti|tanpa|bukan|enggan)\W+(?:\w+\W+){0,2}$", _I)
LABELLED = re.compile(r"\[[^\]]+\]|\b(?:label|berlabel)\b", _I)
# A full stop after a title or an initial ("dr. Rina", "Ir. H. Ahmad") does not end a sentence.
SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])(?<!\b[Dd]r\.)(?<!\bIr\.)(?<!\bH\.)(?<!\bHj\.)(?<!\bDrs\.)(?<!\bProf\.)(?<!\b[A-Z]\.)"
    r"|(?<=[.!?][\"”’)]))\s+(?=[\"“\[A-Z0-9#])"
)
# sumber: an unofficial source, named in the message ("menurut warga sekitar").
UNOFFICIAL = re.compile(
    r"\b(?:menurut|kata|ujar|info dari|sumber)\W+(?:\w+\W+)?(?:warga|netizen|warganet|akun|grup|orang|teman|saksi"
    r"|kerabat|tetangga|pesan berantai)\b[^.,;]{0,30}",
    _I,
)


# ---------------------------------------------------------------------------
# Reading a post


@dataclass(frozen=True)
class Naskah:
    """The post: its title line (or None), its sentences in order, and the whole text."""

    judul: str | None
    kalimat: tuple[str, ...]
    utuh: str


def label_free(unit: str) -> tuple[str, bool]:
    """``unit`` without its labels (bracketed or opening the line), leading bullets or emoji and a dateline, and
    whether it had a label."""
    had = any(label_name(m.group(1)) for m in BRACKET.finditer(unit))
    stripped = BRACKET.sub(" ", unit).strip()
    match = LINE_LABEL.match(stripped)
    if match:
        stripped, had = stripped[match.end() :], True
    stripped = re.sub(r"^[^\w\"“]+", "", stripped).rstrip()  # bullets, emoji, dashes, colons
    dateline = DATELINE.match(stripped)
    return (stripped[dateline.end() :] if dateline else stripped), had


def label_name(inside: str) -> str | None:
    name = " ".join(re.sub(r"[^\w\s]", " ", inside.casefold()).split())
    return name if name in LABEL else None


def baca_naskah(text: str) -> Naskah:
    """Split a post into an optional title line and sentences: lines are units (a wrapped line that goes on in
    lower case is joined), and a line holding only a label labels the line after it."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    units: list[str] = []
    for line in lines:
        if not line:
            units.append("")
        elif units and units[-1] and not re.search(r"[.!?:]$", units[-1]) and line[:1].islower():
            units[-1] += " " + line
        else:
            units.append(line)
    units = [u for u in units if u]
    while len(units) > 1 and not words_of(label_free(units[0])[0]) and label_free(units[0])[1]:
        units[:2] = [units[0] + " " + units[1]]
    title = None
    if len(units) > 1 and not units[0].endswith(".") and len(units[0].split()) <= 20 and words_of(units[0]):
        title, units = units[0], units[1:]
    sentences = [s.strip() for unit in units for s in SENTENCE_END.split(unit) if s.strip()]
    return Naskah(title, tuple(sentences), text)


def words_of(text: str) -> list[str]:
    """The words of ``text``, without links, hashtags, mentions and bracketed labels."""
    return re.findall(r"(?<![#@\w])[^\W\d_][\w-]*", LINK.sub(" ", BRACKET.sub(" ", text)))

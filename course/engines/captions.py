"""An explainable checker for a social-media caption (takarir) on one of the five platforms.

``periksa_takarir(teks, platform, alt=None, fakta=())`` returns a ``LaporanTakarir``, one ``Cek`` per check
in ``CEK_TAKARIR`` order; nothing is printed. How a caption is read (links, emoji, hashtags, the part shown
before "more", X's count) is in ``course.engines.captions_text``; word lists in ``captions_words``.

* ``panjang``: the platform's published limit: X 280 as X counts (a link 23, an emoji 2; docs.x.com,
  "Counting characters"); YouTube title (first line) 100 and description 5,000 (Google,
  ``YouTubeVideoUpload``); TikTok 2,200, a secondary figure (theleap.co) the message calls secondary.
  Instagram and Facebook publish no maximum (2,200 and 63,206 appear only on third-party sites): no failure.
* ``pembuka``: the news (what, plus a key fact: a number, day or date, time, named place or office) is in the part
  seen first: the first three lines up to 125 characters (help.instagram.com/1643471055915254; the course
  uses that figure for TikTok and Facebook, which publish none), the whole post on X, the title on YouTube.
  With ``fakta`` (phrases naming the event) the "what" is one of them; without, five words besides greetings.
* ``tagar``: at least one; only letters, digits and underscores; several words joined in CamelCase
  (#PekanImunisasi, not #pekanimunisasi; Centre for Excellence in Universal Design, Ireland; University of
  Michigan); a single word (#sukamaju) or an acronym (#BPBD) is fine. At most 5 on Instagram (Instagram
  @creators, December 2025, via the Indian Express), at most 3 elsewhere (the course's advice).
* ``ajakan``: a call that invites a response: a question, a poll or quiz, a request to comment or reply
  (Permenpan-RB 83/2012 as quoted: public participation, two-way communication); "bagikan" alone is one-way.
* ``alt``: descriptive alt text: not a file name, not "gambar"/"foto" alone, not opening with "gambar dari"
  (W3C, "Images Tutorial: Tips"), five words or more, at most 1,000 characters on X. Required for the image
  posts of Instagram, X and Facebook (``PERLU_ALT``); on TikTok and YouTube (video) only checked when given.
* ``clickbait``: ``course.engines.clickbait`` on the first statement, plus strong bait markers anywhere.
* ``bahasa``: ``course.engines.spelling`` (EYD V) on the caption's prose and the alt text; names are kept.

Precision first: a caption a government social-media lead would publish passes every check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from course.engines import spelling
from course.engines.captions_text import (
    IG_TERLIHAT,
    WORD,
    bagian_terlihat,
    bilangan,
    fakta_kunci,
    isi_berita,
    kalimat,
    kalimat_pertama,
    kutip,
    pecah_kata,
    penanda_umpan,
    prosa,
    tagar,
    umpan_judul,
    x_panjang,
)
from course.engines.captions_words import KATA_TAGAR
from course.engines.results import Report
from course.errors import InputError, describe_value, expect_text
from course.vocabulary import platform_name

PLATFORM_TAKARIR = ("x", "instagram", "tiktok", "youtube", "facebook")
NAMA_PLATFORM = {"x": "X", "instagram": "Instagram", "tiktok": "TikTok", "youtube": "YouTube", "facebook": "Facebook"}
PERLU_ALT = frozenset({"instagram", "x", "facebook"})  # image posts; TikTok and YouTube carry video
CEK_TAKARIR = ("panjang", "pembuka", "tagar", "ajakan", "alt", "clickbait", "bahasa")
NAMA_CEK = {
    "panjang": "Panjang",
    "pembuka": "Pembuka",
    "tagar": "Tagar",
    "ajakan": "Ajakan",
    "alt": "Teks alternatif",
    "clickbait": "Bebas clickbait",
    "bahasa": "Ejaan (EYD V)",
}
X_MAKS, X_ALT_MAKS = 280, 1000
YOUTUBE_JUDUL_MAKS, YOUTUBE_DESKRIPSI_MAKS = 100, 5000
TIKTOK_MAKS = 2200
TAGAR_MAKS = {"instagram": 5}
TAGAR_SARAN_KURSUS = 3
ALT_KATA_MIN = 5

SUMBER_X = "docs.x.com, Counting characters"
SUMBER_IG = "Pusat Bantuan Instagram, help.instagram.com/1643471055915254"
SUMBER_YT = "Google, YouTubeVideoUpload"
SUMBER_IG_TAGAR = "Instagram @creators, diberitakan Indian Express"
SUMBER_CAMEL = "Centre for Excellence in Universal Design, Irlandia; University of Michigan"
SUMBER_W3C = "W3C, Images Tutorial: Tips"


@dataclass(frozen=True)
class Cek:
    """One check: its id, its Indonesian name, ok or not, and the message."""

    id: str
    nama: str
    ok: bool
    pesan: str

    def as_dict(self) -> dict:
        return {"id": self.id, "ok": self.ok, "pesan": self.pesan}


def report_text(title: str, hasil: tuple[Cek, ...]) -> str:
    """A report as lines: the count, then one ✅/❌ line per check."""
    done = sum(h.ok for h in hasil)
    lines = [f"{title}: {done} dari {len(hasil)} cek lolos."]
    lines += [f"{'✅' if h.ok else '❌'} {h.nama}: {h.pesan}" for h in hasil]
    return "\n".join(lines)


@dataclass(frozen=True)
class LaporanTakarir(Report):
    """What the checker says about one caption: the checks in ``CEK_TAKARIR`` order (``alt`` may be left out)."""

    platform: str
    hasil: tuple[Cek, ...]

    def as_dict(self) -> dict:
        return {"platform": self.platform, "checks": [h.as_dict() for h in self.hasil]}

    def teks(self) -> str:
        return report_text(f"Pemeriksaan takarir {NAMA_PLATFORM[self.platform]}", self.hasil)

    def __str__(self) -> str:
        return self.teks()


def _cek(check_id: str, ok: bool, pesan: str) -> Cek:
    return Cek(check_id, NAMA_CEK[check_id], ok, pesan)


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# ---------------------------------------------------------------------------
# panjang


def _cek_panjang(text: str, platform: str) -> Cek:
    n = len(text)
    if platform == "x":
        weighted = x_panjang(text)
        if weighted > X_MAKS:
            return _cek(
                "panjang",
                False,
                f"{weighted} karakter menurut cara X menghitung (tautan 23, emoji 2), lebih dari batas "
                f"{X_MAKS} ({SUMBER_X}). Pangkas {weighted - X_MAKS} karakter.",
            )
        return _cek("panjang", True, f"{weighted} dari {X_MAKS} karakter menurut cara X menghitung ({SUMBER_X}).")
    if platform == "youtube":
        return _cek_youtube(text)
    if platform == "tiktok":
        ok = n <= TIKTOK_MAKS
        where = "dalam" if ok else "lebih dari"
        return _cek(
            "panjang",
            ok,
            f"{_angka(n)} karakter, {where} batas {_angka(TIKTOK_MAKS)} karakter. Angka ini sekunder (theleap.co, "
            "2022), karena TikTok tidak menerbitkannya di sumber yang kami temukan."
            + ("" if ok else f" Pangkas {_angka(n - TIKTOK_MAKS)} karakter."),
        )
    if platform == "instagram":
        advice = f"Instagram menyarankan paling banyak {IG_TERLIHAT} karakter agar takarir tampil utuh ({SUMBER_IG})"
        if n <= IG_TERLIHAT:
            return _cek("panjang", True, f"{n} karakter, tampil utuh. {advice}.")
        return _cek(
            "panjang",
            True,
            f"{_angka(n)} karakter. Instagram tidak menerbitkan batas maksimum, jadi panjang tidak dinilai. {advice}, "
            "jadi taruh fakta utama di awal.",
        )
    return _cek(
        "panjang",
        True,
        f"{_angka(n)} karakter. Facebook tidak menerbitkan batas panjang unggahan (angka 63.206 hanya ada di "
        "situs penghitung karakter), jadi panjang tidak dinilai; tetap tulis ringkas.",
    )


def _cek_youtube(text: str) -> Cek:
    title, _, description = text.partition("\n")
    title, description = title.strip(), description.strip()
    problems = []
    if len(title) > YOUTUBE_JUDUL_MAKS:
        problems.append(f"judul (baris pertama) {len(title)} karakter, lebih dari {YOUTUBE_JUDUL_MAKS}")
    if len(description) > YOUTUBE_DESKRIPSI_MAKS:
        problems.append(f"deskripsi {_angka(len(description))} karakter, lebih dari {_angka(YOUTUBE_DESKRIPSI_MAKS)}")
    if problems:
        return _cek("panjang", False, "Untuk YouTube, " + "; ".join(problems) + f" ({SUMBER_YT}). Pangkas.")
    return _cek(
        "panjang",
        True,
        f"Judul (baris pertama) {len(title)} dari {YOUTUBE_JUDUL_MAKS} karakter, deskripsi "
        f"{_angka(len(description))} dari {_angka(YOUTUBE_DESKRIPSI_MAKS)} karakter ({SUMBER_YT}).",
    )


# ---------------------------------------------------------------------------
# pembuka


def _cek_pembuka(text: str, platform: str, fakta: tuple[str, ...]) -> Cek:
    visible = prosa(bagian_terlihat(text, platform))
    where = {
        "x": f"seluruh unggahan, karena X menampilkannya utuh sampai 280 karakter ({SUMBER_X})",
        "youtube": "judul (baris pertama), yang tampil lebih dulu di beranda dan hasil pencarian YouTube (aturan kursus)",
        "instagram": f"tiga baris pertama, paling banyak {IG_TERLIHAT} karakter, menurut {SUMBER_IG}",
    }.get(
        platform,
        f"tiga baris pertama, paling banyak {IG_TERLIHAT} karakter; kursus memakai angka {SUMBER_IG}, karena "
        f"{NAMA_PLATFORM[platform]} juga memotong takarir panjang tanpa menerbitkan angkanya",
    )
    what, fact = isi_berita(visible, fakta), fakta_kunci(visible)
    if what and fact:
        return _cek(
            "pembuka",
            True,
            f"Bagian yang terlihat lebih dulu adalah {where}. Isinya memuat berita: {kutip(visible, 70)}.",
        )
    need = []
    if not what:
        need.append("apa kegiatannya" + (f" (misalnya {kutip(fakta[0], 30)})" if fakta else " (siapa melakukan apa)"))
    if not fact:
        need.append("satu fakta kunci (angka, hari atau tanggal, jam, nama tempat, atau instansi)")
    shown = kutip(visible, 70) if visible else "hanya tagar atau emoji"
    return _cek(
        "pembuka",
        False,
        f"Bagian yang terlihat lebih dulu adalah {where}. Isinya {shown}, belum memuat {' dan '.join(need)}. "
        "Pindahkan berita utamanya ke awal; sapaan dan pengantar boleh sesudahnya.",
    )


# ---------------------------------------------------------------------------
# tagar


def _tag_problem(tag: str, lexicon: frozenset[str]) -> str | None:
    """What is wrong with one hashtag (with its source), or None."""
    body = re.match(r"\w+", tag)
    if not body or body.group(0) != tag:
        cut = body.group(0) if body else ""
        sign = tag[len(cut)] if cut else tag[:1]
        read = f"yang menjadi tautan hanya #{cut}" if cut else "tagarnya tidak menjadi tautan"
        return f'#{tag} memuat tanda "{sign}": {read}, karena tagar hanya terdiri atas huruf, angka, dan garis bawah'
    low = tag.casefold()
    if not (tag[1:].islower() or tag.isupper()) or low in lexicon or tag.isdigit():
        return None
    parts = pecah_kata(low, lexicon)
    if not parts or (tag.isupper() and len(tag) <= 5):
        return None
    camel = "".join(p.capitalize() for p in parts)
    return (
        f"#{tag} menggabungkan beberapa kata; tulis #{camel} dengan huruf kapital di awal tiap kata agar pembaca "
        f"layar membacanya kata demi kata ({SUMBER_CAMEL})"
    )


def _count_rule(platform: str) -> str:
    most = TAGAR_MAKS.get(platform, TAGAR_SARAN_KURSUS)
    if platform == "instagram":
        return f"Instagram membatasi {bilangan(most)} tagar per unggahan sejak Desember 2025 ({SUMBER_IG_TAGAR})"
    return (
        f"saran kursus paling banyak {bilangan(most)} tagar di {NAMA_PLATFORM[platform]}: pembaca layar membacakan setiap "
        "tagar, dan tagar yang berderet menenggelamkan pesannya"
    )


def _cek_tagar(text: str, platform: str) -> Cek:
    tags = tagar(text)
    most, rule = TAGAR_MAKS.get(platform, TAGAR_SARAN_KURSUS), _count_rule(platform)
    if not tags:
        return _cek("tagar", False, f"Belum ada tagar. Tambahkan paling sedikit satu tagar yang relevan; {rule}.")
    lexicon = KATA_TAGAR | {w.casefold() for w in WORD.findall(prosa(text)) if len(w) >= 3}
    problems = [p for p in (_tag_problem(t, lexicon) for t in tags) if p]
    lowered = [t.casefold() for t in tags]
    problems += [f"#{t} ditulis lebih dari sekali" for i, t in enumerate(tags) if lowered[i] in lowered[:i]]
    if len(tags) > most:
        problems.append(f"ada {bilangan(len(tags))} tagar, padahal {rule}")
    if problems:
        return _cek("tagar", False, "; ".join(problems) + ".")
    shown = " ".join(f"#{t}" for t in tags)
    return _cek(
        "tagar", True, f"{bilangan(len(tags)).capitalize()} tagar ({shown}), bentuknya terbaca pembaca layar; {rule}."
    )


# ---------------------------------------------------------------------------
# ajakan

_RESPONSE = re.compile(
    r"\b(?:kolom komentar|komentar(?:i|kan)?|balas(?:lah)?|jawab(?:lah)?|jawaban\w*|tulis(?:kan)?|ceritakan|"
    r"sampaikan|tanyakan|beri tahu kami|kirim(?:kan)? (?:pertanyaan|jawaban|pendapat|usulan|masukan|foto)|"
    r"polling|jajak pendapat|kuis|tebak|pilih (?:salah satu|jawaban|opsi)|ikut(?:i)? survei|isi survei|"
    r"tandai|DM|pesan langsung|usul(?:kan|an)?|pendapat (?:Anda|kamu|Sobat))\b",
    re.IGNORECASE,
)
_ONE_WAY = re.compile(r"\b(?:bagikan|sebarkan|kunjungi|klik|unduh|simpan|ikuti akun|daftar(?:kan)?)\b", re.I)


def _cek_ajakan(text: str) -> Cek:
    plain = prosa(text)
    sentences = kalimat(plain)
    questions = [s for s in sentences if s.endswith("?")]
    if questions:
        return _cek("ajakan", True, f"Ada pertanyaan untuk khalayak: {kutip(questions[-1], 70)}.")
    invite = _RESPONSE.search(plain)
    if invite:
        sentence = next((s for s in sentences if invite.group(0) in s), invite.group(0))
        return _cek("ajakan", True, f"Ada ajakan untuk menanggapi: {kutip(sentence, 70)}.")
    one_way = _ONE_WAY.search(plain)
    found = f"Ajakan {kutip(one_way.group(0))} hanya satu arah. " if one_way else ""
    return _cek(
        "ajakan",
        False,
        f"{found}Belum ada ajakan yang mengundang tanggapan: tambahkan pertanyaan untuk khalayak, kuis, "
        "atau jajak pendapat, misalnya \u201cDesa mana yang perlu kami datangi berikutnya? Tulis di kolom "
        "komentar.\u201d (Permenpan-RB 83/2012, sebagaimana dikutip: partisipasi publik, komunikasi dua arah).",
    )


# ---------------------------------------------------------------------------
# alt

_FILE_NAME = re.compile(
    r"^(?:\S+\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?)|(?:IMG|DSC|DCIM|PXL|VID|Screenshot|WhatsApp Image)[\w -]*\d\S*)$",
    re.IGNORECASE,
)
_GENERIC_START = re.compile(
    r"^(?:gambar|foto|image|photo|picture|ikon|icon)(?:\s*(?::|dari\b|yang\b|tentang\b|berisi\b|menunjukkan\b|"
    r"memperlihatkan\b|of\b)|\s*$)",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    "gambar foto image photo picture ilustrasi dokumentasi poster flyer pamflet banner".split()
    + ["foto kegiatan", "gambar kegiatan", "dokumentasi kegiatan", "foto acara", "gambar acara"]
)


def _cek_alt(alt: str | None, platform: str) -> Cek:
    if alt is None or not alt.strip():
        return _cek(
            "alt",
            False,
            f"Belum ada teks alternatif, padahal unggahan gambar di {NAMA_PLATFORM[platform]} memerlukannya agar "
            "pengguna pembaca layar tahu isi gambar. Tulis siapa atau apa yang tampak, sedang apa, dan di mana "
            f"({SUMBER_W3C}).",
        )
    text = " ".join(alt.split())
    low = text.casefold().strip(" .")
    if _FILE_NAME.match(text):
        problem = f"{kutip(text)} adalah nama berkas, bukan keterangan isi gambar"
    elif low in _GENERIC:
        problem = f"{kutip(text)} tidak menjelaskan isi gambar"
    elif _GENERIC_START.match(text):
        problem = (
            f"{kutip(text, 40)} dibuka dengan kata seperti \u201cgambar\u201d atau \u201cfoto dari\u201d; pembaca "
            "layar sudah memberi tahu bahwa itu gambar, jadi langsung sebutkan isinya"
        )
    elif len(WORD.findall(text)) < ALT_KATA_MIN:
        problem = f"{kutip(text)} terlalu singkat; tulis paling sedikit {ALT_KATA_MIN} kata (saran kursus)"
    elif platform == "x" and len(text) > X_ALT_MAKS:
        problem = f"{_angka(len(text))} karakter, lebih dari batas {_angka(X_ALT_MAKS)} karakter deskripsi gambar X"
    else:
        return _cek("alt", True, f"Teks alternatif menjelaskan isi gambar: {kutip(text, 70)}.")
    return _cek(
        "alt",
        False,
        f"Teks alternatif {problem}. Jelaskan siapa atau apa yang tampak, sedang apa, dan di mana ({SUMBER_W3C}).",
    )


# ---------------------------------------------------------------------------
# clickbait


def _cek_clickbait(text: str) -> Cek:
    plain = prosa(text)
    headline = kalimat_pertama(plain)
    problems = []
    reasons = umpan_judul(headline) if headline else []
    if reasons:
        problems.append(f"kalimat pertama {kutip(headline, 50)} terbaca sebagai clickbait ({'; '.join(reasons[:3])})")
    markers = penanda_umpan(plain)
    if markers:
        problems.append("ada penanda umpan klik: " + ", ".join(kutip(m, 30) for m in markers[:4]))
    if problems:
        return _cek(
            "clickbait",
            False,
            "; ".join(problems) + ". Ganti dengan faktanya: siapa melakukan apa, kapan, dan di mana (penanda "
            "clickbait dari CLICK-ID, William & Sari 2020; Biyani dkk. 2016; Blom & Hansen 2015).",
        )
    return _cek("clickbait", True, "Tidak ada penanda clickbait; kalimat pertamanya menyampaikan fakta.")


# ---------------------------------------------------------------------------
# bahasa


def _cek_bahasa(text: str, alt: str | None, fakta: tuple[str, ...]) -> Cek:
    found = [str(f) for f in spelling.periksa_teks(prosa(text), nama=fakta)]
    if alt and alt.strip():
        found += [f"teks alternatif: {f}" for f in spelling.periksa_teks(" ".join(alt.split()), nama=fakta)]
    if found:
        more = f" (dan {len(found) - 3} lainnya)" if len(found) > 3 else ""
        return _cek("bahasa", False, f"{len(found)} temuan ejaan (EYD V): " + "; ".join(found[:3]) + more)
    where = "takarir dan teks alternatif" if alt else "takarir"
    return _cek("bahasa", True, f"Tidak ada temuan ejaan (EYD V) di {where}.")


# ---------------------------------------------------------------------------
# The checker


def nama_platform(platform: object) -> str:
    """The platform key ("x", "instagram", ...) for ``platform`` in any case or alias; ``InputError`` otherwise."""
    listed = ", ".join(NAMA_PLATFORM[p] for p in PLATFORM_TAKARIR)
    if not isinstance(platform, str) or not platform.strip():
        raise InputError(
            f"platform harus berupa teks, bukan {describe_value(platform)}.",
            f"Pilih salah satu dari lima platform: {listed}.",
        )
    name = platform_name(platform)
    if name is None:
        raise InputError(
            f'platform "{platform.strip()}" tidak dikenal.', f"Pilih salah satu dari lima platform: {listed}."
        )
    return name.lower()


def periksa_takarir(teks: object, platform: object, alt: object = None, fakta: Iterable[str] = ()) -> LaporanTakarir:
    """Check a caption for ``platform`` (X, Instagram, TikTok, YouTube, Facebook, any case).

    ``alt`` is the image's alt text: checked when given, and required on Instagram, X and Facebook
    (image posts); on TikTok and YouTube the ``alt`` check is left out when it is None. ``fakta``: phrases
    naming the event (the "what" of a fact sheet); with them, the visible opening must hold one.
    """
    key = nama_platform(platform)
    text = expect_text(teks, "takarir").replace("\r\n", "\n")
    if alt is not None and not isinstance(alt, str):
        raise InputError(
            f"teks alternatif harus berupa teks, bukan {describe_value(alt)}.",
            'Tulis di antara tanda petik, misalnya "Petugas merekam KTP-el warga di balai desa".',
        )
    phrases = tuple(f for f in ([fakta] if isinstance(fakta, str) else fakta) if isinstance(f, str) and f.strip())
    results = [
        _cek_panjang(text, key),
        _cek_pembuka(text, key, phrases),
        _cek_tagar(text, key),
        _cek_ajakan(text),
    ]
    if alt is not None or key in PERLU_ALT:
        results.append(_cek_alt(alt, key))
    results += [_cek_clickbait(text), _cek_bahasa(text, alt, phrases)]
    return LaporanTakarir(key, tuple(results))


check = periksa_takarir

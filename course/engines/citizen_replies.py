"""An explainable checker for a reply to a citizen's comment on a Pemkab post (two-way communication).

``periksa_balasan(komentar, balasan, fakta=None)`` returns a ``LaporanBalasan`` with one ``HasilBalasan``
per check, in ``CEK_BALASAN`` order; ``pisah_komentar(teks)`` splits a file holding the comment, a line
``---`` and the reply. The comment decides what the reply needs (``jenis_komentar``: a complaint, a
question, a false claim, an insult, a personal case, praise). The checks (one line each in
``ATURAN_BALASAN``; word lists in ``course.engines.reply_words``):

* ``sapaan``: the opening addresses the commenter by name, @handle or a polite form (Kak, Bapak/Ibu);
  never a rude one (lu, woi) and never another person's name;
* ``pengakuan``: the reply acknowledges the concern ("terima kasih atas laporannya", "kami memahami",
  "mohon maaf atas ketidaknyamanannya"); a bare "terima kasih" is enough only for a question or praise;
* ``solusi``: something concrete: who handles it, what happens or what the answer is, when, or where to go;
* ``saluran``: a personal case or personal data goes to an official private channel (DM, WhatsApp resmi,
  surel, SP4N-LAPOR!, a counter) and is never asked for, or shown, in public;
* ``nada``: no blaming, defensive or sarcastic wording, no shouting in capitals;
* ``janji``: no date, deadline, certainty or outcome that is not in the comment or the facts (``fakta``);
* ``panjang``: 12–80 words, the course's advice for a reply read on a phone under the comment;
* ``bahasa``: the EYD V findings of ``course.engines.spelling`` (names never corrected) and chat forms.

Precision first: a reply a government social-media lead would publish passes every check. Sources
(``SUMBER_BALASAN``): Permenpan-RB 83/2012 (principle "responsif", two-way communication); US EPA's
comment guidance (factual, public answers; no personal data in public; point to a contact page or DM);
the Victorian Government's moderation guide (sourcing with links, no blocking for critiques); UU 27/2022
(personal data); SP4N-LAPOR! (Perpres 76/2013); SE Menpan-RB 137/2018 (correct, non-misleading
information); RFC 1855 (capitals read as shouting); EYD V.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from course.engines import reply_words as w
from course.engines import spelling
from course.engines.release_parts import quoted
from course.engines.reply_rules import (
    ATURAN_BALASAN,
    CEK_BALASAN,
    CONTOH_PENGAKUAN,
    CONTOH_SOLUSI,
    JENIS_KOMENTAR,
    KATA_MAKS,
    KATA_MIN,
    NAMA_CEK_BALASAN,
    NAMA_JENIS,
    SUMBER_BALASAN,
    YANG_DIAKUI,
    date_known,
    days_named,
    fakta_teks,
    jenis_komentar,
    penulis_komentar,
)
from course.engines.results import Report
from course.errors import InputError, expect_text

# ---------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class HasilBalasan:
    """One check: its id, ok or not, and the Indonesian message (``pesan``)."""

    id: str
    ok: bool
    pesan: str

    @property
    def nama(self) -> str:
        return NAMA_CEK_BALASAN[self.id]

    def as_dict(self) -> dict:
        return {"id": self.id, "ok": self.ok, "pesan": self.pesan}


@dataclass(frozen=True)
class LaporanBalasan(Report):
    """What the checker says about one reply: the eight checks in ``CEK_BALASAN`` order, plus notes."""

    hasil: tuple[HasilBalasan, ...]
    jenis: str = "umum"
    jumlah_kata: int = 0
    catatan: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "checks": [h.as_dict() for h in self.hasil],
            "jenis": self.jenis,
            "jumlah_kata": self.jumlah_kata,
            "catatan": list(self.catatan),
            "lolos": len(self.lolos),
            "total": len(self.hasil),
        }

    def teks(self) -> str:
        lines = [
            f"Pemeriksaan balasan untuk {NAMA_JENIS[self.jenis]}: {len(self.lolos)} dari {len(self.hasil)} cek lolos."
        ]
        lines += [f"{'✅' if h.ok else '❌'} {h.nama}: {h.pesan}" for h in self.hasil]
        lines += [f"Catatan: {note}" for note in self.catatan]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


# ---------------------------------------------------------------------------
# Input


def pisah_komentar(teks: object) -> tuple[str, str]:
    """Split a text holding the citizen's comment, a line ``---`` and the reply into (comment, reply)."""
    text = expect_text(teks, "teks komentar dan balasan")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = next((i for i, line in enumerate(lines) if line.strip() == "---"), None)
    if cut is None:
        raise InputError(
            "Teks belum memuat baris pemisah --- di antara komentar warga dan balasan.",
            "Tulis komentar warga, lalu satu baris berisi --- saja, lalu balasan Anda di bawahnya.",
        )
    komentar, balasan = "\n".join(lines[:cut]).strip(), "\n".join(lines[cut + 1 :]).strip()
    if not komentar or not balasan:
        part = "komentar warga (di atas baris ---)" if not komentar else "balasan (di bawah baris ---)"
        raise InputError(f"Bagian {part} masih kosong.", f"Isi bagian {part.split(' (')[0]}, lalu periksa lagi.")
    return komentar, balasan


# ---------------------------------------------------------------------------
# What the checks share


def _listed(items: list[str], limit: int = 3) -> str:
    unique = list(dict.fromkeys(items))
    return ", ".join(quoted(i, 40) for i in unique[:limit]) + (" …" if len(unique) > limit else "")


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("–", "-").replace("—", "-").split())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


@dataclass(frozen=True)
class _Konteks:
    """The comment and facts as the checks need them."""

    jenis: str
    penulis: str | None
    nama: tuple[str, ...]
    komentar: str
    fakta: str

    @property
    def pribadi(self) -> re.Match | None:
        return w.MARKERS["data_pribadi"].search(self.komentar)


def _opening(reply: str) -> str:
    """The first sentence of the reply (two when the first is a short greeting), at most 30 words; @mentions out."""
    sentences = _sentences(w.MENTION.sub(" ", reply))
    head = sentences[0] if sentences else ""
    if len(head.split()) < 5 and len(sentences) > 1:
        head += " " + sentences[1]
    return " ".join(head.split()[:30])


def _phrase(text: str, match: re.Match, words: int = 1) -> str:
    """The matched text and the ``words`` words after it (one more after a preposition: "maaf atas ...")."""
    shown, rest = match.group(0), text[match.end() :]
    for step in range(words + 1):
        word = re.match(r"[^\w.!?]*\w+", rest)
        if not word or (step == words and shown.split()[-1].casefold() not in w.PENGHUBUNG):
            break
        shown, rest = shown + word.group(0), rest[word.end() :]
    return shown.strip(" ,.")


# ---------------------------------------------------------------------------
# The checks

_SRC_SAPAAN = "Sumber: Permenpan-RB 83/2012 (responsif, komunikasi dua arah)."


def _cek_sapaan(reply: str, ctx: _Konteks) -> HasilBalasan:
    rude = w.SAPAAN_KASAR.search(reply)
    if rude:
        return HasilBalasan(
            "sapaan",
            False,
            f"Balasan menyapa dengan {quoted(rude.group(0))}, yang tidak sopan untuk akun instansi; ganti dengan "
            f"Kak, Bapak/Ibu, atau Anda. {_SRC_SAPAAN}",
        )
    opening = _opening(reply)
    letters = re.sub(r"[^a-z]", "", (ctx.penulis or "").casefold())
    form = w.SAPAAN_PANGGILAN.search(opening)
    mentioned = form and re.search(re.escape(form.group(0)) + r",?\s*@[\w.]+", reply)
    if mentioned:  # "Kak @dedi_sukadana." addresses the commenter by the handle, whatever follows
        return HasilBalasan("sapaan", True, f"Balasan menyapa penulis komentar: {quoted(mentioned.group(0))}.")
    if form:
        after = re.match(r" ([A-Z][a-z]+)", opening[form.end() :])
        name = after.group(1) if after else ""
        if letters and name and name.casefold() not in w.BUKAN_NAMA_PENULIS and name.casefold() not in letters:
            return HasilBalasan(
                "sapaan",
                False,
                f"Balasan menyapa {quoted(form.group(0) + ' ' + name)}, padahal penulis komentar adalah "
                f"{quoted(ctx.penulis or '')}; sapa dengan nama penulisnya atau dengan Kak atau Bapak/Ibu. "
                + _SRC_SAPAAN,
            )
        shown = opening[: form.end() + len(after.group(0) if after else "")]
        return HasilBalasan("sapaan", True, f"Balasan menyapa penulis komentar: {quoted(shown)}.")
    handle = ctx.penulis if ctx.penulis and ctx.penulis.startswith("@") else None
    named = next((n for n in ctx.nama if re.search(rf"\b{re.escape(n)}\b", opening, re.IGNORECASE)), None)
    if named or (handle and handle.casefold() in reply[: len(handle) + 40].casefold()):
        return HasilBalasan("sapaan", True, f"Balasan menyapa penulis komentar: {quoted(named or handle or '')}.")
    example = ctx.nama[0] if ctx.nama else "Rina"
    return HasilBalasan(
        "sapaan",
        False,
        f"Kalimat pembuka {quoted(opening, 50)} belum menyapa penulis komentar; awali dengan nama atau panggilan "
        f'sopan, misalnya "Halo, Kak {example}," atau "Selamat pagi, Bapak/Ibu,". {_SRC_SAPAAN}',
    )


def _cek_pengakuan(reply: str, ctx: _Konteks) -> HasilBalasan:
    what = YANG_DIAKUI[ctx.jenis]
    example = f'tulis misalnya "{CONTOH_PENGAKUAN[ctx.jenis]}". Sumber: Permenpan-RB 83/2012 (responsif).'
    specific = w.PENGAKUAN_KHUSUS.search(reply)
    if specific:
        return HasilBalasan("pengakuan", True, f"Balasan mengakui {what}: {quoted(_phrase(reply, specific))}.")
    plain = w.PENGAKUAN_UMUM.search(reply)
    if plain and ctx.jenis in w.CUKUP_TERIMA_KASIH:
        return HasilBalasan("pengakuan", True, f"Balasan mengakui {what}: {quoted(_phrase(reply, plain, 0))}.")
    if plain:
        return HasilBalasan(
            "pengakuan",
            False,
            f"{quoted(plain.group(0).capitalize())} saja belum menunjukkan bahwa {what} didengar "
            f"({NAMA_JENIS[ctx.jenis]}); {example}",
        )
    return HasilBalasan("pengakuan", False, f"Balasan belum mengakui {what} ({NAMA_JENIS[ctx.jenis]}); " + example)


_UNSUR_SOLUSI = (("siapa", w.SIAPA), ("apa", w.APA), ("kapan", w.KAPAN), ("di mana", w.DI_MANA))


def _cek_solusi(reply: str, ctx: _Konteks) -> HasilBalasan:
    found = [(label, m.group(0)) for label, rx in _UNSUR_SOLUSI if (m := rx.search(reply))]
    if found:
        shown = ", ".join(f"{label} ({quoted(text, 40)})" for label, text in found)
        return HasilBalasan("solusi", True, f"Ada jawaban atau langkah konkret: {shown}.")
    vague = [m.group(0) for m in w.SAMAR.finditer(reply)]
    why = f"; {_listed(vague)} belum menyebut siapa, apa, kapan, atau di mana" if vague else ""
    return HasilBalasan(
        "solusi",
        False,
        f"Balasan belum memberi jawaban atau langkah berikutnya yang konkret{why}. Tambahkan siapa yang menangani, "
        f"apa jawabannya, kapan, atau di mana warga mendapat informasi, misalnya "
        f'"{CONTOH_SOLUSI[ctx.jenis]}". Sumber: US EPA, Comment Guidance; Pemerintah Victoria (sourcing).',
    )


def _public_place(sentence: str) -> re.Match | None:
    """A public place ("di kolom komentar") in ``sentence`` that is not negated ("jangan di kolom komentar")."""
    for place in w.DI_PUBLIK.finditer(sentence):
        if not w.LARANGAN.search(sentence[max(0, place.start() - 15) : place.start()]):
            return place
    return None


def _asked_in_public(reply: str) -> tuple[str, str] | None:
    """(sentence, data) when the reply asks for personal data in the open."""
    for sentence in _sentences(reply):
        for ask in w.MINTA.finditer(sentence):
            window = " ".join(sentence[ask.end() :].split()[:6])
            data = [d.group(0) for d in w.DATA.finditer(window)]
            if not data or w.LARANGAN.search(sentence[max(0, ask.start() - 25) : ask.start()]):
                continue
            if _public_place(sentence) or not w.SALURAN_PRIBADI.search(sentence):
                return sentence, _listed(data)
    return None


_SRC_SALURAN = "Sumber: UU 27/2022 (PDP); US EPA, Comment Guidance; SP4N-LAPOR! (Perpres 76/2013)."
_CHANNELS = "pesan langsung (DM), WhatsApp resmi, surel, SP4N-LAPOR! (lapor.go.id), atau loket layanan"


def _cek_saluran(reply: str, ctx: _Konteks) -> HasilBalasan:
    asked = _asked_in_public(reply)
    if asked:
        return HasilBalasan(
            "saluran",
            False,
            f"Balasan meminta data pribadi ({asked[1]}) di ruang publik: {quoted(asked[0], 70)}. Jangan minta "
            f"data di kolom komentar; arahkan ke {_CHANNELS}. {_SRC_SALURAN}",
        )
    shown = w.NOMOR_NIK.search(reply)
    if shown:
        return HasilBalasan(
            "saluran",
            False,
            f"Balasan menampilkan nomor 16 digit {quoted(shown.group(0))} yang terbaca sebagai NIK; hapus dari "
            f"balasan publik dan bahas lewat {_CHANNELS}. {_SRC_SALURAN}",
        )
    personal = ctx.pribadi
    if personal is None and ctx.jenis != "data_pribadi":
        return HasilBalasan(
            "saluran", True, "Komentar tidak menyangkut data pribadi, dan balasan tidak meminta data pribadi di publik."
        )
    channel = w.SALURAN_PRIBADI.search(reply)
    if channel:
        return HasilBalasan(
            "saluran", True, f"Kasus pribadi diarahkan ke saluran resmi tertutup: {quoted(channel.group(0))}."
        )
    about = f" ({quoted(personal.group(0))})" if personal else ""
    return HasilBalasan(
        "saluran",
        False,
        f"Komentar menyangkut kasus atau data pribadi{about}, tetapi balasan belum mengarahkan penulisnya ke saluran "
        f"resmi yang tertutup; tambahkan {_CHANNELS}, dan jangan bahas datanya di kolom komentar. {_SRC_SALURAN}",
    )


def _cek_nada(reply: str) -> HasilBalasan:
    hits = [f"{w.NAMA_NADA[label]}: {quoted(m.group(0))}" for label, rx in w.NADA.items() for m in rx.finditer(reply)]
    caps = w.HURUF_BESAR.search(reply)
    if caps:
        hits.append(f"huruf kapital semua terbaca berteriak (RFC 1855): {quoted(caps.group(0), 40)}")
    if hits:
        return HasilBalasan(
            "nada",
            False,
            f"Nada balasan tidak profesional ({'; '.join(dict.fromkeys(hits))}). Hapus kata-kata itu; tetap tenang, "
            "sampaikan fakta, dan tawarkan saluran resmi. Sumber: Permenpan-RB 83/2012 (profesional); Pemerintah "
            "Victoria, panduan moderasi.",
        )
    return HasilBalasan("nada", True, "Tidak ada kata yang menyalahkan, defensif, atau sarkastis.")


def _promises(reply: str, ctx: _Konteks) -> list[str]:
    """The dates, deadlines, certainties and outcomes of the reply that the comment and facts do not give."""
    facts, both = _norm(ctx.fakta), _norm(ctx.komentar + "\n" + ctx.fakta)
    known = days_named(ctx.komentar + "\n" + ctx.fakta)
    found: list[tuple[int, str]] = []
    spans: list[range] = []
    for m in w.JANJI_HASIL.finditer(reply):
        spans.append(range(m.start(), m.end()))
        purpose = w.TUJUAN.search(reply[max(0, m.start() - 12) : m.start()])  # "agar segera diperbaiki": a purpose
        if not purpose and w.akar_hasil(m.group("hasil")) not in facts:
            found.append((m.start(), f"{quoted(m.group(0))} (hasil)"))
    for m in w.KEPASTIAN.finditer(reply):
        if not any(m.start() in span for span in spans) and _norm(m.group(0)) not in facts:
            found.append((m.start(), f"{quoted(m.group(0))} (kepastian)"))
    for m in w.TENGGAT.finditer(reply):
        if _norm(m.group(0)) not in both:
            found.append((m.start(), f"{quoted(m.group(0))} (tenggat)"))
    for m in w.TANGGAL.finditer(reply):
        if m.group(0) != "24/7" and not date_known(m.group(0), known):
            found.append((m.start(), f"{quoted(m.group(0))} (tanggal)"))
    return [text for _start, text in sorted(found)]


def _cek_janji(reply: str, ctx: _Konteks) -> HasilBalasan:
    problems = _promises(reply, ctx)
    where = (
        "di komentar atau fakta yang diberikan" if ctx.fakta.strip() else "di komentar (belum ada fakta yang diberikan)"
    )
    extra = "" if ctx.fakta.strip() else ", atau sertakan fakta resmi yang memuatnya"
    if problems:
        return HasilBalasan(
            "janji",
            False,
            f"Balasan menjanjikan hal yang tidak ada {where}: {', '.join(dict.fromkeys(problems))}. Hapus, atau tulis "
            f'hanya yang sudah pasti, misalnya "laporan sudah kami teruskan ke ..."{extra}. Sumber: SE Menpan-RB '
            "137/2018 (informasi benar dan tidak menyesatkan); US EPA (jawaban faktual).",
        )
    return HasilBalasan(
        "janji", True, f"Tidak ada tanggal, tenggat, atau hasil yang dijanjikan di luar yang ada {where}."
    )


def _words(reply: str) -> int:
    return sum(1 for token in reply.split() if re.search(r"\w", token))


def _cek_panjang(reply: str) -> HasilBalasan:
    n = _words(reply)
    advice = (
        f"Saran kursus: {KATA_MIN}–{KATA_MAKS} kata, karena balasan dibaca di layar ponsel tepat di bawah komentar: "
        "cukup untuk sapaan, pengakuan, dan langkah berikutnya tanpa menjadi dinding teks."
    )
    if n < KATA_MIN:
        return HasilBalasan(
            "panjang", False, f"Balasan baru {n} kata; tambahkan pengakuan dan langkah berikutnya. {advice}"
        )
    if n > KATA_MAKS:
        return HasilBalasan(
            "panjang",
            False,
            f"Balasan {n} kata; pangkas, dan pindahkan rincian ke tautan atau pesan langsung. {advice}",
        )
    return HasilBalasan("panjang", True, f"Balasan {n} kata, dalam saran kursus {KATA_MIN}–{KATA_MAKS} kata.")


def _masked(reply: str) -> str:
    """The reply with links, e-mail addresses, @mentions and hashtags blanked out (same length)."""
    for rx in (w.URL, w.EMAIL, w.MENTION):
        reply = rx.sub(lambda m: " " * len(m.group(0)), reply)
    return reply


def _cek_bahasa(reply: str, ctx: _Konteks) -> HasilBalasan:
    text = _masked(reply)
    names = ctx.nama + tuple(spelling.nama_diri(ctx.komentar)) + tuple(spelling.nama_diri(ctx.fakta))
    findings = [str(f) for f in spelling.periksa_teks(text, nama=names)]
    findings += [
        f'Ragam cakapan: "{m.group(0)}" → "{w.CAKAPAN[m.group(0).casefold()]}". Akun instansi menulis ragam resmi '
        "yang ramah (KBBI: bentuk cakapan atau singkatan obrolan)."
        for m in w.CAKAPAN_RE.finditer(text)
    ]
    if findings:
        more = f" (dan {len(findings) - 3} lainnya)" if len(findings) > 3 else ""
        return HasilBalasan("bahasa", False, f"Ada {len(findings)} temuan ejaan: {' '.join(findings[:3])}{more}")
    return HasilBalasan("bahasa", True, "Tidak ada temuan ejaan (EYD V) atau ragam cakapan; nama tidak dikoreksi.")


def _notes(reply: str, ctx: _Konteks) -> tuple[str, ...]:
    if re.search(r"\d{10,}", ctx.komentar.replace(" ", "")) and not w.SARAN_HAPUS.search(reply):
        return (
            "Komentar memuat nomor panjang (NIK, KK, atau nomor HP). Sarankan penulisnya menghapus komentar itu, atau "
            "sembunyikan komentarnya sesuai pedoman moderasi akun Anda (UU 27/2022).",
        )
    return ()


def periksa_balasan(
    komentar: object, balasan: object, fakta: object = None, jenis: str | None = None
) -> LaporanBalasan:
    """Check ``balasan``, a reply to the citizen's ``komentar``; ``fakta`` (text, a list of texts or a dict of them)
    holds what the reply may state (dates, outcomes). ``jenis`` overrides the kind of comment the checker reads."""
    comment = expect_text(komentar, "komentar warga")
    reply = expect_text(balasan, "balasan")
    facts = fakta_teks(fakta)
    if jenis is not None and jenis not in JENIS_KOMENTAR:
        raise InputError(
            f"jenis komentar {quoted(str(jenis))} tidak dikenal.", f"Pilih salah satu: {', '.join(JENIS_KOMENTAR)}."
        )
    penulis, nama, body = penulis_komentar(comment)
    kind = jenis or jenis_komentar(comment)
    ctx = _Konteks(kind, penulis, nama, body, facts)
    results = (
        _cek_sapaan(reply, ctx),
        _cek_pengakuan(reply, ctx),
        _cek_solusi(reply, ctx),
        _cek_saluran(reply, ctx),
        _cek_nada(reply),
        _cek_janji(reply, ctx),
        _cek_panjang(reply),
        _cek_bahasa(reply, ctx),
    )
    return LaporanBalasan(results, kind, _words(reply), _notes(reply, ctx))


__all__ = [
    "ATURAN_BALASAN",
    "CEK_BALASAN",
    "JENIS_KOMENTAR",
    "KATA_MAKS",
    "KATA_MIN",
    "NAMA_CEK_BALASAN",
    "NAMA_JENIS",
    "SUMBER_BALASAN",
    "HasilBalasan",
    "LaporanBalasan",
    "jenis_komentar",
    "penulis_komentar",
    "periksa_balasan",
    "pisah_komentar",
]

check_reply = periksa_balasan
split_reply = pisah_komentar

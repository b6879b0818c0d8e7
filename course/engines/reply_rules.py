"""The rules for a reply to a citizen's comment, stated once, and what the comment asks of the reply.

``course.engines.citizen_replies`` checks a reply against these rules. Here: the check ids and their
display names, one line per rule with its source (``ATURAN_BALASAN``, for notebooks and docs), the
sources in full (``SUMBER_BALASAN``), the examples the messages offer per kind of comment, and the
reading of the comment: its author line ("@rina_sukamaju:", "Rina:") and its kind (``jenis_komentar``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from course.engines import reply_words as w
from course.errors import InputError, describe_value, expect_text

CEK_BALASAN = ("sapaan", "pengakuan", "solusi", "saluran", "nada", "janji", "panjang", "bahasa")
NAMA_CEK_BALASAN = {
    "sapaan": "Sapaan",
    "pengakuan": "Pengakuan",
    "solusi": "Jawaban atau langkah konkret",
    "saluran": "Saluran resmi untuk data pribadi",
    "nada": "Nada",
    "janji": "Janji yang dapat ditepati",
    "panjang": "Panjang balasan",
    "bahasa": "Ejaan (EYD V)",
}
KATA_MIN, KATA_MAKS = 12, 80  # words in a reply (course advice)
JENIS_KOMENTAR = w.JENIS_KOMENTAR  # the kinds of comment
NAMA_JENIS = w.NAMA_JENIS

SUMBER_BALASAN = {
    "Permenpan-RB 83/2012": "Peraturan Menteri PANRB Nomor 83 Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial "
    "Instansi Pemerintah (prinsip responsif dan profesional; komunikasi dua arah)",
    "US EPA": "U.S. Environmental Protection Agency, EPA Comment Guidance, "
    "https://www.epa.gov/social-media-guide/epa-comment-guidance",
    "Pemerintah Victoria": "Victorian Government, Social Media Operational Guidelines: Community guidelines and "
    "moderation guides (2025), https://www.vic.gov.au/victorian-government-social-media-operational-guidelines/"
    "community-guidelines-and-moderation-guides",
    "UU 27/2022": "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi",
    "SP4N-LAPOR!": "Perpres Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik; SP4N-LAPOR!, "
    "https://www.lapor.go.id",
    "SE Menpan-RB 137/2018": "Surat Edaran Menteri PANRB Nomor 137 Tahun 2018 (informasi yang disebarkan ASN di "
    "media sosial harus benar, jelas sumbernya, dan tidak menyesatkan)",
    "RFC 1855": "S. Hambridge, RFC 1855: Netiquette Guidelines (1995), https://www.rfc-editor.org/rfc/rfc1855",
    "EYD V": "Badan Pengembangan dan Pembinaan Bahasa, Ejaan Bahasa Indonesia yang Disempurnakan Edisi V (2022), "
    "https://github.com/gipsterya/eyd",
    "KBBI": "Kamus Besar Bahasa Indonesia (label cak, ragam cakapan), https://kbbi.kemdikbud.go.id",
}
ATURAN_BALASAN = {
    "sapaan": "Buka dengan sapaan yang menyebut nama atau panggilan sopan penulis komentar (Halo, Kak Rina; "
    "Selamat pagi, Bapak/Ibu). Sumber: Permenpan-RB 83/2012 (responsif, komunikasi dua arah).",
    "pengakuan": "Akui hal yang disampaikan warga (terima kasih atas laporannya, kami memahami, mohon maaf atas "
    "ketidaknyamanannya); terima kasih saja cukup untuk pertanyaan dan pujian. Sumber: Permenpan-RB 83/2012.",
    "solusi": "Beri jawaban atau langkah berikutnya yang konkret: siapa yang menangani, apa jawabannya, kapan, atau "
    "di mana (tautan, loket, saluran). Sumber: US EPA, Comment Guidance; Pemerintah Victoria (sourcing).",
    "saluran": "Kasus atau data pribadi (NIK, KK, nomor HP, alamat rumah, rekening) diarahkan ke saluran resmi "
    "yang tertutup (pesan langsung, WhatsApp resmi, surel, lapor.go.id, loket) dan tidak pernah diminta atau "
    "ditampilkan di kolom komentar. Sumber: UU 27/2022; US EPA; SP4N-LAPOR!.",
    "nada": "Tidak menyalahkan, tidak defensif, tidak sarkastis, tidak berteriak dengan huruf kapital. Sumber: "
    "Permenpan-RB 83/2012 (profesional); Pemerintah Victoria; RFC 1855.",
    "janji": "Tidak menjanjikan tanggal, tenggat, kepastian, atau hasil yang tidak ada di komentar atau fakta yang "
    "diberikan. Sumber: SE Menpan-RB 137/2018; US EPA (jawaban faktual).",
    "panjang": f"{KATA_MIN}–{KATA_MAKS} kata (saran kursus): balasan dibaca di layar ponsel di bawah komentar.",
    "bahasa": "Ejaan sesuai EYD V dan tanpa singkatan obrolan atau bentuk cakapan (yg, gak, udah); nama orang dan "
    "tempat tidak dikoreksi. Sumber: EYD V; KBBI.",
}

# Per kind of comment: what the reply acknowledges, an acknowledgement and a concrete step to copy from.
YANG_DIAKUI = {
    "keluhan": "keluhannya",
    "pertanyaan": "pertanyaannya",
    "hoaks": "kekhawatiran di balik kabar itu",
    "hinaan": "kekecewaan penulisnya",
    "data_pribadi": "kendala yang dialami penulisnya",
    "pujian": "apresiasinya",
    "umum": "komentarnya",
}
CONTOH_PENGAKUAN = {
    "keluhan": "Terima kasih atas laporannya dan mohon maaf atas ketidaknyamanannya",
    "pertanyaan": "Terima kasih sudah bertanya",
    "hoaks": "Terima kasih sudah menanyakan kebenarannya",
    "hinaan": "Kami memahami kekecewaan Bapak/Ibu",
    "data_pribadi": "Mohon maaf atas kendalanya",
    "pujian": "Terima kasih atas apresiasinya",
    "umum": "Terima kasih atas komentarnya",
}
CONTOH_SOLUSI = {
    "keluhan": "Laporan ini sudah kami teruskan ke Dinas PUPR Kabupaten Sukamaju",
    "pertanyaan": "Syaratnya ..., dan bisa diurus di Mal Pelayanan Publik Sukamaju",
    "hoaks": "Informasi itu tidak benar; jadwal resmi ada di sukamajukab.go.id",
    "hinaan": "Keluhan tentang layanan dapat disampaikan melalui lapor.go.id",
    "data_pribadi": "Silakan kirim nomor pengajuan melalui pesan langsung ke akun ini",
    "pujian": "Foto kegiatan lainnya ada di sorotan Agenda di profil kami",
    "umum": "Informasi lengkapnya ada di sukamajukab.go.id",
}


# ---------------------------------------------------------------------------
# Reading the comment and the facts


def fakta_teks(fakta: object) -> str:
    """The facts as one text: a text, a list of texts, or the text values of a dict (a fact sheet)."""
    if fakta is None:
        return ""
    if isinstance(fakta, str):
        return fakta
    values = list(fakta.values()) if isinstance(fakta, Mapping) else fakta
    if isinstance(values, list | tuple):
        parts = [v for item in values for v in (item if isinstance(item, list | tuple) else [item])]
        if all(isinstance(p, str) for p in parts):
            return "\n".join(parts)
    raise InputError(
        f"fakta harus berupa teks, bukan {describe_value(fakta)}.",
        'Tulis fakta yang boleh disebut di antara tanda petik, misalnya "Perbaikan dijadwalkan 10–14 Juni 2025."',
    )


_AUTHOR = re.compile(
    r"^\s*(?:(?i:komentar)(?:\s+(?i:dari))?\s+)?(?P<who>@[\w.]+|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s*:\s*(?=\S)"
)


def penulis_komentar(komentar: str) -> tuple[str | None, tuple[str, ...], str]:
    """The author as written (``@rina_sukamaju`` or ``Rina``), the author's name words, and the comment body."""
    match = _AUTHOR.match(komentar)
    if not match or match.group("who").casefold() in w.BUKAN_PENULIS:
        return None, (), komentar
    who = match.group("who")
    words = re.split(r"[\s_.\d@'-]+", who)
    names = tuple(p.capitalize() for p in words if len(p) > 1 and p.isalpha() and p.casefold() not in w.PANGGILAN)
    return who, names, komentar[match.end() :].strip()


def jenis_komentar(komentar: object) -> str:
    """The kind of comment (``JENIS_KOMENTAR``): the first kind of ``URUTAN_JENIS`` whose markers it holds."""
    body = penulis_komentar(expect_text(komentar, "komentar warga"))[2]
    return next((kind for kind in w.URUTAN_JENIS if w.MARKERS[kind].search(body)), "umum")


def days_named(text: str) -> set[tuple[int, int | None]]:
    """The (day, month) pairs the dates of ``text`` name; a range names every day in it."""
    found: set[tuple[int, int | None]] = set()
    for m in w.TANGGAL.finditer(text):
        if m.group("awal"):
            month = w.NOMOR_BULAN[m.group("bulan").casefold()]
            first, last = int(m.group("awal")), int(m.group("akhir") or m.group("awal"))
            found.update((day, month) for day in range(first, max(first, last) + 1))
        elif m.group("hari"):
            found.add((int(m.group("hari")), int(m.group("bln"))))
        else:
            found.add((int(m.group("tgl")), None))
    return found


def date_known(date: str, known: set[tuple[int, int | None]]) -> bool:
    days = {d for d, _month in known}
    return all(
        pair in known or (pair[0], None) in known or (pair[1] is None and pair[0] in days) for pair in days_named(date)
    )

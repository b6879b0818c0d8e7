"""Reading a participant's or instructor's file with friendly Indonesian errors.

Shared by the batch commands (``bimtek judul``, ``bimtek siaran-pers``, ``bimtek takarir``,
``bimtek balasan``; ``-`` reads standard input): a missing path,
a folder, an unreadable, empty, binary or non-UTF-8 file, and a line longer than
``BATAS_BARIS`` characters each become one ``InputError`` that says what is wrong and what
to do, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from course.errors import InputError

# The longest line a text file may have, in characters. No headline, paragraph or CSV row is
# anywhere near it; a longer line means a file whose line breaks were lost (or an attack), and
# Python's CSV reader would stop at its field limit (131,072) with a misleading message.
BATAS_BARIS = 100_000


def _ribuan(n: int) -> str:
    """``10485760`` → ``10.485.760`` (Indonesian thousands separator)."""
    return f"{n:,}".replace(",", ".")


def _baris_terpanjang(text: str) -> tuple[int, int]:
    """The number (from 1) and length of the longest line of ``text``."""
    number, longest, line, start = 1, 0, 1, 0
    while True:
        end = text.find("\n", start)
        length = (len(text) if end < 0 else end) - start
        if length > longest:
            number, longest = line, length
        if end < 0:
            return number, longest
        line, start = line + 1, end + 1


def baca_teks(
    path: str | Path,
    jenis: str = "teks",
    saran_kosong: str = "Isi berkas itu dulu, lalu jalankan lagi.",
    saran_simpan: str | None = None,
    batas_baris: int = BATAS_BARIS,
    tolak_biner: bool = True,
) -> str:
    """The text of ``path`` decoded as UTF-8 (a BOM is dropped); ``InputError`` on any problem.

    ``jenis`` names the kind of file in messages (e.g. "siaran pers", "lembar fakta");
    ``saran_kosong`` is the hint for an empty file. ``saran_simpan``, when given, is the hint
    for a binary or non-UTF-8 file (how to save it again, e.g. from Excel as "CSV UTF-8").
    A line longer than ``batas_baris`` characters is refused, naming its line number. With
    ``tolak_biner=False`` a NUL byte is left for the caller (the roster names its row).
    """
    if str(path) == "-":
        return _decoded(
            _standard_input(jenis), "masukan standar", jenis, saran_kosong, saran_simpan, batas_baris, tolak_biner
        )
    path = Path(path)
    if not path.exists():
        raise InputError(f"berkas {path} tidak ditemukan.", "Periksa lagi nama dan folder berkasnya.")
    if path.is_dir():
        raise InputError(f"{path} adalah folder, bukan berkas {jenis}.", f"Tulis nama berkas {jenis}-nya.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(
            f"berkas {path} tidak dapat dibaca ({exc.strerror}).", "Periksa izin akses berkasnya."
        ) from None
    return _decoded(raw, f"berkas {path}", jenis, saran_kosong, saran_simpan, batas_baris, tolak_biner)


def _standard_input(jenis: str, stream: BinaryIO | None = None) -> bytes:
    """All bytes of standard input; ``InputError`` when it is a terminal nobody typed into."""
    stream = stream or sys.stdin.buffer
    if stream.isatty():
        raise InputError(
            f"tanda - berarti {jenis} dibaca dari masukan standar, tetapi tidak ada yang dialirkan ke sana.",
            f"Alirkan berkasnya, misalnya: cat {jenis.replace(' ', '_')}.txt | bimtek ... -",
        )
    return stream.read()


def _decoded(
    raw: bytes,
    where: str,
    jenis: str,
    saran_kosong: str,
    saran_simpan: str | None,
    batas_baris: int,
    tolak_biner: bool,
) -> str:
    """``raw`` decoded as UTF-8 text, checked like a file's text (``where`` names it in messages)."""
    if tolak_biner and b"\x00" in raw[:8192]:
        raise InputError(
            f"{where} bukan berkas teks (isinya biner).",
            saran_simpan or f"Simpan {jenis} sebagai teks biasa (.txt, UTF-8), bukan .docx atau PDF.",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{where} bukan teks UTF-8 (baris {line}).",
            saran_simpan or "Simpan ulang berkasnya dengan pengodean UTF-8.",
        ) from None
    if not text.strip():
        raise InputError(f"{where} kosong.", saran_kosong)
    number, longest = _baris_terpanjang(text)
    if longest > batas_baris:
        raise InputError(
            f"baris {number} {where} terlalu panjang ({_ribuan(longest)} karakter; paling panjang "
            f"{_ribuan(batas_baris)} karakter per baris).",
            "Periksa apakah pemisah barisnya hilang saat berkas disimpan, lalu simpan ulang dengan satu entri per baris.",
        )
    return text

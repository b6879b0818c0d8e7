"""Splitting a press release (siaran pers) into its parts, for ``course.engines.press_release``.

``split_release(text)`` finds the letterhead and label lines ("SIARAN PERS", "UNTUK
DISIARKAN SEGERA"), the headline, the story (dateline paragraph first), the "Tentang ..."
boilerplate, the contact block and the end marks (``###``, ``-30-``, ``-selesai-``). The
patterns are public because the press-conference checker reads the same anatomy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LABEL_LINE = re.compile(
    r"^\s*(siaran\s+pers|rilis\s+pers|press\s+release|untuk\s+disiarkan\b.*|"
    r"untuk\s+segera\s+disiarkan.*|embargo\b.*|segera\s+disiarkan.*)\s*$",
    re.IGNORECASE,
)
END_MARK = re.compile(r"^\s*(#{3}|-\s*30\s*-|[-–—]\s*selesai\s*[-–—])\s*$", re.IGNORECASE)
_DASH = r"[–—-]{1,2}"
_CITY_WORD = r"[A-Z][A-Za-z'.]*"
DATELINE = re.compile(
    rf"^(?P<kota>{_CITY_WORD}(?:\s+{_CITY_WORD}){{0,3}})(?:\s*\((?P<kantor>[A-Za-z]+)\))?"
    rf"(?:,\s*(?P<tanggal>(?:[A-Z][a-z]+\s*(?:\(\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\))?|\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}})))?"
    rf"\s+{_DASH}\s+"
)
TENTANG_HEAD = re.compile(r"^\s*tentang\s+\S", re.IGNORECASE)
KONTAK = re.compile(
    r"^\s*(narahubung|kontak|contact\s+person|informasi\s+lebih\s+lanjut|keterangan\s+lebih\s+lanjut)\b", re.IGNORECASE
)
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:[-'’.,][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")
SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z0-9])")


@dataclass
class Bagian:
    label: list[str]
    judul: str | None
    badan: list[str]  # story paragraphs, dateline paragraph first
    tentang: list[str]  # the boilerplate block(s)
    kontak: list[str]  # the contact block(s)
    penutup: list[str]  # end-mark lines as written
    kop: list[str] = field(default_factory=list)  # letterhead blocks above the label


def _blocks(text: str) -> list[str]:
    return [
        " ".join(line.strip() for line in block.splitlines() if line.strip())
        for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
        if block.strip()
    ]


def split_release(text: str) -> Bagian:
    parts = Bagian([], None, [], [], [], [])
    # End marks and label lines may sit on a line of their own inside a block: take them out first.
    lines = []
    last_label = -1
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if END_MARK.match(line):
            parts.penutup.append(line.strip())
            lines.append("")
        elif LABEL_LINE.match(line) and not parts.penutup:
            parts.label.append(line.strip())
            last_label = len(lines)
            lines.append("")
        else:
            lines.append(line)
    # Whatever stands above the last label line (SIARAN PERS, UNTUK DISIARKAN SEGERA) is the letterhead.
    parts.kop = _blocks("\n".join(lines[:last_label])) if last_label >= 0 else []
    section = "badan"
    for block in _blocks("\n".join(lines[last_label + 1 :])):
        if KONTAK.match(block):
            section = "kontak"
        elif TENTANG_HEAD.match(block):
            section = "tentang"
        if section == "kontak":
            parts.kontak.append(block)
        elif section == "tentang":
            parts.tentang.append(block)
        elif parts.judul is None and not parts.badan and not DATELINE.match(block) and _looks_like_title(block):
            parts.judul = block
        else:
            parts.badan.append(block)
    return parts


def _looks_like_title(block: str) -> bool:
    """A headline: one short line of at most 25 words, not a run of sentences."""
    return len(block) <= 160 and len(WORD.findall(block)) <= 25 and ". " not in block


def split_words(text: str) -> list[str]:
    return WORD.findall(text)


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in SENTENCE_BREAK.split(paragraph) if s and s.strip()]


def quoted(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1].rstrip() + "…"}"'

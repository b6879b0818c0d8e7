"""The anatomy of a press release (siaran pers), stated once, and the splitting of a release into its parts.

``ANATOMY`` is the course's one statement of what a release holds and in which order: the notebook of
session 05 shows it (``anatomy_markdown``), Tes item 13 keys its order (``order_line``), the model answers
follow it, and the press-release checker (``course.engines.press_release``) judges the order it finds with
``order_problems``. The end mark (``###``, ``-30-``, ``-selesai-``) closes the story: house styles put it
right after the body (boilerplate and contact below it; the course teaches this one) or at the very end,
and the checker accepts it anywhere after the last story paragraph (``END_MARK_PLACEMENTS``).

Sources of the anatomy: PMKRI, *Panduan Penulisan Siaran Pers* (2020); Black & Sharpe (1988) via
Abdurrahman's "PR Writing" slides; Simon Fraser University, *Communicators' Toolkit* (### or -30-);
UNUGHA's rules for releases (at least one direct quote). "-selesai-" is local usage, accepted and never
required.

``split_release(text)`` finds the letterhead and label lines ("SIARAN PERS"), the notice ("UNTUK
DISIARKAN SEGERA", an embargo line), the headline, the story (dateline paragraph first), the "Tentang ..."
boilerplate, the contact block, notes to editors and the end marks, and records the order in which the
parts stand (``Bagian.urutan``). The patterns are public because other checkers read the same anatomy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------
# The anatomy (one place)


@dataclass(frozen=True)
class Part:
    """One part of a release: its id, its name and what it holds (Indonesian, Markdown), and the short
    label used when the order is written on one line (None: the part is left out of that line)."""

    id: str
    nama: str
    isi: str
    label: str | None


ANATOMY: tuple[Part, ...] = (
    Part("kop", "Kop dan label", "logo, nama, dan alamat instansi, dengan label SIARAN PERS", None),
    Part(
        "notifikasi",
        "Notifikasi",
        "UNTUK DISIARKAN SEGERA, atau embargo: tidak disiarkan sebelum waktu tertentu",
        None,
    ),
    Part("judul", "Judul", "sesuai dengan isi, tanpa sensasi, huruf kapital sesuai dengan EYD", "judul"),
    Part(
        "dateline",
        "*Dateline*",
        "kota (dan tanggal) pembuka paragraf pertama, lalu tanda pisah: SUKAMAJU – atau SUKAMAJU, 3 Maret 2025 – "
        "(konvensi redaksi, bukan aturan EYD)",
        "*dateline* dan teras",
    ),
    Part("teras", "Teras (*lead*)", "fakta terpenting dengan unsur 5W1H kunci", None),
    Part(
        "tubuh",
        "Tubuh",
        "rincian menurun menurut kepentingan, dengan paling sedikit satu kutipan langsung",
        "tubuh dengan kutipan",
    ),
    Part(
        "penutup",
        "Tanda akhir",
        "###, -30-, atau -selesai- di baris tersendiri, langsung setelah paragraf terakhir tubuh",
        "###",
    ),
    Part(
        "tentang",
        "Tentang instansi (*boilerplate*)",
        'paragraf singkat "Tentang [instansi]" di bawah tanda akhir',
        '*boilerplate* "Tentang …"',
    ),
    Part("narahubung", "Narahubung", "nama, jabatan, telepon, surel, situs", "narahubung"),
)
PARTS = {part.id: part for part in ANATOMY}
ORDER = tuple(part.id for part in ANATOMY)  # the order the course teaches
STORY = ("kop", "notifikasi", "judul", "dateline", "teras", "tubuh")  # what the end mark closes
AFTER_STORY = ("penutup", "tentang", "narahubung")
# Where house styles put the end mark; the course teaches the first, the checker accepts both
# (in fact any place after the last story paragraph).
END_MARK_PLACEMENTS = {
    "setelah_tubuh": "langsung setelah paragraf terakhir tubuh, sebelum tentang instansi dan narahubung "
    "(yang diajarkan di kursus ini)",
    "paling_akhir": "di paling akhir, setelah narahubung (gaya sebagian redaksi)",
}
END_MARKS = ("###", "-30-", "-selesai-")


def anatomy_markdown() -> str:
    """The anatomy as a Markdown table (the notebook of session 05 and the instructor's notes show it)."""
    rows = ["| Bagian | Isi |", "|---|---|"]
    rows += [f"| {part.nama} | {part.isi} |" for part in ANATOMY]
    placements = " atau ".join(END_MARK_PLACEMENTS.values())
    rows += [
        "",
        f"Letak tanda akhir berbeda menurut gaya redaksi: {placements}. Pemeriksa siaran pers kursus ini menerima keduanya.",
    ]
    return "\n".join(rows)


def anatomy_list() -> str:
    """The parts in the taught order as a running list ("kop dan label, notifikasi, judul, *dateline*, …")."""

    def lower_first(name: str) -> str:
        at = next(i for i, c in enumerate(name) if c.isalpha())
        return name[:at] + name[at].lower() + name[at + 1 :]

    return ", ".join(lower_first(part.nama) for part in ANATOMY)


def order_line(order: tuple[str, ...] = ORDER) -> str:
    """``order`` written on one line with the short labels, e.g. "Judul → *dateline* dan teras → …"."""
    labels = [PARTS[i].label for i in order if PARTS[i].label]
    text = " → ".join(label for label in labels if label)
    return text[:1].upper() + text[1:]


def read_order_line(line: str) -> tuple[str, ...]:
    """The part ids of an order written with the short labels (the inverse of ``order_line``)."""
    by_label = {(part.label or "").casefold(): part.id for part in ANATOMY if part.label}
    ids: list[str] = []
    for label in line.split("→"):
        part = by_label.get(label.strip().casefold())
        if part is None:
            raise ValueError(f"unknown part label: {label.strip()!r}")
        ids += ["dateline", "teras"] if part == "dateline" else [part]
    return tuple(ids)


def order_problems(order: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """What is out of place in ``order`` (part ids as they stand in a release), as ``(part id, message)``.

    The story parts keep the anatomy's order; the end mark, the boilerplate and the contact come after
    the last story paragraph. The end mark may stand anywhere after it (``END_MARK_PLACEMENTS``).
    """
    problems: list[tuple[str, str]] = []
    story = [(n, i) for n, i in enumerate(order) if i in STORY]
    for (_, before), (_, after) in zip(story, story[1:], strict=False):
        if ORDER.index(after) < ORDER.index(before):
            problems.append((after, f"{PARTS[after].nama} berada setelah {PARTS[before].nama.lower()}"))
    last_story = max((n for n, i in story if i in ("teras", "tubuh")), default=-1)
    for n, part in enumerate(order):
        if part in AFTER_STORY and n < last_story:
            problems.append((part, f"{PARTS[part].nama.split(' (')[0]} berada sebelum paragraf terakhir naskah"))
    return problems


# ---------------------------------------------------------------------------
# Patterns of the parts

LABEL = re.compile(r"^\s*(siaran\s+pers|rilis\s+pers|rilis\s+media|press\s+release|berita\s+pers)\s*:?\s*$", re.I)
NOTICE = re.compile(
    r"^\s*(untuk\s+(segera\s+)?disiarkan\b.*|untuk\s+diterbitkan\b.*|segera\s+disiarkan.*|(di)?embargo\b.*|"
    r"jangan\s+disiarkan\b.*|tidak\s+untuk\s+disiarkan\s+sebelum\b.*)\s*$",
    re.IGNORECASE,
)
LABEL_LINE = re.compile(f"(?:{LABEL.pattern})|(?:{NOTICE.pattern})", re.IGNORECASE)
END_MARK = re.compile(r"^\s*(#{3}|-\s*30\s*-|[-–—]\s*selesai\s*[-–—])\s*$", re.IGNORECASE)
_DASH = r"[–—-]{1,2}"
_CITY_WORD = r"[A-Z][A-Za-z'.]*"
_DATE = r"(?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
_DAY = r"[A-Z][a-z]+\s*(?:\(\d{1,2}/\d{1,2}/\d{2,4}\))?"
DATELINE = re.compile(
    rf"^(?P<kota>{_CITY_WORD}(?:\s+{_CITY_WORD}){{0,3}})(?:\s*\((?P<kantor>[A-Za-z]+)\))?"
    rf"(?:,\s*(?P<tanggal>{_DATE}|{_DAY}))?\s+{_DASH}\s+"
)
TENTANG_HEAD = re.compile(r"^\s*(?:(?:[Ss]ekilas|SEKILAS)\s+)?(?:[Tt]entang|TENTANG)\s+[A-Z]|^\s*[Pp]rofil\s+singkat\b")
# A story paragraph may open with "Informasi lebih lanjut dapat …": that heading needs its colon.
KONTAK = re.compile(
    r"^\s*((narahubung|kontak|contact\s+person)\b|(untuk\s+)?(informasi|keterangan)\s+lebih\s+lanjut\s*:)",
    re.IGNORECASE,
)
NOTES = re.compile(r"^\s*(catatan\s+(untuk\s+)?(redaksi|redaktur|editor)|lampiran|foto\s*:)", re.IGNORECASE)
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9]+(?:[-'’.,][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*")
# A full stop after a title or an initial ("dr. Rina", "Ir. H. Ahmad") does not end a sentence.
_TITLES = r"(?<!\b[Dd]r\.)(?<!\bIr\.)(?<!\bH\.)(?<!\bHj\.)(?<!\bDrs\.)(?<!\bDra\.)(?<!\bProf\.)(?<!\b[A-Z]\.)"
SENTENCE_BREAK = re.compile(rf"(?:(?<=[.!?]){_TITLES}|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z0-9])")
_END = "\x00penutup"  # stands for an end-mark line while the release is cut into blocks


@dataclass
class Bagian:
    label: list[str]
    judul: str | None
    badan: list[str]  # story paragraphs, dateline paragraph first
    tentang: list[str]  # the boilerplate block(s)
    kontak: list[str]  # the contact block(s)
    penutup: list[str]  # end-mark lines as written
    kop: list[str] = field(default_factory=list)  # letterhead blocks above the label
    catatan: list[str] = field(default_factory=list)  # notes to editors after the end mark
    urutan: list[str] = field(default_factory=list)  # the anatomy's part ids in the order they stand


def _blocks(text: str) -> list[str]:
    return [
        " ".join(line.strip() for line in block.splitlines() if line.strip())
        for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
        if block.strip()
    ]


def _note(parts: Bagian, part: str) -> None:
    if not parts.urutan or parts.urutan[-1] != part:
        parts.urutan.append(part)


def split_release(text: str) -> Bagian:
    parts = Bagian([], None, [], [], [], [])
    # End marks and label lines may sit on a line of their own inside a block: take them out first.
    lines = []
    last_label = -1
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if END_MARK.match(line):
            parts.penutup.append(line.strip())
            lines += ["", _END, ""]
        elif LABEL_LINE.match(line) and not parts.penutup:
            parts.label.append(line.strip())
            last_label = len(lines)
            lines.append("")
        else:
            lines.append(line)
    # Whatever stands above the last label line (SIARAN PERS, UNTUK DISIARKAN SEGERA) is the letterhead.
    parts.kop = _blocks("\n".join(lines[:last_label])) if last_label >= 0 else []
    if parts.kop or any(LABEL.match(line) for line in parts.label):
        _note(parts, "kop")
    if any(NOTICE.match(line) for line in parts.label):
        _note(parts, "notifikasi")
    section = "badan"
    for block in _blocks("\n".join(lines[last_label + 1 :])):
        if block == _END:
            _note(parts, "penutup")
            continue
        if KONTAK.match(block):
            section = "kontak"
        elif TENTANG_HEAD.match(block):
            section = "tentang"
        elif NOTES.match(block) and parts.penutup:
            section = "catatan"
        if section == "kontak":
            parts.kontak.append(block)
            _note(parts, "narahubung")
        elif section == "tentang":
            parts.tentang.append(block)
            _note(parts, "tentang")
        elif section == "catatan":
            parts.catatan.append(block)
        elif parts.judul is None and not parts.badan and not DATELINE.match(block) and _looks_like_title(block):
            parts.judul = block
            _note(parts, "judul")
        else:
            if not parts.badan:
                _note(parts, "dateline" if DATELINE.match(block) else "teras")
                _note(parts, "teras")
            else:
                _note(parts, "tubuh")
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

"""An EYD Edisi V checker for the writing in this course: headlines, releases, captions.

``periksa_teks(teks)`` checks running text and ``periksa_judul(judul)`` checks a
headline (running-text rules plus title capitalisation). Each returns a list of
``Temuan`` (findings): the rule, the offending text as written, a suggested fix
and a short Indonesian explanation naming the EYD rule. ``perbaiki(teks, judul=...)``
applies every suggested fix.

Precision matters more than recall: a correct sentence must never be flagged,
so every rule is deliberately narrow and anything uncertain is left alone.
The rules, from ``../shared/domain/brief.md`` section 3 and the EYD V text it
cites (GitHub ``gipsterya/eyd``, CC BY-SA 4.0, Badan Bahasa's content); the rules are
in ``course.engines.spelling_rules`` and their word lists in ``course.engines.spelling_words``:

* ``kapital-judul``: in a title every word starts with a capital, both halves of a
  full reduplication included (*Asas-Asas*), except kata tugas not in first
  position (Huruf Kapital rule 21; the kata tugas list is the brief's
  operationalisation). A title does not end with a full stop (Tanda Titik rule 10).
* ``kata-baku``: about sixty non-standard words with their KBBI form (brief 3.6),
  matched as whole words, keeping the writer's capitalisation.
* ``kata-depan`` / ``awalan-di``: *di*/*ke* joined to a place word
  (*dikantor* -> *di kantor*) or *di-* split from a verb (*di laksanakan* ->
  *dilaksanakan*), both through whitelists, so that correct words such as
  *keluar*, *dirumahkan* or *di pekan* are never flagged.
* ``angka``: ``Rp 5.000`` -> ``Rp5.000``; ``5 %`` -> ``5%``; ``ke3`` -> ``ke-3``;
  ``2000an`` -> ``2000-an``; a number that opens a sentence (Angka rule 4); a
  one-word number before a counting noun in running text (*3 orang* -> *tiga
  orang*, Angka rule 2, skipped in enumerations).
* ``singkatan``: initialisms in capitals (*Dprd* -> *DPRD*), syllable acronyms of
  proper names with an initial capital (*PEMKAB* -> *Pemkab*), *dll*/*dsb*/*dst*
  with a full stop (Singkatan rules 3, 4a and 6).
* ``kapital``: *Anda* always capitalised; names of months capitalised (Huruf
  Kapital note a and rule 13).

Names of people, places and institutions are never corrected: a word that the text shows to be part
of a proper name (``course.engines.spelling_names``: after a title such as "dr." or a verb of
attribution, inside a run of capitalised words, or a name the caller passes in ``nama``) keeps its
spelling, so a person named Ramadhan is left alone while "bulan Ramadhan" becomes "bulan Ramadan".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from course.engines.spelling_names import name_words, names_in
from course.engines.spelling_rules import (
    WORD,
    Temuan,
    rule_abbreviations,
    rule_baku,
    rule_capitals,
    rule_di_ke,
    rule_numbers,
    rule_title,
)
from course.errors import expect_text

# ---------------------------------------------------------------------------
# Public API


# The rules that could "correct" a proper name, and whether a run of capitalised words is evidence enough.
_NAME_RULES = {"kata-baku": True, "kata-depan": False}


def _keep_names(
    text: str, words: list[re.Match], found: list[Temuan], title: bool, nama: Iterable[str]
) -> list[Temuan]:
    """``found`` without the findings that would change a proper name."""
    at = {m.start(): i for i, m in enumerate(words)}
    names = {runs: name_words(text, words, nama, runs=runs and not title) for runs in (True, False)}
    return [f for f in found if f.aturan not in _NAME_RULES or at.get(f.awal) not in names[_NAME_RULES[f.aturan]]]


def _check(text: str, title: bool, sentence_start: bool = True, nama: Iterable[str] = ()) -> list[Temuan]:
    words = list(WORD.finditer(text))
    found: list[Temuan] = []
    found += rule_baku(text, words, title)
    found += rule_di_ke(text, words, title)
    if found:
        found = _keep_names(text, words, found, title, tuple(nama))
    found += rule_numbers(text, title, sentence_start)
    found += rule_abbreviations(text, words)
    found += rule_capitals(text, words)
    if title:
        found += rule_title(text, words)
    found.sort(key=lambda f: (f.awal, -(f.akhir - f.awal)))
    kept: list[Temuan] = []
    for finding in found:  # one finding per stretch of text: the first, longest one wins
        if kept and finding.awal < kept[-1].akhir:
            continue
        kept.append(finding)
    return kept


def periksa_teks(teks: object, awal_kalimat: bool = True, nama: Iterable[str] = ()) -> list[Temuan]:
    """Findings in running text (sentences of a release or a caption).

    With ``awal_kalimat=False`` the text is a fragment (a table cell, a heading),
    so its first word is not checked as the start of a sentence. ``nama`` are names
    the text may use (people, places, institutions of a fact sheet); they are never corrected.
    """
    text = expect_text(teks, "teks", allow_empty=True)
    return _check(text, title=False, sentence_start=awal_kalimat, nama=nama)


def periksa_judul(judul: object, nama: Iterable[str] = ()) -> list[Temuan]:
    """Findings in a headline: the running-text rules plus title capitalisation (``nama`` as in ``periksa_teks``)."""
    return _check(expect_text(judul, "judul", allow_empty=True), title=True, nama=nama)


def perbaiki(teks: object, judul: bool = False, nama: Iterable[str] = ()) -> str:
    """``teks`` with every suggested fix applied."""
    text = expect_text(teks, "judul" if judul else "teks", allow_empty=True)
    findings = _check(text, title=judul, nama=nama)
    for f in sorted(findings, key=lambda f: f.awal, reverse=True):
        text = text[: f.awal] + f.saran + text[f.akhir :]
    return text.rstrip() if judul else text


def nama_diri(teks: object, nama: Iterable[str] = ()) -> frozenset[str]:
    """The words ``teks`` shows to be proper names (``course.engines.spelling_names``), e.g. to keep them
    in a headline written above that text."""
    return names_in(expect_text(teks, "teks", allow_empty=True), nama)


# English aliases for maintainers' code.
check_text = periksa_teks
check_title = periksa_judul
fix = perbaiki


# ---------------------------------------------------------------------------
# Prose of a Markdown cell, for checking the course's own notebooks.

_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_URL = re.compile(r"<?(https?://|www\.)[^\s)>]+>?")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HTML = re.compile(r"<[^>\n]+>")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_CHOICE = re.compile(r"^\s*[-*+]\s+\*\*[A-E]\.\*\*")


def prosa_markdown(markdown: str) -> list[tuple[str, bool]]:
    """The prose segments of a Markdown text: ``(text, is_sentence)`` for paragraphs, list items
    (sentences), headings and table cells (fragments).

    Code blocks, code spans, URLs, HTML tags and the options of a multiple-choice
    item (``- **A.** ...``; all but one are wrong on purpose) are left out, and
    emphasis markers are removed.
    """
    text = _FENCE.sub("\n", markdown)
    text = _CODE_SPAN.sub(" ", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _URL.sub(" ", text)
    text = _HTML.sub(" ", text)
    segments: list[tuple[str, bool]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            segments.append((" ".join(current), True))
            current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("|") or _LIST_MARK.match(line) or line.startswith(">"):
            flush()
        if not line:
            continue
        if _CHOICE.match(line):
            continue
        if line.startswith("|"):
            if re.fullmatch(r"[|\s:\-]+", line):
                continue
            segments.extend((cell.strip(), False) for cell in line.strip("|").split("|") if cell.strip())
            continue
        if line.startswith("#"):
            segments.append((line.lstrip("#").strip(), False))
            continue
        line = _LIST_MARK.sub("", line)
        line = line.lstrip("> ").strip()
        current.append(line)
    flush()
    cleaned = []
    for seg, sentence in segments:
        seg = re.sub(r"(\*\*|__|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)|(?<!\w)_(?!\s)|(?<!\s)_(?!\w))", "", seg)
        seg = re.sub(r"\s+", " ", seg).strip()
        if seg:
            cleaned.append((seg, sentence))
    return cleaned


def periksa_markdown(markdown: str) -> list[Temuan]:
    """Findings in the prose of a Markdown text (see ``prosa_markdown``); spans are per segment."""
    found: list[Temuan] = []
    for segment, sentence in prosa_markdown(markdown):
        found += periksa_teks(segment, awal_kalimat=sentence)
    return found

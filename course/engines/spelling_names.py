"""Proper names in running text, for the EYD V checker (``course.engines.spelling``).

The names of people, places and institutions are written as their owners write them: a person named
Ramadhan keeps the h, the Institut Teknologi Sepuluh Nopember keeps its Nopember. The checker never
"corrects" them. ``name_words(text, words)`` says which words of ``text`` are part of a name, by the
evidence an editor reads:

* a title or form of address before it: "dr. Rina Wulandari", "Ir. H. Rahmat Ramadhan", "Ibu Siti";
* a verb of attribution before it: "…," ujar Ramadhan;
* a run of capitalised words inside a sentence with another word of the run that is a name too:
  "Ketua Panitia Rahmat Ramadhan", "Institut Teknologi Sepuluh Nopember" (not in a headline, where
  every word is capitalised, and not when the other word is a calendar word: "Bulan Ramadhan",
  "Hari Raya Idul Fitri");
* a name the caller knows (from a fact sheet), and every other place where the text writes a name it
  has shown to be one ("Ramadhan menjelaskan, …" after the first reference), except right after a
  calendar word ("selama bulan Ramadhan" is still the month, written Ramadan).

"Walikota" and "Ibukota" are never names (``BUKAN_NAMA``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from course.engines.spelling_rules import WORD, sentence_spans
from course.engines.spelling_words import BUKAN_NAMA, GELAR_NAMA, KONTEKS_KALENDER, VERBA_ATRIBUSI


def _capitalised(word: str) -> bool:
    """Starts with a capital and is not an all-capitals acronym of two letters or more."""
    if not word[:1].isupper():
        return False
    return not (word.isupper() and sum(1 for c in word if c.isalpha()) > 1)


class _Text:
    """The words of a text with what the name rules need to know about them."""

    def __init__(self, text: str, words: list[re.Match]):
        self.text = text
        self.words = words
        self.low = [m.group(0).casefold() for m in words]
        self.caps = [_capitalised(m.group(0)) for m in words]
        self.starts = self._sentence_starts()

    def _sentence_starts(self) -> set[int]:
        starts: set[int] = set()
        spans = list(sentence_spans(self.text))
        index = 0
        for start, _end in spans:
            while index < len(self.words) and self.words[index].start() < start:
                index += 1
            if index < len(self.words):
                starts.add(index)
        return starts | ({0} if self.words else set())

    def gap(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1``."""
        return self.text[self.words[i].end() : self.words[i + 1].start()]

    def title_word(self, i: int) -> bool:
        """Word ``i`` is a title or form of address before a name ("dr.", "H.", "Ibu")."""
        if self.low[i] not in GELAR_NAMA:
            return False
        word = self.words[i].group(0)
        dotted = self.text[self.words[i].end() : self.words[i].end() + 1] == "."
        return dotted or word[:1].isupper()

    def initial(self, i: int) -> bool:
        word = self.words[i].group(0)
        return len(word) == 1 and word.isupper() and self.text[self.words[i].end() : self.words[i].end() + 1] == "."

    def run_after(self, i: int) -> list[int]:
        """The capitalised words of the name that follows word ``i`` (titles and initials inside it skipped)."""
        found: list[int] = []
        j = i
        while j + 1 < len(self.words):
            gap = self.gap(j)
            dotted = self.title_word(j) or self.initial(j)
            if not (gap == " " or (dotted and gap == ". ")):
                break
            j += 1
            if self.title_word(j) or self.initial(j):
                continue
            if not self.caps[j]:
                break
            found.append(j)
        return found

    def after_calendar_word(self, i: int) -> bool:
        """Word ``i`` follows a calendar word or a day of the month ("bulan Ramadhan", "10 Nopember")."""
        before = self.low[i - 1] if i > 0 and self.gap(i - 1) == " " else ""
        return before in KONTEKS_KALENDER or before.isdigit()


def _introduced(t: _Text) -> set[int]:
    """Words shown to be names by a title or a verb of attribution before them."""
    found: set[int] = set()
    for i in range(len(t.words) - 1):
        if t.title_word(i) or t.low[i] in VERBA_ATRIBUSI:
            found.update(t.run_after(i))
    return found


def _in_runs(t: _Text) -> set[int]:
    """Words of a run of capitalised words where another word of the run is a name too."""
    found: set[int] = set()
    i = 0
    while i < len(t.words):
        if not t.caps[i]:
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(t.words) and t.caps[run[-1] + 1] and t.gap(run[-1]) == " ":
            run.append(run[-1] + 1)
        namelike = [j for j in run if j not in t.starts and t.low[j] not in KONTEKS_KALENDER]
        if len(run) >= 2:
            found.update(j for j in run if any(k != j for k in namelike))
        i = run[-1] + 1
    return found


def name_words(text: str, words: list[re.Match], known: Iterable[str] = (), runs: bool = True) -> set[int]:
    """Indexes into ``words`` (the ``WORD`` matches of ``text``) of the words that are part of a proper name.

    ``known`` are names the caller knows (a fact sheet's people and places); ``runs=False`` leaves out
    the evidence of a run of capitalised words (a headline, where every word is capitalised).
    """
    t = _Text(text, words)
    found = _introduced(t) | (_in_runs(t) if runs else set())
    names = {t.low[i] for i in found}
    for phrase in known:
        names.update(m.group(0).casefold() for m in WORD.finditer(phrase) if _capitalised(m.group(0)))
    for i, low in enumerate(t.low):
        if t.caps[i] and low in names and not t.after_calendar_word(i):
            found.add(i)
    return {i for i in found if t.low[i] not in BUKAN_NAMA}


def names_in(text: str, known: Iterable[str] = ()) -> frozenset[str]:
    """The proper names (single words, as written) that ``text`` shows to be names."""
    words = list(WORD.finditer(text))
    return frozenset(words[i].group(0) for i in name_words(text, words, known))

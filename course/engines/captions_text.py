"""Reading a social-media caption: links, emoji, hashtags, mentions, what shows before "more", X's count.

Used by the caption checker (``course.engines.captions``) and the quiz-post checker
(``course.engines.contest_post``). Nothing here judges a caption.

* ``x_panjang(teks)``: the length as X counts it: a link 23, an emoji 2, characters outside the Latin and
  general-punctuation ranges 2, the rest 1 (docs.x.com, "Counting characters");
* ``tagar(teks)``: the hashtags as written; ``prosa(teks)``: the sentences a reader reads (links, hashtags,
  mentions and emoji removed); ``kalimat(teks)``: its sentences;
* ``bagian_terlihat(teks, platform)``: the part a reader sees before "more": the whole post on X, the title
  (first line) on YouTube, and the first three lines up to 125 characters elsewhere (Instagram's published
  figure, help.instagram.com/1643471055915254, which the course applies to TikTok and Facebook as well);
* ``fakta_kunci(teks)`` / ``isi_berita(teks, fakta)``: a key fact (a number, a day or date, a time, a named
  place or office) and the "what" of the news in a piece of text (heuristics; see ``course.engines.captions``);
* ``penanda_umpan(teks)``: strong bait markers ("Heboh", "ini dia", "bikin kaget", "!!");
* ``kalimat_pertama(teks)`` and ``umpan_judul(kalimat)``: the first statement of a caption, and the headline
  checker's reasons when it is bait, with the markers a caption may use left out (``BIASA_DI_TAKARIR``);
* ``kutip(teks)``: a quotation for a message; ``bilangan(n)``: a small number in letters;
* ``pecah_kata(kata, kosakata)``: a word split into the fewest words of a word list (for hashtags).
"""

from __future__ import annotations

import math
import re
import unicodedata

from course.engines import clickbait
from course.engines.captions_words import PELAKU, PENANDA_FRASA, PENANDA_KATA, SAPAAN, TEMPAT
from course.engines.headline_features import FITUR, Judul
from course.engines.release_parts import quoted
from course.vocabulary import BULAN, HARI

X_URL = 23  # characters X counts for any link
IG_TERLIHAT, BARIS_TERLIHAT = 125, 3  # Instagram: about 125 characters, three lines before "more"
KATA_ISI_MIN = 5  # words besides greetings that make "the what" when no fact sheet names it
# Headline markers a caption may use: a question to the audience, one exclamation mark, a call to action,
# addressing the reader, an informal particle ("yuk", "ya"), a long first sentence, a quote.
BIASA_DI_TAKARIR = frozenset(
    "tanda_tanya kata_tanya tanda_seru bahasa_gaul ajakan sapaan_pembaca judul_panjang kutipan_langsung".split()
)
PARTIKEL = frozenset("ya yuk nih dong deh sih".split())  # particles of a friendly caption, not exclamations

URL = re.compile(
    r"(?:https?://|www\.)\S+|(?<![@\w.])(?:[a-z0-9-]+\.)+(?:go\.id|co\.id|ac\.id|or\.id|desa\.id|id|com|org|net)"
    r"(?:/\S*)?(?!\w)",
    re.IGNORECASE,
)
EMOJI = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"
    "|[0-9#*]\ufe0f?\u20e3"
    "|[\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u2300-\u23ff\U0001f000-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]?"
    "(?:\u200d[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]?)*"
)
TAG = re.compile(r"(?<![\w&/])#(\S+)")
MENTION = re.compile(r"(?<![\w.])@\w+")
TRAILING = ".,;:!?)]}\"'”’…"
SENTENCE = re.compile(r"\S[^\n]*?(?:[.!?]+(?=\s|$)|$)", re.MULTILINE)
WORD = re.compile(r"[^\W\d_]+(?:-[^\W_]+)*")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the links in ``text``, without the punctuation that ends a sentence after them."""
    spans = []
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in TRAILING:
            end -= 1
        spans.append((m.start(), end))
    return spans


def tanpa_tautan(text: str) -> str:
    """``text`` with every link replaced by a space."""
    for start, end in reversed(url_spans(text)):
        text = text[:start] + " " + text[end:]
    return text


def x_panjang(teks: str) -> int:
    """The length of a post as X counts it (docs.x.com, "Counting characters")."""
    text = unicodedata.normalize("NFC", teks)
    total, last = 0, 0
    pieces = []
    for start, end in url_spans(text):
        pieces.append(text[last:start])
        total += X_URL
        last = end
    pieces.append(text[last:])
    for piece in pieces:
        total += 2 * len(EMOJI.findall(piece))
        for ch in EMOJI.sub("", piece):
            cp = ord(ch)
            light = cp <= 4351 or 8192 <= cp <= 8205 or 8208 <= cp <= 8223 or 8242 <= cp <= 8247
            total += 1 if light else 2
    return total


def tagar(teks: str) -> list[str]:
    """The hashtags of ``teks`` as written (without "#" and without the punctuation that ends a sentence)."""
    found = (m.group(1).rstrip(TRAILING) for m in TAG.finditer(tanpa_tautan(teks)))
    return [t for t in found if t]


def prosa(teks: str) -> str:
    """The words of a caption a reader reads as sentences: links, hashtags, mentions and emoji removed."""
    text = EMOJI.sub(" ", MENTION.sub(" ", TAG.sub(" ", tanpa_tautan(teks))))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip(" -•*·|"))


_BILANGAN = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh".split()


def bilangan(n: int) -> str:
    """``n`` as EYD V writes a number in running text: in letters when it is one word (up to ten here)."""
    return _BILANGAN[n] if 0 <= n < len(_BILANGAN) else str(n)


def kutip(teks: str, batas: int = 60) -> str:
    """``teks`` in quotation marks on one line, shortened to ``batas`` characters, without its closing full stop."""
    return quoted(teks.rstrip(". "), batas)


def kalimat(teks: str) -> list[str]:
    """The sentences (and lines) of ``teks``, stripped."""
    return [s.strip() for s in SENTENCE.findall(teks) if s.strip()]


def bagian_terlihat(teks: str, platform: str) -> str:
    """What a reader sees before "more" on ``platform`` (a key of ``captions.PLATFORM_TAKARIR``)."""
    text = teks.strip()
    if platform == "x":
        return text
    if platform == "youtube":
        return text.split("\n", 1)[0].strip()
    return "\n".join(text.split("\n")[:BARIS_TERLIHAT])[:IG_TERLIHAT]


def pecah_kata(kata: str, kosakata: frozenset[str]) -> list[str] | None:
    """``kata`` split into the fewest words of ``kosakata`` (at least two), or None."""
    n = len(kata)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(2, n + 1):
        for start in range(max(0, end - 16), end - 1):
            prev = best[start]
            if prev is None or kata[start:end] not in kosakata:
                continue
            current = best[end]
            if current is None or len(prev) + 1 < len(current):
                best[end] = [*prev, kata[start:end]]
    found = best[n]
    return found if found and len(found) >= 2 else None


_DAY_MONTH = "|".join(w.lower() for w in (*HARI, *BULAN))
_FACT = re.compile(
    rf"\d|\b(?i:{_DAY_MONTH}|hari ini|besok|lusa|pekan ini|pukul|gratis|tanpa biaya)\b"
    rf"|\b(?i:{'|'.join(TEMPAT)})\s+[A-Z0-9]|\b(?:{'|'.join(PELAKU)})"
)


def fakta_kunci(teks: str) -> str | None:
    """The first key fact in ``teks`` (a number, a day or month name, a time word, a named place or office), or None."""
    m = _FACT.search(teks)
    if not m:
        return None
    if m.group(0)[:1].isdigit():
        token = re.search(r"\S*\d\S*", teks[max(0, m.start() - 12) : m.end() + 12])
        return token.group(0).strip(TRAILING + "(") if token else m.group(0)
    return m.group(0).strip()


def isi_berita(teks: str, fakta: tuple[str, ...] = ()) -> str | None:
    """The "what" of the news in ``teks``: the first of ``fakta`` it contains (any case), or without ``fakta``
    its first words when it has at least ``KATA_ISI_MIN`` words besides greetings; else None."""
    if fakta:
        return next((f for f in fakta if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", teks, re.IGNORECASE)), None)
    words = [w for w in WORD.findall(teks) if w.casefold() not in SAPAAN]
    return " ".join(words[:4]) if len(words) >= KATA_ISI_MIN else None


def penanda_umpan(teks: str) -> list[str]:
    """Strong bait markers in ``teks``: sensation words, teasing phrases, "viral!", "!!" (``captions_words``)."""
    low = " " + " ".join(re.findall(r"[\w-]+|[!?]", teks.casefold())) + " "
    found = [w for w in sorted(PENANDA_KATA) if f" {w} " in low]
    found += [p for p in PENANDA_FRASA if f" {p} " in low]
    found += [m.group(0) for m in re.finditer(r"\bviral\s*!|\bVIRAL\b", teks)]
    found += [m.group(0) for m in re.finditer(r"[!?]*![!?]+|\?+!", teks)][:1]
    return list(dict.fromkeys(found))


def kalimat_pertama(teks: str) -> str:
    """The first statement of ``teks`` among its first three sentences (a question hook is skipped), or its first sentence."""
    sentences = kalimat(teks)
    statement = next((s for s in sentences[:3] if not s.endswith("?")), None)
    return statement or (sentences[0] if sentences else "")


def umpan_judul(kalimat_pertama: str) -> list[str]:
    """The headline checker's reasons for ``kalimat_pertama`` when its score without ``BIASA_DI_TAKARIR`` (what a
    caption may do) reaches the threshold; empty otherwise. Same weights as ``course.engines.clickbait``."""
    plain = " ".join(w for w in kalimat_pertama.split() if w.strip(",.!?").casefold() not in PARTIKEL)
    headline, model = Judul.dari(plain), clickbait.bobot()
    logit, reasons = model["intersep"], []
    for feature in FITUR:
        if feature.nama in BIASA_DI_TAKARIR:
            continue
        value, evidence = feature.hitung(headline)
        contribution = model["bobot"][feature.nama] * value
        logit += contribution
        if value and feature.jenis == "penanda" and contribution >= clickbait.MIN_ALASAN:
            shown = ", ".join(f'"{e}"' for e in dict.fromkeys(evidence))
            reasons.append(feature.alasan.replace("{bukti}", shown).replace(" ()", "").rstrip("."))
    return reasons if 1.0 / (1.0 + math.exp(-logit)) >= clickbait.AMBANG else []

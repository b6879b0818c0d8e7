"""An explainable clickbait checker for Indonesian headlines.

``periksa(judul)`` returns a ``LaporanJudul``: a clickbait score between 0 and 1, a
yes/no verdict, the reasons in Indonesian, what already makes the headline a
normal news headline, the EYD findings of ``course.engines.spelling`` and length advice.

The score is a logistic model over *named* features a participant can read:
each feature is one marker from the literature summarised in
``../shared/domain/brief.md`` section 4 (forward reference, teasing, exaggeration
and emotion words, reader imperatives, question and exclamation bait, all caps,
listicle numbers, unfinished sentences, soft news, striking audiovisual hooks)
or one counter-marker of a normal headline (a named actor, a concrete number,
a time or place). A feature's contribution is its weight times its value, so
every point of the score can be traced to words in the headline. A headline is
judged clickbait when the score reaches ``AMBANG`` (0.5); since the intercept is
negative, a clickbait verdict always comes with at least one reason.

The weights live in ``course/data/judul_bobot.json``. They were fitted with
``tools/fit_headlines.py`` (L2-regularised logistic regression in numpy) on the
development split of CLICK-ID: William, A. & Sari, Y. (2020), CLICK-ID: A novel
dataset for Indonesian clickbait headlines, *Data in Brief* 32, 106231,
doi:10.1016/j.dib.2020.106231 (CC BY 4.0). The data are read in place and never
copied into the project; the file records the cross-validated figures.

The features are in ``course.engines.headline_features`` (word lists in
``course.engines.headline_words``). ``periksa_csv`` is the batch check behind
``bimtek judul FILE.csv`` (run by ``course.instructor.text_checks.run_headlines``).
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from course.engines import spelling
from course.engines.files import baca_teks
from course.engines.headline_features import FITUR, NAMA_FITUR, WORD_PATTERN, Fitur, Judul
from course.errors import InputError, expect_text

AMBANG = 0.5  # score at or above which a headline is judged clickbait

# Length advice. Moz: Google typically shows the first 50-60 characters of a title in
# its results; Google itself sets no limit (Gary Illyes, via Search Engine Journal).
PANJANG_IDEAL = 60
PANJANG_MAKS = 80
KATA_MIN = 5


# ---------------------------------------------------------------------------
# Weights


@lru_cache(maxsize=1)
def bobot() -> dict[str, Any]:
    """The fitted model: intercept, weights by feature name, and how it was measured."""
    raw = json.loads(resources.files("course").joinpath("data/judul_bobot.json").read_text(encoding="utf-8"))
    missing = set(NAMA_FITUR) - set(raw["bobot"])
    if missing:  # pragma: no cover - caught by the tests
        raise RuntimeError(f"judul_bobot.json lacks weights for {sorted(missing)}")
    return raw


# ---------------------------------------------------------------------------
# The report


@dataclass(frozen=True)
class Alasan:
    """One reason: the feature, its contribution to the score (in log-odds), the text and a fix."""

    fitur: str
    jenis: str
    kontribusi: float
    teks: str
    saran: str
    bukti: tuple[str, ...]

    def __str__(self) -> str:
        return self.teks


@dataclass(frozen=True)
class LaporanJudul:
    """What the checker says about one headline."""

    judul: str
    skor: float
    clickbait: bool
    alasan: tuple[Alasan, ...]  # what makes it clickbait, strongest first
    penguat: tuple[Alasan, ...]  # what already makes it a normal headline
    bahasa: tuple[spelling.Temuan, ...]  # EYD findings (title rules)
    panjang: str  # length advice
    jumlah_kata: int
    jumlah_karakter: int

    @property
    def vonis(self) -> str:
        return "clickbait" if self.clickbait else "normal"

    @property
    def skor_teks(self) -> str:
        """The score with a decimal comma, as Indonesian is written."""
        return f"{self.skor:.2f}".replace(".", ",")

    @property
    def judul_perbaikan_eyd(self) -> str:
        return spelling.perbaiki(self.judul, judul=True)

    def ringkas(self) -> str:
        """One line for a CSV cell: the reasons, separated by semicolons."""
        return "; ".join(a.teks.rstrip(".") for a in self.alasan)

    def teks(self) -> str:
        """The whole report as plain Indonesian text."""
        lines = [
            f"Judul   : {self.judul}",
            f"Vonis   : {'CLICKBAIT' if self.clickbait else 'judul normal'} (skor {self.skor_teks} dari 1)",
        ]
        if self.alasan:
            lines.append(
                "Mengapa terbaca sebagai clickbait:" if self.clickbait else "Penanda clickbait yang ditemukan:"
            )
            lines += [f"  - {a.teks} Saran: {a.saran}" for a in self.alasan]
        if self.penguat:
            lines.append("Yang sudah baik:")
            lines += [f"  + {a.teks}" for a in self.penguat]
        if self.bahasa:
            lines.append("Ejaan (EYD V):")
            lines += [f"  - {t}" for t in self.bahasa]
            lines.append(f"  Usulan perbaikan ejaan: {self.judul_perbaikan_eyd}")
        lines.append(f"Panjang : {self.panjang}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


MIN_ALASAN = 0.25  # a clickbait reason is shown when it adds at least this much log-odds


def saran_panjang(judul: str) -> str:
    """Length advice for a headline (characters and words)."""
    n, words = len(judul), len(WORD_PATTERN.findall(judul))
    if words < KATA_MIN:
        return (
            f"{words} kata: terlalu pendek untuk memuat pelaku, peristiwa, dan fakta utamanya; "
            f"tulis paling sedikit {KATA_MIN} kata."
        )
    if n <= PANJANG_IDEAL:
        return f"{n} karakter, {words} kata: pas; judul sepanjang ini biasanya tampil utuh di hasil pencarian Google."
    if n <= PANJANG_MAKS:
        return (
            f"{n} karakter, {words} kata: bisa terpotong di hasil pencarian (Google biasanya menampilkan "
            f"50–60 karakter pertama); taruh fakta utamanya di depan."
        )
    return f"{n} karakter, {words} kata: terlalu panjang; pangkas menjadi satu gagasan, paling banyak {PANJANG_MAKS} karakter."


def _nilai(j: Judul) -> tuple[float, list[tuple[Fitur, int, list[str], float]]]:
    model = bobot()
    weights = model["bobot"]
    logit = model["intersep"]
    found = []
    for f in FITUR:
        value, evidence = f.hitung(j)
        if value:
            contribution = weights[f.nama] * value
            logit += contribution
            found.append((f, value, evidence, contribution))
    return logit, found


def skor(judul: object) -> float:
    """The clickbait score of a headline, between 0 and 1."""
    text = expect_text(judul, "judul", allow_empty=True)
    logit, _ = _nilai(Judul.dari(text))
    return 1.0 / (1.0 + math.exp(-logit))


def _format(f: Fitur, evidence: list[str]) -> str:
    shown = ", ".join(f'"{e}"' for e in dict.fromkeys(evidence)) if evidence else ""
    text = f.alasan.replace("{bukti}", shown)
    return text.replace(" ()", "")


def periksa(judul: object) -> LaporanJudul:
    """Check one headline: score, verdict, reasons, language findings and length advice."""
    text = expect_text(judul, "judul")
    j = Judul.dari(text)
    logit, found = _nilai(j)
    score = 1.0 / (1.0 + math.exp(-logit))
    is_clickbait = score >= AMBANG
    reasons, strengths = [], []
    for f, _value, evidence, contribution in sorted(found, key=lambda x: -abs(x[3])):
        item = Alasan(f.nama, f.jenis, round(contribution, 3), _format(f, evidence), f.saran, tuple(evidence))
        if contribution >= MIN_ALASAN and f.jenis in ("penanda", "gaya"):
            if f.jenis == "penanda" or is_clickbait:
                reasons.append(item)
        elif contribution < 0 and f.jenis == "penyeimbang":
            strengths.append(item)
    if is_clickbait and not reasons:  # never a verdict without a reason
        positive = [x for x in found if x[3] > 0]
        if positive:
            f, _v, evidence, contribution = max(positive, key=lambda x: x[3])
            reasons.append(
                Alasan(f.nama, f.jenis, round(contribution, 3), _format(f, evidence), f.saran, tuple(evidence))
            )
    return LaporanJudul(
        text,
        round(score, 4),
        is_clickbait,
        tuple(reasons),
        tuple(strengths),
        tuple(spelling.periksa_judul(text)),
        saran_panjang(text),
        len(j.kata),
        len(text),
    )


# English aliases for maintainers' code.
check = periksa
score = skor


# ---------------------------------------------------------------------------
# Batch check of a CSV file (``bimtek judul``)

KOLOM_KELUARAN = ("title", "clickbait", "score", "reasons")


def _read_csv(path: Path, column: str) -> tuple[list[str], list[int]]:
    """The titles of ``column`` in a CSV file, with their line numbers; friendly errors."""
    text = baca_teks(
        path,
        "CSV",
        f"Isi berkas dengan baris judul kolom (misalnya {column}) dan satu judul per baris.",
        saran_simpan='Simpan ulang dari Excel dengan pilihan "CSV UTF-8 (Comma delimited)".',
    )
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise InputError(
            f"berkas {path} tidak memuat baris judul kolom.", "Baris pertama harus berisi nama kolom."
        ) from None
    index = _column_index(path, [h.strip() for h in header], column)
    titles, lines = [], []
    try:
        for row in reader:
            if not any(row):  # a blank line or Excel's empty padding row (",,,")
                continue
            titles.append(row[index].strip() if index < len(row) else "")
            lines.append(reader.line_num)
    except csv.Error:
        raise InputError(
            f"berkas {path} rusak di sekitar baris {reader.line_num}.",
            "Periksa tanda petik yang tidak berpasangan pada baris itu.",
        ) from None
    if not titles:
        raise InputError(
            f"berkas {path} hanya berisi judul kolom, tanpa satu pun judul berita.",
            "Tambahkan satu judul per baris di bawah baris judul kolom.",
        )
    return titles, lines


def _column_index(path: Path, names: list[str], column: str) -> int:
    """Position of ``column`` among the header ``names`` (any case), or ``InputError`` suggesting one."""
    wanted = column.strip().casefold()
    matches = [i for i, name in enumerate(names) if name.casefold() == wanted]
    if matches:
        return matches[0]
    import difflib

    listed = ", ".join(f'"{n}"' for n in names if n) or "(tidak ada)"
    close = difflib.get_close_matches(column, names, n=1, cutoff=0.5)
    hint = f"Mungkin maksud Anda --kolom {close[0]}." if close else "Pilih salah satu kolom itu dengan --kolom."
    raise InputError(f'kolom "{column}" tidak ada di {path}; kolom yang ada: {listed}.', hint)


def periksa_csv(masukan: str | Path, kolom: str = "title") -> tuple[list[dict[str, str]], list[str]]:
    """Check every headline of a CSV file: the output rows and row-level notes (Indonesian)."""
    titles, lines = _read_csv(Path(masukan), kolom)
    rows, notes = [], []
    for title, line in zip(titles, lines):
        if not title:
            note = f"baris {line}: judul kosong, tidak diperiksa."
            notes.append(note)
            rows.append({"title": "", "clickbait": "", "score": "", "reasons": f"Catatan: {note}"})
            continue
        report = periksa(title)
        rows.append(
            {
                "title": title,
                "clickbait": "1" if report.clickbait else "0",
                "score": f"{report.skor:.3f}",
                "reasons": report.ringkas(),
            }
        )
    return rows, notes

"""The rubric desk's pure logic: rubrics as data, their Markdown tables, marks, suggestions, agreement.

The rubrics of the written answers (nbgrader cells with ``grade: true, solution: true`` and no
autograder test) live in ``course/data/rubrik.json``, one entry per ``grade_id``. Two forms are used,
as the instructor guides always had them:

* ``analitik``: several criteria, each with its own levels (``| Kriteria | 1 poin | 0 poin |``);
* ``holistik``: one criterion whose levels are the whole score (``| Skor | Kriteria |``).

``render_table`` writes the Markdown table of a rubric; ``tools/render_rubrics.py`` puts it between
the markers of ``docs/instruktur/NN-*.md``. Nothing here touches the gradebook.

Agreement between two markers is Cohen's weighted kappa with quadratic weights (Cohen, J. (1968).
Weighted kappa: Nominal scale agreement with provision for scaled disagreement or partial credit.
*Psychological Bulletin*, 70(4), 213-220), over the rubric's own levels, with the share of exact
agreement beside it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import random
import re
from dataclasses import dataclass
from pathlib import Path

RUBRIC_FILE = Path(__file__).resolve().parents[1] / "data" / "rubrik.json"
MARKER_START = "<!-- rubrik:{gid}:mulai (ditulis tools/render_rubrics.py dari course/data/rubrik.json) -->"
MARKER_END = "<!-- rubrik:{gid}:selesai -->"


@dataclass(frozen=True)
class Level:
    points: int
    descriptor: str


@dataclass(frozen=True)
class Criterion:
    name: str
    levels: tuple[Level, ...]
    markers: tuple[str, ...] = ()  # words whose presence is a SUGGESTION only

    @property
    def maximum(self) -> int:
        return max(level.points for level in self.levels)


@dataclass(frozen=True)
class Rubric:
    grade_id: str
    session: str
    title: str
    form: str  # analitik | holistik
    criteria: tuple[Criterion, ...]
    sentences: tuple[int, int] | None = None  # the length the question asks for

    @property
    def maximum(self) -> int:
        return sum(c.maximum for c in self.criteria)


def load_rubrics(path: Path = RUBRIC_FILE) -> dict[str, Rubric]:
    """Every rubric of the data file, by ``grade_id``."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))["rubrik"]
    rubrics = {}
    for gid, entry in raw.items():
        criteria = tuple(
            Criterion(
                name=c["nama"],
                levels=tuple(Level(int(t["poin"]), t["deskriptor"]) for t in c["tingkat"]),
                markers=tuple(c.get("penanda", ())),
            )
            for c in entry["kriteria"]
        )
        sentences = tuple(entry["kalimat"]) if entry.get("kalimat") else None
        rubrics[gid] = Rubric(gid, entry["sesi"], entry["judul"], entry["bentuk"], criteria, sentences)
    return rubrics


def for_session(rubrics: dict[str, Rubric], session: str) -> list[Rubric]:
    """The rubrics of one session (``05`` or ``05-siaran-pers``), in file order."""
    return [r for r in rubrics.values() if r.session == session or r.session.split("-", 1)[0] == session]


# ----------------------------------------------------------------------------------- Markdown tables


def render_table(rubric: Rubric) -> str:
    """The rubric's Markdown table, in the form the instructor guide uses."""
    if rubric.form == "holistik":
        (criterion,) = rubric.criteria
        rows = ["| Skor | Kriteria |", "|---|---|"]
        rows += [f"| {lv.points} | {lv.descriptor} |" for lv in criterion.levels]
        return "\n".join(rows)
    points = [lv.points for lv in rubric.criteria[0].levels]
    rows = ["| Kriteria | " + " | ".join(f"{p} poin" for p in points) + " |", "|" + "---|" * (len(points) + 1)]
    for criterion in rubric.criteria:
        rows.append(f"| {criterion.name} | " + " | ".join(lv.descriptor for lv in criterion.levels) + " |")
    return "\n".join(rows)


def render_document(text: str, rubrics: dict[str, Rubric]) -> str:
    """``text`` with every marked rubric table rewritten from the data (unknown markers: error)."""

    def block(match: re.Match) -> str:
        gid = match.group(1)
        if gid not in rubrics:
            raise KeyError(f"rubrik {gid} tidak ada di course/data/rubrik.json")
        return f"{MARKER_START.format(gid=gid)}\n{render_table(rubrics[gid])}\n{MARKER_END.format(gid=gid)}"

    pattern = re.compile(r"<!-- rubrik:(\w+):mulai[^\n]*-->\n.*?<!-- rubrik:\1:selesai -->", re.S)
    return pattern.sub(block, text)


def marked_ids(text: str) -> list[str]:
    return re.findall(r"<!-- rubrik:(\w+):mulai", text)


# ------------------------------------------------------------------------------------------- marks


def total(rubric: Rubric, levels: dict[int, int]) -> int | None:
    """The answer's points: the sum of the chosen level of every criterion (None while one is open)."""
    if len(levels) < len(rubric.criteria):
        return None
    for index, points in levels.items():
        if points not in {lv.points for lv in rubric.criteria[index].levels}:
            raise ValueError(f"poin {points} bukan tingkat kriteria {rubric.criteria[index].name}")
    return sum(levels.values())


def pseudonym(student: str, salt: str) -> str:
    """A stable pseudonym for a participant that does not reveal the username."""
    digest = hmac.new(salt.encode(), student.encode(), hashlib.sha256).hexdigest().upper()
    return f"Penulis {digest[:4]}-{digest[4:6]}"


def double_sample(students: list[str], fraction: float, seed: int) -> list[str]:
    """The seeded sample of answers for a second marker (at least one when there are answers)."""
    pool = sorted(students)
    if not pool or fraction <= 0:
        return []
    k = min(len(pool), max(1, math.ceil(fraction * len(pool))))
    return sorted(random.Random(seed).sample(pool, k))


# ------------------------------------------------------------------------------------- suggestions


def sentence_count(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if re.search(r"\w", s)])


def suggestions(rubric: Rubric, text: str) -> list[str]:
    """SUGGESTIONS from the course's own checkers for the marker (never the mark): length, ideas, EYD."""
    from course.engines.spelling import periksa_markdown

    words = len(re.findall(r"\w+", text))
    found = []
    count = sentence_count(text)
    line = f"Panjang: {words} kata, {count} kalimat"
    if rubric.sentences:
        low, high = rubric.sentences
        verdict = "sesuai" if low <= count <= high else "di luar"
        line += f" ({verdict} permintaan soal: {low}–{high} kalimat)"
    found.append(line + ".")
    lowered = text.lower()
    for criterion in rubric.criteria:
        if criterion.markers:
            present = [m for m in criterion.markers if m.lower() in lowered]
            missing = [m for m in criterion.markers if m.lower() not in lowered]
            found.append(
                f"{criterion.name}: muncul {', '.join(present) or '—'}; tidak muncul {', '.join(missing) or '—'}."
            )
    for temuan in periksa_markdown(text)[:8]:
        found.append(f"EYD: “{temuan.teks}” → “{temuan.saran}” ({temuan.aturan}).")
    return found


# --------------------------------------------------------------------------------------- agreement


def weighted_kappa(first: list[int], second: list[int], categories: list[int]) -> float | None:
    """Cohen's (1968) weighted kappa with quadratic weights over the ordered ``categories``.

    ``1 - sum(w * observed) / sum(w * expected)`` with ``w_ij = (i - j)^2 / (k - 1)^2``;
    None when it is undefined (no pair, or all marks in one category for both markers).
    """
    if len(first) != len(second):
        raise ValueError("kedua penilai harus menilai jawaban yang sama")
    order = sorted(categories)
    k, n = len(order), len(first)
    if n == 0 or k < 2:
        return None
    index = {c: i for i, c in enumerate(order)}
    observed = [[0.0] * k for _ in range(k)]
    for a, b in zip(first, second):
        observed[index[a]][index[b]] += 1
    rows = [sum(r) for r in observed]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    disagree = chance = 0.0
    for i in range(k):
        for j in range(k):
            w = (i - j) ** 2 / (k - 1) ** 2
            disagree += w * observed[i][j]
            chance += w * rows[i] * cols[j] / n
    return None if chance == 0 else 1 - disagree / chance


def exact_agreement(first: list[int], second: list[int]) -> float | None:
    """Percentage of answers both markers put at the same level."""
    if not first:
        return None
    return 100 * sum(a == b for a, b in zip(first, second)) / len(first)

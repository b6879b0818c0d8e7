"""What grading one submission produces, and the small helpers every part of grading shares."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from course.errors import CourseError


class GradingError(CourseError):
    """A problem that stops a whole grading run (reported in one Indonesian line)."""

    label = "Galat"


@dataclass
class Outcome:
    """What happened to one participant's submission."""

    student: str
    status: str  # dinilai | gagal | dilewati | dibatalkan
    score: float | None = None
    max_score: float | None = None
    reason_code: str | None = None
    reason: str | None = None
    advice: str | None = None
    seconds: float | None = None
    previous: str | None = None  # for dilewati: the status it kept


def fingerprint(folder: Path) -> str:
    """sha256 of a submitted folder: every file's relative path and bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape") + b"\0")
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def number(value: float | None) -> str:
    """A score the Indonesian way: 20 or 20,5."""
    if value is None:
        return "–"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")

"""What grading one submission produces, and the small helpers every part of grading shares."""

from __future__ import annotations

import hashlib
import os
import stat
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
    """sha256 of a submitted folder: every entry's relative path and the bytes of its regular files.

    Symlinks are never followed (their target text is hashed instead), nor is anything but a
    regular file read (a FIFO or a device would hang or flood the grader).
    """
    digest = hashlib.sha256()
    for path in walk_no_follow(folder):
        digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape") + b"\0")
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            digest.update(b"->" + os.fsencode(os.readlink(path)))
        elif stat.S_ISREG(mode):
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def walk_no_follow(folder: Path) -> list[Path]:
    """Every entry under ``folder`` (sorted), without entering symlinked folders."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        found += [base / name for name in dirnames if (base / name).is_symlink()]
        found += [base / name for name in filenames]
    return sorted(found)


def symlinks_in(folder: Path, parents: int = 0) -> list[str]:
    """Symlinks in ``folder`` (relative paths), including ``folder`` and its ``parents`` nearest parents."""
    found = [f"{p.name}/" for p in [folder, *list(folder.parents)[:parents]] if p.is_symlink()]
    if found or not folder.is_dir():
        return found
    return [str(p.relative_to(folder)) for p in walk_no_follow(folder) if p.is_symlink()]


def special_files(folder: Path) -> list[str]:
    """Entries under ``folder`` that are neither regular files, folders nor symlinks (FIFOs, sockets, devices)."""
    if not folder.is_dir():
        return []
    found = []
    for path in walk_no_follow(folder):
        mode = path.lstat().st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode)):
            found.append(str(path.relative_to(folder)))
    return found


def regular_file(base: Path, parts: tuple[str, ...]) -> str | None:
    """``base/parts…`` when every folder on the way is a real folder and the end a regular file
    (no symlink anywhere), else None."""
    path = base
    for index, part in enumerate(parts):
        path = path / part
        try:
            mode = path.lstat().st_mode
        except OSError:
            return None
        last = index == len(parts) - 1
        if (last and not stat.S_ISREG(mode)) or (not last and not stat.S_ISDIR(mode)):
            return None
    return str(path)


def number(value: float | None) -> str:
    """A score the Indonesian way: 20 or 20,5."""
    if value is None:
        return "–"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")

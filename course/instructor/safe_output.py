"""Output that data cannot turn into something else: CSV cells, matplotlib text, file names, folders.

Every CSV the instructor's tools write (``laporan.csv``, ``daftar-sertifikat.csv``, the
``nbgrader export`` plugin, ``bimtek judul``) goes through :func:`csv_writer` or
:class:`SafeDictWriter`, so that a name such as ``=HYPERLINK("http://…")`` opens in a
spreadsheet as the text it is, never as a formula (CSV or "formula" injection).

Every figure drawn from data (the report's charts, the certificates) sets :data:`PLAIN_TEXT_RC`:
matplotlib then never reads ``$…$`` as mathtext, so ``$``, ``\\``, ``_``, ``^`` and ``{}`` in a
name or a kabupaten draw as themselves.

:func:`publish_folder` writes a whole output folder in a temporary sibling and puts it in place
only when everything is written, so a failure leaves the previous output (or nothing), never a
truncated PDF or a page without its charts.
"""

from __future__ import annotations

import csv
import math
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from course.errors import CourseError

# The first characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain decimal number ("-1.5", "+3", "2e-4"): a spreadsheet reads it as that number and nothing else.
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")

# rcParams for every figure drawn from data: no mathtext, no TeX.
PLAIN_TEXT_RC = {"text.parse_math": False, "text.usetex": False}

# Bidirectional embedding, override and isolate controls: they make a name display reversed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class OutputError(CourseError):
    label = "Galat"


def neutralise_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet cannot run as a formula.

    Follows OWASP's CSV Injection guidance (https://owasp.org/www-community/attacks/CSV_Injection):
    a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
    prefixed with a single quote ``'``, which spreadsheets show as text and never evaluate.

    Only text is neutralised. ``int`` and ``float`` values are written as the numbers they are
    (a score of ``-1.5`` stays ``-1.5``), and so is text that is exactly a plain decimal number
    (``"-1.5"``, ``"+2"``): a spreadsheet reads it as that number, which cannot run anything.
    ``None`` and NaN become an empty cell, as pandas writes them.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_row(row: Iterable[Any]) -> list[Any]:
    return [neutralise_cell(v) for v in row]


class SafeWriter:
    """``csv.writer`` whose every cell passes :func:`neutralise_cell`."""

    def __init__(self, handle, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow(neutralise_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle, **options: Any) -> SafeWriter:
    """A ``csv.writer`` over ``handle`` (same options) that neutralises formula-like text cells."""
    return SafeWriter(handle, **options)


class SafeDictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose every cell (header included) passes :func:`neutralise_cell`."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({k: neutralise_cell(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        for row in rowdicts:
            self.writerow(row)


def control_characters(text: str) -> list[str]:
    """The control characters in ``text``, as ``U+XXXX`` (C0 including tab and line breaks, DEL, C1, bidi)."""
    found = [c for c in text if unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS]
    return [f"U+{ord(c):04X}" for c in dict.fromkeys(found)]


def drawable(text: str) -> str:
    """``text`` without control characters, for drawing (a gradebook edited by other tools may hold some)."""
    return "".join(" " if unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS else c for c in str(text))


def _private_folder(out: Path) -> Path:
    """An empty folder beside ``out`` with the permissions ``mkdir`` would give it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    temp.chmod(0o777 & ~umask)
    return temp


def _put_in_place(temp: Path, out: Path, ours: Callable[[str], bool], last: str) -> None:
    """Move the finished ``temp`` to ``out``.

    A missing ``out``, or one holding only files this command writes, is swapped whole (two
    renames). An ``out`` that also holds anything else (the instructor chose a folder in use),
    or that is a symbolic link to a folder, keeps those: each new file replaces its namesake (``last`` moved last), and files this
    command wrote before but not now (a certificate no longer due) are removed.
    """
    if not out.exists():
        os.rename(temp, out)
        return
    entries = list(out.iterdir())
    if not out.is_symlink() and all(p.is_file() and not p.is_symlink() and ours(p.name) for p in entries):
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
        os.chmod(temp, out.stat().st_mode & 0o777)
        os.rename(out, old / out.name)
        os.rename(temp, out)
        shutil.rmtree(old, ignore_errors=True)
        return
    new = sorted((p for p in temp.iterdir()), key=lambda p: p.name == last)
    blocked = [p.name for p in new if (out / p.name).is_dir() and not (out / p.name).is_symlink()]
    if blocked:
        raise OutputError(
            f"{out / blocked[0]} adalah folder, jadi berkas {blocked[0]} tidak dapat ditulis; tidak ada yang diubah.",
            "Pindahkan folder itu atau pilih folder lain untuk --keluaran.",
        )
    for path in new:
        os.replace(path, out / path.name)
    names = {p.name for p in new}
    for path in entries:
        if path.name not in names and path.is_file() and not path.is_symlink() and ours(path.name):
            path.unlink()
    temp.rmdir()


def _os_error_in(exc: BaseException) -> OSError | None:
    """The ``OSError`` behind ``exc``, if any (matplotlib's PDF writer hides a failed write behind its own error)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, OSError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


@contextmanager
def publish_folder(out: Path, ours: Callable[[str], bool], last: str) -> Iterator[Path]:
    """Yield an empty temporary folder; when the block ends without error, it becomes ``out``.

    ``ours(name)`` says whether a file name is one this command writes; ``last`` is the file
    that makes the output usable (``index.html``, the listing), moved into place last. On any
    error the temporary folder is removed and ``out`` is left as it was. A disk error becomes
    one Indonesian ``OutputError``.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} adalah berkas, bukan folder.", "Pilih nama folder lain untuk --keluaran.")
    try:
        temp = _private_folder(out)
    except OSError as exc:
        raise OutputError(
            f"tidak dapat menulis di folder {out.parent} ({exc.strerror}).", "Periksa izin tulis folder itu."
        ) from None
    try:
        yield temp
        _put_in_place(temp, out, ours, last)
    except Exception as exc:
        cause = _os_error_in(exc)
        if cause is None:
            raise
        raise OutputError(
            f"folder {out} tidak dapat ditulis ({cause.strerror or type(cause).__name__}); "
            "hasil sebelumnya tidak diubah.",
            "Periksa izin tulis dan ruang disk, lalu jalankan lagi.",
        ) from None
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)

"""``bimtek roster import FILE.csv``: the participants, their names, e-mail and kabupaten.

The file is checked as a whole first; every problem is reported with its row
number (the header is row 1), in Indonesian, and nothing is imported unless the
whole file is right. Then every row goes into the gradebook in one transaction:
nbgrader's ``student`` table (id, names, e-mail) and the toolkit's
``bimtek_peserta`` table (kabupaten). A participant already there is updated.

Columns (header names are case-insensitive; English ones are accepted too):
``id`` (the participant's nbgrader/JupyterHub user name), ``nama_depan``,
``nama_belakang`` (may be empty: many Indonesians have a single name),
``email``, ``kabupaten``. Comma or semicolon separated (Excel in an Indonesian
locale saves with semicolons), UTF-8 with or without BOM.

Limits, each reported with its row number: ``id`` up to 64 characters (letters, digits,
``.``, ``_``, ``-``), names and e-mail up to 128, kabupaten up to 200 (after runs of spaces
are collapsed), a line of the file up to ``MAX_LINE`` characters. No imported field may hold
a control character (C0 including tab and line breaks, DEL, C1) or a bidirectional override:
they are invisible, come from copying out of other programs, and would be printed on the
certificate. Text that a spreadsheet would read as a formula (``=…``) is imported as it is;
every CSV the toolkit writes neutralises it (:mod:`course.instructor.safe_output`).
"""

from __future__ import annotations

import csv
import io
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from course.engines.files import baca_teks
from course.errors import CourseError, InputError
from course.instructor import gradebook as gbk
from course.instructor.safe_output import control_characters

ALIASES = {
    "id": ("id", "student_id", "username", "nama_pengguna"),
    "nama_depan": ("nama_depan", "first_name", "nama depan", "nama"),
    "nama_belakang": ("nama_belakang", "last_name", "nama belakang"),
    "email": ("email", "e-mail", "surel", "surat_elektronik"),
    "kabupaten": ("kabupaten", "kabupaten/kota", "kab", "instansi_kabupaten"),
}
REQUIRED = ("id", "nama_depan", "email", "kabupaten")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# Ids the grader keeps for itself (the canary of ``bimtek autograde`` grades as "bimtek-kanari-solusi").
RESERVED_ID_PREFIX = "bimtek-"
EMAIL_PATTERN = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")
# The longest line of a roster file, in characters: a row is a few hundred at most, even with
# extra columns; a longer one is a broken or hostile file (and Python's CSV reader would stop at
# its 131,072-character field limit with a message in English).
MAX_LINE = 10_000


class RosterError(CourseError):
    label = "Galat"


@dataclass
class Participant:
    id: str
    nama_depan: str
    nama_belakang: str
    email: str
    kabupaten: str


@dataclass
class ImportResult:
    rows: int = 0
    added: int = 0
    updated: int = 0
    problems: list[str] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _row_problems(value: dict[str, str], number: int, seen_ids: dict[str, int]) -> list[str]:
    """What is wrong with one data row (``number`` counts the header as row 1); records its id in ``seen_ids``."""
    problems = []
    pid = value["id"]
    if not pid:
        problems.append("id kosong")
    elif not ID_PATTERN.match(pid):
        problems.append(
            f'id "{pid}" tidak dapat dipakai (hanya huruf, angka, titik, garis bawah, dan tanda '
            "hubung, tanpa spasi, paling panjang 64)"
        )
    elif pid.lower().startswith(RESERVED_ID_PREFIX):
        problems.append(f'id "{pid}" tidak dapat dipakai (id berawalan "{RESERVED_ID_PREFIX}" dipakai oleh penilai)')
    elif pid in seen_ids:
        problems.append(f'id "{pid}" sudah dipakai di baris {seen_ids[pid]}')
    else:
        seen_ids[pid] = number
    if not value["nama_depan"]:
        problems.append("nama_depan kosong")
    if not value["email"]:
        problems.append("email kosong")
    elif not EMAIL_PATTERN.match(value["email"]):
        problems.append(f'email "{value["email"]}" tidak sah (contoh yang benar: nama@kabupaten.go.id)')
    if not value["kabupaten"]:
        problems.append("kabupaten kosong")
    for key in ("nama_depan", "nama_belakang", "email"):
        if len(value[key]) > 128:
            problems.append(f"{key} terlalu panjang (lebih dari 128 karakter)")
    if len(value["kabupaten"]) > 200:
        problems.append("kabupaten terlalu panjang (lebih dari 200 karakter)")
    return problems


def _control_problems(raw: dict[str, str]) -> list[str]:
    """Imported fields holding control characters, each with the characters found."""
    problems = []
    for key, text in raw.items():
        found = control_characters(text)
        if found:
            problems.append(
                f"{key} berisi karakter kendali yang tak terlihat ({', '.join(found[:3])}); hapus karakter itu "
                "(biasanya terbawa saat menyalin dari aplikasi lain)"
            )
    return problems


def _long_lines(text: str) -> list[str]:
    """One problem per line of the file longer than ``MAX_LINE`` characters."""
    return [
        f"Baris {number}: terlalu panjang ({len(line):,} karakter; satu baris paling panjang "
        f"{MAX_LINE:,} karakter). Periksa isian yang sangat panjang atau pemisah baris yang hilang.".replace(",", ".")
        for number, line in enumerate(text.split("\n"), start=1)
        if len(line) > MAX_LINE
    ]


def _parse(text: str, delimiter: str, name: str) -> list[list[str]]:
    """The rows of the CSV text; a row the reader cannot take is one ``RosterError`` naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(reader)
    except csv.Error:
        raise RosterError(
            f"berkas {name} tidak dapat dibaca sebagai CSV di sekitar baris {reader.line_num} "
            "(isian terlalu panjang atau tanda petik tidak berpasangan); tidak ada yang diimpor.",
            "Periksa tanda petik pada baris itu, lalu simpan ulang sebagai CSV UTF-8.",
        ) from None


def _read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without BOM); ``RosterError`` when missing, unreadable or empty."""
    try:
        # Long lines are reported per row by _long_lines, so the reader's own line limit is lifted here.
        return baca_teks(
            path,
            jenis="CSV",
            saran_kosong="Isi baris judul kolom lalu satu baris per peserta.",
            saran_simpan='Di Excel, simpan ulang dengan Save As → "CSV UTF-8 (Comma delimited)".',
            batas_baris=sys.maxsize,
            tolak_biner=False,
        )
    except InputError as exc:
        raise RosterError(exc.message, exc.hint) from None


def read_roster(path: Path) -> ImportResult:
    """Parse and check a roster file; ``problems`` lists every row-numbered error."""
    result = ImportResult()
    text = _read_text(path)
    result.problems = _long_lines(text)
    if result.problems:
        result.rows = len(text.splitlines())
        return result
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = _parse(text, delimiter, path.name)
    header = [_clean(h).lower() for h in rows[0]]
    columns: dict[str, int] = {}
    for key, names in ALIASES.items():
        for index, name in enumerate(header):
            if name in names and key not in columns:
                columns[key] = index
    missing = [key for key in REQUIRED if key not in columns]
    if missing:
        result.problems.append(
            f"Baris 1: kolom wajib tidak ada: {', '.join(missing)}. Judul kolom yang dibaca: "
            f"{', '.join(header) or '(kosong)'}; yang diperlukan: id, nama_depan, nama_belakang, "
            "email, kabupaten."
        )
        return result
    seen_ids: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        result.rows += 1
        if len(row) != len(header):
            result.problems.append(
                f"Baris {number}: ada {len(row)} kolom, seharusnya {len(header)} seperti baris "
                f"judul (periksa tanda {delimiter!r} di dalam isian; apit isian itu dengan tanda petik)."
            )
            continue
        value = {key: _clean(row[index]) for key, index in columns.items()}
        value.setdefault("nama_belakang", "")
        problems = _control_problems({key: row[index] for key, index in columns.items()})
        problems += _row_problems(value, number, seen_ids)
        if problems:
            result.problems.append(f"Baris {number}: " + "; ".join(problems) + ".")
        else:
            result.participants.append(Participant(**{k: value[k] for k in ALIASES}))
    if not result.rows:
        result.problems.append("Baris 2: tidak ada peserta di bawah baris judul.")
    return result


def import_roster(path: Path, root: Path) -> ImportResult:
    """Check ``path`` and, if it is entirely right, write it to the gradebook in one transaction."""
    result = read_roster(Path(path))
    if result.problems:
        return result
    config = gbk.load_nbgrader_config(root)
    url = gbk.db_url(root, config)
    if not gbk.gradebook_exists(url):
        from nbgrader.api import Gradebook  # a new gradebook: nbgrader creates its own tables

        # nbgrader runs `alembic` from PATH: the one installed beside this interpreter, even when
        # `bimtek` was started by its full path without the environment activated.
        here = os.path.dirname(sys.executable)
        if here not in os.environ.get("PATH", "").split(os.pathsep):
            os.environ["PATH"] = here + os.pathsep + os.environ.get("PATH", "")

        course_id = (
            config.CourseDirectory.get("course_id", "default_course")
            if "CourseDirectory" in config
            else "default_course"
        )
        Gradebook(url, course_id).close()
    eng = gbk.engine(url)
    students = sa.Table("student", sa.MetaData(), autoload_with=eng)
    try:
        with eng.begin() as conn:
            known = {r[0] for r in conn.execute(sa.select(students.c.id))}
            for p in result.participants:
                values = {"first_name": p.nama_depan, "last_name": p.nama_belakang or None, "email": p.email}
                if p.id in known:
                    conn.execute(sa.update(students).where(students.c.id == p.id).values(**values))
                    result.updated += 1
                else:
                    conn.execute(sa.insert(students).values(id=p.id, **values))
                    result.added += 1
                _write_kabupaten(conn, p)
    except sa.exc.SQLAlchemyError as exc:
        raise RosterError(
            f"buku nilai tidak dapat ditulis ({type(exc).__name__}); tidak ada peserta yang diimpor.",
            "Periksa bahwa buku nilai tidak sedang dikunci proses lain, lalu jalankan lagi.",
        ) from None
    finally:
        eng.dispose()
    return result


def _write_kabupaten(conn, p: Participant) -> None:
    conn.execute(sa.delete(gbk.PESERTA).where(gbk.PESERTA.c.id == p.id))
    conn.execute(sa.insert(gbk.PESERTA).values(id=p.id, kabupaten=p.kabupaten, imported_at=gbk.now()))

"""``bimtek collect SESI``: collect a session's submissions from the exchange, trusting nothing in it.

It replaces ``nbgrader collect`` (issue 14): the exchange's ``inbound/`` is writable by every
participant, and plain ``nbgrader collect`` follows a symbolic link planted there (so the
"submission" can be the solution notebook in ``source/``) and takes a folder named for another
participant as theirs when its timestamp is newer (so anyone can replace a victim's work).

The exchange and course are those of the course's ``nbgrader_config.py`` (``Exchange.root``,
``CourseDirectory.course_id``, the gradebook, ``CourseDirectory.submitted_directory``), and the
result is nbgrader's: ``submitted/<student>/<session>/`` holding the participant's files,
``timestamp.txt`` (read by ``nbgrader autograde`` for late submissions) and
``submission_secret.txt`` (for ``nbgrader release_feedback``). A folder in ``inbound/`` is taken
only when all of these hold (:mod:`course.instructor.exchange_reader` reads it):

* its name is ``<student>+<session>+<timestamp>[+<random>]`` and the student is in the gradebook;
* it is a real folder, and nothing in it is a symbolic link, FIFO or device (links are never followed);
* the folder and every file in it belong to the Unix account named like the student (on the hub every
  participant is such an account, see ``deploy/``). ``--tanpa-pemilik`` (laptops without such accounts)
  skips this only for students who have no account of that name, and then still requires the folder and
  its files to share one owner; a student who has an account is always checked;
* its timestamp (folder name and ``timestamp.txt``, which must agree) is readable, not in the future
  (a few minutes of clock difference allowed) and not after the gradebook's due date of the session plus
  ``--tenggang`` minutes (when the session has a due date).

Per student the newest folder that passes is copied (never following links) into a temporary folder
inside ``submitted/`` and then renamed into place, so nothing is ever left half-written; a submission
already collected with the same contents is left alone. Every refused folder is reported on one line
(who, which folder, why); the command exits 1 when anything was refused, 0 otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from course.errors import CourseError
from course.instructor import gradebook
from course.instructor.exchange_reader import (
    DEFAULT_GRACE_MINUTES,
    OPEN_DIR,
    CopyRules,
    Refused,
    check_owner,
    check_stamp,
    copy_tree,
    open_entry,
    parse_entry_name,
    read_stamp_file,
    safe_component,
    shown,
)

NBGRADER_EXCHANGE = "/usr/local/share/nbgrader/exchange"


class CollectError(CourseError):
    """A problem with the course or the exchange itself: nothing is collected."""

    label = "Galat"


@dataclass(frozen=True)
class Options:
    root: Path
    session: str
    grace_minutes: int = DEFAULT_GRACE_MINUTES
    without_owner: bool = False
    now: dt.datetime | None = None  # naive UTC; the clock when None


@dataclass(frozen=True)
class Refusal:
    student: str
    folder: str
    reason: str

    def line(self) -> str:
        return f"Ditolak: peserta {shown(self.student)}, folder inbound/{shown(self.folder)}: {self.reason}"


@dataclass
class Result:
    collected: list[tuple[str, str]] = field(default_factory=list)  # (student, inbound folder)
    unchanged: list[str] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    owner_unchecked: list[str] = field(default_factory=list)  # collected under --tanpa-pemilik


@dataclass(frozen=True)
class Course:
    inbound: Path
    submitted: Path
    roster: frozenset[str]
    deadline: dt.datetime | None
    rules: CopyRules


@dataclass(frozen=True)
class Candidate:
    name: str
    student: str
    when: dt.datetime
    uid: int
    owner_checked: bool


# ------------------------------------------------------------------------------------------ the course


def course_settings(root: Path, session: str) -> Course:
    """Where the exchange and ``submitted/`` are, who is on the roster and when the session is due."""
    config = gradebook.load_nbgrader_config(root)
    section = config.CourseDirectory if "CourseDirectory" in config else {}
    exchange = config.Exchange if "Exchange" in config else {}
    course_id = str(section.get("course_id") or "")
    if not course_id:
        raise CollectError(
            f"CourseDirectory.course_id tidak diatur di {root / 'nbgrader_config.py'}.",
            "Jalankan perintah ini dari folder kursus (tempat nbgrader_config.py), atau pakai --kursus FOLDER.",
        )
    roster, deadline = _read_gradebook(gradebook.db_url(root, config), session)
    base = Path(str(section.get("root") or root))
    defaults = CopyRules()
    rules = CopyRules(
        ignore=tuple(section.get("ignore", defaults.ignore)),
        include=tuple(section.get("include", defaults.include)),
        max_file_kb=int(section.get("max_file_size", defaults.max_file_kb)),
        max_dir_kb=int(section.get("max_dir_size", defaults.max_dir_kb)),
    )
    return Course(
        inbound=Path(str(exchange.get("root", NBGRADER_EXCHANGE))) / course_id / "inbound",
        submitted=base / str(section.get("submitted_directory", "submitted")),
        roster=roster,
        deadline=deadline,
        rules=rules,
    )


def _read_gradebook(url: str, session: str) -> tuple[frozenset[str], dt.datetime | None]:
    if not gradebook.gradebook_exists(url):
        raise CollectError(
            "buku nilai kursus belum ada.",
            f"Buat sesinya dulu: nbgrader generate_assignment {session}, lalu impor peserta dengan bimtek roster import.",
        )
    eng = sa.create_engine(gradebook.patient_url(url), future=True)
    try:
        with eng.connect() as conn:
            row = conn.execute(sa.text("SELECT duedate FROM assignment WHERE name = :n"), {"n": session}).first()
            students = frozenset(str(r[0]) for r in conn.execute(sa.text("SELECT id FROM student")))
    finally:
        eng.dispose()
    if row is None:
        raise CollectError(
            f"sesi {session} tidak ada di buku nilai.",
            f"Periksa nama sesinya (folder di source/), atau jalankan dulu nbgrader generate_assignment {session}.",
        )
    due = row[0]
    if isinstance(due, str):
        due = dt.datetime.fromisoformat(due)
    if isinstance(due, dt.datetime) and due.tzinfo is not None:
        due = due.astimezone(dt.UTC).replace(tzinfo=None)
    return students, due


# ------------------------------------------------------------------------------------------- collecting


def collect(options: Options) -> Result:
    """Collect the newest acceptable submission of every participant of ``options.session``."""
    session = options.session
    if not safe_component(session) or "+" in session:
        raise CollectError(f"nama sesi '{shown(session)}' tidak sah.", "Tulis nama folder sesi, misalnya 00-pengantar.")
    course = course_settings(options.root, session)
    now = options.now or gradebook.now()
    result = Result()
    try:
        inbound_fd = os.open(course.inbound, OPEN_DIR)
    except OSError as exc:
        raise CollectError(
            f"folder inbound {course.inbound} tidak dapat dibuka ({exc.strerror}).",
            f"Rilis sesinya dulu (nbgrader release_assignment {session}) dan jalankan sebagai akun penilai atau root.",
        ) from None
    try:
        with os.scandir(inbound_fd) as found:
            names = sorted(entry.name for entry in found)
        candidates: dict[str, list[Candidate]] = {}
        for name in names:
            candidate = _examine(inbound_fd, name, options, course, now, result)
            if candidate is not None:
                candidates.setdefault(candidate.student, []).append(candidate)
        for student in sorted(candidates):
            _collect_student(inbound_fd, candidates[student], course, options, result)
    finally:
        os.close(inbound_fd)
    return result


def _examine(
    inbound_fd: int, name: str, options: Options, course: Course, now: dt.datetime, result: Result
) -> Candidate | None:
    """The folder ``name`` as a candidate, ``None`` (another session's, or refused: then reported)."""
    student = "?"
    try:
        entry = parse_entry_name(name, options.session)
        if entry is None:
            return None
        student = entry.student
        return _candidate(inbound_fd, name, entry.student, entry.stamp, options, course, now)
    except Refused as exc:
        result.refusals.append(Refusal(student, name, exc.reason))
        return None


def _candidate(
    inbound_fd: int, name: str, student: str, stamp: str, options: Options, course: Course, now: dt.datetime
) -> Candidate:
    if not safe_component(student) or student not in course.roster:
        raise Refused(
            f"{shown(student)} tidak ada dalam daftar peserta di buku nilai; kiriman tidak dikumpulkan. "
            "Bila memang peserta, impor dulu dengan bimtek roster import."
        )
    grace = options.grace_minutes
    latest = course.deadline + dt.timedelta(minutes=grace) if course.deadline is not None else None
    expected = _account_uid(student, options.without_owner)
    fd = open_entry(inbound_fd, name)
    try:
        info = os.fstat(fd)
        check_owner(info, expected, student, "folder ini")  # first: who made a forged folder matters most
        uid = expected if expected is not None else info.st_uid
        when = check_stamp(stamp, now, latest, grace)
        if check_stamp(read_stamp_file(fd, uid, student), now, latest, grace) != when:
            raise Refused("stempel waktu di timestamp.txt berbeda dengan yang di nama folder; tidak dikumpulkan.")
        copy_tree(fd, None, uid, student, course.rules)
    finally:
        os.close(fd)
    return Candidate(name=name, student=student, when=when, uid=uid, owner_checked=expected is not None)


def _account_uid(student: str, without_owner: bool) -> int | None:
    """The uid of the student's Unix account; ``None`` (no owner check) only under ``--tanpa-pemilik``."""
    try:
        return pwd.getpwnam(student).pw_uid
    except KeyError:
        if without_owner:
            return None
        raise Refused(
            f"tidak ada akun Unix bernama {shown(student)} di mesin ini, jadi tidak dapat dipastikan bahwa "
            "peserta itu sendiri yang mengirim. Di laptop tanpa akun per peserta, jalankan dengan --tanpa-pemilik."
        ) from None


def _collect_student(
    inbound_fd: int, candidates: list[Candidate], course: Course, options: Options, result: Result
) -> None:
    chosen = max(candidates, key=lambda c: (c.when, c.name))
    dest = course.submitted / chosen.student / options.session
    try:
        changed = _install(inbound_fd, chosen, dest, course)
    except Refused as exc:
        result.refusals.append(Refusal(chosen.student, chosen.name, exc.reason))
        return
    if not changed:
        result.unchanged.append(chosen.student)
        return
    result.collected.append((chosen.student, chosen.name))
    if not chosen.owner_checked:
        result.owner_unchecked.append(chosen.student)


def _install(inbound_fd: int, chosen: Candidate, dest: Path, course: Course) -> bool:
    """Copy ``chosen`` to ``dest`` through a temporary folder; ``False`` when ``dest`` already holds the same."""
    course.submitted.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=".bimtek-kumpul-", dir=course.submitted))
    try:
        fd = open_entry(inbound_fd, chosen.name)
        try:
            check_owner(os.fstat(fd), chosen.uid, chosen.student, "folder ini")
            copy_tree(fd, temp, chosen.uid, chosen.student, course.rules)
        finally:
            os.close(fd)
        if _same_tree(temp, dest):
            return False
        os.chmod(temp, 0o755)
        parent = dest.parent
        if parent.is_symlink():
            raise CollectError(f"{parent} adalah tautan simbolik.", "Hapus tautan itu dari folder submitted/.")
        parent.mkdir(exist_ok=True)
        if dest.exists() or dest.is_symlink():
            old = Path(tempfile.mkdtemp(prefix=".bimtek-lama-", dir=course.submitted))
            os.rename(dest, old / "kiriman")
            os.rename(temp, dest)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(temp, dest)
        return True
    finally:
        if temp.exists():
            shutil.rmtree(temp, ignore_errors=True)


def _same_tree(a: Path, b: Path) -> bool:
    """Do the two folders (ours, not participants') hold the same files with the same bytes?"""
    if not b.is_dir() or b.is_symlink():
        return False

    def files(root: Path) -> dict[str, Path]:
        return {str(p.relative_to(root)): p for p in root.rglob("*") if p.is_file() or p.is_symlink()}

    left, right = files(a), files(b)
    return left.keys() == right.keys() and all(
        not right[k].is_symlink() and left[k].read_bytes() == right[k].read_bytes() for k in left
    )


def summary(result: Result) -> str:
    text = (
        f"{len(result.collected)} kiriman dikumpulkan, {len(result.unchanged)} sudah terkumpul dan tidak berubah, "
        f"{len(result.refusals)} folder ditolak."
    )
    if result.owner_unchecked:
        text += (
            f" {len(result.owner_unchecked)} kiriman diterima tanpa pemeriksaan pemilik (--tanpa-pemilik): "
            + ", ".join(shown(s) for s in result.owner_unchecked)
            + "."
        )
    if result.refusals:
        text += " Periksa setiap baris 'Ditolak'; kiriman lain tetap dikumpulkan."
    return text

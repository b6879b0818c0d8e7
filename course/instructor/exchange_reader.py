"""Reading participants' folders in the exchange's ``inbound/`` without trusting them.

Everything in ``inbound/`` was written by participants, so nothing there is trusted as a
file (issue 14): an entry is opened relative to a folder already opened (``dir_fd``),
never through a path that a participant could swap, with ``O_NOFOLLOW`` so a symbolic
link is refused instead of followed, and every check is made on the opened file
(``fstat``), not on its name. A FIFO or device is refused before anything reads it.

The layout is nbgrader's (``nbgrader/exchange/default/submit.py``):
``inbound/<student>+<assignment>+<timestamp>[+<random>]`` holding the participant's files,
``timestamp.txt`` (the same timestamp) and ``submission_secret.txt``.

Every refusal is a :class:`Refused` with one Indonesian sentence saying why and what to do.
"""

from __future__ import annotations

import datetime as dt
import errno
import fnmatch
import os
import pwd
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# nbgrader writes "%Y-%m-%d %H:%M:%S.%f %Z" in UTC (Exchange.timezone). Only that shape, in UTC or
# with a numeric offset, is read: a free-form time zone name would let dateutil open any file
# the name points at (a FIFO would hang the command).
STAMP = re.compile(r"^(?P<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)(?: (?P<zone>UTC|GMT|Z|[+-]\d{4}))?$")
RANDOM_PART = re.compile(r"^[A-Za-z0-9_=-]{1,64}$")
EXAMPLE_STAMP = "2025-03-03 10:00:00.000000 UTC"
DEFAULT_GRACE_MINUTES = 15  # `bimtek collect --tenggang`
MAX_DEPTH = 16
MAX_ENTRIES = 2000
MAX_STAMP_BYTES = 200
CHUNK = 1 << 20
# Participants' servers and the grader may run on different machines (Kubernetes): clocks may differ a little.
FUTURE_SKEW = dt.timedelta(minutes=5)

OPEN_DIR = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
OPEN_FILE = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


class Refused(Exception):
    """A submission folder that is not collected; ``reason`` is one Indonesian sentence."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def shown(text: str) -> str:
    """``text`` safe to print on one line: control and other unprintable characters escaped."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def account_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


# ---------------------------------------------------------------------------------------------- names


@dataclass(frozen=True)
class EntryName:
    """The parts of an ``inbound/`` folder name."""

    student: str
    stamp: str


def parse_entry_name(name: str, session: str) -> EntryName | None:
    """The student and timestamp of ``name``; ``None`` when it belongs to another session."""
    parts = name.split("+")
    if len(parts) in (3, 4) and parts[1] != session:
        return None
    if len(parts) not in (3, 4):
        if f"+{session}+" in name:
            raise Refused(
                "nama folder tidak mengikuti pola <peserta>+<sesi>+<waktu>[+<acak>] yang dibuat oleh nbgrader submit; "
                "folder ini tidak dikumpulkan."
            )
        return None
    if len(parts) == 4 and not RANDOM_PART.match(parts[3]):
        raise Refused(
            "bagian acak di akhir nama folder berisi karakter yang tidak dibuat oleh nbgrader submit; "
            "folder ini tidak dikumpulkan."
        )
    return EntryName(student=parts[0], stamp=parts[2])


def safe_component(name: str) -> bool:
    """Can ``name`` be one folder name under ``submitted/`` (no ``/``, ``..``, control characters)?"""
    return bool(name) and name not in (".", "..") and "/" not in name and name.isprintable() and len(name) <= 128


def parse_stamp(text: str) -> dt.datetime:
    """A submission timestamp as naive UTC, like nbgrader's ``parse_utc``; ``ValueError`` when unreadable."""
    found = STAMP.match(text)
    if not found:
        raise ValueError(text)
    when = dt.datetime.fromisoformat(found["time"])
    zone = found["zone"]
    if zone and zone[0] in "+-":
        sign = 1 if zone[0] == "+" else -1
        when -= sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
    return when


def check_stamp(text: str, now: dt.datetime, latest: dt.datetime | None, grace_minutes: int) -> dt.datetime:
    """The timestamp ``text`` if it is readable, not in the future and not after ``latest`` (deadline + grace)."""
    try:
        when = parse_stamp(text)
    except ValueError:
        raise Refused(
            f"stempel waktu '{shown(text)[:80]}' tidak dapat dibaca (yang diharapkan berbentuk {EXAMPLE_STAMP}); "
            "kiriman ini tidak dikumpulkan."
        ) from None
    if when > now + FUTURE_SKEW:
        raise Refused(
            f"stempel waktu {when:%Y-%m-%d %H:%M:%S} UTC berada di masa depan (sekarang {now:%Y-%m-%d %H:%M:%S} UTC); "
            "kiriman bertanggal mustahil tidak dikumpulkan."
        )
    if latest is not None and when > latest:
        deadline = latest - dt.timedelta(minutes=grace_minutes)
        raise Refused(
            f"dikirim {when:%Y-%m-%d %H:%M:%S} UTC, setelah tenggat {deadline:%Y-%m-%d %H:%M:%S} UTC ditambah "
            f"tenggang {grace_minutes} menit. Bila kiriman terlambat ini hendak diterima, jalankan lagi dengan "
            "--tenggang yang lebih panjang."
        )
    return when


# ------------------------------------------------------------------------------------------- opening


def open_entry(inbound_fd: int, name: str) -> int:
    """A descriptor of the folder ``name`` in ``inbound/``: never through a symbolic link."""
    try:
        info = os.stat(name, dir_fd=inbound_fd, follow_symlinks=False)
    except OSError as exc:
        raise Refused(f"folder ini tidak dapat dibaca ({exc.strerror}).") from None
    if stat.S_ISLNK(info.st_mode):
        raise Refused(
            "ini tautan simbolik (symlink), bukan folder yang dibuat oleh nbgrader submit, jadi tidak diikuti dan "
            "tidak dikumpulkan. Periksa siapa yang membuatnya, lalu hapus dari inbound."
        )
    if not stat.S_ISDIR(info.st_mode):
        raise Refused("ini bukan folder kiriman (nbgrader submit selalu membuat folder); tidak dikumpulkan.")
    return open_at(inbound_fd, name, OPEN_DIR, "folder ini")


def open_at(dir_fd: int, name: str, flags: int, label: str) -> int:
    try:
        return os.open(name, flags, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(f"{label} adalah tautan simbolik (symlink); kiriman tidak dikumpulkan.") from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise Refused(
                f"{label} tidak dapat dibaca oleh akun ini ({exc.strerror}); jalankan sebagai akun penilai atau root."
            ) from None
        raise Refused(f"{label} tidak dapat dibuka ({exc.strerror}); kiriman tidak dikumpulkan.") from None


def check_owner(info: os.stat_result, uid: int | None, student: str, label: str) -> None:
    if uid is not None and info.st_uid != uid:
        owner = shown(account_name(info.st_uid))
        raise Refused(
            f"{label} dibuat oleh akun {owner}, bukan oleh akun {shown(student)} sendiri; kiriman atas nama orang "
            f"lain tidak dikumpulkan. Periksa akun {owner}, lalu hapus folder itu dari inbound."
        )


def read_stamp_file(folder_fd: int, uid: int | None, student: str) -> str:
    """The text of ``timestamp.txt`` in the submission folder (a regular file of the owner)."""
    label = "timestamp.txt"
    try:
        info = os.stat(label, dir_fd=folder_fd, follow_symlinks=False)
    except FileNotFoundError:
        raise Refused(
            "timestamp.txt tidak ada di folder ini (nbgrader submit selalu menulisnya); tidak dikumpulkan."
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise Refused("timestamp.txt bukan berkas biasa (misalnya tautan simbolik); kiriman tidak dikumpulkan.")
    fd = open_at(folder_fd, label, OPEN_FILE, label)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused("timestamp.txt bukan berkas biasa; kiriman tidak dikumpulkan.")
        check_owner(info, uid, student, label)
        data = os.read(fd, MAX_STAMP_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_STAMP_BYTES:
        raise Refused("timestamp.txt terlalu panjang untuk sebuah stempel waktu; kiriman tidak dikumpulkan.")
    return data.decode("utf-8", "replace").strip()


# ------------------------------------------------------------------------------------ walking, copying


@dataclass(frozen=True)
class CopyRules:
    """nbgrader's ``CourseDirectory`` settings that decide what is copied (``ignore``, ``include``, sizes in KB)."""

    ignore: tuple[str, ...] = (".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback")
    include: tuple[str, ...] = ("*",)
    max_file_kb: int = 100000
    max_dir_kb: int = 100000


@dataclass
class Tally:
    entries: int = 0
    size: int = 0


def _listing(dir_fd: int) -> Iterator[str]:
    with os.scandir(dir_fd) as found:
        names = sorted(entry.name for entry in found)
    yield from names


def copy_tree(
    src_fd: int,
    dest: Path | None,
    uid: int | None,
    student: str,
    rules: CopyRules,
    rel: str = "",
    tally: Tally | None = None,
) -> Tally:
    """Check (``dest`` None) or copy the folder open as ``src_fd`` into ``dest``, refusing anything unsafe.

    Refused: a symbolic link anywhere, a FIFO, socket or device, a file or folder of another
    account than ``uid`` (when given), a file over ``max_file_kb``, a tree over ``max_dir_kb``,
    deeper than ``MAX_DEPTH`` or with more than ``MAX_ENTRIES`` entries. Names matched by
    ``ignore`` (or not by ``include``) are left out, as nbgrader's copy leaves them out.
    """
    tally = tally if tally is not None else Tally()
    if rel.count("/") >= MAX_DEPTH:
        raise Refused(f"folder di dalam kiriman terlalu dalam (lebih dari {MAX_DEPTH} tingkat); tidak dikumpulkan.")
    for name in _listing(src_fd):
        tally.entries += 1
        if tally.entries > MAX_ENTRIES:
            raise Refused(f"kiriman berisi lebih dari {MAX_ENTRIES} berkas; tidak dikumpulkan.")
        path = f"{rel}{name}"
        label = f"'{shown(path)}'"
        info = os.stat(name, dir_fd=src_fd, follow_symlinks=False)
        if stat.S_ISLNK(info.st_mode):
            raise Refused(
                f"{label} di dalam kiriman adalah tautan simbolik (symlink); tautan tidak diikuti dan kiriman ini "
                "tidak dikumpulkan. Minta peserta mengirim ulang tanpa symlink."
            )
        if stat.S_ISDIR(info.st_mode):
            _copy_folder(src_fd, name, dest, uid, student, rules, path, tally)
        elif stat.S_ISREG(info.st_mode):
            _copy_file(src_fd, name, dest, uid, student, rules, path, tally)
        else:
            raise Refused(
                f"{label} bukan berkas biasa ataupun folder (misalnya FIFO atau perangkat); kiriman tidak dikumpulkan."
            )
    return tally


def _excluded(name: str, rules: CopyRules) -> bool:
    return any(fnmatch.fnmatch(name, glob) for glob in rules.ignore)


def _copy_folder(
    src_fd: int, name: str, dest: Path | None, uid: int | None, student: str, rules: CopyRules, path: str, tally: Tally
) -> None:
    fd = open_at(src_fd, name, OPEN_DIR, f"'{shown(path)}'")
    try:
        check_owner(os.fstat(fd), uid, student, f"folder '{shown(path)}'")
        target = None
        if dest is not None and not _excluded(name, rules):
            target = dest / name
            target.mkdir(mode=0o755)
        copy_tree(fd, target, uid, student, rules, path + "/", tally)
    finally:
        os.close(fd)


def _copy_file(
    src_fd: int, name: str, dest: Path | None, uid: int | None, student: str, rules: CopyRules, path: str, tally: Tally
) -> None:
    label = f"'{shown(path)}'"
    fd = open_at(src_fd, name, OPEN_FILE, label)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"{label} bukan berkas biasa; kiriman tidak dikumpulkan.")
        check_owner(info, uid, student, f"berkas {label}")
        if _excluded(name, rules) or not any(fnmatch.fnmatch(name, glob) for glob in rules.include):
            return
        if info.st_size > 1000 * rules.max_file_kb:
            raise Refused(
                f"berkas {label} berukuran {info.st_size // 1000} KB, melebihi batas {rules.max_file_kb} KB "
                "(CourseDirectory.max_file_size); kiriman tidak dikumpulkan."
            )
        tally.size += info.st_size
        if tally.size > 1000 * rules.max_dir_kb:
            raise Refused(
                f"isi kiriman melebihi batas {rules.max_dir_kb} KB (CourseDirectory.max_dir_size); tidak dikumpulkan."
            )
        if dest is not None:
            _copy_bytes(fd, dest / name, info)
    finally:
        os.close(fd)


def _copy_bytes(fd: int, target: Path, info: os.stat_result) -> None:
    os.set_blocking(fd, True)
    out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        while chunk := os.read(fd, CHUNK):
            view = memoryview(chunk)
            while view:
                view = view[os.write(out, view) :]
        os.fchmod(out, (stat.S_IMODE(info.st_mode) & 0o777) | 0o600)
        os.utime(out, ns=(info.st_atime_ns, info.st_mtime_ns))
    finally:
        os.close(out)

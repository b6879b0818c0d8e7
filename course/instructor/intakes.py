"""Many angkatan (intakes) of the Bimtek on one hub: ``bimtek angkatan buat`` and ``daftar``.

Each angkatan is a course folder under the programme folder (``--program``, the
``BIMTEK_PROGRAM`` variable, default ``/srv/nbgrader/angkatan``)::

    <program>/<nama>/
        angkatan.json        name, course id (``bimtek-<nama>``), formgrader port, grader account,
                             participants, instructors: what the hub reads at start-up
                             (deploy/bimtek_hub.py ``read_programme``)
        nbgrader_config.py   its own course id and gradebook; the course's settings are loaded
                             from the installed course (``load_subconfig``), not copied
        source -> the course's source/   shared by every angkatan, not copied
        kunci  -> the course's kunci/    the Tes keys, read by the grader only
        peserta.csv          the roster it was made from (the ``bimtek roster import`` format)
        gradebook.db         its own gradebook (or ``--db-url``, e.g. PostgreSQL)

On the hub this is nbgrader's multiple-courses set-up (nbgrader docs, "Using nbgrader with
JupyterHub", multiple classes): participants in the group ``nbgrader-<course>``, instructors in
``formgrade-<course>``, one formgrader service per course run by the angkatan's own grader account,
and nbgrader's ``JupyterHubAuthPlugin`` on the participants' servers. Running ``buat`` again with the
same name updates the roster and the instructors and keeps everything else.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

import course
from course.errors import CourseError
from course.instructor import gradebook as gbk
from course.instructor.roster import import_roster, read_roster

COURSE_REPO = Path(course.__file__).resolve().parent.parent
PROGRAMME_DEFAULT = "/srv/nbgrader/angkatan"
EXCHANGE_DEFAULT = "/srv/nbgrader/exchange"
INTAKE_FILE = "angkatan.json"
NAME = re.compile(r"^[a-z][a-z0-9-]{0,19}$")
HUB_USER = re.compile(r"^[a-z][a-z0-9-]{0,30}$")
FIRST_PORT = 9901
COURSE_PREFIX = "bimtek-"


class IntakeError(CourseError):
    label = "Galat"


@dataclass
class Intake:
    name: str
    course_id: str
    folder: Path
    grader: str
    port: int
    exchange: str
    participants: list[str] = field(default_factory=list)
    instructors: list[str] = field(default_factory=list)
    created: str = ""

    def as_json(self) -> dict:
        return {
            "nama": self.name,
            "course_id": self.course_id,
            "penilai": self.grader,
            "port": self.port,
            "exchange": self.exchange,
            "peserta": sorted(self.participants),
            "instruktur": sorted(self.instructors),
            "dibuat": self.created,
        }

    @classmethod
    def read(cls, folder: Path) -> Intake:
        path = folder / INTAKE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                name=data["nama"],
                course_id=data["course_id"],
                folder=folder,
                grader=data["penilai"],
                port=int(data["port"]),
                exchange=data.get("exchange", EXCHANGE_DEFAULT),
                participants=list(data.get("peserta", [])),
                instructors=list(data.get("instruktur", [])),
                created=data.get("dibuat", ""),
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise IntakeError(
                f"{path} tidak dapat dibaca ({type(exc).__name__}).",
                f"Buat ulang angkatan itu dengan `bimtek angkatan buat {folder.name} --peserta DAFTAR.csv`.",
            ) from None


def programme_root(value: str | os.PathLike | None = None) -> Path:
    """The programme folder: ``--program``, else ``BIMTEK_PROGRAM``, else /srv/nbgrader/angkatan."""
    return Path(value or os.environ.get("BIMTEK_PROGRAM") or PROGRAMME_DEFAULT)


def list_intakes(root: Path) -> list[Intake]:
    if not root.is_dir():
        return []
    return [Intake.read(p.parent) for p in sorted(root.glob(f"*/{INTAKE_FILE}"))]


def find_intake(root: Path, name: str) -> Intake:
    for intake in list_intakes(root):
        if intake.name == name:
            return intake
    known = ", ".join(i.name for i in list_intakes(root)) or "(belum ada)"
    raise IntakeError(
        f"angkatan '{name}' tidak ada di {root}; yang ada: {known}.",
        "Periksa ejaannya, atau buat dulu dengan `bimtek angkatan buat NAMA --peserta DAFTAR.csv`.",
    )


def _check_name(name: str) -> None:
    if not NAME.match(name):
        raise IntakeError(
            f"nama angkatan '{name}' tidak dapat dipakai.",
            "Gunakan huruf kecil, angka, dan tanda hubung, diawali huruf, paling panjang 20 karakter "
            "(contoh: jatim-1).",
        )


def _check_people(participants: list[str], instructors: list[str], others: list[Intake], name: str) -> None:
    for who in participants + instructors:
        if not HUB_USER.match(who):
            raise IntakeError(
                f"id '{who}' tidak dapat menjadi nama akun di hub.",
                "Gunakan huruf kecil, angka, dan tanda hubung, diawali huruf, paling panjang 31 karakter.",
            )
    both = sorted(set(participants) & set(instructors))
    if both:
        raise IntakeError(
            f"{', '.join(both)} tercantum sebagai peserta sekaligus instruktur.",
            "Seorang instruktur tidak perlu ada di daftar peserta; hapus barisnya dari berkas CSV.",
        )
    for other in others:
        if other.name == name:
            continue
        shared = sorted(set(participants) & set(other.participants))
        if shared:
            raise IntakeError(
                f"peserta {', '.join(shared)} sudah terdaftar di angkatan {other.name}.",
                "Seorang peserta hanya ikut satu angkatan; beri nama pengguna lain atau hapus barisnya.",
            )


def _free_port(others: list[Intake], name: str, wanted: int | None) -> int:
    used = {o.port for o in others if o.name != name}
    if wanted:
        if wanted in used:
            raise IntakeError(f"port {wanted} sudah dipakai angkatan lain.", "Pilih port lain atau hapus --port.")
        return wanted
    port = FIRST_PORT
    while port in used:
        port += 1
    return port


def config_text(intake: Intake, db_url: str | None) -> str:
    """The angkatan's ``nbgrader_config.py``: the course's own settings, then what is the angkatan's."""
    gradebook = db_url or "sqlite:///" + str(intake.folder / "gradebook.db")
    return (
        f'"""nbgrader settings of angkatan {intake.name} (written by `bimtek angkatan buat`; run it again to\n'
        'update). The course\'s settings are loaded from the installed course, not copied."""\n\n'
        "c = get_config()  # noqa: F821 - provided by traitlets\n"
        f"load_subconfig({str(COURSE_REPO / 'nbgrader_config.py')!r})  # noqa: F821\n\n"
        f"c.CourseDirectory.course_id = {intake.course_id!r}\n"
        f"c.CourseDirectory.db_url = {gradebook!r}\n"
        f"c.Exchange.root = {intake.exchange!r}\n"
        "# Submissions and feedback stay with their participant (course/instructor/exchange.py).\n"
        'c.ExchangeFactory.submit = "course.instructor.exchange.PrivateExchangeSubmit"\n'
        'c.ExchangeFactory.release_feedback = "course.instructor.exchange.PrivateExchangeReleaseFeedback"\n'
        'c.ExchangeFactory.collect = "course.instructor.exchange.SafeExchangeCollect"\n'
    )


def _link(link: Path, target: Path) -> None:
    if link.is_symlink() or link.exists():
        if link.is_symlink() and Path(os.readlink(link)) == target:
            return
        if not link.is_symlink():
            raise IntakeError(
                f"{link} sudah ada dan bukan tautan ke {target}.",
                "Pindahkan folder itu: sumber sesi dipakai bersama oleh semua angkatan, tidak disalin.",
            )
        link.unlink()
    link.symlink_to(target, target_is_directory=True)


def create_intake(
    root: Path,
    name: str,
    roster_path: Path,
    instructors: list[str] | None = None,
    *,
    exchange: str | None = None,
    db_url: str | None = None,
    port: int | None = None,
) -> tuple[Intake, bool]:
    """Create (or update) angkatan ``name``; returns it and whether it is new."""
    _check_name(name)
    roster = read_roster(Path(roster_path))
    if roster.problems:
        raise IntakeError(
            f"{roster_path}: {roster.problems[0]}"
            + (f" (dan {len(roster.problems) - 1} masalah lain)" if len(roster.problems) > 1 else ""),
            f"Perbaiki berkasnya, lalu periksa seluruhnya dengan `bimtek roster import {roster_path} --kursus FOLDER`.",
        )
    participants = [p.id for p in roster.participants]
    instructors = sorted(set(instructors or []))
    others = list_intakes(root)
    _check_people(participants, instructors, others, name)
    folder = root / name
    new = not (folder / INTAKE_FILE).exists()
    old = None if new else Intake.read(folder)
    intake = Intake(
        name=name,
        course_id=COURSE_PREFIX + name,
        folder=folder,
        grader=f"grader-{name}",
        port=old.port if old and not port else _free_port(others, name, port),
        exchange=exchange or (old.exchange if old else os.environ.get("BIMTEK_EXCHANGE", EXCHANGE_DEFAULT)),
        participants=participants,
        instructors=instructors,
        created=old.created if old else dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    folder.mkdir(parents=True, exist_ok=True)
    _link(folder / "source", COURSE_REPO / "source")
    _link(folder / "kunci", COURSE_REPO / "kunci")
    (folder / "nbgrader_config.py").write_text(config_text(intake, db_url), encoding="utf-8")
    (folder / "peserta.csv").write_bytes(Path(roster_path).read_bytes())
    result = import_roster(folder / "peserta.csv", folder)
    if result.problems:  # pragma: no cover - the same file was checked above
        raise IntakeError(result.problems[0])
    tmp = folder / (INTAKE_FILE + ".tmp")
    tmp.write_text(json.dumps(intake.as_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, folder / INTAKE_FILE)
    return intake, new


@dataclass
class Numbers:
    participants: int
    released: int
    graded: int


def numbers(intake: Intake) -> Numbers:
    """Participants, sessions released in the exchange, and submissions graded in the gradebook."""
    outbound = Path(intake.exchange) / intake.course_id / "outbound"
    try:
        released = sum(1 for p in outbound.iterdir() if p.is_dir())
    except OSError:
        released = 0
    graded = 0
    url = gbk.db_url(intake.folder)
    if gbk.gradebook_exists(url):
        eng = sa.create_engine(gbk.patient_url(url))
        try:
            with eng.connect() as conn:
                graded = conn.execute(
                    sa.text(
                        "SELECT COUNT(DISTINCT s.id) FROM submitted_assignment s "
                        "JOIN submitted_notebook n ON n.assignment_id = s.id "
                        "JOIN grade g ON g.notebook_id = n.id WHERE g.auto_score IS NOT NULL"
                    )
                ).scalar_one()
        except sa.exc.SQLAlchemyError:
            graded = 0
        finally:
            eng.dispose()
    return Numbers(len(intake.participants), released, int(graded))

"""The course's gradebook: where it is, and the two tables the toolkit adds to it.

nbgrader's gradebook (SQLite ``gradebook.db`` by default, PostgreSQL when
``CourseDirectory.db_url`` says so, see ``nbgrader_config.py``) stays the one
source of truth. Two small tables live beside nbgrader's own, in the same
database, so a PostgreSQL set-up with several graders shares them too:

* ``bimtek_status``: the outcome of every graded submission (``dinilai``,
  ``gagal`` with its reason, or ``berjalan`` while it is being graded). A
  failed submission is never a silent 0.0.
* ``bimtek_peserta``: the kabupaten of every participant (nbgrader's student
  table has names and e-mail only), filled by ``bimtek roster import``.

Reading scores for the report goes straight to nbgrader's tables with one SQL
query (nbgrader's ORM is too slow for 500 participants × 10 sessions).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

METADATA = sa.MetaData()

STATUS = sa.Table(
    "bimtek_status",
    METADATA,
    sa.Column("assignment", sa.String(128), primary_key=True),
    sa.Column("student", sa.String(128), primary_key=True),
    sa.Column("status", sa.String(16), nullable=False),  # berjalan | dinilai | gagal
    sa.Column("reason_code", sa.String(32)),
    sa.Column("reason", sa.Text),  # plain Indonesian
    sa.Column("advice", sa.Text),  # what to do, in Indonesian
    sa.Column("fingerprint", sa.String(64)),  # sha256 of the submitted folder
    sa.Column("score", sa.Float),
    sa.Column("max_score", sa.Float),
    sa.Column("seconds", sa.Float),
    sa.Column("sandbox", sa.String(16)),
    sa.Column("updated_at", sa.DateTime),
)

PESERTA = sa.Table(
    "bimtek_peserta",
    METADATA,
    sa.Column("id", sa.String(128), primary_key=True),
    sa.Column("kabupaten", sa.String(200), nullable=False),
    sa.Column("imported_at", sa.DateTime),
)


def load_nbgrader_config(root: str | Path):
    """nbgrader's configuration as ``nbgrader`` run in ``root`` would load it.

    The Jupyter config path first, then ``root/nbgrader_config.py`` (the course's own file).
    """
    from jupyter_core.paths import jupyter_config_path
    from traitlets.config import Config
    from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

    config = Config()
    root = str(Path(root).resolve())
    for directory in [*reversed(jupyter_config_path()), root]:
        try:
            config.merge(PyFileConfigLoader("nbgrader_config.py", path=directory).load_config())
        except ConfigFileNotFound:
            continue
    return config


def db_url(root: str | Path, config=None) -> str:
    """The gradebook URL of the course in ``root`` (nbgrader's default: SQLite in the root)."""
    config = config if config is not None else load_nbgrader_config(root)
    url = config.CourseDirectory.get("db_url") if "CourseDirectory" in config else None
    if url:
        return str(url)
    course_root = config.CourseDirectory.get("root") if "CourseDirectory" in config else None
    return "sqlite:///" + os.path.abspath(os.path.join(course_root or str(root), "gradebook.db"))


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") :].split("?", 1)[0])
    return None


def patient_url(url: str) -> str:
    """The same URL, waiting for a busy SQLite file instead of failing (several graders)."""
    if url.startswith("sqlite:///") and "?" not in url:
        return url + "?timeout=60"
    return url


def engine(url: str) -> sa.Engine:
    """An engine for the gradebook that also has the toolkit's tables."""
    eng = sa.create_engine(patient_url(url), future=True)
    METADATA.create_all(eng, checkfirst=True)
    return eng


def gradebook_exists(url: str) -> bool:
    path = sqlite_path(url)
    if path is not None:
        return path.is_file() and path.stat().st_size > 0
    try:
        eng = sa.create_engine(url, future=True)
        try:
            return "assignment" in sa.inspect(eng).get_table_names()
        finally:
            eng.dispose()
    except Exception:
        return False


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass
class Status:
    assignment: str
    student: str
    status: str
    reason_code: str | None = None
    reason: str | None = None
    advice: str | None = None
    fingerprint: str | None = None
    score: float | None = None
    max_score: float | None = None
    seconds: float | None = None
    sandbox: str | None = None
    updated_at: dt.datetime | None = None


def write_status(eng: sa.Engine, status: Status) -> None:
    """Insert or replace one row of ``bimtek_status`` (one transaction)."""
    row = dict(vars(status))
    row["updated_at"] = row.get("updated_at") or now()
    with eng.begin() as conn:
        conn.execute(
            sa.delete(STATUS).where(STATUS.c.assignment == status.assignment, STATUS.c.student == status.student)
        )
        conn.execute(sa.insert(STATUS).values(**row))


def read_statuses(eng: sa.Engine, assignment: str | None = None) -> dict[tuple[str, str], Status]:
    query = sa.select(STATUS)
    if assignment is not None:
        query = query.where(STATUS.c.assignment == assignment)
    with eng.connect() as conn:
        return {(r.assignment, r.student): Status(**r._asdict()) for r in conn.execute(query)}


def delete_status(eng: sa.Engine, assignment: str, student: str) -> None:
    with eng.begin() as conn:
        conn.execute(sa.delete(STATUS).where(STATUS.c.assignment == assignment, STATUS.c.student == student))


def assignments(eng: sa.Engine) -> list[str]:
    """Names of nbgrader's assignments in the gradebook (empty when there is none)."""
    if "assignment" not in sa.inspect(eng).get_table_names():
        return []
    with eng.connect() as conn:
        return sorted(r[0] for r in conn.execute(sa.text("SELECT name FROM assignment")))

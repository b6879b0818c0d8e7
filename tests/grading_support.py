"""Helpers for the grading, roster, report and certificate tests.

A generated scratch course (session 00 only, the one real session) is made once
per test run and copied for each test; ``bimtek`` and ``nbgrader`` always run as
subprocesses, exactly as an instructor runs them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

from tools.pipeline import nbgrader_env

from .cohorts import s00_pengantar, write_submission
from .conftest import ROOT

SESSION = "00-pengantar"
NOTEBOOK = f"{SESSION}.ipynb"
MAX_SCORE = s00_pengantar.MAX_SCORE
SANDBOX_UIDS = range(65100, 65100 + 256)
_TEMPLATES: dict[str, Path] = {}


def make_course(dest: Path, db_url: str | None = None) -> Path:
    """A course folder with session 00 generated (and registered in the gradebook)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "nbgrader_config.py", dest / "nbgrader_config.py")
    shutil.copytree(
        ROOT / "source" / SESSION,
        dest / "source" / SESSION,
        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
    )
    if (ROOT / "kunci").is_dir():  # grader-side answer keys, when the repository has them
        shutil.copytree(ROOT / "kunci", dest / "kunci", dirs_exist_ok=True)
    run_nbgrader(["generate_assignment", SESSION, "--force"], dest, db_url)
    return dest


def run_nbgrader(
    args: list[str], course: Path, db_url: str | None = None, check: bool = True, timeout: float = 900
) -> subprocess.CompletedProcess:
    env = nbgrader_env(course)
    if db_url:
        env["BIMTEK_DB_URL"] = db_url
    proc = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args], cwd=course, env=env, capture_output=True, text=True, timeout=timeout
    )
    if check and proc.returncode != 0:
        raise RuntimeError(f"nbgrader {' '.join(args)} gagal:\n{proc.stdout}\n{proc.stderr}")
    return proc


def template(tmp_path_factory, db_url: str | None = None) -> Path:
    """The generated course, made once per run (per gradebook URL)."""
    key = db_url or "sqlite"
    if key not in _TEMPLATES:
        _TEMPLATES[key] = make_course(tmp_path_factory.mktemp("templat") / "kursus", db_url)
    return _TEMPLATES[key]


def clone(template_dir: Path, dest: Path) -> Path:
    shutil.copytree(template_dir, dest, symlinks=True)
    return dest


def notebooks(course: Path) -> tuple:
    source_nb = nbformat.read(course / "source" / SESSION / NOTEBOOK, as_version=4)
    release_nb = nbformat.read(course / "release" / SESSION / NOTEBOOK, as_version=4)
    return source_nb, release_nb


def submit(course: Path, student: str, spec: dict, release_nb, submitted: str = "submitted") -> Path:
    """Write one submission as `nbgrader collect` leaves it (notebook + timestamp.txt) in the course's
    submitted folder (``CourseDirectory.submitted_directory``)."""
    folder = course / submitted / student / SESSION
    write_submission(release_nb, spec, folder / NOTEBOOK)
    (folder / "timestamp.txt").write_text("2025-03-03 10:00:00.000000 UTC", encoding="utf-8")
    return folder


def good_cohort(course: Path) -> dict[str, int]:
    """The six students of tests/cohorts/s00_pengantar.py; returns their expected scores."""
    source_nb, release_nb = notebooks(course)
    expected = {}
    for student, spec in s00_pengantar.build(source_nb).items():
        submit(course, student, spec, release_nb)
        expected[student] = spec["expected"]
    return expected


def bimtek(
    args: list[str], course: Path, env_extra: dict | None = None, timeout: float = 900, db_url: str | None = None
) -> subprocess.CompletedProcess:
    env = nbgrader_env(course)
    env.update(env_extra or {})
    if db_url:
        env["BIMTEK_DB_URL"] = db_url
    return subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", *args],
        cwd=course,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def tree_hash(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (missing folder: empty)."""
    found = {}
    if folder.exists():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def leftover_processes(markers: list[str]) -> list[str]:
    """Processes still running that a grading run could have left: sandbox uids, markers."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            uid = os.stat(f"/proc/{entry}").st_uid
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            state = next(
                (
                    line.split()[1]
                    for line in Path(f"/proc/{entry}/status").read_text().splitlines()
                    if line.startswith("State:")
                ),
                "",
            )
        except (OSError, StopIteration):
            continue
        if state == "Z":
            continue
        try:
            cwd = os.readlink(f"/proc/{entry}/cwd")
        except OSError:
            cwd = ""
        if uid in SANDBOX_UIDS or any(m in cmdline or cwd.startswith(m) for m in markers):
            found.append(f"{entry} uid={uid} {cmdline[:200]}")
    return found


def statuses(course: Path) -> dict[str, dict]:
    from course.instructor import gradebook as gbk

    eng = gbk.engine(gbk.db_url(course))
    try:
        return {k[1]: vars(v) for k, v in gbk.read_statuses(eng, SESSION).items()}
    finally:
        eng.dispose()


def cell_grades(course: Path, db_url: str | None = None) -> dict[tuple[str, str], float]:
    """(student, grade cell) -> score, read straight from nbgrader's tables."""
    import sqlalchemy as sa

    from course.instructor import gradebook as gbk

    eng = sa.create_engine(db_url or gbk.db_url(course))
    query = sa.text("""
        SELECT sa.student_id, bc.name, g.auto_score, g.manual_score
        FROM grade g
        JOIN submitted_notebook sn ON g.notebook_id = sn.id
        JOIN submitted_assignment sa ON sn.assignment_id = sa.id
        JOIN base_cell bc ON g.cell_id = bc.id""")
    try:
        with eng.connect() as conn:
            return {(r[0], r[1]): (r[3] if r[3] is not None else r[2]) for r in conn.execute(query)}
    finally:
        eng.dispose()


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


_SERIAL: dict[str, dict] = {}


def serial_reference(tmp_path_factory) -> dict[tuple[str, str], float]:
    """Per-cell grades of the six good students by serial `nbgrader autograde` (made once per run)."""
    if "grades" not in _SERIAL:
        course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("serial") / "kursus")
        good_cohort(course)
        run_nbgrader(["autograde", SESSION], course)
        _SERIAL["grades"] = cell_grades(course)
    return _SERIAL["grades"]


# ---------------------------------------------------------------------------
# A real PostgreSQL server on loopback, started by the tests themselves.


def postgres_binaries() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").is_file() and (candidate / "postgres").is_file():
            return candidate
    return None


class PostgresServer:
    """initdb + postgres on 127.0.0.1 (a free port), as the `postgres` account, in a scratch folder."""

    def __init__(self):
        import pwd
        import socket
        import tempfile
        import time

        self.bin = postgres_binaries()
        if self.bin is None:
            raise RuntimeError("PostgreSQL tidak terpasang (paket Debian `postgresql`)")
        user = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
        self.base = Path(tempfile.mkdtemp(prefix="bimtek-pg-"))
        os.chmod(self.base, 0o755)
        (self.base / "data").mkdir()
        (self.base / "sock").mkdir()
        if user:
            for path in (self.base / "data", self.base / "sock"):
                os.chown(path, user.pw_uid, user.pw_gid)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        run_as = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []} if user else {}
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        subprocess.run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.base / "data"),
                "-U",
                "bimtek",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            env=env,
            **run_as,
        )
        self.log = open(self.base / "server.log", "wb")
        self.proc = subprocess.Popen(
            [
                str(self.bin / "postgres"),
                "-D",
                str(self.base / "data"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-k",
                str(self.base / "sock"),
                "-c",
                "fsync=off",
                "-c",
                "max_connections=100",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            **run_as,
        )
        import psycopg

        deadline = time.time() + 60
        while True:
            try:
                psycopg.connect(host="127.0.0.1", port=self.port, user="bimtek", dbname="postgres").close()
                break
            except psycopg.OperationalError:
                if time.time() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError("server PostgreSQL uji tidak mau mulai") from None
                time.sleep(0.2)
        self.count = 0

    def new_database(self) -> str:
        import psycopg

        self.count += 1
        name = f"bimtek_{self.count}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="bimtek", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql://bimtek@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        import signal as _signal

        if getattr(self, "proc", None) and self.proc.poll() is None:
            self.proc.send_signal(_signal.SIGINT)  # fast shutdown
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(self.base, ignore_errors=True)

"""`bimtek collect`: submissions from the exchange's inbound/, on real Unix accounts and real `nbgrader submit`.

Every participant is a real Unix account (created here with `useradd`, removed afterwards) and
submits with the participant side of the hub, `course.instructor.exchange.PrivateExchangeSubmit`
(nbgrader's own submit code), in a process that runs with that account's uid and gid. The
instructor's side is the real `bimtek collect` command line. Needs root (Unix accounts).

The helpers here are also used by tests/test_redteam_exchange.py.
"""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import dateutil.tz
import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.auth import Authenticator
from nbgrader.coursedir import CourseDirectory
from nbgrader.exchange.default.submit import ExchangeSubmit
from traitlets.config import Config

from course.instructor.exchange import PrivateExchangeSubmit

from .cohorts import perfect_answers, write_submission
from .grading_support import MAX_SCORE, NOTEBOOK, SESSION, bimtek, clone, template

COURSE_ID = "bimtek-kehumasan"
PREFIX = "bkx"
PARTICIPANTS = ("ani", "budi", "citra", "mallory")  # in the roster, each with a Unix account
GUEST = "tamu"  # a Unix account that is not in the roster
NO_ACCOUNT = "tanpaakun"  # in the roster, without a Unix account (a laptop set-up)

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="membuat akun Unix: jalankan sebagai root")

dateutil.tz.gettz("UTC")  # cached before any process drops to a participant (who cannot read this environment)


def uid(short: str) -> str:
    return f"{PREFIX}-{short}"


def stamp(when: dt.datetime) -> str:
    """A timestamp as nbgrader submit writes it."""
    return when.strftime("%Y-%m-%d %H:%M:%S.%f") + " UTC"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def kinds(source_nb) -> dict[str, dict]:
    """Submissions of known exact scores (the mistakes of tests/cohorts/s00_pengantar.py, one point each)."""
    perfect = perfect_answers(source_nb)
    partial = {
        **perfect,
        "pemanasan_3_jawab": 'platform_sesi_1 = ["X", "Instagram", "TikTok"]',
        "pemanasan_4_jawab": "total_interaksi = suka + komentar + bagikan",
    }
    return {
        "sempurna": {"answers": perfect, "expected": MAX_SCORE},
        "kosong": {"answers": {}, "expected": 0},
        "sebagian": {"answers": partial, "expected": MAX_SCORE - 2},
        "salah_tipe": {"answers": {**perfect, "pemanasan_2_jawab": 'durasi_jam = "8,5"'}, "expected": MAX_SCORE - 1},
    }


# ------------------------------------------------------------------------------------------- accounts


@pytest.fixture(scope="module")
def accounts():
    """Real Unix accounts for the participants and the guest; removed afterwards."""
    names = [uid(p) for p in (*PARTICIPANTS, GUEST)]
    for name in names:
        subprocess.run(["userdel", name], capture_output=True)
        subprocess.run(["groupdel", name], capture_output=True)
        subprocess.run(
            ["useradd", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", name], check=True
        )
    try:
        yield {name: pwd.getpwnam(name) for name in names}
    finally:
        for name in names:
            subprocess.run(["pkill", "-KILL", "-u", name], capture_output=True)
            subprocess.run(["userdel", name], capture_output=True)
            subprocess.run(["groupdel", name], capture_output=True)


def as_user(user: str, action: Callable[[], object]) -> None:
    """Run ``action`` in a child process with ``user``'s uid, gid and groups only (as their own server would)."""
    entry = pwd.getpwnam(user)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to the participant, never return to pytest
        code = 1
        try:
            os.close(read_end)
            os.setgroups(os.getgrouplist(user, entry.pw_gid))
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            os.environ["HOME"] = entry.pw_dir
            os.umask(0o022)
            action()
            code = 0
        except BaseException:
            os.write(write_end, traceback.format_exc().encode())
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        error = fh.read().decode()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise AssertionError(f"as {user}: {error}")


# ------------------------------------------------------------------------------------- course, exchange


class Scene:
    """A generated course (session 00, SQLite gradebook), its roster, and an exchange participants write to."""

    def __init__(self, tmp_path: Path, tmp_path_factory, accounts):
        self.course = clone(template(tmp_path_factory), tmp_path / "kursus")
        # Participants must reach the exchange and their homes: a world-searchable folder, not pytest's 0700 one.
        self.base = Path(tempfile.mkdtemp(prefix="bkx-pertukaran-"))
        os.chmod(self.base, 0o755)
        self.exchange = self.base / "exchange"
        self.exchange.mkdir()
        os.chmod(self.exchange, 0o1777)  # nbgrader's submit wants a writable exchange root
        self.inbound = self.exchange / COURSE_ID / "inbound"
        self.inbound.mkdir(parents=True)
        os.chmod(self.exchange / COURSE_ID, 0o755)
        os.chmod(self.inbound, 0o2733)  # as nbgrader's release makes it: writable, not listable
        outbound = self.exchange / COURSE_ID / "outbound" / SESSION
        outbound.mkdir(parents=True)
        shutil.copy(self.course / "release" / SESSION / NOTEBOOK, outbound / NOTEBOOK)
        for folder in (outbound.parent, outbound):
            os.chmod(folder, 0o755)
        os.chmod(outbound / NOTEBOOK, 0o644)
        for name, entry in accounts.items():
            home = self.base / "rumah" / name
            home.mkdir(parents=True)
            os.chown(home, entry.pw_uid, entry.pw_gid)
            os.chmod(home, 0o700)
        os.chmod(self.base / "rumah", 0o755)
        self.source_nb = nbformat.read(self.course / "source" / SESSION / NOTEBOOK, as_version=4)
        self.release_nb = nbformat.read(self.course / "release" / SESSION / NOTEBOOK, as_version=4)
        self.specs = kinds(self.source_nb)
        with Gradebook(self.db_url) as gb:
            for short in (*PARTICIPANTS, NO_ACCOUNT):
                gb.update_or_create_student(uid(short))

    @property
    def db_url(self) -> str:
        return "sqlite:///" + str(self.course / "gradebook.db")

    def close(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)

    def set_duedate(self, when: dt.datetime | None) -> None:
        with Gradebook(self.db_url) as gb:
            gb.update_or_create_assignment(SESSION, duedate=when)

    def notebook(self, kind: str) -> bytes:
        """The bytes of a submission of cohort kind ``kind`` (tests/cohorts/s00_pengantar.py)."""
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / NOTEBOOK
            write_submission(self.release_nb, self.specs[kind], path)
            return path.read_bytes()

    def home(self, user: str) -> Path:
        return self.base / "rumah" / user

    def entries(self) -> set[str]:
        return set(os.listdir(self.inbound))

    def submit(self, user: str, notebook: bytes, private: bool = True, student: str = "*") -> str:
        """``user`` submits ``notebook`` with the hub's submit (or nbgrader's plain one); the new inbound folder."""
        before = self.entries()
        home = self.home(user)
        submitter = PrivateExchangeSubmit if private else ExchangeSubmit

        def run() -> None:
            work = home / "kerja" / SESSION
            work.mkdir(parents=True, exist_ok=True)
            (work / NOTEBOOK).write_bytes(notebook)
            config = Config()
            config.CourseDirectory.course_id = COURSE_ID
            config.CourseDirectory.assignment_id = SESSION
            config.CourseDirectory.student_id = student
            config.Exchange.root = str(self.exchange)
            config.Exchange.cache = str(home / "cache")
            config.Exchange.assignment_dir = str(home / "kerja")
            coursedir = CourseDirectory(config=config)
            submitter(coursedir=coursedir, authenticator=Authenticator(config=config), config=config).start()

        as_user(user, run)
        (new,) = self.entries() - before
        return new

    def plant(self, user: str, name: str, files: dict[str, bytes], stamp_text: str | None = None) -> None:
        """``user`` writes an inbound folder by hand, as anyone with a shell on the hub can."""
        folder = self.inbound / name

        def run() -> None:
            folder.mkdir()
            for rel, data in files.items():
                (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                (folder / rel).write_bytes(data)
            if stamp_text is not None:
                (folder / "timestamp.txt").write_text(stamp_text)

        as_user(user, run)

    def collect(self, *args: str) -> subprocess.CompletedProcess:
        return bimtek(["collect", SESSION, *args], self.course, env_extra={"BIMTEK_EXCHANGE": str(self.exchange)})

    def submitted(self, user: str) -> dict[str, bytes]:
        """Every file of ``user``'s collected submission."""
        folder = self.course / "submitted" / user / SESSION
        if not folder.exists():
            return {}
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    def inbound_files(self, name: str) -> dict[str, bytes]:
        folder = self.inbound / name
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    def submitted_students(self) -> set[str]:
        folder = self.course / "submitted"
        return set(os.listdir(folder)) if folder.exists() else set()


@pytest.fixture
def scene(tmp_path, tmp_path_factory, accounts):
    made = Scene(tmp_path, tmp_path_factory, accounts)
    try:
        yield made
    finally:
        made.close()


def refusal_lines(proc: subprocess.CompletedProcess) -> list[str]:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert all(line.startswith("Ditolak: ") for line in lines), proc.stderr
    return lines


# ---------------------------------------------------------------------------------------------- tests


def test_honest_submissions_are_collected_byte_identically_and_a_rerun_changes_nothing(scene):
    ani = scene.submit(uid("ani"), scene.notebook("sempurna"))
    budi = scene.submit(uid("budi"), scene.notebook("sebagian"))
    proc = scene.collect()
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert f"Dikumpulkan: {uid('ani')} (inbound/{ani})" in proc.stdout
    assert "2 kiriman dikumpulkan, 0 sudah terkumpul dan tidak berubah, 0 folder ditolak." in proc.stdout
    for user, name in ((uid("ani"), ani), (uid("budi"), budi)):
        collected = scene.submitted(user)
        assert collected == scene.inbound_files(name)
        assert set(collected) == {NOTEBOOK, "timestamp.txt", "submission_secret.txt"}
    assert scene.submitted(uid("ani"))[NOTEBOOK] == scene.notebook("sempurna")
    assert scene.submitted_students() == {uid("ani"), uid("budi")}  # no temporary folder left behind

    inode = (scene.course / "submitted" / uid("ani") / SESSION / NOTEBOOK).stat().st_ino
    again = scene.collect()
    assert again.returncode == 0, again.stderr
    assert "0 kiriman dikumpulkan, 2 sudah terkumpul dan tidak berubah, 0 folder ditolak." in again.stdout
    assert (scene.course / "submitted" / uid("ani") / SESSION / NOTEBOOK).stat().st_ino == inode


def test_the_newest_own_submission_replaces_an_older_collected_one(scene):
    scene.submit(uid("ani"), scene.notebook("kosong"))
    assert scene.collect().returncode == 0
    assert scene.submitted(uid("ani"))[NOTEBOOK] == scene.notebook("kosong")
    newest = scene.submit(uid("ani"), scene.notebook("sempurna"))
    proc = scene.collect()
    assert proc.returncode == 0, proc.stderr
    assert scene.submitted(uid("ani")) == scene.inbound_files(newest)


def test_a_participant_cannot_submit_in_another_participants_name(scene):
    with pytest.raises(AssertionError, match="atas nama akun Anda sendiri"):
        scene.submit(uid("mallory"), scene.notebook("kosong"), student=uid("ani"))
    assert scene.entries() == set()


def test_a_student_without_an_account_needs_tanpa_pemilik_and_accounts_are_still_checked(scene):
    when = stamp(utcnow() - dt.timedelta(minutes=5))
    laptop = f"{uid(NO_ACCOUNT)}+{SESSION}+{when}+laptop"
    scene.plant("root", laptop, {NOTEBOOK: scene.notebook("sebagian")}, when)
    forged = f"{uid('ani')}+{SESSION}+{when}+palsu"
    scene.plant(uid("mallory"), forged, {NOTEBOOK: scene.notebook("kosong")}, when)
    proc = scene.collect()
    assert proc.returncode == 1
    lines = refusal_lines(proc)
    assert len(lines) == 2
    assert any(uid(NO_ACCOUNT) in line and "--tanpa-pemilik" in line for line in lines)
    assert scene.submitted_students() == set()

    proc = scene.collect("--tanpa-pemilik")
    assert proc.returncode == 1  # the forged folder for ani is still refused: ani has an account
    (line,) = refusal_lines(proc)
    assert f"peserta {uid('ani')}" in line and f"akun {uid('mallory')}" in line
    assert scene.submitted(uid(NO_ACCOUNT)) == scene.inbound_files(laptop)
    assert f"1 kiriman diterima tanpa pemeriksaan pemilik (--tanpa-pemilik): {uid(NO_ACCOUNT)}" in proc.stdout
    assert scene.submitted_students() == {uid(NO_ACCOUNT)}


def test_bad_course_or_session_is_one_line_and_exit_2(scene):
    proc = scene.collect()  # nothing submitted yet: fine
    assert proc.returncode == 0 and "0 kiriman dikumpulkan" in proc.stdout
    unknown = bimtek(["collect", "99-tidak-ada"], scene.course, env_extra={"BIMTEK_EXCHANGE": str(scene.exchange)})
    assert unknown.returncode == 2
    assert len(unknown.stderr.strip().splitlines()) == 1 and "99-tidak-ada tidak ada di buku nilai" in unknown.stderr
    missing = bimtek(["collect", SESSION], scene.course, env_extra={"BIMTEK_EXCHANGE": str(scene.base / "kosong")})
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1 and "inbound" in missing.stderr
    bad = scene.collect("--tenggang", "-5")
    assert bad.returncode == 2 and "0 atau lebih" in bad.stderr


def test_nbgrader_collect_takes_a_forged_folder_and_safe_exchange_collect_does_not(scene, tmp_path):
    """The attack is real with plain `nbgrader collect`; `SafeExchangeCollect` (formgrader's Collect) refuses it."""
    from tools.pipeline import nbgrader_env

    real = scene.submit(uid("ani"), scene.notebook("sempurna"))
    when = stamp(utcnow() + dt.timedelta(seconds=1))
    scene.plant(uid("mallory"), f"{uid('ani')}+{SESSION}+{when}+palsu", {NOTEBOOK: scene.notebook("kosong")}, when)
    env = {**nbgrader_env(scene.course), "BIMTEK_EXCHANGE": str(scene.exchange)}

    def nbgrader_collect(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "nbgrader", "collect", SESSION, "--update", *extra],
            cwd=scene.course,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    plain = nbgrader_collect()
    assert plain.returncode == 0, plain.stderr
    assert scene.submitted(uid("ani"))[NOTEBOOK] == scene.notebook("kosong")  # the victim's work replaced

    safe = nbgrader_collect("--ExchangeFactory.collect=course.instructor.exchange.SafeExchangeCollect")
    assert safe.returncode == 0, safe.stderr
    assert scene.submitted(uid("ani")) == scene.inbound_files(real)
    assert f"Ditolak: peserta {uid('ani')}" in safe.stderr and f"dibuat oleh akun {uid('mallory')}" in safe.stderr

"""The supervisor: which submissions to grade, a pool of worker processes, and nobody lost.

:func:`autograde` checks the course, plans the run (what is already finished is skipped),
then :func:`_run_pool` keeps ``--pekerja N`` worker processes
(:mod:`course.instructor.grading.worker`) busy, one participant each. A worker that dies
or takes longer than the run's deadline is stopped with every process it started, its
participant is recorded ``gagal`` by a fresh worker, and the run goes on. The supervisor
never imports nbgrader (its import costs seconds); it reads the course's nbgrader settings
with traitlets and talks to workers with one JSON object per line over pipes.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

from course.instructor import gradebook as gbk
from course.instructor.grading import processes
from course.instructor.grading.outcome import GradingError, Outcome, fingerprint
from course.instructor.grading.reasons import grader_side, reason
from course.instructor.grading.render import Progress
from course.instructor.sandbox import Limits


@dataclass
class Options:
    root: Path
    session: str
    workers: int = 0
    sandbox: str = "auto"  # auto | require | off
    students: list[str] | None = None
    force: bool = False  # grade again even what is finished
    retry_failed: bool = False  # grade again what failed (unchanged files)
    canary: bool = True  # grade the session's solution notebooks first, and stop unless they earn full marks
    timeout: int | None = None  # seconds per cell (nbgrader's Execute.timeout)
    limits: Limits = field(default_factory=Limits)
    progress: IO | None = None  # where the progress bar goes (stderr)
    warn: Callable[[str], None] | None = None


@dataclass
class Run:
    session: str
    outcomes: list[Outcome]
    workers: int
    sandbox: str  # bwrap | mati
    seconds: float
    log: Path
    interrupted: bool = False
    feedback: str = "feedback"  # nbgrader's feedback folder of the course

    @property
    def failed(self) -> list[Outcome]:
        """Submissions without a score: failed now, or failed before and unchanged."""
        return [o for o in self.outcomes if o.status == "gagal" or (o.status == "dilewati" and o.previous == "gagal")]


@dataclass(frozen=True)
class CourseFolders:
    """nbgrader's folders of a course, as its ``nbgrader_config.py`` names them (nbgrader's defaults otherwise).

    Read from the same settings nbgrader's ``CourseDirectory`` reads (``submitted_directory``,
    ``autograded_directory``, ``feedback_directory``), without importing nbgrader.
    """

    submitted: str = "submitted"
    autograded: str = "autograded"
    feedback: str = "feedback"

    @classmethod
    def from_config(cls, config) -> CourseFolders:
        section = config.CourseDirectory if "CourseDirectory" in config else {}
        return cls(**{name: str(section.get(f"{name}_directory", default)) for name, default in asdict(cls()).items()})


def decide_sandbox(mode: str, warn: Callable[[str], None] | None) -> tuple[str, dict]:
    """``("bwrap", info)`` or ``("mati", info)`` for ``--kotak-pasir otomatis|wajib|mati``."""
    from course.instructor import sandbox

    if mode == "off":
        return "mati", {}
    found = sandbox.available()
    if found.ok:
        return "bwrap", {"mode": found.mode}
    if mode == "require":
        raise GradingError(
            f"kotak pasir tidak tersedia: {found.reason}.",
            "Pasang paket bubblewrap (sudo apt-get install bubblewrap) atau jalankan sebagai root; "
            "gunakan --kotak-pasir otomatis untuk tetap menilai tanpa kotak pasir.",
        )
    if warn:
        warn(
            "PERINGATAN: kotak pasir (sandbox) TIDAK tersedia: " + found.reason + ". "
            "Kode peserta akan dijalankan TANPA pembatasan, dengan hak akses Anda: ia dapat membaca "
            "solusi di source/, buku nilai, dan kiriman peserta lain. Pasang paket `bubblewrap` "
            "(atau pakai --kotak-pasir wajib agar penilaian menolak berjalan tanpa kotak pasir)."
        )
    return "mati", {}


def submissions(root: Path, session: str, folders: CourseFolders) -> list[str]:
    """Participants with a folder of ``session`` in the submitted folder."""
    base = root / folders.submitted
    if not base.is_dir():
        return []
    return sorted(
        p.name
        for p in base.iterdir()
        if p.is_dir() and not p.name.startswith(".") and ((p / session).is_dir() or (p / session).is_symlink())
    )


def plan(
    root: Path,
    session: str,
    students: list[str],
    statuses: dict,
    force: bool,
    retry_failed: bool,
    folders: CourseFolders,
) -> tuple[list[str], list[Outcome]]:
    """Which submissions to grade now, and the outcomes of those already finished."""
    todo, skipped = [], []
    for student in students:
        status = statuses.get((session, student))
        if status is not None and not force and status.status in ("dinilai", "gagal"):
            unchanged = status.fingerprint == fingerprint(root / folders.submitted / student / session)
            graded_ok = status.status == "dinilai" and (root / folders.autograded / student / session).is_dir()
            # a failure on the grader's side (not the submission's) is graded again by every run
            failed_ok = status.status == "gagal" and not retry_failed and not grader_side(status.reason_code)
            if unchanged and (graded_ok or failed_ok):
                skipped.append(
                    Outcome(
                        student,
                        "dilewati",
                        status.score,
                        status.max_score,
                        status.reason_code,
                        status.reason,
                        status.advice,
                        previous=status.status,
                    )
                )
                continue
        todo.append(student)
    return todo, skipped


def _students_and_statuses(root: Path, opts: Options, config, folders: CourseFolders) -> tuple[list[str], dict]:
    """The participants to consider and their statuses; a GradingError when the course is not ready."""
    url = gbk.db_url(root, config)
    if not (root / "nbgrader_config.py").is_file():
        raise GradingError(
            f"{root} bukan folder kursus (tidak ada nbgrader_config.py).",
            "Jalankan perintah ini dari folder kursus atau pakai --kursus.",
        )
    if not gbk.gradebook_exists(url):
        raise GradingError(
            "buku nilai belum ada.", f"Jalankan dulu `nbgrader generate_assignment {opts.session}` di folder kursus."
        )
    eng = gbk.engine(url)
    try:
        if opts.session not in gbk.assignments(eng):
            raise GradingError(
                f"sesi {opts.session} belum terdaftar di buku nilai.",
                f"Jalankan dulu `nbgrader generate_assignment {opts.session}`.",
            )
        students = submissions(root, opts.session, folders)
        if opts.students:
            unknown = sorted(set(opts.students) - set(students))
            if unknown:
                raise GradingError(
                    f"tidak ada kiriman sesi {opts.session} dari: {', '.join(unknown)}.",
                    f"Periksa folder {folders.submitted}/<peserta>/{opts.session}/ (jalankan "
                    f"`bimtek collect {opts.session}` bila belum).",
                )
            students = [s for s in students if s in set(opts.students)]
        if not students:
            raise GradingError(
                f"belum ada kiriman sesi {opts.session} di {folders.submitted}/.",
                f"Kumpulkan dulu dengan `bimtek collect {opts.session}`.",
            )
        return students, gbk.read_statuses(eng, opts.session)
    finally:
        eng.dispose()


def _same_course_package(root: Path) -> None:
    """Make the supervisor use the installed ``course``, as the workers and the sandbox do.

    ``python -m course.instructor.cli`` run in a course folder that holds a copy of the package sources
    imports that copy (Python puts the working folder first on ``sys.path``). Started that way, the
    supervisor starts itself again with ``python -P`` (the working folder not on ``sys.path``)."""
    import course

    here = os.path.dirname(os.path.realpath(course.__file__))
    installed = processes.installed_course()
    if installed is None or installed == here:
        return
    launched = os.path.realpath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    if launched.startswith(here + os.sep) and launched.endswith(os.path.join("instructor", "cli.py")):
        sys.stdout.flush()
        sys.stderr.flush()
        os.execv(sys.executable, [sys.executable, "-P", "-m", "course.instructor.cli", *sys.argv[1:]])
    raise GradingError(
        f"paket course yang dimuat ({here}) bukan paket yang terpasang ({installed}).",
        "Jalankan perintah `bimtek` yang terpasang, bukan salinan paket di folder kursus.",
    )


def autograde(opts: Options) -> Run:
    """Grade a session's submissions; return every participant's outcome (one run per course at a time)."""
    root = Path(opts.root).resolve()
    _same_course_package(root)
    if not (root / "nbgrader_config.py").is_file():
        raise GradingError(
            f"{root} bukan folder kursus (tidak ada nbgrader_config.py).",
            "Jalankan perintah ini dari folder kursus atau pakai --kursus.",
        )
    with _course_lock(root):
        return _autograde(root, opts)


def _course_lock(root: Path) -> processes.CourseLock:
    """The course's grading lock; a second run refuses with one line instead of interleaving."""
    try:
        return processes.CourseLock(root)
    except processes.Busy as busy:
        holder = busy.holder or "proses lain"
        wait = "Tunggu sampai selesai, lalu jalankan perintah ini lagi: kiriman yang sudah dinilai akan dilewati."
        raise GradingError(f"penilaian lain sedang berjalan di kursus ini ({holder}).", wait) from None


def _autograde(root: Path, opts: Options) -> Run:
    started = time.monotonic()
    config = gbk.load_nbgrader_config(root)
    folders = CourseFolders.from_config(config)
    students, statuses = _students_and_statuses(root, opts, config, folders)
    box, info = decide_sandbox(opts.sandbox, opts.warn)
    todo, skipped = plan(root, opts.session, students, statuses, opts.force, opts.retry_failed, folders)
    workers = max(1, min(opts.workers or os.cpu_count() or 1, len(todo) or 1))
    log_dir = root / ".bimtek" / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"autograde-{opts.session}-{time.strftime('%Y%m%d-%H%M%S')}.log"
    settings = {
        "root": str(root),
        "session": opts.session,
        "sandbox": box,
        "mode": info.get("mode", ""),
        "limits": asdict(opts.limits),
        "timeout": opts.timeout,
        "canary": opts.canary,
    }
    cell_timeout = opts.timeout or int(config.Execute.get("timeout", 30) if "Execute" in config else 30)
    deadline = max(300, 10 * cell_timeout)
    outcomes: dict[str, Outcome] = {o.student: o for o in skipped}
    run = Run(opts.session, [], workers, box, 0.0, log_path, feedback=folders.feedback)
    progress = Progress(opts.progress, len(todo))
    if todo:
        with open(log_path, "a", encoding="utf-8") as log:
            try:
                _run_pool(root, todo, settings, workers, deadline, log, outcomes, progress)
            except KeyboardInterrupt:
                run.interrupted = True
                for student in todo:  # a half-written result must not look like a graded one
                    if student not in outcomes:
                        shutil.rmtree(root / folders.autograded / student / opts.session, ignore_errors=True)
    run.outcomes = [outcomes.get(s) or Outcome(s, "dibatalkan") for s in students]
    run.seconds = time.monotonic() - started
    return run


@contextlib.contextmanager
def _stop_signals_interrupt():
    """SIGINT, SIGTERM and SIGHUP raise KeyboardInterrupt while the pool runs.

    SIGINT too: a command started in the background of a script (`cmd &`) inherits it ignored,
    and Ctrl-C or `kill -INT` must still stop the run cleanly.
    """
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    for sig in previous:
        signal.signal(sig, interrupted)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _run_pool(
    root: Path,
    todo: list[str],
    settings: dict,
    workers: int,
    deadline: float,
    log: IO,
    outcomes: dict[str, Outcome],
    progress: Progress,
) -> None:
    """Grade ``todo`` with ``workers`` worker processes, filling ``outcomes`` as results come in."""
    processes.become_subreaper()
    with _stop_signals_interrupt():
        pool = _Pool(root, settings, log, deadline)
        try:
            pool.run(todo, workers, outcomes, progress)
        finally:
            pool.close()


CANARY_TASK = "(kanari)"  # the task name of the canary in a slot (never a participant: nbgrader ids have no "(")


class _Pool:
    """The worker processes of one run, the queue of their tasks, and every process they start."""

    def __init__(self, root: Path, settings: dict, log: IO, deadline: float):
        self.root, self.settings, self.log, self.deadline = root, settings, log, deadline
        self.queue: list[dict] = []
        self.baseline = set(processes.children_map().get(os.getpid(), []))  # not ours to stop (e.g. a test's database)
        self.selector = selectors.DefaultSelector()
        self.slots: dict[int, _Slot] = {}
        self.failures_to_start = 0
        self.canary_seconds: float | None = None

    def live(self) -> set[int]:
        """pids of the workers still in service."""
        return {s.proc.pid for s in self.slots.values() if not s.retired}

    def start(self, number: int) -> None:
        slot = _Slot(number, self.settings, self.root, self.log)
        self.slots[number] = slot
        self.selector.register(slot.proc.stdout, selectors.EVENT_READ, slot)

    def retire(self, slot: _Slot, reason_code: str | None, values: dict | None) -> None:
        """Stop a worker; if it had a task, queue the task's failure record for a fresh worker."""
        try:
            self.selector.unregister(slot.proc.stdout)
        except (KeyError, ValueError):
            pass
        doomed = processes.subtree(processes.children_map(), slot.proc.pid)
        slot.kill()
        slot.retired = True
        processes.kill_all(doomed + processes.orphans(processes.children_map(), self.live() | self.baseline))
        if slot.task == CANARY_TASK:
            raise GradingError(
                f"pemeriksaan awal (notebook solusi sesi {self.settings['session']}) tidak selesai: "
                f"{reason(reason_code or 'penilai_berhenti', **(values or {}))[0]}.",
                f"Tidak ada kiriman yang dinilai. Lihat catatan di {self.log.name}, lalu jalankan lagi.",
            )
        if slot.task and reason_code:
            self.queue.insert(0, {"student": slot.task, "fail": {"code": reason_code, "values": values or {}}})
        slot.task = None

    def run(self, todo: list[str], workers: int, outcomes: dict[str, Outcome], progress: Progress) -> None:
        # the canary goes first, alone: no submission is sent before it earned full marks
        self.queue = [{"student": CANARY_TASK, "canary": True}] if self.settings.get("canary") else []
        self.queue += [{"student": s} for s in todo]
        for number in range(workers):
            self.start(number)
        while self.queue or any(not s.retired and s.task for s in self.slots.values()):
            canary_running = any(not s.retired and s.task == CANARY_TASK for s in self.slots.values())
            for slot in list(self.slots.values()):
                if not slot.retired and slot.ready and not slot.task and self.queue and not canary_running:
                    slot.send(self.queue.pop(0))
                    canary_running = slot.task == CANARY_TASK
            for key, _ in self.selector.select(timeout=0.5):
                self.read(key.data, outcomes, progress)
            now = time.monotonic()
            for slot in list(self.slots.values()):
                if not slot.retired and slot.task and now - slot.started > self.deadline:
                    self.retire(slot, "waktu_total", {"limit": int(self.deadline)})
                    self.start(slot.number)
            processes.reap_orphans(self.live() | self.baseline)

    def read(self, slot: _Slot, outcomes: dict[str, Outcome], progress: Progress) -> None:
        """One line from a worker; its end means the worker died: replace it."""
        line = slot.proc.stdout.readline()
        if not line:
            code = slot.proc.poll()
            if not slot.ready:
                self.failures_to_start += 1
            self.retire(slot, "penilai_berhenti", {"detail": f"kode keluar {code}"})
            if self.failures_to_start >= 3:
                raise GradingError("pekerja penilai gagal dijalankan.", f"Lihat catatan di {self.log.name}.")
            self.start(slot.number)
            return
        message = json.loads(line)
        if message.get("event") == "siap":
            slot.ready = True
            self.failures_to_start = 0
        elif message.get("event") == "kanari":
            slot.task = None
            self.canary_seconds = message.get("seconds")
            if not message.get("ok"):
                raise GradingError(
                    f"pemeriksaan awal gagal: notebook solusi sesi {self.settings['session']} dinilai di kotak "
                    f"pasir yang sama dan {message.get('what', 'tidak mendapat nilai penuh')}.",
                    message.get("todo"),
                )
        elif message.get("event") == "hasil":
            message.pop("event")
            outcome = Outcome(**message)
            outcomes[outcome.student] = outcome
            slot.task = None
            progress.update(outcome)

    def close(self) -> None:
        """Let idle workers finish, stop the rest, and stop and reap every process left."""
        for slot in self.slots.values():
            if not slot.retired:
                slot.close()
        end = time.monotonic() + 15
        for slot in self.slots.values():
            if slot.retired:
                continue
            if slot.task is None:
                try:
                    slot.proc.wait(timeout=max(0.1, end - time.monotonic()))
                except subprocess.TimeoutExpired:
                    pass
            slot.kill()
        processes.kill_all(processes.orphans(processes.children_map(), self.baseline))
        processes.reap_orphans(self.baseline)
        for slot in self.slots.values():
            try:
                slot.proc.stdout.close()
            except OSError:
                pass
        self.selector.close()


class _Slot:
    """The supervisor's side of one worker process."""

    def __init__(self, number: int, settings: dict, root: Path, log: IO):
        self.number = number
        self.settings = dict(settings, slot=number)
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        env.setdefault("PYTHONWARNINGS", "ignore")
        env["PYTHONSAFEPATH"] = "1"  # the installed `course`, never a copy in the course folder (nor its kernels')
        self.proc = subprocess.Popen(
            [sys.executable, "-P", "-m", "course.instructor.grading", "--pekerja"],
            cwd=root,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            start_new_session=True,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self.proc.stdin.write(json.dumps(self.settings) + "\n")
        self.proc.stdin.flush()
        self.ready = False
        self.task: str | None = None
        self.started = 0.0
        self.retired = False

    def send(self, task: dict) -> None:
        self.task = task["student"]
        self.started = time.monotonic()
        self.proc.stdin.write(json.dumps(task, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """SIGKILL the worker's process group and the worker itself, then wait for it."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        processes.kill_all([self.proc.pid])
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass

    def close(self) -> None:
        try:
            self.proc.stdin.close()
        except OSError:
            pass

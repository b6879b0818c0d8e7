"""The worker: one process, nbgrader loaded once, one participant at a time.

The supervisor (:mod:`course.instructor.grading.pool`) starts it as
``python -m course.instructor.grading --pekerja``, writes its settings on the first line of its
stdin, then one task per line; the worker answers with one JSON object per line (``siap`` once,
then ``hasil`` per task). Each task is graded with nbgrader's own ``Autograde`` converter and
``GenerateFeedback``, so scores are exactly those of ``nbgrader autograde``; the patches it
installs are in :mod:`course.instructor.grading.nbgrader_patches`.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from course.instructor import gradebook as gbk
from course.instructor.grading import nbgrader_patches as patches
from course.instructor.grading.connections import reuse_gradebook_connections
from course.instructor.grading.outcome import Outcome, fingerprint, number, regular_file, walk_no_follow
from course.instructor.grading.reasons import describe_exit, precheck, reason, write_failure_feedback
from course.instructor.sandbox import Limits

# The reserved student id the canary (the session's solution notebook) is graded as; removed afterwards.
CANARY_STUDENT = "bimtek-kanari-solusi"


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _replace_preprocessor(config, trait: str, name: str, original: type, replacement: type) -> None:
    """Put ``replacement`` where nbgrader's ``original`` (dotted ``name``) is in Autograde's ``trait`` list,
    configured in ``nbgrader_config.py`` or nbgrader's default."""
    from nbgrader.converters import Autograde

    preprocessors = list(Autograde.class_traits()[trait].default())
    if "Autograde" in config and trait in config.Autograde:
        preprocessors = list(getattr(config.Autograde, trait))
    setattr(config.Autograde, trait, [replacement if p is original or p == name else p for p in preprocessors])


def release_files(root: Path, coursedir, session: str) -> list[str]:
    """The files the release of ``session`` ships beside its notebooks (relative paths): the only files
    staged beside a submission in the sandbox. From ``release/<session>/`` (the source folder if the
    release is missing), regular files only, no notebooks, nothing hidden."""
    for step in (coursedir.release_directory, coursedir.source_directory):
        folder = root / step / session
        if folder.is_dir() and not folder.is_symlink():
            found = []
            for path in walk_no_follow(folder):
                parts = path.relative_to(folder).parts
                if path.suffix == ".ipynb" or any(p.startswith(".") or p == "__pycache__" for p in parts):
                    continue
                if regular_file(folder, parts) is not None:
                    found.append(str(Path(*parts)))
            return found
    return []


def nbgrader_config(settings: dict, on_sandbox_kernel: Callable[[object], None]):
    """nbgrader's configuration of the course (as ``nbgrader`` run in it loads it), with the
    worker's Execute and OverwriteCells in place of nbgrader's and the sandbox's settings."""
    from nbgrader.apps.baseapp import NbGrader
    from nbgrader.preprocessors import Execute, OverwriteCells

    app = NbGrader()
    app.load_config_file()
    config = app.config
    guarded, sandboxed = patches.execute_classes(on_sandbox_kernel)
    use_box = settings["sandbox"] == "bwrap"
    _replace_preprocessor(
        config, "autograde_preprocessors", "nbgrader.preprocessors.Execute", Execute, sandboxed if use_box else guarded
    )
    _replace_preprocessor(
        config,
        "sanitize_preprocessors",
        "nbgrader.preprocessors.OverwriteCells",
        OverwriteCells,
        patches.overwrite_cells_that_find_a_place(),
    )
    # nbconvert validates the whole notebook after each of the ~15 preprocessors; its own option
    # validates once, after the last (0.07 s of a 1.8 s submission on the bench machine).
    config.Exporter.optimistic_validation = True
    if settings.get("timeout"):
        config.Execute.timeout = int(settings["timeout"])
    if use_box:
        config.SandboxKernelManager.sandbox_uid = int(settings["uid"])
        config.SandboxKernelManager.sandbox_mode = settings["mode"]
        config.SandboxKernelManager.sandbox_limits = settings["limits"]
        config.SandboxKernelManager.sandbox_session = settings["session"]
    return config


class Worker:
    """Grades one participant at a time for the supervisor (runs in its own process)."""

    def __init__(self, settings: dict, log: logging.Logger):
        self.settings = settings
        self.log = log
        self.root = Path(settings["root"]).resolve()
        self.session = settings["session"]
        os.chdir(self.root)
        from nbgrader.api import Gradebook
        from nbgrader.converters import Autograde, GenerateFeedback
        from nbgrader.coursedir import CourseDirectory

        patches.reuse_metadata_validators()
        reuse_gradebook_connections()
        # the sandbox's kernel manager of the task being graded: it records how its kernel exited
        self.kernel_manager = None
        self.config = nbgrader_config(settings, self._sandbox_kernel_created)
        self.coursedir = CourseDirectory(config=self.config)
        self.coursedir.root = str(self.root)
        self.config.SandboxKernelManager.sandbox_files = release_files(self.root, self.coursedir, self.session)
        self.url = self.coursedir.db_url
        self.coursedir.db_url = gbk.patient_url(self.url)
        self.timeout = int(self.config.Execute.get("timeout", 30)) if "Execute" in self.config else 30
        self.Autograde, self.GenerateFeedback, self.Gradebook = Autograde, GenerateFeedback, Gradebook
        self.engine = gbk.engine(self.url)
        with self._gradebook() as gb:
            assignment = gb.find_assignment(self.session)
            self.expected = [nb.name for nb in assignment.notebooks]
        self.sandbox_label = "bwrap" if settings["sandbox"] == "bwrap" else "mati"
        self._feedback_exporter = None

    def _sandbox_kernel_created(self, kernel_manager) -> None:
        self.kernel_manager = kernel_manager

    def _gradebook(self):
        return self.Gradebook(self.coursedir.db_url, self.coursedir.course_id)

    # -- one task -----------------------------------------------------------
    def grade(self, student: str) -> Outcome:
        started = time.monotonic()
        folder = self.root / self.coursedir.submitted_directory / student / self.session
        fp = fingerprint(folder) if folder.is_dir() else ""
        gbk.write_status(
            self.engine, gbk.Status(self.session, student, "berjalan", fingerprint=fp, sandbox=self.sandbox_label)
        )
        problem = precheck(folder, self.expected, student)
        if problem is not None:
            code, values = problem
            return self.fail(student, code, values, fp, started)
        self.kernel_manager = None
        checked = time.monotonic()
        self.coursedir.assignment_id = self.session
        self.coursedir.student_id = student
        converter = patches.failure_recording(self.Autograde)(coursedir=self.coursedir, config=self.config)
        converter.force = True
        converter.create_student = True
        try:
            converter.start()
        except Exception as exc:  # nbgrader raises NbGraderException after logging the real one
            failure = converter.failure or exc
            code, values = self.classify(failure)
            self.log.error("%s: gagal dinilai (%s): %s", student, code, failure)
            return self.fail(student, code, values, fp, started)
        graded = time.monotonic()
        with self._gradebook() as gb:
            submission = gb.find_submission(self.session, student)
            score, max_score = float(submission.score), float(submission.max_score)
        self.feedback(student)
        outcome = Outcome(student, "dinilai", score, max_score, seconds=round(time.monotonic() - started, 3))
        self.log.info(
            "%s: dinilai %s/%s dalam %.2f s (nbgrader autograde %.2f s, umpan balik %.2f s)",
            student,
            number(score),
            number(max_score),
            outcome.seconds,
            graded - checked,
            time.monotonic() - graded,
        )
        gbk.write_status(
            self.engine,
            gbk.Status(
                self.session,
                student,
                "dinilai",
                fingerprint=fp,
                score=score,
                max_score=max_score,
                seconds=outcome.seconds,
                sandbox=self.sandbox_label,
            ),
        )
        return outcome

    def feedback(self, student: str) -> None:
        """nbgrader's GenerateFeedback for one participant, with its HTML exporter kept
        between participants (compiling the feedback templates costs half a second each time)."""
        self.coursedir.assignment_id = self.session
        self.coursedir.student_id = student
        converter = self.GenerateFeedback(coursedir=self.coursedir, config=self.config)
        converter.force = True
        if self._feedback_exporter is None:
            exporter = patches.caching_exporter(converter.exporter_class)(parent=converter, config=converter.config)
            for preprocessor in converter.preprocessors:
                exporter.register_preprocessor(preprocessor)
            self._feedback_exporter = exporter
        from nbconvert.writers import FilesWriter

        converter.init_notebooks()
        converter.writer = FilesWriter(parent=converter, config=converter.config)
        converter.exporter = self._feedback_exporter
        current = os.getcwd()
        os.chdir(self.coursedir.root)
        try:
            converter.convert_notebooks()
        finally:
            os.chdir(current)

    def classify(self, exc: BaseException) -> tuple[str, dict]:
        name = type(exc).__name__
        text = str(exc)
        limits = Limits(**self.settings.get("limits", {}))
        if name == "OutputTooLarge":
            return "keluaran_terlalu_besar", {"limit": patches.MESSAGE_CAP_BYTES // (1024 * 1024)}
        if name == "OperationalError" or "database is locked" in text:
            return "basis_data_sibuk", {"detail": text.strip().splitlines()[0][:150] if text.strip() else name}
        if name == "RecursionError":
            return "bukan_notebook", {"name": "notebook", "detail": "strukturnya bersarang terlalu dalam"}
        if name == "DeadKernelError" or "Kernel died" in text:
            ended = self.kernel_manager.kernel_exit if self.kernel_manager is not None else None
            if self.settings["sandbox"] == "bwrap" and ended is not None:
                code, detail = describe_exit(ended.returncode)
                if code == "batas_cpu":
                    return "batas_cpu", {"limit": limits.cpu_s}
                if code == "batas_berkas":
                    return "batas_berkas", {"limit": limits.file_mb}
                if code == "batas_memori":
                    return "batas_memori", {"limit": limits.memory_mb}
                return "kernel_mati", {"detail": detail}
            return "kernel_mati", {"detail": "kernel berhenti sebelum semua sel selesai"}
        if name in ("CellTimeoutError", "TimeoutError", "UnresponsiveKernelError") or "Timeout" in text:
            return "waktu_habis", {"timeout": self.timeout}
        if name in ("SchemaTooOldError", "SchemaTooNewError") or "nbgrader metadata" in text:
            return "metadata_rusak", {"detail": name}
        if name in ("NotJSONError", "JSONDecodeError"):
            return "json_rusak", {"name": "notebook", "detail": name}
        if name == "ValidationError":
            return "bukan_notebook", {"name": "notebook", "detail": text.splitlines()[0][:150] if text else name}
        if name == "MemoryError":
            return "batas_memori", {"limit": limits.memory_mb}
        first = text.strip().splitlines()[0][:200] if text.strip() else ""
        return "galat_penilaian", {"detail": f"{name}: {first}" if first else name}

    def fail(self, student: str, code: str, values: dict, fp: str, started: float) -> Outcome:
        what, todo = reason(code, **values)
        seconds = round(time.monotonic() - started, 3)
        self.forget(student)
        write_failure_feedback(self.root, self.coursedir, self.session, student, self.expected, (code, what, todo))
        gbk.write_status(
            self.engine,
            gbk.Status(
                self.session,
                student,
                "gagal",
                reason_code=code,
                reason=what,
                advice=todo,
                fingerprint=fp,
                seconds=seconds,
                sandbox=self.sandbox_label,
            ),
        )
        return Outcome(student, "gagal", reason_code=code, reason=what, advice=todo, seconds=seconds)

    def forget(self, student: str) -> None:
        """Leave no half-graded trace: no autograded notebook, and no submission row
        unless an instructor already entered manual grades or comments in it."""
        from nbgrader.api import MissingEntry

        autograded = self.root / self.coursedir.autograded_directory / student / self.session
        shutil.rmtree(autograded, ignore_errors=True)
        shutil.rmtree(self.root / self.coursedir.feedback_directory / student / self.session, ignore_errors=True)
        with self._gradebook() as gb:
            gb.update_or_create_student(student)
            try:
                submission = gb.find_submission(self.session, student)
            except MissingEntry:
                return
            manual = any(g.manual_score is not None for nb in submission.notebooks for g in nb.grades) or any(
                c.manual_comment for nb in submission.notebooks for c in nb.comments
            )
            if not manual:
                gb.remove_submission(self.session, student)

    # -- the canary ------------------------------------------------------------
    def canary(self) -> dict:
        """Grade the session's own solution notebooks (``source/<session>/``) exactly as a submission,
        as the reserved student CANARY_STUDENT in a scratch folder, and remove that student again.

        ``{"ok": True, "seconds": …}`` when they earn full marks, else ``{"ok": False, "what": …,
        "todo": …}`` naming the first cell that lost points and its error."""
        started = time.monotonic()
        source = self.root / self.coursedir.source_directory / self.session
        missing = [f"{n}.ipynb" for n in self.expected if regular_file(source, (f"{n}.ipynb",)) is None]
        if missing:
            return _canary_refusal(f"notebook solusi {', '.join(missing)} tidak ada di {source}")
        scratch = Path(tempfile.mkdtemp(prefix="bimtek-kanari-"))
        try:
            folder = scratch / "kiriman" / CANARY_STUDENT / self.session
            folder.mkdir(parents=True)
            for name in self.expected:
                shutil.copyfile(source / f"{name}.ipynb", folder / f"{name}.ipynb")
            result = self._grade_canary(scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
            self._remove_canary()
        result["seconds"] = round(time.monotonic() - started, 3)
        return result

    def _grade_canary(self, scratch: Path) -> dict:
        from nbgrader.coursedir import CourseDirectory

        coursedir = CourseDirectory(config=self.config)
        coursedir.root = str(self.root)
        coursedir.db_url = self.coursedir.db_url
        coursedir.submitted_directory = str(scratch / "kiriman")
        coursedir.autograded_directory = str(scratch / "hasil")
        coursedir.assignment_id, coursedir.student_id = self.session, CANARY_STUDENT
        self.kernel_manager = None
        converter = patches.failure_recording(self.Autograde)(coursedir=coursedir, config=self.config)
        converter.force = True
        converter.create_student = True
        try:
            converter.start()
        except Exception as exc:
            code, values = self.classify(converter.failure or exc)
            return _canary_refusal(f"notebook solusi tidak dapat dinilai: {reason(code, **values)[0]}")
        with self._gradebook() as gb:
            submission = gb.find_submission(self.session, CANARY_STUDENT)
            # Only the autograded tests count: written answers (manual grades) wait for the instructor.
            graded = [(nb.name, g) for nb in submission.notebooks for g in nb.grades if g.auto_score is not None]
            score = sum(float(g.auto_score) for _, g in graded)
            max_score = sum(float(g.max_score) for _, g in graded)
            lost = {(name, g.name) for name, g in graded if g.max_score and g.auto_score < g.max_score}
        if score >= max_score:
            return {"ok": True}
        cell, error = _first_lost_cell(scratch / "hasil" / CANARY_STUDENT / self.session, self.expected, lost)
        return _canary_refusal(
            f"notebook solusi hanya mendapat {number(score)}/{number(max_score)}; sel pertama yang gagal: {cell} "
            f"({error})"
        )

    def _remove_canary(self) -> None:
        from nbgrader.api import MissingEntry

        try:
            with self._gradebook() as gb:
                gb.remove_student(CANARY_STUDENT)
        except MissingEntry:
            pass
        except Exception:
            self.log.error("siswa kanari tidak dapat dihapus dari buku nilai:\n%s", traceback.format_exc())

    def mark_failed(self, student: str, code: str, values: dict) -> Outcome:
        folder = self.root / self.coursedir.submitted_directory / student / self.session
        fp = fingerprint(folder) if folder.is_dir() else ""
        return self.fail(student, code, values, fp, time.monotonic())


def _canary_refusal(what: str) -> dict:
    todo = (
        "Tidak ada kiriman yang dinilai. Pastikan paket course yang terpasang cocok dengan source/ kursus ini "
        "(pasang ulang dari repositori yang sama) dan notebook solusi lulus bila dijalankan, lalu jalankan lagi."
    )
    return {"ok": False, "what": what, "todo": todo}


def _first_lost_cell(folder: Path, names: list[str], lost: set[tuple[str, str]]) -> tuple[str, str]:
    """(grade id, error) of the first cell, in notebook order, that lost points."""
    import nbformat

    for name in names:
        try:
            nb = nbformat.read(folder / f"{name}.ipynb", as_version=4)
        except Exception:
            continue
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if (name, grade_id) not in lost:
                continue
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            if errors:
                text = f"{errors[0].get('ename', '')}: {errors[0].get('evalue', '')}".strip(": ")
                return grade_id, " ".join(text.split())[:200] or "galat tanpa pesan"
            return grade_id, "tidak lulus, tanpa pesan galat"
    first = sorted(lost)[0] if lost else ("?", "?")
    return first[1], "tidak lulus"


def _worker_log(slot: int) -> logging.Logger:
    """The worker's log (and traitlets', i.e. nbgrader's) on stderr, which the supervisor sends to the run's log file."""
    log = logging.getLogger(f"bimtek.pekerja{slot}")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"[pekerja {slot} %(asctime)s %(levelname)s] %(message)s"))
    for name in (log.name, "traitlets"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return log


def _do(worker: Worker, task: dict, log: logging.Logger) -> Outcome:
    """One task: grade a participant, or record the failure the supervisor saw (its worker died)."""
    student = task["student"]
    try:
        if task.get("fail"):
            return worker.mark_failed(student, task["fail"]["code"], task["fail"].get("values", {}))
        return worker.grade(student)
    except Exception as exc:
        log.error("%s: galat saat menilai:\n%s", student, traceback.format_exc())
        try:
            return worker.fail(
                student, "galat_penilaian", {"detail": f"{type(exc).__name__}: {exc}"[:200]}, "", time.monotonic()
            )
        except Exception:
            log.error("%s: status gagal pun tidak dapat ditulis:\n%s", student, traceback.format_exc())
            what, todo = reason("galat_penilaian", detail=type(exc).__name__)
            return Outcome(student, "gagal", reason_code="galat_penilaian", reason=what, advice=todo)


def _canary(worker: Worker, log: logging.Logger) -> dict:
    try:
        result = worker.canary()
    except Exception as exc:
        log.error("kanari: galat saat menilai notebook solusi:\n%s", traceback.format_exc())
        result = _canary_refusal(f"galat saat menilai notebook solusi ({type(exc).__name__}: {str(exc)[:150]})")
    log.info("kanari: %s", result)
    return result


def worker_main() -> int:
    """Entry point of a worker process: settings on the first line of stdin, then tasks."""
    _die_with_parent()
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # anything printed by nbgrader or a kernel goes to the log, not the protocol
    sys.stdout = sys.stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor decides when to stop
    settings = json.loads(sys.stdin.readline())
    log = _worker_log(settings.get("slot", 0))
    slot_uid = None
    try:
        if settings["sandbox"] == "bwrap":
            from course.instructor.sandbox import SlotUid

            slot_uid = SlotUid(int(settings.get("slot", 0)))
            settings["uid"] = slot_uid.uid
        worker = Worker(settings, log)
    except Exception:
        log.error("pekerja tidak dapat dimulai:\n%s", traceback.format_exc())
        protocol.write(json.dumps({"event": "gagal_mulai"}) + "\n")
        return 2
    protocol.write(json.dumps({"event": "siap", "pid": os.getpid()}) + "\n")
    for line in sys.stdin:
        task = json.loads(line)
        if task.get("canary"):
            protocol.write(json.dumps({"event": "kanari", **_canary(worker, log)}, ensure_ascii=False) + "\n")
            continue
        outcome = _do(worker, task, log)
        protocol.write(json.dumps({"event": "hasil", **asdict(outcome)}, ensure_ascii=False) + "\n")
    if slot_uid is not None:
        slot_uid.release()
    return 0

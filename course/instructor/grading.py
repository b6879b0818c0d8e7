"""Parallel, sandboxed, crash-proof autograding with real nbgrader underneath.

``bimtek autograde SESSION`` grades every submission of a session in
``submitted/``. A pool of worker processes (``--workers N``, default: the number
of cores) each load nbgrader once and grade one participant at a time with
nbgrader's own ``Autograde`` converter (its preprocessors, its gradebook) and
then nbgrader's ``GenerateFeedback``, so scores are exactly those of
``nbgrader autograde``. The kernel that runs a participant's code is started
in the sandbox of :mod:`course.instructor.sandbox` unless ``--sandbox off``.

Nobody is lost:

* every submission ends ``dinilai`` (graded, score/max) or ``gagal`` (failed)
  with a plain-Indonesian reason, in the ``bimtek_status`` table of the
  gradebook (see :mod:`course.instructor.gradebook`), and with a feedback file: nbgrader's
  own for a graded one, a page saying what happened and what to do for a
  failed one;
* a failure is never a silent 0.0: ``nbgrader export`` (with the plugin set
  in ``nbgrader_config.py``, :mod:`course.instructor.export`) marks it ``gagal``;
* ``submitted/`` is only read; nbgrader writes ``autograded/`` and ``feedback/``;
* a submission is marked ``berjalan`` while it is graded. A crash or Ctrl-C
  leaves such rows (the gradebook itself is transactional); the next run
  grades them again, and skips every submission already finished whose files
  have not changed (a fingerprint of the submitted folder), so nothing is
  graded twice.

The orchestrator never imports nbgrader (its import costs seconds); workers
talk to it with one JSON object per line over pipes.
"""

from __future__ import annotations

import ctypes
import hashlib
import html
import json
import logging
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Callable

from course.instructor import gradebook as gbk
from course.errors import CourseError
from course.instructor.sandbox import Limits

MAX_NOTEBOOK_MB = 100
OUTPUT_CAP_BYTES = 10 * 1024 * 1024  # per cell; beyond it stdout is dropped (grading is unaffected)
GLOB_CHARS = set("*?[]")

# Reasons: code -> (what happened, what the participant should do). Plain Indonesian.
REASONS = {
    "folder_kosong": ("folder kiriman tidak berisi notebook {expected}",
                      "Kumpulkan ulang lewat menu Nbgrader → Assignment List → Submit."),
    "nama_notebook": ("notebook diganti namanya: yang dikumpulkan {found}, seharusnya {expected}",
                      "Ganti nama notebook kembali menjadi {expected} (klik kanan → Rename), simpan, "
                      "lalu kumpulkan ulang."),
    "berkas_kosong": ("berkas {name} kosong (0 byte)",
                      "Buka notebook Anda, pastikan jawabannya ada, simpan dengan Ctrl + S, lalu kumpulkan ulang."),
    "bukan_teks": ("berkas {name} bukan notebook: isinya data biner",
                   "Pastikan yang dikumpulkan adalah notebook dari Assignment List, bukan berkas lain yang "
                   "diberi nama .ipynb. Unduh ulang notebooknya, salin jawaban Anda, lalu kumpulkan ulang."),
    "json_rusak": ("berkas {name} rusak: isinya bukan JSON yang sah ({detail})",
                   "Coba buka notebook di JupyterLab. Bila tidak bisa dibuka, unduh ulang dari Assignment List "
                   "(Fetch), salin jawaban Anda, lalu kumpulkan ulang."),
    "bukan_notebook": ("berkas {name} bukan notebook Jupyter yang sah ({detail})",
                       "Unduh ulang notebook dari Assignment List (Fetch), salin jawaban Anda, lalu kumpulkan ulang."),
    "terlalu_besar": ("berkas {name} terlalu besar ({size} MB; batasnya {limit} MB)",
                      "Hapus keluaran sel (menu Edit → Clear Outputs of All Cells), simpan, lalu kumpulkan ulang."),
    "metadata_rusak": ("metadata nbgrader di notebook rusak atau diubah ({detail})",
                       "Unduh ulang notebook dari Assignment List (Fetch), salin jawaban Anda ke sel jawaban, "
                       "lalu kumpulkan ulang."),
    "kernel_mati": ("Python berhenti mendadak saat menjalankan notebook ({detail})",
                    "Cari sel yang menghentikan Python (misalnya os._exit(), os.kill(), atau kode yang "
                    "merusak proses), hapus, jalankan Kernel → Restart Kernel and Run All Cells untuk "
                    "memeriksa, lalu kumpulkan ulang."),
    "waktu_habis": ("waktu habis: sebuah sel berjalan lebih dari {timeout} detik dan tidak dapat dihentikan",
                    "Cari sel yang tidak pernah selesai (misalnya perulangan while True), perbaiki, jalankan "
                    "Restart Kernel and Run All Cells untuk memeriksa, lalu kumpulkan ulang."),
    "waktu_total": ("waktu habis: menilai notebook ini memakan lebih dari {limit} detik",
                    "Periksa sel yang lama sekali selesainya, perbaiki, lalu kumpulkan ulang."),
    "batas_cpu": ("notebook memakai waktu prosesor melebihi batas ({limit} detik)",
                  "Cari perhitungan yang terlalu berat atau perulangan tanpa akhir, perbaiki, lalu kumpulkan ulang."),
    "batas_memori": ("notebook memakai memori melebihi batas ({limit} MB) sehingga Python berhenti",
                     "Cari sel yang membuat data sangat besar, perbaiki, lalu kumpulkan ulang."),
    "batas_berkas": ("notebook menulis berkas melebihi batas ukuran ({limit} MB) sehingga Python berhenti",
                     "Jangan menulis berkas besar dari notebook; perbaiki, lalu kumpulkan ulang."),
    "penilai_berhenti": ("proses penilai berhenti saat menilai kiriman ini ({detail})",
                         "Kiriman Anda akan dinilai ulang; bila pesan ini tetap muncul, hubungi instruktur."),
    "nama_peserta": ("nama folder peserta {name} memuat karakter yang tidak dapat dipakai nbgrader",
                     "Instruktur perlu mengganti nama folder peserta ini di submitted/ lalu menilai ulang."),
    "galat_penilaian": ("galat saat menilai ({detail})",
                        "Hubungi instruktur; kiriman Anda akan diperiksa."),
}


class GradingError(CourseError):
    """A problem that stops a whole grading run (reported in one Indonesian line)."""

    label = "Galat"


@dataclass
class Outcome:
    """What happened to one participant's submission."""

    student: str
    status: str                       # dinilai | gagal | dilewati | dibatalkan
    score: float | None = None
    max_score: float | None = None
    reason_code: str | None = None
    reason: str | None = None
    advice: str | None = None
    seconds: float | None = None
    previous: str | None = None       # for dilewati: the status it kept

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def reason(code: str, **values) -> tuple[str, str]:
    what, todo = REASONS[code]
    values = {k: v for k, v in values.items()}
    return what.format_map(_Default(values)), todo.format_map(_Default(values))


class _Default(dict):
    def __missing__(self, key):
        return "?"


def fingerprint(folder: Path) -> str:
    """sha256 of a submitted folder: every file's relative path and bytes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape") + b"\0")
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def number(value: float | None) -> str:
    """A score the Indonesian way: 20 or 20,5."""
    if value is None:
        return "–"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


# ---------------------------------------------------------------------------
# Checks of a submission before nbgrader sees it (they explain what nbgrader would drop).

def precheck(folder: Path, expected: list[str], student: str) -> tuple[str, dict] | None:
    """``(reason code, values)`` when the submission cannot be graded, else None."""
    if GLOB_CHARS & set(student):
        return "nama_peserta", {"name": student}
    present = sorted(p.name for p in folder.glob("*.ipynb")) if folder.is_dir() else []
    missing = [name for name in expected if f"{name}.ipynb" not in present]
    if missing:
        want = ", ".join(f"{name}.ipynb" for name in missing)
        others = [p for p in present if p[:-6] not in expected]
        if others:
            return "nama_notebook", {"found": ", ".join(others), "expected": want}
        return "folder_kosong", {"expected": want}
    for name in expected:
        path = folder / f"{name}.ipynb"
        size = path.stat().st_size
        values = {"name": path.name}
        if size == 0:
            return "berkas_kosong", values
        if size > MAX_NOTEBOOK_MB * 1024 * 1024:
            return "terlalu_besar", {**values, "size": number(size / 1024 / 1024), "limit": MAX_NOTEBOOK_MB}
        raw = path.read_bytes()
        if b"\0" in raw[:65536]:
            return "bukan_teks", values
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return "bukan_teks", values
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return "json_rusak", {**values, "detail": f"baris {exc.lineno}, kolom {exc.colno}"}
        if not isinstance(data, dict) or not isinstance(data.get("cells"), list) or "nbformat" not in data:
            return "bukan_notebook", {**values, "detail": "tidak ada daftar sel (cells) dan versi nbformat"}
        import nbformat

        try:
            nb = nbformat.reads(text, as_version=4)
            nbformat.validate(nb)
        except Exception as exc:  # nbformat's own verdict, whatever its class
            detail = str(exc).strip().splitlines()[0][:150] if str(exc).strip() else type(exc).__name__
            return "bukan_notebook", {**values, "detail": detail}
    return None


# ---------------------------------------------------------------------------
# The worker: one process, nbgrader loaded once, one participant at a time.

def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _make_execute_classes():
    """nbgrader's Execute with an output cap, and its sandboxed twin."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync
    from nbformat import NotebookNode
    from nbgrader.preprocessors import Execute

    from course.instructor.sandbox import SandboxKernelManager

    class GuardedExecute(Execute):
        """nbgrader's Execute; keeps at most OUTPUT_CAP_BYTES of stdout per cell.

        Errors, stderr and results are kept (in order), so nbgrader scores the cell as it
        would have without the cap; only the flood of printed text is dropped.
        """

        manager_class = AsyncKernelManager

        def __init__(self, *args, **kwargs):
            kwargs["kernel_manager_class"] = self.manager_class
            super().__init__(*args, **kwargs)
            self._sizes: dict[int, int] = {}
            self._noted: set[int] = set()
            # every output is in by then: stop the kernel at once instead of asking and waiting
            self.shutdown_kernel = "immediate"

        def output(self, outs, msg, display_id, cell_index):
            content = msg.get("content", {})
            kind = msg.get("msg_type")
            if kind == "stream":
                size = len(content.get("text", ""))
            elif kind in ("display_data", "execute_result", "update_display_data"):
                size = sum(len(str(v)) for v in content.get("data", {}).values())
            elif kind == "error":
                size = sum(len(x) for x in content.get("traceback", []))
            else:
                size = 0
            total = self._sizes.get(cell_index, 0) + size
            self._sizes[cell_index] = total
            if total <= OUTPUT_CAP_BYTES:
                return super().output(outs, msg, display_id, cell_index)
            if cell_index not in self._noted:
                self._noted.add(cell_index)
                outs.append(NotebookNode(output_type="stream", name="stdout",
                                         text=f"\n[Keluaran sel ini dipotong oleh penilai: lebih dari "
                                              f"{OUTPUT_CAP_BYTES // (1024 * 1024)} MB.]\n"))
            if kind == "stream" and content.get("name") == "stderr":
                msg = {**msg, "content": {**content, "text": content.get("text", "")[:1000]}}
                return super().output(outs, msg, display_id, cell_index)
            if kind == "error":
                msg = {**msg, "content": {**content, "traceback": content.get("traceback", [])[-20:]}}
                return super().output(outs, msg, display_id, cell_index)
            if kind in ("execute_result", "display_data") and size < 100_000:
                return super().output(outs, msg, display_id, cell_index)
            return None

    class SandboxedExecute(GuardedExecute):
        """GuardedExecute whose kernel runs in the sandbox.

        Once the kernel listens, its IPC folder is closed; after every cell, processes the
        cell left behind (a fork bomb, a background job) are stopped; at the end the kernel
        is killed, not asked, and every process of the sandbox dies with it.
        """

        manager_class = SandboxKernelManager

        async def async_start_new_kernel_client(self):
            kc = await super().async_start_new_kernel_client()
            self.km.lock_sandbox()
            return kc

        async def async_execute_cell(self, cell, cell_index, execution_count=None, store_history=True):
            try:
                return await super().async_execute_cell(cell, cell_index, execution_count, store_history)
            finally:
                if self.km is not None:
                    self.km.sweep()

        # nbclient binds the synchronous names to its own coroutines: rebind ours.
        start_new_kernel_client = run_sync(async_start_new_kernel_client)
        execute_cell = run_sync(async_execute_cell)

    return GuardedExecute, SandboxedExecute


class Worker:
    """Grades one participant at a time for the orchestrator (runs in its own process)."""

    def __init__(self, settings: dict, log: logging.Logger):
        self.settings = settings
        self.log = log
        self.root = Path(settings["root"]).resolve()
        self.session = settings["session"]
        os.chdir(self.root)
        from nbgrader.apps.baseapp import NbGrader
        from nbgrader.converters import Autograde, GenerateFeedback
        from nbgrader.coursedir import CourseDirectory
        from nbgrader.preprocessors import Execute

        _reuse_metadata_validators()
        app = NbGrader()
        app.load_config_file()
        config = app.config
        guarded, sandboxed = _make_execute_classes()
        use_box = settings["sandbox"] == "bwrap"
        execute_class = sandboxed if use_box else guarded
        preprocessors = list(Autograde.class_traits()["autograde_preprocessors"].default())
        if "Autograde" in config and "autograde_preprocessors" in config.Autograde:
            preprocessors = list(config.Autograde.autograde_preprocessors)
        config.Autograde.autograde_preprocessors = [execute_class if p is Execute or p == "nbgrader.preprocessors.Execute"
                                                    else p for p in preprocessors]
        from nbgrader.preprocessors import OverwriteCells

        sanitize = list(Autograde.class_traits()["sanitize_preprocessors"].default())
        if "Autograde" in config and "sanitize_preprocessors" in config.Autograde:
            sanitize = list(config.Autograde.sanitize_preprocessors)
        placing = _overwrite_cells_that_find_a_place()
        config.Autograde.sanitize_preprocessors = [placing if p is OverwriteCells or
                                                   p == "nbgrader.preprocessors.OverwriteCells" else p for p in sanitize]
        if settings.get("timeout"):
            config.Execute.timeout = int(settings["timeout"])
        if use_box:
            config.SandboxKernelManager.sandbox_uid = int(settings["uid"])
            config.SandboxKernelManager.sandbox_mode = settings["mode"]
            config.SandboxKernelManager.sandbox_limits = settings["limits"]
            config.SandboxKernelManager.sandbox_session = self.session
        self.config = config
        self.coursedir = CourseDirectory(config=config)
        self.coursedir.root = str(self.root)
        self.url = self.coursedir.db_url
        self.coursedir.db_url = gbk.patient_url(self.url)
        self.timeout = int(config.Execute.get("timeout", 30)) if "Execute" in config else 30
        self.Autograde, self.GenerateFeedback = Autograde, GenerateFeedback
        self.engine = gbk.engine(self.url)
        from nbgrader.api import Gradebook

        self.Gradebook = Gradebook
        with self._gradebook() as gb:
            assignment = gb.find_assignment(self.session)
            self.expected = [nb.name for nb in assignment.notebooks]
        self.sandbox_label = "bwrap" if use_box else "mati"

    def _gradebook(self):
        return self.Gradebook(self.coursedir.db_url, self.coursedir.course_id)

    # -- one task -----------------------------------------------------------
    def grade(self, student: str) -> Outcome:
        started = time.monotonic()
        folder = self.root / self.coursedir.submitted_directory / student / self.session
        fp = fingerprint(folder) if folder.is_dir() else ""
        gbk.write_status(self.engine, gbk.Status(self.session, student, "berjalan", fingerprint=fp,
                                                 sandbox=self.sandbox_label))
        problem = precheck(folder, self.expected, student)
        if problem is not None:
            code, values = problem
            return self.fail(student, code, values, fp, started)
        from course.instructor.sandbox import EXITS

        EXITS.clear()
        checked = time.monotonic()
        self.coursedir.assignment_id = self.session
        self.coursedir.student_id = student
        converter = _failure_recording(self.Autograde)(coursedir=self.coursedir, config=self.config)
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
        self.log.info("%s: dinilai %s/%s dalam %.2f s (nbgrader autograde %.2f s, umpan balik %.2f s)", student,
                      number(score), number(max_score), outcome.seconds, graded - checked,
                      time.monotonic() - graded)
        gbk.write_status(self.engine, gbk.Status(self.session, student, "dinilai", fingerprint=fp, score=score,
                                                 max_score=max_score, seconds=outcome.seconds,
                                                 sandbox=self.sandbox_label))
        return outcome

    def feedback(self, student: str) -> None:
        """nbgrader's GenerateFeedback for one participant, with its HTML exporter kept
        between participants (compiling the feedback templates costs half a second each time)."""
        self.coursedir.assignment_id = self.session
        self.coursedir.student_id = student
        converter = self.GenerateFeedback(coursedir=self.coursedir, config=self.config)
        converter.force = True
        if getattr(self, "_feedback_exporter", None) is None:
            exporter = _caching_exporter(converter.exporter_class)(parent=converter, config=converter.config)
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
        from course.instructor.sandbox import EXITS, describe_exit

        name = type(exc).__name__
        text = str(exc)
        limits = Limits(**self.settings.get("limits", {}))
        if name == "DeadKernelError" or "Kernel died" in text:
            if self.settings["sandbox"] == "bwrap" and EXITS:
                code, detail = describe_exit(EXITS[-1]["returncode"])
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
        write_failure_feedback(self.root, self.coursedir, self.session, student, self.expected, what, todo)
        gbk.write_status(self.engine, gbk.Status(self.session, student, "gagal", reason_code=code, reason=what,
                                                 advice=todo, fingerprint=fp, seconds=seconds,
                                                 sandbox=self.sandbox_label))
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
            manual = any(g.manual_score is not None for nb in submission.notebooks for g in nb.grades) or \
                any(c.manual_comment for nb in submission.notebooks for c in nb.comments)
            if not manual:
                gb.remove_submission(self.session, student)

    def mark_failed(self, student: str, code: str, values: dict) -> Outcome:
        folder = self.root / self.coursedir.submitted_directory / student / self.session
        fp = fingerprint(folder) if folder.is_dir() else ""
        return self.fail(student, code, values, fp, time.monotonic())


def _caching_exporter(base):
    """nbconvert's HTML exporter that remembers the HTML of Markdown cells and highlighted code.

    Most cells are the same for every participant (nbgrader restores locked cells), so the
    feedback of the next participant reuses their HTML; the page is byte for byte the same.
    """
    from jinja2 import pass_context
    from nbconvert.filters.highlight import Highlight2HTML

    class CachingHighlight(Highlight2HTML):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._cache: dict = {}

        def __call__(self, source, language=None, metadata=None):
            key = (source, language)
            if key not in self._cache:
                if len(self._cache) > 20000:
                    self._cache.clear()
                self._cache[key] = super().__call__(source, language, metadata)
            return self._cache[key]

    class CachingExporter(base):
        _markdown: dict = {}
        _highlighters: dict = {}

        @pass_context
        def markdown2html(self, context, source):
            if self.embed_images or context.get("cell", {}).get("attachments"):
                return super().markdown2html(context, source)
            if source not in self._markdown:
                if len(self._markdown) > 20000:
                    self._markdown.clear()
                self._markdown[source] = super().markdown2html(context, source)
            return self._markdown[source]

        def from_notebook_node(self, nb, resources=None, **kw):
            if "highlight_code" not in self.filters or isinstance(self.filters["highlight_code"], CachingHighlight):
                info = nb.metadata.get("language_info", {})
                lexer = info.get("pygments_lexer", info.get("name", None))
                if lexer not in self._highlighters:
                    self._highlighters[lexer] = CachingHighlight(pygments_lexer=lexer, parent=self)
                self.filters["highlight_code"] = self._highlighters[lexer]
            return super().from_notebook_node(nb, resources, **kw)

    CachingExporter.__name__ = base.__name__
    return CachingExporter


def _reuse_metadata_validators() -> None:
    """Make nbgrader's cell-metadata validation build its jsonschema validator once.

    nbgrader checks every cell's metadata with ``jsonschema.validate``, which first re-checks
    the schema itself against the JSON Schema meta-schema, on every cell, twice per
    submission: measured at about a third of a second per submission of session 00. This
    keeps the same steps (``validator_for``, ``check_schema`` once per schema, then
    ``best_match`` over ``iter_errors``), so the same metadata passes or fails with the
    same error.
    """
    import json as _json

    import jsonschema
    from nbgrader.nbgraderformat import common

    if getattr(common.jsonschema, "_bimtek_cached", False):
        return
    validators: dict[str, object] = {}

    class CachedJsonschema:
        _bimtek_cached = True

        def __getattr__(self, name):
            return getattr(jsonschema, name)

        @staticmethod
        def validate(instance, schema, *args, **kwargs):
            if args or kwargs:
                return jsonschema.validate(instance, schema, *args, **kwargs)
            key = _json.dumps(schema, sort_keys=True)
            validator = validators.get(key)
            if validator is None:
                cls = jsonschema.validators.validator_for(schema)
                cls.check_schema(schema)
                validator = validators[key] = cls(schema)
            error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
            if error is not None:
                raise error

    common.jsonschema = CachedJsonschema()


def _overwrite_cells_that_find_a_place():
    """nbgrader's OverwriteCells, with missing grade cells put back even when their neighbour is gone.

    With ``add_missing_cells`` nbgrader 0.9 puts a deleted grade cell back right after the source
    cell before it, and raises ``KeyError`` when that cell was deleted as well (an answer cell
    deleted together with its check), which fails the whole submission. This keeps nbgrader's
    placement whenever nbgrader manages, and otherwise puts the cell after the nearest earlier
    source cell still in the notebook (or first), so the rest of the work is graded and the
    missing check scores what nbgrader's restored cell scores.
    """
    import copy

    from nbgrader import utils
    from nbgrader.preprocessors import OverwriteCells

    class PlacingOverwriteCells(OverwriteCells):
        def add_missing_grade_cells(self, nb, resources):
            original = copy.deepcopy(nb)
            try:
                return super().add_missing_grade_cells(nb, resources)
            except KeyError:
                nb = original
            source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
            source_cells = source_nb.source_cells
            source_ids = [cell.name for cell in source_cells]
            solution_ids = {cell.name for cell in source_nb.solution_cells}
            for grade_cell in source_nb.grade_cells:
                present = {cell.metadata["nbgrader"]["grade_id"]: i for i, cell in enumerate(nb.cells)
                           if (utils.is_grade(cell) or utils.is_solution(cell) or utils.is_locked(cell))
                           and "grade_id" in cell.metadata.get("nbgrader", {})}
                if grade_cell.name in present:
                    continue
                self.log.warning("Missing grade cell %s encountered, adding to notebook", grade_cell.name)
                position = source_ids.index(grade_cell.name)
                cell = self.missing_cell_transform(source_cells[position], grade_cell.max_score,
                                                   is_solution=grade_cell.name in solution_ids)
                before = next((present[name] for name in reversed(source_ids[:position]) if name in present), -1)
                nb.cells.insert(before + 1, cell)
            return nb, resources

    PlacingOverwriteCells.__name__ = "OverwriteCells"
    return PlacingOverwriteCells


def _failure_recording(base):
    """A subclass of an nbgrader converter that keeps the exception nbgrader only logs."""

    class Recording(base):
        failure = None

        def convert_single_notebook(self, notebook_filename):
            try:
                super().convert_single_notebook(notebook_filename)
            except BaseException as exc:
                self.failure = exc
                raise

    Recording.__name__ = base.__name__
    return Recording


def write_failure_feedback(root: Path, coursedir, session: str, student: str, expected: list[str],
                           what: str, todo: str) -> list[Path]:
    """A feedback page for a failed submission, where nbgrader's would be (and releasable)."""
    submitted = root / coursedir.submitted_directory / student / session
    target = root / coursedir.feedback_directory / student / session
    target.mkdir(parents=True, exist_ok=True)
    for name in ("timestamp.txt", "submission_secret.txt"):
        if (submitted / name).is_file():
            shutil.copyfile(submitted / name, target / name)
    names = list(expected)
    if submitted.is_dir():
        names += [p.stem for p in submitted.glob("*.ipynb") if p.stem not in names]
    written = []
    for name in names:
        path = target / f"{name}.html"
        path.write_text(FAILURE_PAGE.format(session=html.escape(session), student=html.escape(student),
                                            notebook=html.escape(name), what=html.escape(what),
                                            todo=html.escape(todo)), encoding="utf-8")
        written.append(path)
    return written


FAILURE_PAGE = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Umpan balik {session}: belum dapat dinilai</title>
<style>body{{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5;color:#222}}
.kotak{{border-left:6px solid #D55E00;background:#fdf3ec;padding:1em 1.2em}}</style></head>
<body>
<h1>Sesi {session}: kiriman belum dapat dinilai</h1>
<p>Peserta: <b>{student}</b> · notebook: <b>{notebook}</b></p>
<div class="kotak">
<p><b>Apa yang terjadi:</b> {what}.</p>
<p><b>Yang perlu Anda lakukan:</b> {todo}</p>
</div>
<p>Nilai Anda untuk sesi ini <b>belum ada</b> (bukan nol). Setelah Anda mengumpulkan ulang,
instruktur akan menilainya kembali. Bila ada pertanyaan, hubungi instruktur.</p>
</body></html>
"""


def worker_main() -> int:
    """Entry point of a worker process: settings on the first line of stdin, then tasks."""
    _die_with_parent()
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)  # anything printed by nbgrader or a kernel goes to the log, not the protocol
    sys.stdout = sys.stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the orchestrator decides when to stop
    settings = json.loads(sys.stdin.readline())
    log = logging.getLogger(f"bimtek.pekerja{settings.get('slot', 0)}")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(f"[pekerja {settings.get('slot', 0)} %(asctime)s %(levelname)s] %(message)s"))
    for name in (log.name, "traitlets"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False
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
        student = task["student"]
        try:
            if task.get("fail"):
                outcome = worker.mark_failed(student, task["fail"]["code"], task["fail"].get("values", {}))
            else:
                outcome = worker.grade(student)
        except Exception as exc:
            log.error("%s: galat saat menilai:\n%s", student, traceback.format_exc())
            try:
                outcome = worker.fail(student, "galat_penilaian", {"detail": f"{type(exc).__name__}: {exc}"[:200]},
                                      "", time.monotonic())
            except Exception:
                log.error("%s: status gagal pun tidak dapat ditulis:\n%s", student, traceback.format_exc())
                what, todo = reason("galat_penilaian", detail=type(exc).__name__)
                outcome = Outcome(student, "gagal", reason_code="galat_penilaian", reason=what, advice=todo)
        protocol.write(json.dumps({"event": "hasil", **asdict(outcome)}, ensure_ascii=False) + "\n")
    if slot_uid is not None:
        slot_uid.release()
    return 0


# ---------------------------------------------------------------------------
# The orchestrator.

@dataclass
class Options:
    root: Path
    session: str
    workers: int = 0
    sandbox: str = "auto"             # auto | require | off
    students: list[str] | None = None
    force: bool = False               # grade again even what is finished
    retry_failed: bool = False        # grade again what failed (unchanged files)
    timeout: int | None = None        # seconds per cell (nbgrader's Execute.timeout)
    limits: Limits = field(default_factory=Limits)
    progress: IO | None = None        # where the progress bar goes (stderr)
    warn: Callable[[str], None] | None = None


@dataclass
class Run:
    session: str
    outcomes: list[Outcome]
    workers: int
    sandbox: str                      # bwrap | mati
    seconds: float
    log: Path
    interrupted: bool = False

    @property
    def failed(self) -> list[Outcome]:
        """Submissions without a score: failed now, or failed before and unchanged."""
        return [o for o in self.outcomes if o.status == "gagal" or (o.status == "dilewati" and o.previous == "gagal")]


def _subreaper() -> None:
    """Orphans of workers and kernels become our children, so none is left behind."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    except OSError:
        pass


def _children_map() -> dict[int, list[int]]:
    """parent pid -> child pids, for every process (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode("utf-8", "replace")
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    return children


def _subtree(children: dict[int, list[int]], pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    found, stack = [pid], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _orphans(children: dict[int, list[int]], keep: set[int]) -> list[int]:
    """Our descendants, except the subtrees of ``keep`` (live workers, children we had before)."""
    found = []
    for child in children.get(os.getpid(), []):
        if child not in keep:
            found += _subtree(children, child)
    return found


def _kill_tree(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _reap_orphans(keep: set[int]) -> None:
    """Collect exited orphans (we are their subreaper) without touching our own workers."""
    while True:
        try:
            info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return
        if info is None or info.si_pid == 0 or info.si_pid in keep:
            return
        try:
            os.waitpid(info.si_pid, os.WNOHANG)
        except ChildProcessError:
            return


class _Slot:
    """The orchestrator's side of one worker process."""

    def __init__(self, number: int, settings: dict, root: Path, log: IO):
        self.number = number
        self.settings = dict(settings, slot=number)
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        env.setdefault("PYTHONWARNINGS", "ignore")
        self.proc = subprocess.Popen([sys.executable, "-m", "course.instructor.grading", "--pekerja"], cwd=root, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                                     start_new_session=True, text=True, encoding="utf-8", bufsize=1)
        self.proc.stdin.write(json.dumps(self.settings) + "\n")
        self.proc.stdin.flush()
        self.ready = False
        self.task: str | None = None
        self.started = 0.0
        self.buffer = ""
        self.retired = False

    def send(self, task: dict) -> None:
        self.task = task["student"]
        self.started = time.monotonic()
        self.proc.stdin.write(json.dumps(task, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        pids = [self.proc.pid]
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        _kill_tree(pids)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass

    def close(self) -> None:
        try:
            self.proc.stdin.close()
        except OSError:
            pass


def decide_sandbox(mode: str, warn: Callable[[str], None] | None) -> tuple[str, dict]:
    """``("bwrap", info)`` or ``("mati", info)`` for ``--sandbox auto|require|off``."""
    from course.instructor import sandbox

    if mode == "off":
        return "mati", {}
    found = sandbox.available()
    if found.ok:
        return "bwrap", {"mode": found.mode}
    if mode == "require":
        raise GradingError(f"kotak pasir tidak tersedia: {found.reason}.",
                           "Pasang paket bubblewrap (sudo apt-get install bubblewrap) atau jalankan sebagai root; "
                           "gunakan --sandbox auto untuk tetap menilai tanpa kotak pasir.")
    if warn:
        warn("PERINGATAN: kotak pasir (sandbox) TIDAK tersedia: " + found.reason + ". "
             "Kode peserta akan dijalankan TANPA pembatasan, dengan hak akses Anda: ia dapat membaca "
             "solusi di source/, buku nilai, dan kiriman peserta lain. Pasang paket `bubblewrap` "
             "(atau pakai --sandbox require agar penilaian menolak berjalan tanpa kotak pasir).")
    return "mati", {}


def submissions(root: Path, session: str, submitted_dir: str = "submitted") -> list[str]:
    base = root / submitted_dir
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and (p / session).is_dir())


def plan(root: Path, session: str, students: list[str], statuses: dict, force: bool, retry_failed: bool,
         autograded_dir: str = "autograded") -> tuple[list[str], list[Outcome]]:
    """Which submissions to grade now, and the outcomes of those already finished."""
    todo, skipped = [], []
    for student in students:
        status = statuses.get((session, student))
        if status is not None and not force and status.status in ("dinilai", "gagal"):
            folder = root / "submitted" / student / session
            unchanged = status.fingerprint == fingerprint(folder)
            graded_ok = status.status == "dinilai" and (root / autograded_dir / student / session).is_dir()
            failed_ok = status.status == "gagal" and not retry_failed
            if unchanged and (graded_ok or failed_ok):
                skipped.append(Outcome(student, "dilewati", status.score, status.max_score, status.reason_code,
                                       status.reason, status.advice, previous=status.status))
                continue
        todo.append(student)
    return todo, skipped


class Progress:
    """A progress bar on a terminal, one line per submission elsewhere (logs, CI)."""

    def __init__(self, stream: IO | None, total: int):
        self.stream, self.total, self.done, self.failed = stream, total, 0, 0
        self.tty = bool(stream) and hasattr(stream, "isatty") and stream.isatty()
        self.start = time.monotonic()

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.status == "gagal"
        if not self.stream:
            return
        if outcome.status == "dinilai":
            what = f"dinilai {number(outcome.score)}/{number(outcome.max_score)}"
        else:
            what = f"gagal: {outcome.reason}"
        if self.tty:
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            elapsed = time.monotonic() - self.start
            left = elapsed / self.done * (self.total - self.done) if self.done else 0
            bar = "█" * filled + "░" * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} · {self.failed} gagal · "
                              f"sisa ±{_duration(left)}   ")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{self.done}/{self.total}] {outcome.student}: {what}\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} detik"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} menit {seconds} detik"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} jam {minutes} menit"


def autograde(opts: Options) -> Run:
    """Grade a session's submissions; return every participant's outcome."""
    started = time.monotonic()
    root = Path(opts.root).resolve()
    config = gbk.load_nbgrader_config(root)
    url = gbk.db_url(root, config)
    if not (root / "nbgrader_config.py").is_file():
        raise GradingError(f"{root} bukan folder kursus (tidak ada nbgrader_config.py).",
                           "Jalankan perintah ini dari folder kursus atau pakai --root.")
    if not gbk.gradebook_exists(url):
        raise GradingError("buku nilai belum ada.",
                           f"Jalankan dulu `nbgrader generate_assignment {opts.session}` di folder kursus.")
    eng = gbk.engine(url)
    try:
        if opts.session not in gbk.assignments(eng):
            raise GradingError(f"sesi {opts.session} belum terdaftar di buku nilai.",
                               f"Jalankan dulu `nbgrader generate_assignment {opts.session}`.")
        students = submissions(root, opts.session)
        if opts.students:
            unknown = sorted(set(opts.students) - set(students))
            if unknown:
                raise GradingError(f"tidak ada kiriman sesi {opts.session} dari: {', '.join(unknown)}.",
                                   f"Periksa folder submitted/<peserta>/{opts.session}/ (jalankan "
                                   f"`nbgrader collect {opts.session}` bila belum).")
            students = [s for s in students if s in set(opts.students)]
        if not students:
            raise GradingError(f"belum ada kiriman sesi {opts.session} di submitted/.",
                               f"Kumpulkan dulu dengan `nbgrader collect {opts.session}`.")
        statuses = gbk.read_statuses(eng, opts.session)
    finally:
        eng.dispose()
    box, info = decide_sandbox(opts.sandbox, opts.warn)
    todo, skipped = plan(root, opts.session, students, statuses, opts.force, opts.retry_failed)
    workers = max(1, min(opts.workers or os.cpu_count() or 1, len(todo) or 1))
    log_dir = root / ".bimtek" / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"autograde-{opts.session}-{time.strftime('%Y%m%d-%H%M%S')}.log"
    settings = {"root": str(root), "session": opts.session, "sandbox": box, "mode": info.get("mode", ""),
                "limits": asdict(opts.limits), "timeout": opts.timeout}
    cell_timeout = opts.timeout or int(config.Execute.get("timeout", 30) if "Execute" in config else 30)
    deadline = max(300, 10 * cell_timeout)
    outcomes: dict[str, Outcome] = {o.student: o for o in skipped}
    run = Run(opts.session, [], workers, box, 0.0, log_path)
    progress = Progress(opts.progress, len(todo))
    if todo:
        with open(log_path, "a", encoding="utf-8") as log:
            try:
                _run_pool(root, todo, settings, workers, deadline, log, outcomes, progress, cell_timeout)
            except KeyboardInterrupt:
                run.interrupted = True
                for student in todo:  # a half-written result must not look like a graded one
                    if student not in outcomes:
                        shutil.rmtree(root / "autograded" / student / opts.session, ignore_errors=True)
    run.outcomes = [outcomes.get(s) or Outcome(s, "dibatalkan") for s in students]
    run.seconds = time.monotonic() - started
    return run


def _run_pool(root: Path, todo: list[str], settings: dict, workers: int, deadline: float, log: IO,
              outcomes: dict[str, Outcome], progress: Progress, cell_timeout: int) -> None:
    _subreaper()
    # SIGINT too: a command started in the background of a script (`cmd &`) inherits it ignored,
    # and Ctrl-C or `kill -INT` must still stop the run cleanly.
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    for sig in previous:
        signal.signal(sig, interrupted)
    queue = [{"student": s} for s in todo]
    baseline = set(_children_map().get(os.getpid(), []))  # not ours to stop (e.g. a test's database)
    selector = selectors.DefaultSelector()
    slots: dict[int, _Slot] = {}
    failures_to_start = 0

    def start(number: int) -> None:
        slot = _Slot(number, settings, root, log)
        slots[number] = slot
        selector.register(slot.proc.stdout, selectors.EVENT_READ, slot)

    def retire(slot: _Slot, reason_code: str | None, values: dict | None) -> None:
        """Stop a worker; if it had a task, queue the task's failure record for a fresh worker."""
        try:
            selector.unregister(slot.proc.stdout)
        except (KeyError, ValueError):
            pass
        tree = _children_map()
        doomed = _subtree(tree, slot.proc.pid)
        slot.kill()
        slot.retired = True
        live = {s.proc.pid for s in slots.values() if not s.retired}
        _kill_tree(doomed + _orphans(_children_map(), live | baseline))
        if slot.task and reason_code:
            queue.insert(0, {"student": slot.task, "fail": {"code": reason_code, "values": values or {}}})
        slot.task = None

    try:
        for number in range(workers):
            start(number)
        while True:
            busy = [s for s in slots.values() if not s.retired and s.task]
            if not queue and not busy:
                break
            for slot in list(slots.values()):
                if slot.retired or not slot.ready or slot.task or not queue:
                    continue
                slot.send(queue.pop(0))
            for key, _ in selector.select(timeout=0.5):
                slot: _Slot = key.data
                line = slot.proc.stdout.readline()
                if not line:
                    code = slot.proc.poll()
                    if not slot.ready:
                        failures_to_start += 1
                    retire(slot, "penilai_berhenti", {"detail": f"kode keluar {code}"})
                    if failures_to_start >= 3:
                        raise GradingError("pekerja penilai gagal dijalankan.",
                                           f"Lihat catatan di {log.name}.")
                    start(slot.number)
                    continue
                message = json.loads(line)
                if message.get("event") == "siap":
                    slot.ready = True
                    failures_to_start = 0
                elif message.get("event") == "hasil":
                    message.pop("event")
                    outcome = Outcome(**message)
                    outcomes[outcome.student] = outcome
                    slot.task = None
                    progress.update(outcome)
            now = time.monotonic()
            for slot in list(slots.values()):
                if not slot.retired and slot.task and now - slot.started > deadline:
                    retire(slot, "waktu_total", {"limit": int(deadline)})
                    start(slot.number)
            _reap_orphans({s.proc.pid for s in slots.values() if not s.retired} | baseline)
    finally:
        for slot in slots.values():
            if not slot.retired:
                slot.close()
        end = time.monotonic() + 15
        for slot in slots.values():
            if slot.retired:
                continue
            if slot.task is None:
                try:
                    slot.proc.wait(timeout=max(0.1, end - time.monotonic()))
                except subprocess.TimeoutExpired:
                    pass
            slot.kill()
        _kill_tree(_orphans(_children_map(), baseline))
        _reap_orphans(baseline)
        for slot in slots.values():
            try:
                slot.proc.stdout.close()
            except OSError:
                pass
        selector.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def table(run: Run) -> str:
    """The final table: every participant's outcome, in plain Indonesian."""
    rows = []
    for o in sorted(run.outcomes, key=lambda o: o.student):
        if o.status == "dinilai":
            rows.append((o.student, "dinilai", f"{number(o.score)}/{number(o.max_score)}", ""))
        elif o.status == "gagal":
            rows.append((o.student, "gagal", "–", o.reason or ""))
        elif o.status == "dilewati":
            if o.previous == "dinilai":
                rows.append((o.student, "dilewati", f"{number(o.score)}/{number(o.max_score)}",
                             "sudah dinilai; kiriman tidak berubah"))
            else:
                rows.append((o.student, "dilewati", "–", f"tetap gagal: {o.reason}"))
        else:
            rows.append((o.student, "dibatalkan", "–", "penilaian dihentikan sebelum kiriman ini selesai"))
    head = ("Peserta", "Status", "Nilai", "Keterangan")
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(3)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head[:3], widths)) + "  " + head[3],
             "  ".join("-" * w for w in widths) + "  " + "-" * 10]
    for r in rows:
        lines.append("  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3])
    return "\n".join(lines)


def summary(run: Run) -> str:
    counts = {k: sum(1 for o in run.outcomes if o.status == k) for k in ("dinilai", "gagal", "dilewati", "dibatalkan")}
    box = "aktif (bubblewrap)" if run.sandbox == "bwrap" else "TIDAK aktif"
    parts = [f"{counts['dinilai']} dinilai", f"{counts['gagal']} gagal", f"{counts['dilewati']} dilewati"]
    if counts["dibatalkan"]:
        parts.append(f"{counts['dibatalkan']} belum selesai")
    lines = [f"Ringkasan sesi {run.session}: " + ", ".join(parts) + f". Waktu {_duration(run.seconds)}, "
             f"{run.workers} pekerja, kotak pasir {box}.",
             f"Umpan balik ada di feedback/<peserta>/{run.session}/; catatan penilaian di {run.log}."]
    if run.interrupted:
        lines.append("Penilaian dihentikan. Jalankan perintah yang sama lagi untuk melanjutkan: "
                     "kiriman yang sudah selesai tidak dinilai ulang.")
    elif counts["gagal"]:
        lines.append("Kiriman yang gagal tidak bernilai nol: `nbgrader export` menandainya \"gagal\" beserta "
                     "alasannya. Setelah peserta mengumpulkan ulang, jalankan perintah ini lagi.")
    lines.append(f"Langkah berikutnya: `nbgrader release_feedback {run.session}` lalu `nbgrader export`.")
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--pekerja"]:
        sys.exit(worker_main())
    sys.exit("Modul ini dijalankan oleh `bimtek autograde`.")

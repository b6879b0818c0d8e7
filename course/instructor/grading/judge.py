"""The grader's own verdicts: hidden tests are judged here, never in the participant's kernel.

A hidden test cell only hands the answer over (``serahkan("nama_soal", jawaban)``,
:mod:`course.handover`): one display output of type ``handover.MIME_TYPE``. ``JudgeAnswers``
runs right after nbgrader's ``Execute`` in ``c.Autograde.autograde_preprocessors`` (set in
``nbgrader_config.py``, so ``nbgrader autograde`` and ``bimtek autograde`` both use it). For
every autograded test cell (nbgrader ``grade: true``, not ``solution``) whose source calls
``serahkan(``:

* the check's name comes from the cell source the grader holds (nbgrader's ``OverwriteCells``
  has already put back the locked cells of the gradebook), never from the payload;
* the answer is the LAST payload of that type among the cell's outputs, rebuilt with
  ``handover.read`` (plain JSON, never pickle);
* the verdict comes from ``course.checks.grade`` in this process, with the keys of
  ``reveal=False`` checks read from the key folder (``kunci/`` in the course root);
* the cell's outputs are REPLACED: none when right, one error output with an Indonesian
  message when not. nbgrader's ``determine_grade`` then scores the cell, and nothing the
  kernel printed in a hidden test cell reaches the autograded notebook or the feedback.

Test cells without ``serahkan(`` (plain ``assert`` in older notebooks) are left as they are.
A missing or broken key file stops the grading of the notebook (``KeyFileError``): it is the
grader's fault and must never turn into a silent zero.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from nbformat import NotebookNode
from nbgrader import utils
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from course import checks, handover
from course.errors import CourseError, NotYetCorrect

HANDOVER_CALL = re.compile(r'^serahkan\(\s*"([A-Za-z0-9_]+)"', re.MULTILINE)
MESSAGE_LIMIT = 1000  # characters of a verdict's message kept in the feedback

RECORDED = "Jawaban tercatat; dinilai sesudah tes."
NOT_HANDED = (
    "Belum tepat: cek di sel ini belum menyatakan jawaban Anda tepat, jadi jawabannya tidak sampai ke penilai.\n"
    "Petunjuk: jalankan sel jawaban dan sel ini di notebook Anda untuk membaca petunjuk cek, lalu perbaiki "
    "jawabannya sampai cek menyatakan tepat."
)
NOT_HANDED_TEST = (
    "Belum ada jawaban yang dapat dinilai.\n"
    'Petunjuk: isi satu huruf pilihan di antara tanda petik, misalnya "A", lalu jalankan sel ini.'
)
UNREADABLE = (
    "Belum tepat: penilai tidak dapat membaca jawaban ini (jenis atau ukurannya tidak didukung).\n"
    "Petunjuk: simpan jawaban sebagai teks, angka, daftar, dict, atau tabel pandas seperti yang diminta soal."
)
BROKEN = (
    "Belum tepat: jawaban ini tidak dapat diperiksa.\n"
    "Petunjuk: baca lagi soalnya dan samakan bentuk jawaban Anda dengan contoh."
)


def handed_name(source: str) -> str | None:
    """The check named by the first ``serahkan("...", ...)`` line of a cell source, or None."""
    match = HANDOVER_CALL.search(source)
    return match.group(1) if match else None


def last_payload(outputs: list) -> Any:
    """The data of the last ``handover.MIME_TYPE`` output of a cell, or None."""
    found = None
    for output in outputs:
        if output.get("output_type") in ("display_data", "execute_result"):
            data = output.get("data") or {}
            if handover.MIME_TYPE in data:
                found = data[handover.MIME_TYPE]
    return found


def failure_output(text: str) -> NotebookNode:
    """One error output that shows ``text`` (a friendly line, no Python traceback)."""
    return NotebookNode(output_type="error", ename="BelumTepat", evalue=text, traceback=["\u274c " + text])


class JudgeAnswers(NbGraderPreprocessor):
    """Judge every hidden test's handed-over answer in the grader's process (see the module)."""

    key_folder = Unicode(
        "",
        help="Folder of the grader-side answer keys (reveal=False checks); default: kunci/ in the course root.",
    ).tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        self._keys: dict[str, Any] = {}
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int) -> tuple[NotebookNode, dict]:
        if cell.cell_type != "code" or not utils.is_grade(cell) or utils.is_solution(cell):
            return cell, resources
        name = handed_name(cell.source)
        if name is None:
            return cell, resources
        problem = self.judge(name, last_payload(cell.get("outputs", [])))
        cell.outputs = [] if problem is None else [failure_output(problem)]
        return cell, resources

    def judge(self, name: str, data: Any) -> str | None:
        """None when the handed-over answer to ``name`` is right, else the message to show."""
        check = checks.lookup(name)  # a name the course itself wrote: unknown is the course's bug, raised
        if data is None:
            return NOT_HANDED if check.reveal else NOT_HANDED_TEST
        try:
            answer = handover.read(data)
        except handover.Unreadable:
            return UNREADABLE if check.reveal else RECORDED
        try:
            verdict = checks.grade(name, answer, self.key)
        except checks.KeyFileError:
            raise
        except CourseError as exc:
            return exc.friendly()[:MESSAGE_LIMIT] if check.reveal else RECORDED
        except Exception as exc:  # a check that cannot cope with an odd value: wrong, never a crash
            self.log.warning("cek %s gagal memeriksa jawaban (%s); dihitung belum tepat.", name, type(exc).__name__)
            return BROKEN if check.reveal else RECORDED
        if verdict.correct:
            return None
        if not check.reveal:
            return RECORDED
        text = NotYetCorrect(
            verdict.message or "jawaban ini belum sesuai dengan yang diminta soal.", verdict.hint or None
        )
        return text.friendly()[:MESSAGE_LIMIT]

    def key(self, file_name: str) -> Any:
        """The parsed key file ``file_name`` of the key folder (read once per notebook)."""
        if file_name not in self._keys:
            folder = Path(self.key_folder) if self.key_folder else Path(CourseDirectory(parent=self).root) / "kunci"
            path = folder / file_name
            try:
                self._keys[file_name] = json.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise checks.KeyFileError(
                    f"berkas kunci {path} tidak ada: salin folder kunci/ dari repositori kursus ke folder kursus "
                    "(di samping nbgrader_config.py), lalu nilai ulang."
                ) from None
            except (OSError, ValueError) as exc:
                raise checks.KeyFileError(
                    f"berkas kunci {path} tidak dapat dibaca ({type(exc).__name__}): ambil lagi salinannya dari "
                    "repositori kursus, lalu nilai ulang."
                ) from None
        return self._keys[file_name]

"""``nbgrader export`` that never turns a failed submission into a silent 0.0.

nbgrader's CSV export lists every student × assignment and writes 0.0 both for
a real zero and for a submission it could not grade (or one never handed in).
This plugin, set in ``nbgrader_config.py`` (``ExportApp.plugin_class``), writes
the same columns plus two more:

* ``status``: ``dinilai`` (graded), ``gagal`` (could not be graded),
  ``belum selesai`` (grading was interrupted), ``tidak mengumpulkan``;
* ``keterangan``: the reason, in plain Indonesian, for anything but ``dinilai``.

``score`` and ``raw_score`` are empty unless the status is ``dinilai``. Text cells
that a spreadsheet would read as a formula (a name beginning with ``=``, ``+``, ``-``,
``@``) are neutralised with a leading ``'`` (:mod:`course.instructor.safe_output`).
"""

from __future__ import annotations

import os

from nbgrader.api import MissingEntry
from nbgrader.plugins.export import CsvExportPlugin

from course.instructor import gradebook as gbk
from course.instructor.safe_output import SafeDictWriter

COLUMNS = [
    "assignment",
    "duedate",
    "timestamp",
    "student_id",
    "last_name",
    "first_name",
    "email",
    "raw_score",
    "late_submission_penalty",
    "score",
    "max_score",
    "status",
    "keterangan",
]


def _text(value) -> str:
    return "" if value is None else str(value)


def _blank_row(assignment, student) -> dict[str, str]:
    """The row of one assignment × student before its status and scores are known."""
    return {
        "assignment": assignment.name,
        "duedate": _text(assignment.duedate),
        "student_id": student.id,
        "last_name": _text(student.last_name),
        "first_name": _text(student.first_name),
        "email": _text(student.email),
        "max_score": _text(assignment.max_score),
        "timestamp": "",
        "raw_score": "",
        "late_submission_penalty": "",
        "score": "",
        "status": "",
        "keterangan": "",
    }


def _find_submission(gradebook, assignment: str, student: str):
    try:
        return gradebook.find_submission(assignment, student)
    except MissingEntry:
        return None


def _no_autograded_folder(coursedir, student: str, assignment: str) -> bool:
    """True when nbgrader's course directory is known and has no autograded folder for this submission."""
    return coursedir is not None and not os.path.isdir(
        coursedir.format_path(coursedir.autograded_directory, student, assignment)
    )


def _outcome(status, submission, coursedir, student: str, assignment: str) -> dict[str, str]:
    """The status columns, and the scores when the submission was graded."""
    if status is not None and status.status == "gagal":
        return {"status": "gagal", "keterangan": _text(status.reason)}
    if status is not None and status.status == "berjalan":
        return {
            "status": "belum selesai",
            "keterangan": "penilaian terhenti sebelum selesai; jalankan bimtek autograde lagi",
        }
    if submission is None:
        return {"status": "tidak mengumpulkan", "keterangan": "tidak ada kiriman"}
    if status is None and _no_autograded_folder(coursedir, student, assignment):
        return {
            "status": "gagal",
            "keterangan": "tidak ada hasil penilaian (kemungkinan notebook rusak "
            "atau kernel mati); jalankan bimtek autograde",
        }
    penalty = submission.late_submission_penalty or 0.0
    return {
        "status": "dinilai",
        "timestamp": _text(submission.timestamp),
        "raw_score": _text(submission.score),
        "late_submission_penalty": _text(penalty),
        "score": _text(max(0.0, submission.score - penalty)),
    }


def _row(assignment, student, status, submission, coursedir) -> dict[str, str]:
    row = _blank_row(assignment, student)
    row.update(_outcome(status, submission, coursedir, student.id, assignment.name))
    if submission is not None and not row["timestamp"]:
        row["timestamp"] = _text(submission.timestamp)
    return row


class StatusCsvExport(CsvExportPlugin):
    """nbgrader's CSV export with ``status`` and ``keterangan`` columns."""

    def _wanted(self, gradebook):
        """Every (assignment, student) pair asked for (all of them unless --assignment/--student narrow it)."""
        students_wanted = {str(s) for s in self.student}
        assignments_wanted = {str(a) for a in self.assignment}
        for assignment in gradebook.assignments:
            if assignments_wanted and assignment.name not in assignments_wanted:
                continue
            for student in gradebook.students:
                if students_wanted and student.id not in students_wanted:
                    continue
                yield assignment, student

    def export(self, gradebook) -> None:
        dest = self.to or "grades.csv"
        gbk.METADATA.create_all(gradebook.engine, checkfirst=True)
        statuses = gbk.read_statuses(gradebook.engine)
        coursedir = getattr(self.parent, "coursedir", None)
        self.log.info("Exporting grades (with status) to %s", dest)
        with open(dest, "w", newline="", encoding="utf-8") as handle:
            writer = SafeDictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for assignment, student in self._wanted(gradebook):
                status = statuses.get((assignment.name, student.id))
                submission = _find_submission(gradebook, assignment.name, student.id)
                writer.writerow(_row(assignment, student, status, submission, coursedir))

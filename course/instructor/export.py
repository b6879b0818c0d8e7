"""``nbgrader export`` that never turns a failed submission into a silent 0.0.

nbgrader's CSV export lists every student × assignment and writes 0.0 both for
a real zero and for a submission it could not grade (or one never handed in).
This plugin, set in ``nbgrader_config.py`` (``ExportApp.plugin_class``), writes
the same columns plus two more:

* ``status``: ``dinilai`` (graded), ``gagal`` (could not be graded),
  ``belum selesai`` (grading was interrupted), ``tidak mengumpulkan``;
* ``keterangan``: the reason, in plain Indonesian, for anything but ``dinilai``.

``score`` and ``raw_score`` are empty unless the status is ``dinilai``.
"""

from __future__ import annotations

import csv
import os

from nbgrader.api import MissingEntry
from nbgrader.plugins.export import CsvExportPlugin

from course.instructor import gradebook as gbk

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


class StatusCsvExport(CsvExportPlugin):
    """nbgrader's CSV export with ``status`` and ``keterangan`` columns."""

    def export(self, gradebook) -> None:
        dest = self.to or "grades.csv"
        students_wanted = {str(s) for s in self.student}
        assignments_wanted = {str(a) for a in self.assignment}
        gbk.METADATA.create_all(gradebook.engine, checkfirst=True)
        statuses = gbk.read_statuses(gradebook.engine)
        coursedir = getattr(self.parent, "coursedir", None)
        self.log.info("Exporting grades (with status) to %s", dest)
        with open(dest, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            for assignment in gradebook.assignments:
                if assignments_wanted and assignment.name not in assignments_wanted:
                    continue
                for student in gradebook.students:
                    if students_wanted and student.id not in students_wanted:
                        continue
                    row = {
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
                    status = statuses.get((assignment.name, student.id))
                    try:
                        submission = gradebook.find_submission(assignment.name, student.id)
                    except MissingEntry:
                        submission = None
                    if status is not None and status.status == "gagal":
                        row.update(status="gagal", keterangan=_text(status.reason))
                    elif status is not None and status.status == "berjalan":
                        row.update(
                            status="belum selesai",
                            keterangan="penilaian terhenti sebelum selesai; jalankan bimtek autograde lagi",
                        )
                    elif submission is None:
                        row.update(status="tidak mengumpulkan", keterangan="tidak ada kiriman")
                    elif (
                        status is None
                        and coursedir is not None
                        and not os.path.isdir(
                            coursedir.format_path(coursedir.autograded_directory, student.id, assignment.name)
                        )
                    ):
                        row.update(
                            status="gagal",
                            keterangan="tidak ada hasil penilaian (kemungkinan notebook rusak "
                            "atau kernel mati); jalankan bimtek autograde",
                        )
                    else:
                        penalty = submission.late_submission_penalty or 0.0
                        row.update(
                            status="dinilai",
                            timestamp=_text(submission.timestamp),
                            raw_score=_text(submission.score),
                            late_submission_penalty=_text(penalty),
                            score=_text(max(0.0, submission.score - penalty)),
                        )
                    if submission is not None and not row["timestamp"]:
                        row["timestamp"] = _text(submission.timestamp)
                    writer.writerow(row)

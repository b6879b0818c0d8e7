"""Where the rubric desk reads answers and writes marks: nbgrader's gradebook and a table beside it.

* The mark of the (first) marker goes into nbgrader's own fields, as formgrader writes them:
  ``Grade.manual_score`` (with ``needs_manual_grade`` cleared) and ``Comment.manual_comment``. So
  formgrader, ``nbgrader generate_feedback``, ``nbgrader export``, ``bimtek report`` and the
  certificates read it like any manual grade.
* Every criterion's level, and the marks of a second marker, go into ``bimtek_rubrik`` in the same
  database: the second marks never become the grade.

Each save is one short transaction (SERIALIZABLE on PostgreSQL) retried on serialization failures,
deadlocks, lock time-outs, a concurrent insert of the same row, and SQLite's "database is locked":
two instructors marking the same session at once lose no mark, and for the same answer the last save wins.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from course.instructor import gradebook as gbk

METADATA = sa.MetaData()
MARKS = sa.Table(
    "bimtek_rubrik",
    METADATA,
    sa.Column("assignment", sa.String(128), primary_key=True),
    sa.Column("grade_id", sa.String(128), primary_key=True),
    sa.Column("student", sa.String(128), primary_key=True),
    sa.Column("peran", sa.String(16), primary_key=True),  # pertama | kedua
    sa.Column("kriteria", sa.Integer, primary_key=True),
    sa.Column("poin", sa.Integer, nullable=False),
    sa.Column("penilai", sa.String(128)),
    sa.Column("updated_at", sa.DateTime),
)
RETRYABLE = ("40001", "40P01", "55P03", "23505")  # serialization, deadlock, lock not available, unique
ATTEMPTS = 8


@dataclass
class Answer:
    student: str
    notebook: str
    text: str


def _retryable(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in RETRYABLE or "database is locked" in str(exc.orig) or "UNIQUE constraint" in str(exc.orig)


class Store:
    """One gradebook, opened once per desk (or per process)."""

    def __init__(self, course: str | Path, url: str | None = None):
        from nbgrader.api import Gradebook

        self.course = Path(course).resolve()
        config = gbk.load_nbgrader_config(self.course)
        self.url = url or gbk.db_url(self.course, config)
        course_id = config.CourseDirectory.get("course_id") if "CourseDirectory" in config else None
        self.gradebook = Gradebook(gbk.patient_url(self.url), course_id=course_id or "default_course")
        METADATA.create_all(self.gradebook.engine, checkfirst=True)
        self.retries = 0

    def close(self) -> None:
        self.gradebook.close()

    # ------------------------------------------------------------------ reading
    def answers(self, assignment: str, grade_id: str) -> list[Answer]:
        """The autograded answers of ``grade_id`` (participant's text only), sorted by student."""
        folder = self.course / "autograded"
        found = []
        for student in sorted(s.id for s in self.gradebook.students):
            for path in sorted((folder / student / assignment).glob("*.ipynb")):
                text = _cell_text(path, grade_id)
                if text is not None:
                    found.append(Answer(student, path.stem, text))
        return found

    def saved(self, assignment: str, grade_id: str, role: str = "pertama") -> dict[str, dict[int, int]]:
        """Criterion levels already saved, per student."""
        query = sa.select(MARKS).where(
            MARKS.c.assignment == assignment, MARKS.c.grade_id == grade_id, MARKS.c.peran == role
        )
        out: dict[str, dict[int, int]] = {}
        with self.gradebook.engine.connect() as conn:
            for row in conn.execute(query):
                out.setdefault(row.student, {})[row.kriteria] = row.poin
        return out

    def comment(self, assignment: str, answer: Answer, grade_id: str) -> str:
        try:
            found = self.gradebook.find_comment(grade_id, answer.notebook, assignment, answer.student)
            return found.manual_comment or ""
        finally:
            self.gradebook.db.rollback()

    # ------------------------------------------------------------------ writing
    def save(self, assignment, answer, grade_id, levels, comment, marker="", role="pertama") -> int:
        """Write one answer's marks in one short transaction, retried on conflicts; returns attempts."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                self._save_once(assignment, answer, grade_id, levels, comment, marker, role)
                return attempt
            except DBAPIError as exc:
                self.gradebook.db.rollback()
                if not _retryable(exc) or attempt == ATTEMPTS:
                    raise
                self.retries += 1
                time.sleep(0.02 * 2**attempt)
        return ATTEMPTS

    def _save_once(self, assignment, answer, grade_id, levels, comment, marker, role) -> None:
        db = self.gradebook.db
        if self.gradebook.engine.dialect.name == "postgresql":
            db.connection(execution_options={"isolation_level": "SERIALIZABLE"})
        if role == "pertama":
            grade = self.gradebook.find_grade(grade_id, answer.notebook, assignment, answer.student)
            grade.manual_score = float(sum(levels.values()))
            grade.needs_manual_grade = False
            found = self.gradebook.find_comment(grade_id, answer.notebook, assignment, answer.student)
            found.manual_comment = comment or None
        key = (
            (MARKS.c.assignment == assignment)
            & (MARKS.c.grade_id == grade_id)
            & (MARKS.c.student == answer.student)
            & (MARKS.c.peran == role)
        )
        db.execute(sa.delete(MARKS).where(key))
        rows = [
            dict(assignment=assignment, grade_id=grade_id, student=answer.student, peran=role, kriteria=i, poin=p)
            | dict(penilai=marker, updated_at=gbk.now())
            for i, p in sorted(levels.items())
        ]
        db.execute(sa.insert(MARKS), rows)
        db.commit()


def _cell_text(path: Path, grade_id: str) -> str | None:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for cell in nb.get("cells", []):
        if cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id:
            source = cell.get("source", "")
            return "".join(source) if isinstance(source, list) else source
    return None


def agreement_pairs(url: str, assignment: str | None = None) -> dict[tuple[str, str, int], list[tuple[int, int]]]:
    """(assignment, grade_id, criterion) -> [(first, second)] for every double-marked answer."""
    eng = sa.create_engine(gbk.patient_url(url), future=True)
    try:
        METADATA.create_all(eng, checkfirst=True)
        query = sa.select(MARKS)
        if assignment:
            query = query.where(MARKS.c.assignment == assignment)
        marks: dict[tuple, dict[str, int]] = {}
        with eng.connect() as conn:
            for r in conn.execute(query):
                marks.setdefault((r.assignment, r.grade_id, r.kriteria, r.student), {})[r.peran] = r.poin
    finally:
        eng.dispose()
    pairs: dict[tuple[str, str, int], list[tuple[int, int]]] = {}
    for (a, g, k, _student), roles in sorted(marks.items()):
        if "pertama" in roles and "kedua" in roles:
            pairs.setdefault((a, g, k), []).append((roles["pertama"], roles["kedua"]))
    return pairs


def agreement_rows(url: str, assignment: str | None = None) -> list[dict]:
    """Per criterion: answers double-marked, weighted kappa (quadratic) and exact agreement in percent."""
    from course.instructor.rubric_marks import exact_agreement, load_rubrics, weighted_kappa

    rubrics = load_rubrics()
    rows = []
    for (session, grade_id, index), pairs in agreement_pairs(url, assignment).items():
        rubric = rubrics.get(grade_id)
        criterion = rubric.criteria[index] if rubric and index < len(rubric.criteria) else None
        categories = (
            [lv.points for lv in criterion.levels] if criterion else sorted({p for pair in pairs for p in pair})
        )
        first, second = [a for a, _ in pairs], [b for _, b in pairs]
        kappa = weighted_kappa(first, second, categories)
        rows.append(
            {
                "sesi": session,
                "tugas": grade_id,
                "kriteria": criterion.name if criterion else str(index),
                "jawaban": len(pairs),
                "kappa": "" if kappa is None else round(kappa, 4),
                "sama_persis_persen": round(exact_agreement(first, second), 2),
            }
        )
    return rows

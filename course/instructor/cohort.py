"""The cohort as data frames, read from the gradebook (SQLite or PostgreSQL) with one SQL query per table.

Shared by ``bimtek report`` (:mod:`course.instructor.cohort_report`) and ``bimtek certificates``
(:mod:`course.instructor.certificates`). A submission counts as graded unless ``bimtek_status`` says it
failed or was interrupted; a failed submission is never turned into a silent 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from course.errors import CourseError
from course.instructor import gradebook as gbk

PRE = re.compile(r"^tes_awal_(\d+)$")
POST = re.compile(r"^tes_akhir_(\d+)$")
UNKNOWN_KABUPATEN = "(kabupaten belum diisi)"


class CohortError(CourseError):
    """The gradebook cannot give a report or certificates (missing, or nothing graded yet)."""

    label = "Galat"


@dataclass
class Cohort:
    """Everything the report and the certificates need, as data frames."""

    students: pd.DataFrame  # id, nama, email, kabupaten
    assignments: pd.DataFrame  # assignment, max_score
    cells: pd.DataFrame  # assignment, notebook, cell, max_score
    grades: pd.DataFrame  # student, assignment, notebook, cell, score, max_score
    submissions: pd.DataFrame  # student, assignment, status, score, max_score, reason
    has_roster: bool


GRADES_SQL = """
SELECT st.id AS student, a.name AS assignment, nb.name AS notebook, bc.name AS cell,
       g.auto_score, g.manual_score, g.extra_credit,
       COALESCE(gc.max_score, tc.max_score) AS max_score
FROM grade g
JOIN submitted_notebook sn ON g.notebook_id = sn.id
JOIN submitted_assignment sa ON sn.assignment_id = sa.id
JOIN assignment a ON sa.assignment_id = a.id
JOIN student st ON sa.student_id = st.id
JOIN base_cell bc ON g.cell_id = bc.id
JOIN notebook nb ON bc.notebook_id = nb.id
LEFT JOIN grade_cells gc ON gc.id = bc.id
LEFT JOIN task_cells tc ON tc.id = bc.id
"""

CELLS_SQL = """
SELECT a.name AS assignment, nb.name AS notebook, bc.name AS cell, COALESCE(gc.max_score, tc.max_score) AS max_score
FROM base_cell bc
JOIN notebook nb ON bc.notebook_id = nb.id
JOIN assignment a ON nb.assignment_id = a.id
LEFT JOIN grade_cells gc ON gc.id = bc.id
LEFT JOIN task_cells tc ON tc.id = bc.id
WHERE gc.id IS NOT NULL OR tc.id IS NOT NULL
"""


def _read_tables(url) -> dict[str, pd.DataFrame]:
    """The gradebook tables the cohort is made of, one SQL query each."""
    eng = gbk.engine(url)
    try:
        with eng.connect() as conn:
            return {
                "students": pd.read_sql(sa.text("SELECT id, first_name, last_name, email FROM student"), conn),
                "peserta": pd.read_sql(sa.select(gbk.PESERTA.c.id, gbk.PESERTA.c.kabupaten), conn),
                "cells": pd.read_sql(sa.text(CELLS_SQL), conn),
                "grades": pd.read_sql(sa.text(GRADES_SQL), conn),
                "status": pd.read_sql(
                    sa.select(gbk.STATUS.c.assignment, gbk.STATUS.c.student, gbk.STATUS.c.status, gbk.STATUS.c.reason),
                    conn,
                ),
                "names": pd.read_sql(sa.text("SELECT name FROM assignment"), conn),
            }
    finally:
        eng.dispose()


def _students(students: pd.DataFrame, peserta: pd.DataFrame) -> pd.DataFrame:
    """id, nama, email, kabupaten: nbgrader's students with the roster's kabupaten; the id when there is no name."""
    students = students.merge(peserta, on="id", how="left")
    students["kabupaten"] = students["kabupaten"].fillna(UNKNOWN_KABUPATEN)
    students["nama"] = (students["first_name"].fillna("") + " " + students["last_name"].fillna("")).str.strip()
    students.loc[students["nama"] == "", "nama"] = students["id"]
    return students[["id", "nama", "email", "kabupaten"]].sort_values("id").reset_index(drop=True)


def _assignments(cells: pd.DataFrame, names: pd.DataFrame) -> pd.DataFrame:
    """assignment, max_score: every assignment of the gradebook, 0 points when it has no graded cell."""
    return (
        cells.groupby("assignment", as_index=False)["max_score"]
        .sum()
        .merge(names.rename(columns={"name": "assignment"}), on="assignment", how="right")
        .fillna({"max_score": 0.0})
        .sort_values("assignment")
        .reset_index(drop=True)
    )


def _graded_cells(grades: pd.DataFrame, bad: pd.DataFrame) -> pd.DataFrame:
    """One row per graded cell (manual score over automatic, plus extra credit), without ``bad`` submissions."""
    score = grades["manual_score"].where(grades["manual_score"].notna(), grades["auto_score"]).fillna(0.0)
    grades["score"] = score + grades["extra_credit"].fillna(0.0)
    grades["max_score"] = grades["max_score"].astype(float)
    grades = grades[["student", "assignment", "notebook", "cell", "score", "max_score"]]
    if len(bad):
        keys = set(zip(bad["student"], bad["assignment"]))
        grades = grades[[(s, a) not in keys for s, a in zip(grades["student"], grades["assignment"])]]
    return grades


def _submissions(grades: pd.DataFrame, bad: pd.DataFrame, assignments: pd.DataFrame) -> pd.DataFrame:
    """The graded submissions with their totals, then the failed or interrupted ones with no score."""
    totals = grades.groupby(["student", "assignment"], as_index=False)["score"].sum()
    totals = totals.merge(assignments, on="assignment", how="left")
    totals["status"] = "dinilai"
    totals["reason"] = ""
    failed = bad.rename(columns={})[["student", "assignment", "status", "reason"]].copy()
    failed["status"] = failed["status"].map({"gagal": "gagal", "berjalan": "belum selesai"}).fillna("gagal")
    failed["score"] = float("nan")
    failed = failed.merge(assignments, on="assignment", how="left")
    return pd.concat([totals, failed], ignore_index=True)[
        ["student", "assignment", "status", "score", "max_score", "reason"]
    ]


def load_cohort(root: Path) -> Cohort:
    """Read the gradebook of the course in ``root``."""
    url = gbk.db_url(root)
    if not gbk.gradebook_exists(url):
        raise CohortError(
            "buku nilai belum ada.",
            "Jalankan dulu `nbgrader generate_assignment SESI` dan `bimtek autograde SESI` di folder kursus.",
        )
    tables = _read_tables(url)
    cells = tables["cells"]
    cells["max_score"] = cells["max_score"].astype(float)
    assignments = _assignments(cells, tables["names"])
    # A submission counts as graded unless its status says otherwise (failed or interrupted).
    status = tables["status"]
    bad = status[status["status"] != "dinilai"]
    grades = _graded_cells(tables["grades"], bad)
    submissions = _submissions(grades, bad, assignments)
    return Cohort(
        _students(tables["students"], tables["peserta"]),
        assignments,
        cells,
        grades.reset_index(drop=True),
        submissions.reset_index(drop=True),
        has_roster=len(tables["peserta"]) > 0,
    )

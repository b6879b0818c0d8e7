"""Two instructors marking the same session at once on the PostgreSQL gradebook lose no mark.

Two real processes save interleaved answers through the rubric desk's store, round after round, against a
real PostgreSQL on loopback (the server of test_postgres.py), and both keep re-marking one shared answer.
Afterwards every answer holds the last round of its marker, and the shared answer holds one marker's last
save whole: points, comment and criterion rows of the same save (last write wins, nothing else lost).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from tools.pipeline import nbgrader_env

from .conftest import ROOT
from .grading_support import PostgresServer, cell_grades, postgres_binaries
from .rubric_support import GRADE_ID, make_written_course

pytestmark = pytest.mark.skipif(
    postgres_binaries() is None,
    reason="PostgreSQL tidak terpasang di mesin ini (paket Debian `postgresql`); .ci/run memasangnya",
)
STUDENTS = [f"u_{i:02d}" for i in range(6)]
SHARED = "u_00"
ROUNDS = 15


@pytest.fixture(scope="module")
def postgres():
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()


def plan(marker: int, mine: list[str]) -> list[list]:
    """Round r: each own answer gets (r + marker) % 4 points; the shared answer is marked in every round too."""
    return [
        [[s, (r + marker + i) % 4, f"penilai {marker} putaran {r}"] for i, s in enumerate([SHARED, *mine])]
        for r in range(ROUNDS)
    ]


def test_two_markers_at_once_on_postgresql_lose_no_mark(postgres, tmp_path):
    url = postgres.new_database()
    answers = {s: f"Jawaban {s}: kami melayani warga Sukamaju dengan informasi yang cepat." for s in STUDENTS}
    course = make_written_course(tmp_path / "kursus", url, answers)
    env = nbgrader_env(course) | {"BIMTEK_DB_URL": url, "PYTHONPATH": str(ROOT)}
    plans = {1: plan(1, STUDENTS[1::2]), 2: plan(2, STUDENTS[2::2])}
    start_at = time.time() + 4
    procs = []
    for marker, rounds in plans.items():
        (tmp_path / f"rencana{marker}.json").write_text(json.dumps(rounds), encoding="utf-8")
        cmd = [sys.executable, "-m", "tests.rubric_worker", str(course), f"penilai{marker}", str(start_at)]
        cmd += [str(tmp_path / f"rencana{marker}.json"), str(tmp_path / f"hasil{marker}.json")]
        procs.append(subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()[-3000:]
    results = {m: json.loads((tmp_path / f"hasil{m}.json").read_text()) for m in plans}
    assert all(r["saves"] == ROUNDS * (1 + len(STUDENTS[m::2])) for m, r in results.items())
    grades = cell_grades(course, url)
    expected = {}
    for rounds in plans.values():
        for student, points, comment in rounds[-1][1:]:
            expected[student] = (float(points), comment)
    eng = sa.create_engine(url)
    with eng.connect() as conn:
        comments = dict(
            conn.execute(
                sa.text(
                    "SELECT sa.student_id, c.manual_comment FROM comment c "
                    "JOIN submitted_notebook sn ON c.notebook_id = sn.id "
                    "JOIN submitted_assignment sa ON sn.assignment_id = sa.id "
                    "JOIN base_cell bc ON c.cell_id = bc.id WHERE bc.name = :g"
                ),
                {"g": GRADE_ID},
            ).all()
        )
        rubric_rows = conn.execute(
            sa.text("SELECT student, poin, penilai FROM bimtek_rubrik WHERE grade_id = :g AND peran = 'pertama'"),
            {"g": GRADE_ID},
        ).all()
    eng.dispose()
    for student, (points, comment) in expected.items():  # interleaved answers: nothing lost
        assert grades[(student, GRADE_ID)] == points and comments[student] == comment, student
    rows = {r.student: r for r in rubric_rows}
    assert len(rubric_rows) == len(STUDENTS)
    # the shared answer: one marker's last save, whole (its points, its comment, its criterion row)
    winner = int(rows[SHARED].penilai[-1])
    last_points, last_comment = plans[winner][-1][0][1], plans[winner][-1][0][2]
    assert grades[(SHARED, GRADE_ID)] == float(last_points) == float(rows[SHARED].poin)
    assert comments[SHARED] == last_comment
    print(f"retries: {results[1]['retries']} + {results[2]['retries']}")

"""PostgreSQL gradebook: a real server on 127.0.0.1 that the tests start themselves.

nbgrader reaches it through ``CourseDirectory.db_url`` (``BIMTEK_DB_URL`` in
``nbgrader_config.py``); parallel workers must give the very scores of serial
nbgrader on SQLite. Skipped, with the reason, only where PostgreSQL cannot be
installed (``.ci/run`` installs Debian's ``postgresql``).
"""

from __future__ import annotations

import csv

import pytest

from .grading_support import (
    MAX_SCORE,
    SESSION,
    PostgresServer,
    bimtek,
    cell_grades,
    clone,
    good_cohort,
    postgres_binaries,
    run_nbgrader,
    serial_reference,
    template,
)

pytestmark = pytest.mark.skipif(
    postgres_binaries() is None,
    reason="PostgreSQL tidak terpasang di mesin ini (paket Debian `postgresql`); .ci/run memasangnya",
)


@pytest.fixture(scope="module")
def postgres():
    server = PostgresServer()
    try:
        yield server
    finally:
        server.stop()


def test_parallel_grading_on_postgresql_gives_serial_scores(postgres, tmp_path_factory):
    url = postgres.new_database()
    course = clone(template(tmp_path_factory, url), tmp_path_factory.mktemp("pg") / "kursus")
    assert not (course / "gradebook.db").exists()  # everything is in PostgreSQL
    expected = good_cohort(course)
    (course / "submitted" / "rusak" / SESSION).mkdir(parents=True)
    (course / "submitted" / "rusak" / SESSION / f"{SESSION}.ipynb").write_text("{ bukan json", encoding="utf-8")
    proc = bimtek(["autograde", SESSION, "--workers", "2"], course, db_url=url)
    assert proc.returncode == 1, proc.stdout + proc.stderr[-3000:]
    assert not (course / "gradebook.db").exists()
    grades = cell_grades(course, url)
    reference = serial_reference(tmp_path_factory)
    assert {k: v for k, v in grades.items() if k[0] in expected} == reference
    for student, score in expected.items():
        assert sum(v for (s, _), v in grades.items() if s == student) == score
    run_nbgrader(["export", "--to", "nilai.csv"], course, db_url=url)
    with open(course / "nilai.csv", newline="", encoding="utf-8") as handle:
        rows = {r["student_id"]: r for r in csv.DictReader(handle)}
    assert rows["rusak"]["status"] == "gagal" and rows["rusak"]["score"] == ""
    assert rows["sempurna"]["status"] == "dinilai" and float(rows["sempurna"]["score"]) == MAX_SCORE
    # a second run on PostgreSQL skips what is finished
    again = bimtek(["autograde", SESSION, "--workers", "2"], course, db_url=url)
    assert f"{len(expected) + 1} dilewati" in again.stdout, again.stdout
    # the report reads the same PostgreSQL gradebook
    report = bimtek(["report"], course, db_url=url)
    assert report.returncode == 0, report.stderr
    with open(course / "laporan" / "laporan.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    mean = next(r for r in rows if r["bagian"] == "sesi" and r["ukuran"] == "rata_rata_persen")
    assert float(mean["nilai"]) == pytest.approx(100 * sum(expected.values()) / (len(expected) * MAX_SCORE), abs=1e-4)
    failed = next(
        r for r in rows if r["bagian"] == "nilai_peserta" and r["peserta"] == "rusak" and r["ukuran"] == "skor"
    )
    assert failed["keterangan"].startswith("gagal: ")

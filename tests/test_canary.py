"""No silent zeros: the canary, the course lock, the same ``course`` everywhere, grader-side retries.

Every run is the real ``bimtek autograde`` (``python -m course.instructor.cli`` in the course folder,
as an instructor runs it), real nbgrader, the real sandbox.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import nbformat
import pytest

from course.instructor import sandbox
from tools.pipeline import nbgrader_env

from .cohorts import perfect_answers, write_submission
from .conftest import ROOT
from .grading_support import MAX_SCORE, NOTEBOOK, SESSION, bimtek, clone, good_cohort, notebooks, statuses, template

pytestmark = pytest.mark.skipif(
    not sandbox.available().ok, reason=f"kotak pasir tidak tersedia: {sandbox.available().reason}"
)
CANARY_STUDENT = "bimtek-kanari-solusi"


def _gradebook_students(course) -> set[str]:
    import sqlalchemy as sa

    from course.instructor import gradebook as gbk

    eng = sa.create_engine(gbk.db_url(course))
    try:
        with eng.connect() as conn:
            return {row[0] for row in conn.execute(sa.text("SELECT id FROM student"))}
    finally:
        eng.dispose()


def _submission_count(course) -> int:
    import sqlalchemy as sa

    from course.instructor import gradebook as gbk

    eng = sa.create_engine(gbk.db_url(course))
    try:
        with eng.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM submitted_assignment")).scalar()
    finally:
        eng.dispose()


def _scores(course) -> dict[str, tuple]:
    return {
        s: (r["status"], r["score"] if r["status"] == "dinilai" else r["reason_code"])
        for s, r in statuses(course).items()
    }


def test_a_course_folder_holding_a_copy_of_the_package_grades_perfect_work_at_full_marks(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("salinan_paket") / "kursus")
    shutil.copytree(ROOT / "course", course / "course", ignore=shutil.ignore_patterns("__pycache__"))
    expected = good_cohort(course)
    proc = bimtek(["autograde", SESSION, "--pekerja", "2"], course, timeout=900)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    assert _scores(course) == {s: ("dinilai", score) for s, score in expected.items()}
    assert expected["sempurna"] == MAX_SCORE
    assert CANARY_STUDENT not in _gradebook_students(course)


def test_a_solution_that_does_not_earn_full_marks_stops_the_run_before_anything_is_graded(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("kanari_rusak") / "kursus")
    good_cohort(course)
    # the course's solution no longer agrees with the installed checks: Latihan 2 now answers 8.0 hours
    path = course / "source" / SESSION / NOTEBOOK
    nb = nbformat.read(path, as_version=4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "pemanasan_2_jawab")
    cell.source = cell.source.replace("durasi_jam = 16.0 - 7.5", "durasi_jam = 8.0")
    assert "durasi_jam = 8.0" in cell.source
    nbformat.write(nb, path)
    proc = bimtek(["autograde", SESSION, "--pekerja", "2"], course, timeout=900)
    assert proc.returncode == 2, proc.stdout[-2000:] + proc.stderr[-3000:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "pemeriksaan awal gagal" in lines[0] and "sel pertama yang gagal: pemanasan_2" in lines[0], lines[0]
    assert "Traceback" not in proc.stderr
    assert statuses(course) == {}
    assert not (course / "autograded").exists() and not (course / "feedback").exists()
    assert _submission_count(course) == 0
    assert CANARY_STUDENT not in _gradebook_students(course)


def _start(course) -> subprocess.Popen:
    env = nbgrader_env(course)
    return subprocess.Popen(
        [sys.executable, "-m", "course.instructor.cli", "autograde", SESSION, "--pekerja", "2"],
        cwd=course,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_concurrent_runs_never_interleave_and_lose_nothing(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("dua_run") / "kursus")
    expected = good_cohort(course)
    first = _start(course)
    lock = course / ".bimtek" / "autograde.lock"
    deadline = time.monotonic() + 120
    while not (lock.exists() and lock.read_text().startswith("pid")) and time.monotonic() < deadline:
        time.sleep(0.05)
    second = _start(course)
    out2, err2 = second.communicate(timeout=900)
    out1, err1 = first.communicate(timeout=900)
    assert first.returncode == 0, out1[-2000:] + err1[-3000:]
    assert second.returncode == 2, out2[-2000:] + err2[-3000:]
    assert err2.strip().splitlines() == [err2.strip()]
    assert "penilaian lain sedang berjalan di kursus ini" in err2 and f"pid {first.pid}" in err2, err2
    assert _scores(course) == {s: ("dinilai", score) for s, score in expected.items()}
    third = bimtek(["autograde", SESSION, "--pekerja", "2"], course, timeout=900)
    assert third.returncode == 0, third.stderr[-3000:]
    assert f"{len(expected)} dilewati" in third.stdout and "0 dinilai" in third.stdout, third.stdout


def _grading_workers(course) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = open(f"/proc/{entry}/cmdline", "rb").read().replace(b"\0", b" ").decode()
            cwd = os.readlink(f"/proc/{entry}/cwd")
        except OSError:
            continue
        if "course.instructor.grading --pekerja" in cmdline and cwd == str(course):
            found.append(int(entry))
    return found


def test_a_worker_killed_mid_submission_is_graded_again_by_the_next_run(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("pekerja_dibunuh") / "kursus")
    source_nb, release_nb = notebooks(course)
    slow = perfect_answers(source_nb)
    slow["pemanasan_1_jawab"] += "\nimport time\ntime.sleep(15)"
    write_submission(release_nb, {"answers": slow}, course / "submitted" / "lambat" / SESSION / NOTEBOOK)
    run = subprocess.Popen(
        [sys.executable, "-m", "course.instructor.cli", "autograde", SESSION, "--pekerja", "1"],
        cwd=course,
        env=nbgrader_env(course),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 300
    while statuses_or_empty(course).get("lambat") != "berjalan" and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2)  # inside the sleep of the answer cell
    workers = _grading_workers(course)
    assert len(workers) == 1, workers
    os.kill(workers[0], signal.SIGKILL)
    out, err = run.communicate(timeout=600)
    assert run.returncode == 1, out[-2000:] + err[-3000:]
    row = statuses(course)["lambat"]
    assert (row["status"], row["reason_code"]) == ("gagal", "penilai_berhenti"), row
    page = (course / "feedback" / "lambat" / SESSION / f"{SESSION}.html").read_text(encoding="utf-8")
    assert "sisi penilai" in page and "dinilai ulang otomatis" in page
    rerun = bimtek(["autograde", SESSION, "--pekerja", "1"], course, timeout=900)
    assert rerun.returncode == 0, rerun.stdout[-2000:] + rerun.stderr[-3000:]
    assert _scores(course) == {"lambat": ("dinilai", MAX_SCORE)}
    assert "tetap gagal" not in rerun.stdout


def statuses_or_empty(course) -> dict[str, str]:
    try:
        return {s: r["status"] for s, r in statuses(course).items()}
    except Exception:  # the status table does not exist before the first write
        return {}

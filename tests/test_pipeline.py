"""The nbgrader pipeline, end to end, with real nbgrader (no mocks).

A scratch copy of the course goes through what an instructor does: validate the
sources, generate the student versions, check that untouched releases fail every
test, compare with the committed ``release/``, then autograde, generate feedback
and export the grades of a simulated cohort, asserting each student's exact score.
"""

from __future__ import annotations

import csv
import filecmp
import re

import nbformat
import pytest

from tools.pipeline import nbgrader, scratch_course, sessions

from . import cohorts
from .cohorts import cells_by_id, write_submission
from .conftest import ROOT

COHORTS = {m.SESSION: m for m in cohorts.modules()}
SESSION = "00-pengantar"
NOTEBOOK = f"{SESSION}.ipynb"


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A scratch course with every session generated (gradebook included)."""
    course_dir = scratch_course(tmp_path_factory.mktemp("kursus") / "kursus", ROOT)
    for name in sessions(course_dir):
        nbgrader(["generate_assignment", name, "--force"], course_dir)
    return course_dir


@pytest.fixture(scope="module")
def graded(course):
    """Every session's simulated cohort, autograded, with feedback and exported grades."""
    for session, module in COHORTS.items():
        source_nb = nbformat.read(course / "source" / session / f"{session}.ipynb", as_version=4)
        release_nb = nbformat.read(course / "release" / session / f"{session}.ipynb", as_version=4)
        for student, spec in module.build(source_nb).items():
            write_submission(release_nb, spec, course / "submitted" / student / session / f"{session}.ipynb")
    log = ""
    for session in COHORTS:
        proc = nbgrader(["autograde", session], course)
        log += proc.stdout + proc.stderr
        nbgrader(["generate_feedback", session], course)
    nbgrader(["export", "--to", str(course / "grades.csv")], course)
    with open(course / "grades.csv", newline="", encoding="utf-8") as handle:
        grades = {(row["assignment"], row["student_id"]): row for row in csv.DictReader(handle)}
    return {"grades": grades, "log": log}


COHORT_CASES = [
    (session, student, spec["expected"], module.MAX_SCORE)
    for session, module in COHORTS.items()
    for student, spec in module.build(
        nbformat.read(ROOT / "source" / session / f"{session}.ipynb", as_version=4)
    ).items()
]


def test_every_session_has_a_cohort_of_at_least_six():
    for session in sessions(ROOT):
        assert session in COHORTS, f"tests/cohorts has no module for {session}"
        students = [c for c in COHORT_CASES if c[0] == session]
        assert len(students) >= 6, f"{session}: only {len(students)} simulated students"


def test_every_source_notebook_validates_with_full_marks(course):
    for path in sorted((course / "source").glob("*/*.ipynb")):
        proc = nbgrader(["validate", str(path)], course, check=False)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "Success! Your notebook passes all the tests." in proc.stdout, proc.stdout


def test_every_untouched_release_fails_every_graded_test(course):
    for path in sorted((course / "release").glob("*/*.ipynb")):
        proc = nbgrader(["validate", "--invert", str(path)], course, check=False)
        assert "Success! The notebook does not pass any tests." in proc.stdout, proc.stdout
        # and the plain validate counts every graded cell as failed: each test cell, and each
        # written answer (Markdown) still holding its stub ("You did not provide a response")
        plain = nbgrader(["validate", str(path)], course, check=False)
        graded = sum(1 for c in nbformat.read(path, as_version=4).cells if c.metadata.get("nbgrader", {}).get("grade"))
        assert f"VALIDATION FAILED ON {graded} CELL(S)" in plain.stdout


def test_untouched_release_shows_friendly_messages_not_tracebacks(course):
    proc = nbgrader(["validate", str(course / "release" / SESSION / NOTEBOOK)], course, check=False)
    assert "Belum diisi: nama_kabupaten masih kosong (None)." in proc.stdout
    assert "Traceback" not in proc.stdout
    assert "NotImplementedError" not in proc.stdout


def test_committed_release_equals_a_fresh_generation(course):
    committed = ROOT / "release"
    fresh = course / "release"
    assert sorted(p.name for p in fresh.iterdir()) == sorted(p.name for p in committed.iterdir() if p.is_dir()), (
        "release/ and source/ list different sessions"
    )
    for path in sorted(fresh.rglob("*")):
        if path.is_file():
            twin = committed / path.relative_to(fresh)
            assert twin.is_file(), f"{twin} is missing: run `make release`"
            assert filecmp.cmp(path, twin, shallow=False), f"{twin} is stale: run `make release`"
    for path in sorted(committed.rglob("*")):
        if path.is_file() and path.name != "README.md":
            assert (fresh / path.relative_to(committed)).is_file(), f"{path} has no source: run `make release`"


def test_release_holds_no_solution_and_no_hidden_test(course):
    for path in (ROOT / "release").rglob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "assert nilai(", 'serahkan("'):
            assert marker not in text, f"{marker!r} in {path}"
    release_nb = nbformat.read(ROOT / "release" / SESSION / NOTEBOOK, as_version=4)
    by_id = cells_by_id(release_nb)
    for n in range(1, COHORTS[SESSION].N_ITEMS + 1):
        assert re.search(r'jawaban_\d\d = "[A-D]"', by_id[f"tes_awal_{n:02d}_jawab"].source) is None


@pytest.mark.parametrize(
    "session,student,expected,max_score", COHORT_CASES, ids=[f"{c[0]}-{c[1]}" for c in COHORT_CASES]
)
def test_cohort_gets_exact_scores(graded, session, student, expected, max_score):
    row = graded["grades"][(session, student)]
    assert float(row["max_score"]) == max_score
    assert float(row["score"]) == expected, graded["log"][-3000:]


def test_deleted_test_cells_are_restored_and_run(graded, course):
    nb = nbformat.read(course / "autograded" / "hapus_sel_uji" / SESSION / NOTEBOOK, as_version=4)
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    assert "pemanasan_3" in ids and "tes_awal_05" in ids


def test_edited_locked_cells_are_restored(graded, course):
    nb = nbformat.read(course / "autograded" / "ubah_sel_terkunci" / SESSION / NOTEBOOK, as_version=4)
    by_id = cells_by_id(nb)
    assert 'cek("tes_awal_02", jawaban_02)' in by_id["tes_awal_02"].source
    assert "mulai(" in by_id["pengantar_siapkan"].source


def test_feedback_never_shows_hidden_tests(graded, course):
    files = sorted((course / "feedback").rglob("*.html"))
    assert len(files) == len(COHORT_CASES)
    for path in files:
        html = path.read_text(encoding="utf-8")
        for leak in (
            "HIDDEN TESTS",
            "serahkan(&quot;",
            'serahkan("',
            "nilai(&quot;",
            "Traceback (most recent call last)",
        ):
            assert leak not in html, f"{leak!r} in {path}"
    partial = (course / "feedback" / "sebagian" / SESSION / f"{SESSION}.html").read_text(encoding="utf-8")
    assert "Belum tepat" in partial  # a failed hidden test says so, in Indonesian, without quoting itself
    assert "Jawaban tercatat; dinilai sesudah tes." in partial  # a wrong Tes Awal letter: no verdict shown


def test_hidden_test_cells_hold_only_the_graders_verdict(graded, course):
    """Every hidden test cell of every autograded notebook: no output (right) or the judge's one error."""
    for path in sorted((course / "autograded").rglob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if "serahkan(" in cell.source and cell.metadata.get("nbgrader", {}).get("grade"):
                assert len(cell.outputs) <= 1, (path, cell.metadata["nbgrader"]["grade_id"])
                for output in cell.outputs:
                    assert output.output_type == "error" and output.ename == "BelumTepat", (path, output)


TES_AKHIR = "08-tes-akhir"


def test_the_tes_akhir_is_graded_in_its_own_session(graded, course):
    """Session 08 on its own: deleted Tes Akhir test cells come back, edited ones (and the set-up cell) are
    restored, the released notebook holds no letter, and the feedback shows no verdict for a test item."""
    notebook = f"{TES_AKHIR}.ipynb"
    deleted = nbformat.read(course / "autograded" / "hapus_sel_uji" / TES_AKHIR / notebook, as_version=4)
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in deleted.cells]
    assert "tes_akhir_05" in ids and "tes_akhir_06" in ids
    edited = cells_by_id(
        nbformat.read(course / "autograded" / "ubah_sel_terkunci" / TES_AKHIR / notebook, as_version=4)
    )
    assert 'cek("tes_akhir_02", jawaban_02)' in edited["tes_akhir_02"].source
    assert "mulai(" in edited["tes_akhir_siapkan"].source
    released = cells_by_id(nbformat.read(course / "release" / TES_AKHIR / notebook, as_version=4))
    for n in range(1, COHORTS[TES_AKHIR].N_ITEMS + 1):
        assert re.search(r'jawaban_\d\d = "[A-D]"', released[f"tes_akhir_{n:02d}_jawab"].source) is None
    feedback = (course / "feedback" / "huruf_tes_awal" / TES_AKHIR / f"{TES_AKHIR}.html").read_text(encoding="utf-8")
    assert "Jawaban tercatat; dinilai sesudah tes." in feedback

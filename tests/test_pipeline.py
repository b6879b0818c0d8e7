"""The nbgrader pipeline, end to end, with real nbgrader (no mocks).

A scratch copy of the course goes through what an instructor does: validate the
sources, generate the student versions, check that untouched releases fail every
test, compare with the committed ``release/``, then autograde, generate feedback
and export the grades of a simulated cohort, asserting each student's exact score.
"""

from __future__ import annotations

import csv
import filecmp
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from course import itembank
from course.pipeline import nbgrader, scratch_course, sessions

from .conftest import ROOT

SESSION = "00-pengantar"
NOTEBOOK = f"{SESSION}.ipynb"


def solution_lines(cell) -> str:
    """The solution part of a source answer cell."""
    src = cell.source
    return src.split("### BEGIN SOLUTION\n", 1)[1].split("\n### END SOLUTION", 1)[0]


def cells_by_id(nb) -> dict:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if "nbgrader" in c.metadata}


def correct_letter(form: str, number: int) -> str:
    return next(letter for letter, _ in itembank.options(form, number) if itembank.is_correct(form, number, letter))


def wrong_letter(form: str, number: int) -> str:
    return next(letter for letter, _ in itembank.options(form, number) if not itembank.is_correct(form, number, letter))


N_ITEMS = len(itembank.items())
MAX_SCORE = 4 + N_ITEMS


def perfect_answers(source_nb) -> dict[str, str]:
    return {gid: solution_lines(c) for gid, c in cells_by_id(source_nb).items() if gid.endswith("_jawab")}


def build_cohort(source_nb) -> dict[str, dict]:
    """Each student: answers by answer-cell id, cells to delete, locked cells to edit, expected score."""
    perfect = perfect_answers(source_nb)
    cohort = {}
    cohort["sempurna"] = {"answers": perfect, "expected": MAX_SCORE}
    cohort["kosong"] = {"answers": {}, "expected": 0}

    partial = dict(perfect)
    partial["pemanasan_3_jawab"] = 'platform_sesi_1 = ["X", "Instagram", "TikTok"]'
    partial["pemanasan_4_jawab"] = "total_interaksi = suka + komentar + bagikan"
    for n in range(10, N_ITEMS + 1):
        partial[f"tes_awal_{n:02d}_jawab"] = f'jawaban_{n:02d} = "{wrong_letter("awal", n)}"'
    cohort["sebagian"] = {"answers": partial, "expected": 2 + 9}

    wrong_type = dict(perfect)
    wrong_type["pemanasan_2_jawab"] = 'durasi_jam = "8,5"'
    wrong_type["tes_awal_01_jawab"] = "jawaban_01 = 3"
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": MAX_SCORE - 2}

    deletes = dict(perfect)
    deletes["pemanasan_3_jawab"] = 'platform_sesi_1 = ["X"]'
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["pemanasan_3", "tes_awal_05"], "expected": MAX_SCORE - 1}

    edits = dict(perfect)
    edits["tes_awal_02_jawab"] = f'jawaban_02 = "{wrong_letter("awal", 2)}"'
    edits["pemanasan_4_jawab"] = "total_interaksi = 1500"
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"tes_awal_02": "pass", "pemanasan_4": 'print("lolos")', "pengantar_siapkan": "pass"},
        "expected": MAX_SCORE - 2,
    }
    return cohort


def write_submission(release_nb, student: dict, path: Path) -> None:
    nb = nbformat.from_dict(json.loads(json.dumps(release_nb)))
    by_id = cells_by_id(nb)
    for gid, source in student["answers"].items():
        by_id[gid].source = source
    for gid, source in student.get("edit", {}).items():
        by_id[gid].source = source
    nb.cells = [c for c in nb.cells
                if c.metadata.get("nbgrader", {}).get("grade_id") not in set(student.get("delete", []))]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A scratch course with every session generated (gradebook included)."""
    course_dir = scratch_course(tmp_path_factory.mktemp("kursus") / "kursus", ROOT)
    for name in sessions(course_dir):
        nbgrader(["generate_assignment", name, "--force"], course_dir)
    return course_dir


@pytest.fixture(scope="module")
def graded(course):
    """The simulated cohort of session 00, autograded, with feedback and exported grades."""
    source_nb = nbformat.read(course / "source" / SESSION / NOTEBOOK, as_version=4)
    release_nb = nbformat.read(course / "release" / SESSION / NOTEBOOK, as_version=4)
    cohort = build_cohort(source_nb)
    for name, student in cohort.items():
        write_submission(release_nb, student, course / "submitted" / name / SESSION / NOTEBOOK)
    autograde = nbgrader(["autograde", SESSION], course)
    nbgrader(["generate_feedback", SESSION], course)
    nbgrader(["export", "--to", str(course / "grades.csv")], course)
    with open(course / "grades.csv", newline="", encoding="utf-8") as handle:
        grades = {row["student_id"]: row for row in csv.DictReader(handle) if row["assignment"] == SESSION}
    return {"cohort": cohort, "grades": grades, "log": autograde.stdout + autograde.stderr}


def test_every_source_notebook_validates_with_full_marks(course):
    for path in sorted((course / "source").glob("*/*.ipynb")):
        proc = nbgrader(["validate", str(path)], course, check=False)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "Success! Your notebook passes all the tests." in proc.stdout, proc.stdout


def test_every_untouched_release_fails_every_graded_test(course):
    for path in sorted((course / "release").glob("*/*.ipynb")):
        proc = nbgrader(["validate", "--invert", str(path)], course, check=False)
        assert "Success! The notebook does not pass any tests." in proc.stdout, proc.stdout
        # and the plain validate counts every graded test cell as failed
        plain = nbgrader(["validate", str(path)], course, check=False)
        graded = sum(1 for c in nbformat.read(path, as_version=4).cells
                     if c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code")
        assert f"VALIDATION FAILED ON {graded} CELL(S)" in plain.stdout


def test_untouched_release_shows_friendly_messages_not_tracebacks(course):
    proc = nbgrader(["validate", str(course / "release" / SESSION / NOTEBOOK)], course, check=False)
    assert "Belum diisi: nama_kabupaten masih kosong (None)." in proc.stdout
    assert "Traceback" not in proc.stdout
    assert "NotImplementedError" not in proc.stdout


def test_committed_release_equals_a_fresh_generation(course):
    committed = ROOT / "release"
    fresh = course / "release"
    assert sorted(p.name for p in fresh.iterdir()) == sorted(
        p.name for p in committed.iterdir() if p.is_dir()), "release/ and source/ list different sessions"
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
        for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "assert nilai("):
            assert marker not in text, f"{marker!r} in {path}"
    release_nb = nbformat.read(ROOT / "release" / SESSION / NOTEBOOK, as_version=4)
    by_id = cells_by_id(release_nb)
    for n in range(1, N_ITEMS + 1):
        assert re.search(r'jawaban_\d\d = "[A-D]"', by_id[f"tes_awal_{n:02d}_jawab"].source) is None


@pytest.mark.parametrize("student", ["sempurna", "kosong", "sebagian", "salah_tipe", "hapus_sel_uji",
                                     "ubah_sel_terkunci"])
def test_cohort_gets_exact_scores(graded, student):
    row = graded["grades"][student]
    assert float(row["max_score"]) == MAX_SCORE
    assert float(row["score"]) == graded["cohort"][student]["expected"], graded["log"][-3000:]


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
    assert len(files) == len(graded["cohort"])
    for path in files:
        html = path.read_text(encoding="utf-8")
        for leak in ("HIDDEN TESTS", "assert nilai", "nilai(&quot;", "Traceback (most recent call last)"):
            assert leak not in html, f"{leak!r} in {path}"
    partial = (course / "feedback" / "sebagian" / SESSION / f"{SESSION}.html").read_text(encoding="utf-8")
    assert "Belum tepat" in partial  # a failed hidden test says so, in Indonesian, without quoting itself

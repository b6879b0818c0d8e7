"""Every session, graded by the real `bimtek autograde` in the sandbox: the canary (the session's own
solution) passes and a participant whose answers are the solutions gets full marks.

Every session in one course folder, so the sandbox, the canary and the judge meet each session's helpers,
data files and handed-over answers (values, lists, dicts, and session 06's rundown table).
"""

from __future__ import annotations

import shutil

import nbformat
import pytest

from course.instructor import gradebook as gbk
from tools.pipeline import sessions

from .cohorts import perfect_answers, write_submission
from .conftest import ROOT
from .grading_support import bimtek, run_nbgrader

SESSIONS = sessions(ROOT)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    dest = tmp_path_factory.mktemp("semua") / "kursus"
    dest.mkdir()
    shutil.copy2(ROOT / "nbgrader_config.py", dest / "nbgrader_config.py")
    shutil.copytree(ROOT / "source", dest / "source", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(ROOT / "kunci", dest / "kunci")
    for session in SESSIONS:
        run_nbgrader(["generate_assignment", session, "--force"], dest)
    return dest


@pytest.mark.parametrize("session", SESSIONS)
def test_perfect_work_gets_full_marks_through_the_canary_and_the_sandbox(course, session):
    notebook = f"{session}.ipynb"
    source_nb = nbformat.read(course / "source" / session / notebook, as_version=4)
    release_nb = nbformat.read(course / "release" / session / notebook, as_version=4)
    folder = course / "submitted" / "sempurna" / session
    write_submission(release_nb, {"answers": perfect_answers(source_nb)}, folder / notebook)
    for data in (course / "release" / session).iterdir():
        if data.name != notebook:
            shutil.copy2(data, folder / data.name)
    (folder / "timestamp.txt").write_text("2025-03-03 10:00:00.000000 UTC", encoding="utf-8")

    run = bimtek(["autograde", session, "--kotak-pasir", "wajib"], course)
    assert run.returncode == 0, run.stdout + run.stderr

    eng = gbk.engine(gbk.db_url(course))
    try:
        row = vars(gbk.read_statuses(eng, session)[(session, "sempurna")])
    finally:
        eng.dispose()
    autograded = sum(
        c.metadata["nbgrader"]["points"]
        for c in source_nb.cells
        if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")
    )
    assert row["status"] == "dinilai", row
    assert row["score"] == autograded > 0, row  # every autograded test; written answers wait for the instructor

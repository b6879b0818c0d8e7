"""The rubric desk in a real JupyterLab (Indonesian menus) and Chromium: the instructor opens the desk
notebook that `bimtek meja-rubrik` writes, runs it, marks one answer with the keyboard shortcuts and one
with the mouse, and the gradebook holds both marks and comments."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa

from course.instructor import gradebook as gbk
from tools.browser import CHROMIUM, LabServer, chromium
from tools.rubric_browser import mark_with_keyboard, mark_with_mouse, next_answer, open_desk, text_of

from .grading_support import bimtek, cell_grades
from .rubric_support import GRADE_ID, written_course

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() or not shutil.which("jupyter"), reason="Chromium tidak ada")


def comments(course) -> dict[str, str]:
    eng = sa.create_engine(gbk.db_url(course))
    query = sa.text(
        "SELECT sa.student_id, c.manual_comment FROM comment c JOIN submitted_notebook sn ON c.notebook_id = sn.id "
        "JOIN submitted_assignment sa ON sn.assignment_id = sa.id JOIN base_cell bc ON c.cell_id = bc.id "
        "WHERE bc.name = :g"
    )
    try:
        with eng.connect() as conn:
            return {r[0]: r[1] for r in conn.execute(query, {"g": GRADE_ID})}
    finally:
        eng.dispose()


def test_marking_two_answers_with_keyboard_and_mouse_in_chromium(tmp_path_factory):
    course = written_course(tmp_path_factory)
    proc = bimtek(["meja-rubrik", "--sesi", "04", "--penilai", "Instruktur A"], course)
    assert proc.returncode == 0, proc.stderr
    with LabServer(course) as lab, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        open_desk(page, lab, "meja-rubrik-04.ipynb")
        assert "Jawaban 1 dari 4" in text_of(page, "meja-kepala")
        assert "SARAN" in page.locator(".bimtek-meja-rubrik").inner_text()
        mark_with_keyboard(page, 2, "Janji sudah ada; tambahkan bukti dari Latihan 8.")
        first = text_of(page, "meja-kepala").split("·")[1].strip()
        next_answer(page, 2, keyboard=True)
        mark_with_mouse(page, 1, "Masih slogan.")
        assert "sudah dinilai 2 dari 4" in text_of(page, "meja-kepala")
        next_answer(page, 3, keyboard=False)
        page.close()
    assert first.startswith("Penulis ")
    grades = {s: v for (s, c), v in cell_grades(course).items() if c == GRADE_ID}
    assert sorted(v for v in grades.values() if v is not None) == [1.0, 2.0]
    written = {c for c in comments(course).values() if c}
    assert written == {"Janji sudah ada; tambahkan bukti dari Latihan 8.", "Masih slogan."}

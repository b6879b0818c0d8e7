"""The rubric desk on a real nbgrader gradebook (SQLite): its marks are nbgrader manual grades that
`nbgrader generate_feedback`, `nbgrader export`, `bimtek report` and `bimtek certificates` read; second
marks stay beside the gradebook and feed the agreement report. Run under the grading lock."""

from __future__ import annotations

import csv

import pytest

from course.instructor.cohort_numbers import agreement
from course.instructor.cohort_page import agreement_section
from course.instructor.rubric_desk import RubricDesk
from course.instructor.rubric_store import Store

from .grading_support import bimtek, cell_grades, run_nbgrader
from .rubric_support import ANSWERS, GRADE_ID, NOTEBOOK, SESSION, written_course

MARKS = {"u_ani": (3, "Janji terukur dan bukti 4A tepat."), "u_budi": (1, "Masih slogan; tambahkan janji dan bukti.")}
MARKS |= {"u_cahya": (1, "1A adalah unggahan seremonial."), "u_dodi": (2, "Tulis “mengimbau”, bukan “menghimbau”.")}


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    return written_course(tmp_path_factory)


def formgrader_view(course) -> dict[str, dict]:
    """Each submission as formgrader's API (``NbGraderAPI.get_submission``) gives it to its pages."""
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from course.instructor.gradebook import load_nbgrader_config

    config = load_nbgrader_config(course)
    config.CourseDirectory.root = str(course)
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    return {s: api.get_submission(SESSION, s) for s in ANSWERS}


def mark_everything(desk: RubricDesk, marks: dict) -> None:
    """Drive the desk by its keyboard shortcuts: the level digit, the comment, s to save, n to go on."""
    for _ in desk.answers:
        points, comment = marks[desk.current.student]
        desk.comment.value = comment
        desk._typed({"new": f"{points}s"})
        assert desk.status.value.startswith("Tersimpan"), desk.status.value
        desk.key("n")


def test_the_desk_shows_anonymised_answers_with_rubric_suggestions_and_progress(course):
    desk = RubricDesk(course, "04")
    assert len(desk.answers) == len(ANSWERS)
    shown = desk.header.value + desk.text.value
    for student in ANSWERS:
        assert student not in shown.lower()
    assert "Jawaban 1 dari 4" in desk.header.value and "sudah dinilai 0 dari 4" in desk.header.value
    assert desk.current.text.strip() in ANSWERS.values()
    assert "SARAN" in desk.suggest.value and "bukan nilai" in desk.suggest.value
    assert [b.description for b in desk.criteria] == ["Pernyataan citra"]
    assert list(desk.criteria[0].options) == [("3", 3), ("2", 2), ("1", 1), ("0", 0)]
    desk.key("9")
    assert "Tingkat 9 tidak ada" in desk.status.value
    desk.key("s")
    assert "Belum tersimpan" in desk.status.value
    assert all(v is None for (_s, c), v in cell_grades(course).items() if c == GRADE_ID)
    desk.store.close()


def test_marks_reach_feedback_export_report_and_certificates(course):
    roster = course / "peserta.csv"
    rows = [f"{s},{s.title()},Sukamaju,{s}@contoh.id,Kabupaten Sukamaju" for s in ANSWERS]
    roster.write_text("id,nama_depan,nama_belakang,email,kabupaten\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert bimtek(["roster", "import", "peserta.csv"], course).returncode == 0
    auto = {s: sum(v or 0 for (st, _c), v in cell_grades(course).items() if st == s) for s in ANSWERS}
    certs = ["certificates", "--mulai", "2025-03-03", "--jam", "6", "--nilai-minimum", "10"]
    before = bimtek(certs + ["--keluaran", "sebelum"], course)
    assert before.returncode == 0, before.stderr
    desk = RubricDesk(course, "04", penilai="Instruktur A")
    desk.comment.value = "Bagus."
    desk.bank.add("Bagus.")
    mark_everything(desk, MARKS)
    assert "sudah dinilai 4 dari 4" in desk.header.value
    desk.store.close()
    grades = cell_grades(course)
    assert {s: grades[(s, GRADE_ID)] for s in ANSWERS} == {s: float(p) for s, (p, _c) in MARKS.items()}
    # formgrader's own API (what its pages show): scored, nothing left to grade by hand
    formgrader = formgrader_view(course)
    for student, (points, _comment) in MARKS.items():
        assert formgrader[student]["score"] == auto[student] + points
        assert formgrader[student]["needs_manual_grade"] is False
    # nbgrader generate_feedback: the comment and the score in each participant's feedback
    run_nbgrader(["generate_feedback", SESSION], course)
    for student, (points, comment) in MARKS.items():
        page = (course / "feedback" / student / SESSION / NOTEBOOK.replace(".ipynb", ".html")).read_text()
        assert comment.replace("“", "&#8220;") in page or comment in page, student
        assert f"Score: {float(points)} / 3.0" in page or f"{float(points)} / 3.0" in page, student
    # nbgrader export (the course's StatusCsvExport): the totals include the manual grade
    run_nbgrader(["export", "--to", "nilai.csv"], course)
    with open(course / "nilai.csv", newline="", encoding="utf-8") as handle:
        exported = {r["student_id"]: float(r["score"]) for r in csv.DictReader(handle) if r["assignment"] == SESSION}
    assert exported == {s: auto[s] + MARKS[s][0] for s in ANSWERS}
    # bimtek report: the participant totals include it
    assert bimtek(["report"], course).returncode == 0
    with open(course / "laporan" / "laporan.csv", newline="", encoding="utf-8") as handle:
        report = {
            r["peserta"]: float(r["nilai"])
            for r in csv.DictReader(handle)
            if r["bagian"] == "nilai_peserta" and r["ukuran"] == "skor" and r["sesi"] == SESSION
        }
    assert report == exported
    # bimtek certificates: the 3 manual points lift ani over the 10% rule (3/21), nobody did before
    after = bimtek(certs + ["--keluaran", "sesudah"], course)
    assert after.returncode == 0, after.stderr
    assert not list((course / "sebelum").glob("sertifikat-*.pdf"))
    assert sorted(p.name for p in (course / "sesudah").glob("sertifikat-*.pdf")) == ["sertifikat-u_ani.pdf"]


def test_the_comment_bank_grows_in_the_course_folder(course):
    desk = RubricDesk(course, "04")
    desk.comment.value = "Sebut khalayaknya."
    desk._keep_bank()
    assert "Sebut khalayaknya." in desk.bank_list.options
    again = RubricDesk(course, "04")
    assert "Sebut khalayaknya." in again.bank_list.options
    again.bank_list.value = "Sebut khalayaknya."
    again.comment.value = ""
    again._use_bank()
    assert again.comment.value == "Sebut khalayaknya."
    assert (course / "meja-rubrik" / "bank-komentar.json").is_file()
    desk.store.close()
    again.store.close()


def test_second_marks_stay_beside_the_gradebook_and_give_agreement(course):
    store = Store(course)
    before = cell_grades(course)
    second = RubricDesk(course, "04", penilai="Instruktur B", peran="kedua", sampel=1.0, benih=3)
    assert len(second.answers) == 4 and second.criteria[0].value is None  # blind to the first marks
    mark_everything(second, {"u_ani": (3, ""), "u_budi": (2, ""), "u_cahya": (1, ""), "u_dodi": (3, "")})
    second.store.close()
    assert cell_grades(course) == before  # the grade stays the first marker's
    # first 3,1,1,2 vs second 3,2,1,3 over the rubric's levels 0..3 (k=4, quadratic weights (i-j)^2/9):
    # pairs (3,3),(1,2),(1,1),(2,3); first's marginals 1:2, 2:1, 3:1; second's 1:1, 2:1, 3:2; n=4.
    # sum w*O = 1/9 + 1/9 = 2/9. sum w*E = (1/4) * sum r_i c_j w_ij
    #   = (1/4) * (2*1*1/9 + 2*2*4/9 + 1*1*1/9 + 1*2*1/9 + 1*1*4/9 + 1*1*1/9) = (1/4) * 26/9 = 13/18;
    # kappa = 1 - (2/9)/(13/18) = 1 - 4/13 = 9/13 = 0.692. Exact agreement: 2 of 4 = 50%.
    frame = agreement(store.url)
    store.close()
    (row,) = frame.to_dict("records")
    assert row["jawaban"] == 4 and row["kappa"] == pytest.approx(9 / 13, abs=1e-4)
    assert row["sama_persis_persen"] == pytest.approx(50.0)
    html = "\n".join(agreement_section(frame))
    assert "Cohen" in html and "Psychological Bulletin" in html and "0,692" in html and "50,0%" in html
    proc = bimtek(["meja-rubrik", "--kesepakatan"], course)
    assert proc.returncode == 0, proc.stderr
    assert "kappa 0,692, sama 50,0%" in proc.stdout and "Pernyataan citra" in proc.stdout
    assert (course / "meja-rubrik" / "kesepakatan.csv").is_file()
    # the cohort report carries the same agreement section
    proc = bimtek(["report"], course)
    assert proc.returncode == 0, proc.stderr
    page = (course / "laporan" / "index.html").read_text(encoding="utf-8")
    assert "Kesepakatan antarpenilai" in page and "0,692" in page and "50,0%" in page


def documented_commands() -> list[list[str]]:
    """Every command in the bash blocks of docs/instruktur/meja-rubrik.md."""
    import re
    import shlex

    from .conftest import ROOT

    text = (ROOT / "docs" / "instruktur" / "meja-rubrik.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", text, re.S)
    return [shlex.split(line) for block in blocks for line in block.splitlines() if line.strip()]


def test_the_walkthrough_commands_run_as_shown(tmp_path_factory):
    course = written_course(tmp_path_factory)
    commands = documented_commands()
    assert [c[:2] for c in commands] == [["bimtek", "meja-rubrik"]] * 4 + [
        ["nbgrader", "generate_feedback"],
        ["nbgrader", "export"],
        ["bimtek", "report"],
    ]
    for command in commands:
        if command[0] == "bimtek":
            proc = bimtek(command[1:], course)
            assert proc.returncode == 0, (command, proc.stderr)
        else:
            run_nbgrader(command[1:], course)
        if command[1:4] == ["meja-rubrik", "--sesi", "04"] and "--peran" not in command:
            desk = RubricDesk(course, "04", penilai="Instruktur A")
            mark_everything(desk, MARKS)
            desk.store.close()
        if "--peran" in command:
            second = RubricDesk(course, "04", peran="kedua", sampel=0.25, benih=7)
            assert len(second.answers) == 1
            mark_everything(second, {s: (p, "") for s, (p, _c) in MARKS.items()})
            second.store.close()
    assert (course / "meja-rubrik-04.ipynb").is_file() and (
        course / "meja-rubrik-07-proyek_strategi_jawab.ipynb"
    ).is_file()
    assert (course / "meja-rubrik" / "kesepakatan.csv").read_text(encoding="utf-8").count("\n") == 2
    assert (course / "nilai.csv").is_file() and (course / "laporan" / "index.html").is_file()

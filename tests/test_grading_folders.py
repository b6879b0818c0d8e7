"""`bimtek autograde` in a course whose nbgrader_config.py renames nbgrader's folders.

The supervisor finds the submissions, plans the run and skips what is finished in the folders
nbgrader's ``CourseDirectory`` names (``submitted_directory``, ``autograded_directory``,
``feedback_directory``), as the workers (nbgrader itself) do. Run through the real command line,
with real nbgrader and the sandbox when this machine has one.
"""

from __future__ import annotations

from .cohorts import s00_pengantar
from .grading_support import NOTEBOOK, SESSION, bimtek, clone, notebooks, statuses, submit, template

FOLDERS = {"submitted": "kiriman", "autograded": "hasil_nilai", "feedback": "umpan_balik"}


def test_a_course_with_renamed_folders_is_graded_from_and_into_them(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("folder_lain") / "kursus")
    with open(course / "nbgrader_config.py", "a", encoding="utf-8") as handle:
        handle.write("\n# Folder names of this course (nbgrader's CourseDirectory settings).\n")
        for trait, name in FOLDERS.items():
            handle.write(f'c.CourseDirectory.{trait}_directory = "{name}"\n')
    source_nb, release_nb = notebooks(course)
    specs = s00_pengantar.build(source_nb)
    expected = {name: specs[name]["expected"] for name in ("sempurna", "kosong", "sebagian")}
    for name in expected:
        submit(course, name, specs[name], release_nb, submitted=FOLDERS["submitted"])
    broken = course / FOLDERS["submitted"] / "rusak" / SESSION
    broken.mkdir(parents=True)
    (broken / NOTEBOOK).write_text("{ bukan json", encoding="utf-8")

    proc = bimtek(["autograde", SESSION, "--workers", "2"], course, timeout=600)
    assert proc.returncode == 1, proc.stdout[-2000:] + proc.stderr[-3000:]  # 1: finished, one failed
    rows = statuses(course)
    assert {s: r["score"] for s, r in rows.items() if r["status"] == "dinilai"} == expected
    assert rows["rusak"]["status"] == "gagal" and rows["rusak"]["reason_code"] == "json_rusak"
    for student in expected:
        assert (course / FOLDERS["autograded"] / student / SESSION / NOTEBOOK).is_file(), student
        assert (course / FOLDERS["feedback"] / student / SESSION / f"{SESSION}.html").is_file(), student
    failure_page = course / FOLDERS["feedback"] / "rusak" / SESSION / f"{SESSION}.html"
    assert "belum dapat dinilai" in failure_page.read_text(encoding="utf-8")
    for default in FOLDERS:
        assert not (course / default).exists(), f"{default}/ was made"
    assert f"Umpan balik ada di {FOLDERS['feedback']}/<peserta>/{SESSION}/" in proc.stdout

    # a second run finds the fingerprints and the autograded notebooks in the renamed folders
    rerun = bimtek(["autograde", SESSION, "--workers", "2"], course, timeout=600)
    assert rerun.returncode == 1, rerun.stderr[-3000:]
    assert "0 dinilai" in rerun.stdout and f"{len(rows)} dilewati" in rerun.stdout, rerun.stdout
    assert {s: r["updated_at"] for s, r in statuses(course).items()} == {s: r["updated_at"] for s, r in rows.items()}

    # and an instructor's mistake is explained with the course's own folder name
    unknown = bimtek(["autograde", SESSION, "--peserta", "tidak_ada"], course)
    assert unknown.returncode == 2
    assert f"Periksa folder {FOLDERS['submitted']}/<peserta>/{SESSION}/" in unknown.stderr, unknown.stderr

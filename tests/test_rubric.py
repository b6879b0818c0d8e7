"""Rubrics as data: the instructor guides cannot drift from course/data/rubrik.json, every written answer has
its rubric, and the rubric desk's pure logic (pseudonyms, sample, agreement) does what it says.
No gradebook here; see test_rubric_desk.py and test_rubric_postgres.py for that."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from course.instructor.cli_rubric import desk_notebook
from course.instructor.rubric_marks import (
    double_sample,
    exact_agreement,
    load_rubrics,
    marked_ids,
    pseudonym,
    render_document,
    render_table,
    suggestions,
    total,
    weighted_kappa,
)
from tools import render_rubrics

from .conftest import ROOT

GUIDES = ROOT / "docs" / "instruktur"


def manual_cells() -> dict[str, tuple[str, float]]:
    """grade_id -> (session, points) of every manually graded cell of source/ (grade+solution, or task)."""
    found = {}
    for path in sorted((ROOT / "source").glob("*/*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if meta.get("task") or (meta.get("grade") and meta.get("solution")):
                found[meta["grade_id"]] = (path.parent.name, float(meta["points"]))
    return found


def test_the_guides_equal_what_the_rubric_data_renders():
    assert render_rubrics.stale() == []
    proc = subprocess.run([sys.executable, "tools/render_rubrics.py", "--periksa"], cwd=ROOT, capture_output=True)
    assert proc.returncode == 0, proc.stderr


def test_a_hand_edited_table_is_caught(tmp_path):
    guide = (GUIDES / "04-media-massa.md").read_text(encoding="utf-8")
    edited = guide.replace("| 0 | Kosong atau tidak menjawab soal. |", "| 0 | Kosong. |", 1)
    assert edited != guide
    (tmp_path / "04-media-massa.md").write_text(edited, encoding="utf-8")
    assert render_rubrics.stale(tmp_path) == ["04-media-massa.md"]
    assert render_document(edited, load_rubrics()) == guide


def test_every_written_answer_has_a_rubric_whose_maximum_is_its_points():
    rubrics = load_rubrics()
    cells = manual_cells()
    assert len(cells) >= 9, cells
    assert set(rubrics) == set(cells), set(rubrics) ^ set(cells)
    for gid, (session, points) in cells.items():
        assert rubrics[gid].session == session, gid
        assert rubrics[gid].maximum == points, (gid, rubrics[gid].maximum, points)


def test_every_rubric_table_sits_in_its_sessions_guide():
    rubrics = load_rubrics()
    for gid, rubric in rubrics.items():
        text = (GUIDES / f"{rubric.session}.md").read_text(encoding="utf-8")
        assert gid in marked_ids(text), gid
        assert render_table(rubric) in text


def test_rubric_levels_are_complete_and_descriptors_indonesian():
    for rubric in load_rubrics().values():
        for criterion in rubric.criteria:
            points = [lv.points for lv in criterion.levels]
            assert points == sorted(points, reverse=True) and points[-1] == 0, (rubric.grade_id, points)
            assert all(lv.descriptor.strip() for lv in criterion.levels)


def test_total_needs_every_criterion_and_refuses_unknown_levels():
    rubric = load_rubrics()["konten_esai"]
    assert total(rubric, {0: 1, 1: 0}) is None
    assert total(rubric, {0: 1, 1: 0, 2: 1}) == 2
    with pytest.raises(ValueError):
        total(rubric, {0: 2, 1: 0, 2: 1})


def test_pseudonyms_are_stable_and_hide_the_username():
    a = pseudonym("siti.rahma", "garam-1")
    assert a == pseudonym("siti.rahma", "garam-1")
    assert a != pseudonym("siti.rahma", "garam-2") and a != pseudonym("budi", "garam-1")
    assert "siti" not in a.lower() and a.startswith("Penulis ")


def test_the_double_marking_sample_is_seeded():
    people = [f"p{i:02d}" for i in range(20)]
    first = double_sample(people, 0.25, seed=7)
    assert len(first) == 5 and set(first) <= set(people)
    assert first == double_sample(list(reversed(people)), 0.25, seed=7)
    assert first != double_sample(people, 0.25, seed=8)
    assert double_sample(people[:3], 0.1, seed=1) and double_sample([], 0.5, 1) == []


def test_weighted_kappa_matches_a_hand_computed_example():
    """Levels 0-2, five answers. Observed (rows: first, cols: second) [[1,0,0],[0,1,1],[0,1,1]]; marginals
    (1,2,2) both; expected = row*col/5; quadratic weights (i-j)^2/4. Sum w*O = 0.25+0.25 = 0.5;
    sum w*E = 2*(0.4*0.25) + 2*(0.4*1) + 2*(0.8*0.25) = 1.4; kappa = 1 - 0.5/1.4 = 9/14 = 0.642857.
    Exact agreement: answers 1, 3 and 5 of 5 = 60%."""
    first, second = [0, 1, 2, 2, 1], [0, 2, 2, 1, 1]
    assert weighted_kappa(first, second, [0, 1, 2]) == pytest.approx(9 / 14)
    assert exact_agreement(first, second) == pytest.approx(60.0)
    assert weighted_kappa(first, first, [0, 1, 2]) == pytest.approx(1.0)
    # two levels: quadratic weights give Cohen's plain kappa. O=[[2,1],[0,1]]: po=.75, pe=(3*2+1*2)/16=.5
    assert weighted_kappa([0, 0, 0, 1], [0, 0, 1, 1], [0, 1]) == pytest.approx(0.5)
    assert weighted_kappa([1, 1], [1, 1], [0, 1]) is None  # undefined: every mark in one level


def test_suggestions_are_labelled_and_find_eyd_and_missing_ideas():
    rubric = load_rubrics()["citra_jawab"]
    found = suggestions(rubric, "Kami menghimbau warga. Buktinya unggahan 4A.")
    assert found[0].startswith("Panjang: ") and "2–3 kalimat" in found[0]
    assert any("muncul 4A" in s for s in found)
    assert any(s.startswith("EYD:") and "imbau" in s for s in found)


def test_the_desk_notebook_in_the_docs_is_the_one_the_cli_writes_and_has_no_outputs():
    nb = json.loads((GUIDES / "meja-rubrik.ipynb").read_text(encoding="utf-8"))
    assert nb == json.loads(json.dumps(desk_notebook("04")))
    for cell in nb["cells"]:
        assert not cell.get("outputs") and cell.get("execution_count") is None


def run_cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", "meja-rubrik", *args], cwd=cwd, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "args,message",
    [
        (["--sesi", "00"], "tidak punya jawaban tertulis"),
        (["--sesi", "04", "--sampel", "2"], "--sampel harus pecahan"),
        (["--sesi", "04", "--peran", "ketiga"], "pilihan 'ketiga' tidak ada"),
        ([], "sebutkan sesinya"),
    ],
)
def test_bad_input_is_one_indonesian_line_and_exit_2(tmp_path, args, message):
    proc = run_cli(*args, "--kursus", str(tmp_path))
    assert proc.returncode == 2, proc
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_the_cli_writes_the_desk_notebook_into_the_course_folder(tmp_path):
    proc = run_cli("--sesi", "07", "--tugas", "proyek_strategi_jawab", "--kursus", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / "meja-rubrik-07-proyek_strategi_jawab.ipynb"
    assert path.name in proc.stdout and "jalankan semua sel" in proc.stdout
    assert "grade_id='proyek_strategi_jawab'" in "".join(json.loads(path.read_text())["cells"][1]["source"])


def test_the_guide_links_the_rubric_desk_walkthrough():
    assert "meja-rubrik.md" in (GUIDES / "panduan.md").read_text(encoding="utf-8")

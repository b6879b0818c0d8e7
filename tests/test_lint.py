"""The source-notebook lint passes on the course and catches each metadata mistake."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from course.instructor.lint import lint_course, lint_notebook

from .conftest import ROOT

PENGANTAR = ROOT / "source" / "00-pengantar" / "00-pengantar.ipynb"


def test_every_source_notebook_is_clean():
    assert lint_course(ROOT) == []


def mutated(tmp_path: Path, change) -> list[str]:
    nb = json.loads(PENGANTAR.read_text(encoding="utf-8"))
    change(nb)
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return lint_notebook(path)


def graded_cells(nb):
    return [c for c in nb["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade")]


def _dup_id(nb):
    cells = graded_cells(nb)
    cells[1]["metadata"]["nbgrader"]["grade_id"] = cells[0]["metadata"]["nbgrader"]["grade_id"]


def _no_points(nb):
    graded_cells(nb)[0]["metadata"]["nbgrader"]["points"] = 0


def _unlocked_test(nb):
    graded_cells(nb)[0]["metadata"]["nbgrader"]["locked"] = False


def _output(nb):
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code")
    cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x"}]
    cell["execution_count"] = 3


def _kernel(nb):
    nb["metadata"]["kernelspec"]["name"] = "ir"


def _marker_outside(nb):
    md = next(c for c in nb["cells"] if c["cell_type"] == "markdown")
    md["source"] = "### BEGIN HIDDEN TESTS\nassert x\n### END HIDDEN TESTS"


def _unbalanced(nb):
    cell = graded_cells(nb)[0]
    cell["source"] = "".join(cell["source"]).replace("### END HIDDEN TESTS", "")


def _first_cell_unlocked(nb):
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code")
    cell["metadata"]["nbgrader"]["locked"] = False


def _no_graded(nb):
    for c in graded_cells(nb):
        c["metadata"]["nbgrader"]["grade"] = False


@pytest.mark.parametrize(
    "change, expected",
    [
        (_dup_id, "sudah dipakai di sel"),
        (_no_points, "harus punya poin lebih dari 0"),
        (_unlocked_test, "harus terkunci (locked)"),
        (_output, "masih berisi keluaran"),
        (_kernel, 'kernelspec harus "python3"'),
        (_marker_outside, "hanya boleh ada di sel uji"),
        (_unbalanced, "tidak berpasangan"),
        (_first_cell_unlocked, "sel kode pertama harus terkunci"),
        (_no_graded, "tidak ada satu pun sel bernilai"),
    ],
)
def test_lint_catches(tmp_path, change, expected):
    problems = mutated(tmp_path, change)
    assert any(expected in p for p in problems), problems


def test_lint_reports_unreadable_files(tmp_path):
    bad = tmp_path / "rusak.ipynb"
    bad.write_text("{not json", encoding="utf-8")
    assert "tidak dapat dibaca sebagai notebook" in lint_notebook(bad)[0]


def test_bimtek_lint_command(tmp_path):
    ok = subprocess.run(["bimtek", "lint", "--kursus", str(ROOT)], capture_output=True, text=True)
    assert ok.returncode == 0 and "notebook sumber rapi" in ok.stdout
    missing = subprocess.run(["bimtek", "lint", str(tmp_path / "tidak-ada.ipynb")], capture_output=True, text=True)
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0 and "tidak ditemukan" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad = tmp_path / "rusak.ipynb"
    bad.write_text("{not json", encoding="utf-8")
    broken = subprocess.run(["bimtek", "lint", str(bad)], capture_output=True, text=True)
    assert broken.returncode == 1 and "tidak dapat dibaca" in broken.stdout

"""Lint of source notebooks: the nbgrader metadata every session must get right.

``lint_notebook(path)`` returns a list of problems (Indonesian, one line each,
naming the cell). An empty list means the notebook is ready for
``nbgrader generate_assignment``. The rules:

* the file is a readable notebook (JSON of the notebook's shape: an object with a list of cell
  objects, each with text source and object metadata; otherwise one "notebook rusak" line)
  whose kernelspec is ``python3``;
* no outputs and no execution counts (sources are committed clean);
* every nbgrader cell has schema version 3 and a unique ``grade_id``;
* every graded cell has points greater than 0;
* test cells (graded, not an answer) are locked; answer cells are not;
* solution markers only in answer cells, hidden-test markers only in test cells,
  each opened and closed;
* the first code cell is locked and calls ``mulai(``;
* at least one graded cell.
"""

from __future__ import annotations

import json
from pathlib import Path

MARKERS = {
    "solution": ("### BEGIN SOLUTION", "### END SOLUTION"),
    "hidden": ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
}


def _balanced(source: str, begin: str, end: str) -> bool:
    depth = 0
    for line in source.splitlines():
        stripped = line.strip()
        if stripped == begin:
            depth += 1
            if depth > 1:
                return False
        elif stripped == end:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _marker_problems(source: str, is_solution: bool, is_test_code: bool) -> list[str]:
    """Solution markers only in answer cells, hidden-test markers only in test cells, each one balanced."""
    problems = []
    for role, (begin, end) in MARKERS.items():
        if begin in source or end in source:
            allowed = is_solution if role == "solution" else is_test_code
            if not allowed:
                problems.append(
                    f'penanda "{begin}" hanya boleh ada di sel {"jawaban" if role == "solution" else "uji"}.'
                )
            elif not _balanced(source, begin, end):
                problems.append(f'penanda "{begin}" dan "{end}" tidak berpasangan.')
    return problems


def _kind(value) -> str:
    """What a JSON value is, in Indonesian."""
    names = {dict: "objek", list: "daftar", str: "teks", bool: "nilai benar/salah", type(None): "null"}
    return names.get(type(value), "angka")


def _cell_shape(index: int, cell) -> str | None:
    """What is wrong with the shape of one cell (None when it is a cell object)."""
    if not isinstance(cell, dict):
        return f"sel {index} berupa {_kind(cell)}, bukan objek sel"
    source = cell.get("source", "")
    if not isinstance(source, str) and not (isinstance(source, list) and all(isinstance(x, str) for x in source)):
        return f'"source" sel {index} berupa {_kind(source)}, bukan teks'
    if not isinstance(cell.get("metadata", {}), dict):
        return f'"metadata" sel {index} berupa {_kind(cell["metadata"])}, bukan objek'
    nbgrader = cell.get("metadata", {}).get("nbgrader", {})
    if not isinstance(nbgrader, dict):
        return f'"metadata.nbgrader" sel {index} berupa {_kind(nbgrader)}, bukan objek'
    if not isinstance(nbgrader.get("grade_id", ""), str):
        return f'"grade_id" sel {index} berupa {_kind(nbgrader["grade_id"])}, bukan teks'
    if not isinstance(cell.get("outputs", []), list):
        return f'"outputs" sel {index} berupa {_kind(cell["outputs"])}, bukan daftar'
    return None


def _shape(nb) -> str | None:
    """What is wrong with the shape of a parsed notebook (None when lint can read it)."""
    if not isinstance(nb, dict):
        return f"isinya {_kind(nb)}, bukan objek notebook"
    if not isinstance(nb.get("cells"), list):
        return '"cells" tidak ada' if "cells" not in nb else f'"cells" berupa {_kind(nb["cells"])}, bukan daftar sel'
    metadata = nb.get("metadata", {})
    if not isinstance(metadata, dict) or not isinstance(metadata.get("kernelspec", {}), dict):
        return '"metadata" atau "metadata.kernelspec" bukan objek'
    for index, cell in enumerate(nb["cells"], start=1):
        problem = _cell_shape(index, cell)
        if problem:
            return problem
    return None


def _load(path: Path):
    """The parsed notebook, or the one-line problem that stops lint from reading it."""
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return None, f"tidak dapat dibaca ({exc.strerror})"
    except UnicodeDecodeError:
        return None, "bukan teks UTF-8"
    except json.JSONDecodeError as exc:
        return None, f"bukan JSON yang sah (baris {exc.lineno}, kolom {exc.colno})"
    except RecursionError:
        return None, "JSON-nya bersarang terlalu dalam"
    return nb, _shape(nb)


def _metadata_problems(meta: dict, index: int, is_code: bool, seen: dict[str, int]) -> list[str]:
    """What is wrong with one cell's nbgrader metadata; records its grade id (cell ``index``) in ``seen``."""
    problems = []
    is_solution = bool(meta.get("solution"))
    is_test = bool(meta.get("grade") and not is_solution)
    if meta.get("schema_version") != 3:
        problems.append("metadata nbgrader harus schema_version 3.")
    grade_id = meta.get("grade_id")
    if not grade_id:
        problems.append("sel nbgrader tanpa grade_id.")
    elif grade_id in seen:
        problems.append(f'grade_id "{grade_id}" sudah dipakai di sel {seen[grade_id]}.')
    else:
        seen[grade_id] = index
    if meta.get("grade"):
        points = meta.get("points")
        if isinstance(points, bool) or not isinstance(points, (int, float)) or points <= 0:
            problems.append(f'sel bernilai "{grade_id}" harus punya poin lebih dari 0.')
    if is_test and is_code and not meta.get("locked"):
        problems.append(f'sel uji "{grade_id}" harus terkunci (locked).')
    if is_solution and meta.get("locked"):
        problems.append(f'sel jawaban "{grade_id}" tidak boleh terkunci.')
    return problems


def lint_notebook(path: str | Path) -> list[str]:
    """Problems found in one source notebook (empty when it is clean)."""
    path = Path(path)
    nb, broken = _load(path)
    if broken:
        return [
            f"{path}: notebook rusak, tidak dapat dibaca sebagai notebook: {broken}. "
            "Pulihkan dari git atau buka dan simpan ulang di JupyterLab."
        ]
    problems: list[str] = []

    def say(where: str, what: str) -> None:
        problems.append(f"{path.name} {where}: {what}")

    kernel = nb.get("metadata", {}).get("kernelspec", {}).get("name")
    if kernel != "python3":
        say("metadata", f'kernelspec harus "python3", tertulis {kernel!r}.')

    seen: dict[str, int] = {}
    graded = 0
    first_code = True
    for index, cell in enumerate(nb.get("cells", []), start=1):
        where = f"sel {index}"
        source = "".join(cell.get("source", ""))
        kind = cell.get("cell_type")
        if kind == "code":
            if cell.get("outputs"):
                say(where, "masih berisi keluaran; bersihkan keluaran sebelum disimpan.")
            if cell.get("execution_count") is not None:
                say(where, "masih berisi nomor eksekusi; bersihkan keluaran sebelum disimpan.")
        meta = cell.get("metadata", {}).get("nbgrader")
        is_solution = bool(meta and meta.get("solution"))
        is_test = bool(meta and meta.get("grade") and not meta.get("solution"))
        if kind == "code" and first_code:
            first_code = False
            if not (meta and meta.get("locked")) or "mulai(" not in source:
                say(where, "sel kode pertama harus terkunci dan memanggil mulai(...).")
        for problem in _marker_problems(source, is_solution, is_test and kind == "code"):
            say(where, problem)
        if meta:
            graded += bool(meta.get("grade"))
            for problem in _metadata_problems(meta, index, kind == "code", seen):
                say(where, problem)
    if graded == 0:
        say("notebook", "tidak ada satu pun sel bernilai.")
    return problems


def source_notebooks(root: str | Path = ".") -> list[Path]:
    """Every source notebook of the course, in session order."""
    return sorted(p for p in Path(root, "source").glob("*/*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def lint_course(root: str | Path = ".") -> list[str]:
    """Problems in every source notebook under ``root/source``."""
    notebooks = source_notebooks(root)
    if not notebooks:
        return [f"Tidak ada notebook sumber di {Path(root, 'source')}."]
    problems: list[str] = []
    for path in notebooks:
        problems += lint_notebook(path)
    return problems

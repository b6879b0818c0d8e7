"""Lint of source notebooks: the nbgrader metadata every session must get right.

``lint_notebook(path)`` returns a list of problems (Indonesian, one line each,
naming the cell). An empty list means the notebook is ready for
``nbgrader generate_assignment``. The rules:

* the file is a readable notebook whose kernelspec is ``python3``;
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


def lint_notebook(path: str | Path) -> list[str]:
    """Problems found in one source notebook (empty when it is clean)."""
    path = Path(path)
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"{path}: tidak dapat dibaca sebagai notebook ({type(exc).__name__})."]
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
        if not meta:
            continue
        if meta.get("schema_version") != 3:
            say(where, "metadata nbgrader harus schema_version 3.")
        grade_id = meta.get("grade_id")
        if not grade_id:
            say(where, "sel nbgrader tanpa grade_id.")
        elif grade_id in seen:
            say(where, f'grade_id "{grade_id}" sudah dipakai di sel {seen[grade_id]}.')
        else:
            seen[grade_id] = index
        if meta.get("grade"):
            graded += 1
            points = meta.get("points")
            if isinstance(points, bool) or not isinstance(points, (int, float)) or points <= 0:
                say(where, f'sel bernilai "{grade_id}" harus punya poin lebih dari 0.')
        if is_test and kind == "code" and not meta.get("locked"):
            say(where, f'sel uji "{grade_id}" harus terkunci (locked).')
        if is_solution and meta.get("locked"):
            say(where, f'sel jawaban "{grade_id}" tidak boleh terkunci.')
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

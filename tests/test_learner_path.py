"""The core path needs no programming: graded answers are filled-in values (issue 11).

A participant is a humas officer, not a programmer. Outside the test bank (``tes_awal_``,
``tes_akhir_``) and the optional advanced track (``lanjutan_``), a graded answer cell is a
*fill-in-the-value* cell when its solution only assigns (or shows) expressions built from
literals, lists/tuples/dicts of them, plain names, spreadsheet-like arithmetic, and calls of a
plain-named course helper the notebook shows. Methods, indexing, ``&``/``|``, comparisons,
loops, comprehensions, lambdas and ``if`` are programming, and at least 90 % of the graded
answer cells must need none of them.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "source").glob("*/*.ipynb"))
OUTSIDE = ("tes_awal_", "tes_akhir_", "lanjutan_")
TARGET = 0.90
ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)


def _solution(source: str) -> str:
    """The cell's code with nbgrader's solution markers removed (stub and solution both count)."""
    return "\n".join(line for line in source.splitlines() if not re.match(r"\s*### (BEGIN|END) SOLUTION", line))


def _value_problem(node: ast.AST) -> str | None:
    """Why an expression is programming, or None when it is a filled-in value."""
    if isinstance(node, ast.Constant):
        return None
    if isinstance(node, ast.Name):
        return None
    if isinstance(node, ast.JoinedStr):
        return "f-string"
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return next((p for p in map(_value_problem, node.elts) if p), None)
    if isinstance(node, ast.Dict):
        parts = [k for k in node.keys if k is not None] + list(node.values)
        if any(k is None for k in node.keys):
            return "dict unpacking"
        return next((p for p in map(_value_problem, parts) if p), None)
    if isinstance(node, ast.BinOp):
        if not isinstance(node.op, ARITHMETIC):
            return f"operator {type(node.op).__name__}"
        return _value_problem(node.left) or _value_problem(node.right)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return _value_problem(node.operand)
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            return "method call"
        parts = list(node.args) + [k.value for k in node.keywords]
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return "argument unpacking"
        return next((p for p in map(_value_problem, parts) if p), None)
    return type(node).__name__


def programming_in(code: str) -> str | None:
    """Why a solution needs programming, or None when it is filled-in values only."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:  # a model answer that does not parse is a broken notebook
        return f"SyntaxError: {exc}"
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            if not all(isinstance(t, ast.Name) for t in statement.targets):
                return "assignment to an index or attribute"
            problem = _value_problem(statement.value)
        elif isinstance(statement, ast.Expr):
            problem = _value_problem(statement.value)
        else:
            problem = type(statement).__name__
        if problem:
            return problem
    return None


def graded_answer_cells() -> list[tuple[str, str, str]]:
    """(notebook, grade id, solution code) of every graded answer cell outside the bank and lanjutan_."""
    cells = []
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            grade_id = meta.get("grade_id", "")
            if cell["cell_type"] != "code" or not meta.get("solution") or grade_id.startswith(OUTSIDE):
                continue
            cells.append((path.stem, grade_id, _solution("".join(cell["source"]))))
    return cells


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ('judul = "Pemkab Salurkan Beras"', None),
        ("er = interaksi / jangkauan * 100", None),
        ('median_platform = median_per(bersih, "platform")', None),
        ('keputusan = {1: ["tahan", "R2"], 2: ["unggah", "R1"]}', None),
        ("nilai = -3.5", None),
        ('x = data["pilar"]', "Subscript"),
        ("x = data.mean()", "method call"),
        ('bersih["interaksi"] = 1', "assignment to an index or attribute"),
        ("x = [a for a in b]", "ListComp"),
        ("x = (a == 1) & (b == 2)", "operator BitAnd"),
        ("for a in b:\n    pass", "For"),
        ("x = pd.DataFrame({})", "method call"),
        ('x = f"{a}"', "f-string"),
    ],
)
def test_the_classifier_tells_values_from_programming(code, expected):
    assert programming_in(code) == expected


def test_the_core_path_is_filled_in_values():
    cells = graded_answer_cells()
    assert len(cells) >= 30, "too few graded answer cells found: the notebooks moved?"
    programming = [(nb, gid, programming_in(code)) for nb, gid, code in cells if programming_in(code)]
    share = 1 - len(programming) / len(cells)
    listing = "\n".join(f"  {nb} {gid}: {why}" for nb, gid, why in programming)
    assert share >= TARGET, f"only {share:.0%} of {len(cells)} graded answer cells are filled-in values:\n{listing}"


def test_optional_track_names_are_never_needed_by_the_core_path():
    """No core cell uses a name that only a ``lanjutan_`` cell defines."""
    for path in NOTEBOOKS:
        optional: set[str] = set()
        core: set[str] = set()
        used_after: list[tuple[str, set[str]]] = []
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            meta = cell.get("metadata", {}).get("nbgrader", {})
            try:
                tree = ast.parse(_solution("".join(cell["source"])))
            except SyntaxError:
                continue
            assigned = {
                t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)
            }
            loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
            if meta.get("grade_id", "").startswith("lanjutan_"):
                optional |= assigned
            else:
                used_after.append((meta.get("grade_id", "?"), loaded - core))
                core |= assigned
        needed = [(gid, sorted(names & (optional - core))) for gid, names in used_after if names & (optional - core)]
        assert not needed, f"{path.stem}: core cells use names only the optional track defines: {needed}"

"""Authoring helpers for source notebooks (maintainers only; participants never see this).

A source notebook is edited in JupyterLab like any other, but writing the
nbgrader metadata by hand is error-prone. These helpers build cells with the
right metadata, so a session can be drafted from a short script, saved once,
and edited from then on as a notebook. ``course.lint`` checks the result.

    from tools.nbauthor import md, code, answer, check, notebook, test_cells
"""

from __future__ import annotations

import nbformat

SCHEMA = 3


def _meta(grade_id: str, *, grade=False, solution=False, locked=False, points=None, task=False) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": SCHEMA,
            "solution": solution, "task": task}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def md(text: str, grade_id: str | None = None) -> nbformat.NotebookNode:
    """A Markdown cell; with ``grade_id`` it is locked (read-only) instruction text."""
    cell = nbformat.v4.new_markdown_cell(text.strip("\n"))
    if grade_id:
        cell.metadata.update(_meta(grade_id, locked=True))
    return cell


def code(source: str, grade_id: str | None = None) -> nbformat.NotebookNode:
    """A code cell; with ``grade_id`` it is locked (read-only)."""
    cell = nbformat.v4.new_code_cell(source.strip("\n"))
    if grade_id:
        cell.metadata.update(_meta(grade_id, locked=True))
    return cell


def answer(placeholder: str, solution: str, grade_id: str) -> nbformat.NotebookNode:
    """An answer cell: ``placeholder`` stays in the release, ``solution`` is removed."""
    source = f"{placeholder.strip()}\n### BEGIN SOLUTION\n{solution.strip()}\n### END SOLUTION"
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata.update(_meta(grade_id, solution=True))
    return cell


def written_answer(solution: str, grade_id: str, points: int) -> nbformat.NotebookNode:
    """A manually graded Markdown answer."""
    cell = nbformat.v4.new_markdown_cell(f"### BEGIN SOLUTION\n{solution.strip()}\n### END SOLUTION")
    cell.metadata.update(_meta(grade_id, grade=True, solution=True, points=points))
    return cell


def check(name: str, variable: str, points: int = 1, grade_id: str | None = None) -> nbformat.NotebookNode:
    """A graded, locked test cell: a visible self-check plus a hidden assert."""
    source = (
        "# Cek mandiri: jalankan sel ini untuk memeriksa jawaban Anda.\n"
        f"cek(\"{name}\", {variable})\n"
        "### BEGIN HIDDEN TESTS\n"
        f"assert nilai(\"{name}\", {variable})\n"
        "### END HIDDEN TESTS"
    )
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata.update(_meta(grade_id or name, grade=True, locked=True, points=points))
    return cell


def test_cells(form: str) -> list[nbformat.NotebookNode]:
    """The question, answer and check cells of a whole Tes Awal/Tes Akhir form."""
    from course import itembank

    cells = []
    for number in range(1, len(itembank.items()) + 1):
        name = itembank.check_name(form, number)
        variable = f"jawaban_{number:02d}"
        cells.append(md(itembank.question_markdown(form, number), grade_id=f"{name}_soal"))
        letter = _correct_letter(form, number)
        cells.append(answer(f"{variable} = \"\"  # tulis A, B, C, atau D di antara tanda petik",
                            f"{variable} = \"{letter}\"", grade_id=f"{name}_jawab"))
        cells.append(check(name, variable))
    return cells


def _correct_letter(form: str, number: int) -> str:
    from course import itembank

    for letter, _text in itembank.options(form, number):
        if itembank.is_correct(form, number, letter):
            return letter
    raise ValueError(f"item {number} has no option matching its key")


def notebook(cells: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    return nb

"""Simulated cohorts for the pipeline tests: one module per session.

Each module ``sNN_*.py`` defines ``SESSION`` (the assignment name), ``MAX_SCORE``
and ``build(source_nb) -> dict[student, spec]``. A spec holds ``answers``
(answer-cell grade_id -> source), optionally ``delete`` (grade_ids of cells the
student removed) and ``edit`` (grade_id -> new source of a locked cell), and
``expected``, the exact total score nbgrader must give.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import nbformat

from course import itembank

KEY_FOLDER = Path(__file__).resolve().parents[2] / "kunci"


def modules() -> list:
    """Every cohort module, in session order."""
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("s"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


def answer_key() -> itembank.AnswerKey:
    """The grader-side key of the Tes Awal / Tes Akhir (``kunci/`` of the repository)."""
    return itembank.read_key(json.loads((KEY_FOLDER / itembank.KEY_FILE).read_text(encoding="utf-8")))


def cells_by_id(nb) -> dict:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if "nbgrader" in c.metadata}


def solution_lines(cell) -> str:
    """The solution part of a source answer cell (code or Markdown)."""
    return cell.source.split("### BEGIN SOLUTION\n", 1)[1].split("\n### END SOLUTION", 1)[0]


def perfect_answers(source_nb) -> dict[str, str]:
    """Every answer cell filled with its solution (cell source after the placeholder)."""
    return {
        gid: solution_lines(c) for gid, c in cells_by_id(source_nb).items() if c.metadata["nbgrader"].get("solution")
    }


def write_submission(release_nb, spec: dict, path: Path) -> None:
    nb = nbformat.from_dict(json.loads(json.dumps(release_nb)))
    by_id = cells_by_id(nb)
    for gid, source in {**spec.get("answers", {}), **spec.get("edit", {})}.items():
        by_id[gid].source = source
    deleted = set(spec.get("delete", []))
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in deleted]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)

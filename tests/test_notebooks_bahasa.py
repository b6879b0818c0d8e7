"""The course's own language checker finds nothing wrong in the participant-facing Markdown of every session.

Code blocks, code spans and URLs are skipped (deliberately wrong examples are written as code), and so
are the options of multiple-choice items (all but one are wrong on purpose); see bahasa.prosa_markdown.
"""

from __future__ import annotations

import nbformat
import pytest

from course.engines.spelling import periksa_markdown
from course.instructor.lint import source_notebooks

from .conftest import ROOT

NOTEBOOKS = source_notebooks(ROOT)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.parent.name for p in NOTEBOOKS])
def test_markdown_has_no_eyd_findings(path):
    nb = nbformat.read(path, as_version=4)
    problems = []
    for index, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "markdown":
            continue
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        for finding in periksa_markdown(cell.source):
            problems.append(f"sel {index} {grade_id}: {finding}")
    assert not problems, "\n".join(problems)


def test_every_session_is_checked():
    assert len(NOTEBOOKS) >= 1
    assert {p.parent.name for p in NOTEBOOKS} >= {"00-pengantar", "03-judul-clickbait"}

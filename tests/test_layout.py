"""The layout nbgrader users expect, and the session 00 lesson covers what a newcomer needs."""

from __future__ import annotations

import re

import nbformat

from course.sessions import MODULES, SESSIONS, assignment_name
from tools.pipeline import sessions

from .conftest import ROOT


def test_top_level_layout():
    for name in ("course", "source", "release", "autograded", "tests", "bench"):
        assert (ROOT / name).is_dir(), name
    for name in (
        "environment.yml",
        "nbgrader_config.py",
        "pyproject.toml",
        "Makefile",
        "README.md",
        ".ci/run",
        "postBuild",
        "requirements.txt",
        "MULAI.md",
    ):
        assert (ROOT / name).is_file(), name
    assert (ROOT / "course" / "__init__.py").is_file()


def test_session_folders_are_numbered_indonesian_slugs_with_one_notebook_each():
    names = sessions(ROOT)
    assert names and names[0] == "00-pengantar"
    for name in names:
        assert re.fullmatch(r"\d\d-[a-z]+(-[a-z]+)*", name), name
        assert (ROOT / "source" / name / f"{name}.ipynb").is_file(), name
        assert (ROOT / "release" / name / f"{name}.ipynb").is_file(), f"{name}: run `make release`"


def test_the_session_list_is_the_source_folders():
    """``course.sessions.SESSIONS`` (derived from the sNN_slug modules) is what source/ and release/ hold."""
    folders = sorted(p.name for p in (ROOT / "source").iterdir() if p.is_dir() and not p.name.startswith("."))
    assert list(SESSIONS) == folders
    assert sorted(p.name for p in (ROOT / "release").iterdir() if p.is_dir()) == folders
    assert sessions(ROOT) == folders
    assert [assignment_name(m) for m in MODULES] == folders
    assert all((ROOT / "course" / "sessions" / f"{m.rpartition('.')[2]}.py").is_file() for m in MODULES)


def test_autograded_output_is_not_committed():
    ignore = (ROOT / ".gitignore").read_text(encoding="utf-8")
    assert "autograded/*" in ignore and "gradebook.db" in ignore


def test_session_00_teaches_working_in_jupyterlab():
    nb = nbformat.read(ROOT / "source" / "00-pengantar" / "00-pengantar.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for topic in (
        "Shift + Enter",
        "Klik dua kali",
        "Restart Kernel",
        "Ctrl + S",
        "Validate",
        "Assignment List",
        "Submit",
        "Download",
        "Binder",
        "Tujuan belajar",
        "Ringkasan",
        "Referensi",
        "Tes Awal",
        "data sintetis",
    ):
        assert topic in text, topic
    for number in range(8):
        assert re.search(rf"\| 0{number} \|", text), f"session 0{number} missing from the course map"

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
        "Dimulai lagi kernel",  # the label the Indonesian language pack shows for Restart Kernel
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
    for name in SESSIONS:
        number = name[:2]
        assert re.search(rf"\| {number} \|", text), f"session {number} missing from the course map"


# ------------------------------------------------------------------------- the Lembar contekan (cheat sheet)

CHEAT_SHEET = "lembar-contekan.md"
CANONICAL = ROOT / "source" / "00-pengantar" / CHEAT_SHEET


def test_every_session_folder_ships_the_same_lembar_contekan():
    """One page beside every notebook: nbgrader releases a session folder whole, so a participant who fetched
    only one session on the hub, a self-learner on Binder (release/) and the release all have it."""
    canonical = CANONICAL.read_bytes()
    for name in SESSIONS:
        copy = ROOT / "source" / name / CHEAT_SHEET
        assert copy.is_file() and copy.read_bytes() == canonical, (
            f"run: cp {CANONICAL.relative_to(ROOT)} {copy.parent.relative_to(ROOT)}/"
        )
        released = ROOT / "release" / name / CHEAT_SHEET
        assert released.is_file() and released.read_bytes() == canonical, (
            f"{released.relative_to(ROOT)}: run `make release`"
        )
    ignored = [p.strip("*") for p in _nbgrader_ignore()]
    assert not any(CHEAT_SHEET.endswith(p) or CHEAT_SHEET.startswith(p) for p in ignored if p)


def _nbgrader_ignore() -> list[str]:
    text = (ROOT / "nbgrader_config.py").read_text(encoding="utf-8")
    match = re.search(r"c\.CourseDirectory\.ignore = \[(.*?)\]", text)
    assert match, "nbgrader_config.py sets no CourseDirectory.ignore"
    return re.findall(r'"([^"]+)"', match.group(1))


def test_every_session_notebook_links_the_lembar_contekan_and_the_link_resolves():
    for name in SESSIONS:
        nb = nbformat.read(ROOT / "source" / name / f"{name}.ipynb", as_version=4)
        targets = [
            target
            for cell in nb.cells
            if cell.cell_type == "markdown"
            for target in re.findall(r"\]\(([^)\s]+)\)", cell.source)
            if target.rsplit("/", 1)[-1] == CHEAT_SHEET
        ]
        assert targets, f"{name} has no Markdown link to {CHEAT_SHEET}"
        for target in targets:
            assert (ROOT / "source" / name / target).resolve() == (ROOT / "source" / name / CHEAT_SHEET), target


def test_the_lembar_contekan_is_one_page_of_the_forms_the_course_uses():
    """Text, numbers, lists, dicts, a formula, a helper call, reading messages, saving and checking; every
    example is valid Python of the fill-in-the-value kind, and the page passes the course's EYD checker."""
    import ast

    from course.engines.spelling import periksa_markdown

    text = CANONICAL.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 60
    for topic in ("Teks", "Angka", "Rumus", "Daftar", "Kamus", "Alat bantu", "Petunjuk", "Ctrl + S", "Validate"):
        assert topic in text, topic
    examples = re.findall(r"^\| [^|]+ \| `([^`]+)` \|", text, flags=re.M)
    assert len(examples) >= 8
    for example in examples:
        tree = ast.parse(example)
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.Attribute, ast.Subscript, ast.Compare, ast.For, ast.comprehension)), (
                example
            )
    assert periksa_markdown(text) == []


def test_the_messages_the_lembar_contekan_explains_are_the_courses_real_messages():
    """Each message head quoted in section 2 starts a message the course really prints (run here)."""
    import contextlib
    import io

    from course.checks import cek
    from course.errors import explain

    real = []
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cek("pemanasan_2", 8.5)  # right
        cek("tes_akhir_01", "A")  # a test item: recorded only
    real += out.getvalue().splitlines()
    for wrong in (None, 7.3):
        try:
            cek("pemanasan_2", wrong)
        except Exception as exc:  # the course's own exceptions, explained below
            real.append(explain(exc))
    for source in ('x = "abc', "jawaban_O1"):
        try:
            exec(compile(source, "<sel>", "exec"), {})
        except Exception as exc:
            real.append(explain(exc, ["jawaban_01"]))
    section = CANONICAL.read_text(encoding="utf-8").split("## 2.", 1)[1].split("## 3.", 1)[0]
    heads = re.findall(r"^- \*\*(?:✅|❌|✔) (.+?)\*\*", section, flags=re.M)
    assert len(heads) >= 5
    for head in heads:
        pattern = re.escape(head.rstrip(":!.")).replace(re.escape("..."), ".+?")
        assert any(re.match(pattern, message.lstrip("✅✔❌ ")) for message in real), (head, real)

"""The layout rules of ``course/``, checked on the source with ``ast`` (nothing is imported).

``course/`` is split by where the code runs: the participant runtime (``course/*.py``), one module per
session notebook (``course/sessions/``), pure checkers and data tools (``course/engines/``), interactive
tools (``course/widgets/``) and the instructor's side (``course/instructor/``). ``tools/`` and ``tests/``
live in the repository only. The rules below keep those parts apart; CONTRIBUTING.md states them too.

Every rule is a function ``rule(tree) -> list[str]`` over a ``Tree`` (the parsed modules under one
root), so the same checker runs on the repository and on small broken trees written to ``tmp_path``,
which proves that each rule can fail.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60

# The participant runtime a widget may import (besides course.engines and its own package).
RUNTIME = ("course", "course.errors", "course.vocabulary", "course.answer_keys")
# Engines are pure: none of these.
ENGINE_FORBIDDEN = ("course.sessions", "course.checks", "course.widgets", "course.instructor")
SESSION_NAME = re.compile(r"^s\d\d_[a-z0-9_]+$")

# Session modules mirror their notebook folders (source/NN-slug -> sNN_slug), so their slug stays Indonesian.
SESSION_MODULES = {
    "s00_pengantar",
    "s01_konten_medsos",
    "s02_analisis_engagement",
    "s03_judul_clickbait",
    "s04_media_massa",
    "s05_siaran_pers",
    "s06_konferensi_pers",
    "s07_proyek_akhir",
    "s08_tes_akhir",
}
# Every other module or folder name under course/ is made of these English words ("_" between words).
# A new English word goes here; an Indonesian name is renamed instead.
ENGLISH_WORDS = {
    "answer", "keys", "checks", "errors", "itembank", "vocabulary", "data",
    "engines", "clickbait", "engagement", "files", "press", "release", "spelling", "synthetic",
    "sessions", "shared",
    "connections", "hints",
    "widgets", "explorer", "headline", "checker", "posting", "hours", "editor", "rundown", "planner",
    "verification", "checklist",
    "instructor", "certificates", "cli", "exchange", "export", "gradebook", "grading", "lint", "report",
    "roster", "sandbox",
    "course", "common", "base", "core", "text", "messages", "scoring", "items", "bank", "calendar", "schedule",
    "charts", "plots", "dates", "names", "platforms", "reader", "loader", "models", "rules", "words",
    "dictionary", "releases", "headlines", "scenarios", "advisory", "media", "plan", "project", "verdicts",
    "registry", "hashes", "submissions", "cohort", "summary", "tables", "table", "region", "style", "worker", "workers", "commands",
    "frames", "features", "conference", "parts", "results", "numbers", "page", "nbgrader", "patches", "outcome",
    "pool", "processes", "reasons", "render", "indonesian", "parser", "handover", "judge", "safe", "output",
    "collect", "canary", "lock", "folders", "inbound",
    "captions", "contest", "post", "citizen", "replies", "reply", "clarification", "ethics", "answers", "qa",
    "rubric", "desk", "marks", "store",
    "programme", "intakes", "intake", "accounts",
}  # fmt: skip


# --------------------------------------------------------------------------------------------- the tree


@dataclass(frozen=True)
class Import:
    """One imported module (``target``) and, for ``from target import name``, the name."""

    target: str
    name: str | None
    line: int
    text: str


@dataclass
class Module:
    path: Path  # relative to the root, e.g. course/engines/spelling.py
    dotted: str  # course.engines.spelling (a package is named by its folder)
    source: str
    node: ast.Module
    imports: list[Import]

    @property
    def where(self) -> str:
        return self.path.as_posix()


class Tree:
    """Every ``.py`` file under ``root/course``, parsed, with its imports resolved to absolute names."""

    def __init__(self, root: Path):
        self.root = root
        files = sorted(p for p in (root / "course").rglob("*.py") if "__pycache__" not in p.parts)
        names = {_dotted(p.relative_to(root)) for p in files}
        self.module_names = names
        self.modules: list[Module] = []
        for path in files:
            rel = path.relative_to(root)
            source = path.read_text(encoding="utf-8")
            node = ast.parse(source, filename=str(rel))
            dotted = _dotted(rel)
            self.modules.append(Module(rel, dotted, source, node, _imports(node, rel, dotted, names)))

    def under(self, folder: str) -> list[Module]:
        return [m for m in self.modules if m.path.parts[: len(folder.split("/"))] == tuple(folder.split("/"))]


def _dotted(rel: Path) -> str:
    parts = list(rel.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(node: ast.Module, rel: Path, dotted: str, names: set[str]) -> list[Import]:
    """All imports anywhere in the module (top level, inside functions, under ``if``), absolute."""
    package = dotted if rel.name == "__init__.py" else dotted.rpartition(".")[0]
    found = []
    for item in ast.walk(node):
        if isinstance(item, ast.Import):
            for alias in item.names:
                found.append(Import(alias.name, None, item.lineno, f"import {alias.name}"))
        elif isinstance(item, ast.ImportFrom):
            base = _absolute(package, item.module, item.level)
            shown = f"from {'.' * item.level}{item.module or ''} import "
            for alias in item.names:
                text = shown + alias.name
                candidate = f"{base}.{alias.name}"
                if alias.name != "*" and candidate in names:  # `from course.sessions import s01_x` names a module
                    found.append(Import(candidate, None, item.lineno, text))
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.append(Import(base, alias.name, item.lineno, text))
                else:
                    found.append(Import(base, alias.name, item.lineno, text))
        elif isinstance(item, ast.Call) and _is_dynamic_import(item):
            target = item.args[0].value
            found.append(Import(target, None, item.lineno, f"import_module({target!r})"))
    return found


def _absolute(package: str, module: str | None, level: int) -> str:
    if level == 0:
        return module or ""
    parts = package.split(".")
    base = parts[: len(parts) - (level - 1)] if level > 1 else parts
    return ".".join(base + ([module] if module else []))


def _is_dynamic_import(call: ast.Call) -> bool:
    """``importlib.import_module("x")`` or ``__import__("x")`` with a literal name."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return (
        name in ("import_module", "__import__")
        and bool(call.args)
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    )


def _within(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def _is_session(dotted: str) -> bool:
    parts = dotted.split(".")
    return len(parts) >= 3 and parts[:2] == ["course", "sessions"] and bool(SESSION_NAME.match(parts[2]))


def _report(module: Module, imp: Import, what: str) -> str:
    return f"{module.where}:{imp.line}: `{imp.text}` ({what})"


# --------------------------------------------------------------------------------------------- the rules


def sessions_stay_apart(tree: Tree) -> list[str]:
    """A session module never imports another session module."""
    return [
        _report(m, imp, f"imports session {imp.target.split('.')[2]}")
        for m in tree.modules
        if _is_session(m.dotted)
        for imp in m.imports
        if _is_session(imp.target) and imp.target.split(".")[2] != m.dotted.split(".")[2]
    ]


def engines_are_pure(tree: Tree) -> list[str]:
    """An engine imports no session, no check registry, no widget and nothing of the instructor."""
    return [
        _report(m, imp, "an engine must not depend on it")
        for m in tree.under("course/engines")
        for imp in m.imports
        if any(_within(imp.target, p) for p in ENGINE_FORBIDDEN)
    ]


def engines_do_not_print(tree: Tree) -> list[str]:
    return [
        f"{m.where}:{call.lineno}: print(...)"
        for m in tree.under("course/engines")
        for call in ast.walk(m.node)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "print"
    ]


def instructor_is_private(tree: Tree) -> list[str]:
    """Only course/instructor/ imports course.instructor (participants' kernels never load it)."""
    return [
        _report(m, imp, "course.instructor is the instructor's side")
        for m in tree.modules
        if not _within(m.dotted, "course.instructor")
        for imp in m.imports
        if _within(imp.target, "course.instructor")
    ]


def widgets_use_runtime_and_engines(tree: Tree) -> list[str]:
    def allowed(target: str) -> bool:
        return target in RUNTIME or _within(target, "course.engines") or _within(target, "course.widgets")

    return [
        _report(m, imp, "a widget imports only the runtime and course.engines")
        for m in tree.under("course/widgets")
        for imp in m.imports
        if _within(imp.target, "course") and not allowed(imp.target)
    ]


def course_never_imports_repository_code(tree: Tree) -> list[str]:
    return [
        _report(m, imp, f"{imp.target.split('.')[0]}/ is repository-only and never installed")
        for m in tree.modules
        for imp in m.imports
        if _within(imp.target, "tools") or _within(imp.target, "tests")
    ]


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def no_private_imports(tree: Tree) -> list[str]:
    problems = []
    for m in tree.modules:
        for imp in m.imports:
            if not _within(imp.target, "course") or imp.target == m.dotted:
                continue
            if imp.name and _private(imp.name):
                problems.append(_report(m, imp, f"`{imp.name}` is private to {imp.target}"))
            elif not imp.name and any(_private(part) for part in imp.target.split(".")):
                problems.append(_report(m, imp, f"{imp.target} is a private module"))
    return problems


def modules_are_short(tree: Tree) -> list[str]:
    return [f"{m.where}: {n} lines" for m in tree.modules if (n := len(m.source.splitlines())) > MAX_MODULE_LINES]


def functions_are_short(tree: Tree) -> list[str]:
    return [
        f"{m.where}:{f.lineno}: {f.name}() has {n} lines"
        for m in tree.modules
        for f in ast.walk(m.node)
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
        and (n := (f.end_lineno or f.lineno) - f.lineno + 1) > MAX_FUNCTION_LINES
    ]


def packages_have_documented_inits(tree: Tree) -> list[str]:
    problems = []
    folders = sorted({m.path.parent for m in tree.modules})
    for folder in folders:
        init = tree.root / folder / "__init__.py"
        if not init.exists():
            problems.append(f"{folder.as_posix()}/: no __init__.py")
        elif ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) is None:
            problems.append(f"{folder.as_posix()}/__init__.py: no docstring")
    return problems


def names_are_english(tree: Tree) -> list[str]:
    problems = []
    for m in tree.modules:
        rel = m.path.with_suffix("")
        for depth, part in enumerate(rel.parts):
            session = depth == 2 and rel.parts[1] == "sessions" and part in SESSION_MODULES
            if session or part in ("__init__", "__main__"):
                continue
            unknown = [w for w in part.split("_") if w and w not in ENGLISH_WORDS]
            if unknown:
                problems.append(f"{'/'.join(rel.parts[: depth + 1])}: {', '.join(unknown)}")
    return sorted(set(problems))


RULES: dict[str, tuple[Callable[[Tree], list[str]], str]] = {
    "sessions_stay_apart": (
        sessions_stay_apart,
        "A session module imports another session. Move what both need to course/sessions/shared.py "
        "(or to the runtime or an engine) and import it from there.",
    ),
    "engines_are_pure": (
        engines_are_pure,
        "An engine depends on a session, the check registry, a widget or the instructor side. Engines are "
        "pure checkers and data tools: move the dependent code to the session or widget that uses the engine.",
    ),
    "engines_do_not_print": (
        engines_do_not_print,
        "An engine prints. Return the text (or a report object with a __str__) and let the session, widget "
        "or CLI show it.",
    ),
    "instructor_is_private": (
        instructor_is_private,
        "Code outside course/instructor/ imports course.instructor, which would load grading code in "
        "participants' kernels. Move the shared piece into the runtime or an engine.",
    ),
    "widgets_use_runtime_and_engines": (
        widgets_use_runtime_and_engines,
        f"A widget imports more than the runtime {RUNTIME} and course.engines. Move the code it needs into "
        "an engine, or let the session module pass it to the widget.",
    ),
    "course_never_imports_repository_code": (
        course_never_imports_repository_code,
        "course/ imports tools/ or tests/, which are not installed for participants or on the hub. Move the "
        "code into course/ (an engine) and let tools/ import it from there.",
    ),
    "no_private_imports": (
        no_private_imports,
        "A module imports a private name (leading underscore) from another course module. Make the name "
        "public (drop the underscore, give it a docstring) or move the code where it is used.",
    ),
    "modules_are_short": (
        modules_are_short,
        f"A module under course/ is longer than {MAX_MODULE_LINES} lines. Split it by what the parts do.",
    ),
    "functions_are_short": (
        functions_are_short,
        f"A function is longer than {MAX_FUNCTION_LINES} lines (def line to last line). Split it into named steps.",
    ),
    "packages_have_documented_inits": (
        packages_have_documented_inits,
        "A package folder under course/ lacks an __init__.py with a docstring saying what the folder holds "
        "and where it runs. Add one.",
    ),
    "names_are_english": (
        names_are_english,
        "A module or folder name under course/ has a word that is not in ENGLISH_WORDS "
        "(tests/test_architecture.py). Rename it in English, saying what the code does; if the word is English "
        "already, add it to ENGLISH_WORDS. Session modules sNN_slug mirror source/NN-slug and are listed in "
        "SESSION_MODULES.",
    ),
}


# --------------------------------------------------------------------------------------------- the repository


@pytest.fixture(scope="module")
def tree() -> Tree:
    return Tree(ROOT)


@pytest.mark.parametrize("rule", list(RULES))
def test_rule_holds_in_course(tree, rule):
    check, advice = RULES[rule]
    problems = check(tree)
    assert not problems, advice + "\n" + "\n".join(problems)


def test_session_allow_list_mirrors_the_notebook_folders():
    folders = {"s" + p.name.replace("-", "_") for p in (ROOT / "source").glob("[0-9][0-9]-*") if p.is_dir()}
    assert folders == SESSION_MODULES, (
        "SESSION_MODULES in tests/test_architecture.py must list one sNN_slug per source/NN-slug folder: "
        f"add {sorted(folders - SESSION_MODULES)}, remove {sorted(SESSION_MODULES - folders)}."
    )


def test_the_checker_sees_the_real_imports(tree):
    """A guard against a checker that finds nothing: the real tree has imports of every kind it handles."""
    targets = {imp.target for m in tree.modules for imp in m.imports}
    assert "course.errors" in targets
    assert any(_is_session(m.dotted) for m in tree.modules)
    assert tree.under("course/engines") and tree.under("course/widgets") and tree.under("course/instructor")


# --------------------------------------------------------------------------------------------- broken trees


def write(root: Path, files: dict[str, str]) -> Tree:
    """A tree with documented packages, plus ``files`` (path -> source)."""
    base = {
        "course/__init__.py": '"""Runtime."""\n',
        "course/errors.py": "class InputError(Exception):\n    pass\n",
        "course/checks.py": "def _registry():\n    return {}\n",
        "course/sessions/__init__.py": '"""Sessions."""\nSESSIONS = ()\n',
        "course/sessions/shared.py": "def helper():\n    return 1\n",
        "course/sessions/s01_konten_medsos.py": "def a():\n    return 1\n",
        "course/sessions/s02_analisis_engagement.py": "def b():\n    return 2\n",
        "course/engines/__init__.py": '"""Engines."""\n',
        "course/engines/spelling.py": "def check(text):\n    return text\n",
        "course/widgets/__init__.py": '"""Widgets."""\n',
        "course/instructor/__init__.py": '"""Instructor."""\n',
        "course/instructor/grading.py": "def grade():\n    return 0\n",
    }
    for rel, text in {**base, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Tree(root)


def test_a_clean_synthetic_tree_passes_every_rule(tmp_path):
    tree = write(tmp_path, {
        "course/sessions/s01_konten_medsos.py": "from course.sessions import SESSIONS\nfrom .shared import helper\n",
        "course/widgets/release_editor.py": "from course.engines import spelling\nfrom course.errors import InputError\n",
        "course/instructor/cli.py": "from course.instructor.grading import grade\nfrom . import grading\n",
    })  # fmt: skip
    assert {name: check(tree) for name, (check, _) in RULES.items()} == {name: [] for name in RULES}


@pytest.mark.parametrize(
    ("rule", "files", "expected"),
    [
        ("sessions_stay_apart", {"course/sessions/s02_analisis_engagement.py": "from course.sessions.s01_konten_medsos import a\n"},
         "course/sessions/s02_analisis_engagement.py:1: `from course.sessions.s01_konten_medsos import a`"),
        ("sessions_stay_apart", {"course/sessions/s02_analisis_engagement.py": "def f():\n    from . import s01_konten_medsos\n"},
         "course/sessions/s02_analisis_engagement.py:2: `from . import s01_konten_medsos`"),
        ("sessions_stay_apart", {"course/sessions/s02_analisis_engagement.py": "from course.sessions import s01_konten_medsos as k\n"},
         "`from course.sessions import s01_konten_medsos`"),
        ("sessions_stay_apart", {"course/sessions/s02_analisis_engagement.py": "import course.sessions.s01_konten_medsos\n"},
         "`import course.sessions.s01_konten_medsos`"),
        ("engines_are_pure", {"course/engines/spelling.py": "from course.checks import register\n"},
         "course/engines/spelling.py:1: `from course.checks import register`"),
        ("engines_are_pure", {"course/engines/spelling.py": "def f():\n    from ..sessions import shared\n"},
         "course/engines/spelling.py:2: `from ..sessions import shared`"),
        ("engines_are_pure", {"course/engines/clickbait.py": "import course.widgets.release_editor\n"},
         "`import course.widgets.release_editor`"),
        ("engines_are_pure", {"course/engines/clickbait.py": "from course.instructor import grading\n"},
         "`from course.instructor import grading`"),
        ("engines_do_not_print", {"course/engines/spelling.py": "def check(text):\n    print(text)\n"},
         "course/engines/spelling.py:2: print(...)"),
        ("instructor_is_private", {"course/checks.py": "def f():\n    from course.instructor.grading import grade\n"},
         "course/checks.py:2: `from course.instructor.grading import grade`"),
        ("instructor_is_private", {"course/sessions/shared.py": "from ..instructor import grading\n"},
         "course/sessions/shared.py:1: `from ..instructor import grading`"),
        ("instructor_is_private", {"course/checks.py": "import importlib\nimportlib.import_module('course.instructor.grading')\n"},
         "course/checks.py:2: `import_module('course.instructor.grading')`"),
        ("widgets_use_runtime_and_engines", {"course/widgets/posting_hours.py": "from course.checks import cek\n"},
         "course/widgets/posting_hours.py:1: `from course.checks import cek`"),
        ("widgets_use_runtime_and_engines", {"course/widgets/posting_hours.py": "from ..sessions.shared import helper\n"},
         "`from ..sessions.shared import helper`"),
        ("course_never_imports_repository_code", {"course/engines/spelling.py": "from tools import pipeline\n"},
         "course/engines/spelling.py:1: `from tools import pipeline`"),
        ("course_never_imports_repository_code", {"course/checks.py": "def f():\n    import tests.synthetic\n"},
         "course/checks.py:2: `import tests.synthetic`"),
        ("no_private_imports", {"course/sessions/shared.py": "from course.checks import _registry\n"},
         "course/sessions/shared.py:1: `from course.checks import _registry` (`_registry` is private to course.checks)"),
        ("no_private_imports", {"course/engines/_tables.py": "X = 1\n", "course/engines/spelling.py": "from . import _tables\n"},
         "course/engines/spelling.py:1: `from . import _tables`"),
        ("no_private_imports", {"course/engines/_tables.py": "X = 1\n", "course/sessions/shared.py": "import course.engines._tables\n"},
         "course/sessions/shared.py:1: `import course.engines._tables` (course.engines._tables is a private module)"),
        ("modules_are_short", {"course/engines/spelling.py": "X = 1\n" * 501},
         "course/engines/spelling.py: 501 lines"),
        ("functions_are_short", {"course/engines/spelling.py": "class A:\n    def m(self):\n" + "        x = 1\n" * 60 + "\nX = 1\n"},
         "course/engines/spelling.py:2: m() has 61 lines"),
        ("functions_are_short", {"course/engines/spelling.py": "@staticmethod\ndef f():\n" + "    x = 1\n" * 60},
         "course/engines/spelling.py:2: f() has 61 lines"),
        ("packages_have_documented_inits", {"course/engines/__init__.py": "X = 1\n"},
         "course/engines/__init__.py: no docstring"),
        ("packages_have_documented_inits", {"course/charts/plots.py": "X = 1\n"},
         "course/charts/: no __init__.py"),
        ("names_are_english", {"course/kunci.py": "X = 1\n"}, "course/kunci: kunci"),
        ("names_are_english", {"course/penjelajah/__init__.py": '"""x"""\n'}, "course/penjelajah: penjelajah"),
        ("names_are_english", {"course/sessions/s08_humas_digital.py": "X = 1\n"},
         "course/sessions/s08_humas_digital: s08, humas, digital"),
    ],
)  # fmt: skip
def test_rule_reports_a_broken_tree(tmp_path, rule, files, expected):
    check, _ = RULES[rule]
    problems = check(write(tmp_path, files))
    assert any(expected in p for p in problems), problems


def test_sixty_line_function_is_allowed(tmp_path):
    tree = write(tmp_path, {"course/engines/spelling.py": "def f():\n" + "    x = 1\n" * 59})
    assert functions_are_short(tree) == []


def test_relative_imports_resolve_from_the_package(tmp_path):
    tree = write(tmp_path, {
        "course/sessions/__init__.py": '"""Sessions."""\nfrom . import shared\nfrom .. import errors\n',
        "course/sessions/shared.py": "from ..engines.spelling import check\nfrom . import s01_konten_medsos\n",
    })  # fmt: skip
    found = {m.dotted: sorted(i.target for i in m.imports) for m in tree.modules}
    assert found["course.sessions"] == ["course.errors", "course.sessions.shared"]
    assert found["course.sessions.shared"] == ["course.engines.spelling", "course.sessions.s01_konten_medsos"]


# --------------------------------------------------------------------------------------------- the notebooks


def notebook_imports(notebook: Path) -> list[tuple[int, str]]:
    """(cell number, imported module) of every course import in a notebook's code cells."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    found = []
    for number, cell in enumerate(cells):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        code = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.append((number, node.module))
            elif isinstance(node, ast.Import):
                found.extend((number, alias.name) for alias in node.names)
    return [(n, m) for n, m in found if _within(m, "course")]


@pytest.mark.parametrize("session", sorted(p.name for p in (ROOT / "source").glob("[0-9][0-9]-*") if p.is_dir()))
def test_notebook_imports_course_its_session_and_widgets(session):
    own = "course.sessions.s" + session.replace("-", "_")
    wrong = [
        f"cell {n}: {m}"
        for n, m in notebook_imports(ROOT / "source" / session / f"{session}.ipynb")
        if m != "course" and m != own and not _within(m, "course.widgets")
    ]
    assert not wrong, (
        f"source/{session} imports {wrong}. A notebook imports only `course`, its own session module ({own}) "
        "and course.widgets: re-export what the lesson needs from the session module (its __all__)."
    )


def test_notebook_imports_are_read_from_code_cells(tmp_path):
    notebook = tmp_path / "x.ipynb"
    cells = [
        {"cell_type": "markdown", "source": ["from course.engines import spelling"]},
        {"cell_type": "code", "source": ["%matplotlib inline\n", "from course import cek\n"]},
        {"cell_type": "code", "source": ["def f():\n", "    import course.engines.spelling as s\n"]},
    ]
    notebook.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    assert notebook_imports(notebook) == [(1, "course"), (2, "course.engines.spelling")]

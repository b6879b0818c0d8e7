"""Binder for self-learners, as repo2docker builds it, with pip in place of conda.

A fresh virtual environment gets the pip twin of ``environment.yml`` (the same
packages and versions, transitive pins from ``constraints.txt``; installed with uv
from its cache, seconds instead of minutes), a copy of the repository as Binder clones it, and ``postBuild`` run
there as repo2docker runs it (from the repository root, default config level). Then a
released notebook runs in that environment: untouched, its first self-check answers
in Indonesian without a traceback; answered, every self-check passes. The start page
tells a self-learner what to open first and that Binder does not keep their work.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml

from tools.browser import prepare, released_sessions

from .conftest import ROOT
from .lab_language import OVERRIDES, language, running_lab

IGNORE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    "*.egg-info",
    "autograded",
    "submitted",
    "feedback",
    "gradebook.db",
    ".ipynb_checkpoints",
    "screenshots",
    "artefacts",
)


def pip_twin(environment_yml: Path) -> list[str]:
    """``environment.yml``'s packages as pip requirements (``python`` and ``pip`` left out): its conda
    packages, and its ``pip:`` section (what conda-forge does not carry) as it stands."""
    env = yaml.safe_load(environment_yml.read_text(encoding="utf-8"))
    found = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            found.extend(dep["pip"])
            continue
        name, version = re.match(r"^([A-Za-z0-9_.-]+)\s*(?:==?\s*(\S+))?$", dep).groups()
        if name.lower() not in ("python", "pip"):
            found.append(f"{name}=={version}")
    return found


@pytest.fixture(scope="module")
def binder(tmp_path_factory):
    base = tmp_path_factory.mktemp("binder")
    repo = base / "repo"
    shutil.copytree(ROOT, repo, ignore=IGNORE)
    venv = base / "env"
    python = getattr(sys, "_base_executable", sys.executable)
    uv = str(Path(sys.executable).parent / "uv")
    # --seed: pip in the environment, as in Binder's (postBuild calls `python -m pip`).
    subprocess.run(
        [uv, "venv", "--quiet", "--seed", "--python", python, str(venv)], check=True, capture_output=True, timeout=300
    )
    twin = base / "requirements-binder.txt"
    twin.write_text("\n".join(pip_twin(repo / "environment.yml")) + "\n", encoding="utf-8")
    install = subprocess.run(
        [
            uv,
            "pip",
            "install",
            "--quiet",
            "--python",
            str(venv / "bin" / "python"),
            "-r",
            str(twin),
            "-c",
            str(ROOT / "constraints.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "VIRTUAL_ENV", "PYTHON"))}
    env.update(
        PATH=os.pathsep.join([str(venv / "bin"), "/usr/bin", "/bin"]), HOME=str(base / "home"), PYTHONWARNINGS="ignore"
    )
    (base / "home").mkdir()
    post = subprocess.run(["bash", "postBuild"], cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert post.returncode == 0, post.stdout + post.stderr
    return {"repo": repo, "venv": venv, "env": env, "postbuild": post.stdout}


def run_in(binder, *args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binder["venv"] / "bin" / args[0]), *args[1:]],
        cwd=cwd or binder["repo"],
        env=binder["env"],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_twin_is_environment_yml():
    twin = pip_twin(ROOT / "environment.yml")
    pinned = [line.split("#", 1)[0].strip() for line in (ROOT / "requirements.txt").read_text().splitlines()]
    assert sorted(twin) == sorted(p for p in pinned if p)


def test_postbuild_installs_course_and_hides_instructor_tools(binder):
    assert "Binder siap" in binder["postbuild"]
    where = run_in(binder, "python", "-c", "import course; print(course.__file__)", cwd=binder["repo"].parent)
    assert where.stdout.strip() == str(binder["repo"] / "course" / "__init__.py"), where.stderr
    lab = run_in(binder, "jupyter", "labextension", "list")
    text = re.sub(r"\x1b\[[0-9;]*m", "", lab.stdout + lab.stderr)
    disabled = text.split("Disabled extensions:", 1)[1]
    assert "@jupyter/nbgrader:formgrader" in disabled and "validate-assignment" not in disabled
    assert re.search(r"@jupyter-widgets/jupyterlab-manager v\S+ enabled OK", text), text


def execute(binder, notebook: Path) -> nbformat.NotebookNode:
    run = run_in(
        binder,
        "jupyter",
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        "--allow-errors",
        "--ExecutePreprocessor.timeout=120",
        "--output",
        notebook.stem + ".hasil",
        str(notebook),
        cwd=notebook.parent,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return nbformat.read(notebook.parent / f"{notebook.stem}.hasil.ipynb", as_version=4)


def outputs_text(nb) -> list[str]:
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream":
                texts.append(out.get("text", ""))
            elif out.get("output_type") == "error":
                texts.append("ERROR " + out.get("ename", "") + ": " + "\n".join(out.get("traceback", [])))
            else:
                texts.append(json.dumps(out.get("data", {}), ensure_ascii=False))
    return texts


def test_untouched_session_answers_in_indonesian_without_a_traceback(binder):
    session = released_sessions()[0]
    notebook = binder["repo"] / "release" / session / f"{session}.ipynb"
    texts = outputs_text(execute(binder, notebook))
    errors = [t for t in texts if t.startswith("ERROR")]
    assert errors, "an untouched release must fail its first self-check"
    assert "Belum diisi" in errors[0]
    assert "Traceback (most recent call last)" not in "\n".join(texts)


def test_answered_session_passes_every_self_check(binder, tmp_path):
    session = released_sessions()[0]
    notebook = prepare(session, binder["repo"] / "mandiri")
    nb = execute(binder, notebook)
    texts = outputs_text(nb)
    assert not [t for t in texts if t.startswith("ERROR")], [t for t in texts if t.startswith("ERROR")][:2]
    checks = sum(1 for c in nb.cells if 'cek("' in c.source and c.cell_type == "code")
    assert sum(t.count("\u2705") + t.count("\u2714") for t in texts) >= checks


def test_start_page_tells_a_self_learner_where_to_begin_and_what_binder_keeps():
    text = (ROOT / "MULAI.md").read_text(encoding="utf-8")
    first = released_sessions()[0]
    assert f"release/{first}/" in text.split("## Daftar sesi", 1)[0], "MULAI.md must say which notebook to open first"
    assert "tidak menyimpan" in text and "Download" in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "urlpath=lab/tree/MULAI.md" in readme


def test_binder_opens_in_indonesian_without_a_manual_step(binder):
    """postBuild (Binder's default level: the environment) leaves the settings overrides, and a real
    JupyterLab of that environment offers Indonesian as its default language, from the pinned pack."""
    overrides = binder["venv"] / "etc" / "jupyter" / "labconfig" / "default_setting_overrides.json"
    assert overrides.read_text(encoding="utf-8") == OVERRIDES.read_text(encoding="utf-8")
    env = dict(binder["env"], JUPYTER_CONFIG_DIR=str(binder["repo"].parent / "home" / ".jupyter"))
    with running_lab(str(binder["venv"] / "bin" / "jupyter"), env, binder["repo"].parent) as (url, headers):
        shown = language(url, headers)
    assert shown["locale"] == "id_ID" and shown["user"] is None
    assert shown["labels"]["Settings"] == ["Pengaturan"] and shown["labels"]["Run"] == ["Menjalankan"]

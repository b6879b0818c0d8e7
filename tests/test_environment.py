"""Set-up: pinned stack, Binder twin, postBuild, nbgrader config, README commands, `make lab`."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from importlib import metadata
from pathlib import Path

import yaml
from traitlets.config.loader import PyFileConfigLoader

from .conftest import ROOT
from .lab_language import OVERRIDES, language, stop_process_group


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            found[name.strip().lower()] = version.strip()
    return found


# Packages conda-forge does not carry, installed from PyPI through environment.yml's pip: section.
PIP_ONLY = {"jupyterlab-language-pack-id-id"}


def conda_pins() -> dict[str, str]:
    """conda-forge packages of environment.yml, and the pinned packages of its pip: section."""
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    found, sections = {}, 0
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            assert list(dep) == ["pip"], dep  # the only non-conda section conda and repo2docker understand
            sections += 1
            for line in dep["pip"]:
                name, version = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line).groups()  # pinned, like the rest
                found[f"pip:{name.lower()}"] = version
            continue
        name, version = re.match(r"^([A-Za-z0-9_.-]+)\s*(?:==?\s*(\S+))?$", dep).groups()
        found[name.lower()] = version or ""
    assert sections <= 1
    return found


def test_environment_yml_and_requirements_list_the_same_packages_and_versions():
    conda = conda_pins()
    assert conda.pop("python") == "3.11"  # pandas 3 needs 3.11+; Binder's default is older
    assert conda.pop("pip") == ""  # conda's pip, which installs the pip: section
    from_pip = {name.removeprefix("pip:") for name in conda if name.startswith("pip:")}
    assert from_pip == PIP_ONLY  # a conda-forge package stays a conda package
    assert {name.removeprefix("pip:"): version for name, version in conda.items()} == pins(ROOT / "requirements.txt")


def test_the_indonesian_language_pack_is_pinned_and_installed():
    assert pins(ROOT / "requirements.txt")["jupyterlab-language-pack-id-id"] == "4.5.post3"
    import jupyterlab_language_pack_id_ID as pack

    messages = Path(pack.__file__).parent / "locale" / "id_ID" / "LC_MESSAGES" / "jupyterlab.json"
    labels = json.loads(messages.read_text(encoding="utf-8"))
    assert labels["Settings"] == ["Pengaturan"] and labels["Run"] == ["Menjalankan"]


def test_one_overrides_file_makes_indonesian_the_default_everywhere():
    source = OVERRIDES
    overrides = json.loads(source.read_text(encoding="utf-8"))
    assert overrides["@jupyterlab/translation-extension:plugin"] == {"locale": "id_ID"}
    # the pack leaves the menu bar's titles English; the overrides name them in Indonesian
    menus = {m["id"]: m["label"] for m in overrides["@jupyterlab/mainmenu-extension:plugin"]["menus"]}
    assert menus == {
        "jp-mainmenu-file": "Berkas",
        "jp-mainmenu-edit": "Sunting",
        "jp-mainmenu-view": "Tampilan",
        "jp-mainmenu-run": "Jalankan",
        "jp-mainmenu-kernel": "Kernel",
        "jp-mainmenu-tabs": "Tab",
        "jp-mainmenu-settings": "Pengaturan",
        "jp-mainmenu-help": "Bantuan",
    }
    relative = str(source.relative_to(ROOT))
    # `make install` copies it into the environment and reinstalls when it changes.
    dry = subprocess.run(
        ["make", "-n", "-W", relative, ".venv/.installed"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert dry.returncode == 0, dry.stderr
    assert re.search(rf"cp {re.escape(relative)} \.venv/etc/jupyter/labconfig/", dry.stdout), dry.stdout
    assert relative in (ROOT / "postBuild").read_text(encoding="utf-8")
    assert relative in (ROOT / "deploy" / "kubernetes" / "Dockerfile").read_text(encoding="utf-8")


def test_constraints_agree_with_the_pins():
    constraints = pins(ROOT / "constraints.txt")
    for name, version in {**pins(ROOT / "requirements.txt"), **pins(ROOT / "requirements-dev.txt")}.items():
        assert constraints.get(name) == version, name


def test_the_running_environment_is_the_pinned_one():
    for name, version in pins(ROOT / "requirements.txt").items():
        assert metadata.version(name) == version, name


def test_nbgrader_and_widget_lab_extensions_are_enabled():
    out = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"], capture_output=True, text=True)
    text = re.sub(r"\x1b\[[0-9;]*m", "", out.stdout + out.stderr)
    assert re.search(r"@jupyter/nbgrader v0\.9\.\d+ enabled OK", text), text
    assert re.search(r"@jupyter-widgets/jupyterlab-manager v\S+ enabled OK", text), text
    assert "JupyterLab v4." in text


def test_postbuild_installs_course_and_turns_off_instructor_tools(tmp_path):
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "jupyter"), BIMTEK_CONFIG_LEVEL="user")
    run = subprocess.run(["bash", "postBuild"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    lab = subprocess.run(
        [sys.executable, "-m", "jupyter", "labextension", "list"], env=env, capture_output=True, text=True
    )
    text = re.sub(r"\x1b\[[0-9;]*m", "", lab.stdout + lab.stderr)
    disabled = text.split("Disabled extensions:", 1)[1]
    for plugin in ("formgrader", "create-assignment", "course-list", "assignment-list"):
        assert f"@jupyter/nbgrader:{plugin}" in disabled
    assert "validate-assignment" not in disabled
    server = subprocess.run(
        [sys.executable, "-m", "jupyter", "server", "extension", "list"], env=env, capture_output=True, text=True
    )
    text = re.sub(r"\x1b\[[0-9;]*m", "", server.stdout + server.stderr)
    user_section = text.split(f"Config dir: {tmp_path / 'jupyter'}", 1)[1].split("Config dir:", 1)[0]
    for ext in ("formgrader", "course_list", "assignment_list"):
        assert f"nbgrader.server_extensions.{ext} disabled" in user_section
    assert "validate_assignment disabled" not in user_section
    overrides = tmp_path / "jupyter" / "labconfig" / "default_setting_overrides.json"
    assert overrides.read_text(encoding="utf-8") == OVERRIDES.read_text(encoding="utf-8")
    check = subprocess.run(
        [sys.executable, "-c", "import course, sys; print(course.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert check.stdout.strip() == str(ROOT / "course" / "__init__.py")


def load_config(env: dict | None = None):
    saved = dict(os.environ)
    try:
        os.environ.update(env or {})
        loader = PyFileConfigLoader("nbgrader_config.py", path=str(ROOT))
        return loader.load_config()
    finally:
        os.environ.clear()
        os.environ.update(saved)


def test_nbgrader_config_settings():
    c = load_config({"BIMTEK_EXCHANGE": "/srv/uji/exchange"})
    assert c.CourseDirectory.course_id == "bimtek-kehumasan"
    assert isinstance(c.Execute.timeout, int) and 0 < c.Execute.timeout <= 120
    assert c.Execute.extra_arguments == ["--InteractiveShell.xmode=Minimal"]
    assert c.OverwriteCells.add_missing_cells is True
    assert "nbgrader.preprocessors.ClearHiddenTests" in c.GenerateFeedback.preprocessors
    assert c.Exchange.root == "/srv/uji/exchange"
    assert "db_url" not in c.CourseDirectory
    assert load_config({"BIMTEK_DB_URL": "postgresql://uji@127.0.0.1/bimtek"}).CourseDirectory.db_url.startswith(
        "postgresql"
    )
    assert "raise" not in c.ClearSolutions.code_stub["python"]


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:bash|sh)?\n(.*?)```", text, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_readme_first_two_commands_open_the_course_and_run_the_tests():
    assert readme_commands()[:2] == ["make lab", "make test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # CI runs the README's test command, and the lint (which does not stop the tests from running).
    assert re.search(r"^make test( \|\| status=\$\?)?$", ci, flags=re.M)
    assert re.search(r"^make lint( \|\| status=\$\?)?$", ci, flags=re.M)


def test_readme_speaks_to_each_reader_and_links_binder():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for heading in ("## Untuk peserta", "## Untuk instruktur", "## Untuk belajar mandiri", "## English summary"):
        assert heading in text
    assert re.search(r"https://mybinder\.org/v2/gh/[^/\s]+/[^/\s]+/[^?\s]+\?urlpath=lab/tree/MULAI\.md", text)
    assert (ROOT / "MULAI.md").is_file()


def test_readme_instructor_walkthrough_goes_from_release_to_certificates_with_real_commands():
    """Every `bimtek` command the README's instructor section shows parses with the real command line,
    in the order an instructor needs them."""
    import shlex

    from course.instructor.cli import build_parser

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Untuk instruktur", 1)[1].split("\n## ", 1)[0]
    commands = [c.strip() for c in re.findall(r"`((?:bimtek|nbgrader) [^`]+)`", section)]
    order = [c.split()[0] + " " + c.split()[1] for c in commands]
    wanted = [
        "bimtek roster",
        "nbgrader generate_assignment",
        "nbgrader release_assignment",
        "bimtek collect",
        "bimtek autograde",
        "nbgrader release_feedback",
        "nbgrader export",
        "bimtek report",
        "bimtek certificates",
    ]
    assert [w for w in order if w in wanted] == wanted, order
    parser = build_parser()
    for command in commands:
        words = shlex.split(command)
        if words[0] == "bimtek" and "--help" not in words:
            parser.parse_args(words[1:])  # argparse exits (failing the test) on an unknown option


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_opens_jupyterlab_on_the_course():
    port, token = free_port(), "uji-token"
    proc = subprocess.Popen(
        [
            "make",
            "lab",
            f"PORT={port}",
            f"LAB_ARGS=--no-browser --ServerApp.ip=127.0.0.1 --IdentityProvider.token={token}",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.time() + 90
        body = None
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/api/contents/MULAI.md?token={token}", timeout=2
                ) as response:
                    body = response.read().decode()
                    break
            except OSError:
                time.sleep(0.5)
        assert body and "Mulai di sini" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/lab?token={token}", timeout=10) as response:
            assert response.status == 200 and "JupyterLab" in response.read().decode()
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/api/contents/release/00-pengantar?token={token}", timeout=10
        ) as response:
            assert "00-pengantar.ipynb" in response.read().decode()
        # Indonesian without a manual step: the overrides `make install` put into the environment.
        shown = language(f"http://127.0.0.1:{port}", {"Authorization": f"token {token}"})
        assert shown["locale"] == "id_ID" and shown["user"] is None, shown["locale"]
        assert shown["labels"]["Settings"] == ["Pengaturan"]
        installed = ROOT / ".venv" / "etc" / "jupyter" / "labconfig" / "default_setting_overrides.json"
        assert installed.read_text(encoding="utf-8") == OVERRIDES.read_text(encoding="utf-8")
    finally:
        stop_process_group(proc)

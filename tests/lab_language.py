"""The interface language a real Jupyter server offers, read through its REST API.

JupyterLab and Notebook 7 apply ``labconfig/default_setting_overrides.json`` to the
settings schema: the translation plugin's ``locale`` default becomes ``id_ID`` and the
browser loads that language pack on the first screen, with no setting of the user's own.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

PLUGIN = "@jupyterlab/translation-extension:plugin"
OVERRIDES = Path(__file__).resolve().parent.parent / "deploy/jupyter/semua/labconfig/default_setting_overrides.json"


def read_json(url: str, headers: dict | None = None) -> dict:
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode())


def language(base: str, headers: dict | None = None) -> dict:
    """What ``base`` (a server's URL, ``/user/NAME`` through the hub included) offers.

    ``locale``: the translation plugin's effective default (settings overrides applied);
    ``user``: the locale in the user's own settings, if any; ``labels``: the language
    pack's ``jupyterlab`` domain for that locale.
    """
    settings = read_json(f"{base}/lab/api/settings/{PLUGIN}", headers)
    locale = settings["schema"]["properties"]["locale"]["default"]
    pack = read_json(f"{base}/lab/api/translations/{locale}", headers)
    return {"locale": locale, "user": settings["settings"].get("locale"), "labels": pack["data"].get("jupyterlab", {})}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_lab(jupyter: str, env: dict, cwd: Path, timeout: float = 90):
    """``jupyter lab`` (the given executable) on 127.0.0.1; yields ``(url, headers)``."""
    port, token = free_port(), secrets.token_hex(16)
    log = cwd / f"lab-{port}.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [
                jupyter,
                "lab",
                "--no-browser",
                f"--port={port}",
                "--ServerApp.ip=127.0.0.1",
                f"--IdentityProvider.token={token}",
                "--allow-root",
                f"--ServerApp.root_dir={cwd}",
            ],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url, headers = f"http://127.0.0.1:{port}", {"Authorization": f"token {token}"}
    try:
        deadline = time.time() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                read_json(f"{url}/api/status", headers)
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        yield url, headers
    finally:
        stop_process_group(proc)


# The project's settings overrides (installed by `make install`, postBuild, the hub and the image) name the menus.
ENGLISH_TITLES = {
    "jp-mainmenu-file": "File",
    "jp-mainmenu-edit": "Edit",
    "jp-mainmenu-view": "View",
    "jp-mainmenu-run": "Run",
    "jp-mainmenu-tabs": "Tabs",
    "jp-mainmenu-settings": "Settings",
    "jp-mainmenu-help": "Help",
}
# in both interfaces (Notebook 7's notebook page has no Tabs menu, its file page no Edit or Run)
ALWAYS_SHOWN = ("jp-mainmenu-file", "jp-mainmenu-settings", "jp-mainmenu-help")


def indonesian_menu_problems(labels: list[str], page: str = "notebook") -> list[str]:
    """What keeps the main menu bar from being Indonesian (an empty list when it is): an English title left,
    or an Indonesian title of the overrides missing."""
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    named = {m["id"]: m["label"] for m in overrides["@jupyterlab/mainmenu-extension:plugin"]["menus"]}
    problems = [f"menu {title!r} is still English: {labels}" for title in ENGLISH_TITLES.values() if title in labels]
    wanted = (*ALWAYS_SHOWN, "jp-mainmenu-run") if page == "notebook" else ALWAYS_SHOWN
    problems += [f"menu {named[i]!r} missing: {labels}" for i in wanted if named[i] not in labels]
    return problems


def stop_process_group(proc: subprocess.Popen) -> None:
    """Stop a server started in its own session (TERM, then KILL after 20 s), with its children."""
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

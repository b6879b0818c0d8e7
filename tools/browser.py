"""Drive the released sessions in a real browser: JupyterLab and Notebook 7 on loopback, Chromium, Playwright.

Used by ``tests/test_browser.py`` and ``bench/bench_hub.py``. ``LabServer`` starts
JupyterLab, which also serves Notebook 7 (token auth, 127.0.0.1, its own settings: no news pop-up, every cell kept
in the page) on a folder; ``prepare`` copies a released session there with the
answers filled in from the source solutions; ``run_session`` opens it in either
interface, runs all cells and reports what a participant would see: the menu labels,
errors, widgets (each one moved and checked for a response), charts, axe-core's
accessibility findings, the nbgrader Validate verdict and the time from "Run All" to
the last output. The steps inside the page live in ``tools.browser_page``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import nbformat

from tools.browser_page import (
    INIT_SCRIPT,
    OUTPUTS_JS,
    STATE_JS,
    frame_for_screenshot,
    menu_labels,
    poke_widgets,
    run_all,
    validate,
    wait_kernel_idle,
    wait_run_all_done,
)

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1366, "height": 1000}
# The two interfaces a participant may use: JupyterLab and Jupyter Notebook 7.
UIS = ("lab", "notebook")


def released_sessions(root: Path = ROOT) -> list[str]:
    """Every session folder of ``release/`` that holds its notebook."""
    return sorted(p.name for p in (root / "release").iterdir() if p.is_dir() and (p / f"{p.name}.ipynb").is_file())


def solution_of(cell) -> str:
    return cell.source.split("### BEGIN SOLUTION\n", 1)[1].split("\n### END SOLUTION", 1)[0]


def answers_from_source(session: str, root: Path = ROOT) -> dict[str, str]:
    nb = nbformat.read(root / "source" / session / f"{session}.ipynb", as_version=4)
    return {
        c.metadata["nbgrader"]["grade_id"]: solution_of(c)
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("solution") and "### BEGIN SOLUTION" in c.source
    }


def prepare(session: str, dest: Path, root: Path = ROOT) -> Path:
    """Copy ``release/SESSION`` into ``dest`` with every answer cell filled from the solution."""
    folder = dest / session
    shutil.copytree(root / "release" / session, folder, dirs_exist_ok=True)
    path = folder / f"{session}.ipynb"
    nb = nbformat.read(path, as_version=4)
    answers = answers_from_source(session, root)
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid in answers:
            cell.source = answers[gid]
    nbformat.write(nb, path)
    return path


def expected_outputs(path: Path, timeout: int = 120) -> dict:
    """Run the notebook headless (nbclient) and count the charts and widget views it shows."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    images = widgets = errors = 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            images += "image/png" in data or "image/svg+xml" in data
            widgets += "application/vnd.jupyter.widget-view+json" in data
            errors += out.get("output_type") == "error"
    return {"images": images, "widgets": widgets, "errors": errors}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabServer:
    """JupyterLab on 127.0.0.1 serving ``root_dir``, with settings fit for a scripted browser."""

    def __init__(self, root_dir: Path):
        self.root_dir = Path(root_dir)
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.home = Path(tempfile.mkdtemp(prefix="bimtek-lab-"))

    def __enter__(self) -> LabServer:
        settings = self.home / "settings"
        (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True)
        # Every cell stays in the page (no windowing), so the test can read all outputs; long code
        # lines wrap, so a screenshot cuts nothing off.
        (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
            json.dumps({"windowingMode": "none", "codeCellConfig": {"lineWrap": True}})
        )
        config = self.home / "config"
        (config / "labconfig").mkdir(parents=True)
        (config / "labconfig" / "page_config.json").write_text(
            # The page reaches its application object (the kernel's state, read in any language).
            json.dumps(
                {
                    "disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True},
                    "exposeAppInBrowser": True,
                }
            )
        )
        env = dict(
            os.environ,
            JUPYTER_CONFIG_DIR=str(config),
            JUPYTERLAB_SETTINGS_DIR=str(settings),
            JUPYTERLAB_WORKSPACES_DIR=str(self.home / "workspaces"),
            PYTHONWARNINGS="ignore",
        )
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
        self.log_path = self.home / "lab.log"
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "jupyter",
                    "lab",
                    "--no-browser",
                    f"--port={self.port}",
                    "--ServerApp.ip=127.0.0.1",
                    f"--IdentityProvider.token={self.token}",
                    "--allow-root",
                    f"--ServerApp.root_dir={self.root_dir}",
                    "--ServerApp.open_browser=False",
                ],
                cwd=self.root_dir,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        import urllib.request

        deadline = time.time() + 90
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"JupyterLab exited:\n{self.log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/status?token={self.token}", timeout=2):
                    return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError("JupyterLab did not start in 90 s")

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        shutil.rmtree(self.home, ignore_errors=True)

    def lab_url(self, path: str) -> str:
        return f"{self.url}/lab/tree/{path}?reset&token={self.token}"

    def notebook_url(self, path: str) -> str:
        """The same notebook in Jupyter Notebook 7 (served by the same server: the notebook package)."""
        return f"{self.url}/notebooks/{path}?token={self.token}"

    def page_url(self, path: str, ui: str = "lab") -> str:
        if ui not in UIS:
            raise ValueError(f"ui is one of {UIS}, not {ui!r}")
        return self.lab_url(path) if ui == "lab" else self.notebook_url(path)


@contextmanager
def chromium():
    """A headless Debian Chromium driven by Playwright; closed (and its processes gone) on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def run_session(
    page,
    lab: LabServer,
    path: str,
    screenshot: Path | None = None,
    ui: str = "lab",
    audit_page: bool = True,
    validate_shots: Path | None = None,
) -> dict:
    """Open ``path`` in JupyterLab (``ui="lab"``) or Notebook 7 (``ui="notebook"``), Run All, check what
    shows, audit the page with axe-core, Validate; return the findings."""
    page.add_init_script(script=INIT_SCRIPT)
    page.goto(lab.page_url(path, ui))
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=90_000)
    wait_kernel_idle(page)
    menus = menu_labels(page)
    # The notebook gets the page's whole width: close the file browser, as a participant may.
    current = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
    if current.count():
        current.first.click()
    started = time.perf_counter()
    run_all(page)
    wait_run_all_done(page)
    run_all_s = time.perf_counter() - started
    page.wait_for_timeout(500)  # images decode, widget views attach
    state = page.evaluate(STATE_JS)
    found = page.evaluate(OUTPUTS_JS)
    # Every widget responds to an input: each of its controls, given an input, changes
    # something in the cell's output (its own readout, a verdict, a chart).
    responses = poke_widgets(page)
    after_widgets = page.evaluate(OUTPUTS_JS)
    axe = None
    if audit_page:
        from tools.axe import audit

        axe = audit(page)
    validate_ok, validate_text = validate(page, validate_shots)
    if screenshot is not None:
        frame_for_screenshot(page)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot))
    return {
        "path": path,
        "ui": ui,
        "menus": menus,
        "run_all_s": run_all_s,
        "cells": state["cells"],
        "errors": found["errors"],
        "images": found["images"],
        "svgs": found["svgs"],
        "widgets": found["widgets"],
        "broken_widgets": after_widgets["brokenWidgets"],
        "responses": responses,
        "axe": axe,
        "validate_ok": validate_ok,
        "validate_text": validate_text,
    }

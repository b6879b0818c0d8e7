"""Drive the released sessions in a real browser: JupyterLab on loopback, Debian's Chromium, Playwright.

Used by ``tests/test_browser.py`` and ``bench/bench_hub.py``. ``LabServer`` starts
JupyterLab (token auth, 127.0.0.1, its own settings: no news pop-up, every cell kept
in the page) on a folder; ``prepare`` copies a released session there with the
answers filled in from the source solutions; ``run_session`` opens it, runs all cells
and reports what a participant would see: errors, widgets (each one moved and
checked for a response), charts, the nbgrader Validate verdict and the time from
"Run All" to the last output.
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
            json.dumps({"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}})
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


# JavaScript run in the page --------------------------------------------------------------

_STATE_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  const cells = [...panel.querySelectorAll('.jp-Notebook .jp-CodeCell')];
  const prompts = cells.map(c => (c.querySelector('.jp-InputPrompt')?.textContent || '').trim());
  return {
    cells: cells.length,
    pending: prompts.filter(p => p === '[*]:').length,
    unrun: prompts.filter(p => p === '[ ]:' || p === '').length,
    status: document.querySelector('#jp-main-statusbar')?.textContent || '',
  };
}
"""

_OUTPUTS_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  const outputs = [...panel.querySelectorAll('.jp-OutputArea-output')];
  const errors = outputs.filter(o => ['application/vnd.jupyter.stderr', 'application/vnd.jupyter.error']
      .includes(o.getAttribute('data-mime-type')))
      .map(o => o.innerText.slice(0, 400));
  const images = [...panel.querySelectorAll('.jp-OutputArea-output img')].map(img => ({
      loaded: img.complete && img.naturalWidth > 0, width: img.getBoundingClientRect().width}));
  const svgs = [...panel.querySelectorAll('.jp-OutputArea-output[data-mime-type="image/svg+xml"] svg')].length;
  const widgetOutputs = outputs.filter(o => o.querySelector(':scope > .jupyter-widgets')
      || /Error displaying widget|Loading widget/.test(o.innerText));
  const broken = widgetOutputs.filter(o => /Error displaying widget|Loading widget/.test(o.innerText)
      || o.querySelector('.widget-error')).length;
  return {errors, images, svgs, widgets: widgetOutputs.length, brokenWidgets: broken};
}
"""

_SNAPSHOT_JS = """
(el) => el.innerText + '|' + [...el.querySelectorAll('img')].map(i => i.src.length + ':' + i.src.slice(-64)).join(',')
       + '|' + [...el.querySelectorAll('input, select, textarea')].map(i => i.value).join(',')
"""


def _wait_idle(page, timeout_ms: int = 90_000) -> None:
    page.wait_for_function(
        "() => /Python 3 \\(ipykernel\\)\\s*\\|\\s*Idle/"
        ".test(document.querySelector('#jp-main-statusbar')?.textContent || '')",
        timeout=timeout_ms,
    )


CONTROLS = (
    ".widget-slider, .widget-dropdown, .widget-select, .widget-text, .widget-textarea, "
    ".widget-toggle-buttons, .widget-radio, .widget-checkbox, .widget-button, .widget-toggle-button"
)


def _poke(page, control) -> str | None:
    """Give one control an input, as a participant would; return what was done, or None."""
    classes = control.get_attribute("class") or ""
    if "widget-slider" in classes:
        handle = control.locator(".noUi-handle, .ui-slider-handle, input[type=range]").first
        handle.focus()
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        return "slider ArrowRight"
    if "widget-dropdown" in classes or "widget-select" in classes:
        select = control.locator("select").first
        current = select.input_value()
        values = select.evaluate("s => [...s.options].map(o => o.value)")
        other = next((v for v in values if v != current), None)
        if other is None:
            return None
        select.select_option(other)
        return f"dropdown {other}"
    if "widget-text" in classes:  # Text and Textarea
        box = control.locator("input, textarea").first
        box.click()
        box.press("Control+End")  # add to what is there, as a participant editing a draft would
        box.press_sequentially(" Warga diimbau waspada banjir.")
        box.press("Enter" if box.evaluate("e => e.tagName") == "INPUT" else "Tab")
        return "text typed"
    if "widget-toggle-buttons" in classes:
        control.locator("button:not(.mod-active)").first.click()
        return "toggle clicked"
    if "widget-radio" in classes:
        control.locator("input:not(:checked)").first.click()
        return "radio clicked"
    if "widget-checkbox" in classes:
        control.locator("input").first.click()
        return "checkbox clicked"
    if "widget-button" in classes or "widget-toggle-button" in classes:
        control.click()
        return "button clicked"
    return None


def run_session(page, lab: LabServer, path: str, screenshot: Path | None = None) -> dict:
    """Open ``path`` in JupyterLab, Run All, check what shows, Validate; return the findings."""
    page.add_init_script(
        script=f"window.__bimtekState = {_STATE_JS.strip()};\nwindow.__bimtekSnap = {_SNAPSHOT_JS.strip()};"
    )
    page.goto(lab.lab_url(path))
    page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=90_000)
    _wait_idle(page)
    # The notebook gets the page's whole width: close the file browser, as a participant may.
    current = page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current")
    if current.count():
        current.first.click()
    started = time.perf_counter()
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    page.wait_for_function(
        "() => { const s = window.__bimtekState(); return s && s.pending === 0 && "
        "s.unrun === 0 && /\\|\\s*Idle/.test(s.status); }",
        timeout=180_000,
        polling=100,
    )
    run_all_s = time.perf_counter() - started
    page.wait_for_timeout(500)  # images decode, widget views attach
    state = page.evaluate(_STATE_JS)
    found = page.evaluate(_OUTPUTS_JS)

    # Every widget responds to an input: each of its controls, given an input, changes
    # something in the cell's output (its own readout, a verdict, a chart).
    responses = []
    outputs = page.locator(".jp-OutputArea-output:has(> .jupyter-widgets)")
    for i in range(outputs.count()):
        output = outputs.nth(i)
        output.scroll_into_view_if_needed()
        area = output.locator(
            "xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' jp-OutputArea ')][1]"
        )
        controls = output.locator(CONTROLS)
        if controls.count() == 0:
            responses.append({"widget": i, "action": None, "changed": False})
        for k in range(controls.count()):
            before = area.evaluate("el => window.__bimtekSnap(el)")
            action = _poke(page, controls.nth(k))
            changed = False
            if action:
                try:
                    page.wait_for_function(
                        "([el, before]) => window.__bimtekSnap(el) !== before",
                        arg=[area.element_handle(), before],
                        timeout=15_000,
                    )
                    changed = True
                except Exception:
                    changed = False
            responses.append({"widget": i, "control": k, "action": action, "changed": changed})
    after_widgets = page.evaluate(_OUTPUTS_JS)

    # Save, then nbgrader's Validate button on the toolbar.
    page.keyboard.press("Control+s")
    page.wait_for_timeout(800)
    page.locator(".validate-button").first.click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=120_000)
    page.wait_for_selector(
        ".jp-Dialog .validation-success, .jp-Dialog .validation-failed, .jp-Dialog .validation-error, .jp-Dialog pre",
        timeout=120_000,
    )
    validate_text = dialog.inner_text()
    validate_ok = page.locator(".jp-Dialog .validation-success").count() > 0
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached", timeout=10_000)

    if screenshot is not None:
        _frame_for_screenshot(page)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot))
    return {
        "path": path,
        "run_all_s": run_all_s,
        "cells": state["cells"],
        "errors": found["errors"],
        "images": found["images"],
        "svgs": found["svgs"],
        "widgets": found["widgets"],
        "broken_widgets": after_widgets["brokenWidgets"],
        "responses": responses,
        "validate_ok": validate_ok,
        "validate_text": validate_text,
    }


def _frame_for_screenshot(page) -> None:
    """Show what matters: the first chart or widget, else the first passed self-check, near the top."""
    page.evaluate("""() => {
      const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
      const pick = panel.querySelector('.jp-OutputArea-output img, .jp-OutputArea-output > .jupyter-widgets')
        || [...panel.querySelectorAll('.jp-OutputArea-output')].find(o => o.innerText.includes('\\u2705'));
      if (!pick) return;
      const cell = pick.closest('.jp-Cell');
      let target = cell;
      // a widget: start at its cell, so its whole output fits; a chart: the text above it too;
      // a self-check: the exercise above it
      const before = pick.classList.contains('jupyter-widgets') ? 0 : (pick.tagName === 'IMG' ? 1 : 2);
      for (let i = 0; i < before && target.previousElementSibling; i++) target = target.previousElementSibling;
      target.scrollIntoView({block: 'start'});
    }""")
    page.wait_for_timeout(400)

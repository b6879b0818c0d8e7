"""The course makes no network request at run time: every session runs with networking blocked.

Each released session, its answers filled in from the solutions, is executed in a fresh
kernel inside a new, empty network namespace (``unshare --net`` as root, else
``bwrap --unshare-net``): no interface but a loopback that is down, so any attempt to
reach a server fails at once. The kernel talks to its client over IPC sockets. Every cell
must run without an error, exactly as on a kabupaten office PC with no connection.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tools.browser import prepare, released_sessions

from .conftest import ROOT

RUNNER = r"""
import json, socket, sys, time
from pathlib import Path
import nbformat
from jupyter_client import KernelManager
from nbclient import NotebookClient

report = {"interfaces": [name for _, name in socket.if_nameindex()], "sessions": {}}
try:
    socket.create_connection(("127.0.0.1", 9), timeout=1).close()
    report["loopback"] = "open"
except OSError as exc:
    report["loopback"] = type(exc).__name__
for path in map(Path, sys.argv[1:]):
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name="python3", transport="ipc")
    km.connection_file = str(path.parent / "kernel-offline.json")
    km.ip = str(path.parent / "kipc")
    started = time.perf_counter()
    km.start_kernel(cwd=str(path.parent))
    errors = []
    try:
        client = NotebookClient(nb, km=km, timeout=120, allow_errors=True,
                                resources={"metadata": {"path": str(path.parent)}})
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
    finally:
        km.shutdown_kernel(now=True)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                errors.append(out.get("ename", "") + ": " + out.get("evalue", "")[:300])
    ran = sum(1 for c in nb.cells if c.cell_type == "code" and c.get("execution_count"))
    code = sum(1 for c in nb.cells if c.cell_type == "code")
    report["sessions"][path.parent.name] = {"errors": errors, "ran": ran, "code_cells": code,
                                            "seconds": round(time.perf_counter() - started, 2)}
print(json.dumps(report))
"""


def isolating_command() -> list[str] | None:
    if os.geteuid() == 0 and shutil.which("unshare"):
        return ["unshare", "--net"]
    if shutil.which("bwrap"):
        return ["bwrap", "--dev-bind", "/", "/", "--unshare-net", "--die-with-parent"]
    return None


@pytest.fixture(scope="module")
def offline_run(tmp_path_factory):
    prefix = isolating_command()
    if prefix is None:
        pytest.skip("neither `unshare --net` (root) nor bubblewrap is available")
    work = tmp_path_factory.mktemp("offline")
    paths = [str(prepare(session, work)) for session in released_sessions()]
    env = dict(os.environ, PYTHONWARNINGS="ignore", MPLBACKEND="agg")
    run = subprocess.run(
        [*prefix, sys.executable, "-c", RUNNER, *paths], capture_output=True, text=True, timeout=900, env=env, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_the_namespace_has_no_network(offline_run):
    assert offline_run["interfaces"] == ["lo"]
    assert offline_run["loopback"] != "open"  # even loopback is down: nothing can be reached


@pytest.mark.parametrize("session", released_sessions())
def test_session_runs_with_networking_blocked(offline_run, session):
    result = offline_run["sessions"][session]
    assert result["errors"] == [], result["errors"]
    assert result["ran"] == result["code_cells"], result

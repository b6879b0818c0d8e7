"""Benchmarks of the course (``make bench``); not part of the test pass/fail.

For every session it executes the solution notebook (``source/``) top to bottom
in a fresh kernel, as a participant's "Run All" would, and records:

* ``kernel_start_s``: time to start the kernel;
* ``execute_s``: time from the first cell to the last output (median of runs);
* ``peak_rss_mb``: the kernel's peak resident memory (VmHWM), max over runs.

Results go to ``bench/results/notebooks.json`` (machine-readable) and the table
in ``bench/RESULTS.md``, each with the date and the machine they were measured on.

Other benchmarks live beside this file as ``bench/bench_<topic>.py``; each defines
``run() -> dict`` (JSON-serialisable figures) and ``markdown(result) -> list[str]``
(its section of RESULTS.md). They are run after the notebooks, in name order, and
their figures go to ``bench/results/<topic>.json``.

    python bench/run.py [--runs 3] [--session 00-pengantar ...] [--only notebooks|TOPIC] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

import nbformat
from jupyter_client import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"execute_s": 8.0, "peak_rss_mb": 250.0}


def peak_rss_mb(pid: int) -> float:
    """Peak resident set size of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    raise RuntimeError(f"no VmHWM for pid {pid}")


def measure_notebook(path: Path) -> dict:
    """Execute one notebook in a fresh kernel; return its timings and peak memory."""
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name="python3")
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    started = time.perf_counter()
    km.start_kernel(cwd=str(path.parent), env=env)
    try:
        client = NotebookClient(nb, km=km, timeout=120, resources={"metadata": {"path": str(path.parent)}})
        with client.setup_kernel():
            ready = time.perf_counter()
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
            done = time.perf_counter()
            rss = peak_rss_mb(km.provisioner.process.pid)
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    return {"kernel_start_s": ready - started, "execute_s": done - ready, "peak_rss_mb": rss}


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions = {}
    for name in ("nbgrader", "jupyterlab", "ipykernel", "pandas", "matplotlib", "ipywidgets"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": mem_gib,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": versions,
    }


def run(sessions: list[str] | None, runs: int) -> dict:
    notebooks = sorted(ROOT.glob("source/*/*.ipynb"))
    if sessions:
        notebooks = [p for p in notebooks if p.parent.name in sessions]
        if not notebooks:
            sys.exit(f"Sesi {', '.join(sessions)} tidak ditemukan di source/.")
    results = []
    for path in notebooks:
        samples = [measure_notebook(path) for _ in range(runs)]
        row = {
            "session": path.parent.name,
            "runs": runs,
            "kernel_start_s": round(statistics.median(s["kernel_start_s"] for s in samples), 3),
            "execute_s": round(statistics.median(s["execute_s"] for s in samples), 3),
            "execute_max_s": round(max(s["execute_s"] for s in samples), 3),
            "peak_rss_mb": round(max(s["peak_rss_mb"] for s in samples), 1),
        }
        row["meets_targets"] = (
            row["execute_max_s"] <= TARGETS["execute_s"] and row["peak_rss_mb"] <= TARGETS["peak_rss_mb"]
        )
        results.append(row)
        print(
            f"{row['session']}: eksekusi {row['execute_s']:.2f} s (maks {row['execute_max_s']:.2f} s), "
            f"memori puncak kernel {row['peak_rss_mb']:.0f} MB"
        )
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "targets": TARGETS,
        "notebooks": results,
    }


def extra_benchmarks() -> dict:
    """The ``bench/bench_<topic>.py`` modules, by topic."""
    found = {}
    for path in sorted(Path(__file__).parent.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found[path.stem.removeprefix("bench_")] = module
    return found


def write_markdown(report: dict, path: Path, extra_sections: list[str] | None = None) -> None:
    m = report["machine"]
    lines = [
        "# Hasil benchmark / Benchmark results",
        "",
        "Dibuat oleh `make bench` (`bench/run.py`); jangan disunting dengan tangan.",
        "*Generated by `make bench`; do not edit by hand.*",
        "",
        f"- Tanggal / date: {report['date']}",
        f"- Mesin / machine: {m['cpu']}, {m['cores']} core, {m['memory_gib']} GiB RAM; {m['platform']}",
        f"- Python {m['python']}; " + ", ".join(f"{k} {v}" for k, v in m["packages"].items()),
        "",
        "## Notebook sesi: eksekusi dari atas ke bawah (solusi) / session notebooks, top to bottom",
        "",
        f"Target: eksekusi ≤ {report['targets']['execute_s']:.0f} s, memori puncak kernel "
        f"< {report['targets']['peak_rss_mb']:.0f} MB, pada mesin 2 core.",
        "",
        "| Sesi | Start kernel (s) | Eksekusi median (s) | Eksekusi maks (s) | Memori puncak kernel (MB) | Ulangan | Target |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in report["notebooks"]:
        lines.append(
            f"| {r['session']} | {r['kernel_start_s']:.2f} | {r['execute_s']:.2f} | {r['execute_max_s']:.2f} | "
            f"{r['peak_rss_mb']:.0f} | {r['runs']} | {'ya' if r['meets_targets'] else 'TIDAK'} |"
        )
    lines += extra_sections or []
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ukur waktu dan memori notebook sesi.")
    parser.add_argument("--runs", type=int, default=3, help="ulangan per notebook (bawaan 3)")
    parser.add_argument("--session", action="append", help="hanya sesi ini (boleh berulang)")
    parser.add_argument("--only", help="hanya satu benchmark: notebooks atau nama TOPIC dari bench_TOPIC.py")
    parser.add_argument("--out", type=Path, default=ROOT / "bench", help="folder hasil (bawaan bench/)")
    args = parser.parse_args(argv)
    results_dir = args.out / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "notebooks"):
        report = run(args.session, max(1, args.runs))
        (results_dir / "notebooks.json").write_text(
            json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    else:
        report = json.loads((results_dir / "notebooks.json").read_text(encoding="utf-8"))
    sections = []
    for topic, module in extra_benchmarks().items():
        target = results_dir / f"{topic}.json"
        if args.only in (None, topic):
            print(f"Benchmark {topic} ...")
            result = module.run()
            target.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if target.exists():
            sections += [""] + module.markdown(json.loads(target.read_text(encoding="utf-8")))
    write_markdown(report, args.out / "RESULTS.md", sections)
    print(f"Hasil ditulis ke {args.out / 'RESULTS.md'}")
    return 0 if all(r["meets_targets"] for r in report["notebooks"]) else 1


if __name__ == "__main__":
    sys.exit(main())

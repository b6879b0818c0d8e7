"""Benchmark of `bimtek autograde` and `bimtek report` (run by bench/run.py; ``--only grading``).

One run, side by side, on the same cohort of session 00 (``COHORT`` submissions
built from tests/cohorts/s00_pengantar.py):

* serial ``nbgrader autograde`` (one process), and ``nbgrader generate_feedback``;
* ``bimtek autograde --pekerja 2`` (sandbox on), which also writes every feedback file;
* ``bimtek autograde --pekerja 2 --kotak-pasir mati`` (the sandbox's cost);
* bare execution of the same notebooks with nbclient (fresh kernel each, two at a
  time like the two workers): per-submission time against the workers' own
  per-submission time;
* ``bimtek report`` on a synthetic gradebook of 500 participants × 10 sessions.

Targets (issue 7): throughput ≥ 1.8× serial, sandbox cost ≤ 15 %, per-submission
time ≤ 1.3× bare nbclient, report < 10 s. The load average before and after each
phase is recorded: on a shared machine the figures are noisy.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

COHORT = 42
TARGETS = {"throughput_ratio": 1.8, "sandbox_cost_pct": 15.0, "per_submission_ratio": 1.3, "report_s": 10.0}


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _timed(fn):
    before = _load()
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value, (before, _load())


def _cohort(course: Path) -> list[Path]:
    from tests.cohorts import s00_pengantar
    from tests.grading_support import notebooks, submit

    source_nb, release_nb = notebooks(course)
    specs = s00_pengantar.build(source_nb)
    names = list(specs)
    paths = []
    for i in range(COHORT):
        name = names[i % len(names)]
        paths.append(submit(course, f"p{i:03d}_{name}", specs[name], release_nb) / "00-pengantar.ipynb")
    return paths


def _bare_nbclient(paths: list[Path]) -> list[float]:
    """Execute each notebook in a fresh kernel, two processes at a time; seconds per notebook."""
    script = (
        "import sys, time, json, nbformat\n"
        "from nbclient import NotebookClient\n"
        "out = []\n"
        "for p in sys.argv[1:]:\n"
        "    nb = nbformat.read(p, as_version=4)\n"
        "    t = time.perf_counter()\n"
        "    NotebookClient(nb, kernel_name='python3', timeout=120, allow_errors=True,\n"
        "                   resources={'metadata': {'path': str(__import__('pathlib').Path(p).parent)}}).execute()\n"
        "    out.append(time.perf_counter() - t)\n"
        "print(json.dumps(out))\n"
    )
    import json

    halves = [paths[0::2], paths[1::2]]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, *map(str, half)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=dict(os.environ, PYTHONWARNINGS="ignore"),
        )
        for half in halves
    ]
    times = []
    for proc in procs:
        out, _ = proc.communicate(timeout=3600)
        times += json.loads(out)
    return times


def _bimtek(course: Path, *args: str) -> subprocess.CompletedProcess:
    from tools.pipeline import nbgrader_env

    proc = subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", "autograde", "00-pengantar", *args],
        cwd=course,
        env=nbgrader_env(course),
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr[-3000:])
    return proc


def _worker_phases(course: Path) -> tuple[list[float], list[float]]:
    """(nbgrader autograde, feedback) seconds per submission, from the workers' log lines."""
    import re

    pattern = re.compile(r"dalam [\d.]+ s \(nbgrader autograde ([\d.]+) s, umpan balik ([\d.]+) s\)")
    grading, feedback = [], []
    for log in (course / ".bimtek" / "log").glob("*.log"):
        for match in pattern.finditer(log.read_text(encoding="utf-8", errors="replace")):
            grading.append(float(match.group(1)))
            feedback.append(float(match.group(2)))
    return grading, feedback


def _canary_seconds(course: Path) -> float | None:
    """Seconds the canary (the solution notebook graded before the submissions) took, from the workers' log."""
    import re

    pattern = re.compile(r"kanari: \{'ok': True, 'seconds': ([\d.]+)\}")
    for log in (course / ".bimtek" / "log").glob("*.log"):
        match = pattern.search(log.read_text(encoding="utf-8", errors="replace"))
        if match:
            return float(match.group(1))
    return None


def _worker_seconds(course: Path) -> list[float]:
    from tests.grading_support import statuses

    return [row["seconds"] for row in statuses(course).values() if row["status"] == "dinilai"]


def run() -> dict:
    from course.instructor import sandbox
    from tests import synthetic
    from tests.grading_support import clone, make_course, run_nbgrader

    work = Path(tempfile.mkdtemp(prefix="bimtek-bench-"))
    try:
        base = make_course(work / "templat")
        courses = {name: clone(base, work / name) for name in ("serial", "paralel", "tanpa_kotak")}
        paths = {name: _cohort(course) for name, course in courses.items()}
        result = {"cohort": COHORT, "targets": TARGETS, "sandbox_available": sandbox.available().ok, "phases": {}}
        phases = result["phases"]

        seconds, _, load = _timed(lambda: run_nbgrader(["autograde", "00-pengantar"], courses["serial"], timeout=3600))
        phases["serial_autograde"] = {"seconds": round(seconds, 2), "load": load}
        seconds, _, load = _timed(
            lambda: run_nbgrader(["generate_feedback", "00-pengantar"], courses["serial"], timeout=3600)
        )
        phases["serial_feedback"] = {"seconds": round(seconds, 2), "load": load}

        seconds, _, load = _timed(lambda: _bimtek(courses["paralel"], "--pekerja", "2"))
        worker = _worker_seconds(courses["paralel"])
        grading, feedback = _worker_phases(courses["paralel"])
        phases["bimtek_2_workers"] = {
            "seconds": round(seconds, 2),
            "load": load,
            "per_submission_median_s": round(statistics.median(worker), 3),
            "per_submission_mean_s": round(statistics.mean(worker), 3),
            "graded": len(worker),
            "autograde_phase_median_s": round(statistics.median(grading), 3),
            "feedback_phase_median_s": round(statistics.median(feedback), 3),
            "canary_s": _canary_seconds(courses["paralel"]),
        }
        seconds, _, load = _timed(lambda: _bimtek(courses["tanpa_kotak"], "--pekerja", "2", "--kotak-pasir", "mati"))
        phases["bimtek_2_workers_no_sandbox"] = {"seconds": round(seconds, 2), "load": load}

        seconds, bare, load = _timed(lambda: _bare_nbclient(paths["serial"]))
        phases["bare_nbclient_2_at_a_time"] = {
            "seconds": round(seconds, 2),
            "load": load,
            "per_notebook_median_s": round(statistics.median(bare), 3),
            "per_notebook_mean_s": round(statistics.mean(bare), 3),
        }

        big = synthetic.course(work / "laporan500")
        people = synthetic.people(500)
        synthetic.fill(
            big, synthetic.SESSIONS_10, people, synthetic.random_scores(people, synthetic.SESSIONS_10), bulk=True
        )
        from tools.pipeline import nbgrader_env

        seconds, proc, load = _timed(
            lambda: subprocess.run(
                [sys.executable, "-m", "course.instructor.cli", "report"],
                cwd=big,
                env=nbgrader_env(big),
                capture_output=True,
                text=True,
            )
        )
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr)
        phases["report_500x10"] = {"seconds": round(seconds, 2), "load": load}

        serial = phases["serial_autograde"]["seconds"]
        parallel = phases["bimtek_2_workers"]["seconds"]
        result["throughput_ratio"] = round(serial / parallel, 2)
        result["throughput_ratio_with_feedback"] = round((serial + phases["serial_feedback"]["seconds"]) / parallel, 2)
        result["sandbox_cost_pct"] = round(100 * (parallel / phases["bimtek_2_workers_no_sandbox"]["seconds"] - 1), 1)
        result["per_submission_ratio"] = round(
            phases["bimtek_2_workers"]["per_submission_median_s"]
            / phases["bare_nbclient_2_at_a_time"]["per_notebook_median_s"],
            2,
        )
        result["per_submission_ratio_without_feedback"] = round(
            phases["bimtek_2_workers"]["autograde_phase_median_s"]
            / phases["bare_nbclient_2_at_a_time"]["per_notebook_median_s"],
            2,
        )
        result["report_s"] = phases["report_500x10"]["seconds"]
        result["meets"] = {
            "throughput_ratio": result["throughput_ratio"] >= TARGETS["throughput_ratio"],
            "sandbox_cost_pct": result["sandbox_cost_pct"] <= TARGETS["sandbox_cost_pct"],
            "per_submission_ratio": result["per_submission_ratio"] <= TARGETS["per_submission_ratio"],
            "report_s": result["report_s"] < TARGETS["report_s"],
        }
        loads = [v for p in phases.values() for v in p["load"]]
        result["load_min_max"] = [min(loads), max(loads)]
        result["cores"] = os.cpu_count()
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def markdown(result: dict) -> list[str]:
    t, p = result["targets"], result["phases"]

    def ok(key):
        return "ya" if result["meets"][key] else "TIDAK"

    def num(value, digits=2):
        return f"{value:.{digits}f}".replace(".", ",")

    return (
        [
            "## Penilaian paralel dalam kotak pasir / parallel sandboxed grading (`bench/bench_grading.py`)",
            "",
            f"Kohort {result['cohort']} kiriman sesi 00-pengantar, diukur berdampingan dalam satu jalan pada mesin "
            f"{result['cores']} core. Kotak pasir tersedia: {'ya' if result['sandbox_available'] else 'TIDAK'}. "
            f"Beban mesin (load average 1 menit) selama pengukuran: {num(result['load_min_max'][0])}–"
            f"{num(result['load_min_max'][1])}; di atas ~2 pada mesin 2 core berarti ada proses lain yang ikut "
            "berebut CPU, jadi angka ini bising.",
            "",
            "| Ukuran | Hasil | Target | Memenuhi |",
            "|---|---|---|---|",
            f"| Throughput `bimtek autograde --pekerja 2` ÷ `nbgrader autograde` serial | {num(result['throughput_ratio'])}× "
            f"| ≥ {num(t['throughput_ratio'], 1)}× | {ok('throughput_ratio')} |",
            f"| … bila serial juga menjalankan `generate_feedback` (bimtek selalu menulis umpan balik) | "
            f"{num(result['throughput_ratio_with_feedback'])}× | – | – |",
            f"| Biaya kotak pasir (2 pekerja, dengan vs tanpa) | {num(result['sandbox_cost_pct'], 1)} % "
            f"| ≤ {num(t['sandbox_cost_pct'], 0)} % | {ok('sandbox_cost_pct')} |",
            f"| Waktu per kiriman (median, pekerja) ÷ eksekusi nbclient polos (median, 2 sekaligus) | "
            f"{num(result['per_submission_ratio'])}× | ≤ {num(t['per_submission_ratio'], 1)}× | {ok('per_submission_ratio')} |",
            f"| … tanpa fase umpan balik (hanya `Autograde` nbgrader: sanitasi, eksekusi, simpan nilai) | "
            f"{num(result.get('per_submission_ratio_without_feedback', float('nan')))}× | – | – |",
            f"| `bimtek report`, 500 peserta × 10 sesi | {num(result['report_s'])} s | < {num(t['report_s'], 0)} s "
            f"| {ok('report_s')} |",
            "",
            "| Fase | Waktu (s) | Load sebelum → sesudah |",
            "|---|---|---|",
        ]
        + [f"| {name} | {num(v['seconds'])} | {num(v['load'][0])} → {num(v['load'][1])} |" for name, v in p.items()]
        + [
            "",
            f"Per kiriman: pekerja median {num(p['bimtek_2_workers']['per_submission_median_s'])} s (termasuk umpan "
            f"balik), nbclient polos median {num(p['bare_nbclient_2_at_a_time']['per_notebook_median_s'])} s.",
            "Biaya kotak pasir bisa negatif: kernel dalam kotak pasir dimatikan langsung setelah sel terakhir, "
            "sedangkan tanpa kotak pasir nbgrader memintanya berhenti dan menunggu; sisanya bising mesin.",
        ]
    )

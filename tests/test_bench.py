"""The benchmark harness measures for real, and the committed results cover every session.

Targets are not asserted here (speed is shown in bench/RESULTS.md, not in timed tests)."""

from __future__ import annotations

import json
import subprocess
import sys

from tools.pipeline import sessions

from .conftest import ROOT


def test_harness_records_time_and_peak_kernel_memory(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--only",
            "notebooks",
            "--session",
            "00-pengantar",
            "--runs",
            "1",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode in (0, 1), run.stderr
    report = json.loads((tmp_path / "results" / "notebooks.json").read_text(encoding="utf-8"))
    assert report["date"] and report["machine"]["cores"] >= 1 and report["machine"]["cpu"]
    (row,) = report["notebooks"]
    assert row["session"] == "00-pengantar"
    assert 0 < row["execute_s"] < 120 and 0 < row["kernel_start_s"] < 60
    assert 20 < row["peak_rss_mb"] < 4000  # a Python kernel with the course imported is tens of MB
    table = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert "| 00-pengantar |" in table and report["date"] in table


def test_unknown_session_is_refused_in_indonesian(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--only",
            "notebooks",
            "--session",
            "99-tidak-ada",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0 and "tidak ditemukan" in run.stderr


def test_committed_results_cover_every_session():
    report = json.loads((ROOT / "bench" / "results" / "notebooks.json").read_text(encoding="utf-8"))
    measured = {row["session"] for row in report["notebooks"]}
    assert set(sessions(ROOT)) <= measured, "run `make bench` and commit bench/RESULTS.md"
    assert report["date"] in (ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8")


def test_writing_benchmark_times_every_writing_checker_on_publishable_texts():
    """bench/bench_writing.py measures each checker of issue 12 for real (speed is shown, not asserted)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_writing", ROOT / "bench" / "bench_writing.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.REPEAT = 1
    result = module.run()
    rows = {r["checker"]: r for r in result["checkers"]}
    assert set(rows) == {"takarir", "kuis", "balasan", "klarifikasi", "etika", "jawaban_konpers"}
    assert all(r["texts"] >= 8 and 0 < r["median_ms"] <= r["max_ms"] for r in rows.values())
    assert result["date"] and "core" in result["machine"]
    assert "| takarir |" in "\n".join(module.markdown(result))

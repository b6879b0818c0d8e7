"""Benchmark of the rubric desk (issue 16): seconds per written answer in a scripted marking session.

A scratch course with session 04 and ``ANSWERS`` submissions of ``citra_jawab`` is autograded by nbgrader
(SQLite), ``bimtek meja-rubrik --sesi 04`` writes the desk notebook, and Chromium opens it in a real
JupyterLab. Every answer is marked as an instructor does with the shortcuts: the level digit, a short
comment typed, ``s`` to save, ``n`` to the next answer; the time is taken from the first key to the next
answer on screen (the desk's own latency, without the instructor's reading time). The save alone
(``Store.save``: one transaction writing nbgrader's Grade and Comment and the criterion rows) is timed too.
"""

from __future__ import annotations

import datetime
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ANSWERS = 8
TARGET_S = 2.0  # per answer, the desk's part


def _course(folder: Path) -> Path:
    from tests.rubric_support import make_written_course

    answers = {
        f"p{i:02d}": f"Jawaban {i}: kami berjanji menjawab pertanyaan warga hari itu juga, seperti 4A."
        for i in range(ANSWERS)
    }
    return make_written_course(folder / "kursus", None, answers)


def _browser_session(course: Path) -> list[float]:
    from tools.browser import LabServer, chromium
    from tools.rubric_browser import mark_with_keyboard, next_answer, open_desk

    subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", "meja-rubrik", "--sesi", "04"], cwd=course, check=True
    )
    times = []
    with LabServer(course) as lab, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        open_desk(page, lab, "meja-rubrik-04.ipynb")
        for position in range(1, ANSWERS + 1):
            started = time.perf_counter()
            mark_with_keyboard(page, position % 4, "Sebut bukti dari Latihan 8.")
            if position < ANSWERS:
                next_answer(page, position + 1)
            times.append(time.perf_counter() - started)
        page.close()
    return times


def _saves(course: Path) -> list[float]:
    from course.instructor.rubric_store import Store

    store = Store(course)
    answers = store.answers("04-media-massa", "citra_jawab")
    times = []
    for round_ in range(3):
        for answer in answers:
            started = time.perf_counter()
            store.save("04-media-massa", answer, "citra_jawab", {0: round_}, "Komentar.", "bench")
            times.append(time.perf_counter() - started)
    store.close()
    return times


def run() -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-rubrik-") as tmp:
        course = _course(Path(tmp))
        times = _browser_session(course)
        saves = _saves(course)
    return {
        "date": datetime.date.today().isoformat(),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} core",
        "answers": ANSWERS,
        "per_answer_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "max_s": round(max(times), 3),
        "save_median_ms": round(1000 * statistics.median(saves), 1),
        "save_max_ms": round(1000 * max(saves), 1),
        "target_s": TARGET_S,
    }


def markdown(result: dict) -> list[str]:
    ok = "ya" if result["median_s"] <= result["target_s"] else "TIDAK"
    return [
        "## Meja rubrik: waktu per jawaban tertulis / rubric desk, time per written answer (`bench/bench_rubric.py`)",
        "",
        "| Jawaban | Median per jawaban | Maks | Simpan ke buku nilai (median / maks) | Target | Memenuhi |",
        "|---|---|---|---|---|---|",
        f"| {result['answers']} | {result['median_s']:.2f} s | {result['max_s']:.2f} s | "
        f"{result['save_median_ms']:.0f} ms / {result['save_max_ms']:.0f} ms | ≤ {result['target_s']:.0f} s | {ok} |",
        "",
        "Sesi berskrip di JupyterLab dan Chromium: angka tingkat, komentar pendek diketik, `s` simpan, `n` jawaban "
        "berikutnya; diukur dari tombol pertama sampai jawaban berikutnya tampil (tanpa waktu membaca instruktur). "
        f"Buku nilai SQLite. Diukur {result['date']} pada {result['machine']}.",
        "",
    ]


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))

"""Benchmark of session 06's tools: the rundown planner and the media-advisory checker.

* ``course.widgets.rundown_planner``: milliseconds per redraw of the planner (one slider moved: the
  rundown is rebuilt, checked, and the timeline PNG redrawn; target < 200 ms, issue 6);
* ``course.engines.media_advisory.periksa_undangan``: milliseconds to check a complete media advisory (the
  session's own solution, rebuilt from ``fakta_konpers()``).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {"planner_redraw_ms": 200.0, "advisory_check_ms": 20.0}
REPEAT = 30


def _advisory() -> str:
    """A complete advisory written from the session's fact sheet (fictional)."""
    from course.sessions import s06_konferensi_pers as konpers

    f = konpers.fakta_konpers()
    return "\n".join(
        [
            "UNDANGAN LIPUTAN",
            "",
            f"Apa: {f['acara']}",
            f"Kapan: {f['tanggal']}, pukul {f['pukul']}",
            f"Di mana: {f['tempat']}",
            f"Mengapa: {f['tujuan']}",
            f"Narasumber: {f['narasumber']}",
            f"Narahubung: {f['narahubung']}",
            "",
            "###",
        ]
    )


def run() -> dict:
    from course.engines.media_advisory import periksa_undangan
    from course.widgets.rundown_planner import perencana_rundown

    planner = perencana_rundown()
    slider = planner.durasi[4]
    values = [slider.min + (i % 20) + 10 for i in range(REPEAT)]
    samples = []
    for value in values:
        if value == slider.value:
            value += 1
        started = time.perf_counter()
        slider.value = value
        samples.append((time.perf_counter() - started) * 1000)
    text = _advisory()
    report = periksa_undangan(text)
    checks = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        periksa_undangan(text)
        checks.append((time.perf_counter() - started) * 1000)
    result = {
        "targets": TARGETS,
        "repeat": REPEAT,
        "planner_redraw_ms": round(statistics.median(samples), 2),
        "planner_redraw_max_ms": round(max(samples), 2),
        "advisory_check_ms": round(statistics.median(checks), 3),
        "advisory_check_max_ms": round(max(checks), 3),
        "advisory_checks_passed": f"{sum(h.ok for h in report.hasil)}/{len(report.hasil)}",
    }
    print(
        f"konpers: perencana {result['planner_redraw_ms']:.0f} ms per gambar ulang; "
        f"undangan {result['advisory_check_ms']:.2f} ms"
    )
    return result


def markdown(result: dict) -> list[str]:
    t = result["targets"]

    def ok(value, target):
        return "ya" if value < target else "TIDAK"

    return [
        "## Perencana rundown dan pemeriksa undangan liputan (sesi 06) / rundown planner and media-advisory checker",
        "",
        "| Pengukuran | Median | Maks | Target | Memenuhi |",
        "|---|---|---|---|---|",
        f"| Perencana *rundown*, per gambar ulang (satu penggeser digeser) | {result['planner_redraw_ms']:.0f} ms | "
        f"{result['planner_redraw_max_ms']:.0f} ms | < {t['planner_redraw_ms']:.0f} ms | "
        f"{ok(result['planner_redraw_ms'], t['planner_redraw_ms'])} |",
        f"| `course.sessions.s06_konferensi_pers.periksa_undangan`, undangan lengkap ({result['advisory_checks_passed']} cek lolos) | "
        f"{result['advisory_check_ms']:.2f} ms | {result['advisory_check_max_ms']:.2f} ms | "
        f"< {t['advisory_check_ms']:.0f} ms | {ok(result['advisory_check_ms'], t['advisory_check_ms'])} |",
        "",
        f"Median dari {result['repeat']} ulangan per pengukuran.",
        "",
    ]


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))

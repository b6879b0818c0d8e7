"""Benchmark of the engagement data and tools (sessions 01 and 02); run by ``bench/run.py``.

Figures (seconds, measured in this process after a warm-up):

* ``load_s``: ``pd.read_csv`` of the shipped CSV with ``parse_dates``, as the notebooks do;
* ``explorer_redraw_s``: one redraw of the session 02 explorer (filter, medians, bars, PNG),
  over a cycle of dropdown changes; also the session 01 prime-time tool;
* ``generate_s``: ``course.engines.synthetic_data.generate(SEED)``, the whole synthetic year.

Targets from issue 3: load < 0.3 s, redraw < 0.2 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGETS = {"load_s": 0.3, "redraw_s": 0.2}


def _timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def _summary(times: list[float]) -> dict:
    return {"median": round(statistics.median(times), 4), "max": round(max(times), 4), "n": len(times)}


def run() -> dict:
    import matplotlib

    matplotlib.use("Agg")
    import pandas as pd

    from course.engines import synthetic_data as dataset
    from course.widgets.engagement_explorer import PenjelajahEngagement
    from course.widgets.posting_hours import PenjelajahJamTayang

    path = dataset.data_path()
    load = _timed(lambda: pd.read_csv(path, parse_dates=["waktu_wib"]), 11)
    data = pd.read_csv(path, parse_dates=["waktu_wib"])
    clean = dataset.clean(data)

    explorer = PenjelajahEngagement(clean)
    changes = [(explorer.kabupaten, k) for k in list(explorer.kabupaten.options)[1:6]]
    changes += [(explorer.platform, p) for p in explorer.platform.options]
    changes += [(explorer.penyebut, v) for _label, v in explorer.penyebut.options[1:]] + [
        (explorer.penyebut, "jangkauan")
    ]
    redraw = []
    for control, value in changes:
        if control.value == value:
            continue
        start = time.perf_counter()
        control.value = value  # triggers one redraw
        redraw.append(time.perf_counter() - start)

    prime = PenjelajahJamTayang(data)
    prime_redraw = []
    for value in ["X", "TikTok", "YouTube", "Facebook", "Instagram"]:
        start = time.perf_counter()
        prime.platform.value = value
        prime_redraw.append(time.perf_counter() - start)

    generate = _timed(lambda: dataset.generate(dataset.SEED), 3)
    result = {
        "rows": len(data),
        "csv_mb": round(path.stat().st_size / 1e6, 2),
        "load_s": _summary(load),
        "explorer_redraw_s": _summary(redraw),
        "prime_time_redraw_s": _summary(prime_redraw),
        "generate_s": _summary(generate),
        "targets": TARGETS,
    }
    result["meets_targets"] = (
        result["load_s"]["max"] < TARGETS["load_s"] and result["explorer_redraw_s"]["max"] < TARGETS["redraw_s"]
    )
    print(
        f"muat data {result['load_s']['median']:.3f} s; gambar ulang penjelajah "
        f"{result['explorer_redraw_s']['median']:.3f} s (maks {result['explorer_redraw_s']['max']:.3f} s); "
        f"pembangkit data {result['generate_s']['median']:.2f} s"
    )
    return result


def markdown(result: dict) -> list[str]:
    t = result["targets"]
    return [
        "## Data dan alat engagement (sesi 01 dan 02) / engagement data and tools",
        "",
        f"Data sintetis: {result['rows']} baris, {result['csv_mb']} MB. Target: muat < {t['load_s']} s, "
        f"gambar ulang penjelajah < {t['redraw_s']} s.",
        "",
        "| Ukuran | Median (s) | Maks (s) | Ulangan |",
        "|---|---|---|---|",
        f"| Muat CSV (`pd.read_csv`, `parse_dates`) | {result['load_s']['median']:.3f} | {result['load_s']['max']:.3f} | "
        f"{result['load_s']['n']} |",
        f"| Gambar ulang penjelajah sesi 02 | {result['explorer_redraw_s']['median']:.3f} | "
        f"{result['explorer_redraw_s']['max']:.3f} | {result['explorer_redraw_s']['n']} |",
        f"| Gambar ulang alat jam tayang sesi 01 | {result['prime_time_redraw_s']['median']:.3f} | "
        f"{result['prime_time_redraw_s']['max']:.3f} | {result['prime_time_redraw_s']['n']} |",
        f"| Pembangkit data (`generate`) | {result['generate_s']['median']:.3f} | {result['generate_s']['max']:.3f} | "
        f"{result['generate_s']['n']} |",
        "",
        f"Memenuhi target: {'ya' if result['meets_targets'] else 'TIDAK'}.",
    ]

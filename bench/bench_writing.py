"""Benchmark of the writing checkers of issue 12: milliseconds per text (median), target under 5 ms each.

Each checker is timed on the texts a professional would publish from its own test module (the cases that pass
every check, so every check runs to the end): captions (session 01, per platform), quiz and contest posts
(session 01), replies to citizens (session 04), hoax clarifications (session 04), the ethics check of a
release (session 05) and answers to journalists (session 06). Every sample is one call, timed with
``time.perf_counter`` after one warm-up call per text (the headline weights and patterns are loaded once).
"""

from __future__ import annotations

import datetime
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 5.0
REPEAT = 20


def _cases() -> dict[str, tuple[str, list[Callable[[], object]]]]:
    """Checker name -> (the function shown in the table, one zero-argument call per publishable text)."""
    from course.engines.captions import periksa_takarir
    from course.engines.citizen_replies import periksa_balasan
    from course.engines.clarification import periksa_klarifikasi
    from course.engines.contest_post import periksa_kuis
    from course.engines.press_answers import periksa_jawaban
    from course.engines.release_ethics import periksa_etika
    from tests import (
        test_captions,
        test_citizen_replies,
        test_clarification,
        test_contest_post,
        test_press_answers,
        test_release_ethics,
    )

    def values(param) -> tuple:  # a pytest.param or a plain tuple
        return tuple(getattr(param, "values", param))

    def calls(function, argument_lists) -> list[Callable[[], object]]:
        return [partial(function, *arguments) for arguments in argument_lists]

    komentar = test_citizen_replies.KOMENTAR
    found: dict[str, tuple[str, list[Callable[[], object]]]] = {
        "takarir": (
            "captions.periksa_takarir",
            calls(periksa_takarir, [(v[1], v[0], v[2]) for v in map(values, test_captions.PUBLISHABLE)]),
        ),
        "kuis": (
            "contest_post.periksa_kuis",
            calls(periksa_kuis, [values(p)[:1] for p in test_contest_post.PUBLISHABLE]),
        ),
        "balasan": (
            "citizen_replies.periksa_balasan",
            calls(
                periksa_balasan,
                [(komentar[kind], reply, facts) for _n, kind, reply, facts in test_citizen_replies.BAIK],
            ),
        ),
        "klarifikasi": (
            "clarification.periksa_klarifikasi",
            calls(periksa_klarifikasi, [values(p) for p in test_clarification.BAIK]),
        ),
        "etika": (
            "release_ethics.periksa_etika",
            calls(periksa_etika, [(text,) for text in test_release_ethics.PUBLISHABLE.values()]),
        ),
        "jawaban_konpers": (
            "press_answers.periksa_jawaban",
            calls(periksa_jawaban, [(q, a, key, None, hard) for _n, q, a, key, hard in test_press_answers.PROFESIONAL]),
        ),
    }
    return found


def _median_ms(calls: list[Callable[[], object]]) -> tuple[float, float]:
    for call in calls:
        call()
    samples = []
    for _ in range(REPEAT):
        for call in calls:
            start = time.perf_counter()
            call()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def run() -> dict:
    rows = []
    for name, (function, calls) in _cases().items():
        median, worst = _median_ms(calls)
        rows.append(
            {
                "checker": name,
                "function": function,
                "texts": len(calls),
                "median_ms": round(median, 3),
                "max_ms": round(worst, 3),
            }
        )
        print(f"writing: {name} {median:.2f} ms per teks (median dari {len(calls)} teks × {REPEAT})")
    when = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} core"
    return {"date": when, "machine": machine, "target_ms": TARGET_MS, "repeat": REPEAT, "checkers": rows}


def markdown(result: dict) -> list[str]:
    target = result["target_ms"]
    lines = [
        "## Pemeriksa tulisan (sesi 01, 04, 05, 06) / writing checkers",
        "",
        "| Pemeriksa | Fungsi | Teks | Median per teks | Maks | Target | Memenuhi |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in result["checkers"]:
        ok = "ya" if r["median_ms"] < target else "TIDAK"
        lines.append(
            f"| {r['checker']} | `course.engines.{r['function']}` | {r['texts']} | {r['median_ms']:.2f} ms | "
            f"{r['max_ms']:.2f} ms | < {target:.0f} ms | {ok} |"
        )
    lines += [
        "",
        f"Teks yang layak terbit dari berkas uji setiap pemeriksa; {result['repeat']} ulangan per teks. "
        f"Diukur {result['date']} pada {result['machine']}.",
        "",
    ]
    return lines


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))

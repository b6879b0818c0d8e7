"""Benchmark of session 05's tools: the press-release checker and the live editor.

* ``course.engines.press_release.periksa``: milliseconds for a 500-word release (median of repeats), with and
  without a fact sheet (target < 20 ms);
* ``course.widgets.release_editor``: milliseconds per update of the editor (a keystroke-equivalent
  change of the text area, checklist redrawn; target < 150 ms).

The release is ``tests/data/siaran_pers/baik.txt`` (fictional) with body paragraphs repeated to
reach 500 words of story.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course.engines import press_release  # noqa: E402
from course.sessions import s05_siaran_pers as siaran  # noqa: E402

TARGETS = {"checker_500_words_ms": 20.0, "editor_update_ms": 150.0}
REPEAT = 30


def release_of_words(n: int = 500) -> str:
    """The sample release with body paragraphs repeated until its story has ``n`` words."""
    text = (ROOT / "tests" / "data" / "siaran_pers" / "baik.txt").read_text(encoding="utf-8")
    head, tail = text.split("\n\n###", 1)
    paragraphs = head.split("\n\n")
    body = paragraphs[4:]
    i = 0
    while press_release.periksa(head + "\n\n###" + tail).jumlah_kata < n:
        head += "\n\n" + body[i % len(body)]
        i += 1
    words = head.split()
    report = press_release.periksa(head + "\n\n###" + tail)
    while report.jumlah_kata > n:  # trim the last paragraph back to exactly n words of story
        words = words[:-1]
        head = " ".join(words) if "\n" not in head else head.rsplit(" ", 1)[0]
        report = press_release.periksa(head + "\n\n###" + tail)
    return head + "\n\n###" + tail


def _median_ms(fn, repeat: int = REPEAT) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), max(samples)


def run() -> dict:
    text = release_of_words(500)
    words = press_release.periksa(text).jumlah_kata
    press_release.periksa(text)  # warm caches (headline weights)
    plain, plain_max = _median_ms(lambda: press_release.periksa(text))
    with_facts, _ = _median_ms(lambda: press_release.periksa(text, siaran.FAKTA_CEK))

    from course.widgets.release_editor import EditorRilis

    editor = EditorRilis()
    variants = [text, text + " ", text.replace("###", "-30-")]
    counter = iter(range(10**6))

    def update():
        editor.masukan.value = variants[next(counter) % len(variants)]

    widget, widget_max = _median_ms(update)
    result = {
        "targets": TARGETS,
        "words": words,
        "checker_500_words_ms": round(plain, 3),
        "checker_500_words_max_ms": round(plain_max, 3),
        "checker_with_facts_ms": round(with_facts, 3),
        "editor_update_ms": round(widget, 3),
        "editor_update_max_ms": round(widget_max, 3),
        "repeat": REPEAT,
    }
    print(f"releases: {plain:.2f} ms per siaran pers {words} kata; editor {widget:.2f} ms per pembaruan")
    return result


def markdown(result: dict) -> list[str]:
    t = result["targets"]

    def ok(value, target):
        return "ya" if value < target else "TIDAK"

    return [
        "## Pemeriksa siaran pers dan editor (sesi 05) / press-release checker and editor",
        "",
        "| Pengukuran | Median | Maks | Target | Memenuhi |",
        "|---|---|---|---|---|",
        f"| `course.engines.press_release.periksa`, siaran pers {result['words']} kata | {result['checker_500_words_ms']:.2f} ms | "
        f"{result['checker_500_words_max_ms']:.2f} ms | < {t['checker_500_words_ms']:.0f} ms | "
        f"{ok(result['checker_500_words_ms'], t['checker_500_words_ms'])} |",
        f"| sama, dengan lembar fakta | {result['checker_with_facts_ms']:.2f} ms | – | < {t['checker_500_words_ms']:.0f} ms | "
        f"{ok(result['checker_with_facts_ms'], t['checker_500_words_ms'])} |",
        f"| `EditorRilis` per pembaruan teks | {result['editor_update_ms']:.2f} ms | {result['editor_update_max_ms']:.2f} ms | "
        f"< {t['editor_update_ms']:.0f} ms | {ok(result['editor_update_ms'], t['editor_update_ms'])} |",
        "",
        f"Median dari {result['repeat']} ulangan per pengukuran.",
        "",
    ]


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))

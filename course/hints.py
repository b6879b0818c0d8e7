"""Help that unblocks: hints that get more concrete on repeated failure, and model answers for self-learners.

Escalation (``cek``): the kernel counts, per check name, the answers that failed since the last right
one. The first failure shows what is wrong (the verdict's message and hint); the second adds where to
look (``where``: the worked example or section); the third and later add a worked example of a
similar item (``example``), never the answer itself. A session module supplies these two texts when it
registers a check (``register(..., where=..., example=...)``) or on one verdict (``Verdict(...,
where=..., example=...)``); without them a generic text says the same for any exercise. A right answer
resets the count. The count lives only in the participant's kernel and changes only the text shown:
the grader judges handed-over answers in its own process (``course.instructor.grading.judge``).

Model answers (``lihat_contoh``): only where the course runs without a grader (Binder, "mode belajar
mandiri"), and only after three failed tries of that check in this kernel. The answer is read from the
source notebook of the repository (``source/NN-slug/NN-slug.ipynb``, the lines between ``### BEGIN
SOLUTION`` and ``### END SOLUTION`` of the exercise's answer cell). The package holds no model answer:
where the source notebooks are absent (the participants' image, a released course) there is nothing to
show. The Tes Awal and Tes Akhir items (``reveal=False``) never have one. Mandiri mode is on when
``BIMTEK_MANDIRI=1`` is set, or when a Jupyter configuration folder holds ``bimtek-mandiri.json``
(written by ``postBuild`` on Binder); ``BIMTEK_MANDIRI=0`` turns it off.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from course.errors import CourseError

TRIES = 3  # failed tries of one check before its model answer may be shown (mandiri only)
MARKER = "bimtek-mandiri.json"  # in a Jupyter configuration folder: this installation has no grader
SWITCH = "BIMTEK_MANDIRI"  # environment variable: "1" mandiri, "0" not (wins over the marker)
SOURCE = Path(__file__).resolve().parent.parent / "source"  # the repository's source notebooks, if any

GENERIC_WHERE = (
    "baca lagi contoh yang sudah dikerjakan di atas soal ini, lalu bandingkan bentuk jawaban Anda dengan "
    "contoh itu: tanda petik, kurung, koma, dan nama variabelnya."
)
GENERIC_EXAMPLE = (
    "salin baris contoh di atas ke sel jawaban, lalu ganti nilainya satu per satu dengan nilai dari soal "
    "ini. Jalankan sel jawaban, lalu jalankan lagi sel cek ini."
)
NUMBER_WORDS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh")

_failures: dict[str, int] = {}


def in_words(n: int) -> str:
    """``n`` as EYD V writes a number in prose: in words up to ten, in digits above."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def failures(name: str) -> int:
    """How many answers to the check ``name`` failed in this kernel since the last right one."""
    return _failures.get(name, 0)


def passed(name: str) -> None:
    """A right answer to ``name``: the next failure starts again from the first hint."""
    _failures.pop(name, None)


def escalate(name: str, error: CourseError, where: str = "", example: str = "") -> CourseError:
    """Count one more failure of ``name`` and add to ``error`` the hints of that level; return ``error``."""
    level = _failures.get(name, 0) + 1
    _failures[name] = level
    more: list[str] = []
    if level >= 2:
        more.append("Petunjuk lanjutan: " + (where or GENERIC_WHERE))
    if level >= 3:
        more.append("Contoh serupa: " + (example or GENERIC_EXAMPLE))
        if mandiri():
            more.append(
                f"Anda sudah mencoba {in_words(level)} kali. Bila ingin membandingkan dengan contoh jawaban, "
                f'jalankan lihat_contoh("{name}") di sel baru.'
            )
        else:
            more.append(f'Masih buntu? Tanyakan kepada instruktur atau pendamping dan sebutkan soal "{name}".')
    error.more = tuple(more)
    return error


# ------------------------------------------------------------------------------ model answers


def _config_folders() -> Iterator[Path]:
    try:
        from jupyter_core.paths import jupyter_config_path
    except ImportError:  # pragma: no cover - jupyter_core comes with every kernel
        return iter(())
    return (Path(p) for p in jupyter_config_path())


def mandiri() -> bool:
    """True where the course runs without a grader (Binder): model answers may be shown after three tries."""
    switch = os.environ.get(SWITCH, "").strip()
    if switch in ("0", "1"):
        return switch == "1"
    return any((folder / MARKER).is_file() for folder in _config_folders())


def _solution(source: str) -> str | None:
    found = re.search(r"^[ \t]*### BEGIN SOLUTION[^\n]*\n(.*?)^[ \t]*### END SOLUTION", source, re.S | re.M)
    return found.group(1).rstrip() if found else None


def _answer_in(cells: list[dict[str, Any]], name: str) -> str | None:
    """The solution of the answer cell that the self-check cell of ``name`` checks (the nearest above it)."""
    call = re.compile(r"""\bcek\(\s*["']""" + re.escape(name) + r"""["']""")
    answer: str | None = None
    for cell in cells:
        source = "".join(cell.get("source", ""))
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.get("cell_type") != "code":
            continue
        if meta.get("solution") and str(meta.get("grade_id", "")).endswith("_jawab"):
            answer = _solution(source)
        elif call.search(source) and answer is not None:
            return answer
    return None


def model_answer(name: str, source: Path = SOURCE) -> str | None:
    """The model answer of the check ``name`` from the source notebooks under ``source``, or None."""
    for notebook in sorted(source.glob("[0-9][0-9]-*/[0-9][0-9]-*.ipynb")):
        try:
            cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        found = _answer_in(cells, name)
        if found is not None:
            return found
    return None


def lihat_contoh(soal: str) -> None:
    """Show the model answer of the exercise ``soal`` (belajar mandiri only, after three tries)."""
    from course.checks import lookup  # the registry imports this module

    check = lookup(soal)
    if not check.reveal:
        print("Soal tes tidak punya contoh jawaban: tes mengukur pemahaman Anda sebelum dan sesudah kursus.")
        return
    if not mandiri():
        print(
            "Contoh jawaban hanya tersedia saat belajar mandiri (misalnya di Binder). Di kelas, jawaban Anda "
            "dinilai penguji kursus, jadi contoh jawaban tidak dibuka di notebook. Bila masih buntu, tanyakan "
            "kepada instruktur atau pendamping."
        )
        return
    tried = failures(check.name)
    if tried < TRIES:
        so_far = f"baru {in_words(tried)} kali belum tepat" if tried else "belum diperiksa dengan cek"
        print(
            f"Coba dulu sampai {in_words(TRIES)} kali: jawaban Anda untuk soal ini {so_far}. Setiap percobaan "
            "memberi petunjuk yang lebih jelas."
        )
        return
    answer = model_answer(check.name)
    if answer is None:
        print("Contoh jawaban soal ini tidak tersedia di lingkungan ini.")
        return
    print(
        f'Contoh jawaban soal "{check.name}" (satu dari beberapa jawaban yang dapat diterima):\n\n{answer}\n\n'
        "Bandingkan dengan jawaban Anda, perbaiki sel jawaban dengan kata-kata atau angka Anda sendiri, lalu "
        "jalankan lagi sel jawaban dan sel cek."
    )

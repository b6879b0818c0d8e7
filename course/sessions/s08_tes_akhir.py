"""Session 08, the Tes Akhir: the post-test form of the item bank, in its own short notebook.

The checks ``tes_akhir_NN`` are registered by :mod:`course.itembank` (``reveal=False``: the kernel
only validates and records the letter; the grader judges it with the key in ``kunci/``). The Tes
Akhir asks the Tes Awal's items in the same order with the options rotated, so the cohort report
can compute each participant's gain.

This module gives the notebook its one helper, :func:`peta_soal`: for each item, its topic, the
session that teaches it and its source, so that after the test a participant knows which session
to revisit. It is rendered from the bank (``course/data/bank_soal.json``), never copied into the
notebook.
"""

from __future__ import annotations

from IPython.display import Markdown

from course.itembank import items

__all__ = ["peta_soal", "peta_soal_markdown"]


def peta_soal_markdown() -> str:
    """The Markdown table: item number, topic, the session that teaches it, and the item's source."""
    lines = ["| Soal | Topik | Dibahas di sesi | Sumber |", "|---|---|---|---|"]
    for number, it in enumerate(items(), start=1):
        source = it.sumber.replace("|", "/")
        lines.append(f"| {number} | {it.topik} | {it.sesi} | {source} |")
    return "\n".join(lines)


def peta_soal() -> Markdown:
    """Show, after the test, where each item's topic is taught and where it comes from."""
    return Markdown(peta_soal_markdown())

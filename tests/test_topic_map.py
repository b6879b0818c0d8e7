"""docs/instruktur/peta-materi.md maps every point the Bimtek named to an exercise that really practises it.

The points are those of the seed Bimtek (issue 12): content formats, the engagement tips, informative and
educative content, citra, verified versus unverified, two-way communication and ethics, plus the session
topics. Each row names its sessions and grade ids; every grade id must be a graded exercise of one of those
sessions' source notebooks, and every required point must have a row.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from .conftest import ROOT

MAP = ROOT / "docs" / "instruktur" / "peta-materi.md"

# Words each required point's row must contain (case-insensitive), one tuple per point of the Bimtek.
REQUIRED = {
    "formats": ("format konten", "kuis", "infografis", "podcast"),
    "quality media": ("media berkualitas",),
    "involving the audience": ("melibatkan khalayak",),
    "hashtags": ("tagar",),
    "prime time": ("prime time",),
    "contests and quizzes": ("kontes",),
    "informative and educative": ("informatif", "edukatif"),
    "citra": ("citra",),
    "verified vs unverified": ("terverifikasi", "belum terverifikasi"),
    "two-way communication": ("dua arah",),
    "ethics": ("etika",),
    "headlines": ("clickbait",),
    "press releases": ("siaran pers",),
    "press conferences": ("konferensi pers",),
}


def rows() -> list[list[str]]:
    text = MAP.read_text(encoding="utf-8")
    section = text.split("## Pokok Bimtek dan latihannya", 1)[1].split("\n## ", 1)[0]
    found = []
    for line in section.splitlines():
        if line.startswith("|") and not set(line) <= set("|-: "):
            found.append([c.strip() for c in line.strip().strip("|").split("|")])
    return found[1:]  # without the header row


def graded_ids(session_number: str) -> set[str]:
    (path,) = (ROOT / "source").glob(f"{session_number}-*/{session_number}-*.ipynb")
    nb = nbformat.read(path, as_version=4)
    return {c.metadata["nbgrader"]["grade_id"] for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")}


def problems_of(table: list[list[str]]) -> list[str]:
    problems = []
    for point, sessions, exercises, _what in table:
        ids = re.findall(r"`([a-z0-9_]+)`", exercises)
        if not ids:
            problems.append(f"{point}: no exercise named")
        known = set().union(*(graded_ids(s.strip()) for s in sessions.split(",")))
        problems += [
            f"{point}: {gid} is not a graded exercise of session(s) {sessions}" for gid in ids if gid not in known
        ]
    for name, words in REQUIRED.items():
        if not any(all(w in " ".join(row).lower() for w in words) for row in table):
            problems.append(f"no row for the Bimtek point '{name}' (words {words})")
    return problems


def test_every_bimtek_point_maps_to_graded_exercises_that_exist():
    assert not problems_of(rows())


def test_the_check_fails_on_a_missing_point_and_on_an_unknown_exercise():
    table = rows()
    without_citra = [r for r in table if "citra" not in r[0].lower()]
    assert any("citra" in p for p in problems_of(without_citra))
    renamed = [list(r) for r in table]
    renamed[0][2] = "`konten_99`"
    assert any("konten_99" in p for p in problems_of(renamed))


@pytest.mark.parametrize(
    "gid", ["takarir", "kuis_medsos", "balasan_warga", "klarifikasi_hoaks", "rilis_etika", "jawaban_sulit"]
)
def test_each_new_writing_exercise_is_on_the_map(gid):
    assert any(f"`{gid}`" in r[2] for r in rows())

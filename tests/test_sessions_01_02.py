"""Sessions 01 and 02 as a participant meets them: worked examples, short answers, synthetic data, clean Indonesian."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest

from course.checks import names
from course.engines import synthetic_data as dataset

from .conftest import ROOT

SESSIONS = ["01-konten-medsos", "02-analisis-engagement"]
# Non-standard spellings (brief 3.2 and 3.6) that must not appear in what participants read.
NOT_BAKU = [
    "himbau",
    "menghimbau",
    "himbauan",
    "ijin",
    "resiko",
    "praktek",
    "merubah",
    "dirubah",
    "analisa",
    "sekedar",
    "aktifitas",
    "efektifitas",
    "silahkan",
    "jadual",
    "obyek",
    "subyek",
    "nasehat",
    "telpon",
    "kwalitas",
    "propinsi",
    "dimana",
    "disini",
    "disana",
    "diantara",
    "dibawah",
    "diatas",
    "kedalam",
    "respon",
    "antri",
    "karir",
    "milyar",
    "managemen",
    "kordinasi",
]


def load(session):
    return nbformat.read(ROOT / "source" / session / f"{session}.ipynb", as_version=4)


def meta(cell):
    return cell.metadata.get("nbgrader", {})


def participant_text(nb) -> str:
    """Markdown a participant reads (solutions of written answers left out)."""
    parts = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and not meta(cell).get("solution"):
            parts.append(cell.source)
    return "\n".join(parts)


@pytest.mark.parametrize("session", SESSIONS)
def test_data_beside_the_notebook_and_labelled_synthetic(session):
    assert (ROOT / "source" / session / dataset.FILENAME).is_file()
    text = " ".join(participant_text(load(session)).split()).replace("**", "").casefold()
    assert text.count("data sintetis") >= 3
    assert "## referensi" in text and "## tujuan belajar" in text and "## ringkasan" in text


@pytest.mark.parametrize("session", SESSIONS)
def test_every_answer_has_a_worked_example_just_above(session):
    nb = load(session)
    last_exercise = 0
    for index, cell in enumerate(nb.cells):
        m = meta(cell)
        if cell.cell_type == "code" and m.get("solution"):
            between = nb.cells[last_exercise:index]
            examples = [c for c in between if c.cell_type == "code" and not meta(c)]
            assert examples, f"{session}: no worked example above {m['grade_id']}"
            last_exercise = index + 1


def code_lines(source: str) -> int:
    """Lines of ``source`` outside the text a participant writes: a caption or a post typed between triple
    quotes is prose, however many lines it takes; the code around it must stay a few lines."""
    prose = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.end_lineno > node.lineno:
            prose |= set(range(node.lineno + 1, node.end_lineno + 1))
    return sum(1 for n, line in enumerate(source.splitlines(), start=1) if line.strip() and n not in prose)


def test_code_lines_count_code_not_the_text_written_between_quotes():
    assert code_lines('takarir = {\n    "x": """Baris satu\nBaris dua\nBaris tiga""",\n}') == 3
    assert code_lines("a = 1\nb = 2\nc = 3\nd = 4") == 4


@pytest.mark.parametrize("session", SESSIONS)
def test_answers_are_a_few_lines(session):
    for cell in load(session).cells:
        m = meta(cell)
        if cell.cell_type == "code" and m.get("solution"):
            solution = cell.source.split("### BEGIN SOLUTION\n")[1].split("\n### END SOLUTION")[0]
            limit = {"konten_5_jawab": 9, "takarir_jawab": 5}.get(m["grade_id"], 3)  # a list or dict of entries
            assert code_lines(solution) <= limit, m["grade_id"]
            placeholder = cell.source.split("\n### BEGIN SOLUTION")[0]
            assert "None" in placeholder, m["grade_id"]


@pytest.mark.parametrize("session,minimum", [("01-konten-medsos", 5), ("02-analisis-engagement", 10)])
def test_checked_answers_and_one_written_answer(session, minimum):
    nb = load(session)
    registered = set(names())
    tests = [c for c in nb.cells if c.cell_type == "code" and meta(c).get("grade")]
    assert len(tests) >= minimum
    for cell in tests:
        name = meta(cell)["grade_id"]
        assert name in registered
        assert re.search(rf'^cek\("{name}", \w+\)$', cell.source, re.M)
        assert f'serahkan("{name}", ' in cell.source
    written = [c for c in nb.cells if c.cell_type == "markdown" and meta(c).get("grade")]
    assert len(written) == 1 and meta(written[0])["points"] == 3
    rubric = ROOT / "docs" / "instruktur" / f"{session}.md"
    assert rubric.is_file() and "| Kriteria | 1 poin | 0 poin |" in rubric.read_text(encoding="utf-8")


def test_session_02_has_the_explorer_and_session_01_the_prime_time_tool():
    assert "penjelajah_engagement(bersih)" in "\n".join(c.source for c in load("02-analisis-engagement").cells)
    assert "penjelajah_jam_tayang(data)" in "\n".join(c.source for c in load("01-konten-medsos").cells)


def test_session_02_core_is_filled_in_values_and_its_pandas_track_counts_for_nothing():
    from .test_learner_path import programming_in

    nb = load("02-analisis-engagement")
    core, optional = [], []
    for cell in nb.cells:
        m = meta(cell)
        if cell.cell_type != "code" or not m:
            continue
        (optional if m["grade_id"].startswith("lanjutan_") else core).append(cell)
    answers = [c for c in core if meta(c).get("solution")]
    assert len(answers) == 10
    for cell in answers:
        solution = cell.source.split("### BEGIN SOLUTION\n")[1].split("\n### END SOLUTION")[0]
        assert programming_in(solution) is None, (meta(cell)["grade_id"], programming_in(solution))
    assert len([c for c in optional if meta(c).get("solution")]) >= 5
    for cell in optional:  # optional: never graded, never handed to the grader, so no score and no certificate
        assert not meta(cell).get("grade") and "points" not in meta(cell) and "serahkan(" not in cell.source
    text = " ".join(participant_text(nb).split())
    assert "Jalur lanjutan (pilihan)" in text and "tidak dinilai" in text
    minutes = re.search(r"Jalur inti \(bagian 1–9, sepuluh latihan\) memerlukan sekitar (\d+) menit", text)
    assert minutes and 45 <= int(minutes.group(1)) <= 90


def test_session_02_names_its_er_definition_and_cites_the_original_sources():
    text = " ".join(participant_text(load("02-analisis-engagement")).split())
    assert "Definisi yang dipakai sesi ini." in text and "ER berarti **ER per jangkauan**" in text
    for source in (
        "https://blog.hootsuite.com/calculate-engagement-rate/",
        "https://www.rivaliq.com/blog/social-media-industry-benchmark-report/",
        "https://blog.hootsuite.com/government-social-media-benchmarks/",
        "https://doi.org/10.1109/ICISS48059.2019.8969826",
        "https://amecorg.com/barcelona-principles-3-0/",
    ):
        assert source in text
    assert not re.search(r"\bbrief\b|§", text)
    prose = re.sub(r"`[^`]*`|https?://\S+", "", text.split("## Referensi")[0])  # titles of sources stay as published
    prose = re.sub(r"\*+[^*]+\*+", "", prose)  # italics (and bold) removed: no foreign term may be left bare
    for term in ("engagement", "output", "outcome", "out-take", "reach", "followers", "impressions", "mean"):
        assert not re.search(rf"\b{term}\b", prose, re.I), term


@pytest.mark.parametrize("session", SESSIONS)
def test_participant_text_uses_standard_spelling(session):
    nb = load(session)
    text = participant_text(nb).casefold()
    for word in NOT_BAKU:
        assert not re.search(rf"\b{word}\b", text), f'{session}: tidak baku "{word}"'
    assert not re.search(r"\bRp \d", participant_text(nb))
    assert " Anda" in participant_text(nb) and " anda " not in participant_text(nb)

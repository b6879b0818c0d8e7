"""One statement of the press-release anatomy (course.engines.release_parts.ANATOMY) and every place that renders
it: the notebook of session 05, Tes item 13 (its key and its explanation), the model answers of sessions 05 and 07,
the press-release checker and the instructor's notes. Each test fails when one of them disagrees."""

from __future__ import annotations

import json
import re

import nbformat
import pytest

from course import itembank
from course.engines import press_release as releases
from course.engines import release_parts as anatomy
from course.sessions import s05_siaran_pers as siaran

from .cohorts import answer_key, cells_by_id, solution_lines
from .conftest import ROOT

SESSION_05 = ROOT / "source" / "05-siaran-pers" / "05-siaran-pers.ipynb"
SESSION_07 = ROOT / "source" / "07-proyek-akhir" / "07-proyek-akhir.ipynb"
BAIK = (ROOT / "tests" / "data" / "siaran_pers" / "baik.txt").read_text(encoding="utf-8")
TAUGHT = ("kop", "notifikasi", "judul", "dateline", "teras", "tubuh", "penutup", "tentang", "narahubung")


def item_13() -> itembank.Item:
    return next(it for it in itembank.items() if it.topik == "Anatomi siaran pers")


def test_the_anatomy_is_the_taught_order_with_the_end_mark_right_after_the_body():
    assert anatomy.ORDER == TAUGHT
    assert anatomy.order_problems(anatomy.ORDER) == []
    at_the_end = tuple(p for p in anatomy.ORDER if p != "penutup") + ("penutup",)
    assert anatomy.order_problems(at_the_end) == []  # the other house style is accepted
    in_the_body = ("judul", "dateline", "teras", "penutup", "tubuh", "tentang", "narahubung")
    assert [part for part, _ in anatomy.order_problems(in_the_body)] == ["penutup"]
    assert set(anatomy.END_MARK_PLACEMENTS) == {"setelah_tubuh", "paling_akhir"}
    assert anatomy.read_order_line(anatomy.order_line()) == tuple(p for p in TAUGHT if p not in ("kop", "notifikasi"))


# ---------------------------------------------------------------------------
# The notebook


def _markdown(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def test_the_notebook_shows_the_anatomy_from_its_one_statement():
    nb = nbformat.read(SESSION_05, as_version=4)
    code = [c.source.strip() for c in nb.cells if c.cell_type == "code"]
    assert "anatomi_siaran()" in code
    assert siaran.anatomi_siaran().data == anatomy.anatomy_markdown()
    markdown = _markdown(nb)
    for part in anatomy.ANATOMY:  # no hand-written copy of the table that could drift
        assert f"| {part.nama} |" not in markdown, part.nama
    assert f"- Anatomi: {anatomy.anatomy_list()}." in markdown


def test_the_notebook_model_answer_follows_the_taught_order():
    solution = solution_lines(cells_by_id(nbformat.read(SESSION_05, as_version=4))["rilis_jawab"])
    text = solution.split('"""', 2)[1]
    assert anatomy.split_release(text).urutan == list(TAUGHT)
    assert text.strip() == BAIK.strip()  # the test data is the model answer


def test_the_session_07_model_answer_follows_the_taught_order():
    solution = solution_lines(cells_by_id(nbformat.read(SESSION_07, as_version=4))["proyek_rilis_jawab"])
    text = re.search(r'siaran = """(.*?)"""', solution, re.S).group(1)
    order = anatomy.split_release(text).urutan
    assert order == [p for p in TAUGHT if p in order] and "penutup" in order
    assert anatomy.order_problems(order) == []


# ---------------------------------------------------------------------------
# Tes item 13


def test_item_13_keys_the_taught_order_and_each_distractor_breaks_the_anatomy():
    number = itembank.items().index(item_13()) + 1
    for form in itembank.FORMS:
        options = itembank.options(form, number)
        correct = [text for letter, text in options if itembank.is_correct(form, number, letter, answer_key())]
        assert correct == [anatomy.order_line()], form
    for option in item_13().pilihan:
        problems = anatomy.order_problems(anatomy.read_order_line(option))
        assert (option == anatomy.order_line()) == (problems == []), (option, problems)


def test_item_13_explanation_for_instructors_agrees():
    notes = (ROOT / "docs" / "instruktur" / "pembahasan-tes.md").read_text(encoding="utf-8")
    section = notes.split("(S13, sesi 05-siaran-pers)", 1)[1].split("\n## ", 1)[0]
    assert f". {anatomy.order_line()}" in section
    assert "paling akhir" in section and "langsung setelah tubuh" in section


# ---------------------------------------------------------------------------
# The checker and the instructor's notes


def _release_in(order: tuple[str, ...]) -> str:
    parts = anatomy.split_release(BAIK)
    blocks = {
        "kop": "SIARAN PERS",
        "notifikasi": "UNTUK DISIARKAN SEGERA",
        "judul": parts.judul,
        "dateline": parts.badan[0],
        "teras": "",
        "tubuh": "\n\n".join(parts.badan[1:]),
        "penutup": "###",
        "tentang": "\n".join(parts.tentang),
        "narahubung": BAIK.split("Narahubung:", 1)[1].join(["Narahubung:", ""]).strip(),
    }
    return "\n\n".join(blocks[p] for p in order if blocks[p])


@pytest.mark.parametrize("placement", ["setelah_tubuh", "paling_akhir"])
def test_the_checker_accepts_both_placements_of_the_anatomy(placement):
    order = (
        anatomy.ORDER if placement == "setelah_tubuh" else (*[p for p in anatomy.ORDER if p != "penutup"], "penutup")
    )
    report = releases.periksa(_release_in(order))
    assert report.semua_ok, report.teks()
    assert anatomy.split_release(_release_in(order)).urutan == list(order)


def test_the_checker_refuses_an_end_mark_inside_the_story_and_teaches_the_taught_place():
    paragraphs = BAIK.split("\n\n")
    inside = "\n\n".join([*paragraphs[:5], "###", *paragraphs[5:]]).replace("\n\n###\n\nTentang", "\n\nTentang", 1)
    report = releases.periksa(inside)
    assert report.gagal == ["penutup"]
    assert anatomy.END_MARK_PLACEMENTS["setelah_tubuh"] in report["penutup"].pesan
    missing = releases.periksa(BAIK.replace("\n###\n", "\n"))
    assert anatomy.END_MARK_PLACEMENTS["setelah_tubuh"] in missing["penutup"].pesan


def test_the_instructor_notes_render_the_same_anatomy():
    notes = (ROOT / "docs" / "instruktur" / "05-siaran-pers.md").read_text(encoding="utf-8")
    assert anatomy.anatomy_markdown() in notes


def test_the_bank_file_and_key_file_still_fit_together():
    raw = json.loads((ROOT / "course" / "data" / "bank_soal.json").read_text(encoding="utf-8"))
    assert any(r["id"] == item_13().id for r in raw)
    assert item_13().id in answer_key().digests

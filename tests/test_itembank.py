"""The Tes Awal / Tes Akhir item bank: one place, no readable key, in step with the notebooks."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

import nbformat
import pytest

from course import itembank
from course.errors import InputError

from .cohorts import cells_by_id
from .conftest import ROOT

PENGANTAR = ROOT / "source" / "00-pengantar" / "00-pengantar.ipynb"


def test_bank_has_15_to_20_items_covering_every_session():
    items = itembank.items()
    assert 15 <= len(items) <= 20
    assert len({it.id for it in items}) == len(items)
    assert {it.sesi for it in items} == set(itembank.SESSIONS)
    for it in items:
        assert len(it.pilihan) == 4 and len(set(it.pilihan)) == 4, it.id
        assert it.pertanyaan.strip() and it.sumber.strip() and it.topik.strip()


def test_exactly_one_option_is_correct_in_both_forms():
    for form in itembank.FORMS:
        for n in range(1, len(itembank.items()) + 1):
            assert sum(itembank.is_correct(form, n, letter) for letter in "ABCD") == 1, (form, n)


def test_the_bank_stores_no_plain_key():
    raw = json.loads((ROOT / "course" / "data" / "bank_soal.json").read_text(encoding="utf-8"))
    for record in raw:
        assert set(record) == {"id", "sesi", "topik", "pertanyaan", "pilihan", "kunci", "sumber"}
        # the key is salted: an unsalted hash of any option or letter does not match it
        for guess in record["pilihan"] + list("ABCD") + ["0", "1", "2", "3"]:
            assert hashlib.sha256(guess.encode()).hexdigest() != record["kunci"]


def test_tes_akhir_is_a_parallel_form_of_the_same_items():
    """Same items, same order, every item's options reordered (so a remembered letter does not help)."""
    n_items = len(itembank.items())
    for n in range(1, n_items + 1):
        awal = itembank.options("awal", n)
        akhir = itembank.options("akhir", n)
        assert sorted(t for _, t in awal) == sorted(t for _, t in akhir)
        right_awal = next(letter for letter, _ in awal if itembank.is_correct("awal", n, letter))
        right_akhir = next(letter for letter, _ in akhir if itembank.is_correct("akhir", n, letter))
        assert right_awal != right_akhir, n
        assert itembank.check_name("awal", n).replace("awal", "akhir") == itembank.check_name("akhir", n)


def test_correct_positions_are_spread_over_the_letters():
    counts = Counter(
        next(letter for letter, _ in itembank.options("awal", n) if itembank.is_correct("awal", n, letter))
        for n in range(1, len(itembank.items()) + 1)
    )
    assert set(counts) == set("ABCD") and max(counts.values()) <= len(itembank.items()) // 2


def test_session_00_notebook_is_in_step_with_the_bank():
    by_id = cells_by_id(nbformat.read(PENGANTAR, as_version=4))
    for n in range(1, len(itembank.items()) + 1):
        name = itembank.check_name("awal", n)
        assert by_id[f"{name}_soal"].source == itembank.question_markdown("awal", n)
        assert by_id[name].metadata["nbgrader"]["points"] == 1
        assert f'cek("{name}", jawaban_{n:02d})' in by_id[name].source


def test_letters_are_read_kindly():
    right = next(letter for letter, _ in itembank.options("awal", 1) if itembank.is_correct("awal", 1, letter))
    for variant in (right.lower(), f" {right} ", f"{right}.", f"({right})"):
        assert itembank.is_correct("awal", 1, variant)


@pytest.mark.parametrize("bad", [None, "", "AB", "E", 1, ["A"]])
def test_bad_letters_get_a_friendly_error(bad):
    with pytest.raises(InputError) as info:
        itembank.normalise_letter(bad, 1)
    assert "jawaban_01" in info.value.friendly() or "pilihan" in info.value.friendly()


@pytest.mark.parametrize(
    "call", [lambda: itembank.item(0), lambda: itembank.item("1"), lambda: itembank.options("tengah", 1)]
)
def test_bad_item_lookups_are_explained(call):
    with pytest.raises(InputError):
        call()


PROYEK = ROOT / "source" / "07-proyek-akhir" / "07-proyek-akhir.ipynb"


def _form_in_notebook(path, form: str) -> list[dict]:
    """Each test item as the notebook shows it: question, topic, options, the keyed option's text, points."""
    import re

    from .cohorts import solution_lines

    by_id = cells_by_id(nbformat.read(path, as_version=4))
    numbers = sorted(int(m.group(1)) for gid in by_id if (m := re.fullmatch(rf"tes_{form}_(\d\d)", gid)))
    found = []
    for n in numbers:
        name = itembank.check_name(form, n)
        lines = by_id[f"{name}_soal"].source.splitlines()
        options = dict(
            re.fullmatch(r"- \*\*([A-D])\.\*\* (.+)", line).groups() for line in lines if line.startswith("- **")
        )
        question = lines[2]
        topic = re.fullmatch(r"\*\*Soal \d+\*\* · \*(.+)\*", lines[0]).group(1)
        letter = re.fullmatch(rf'jawaban_{n:02d} = "([A-D])"', solution_lines(by_id[f"{name}_jawab"])).group(1)
        found.append(
            {
                "n": n,
                "topik": topic,
                "pertanyaan": question,
                "pilihan": options,
                "kunci": options[letter],
                "poin": by_id[name].metadata["nbgrader"]["points"],
                "cek": by_id[name].source,
            }
        )
    return found


def test_tes_awal_and_tes_akhir_notebooks_measure_the_same_items():
    """Read from both source notebooks: same items, same order, same keyed answer, options rotated."""
    awal = _form_in_notebook(PENGANTAR, "awal")
    akhir = _form_in_notebook(PROYEK, "akhir")
    assert len(awal) == len(akhir) == len(itembank.items())
    for pre, post in zip(awal, akhir):
        assert pre["n"] == post["n"]
        assert (pre["topik"], pre["pertanyaan"]) == (post["topik"], post["pertanyaan"])
        assert sorted(pre["pilihan"].values()) == sorted(post["pilihan"].values())
        assert pre["kunci"] == post["kunci"], pre["n"]  # the same option is right in both forms
        assert pre["pilihan"] != post["pilihan"], pre["n"]  # ... shown under another letter
        assert pre["poin"] == post["poin"] == 1
        assert f'cek("tes_akhir_{post["n"]:02d}", jawaban_{post["n"]:02d})' in post["cek"]


def test_session_07_notebook_is_in_step_with_the_bank():
    by_id = cells_by_id(nbformat.read(PROYEK, as_version=4))
    for n in range(1, len(itembank.items()) + 1):
        name = itembank.check_name("akhir", n)
        assert by_id[f"{name}_soal"].source == itembank.question_markdown("akhir", n)
        assert itembank.is_correct("akhir", n, by_id[f"{name}_jawab"].source.split('"')[-2])

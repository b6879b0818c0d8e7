"""The Tes Awal / Tes Akhir item bank: one place, its key only on the grader's side, in step with the notebooks."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

import nbformat
import pytest

from course import itembank
from course.errors import InputError

from .cohorts import KEY_FOLDER, answer_key, cells_by_id
from .conftest import ROOT

PENGANTAR = ROOT / "source" / "00-pengantar" / "00-pengantar.ipynb"


def test_bank_has_15_to_20_items_covering_every_session_between_the_two_tests():
    """Each item's ``sesi`` is the session that teaches it: every session after the Tes Awal and before the
    Tes Akhir has an item, and none is "taught" in a test session (an item on what session 00 teaches minutes
    before the Tes Awal, or on the event itself, measures no gain)."""
    items = itembank.items()
    assert 15 <= len(items) <= 20
    assert len({it.id for it in items}) == len(items)
    first = itembank.SESSIONS.index(itembank.TEST_SESSIONS["awal"])
    last = itembank.SESSIONS.index(itembank.TEST_SESSIONS["akhir"])
    assert {it.sesi for it in items} == set(itembank.SESSIONS[first + 1 : last])
    for it in items:
        assert len(it.pilihan) == 4 and len(set(it.pilihan)) == 4, it.id
        assert it.pertanyaan.strip() and it.sumber.strip() and it.topik.strip()


def test_no_item_asks_about_the_seed_event():
    """Where and when the 2023 Bimtek took place is trivia a participant can read in session 00: it is no
    competence, and an item on it inflates the gain. Items cite professional sources, not the event reports."""
    for it in itembank.items():
        for report in ("carapandang", "bakabar", "Apahabar"):
            assert report.lower() not in (it.pertanyaan + it.sumber).lower(), it.id
        assert "Oktober 2023" not in " ".join(it.pilihan), it.id


def test_exactly_one_option_is_correct_in_both_forms():
    key = answer_key()
    for form in itembank.FORMS:
        for n in range(1, len(itembank.items()) + 1):
            assert sum(itembank.is_correct(form, n, letter, key) for letter in "ABCD") == 1, (form, n)


def test_the_installed_bank_holds_no_key_and_the_key_file_is_keyed():
    raw = json.loads((ROOT / "course" / "data" / "bank_soal.json").read_text(encoding="utf-8"))
    for record in raw:
        assert set(record) == {"id", "sesi", "topik", "pertanyaan", "pilihan", "sumber"}
    stored = json.loads((KEY_FOLDER / itembank.KEY_FILE).read_text(encoding="utf-8"))
    assert set(stored["kunci"]) == {record["id"] for record in raw}
    for record in raw:
        # without the secret, no hash of an option, a letter or a position matches the stored digest
        for guess in record["pilihan"] + list("ABCD") + ["0", "1", "2", "3"]:
            for text in (guess, f"{record['id']}|{guess}"):
                assert hashlib.sha256(text.encode()).hexdigest() != stored["kunci"][record["id"]]
    assert len(bytes.fromhex(stored["rahasia"])) >= 16
    assert not (ROOT / "source" / "kunci").exists() and not (ROOT / "course" / "kunci").exists()


def test_the_kernel_validates_tes_letters_but_cannot_judge_them(capsys):
    from course.checks import cek, nilai

    for letter in "ABCD":
        cek("tes_awal_01", letter)
        assert "Jawaban Anda sudah tercatat" in capsys.readouterr().out
    with pytest.raises(InputError):
        cek("tes_awal_01", "E")
    with pytest.raises(AssertionError, match=r"tes_awal_01 hanya diperiksa oleh penguji kursus lewat serahkan"):
        nilai("tes_awal_01", "A")


def test_a_missing_or_broken_key_is_refused_in_indonesian():
    from course.checks import KeyFileError

    for raw in ({}, {"rahasia": "zz", "kunci": {}}, {"rahasia": "00" * 32, "kunci": {"S01": "x"}}, []):
        with pytest.raises(KeyFileError) as info:
            itembank.read_key(raw)
        assert "kunci/bank_soal.json" in str(info.value)


def test_tes_akhir_is_a_parallel_form_of_the_same_items():
    """Same items, same order, every item's options reordered (so a remembered letter does not help)."""
    n_items = len(itembank.items())
    for n in range(1, n_items + 1):
        awal = itembank.options("awal", n)
        akhir = itembank.options("akhir", n)
        assert sorted(t for _, t in awal) == sorted(t for _, t in akhir)
        right_awal = itembank.correct_letter("awal", n, answer_key())
        right_akhir = itembank.correct_letter("akhir", n, answer_key())
        assert right_awal != right_akhir, n
        assert itembank.check_name("awal", n).replace("awal", "akhir") == itembank.check_name("akhir", n)


def test_correct_positions_are_spread_over_the_letters():
    counts = Counter(itembank.correct_letter("awal", n, answer_key()) for n in range(1, len(itembank.items()) + 1))
    assert set(counts) == set("ABCD") and max(counts.values()) <= len(itembank.items()) // 2


def test_session_00_notebook_is_in_step_with_the_bank():
    by_id = cells_by_id(nbformat.read(PENGANTAR, as_version=4))
    for n in range(1, len(itembank.items()) + 1):
        name = itembank.check_name("awal", n)
        assert by_id[f"{name}_soal"].source == itembank.question_markdown("awal", n)
        assert by_id[name].metadata["nbgrader"]["points"] == 1
        assert f'cek("{name}", jawaban_{n:02d})' in by_id[name].source


def test_letters_are_read_kindly():
    right = itembank.correct_letter("awal", 1, answer_key())
    for variant in (right.lower(), f" {right} ", f"{right}.", f"({right})"):
        assert itembank.is_correct("awal", 1, variant, answer_key())


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


TES_AKHIR = ROOT / "source" / itembank.TEST_SESSIONS["akhir"] / f"{itembank.TEST_SESSIONS['akhir']}.ipynb"


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
    """Read from both source notebooks: same items, same order, same keyed answer (the one of the grader's
    key file kunci/bank_soal.json), options rotated."""
    awal = _form_in_notebook(PENGANTAR, "awal")
    akhir = _form_in_notebook(TES_AKHIR, "akhir")
    assert len(awal) == len(akhir) == len(itembank.items())
    key = answer_key()
    for pre, post, it in zip(awal, akhir, itembank.items()):
        assert itembank.key_digest(key.secret, it.id, pre["kunci"]) == key.digests[it.id], pre["n"]
        assert pre["n"] == post["n"]
        assert (pre["topik"], pre["pertanyaan"]) == (post["topik"], post["pertanyaan"])
        assert sorted(pre["pilihan"].values()) == sorted(post["pilihan"].values())
        assert pre["kunci"] == post["kunci"], pre["n"]  # the same option is right in both forms
        assert pre["pilihan"] != post["pilihan"], pre["n"]  # ... shown under another letter
        assert pre["poin"] == post["poin"] == 1
        assert f'cek("tes_akhir_{post["n"]:02d}", jawaban_{post["n"]:02d})' in post["cek"]
        assert f'serahkan("tes_akhir_{post["n"]:02d}", jawaban_{post["n"]:02d})' in post["cek"]


def test_tes_akhir_notebook_is_in_step_with_the_bank():
    by_id = cells_by_id(nbformat.read(TES_AKHIR, as_version=4))
    for n in range(1, len(itembank.items()) + 1):
        name = itembank.check_name("akhir", n)
        assert by_id[f"{name}_soal"].source == itembank.question_markdown("akhir", n)
        assert itembank.is_correct("akhir", n, by_id[f"{name}_jawab"].source.split('"')[-2], answer_key())


def test_each_form_lives_in_its_own_session_and_nowhere_else():
    """The Tes Awal cells are all in session 00 and the Tes Akhir cells all in session 08 (its own short
    notebook, not after the project of session 07); no other notebook holds a test cell."""
    import re

    expected = {
        form: {itembank.check_name(form, n) for n in range(1, len(itembank.items()) + 1)} for form in itembank.FORMS
    }
    assert set(itembank.TEST_SESSIONS.values()) <= set(itembank.SESSIONS)
    for session in itembank.SESSIONS:
        by_id = cells_by_id(nbformat.read(ROOT / "source" / session / f"{session}.ipynb", as_version=4))
        graded = {gid for gid, c in by_id.items() if c.metadata["nbgrader"].get("grade")}
        for form in itembank.FORMS:
            found = {gid for gid in graded if re.fullmatch(rf"tes_{form}_\d\d", gid)}
            assert found == (expected[form] if itembank.TEST_SESSIONS[form] == session else set()), (session, form)


def test_the_tes_akhir_notebook_holds_only_the_test():
    """Session 08 is short: every graded cell is a Tes Akhir item, and it states its minutes."""
    nb = nbformat.read(TES_AKHIR, as_version=4)
    by_id = cells_by_id(nb)
    graded = [gid for gid, c in by_id.items() if c.metadata["nbgrader"].get("grade")]
    assert sorted(graded) == [itembank.check_name("akhir", n) for n in range(1, len(itembank.items()) + 1)]
    intro = nb.cells[0].source
    assert intro.startswith("# Sesi 08 — Tes Akhir") and "Perkiraan waktu: 20 menit" in intro


def test_the_topic_map_after_the_tes_akhir_is_rendered_from_the_bank():
    """After the test the notebook shows each item's topic, teaching session and source (``peta_soal``), read
    from the bank at run time, so it cannot drift from the items."""
    from course.sessions.s08_tes_akhir import peta_soal_markdown

    table = peta_soal_markdown().splitlines()
    assert len(table) == 2 + len(itembank.items())
    for number, (row, it) in enumerate(zip(table[2:], itembank.items()), start=1):
        assert row.startswith(f"| {number} | {it.topik} | {it.sesi} | "), row
    sources = "".join(c.source for c in nbformat.read(TES_AKHIR, as_version=4).cells if c.cell_type == "code")
    assert "peta_soal()" in sources

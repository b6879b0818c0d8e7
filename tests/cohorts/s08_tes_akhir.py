"""Session 08, the Tes Akhir: ten students, the usual kinds of submission plus the test's own traps.

Eighteen items, one point each, judged by the grader with the key in ``kunci/`` only; a perfect
submission scores 18 of 18. The expected scores below are exact; the letters a student writes are
taken from the key (the right or a wrong option in the Tes Akhir's rotated order).
"""

from __future__ import annotations

from course import itembank

from . import answer_key, perfect_answers

SESSION = "08-tes-akhir"
N_ITEMS = len(itembank.items())
MAX_SCORE = N_ITEMS


def letter(form: str, number: int, right: bool = True) -> str:
    return next(
        x for x, _ in itembank.options(form, number) if itembank.is_correct(form, number, x, answer_key()) == right
    )


def answer(number: int, text: str) -> tuple[str, str]:
    return f"tes_akhir_{number:02d}_jawab", f"jawaban_{number:02d} = {text}"


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    assert len(perfect) == N_ITEMS and all(k.startswith("tes_akhir_") for k in perfect)
    cohort = {"sempurna": {"answers": perfect, "expected": MAX_SCORE}, "kosong": {"answers": {}, "expected": 0}}

    # The second half left blank (the placeholder "" stays): nine items count.
    partial = dict(perfect)
    for n in range(10, N_ITEMS + 1):
        partial.update([answer(n, '""')])
    cohort["sebagian"] = {"answers": partial, "expected": 9}

    # A number and a list where a letter belongs: both items score 0, with a friendly message.
    wrong_type = dict(perfect)
    wrong_type.update([answer(1, "3"), answer(2, '["A"]')])
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": MAX_SCORE - 2}

    # Test trap: the Tes Awal's right letters copied (every item's options are rotated): nothing counts.
    remembered = dict(perfect)
    for n in range(1, N_ITEMS + 1):
        remembered.update([answer(n, f'"{letter("awal", n)}"')])
    cohort["huruf_tes_awal"] = {"answers": remembered, "expected": 0}

    # Test trap: the same letter everywhere scores only the items whose right option stands under it.
    all_a = {f"tes_akhir_{n:02d}_jawab": f'jawaban_{n:02d} = "A"' for n in range(1, N_ITEMS + 1)}
    right_a = sum(letter("akhir", n) == "A" for n in range(1, N_ITEMS + 1))
    assert 1 <= right_a <= N_ITEMS // 2
    cohort["semua_a"] = {"answers": all_a, "expected": right_a}

    # Right letters written loosely (lower case, spaces, a dot, brackets) are read kindly.
    loose = dict(perfect)
    shapes = ("{}", " {} ", "{}.", "({})")
    for n in range(1, N_ITEMS + 1):
        loose.update([answer(n, '"' + shapes[n % 4].format(letter("akhir", n).lower()) + '"')])
    cohort["huruf_longgar"] = {"answers": loose, "expected": MAX_SCORE}

    # A letter that is no option, and two letters: both items score 0.
    outside = dict(perfect)
    outside.update([answer(3, '"E"'), answer(4, '"AB"')])
    cohort["di_luar_pilihan"] = {"answers": outside, "expected": MAX_SCORE - 2}

    # Deleted test cells come back: a right answer under one counts, a wrong one under another does not.
    deletes = dict(perfect)
    deletes.update([answer(6, f'"{letter("akhir", 6, right=False)}"')])
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["tes_akhir_05", "tes_akhir_06"], "expected": 17}

    # Edited locked cells are restored, the set-up cell included: "pass" in a test cell grades nothing.
    edits = dict(perfect)
    edits.update([answer(2, f'"{letter("akhir", 2, right=False)}"')])
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"tes_akhir_02": "pass", "tes_akhir_siapkan": "pass"},
        "expected": MAX_SCORE - 1,
    }
    return cohort

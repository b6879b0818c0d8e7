"""Session 00: six students, one for each kind of submission an instructor meets."""

from __future__ import annotations

from course import itembank

from . import answer_key, perfect_answers

SESSION = "00-pengantar"
N_ITEMS = len(itembank.items())
MAX_SCORE = 4 + N_ITEMS


def wrong_letter(form: str, number: int) -> str:
    return next(
        letter
        for letter, _ in itembank.options(form, number)
        if not itembank.is_correct(form, number, letter, answer_key())
    )


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": MAX_SCORE}, "kosong": {"answers": {}, "expected": 0}}

    partial = dict(perfect)
    partial["pemanasan_3_jawab"] = 'platform_sesi_1 = ["X", "Instagram", "TikTok"]'
    partial["pemanasan_4_jawab"] = "total_interaksi = suka + komentar + bagikan"
    for n in range(10, N_ITEMS + 1):
        partial[f"tes_awal_{n:02d}_jawab"] = f'jawaban_{n:02d} = "{wrong_letter("awal", n)}"'
    cohort["sebagian"] = {"answers": partial, "expected": 2 + 9}

    wrong_type = dict(perfect)
    wrong_type["pemanasan_2_jawab"] = 'durasi_jam = "8,5"'
    wrong_type["tes_awal_01_jawab"] = "jawaban_01 = 3"
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": MAX_SCORE - 2}

    deletes = dict(perfect)
    deletes["pemanasan_3_jawab"] = 'platform_sesi_1 = ["X"]'
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["pemanasan_3", "tes_awal_05"], "expected": MAX_SCORE - 1}

    edits = dict(perfect)
    edits["tes_awal_02_jawab"] = f'jawaban_02 = "{wrong_letter("awal", 2)}"'
    edits["pemanasan_4_jawab"] = "total_interaksi = 1500"
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"tes_awal_02": "pass", "pemanasan_4": 'print("lolos")', "pengantar_siapkan": "pass"},
        "expected": MAX_SCORE - 2,
    }
    return cohort

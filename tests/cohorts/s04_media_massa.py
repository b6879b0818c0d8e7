"""Session 04: eleven students, one for each kind of submission an instructor meets.

Autograded: KEJ cases (2 points), viral-post decisions (2), media list (2). The brand
statement (3 points) counts in the maximum but autograde scores it 0 until an instructor
grades it, so a perfect submission autogrades to 6 of 9. The optional pandas exercise
(``lanjutan_``) has a self-check only and no points: it never changes a score.
"""

from __future__ import annotations

from . import perfect_answers

SESSION = "04-media-massa"
AUTO = 2 + 2 + 2
WRITTEN = 3
MAX_SCORE = AUTO + WRITTEN


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Two cases swapped (Pasal 10 and 11: correction versus right of reply).
    partial = dict(perfect)
    partial["kej_kasus_jawab"] = 'pasal_kasus = {"A": 5, "B": 11, "C": 10, "D": 7, "E": 8, "F": 3}'
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 2}

    # A string where a dict belongs, a list of numbers where a table belongs.
    wrong_type = dict(perfect)
    wrong_type["keputusan_viral_jawab"] = 'keputusan = "tahan semua"'
    wrong_type["daftar_media_jawab"] = "media_terpilih = [1, 2, 3]"
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 4}

    # Session trap: the right decision for every post, but the reason code of the child's video is wrong.
    reason = dict(perfect)
    reason["keputusan_viral_jawab"] = (
        'keputusan = {1: ["tahan", "R2"], 2: ["klarifikasi", "R3"], 3: ["unggah", "R1"], 4: ["tahan", "R2"]}'
    )
    cohort["alasan_keliru"] = {"answers": reason, "expected": AUTO - 2}

    # Session trap: the right outlets typed from the table, in table order instead of largest reach first.
    unsorted = dict(perfect)
    unsorted["daftar_media_jawab"] = (
        'media_terpilih = ["Radio Suara Sukamaju", "sukamajuhariini.id", "Kabar Lembah", "Tribun Pesisir"]'
    )
    cohort["tanpa_urutan"] = {"answers": unsorted, "expected": AUTO - 2}

    # The other fill-in way: the names read off the table, largest reach first, in any case.
    typed = dict(perfect)
    typed["daftar_media_jawab"] = (
        'media_terpilih = ["SukamajuHariIni.id", "Radio Suara Sukamaju", "Tribun Pesisir", "Kabar Lembah"]'
    )
    cohort["daftar_nama"] = {"answers": typed, "expected": AUTO}

    # Defensible answers an editor accepts: case F under Pasal 1, post 2 clarified on the office's word (R1),
    # post 4 answered with an official response that leaves the child's video out.
    defensible = dict(perfect)
    defensible["kej_kasus_jawab"] = 'pasal_kasus = {"A": 5, "B": 10, "C": 11, "D": 7, "E": 8, "F": 1}'
    defensible["keputusan_viral_jawab"] = (
        'keputusan = {1: ["tahan", "R2"], 2: ["klarifikasi", "R1"], 3: ["unggah", "R1"], 4: ["klarifikasi", "R4"]}'
    )
    cohort["jawaban_setara"] = {"answers": defensible, "expected": AUTO}

    # The optional pandas exercise left empty (its self-check fails) and nothing else changes.
    no_optional = {k: v for k, v in perfect.items() if not k.startswith("lanjutan_")}
    cohort["tanpa_lanjutan"] = {"answers": no_optional, "expected": AUTO}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["kej_kasus_jawab"] = 'pasal_kasus = {"A": 1, "B": 1, "C": 1, "D": 1, "E": 1, "F": 1}'
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["kej_kasus", "daftar_media"], "expected": AUTO - 2}

    # Edited locked cells are restored, the setup cell included.
    edits = dict(perfect)
    edits["keputusan_viral_jawab"] = (
        'keputusan = {1: ["unggah", "R1"], 2: ["unggah", "R1"], 3: ["unggah", "R1"], 4: ["unggah", "R1"]}'
    )
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"keputusan_viral": 'print("lolos")', "media_siapkan": "pass"},
        "expected": AUTO - 2,
    }
    return cohort

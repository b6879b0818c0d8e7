"""Session 04: eight students, one for each kind of submission an instructor meets.

Autograded: KEJ cases (2 points), viral-post decisions (2), media list (2). The brand
statement (3 points) counts in the maximum but autograde scores it 0 until an instructor
grades it, so a perfect submission autogrades to 6 of 9.
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

    # Session trap: the right outlets, filtered but never sorted by reach.
    unsorted = dict(perfect)
    unsorted["daftar_media_jawab"] = (
        'media_terpilih = media[(media["cakupan"] == "lokal") & (media["rubrik"] == "kesehatan")]'
    )
    cohort["tanpa_urutan"] = {"answers": unsorted, "expected": AUTO - 2}

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

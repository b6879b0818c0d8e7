"""Session 02: ten students, one for each kind of submission an instructor meets.

The core path has ten autograded exercises (1 point each) answered with values read from the course's tables;
the closing interpretation (3 points) counts in the maximum, but autograde scores it 0 until an instructor grades
it, so a perfect submission autogrades to 10 of 13. The optional pandas track (``lanjutan_`` cells) is not graded:
whatever a student writes there changes no score.
"""

from __future__ import annotations

from . import perfect_answers

SESSION = "02-analisis-engagement"
N_CODE = 10
WRITTEN = 3
MAX_SCORE = N_CODE + WRITTEN
AUTO = N_CODE


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Exercises 1-7 and 10 right; a format far below the best, the best hour of all platforms pooled (not
    # TikTok's), a ratio upside down.
    partial = dict(perfect)
    partial["engagement_7_jawab"] = 'format_terbaik_ig = "video"'
    partial["engagement_8_jawab"] = "jam_terbaik_tiktok = 12"
    partial["engagement_9_jawab"] = "rasio_komentar = 8 / 69"
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 3}

    # Numbers typed as text.
    wrong_type = dict(perfect)
    wrong_type["engagement_1_jawab"] = 'baris_kembar = "60"'
    wrong_type["engagement_8_jawab"] = 'jam_terbaik_tiktok = "20.00"'
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 2}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["engagement_5_jawab"] = 'id_viral = "U00001"'
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["engagement_3", "engagement_5"], "expected": AUTO - 1}

    # Edited locked cells are restored: the test cell, the set-up cells and the cleaning cell.
    edits = dict(perfect)
    edits["engagement_6_jawab"] = "median_er_instagram = 3.0"
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {
            "engagement_6": 'print("lolos")',
            "analisis_siapkan": "pass",
            "analisis_alat": "pass",
            "analisis_bersih": "bersih = data",
        },
        "expected": AUTO - 1,
    }

    # What an analyst would accept: rounded numbers, another hour and the same names written differently.
    rounded = dict(perfect)
    rounded["engagement_2_jawab"] = 'kolom_wajib = ["simpan", "jangkauan", "komentar"]'
    rounded["engagement_3_jawab"] = "er_pengikut = 0.8"
    rounded["engagement_4_jawab"] = 'platform_pengikut = ["tiktok"]'
    rounded["engagement_5_jawab"] = 'id_viral = "u04420"'
    rounded["engagement_6_jawab"] = "median_er_instagram = 3.1"
    rounded["engagement_8_jawab"] = "jam_terbaik_tiktok = 21"
    rounded["engagement_9_jawab"] = "rasio_komentar = 8.6"
    cohort["dibulatkan"] = {"answers": rounded, "expected": AUTO}

    # Session trap: Indonesian number habits in Python. "3,1" is a pair of numbers, 66.617 is sixty-six.
    habits = dict(perfect)
    habits["engagement_6_jawab"] = "median_er_instagram = 3,1"
    habits["engagement_3_jawab"] = "interaksi = 415 + 33 + 27 + 32\ner_pengikut = interaksi / 66.617 * 100"
    cohort["kebiasaan_angka"] = {"answers": habits, "expected": AUTO - 2}

    # Session trap: exercise 2 left empty. The cleaning cell then fails, but every later answer is a value the
    # student found, so only exercise 2 is lost.
    no_cleaning = dict(perfect)
    no_cleaning["engagement_2_jawab"] = "kolom_wajib = None"
    cohort["lewati_latihan_2"] = {"answers": no_cleaning, "expected": AUTO - 1}

    # The optional pandas track counts for nothing: left empty or wrong, the core score is whole.
    optional = {gid: src for gid, src in perfect.items() if not gid.startswith("lanjutan_")}
    optional["lanjutan_engagement_1_jawab"] = 'tabel = pd.read_csv("unggahan_pemkab_sintetis.csv", nrows=5)'
    optional["lanjutan_engagement_4_jawab"] = 'median_platform = tabel.groupby("platform")["er_jangkauan"].mean()'
    cohort["lanjutan_salah"] = {"answers": optional, "expected": AUTO}
    return cohort

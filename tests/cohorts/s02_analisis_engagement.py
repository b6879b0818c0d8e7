"""Session 02: eight students, one for each kind of submission an instructor meets.

The closing interpretation (3 points) counts in the maximum, but autograde
scores it 0 until an instructor grades it; a perfect submission autogrades to 10 of 13.
"""

from __future__ import annotations

from course.engines import synthetic_data
from course.engines.engagement_frames import siapkan
from course.sessions.s02_analisis_engagement import PLATFORM_FORMAT, PLATFORM_JAM, PLATFORM_KONTES

from . import perfect_answers

SESSION = "02-analisis-engagement"
N_CODE = 10
WRITTEN = 3
MAX_SCORE = N_CODE + WRITTEN
AUTO = N_CODE


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Exercises 1-7 right; a typed format, the hour over all platforms, a ratio upside down.
    partial = dict(perfect)
    partial["engagement_8_jawab"] = 'format_terbaik_ig = "video"'
    partial["engagement_9_jawab"] = 'jam_terbaik_tiktok = bersih.groupby("jam")["er_jangkauan"].median().idxmax()'
    partial["engagement_10_jawab"] = (
        'ig = bersih[bersih["platform"] == "Instagram"]\n'
        'rasio_komentar = ig[ig["kontes"] == False]["komentar"].median() / ig[ig["kontes"] == True]["komentar"].median()'
    )
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 3}

    # Numbers typed as text.
    wrong_type = dict(perfect)
    wrong_type["engagement_2_jawab"] = 'jumlah_duplikat = "60"'
    wrong_type["engagement_9_jawab"] = 'jam_terbaik_tiktok = "20.00"'
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 2}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["engagement_7_jawab"] = 'id_viral = "U00001"'
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["engagement_3", "engagement_7"], "expected": AUTO - 1}

    # Edited locked cells are restored (the `jam` column cell too, so exercise 9 still works).
    edits = dict(perfect)
    edits["engagement_6_jawab"] = 'median_platform = bersih.groupby("platform")["er_jangkauan"].mean()'
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"engagement_6": 'print("lolos")', "analisis_siapkan": "pass", "analisis_kolom_jam": "pass"},
        "expected": AUTO - 1,
    }

    # Session trap: the cleaning is computed but not assigned, so `bersih` stays None and
    # every later exercise that builds on it fails too.
    unassigned = dict(perfect)
    unassigned["engagement_3_jawab"] = 'data.drop_duplicates().dropna(subset=["jangkauan", "simpan"])'
    cohort["lupa_menyimpan"] = {"answers": unassigned, "expected": 2}

    # Session trap: numbers copied from somewhere instead of computed.
    typed = dict(perfect)
    typed["engagement_6_jawab"] = "median_platform = 3.09"
    typed["engagement_10_jawab"] = "rasio_komentar = 8.6"
    cohort["angka_diketik"] = {"answers": typed, "expected": AUTO - 2}
    return cohort


def expected_answers() -> dict:
    """Expected values of the session 02 exercises, recomputed from the data set (test code only:
    participants' kernels never load it)."""
    clean = siapkan(synthetic_data.load_clean())
    ig = clean[clean["platform"] == PLATFORM_KONTES]
    tt = clean[clean["platform"] == PLATFORM_JAM]
    return {
        "jumlah_duplikat": int(synthetic_data.load().duplicated().sum()),
        "baris_bersih": len(clean),
        "id_viral": clean.loc[clean["jangkauan"].idxmax(), "id_unggahan"],
        "format_terbaik_ig": clean[clean["platform"] == PLATFORM_FORMAT]
        .groupby("format")["er_jangkauan"]
        .median()
        .idxmax(),
        "jam_terbaik_tiktok": int(tt.groupby("jam")["er_jangkauan"].median().idxmax()),
        "rasio_komentar": float(ig.loc[ig["kontes"], "komentar"].median() / ig.loc[~ig["kontes"], "komentar"].median()),
    }

"""Session 01: ten students, one for each kind of submission an instructor meets.

Autograded: five core exercises (1 + 1 + 1 + 1 + 2 points) and two optional writing exercises, the captions
for two platforms (``takarir``, 2 points) and the quiz post (``kuis_medsos``, 2 points). The optional advanced
exercise ``lanjutan_konten_4`` has a self-check only: nbgrader does not grade it, so it changes no score. The
written answer (3 points) counts in the maximum, but autograde scores it 0 until an instructor grades it; so a
perfect submission autogrades to 10 of 13.
"""

from __future__ import annotations

from . import perfect_answers

SESSION = "01-konten-medsos"
WRITTEN = 3
CORE = 1 + 1 + 1 + 1 + 2
WRITING = 2 + 2  # takarir, kuis_medsos (optional, autograded)
MAX_SCORE = CORE + WRITING + WRITTEN
AUTO = MAX_SCORE - WRITTEN


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Right platforms, formats and calendar; one pillar wrong; a fraction instead of a percentage.
    partial = dict(perfect)
    partial["konten_2_jawab"] = (
        'pilar_contoh = ["informasi", "di balik layar", "seremonial", "edukasi", "karier", "progres", "seremonial"]'
    )
    partial["konten_4_jawab"] = "persen_seremonial = 2142 / 7208"
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 2}

    # A percentage typed as text with a decimal comma; hours typed as "19.00"; the two captions written as a
    # list instead of a dict (platform -> caption, plus "alt").
    wrong_type = dict(perfect)
    wrong_type["konten_4_jawab"] = 'persen_seremonial = "29,7"'
    wrong_type["konten_5_jawab"] = perfect["konten_5_jawab"].replace('"jam": 19,', '"jam": "19.00",')
    assert wrong_type["konten_5_jawab"] != perfect["konten_5_jawab"]
    wrong_type["takarir_jawab"] = 'takarir = ["Mobil Layanan Adminduk melayani 146 warga.", "Gratis, bawa KK asli."]'
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 1 - 2 - 2}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["konten_1_jawab"] = 'platform_skenario = ["Facebook", "YouTube", "X", "TikTok", "Facebook"]'
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["konten_1", "konten_5"], "expected": AUTO - 1}

    # Edited locked cells are restored: a test cell replaced by `pass` still fails a wrong answer.
    edits = dict(perfect)
    edits["konten_4_jawab"] = "persen_seremonial = 50"
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"konten_4": "pass", "konten_siapkan": "pass", "konten_muat_data": "data = None"},
        "expected": AUTO - 1,
    }

    # Session trap: the calendar is written but never assigned (the list is only displayed).
    unassigned = dict(perfect)
    unassigned["konten_5_jawab"] = perfect["konten_5_jawab"].replace("kalender = [", "[", 1)
    cohort["kalender_tak_disimpan"] = {"answers": unassigned, "expected": AUTO - 2}

    # Session trap: Hootsuite's Facebook hour (Thursday 07.00) used on a Tuesday; the optional pandas
    # exercise answered with a copied, rounded number changes nothing (it is not graded).
    wrong_day = dict(perfect)
    wrong_day["konten_5_jawab"] = perfect["konten_5_jawab"].replace(
        '"tanggal": "2025-09-16", "jam": 12,', '"tanggal": "2025-09-16", "jam": 7,'
    )
    assert wrong_day["konten_5_jawab"] != perfect["konten_5_jawab"]
    wrong_day["lanjutan_konten_4_jawab"] = "persen_seremonial_fb = 30"
    cohort["jam_tolok_ukur_salah_hari"] = {"answers": wrong_day, "expected": AUTO - 2}

    # Session trap: the X caption's hashtag joins two words in lower case (#admindukkeliling): only the
    # "tagar" check fails (CamelCase for screen readers), and the whole caption exercise scores 0.
    lowercase_tag = dict(perfect)
    lowercase_tag["takarir_jawab"] = perfect["takarir_jawab"].replace(
        "Balas di sini. #AdmindukKeliling", "Balas di sini. #admindukkeliling"
    )
    assert lowercase_tag["takarir_jawab"] != perfect["takarir_jawab"]
    cohort["takarir_tagar_huruf_kecil"] = {"answers": lowercase_tag, "expected": AUTO - 2}

    # Session trap: a quiz post with question, entry, period, winners and prize, but nothing about the
    # personal data it collects (UU 27/2022): the quiz exercise scores 0.
    no_data = dict(perfect)
    lines = perfect["kuis_medsos_jawab"].split("\n")
    no_data["kuis_medsos_jawab"] = "\n".join(line for line in lines if not line.startswith("Data pribadi:"))
    assert no_data["kuis_medsos_jawab"] != perfect["kuis_medsos_jawab"]
    cohort["kuis_tanpa_data_pribadi"] = {"answers": no_data, "expected": AUTO - 2}
    return cohort

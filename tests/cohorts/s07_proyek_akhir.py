"""Session 07: ten students, the usual kinds of submission plus the project's traps.

Autograded: programme (1 point), SMART objective (2), audience hours (2), calendar (2), release
structure (2), headline (2), press-conference decision (1), metrics (2). The optional advanced
exercise ``lanjutan_proyek_khalayak`` has a self-check only and changes no score. The three written
answers (3 + 3 + 2 points) count in the maximum but autograde scores them 0 until an instructor grades
them, so a perfect submission autogrades to 14 of 22. The Tes Akhir is session 08.
"""

from __future__ import annotations

from . import perfect_answers

SESSION = "07-proyek-akhir"
PROJECT = 1 + 2 + 2 + 2 + 2 + 2 + 1 + 2
AUTO = PROJECT
WRITTEN = 3 + 3 + 2
MAX_SCORE = AUTO + WRITTEN


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # An objective without a deadline.
    partial = dict(perfect)
    partial["proyek_tujuan_jawab"] = (
        'tujuan = {"ukuran": "jumlah desa rawan banjir yang sudah menggelar simulasi '
        'evakuasi", "awal": 12, "target": 30, "tenggat": ""}'
    )
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 2}

    # A list of rows where the calendar's dicts belong, a number where the release belongs
    # (release and headline fail).
    wrong_type = dict(perfect)
    wrong_type["proyek_kalender_jawab"] = (
        'kalender = [["2025-11-03", 12, "Facebook", "video", "informasi", "Simulasi evakuasi dimulai"]]'
    )
    wrong_type["proyek_rilis_jawab"] = "siaran = 2025"
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 2 - 4}

    # Session trap: one calendar post scheduled after the programme ends.
    late = dict(perfect)
    late["proyek_kalender_jawab"] = perfect["proyek_kalender_jawab"].replace('"2025-12-14"', '"2026-01-04"')
    assert late["proyek_kalender_jawab"] != perfect["proyek_kalender_jawab"]
    cohort["tanggal_di_luar"] = {"answers": late, "expected": AUTO - 2}

    # Session trap: an evaluation plan that counts outputs only.
    outputs = dict(perfect)
    outputs["proyek_metrik_jawab"] = 'metrik = {"M1": "output", "M2": "output", "M3": "output"}'
    cohort["output_saja"] = {"answers": outputs, "expected": AUTO - 2}

    # Session trap: a benchmark hour where the exercise asks what the data shows (Facebook 07.00 is
    # Hootsuite's, the synthetic data supports 11 and 12).
    benchmark = dict(perfect)
    benchmark["proyek_khalayak_jawab"] = 'jam_tayang = {"Facebook": 7, "X": 7}'
    cohort["jam_tolok_ukur_di_latihan_data"] = {"answers": benchmark, "expected": AUTO - 2}

    # Session trap: a programme that is not among the briefs; every check that needs it fails, only the
    # press-conference decision (independent of the programme) still counts.
    unknown = dict(perfect)
    unknown["proyek_program_jawab"] = 'program = "pilkada"'
    cohort["program_salah"] = {"answers": unknown, "expected": 1}

    # Session trap: a clickbait headline on an otherwise well-built release (structure still counts).
    bait = dict(perfect)
    bait["proyek_rilis_jawab"] = perfect["proyek_rilis_jawab"].replace(
        "BPBD Sukamaju Latih Evakuasi Banjir di 28 Desa Bantaran Sungai",
        "Heboh! Warga Wajib Tahu Ini Sebelum Banjir Datang",
    )
    assert bait["proyek_rilis_jawab"] != perfect["proyek_rilis_jawab"]
    cohort["judul_clickbait"] = {"answers": bait, "expected": AUTO - 2}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["proyek_metrik_jawab"] = 'metrik = {"M1": "outcome", "M2": "output", "M8": "outcome"}'
    cohort["hapus_sel_uji"] = {
        "answers": deletes,
        "delete": ["proyek_metrik", "proyek_judul"],
        "expected": AUTO - 2,
    }

    # Edited locked cells are restored, the setup cell included.
    edits = dict(perfect)
    edits["proyek_kalender_jawab"] = late["proyek_kalender_jawab"]
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"proyek_kalender": 'print("lolos")', "proyek_siapkan": "pass"},
        "expected": AUTO - 2,
    }
    return cohort

"""Session 07: eleven students, the usual kinds of submission plus the project's and the Tes Akhir's traps.

Autograded: programme (1 point), SMART objective (2), audience hours (2), calendar (2), release
structure (2), headline (2), press-conference decision (1), metrics (2), and the 18 Tes Akhir
items (1 each). The three written answers (3 + 3 + 2 points) count in the maximum but autograde
scores them 0 until an instructor grades them, so a perfect submission autogrades to 32 of 40.
"""

from __future__ import annotations

from course import itembank

from . import answer_key, perfect_answers

SESSION = "07-proyek-akhir"
N_ITEMS = len(itembank.items())
PROJECT = 1 + 2 + 2 + 2 + 2 + 2 + 1 + 2
AUTO = PROJECT + N_ITEMS
WRITTEN = 3 + 3 + 2
MAX_SCORE = AUTO + WRITTEN


def letter(form: str, number: int, right: bool = True) -> str:
    return next(
        x for x, _ in itembank.options(form, number) if itembank.is_correct(form, number, x, answer_key()) == right
    )


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # An objective without a deadline, and the second half of the Tes Akhir left blank.
    partial = dict(perfect)
    partial["proyek_tujuan_jawab"] = (
        'tujuan = {"ukuran": "jumlah desa rawan banjir yang sudah menggelar simulasi '
        'evakuasi", "awal": 12, "target": 30, "tenggat": ""}'
    )
    for n in range(10, N_ITEMS + 1):
        partial[f"tes_akhir_{n:02d}_jawab"] = f'jawaban_{n:02d} = ""'
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 2 - (N_ITEMS - 9)}

    # A list where the calendar's DataFrame belongs, a number where the release belongs
    # (release and headline fail), a number where a Tes Akhir letter belongs.
    wrong_type = dict(perfect)
    wrong_type["proyek_kalender_jawab"] = (
        'kalender = [["2025-11-03", 12, "Facebook", "video", "informasi", "Simulasi evakuasi dimulai"]]'
    )
    wrong_type["proyek_rilis_jawab"] = "siaran = 2025"
    wrong_type["tes_akhir_01_jawab"] = "jawaban_01 = 3"
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 2 - 4 - 1}

    # Session trap: one calendar post scheduled after the programme ends.
    late = dict(perfect)
    late["proyek_kalender_jawab"] = perfect["proyek_kalender_jawab"].replace('"2025-12-15"', '"2026-01-05"')
    assert late["proyek_kalender_jawab"] != perfect["proyek_kalender_jawab"]
    cohort["tanggal_di_luar"] = {"answers": late, "expected": AUTO - 2}

    # Session trap: an evaluation plan that counts outputs only.
    outputs = dict(perfect)
    outputs["proyek_metrik_jawab"] = 'metrik = {"M1": "output", "M2": "output", "M3": "output"}'
    cohort["output_saja"] = {"answers": outputs, "expected": AUTO - 2}

    # Session trap: the Tes Akhir answered with the Tes Awal's right letters (the options are rotated).
    remembered = dict(perfect)
    for n in range(1, N_ITEMS + 1):
        remembered[f"tes_akhir_{n:02d}_jawab"] = f'jawaban_{n:02d} = "{letter("awal", n)}"'
    cohort["huruf_tes_awal"] = {"answers": remembered, "expected": AUTO - N_ITEMS}

    # Session trap: a programme that is not among the briefs; every check that needs it fails,
    # the press-conference decision (independent of the programme) and the Tes Akhir still count.
    unknown = dict(perfect)
    unknown["proyek_program_jawab"] = 'program = "pilkada"'
    cohort["program_salah"] = {"answers": unknown, "expected": 1 + N_ITEMS}

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
        "delete": ["proyek_metrik", "tes_akhir_05", "proyek_judul"],
        "expected": AUTO - 2,
    }

    # Edited locked cells are restored, the setup cell included.
    edits = dict(perfect)
    edits["proyek_kalender_jawab"] = late["proyek_kalender_jawab"]
    edits["tes_akhir_02_jawab"] = f'jawaban_02 = "{letter("akhir", 2, right=False)}"'
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"proyek_kalender": 'print("lolos")', "tes_akhir_02": "pass", "proyek_siapkan": "pass"},
        "expected": AUTO - 2 - 1,
    }
    return cohort

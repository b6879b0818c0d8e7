"""Session 06: fifteen students, one for each kind of submission an instructor meets.

Autograded: konpers or release (2 points), the rundown (3), the media advisory in two groups
of checks (elements 2, date and time 2), the prepared answers to three hard questions (3, all
three must pass the answer checker). The key messages and hard questions (4 points) count
in the maximum but autograde scores them 0 until an instructor grades them, so a perfect
submission autogrades to 12 of 16.
"""

from __future__ import annotations

from course.widgets.rundown_planner import ACARA_URUT

from . import perfect_answers

SESSION = "06-konferensi-pers"
AUTO = 2 + 3 + 2 + 2 + 3
WRITTEN = 4
MAX_SCORE = AUTO + WRITTEN

ITEMS = list(ACARA_URUT)  # the press conference's items, as the planner widget lists them
ACARA = "[" + ", ".join(f'"{a}"' for a in ITEMS) + "]"


def _rundown(minutes: list[int], start: str = "09.30", order: list[int] | None = None) -> str:
    """The fill-in answer: susun_rundown({item: minutes, ...}, mulai=...) with the items in ``order``."""
    pairs = [(ITEMS[i], minutes[i]) for i in (order or range(len(ITEMS)))]
    body = "".join(f'    "{a}": {m},\n' for a, m in pairs)
    return f'rundown = susun_rundown(\n{{\n{body}}},\nmulai="{start}",\n)'


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    advisory = perfect["undangan_jawab"]
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Right decisions with one wrong reason code (scenario 1), the rest right.
    partial = dict(perfect)
    partial["konpers_atau_rilis_jawab"] = (
        'keputusan = {1: ["konpers", "K2"], 2: ["konpers", "K2"], '
        '3: ["siaran pers", "S1"], 4: ["siaran pers", "S2"], 5: ["siaran pers", "S1"]}'
    )
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 2}

    # A list where the dict of decisions belongs, a list of lists where the rundown table belongs.
    wrong_type = dict(perfect)
    wrong_type["konpers_atau_rilis_jawab"] = (
        'keputusan = ["konpers", "konpers", "siaran pers", "siaran pers", "siaran pers"]'
    )
    wrong_type["rundown_konpers_jawab"] = 'rundown = [["Registrasi wartawan", 15], ["Tanya jawab", 30]]'
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 2 - 3}

    # A rundown typed by hand as a DataFrame, with the right times: accepted like one from susun_rundown.
    by_hand = dict(perfect)
    by_hand["rundown_konpers_jawab"] = (
        "import pandas as pd\n"
        f'rundown = pd.DataFrame({{"acara": {ACARA},\n'
        '                        "durasi_menit": [15, 5, 15, 10, 30, 5, 10],\n'
        '                        "mulai": ["09.30", "09.45", "09.50", "10.05", "10.15", "10.45", "10.50"],\n'
        '                        "selesai": ["09.45", "09.50", "10.05", "10.15", "10.45", "10.50", "11.00"]})'
    )
    cohort["tabel_manual"] = {"answers": by_hand, "expected": AUTO}

    # Session trap: forty minutes of questions, so the rundown ends at 11.10, ten minutes late.
    late = dict(perfect)
    late["rundown_konpers_jawab"] = _rundown([15, 5, 15, 10, 40, 5, 10])
    cohort["selesai_terlambat"] = {"answers": late, "expected": AUTO - 3}

    # Session trap: ten minutes of questions (one or two questions), everything else right.
    short = dict(perfect)
    short["rundown_konpers_jawab"] = _rundown([15, 5, 25, 15, 10, 5, 10])
    cohort["tanya_jawab_pendek"] = {"answers": short, "expected": AUTO - 3}

    # Another order an editor accepts: the Disperindag head before the Bupati, photos before the closing,
    # and the other defensible reason for scenario 2 (a market relocation concerns many residents).
    other = dict(perfect)
    other["rundown_konpers_jawab"] = _rundown([15, 5, 15, 10, 30, 5, 10], order=[0, 1, 3, 2, 4, 6, 5])
    other["konpers_atau_rilis_jawab"] = (
        'keputusan = {1: ["konpers", "K1"], 2: ["konpers", "K1"], '
        '3: ["siaran pers", "S1"], 4: ["siaran pers", "S2"], 5: ["siaran pers", "S1"]}'
    )
    cohort["urutan_lain"] = {"answers": other, "expected": AUTO}

    # Session trap: the advisory without a time zone (every element is there).
    no_zone = dict(perfect)
    no_zone["undangan_jawab"] = advisory.replace(" WIB", "")
    cohort["tanpa_wib"] = {"answers": no_zone, "expected": AUTO - 2}

    # Session trap: a weekday that does not match the date, and the elements' group still passes.
    wrong_day = dict(perfect)
    wrong_day["undangan_jawab"] = advisory.replace("Kamis, 13 Juni 2024", "Rabu, 13 Juni 2024")
    cohort["hari_keliru"] = {"answers": wrong_day, "expected": AUTO - 2}

    # Session trap: "tidak ada komentar" for the rent question; the other two answers are right.
    answers = perfect["jawaban_sulit_jawab"]
    no_comment = dict(perfect)
    no_comment["jawaban_sulit_jawab"] = (
        answers.split("    2: ")[0] + '    2: """Tidak ada komentar.""",\n    3: ' + (answers.split("    3: ", 1)[1])
    )
    cohort["tidak_ada_komentar"] = {"answers": no_comment, "expected": AUTO - 3}

    # Another answer an editor accepts: a refusal with its reason and a date, then the bridge to the key message.
    refusal = dict(perfect)
    refusal["jawaban_sulit_jawab"] = (
        answers.split("    2: ")[0]
        + (
            '    2: """Pertanyaan yang wajar. Saya belum dapat menyebut angka final karena tarifnya masih dibahas bersama '
            "DPRD; kami umumkan Jumat, 14 Juni 2024. Yang pasti, biaya sewa kios di pasar baru terjangkau dan diumumkan "
            'terbuka kepada semua pedagang.""",\n    3: '
        )
        + answers.split("    3: ", 1)[1]
    )
    cohort["menolak_beralasan"] = {"answers": refusal, "expected": AUTO}

    # Session trap: only two of the three answers written (the third left as its empty placeholder).
    two = dict(perfect)
    two["jawaban_sulit_jawab"] = answers.split("    3: ")[0] + '    3: """""",\n}'
    cohort["dua_jawaban"] = {"answers": two, "expected": AUTO - 3}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["konpers_atau_rilis_jawab"] = (
        'keputusan = {1: ["siaran pers", "S1"], 2: ["siaran pers", "S1"], '
        '3: ["konpers", "K1"], 4: ["konpers", "K1"], 5: ["konpers", "K1"]}'
    )
    cohort["hapus_sel_uji"] = {
        "answers": deletes,
        "delete": ["konpers_atau_rilis", "undangan_waktu"],
        "expected": AUTO - 2,
    }

    # Edited locked cells are restored, the setup cell included: the wrong order still fails.
    edits = dict(perfect)
    edits["rundown_konpers_jawab"] = _rundown([10, 5, 15, 10, 30, 5, 15], order=[0, 4, 1, 2, 3, 5, 6])
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"rundown_konpers": 'print("lolos")', "konpers_siapkan": "pass"},
        "expected": AUTO - 3,
    }
    return cohort

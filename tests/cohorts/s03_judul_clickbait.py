"""Session 03: ten students, one for each kind of submission an instructor meets.

Autograded: labelling (2 points), three rewrites (2 each), the release headline (2). The
argued best headline (3 points) counts in the maximum but autograde scores it 0 until an
instructor grades it, so a perfect submission autogrades to 10 of 13.
"""

from __future__ import annotations

from course.sessions import s03_judul_clickbait as judul

from . import perfect_answers

SESSION = "03-judul-clickbait"
AUTO = 2 + 3 * 2 + 2
WRITTEN = 3
MAX_SCORE = AUTO + WRITTEN

KUNCI = [
    "normal",
    "clickbait",
    "normal",
    "clickbait",
    "normal",
    "clickbait",
    "clickbait",
    "normal",
    "clickbait",
    "normal",
    "clickbait",
    "normal",
]


def _labels(labels) -> str:
    return "label_judul = [" + ", ".join(f'"{x}"' for x in labels) + "]"


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Two labels swapped, one rewrite without the core of the news (no aid, only "Peduli"), the rest right.
    partial = dict(perfect)
    swapped = list(KUNCI)
    swapped[5], swapped[4] = "normal", "clickbait"
    partial["judul_label_jawab"] = _labels(swapped)
    partial["tulis_ulang_1_jawab"] = 'judul_baru_1 = "Pemkab Sukamaju Peduli Korban Banjir"'
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 2 - 2}

    # A string where a list belongs, a number where a headline belongs.
    wrong_type = dict(perfect)
    wrong_type["judul_label_jawab"] = 'label_judul = "normal, clickbait, normal"'
    wrong_type["tulis_ulang_2_jawab"] = "judul_baru_2 = 2024"
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 2 - 2}

    # Session trap: each "rewrite" only copies the original clickbait headline.
    copies = dict(perfect)
    for n in (1, 2, 3):
        copies[f"tulis_ulang_{n}_jawab"] = f'judul_baru_{n} = "{judul.lembar_fakta(n)["judul_asli"]}"'
    cohort["salin_judul"] = {"answers": copies, "expected": AUTO - 6}

    # Session trap: the facts are there, but the forward reference and the exclamation stay.
    still_bait = dict(perfect)
    still_bait["judul_rilis_jawab"] = 'judul_rilis = "Ini Mal Pelayanan Publik Pemkab Sukamaju di Sukadana!"'
    cohort["masih_clickbait"] = {"answers": still_bait, "expected": AUTO - 2}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["tulis_ulang_2_jawab"] = 'judul_baru_2 = "Layanan KTP Keliling"'
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["tulis_ulang_2", "judul_label"], "expected": AUTO - 2}

    # Edited locked cells are restored, the setup cell included.
    edits = dict(perfect)
    edits["tulis_ulang_3_jawab"] = 'judul_baru_3 = "Begini Nasib Pasar Lama Sukamaju"'
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"tulis_ulang_3": 'print("lolos")', "judul_siapkan": "pass"},
        "expected": AUTO - 2,
    }

    # Spelling only: the right facts, no bait, but "Bagi" capitalised and "Rp 12" spaced.
    spelling = dict(perfect)
    spelling["tulis_ulang_1_jawab"] = (
        'judul_baru_1 = "Pemkab Sukamaju Salurkan 2 Ton Beras Bagi 300 Keluarga Korban Banjir"'
    )
    spelling["tulis_ulang_3_jawab"] = 'judul_baru_3 = "Pemkab Sukamaju Bangun Ulang Pasar Lama Senilai Rp 12 Miliar"'
    cohort["salah_ejaan"] = {"answers": spelling, "expected": AUTO - 4}

    # Reader-first headlines that name no institution: an editor publishes them, so they earn full marks.
    readers = dict(perfect)
    readers["tulis_ulang_1_jawab"] = 'judul_baru_1 = "300 Keluarga Korban Banjir di Sukadana Terima 2 Ton Beras"'
    readers["tulis_ulang_2_jawab"] = 'judul_baru_2 = "Perekaman KTP Elektronik Keliling Hadir di 8 Desa Sukadana"'
    readers["tulis_ulang_3_jawab"] = 'judul_baru_3 = "350 Kios Pasar Lama Sukamaju Dibangun Ulang Mulai Juli"'
    readers["judul_rilis_jawab"] = (
        'judul_rilis = "Urus KTP hingga Izin Usaha Kini Cukup di Mal Pelayanan Publik Sukadana"'
    )
    cohort["tanpa_instansi"] = {"answers": readers, "expected": AUTO}
    return cohort

"""Session 05: ten students, one for each kind of submission an instructor meets.

Autograded: 5W1H (2 points), inverted pyramid (2), non-standard words (2), the release in
three groups of checks (structure 2, facts 2, style 2; the length is advice, not graded) and its
headline (2). The angle answer (3 points) counts in the maximum but autograde scores it 0 until an
instructor grades it, so a perfect submission autogrades to 14 of 17.
"""

from __future__ import annotations

from pathlib import Path

from . import perfect_answers

SESSION = "05-siaran-pers"
AUTO = 2 + 2 + 2 + 2 + 2 + 2 + 2
WRITTEN = 3
MAX_SCORE = AUTO + WRITTEN
DATA = Path(__file__).resolve().parent.parent / "data" / "siaran_pers"


def _release(text: str) -> str:
    return 'siaran = """' + text.strip() + '"""'


def build(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    good = (DATA / "baik.txt").read_text(encoding="utf-8")
    cohort = {"sempurna": {"answers": perfect, "expected": AUTO}, "kosong": {"answers": {}, "expected": 0}}

    # Pyramid with the lead in the middle; one non-standard word left ("Jadual").
    partial = dict(perfect)
    partial["urutan_piramida_jawab"] = 'urutan = ["A", "C", "E", "B", "D"]'
    partial["paragraf_baku_jawab"] = (
        'paragraf_perbaikan = "Dinkes Sukamaju mengimbau orang tua agar tidak terlambat '
        "membawa anaknya. Jadual layanan dapat dilihat di papan pengumuman puskesmas. "
        "Orang tua diminta antre dengan rapi dan tidak perlu membawa ijazah atau surat "
        'izin apa pun."'
    )
    cohort["sebagian"] = {"answers": partial, "expected": AUTO - 4}

    # A list where a dict belongs, a number where the release belongs (all four release cells fail).
    wrong_type = dict(perfect)
    wrong_type["unsur_teras_jawab"] = 'unsur = ["C", "E", "A", "F", "B", "D"]'
    wrong_type["rilis_jawab"] = "siaran = 2024"
    cohort["salah_tipe"] = {"answers": wrong_type, "expected": AUTO - 2 - 8}

    # Session trap: a well-formed release about another event (a public-service mall): every part is there,
    # so structure and style pass, but the facts (lead and quote) and the headline's key facts do not.
    other = dict(perfect)
    other["rilis_jawab"] = _release((DATA / "acara_lain.txt").read_text(encoding="utf-8"))
    cohort["acara_lain"] = {"answers": other, "expected": AUTO - 2 - 2}

    # Session trap: the right release without its end mark and with the quote's comma missing:
    # structure and facts fail, style and headline still count.
    sloppy = dict(perfect)
    broken = (
        good.replace("\n###\n", "\n").replace('jadwal," ujar', 'jadwal" ujar').replace('datang," kata', 'datang" kata')
    )
    sloppy["rilis_jawab"] = _release(broken)
    cohort["tanpa_penutup"] = {"answers": sloppy, "expected": AUTO - 4}

    # Another house style (embargo line, "Kontak media", "###" at the very end, position after the name):
    # an editor accepts it, so it earns every point the model answer earns.
    house_style = dict(perfect)
    house_style["rilis_jawab"] = _release(
        (DATA / "gaya_embargo_tanda_akhir_paling_bawah.txt").read_text(encoding="utf-8")
    )
    cohort["gaya_redaksi_lain"] = {"answers": house_style, "expected": AUTO}

    # The speaker only ever named "Rina": an editor asks who she is, so the facts group fails (and only it).
    short_name = dict(perfect)
    short_name["rilis_jawab"] = _release(
        good.replace("ujar Kepala Dinas Kesehatan Kabupaten Sukamaju, dr. Rina Wulandari.", "ujar Rina.")
    )
    cohort["nama_pendek"] = {"answers": short_name, "expected": AUTO - 2}

    # Deleted test cells come back: a wrong answer under one still fails, a right one still counts.
    deletes = dict(perfect)
    deletes["unsur_teras_jawab"] = (
        'unsur = {"siapa": "A", "apa": "B", "kapan": "C", "di_mana": "D", "mengapa": "E", "bagaimana": "F"}'
    )
    cohort["hapus_sel_uji"] = {"answers": deletes, "delete": ["unsur_teras", "rilis_gaya"], "expected": AUTO - 2}

    # Edited locked cells are restored, the setup cell included.
    edits = dict(perfect)
    edits["urutan_piramida_jawab"] = 'urutan = ["D", "B", "E", "A", "C"]'
    edits["rilis_jawab"] = _release(
        good.replace(
            "Dinkes Sukamaju Buka Imunisasi Kejar Gratis untuk 4.200 Balita",
            "Heboh! Ini Imunisasi Gratis yang Wajib Kamu Tahu",
        )
    )
    cohort["ubah_sel_terkunci"] = {
        "answers": edits,
        "edit": {"urutan_piramida": 'print("lolos")', "rilis_judul": "pass", "rilis_siapkan": "pass"},
        "expected": AUTO - 2 - 2,
    }
    return cohort

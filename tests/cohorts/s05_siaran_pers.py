"""Session 05: fourteen students, one for each kind of submission an instructor meets.

Autograded: 5W1H (2 points), inverted pyramid (2), non-standard words (2), the release in
three groups of checks (structure 2, facts 2, style 2 with ethics; the length is advice, not graded), its
headline (2) and the fixed draft of the ethics exercise (2, optional). The angle answer (3 points) counts in the
maximum but autograde scores it 0 until an instructor grades it, so a perfect submission autogrades to 16 of 19.
"""

from __future__ import annotations

from pathlib import Path

from course.sessions import s05_siaran_pers as siaran

from . import perfect_answers

SESSION = "05-siaran-pers"
AUTO = 2 + 2 + 2 + 2 + 2 + 2 + 2 + 2
WRITTEN = 3
MAX_SCORE = AUTO + WRITTEN
DATA = Path(__file__).resolve().parent.parent / "data" / "siaran_pers"


def _release(text: str) -> str:
    return 'siaran = """' + text.strip() + '"""'


def _fixed(text: str) -> str:
    return 'rilis_etis = """' + text.strip() + '"""'


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
    _ethics_students(cohort, perfect)
    return cohort


def _ethics_students(cohort: dict, perfect: dict) -> None:
    """The ethics exercise (Latihan 7): the draft fixed in another editor's words, and three ways to miss it."""
    fixed = perfect["rilis_etika_jawab"].split('"""')[1]
    draft = siaran.DRAF_ETIKA

    # Another editor's fix: the suspect keeps his name but is only "diduga", the police the source; the child has
    # an age, no name and no school; the rumour is replaced by an appeal. An editor accepts it: full points.
    other = dict(perfect)
    other["rilis_etika_jawab"] = _fixed(
        draft.replace(
            "Korbannya, Putri Ayu Lestari (10), siswi kelas 4 SD Negeri 3 Sukamaju,", "Korbannya, siswi kelas 4,"
        )
        .replace(
            "Penjaga sekolah tersebut, Joko Susilo, menganiaya",
            "Menurut Polres Sukamaju, penjaga sekolah tersebut, Joko Susilo, diduga menganiaya",
        )
        .replace(
            "Kabarnya, masih ada puluhan kasus serupa di Sukamaju yang tidak pernah dilaporkan.",
            "DP3A meminta warga melaporkan kasus serupa.",
        )
        .replace("bagi orang cacat", "bagi penyandang disabilitas")
    )
    cohort["etika_gaya_lain"] = {"answers": other, "expected": AUTO}

    # Three problems fixed, "orang cacat" left (Pasal 8): the exercise's points are lost.
    three = dict(perfect)
    three["rilis_etika_jawab"] = _fixed(fixed.replace("bagi penyandang disabilitas", "bagi orang cacat"))
    cohort["etika_tiga_masalah"] = {"answers": three, "expected": AUTO - 2}

    # The child's name replaced by initials, but her school still named (Pedoman Pemberitaan Ramah Anak).
    school = dict(perfect)
    school["rilis_etika_jawab"] = _fixed(
        fixed.replace("seorang siswi berinisial PA (10),", "PA (10), siswi kelas 4 SD Negeri 3 Sukamaju,")
    )
    cohort["etika_sekolah_anak"] = {"answers": school, "expected": AUTO - 2}

    # Every problem "fixed" by deleting the paragraphs that held them, facts included (the psychologist, the
    # sign-language interpreter): no finding, but the story is gone, so no points.
    cut = dict(perfect)
    paragraphs = fixed.split("\n\n")
    cut["rilis_etika_jawab"] = _fixed("\n\n".join([paragraphs[0], paragraphs[1], paragraphs[4], "###"]))
    cohort["etika_hapus_fakta"] = {"answers": cut, "expected": AUTO - 2}

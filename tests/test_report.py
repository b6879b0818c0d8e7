"""`bimtek report` and `bimtek certificates` on gradebooks written through nbgrader's own API.

A small cohort with hand-picked Tes Awal / Tes Akhir answers makes every gain
exact (including a Tes Awal at the maximum, for a participant and for an item);
sessions 00, 01, 07 and 08 exist in the gradebook only. As in the course, the
Tes Awal is in session 00 and the Tes Akhir in its own session 08, after the
project of session 07.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pypdf
import pytest

from . import synthetic
from .grading_support import bimtek

S00, S01, S07, S08 = "00-pengantar", "01-konten-medsos", "07-proyek-akhir", "08-tes-akhir"
N = synthetic.N_ITEMS

# Which Tes Awal / Tes Akhir items each participant answers correctly.
PRE = {
    "a_naik": range(1, 10),
    "b_maks": range(1, N + 1),
    "c_sedang": [1],
    "d_tetap": range(1, 10),
    "e_turun": range(1, 13),
    "f_awal_saja": range(1, 5),
    "g_gagal": range(1, 7),
}
POST = {
    "a_naik": range(1, N + 1),
    "b_maks": range(1, N),
    "c_sedang": range(1, 10),
    "d_tetap": range(1, 10),
    "e_turun": range(1, 7),
}
KAB = {
    "a_naik": "Kabupaten Agam",
    "b_maks": "Kabupaten Agam",
    "c_sedang": "Kabupaten Sleman",
    "d_tetap": "Kabupaten Sleman",
    "e_turun": "Kabupaten Gowa",
    "f_awal_saja": "Kabupaten Gowa",
    "g_gagal": "Kabupaten Gowa",
    "h_tanpa": "Kabupaten Gowa",
}
NAMES = {
    "a_naik": ("Siti", "Aminah"),
    "b_maks": ("Made", "Wirawan"),
    "c_sedang": ("Sukarno", None),
    "d_tetap": ("Dewi", "Lestari"),
    "e_turun": ("Andi", "Saputra"),
    "f_awal_saja": ("Rina", "Wati"),
    "g_gagal": ("Yusuf", "Hidayat"),
    "h_tanpa": ("Putu", "Ayu"),
}


def scores() -> dict:
    result = {}
    for student, items in PRE.items():
        cells = {f"pemanasan_{i}": 1.0 for i in range(1, 5)}
        cells.update({f"tes_awal_{n:02d}": 1.0 for n in items})
        result[(student, S00)] = cells
    for student in ("a_naik", "b_maks", "d_tetap", "e_turun", "g_gagal"):
        result[(student, S01)] = {cell: points for cell, points in synthetic.session_cells(S01)}
    result[("c_sedang", S01)] = {cell: points for cell, points in synthetic.session_cells(S01)[:4]}
    for student, items in POST.items():
        result[(student, S07)] = {"proyek_rencana": 4.0, "proyek_siaran": 4.0} if student != "c_sedang" else {}
        result[(student, S08)] = {f"tes_akhir_{n:02d}": 1.0 for n in items}
    return result


def students() -> list[dict]:
    return [
        {
            "id": s,
            "first_name": NAMES[s][0],
            "last_name": NAMES[s][1],
            "email": f"{s}@contoh.go.id",
            "kabupaten": KAB[s],
        }
        for s in KAB
    ]


@pytest.fixture(scope="module")
def cohort_course(tmp_path_factory):
    course = synthetic.course(tmp_path_factory.mktemp("laporan") / "kursus")
    synthetic.fill(
        course,
        [S00, S01, S07, S08],
        students(),
        scores(),
        statuses={("g_gagal", S07): ("gagal", "berkas 07-proyek-akhir.ipynb rusak")},
    )
    return course


def close(expected: float):
    """laporan.csv keeps six decimals."""
    return pytest.approx(expected, abs=1e-5)


def read_report_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def value(rows, bagian, ukuran, **match) -> float | str:
    found = [
        r for r in rows if r["bagian"] == bagian and r["ukuran"] == ukuran and all(r[k] == v for k, v in match.items())
    ]
    assert len(found) == 1, (bagian, ukuran, match, found)
    return found[0]


@pytest.fixture(scope="module")
def report(cohort_course):
    proc = bimtek(["report", "--keluaran", "laporan"], cohort_course)
    assert proc.returncode == 0, proc.stderr
    return cohort_course / "laporan"


def test_report_writes_a_page_charts_and_a_csv(report):
    names = {p.name for p in report.iterdir()}
    assert {
        "index.html",
        "laporan.csv",
        "nilai_per_sesi.png",
        "nilai_per_kabupaten.png",
        "kesukaran_butir.png",
        "penyelesaian.png",
        "gain_peserta.png",
        "gain_butir.png",
    } <= names
    for png in report.glob("*.png"):
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000, png
    html = (report / "index.html").read_text(encoding="utf-8")
    for heading in (
        "Nilai per sesi",
        "Nilai per kabupaten",
        "Penyelesaian",
        "Tingkat kesukaran",
        "Gain Tes Awal → Tes Akhir",
    ):
        assert heading in html
    for png in names - {"index.html", "laporan.csv"}:
        assert f'src="{png}"' in html and "alt=" in html
    # each chart's text alternative names its highest and lowest value, or points at the table with the figures
    alts = re.findall(r'<img src="[^"]+" alt="([^"]+)"', html)
    assert len(alts) == 6, alts
    for alt in alts:
        assert ("nilai tertinggi: " in alt and "nilai terendah: " in alt) or "ada di tabel" in alt, alt
    assert sum("nilai tertinggi: " in alt for alt in alts) == 4


def test_hake_gain_per_participant_with_the_pre_test_maximum_handled(report):
    rows = read_report_csv(report / "laporan.csv")
    g = {r["peserta"]: r for r in rows if r["bagian"] == "gain_peserta" and r["ukuran"] == "g"}
    assert set(g) == {"a_naik", "b_maks", "c_sedang", "d_tetap", "e_turun"}  # both tests only
    assert float(g["a_naik"]["nilai"]) == close(1.0) and g["a_naik"]["keterangan"] == "tinggi"
    assert g["b_maks"]["nilai"] == "" and g["b_maks"]["keterangan"] == "tidak dihitung: Tes Awal sudah maksimal"
    assert float(g["c_sedang"]["nilai"]) == close((0.5 - 1 / 18) / (1 - 1 / 18))
    assert g["c_sedang"]["keterangan"] == "sedang"
    assert float(g["d_tetap"]["nilai"]) == close(0.0) and g["d_tetap"]["keterangan"] == "rendah"
    assert float(g["e_turun"]["nilai"]) == close(-1.0) and g["e_turun"]["keterangan"] == "rendah"
    pre = float(value(rows, "gain_peserta", "pre", peserta="e_turun")["nilai"])
    assert pre == close(12 / 18)


def test_hake_gain_per_item_and_for_the_class(report):
    rows = read_report_csv(report / "laporan.csv")
    item1 = value(rows, "gain_butir", "g", butir="01")
    assert item1["nilai"] == "" and item1["keterangan"] == "tidak dihitung: Tes Awal sudah maksimal"
    assert float(value(rows, "gain_butir", "pre", butir="01")["nilai"]) == close(1.0)
    assert float(value(rows, "gain_butir", "g", butir="18")["nilai"]) == close(0.0)
    assert float(value(rows, "gain_butir", "g", butir="10")["nilai"]) == close(0.0)  # 2/5 -> 2/5
    item7 = value(rows, "gain_butir", "g", butir="07")  # pre 4/5, post 4/5 (e_turun forgets it)
    assert float(item7["nilai"]) == close(0.0)
    mean_pre = (9 / 18 + 1 + 1 / 18 + 9 / 18 + 12 / 18) / 5
    mean_post = (1 + 17 / 18 + 9 / 18 + 9 / 18 + 6 / 18) / 5
    cls = value(rows, "gain_kelas", "g")
    assert float(cls["nilai"]) == close((mean_post - mean_pre) / (1 - mean_pre))
    assert cls["keterangan"] == "rendah"
    assert float(value(rows, "gain_kelas", "n_maksimal")["nilai"]) == 1
    html = (report / "index.html").read_text(encoding="utf-8")
    assert "1 peserta hanya punya Tes Awal" in html or "2 peserta hanya punya Tes Awal" in html


def test_scores_difficulty_kabupaten_and_completion(report):
    rows = read_report_csv(report / "laporan.csv")
    assert float(value(rows, "nilai_peserta", "skor", peserta="a_naik", sesi=S00)["nilai"]) == 13
    failed = value(rows, "nilai_peserta", "skor", peserta="g_gagal", sesi=S07)
    assert failed["nilai"] == "" and failed["keterangan"].startswith("gagal: berkas 07-proyek-akhir.ipynb rusak")
    # every graded cell has a difficulty; tes_awal_01 is answered by all 7 who sat session 00
    p = value(rows, "kesukaran", "p", sesi=S00, butir="tes_awal_01")
    assert float(p["nilai"]) == close(1.0) and p["keterangan"] == "n=7"
    assert float(value(rows, "kesukaran", "p", sesi=S00, butir="tes_awal_18")["nilai"]) == close(1 / 7)
    cells = {r["butir"] for r in rows if r["bagian"] == "kesukaran"}
    assert cells == {c for s in (S00, S01, S07, S08) for c, _ in synthetic.session_cells(s)}
    # the Tes Akhir items are session 08's cells, session 07 holds the project only
    assert {r["butir"] for r in rows if r["bagian"] == "kesukaran" and r["sesi"] == S08} == {
        f"tes_akhir_{n:02d}" for n in range(1, N + 1)
    }
    assert not any(r["butir"].startswith("tes_") for r in rows if r["bagian"] == "kesukaran" and r["sesi"] == S07)
    assert float(value(rows, "penyelesaian", "dinilai", sesi=S07)["nilai"]) == 5
    assert float(value(rows, "penyelesaian", "gagal", sesi=S07)["nilai"]) == 1
    assert float(value(rows, "penyelesaian", "tidak_mengumpulkan", sesi=S07)["nilai"]) == 2
    assert float(value(rows, "penyelesaian", "dinilai", sesi=S08)["nilai"]) == 5
    assert float(value(rows, "penyelesaian", "tidak_mengumpulkan", sesi=S08)["nilai"]) == 3
    assert float(value(rows, "kabupaten", "peserta", kabupaten="Kabupaten Gowa")["nilai"]) == 4
    agam = float(value(rows, "kabupaten", "rata_rata_persen", kabupaten="Kabupaten Agam")["nilai"])
    a = (13 / 22 + 1 + 8 / 8 + 18 / 18) / 4 * 100
    b = (22 / 22 + 1 + 8 / 8 + 17 / 18) / 4 * 100
    assert agam == close((a + b) / 2)


def test_report_without_a_tes_akhir_says_the_gain_cannot_be_computed(tmp_path):
    course = synthetic.course(tmp_path / "kursus")
    people = students()[:3]
    synthetic.fill(course, [S00], people, {(p["id"], S00): {"tes_awal_01": 1.0} for p in people})
    proc = bimtek(["laporan"], course)
    assert proc.returncode == 0, proc.stderr
    html = (course / "laporan" / "index.html").read_text(encoding="utf-8")
    assert "Belum dapat dihitung" in html and "sesi 08-tes-akhir" in html  # where the Tes Akhir is
    assert not (course / "laporan" / "gain_peserta.png").exists()


def test_report_refuses_without_a_gradebook(tmp_path):
    course = synthetic.course(tmp_path / "kursus")
    proc = bimtek(["report"], course)
    assert proc.returncode == 2 and proc.stderr.strip().startswith("Galat: buku nilai belum ada.")
    assert len(proc.stderr.strip().splitlines()) == 1


CERT_ARGS = [
    "certificates",
    "--mulai",
    "2025-03-03",
    "--selesai",
    "2025-03-05",
    "--jam",
    "24",
    "--tempat",
    "Jakarta",
    "--penyelenggara",
    "APKASI",
    "--nilai-minimum",
    "50",
]


def test_certificates_for_those_who_completed(cohort_course):
    proc = bimtek(CERT_ARGS, cohort_course)
    assert proc.returncode == 0, proc.stderr
    folder = cohort_course / "sertifikat"
    issued = sorted(p.name for p in folder.glob("*.pdf"))
    assert issued == [
        "sertifikat-a_naik.pdf",
        "sertifikat-b_maks.pdf",
        "sertifikat-d_tetap.pdf",
        "sertifikat-e_turun.pdf",
    ]
    reader = pypdf.PdfReader(folder / "sertifikat-a_naik.pdf")
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "SERTIFIKAT PENYELESAIAN",
        "Siti Aminah",
        "Kabupaten Agam",
        "Bimtek Manajemen Media Sosial dan Kehumasan",
        "3–5 Maret 2025",
        "Jakarta",
        "selama 24 jam",
        "APKASI",
        "bukan STTPP",
        "Tes Akhir: 100% benar",
    ):
        assert expected in text, (expected, text)
    assert reader.metadata.title == "Sertifikat penyelesaian: Siti Aminah"
    single = " ".join(pypdf.PdfReader(folder / "sertifikat-b_maks.pdf").pages[0].extract_text().split())
    assert "Made Wirawan" in single
    with open(folder / "daftar-sertifikat.csv", newline="", encoding="utf-8") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert rows["c_sedang"]["memenuhi_syarat"] == "tidak" and "di bawah syarat 50%" in rows["c_sedang"]["alasan"]
    assert "07-proyek-akhir" in rows["g_gagal"]["alasan"] and "01-konten-medsos" in rows["f_awal_saja"]["alasan"]
    assert rows["a_naik"]["nomor"].startswith("BIMTEK-2025-")
    assert "4 sertifikat penyelesaian" in proc.stdout


def test_a_configurable_rule_changes_who_completes(cohort_course, tmp_path):
    proc = bimtek([*CERT_ARGS[:9], "--sesi-wajib", S00, "--keluaran", str(tmp_path / "hanya00")], cohort_course)
    assert proc.returncode == 0, proc.stderr
    issued = {p.stem.removeprefix("sertifikat-") for p in (tmp_path / "hanya00").glob("*.pdf")}
    assert issued == {"a_naik", "b_maks", "c_sedang", "d_tetap", "e_turun", "f_awal_saja", "g_gagal"}


def test_certificates_refuse_without_roster_or_grades(tmp_path):
    no_roster = synthetic.course(tmp_path / "tanpa_daftar")
    synthetic.fill(no_roster, [S00], students()[:2], {("a_naik", S00): {"tes_awal_01": 1.0}}, kabupaten=False)
    proc = bimtek(CERT_ARGS, no_roster)
    assert proc.returncode == 2 and "daftar peserta belum diimpor" in proc.stderr
    no_grades = synthetic.course(tmp_path / "tanpa_nilai")
    synthetic.fill(no_grades, [S00], students()[:2], {})
    proc = bimtek(CERT_ARGS, no_grades)
    assert proc.returncode == 2 and "belum ada nilai" in proc.stderr
    proc = bimtek(["certificates", "--mulai", "3 Maret 2025", "--jam", "8"], no_grades)
    assert proc.returncode == 2 and "tidak dapat dibaca" in proc.stderr
    for p in (proc,):
        assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr

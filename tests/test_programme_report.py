"""`bimtek report --angkatan` (one programme report over several angkatan) and certificates naming the angkatan.

Two angkatan are made with ``create_intake`` (their own folder, ``nbgrader_config.py``, gradebook and
roster, as ``bimtek angkatan buat`` makes them) from small rosters whose kabupaten differ (one
kabupaten has a participant in each). Their gradebooks are then filled through nbgrader's own
``Gradebook`` API, as the single-course report tests do (tests/synthetic.py), with hand-picked scores,
so every number below is worked out by hand: per angkatan, per session, per kabupaten, and the Hake
gain per angkatan and for the programme (pooled over participants, not a mean of the two gains).
``bimtek`` runs as a subprocess, as an instructor runs it.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pypdf
import pytest

from course.instructor.cohort_report import CSV_COLUMNS, build_report
from course.instructor.intakes import create_intake

from . import synthetic
from .grading_support import bimtek
from .test_report import read_report_csv as read_csv
from .test_report import value as report_row

S00, S01, S07, S08 = "00-pengantar", "01-konten-medsos", "07-proyek-akhir", "08-tes-akhir"
N = synthetic.N_ITEMS  # 18 Tes items
ALL = "(semua angkatan)"

ROSTERS = {
    "jatim-1": [
        ("ani", "Ani", "Lestari", "Kabupaten Banyuwangi"),
        ("budi", "Budi", "Santoso", "Kabupaten Banyuwangi"),
        ("citra", "Citra", "", "Kabupaten Sidoarjo"),
    ],
    "sulsel-1": [
        ("dewi", "Dewi", "Anggraini", "Kabupaten Gowa"),
        ("eko", "Eko", "Pratama", "Kabupaten Maros"),
        ("fitri", "Fitri", "Handayani", "Kabupaten Sidoarjo"),  # from Sidoarjo, in the other angkatan
    ],
}
S01_CELLS = synthetic.session_cells(S01)  # 8 cells, 10 points; the first four are worth 5
WARM_UP = {f"pemanasan_{i}": 1.0 for i in range(1, 5)}


def pre(items) -> dict:
    """Session 00: the four warm-up points and the Tes Awal items answered correctly (22 points in all)."""
    return {**WARM_UP, **{f"tes_awal_{n:02d}": 1.0 for n in items}}


def post(items) -> dict:
    return {f"tes_akhir_{n:02d}": 1.0 for n in items}


FULL_S01 = {cell: points for cell, points in S01_CELLS}
HALF_S01 = {cell: points for cell, points in S01_CELLS[:4]}
SCORES = {
    "jatim-1": {
        ("ani", S00): pre(range(1, 10)),  # 13/22, Tes Awal 9/18
        ("ani", S01): FULL_S01,  # 10/10
        ("ani", S07): {"proyek_rencana": 4.0, "proyek_siaran": 4.0},  # 8/8
        ("ani", S08): post(range(1, N + 1)),  # 18/18
        ("budi", S00): pre(range(1, 7)),  # 10/22, Tes Awal 6/18
        ("budi", S01): HALF_S01,  # 5/10
        ("budi", S08): post(range(1, 13)),  # 12/18
        ("citra", S00): pre(range(1, N + 1)),  # 22/22, no Tes Akhir
    },
    "sulsel-1": {
        ("dewi", S00): pre(range(1, 4)),  # 7/22, Tes Awal 3/18
        ("dewi", S01): FULL_S01,
        ("dewi", S08): post(range(1, 13)),  # 12/18
        ("eko", S00): pre(range(1, 10)),  # 13/22, Tes Awal 9/18
        ("eko", S08): post(range(1, 10)),  # 9/18
        ("fitri", S00): pre(range(1, 7)),  # 10/22, no Tes Akhir
        ("fitri", S01): FULL_S01,  # failed below: not graded, never a silent 0
    },
}
SESSIONS = {"jatim-1": [S00, S01, S07, S08], "sulsel-1": [S00, S01, S08]}  # sulsel-1 has no session 07 yet
STATUSES = {"sulsel-1": {("fitri", S01): ("gagal", "berkas 01-konten-medsos.ipynb rusak")}}


def mean(*values: float) -> float:
    return sum(values) / len(values)


# Each participant's score: the mean percentage of their graded sessions.
PERSON = {
    "ani": 100 * mean(13 / 22, 1, 1, 1),
    "budi": 100 * mean(10 / 22, 5 / 10, 12 / 18),
    "citra": 100.0,
    "dewi": 100 * mean(7 / 22, 1, 12 / 18),
    "eko": 100 * mean(13 / 22, 9 / 18),
    "fitri": 100 * 10 / 22,
}


def hake(pre_mean: float, post_mean: float) -> float:
    return (post_mean - pre_mean) / (1 - pre_mean)


def close(expected: float):
    """laporan.csv keeps six decimals."""
    return pytest.approx(expected, abs=1e-5)


def write_roster(path: Path, rows) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "nama_depan", "nama_belakang", "email", "kabupaten"])
        for pid, first, last, kab in rows:
            writer.writerow([pid, first, last, f"{pid}@contoh.go.id", kab])
    return path


@pytest.fixture(scope="module")
def programme(tmp_path_factory) -> Path:
    """The programme folder with angkatan jatim-1 and sulsel-1, both graded."""
    base = tmp_path_factory.mktemp("program")
    root = base / "angkatan"
    for name, rows in ROSTERS.items():
        roster = write_roster(base / f"peserta-{name}.csv", rows)
        intake, new = create_intake(root, name, roster, ["instruktur-1"], exchange=str(base / "exchange"))
        assert new and intake.course_id == f"bimtek-{name}" and (intake.folder / "peserta.csv").is_file()
        # the roster is in the angkatan's gradebook already: add the sessions and the graded submissions
        synthetic.fill(intake.folder, SESSIONS[name], [], SCORES[name], kabupaten=False, statuses=STATUSES.get(name))
    return root


def value(rows, bagian, ukuran, **match) -> float | str:
    return report_row(rows, bagian, ukuran, **match)["nilai"]


@pytest.fixture(scope="module")
def report(programme, tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("kerja")
    proc = bimtek(["report", "--angkatan", "jatim-1", "sulsel-1", "--program", str(programme)], work)
    assert proc.returncode == 0, proc.stderr
    assert "laporan-program" in proc.stdout
    assert sorted(p.name for p in work.iterdir()) == ["laporan-program"]  # in the current folder, nothing else
    return work / "laporan-program"


def test_numbers_per_angkatan(report):
    rows = read_csv(report / "laporan.csv")
    assert list(rows[0]) == ["angkatan", *CSV_COLUMNS]
    expected = {
        "jatim-1": (3, 3, 4, 8, mean(PERSON["ani"], PERSON["budi"], PERSON["citra"])),
        "sulsel-1": (3, 3, 3, 6, mean(PERSON["dewi"], PERSON["eko"], PERSON["fitri"])),
        ALL: (6, 6, 4, 14, mean(*PERSON.values())),
    }
    for name, numbers in expected.items():
        for ukuran, number in zip(
            ("peserta", "peserta_dinilai", "sesi_dinilai", "kiriman_dinilai", "rata_rata_persen"), numbers
        ):
            assert float(value(rows, "angkatan", ukuran, angkatan=name)) == close(number), (name, ukuran)


def test_numbers_per_session_across_and_per_angkatan(report):
    rows = read_csv(report / "laporan.csv")
    # session 01 over both angkatan: ani 100, budi 50, dewi 100 (fitri's failed submission is left out)
    assert float(value(rows, "sesi", "jumlah_dinilai", angkatan=ALL, sesi=S01)) == 3
    assert float(value(rows, "sesi", "rata_rata_persen", angkatan=ALL, sesi=S01)) == close(250 / 3)
    assert float(value(rows, "sesi", "median_persen", angkatan=ALL, sesi=S01)) == close(100)
    assert float(value(rows, "sesi", "min_persen", angkatan=ALL, sesi=S01)) == close(50)
    s00 = [13 / 22, 10 / 22, 1, 7 / 22, 13 / 22, 10 / 22]
    assert float(value(rows, "sesi", "rata_rata_persen", angkatan=ALL, sesi=S00)) == close(100 * mean(*s00))
    assert float(value(rows, "sesi", "jumlah_dinilai", angkatan=ALL, sesi=S07)) == 1
    # per angkatan: the angkatan's own rows
    assert float(value(rows, "sesi", "rata_rata_persen", angkatan="jatim-1", sesi=S01)) == close(75)
    assert float(value(rows, "sesi", "rata_rata_persen", angkatan="sulsel-1", sesi=S01)) == close(100)
    assert float(value(rows, "sesi", "rata_rata_persen", angkatan="sulsel-1", sesi=S08)) == close(100 * 21 / 36)
    assert not [r for r in rows if r["angkatan"] == "sulsel-1" and r["sesi"] == S07]
    assert value(rows, "nilai_peserta", "skor", angkatan="sulsel-1", peserta="fitri", sesi=S01) == ""


def test_numbers_per_kabupaten_name_the_angkatan(report):
    rows = read_csv(report / "laporan.csv")
    sidoarjo = [r for r in rows if r["angkatan"] == ALL and r["kabupaten"] == "Kabupaten Sidoarjo"]
    assert {r["keterangan"] for r in sidoarjo} == {"angkatan: jatim-1, sulsel-1"}
    assert float(value(rows, "kabupaten", "peserta", angkatan=ALL, kabupaten="Kabupaten Sidoarjo")) == 2
    mean_sidoarjo = mean(PERSON["citra"], PERSON["fitri"])
    assert float(value(rows, "kabupaten", "rata_rata_persen", angkatan=ALL, kabupaten="Kabupaten Sidoarjo")) == close(
        mean_sidoarjo
    )
    banyuwangi = value(rows, "kabupaten", "rata_rata_persen", angkatan=ALL, kabupaten="Kabupaten Banyuwangi")
    assert float(banyuwangi) == close(mean(PERSON["ani"], PERSON["budi"]))
    assert [r["keterangan"] for r in rows if r["angkatan"] == ALL and r["kabupaten"] == "Kabupaten Maros"][0] == (
        "angkatan: sulsel-1"
    )
    # each angkatan's own kabupaten rows: Sidoarjo once in each
    assert float(value(rows, "kabupaten", "peserta", angkatan="jatim-1", kabupaten="Kabupaten Sidoarjo")) == 1
    assert float(value(rows, "kabupaten", "rata_rata_persen", angkatan="sulsel-1", kabupaten="Kabupaten Sidoarjo")) == (
        close(PERSON["fitri"])
    )


def test_hake_gain_per_angkatan_and_pooled_for_the_programme(report):
    rows = read_csv(report / "laporan.csv")
    jatim = hake(mean(9 / 18, 6 / 18), mean(1, 12 / 18))  # ani 0.5 -> 1, budi 1/3 -> 2/3: g = 5/7
    sulsel = hake(mean(3 / 18, 9 / 18), mean(12 / 18, 9 / 18))  # dewi 1/6 -> 2/3, eko 1/2 -> 1/2: g = 3/8
    pooled = hake(mean(9 / 18, 6 / 18, 3 / 18, 9 / 18), mean(1, 12 / 18, 12 / 18, 9 / 18))
    assert jatim == pytest.approx(5 / 7) and sulsel == pytest.approx(3 / 8)
    assert pooled != pytest.approx(mean(jatim, sulsel))  # the programme's g is pooled, not averaged
    for name, g, kategori in (("jatim-1", jatim, "tinggi"), ("sulsel-1", sulsel, "sedang"), (ALL, pooled, "sedang")):
        assert float(value(rows, "gain_kelas", "g", angkatan=name)) == close(g), name
        assert [r["keterangan"] for r in rows if r["angkatan"] == name and r["bagian"] == "gain_kelas"][3] == kategori
        assert float(value(rows, "gain_kelas", "n", angkatan=name)) == (4 if name == ALL else 2)
    assert float(value(rows, "gain_kelas", "rata_g_peserta", angkatan=ALL)) == close(mean(1, 0.5, 0.6, 0.0))
    assert float(value(rows, "gain_peserta", "g", angkatan="sulsel-1", peserta="dewi")) == close(0.6)


def test_each_angkatan_rows_are_its_own_single_course_report(programme, report, tmp_path):
    """The rows tagged with an angkatan are exactly what `bimtek report --kursus <angkatan>` writes."""
    rows = read_csv(report / "laporan.csv")
    for name in ROSTERS:
        proc = bimtek(["report", "--kursus", str(programme / name), "--keluaran", str(tmp_path / name)], tmp_path)
        assert proc.returncode == 0, proc.stderr
        own = read_csv(tmp_path / name / "laporan.csv")
        tagged = [{k: v for k, v in r.items() if k != "angkatan"} for r in rows if r["angkatan"] == name]
        tagged = [r for r in tagged if r["bagian"] != "angkatan"]
        assert tagged == own and len(own) > 100


def test_page_is_indonesian_and_accessible(report):
    names = {p.name for p in report.iterdir()}
    assert names == {
        "index.html",
        "laporan.csv",
        "nilai_per_angkatan.png",
        "nilai_per_sesi.png",
        "nilai_per_kabupaten.png",
        "gain_peserta.png",
    }
    for png in report.glob("*.png"):
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000, png
    page = (report / "index.html").read_text(encoding="utf-8")
    assert page.count("<h1>") == 1 and '<html lang="id">' in page
    for heading in ("Nilai per angkatan", "Nilai per sesi", "Nilai per kabupaten", "Gain Tes Awal → Tes Akhir"):
        assert f"<h2>{heading}" in page
    tables = re.findall(r"<table>(.*?)</table>", page)
    assert len(tables) == 5 and all('<thead><tr><th scope="col">' in t for t in tables)
    alts = dict(re.findall(r'<img src="([^"]+)" alt="([^"]+)"', page))
    assert set(alts) == names - {"index.html", "laporan.csv"}
    top = mean(PERSON["ani"], PERSON["budi"], PERSON["citra"])
    low = mean(PERSON["dewi"], PERSON["eko"], PERSON["fitri"])
    assert f"nilai tertinggi: jatim-1 ({top:.1f}%)".replace(".", ",") in alts["nilai_per_angkatan.png"]
    assert f"nilai terendah: sulsel-1 ({low:.1f}%)".replace(".", ",") in alts["nilai_per_angkatan.png"]
    assert "nilai tertinggi: Kabupaten Sidoarjo" in alts["nilai_per_kabupaten.png"]
    assert "nilai terendah: Kabupaten Maros" in alts["nilai_per_kabupaten.png"]
    assert "nilai tertinggi: 07-proyek-akhir (100,0%)" in alts["nilai_per_sesi.png"]
    assert "nilai tertinggi: Ani Lestari (jatim-1) (1,00)" in alts["gain_peserta.png"]
    assert "nilai terendah: Eko Pratama (sulsel-1) (0,00)" in alts["gain_peserta.png"]
    # the gain table: one row per angkatan and one for the whole programme, in Indonesian decimals
    assert "<td>jatim-1</td><td>2</td><td>41,7%</td><td>83,3%</td>" in page
    assert "<td>Semua angkatan</td><td>4</td><td>37,5%</td><td>70,8%</td>" in page
    assert f"<td>{5 / 7:.2f}</td>".replace(".", ",") in page
    assert "<td>Kabupaten Sidoarjo</td><td>jatim-1, sulsel-1</td><td>2</td><td>2</td>" in page


def test_environment_programme_folder_and_chosen_output(programme, tmp_path):
    out = tmp_path / "hasil"
    proc = bimtek(
        ["laporan", "--angkatan", "sulsel-1", "--keluaran", str(out)],
        tmp_path,
        env_extra={"BIMTEK_PROGRAM": str(programme)},
    )
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(out / "laporan.csv")
    assert {r["angkatan"] for r in rows} == {"sulsel-1", ALL}
    assert float(value(rows, "angkatan", "peserta", angkatan=ALL)) == 3


def test_an_unknown_angkatan_is_one_indonesian_line(programme, tmp_path):
    proc = bimtek(["report", "--angkatan", "jatim-1", "papua-9", "--program", str(programme)], tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"Galat: angkatan 'papua-9' tidak ada di {programme}; yang ada: jatim-1, sulsel-1. Petunjuk: Periksa "
        "ejaannya, atau buat dulu dengan `bimtek angkatan buat NAMA --peserta DAFTAR.csv`."
    ]
    assert not (tmp_path / "laporan-program").exists()
    cert = bimtek(["certificates", "--angkatan", "papua-9", "--program", str(programme), *CERT_ARGS[1:]], tmp_path)
    assert cert.returncode == 2 and len(cert.stderr.splitlines()) == 1
    assert cert.stderr.startswith("Galat: angkatan 'papua-9' tidak ada di")


def test_plain_report_without_angkatan_is_unchanged(tmp_path):
    """Without --angkatan: the single-course report, in `laporan` of the course folder, as before."""
    course = synthetic.course(tmp_path / "kursus")
    people = [
        {"id": "siti", "first_name": "Siti", "last_name": "Aminah", "email": "s@contoh.go.id", "kabupaten": "Kab A"},
        {"id": "made", "first_name": "Made", "last_name": None, "email": "m@contoh.go.id", "kabupaten": "Kab B"},
    ]
    scores = {("siti", S00): pre(range(1, 10)), ("made", S00): pre([1]), ("siti", S08): post(range(1, N + 1))}
    synthetic.fill(course, [S00, S08], people, scores)
    proc = bimtek(["report"], course)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Laporan ditulis ke {course / 'laporan' / 'index.html'}")
    assert sorted(p.name for p in course.iterdir()) == ["gradebook.db", "laporan", "nbgrader_config.py"]
    direct = build_report(course, tmp_path / "langsung")  # the library call, as before the change
    assert (course / "laporan" / "laporan.csv").read_bytes() == (direct / "laporan.csv").read_bytes()
    assert {p.name for p in (course / "laporan").iterdir()} == {p.name for p in direct.iterdir()}
    assert list(read_csv(course / "laporan" / "laporan.csv")[0]) == CSV_COLUMNS
    # the certificates of a course folder that is no angkatan: no angkatan on the page or in the listing
    cert = bimtek(CERT_ARGS, course)
    assert cert.returncode == 0, cert.stderr
    listing = read_csv(course / "sertifikat" / "daftar-sertifikat.csv")
    assert list(listing[0]) == [
        "id",
        "nama",
        "kabupaten",
        "memenuhi_syarat",
        "alasan",
        "nilai_persen",
        "nomor",
        "berkas",
    ]
    text = " ".join(pypdf.PdfReader(course / "sertifikat" / "sertifikat-siti.pdf").pages[0].extract_text().split())
    assert "Siti Aminah" in text and "Angkatan" not in text


CERT_ARGS = ["certificates", "--mulai", "2025-03-03", "--selesai", "2025-03-05", "--jam", "24", "--sesi-wajib", S00]


def pdf_text(path: Path) -> str:
    return " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())


def test_certificates_name_the_angkatan(programme, tmp_path):
    proc = bimtek([*CERT_ARGS, "--angkatan", "jatim-1", "--program", str(programme)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    folder = programme / "jatim-1" / "sertifikat"  # as with --kursus <program>/jatim-1
    assert "3 sertifikat penyelesaian" in proc.stdout and str(folder) in proc.stdout
    text = pdf_text(folder / "sertifikat-ani.pdf")
    for expected in (
        "SERTIFIKAT PENYELESAIAN",
        "Ani Lestari",
        "Kabupaten Banyuwangi",
        "Angkatan jatim-1",
        "bukan STTPP",
    ):
        assert expected in text, (expected, text)
    assert text.index("Bimtek Manajemen Media Sosial dan Kehumasan") < text.index("Angkatan jatim-1")
    listing = read_csv(folder / "daftar-sertifikat.csv")
    assert list(listing[0])[:4] == ["id", "nama", "kabupaten", "angkatan"]
    assert {r["id"]: r["angkatan"] for r in listing} == {"ani": "jatim-1", "budi": "jatim-1", "citra": "jatim-1"}
    # --kursus pointing at an angkatan's folder names it too
    other = bimtek([*CERT_ARGS, "--kursus", str(programme / "sulsel-1"), "--keluaran", str(tmp_path / "s")], tmp_path)
    assert other.returncode == 0, other.stderr
    assert "Angkatan sulsel-1" in pdf_text(tmp_path / "s" / "sertifikat-fitri.pdf")
    assert {r["angkatan"] for r in read_csv(tmp_path / "s" / "daftar-sertifikat.csv")} == {"sulsel-1"}
    # numbers carry the angkatan: two angkatan of one year never share one
    numbers = {r["nomor"] for r in listing} | {r["nomor"] for r in read_csv(tmp_path / "s" / "daftar-sertifikat.csv")}
    assert all(n.startswith(("BIMTEK-2025-JATIM-1-", "BIMTEK-2025-SULSEL-1-")) for n in numbers if n), numbers
    assert len([n for n in numbers if n]) == len([r for r in listing if r["nomor"]]) + len(
        [r for r in read_csv(tmp_path / "s" / "daftar-sertifikat.csv") if r["nomor"]]
    )


def test_an_angkatan_without_grades_yet(tmp_path):
    """A new angkatan is listed with no numbers next to a graded one; on its own it is refused in one line."""
    root = tmp_path / "angkatan"
    rosters = {"ntb-1": [("gita", "Gita", "Wulandari", "Kabupaten Lombok Timur")], "ntb-2": [ROSTERS["jatim-1"][0]]}
    for name, rows in rosters.items():
        intake, _ = create_intake(root, name, write_roster(tmp_path / f"{name}.csv", rows), exchange=str(tmp_path))
        if name == "ntb-2":
            synthetic.fill(intake.folder, [S00], [], {("ani", S00): pre(range(1, 10))}, kabupaten=False)
    proc = bimtek(["report", "--angkatan", "ntb-1", "ntb-2", "--program", str(root)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(tmp_path / "laporan-program" / "laporan.csv")
    assert float(value(rows, "angkatan", "peserta", angkatan="ntb-1")) == 1
    assert float(value(rows, "angkatan", "kiriman_dinilai", angkatan="ntb-1")) == 0
    assert value(rows, "angkatan", "rata_rata_persen", angkatan="ntb-1") == ""
    assert float(value(rows, "angkatan", "rata_rata_persen", angkatan=ALL)) == close(100 * 13 / 22)
    assert not [r for r in rows if r["bagian"] == "gain_kelas"]
    page = (tmp_path / "laporan-program" / "index.html").read_text(encoding="utf-8")
    assert "<td>ntb-1</td><td>0</td><td>–</td><td>–</td><td>–</td><td>belum dapat dihitung</td>" in page
    assert "Belum dapat dihitung" in page and not (tmp_path / "laporan-program" / "gain_peserta.png").exists()
    alone = bimtek(["report", "--angkatan", "ntb-1", "--program", str(root), "--keluaran", "x"], tmp_path)
    assert alone.returncode == 2 and not (tmp_path / "x").exists()
    assert alone.stderr.splitlines() == [
        "Galat: belum ada kiriman yang dinilai di buku nilai angkatan ntb-1. Petunjuk: Jalankan dulu "
        "`bimtek autograde SESI --kursus FOLDER-ANGKATAN` untuk sesi yang sudah dikumpulkan."
    ]

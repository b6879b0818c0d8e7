"""`bimtek roster import`: row-numbered Indonesian errors, and nothing half-imported."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa

from course.instructor import gradebook as gbk
from course.instructor import roster

from .conftest import ROOT
from .grading_support import bimtek

GOOD = """\ufeffid;nama_depan;nama_belakang;email;kabupaten
siti;Siti;Aminah;siti.aminah@agamkab.go.id;Kabupaten Agam
sukarno;Sukarno;;sukarno@slemankab.go.id;Kabupaten Sleman
made_w;Made;Wirawan;made@badungkab.go.id;Kabupaten  Badung
"""

BAD = """id,nama_depan,nama_belakang,email,kabupaten
siti,Siti,Aminah,siti@agamkab.go.id,Kabupaten Agam
siti aminah,Siti,Aminah,siti@agamkab.go.id,Kabupaten Agam
budi,,Santoso,budi@contoh,
siti,Siti,Lain,siti2@agamkab.go.id,Kabupaten Agam
dewi,Dewi,Lestari,dewi@slemankab.go.id
"""


@pytest.fixture
def course(tmp_path):
    shutil.copy2(ROOT / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    return tmp_path


def people(course) -> dict:
    eng = gbk.engine(gbk.db_url(course))
    try:
        with eng.connect() as conn:
            names = {r[0]: r[1:] for r in conn.execute(sa.text("SELECT id, first_name, last_name, email FROM student"))}
            kab = dict(conn.execute(sa.select(gbk.PESERTA.c.id, gbk.PESERTA.c.kabupaten)).all())
    finally:
        eng.dispose()
    return {k: (*v, kab.get(k)) for k, v in names.items()}


def test_a_good_roster_is_imported_and_a_second_import_updates(course):
    (course / "peserta.csv").write_text(GOOD, encoding="utf-8")
    proc = bimtek(["roster", "import", "peserta.csv"], course)
    assert proc.returncode == 0, proc.stderr
    assert "3 peserta baru dan 0 peserta diperbarui" in proc.stdout
    assert people(course) == {
        "siti": ("Siti", "Aminah", "siti.aminah@agamkab.go.id", "Kabupaten Agam"),
        "sukarno": ("Sukarno", None, "sukarno@slemankab.go.id", "Kabupaten Sleman"),
        "made_w": ("Made", "Wirawan", "made@badungkab.go.id", "Kabupaten Badung"),
    }
    (course / "pindah.csv").write_text(
        "first_name,last_name,email,kabupaten,id\nSiti,Aminah,siti@bukittinggikota.go.id,Kota Bukittinggi,siti\n",
        encoding="utf-8",
    )
    proc = bimtek(["roster", "import", "pindah.csv"], course)
    assert proc.returncode == 0 and "0 peserta baru dan 1 peserta diperbarui" in proc.stdout
    assert people(course)["siti"] == ("Siti", "Aminah", "siti@bukittinggikota.go.id", "Kota Bukittinggi")


def test_every_problem_is_reported_by_row_and_nothing_is_imported(course):
    (course / "peserta.csv").write_text(GOOD, encoding="utf-8")
    assert bimtek(["roster", "import", "peserta.csv"], course).returncode == 0
    before = people(course)
    (course / "salah.csv").write_text(BAD, encoding="utf-8")
    proc = bimtek(["roster", "import", "salah.csv"], course)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert lines[0].startswith('Baris 3: id "siti aminah" tidak dapat dipakai')
    assert lines[1] == (
        'Baris 4: nama_depan kosong; email "budi@contoh" tidak sah (contoh yang benar: '
        "nama@kabupaten.go.id); kabupaten kosong."
    )
    assert lines[2] == 'Baris 5: id "siti" sudah dipakai di baris 2.'
    assert lines[3].startswith("Baris 6: ada 4 kolom, seharusnya 5")
    assert lines[4].startswith("Tidak ada yang diimpor: 4 masalah pada 5 baris.")
    assert people(course) == before
    assert "Traceback" not in proc.stderr


def test_missing_columns_and_unreadable_files(course):
    (course / "kolom.csv").write_text("id,nama,email\nsiti,Siti,siti@agamkab.go.id\n", encoding="utf-8")
    proc = bimtek(["roster", "import", "kolom.csv"], course)
    assert proc.returncode == 1 and "Baris 1: kolom wajib tidak ada: kabupaten" in proc.stderr
    (course / "latin1.csv").write_bytes(
        "id,nama_depan,email,kabupaten\nsiti,Sít\xed,s@a.go.id,Agam\n".encode("latin-1")
    )
    proc = bimtek(["roster", "import", "latin1.csv"], course)
    assert proc.returncode == 2 and proc.stderr.startswith("Galat: berkas latin1.csv bukan teks UTF-8 (baris 2).")
    proc = bimtek(["roster", "import", "tidak-ada.csv"], course)
    assert proc.returncode == 2 and "tidak ditemukan" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_a_failure_while_writing_imports_nothing(course, monkeypatch):
    (course / "peserta.csv").write_text(GOOD, encoding="utf-8")
    calls = []
    original = roster._write_kabupaten

    def failing(conn, p):
        calls.append(p.id)
        if len(calls) == 3:
            raise sa.exc.OperationalError("INSERT", {}, Exception("disk penuh"))
        original(conn, p)

    monkeypatch.setattr(roster, "_write_kabupaten", failing)
    with pytest.raises(roster.RosterError, match="tidak ada peserta yang diimpor"):
        roster.import_roster(course / "peserta.csv", course)
    assert len(calls) == 3
    assert people(course) == {}


def test_the_graders_reserved_ids_are_refused(course):
    """The canary of `bimtek autograde` grades as "bimtek-kanari-solusi" and then removes that student."""
    rows = GOOD.splitlines()
    reserved = rows[1].split(";", 1)[1]
    (course / "cadangan.csv").write_text(
        "\n".join([rows[0], f"bimtek-kanari-solusi;{reserved}"]) + "\n", encoding="utf-8"
    )
    proc = bimtek(["roster", "import", "cadangan.csv"], course)
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0] == (
        'Baris 2: id "bimtek-kanari-solusi" tidak dapat dipakai (id berawalan "bimtek-" dipakai oleh penilai).'
    )

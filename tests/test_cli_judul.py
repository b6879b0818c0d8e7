"""`bimtek judul FILE.csv`: the installed command, run as a head of humas would, for every bad input.

Each bad input gives one Indonesian line on stderr and a non-zero exit (an empty title gives a
row-level note instead), never a traceback; an existing output file is never damaged.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIMTEK = shutil.which("bimtek", path=str(Path(sys.executable).parent)) or shutil.which("bimtek")

pytestmark = pytest.mark.skipif(BIMTEK is None, reason="the bimtek command is not installed (pip install -e .)")


def run(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([BIMTEK, "judul", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60)


def assert_one_friendly_line(proc: subprocess.CompletedProcess, phrase: str) -> None:
    assert proc.returncode != 0
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert phrase in lines[0], lines[0]
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def headlines_csv(tmp_path) -> Path:
    path = tmp_path / "judul.csv"
    path.write_text(
        "no,title,tanggal\n"
        "1,Heboh! Jembatan Baru di Desa Sukadana Bikin Warga Melongo,2024-03-01\n"
        "2,Pemkab Sukamaju Salurkan 2 Ton Beras untuk 300 Keluarga Korban Banjir,2024-03-02\n"
        '3,"Begini Cara Bupati Sukamaju Atasi Banjir, Ternyata Mudah",2024-03-03\n',
        encoding="utf-8",
    )
    return path


def test_checks_every_title_and_writes_the_four_columns_to_stdout(headlines_csv):
    proc = run(headlines_csv)
    assert proc.returncode == 0, proc.stderr
    out = rows(proc.stdout)
    assert list(out[0]) == ["title", "clickbait", "score", "reasons"]
    assert [r["clickbait"] for r in out] == ["1", "0", "1"]
    assert out[2]["title"] == "Begini Cara Bupati Sukamaju Atasi Banjir, Ternyata Mudah"
    for r in out:
        assert 0.0 <= float(r["score"]) <= 1.0
    assert "tanda seru" in out[0]["reasons"] and out[1]["reasons"] == ""
    assert "3 judul diperiksa, 2 terbaca sebagai clickbait." in proc.stderr


def test_output_file_and_other_column_names(tmp_path):
    src = tmp_path / "bulan_ini.csv"
    src.write_text(
        "\ufeffJudul;Kanal\nIni Syarat Beasiswa yang Wajib Kamu Tahu!;Instagram\n"
        "Diskominfo Sukamaju Latih 50 Admin Media Sosial Desa;Situs\n",
        encoding="utf-8",
    )
    out = tmp_path / "hasil.csv"
    proc = run(src, "--kolom", "judul", "--keluaran", out)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert f"Hasil ditulis ke {out}" in proc.stderr
    result = rows(out.read_text(encoding="utf-8"))
    assert [(r["title"][:10], r["clickbait"]) for r in result] == [("Ini Syarat", "1"), ("Diskominfo", "0")]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_empty_title_gets_a_row_level_note(tmp_path):
    src = tmp_path / "judul.csv"
    src.write_text(
        'title\nPemkab Sukamaju Gelar Pasar Murah di 12 Kecamatan\n"  "\nKenapa Jalan Rusak?\n', encoding="utf-8"
    )
    proc = run(src)
    assert proc.returncode == 0
    out = rows(proc.stdout)
    assert len(out) == 3
    assert out[1] == {
        "title": "",
        "clickbait": "",
        "score": "",
        "reasons": "Catatan: baris 3: judul kosong, tidak diperiksa.",
    }
    assert "Catatan: baris 3: judul kosong" in proc.stderr and "Traceback" not in proc.stderr


def test_missing_file(tmp_path):
    assert_one_friendly_line(run(tmp_path / "tidak_ada.csv"), "tidak ditemukan")


def test_missing_column_lists_the_columns_and_suggests_one(headlines_csv):
    proc = run(headlines_csv, "--kolom", "titel")
    assert_one_friendly_line(proc, 'kolom "titel" tidak ada')
    assert '"no", "title", "tanggal"' in proc.stderr and "--kolom title" in proc.stderr


def test_empty_file(tmp_path):
    src = tmp_path / "kosong.csv"
    src.write_bytes(b"")
    assert_one_friendly_line(run(src), "kosong")


def test_header_only(tmp_path):
    src = tmp_path / "header.csv"
    src.write_text("title\n", encoding="utf-8")
    assert_one_friendly_line(run(src), "tanpa satu pun judul")


def test_non_utf8_file(tmp_path):
    src = tmp_path / "latin1.csv"
    src.write_bytes("title\nPemkab Gelar Pameran Kerajinan Khas Daerah\nKafé Baru Dibuka\n".encode("latin-1"))
    proc = run(src)
    assert_one_friendly_line(proc, "bukan teks UTF-8 (baris 3)")
    assert "CSV UTF-8" in proc.stderr


def test_broken_quotes(tmp_path):
    src = tmp_path / "rusak.csv"
    src.write_text('title\n"Pemkab Gelar Pameran\n', encoding="utf-8")
    assert_one_friendly_line(run(src), "rusak di sekitar baris")


def test_a_folder_instead_of_a_file(tmp_path):
    assert_one_friendly_line(run(tmp_path), "folder, bukan berkas CSV")


def test_output_folder_that_does_not_exist(headlines_csv, tmp_path):
    assert_one_friendly_line(run(headlines_csv, "--keluaran", tmp_path / "tidak" / "ada.csv"), "tidak ada")


def test_output_may_not_overwrite_the_input(headlines_csv):
    before = headlines_csv.read_bytes()
    assert_one_friendly_line(run(headlines_csv, "--keluaran", headlines_csv), "sama dengan berkas masukan")
    assert headlines_csv.read_bytes() == before


def test_an_existing_output_survives_a_failed_run(tmp_path):
    out = tmp_path / "hasil.csv"
    out.write_text("hasil bulan lalu\n", encoding="utf-8")
    src = tmp_path / "latin1.csv"
    src.write_bytes("title\nKafé\n".encode("latin-1"))
    proc = run(src, "--keluaran", out)
    assert proc.returncode != 0
    assert out.read_text(encoding="utf-8") == "hasil bulan lalu\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.csv", "latin1.csv"]


def test_an_existing_output_is_replaced_whole_on_success(headlines_csv, tmp_path):
    out = tmp_path / "hasil.csv"
    out.write_text("x\n" * 1000, encoding="utf-8")
    assert run(headlines_csv, "--keluaran", out).returncode == 0
    assert len(rows(out.read_text(encoding="utf-8"))) == 3


def test_help_is_indonesian():
    proc = subprocess.run([BIMTEK, "judul", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "nama kolom judul" in proc.stdout
    top = subprocess.run([BIMTEK, "--help"], capture_output=True, text=True)
    assert "judul" in top.stdout and "lint" in top.stdout

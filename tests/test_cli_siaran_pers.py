"""`bimtek siaran-pers FILE.txt [--fakta FILE.json] [--json]`: the installed command, run as a head of humas would.

A release gives a readable report (or JSON with exactly the eleven check ids); every bad input gives one
Indonesian line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from course.engines import press_release as releases

BIMTEK = shutil.which("bimtek", path=str(Path(sys.executable).parent)) or shutil.which("bimtek")
DATA = Path(__file__).resolve().parent / "data" / "siaran_pers"

pytestmark = pytest.mark.skipif(BIMTEK is None, reason="the bimtek command is not installed (pip install -e .)")


def run(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([BIMTEK, "siaran-pers", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60)


def assert_one_friendly_line(proc: subprocess.CompletedProcess, phrase: str) -> None:
    assert proc.returncode != 0
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert phrase in lines[0], lines[0]
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr


def test_readable_report():
    proc = run(DATA / "baik.txt")
    assert proc.returncode == 0, proc.stderr
    assert "11 dari 11 cek lolos" in proc.stdout
    assert "Dateline" in proc.stdout and "Narahubung" in proc.stdout


def test_json_report_has_exactly_the_eleven_ids():
    proc = run(DATA / "acara_lain.txt", "--fakta", DATA / "fakta.json", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [c["id"] for c in data["checks"]] == list(releases.CEK)
    assert all(set(c) == {"id", "ok", "pesan"} and isinstance(c["ok"], bool) for c in data["checks"])
    failed = [c["id"] for c in data["checks"] if not c["ok"]]
    assert failed == ["teras", "kutipan"]


def test_missing_file(tmp_path):
    assert_one_friendly_line(run(tmp_path / "tidak_ada.txt"), "tidak ditemukan")


def test_empty_file(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_text("  \n\n", encoding="utf-8")
    assert_one_friendly_line(run(path), "kosong")


def test_binary_file(tmp_path):
    path = tmp_path / "rilis.docx"
    path.write_bytes(b"PK\x03\x04\x00\x00\x08\x00binary\x00data")
    assert_one_friendly_line(run(path), "bukan berkas teks")


def test_non_utf8_file(tmp_path):
    path = tmp_path / "rilis.txt"
    path.write_bytes(
        "SIARAN PERS\nJudul\n\nSUKAMAJU – Dinas Kesehatan membuka layanan.".encode("cp1252", "replace")
        + b"\n\xe9\xe8 caf\xe9\n"
    )
    assert_one_friendly_line(run(path), "bukan teks UTF-8")


def test_folder_instead_of_file(tmp_path):
    assert_one_friendly_line(run(tmp_path), "folder")


@pytest.mark.parametrize(
    "content, phrase",
    [
        ('{"siapa": ', "bukan JSON"),
        ('["Dinkes"]', "objek JSON"),
        ('{"siapa": 12}', "teks atau daftar"),
        ('{"judul": "x"}', "unsur berita"),
        ("", "kosong"),
    ],
)
def test_malformed_fact_sheet(tmp_path, content, phrase):
    path = tmp_path / "fakta.json"
    path.write_text(content, encoding="utf-8")
    assert_one_friendly_line(run(DATA / "baik.txt", "--fakta", path), phrase)


def test_missing_fact_sheet(tmp_path):
    assert_one_friendly_line(run(DATA / "baik.txt", "--fakta", tmp_path / "nihil.json"), "tidak ditemukan")


def test_missing_argument_is_indonesian():
    proc = run()
    assert proc.returncode != 0
    assert "wajib diisi" in proc.stderr and "Traceback" not in proc.stderr


def test_every_house_style_gets_eleven_of_eleven_with_the_fact_sheet():
    for path in sorted(DATA.glob("gaya_*.txt")):
        proc = run(path, "--fakta", DATA / "fakta.json")
        assert proc.returncode == 0, proc.stderr
        assert "11 dari 11 cek lolos" in proc.stdout, (path.name, proc.stdout)


def test_a_short_release_gets_length_advice_not_a_failure(tmp_path):
    good = (DATA / "baik.txt").read_text(encoding="utf-8")
    paragraphs = good.split("\n\n")
    short = "\n\n".join(paragraphs[:6] + paragraphs[paragraphs.index("###") :])
    path = tmp_path / "pendek.txt"
    path.write_text(short, encoding="utf-8")
    proc = run(path, "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    length = next(c for c in data["checks"] if c["id"] == "panjang")
    assert length["ok"] and "saran" in length["pesan"] and length["pesan"] in data["catatan"]
    assert data["lolos"] == data["total"] == 11

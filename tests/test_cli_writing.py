"""`bimtek takarir` and `bimtek balasan`: the installed commands, run as a humas officer or an instructor would.

A good text gives a readable report (or JSON with exactly the checker's ids); a file or standard input (`-`)
both work; every bad input (missing or empty file, wrong encoding, unknown platform, no `---` separator)
gives one Indonesian line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from course.engines import captions, citizen_replies

BIMTEK = shutil.which("bimtek", path=str(Path(sys.executable).parent)) or shutil.which("bimtek")

pytestmark = pytest.mark.skipif(BIMTEK is None, reason="the bimtek command is not installed (pip install -e .)")

CAPTION = (
    "Mobil Layanan Adminduk hadir di Balai Desa Sukamaju, Sabtu (14/3), pukul 08.00–14.00 WIB. Bawa KTP lama dan "
    "KK.\n\nWarga bisa langsung mengurus KTP-el, kartu keluarga, dan akta kelahiran. Siapa yang akan datang? Tulis "
    "di kolom komentar!\n\n#Sukamaju #LayananAdminduk\n"
)
ALT = "Petugas Disdukcapil melayani warga yang antre di depan mobil layanan di halaman balai desa"

COMMENT_AND_REPLY = (
    "@warga_cibening: Jalan di depan SD Cibening berlubang besar, sudah dua bulan tidak diperbaiki. Motor saya "
    "hampir jatuh kemarin.\n"
    "---\n"
    "Halo, Kak. Terima kasih atas laporannya, dan kami ikut prihatin motor Kakak hampir jatuh. Laporan ini sudah "
    "kami teruskan ke Dinas PUPR Kabupaten Sukamaju untuk ditinjau. Agar lokasinya tepat, mohon kirim titik lokasi "
    "dan foto jalannya lewat pesan langsung ke akun ini.\n"
)


def run(command: str, *args, stdin: str | bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run([BIMTEK, command, *map(str, args)], capture_output=True, input=data, cwd=cwd, timeout=60)
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def assert_one_friendly_line(proc: subprocess.CompletedProcess, phrase: str) -> None:
    assert proc.returncode != 0
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert phrase in lines[0], lines[0]
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr


# ------------------------------------------------------------------------------------------ bimtek takarir


def test_takarir_readable_report(tmp_path):
    path = tmp_path / "takarir.txt"
    path.write_text(CAPTION, encoding="utf-8")
    proc = run("takarir", path, "--platform", "instagram", "--alt", ALT)
    assert proc.returncode == 0, proc.stderr
    assert "7 dari 7 cek lolos" in proc.stdout
    assert "Teks alternatif" in proc.stdout and "help.instagram.com" in proc.stdout


def test_takarir_json_from_standard_input_has_the_check_ids_in_order():
    proc = run("takarir", "-", "--platform", "X", "--json", stdin=CAPTION)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    ids = [c["id"] for c in data["checks"]]
    assert ids == ["panjang", "pembuka", "tagar", "ajakan", "alt", "clickbait", "bahasa"]
    assert all(set(c) == {"id", "ok", "pesan"} and isinstance(c["ok"], bool) for c in data["checks"])
    # An image post on X without alt text: exactly that check fails, and it says what to write.
    failed = [c for c in data["checks"] if not c["ok"]]
    assert [c["id"] for c in failed] == ["alt"]
    assert "W3C" in failed[0]["pesan"]


def test_takarir_video_platform_without_alt_has_no_alt_check(tmp_path):
    path = tmp_path / "takarir.txt"
    path.write_text(CAPTION, encoding="utf-8")
    data = json.loads(run("takarir", path, "--platform", "tiktok", "--json").stdout)
    assert [c["id"] for c in data["checks"]] == ["panjang", "pembuka", "tagar", "ajakan", "clickbait", "bahasa"]
    assert [h.id for h in captions.periksa_takarir(CAPTION, "tiktok").hasil] == [c["id"] for c in data["checks"]]


def test_takarir_unknown_platform(tmp_path):
    path = tmp_path / "takarir.txt"
    path.write_text(CAPTION, encoding="utf-8")
    proc = run("takarir", path, "--platform", "threads")
    assert_one_friendly_line(proc, "threads")
    assert "Instagram" in proc.stderr


def test_takarir_platform_is_required(tmp_path):
    path = tmp_path / "takarir.txt"
    path.write_text(CAPTION, encoding="utf-8")
    assert_one_friendly_line(run("takarir", path), "--platform")


def test_takarir_empty_file(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_text("  \n", encoding="utf-8")
    assert_one_friendly_line(run("takarir", path, "--platform", "x"), "kosong")


def test_takarir_empty_standard_input():
    assert_one_friendly_line(run("takarir", "-", "--platform", "x", stdin=""), "masukan standar kosong")


def test_takarir_wrong_encoding(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Pekan imunisasi di Puskesmas Cibening, ayo datang bersama si kecil!" + b"\xe9\xe8\n")
    assert_one_friendly_line(run("takarir", path, "--platform", "facebook"), "UTF-8")


def test_takarir_missing_file(tmp_path):
    assert_one_friendly_line(run("takarir", tmp_path / "tidak_ada.txt", "--platform", "x"), "tidak ditemukan")


# ------------------------------------------------------------------------------------------ bimtek balasan


def test_balasan_readable_report(tmp_path):
    path = tmp_path / "balasan.txt"
    path.write_text(COMMENT_AND_REPLY, encoding="utf-8")
    proc = run("balasan", path)
    assert proc.returncode == 0, proc.stderr
    assert "8 dari 8" in proc.stdout, proc.stdout


def test_balasan_json_from_standard_input_has_the_check_ids_in_order():
    proc = run("balasan", "-", "--json", stdin=COMMENT_AND_REPLY)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [c["id"] for c in data["checks"]] == list(citizen_replies.CEK_BALASAN)
    assert all(set(c) == {"id", "ok", "pesan"} and isinstance(c["ok"], bool) for c in data["checks"])
    assert all(c["ok"] for c in data["checks"]), data


def test_balasan_promise_needs_the_facts(tmp_path):
    """A date the institution has not announced is a promise it may not keep; with the facts it is fine."""
    path = tmp_path / "balasan.txt"
    path.write_text(
        COMMENT_AND_REPLY.replace("untuk ditinjau.", "dan perbaikannya dijadwalkan pada 20 Maret 2027."),
        encoding="utf-8",
    )
    data = json.loads(run("balasan", path, "--json").stdout)
    assert [c["id"] for c in data["checks"] if not c["ok"]] == ["janji"]
    facts = tmp_path / "fakta.txt"
    facts.write_text("Dinas PUPR menjadwalkan perbaikan jalan Cibening pada 20 Maret 2027.\n", encoding="utf-8")
    data = json.loads(run("balasan", path, "--fakta", facts, "--json").stdout)
    assert [c["id"] for c in data["checks"] if not c["ok"]] == []


def test_balasan_without_separator(tmp_path):
    path = tmp_path / "balasan.txt"
    path.write_text(COMMENT_AND_REPLY.replace("---\n", ""), encoding="utf-8")
    assert_one_friendly_line(run("balasan", path), "---")


def test_balasan_with_an_empty_reply(tmp_path):
    path = tmp_path / "balasan.txt"
    path.write_text(COMMENT_AND_REPLY.split("---")[0] + "---\n\n", encoding="utf-8")
    proc = run("balasan", path)
    assert_one_friendly_line(proc, "balasan")


def test_balasan_empty_file(tmp_path):
    path = tmp_path / "kosong.txt"
    path.write_text("", encoding="utf-8")
    assert_one_friendly_line(run("balasan", path), "kosong")


def test_balasan_wrong_encoding(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(COMMENT_AND_REPLY.replace("Kak.", "Kak \u2013").encode("cp1252"))
    assert_one_friendly_line(run("balasan", path), "UTF-8")


def test_balasan_binary_file(tmp_path):
    path = tmp_path / "balasan.docx"
    path.write_bytes(b"PK\x03\x04\x00\x00" + b"\x00" * 64)
    assert_one_friendly_line(run("balasan", path), "bukan berkas teks")


def test_nothing_is_written_beside_the_input(tmp_path):
    """The checkers only read: the folder holds exactly what it held before."""
    path = tmp_path / "balasan.txt"
    path.write_text(COMMENT_AND_REPLY, encoding="utf-8")
    run("balasan", path, "--json")
    run("takarir", path, "--platform", "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["balasan.txt"]

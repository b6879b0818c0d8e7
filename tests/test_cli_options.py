"""`bimtek` speaks one language: every option is spelled in Indonesian, like the help and the errors.

The English spellings of earlier releases (``--root``, ``--column``, ``--output``, ``--workers``,
``--sandbox`` and its values, ``--help``) still parse to the same values, hidden from help, so scripts
written for them keep working. argparse's own texts (usage line, headings, errors) come out in Indonesian
without touching argparse's module globals.
"""

from __future__ import annotations

import argparse
import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from course.instructor.cli import build_parser

BIMTEK = shutil.which("bimtek", path=str(Path(sys.executable).parent)) or shutil.which("bimtek")

# Every option each command shows in its help, and nothing else.
SHOWN = {
    "": {"--bantuan", "--versi"},
    "lint": {"--bantuan", "--kursus"},
    "judul": {"--bantuan", "--kolom", "--keluaran"},
    "siaran-pers": {"--bantuan", "--fakta", "--json"},
    # The option names issue 12 specifies: "platform" is Indonesian too (KBBI), "alt" is the alt-text attribute.
    "takarir": {"--bantuan", "--platform", "--alt", "--json"},
    "balasan": {"--bantuan", "--fakta", "--json"},
    "autograde": {
        "--bantuan",
        "--pekerja",
        "--kotak-pasir",
        "--peserta",
        "--ulang",
        "--ulang-gagal",
        "--batas-waktu",
        "--batas-memori",
        "--batas-cpu",
        "--kursus",
    },
    "collect": {"--bantuan", "--tenggang", "--tanpa-pemilik", "--kursus"},
    "roster": {"--bantuan"},
    "roster import": {"--bantuan", "--kursus"},
    "report": {"--bantuan", "--keluaran", "--angkatan", "--program", "--kursus"},
    "certificates": {
        "--bantuan",
        "--mulai",
        "--selesai",
        "--jam",
        "--judul",
        "--penyelenggara",
        "--tempat",
        "--sesi-wajib",
        "--nilai-minimum",
        "--keluaran",
        "--angkatan",
        "--program",
        "--kursus",
    },
    "angkatan": {"--bantuan"},
    "angkatan buat": {
        "--bantuan",
        "--peserta",
        "--instruktur",
        "--pertukaran",
        "--buku-nilai",
        "--port",
        "--akun",
        "--program",
    },
    "angkatan daftar": {"--bantuan", "--program"},
    "meja-rubrik": {
        "--bantuan",
        "--sesi",
        "--tugas",
        "--penilai",
        "--peran",
        "--sampel",
        "--benih",
        "--kesepakatan",
        "--kursus",
    },
}
# The former English spellings, still accepted and hidden: old -> new, per command.
RENAMED = {command: {"--help": "--bantuan"} for command in SHOWN}
RENAMED["lint"] |= {"--root": "--kursus"}
RENAMED["judul"] |= {"--column": "--kolom", "--output": "--keluaran"}
RENAMED["autograde"] |= {"--workers": "--pekerja", "--sandbox": "--kotak-pasir", "--root": "--kursus"}
RENAMED["collect"] |= {"--root": "--kursus"}
RENAMED["roster import"] |= {"--root": "--kursus"}
RENAMED["report"] |= {"--root": "--kursus"}
RENAMED["certificates"] |= {"--root": "--kursus"}
RENAMED["meja-rubrik"] |= {"--root": "--kursus"}
ENGLISH = {"--help", "--root", "--column", "--output", "--workers", "--sandbox"}
# What each command needs to parse at all, and a value for every renamed option.
REQUIRED = {
    "lint": [],
    "judul": ["judul.csv"],
    "siaran-pers": ["rilis.txt"],
    "takarir": ["takarir.txt", "--platform", "x"],
    "balasan": ["balasan.txt"],
    "autograde": ["00-pengantar"],
    "collect": ["00-pengantar"],
    "roster import": ["peserta.csv"],
    "report": [],
    "certificates": ["--mulai", "2025-03-03", "--jam", "24"],
    "meja-rubrik": ["--sesi", "04"],
    "angkatan buat": ["jatim-1", "--peserta", "jatim-1.csv"],
    "angkatan daftar": [],
}
VALUES = {"--root": "/srv/kursus", "--column": "judul", "--output": "hasil.csv", "--workers": "3", "--sandbox": "wajib"}


def commands() -> dict[str, argparse.ArgumentParser]:
    """Every parser of the command, by its words after ``bimtek`` (aliases such as ``laporan`` left out)."""
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(words: str, parser) -> None:
        found[words] = parser
        seen = set()
        for name, sub in parser.commands.choices.items() if parser.commands else ():
            if id(sub) not in seen:
                seen.add(id(sub))
                walk(f"{words} {name}".strip(), sub)

    walk("", build_parser())
    return found


def shown_options(parser: argparse.ArgumentParser) -> set[str]:
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", parser.format_help()))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([BIMTEK, *args], capture_output=True, text=True, timeout=60)


def test_every_command_shows_only_indonesian_options():
    parsers = commands()
    assert set(parsers) == set(SHOWN)
    for words, parser in parsers.items():
        assert shown_options(parser) == SHOWN[words], words
        text = parser.format_help()
        assert text.startswith(f"penggunaan: bimtek {words}".rstrip()), text
        assert "-h, --bantuan" in text and "tampilkan bantuan ini lalu keluar" in text


def test_old_english_spellings_are_hidden_and_parse_to_the_same_values():
    parsers = commands()
    for words, parser in parsers.items():
        assert parser.hidden_aliases == RENAMED[words], words
        help_text = parser.format_help()
        for old, new in RENAMED[words].items():
            assert old not in help_text and new in help_text, (words, old)
        if words not in REQUIRED:
            continue
        base = [*words.split(), *REQUIRED[words]]
        top = build_parser()
        for old, new in RENAMED[words].items():
            if old == "--help":
                continue
            value = VALUES[old]
            assert vars(top.parse_args([*base, old, value])) == vars(top.parse_args([*base, new, value])), old


def test_sandbox_values_are_indonesian_and_the_english_ones_still_work():
    parser = build_parser()
    for english, indonesian in (("auto", "otomatis"), ("require", "wajib"), ("off", "mati")):
        new = parser.parse_args(["autograde", "00-pengantar", "--kotak-pasir", indonesian])
        for spelling in ("--kotak-pasir", "--sandbox"):
            old = parser.parse_args(["autograde", "00-pengantar", spelling, english])
            assert old.kotak_pasir == new.kotak_pasir == indonesian
    assert parser.parse_args(["autograde", "00-pengantar"]).kotak_pasir == "otomatis"
    assert "{otomatis,wajib,mati}" in commands()["autograde"].format_help()


def test_argparse_itself_is_left_untouched():
    """Indonesian through subclasses and public hooks only: argparse's translation functions stay gettext's."""
    parser = build_parser()
    for parser_ in commands().values():
        parser_.format_help()
        parser_.format_usage()
    with pytest.raises(SystemExit):
        parser.parse_args(["autograde"])
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext


needs_command = pytest.mark.skipif(BIMTEK is None, reason="the bimtek command is not installed (pip install -e .)")


@needs_command
@pytest.mark.parametrize("words", sorted(SHOWN))
def test_help_of_the_installed_command_is_indonesian(words):
    new = run(*words.split(), "--bantuan")
    old = run(*words.split(), "--help")
    assert new.returncode == old.returncode == 0 and new.stdout == old.stdout, new.stderr
    assert new.stdout.startswith("penggunaan: bimtek") and "opsi:" in new.stdout
    for english in (
        "usage:",
        "options:",
        "positional arguments",
        "optional arguments",
        "show this help",
        "subcommands",
        *ENGLISH,
    ):
        assert english not in new.stdout, (words, english)


@needs_command
@pytest.mark.parametrize(
    "args, message",
    [
        (["autograde"], "bimtek autograde: galat: argumen berikut wajib diisi: SESI"),
        (["report", "--tidak-ada"], "bimtek: galat: argumen tidak dikenal: --tidak-ada"),
        (
            ["autograde", "00-pengantar", "--kotak-pasir", "kadang"],
            "bimtek autograde: galat: argumen --kotak-pasir: pilihan 'kadang' tidak ada (pilih salah satu: 'otomatis', "
            "'wajib', 'mati')",
        ),
        (["autograde", "00-pengantar", "--sandbox", "kadang"], "galat: argumen --sandbox: pilihan 'kadang' tidak ada"),
        (["tidak-ada"], "bimtek: galat: argumen PERINTAH: pilihan 'tidak-ada' tidak ada"),
        (["judul", "judul.csv", "--kolom"], "bimtek judul: galat: argumen --kolom: perlu satu nilai"),
        (["autograde", "00-pengantar", "--peserta"], "argumen --peserta: paling sedikit satu nilai"),
        (["autograde", "00-pengantar", "--pe", "2"], "galat: opsi --pe ambigu: bisa berarti --pekerja, --peserta"),
        (["autograde", "00-pengantar", "--ulang=ya"], "argumen --ulang: opsi ini tidak menerima nilai (tertulis 'ya')"),
        (["autograde", "00-pengantar", "--pekerja", "nol"], "argumen --pekerja: harus bilangan bulat 1 atau lebih"),
        (
            ["certificates", "--mulai", "2025-03-03", "--jam", "lama"],
            "argumen --jam: nilai 'lama' tidak sah (harus angka)",
        ),
        (["certificates", "--jam", "24"], "argumen berikut wajib diisi: --mulai"),
        (["roster"], "bimtek roster: galat: argumen berikut wajib diisi: AKSI"),
    ],
)
def test_bad_input_is_one_indonesian_line(args, message):
    proc = run(*args)
    assert proc.returncode == 2, proc
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert lines[0].endswith("--bantuan") and "Bantuan: bimtek" in lines[0]
    for english in ("usage", "error", "argument ", "invalid", "expected", "required", "unrecognized", "choose"):
        assert english not in lines[0], (english, lines[0])

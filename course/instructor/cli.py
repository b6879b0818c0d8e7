"""The ``bimtek`` command for instructors and maintainers.

Every subcommand reports problems as one Indonesian line on stderr and exits
non-zero; a traceback is never shown (set ``BIMTEK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import sys
from pathlib import Path

from course import __version__
from course.errors import CourseError


class CommandError(CourseError):
    """A problem the command reports in one line before it exits non-zero."""

    label = "Galat"


# ---------------------------------------------------------------------------
# argparse in Bahasa Indonesia: its own texts (usage, option groups, errors), in one place.

_ARGPARSE_TEKS = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak ada (pilih salah satu: %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah (harus %(type)s)",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "paling sedikit satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "ambiguous option: %(option)s could match %(matches)s": "opsi %(option)s ambigu: bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh dipakai bersama argumen %s",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "one of the arguments %s is required": "salah satu argumen ini wajib diisi: %s",
    "unexpected option string: %s": "opsi tidak terduga: %s",
    "can't open '%(filename)s': %(error)s": "berkas '%(filename)s' tidak dapat dibuka: %(error)s",
}
_ARGPARSE_TYPES = {"int": "bilangan bulat", "float": "angka"}


@contextlib.contextmanager
def _bahasa_indonesia():
    """While building, parsing or printing help, argparse speaks Indonesian."""
    saved = argparse._, argparse.ngettext

    def translate(text):
        return _ARGPARSE_TEKS.get(text, text)

    argparse._ = translate
    argparse.ngettext = lambda one, many, n: translate(one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _in_indonesian(method):
    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with _bahasa_indonesia():
            return method(*args, **kwargs)
    return wrapper


class IndonesianParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` whose own messages are in Bahasa Indonesia (subcommands too)."""

    __init__ = _in_indonesian(argparse.ArgumentParser.__init__)
    add_argument = _in_indonesian(argparse.ArgumentParser.add_argument)
    parse_known_args = _in_indonesian(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_indonesian(argparse.ArgumentParser.format_usage)
    format_help = _in_indonesian(argparse.ArgumentParser.format_help)

    def error(self, message):
        for english, indonesian in _ARGPARSE_TYPES.items():
            message = message.replace(f"(harus {english})", f"(harus {indonesian})")
        with _bahasa_indonesia():
            super().error(message)


def _cmd_lint(args: argparse.Namespace) -> int:
    from course.instructor.lint import lint_course, lint_notebook, source_notebooks

    if args.notebook:
        paths = [Path(p) for p in args.notebook]
        for path in paths:
            if not path.is_file():
                raise CommandError(f"berkas {path} tidak ditemukan.", "Periksa lagi nama dan folder berkasnya.")
        problems = [p for path in paths for p in lint_notebook(path)]
        count = len(paths)
    else:
        root = Path(args.root)
        problems = lint_course(root)
        count = len(source_notebooks(root))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} masalah ditemukan pada {count} notebook.", file=sys.stderr)
        return 1
    print(f"Semua {count} notebook sumber rapi.")
    return 0


def _cmd_judul(args: argparse.Namespace) -> int:
    from course.engines.clickbait import jalankan_csv

    return jalankan_csv(args.berkas, args.column, args.output)


def _cmd_siaran_pers(args: argparse.Namespace) -> int:
    from course.engines.press_release import jalankan

    return jalankan(args.berkas, args.fakta, args.json)


def _add_siaran_pers(sub) -> None:
    """``siaran-pers``: the press-release checker of session 05 (issue 5)."""
    rilis = sub.add_parser("siaran-pers", help="periksa siaran pers dalam berkas teks: struktur, fakta, dan ejaan",
                           description="Periksa satu siaran pers (berkas teks UTF-8): judul, dateline, teras, kutipan, "
                                       "tentang instansi, narahubung, tanda akhir, panjang, kalimat, dan ejaan.")
    rilis.add_argument("berkas", help="berkas teks (.txt, UTF-8) berisi siaran pers")
    rilis.add_argument("--fakta", metavar="FAKTA.json", help="lembar fakta (JSON) yang menjadi dasar siaran pers")
    rilis.add_argument("--json", action="store_true", help="keluarkan hasil sebagai JSON")
    rilis.set_defaults(run=_cmd_siaran_pers)


# ---------------------------------------------------------------------------
# Instructor toolkit: grading, roster, report, certificates (issue 7).

def _cmd_autograde(args: argparse.Namespace) -> int:
    from course.instructor.grading import Options, autograde, summary, table
    from course.instructor.sandbox import Limits

    limits = Limits(memory_mb=args.batas_memori, cpu_s=args.batas_cpu)
    run = autograde(Options(root=Path(args.root), session=args.sesi.strip("/"), workers=args.workers,
                            sandbox=args.sandbox, students=args.peserta, force=args.ulang,
                            retry_failed=args.ulang_gagal, timeout=args.batas_waktu, limits=limits,
                            progress=sys.stderr, warn=lambda text: print(text, file=sys.stderr)))
    print(table(run))
    print()
    print(summary(run))
    if run.interrupted:
        raise KeyboardInterrupt
    return 1 if run.failed else 0


def _cmd_roster_import(args: argparse.Namespace) -> int:
    from course.instructor.roster import import_roster

    result = import_roster(Path(args.berkas), Path(args.root))
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems:
        print(f"Tidak ada yang diimpor: {len(result.problems)} masalah pada {result.rows} baris. "
              "Perbaiki berkasnya lalu jalankan lagi.", file=sys.stderr)
        return 1
    print(f"{result.added} peserta baru dan {result.updated} peserta diperbarui dari {args.berkas}.")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from course.instructor.report import build_report

    folder = build_report(Path(args.root), Path(args.keluaran))
    print(f"Laporan ditulis ke {folder / 'index.html'} (grafik PNG dan laporan.csv di folder yang sama).")
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from course.instructor.certificates import Training, Rule, make_certificates

    training = Training(title=args.judul, start=args.mulai, end=args.selesai, hours=args.jam,
                        organiser=args.penyelenggara, place=args.tempat)
    rule = Rule(sessions=args.sesi_wajib, min_percent=args.nilai_minimum)
    result = make_certificates(Path(args.root), Path(args.keluaran), training, rule)
    print(f"{len(result.issued)} sertifikat penyelesaian ditulis ke {result.folder}; "
          f"{len(result.not_issued)} peserta belum memenuhi syarat (lihat {result.listing.name}).")
    return 0


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"harus bilangan bulat 1 atau lebih, bukan {text}")
    return value


def _add_instructor_commands(sub) -> None:
    """``autograde``, ``roster import``, ``report`` and ``certificates``."""
    grade = sub.add_parser(
        "autograde", help="nilai semua kiriman satu sesi (paralel, dalam kotak pasir)",
        description="Nilai setiap kiriman sesi di submitted/ dengan nbgrader, beberapa sekaligus, dengan kode "
                    "peserta dijalankan di dalam kotak pasir. Setiap kiriman berakhir \"dinilai\" (nilai/maks) "
                    "atau \"gagal\" dengan alasannya, dan mendapat berkas umpan balik. Kiriman yang sudah "
                    "selesai dan tidak berubah dilewati, jadi perintah yang terhenti cukup dijalankan lagi.")
    grade.add_argument("sesi", metavar="SESI", help="nama sesi (folder di source/), misalnya 00-pengantar")
    grade.add_argument("--workers", type=_positive_int, default=0, metavar="N",
                       help="jumlah kiriman yang dinilai sekaligus (bawaan: jumlah core, di mesin ini %d)"
                            % (os.cpu_count() or 1))
    grade.add_argument("--sandbox", choices=("auto", "require", "off"), default="auto",
                       help="kotak pasir untuk kode peserta: auto (bawaan; memperingatkan bila tidak tersedia), "
                            "require (menolak menilai tanpa kotak pasir), off (tanpa kotak pasir)")
    grade.add_argument("--peserta", nargs="+", metavar="ID", help="hanya peserta ini")
    grade.add_argument("--ulang", action="store_true", help="nilai ulang semua, juga yang sudah selesai")
    grade.add_argument("--ulang-gagal", action="store_true", help="nilai ulang kiriman yang sebelumnya gagal")
    grade.add_argument("--batas-waktu", type=_positive_int, metavar="DETIK",
                       help="batas waktu per sel (bawaan: Execute.timeout di nbgrader_config.py)")
    grade.add_argument("--batas-memori", type=_positive_int, default=2048, metavar="MB",
                       help="batas memori per kiriman dalam kotak pasir (bawaan: 2048)")
    grade.add_argument("--batas-cpu", type=_positive_int, default=600, metavar="DETIK",
                       help="batas waktu prosesor per kiriman dalam kotak pasir (bawaan: 600)")
    grade.add_argument("--root", default=".", help="folder kursus (bawaan: folder ini)")
    grade.set_defaults(run=_cmd_autograde)

    roster = sub.add_parser("roster", help="daftar peserta (nama, surel, kabupaten)",
                            description="Kelola daftar peserta di buku nilai.")
    roster_sub = roster.add_subparsers(dest="aksi", metavar="AKSI", required=True)
    imp = roster_sub.add_parser(
        "import", help="impor peserta dari berkas CSV",
        description="Impor peserta dari CSV berkolom id, nama_depan, nama_belakang, email, kabupaten "
                    "(pemisah koma atau titik koma, UTF-8). Seluruh berkas diperiksa dulu; bila ada satu "
                    "baris yang salah, tidak ada yang diimpor.")
    imp.add_argument("berkas", metavar="BERKAS.csv", help="berkas CSV daftar peserta")
    imp.add_argument("--root", default=".", help="folder kursus (bawaan: folder ini)")
    imp.set_defaults(run=_cmd_roster_import)

    report = sub.add_parser(
        "report", aliases=["laporan"], help="laporan kelas: HTML, grafik PNG, dan CSV",
        description="Tulis laporan kelas dari buku nilai: nilai per sesi dan per kabupaten, tingkat kesukaran "
                    "tiap sel yang dinilai, penyelesaian, dan gain ternormalisasi (Hake) dari Tes Awal ke "
                    "Tes Akhir.")
    report.add_argument("--keluaran", default="laporan", metavar="FOLDER", help="folder hasil (bawaan: laporan)")
    report.add_argument("--root", default=".", help="folder kursus (bawaan: folder ini)")
    report.set_defaults(run=_cmd_report)

    cert = sub.add_parser(
        "certificates", aliases=["sertifikat"], help="sertifikat penyelesaian (PDF) bagi peserta yang memenuhi syarat",
        description="Buat satu PDF sertifikat penyelesaian untuk setiap peserta yang memenuhi syarat "
                    "penyelesaian. Ini bukan STTPP resmi.")
    cert.add_argument("--mulai", required=True, metavar="TANGGAL", help="tanggal mulai pelatihan, misalnya 2025-03-03")
    cert.add_argument("--selesai", metavar="TANGGAL", help="tanggal selesai (bawaan: sama dengan --mulai)")
    cert.add_argument("--jam", required=True, type=float, metavar="JAM", help="lama pelatihan dalam jam")
    cert.add_argument("--judul", default="Bimtek Manajemen Media Sosial dan Kehumasan",
                      help="nama pelatihan (bawaan: %(default)s)")
    cert.add_argument("--penyelenggara", default="Panitia Bimtek", help="penyelenggara (bawaan: %(default)s)")
    cert.add_argument("--tempat", default="", help="tempat pelatihan, misalnya Jakarta")
    cert.add_argument("--sesi-wajib", nargs="+", metavar="SESI",
                      help="sesi yang harus dinilai (bawaan: semua sesi di buku nilai)")
    cert.add_argument("--nilai-minimum", type=float, default=0.0, metavar="PERSEN",
                      help="nilai minimum rata-rata sesi wajib, dalam persen (bawaan: 0)")
    cert.add_argument("--keluaran", default="sertifikat", metavar="FOLDER", help="folder hasil (bawaan: sertifikat)")
    cert.add_argument("--root", default=".", help="folder kursus (bawaan: folder ini)")
    cert.set_defaults(run=_cmd_certificates)


def build_parser() -> argparse.ArgumentParser:
    parser = IndonesianParser(
        prog="bimtek",
        description="Alat bantu instruktur Bimtek Manajemen Media Sosial dan Kehumasan.",
    )
    parser.add_argument("--versi", action="version", version=f"bimtek {__version__}",
                        help="tampilkan versi lalu keluar")
    sub = parser.add_subparsers(dest="perintah", metavar="PERINTAH")
    lint = sub.add_parser("lint", help="periksa metadata nbgrader pada notebook sumber",
                          description="Periksa metadata nbgrader pada notebook sumber sebelum dirilis.")
    lint.add_argument("notebook", nargs="*", help="notebook yang diperiksa (bawaan: semua di source/)")
    lint.add_argument("--root", default=".", help="folder kursus (bawaan: folder ini)")
    lint.set_defaults(run=_cmd_lint)
    judul = sub.add_parser("judul", help="periksa judul berita dalam berkas CSV: clickbait atau normal",
                           description="Periksa setiap judul dalam berkas CSV dengan pemeriksa clickbait kursus; "
                                       "hasilnya CSV berkolom title, clickbait (0/1), score (0..1), reasons.")
    judul.add_argument("berkas", help="berkas CSV (UTF-8) yang berisi judul")
    judul.add_argument("--column", default="title", help="nama kolom judul (bawaan: title)")
    judul.add_argument("--output", help="tulis hasil ke berkas ini (bawaan: layar)")
    judul.set_defaults(run=_cmd_judul)
    _add_siaran_pers(sub)
    _add_instructor_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except CourseError as exc:
        print(exc.friendly().replace("\n", " "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Dihentikan oleh pengguna.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: say so plainly, keep the details for maintainers
        if os.environ.get("BIMTEK_DEBUG"):
            raise
        print(f"Galat tak terduga ({type(exc).__name__}): {exc}. "
              "Jalankan lagi dengan BIMTEK_DEBUG=1 untuk detailnya.", file=sys.stderr)
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

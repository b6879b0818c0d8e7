"""The ``bimtek`` command for instructors and maintainers.

Every option is spelled in Indonesian, like the help; the English spellings of earlier releases
(``--root``, ``--column``, ``--output``, ``--workers``, ``--sandbox``, ``--help``) are still accepted,
hidden from help (see :mod:`course.instructor.indonesian_parser`).

Every subcommand reports problems as one Indonesian line on stderr and exits
non-zero; a traceback is never shown (set ``BIMTEK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from course import __version__
from course.errors import CourseError
from course.instructor.cli_intake import add_intakes
from course.instructor.cli_programme import add_intake_options, intake_course, or_programme_report
from course.instructor.cli_rubric import add_rubric_desk
from course.instructor.indonesian_parser import IndonesianParser

# ``--kotak-pasir`` values shown in help, with the value ``course.instructor.grading`` expects for each.
SANDBOX_MODES = {"otomatis": "auto", "wajib": "require", "mati": "off"}


class CommandError(CourseError):
    """A problem the command reports in one line before it exits non-zero."""

    label = "Galat"


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
        root = Path(args.kursus)
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
    from course.instructor.text_checks import run_headlines

    return run_headlines(args.berkas, args.kolom, args.keluaran)


def _cmd_siaran_pers(args: argparse.Namespace) -> int:
    from course.instructor.text_checks import run_release

    return run_release(args.berkas, args.fakta, args.json)


def _cmd_takarir(args: argparse.Namespace) -> int:
    from course.instructor.text_checks import run_caption

    return run_caption(args.berkas, args.platform, args.alt, args.json)


def _cmd_balasan(args: argparse.Namespace) -> int:
    from course.instructor.text_checks import run_reply

    return run_reply(args.berkas, args.fakta, args.json)


def _cmd_autograde(args: argparse.Namespace) -> int:
    from course.instructor.grading import Options, autograde, summary, table
    from course.instructor.sandbox import Limits

    limits = Limits(memory_mb=args.batas_memori, cpu_s=args.batas_cpu)
    run = autograde(
        Options(
            root=Path(args.kursus),
            session=args.sesi.strip("/"),
            workers=args.pekerja,
            sandbox=SANDBOX_MODES[args.kotak_pasir],
            students=args.peserta,
            force=args.ulang,
            retry_failed=args.ulang_gagal,
            timeout=args.batas_waktu,
            limits=limits,
            progress=sys.stderr,
            warn=lambda text: print(text, file=sys.stderr),
        )
    )
    print(table(run))
    print()
    print(summary(run))
    if run.interrupted:
        raise KeyboardInterrupt
    return 1 if run.failed else 0


def _cmd_collect(args: argparse.Namespace) -> int:
    from course.instructor.submissions import Options, collect, summary

    result = collect(
        Options(
            root=Path(args.kursus),
            session=args.sesi.strip("/"),
            grace_minutes=args.tenggang,
            without_owner=args.tanpa_pemilik,
        )
    )
    for student, folder in result.collected:
        print(f"Dikumpulkan: {student} (inbound/{folder})")
    for refusal in result.refusals:
        print(refusal.line(), file=sys.stderr)
    print(summary(result))
    return 1 if result.refusals else 0


def _cmd_roster_import(args: argparse.Namespace) -> int:
    from course.instructor.roster import import_roster

    result = import_roster(Path(args.berkas), Path(args.kursus))
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems:
        print(
            f"Tidak ada yang diimpor: {len(result.problems)} masalah pada {result.rows} baris. "
            "Perbaiki berkasnya lalu jalankan lagi.",
            file=sys.stderr,
        )
        return 1
    print(f"{result.added} peserta baru dan {result.updated} peserta diperbarui dari {args.berkas}.")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from course.instructor.cohort_report import build_report

    folder = build_report(Path(args.kursus), Path(args.keluaran or "laporan"))
    print(f"Laporan ditulis ke {folder / 'index.html'} (grafik PNG dan laporan.csv di folder yang sama).")
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from course.instructor.certificates import Rule, Training, make_certificates

    training = Training(
        title=args.judul,
        start=args.mulai,
        end=args.selesai,
        hours=args.jam,
        organiser=args.penyelenggara,
        place=args.tempat,
    )
    rule = Rule(sessions=args.sesi_wajib, min_percent=args.nilai_minimum)
    result = make_certificates(intake_course(args), Path(args.keluaran), training, rule)
    print(
        f"{len(result.issued)} sertifikat penyelesaian ditulis ke {result.folder}; "
        f"{len(result.not_issued)} peserta belum memenuhi syarat (lihat {result.listing.name})."
    )
    return 0


# ---------------------------------------------------------------------------
# The parsers, one function per subcommand.


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"harus bilangan bulat 1 atau lebih, bukan {text}")
    return value


def _minutes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"harus bilangan bulat 0 atau lebih (menit), bukan {text}")
    return value


def _sandbox_mode(text: str) -> str:
    """An Indonesian ``--kotak-pasir`` value; the English values of earlier releases are still understood."""
    english = {english: indonesian for indonesian, english in SANDBOX_MODES.items()}
    return english.get(text, text)


# Each subcommand's help line, description and Indonesian alias names, as shown by `bimtek --bantuan`.
COMMANDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "lint": (
        "periksa metadata nbgrader pada notebook sumber",
        "Periksa metadata nbgrader pada notebook sumber sebelum dirilis.",
        (),
    ),
    "judul": (
        "periksa judul berita dalam berkas CSV: clickbait atau normal",
        "Periksa setiap judul dalam berkas CSV dengan pemeriksa clickbait kursus; hasilnya CSV berkolom title, clickbait (0/1), score (0..1), reasons.",
        (),
    ),
    "siaran-pers": (
        "periksa siaran pers dalam berkas teks: struktur, fakta, ejaan, dan etika",
        "Periksa satu siaran pers (berkas teks UTF-8): judul, dateline, teras, kutipan, tentang instansi, narahubung, "
        "tanda akhir, panjang, kalimat, ejaan, dan etika (Kode Etik Jurnalistik: klaim belum teruji, identitas anak atau "
        "korban, kata yang merendahkan, tuduhan tanpa praduga tak bersalah).",
        (),
    ),
    "takarir": (
        "periksa takarir unggahan untuk satu platform: panjang, pembuka, tagar, ajakan, teks alternatif, ejaan",
        "Periksa satu takarir (berkas teks UTF-8, atau - untuk masukan standar) untuk platform x, instagram, tiktok, "
        "youtube, atau facebook: panjang menurut batas platform, berita di bagian yang terlihat sebelum "
        '"selengkapnya", bentuk dan jumlah tagar, ajakan yang mengundang tanggapan, teks alternatif gambar, penanda '
        'clickbait, dan ejaan. Contoh: bimtek takarir takarir.txt --platform instagram --alt "Petugas ..."',
        (),
    ),
    "balasan": (
        "periksa balasan untuk komentar warga: sapaan, pengakuan, solusi, saluran, nada, janji, panjang, ejaan",
        "Periksa satu balasan untuk komentar warga. Berkasnya (teks UTF-8, atau - untuk masukan standar) memuat "
        "komentar warga, satu baris berisi --- saja, lalu balasan Anda. Dengan --fakta, tanggal dan janji dalam "
        "balasan dibandingkan dengan fakta resmi itu. Contoh: bimtek balasan komentar1.txt --json",
        (),
    ),
    "collect": (
        "kumpulkan kiriman satu sesi dari exchange dengan aman (pengganti nbgrader collect)",
        "Salin kiriman terbaru setiap peserta dari inbound/ exchange ke submitted/, seperti nbgrader collect, tetapi "
        "hanya dari folder yang dibuat oleh akun Unix peserta itu sendiri, tanpa mengikuti tautan simbolik, dan "
        "hanya bila stempel waktunya masuk akal (tidak di masa depan, tidak lewat tenggat ditambah tenggang). "
        "Setiap folder yang ditolak disebut dalam satu baris beserta alasannya; kode keluar 1 bila ada yang "
        "ditolak, 0 bila semua dikumpulkan.",
        ("kumpulkan",),
    ),
    "autograde": (
        "nilai semua kiriman satu sesi (paralel, dalam kotak pasir)",
        'Nilai setiap kiriman sesi di submitted/ dengan nbgrader, beberapa sekaligus, dengan kode peserta dijalankan di dalam kotak pasir. Setiap kiriman berakhir "dinilai" (nilai/maks) atau "gagal" dengan alasannya, dan mendapat berkas umpan balik. Kiriman yang sudah selesai dan tidak berubah dilewati, jadi perintah yang terhenti cukup dijalankan lagi.',
        (),
    ),
    "import": (
        "impor peserta dari berkas CSV",
        "Impor peserta dari CSV berkolom id, nama_depan, nama_belakang, email, kabupaten (pemisah koma atau titik koma, UTF-8). Seluruh berkas diperiksa dulu; bila ada satu baris yang salah, tidak ada yang diimpor.",
        (),
    ),
    "report": (
        "laporan kelas: HTML, grafik PNG, dan CSV",
        "Tulis laporan kelas dari buku nilai: nilai per sesi dan per kabupaten, tingkat kesukaran tiap sel yang dinilai, penyelesaian, dan gain ternormalisasi (Hake) dari Tes Awal ke Tes Akhir.",
        ("laporan",),
    ),
    "certificates": (
        "sertifikat penyelesaian (PDF) bagi peserta yang memenuhi syarat",
        "Buat satu PDF sertifikat penyelesaian untuk setiap peserta yang memenuhi syarat penyelesaian. Ini bukan STTPP resmi.",
        ("sertifikat",),
    ),
}


def _command(sub, name: str, run) -> IndonesianParser:
    """The subcommand ``name`` of ``sub`` (texts from ``COMMANDS``) that calls ``run(args)``."""
    help_line, description, aliases = COMMANDS[name]
    parser = sub.add_parser(name, aliases=list(aliases), help=help_line, description=description)
    parser.set_defaults(run=run)
    return parser


def _add_session(parser: IndonesianParser) -> None:
    parser.add_argument("sesi", metavar="SESI", help="nama sesi (folder di source/), misalnya 00-pengantar")


def _add_course_folder(parser: IndonesianParser) -> None:
    parser.add_argument(
        "--kursus", default=".", metavar="FOLDER", hidden_alias="--root", help="folder kursus (bawaan: folder ini)"
    )


def _add_lint(sub) -> None:
    lint = _command(sub, "lint", _cmd_lint)
    lint.add_argument("notebook", nargs="*", help="notebook yang diperiksa (bawaan: semua di source/)")
    _add_course_folder(lint)


def _add_judul(sub) -> None:
    """``judul``: the headline checker of session 03, over a CSV file."""
    judul = _command(sub, "judul", _cmd_judul)
    judul.add_argument("berkas", help="berkas CSV (UTF-8) yang berisi judul")
    judul.add_argument("--kolom", default="title", hidden_alias="--column", help="nama kolom judul (bawaan: title)")
    judul.add_argument(
        "--keluaran", metavar="BERKAS", hidden_alias="--output", help="tulis hasil ke berkas ini (bawaan: layar)"
    )


def _add_siaran_pers(sub) -> None:
    """``siaran-pers``: the press-release checker of session 05 (issue 5)."""
    rilis = _command(sub, "siaran-pers", _cmd_siaran_pers)
    rilis.add_argument("berkas", help="berkas teks (.txt, UTF-8) berisi siaran pers")
    rilis.add_argument("--fakta", metavar="FAKTA.json", help="lembar fakta (JSON) yang menjadi dasar siaran pers")
    rilis.add_argument("--json", action="store_true", help="keluarkan hasil sebagai JSON")


def _add_takarir(sub) -> None:
    """``takarir``: the caption checker of session 01 (issue 12)."""
    takarir = _command(sub, "takarir", _cmd_takarir)
    takarir.add_argument("berkas", help="berkas teks (.txt, UTF-8) berisi takarir, atau - untuk masukan standar")
    takarir.add_argument(
        "--platform",
        required=True,
        metavar="{x,instagram,tiktok,youtube,facebook}",
        help="platform tujuan unggahan",
    )
    takarir.add_argument("--alt", metavar="TEKS", help="teks alternatif (alt text) gambar unggahan")
    takarir.add_argument("--json", action="store_true", help="keluarkan hasil sebagai JSON")


def _add_balasan(sub) -> None:
    """``balasan``: the citizen-reply checker of session 04 (issue 12)."""
    balasan = _command(sub, "balasan", _cmd_balasan)
    balasan.add_argument(
        "berkas",
        help="berkas teks (.txt, UTF-8): komentar warga, baris ---, lalu balasan; atau - untuk masukan standar",
    )
    balasan.add_argument("--fakta", metavar="FAKTA.txt", help="fakta resmi (teks) yang boleh dijanjikan dalam balasan")
    balasan.add_argument("--json", action="store_true", help="keluarkan hasil sebagai JSON")


def _add_collect(sub) -> None:
    from course.instructor.exchange_reader import DEFAULT_GRACE_MINUTES  # standard library only: cheap

    collect = _command(sub, "collect", _cmd_collect)
    _add_session(collect)
    collect.add_argument(
        "--tanpa-pemilik",
        action="store_true",
        help="untuk laptop tanpa akun Unix per peserta: terima kiriman peserta yang tidak punya akun bernama "
        "sama tanpa memeriksa pemilik folder (peserta yang punya akun tetap diperiksa)",
    )
    collect.add_argument(
        "--tenggang",
        type=_minutes,
        default=DEFAULT_GRACE_MINUTES,
        metavar="MENIT",
        help="kiriman sampai sekian menit setelah tenggat sesi (duedate di buku nilai) masih diterima "
        f"(bawaan: {DEFAULT_GRACE_MINUTES}); tanpa tenggat, tidak ada batas",
    )
    _add_course_folder(collect)


def _add_autograde(sub) -> None:
    grade = _command(sub, "autograde", _cmd_autograde)
    _add_session(grade)
    grade.add_argument(
        "--pekerja",
        type=_positive_int,
        default=0,
        metavar="N",
        hidden_alias="--workers",
        help=f"jumlah kiriman yang dinilai sekaligus (bawaan: jumlah core, di mesin ini {os.cpu_count() or 1})",
    )
    grade.add_argument(
        "--kotak-pasir",
        type=_sandbox_mode,
        choices=tuple(SANDBOX_MODES),
        default="otomatis",
        hidden_alias="--sandbox",
        help="kotak pasir untuk kode peserta: otomatis (bawaan; memperingatkan bila tidak tersedia), "
        "wajib (menolak menilai tanpa kotak pasir), mati (tanpa kotak pasir)",
    )
    grade.add_argument("--peserta", nargs="+", metavar="ID", help="hanya peserta ini")
    grade.add_argument("--ulang", action="store_true", help="nilai ulang semua, juga yang sudah selesai")
    grade.add_argument("--ulang-gagal", action="store_true", help="nilai ulang kiriman yang sebelumnya gagal")
    grade.add_argument(
        "--batas-waktu",
        type=_positive_int,
        metavar="DETIK",
        help="batas waktu per sel (bawaan: Execute.timeout di nbgrader_config.py)",
    )
    grade.add_argument(
        "--batas-memori",
        type=_positive_int,
        default=2048,
        metavar="MB",
        help="batas memori per kiriman dalam kotak pasir (bawaan: 2048)",
    )
    grade.add_argument(
        "--batas-cpu",
        type=_positive_int,
        default=600,
        metavar="DETIK",
        help="batas waktu prosesor per kiriman dalam kotak pasir (bawaan: 600)",
    )
    _add_course_folder(grade)


def _add_roster(sub) -> None:
    roster = sub.add_parser(
        "roster", help="daftar peserta (nama, surel, kabupaten)", description="Kelola daftar peserta di buku nilai."
    )
    actions = roster.add_subparsers(dest="aksi", metavar="AKSI", required=True)
    imp = _command(actions, "import", _cmd_roster_import)
    imp.add_argument("berkas", metavar="BERKAS.csv", help="berkas CSV daftar peserta")
    _add_course_folder(imp)


def _add_report(sub) -> None:
    report = _command(sub, "report", or_programme_report(_cmd_report))
    report.add_argument("--keluaran", metavar="FOLDER", help="folder hasil (bawaan: laporan, atau laporan-program)")
    add_intake_options(report, several=True)
    _add_course_folder(report)


def _add_certificates(sub) -> None:
    cert = _command(sub, "certificates", _cmd_certificates)
    cert.add_argument("--mulai", required=True, metavar="TANGGAL", help="tanggal mulai pelatihan, misalnya 2025-03-03")
    cert.add_argument("--selesai", metavar="TANGGAL", help="tanggal selesai (bawaan: sama dengan --mulai)")
    cert.add_argument("--jam", required=True, type=float, metavar="JAM", help="lama pelatihan dalam jam")
    cert.add_argument(
        "--judul", default="Bimtek Manajemen Media Sosial dan Kehumasan", help="nama pelatihan (bawaan: %(default)s)"
    )
    cert.add_argument("--penyelenggara", default="Panitia Bimtek", help="penyelenggara (bawaan: %(default)s)")
    cert.add_argument("--tempat", default="", help="tempat pelatihan, misalnya Jakarta")
    cert.add_argument(
        "--sesi-wajib", nargs="+", metavar="SESI", help="sesi yang harus dinilai (bawaan: semua sesi di buku nilai)"
    )
    cert.add_argument(
        "--nilai-minimum",
        type=float,
        default=0.0,
        metavar="PERSEN",
        help="nilai minimum rata-rata sesi wajib, dalam persen (bawaan: 0)",
    )
    cert.add_argument("--keluaran", default="sertifikat", metavar="FOLDER", help="folder hasil (bawaan: sertifikat)")
    add_intake_options(cert, several=False)
    _add_course_folder(cert)


def build_parser() -> IndonesianParser:
    parser = IndonesianParser(
        prog="bimtek",
        description="Alat bantu instruktur Bimtek Manajemen Media Sosial dan Kehumasan.",
    )
    parser.add_argument(
        "--versi", action="version", version=f"bimtek {__version__}", help="tampilkan versi lalu keluar"
    )
    sub = parser.add_subparsers(dest="perintah", metavar="PERINTAH")
    for add in (
        _add_lint,
        _add_judul,
        _add_siaran_pers,
        _add_takarir,
        _add_balasan,
        _add_collect,
        _add_autograde,
        _add_roster,
        _add_report,
        _add_certificates,
        add_rubric_desk,
        add_intakes,
    ):
        add(sub)
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
        print(
            f"Galat tak terduga ({type(exc).__name__}): {exc}. Jalankan lagi dengan BIMTEK_DEBUG=1 untuk detailnya.",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

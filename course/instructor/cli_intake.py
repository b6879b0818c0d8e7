"""``bimtek angkatan``: many angkatan of the Bimtek on one hub (course/instructor/intakes.py).

    bimtek angkatan buat jatim-1 --peserta jatim-1.csv --instruktur rina adi
    sudo bimtek angkatan buat jatim-1 --peserta jatim-1.csv --instruktur rina adi --akun
    bimtek angkatan daftar

Registered from ``course.instructor.cli`` by ``add_intakes(sub)``. ``--program`` (or the
``BIMTEK_PROGRAM`` variable) names the programme folder; the hub reads the same folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "angkatan: buat dan daftar angkatan Bimtek di satu hub"
DESCRIPTION = (
    "Kelola beberapa angkatan di satu hub. Setiap angkatan punya folder kursus, kode kursus, buku nilai, "
    "akun penilai, dan formgrader sendiri; sumber sesi dipakai bersama. Peserta hanya melihat sesi angkatannya."
)


def _program_option(parser) -> None:
    parser.add_argument(
        "--program",
        metavar="FOLDER",
        help="folder semua angkatan (bawaan: variabel BIMTEK_PROGRAM, atau /srv/nbgrader/angkatan)",
    )


def add_intakes(sub) -> None:
    parser = sub.add_parser("angkatan", help=HELP, description=DESCRIPTION)
    actions = parser.add_subparsers(dest="aksi", metavar="AKSI", required=True)
    make = actions.add_parser(
        "buat",
        help="buat angkatan baru (atau perbarui daftar pesertanya)",
        description="Buat folder kursus angkatan dan daftarkan ke hub. Jalankan lagi untuk memperbarui daftar.",
    )
    make.set_defaults(run=run_create)
    make.add_argument("nama", metavar="NAMA", help="nama angkatan: huruf kecil, angka, tanda hubung (mis. jatim-1)")
    make.add_argument(
        "--peserta", required=True, metavar="DAFTAR.csv", help="daftar peserta (format bimtek roster import)"
    )
    make.add_argument("--instruktur", nargs="*", default=[], metavar="AKUN", help="akun instruktur angkatan ini")
    make.add_argument(
        "--pertukaran", metavar="FOLDER", help="folder pertukaran (exchange) nbgrader (bawaan: /srv/nbgrader/exchange)"
    )
    make.add_argument("--buku-nilai", metavar="URL", help="buku nilai lain, misalnya postgresql://... (bawaan: SQLite)")
    make.add_argument("--port", type=int, metavar="PORT", help="port formgrader angkatan (bawaan: dipilih otomatis)")
    make.add_argument("--akun", action="store_true", help="buat juga akun Unix, grup, dan kata sandi (sebagai root)")
    _program_option(make)
    listing = actions.add_parser(
        "daftar", help="tampilkan semua angkatan", description="Tampilkan angkatan beserta angkanya."
    )
    listing.set_defaults(run=run_list)
    _program_option(listing)


def run_create(args: argparse.Namespace) -> int:
    from course.instructor.intakes import create_intake, programme_root

    root = programme_root(args.program)
    intake, new = create_intake(
        root,
        args.nama,
        Path(args.peserta),
        args.instruktur,
        exchange=args.pertukaran,
        db_url=args.buku_nilai,
        port=args.port,
    )
    what = "dibuat" if new else "diperbarui"
    print(
        f"Angkatan {intake.name} {what}: kode kursus {intake.course_id}, {len(intake.participants)} peserta, "
        f"{len(intake.instructors)} instruktur, folder {intake.folder}, formgrader di port {intake.port}."
    )
    if args.akun:
        from course.instructor.intake_accounts import create_accounts

        counts = create_accounts(intake)
        print(
            f"Akun Unix: {counts['akun_baru']} baru; kata sandi baru: {counts['kata_sandi_baru']} "
            f"(cetak {intake.folder / 'rahasia' / 'kartu-akun.csv'} dan bagikan per orang)."
        )
    print(
        "Langkah berikutnya: mulai ulang hub agar angkatan ini terdaftar; formgrader-nya ada di "
        f"/services/{intake.course_id}/formgrader."
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from course.instructor.intakes import list_intakes, numbers, programme_root

    root = programme_root(args.program)
    intakes = list_intakes(root)
    if not intakes:
        print(f"Belum ada angkatan di {root}. Buat dengan: bimtek angkatan buat NAMA --peserta DAFTAR.csv")
        return 0
    header = ("angkatan", "kode kursus", "peserta", "sesi dirilis", "kiriman dinilai", "instruktur")
    rows = []
    for intake in intakes:
        n = numbers(intake)
        rows.append(
            (
                intake.name,
                intake.course_id,
                str(n.participants),
                str(n.released),
                str(n.graded),
                ", ".join(intake.instructors) or "-",
            )
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0

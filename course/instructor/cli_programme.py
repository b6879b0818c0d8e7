"""``--angkatan`` and ``--program`` of ``bimtek report`` and ``bimtek certificates`` (many angkatan on one hub).

    bimtek report --angkatan jatim-1 sulsel-1             # one programme report, in ./laporan-program
    bimtek certificates --angkatan jatim-1 --mulai ...    # the same as --kursus <program>/jatim-1

Registered from ``course.instructor.cli``. Only the standard library is imported here (the parser is
built for every command); the work is done in :mod:`course.instructor.programme_report`,
:mod:`course.instructor.intakes` and :mod:`course.instructor.certificates`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

PROGRAMME_HELP = (
    "folder program yang memuat folder angkatan (bawaan: isi variabel lingkungan BIMTEK_PROGRAM, "
    "atau /srv/nbgrader/angkatan)"
)


def add_intake_options(parser: argparse.ArgumentParser, *, several: bool) -> None:
    """``--angkatan`` (one name, or with ``several`` one or more) and ``--program``."""
    if several:
        parser.add_argument(
            "--angkatan",
            nargs="+",
            metavar="NAMA",
            help="satu laporan program untuk angkatan-angkatan ini (per angkatan, per kabupaten, per sesi, dan "
            "gain); folder hasilnya laporan-program di folder ini kecuali --keluaran diisi",
        )
    else:
        parser.add_argument(
            "--angkatan", metavar="NAMA", help="angkatan yang diberi sertifikat: sama dengan --kursus PROGRAM/NAMA"
        )
    parser.add_argument("--program", metavar="FOLDER", help=PROGRAMME_HELP)


def intake_course(args: argparse.Namespace) -> Path:
    """The course folder: the angkatan's folder in the programme folder with ``--angkatan``, else ``--kursus``."""
    if not getattr(args, "angkatan", None):
        return Path(args.kursus)
    from course.instructor.intakes import find_intake, programme_root

    return find_intake(programme_root(args.program), args.angkatan).folder


def or_programme_report(single_course: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """What ``bimtek report`` runs: the programme report with ``--angkatan``, else ``single_course`` as before."""

    def run(args: argparse.Namespace) -> int:
        return run_programme_report(args) if args.angkatan else single_course(args)

    return run


def run_programme_report(args: argparse.Namespace) -> int:
    """``bimtek report --angkatan A B …``: the programme report; ``--kursus`` is not used."""
    from course.instructor.intakes import programme_root
    from course.instructor.programme_report import PROGRAMME_OUT, build_programme_report

    folder = build_programme_report(programme_root(args.program), args.angkatan, Path(args.keluaran or PROGRAMME_OUT))
    print(f"Laporan program ditulis ke {folder / 'index.html'} (grafik PNG dan laporan.csv di folder yang sama).")
    return 0

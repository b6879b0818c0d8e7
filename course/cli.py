"""The ``bimtek`` command for instructors and maintainers.

Every subcommand reports problems as one Indonesian line on stderr and exits
non-zero; a traceback is never shown (set ``BIMTEK_DEBUG=1`` to see one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .errors import CourseError


class CommandError(CourseError):
    """A problem the command reports in one line before it exits non-zero."""

    label = "Galat"


def _cmd_lint(args: argparse.Namespace) -> int:
    from .lint import lint_course, lint_notebook, source_notebooks

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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

"""Write the rubric tables of ``docs/instruktur/NN-*.md`` from ``course/data/rubrik.json``.

Each table sits between ``<!-- rubrik:GRADE_ID:mulai ... -->`` and ``<!-- rubrik:GRADE_ID:selesai -->``;
everything outside the markers is left as it is. ``--periksa`` only checks (exit 1 when a guide
differs from the data), which is what the tests do.

    python tools/render_rubrics.py            # rewrite the tables
    python tools/render_rubrics.py --periksa  # check only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.instructor.rubric_marks import load_rubrics, render_document  # noqa: E402

GUIDES = ROOT / "docs" / "instruktur"


def guides() -> list[Path]:
    return sorted(p for p in GUIDES.glob("[0-9][0-9]-*.md"))


def stale(root: Path = GUIDES) -> list[str]:
    """Guides whose rubric tables differ from what the data renders."""
    rubrics = load_rubrics()
    out = []
    for path in sorted(root.glob("[0-9][0-9]-*.md")):
        text = path.read_text(encoding="utf-8")
        if render_document(text, rubrics) != text:
            out.append(path.name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tulis tabel rubrik panduan instruktur dari course/data/rubrik.json.")
    parser.add_argument("--periksa", action="store_true", help="hanya periksa, jangan menulis")
    args = parser.parse_args(argv)
    if args.periksa:
        differ = stale()
        for name in differ:
            print(f"{name}: tabel rubrik berbeda dari course/data/rubrik.json", file=sys.stderr)
        return 1 if differ else 0
    rubrics = load_rubrics()
    for path in guides():
        text = path.read_text(encoding="utf-8")
        new = render_document(text, rubrics)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"ditulis ulang: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

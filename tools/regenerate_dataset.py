"""Regenerate the shipped synthetic data set and its copies beside the notebooks.

Run from the repository root: ``python tools/regenerate_dataset.py``, then ``make release``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course.engines.synthetic_data import FILENAME, SESSION_FOLDERS, write_csv  # noqa: E402


def main() -> None:
    target = ROOT / "course" / "data" / FILENAME
    write_csv(target)
    print(f"{target} ditulis ulang ({target.stat().st_size / 1e6:.2f} MB).")
    for folder in SESSION_FOLDERS:
        session = ROOT / "source" / folder
        if session.is_dir():
            shutil.copy2(target, session / FILENAME)
            print(f"Disalin ke {session / FILENAME}; jalankan `make release` sesudahnya.")


if __name__ == "__main__":
    main()

"""Regenerate release/ from source/ with nbgrader (``make release``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from course.instructor.lint import lint_course
from tools.pipeline import ROOT, replace_release

problems = lint_course(ROOT)
if problems:
    print("\n".join(problems))
    sys.exit("Perbaiki masalah di atas sebelum membuat release/.")
replace_release(ROOT)
print("release/ sudah dibuat ulang dari source/.")

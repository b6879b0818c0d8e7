"""Helper package of the Bimtek Manajemen Media Sosial dan Kehumasan course.

Participants meet two names, imported in the first cell of every session:

* ``mulai(sesi)``: prepares the notebook (friendly Indonesian error messages);
* ``cek(soal, jawaban)``: instant self-check with a verdict and a hint.

The first cell also imports ``serahkan(soal, jawaban)`` (:mod:`course.handover`), which only the
hidden tests call: it hands the answer value to the grader, which judges it in its own process.
``nilai(soal, jawaban)`` (True or False) remains for the course's tests.
"""

from __future__ import annotations

from course.checks import cek, nilai
from course.errors import InputError, NotYetCorrect, install
from course.handover import serahkan

__all__ = ["cek", "nilai", "mulai", "serahkan", "InputError", "NotYetCorrect", "__version__"]
__version__ = "0.1.0"


def mulai(sesi: str = "") -> None:
    """Get a session notebook ready and greet the participant."""
    install()
    judul = f" sesi {sesi}" if sesi else ""
    print(
        f"Siap! Notebook{judul} sudah terhubung dengan alat bantu kursus. "
        "Jalankan sel satu per satu dari atas (Shift + Enter)."
    )

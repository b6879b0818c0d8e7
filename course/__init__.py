"""Helper package of the Bimtek Manajemen Media Sosial dan Kehumasan course.

Participants meet two names, imported in the first cell of every session:

* ``mulai(sesi)``: prepares the notebook (friendly Indonesian error messages);
* ``cek(soal, jawaban)``: instant self-check with a verdict and a hint that gets more concrete
  when the same exercise fails again (``course.hints``).

The first cell also imports ``serahkan(soal, jawaban)`` (:mod:`course.handover`), which only the
hidden tests call: it hands the answer value to the grader, which judges it in its own process.
``nilai(soal, jawaban)`` (True or False) remains for the course's tests. ``lihat_contoh(soal)``
shows a model answer after three tries, only where the course runs without a grader (Binder).
"""

from __future__ import annotations

from course.checks import cek, nilai
from course.errors import InputError, NotYetCorrect, install
from course.handover import serahkan
from course.hints import lihat_contoh, mandiri

__all__ = ["cek", "nilai", "mulai", "serahkan", "lihat_contoh", "InputError", "NotYetCorrect", "__version__"]
__version__ = "0.1.0"


def mulai(sesi: str = "") -> None:
    """Get a session notebook ready and greet the participant.

    In mandiri mode (Binder, no grader) it also puts ``lihat_contoh`` in the notebook's names, so the
    self-check can offer it after three tries without another import."""
    from course.page_style import show_page_style
    from course.tables import install_table_display

    found = install()
    install_table_display()
    show_page_style()
    judul = f" sesi {sesi}" if sesi else ""
    text = (
        f"Siap! Notebook{judul} sudah terhubung dengan alat bantu kursus. "
        "Jalankan sel satu per satu dari atas (Shift + Enter)."
    )
    if mandiri():
        text += (
            "\nMode belajar mandiri: bila sebuah soal belum tepat setelah tiga kali mencoba, Anda dapat "
            'melihat contoh jawabannya dengan lihat_contoh("nama_soal").'
        )
        if found:
            from IPython import get_ipython

            get_ipython().push({"lihat_contoh": lihat_contoh})
    print(text)

"""The text checks of the command line: ``bimtek judul``, ``siaran-pers``, ``takarir`` and ``balasan``.

The engines (``course.engines.clickbait``, ``press_release``, ``captions``, ``citizen_replies``) return their
findings as data and never print; these runners read the files, write the results (to
stdout, to stderr, or atomically to an output file) and return the exit status. Bad
input raises ``course.errors.InputError``, which ``bimtek`` shows as one Indonesian line.
The CSV of ``bimtek judul`` neutralises headlines a spreadsheet would read as a formula
(:mod:`course.instructor.safe_output`).
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from course.engines.clickbait import KOLOM_KELUARAN, periksa_csv
from course.engines.files import baca_teks
from course.engines.press_release import fakta_dari, periksa
from course.errors import InputError
from course.instructor.safe_output import SafeDictWriter


def _csv_text(rows: Iterable[dict[str, str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = SafeDictWriter(buffer, fieldnames=KOLOM_KELUARAN, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def tulis_atomik(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` all at once: a temporary file beside it, then a rename.

    An existing file is replaced only when the new one is complete, so nothing
    already written is lost if anything goes wrong on the way.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(
            f"folder {folder} untuk berkas keluaran tidak ada.", "Buat foldernya dulu atau pilih folder lain."
        )
    if path.is_dir():
        raise InputError(f"{path} adalah folder, bukan berkas.", "Tulis nama berkas keluaran, misalnya hasil.csv.")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            f"tidak dapat menulis di folder {folder} ({exc.strerror}).", "Periksa izin tulis folder itu."
        ) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o777)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise InputError(
            f"berkas {path} tidak dapat ditulis ({exc.strerror}).", "Periksa izin tulis dan ruang disk."
        ) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def run_headlines(
    masukan: str | Path,
    kolom: str = "title",
    keluaran: str | Path | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """The ``bimtek judul`` command: check a CSV file, write the results, return the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if keluaran is not None and Path(keluaran).resolve() == Path(masukan).resolve():
        raise InputError(
            "berkas keluaran sama dengan berkas masukan.",
            "Pilih nama lain untuk --keluaran agar data asli tidak tertimpa.",
        )
    rows, notes = periksa_csv(masukan, kolom)
    text = _csv_text(rows)
    if keluaran is None:
        stdout.write(text)
        stdout.flush()
    else:
        tulis_atomik(keluaran, text)
    checked = sum(1 for r in rows if r["clickbait"] != "")
    flagged = sum(1 for r in rows if r["clickbait"] == "1")
    for note in notes:
        print(f"Catatan: {note}", file=stderr)
    where = f" Hasil ditulis ke {keluaran}." if keluaran is not None else ""
    print(f"{checked} judul diperiksa, {flagged} terbaca sebagai clickbait.{where}", file=stderr)
    return 0


def run_release(
    berkas: str | Path, fakta: str | Path | None = None, as_json: bool = False, stdout: TextIO | None = None
) -> int:
    """The ``bimtek siaran-pers`` command: print the report (exit status 0); bad input raises ``InputError``."""
    stdout = stdout or sys.stdout
    text = baca_teks(berkas, "siaran pers", "Tulis siaran persnya di berkas itu (teks biasa, UTF-8).")
    sheet = None
    if fakta is not None:
        sheet = fakta_dari(
            baca_teks(fakta, "lembar fakta", "Isi lembar fakta dengan objek JSON."), f"lembar fakta {fakta}"
        )
    _print_report(periksa(text, sheet), as_json, stdout)
    return 0


def _print_report(report, as_json: bool, stdout: TextIO) -> None:
    """A checker's report as readable Indonesian lines, or as ``{"checks": [{"id", "ok", "pesan"}, ...]}``."""
    if as_json:
        stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(report.teks() + "\n")
    stdout.flush()


def run_caption(
    berkas: str | Path, platform: str, alt: str | None = None, as_json: bool = False, stdout: TextIO | None = None
) -> int:
    """The ``bimtek takarir`` command: check one caption (``-`` reads standard input) for ``platform``."""
    from course.engines.captions import periksa_takarir

    text = baca_teks(berkas, "takarir", "Tulis takarir unggahannya di berkas itu (teks biasa, UTF-8).")
    _print_report(periksa_takarir(text, platform, alt), as_json, stdout or sys.stdout)
    return 0


def run_reply(
    berkas: str | Path, fakta: str | Path | None = None, as_json: bool = False, stdout: TextIO | None = None
) -> int:
    """The ``bimtek balasan`` command: the citizen's comment, a line ``---``, then the reply."""
    from course.engines.citizen_replies import periksa_balasan, pisah_komentar

    text = baca_teks(
        berkas, "balasan", "Tulis komentar warga, satu baris ---, lalu balasan Anda di berkas itu (teks biasa, UTF-8)."
    )
    komentar, balasan = pisah_komentar(text)
    facts = None
    if fakta is not None:
        facts = baca_teks(fakta, "fakta", "Tulis fakta resmi yang menjadi dasar balasan di berkas itu.")
    _print_report(periksa_balasan(komentar, balasan, facts), as_json, stdout or sys.stdout)
    return 0

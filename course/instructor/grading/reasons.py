"""Why a submission could not be graded, in plain Indonesian, and the page that tells the participant.

``REASONS`` maps a reason code (stored in the ``bimtek_status`` table, see
:mod:`course.instructor.gradebook`) to what happened and what the participant should do.
``precheck`` finds what nbgrader would silently drop before nbgrader sees the submission;
``write_failure_feedback`` writes the feedback page of a failed submission where nbgrader's
own would be, so ``nbgrader release_feedback`` hands it out.
"""

from __future__ import annotations

import html
import json
import shutil
import signal
from pathlib import Path

from course.instructor.grading.outcome import number

MAX_NOTEBOOK_MB = 100
GLOB_CHARS = set("*?[]")

# Reasons: code -> (what happened, what the participant should do). Plain Indonesian.
REASONS = {
    "folder_kosong": (
        "folder kiriman tidak berisi notebook {expected}",
        "Kumpulkan ulang lewat menu Nbgrader → Assignment List → Submit.",
    ),
    "nama_notebook": (
        "notebook diganti namanya: yang dikumpulkan {found}, seharusnya {expected}",
        "Ganti nama notebook kembali menjadi {expected} (klik kanan → Rename), simpan, lalu kumpulkan ulang.",
    ),
    "berkas_kosong": (
        "berkas {name} kosong (0 byte)",
        "Buka notebook Anda, pastikan jawabannya ada, simpan dengan Ctrl + S, lalu kumpulkan ulang.",
    ),
    "bukan_teks": (
        "berkas {name} bukan notebook: isinya data biner",
        "Pastikan yang dikumpulkan adalah notebook dari Assignment List, bukan berkas lain yang "
        "diberi nama .ipynb. Unduh ulang notebooknya, salin jawaban Anda, lalu kumpulkan ulang.",
    ),
    "json_rusak": (
        "berkas {name} rusak: isinya bukan JSON yang sah ({detail})",
        "Coba buka notebook di JupyterLab. Bila tidak bisa dibuka, unduh ulang dari Assignment List "
        "(Fetch), salin jawaban Anda, lalu kumpulkan ulang.",
    ),
    "bukan_notebook": (
        "berkas {name} bukan notebook Jupyter yang sah ({detail})",
        "Unduh ulang notebook dari Assignment List (Fetch), salin jawaban Anda, lalu kumpulkan ulang.",
    ),
    "terlalu_besar": (
        "berkas {name} terlalu besar ({size} MB; batasnya {limit} MB)",
        "Hapus keluaran sel (menu Edit → Clear Outputs of All Cells), simpan, lalu kumpulkan ulang.",
    ),
    "metadata_rusak": (
        "metadata nbgrader di notebook rusak atau diubah ({detail})",
        "Unduh ulang notebook dari Assignment List (Fetch), salin jawaban Anda ke sel jawaban, lalu kumpulkan ulang.",
    ),
    "kernel_mati": (
        "Python berhenti mendadak saat menjalankan notebook ({detail})",
        "Cari sel yang menghentikan Python (misalnya os._exit(), os.kill(), atau kode yang "
        "merusak proses), hapus, jalankan Kernel → Restart Kernel and Run All Cells untuk "
        "memeriksa, lalu kumpulkan ulang.",
    ),
    "waktu_habis": (
        "waktu habis: sebuah sel berjalan lebih dari {timeout} detik dan tidak dapat dihentikan",
        "Cari sel yang tidak pernah selesai (misalnya perulangan while True), perbaiki, jalankan "
        "Restart Kernel and Run All Cells untuk memeriksa, lalu kumpulkan ulang.",
    ),
    "waktu_total": (
        "waktu habis: menilai notebook ini memakan lebih dari {limit} detik",
        "Periksa sel yang lama sekali selesainya, perbaiki, lalu kumpulkan ulang.",
    ),
    "batas_cpu": (
        "notebook memakai waktu prosesor melebihi batas ({limit} detik)",
        "Cari perhitungan yang terlalu berat atau perulangan tanpa akhir, perbaiki, lalu kumpulkan ulang.",
    ),
    "batas_memori": (
        "notebook memakai memori melebihi batas ({limit} MB) sehingga Python berhenti",
        "Cari sel yang membuat data sangat besar, perbaiki, lalu kumpulkan ulang.",
    ),
    "batas_berkas": (
        "notebook menulis berkas melebihi batas ukuran ({limit} MB) sehingga Python berhenti",
        "Jangan menulis berkas besar dari notebook; perbaiki, lalu kumpulkan ulang.",
    ),
    "penilai_berhenti": (
        "proses penilai berhenti saat menilai kiriman ini ({detail})",
        "Kiriman Anda akan dinilai ulang; bila pesan ini tetap muncul, hubungi instruktur.",
    ),
    "nama_peserta": (
        "nama folder peserta {name} memuat karakter yang tidak dapat dipakai nbgrader",
        "Instruktur perlu mengganti nama folder peserta ini di submitted/ lalu menilai ulang.",
    ),
    "galat_penilaian": ("galat saat menilai ({detail})", "Hubungi instruktur; kiriman Anda akan diperiksa."),
}


def reason(code: str, **values) -> tuple[str, str]:
    """``(what happened, what to do)`` for a reason code; a missing value shows as ``?``."""
    what, todo = REASONS[code]
    return what.format_map(_Default(values)), todo.format_map(_Default(values))


class _Default(dict):
    def __missing__(self, key):
        return "?"


# Checks of a submission before nbgrader sees it (they explain what nbgrader would drop).


def precheck(folder: Path, expected: list[str], student: str) -> tuple[str, dict] | None:
    """``(reason code, values)`` when the submission cannot be graded, else None."""
    if GLOB_CHARS & set(student):
        return "nama_peserta", {"name": student}
    present = sorted(p.name for p in folder.glob("*.ipynb")) if folder.is_dir() else []
    missing = [name for name in expected if f"{name}.ipynb" not in present]
    if missing:
        want = ", ".join(f"{name}.ipynb" for name in missing)
        others = [p for p in present if p[:-6] not in expected]
        if others:
            return "nama_notebook", {"found": ", ".join(others), "expected": want}
        return "folder_kosong", {"expected": want}
    for name in expected:
        path = folder / f"{name}.ipynb"
        size = path.stat().st_size
        values = {"name": path.name}
        if size == 0:
            return "berkas_kosong", values
        if size > MAX_NOTEBOOK_MB * 1024 * 1024:
            return "terlalu_besar", {**values, "size": number(size / 1024 / 1024), "limit": MAX_NOTEBOOK_MB}
        raw = path.read_bytes()
        if b"\0" in raw[:65536]:
            return "bukan_teks", values
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return "bukan_teks", values
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return "json_rusak", {**values, "detail": f"baris {exc.lineno}, kolom {exc.colno}"}
        if not isinstance(data, dict) or not isinstance(data.get("cells"), list) or "nbformat" not in data:
            return "bukan_notebook", {**values, "detail": "tidak ada daftar sel (cells) dan versi nbformat"}
        import nbformat

        try:
            nb = nbformat.reads(text, as_version=4)
            nbformat.validate(nb)
        except Exception as exc:  # nbformat's own verdict, whatever its class
            detail = str(exc).strip().splitlines()[0][:150] if str(exc).strip() else type(exc).__name__
            return "bukan_notebook", {**values, "detail": detail}
    return None


def describe_exit(code: int | None) -> tuple[str, str]:
    """(reason code, Indonesian reason) for a sandboxed kernel that stopped by itself (its exit status)."""
    if code is None:
        return "kernel_mati", "kernel berhenti mendadak"
    sig = code - 128 if code > 128 else (-code if code < 0 else 0)
    if sig == signal.SIGXCPU:
        return "batas_cpu", "kernel dihentikan karena melewati batas waktu CPU"
    if sig == signal.SIGXFSZ:
        return "batas_berkas", "kernel dihentikan karena menulis berkas melebihi batas ukuran"
    if sig in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS):
        return "batas_memori", "kernel mati (kemungkinan kehabisan memori atau galat pustaka)"
    if sig:
        return "kernel_mati", f"kernel mati karena sinyal {signal.Signals(sig).name}"
    return "kernel_mati", f"kernel berhenti sendiri (kode keluar {code}), misalnya karena os._exit()"


def write_failure_feedback(
    root: Path, coursedir, session: str, student: str, expected: list[str], what: str, todo: str
) -> None:
    """A feedback page for a failed submission, where nbgrader's would be (and releasable)."""
    submitted = root / coursedir.submitted_directory / student / session
    target = root / coursedir.feedback_directory / student / session
    target.mkdir(parents=True, exist_ok=True)
    for name in ("timestamp.txt", "submission_secret.txt"):
        if (submitted / name).is_file():
            shutil.copyfile(submitted / name, target / name)
    names = list(expected)
    if submitted.is_dir():
        names += [p.stem for p in submitted.glob("*.ipynb") if p.stem not in names]
    for name in names:
        page = FAILURE_PAGE.format(
            session=html.escape(session),
            student=html.escape(student),
            notebook=html.escape(name),
            what=html.escape(what),
            todo=html.escape(todo),
        )
        (target / f"{name}.html").write_text(page, encoding="utf-8")


FAILURE_PAGE = """<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Umpan balik {session}: belum dapat dinilai</title>
<style>body{{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5;color:#222}}
.kotak{{border-left:6px solid #D55E00;background:#fdf3ec;padding:1em 1.2em}}</style></head>
<body>
<h1>Sesi {session}: kiriman belum dapat dinilai</h1>
<p>Peserta: <b>{student}</b> · notebook: <b>{notebook}</b></p>
<div class="kotak">
<p><b>Apa yang terjadi:</b> {what}.</p>
<p><b>Yang perlu Anda lakukan:</b> {todo}</p>
</div>
<p>Nilai Anda untuk sesi ini <b>belum ada</b> (bukan nol). Setelah Anda mengumpulkan ulang,
instruktur akan menilainya kembali. Bila ada pertanyaan, hubungi instruktur.</p>
</body></html>
"""

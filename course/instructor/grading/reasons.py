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

from course.instructor.grading.outcome import number, regular_file, special_files, symlinks_in

MAX_NOTEBOOK_MB = 100
MAX_CONTENT_MB = 3  # a notebook without its outputs (sources, attachments, metadata); session notebooks: < 0.1 MB
MAX_JSON_DEPTH = 100  # a notebook nests about ten levels; deeper JSON is not a notebook
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
    "isi_terlalu_besar": (
        "isi notebook {name} (kode, teks, dan lampiran, tanpa keluaran) terlalu besar ({size} MB; batasnya {limit} MB)",
        "Hapus teks, data, atau gambar yang sangat besar yang ditempel di sel, simpan, lalu kumpulkan ulang.",
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
        "Penilaian diulang otomatis pada penilaian berikutnya. Bila ada sel yang lama sekali selesainya, "
        "perbaikilah lalu kumpulkan ulang.",
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
    "tautan_simbolik": (
        "kiriman memuat tautan simbolik (symlink), yang tidak diterima: {name}",
        "Kumpulkan notebook dan berkas biasa saja (tanpa symlink): unduh ulang dari Assignment List bila "
        "perlu, salin jawaban Anda, lalu kumpulkan ulang.",
    ),
    "berkas_khusus": (
        "kiriman memuat berkas yang bukan berkas biasa (pipa, soket, atau perangkat): {name}",
        "Kumpulkan notebook dan berkas biasa saja, lalu kumpulkan ulang.",
    ),
    "keluaran_terlalu_besar": (
        "sebuah sel mengirim keluaran lebih dari {limit} MB sekaligus, sehingga keluarannya tidak dapat diterima",
        "Jangan menampilkan data sebesar itu (misalnya tabel atau teks utuh); tampilkan cuplikannya saja "
        "(df.head()), simpan, lalu kumpulkan ulang.",
    ),
    "penilai_berhenti": (
        "proses penilai berhenti saat menilai kiriman ini ({detail})",
        "Ini gangguan di sisi penilai, bukan kesalahan kiriman Anda: kiriman Anda dinilai ulang otomatis "
        "pada penilaian berikutnya, tanpa perlu mengumpulkan ulang.",
    ),
    "basis_data_sibuk": (
        "buku nilai sedang sibuk sehingga nilai kiriman ini tidak dapat disimpan ({detail})",
        "Ini gangguan di sisi penilai, bukan kesalahan kiriman Anda: kiriman Anda dinilai ulang otomatis "
        "pada penilaian berikutnya, tanpa perlu mengumpulkan ulang.",
    ),
    "nama_peserta": (
        "nama folder peserta {name} memuat karakter yang tidak dapat dipakai nbgrader",
        "Instruktur perlu mengganti nama folder peserta ini di submitted/ lalu menilai ulang.",
    ),
    "galat_penilaian": (
        "galat di sisi penilai saat menilai ({detail})",
        "Ini gangguan di sisi penilai, bukan kesalahan kiriman Anda: kiriman Anda dinilai ulang otomatis "
        "pada penilaian berikutnya; bila pesan ini tetap muncul, hubungi instruktur.",
    ),
}

# The one place that says whose fault a failure is. Grader-side failures (the grader's process died,
# the grader's own time limit, a busy database, a bug of ours) are graded again by the next run
# automatically; every other code is caused by the submission and stays failed until it changes.
GRADER_SIDE = frozenset({"penilai_berhenti", "waktu_total", "basis_data_sibuk", "galat_penilaian"})
SUBMISSION_SIDE = frozenset(REASONS) - GRADER_SIDE


def grader_side(code: str | None) -> bool:
    """Whether a failure with this reason code is the grader's (graded again automatically)."""
    return code in GRADER_SIDE


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
    linked = symlinks_in(folder, parents=1)
    if linked:
        return "tautan_simbolik", {"name": ", ".join(linked[:3])}
    special = special_files(folder)
    if special:
        return "berkas_khusus", {"name": ", ".join(special[:3])}
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
        problem = _read_notebook(text)
        if problem is not None and problem[0] == "isi_terlalu_besar":
            return problem[0], {**values, "size": problem[1], "limit": MAX_CONTENT_MB}
        if problem is not None:
            return problem[0], {**values, "detail": problem[1]}
    return None


def _read_notebook(text: str) -> tuple[str, str] | None:
    """``(reason code, detail)`` when ``text`` is not a notebook nbgrader can grade, else None."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return "json_rusak", f"baris {exc.lineno}, kolom {exc.colno}"
    except RecursionError:
        return "bukan_notebook", f"strukturnya bersarang lebih dari {MAX_JSON_DEPTH} tingkat"
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list) or "nbformat" not in data:
        return "bukan_notebook", "tidak ada daftar sel (cells) dan versi nbformat"
    if _depth(data) > MAX_JSON_DEPTH:
        return "bukan_notebook", f"strukturnya bersarang lebih dari {MAX_JSON_DEPTH} tingkat"
    import nbformat

    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as exc:  # nbformat's own verdict, whatever its class
        if type(exc).__name__ != "ValidationError" or not str(exc).strip():
            return "bukan_notebook", "isi berkasnya tidak sesuai format notebook"
        return "bukan_notebook", str(exc).strip().splitlines()[0][:150]
    content = len(json.dumps([{k: v for k, v in c.items() if k != "outputs"} for c in nb.cells])) + len(
        json.dumps(nb.metadata)
    )
    if content > MAX_CONTENT_MB * 1024 * 1024:
        return "isi_terlalu_besar", number(content / 1024 / 1024)
    for index, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader")
        if meta is not None and not _nbgrader_metadata_typed(meta):
            return "bukan_notebook", f"metadata nbgrader sel ke-{index + 1} bertipe salah"
    return None


def _depth(data) -> int:
    """How deeply ``data`` (parsed JSON) nests, without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_JSON_DEPTH:
            break
        if isinstance(value, dict):
            stack += [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            stack += [(v, depth + 1) for v in value]
    return deepest


NBGRADER_TYPES = {
    "grade": bool,
    "solution": bool,
    "locked": bool,
    "task": bool,
    "grade_id": str,
    "schema_version": int,
    "points": (int, float),
    "checksum": str,
    "cell_type": str,
}


def _nbgrader_metadata_typed(meta) -> bool:
    """Whether a cell's nbgrader metadata has the JSON types nbgrader reads without crashing."""
    if not isinstance(meta, dict):
        return False
    for key, kind in NBGRADER_TYPES.items():
        if key in meta and meta[key] is not None and not isinstance(meta[key], kind):
            return False
    return not isinstance(meta.get("points"), bool)


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
    root: Path, coursedir, session: str, student: str, expected: list[str], failure: tuple[str, str, str]
) -> None:
    """A feedback page for a failed submission (``failure``: reason code, what, what to do), where
    nbgrader's would be (and releasable). It says whose fault it was: a grader-side failure is graded
    again automatically, a submission-side one after the participant submits again."""
    code, what, todo = failure
    submitted = root / coursedir.submitted_directory / student / session
    target = root / coursedir.feedback_directory / student / session
    target.mkdir(parents=True, exist_ok=True)
    for name in ("timestamp.txt", "submission_secret.txt"):
        found = None if submitted.is_symlink() else regular_file(submitted, (name,))
        if found is not None and Path(found).stat().st_size < 4096:
            shutil.copyfile(found, target / name, follow_symlinks=False)
    names = list(expected)
    if submitted.is_dir() and not submitted.is_symlink():
        names += [p.stem for p in submitted.glob("*.ipynb") if p.stem not in names]
    for name in names:
        page = FAILURE_PAGE.format(
            session=html.escape(session),
            student=html.escape(student),
            notebook=html.escape(name),
            what=html.escape(what),
            todo=html.escape(todo),
            next=NEXT_GRADER_SIDE if grader_side(code) else NEXT_SUBMISSION_SIDE,
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
<p>Nilai Anda untuk sesi ini <b>belum ada</b> (bukan nol). {next} Bila ada pertanyaan, hubungi instruktur.</p>
</body></html>
"""
NEXT_SUBMISSION_SIDE = "Penyebabnya ada pada kiriman Anda: setelah Anda mengumpulkan ulang, instruktur akan menilainya."
NEXT_GRADER_SIDE = (
    "Penyebabnya ada di sisi penilai, bukan pada kiriman Anda: kiriman yang sama dinilai ulang otomatis "
    "pada penilaian berikutnya."
)

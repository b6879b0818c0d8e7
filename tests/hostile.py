"""A hostile cohort for session 00: submissions that try to break, escape or stall the grader.

Each entry says how the submission is written and what ``bimtek autograde`` must
make of it: ``("dinilai", score)`` (graded; the score its legitimate cells earn)
or ``("gagal", reason_code)``. Attacks that run code set the answer first, then
try their trick and print ``HASIL: diblokir …`` or ``HASIL: BERHASIL …``, so the
autograded notebook records what the sandbox stopped.

Good submissions (tests/cohorts/s00_pengantar.py) are graded in the same run.
"""

from __future__ import annotations

import json
import os
import textwrap

import nbformat

from .cohorts import cells_by_id, perfect_answers
from .grading_support import MAX_SCORE, NOTEBOOK, SESSION

SECRET_ENV = "BIMTEK_UJI_RAHASIA"
SECRET_VALUE = "rahasia-penilai-7f3a"
BACKGROUND_MARKER = "987654"  # `sleep 987654` left behind by a participant
DAEMON_MARKER = "987655"


def _attack(body: str) -> str:
    """Answer first, then the attack, reporting whether it was blocked."""
    return (
        'nama_kabupaten = "Kabupaten Agam"\n'
        "try:\n" + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\n"
        "    print('HASIL: BERHASIL')\n"
        "except BaseException as galat:\n"
        "    print('HASIL: diblokir', type(galat).__name__, str(galat)[:120])\n"
    )


def build(course, port: int, source_nb, release_nb) -> dict[str, dict]:
    """student id -> {"writer": callable(folder) | "answers": …, "expect": …, "blocked": bool}."""
    perfect = perfect_answers(source_nb)
    c = str(course)
    other = f"{c}/submitted/sempurna/{SESSION}/{NOTEBOOK}"
    cohort: dict[str, dict] = {}

    def attack(name: str, body: str, expect=("dinilai", MAX_SCORE), blocked=True, raw_cell: bool = False):
        answers = dict(perfect)
        answers["pemanasan_1_jawab"] = body if raw_cell else _attack(body)
        cohort[name] = {"answers": answers, "expect": expect, "blocked": blocked and not raw_cell}

    def raw(name: str, data: bytes, expect):
        cohort[name] = {"bytes": data, "expect": expect}

    # -- not a notebook ----------------------------------------------------
    text = json.dumps(nbformat.from_dict(json.loads(json.dumps(release_nb))), indent=1)
    raw("json_rusak", text[: len(text) // 2].encode(), ("gagal", "json_rusak"))
    raw("berkas_kosong", b"", ("gagal", "berkas_kosong"))
    raw("berkas_biner", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096), ("gagal", "bukan_teks"))
    raw(
        "json_bukan_notebook",
        json.dumps({"halo": "dunia", "cells": "bukan daftar"}).encode(),
        ("gagal", "bukan_notebook"),
    )
    cohort["ganti_nama"] = {"answers": perfect, "rename": "tugas-saya.ipynb", "expect": ("gagal", "nama_notebook")}
    tampered = dict(perfect)
    cohort["metadata_rusak"] = {"answers": tampered, "schema": 99, "expect": ("gagal", "metadata_rusak")}
    cohort["hapus_sel_uji_jahat"] = {
        "answers": {**perfect, "pemanasan_3_jawab": 'platform_sesi_1 = ["X"]'},
        "delete": ["pemanasan_3", "tes_awal_05", "tes_awal_06"],
        "expect": ("dinilai", MAX_SCORE - 1),
    }

    # -- the kernel dies or never finishes ------------------------------------
    attack("os_exit", "import os\nos._exit(1)", ("gagal", "kernel_mati"), raw_cell=True)
    attack("loop_tanpa_henti", 'nama_kabupaten = "Kabupaten Agam"\nwhile True:\n    pass', raw_cell=True)
    attack(
        "abaikan_sigint",
        'nama_kabupaten = "Kabupaten Agam"\nimport signal\n'
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass",
        ("gagal", "waktu_habis"),
        raw_cell=True,
    )

    # -- resources -----------------------------------------------------------
    attack("memori_10gb", "data = bytearray(10 * 1024 ** 3)\ndata[-1] = 1")
    attack("bom_fork", 'nama_kabupaten = "Kabupaten Agam"\nimport os\nwhile True:\n    os.fork()', raw_cell=True)
    # one 100 MB message: refused before the grader reads it (memory stays bounded); the submission fails
    attack(
        "cetak_100mb",
        'import sys\nsys.stdout.write("x" * 100_000_000)\nsys.stdout.flush()',
        ("gagal", "keluaran_terlalu_besar"),
        blocked=False,
    )
    # many writes of 100 kB: printing is allowed; the grader keeps only the first 2 MB of the notebook's output
    attack(
        "cetak_banyak",
        'import sys\nfor _ in range(300):\n    sys.stdout.write("x" * 100_000)\n    sys.stdout.flush()',
        blocked=False,
    )
    attack(
        "berkas_1gb",
        "with open('besar.bin', 'wb') as f:\n    for _ in range(1024):\n        f.write(b'\\0' * (1 << 20))",
    )

    # -- escape ----------------------------------------------------------------
    attack(
        "jaringan",
        f"import socket\ns = socket.create_connection(('127.0.0.1', {port}), timeout=3)\n"
        "s.sendall(b'halo dari peserta')\ns.close()",
    )
    attack("baca_peserta_lain", f"teks = open({other!r}).read()\nprint('BOCOR', teks[:2000])")
    attack(
        "baca_peserta_relatif",
        f"teks = open('../../sempurna/{SESSION}/{NOTEBOOK}').read()\nprint('BOCOR', teks[:2000])",
    )
    attack("baca_buku_nilai", f"data = open({c + '/gradebook.db'!r}, 'rb').read()\nprint('BOCOR', len(data))")
    attack(
        "baca_sumber", f"teks = open({c + '/source/' + SESSION + '/' + NOTEBOOK!r}).read()\nprint('BOCOR', teks[:3000])"
    )
    attack("timpa_di_luar", f"open({c + '/release/' + SESSION + '/' + NOTEBOOK!r}, 'w').write('dirusak')")
    attack(
        "timpa_paket_kursus",
        "import course, os\nopen(os.path.join(os.path.dirname(course.__file__), 'checks.py'), 'a').write('#')",
    )
    attack("bunuh_induk", "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)")
    attack("lingkungan", f"import os\nnilai = os.environ[{SECRET_ENV!r}]\nprint('BOCOR', nilai)")
    attack(
        "proses_latar",
        f"import subprocess, sys\n"
        f"subprocess.Popen(['sleep', '{BACKGROUND_MARKER}'], start_new_session=True)\n"
        f"subprocess.Popen([sys.executable, '-c', 'import os, time\\nif os.fork() == 0:\\n"
        f"    os.setsid(); time.sleep({DAEMON_MARKER})'])",
        blocked=False,
    )
    return cohort


def write(course, student: str, spec: dict, release_nb) -> None:
    folder = course / "submitted" / student / SESSION
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "timestamp.txt").write_text("2025-03-03 10:00:00.000000 UTC", encoding="utf-8")
    if "bytes" in spec:
        (folder / NOTEBOOK).write_bytes(spec["bytes"])
        return
    nb = nbformat.from_dict(json.loads(json.dumps(release_nb)))
    by_id = cells_by_id(nb)
    for gid, source in spec.get("answers", {}).items():
        by_id[gid].source = source
    deleted = set(spec.get("delete", []))
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in deleted]
    if "schema" in spec:
        for cell in nb.cells:
            if "nbgrader" in cell.metadata:
                cell.metadata["nbgrader"]["schema_version"] = spec["schema"]
    nbformat.write(nb, folder / spec.get("rename", NOTEBOOK))

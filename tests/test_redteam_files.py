"""Red team, files: nothing a participant submits is trusted as a file, and no output can be weaponised.

One real ``bimtek autograde`` run, sandbox required, grades honest students (the six of
``tests/cohorts/s00_pengantar.py`` plus ``korban``, whose notebook carries a secret marker) beside
attackers who plant files beside their notebook, symlinks, output bombs and malformed notebooks.
Each attacker gets exactly what their honest answers earn (or ``gagal`` with the exact reason
code), the honest students keep their exact scores, and no secret reaches any autograded notebook
or feedback page of an attacker.
"""

from __future__ import annotations

import json
import os
import time

import nbformat
import pytest

from course.instructor import sandbox

from .cohorts import perfect_answers, solution_lines, write_submission
from .grading_support import MAX_SCORE, NOTEBOOK, SESSION, bimtek, clone, good_cohort, notebooks, statuses, template

pytestmark = pytest.mark.skipif(
    not sandbox.available().ok, reason=f"kotak pasir tidak tersedia: {sandbox.available().reason}"
)

VICTIM_SECRET = "RAHASIA-KORBAN-5d81c"  # in the honest student korban's notebook only
PASSWD_MARKER = "root:x:0:0"  # the first line of /etc/passwd
FEEDBACK_CAP = 20 * 1024 * 1024  # autograded notebooks and feedback pages stay under this (penilaian.md)
# A file beside the notebook that, if Python ever imported or ran it, would show (exit the kernel or cheat).
EXIT_KERNEL = "import os\nos._exit(7)\n"
FAKE_COURSE = (
    "def nilai(*a, **k):\n    return True\n\ndef cek(*a, **k):\n    print('lolos')\n\n"
    "def serahkan(*a, **k):\n    return None\n\ndef mulai(*a, **k):\n    return None\n"
)


def _answers_then(code: str) -> str:
    """An answer cell that answers first (Latihan 1), then runs ``code``."""
    return 'nama_kabupaten = "Kabupaten Agam"\n' + code


def build(course, source_nb, release_nb) -> dict[str, dict]:
    """attacker -> {"answers", "files" (relative path -> text), "links" (relative path -> target), "raw", "expect"}."""
    perfect = perfect_answers(source_nb)
    source = course / "source" / SESSION / NOTEBOOK
    victim = course / "submitted" / "korban" / SESSION / NOTEBOOK
    empty, full = ("dinilai", 0), ("dinilai", MAX_SCORE)
    link = ("gagal", "tautan_simbolik")
    attacks: dict[str, dict] = {
        # Python files beside the notebook: never imported, never even staged in the sandbox
        "paket_course": {"answers": {}, "files": {"course/__init__.py": FAKE_COURSE}, "expect": empty},
        "ipykernel_launcher": {"answers": {}, "files": {"ipykernel_launcher.py": EXIT_KERNEL}, "expect": empty},
        "sitecustomize": {
            "answers": {},
            "files": {"sitecustomize.py": EXIT_KERNEL, "usercustomize.py": EXIT_KERNEL, "jahat.pth": EXIT_KERNEL},
            "expect": empty,
        },
        "startup_ipython": {
            "answers": perfect,
            "files": {".ipython/profile_default/startup/00-jahat.py": EXIT_KERNEL, ".config/x.py": EXIT_KERNEL},
            "expect": full,
        },
        # symlinks: refused before anything is read or copied
        "tautan_ke_sumber": {"links": {NOTEBOOK: source}, "expect": link},
        "tautan_ke_peserta_lain": {"links": {NOTEBOOK: victim}, "expect": link},
        "tautan_passwd": {"answers": perfect, "links": {"data.csv": "/etc/passwd"}, "expect": link},
        "tautan_folder": {"answers": perfect, "links": {"bahan": course / "source"}, "expect": link},
        "tautan_stempel_waktu": {"answers": perfect, "links": {"timestamp.txt": "/etc/passwd"}, "expect": link},
        "tautan_folder_sesi": {"session_link": victim.parent, "expect": link},
        "fifo": {"answers": perfect, "fifo": "pipa.csv", "expect": ("gagal", "berkas_khusus")},
        # outputs that would flood the grader
        "bom_display": {
            "answers": {
                **perfect,
                "pemanasan_1_jawab": _answers_then("display({'text/html': 'x' * (200 * 1024 * 1024)}, raw=True)"),
            },
            "expect": ("gagal", "keluaran_terlalu_besar"),
        },
        "galat_raksasa": {
            "answers": {**perfect, "pemanasan_1_jawab": _answers_then("raise ValueError('x' * (60 * 1024 * 1024))")},
            "expect": ("gagal", "keluaran_terlalu_besar"),
        },
        "galat_besar": {
            "answers": {**perfect, "pemanasan_1_jawab": _answers_then("raise ValueError('y' * (5 * 1024 * 1024))")},
            "expect": full,
        },
        "banyak_keluaran_kecil": {
            "answers": {
                **perfect,
                "pemanasan_1_jawab": _answers_then(
                    "from IPython.display import HTML, display\nfor i in range(6000):\n"
                    "    display(HTML('<b>banjir</b>' * 100))\n    print('z' * 500)"
                ),
            },
            "expect": full,
        },
        "pembaruan_tampilan": {
            "answers": {
                **perfect,
                "pemanasan_1_jawab": _answers_then(
                    "from IPython.display import display\nfor i in range(3000):\n"
                    "    display({'text/plain': 'a'}, raw=True, display_id='sama')\n"
                    "display({'text/plain': 'b' * (8 * 1024 * 1024)}, raw=True, display_id='sama', update=True)"
                ),
            },
            "expect": full,
        },
        "hasil_sel_besar": {
            "answers": {**perfect, "pemanasan_1_jawab": _answers_then("'r' * (12 * 1024 * 1024)")},
            "expect": full,
        },
        "sumber_raksasa": {
            "answers": {**perfect, "pemanasan_1_jawab": _answers_then("# " + "s" * (4 * 1024 * 1024))},
            "expect": ("gagal", "isi_terlalu_besar"),
        },
        # notebooks that are not notebooks
        "json_dalam": {"raw": "deep", "expect": ("gagal", "bukan_notebook")},
        "json_dalam_sedang": {"raw": "medium", "expect": ("gagal", "bukan_notebook")},
        "json_salah_tipe": {"raw": "mistyped", "expect": ("gagal", "bukan_notebook")},
        "json_salah_tipe_nbgrader": {"raw": "mistyped_nbgrader", "expect": ("gagal", "bukan_notebook")},
    }
    return attacks


def _raw_notebook(kind: str, release_nb) -> str:
    data = json.loads(json.dumps(release_nb))
    if kind in ("deep", "medium"):
        depth = 100_000 if kind == "deep" else 300
        return json.dumps(data)[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
    if kind == "mistyped":
        data["cells"][2]["metadata"] = ["bukan", "objek"]
        data["cells"][3]["source"] = 12345
        return json.dumps(data)
    for cell in data["cells"]:  # nbgrader metadata of the wrong JSON types
        if "nbgrader" in cell["metadata"]:
            cell["metadata"]["nbgrader"]["grade_id"] = 17
            cell["metadata"]["nbgrader"]["points"] = "banyak"
    return json.dumps(data)


def write_attack(course, student: str, spec: dict, release_nb) -> None:
    folder = course / "submitted" / student / SESSION
    if "session_link" in spec:
        folder.parent.mkdir(parents=True)
        os.symlink(spec["session_link"], folder)
        return
    folder.mkdir(parents=True)
    (folder / "timestamp.txt").write_text("2025-03-03 10:00:00.000000 UTC", encoding="utf-8")
    if "raw" in spec:
        (folder / NOTEBOOK).write_text(_raw_notebook(spec["raw"], release_nb), encoding="utf-8")
    elif NOTEBOOK not in spec.get("links", {}):
        write_submission(release_nb, {"answers": spec.get("answers", {})}, folder / NOTEBOOK)
    for relative, text in spec.get("files", {}).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    for relative, target in spec.get("links", {}).items():
        if (folder / relative).exists():
            (folder / relative).unlink()
        os.symlink(target, folder / relative)
    if "fifo" in spec:
        os.mkfifo(folder / spec["fifo"])


@pytest.fixture(scope="module")
def redteam(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("redteam_berkas") / "kursus")
    expected = good_cohort(course)
    source_nb, release_nb = notebooks(course)
    victim = perfect_answers(source_nb)
    victim["pemanasan_2_jawab"] += f"  # {VICTIM_SECRET}"
    write_submission(release_nb, {"answers": victim}, course / "submitted" / "korban" / SESSION / NOTEBOOK)
    expected["korban"] = MAX_SCORE
    attacks = build(course, source_nb, release_nb)
    for student, spec in attacks.items():
        write_attack(course, student, spec, release_nb)
    started = time.monotonic()
    proc = bimtek(
        ["autograde", SESSION, "--pekerja", "2", "--kotak-pasir", "wajib", "--batas-waktu", "20"], course, timeout=1200
    )
    return {
        "course": course,
        "proc": proc,
        "seconds": time.monotonic() - started,
        "attacks": attacks,
        "expected": expected,
        "status": statuses(course),
        "source_nb": source_nb,
    }


def test_the_run_finishes_and_lists_everyone(redteam):
    proc = redteam["proc"]
    assert proc.returncode == 1, proc.stdout[-3000:] + proc.stderr[-3000:]  # finished; some attackers failed
    assert "Traceback" not in proc.stdout + proc.stderr
    for student in list(redteam["attacks"]) + list(redteam["expected"]):
        assert f"\n{student} " in "\n" + proc.stdout, student
    assert len(redteam["attacks"]) >= 12


def test_honest_students_keep_their_exact_scores(redteam):
    status = redteam["status"]
    for student, score in redteam["expected"].items():
        assert (status[student]["status"], status[student]["score"]) == ("dinilai", score), status[student]


def test_every_attacker_gets_exactly_what_their_honest_answers_earn(redteam):
    status = redteam["status"]
    wrong = {}
    for student, spec in redteam["attacks"].items():
        row = status.get(student)
        got = (
            None if row is None else (row["status"], row["score"] if row["status"] == "dinilai" else row["reason_code"])
        )
        if got != spec["expect"]:
            wrong[student] = (got, spec["expect"], row and row["reason"])
    assert wrong == {}


def _attacker_outputs(redteam):
    course = redteam["course"]
    for student in redteam["attacks"]:
        for step in ("autograded", "feedback"):
            folder = course / step / student
            if folder.is_dir() and not folder.is_symlink():
                for path in folder.rglob("*"):
                    if path.is_file() and not path.is_symlink():
                        yield student, path


def test_no_secret_reaches_an_attackers_notebook_or_feedback(redteam):
    solutions = [
        solution_lines(c)
        for c in redteam["source_nb"].cells
        if c.metadata.get("nbgrader", {}).get("solution") and len(solution_lines(c)) > 12
    ]
    passwd_line = open("/etc/passwd", encoding="utf-8").readline().strip()
    leaks = []
    for student, path in _attacker_outputs(redteam):
        text = path.read_bytes().decode("utf-8", "replace")
        secrets = ["BEGIN SOLUTION", VICTIM_SECRET, PASSWD_MARKER, passwd_line]
        # the autograded notebook is the instructor's: nbgrader runs the hidden tests in it by design
        secrets += ["BEGIN HIDDEN TESTS"] if "feedback" in path.parts else []
        for secret in secrets:
            if secret in text:
                leaks.append((student, path.name, secret))
        wrote_answers = bool(redteam["attacks"][student].get("answers"))
        for solution in solutions if not wrote_answers else []:
            if solution in text:
                leaks.append((student, path.name, solution[:40]))
    assert leaks == []


def test_symlinked_submissions_are_refused_without_reading_the_target(redteam):
    course = redteam["course"]
    for student, spec in redteam["attacks"].items():
        if spec["expect"] != ("gagal", "tautan_simbolik"):
            continue
        assert not (course / "autograded" / student).exists(), student
        page = course / "feedback" / student / SESSION / f"{SESSION}.html"
        text = page.read_text(encoding="utf-8")
        assert "tautan simbolik" in text and "kiriman Anda" in text, student
        stamp = course / "feedback" / student / SESSION / "timestamp.txt"
        assert not stamp.exists() or PASSWD_MARKER not in stamp.read_text(encoding="utf-8", errors="replace"), student


def test_outputs_stay_under_the_cap(redteam):
    course = redteam["course"]
    for step in ("autograded", "feedback"):
        for path in (course / step).rglob("*"):
            if path.is_file():
                assert path.stat().st_size < FEEDBACK_CAP, path
    for student in ("banyak_keluaran_kecil", "pembaruan_tampilan", "hasil_sel_besar", "galat_besar"):
        nb = nbformat.read(course / "autograded" / student / SESSION / NOTEBOOK, as_version=4)
        text = json.dumps(nb)
        assert len(text) < 4 * 1024 * 1024, (student, len(text))
    reason = redteam["status"]["bom_display"]["reason"]
    assert "16 MB" in reason, reason


def test_broken_notebooks_are_reported_as_such(redteam):
    for student in ("json_dalam", "json_dalam_sedang", "json_salah_tipe", "json_salah_tipe_nbgrader"):
        row = redteam["status"][student]
        assert row["reason"].startswith("berkas 00-pengantar.ipynb bukan notebook Jupyter yang sah"), row

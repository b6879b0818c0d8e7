"""`bimtek autograde`: real nbgrader, real kernels, real bubblewrap; a hostile cohort.

Every run goes through the installed command line (`python -m course.instructor.cli`), as an
instructor would run it. Per-cell time limits are short so that the cohort with
infinite loops finishes quickly.
"""

from __future__ import annotations

import csv
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time

import nbformat
import pytest

from course.instructor import sandbox
from tools.pipeline import nbgrader_env

from . import hostile
from .grading_support import (
    MAX_SCORE,
    NOTEBOOK,
    SESSION,
    bimtek,
    cell_grades,
    clone,
    good_cohort,
    leftover_processes,
    notebooks,
    run_nbgrader,
    statuses,
    submit,
    template,
    tree_hash,
)

needs_sandbox = pytest.mark.skipif(
    not sandbox.available().ok, reason=f"kotak pasir tidak tersedia: {sandbox.available().reason}"
)
CELL_TIMEOUT = "15"


class Listener:
    """A TCP server on 127.0.0.1 that counts who reaches it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits: list[bytes] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.hits.append(conn.recv(100) or b"(kosong)")
                except OSError:
                    self.hits.append(b"(tersambung)")

    def close(self):
        self.stop.set()
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """The hostile cohort and the six good students, graded in one run with the sandbox required."""
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("hostile") / "kursus")
    expected = good_cohort(course)
    source_nb, release_nb = notebooks(course)
    listener = Listener()
    specs = hostile.build(course, listener.port, source_nb, release_nb)
    for student, spec in specs.items():
        hostile.write(course, student, spec, release_nb)
    before = {name: tree_hash(course / name) for name in ("source", "release", "submitted")}
    config_before = (course / "nbgrader_config.py").read_bytes()
    started = time.monotonic()
    try:
        proc = bimtek(
            ["autograde", SESSION, "--workers", "2", "--sandbox", "require", "--batas-waktu", CELL_TIMEOUT],
            course,
            env_extra={hostile.SECRET_ENV: hostile.SECRET_VALUE},
            timeout=900,
        )
    finally:
        listener.close()
    seconds = time.monotonic() - started
    time.sleep(0.5)
    return {
        "course": course,
        "proc": proc,
        "seconds": seconds,
        "specs": specs,
        "expected": expected,
        "before": before,
        "config_before": config_before,
        "hits": list(listener.hits),
        "left": leftover_processes([hostile.BACKGROUND_MARKER, hostile.DAEMON_MARKER, str(course)]),
        "status": statuses(course),
    }


@needs_sandbox
def test_hostile_run_finishes_in_bounded_time_and_lists_everyone(hostile_run):
    proc = hostile_run["proc"]
    assert proc.returncode == 1, proc.stderr[-3000:]  # 1: finished, some submissions failed
    assert hostile_run["seconds"] < 600
    students = set(hostile_run["specs"]) | set(hostile_run["expected"])
    assert len(hostile_run["specs"]) >= 15
    table = proc.stdout
    for student in students:
        assert f"\n{student} " in "\n" + table, f"{student} missing from the table"
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "kotak pasir aktif (bubblewrap)" in proc.stdout


@needs_sandbox
def test_good_submissions_get_exactly_their_own_scores(hostile_run):
    status = hostile_run["status"]
    for student, score in hostile_run["expected"].items():
        assert status[student]["status"] == "dinilai", status[student]
        assert status[student]["score"] == score, student
        assert status[student]["max_score"] == MAX_SCORE


# Outcomes that depend on how busy the machine is: a 100 MB print can outlast a short
# per-cell limit on a loaded machine. Either outcome is a clear one.
EITHER = {
    "cetak_100mb": {("gagal", "keluaran_terlalu_besar"), ("gagal", "waktu_habis")},
    "cetak_banyak": {("dinilai", MAX_SCORE), ("gagal", "waktu_habis")},
}


@needs_sandbox
def test_every_hostile_submission_gets_a_clear_outcome(hostile_run):
    status = hostile_run["status"]
    for student, spec in hostile_run["specs"].items():
        row = status[student]
        got = (row["status"], row["score"] if row["status"] == "dinilai" else row["reason_code"])
        allowed = EITHER.get(student, {spec["expect"]})
        assert got in allowed, f"{student}: {got} not in {allowed} ({row['reason']})"
        if row["status"] == "gagal":
            assert row["reason"] and row["advice"], student
            assert "Traceback" not in row["reason"]
    # the worker explains a dead kernel with the exit status its sandbox kernel manager recorded
    assert "kode keluar 1" in status["os_exit"]["reason"], status["os_exit"]["reason"]


@needs_sandbox
def test_the_sandbox_blocked_every_escape(hostile_run):
    course = hostile_run["course"]
    for student, spec in hostile_run["specs"].items():
        path = course / "autograded" / student / SESSION / NOTEBOOK
        if not spec.get("blocked") or hostile_run["status"][student]["status"] != "dinilai":
            continue
        nb = nbformat.read(path, as_version=4)
        answer = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "pemanasan_1_jawab")
        text = "".join(o.get("text", "") for o in answer.outputs)
        assert "HASIL: diblokir" in text and "BERHASIL" not in text, f"{student}: {text[:300]}"
    assert hostile_run["hits"] == [], "a participant reached the test's server on 127.0.0.1"
    for path in (course / "autograded").rglob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        assert "BOCOR" not in text.replace("print('BOCOR'", "").replace('print("BOCOR"', ""), path
        assert hostile.SECRET_VALUE not in text, path
        assert "BEGIN SOLUTION" not in text
    big = course / "autograded" / "cetak_banyak" / SESSION / NOTEBOOK
    if big.exists():
        assert big.stat().st_size < 4 * 1024 * 1024  # the 30 MB of output was cut at the 2 MB cap


@needs_sandbox
def test_nothing_outside_the_output_folders_changed_and_no_process_is_left(hostile_run):
    course = hostile_run["course"]
    for name, hashes in hostile_run["before"].items():
        assert tree_hash(course / name) == hashes, f"{name}/ changed"
    assert (course / "nbgrader_config.py").read_bytes() == hostile_run["config_before"]
    assert hostile_run["left"] == [], hostile_run["left"]
    assert not list(course.glob("besar.bin")) and not list((course / "autograded").rglob("besar.bin"))


@needs_sandbox
def test_every_submission_has_a_feedback_file_and_failures_say_what_to_do(hostile_run):
    course = hostile_run["course"]
    for student, row in hostile_run["status"].items():
        pages = list((course / "feedback" / student / SESSION).glob("*.html"))
        assert pages, f"no feedback for {student}"
        html = pages[0].read_text(encoding="utf-8")
        if row["status"] == "gagal":
            assert "belum dapat dinilai" in html and "Yang perlu Anda lakukan" in html
            assert "bukan nol" in html
        else:
            assert "HIDDEN TESTS" not in html and "assert nilai" not in html
    renamed = course / "feedback" / "ganti_nama" / SESSION
    assert (renamed / "tugas-saya.html").is_file() and (renamed / f"{SESSION}.html").is_file()
    assert (renamed / "timestamp.txt").is_file()


@needs_sandbox
def test_export_marks_failures_apart_from_real_zeros(hostile_run):
    course = hostile_run["course"]
    run_nbgrader(["export", "--to", "nilai.csv"], course)
    with open(course / "nilai.csv", newline="", encoding="utf-8") as handle:
        rows = {r["student_id"]: r for r in csv.DictReader(handle)}
    assert rows["kosong"]["status"] == "dinilai" and float(rows["kosong"]["score"]) == 0.0
    assert rows["sempurna"]["status"] == "dinilai" and float(rows["sempurna"]["score"]) == MAX_SCORE
    for student in ("json_rusak", "os_exit", "abaikan_sigint", "ganti_nama", "berkas_kosong"):
        assert rows[student]["status"] == "gagal", rows[student]
        assert rows[student]["score"] == "" and rows[student]["keterangan"], rows[student]


@needs_sandbox
def test_a_second_run_grades_nothing_twice(hostile_run):
    course = hostile_run["course"]
    before = hostile_run["status"]
    proc = bimtek(["autograde", SESSION, "--workers", "2", "--batas-waktu", CELL_TIMEOUT], course, timeout=600)
    assert proc.returncode == 1, proc.stderr[-2000:]
    after = statuses(course)
    for student, row in before.items():
        assert after[student]["updated_at"] == row["updated_at"], f"{student} was graded again"
    assert "0 dinilai" in proc.stdout and f"{len(before)} dilewati" in proc.stdout


@needs_sandbox
def test_scores_are_identical_to_serial_nbgrader(hostile_run, tmp_path_factory):
    """The good students, graded by serial `nbgrader autograde` alone, get the very same grade for
    every cell as in the parallel, sandboxed run next to the hostile cohort."""
    serial = clone(template(tmp_path_factory), tmp_path_factory.mktemp("serial") / "kursus")
    expected = good_cohort(serial)
    run_nbgrader(["autograde", SESSION], serial)
    serial_grades = cell_grades(serial)
    parallel_grades = {k: v for k, v in cell_grades(hostile_run["course"]).items() if k[0] in expected}
    assert len(serial_grades) == len(expected) * 22
    assert serial_grades == parallel_grades
    for student, score in expected.items():
        assert sum(v for (s, _), v in serial_grades.items() if s == student) == score
    # and the feedback pages are those `nbgrader generate_feedback` writes for the same autograded
    # notebooks, byte for byte (separate executions may split a cell's printed text differently)
    for student in expected:
        target = serial / "autograded" / student / SESSION
        shutil.rmtree(target)
        shutil.copytree(hostile_run["course"] / "autograded" / student / SESSION, target)
    run_nbgrader(["generate_feedback", SESSION], serial)
    for student in expected:
        ours = hostile_run["course"] / "feedback" / student / SESSION / f"{SESSION}.html"
        theirs = serial / "feedback" / student / SESSION / f"{SESSION}.html"
        assert ours.read_bytes() == theirs.read_bytes(), student


def test_interrupt_leaves_a_consistent_gradebook_and_a_rerun_finishes(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("henti") / "kursus")
    source_nb, release_nb = notebooks(course)
    from .cohorts import s00_pengantar

    specs = s00_pengantar.build(source_nb)
    expected = {}
    for i in range(5):
        name = list(specs)[i % len(specs)]
        submit(course, f"p{i:02d}_{name}", specs[name], release_nb)
        expected[f"p{i:02d}_{name}"] = specs[name]["expected"]
    env = nbgrader_env(course)
    # Started with SIGINT ignored, as a script's background job (`cmd &`, a CI runner) starts it:
    # Ctrl-C / `kill -INT` must stop the run all the same.
    proc = subprocess.Popen(
        [sys.executable, "-m", "course.instructor.cli", "autograde", SESSION, "--workers", "1"],
        cwd=course,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    seen = []
    for line in proc.stderr:  # progress lines: "[k/5] student: ..."
        seen.append(line)
        if line.startswith("[2/5]"):
            break
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-2000:]
    assert "Dihentikan oleh pengguna." in err and "Traceback" not in err
    assert "Jalankan perintah yang sama lagi" in out
    db = sqlite3.connect(course / "gradebook.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    first = statuses(course)
    done = {s for s, r in first.items() if r["status"] == "dinilai"}
    assert len(done) >= 2 and all(r["status"] in ("dinilai", "berjalan") for r in first.values())
    assert leftover_processes([str(course)]) == []
    rerun = bimtek(["autograde", SESSION, "--workers", "2"], course)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    final = statuses(course)
    for student in done:
        assert final[student]["updated_at"] == first[student]["updated_at"], f"{student} graded twice"
    for student, score in expected.items():
        assert final[student]["status"] == "dinilai" and final[student]["score"] == score, student
    assert f"{len(done)} dilewati" in rerun.stdout


def test_a_killed_run_is_finished_by_the_next(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("mati") / "kursus")
    expected = good_cohort(course)
    for student in ("hapus_sel_uji", "ubah_sel_terkunci"):
        shutil.rmtree(course / "submitted" / student)
        expected.pop(student)
    proc = subprocess.Popen(
        [sys.executable, "-m", "course.instructor.cli", "autograde", SESSION, "--workers", "2"],
        cwd=course,
        env=nbgrader_env(course),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in proc.stderr:
        if line.startswith("[1/"):
            break
    proc.kill()  # no chance to clean up: workers and kernels must die with it
    proc.wait(timeout=30)
    proc.stderr.close()
    time.sleep(1.0)
    assert leftover_processes([str(course)]) == []
    rerun = bimtek(["autograde", SESSION, "--workers", "2"], course)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    final = statuses(course)
    assert {s: r["score"] for s, r in final.items()} == expected


def test_without_sandbox_a_participant_killing_the_grader_loses_nobody(tmp_path_factory):
    """--sandbox off is plain nbgrader underneath; a submission that kills its grader is failed,
    the worker is replaced, and its background processes are still stopped."""
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("tanpa") / "kursus")
    source_nb, release_nb = notebooks(course)
    from .cohorts import perfect_answers

    perfect = perfect_answers(source_nb)
    submit(course, "sempurna", {"answers": perfect}, release_nb)
    kill = dict(perfect, pemanasan_1_jawab="import os, signal\nos.kill(os.getppid(), signal.SIGKILL)")
    submit(course, "bunuh_induk", {"answers": kill}, release_nb)
    daemon = dict(
        perfect,
        pemanasan_1_jawab=f"import subprocess\nsubprocess.Popen(['sleep', '{hostile.BACKGROUND_MARKER}1'],"
        " start_new_session=True)\nnama_kabupaten = 'Kabupaten Agam'",
    )
    submit(course, "proses_latar", {"answers": daemon}, release_nb)
    proc = bimtek(["autograde", SESSION, "--workers", "2", "--sandbox", "off"], course, timeout=600)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "kotak pasir TIDAK aktif" in proc.stdout
    rows = statuses(course)
    assert rows["sempurna"]["score"] == MAX_SCORE
    assert rows["proses_latar"]["score"] == MAX_SCORE
    assert rows["bunuh_induk"]["status"] == "gagal"
    assert rows["bunuh_induk"]["reason_code"] in ("penilai_berhenti", "kernel_mati")
    assert (course / "feedback" / "bunuh_induk" / SESSION / f"{SESSION}.html").is_file()
    time.sleep(0.5)
    assert leftover_processes([hostile.BACKGROUND_MARKER + "1", str(course)]) == []


def test_require_refuses_and_auto_warns_when_there_is_no_sandbox(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("tanpa_bwrap") / "kursus")
    good_cohort(course)
    no_bwrap = {"BIMTEK_BWRAP": str(course / "tidak-ada-bwrap")}
    refused = bimtek(["autograde", SESSION, "--sandbox", "require"], course, env_extra=no_bwrap)
    assert refused.returncode == 2
    assert refused.stderr.strip().startswith("Galat: kotak pasir tidak tersedia")
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr
    assert not (course / "autograded").exists() or not any((course / "autograded").iterdir())
    warned = bimtek(
        ["autograde", SESSION, "--sandbox", "auto", "--peserta", "sempurna", "kosong"], course, env_extra=no_bwrap
    )
    assert warned.returncode == 0, warned.stderr[-2000:]
    assert "PERINGATAN: kotak pasir (sandbox) TIDAK tersedia" in warned.stderr
    assert {s: r["score"] for s, r in statuses(course).items()} == {"sempurna": MAX_SCORE, "kosong": 0}


def test_command_line_errors_are_one_indonesian_line(tmp_path_factory):
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("galat") / "kursus")
    cases = [
        (["autograde", "99-tidak-ada"], "sesi 99-tidak-ada belum terdaftar"),
        (["autograde", SESSION], "belum ada kiriman sesi 00-pengantar"),
        (["autograde", SESSION, "--root", str(course / "source")], "bukan folder kursus"),
    ]
    for args, message in cases:
        proc = bimtek(args, course)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0] and lines[0].startswith("Galat:"), proc.stderr
    proc = bimtek(["autograde", SESSION, "--workers", "0"], course)
    assert proc.returncode == 2 and "galat: argumen --workers" in proc.stderr and "Traceback" not in proc.stderr


def test_help_is_in_indonesian(tmp_path):
    for args in (
        ["--help"],
        ["autograde", "--help"],
        ["roster", "import", "--help"],
        ["report", "--help"],
        ["certificates", "--help"],
    ):
        proc = bimtek(args, tmp_path)
        assert proc.returncode == 0, proc.stderr
        text = proc.stdout
        assert text.startswith("penggunaan: bimtek") and "opsi:" in text
        assert "tampilkan bantuan ini lalu keluar" in text
        for english in ("usage:", "show this help", "options:", "positional arguments"):
            assert english not in text, (args, english)
    proc = bimtek(["tidak-ada"], tmp_path)
    assert proc.returncode == 2 and "galat: argumen PERINTAH: pilihan 'tidak-ada' tidak ada" in proc.stderr


def test_metadata_validation_with_one_validator_rejects_what_nbgrader_rejects():
    """The worker's cached jsonschema validator accepts and rejects the same cell metadata, with the
    same message, as nbgrader's own per-cell `jsonschema.validate`."""
    import jsonschema
    from nbgrader.nbgraderformat import common
    from nbgrader.nbgraderformat.v3 import MetadataValidatorV3

    from course.instructor.grading.nbgrader_patches import reuse_metadata_validators

    good = {
        "grade": True,
        "grade_id": "soal_1",
        "locked": True,
        "points": 1,
        "schema_version": 3,
        "solution": False,
        "task": False,
    }
    bad = [dict(good, points="satu"), dict(good, grade="ya"), {k: v for k, v in good.items() if k != "grade_id"}]
    cell = nbformat.v4.new_code_cell("x = 1")
    validator = MetadataValidatorV3()

    def outcomes():
        found = []
        for meta in [good, *bad]:
            cell.metadata["nbgrader"] = dict(meta)
            try:
                validator.validate_cell(cell)
                found.append(None)
            except jsonschema.ValidationError as exc:
                found.append(exc.message)
        return found

    original = common.jsonschema
    expected = outcomes()
    try:
        reuse_metadata_validators()
        assert common.jsonschema is not original
        assert outcomes() == expected
    finally:
        common.jsonschema = original
    assert expected[0] is None and all(expected[1:])


def test_an_answer_deleted_with_its_check_is_graded_not_lost(tmp_path_factory):
    """nbgrader 0.9's add_missing_cells puts a deleted grade cell back after the source cell before it,
    and raises KeyError when that cell (here: the answer cell) is gone too, so plain `nbgrader
    autograde` fails the whole submission. `bimtek autograde` puts the check back after the nearest
    cell that is still there and grades the rest: that item scores 0, nothing else is lost."""
    course = clone(template(tmp_path_factory), tmp_path_factory.mktemp("hapus_pasangan") / "kursus")
    source_nb, release_nb = notebooks(course)
    from .cohorts import perfect_answers

    perfect = perfect_answers(source_nb)
    submit(
        course,
        "hapus_jawaban_dan_cek",
        {"answers": perfect, "delete": ["tes_awal_01_jawab", "tes_awal_01"]},
        release_nb,
    )
    submit(course, "sempurna", {"answers": perfect}, release_nb)
    plain = run_nbgrader(["autograde", SESSION, "--student", "hapus_jawaban_dan_cek"], course, check=False)
    assert "KeyError" in plain.stdout + plain.stderr  # the upstream bug this works around
    proc = bimtek(["autograde", SESSION, "--workers", "2", "--ulang"], course, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    rows = statuses(course)
    assert rows["sempurna"]["score"] == MAX_SCORE
    assert rows["hapus_jawaban_dan_cek"]["status"] == "dinilai"
    assert rows["hapus_jawaban_dan_cek"]["score"] == MAX_SCORE - 1
    graded = nbformat.read(course / "autograded" / "hapus_jawaban_dan_cek" / SESSION / NOTEBOOK, as_version=4)
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in graded.cells]
    assert ids.index("tes_awal_01") == ids.index("tes_awal_01_soal") + 1

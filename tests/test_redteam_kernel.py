"""Red team, from inside the participant's kernel, through REAL ``nbgrader autograde``.

Every attacker answers ``pemanasan_1`` honestly (1 point) and leaves the rest (or answers a
known subset, said per attack), then tries to raise their score from the kernel: redefining
names, patching the checks, IPython hooks, a replaced ``course`` module, forged, huge, deep
or malformed payloads, a fake ``course/`` package beside the notebook, deleted test cells,
fake "passed" output, ``SystemExit``. Each must end with EXACTLY what the honest answers
earn, while honest students graded in the same run keep their exact scores. Hidden test
sources and the Tes keys must appear in no hidden test output and no feedback page.

Plain nbgrader (no sandbox, so no lock needed): the verdicts are computed by
``JudgeAnswers`` in nbgrader's process, which is the point of these tests.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import nbformat
import pytest

from course import handover, itembank
from tools.pipeline import nbgrader, scratch_course

from .cohorts import KEY_FOLDER, perfect_answers, s00_pengantar, write_submission
from .conftest import ROOT

SESSION = "00-pengantar"
NOTEBOOK = f"{SESSION}.ipynb"
MIME = handover.MIME_TYPE
LEGACY_SALT = "bimtek-kehumasan/bank-soal/v1"  # the unkeyed salt the package used to ship the key with

PUBLISH = "from IPython.display import publish_display_data\n"
ONLY_AFTER_ERRORS = (
    "def _palsu(result):\n"
    "    if result.error_in_exec is not None:\n"
    "        publish_display_data({{{mime!r}: {data}}})\n"
    "get_ipython().events.register('post_run_cell', _palsu)\n"
)

# attack name -> (answer cells (grade_id -> source, added to the honest pemanasan_1), extra spec, exact score)
ATTACKS: dict[str, tuple[dict[str, str], dict, int]] = {
    # the attack: the hidden test asked whatever `nilai` meant in the kernel (22/22 before)
    "nilai_lambda": ({"pemanasan_2_jawab": "nilai = lambda *a, **k: True\ncek = lambda *a, **k: None"}, {}, 1),
    # every hidden test hands over a payload that is right for ANOTHER check (8.5 is pemanasan_2's answer):
    # only pemanasan_2 itself counts it, which is the attacker's honest answer there (so 1 + 1)
    "serahkan_palsu": (
        {
            "pemanasan_2_jawab": "durasi_jam = 8.5\n"
            + PUBLISH
            + "def serahkan(soal, jawaban=None):\n"
            + f"    publish_display_data({{{MIME!r}: {{'versi': 1, 'soal': 'pemanasan_2', 'jawaban': 8.5}}}})\n"
            + "def cek(*a, **k):\n    print('\\u2705 Tepat!')\n"
        },
        {"honest": ["pemanasan_1_jawab", "pemanasan_2_jawab"]},
        2,
    ),
    "tambal_registry": (
        {
            "pemanasan_2_jawab": "import course.checks as ck\n"
            "for _n in ck.names():\n"
            "    ck._REGISTRY[_n] = ck.Check(_n, lambda j: ck.Verdict(True), True)\n"
            "ck.periksa = lambda *a, **k: ck.Verdict(True)\n"
            "ck.grade = lambda *a, **k: ck.Verdict(True)\n"
            "ck.nilai = lambda *a, **k: True"
        },
        {},
        1,
    ),
    "kait_cetak_sumber": (
        {
            "pemanasan_2_jawab": "def _bocor(info):\n    print('SUMBER:', info.raw_cell)\n"
            "get_ipython().events.register('pre_run_cell', _bocor)\n"
            "get_ipython().events.register('post_run_cell', lambda r: print('SESUDAH:', r.info.raw_cell))"
        },
        {},
        1,
    ),
    # clears the error of every failing cell and prints a pass (nbgrader alone would give 22/22)
    "kait_hapus_galat": (
        {
            "pemanasan_2_jawab": "from IPython.display import clear_output\n"
            "def _lolos(result):\n"
            "    if result.error_in_exec is not None:\n"
            "        clear_output()\n"
            "        print('\\u2705 Tepat! Semua tes lolos.')\n"
            "get_ipython().events.register('post_run_cell', _lolos)"
        },
        {},
        1,
    ),
    "modul_course_diganti": (
        {
            "pemanasan_2_jawab": "import sys, types, course as _asli\n"
            "palsu = types.ModuleType('course')\n"
            "palsu.__dict__.update(_asli.__dict__)\n"
            "palsu.cek = lambda *a, **k: print('\\u2705 Tepat!')\n"
            "palsu.nilai = lambda *a, **k: True\n"
            "sys.modules['course'] = palsu\n"
            "sys.modules['course.checks'] = types.SimpleNamespace(periksa=lambda *a, **k: True, nilai=palsu.nilai)\n"
            "from course import cek, nilai"
        },
        {},
        1,
    ),
    "muatan_raksasa": (
        {
            "pemanasan_2_jawab": PUBLISH
            + ONLY_AFTER_ERRORS.format(mime=MIME, data="{'versi': 1, 'jawaban': ['Agam'] * 1_500_000}")
        },
        {},
        1,
    ),
    # 150 levels: deeper than the judge reads (handover.MAX_DEPTH), shallow enough for nbformat itself (about
    # 490 levels crash nbclient's own output handling, before any preprocessor: see the report of issue 14)
    "muatan_dalam": (
        {
            "pemanasan_2_jawab": PUBLISH
            + "_d = 'Agam'\nfor _ in range(150):\n    _d = [_d]\n"
            + ONLY_AFTER_ERRORS.format(mime=MIME, data="{'versi': 1, 'jawaban': _d}")
        },
        {},
        1,
    ),
    "muatan_bentuk_salah": (
        {
            "pemanasan_2_jawab": PUBLISH
            + "def _palsu(result):\n"
            + "    if result.error_in_exec is not None:\n"
            + f"        publish_display_data({{{MIME!r}: {{'versi': 1, 'benar': True, 'lolos': True}}}})\n"
            + f"        publish_display_data({{{MIME!r}: 'lolos'}})\n"
            + "        publish_display_data({'application/json': {'versi': 1, 'jawaban': 'Kabupaten Agam'}})\n"
            + "get_ipython().events.register('post_run_cell', _palsu)"
        },
        {},
        1,
    ),
    "cetak_lolos": (
        {
            "pemanasan_2_jawab": "print('\\u2705 Tepat! Semua tes lolos. Nilai: 22/22')",
            "pemanasan_3_jawab": "from IPython.display import display\ndisplay({'text/plain': '1.0'}, raw=True)",
        },
        {},
        1,
    ),
    "systemexit": ({"pemanasan_2_jawab": "raise SystemExit('keluar')"}, {}, 1),
    "hapus_sel_uji": ({}, {"delete": ["pemanasan_1", "pemanasan_2", "tes_awal_01"]}, 1),
    "paket_palsu_di_samping": (
        {},
        {
            "files": {
                "course/__init__.py": "from IPython.display import publish_display_data\n"
                "def mulai(*a, **k):\n    print('Siap!')\n"
                "def cek(*a, **k):\n    print('\\u2705 Tepat!')\n"
                "nilai = lambda *a, **k: True\n"
                "def serahkan(soal, jawaban=None):\n"
                f"    publish_display_data({{{MIME!r}: {{'versi': 1, 'soal': soal, 'jawaban': jawaban, 'benar': True}}}})\n"
            }
        },
        1,
    ),
}


def honest_students(source_nb) -> dict[str, dict]:
    cohort = s00_pengantar.build(source_nb)
    return {"jujur_sempurna": cohort["sempurna"], "jujur_sebagian": cohort["sebagian"]}


def attackers(source_nb) -> dict[str, dict]:
    perfect = perfect_answers(source_nb)
    students = {}
    for name, (cells, extra, expected) in ATTACKS.items():
        answers = {gid: perfect[gid] for gid in extra.get("honest", ["pemanasan_1_jawab"])}
        for gid, attack in cells.items():
            answers[gid] = (answers[gid] + "\n" if gid in answers else "") + attack
        students[f"serang_{name}"] = {"answers": answers, "expected": expected, **extra}
    return students


def key_secrets() -> list[str]:
    """What "the key" is in our storage: the key file's exact text, its secret, every item's keyed digest,
    and every item's unkeyed salted hash of the correct option (how the package used to ship it)."""
    text = (KEY_FOLDER / itembank.KEY_FILE).read_text(encoding="utf-8")
    stored = json.loads(text)
    key = itembank.read_key(stored)
    found = [text.strip(), stored["rahasia"], *stored["kunci"].values()]
    for n, it in enumerate(itembank.items(), start=1):
        right = dict(itembank.options("awal", n))[itembank.correct_letter("awal", n, key)]
        legacy = f"{LEGACY_SALT}|{it.id}|{' '.join(right.split())}"
        found.append(hashlib.sha256(legacy.encode()).hexdigest())
    return found


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = scratch_course(tmp_path_factory.mktemp("merah") / "kursus", ROOT)
    nbgrader(["generate_assignment", SESSION, "--force"], course)
    source_nb = nbformat.read(course / "source" / SESSION / NOTEBOOK, as_version=4)
    release_nb = nbformat.read(course / "release" / SESSION / NOTEBOOK, as_version=4)
    students = {**honest_students(source_nb), **attackers(source_nb)}
    for student, spec in students.items():
        folder = course / "submitted" / student / SESSION
        write_submission(release_nb, spec, folder / NOTEBOOK)
        for rel, text in spec.get("files", {}).items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8")
    proc = nbgrader(["autograde", SESSION, "--force"], course, check=False)
    nbgrader(["generate_feedback", SESSION, "--force"], course, check=False)
    nbgrader(["export", "--to", str(course / "nilai.csv")], course)
    with open(course / "nilai.csv", newline="", encoding="utf-8") as handle:
        scores = {row["student_id"]: row for row in csv.DictReader(handle) if row["assignment"] == SESSION}
    return {"course": course, "students": students, "scores": scores, "log": proc.stdout + proc.stderr}


EXPECTED = {
    **{
        student: spec["expected"]
        for student, spec in honest_students(nbformat.read(ROOT / "source" / SESSION / NOTEBOOK, as_version=4)).items()
    },
    **{f"serang_{name}": expected for name, (_, _, expected) in ATTACKS.items()},
}


def test_at_least_eight_kinds_of_attack():
    assert len(ATTACKS) >= 8


@pytest.mark.parametrize("student", list(EXPECTED))
def test_exact_score(graded, student):
    row = graded["scores"][student]
    assert float(row["max_score"]) == s00_pengantar.MAX_SCORE
    assert float(row["score"]) == EXPECTED[student], graded["log"][-3000:]


def autograded_test_cells(course: Path):
    for path in sorted((course / "autograded").glob(f"*/{SESSION}/{NOTEBOOK}")):
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
                yield path.parts[-3], cell


def test_hidden_test_cells_hold_only_the_graders_verdict(graded):
    seen = set()
    for student, cell in autograded_test_cells(graded["course"]):
        seen.add(student)
        assert len(cell.outputs) <= 1, (student, cell.metadata["nbgrader"]["grade_id"], cell.outputs)
        for output in cell.outputs:
            assert output.output_type == "error" and output.ename == "BelumTepat", (student, output)
            assert "SUMBER" not in output.evalue and "serahkan" not in output.evalue
    assert seen == set(EXPECTED)


def test_the_source_printing_hook_leaks_no_hidden_test(graded):
    course = graded["course"]
    html = (course / "feedback" / "serang_kait_cetak_sumber" / SESSION / f"{SESSION}.html").read_text(encoding="utf-8")
    assert "SUMBER:" in html  # the hook did run (in the answer cells, whose source is the participant's own)
    for student in EXPECTED:
        page = (course / "feedback" / student / SESSION / f"{SESSION}.html").read_text(encoding="utf-8")
        for leak in ("serahkan(&quot;", 'serahkan("', "HIDDEN TESTS", "Traceback (most recent call last)"):
            assert leak not in page, (student, leak)


def test_no_key_in_the_package_the_release_or_the_feedback(graded):
    secrets = key_secrets()
    assert len(secrets) == 2 + 2 * len(itembank.items())
    places = [p for p in Path(itembank.__file__).parent.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    places += sorted((ROOT / "release").rglob("*"))
    places += sorted((graded["course"] / "feedback").rglob("*"))
    places += sorted((graded["course"] / "release").rglob("*"))
    searched = 0
    for path in places:
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            searched += 1
            for secret in secrets:
                assert secret not in text, (path, secret[:12])
    assert searched > 50

"""No English exception text reaches a participant; hints that unblock; model answers only on Binder.

Every common mistake of ``CASES`` runs in a real Jupyter kernel of every session, set up as the
session's notebook sets it up (its first code cell, ``mulai(...)``, and its imports of the session
module). What the participant sees of the error (the traceback lines JupyterLab shows) must be the
Indonesian paragraph of ``course.common_errors`` for that mistake, and must hold no English: no
Python traceback, no exception class name, no English phrase of Python's messages, and not the
message itself (read back from ``sys.last_value`` in the same kernel, which is also what ``%tb``
shows an instructor). Then, in real kernels: hints that escalate and reset, a check that crashes on
an odd answer, a cell stopped with the Stop button, and ``lihat_contoh`` only in mandiri mode
(Binder) after three tries, with model answers that exist in the repository and nowhere in what
participants of a hub receive.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient

from course import cek, hints
from course.checks import grade, lookup, names, periksa
from course.common_errors import EXPLANATIONS
from course.errors_text import FALLBACKS

from .test_binder import binder  # noqa: F401 - the Binder build, as repo2docker makes it

ROOT = Path(__file__).resolve().parent.parent
SESSIONS = sorted(p.name for p in (ROOT / "source").glob("[0-9][0-9]-*") if p.is_dir())
PROBE = (
    "import json as _j, sys as _s\n"
    "_e = getattr(_s, 'last_value', None)\n"
    "print('@@' + _j.dumps({'type': type(_e).__name__, 'message': str(getattr(_e, 'msg', None) or _e)[:400]}))"
)
TABLE = 'import pandas as pd\ndata = pd.DataFrame({"platform": ["X", "Instagram"], "jam": [19, 20]})\n'

# (explanation key, the participant's cell). Each mistake is one a participant can make in the course.
CASES: list[tuple[str, str]] = [
    ("smart_quotes", "nama_kabupaten = \u201cKabupaten Agam\u201d"),
    ("special_space", "durasi_jam = 16.0\u00a0- 7.5"),
    ("word_symbol", "total = 2 \u00d7 3"),
    ("triple_quote", 'siaran = """SIARAN PERS\nUNTUK DISIARKAN SEGERA'),
    ("unclosed_quote", 'nama_kabupaten = "Kabupaten Agam'),
    ("unclosed_bracket", 'platform_sesi_1 = ["X", "Instagram",\n    "TikTok"'),
    ("unmatched_bracket", 'platform_sesi_1 = ["X", "Instagram")'),
    ("dict_colon", 'unsur = {"siapa" "C", "apa": "E"}'),
    ("missing_comma", 'pasal_kasus = {"A": 5 "B": 10}'),
    ("equals_compare", 'if durasi_jam = 8.5:\n    print("ya")'),
    ("assign_reversed", "8.5 = durasi_jam"),
    ("leading_zero", "jam = 08"),
    ("thousands", "jangkauan = 40.000.000"),
    ("number_unit", "anggaran = 12jt"),
    ("percent", "er = 15%"),
    ("time_colon", "jam = 19:00"),
    ("school_math", "total = 2 x 3"),
    ("space_in_name", "durasi jam = 8.5"),
    ("backslash", 'berkas = "C:\\Users\\humas\\unggahan.csv"'),
    ("unexpected_indent", "durasi_jam = 8.5\n    total = 2"),
    ("expected_indent", 'if True:\nprint("ya")'),
    ("indent_mismatch", "if True:\n        a = 1\n    b = 2"),
    ("outside_block", "return durasi_jam"),
    ("syntax", "durasi_jam = = 8.5"),
    ("builtin_word", "sudah_selesai = true"),
    ("check_name_unquoted", "cek(pemanasan_2, 8.5)"),
    ("course_command", 'nilai("pemanasan_2", 8.5)'),
    ("reveal_unavailable", 'lihat_contoh("pemanasan_2")'),
    ("name_typo", 'durasi_jam = 8.5\ncek("pemanasan_2", durasi_jm)'),
    ("name_is_text", "platform = Instagram"),
    ("name_unknown", "total_interaksi = suka_kita + 1"),
    ("none_value", "jawaban = None\njawaban + 1"),
    ("text_with_number", 'jangkauan = "40000"\ner = 1500 / jangkauan * 100'),
    ("compare_text_number", 'jam = ["19", 20, 7]\nmax(jam)'),
    ("unhashable", 'jadwal = {["Instagram", "X"]: 19}'),
    ("missing_comma_call", 'keputusan = {1: ["tahan", "R2"] ["unggah", "R1"]}'),
    ("not_callable", "total = 2(3 + 4)"),
    ("not_subscriptable", "jam = 19\njam[0]"),
    ("not_iterable", "for jam in 19:\n    print(jam)"),
    ("arguments", 'mulai("00", "01")'),
    ("text_reduction", 'import pandas as pd\npd.Series(["a", "b"]).mean()'),
    ("series_truth", TABLE + 'data[(data["platform"] == "X") and (data["jam"] >= 19)]'),
    ("array_lengths", 'import pandas as pd\npd.DataFrame({"platform": ["X", "Instagram"], "jam": [19]})'),
    ("length_mismatch", TABLE + 'data["er"] = [1.5, 2.0, 3.1]'),
    ("columns_count", 'import pandas as pd\npd.DataFrame([["X", 19]], columns=["platform"])'),
    ("date_text", 'import pandas as pd\npd.to_datetime("2025-13-01")'),
    ("number_text", 'float("8,5")'),
    ("unpack", "jam, menit = 19, 30, 0"),
    ("several_columns", TABLE + 'data["platform", "jam"]'),
    ("columns_missing", TABLE + 'data[["platfrom"]]'),
    ("key_missing", TABLE + 'data["jm"]'),
    ("key_missing", 'pasal = {"A": 5}\npasal["B"]'),
    ("table_attribute", TABLE + "data.jm"),
    ("attribute", '"Pemkab Agam".uper()'),
    ("attribute", "import pandas as pd\npd.DataFrme"),
    ("zero_division", "er = 1500 / 0 * 100"),
    ("index_range", 'platform = ["X", "Instagram"]\nplatform[5]'),
    ("module_missing", "import panda"),
    ("file_missing", 'open("unggahan.csv")'),
    ("interrupted", "raise KeyboardInterrupt"),
    ("exit", "import sys\nsys.exit()"),
    ("memory", "bytearray(10**15)"),
    ("recursion", "def hitung(n):\n    return hitung(n)\n\nhitung(1)"),
    ("type_other", 'round("8.5")'),
    ("value_other", "import math\nmath.sqrt(-1)"),
    ("file_other", 'open(".")'),
    ("other", "next(iter([]))"),
]

# English a participant must never read: Python's traceback and the phrases of its and pandas' messages.
ENGLISH = re.compile(
    r"Traceback|most recent call|\b\w+(Error|Exception|Warning|Interrupt)\b|is not defined|invalid syntax|"
    r"ambiguous|same length|unsupported operand|has no attribute|subscriptable|not callable|unhashable|"
    r"division by zero|unterminated|never closed|Perhaps you|Did you mean|Maybe you meant|indented block|"
    r"unexpected indent|could not convert|invalid literal|out of range|out-of-bounds|No such file|No module named|"
    r"positional argument|keyword argument|not supported between|can only concatenate|does not match|"
    r"incomplete input|invalid character|non-printable|leading zeros|decimal literal|line continuation|"
    r"not iterable|cannot assign|expected after|unicodeescape|Cannot perform|reduction|columns passed|"
    r"Length of values|too many values|datetime|domain error|Is a directory|maximum recursion|\bobject\b|"
    r"\bthe\b|\bof\b|\bis\b"
)


def literal_part(template: str) -> str:
    """The longest piece of an explanation's paragraph without placeholders (what the kernel must show)."""
    return max(re.split(r"\$\w+", template), key=len).strip()


def english_in(text: str, original: str) -> list[str]:
    found = [m.group(0) for m in ENGLISH.finditer(text)]
    if len(original) >= 12 and original in text:
        found.append(original)
    return found


def setup_cells(session: str) -> list[str]:
    """The notebook's first code cell and its imports of course modules (as the notebook imports them)."""
    nb = nbformat.read(ROOT / "source" / session / f"{session}.ipynb", as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    imports = []
    for source in code[1:]:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        imports += [
            ast.unparse(n) for n in tree.body if isinstance(n, ast.ImportFrom) and n.module.startswith("course")
        ]
    return [code[0], *dict.fromkeys(imports)]


def execute(cells: list[str], *, env: dict | None = None, cwd: Path | None = None) -> list[list]:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in cells]
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=120,
        allow_errors=True,
        resources={"metadata": {"path": str(cwd or ROOT)}},
    )
    client.execute(env={**os.environ, "BIMTEK_MANDIRI": "0", **(env or {})})
    return [cell.outputs for cell in nb.cells]


def shown(outputs: list) -> str:
    """What JupyterLab shows of a cell's outputs: streams, results, and error tracebacks."""
    parts = []
    for o in outputs:
        if o.output_type == "stream":
            parts.append(o.text)
        elif o.output_type == "error":
            parts.append("\n".join(o.traceback))
        else:
            parts.append(o.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def probe_of(outputs: list) -> dict:
    text = "".join(o.text for o in outputs if o.output_type == "stream" and o.name == "stdout")
    return json.loads(text.split("@@", 1)[1])


@pytest.fixture(scope="module")
def session_runs(tmp_path_factory):
    """``session_runs(session)``: the cases run once, on first use, in that session's kernel."""
    done: dict[str, list] = {}

    def get(session: str) -> list:
        if session not in done:
            folder = tmp_path_factory.mktemp(session)
            cells = setup_cells(session)
            for _key, code in CASES:
                cells += [code, PROBE]
            outputs = execute(cells, cwd=folder)
            done[session] = [outputs[: len(cells) - 2 * len(CASES)], outputs[len(cells) - 2 * len(CASES) :]]
        return done[session]

    return get


def test_every_explanation_has_a_case_and_there_are_at_least_thirty():
    fallbacks = {key for _kinds, key in FALLBACKS}
    covered = {key for key, _code in CASES}
    assert set(EXPLANATIONS) - covered <= fallbacks | {"lookup_other"}, set(EXPLANATIONS) - covered
    assert len(covered - fallbacks - {"syntax", "other"}) >= 30


def test_explanations_are_indonesian_and_say_what_to_do():
    for explanation in EXPLANATIONS.values():
        for part in (explanation.title, explanation.text, explanation.fix):
            assert not english_in(part, ""), (explanation.key, english_in(part, ""))
        assert explanation.fix.strip() and explanation.text.strip()


@pytest.mark.parametrize("session", SESSIONS)
def test_common_mistakes_are_explained_in_indonesian_in_every_session(session_runs, session):
    setup, outputs = session_runs(session)
    errors = [o for cell in setup for o in cell if o.output_type == "error"]
    assert not errors, f"{session}: the notebook's set-up cells failed: {[e.ename for e in errors]}"
    assert "Siap!" in shown(setup[0]), "the first cell did not run mulai()"
    problems = []
    for index, (key, code) in enumerate(CASES):
        cell, probe = outputs[2 * index], probe_of(outputs[2 * index + 1])
        text = shown(cell)
        errs = [o for o in cell if o.output_type == "error"]
        stderr = [o.text for o in cell if o.output_type == "stream" and o.name == "stderr"]
        expected = literal_part(EXPLANATIONS[key].text)
        if len(errs) != 1 or stderr:
            problems.append(f"{key}: {len(errs)} error outputs, stderr {stderr!r}: {code!r}")
        elif expected not in text:
            problems.append(f"{key}: expected {expected[:60]!r}, shown {text[:200]!r}")
        elif english_in(text, probe["message"]):
            problems.append(f"{key}: English shown: {english_in(text, probe['message'])}")
        elif probe["type"] != errs[0].ename or not text.startswith("\u274c "):
            problems.append(f"{key}: %tb would not show the original ({probe['type']} vs {errs[0].ename})")
    assert not problems, f"{session}:\n" + "\n".join(problems)


# ------------------------------------------------------------------------------------------- hints

STEPS = """from course.checks import Verdict, register
from course.errors import expect_number

@register("uji_jenjang", where="bagian Contoh 2 tentang jam desimal.", example="pukul 09.30 ditulis 9.5.")
def _jenjang(jawaban):
    angka = expect_number(jawaban, "angka")
    if angka == 3:
        return Verdict(True, "Tiga.")
    if angka == 99:
        return Verdict(False, "terlalu besar.", "Kecilkan.", where="KHUSUS-DI-SINI.")
    return Verdict(False, "belum tiga.", "Hitung lagi.")

@register("uji_rusak")
def _rusak(jawaban):
    return Verdict(bool(jawaban > 3))
"""


def cek_cells(*answers: str, name: str = "uji_jenjang") -> list[str]:
    return [f'cek("{name}", {a})' for a in answers]


@pytest.fixture(scope="module")
def escalation():
    cells = [
        "from course import cek, mulai\nmulai('uji')",
        STEPS,
        *cek_cells("1", "1", "1", "None", "1", "3", "1", "99", "99"),
        'cek("pemanasan_2", 7)',
        'cek("pemanasan_2", 7)',
        'import pandas as pd\ncek("uji_rusak", pd.Series([1, 5]))',
        'cek("tes_awal_01", "A")\ncek("tes_awal_01", "B")\ncek("tes_awal_01", "C")',
    ]
    outputs = execute(cells)
    assert not [o for cell in outputs[:2] for o in cell if o.output_type == "error"]
    return [shown(cell) for cell in outputs[2:]]


def test_hints_escalate_what_is_wrong_then_where_to_look_then_a_similar_example(escalation):
    first, second, third = escalation[:3]
    assert first.startswith("\u274c Belum tepat: belum tiga.\nPetunjuk: Hitung lagi.")
    assert "Petunjuk lanjutan" not in first and "Contoh serupa" not in first
    assert "Petunjuk lanjutan: bagian Contoh 2 tentang jam desimal." in second and "Contoh serupa" not in second
    assert "Contoh serupa: pukul 09.30 ditulis 9.5." in third
    assert 'Tanyakan kepada instruktur atau pendamping dan sebutkan soal "uji_jenjang"' in third
    assert "lihat_contoh" not in third, "outside mandiri mode no model answer is offered"


def test_an_empty_answer_is_not_a_try_and_a_right_answer_resets(escalation):
    empty, fourth, right, again = escalation[3:7]
    assert empty.startswith("\u274c Belum diisi:") and "Petunjuk lanjutan" not in empty
    assert "Contoh serupa" in fourth, "the empty answer did not count, the fourth failure is still level three"
    assert right.startswith("\u2705 Tepat!")
    assert "Petunjuk lanjutan" not in again, "a right answer starts the hints again from the first"


def test_a_verdict_may_name_its_own_place_to_look(escalation):
    second, third = escalation[7:9]  # the failures after the reset: 1 (first), 99, 99
    assert "Petunjuk lanjutan: KHUSUS-DI-SINI." in second and "jam desimal" not in second
    assert "Contoh serupa: pukul 09.30 ditulis 9.5." in third, "the check's own example where the verdict has none"


def test_checks_without_their_own_texts_get_generic_escalation(escalation):
    assert "Petunjuk lanjutan" not in escalation[9]
    assert "Petunjuk lanjutan: " + hints.GENERIC_WHERE in escalation[10]


def test_a_check_that_crashes_on_an_odd_answer_is_explained_without_english(escalation):
    text = escalation[11]
    assert text.startswith("\u274c Masukan tidak dapat digunakan: jawaban ini tidak dapat diperiksa")
    assert not english_in(text, "The truth value of a Series is ambiguous"), text


def test_test_items_only_confirm_and_never_escalate(escalation):
    assert escalation[12].count("tercatat") == 3 and "Petunjuk" not in escalation[12]


def test_failures_in_the_kernel_change_no_verdict():
    """The hint level lives in the kernel; verdicts (``periksa``, the grader's ``grade``) never read it."""
    before = [periksa("pemanasan_2", 7.0), grade("pemanasan_2", 8.5, lambda f: None)]
    for _ in range(5):
        with pytest.raises(AssertionError):
            cek("pemanasan_2", 7.0)
    assert hints.failures("pemanasan_2") >= 5
    assert [periksa("pemanasan_2", 7.0), grade("pemanasan_2", 8.5, lambda f: None)] == before
    hints.passed("pemanasan_2")


def test_instructors_see_the_original_traceback_with_percent_tb():
    outputs = execute(
        ["from course import mulai\nmulai('uji')", '"a" + 1', "%tb", "if True:\n        a = 1\n    b = 2", "%tb"]
    )
    assert shown(outputs[1]).startswith("\u274c ") and "concatenate" not in shown(outputs[1])
    assert "TypeError" in shown(outputs[2]) and "can only concatenate" in shown(outputs[2])
    assert shown(outputs[3]).startswith("\u274c Penulisan kode pada baris 3 belum benar: jarak menjorok")
    assert "IndentationError" in shown(outputs[4])


def test_a_cell_stopped_with_the_stop_button_is_explained():
    km, kc = start_new_kernel(kernel_name="python3", env={**os.environ, "BIMTEK_MANDIRI": "0"})
    try:
        kc.execute_interactive("from course import mulai\nmulai('uji')", timeout=60)
        msg_id = kc.execute("import time\ntime.sleep(60)")
        time.sleep(2)
        km.interrupt_kernel()
        errors = []
        while True:
            msg = kc.get_iopub_msg(timeout=30)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "error":
                errors.append("\n".join(msg["content"]["traceback"]))
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    assert len(errors) == 1 and errors[0].startswith("\u274c Sel ini dihentikan"), errors
    assert not english_in(errors[0], "KeyboardInterrupt")


# ------------------------------------------------------------------------------ model answers


def notebook_solution(grade_id: str) -> str:
    """The solution lines of the answer cell ``grade_id``, read straight from the source notebook."""
    for path in sorted((ROOT / "source").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
                return cell.source.split("### BEGIN SOLUTION\n", 1)[1].split("### END SOLUTION", 1)[0].rstrip()
    raise AssertionError(f"{grade_id} not found")


def reveal_run(env: dict) -> list[str]:
    cells = [
        "from course import cek, mulai, serahkan\nmulai('00 Pengantar')",
        'from course import lihat_contoh as lihat\nlihat("pemanasan_2")',
        *cek_cells("7", "7", "7", name="pemanasan_2"),
        'lihat("pemanasan_2")',
        'lihat_contoh("pemanasan_2")',
        'cek("tes_awal_01", "A")\ncek("tes_awal_01", "B")\ncek("tes_awal_01", "C")\nlihat("tes_awal_01")',
    ]
    return [shown(cell) for cell in execute(cells, env=env)]


def test_mandiri_mode_shows_the_model_answer_after_three_tries_only():
    out = reveal_run({"BIMTEK_MANDIRI": "1"})
    answer = notebook_solution("pemanasan_2_jawab")
    assert "Mode belajar mandiri" in out[0]
    assert out[1].startswith("Coba dulu sampai tiga kali") and answer not in out[1]
    assert "lihat_contoh" not in out[3] and 'jalankan lihat_contoh("pemanasan_2")' in out[4]
    assert answer in out[5] and answer in out[6], "mulai() puts lihat_contoh in the notebook's names"
    assert "tidak punya contoh jawaban" in out[7]
    assert notebook_solution("tes_awal_01_jawab") not in out[7]


def test_with_a_grader_no_model_answer_is_ever_shown():
    out = reveal_run({"BIMTEK_MANDIRI": "0"})
    answer = notebook_solution("pemanasan_2_jawab")
    assert "Mode belajar mandiri" not in out[0]
    assert not [t for t in out if answer in t]
    assert out[5].startswith("Contoh jawaban hanya tersedia saat belajar mandiri")
    assert "Tanyakan kepada instruktur" in out[4] and "lihat_contoh" not in out[4]
    assert out[6].startswith("\u274c Perintah `lihat_contoh` hanya tersedia saat belajar mandiri")


def mandiri_in(config_dir: Path) -> str:
    """``mandiri()`` in a fresh Python whose user Jupyter config folder is ``config_dir`` (no BIMTEK_MANDIRI)."""
    env = {k: v for k, v in os.environ.items() if k != "BIMTEK_MANDIRI"}
    env["JUPYTER_CONFIG_DIR"] = str(config_dir)
    code = "from course.hints import mandiri; print(mandiri())"
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    return run.stdout.strip() or run.stderr


def test_the_binder_marker_in_a_jupyter_config_folder_turns_mandiri_on(tmp_path):
    (tmp_path / "kosong").mkdir()
    assert mandiri_in(tmp_path / "kosong") == "False", "without the marker (or BIMTEK_MANDIRI) the course has a grader"
    (tmp_path / hints.MARKER).write_text('{"mandiri": true}', encoding="utf-8")
    assert mandiri_in(tmp_path) == "True"


def test_postbuild_writes_the_marker_where_the_course_reads_it():
    text = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert f'"$confdir/{hints.MARKER}"' in text, "postBuild must write the marker into the Jupyter config folder"


def test_every_exercise_a_notebook_checks_has_its_model_answer_in_the_source_notebooks():
    called = set()
    for path in sorted((ROOT / "source").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            called |= set(re.findall(r'\bcek\(\s*"(\w+)"', cell.source)) if cell.cell_type == "code" else set()
    revealable = sorted(n for n in called if lookup(n).reveal)
    assert len(revealable) >= 20, revealable
    missing = sorted(n for n in revealable if hints.model_answer(n) is None)
    assert not missing, f"no model answer found in source/ for {missing}"


def test_model_answers_never_reach_what_hub_participants_receive(tmp_path):
    """The release has no solutions, and the package installed without the repository finds none."""
    release = ROOT / "release"
    assert release.is_dir()
    for name in names():
        assert hints.model_answer(name, release) is None, f"release/ holds the model answer of {name}"
    site = tmp_path / "site"
    shutil.copytree(ROOT / "course", site / "course", ignore=shutil.ignore_patterns("__pycache__"))
    code = (
        "import course, course.hints as h\n"
        f"assert course.__file__.startswith({str(site)!r}), course.__file__\n"
        "from course.errors import NotYetCorrect\n"
        "for _ in range(3): h.escalate('pemanasan_2', NotYetCorrect('belum.'))\n"
        "print(h.model_answer('pemanasan_2')); h.lihat_contoh('pemanasan_2')"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "BIMTEK_MANDIRI": "1"}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == "None"
    assert "tidak tersedia di lingkungan ini" in run.stdout
    assert notebook_solution("pemanasan_2_jawab") not in run.stdout


def test_on_binder_postbuild_turns_mandiri_on_and_the_model_answers_are_there(binder):  # noqa: F811
    """As repo2docker builds Binder (tests/test_binder.py): after postBuild the course is mandiri and
    finds the model answers in its clone of the repository."""
    code = "from course.hints import mandiri, model_answer; print(mandiri(), model_answer('pemanasan_2') is not None)"
    env = {k: v for k, v in binder["env"].items() if k != "BIMTEK_MANDIRI"}
    run = subprocess.run(
        [str(binder["venv"] / "bin" / "python"), "-c", code],
        cwd=binder["repo"].parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.stdout.split() == ["True", "True"], run.stderr[-2000:]

"""Answers handed over by the kernel (``course.handover``) and judged by the grader (``JudgeAnswers``).

The serialisation round-trips every kind of answer the checks take, refuses what it cannot
carry without crashing, and never trusts the payload beyond its value; the judge replaces a
hidden test cell's outputs with its own verdict, on notebooks built by hand here (the real
nbgrader runs are in ``tests/test_redteam_kernel.py`` and ``tests/test_pipeline.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import shutil

import nbformat
import numpy as np
import pandas as pd
import pytest

from course import handover, itembank
from course.checks import KeyFileError, Verdict, periksa, register
from course.engines import synthetic_data
from course.instructor.grading.judge import NOT_HANDED, NOT_HANDED_TEST, RECORDED, UNREADABLE, JudgeAnswers

from .cohorts import KEY_FOLDER, answer_key

# --------------------------------------------------------------------------- serialisation


def through_json(value):
    """``value`` as the grader gets it: payload -> JSON text (as the notebook holds it) -> value."""
    data = handover.payload("soal_apa_saja", value)
    assert "jawaban" in data, data
    return handover.read(json.loads(json.dumps(data, allow_nan=False)))


SCALARS = [
    None,
    True,
    False,
    0,
    -7,
    10**30,
    8.5,
    -0.0,
    "Kabupaten Agam",
    "",
    "teks dengan \u00e9, \u2014 dan \U0001f600",
    ["Instagram", "TikTok"],
    [],
    [1, [2, [3, None]]],
    ("A", 1),
    (),
    {"siapa": "Bupati", "apa": "peresmian"},
    {1: ["tayang", "fakta"], 2: ["tunda", "waktu"]},
    {("a", 1): {"b": [1.5, None]}},
    {"A", "B"},
    frozenset({1, 2}),
    dt.date(2024, 10, 26),
    dt.datetime(2024, 10, 26, 7, 30),
    dt.time(7, 30),
    dt.timedelta(hours=2, minutes=5),
    pd.Timestamp("2024-10-26 07:30"),
    pd.Timestamp("2024-10-26 07:30", tz="Asia/Jakarta"),
    pd.Timedelta(minutes=90),
]


@pytest.mark.parametrize("value", SCALARS, ids=[f"{type(v).__name__}-{i}" for i, v in enumerate(SCALARS)])
def test_plain_values_round_trip_with_their_type(value):
    back = through_json(value)
    assert type(back) is type(value)
    assert back == value
    if isinstance(value, dict):
        assert list(back) == list(value) and all(type(a) is type(b) for a, b in zip(back, value))


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_floats_round_trip(value):
    back = through_json(value)
    assert type(back) is float and (math.isnan(back) if math.isnan(value) else back == value)


@pytest.mark.parametrize(
    "value", [np.int64(1500), np.int32(19), np.float64(3.25), np.float32(0.5), np.bool_(True), np.uint8(7)]
)
def test_numpy_scalars_keep_their_dtype(value):
    back = through_json(value)
    assert type(back) is type(value) and back == value


def test_numpy_arrays_round_trip():
    for array in (np.array([3.5]), np.arange(6, dtype="int32").reshape(2, 3), np.array(["a", "b"], dtype=object)):
        back = through_json(array)
        assert back.shape == array.shape and (back == array).all()


def frames() -> dict[str, object]:
    data = synthetic_data.load()  # as session 02 loads it: datetime64, float with NaN, bool, text
    mixed = pd.DataFrame(
        {
            "teks": pd.Series(["a", None, "c"], dtype="str"),
            "kategori": pd.Categorical(["x", "y", "x"], categories=["y", "x"], ordered=True),
            "bulat": pd.array([1, None, 3], dtype="Int64"),
            "objek": pd.Series([1, "dua", [3]], dtype=object),
            "zona": pd.date_range("2024-10-26", periods=3, freq="h", tz="Asia/Jakarta"),
            "selisih": pd.to_timedelta([1, 2, None], unit="min"),
            "boolean": pd.array([True, None, False], dtype="boolean"),
        },
        index=pd.Index(["p", "q", "r"], name="kode"),
    )
    grouped = data.groupby(["platform", "format"])["jangkauan"].median()
    return {
        "data_sesi_02": data,
        "bersih_dengan_indeks_bilangan": data.dropna().drop_duplicates().head(500),
        "campuran": mixed,
        "kolom_ganda": pd.DataFrame([[1, 2]], columns=["a", "a"]),
        "kosong": pd.DataFrame(),
        "median_platform": data.groupby("platform")["jangkauan"].median(),
        "multiindeks": grouped,
        "rangeindex_langkah": pd.Series([1.5, 2.5], index=pd.RangeIndex(10, 14, 2), name=("a", 1)),
    }


@pytest.mark.parametrize("name", list(frames()))
def test_pandas_values_round_trip_exactly(name):
    value = frames()[name]
    back = through_json(value)
    if isinstance(value, pd.DataFrame):
        pd.testing.assert_frame_equal(back, value)
    else:
        pd.testing.assert_series_equal(back, value)


def test_the_checks_give_the_same_verdict_on_the_handed_over_value():
    data = synthetic_data.load()
    clean = synthetic_data.load_clean()
    cases = [
        ("engagement_1", data),
        ("engagement_1", data.head(5)),
        ("engagement_2", data.duplicated().sum()),
        ("engagement_2", data.duplicated()),
        ("engagement_3", clean),
        ("pemanasan_2", np.float64(8.5)),
        ("pemanasan_3", ["Instagram", "TikTok", "Facebook", "YouTube", "X"]),
        ("kej_kasus", {"A": 1, "B": 2}),
    ]
    for name, value in cases:
        try:
            want = periksa(name, value)
        except Exception as exc:  # the same friendly error, or the same verdict
            with pytest.raises(type(exc)):
                periksa(name, through_json(value))
        else:
            assert periksa(name, through_json(value)) == want, name


class Opaque:
    pass


def nested(depth: int):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "value",
    [Opaque(), print, nested(handover.MAX_DEPTH + 5), {"a": Opaque()}, np.datetime64("2024-01-01"), 10**5000],
    ids=["objek", "fungsi", "terlalu_dalam", "dict_berisi_objek", "datetime64_numpy", "bilangan_raksasa"],
)
def test_what_cannot_be_handed_over_becomes_a_galat_payload(value):
    data = handover.payload("pemanasan_1", value)
    assert set(data) == {"versi", "soal", "galat"} and data["galat"].startswith("Tidak dapat diserahkan")
    json.dumps(data)  # still plain JSON
    with pytest.raises(handover.Unreadable):
        handover.read(data)


def test_an_oversized_answer_becomes_a_galat_payload():
    data = handover.payload("pemanasan_1", "x" * (handover.MAX_CHARS + 1))
    assert "terlalu besar" in data["galat"]


@pytest.mark.parametrize(
    "data",
    [
        "jawaban",
        ["versi", 1],
        {"soal": "pemanasan_1", "jawaban": "Agam"},
        {"versi": 2, "jawaban": "Agam"},
        {"versi": 1, "soal": "pemanasan_1"},
        {"versi": 1, "jawaban": {"$": "os.system", "v": "rm -rf /"}},
        {"versi": 1, "jawaban": {"$": "pickle", "v": "gASVAAAAAAAAAAB9lC4="}},
        {"versi": 1, "jawaban": {"sembarang": "dict tanpa tanda"}},
        {"versi": 1, "jawaban": {"$": "np", "dtype": "object", "v": 1}},
        {"versi": 1, "jawaban": {"$": "ndarray", "shape": [10**9], "column": {"dtype": "int64", "v": [1]}}},
        {
            "versi": 1,
            "jawaban": {
                "$": "Series",
                "name": None,
                "index": {"$": "RangeIndex", "start": 0, "stop": 10**12, "step": 1, "name": None},
                "column": {"dtype": "int64", "v": [1]},
            },
        },
        {
            "versi": 1,
            "jawaban": {
                "$": "DataFrame",
                "columns": {"$": "Index", "name": None, "column": {"dtype": "object", "v": ["a"]}},
                "index": {"$": "RangeIndex", "start": 0, "stop": 2, "step": 1, "name": None},
                "data": [],
            },
        },
        {
            "versi": 1,
            "jawaban": {
                "$": "Series",
                "name": None,
                "index": {"$": "RangeIndex", "start": 0, "stop": 1, "step": 1, "name": None},
                "column": {"dtype": "float64; import os", "v": [1]},
            },
        },
        {"versi": 1, "jawaban": {"$": "dict", "v": [[[1], 2]]}},
        {"versi": 1, "jawaban": {"$": "float", "v": "1e999999"}},
        {"versi": 1, "jawaban": nested(1000)},
        {"versi": 1, "jawaban": "x" * (handover.MAX_CHARS + 10)},
    ],
)
def test_a_payload_of_the_wrong_shape_is_unreadable_never_a_crash(data):
    with pytest.raises(handover.Unreadable):
        handover.read(data)


# --------------------------------------------------------------------------- the judge


def grade_cell(name: str, outputs: list, *, points: int = 1, source: str | None = None):
    cell = nbformat.v4.new_code_cell(
        source
        if source is not None
        else f'# Cek mandiri\ncek("{name}", x)\n### BEGIN HIDDEN TESTS\nserahkan("{name}", x)\n### END HIDDEN TESTS'
    )
    cell.metadata["nbgrader"] = {
        "schema_version": 3,
        "grade_id": name,
        "grade": True,
        "solution": False,
        "locked": True,
        "points": points,
        "task": False,
    }
    cell.outputs = [nbformat.from_dict(o) for o in outputs]
    return cell


def handed(name: str, value) -> dict:
    return {"output_type": "display_data", "metadata": {}, "data": {handover.MIME_TYPE: handover.payload(name, value)}}


def printed(text: str, stream: str = "stdout") -> dict:
    return {"output_type": "stream", "name": stream, "text": text}


KERNEL_ERROR = {"output_type": "error", "ename": "NotYetCorrect", "evalue": "x", "traceback": ["rahasia kernel"]}


def judged(*cells, key_folder=KEY_FOLDER):
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    JudgeAnswers(key_folder=str(key_folder)).preprocess(nb, {})
    return nb.cells


def verdicts(cells) -> list:
    return [[(o.output_type, o.get("evalue")) for o in c.outputs] for c in cells]


def test_a_right_answer_leaves_no_output_and_a_wrong_one_one_friendly_error():
    right, wrong = judged(
        grade_cell("pemanasan_2", [printed("\u2705 Tepat!"), handed("pemanasan_2", 8.5)]),
        grade_cell("pemanasan_2", [printed("\u2705 Tepat!"), handed("pemanasan_2", 8.3)]),
    )
    assert right.outputs == []
    [error] = wrong.outputs
    assert error.output_type == "error" and error.evalue.startswith("Belum tepat: ")
    assert error.traceback == ["\u274c " + error.evalue] and "Traceback" not in error.evalue


def test_only_the_last_payload_counts():
    last_wrong, last_right = judged(
        grade_cell("pemanasan_2", [handed("pemanasan_2", 8.5), handed("pemanasan_2", 8.3)]),
        grade_cell("pemanasan_2", [handed("pemanasan_2", 8.3), handed("pemanasan_2", 8.5)]),
    )
    assert last_wrong.outputs and not last_right.outputs


def test_the_check_name_comes_from_the_cell_source_not_the_payload():
    # 8.5 is right for pemanasan_2; a payload that claims to be pemanasan_2 in the pemanasan_1 cell is
    # judged as an answer to pemanasan_1 (and is wrong there)
    [cell] = judged(grade_cell("pemanasan_1", [handed("pemanasan_2", 8.5)]))
    assert cell.outputs[0].evalue.startswith("Masukan tidak dapat digunakan") or "Belum tepat" in cell.outputs[0].evalue


def test_a_missing_payload_and_anything_the_kernel_printed_are_replaced():
    forged = {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": "1.0"}}
    cells = judged(
        grade_cell("pemanasan_1", []),
        grade_cell("pemanasan_1", [printed("\u2705 Tepat! lolos semua"), forged]),
        grade_cell("pemanasan_1", [KERNEL_ERROR]),
        grade_cell("tes_awal_01", [printed("rahasia")]),
    )
    assert verdicts(cells) == [[("error", NOT_HANDED)]] * 3 + [[("error", NOT_HANDED_TEST)]]


def test_unreadable_payloads_are_wrong():
    bad = [
        {"output_type": "display_data", "metadata": {}, "data": {handover.MIME_TYPE: "lolos"}},
        {"output_type": "display_data", "metadata": {}, "data": {handover.MIME_TYPE: {"versi": 1, "benar": True}}},
        handed("pemanasan_1", Opaque()),
    ]
    cells = judged(*(grade_cell("pemanasan_1", [o]) for o in bad))
    assert verdicts(cells) == [[("error", UNREADABLE)]] * 3


def test_tes_items_are_judged_with_the_grader_side_key_and_never_say_which_is_wrong():
    key = answer_key()
    right = itembank.correct_letter("awal", 1, key)
    wrong = next(x for x in "ABCD" if x != right)
    cells = judged(
        grade_cell("tes_awal_01", [handed("tes_awal_01", right)]),
        grade_cell("tes_awal_01", [handed("tes_awal_01", f" ({right.lower()}) ")]),
        grade_cell("tes_awal_01", [handed("tes_awal_01", wrong)]),
        grade_cell("tes_awal_01", [handed("tes_awal_01", "E")]),
        grade_cell("tes_awal_01", [handed("tes_awal_01", Opaque())]),
    )
    assert verdicts(cells) == [[], []] + [[("error", RECORDED)]] * 3


def test_without_the_key_file_the_judge_stops_instead_of_scoring(tmp_path):
    cell = grade_cell("tes_awal_01", [handed("tes_awal_01", "A")])
    with pytest.raises(KeyFileError, match="kunci/ dari repositori kursus"):
        judged(cell, key_folder=tmp_path / "kunci")
    broken = tmp_path / "rusak"
    broken.mkdir()
    (broken / itembank.KEY_FILE).write_text("{ bukan json", encoding="utf-8")
    with pytest.raises(KeyFileError, match="tidak dapat dibaca"):
        judged(cell, key_folder=broken)
    (broken / itembank.KEY_FILE).write_text('{"rahasia": "00", "kunci": {}}', encoding="utf-8")
    with pytest.raises(KeyFileError, match="tidak cocok dengan bank soal"):
        judged(cell, key_folder=broken)


def test_the_key_folder_defaults_to_kunci_in_the_course_root(tmp_path, monkeypatch):
    shutil.copytree(KEY_FOLDER, tmp_path / "kunci")
    monkeypatch.chdir(tmp_path)
    key = answer_key()
    cell = grade_cell("tes_awal_02", [handed("tes_awal_02", itembank.correct_letter("awal", 2, key))])
    nb = nbformat.v4.new_notebook()
    nb.cells = [cell]
    JudgeAnswers().preprocess(nb, {})
    assert cell.outputs == []


def test_cells_without_serahkan_and_other_cells_are_left_alone():
    old = grade_cell("pemanasan_2", [KERNEL_ERROR], source='assert nilai("pemanasan_2", durasi_jam)')
    answer = nbformat.v4.new_code_cell('serahkan("pemanasan_2", 8.5)')
    answer.metadata["nbgrader"] = {"grade_id": "x_jawab", "grade": False, "solution": True, "locked": False}
    answer.outputs = [nbformat.from_dict(printed("keluaran peserta"))]
    plain = nbformat.v4.new_code_cell('serahkan("pemanasan_2", 8.5)')
    plain.outputs = [nbformat.from_dict(printed("keluaran biasa"))]
    cells = judged(old, answer, plain)
    assert [len(c.outputs) for c in cells] == [1, 1, 1]
    assert cells[0].outputs[0].ename == "NotYetCorrect" and cells[1].outputs[0].text == "keluaran peserta"


def test_a_check_that_crashes_on_an_odd_value_counts_as_wrong():
    @register("uji_judge_rusak")
    def crashes(jawaban) -> Verdict:
        raise ZeroDivisionError

    [cell] = judged(grade_cell("uji_judge_rusak", [handed("uji_judge_rusak", 1)]))
    assert cell.outputs[0].evalue.startswith("Belum tepat: jawaban ini tidak dapat diperiksa.")


def test_the_hidden_part_of_every_source_notebook_only_hands_the_answer_over():
    """So a hidden test holds no secret: printing its source (a hook) would show nothing new."""
    import re

    from .conftest import ROOT

    count = 0
    for path in sorted((ROOT / "source").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type != "code" or not meta.get("grade") or meta.get("solution"):
                continue
            visible, hidden = cell.source.split("### BEGIN HIDDEN TESTS\n")
            name = meta["grade_id"]
            shown = re.search(rf'^cek\("{name}", (.+)\)$', visible, re.M).group(1)
            assert hidden == f'serahkan("{name}", {shown})\n### END HIDDEN TESTS', (path.name, name)
            count += 1
    assert count == 91

"""In a real kernel, what a participant sees: one friendly paragraph, no traceback."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient


def run_cells(*sources: str) -> list:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("from course import cek, nilai, mulai\nmulai('uji')")]
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    NotebookClient(nb, kernel_name="python3", allow_errors=True, timeout=60).execute()
    return [cell.outputs for cell in nb.cells[1:]]


@pytest.fixture(scope="module")
def outputs():
    return run_cells(
        'cek("pemanasan_2", 16.0 - 7.3)',
        "durasi_jm",
        'import pandas as pd\npd.DataFrame({"jangkauan": [1]})["jangkuan"]',
        'cek("pemanasan_2", 8.5)',
        'durasi_jam = "8.5',
        'cek("pemanasan_1", None)',
        "raise NotImplementedError()",
        "assert nilai('tes_awal_01', 'A') and nilai('tes_awal_01', 'B')",
        "durasi_jam = 8.5\ncek('pemanasan_2', durasi_jam)",
    )


def error_of(cell_outputs) -> dict:
    errors = [o for o in cell_outputs if o.output_type == "error"]
    assert len(errors) == 1, cell_outputs
    assert not [o for o in cell_outputs if o.output_type == "stream" and o.name == "stderr"], cell_outputs
    return errors[0]


def shown(error) -> str:
    return "\n".join(error.traceback)


def test_not_yet_correct_is_one_friendly_paragraph(outputs):
    error = error_of(outputs[0])
    assert error.ename == "NotYetCorrect"
    assert shown(error).startswith("\u274c Belum tepat: pukul 07.30 belum ditulis sebagai jam desimal.")
    assert "Petunjuk:" in shown(error)
    assert "Traceback" not in shown(error) and "File " not in shown(error)


def test_misspelt_name_suggests_the_right_one(outputs):
    text = shown(error_of(outputs[1]))
    assert "Nama `durasi_jm` belum dikenal." in text
    assert "Traceback" not in text


def test_wrong_column_is_explained(outputs):
    text = shown(error_of(outputs[2]))
    assert "Kunci atau kolom 'jangkuan' tidak ditemukan" in text
    assert "data.columns" in text


def test_right_answer_prints_a_verdict_without_stderr(outputs):
    streams = outputs[3]
    assert [o.text for o in streams if o.output_type == "stream" and o.name == "stdout"] == [
        "\u2705 Tepat! Bimtek berlangsung delapan setengah jam.\n"
    ]
    assert not [o for o in streams if o.output_type in ("error",) or getattr(o, "name", "") == "stderr"]


def test_syntax_error_is_explained(outputs):
    text = shown(error_of(outputs[4]))
    assert text.startswith("\u274c Penulisan kode pada baris 1 belum benar")
    assert "tanda petik" in text and "Traceback" not in text


def test_empty_answer_is_explained(outputs):
    assert shown(error_of(outputs[5])).startswith("\u274c Belum diisi: nama_kabupaten masih kosong (None).")


def test_untouched_stub_is_explained(outputs):
    assert "Hapus baris `raise NotImplementedError()`" in shown(error_of(outputs[6]))


def test_failed_hidden_assert_quotes_nothing(outputs):
    text = shown(error_of(outputs[7]))
    assert text.startswith("\u274c Belum tepat: jawaban ini belum lolos pemeriksaan.")
    assert "nilai" not in text and "assert" not in text


def test_kernel_keeps_working_after_errors(outputs):
    assert any("Tepat" in o.get("text", "") for o in outputs[8])

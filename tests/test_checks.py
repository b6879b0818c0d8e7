"""Self-checks and bad input: friendly Indonesian verdicts, never a bare traceback."""

from __future__ import annotations

import pytest

from course import cek, nilai
from course.checks import lookup, names, periksa
from course.engines.engagement import engagement_rate, total_engagement
from course.errors import (
    EmptyInput,
    InputError,
    NotYetCorrect,
    expect_choice,
    expect_columns,
    expect_frame,
    expect_list_of_text,
    expect_number,
    expect_text,
    explain,
)


def test_cek_prints_a_friendly_verdict_for_a_right_answer(capsys):
    cek("pemanasan_2", 8.5)
    out = capsys.readouterr()
    assert out.out.startswith("\u2705 Tepat!")
    assert out.err == ""


def test_cek_raises_not_yet_correct_with_a_hint_that_does_not_reveal_the_answer():
    with pytest.raises(NotYetCorrect) as info:
        cek("pemanasan_2", 16.0 - 7.3)
    text = info.value.friendly()
    assert text.startswith("Belum tepat:")
    assert "Petunjuk: Tiga puluh menit adalah setengah jam" in text
    assert "8.5" not in text and "8,5" not in text


@pytest.mark.parametrize(
    "answer, hint",
    [
        (["X", "Instagram", "TikTok"], "masih kurang 2 platform"),
        (["X", "Instagram", "TikTok", "YouTube", "WhatsApp"], '"WhatsApp" tidak termasuk'),
    ],
)
def test_platform_check_says_what_is_missing_or_extra(answer, hint):
    with pytest.raises(NotYetCorrect) as info:
        cek("pemanasan_3", answer)
    assert hint in info.value.friendly()


def test_platform_check_accepts_any_case_and_twitter_as_x(capsys):
    cek("pemanasan_3", ["twitter", "instagram", "TIKTOK", "YouTube", "facebook"])
    assert "Tepat" in capsys.readouterr().out


@pytest.mark.parametrize(
    "answer, hint",
    [
        (1240 + 85 + 175, "belum dijumlahkan"),
        (1240 + 85 + 175 + 60 + 40000, "Jangkauan bukan interaksi"),
        (7, "Tulis nama-nama variabelnya"),
    ],
)
def test_total_interactions_hints(answer, hint):
    with pytest.raises(NotYetCorrect) as info:
        cek("pemanasan_4", answer)
    assert hint in info.value.friendly()


def test_nilai_is_true_or_false_and_never_raises_on_bad_answers():
    assert nilai("pemanasan_2", 8.5) is True
    assert nilai("pemanasan_2", 8.3) is False
    for bad in (None, "", "8,5", [8.5], float("nan"), True):
        assert nilai("pemanasan_2", bad) is False


@pytest.mark.parametrize(
    "name, bad, expected_start",
    [
        ("pemanasan_1", None, "Belum diisi: nama_kabupaten masih kosong (None)."),
        ("pemanasan_1", "   ", "Belum diisi: nama_kabupaten masih berupa teks kosong."),
        ("pemanasan_1", 42, "Masukan tidak dapat digunakan: nama_kabupaten harus berupa teks"),
        ("pemanasan_2", None, "Belum diisi: durasi_jam masih kosong (None)."),
        ("pemanasan_2", "8,5", "Masukan tidak dapat digunakan: durasi_jam harus berupa angka"),
        ("pemanasan_3", [], "Belum diisi: platform_sesi_1 masih kosong."),
        ("pemanasan_3", "X, Instagram", "Masukan tidak dapat digunakan: platform_sesi_1 harus berupa daftar"),
        ("pemanasan_3", ["X", None], "Belum diisi: butir ke-2 pada platform_sesi_1 masih kosong"),
        ("tes_awal_01", "", "Belum diisi: jawaban_01 masih kosong."),
        ("tes_awal_01", 3, "Masukan tidak dapat digunakan: jawaban_01 harus berupa satu huruf"),
        ("tes_awal_01", "E", 'Masukan tidak dapat digunakan: "E" bukan pilihan yang tersedia.'),
    ],
)
def test_bad_answers_get_a_clear_indonesian_message(name, bad, expected_start):
    with pytest.raises(InputError) as info:
        cek(name, bad)
    text = info.value.friendly()
    assert text.startswith(expected_start), text
    assert "\nPetunjuk: " in text


def test_comma_decimal_gets_a_specific_hint():
    with pytest.raises(InputError) as info:
        expect_number("8,5", "durasi_jam")
    assert 'tulis 8.5, bukan "8,5"' in info.value.friendly()


def test_unknown_check_name_suggests_the_closest():
    with pytest.raises(InputError) as info:
        cek("pemanasan2", 8.5)
    assert 'Mungkin maksud Anda "pemanasan_2"' in info.value.friendly()
    with pytest.raises(InputError):
        lookup(None)


def test_tes_checks_confirm_recording_without_revealing(capsys):
    for letter in "ABCD":
        cek("tes_awal_01", letter)
        out = capsys.readouterr().out
        assert "tercatat" in out and "Tepat" not in out and "Belum" not in out


def test_every_check_is_registered_once_with_tests_and_warmup():
    all_names = names()
    assert {"pemanasan_1", "pemanasan_2", "pemanasan_3", "pemanasan_4", "tes_awal_01", "tes_akhir_18"} <= set(all_names)
    assert len(all_names) == len(set(all_names))


def test_periksa_returns_the_verdict():
    verdict = periksa("pemanasan_2", 8.5)
    assert verdict.correct and "delapan setengah jam" in verdict.message


# --- validators used by every helper ---------------------------------------------------


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: expect_text(None, "judul"), "judul masih kosong (None)."),
        (lambda: expect_text("", "judul"), "judul masih berupa teks kosong."),
        (lambda: expect_text(5, "judul"), "judul harus berupa teks, tetapi yang diberikan adalah angka 5."),
        (lambda: expect_number(None, "jangkauan"), "jangkauan masih kosong (None)."),
        (
            lambda: expect_number(True, "jangkauan"),
            "jangkauan harus berupa angka, tetapi yang diberikan adalah nilai True.",
        ),
        (lambda: expect_list_of_text("X", "daftar"), "daftar harus berupa daftar (list)"),
        (lambda: expect_choice("Line", ["X", "Instagram"], "platform"), '"Line" tidak ada di antara pilihan.'),
        (lambda: expect_choice(None, ["X"], "platform"), "platform masih kosong."),
    ],
)
def test_validators_say_what_was_expected(call, message):
    with pytest.raises(InputError) as info:
        call()
    assert message in info.value.message
    assert info.value.hint


def test_computed_numbers_accept_numpy_and_refuse_tables():
    """``expect_number(..., computed=True)``: the result of a calculation in a notebook (session 02)."""
    import numpy as np
    import pandas as pd

    assert expect_number(np.int64(7), "n", computed=True) == 7.0
    assert expect_number(np.float32(0.5), "n", computed=True) == 0.5
    assert expect_number(np.array([3]), "n", computed=True) == 3.0
    assert expect_number(2.5, "n", computed=True) == 2.5
    cases = [
        (None, "n masih kosong (None).", "Ganti None dengan perhitungannya; barisnya diawali `n = `"),
        (pd.Series([1, 2]), "n berupa tabel atau kolom, padahal yang diminta satu angka.", ".sum(), .median()"),
        (pd.DataFrame({"a": [1]}), "n berupa tabel atau kolom", ".mean()"),
        (np.bool_(True), "n harus berupa angka", "Tulis perhitungannya tanpa tanda petik"),
        ("3,5", 'n harus berupa angka, tetapi yang diberikan adalah teks "3,5".', "titik sebagai pemisah desimal"),
        (np.array([1, 2]), "n harus berupa angka", "hasilnya harus angka"),
        (float("nan"), "n bernilai NaN (bukan angka).", "nilai kosong atau nama yang salah ketik"),
    ]
    for value, message, hint in cases:
        with pytest.raises(InputError) as info:
            expect_number(value, "n", computed=True)
        assert info.value.message == message or message in info.value.message, info.value.message
        assert hint in info.value.hint
    # Without ``computed`` the plain rules stay: a NumPy integer is not a Python number.
    with pytest.raises(InputError, match="harus berupa angka"):
        expect_number(np.int64(7), "n")


def test_tables_and_their_columns_are_validated():
    import pandas as pd

    frame = pd.DataFrame({"jangkauan": [10, 20], "er": [None, None]})
    assert expect_frame(frame) is frame
    with pytest.raises(EmptyInput, match="data masih kosong"):
        expect_frame(None)
    with pytest.raises(InputError, match="berupa satu kolom \\(Series\\)"):
        expect_frame(frame["jangkauan"])
    with pytest.raises(InputError, match="harus berupa tabel \\(DataFrame\\)"):
        expect_frame([1, 2], "posts")
    with pytest.raises(InputError) as info:
        expect_columns(frame, ["jangkaun"])
    assert info.value.message == 'data belum punya kolom "jangkaun".' and 'Ada kolom "jangkauan"' in info.value.hint
    with pytest.raises(EmptyInput, match='kolom "er" pada data masih kosong'):
        expect_columns(frame, ["er"])
    expect_columns(frame, ["jangkauan"])


def test_empty_input_is_an_input_error_and_a_value_error():
    with pytest.raises(ValueError):
        expect_text(None, "x")
    assert issubclass(EmptyInput, InputError)


def test_engagement_helpers_validate_their_input():
    assert total_engagement(1240, 85, 175, 60) == 1560
    assert engagement_rate(1500, 50000) == pytest.approx(3.0)
    assert engagement_rate(1500, 10000, per="pengikut") == pytest.approx(15.0)
    with pytest.raises(InputError, match="jumlah pengikut \\(followers\\) harus lebih dari 0"):
        engagement_rate(1500, 0, per="pengikut")
    with pytest.raises(InputError, match="tidak boleh negatif"):
        total_engagement(-1, 0, 0)
    with pytest.raises(InputError, match="harus berupa angka"):
        total_engagement("12", 0, 0)


# --- explaining Python's own errors ------------------------------------------------------


def test_explain_turns_common_errors_into_indonesian():
    assert "Nama `durasi_jm` belum dikenal. Mungkin maksud Anda: `durasi_jam`." in explain(
        NameError("name 'durasi_jm' is not defined", name="durasi_jm"), ["durasi_jam", "cek"]
    )
    assert "Kunci atau kolom 'jangkuan' tidak ditemukan" in explain(KeyError("jangkuan"))
    assert "pembagian dengan nol" in explain(ZeroDivisionError())
    assert explain(NotImplementedError()).startswith("Belum diisi")
    assert explain(AssertionError()).startswith("Belum tepat")
    assert "Traceback" not in explain(RuntimeError("x"))


def test_explain_never_shows_pythons_english_message():
    cases = [
        TypeError('can only concatenate str (not "int") to str'),
        ValueError("The truth value of a Series is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all()."),
        ValueError("All arrays must be of the same length"),
        AttributeError("'str' object has no attribute 'uper'"),
        IndexError("list index out of range"),
        RuntimeError("something went wrong in the engine"),
        OSError("Permission denied"),
    ]
    for exc in cases:
        text = explain(exc)
        assert str(exc) not in text and "\nPetunjuk: " in text, text


def test_decimal_comma_without_quotes_is_explained():
    """``durasi_jam = 8,5`` makes the pair (8, 5): the check says to write 8.5."""
    with pytest.raises(InputError) as info:
        cek("pemanasan_2", (8, 5))
    assert "tulis 8.5" in info.value.friendly()
    with pytest.raises(InputError) as info:
        expect_number((3, 25), "er", computed=True)
    assert "tulis 3.25" in info.value.hint


def test_hints_escalate_and_reset_in_this_process():
    from course import hints
    from course.checks import Verdict, register

    @register("uji_proses_jenjang", where="contoh jam desimal di atas.", example="pukul 09.30 ditulis 9.5.")
    def judge(jawaban):
        return Verdict(jawaban == 3, "" if jawaban == 3 else "belum tiga.", "Hitung lagi.")

    texts = []
    for _ in range(3):
        with pytest.raises(NotYetCorrect) as info:
            cek("uji_proses_jenjang", 1)
        texts.append(info.value.friendly())
    assert "Petunjuk lanjutan" not in texts[0]
    assert texts[1].endswith("Petunjuk lanjutan: contoh jam desimal di atas.")
    assert "Contoh serupa: pukul 09.30 ditulis 9.5." in texts[2]
    assert hints.failures("uji_proses_jenjang") == 3
    cek("uji_proses_jenjang", 3)
    assert hints.failures("uji_proses_jenjang") == 0
    assert lookup("uji_proses_jenjang").where == "contoh jam desimal di atas."

"""Session 03 checks: verdicts, hints that never give the answer away, bad inputs, helpers."""

from __future__ import annotations

from importlib import resources

import pytest

from course import cek, nilai
from course.errors import EmptyInput, InputError, NotYetCorrect
from course.sessions import s03_judul_clickbait as judul
from course.sessions.shared import normalise_text

KUNCI = [
    "normal",
    "clickbait",
    "normal",
    "clickbait",
    "normal",
    "clickbait",
    "clickbait",
    "normal",
    "clickbait",
    "normal",
    "clickbait",
    "normal",
]
SOLUSI = {
    1: "Pemkab Sukamaju Salurkan 2 Ton Beras bagi 300 Keluarga Korban Banjir",
    2: "Disdukcapil Sukamaju Buka Layanan KTP Keliling Setiap Sabtu",
    3: "Pemkab Sukamaju Bangun Ulang Pasar Lama Senilai Rp12 Miliar",
}
RILIS = "Pemkab Sukamaju Resmikan Mal Pelayanan Publik di Sukadana"


def hint_of(soal, jawaban) -> str:
    with pytest.raises(NotYetCorrect) as info:
        cek(soal, jawaban)
    return info.value.friendly()


# ---------------------------------------------------------------------------
# Labelling


def test_the_answer_key_matches_the_course_key(capsys):
    cek("judul_label", KUNCI)
    assert "Tepat" in capsys.readouterr().out
    assert nilai("judul_label", [k.upper() for k in KUNCI]) is True


def test_the_key_is_not_stored_in_plain_text():
    raw = (resources.files("course") / "data" / "judul_latihan.json").read_text(encoding="utf-8")
    assert '"clickbait"' not in raw and '"normal"' not in raw


def test_label_hints_count_the_misses_in_each_direction_without_naming_them():
    wrong = list(KUNCI)
    wrong[1] = "normal"  # a clickbait headline marked normal
    wrong[3] = "normal"
    wrong[0] = "clickbait"  # a normal headline marked clickbait
    text = hint_of("judul_label", wrong)
    assert '2 judul clickbait Anda tandai "normal"' in text
    assert '1 judul normal Anda tandai "clickbait"' in text
    assert "nomor" not in text.lower() and "judul 2" not in text.lower()


def test_label_list_of_the_wrong_length():
    assert "berisi 11 label, padahal ada 12 judul" in hint_of("judul_label", KUNCI[:11])


@pytest.mark.parametrize(
    "bad, error, phrase",
    [
        (None, EmptyInput, "label_judul masih kosong"),
        ([], EmptyInput, "label_judul masih kosong"),
        ("clickbait", InputError, "harus berupa daftar"),
        (["normal"] * 11 + ["mungkin"], InputError, 'butir ke-12 bertuliskan "mungkin"'),
        (["normal"] * 11 + [1], InputError, "butir ke-12"),
    ],
)
def test_label_bad_inputs_are_explained(bad, error, phrase):
    with pytest.raises(error) as info:
        cek("judul_label", bad)
    assert phrase in info.value.friendly()
    assert nilai("judul_label", bad) is False


# ---------------------------------------------------------------------------
# Rewrites and the release headline


@pytest.mark.parametrize("n", [1, 2, 3])
def test_model_rewrites_pass(n, capsys):
    cek(f"tulis_ulang_{n}", SOLUSI[n])
    assert "Tepat" in capsys.readouterr().out


@pytest.mark.parametrize("n", [1, 2, 3])
def test_copying_the_original_headline_fails(n):
    original = judul.lembar_fakta(n)["judul_asli"]
    text = hint_of(f"tulis_ulang_{n}", original)
    assert "masih sama dengan judul aslinya" in text
    assert nilai(f"tulis_ulang_{n}", original) is False
    assert nilai(f"tulis_ulang_{n}", original.upper()) is False


def test_a_near_copy_fails():
    text = hint_of("tulis_ulang_1", "Heboh Bantuan Pemkab Sukamaju untuk Korban Banjir Bikin Warga Haru")
    assert "hampir sama dengan judul aslinya" in text


def test_a_rewrite_that_keeps_a_clickbait_marker_names_it():
    text = hint_of("tulis_ulang_1", "Ini Bantuan Pemkab Sukamaju: 2 Ton Beras bagi 300 Keluarga Korban Banjir")
    assert "ciri clickbait" in text and '"Ini"' in text
    assert "Petunjuk: Ganti kata penunjuk itu dengan faktanya" in text


def test_a_rewrite_missing_a_key_fact_says_which_kind_without_the_headline():
    text = hint_of("tulis_ulang_1", "Pemkab Sukamaju Salurkan Beras bagi Korban Banjir")
    assert "belum memuat fakta kunci: penerimanya (Untuk siapa)" in text
    assert SOLUSI[1] not in text


def test_a_rewrite_with_a_spelling_error_shows_the_finding_and_a_fix():
    text = hint_of("tulis_ulang_1", "Pemkab Sukamaju Salurkan 2 Ton Beras Bagi 300 Keluarga Korban Banjir")
    assert "temuan ejaan" in text and '"Bagi" \u2192 "bagi"' in text


@pytest.mark.parametrize(
    "answer, phrase",
    [
        ("Pemkab Salurkan KTP", "hanya 3 kata"),
        (
            "Disdukcapil Sukamaju Buka Layanan Perekaman KTP Elektronik Keliling di 8 Desa Kecamatan Sukadana Setiap Sabtu",
            "lebih dari 80",
        ),
    ],
)
def test_length_bounds(answer, phrase):
    assert phrase in hint_of("tulis_ulang_2", answer)


def test_several_problems_are_listed_together():
    text = hint_of("tulis_ulang_3", "Wow, Pasar Lama Dibangun Lagi!")
    assert "ada 2 hal yang perlu diperbaiki" in text or "ada 3 hal yang perlu diperbaiki" in text
    assert "(1)" in text and "(2)" in text


@pytest.mark.parametrize("soal", ["tulis_ulang_1", "tulis_ulang_2", "tulis_ulang_3", "judul_rilis"])
@pytest.mark.parametrize(
    "bad, error", [(None, EmptyInput), ("", EmptyInput), ("  ", EmptyInput), (123, InputError), (["judul"], InputError)]
)
def test_headline_bad_inputs_are_explained(soal, bad, error):
    variable = "judul_rilis" if soal == "judul_rilis" else f"judul_baru_{soal[-1]}"
    with pytest.raises(error) as info:
        cek(soal, bad)
    assert info.value.friendly().split(":", 1)[1].strip().startswith(variable)
    assert nilai(soal, bad) is False


def test_release_headline(capsys):
    cek("judul_rilis", RILIS)
    assert "Tepat" in capsys.readouterr().out
    text = hint_of("judul_rilis", "Ini Mal Pelayanan Publik Baru di Sukadana!")
    assert "ciri clickbait" in text and "pelakunya (Pemkab atau Bupati Sukamaju)" in text


def test_release_paragraphs_contain_the_key_facts():
    text = normalise_text(" ".join(judul.siaran_pers()))
    for group in judul._data()["rilis"]["wajib"]:
        assert any(v in text for v in group["varian"])


def test_fact_sheets_contain_their_key_facts_and_their_originals_are_clickbait():
    from course.engines.clickbait import periksa

    for n in (1, 2, 3):
        sheet = judul.lembar_fakta(n)
        facts = normalise_text(" ".join(v for _k, v in sheet["fakta"]))
        for group in sheet["wajib"]:
            assert any(v in facts for v in group["varian"]), (n, group)
        assert periksa(sheet["judul_asli"]).clickbait


@pytest.mark.parametrize("bad", [0, 4, "1", None, True])
def test_lembar_fakta_rejects_bad_numbers(bad):
    with pytest.raises(InputError):
        judul.lembar_fakta(bad)


# ---------------------------------------------------------------------------
# Helpers participants call


def test_periksa_judul_prints_the_report(capsys):
    assert judul.periksa_judul("Simak Jadwal Lengkap Pekan Imunisasi di Puskesmas Sukamaju") is None
    out = capsys.readouterr().out
    assert "Vonis   : judul normal" in out and "Menyuruh pembaca mengeklik" in out
    assert "Catatan: skornya di bawah ambang" in out


def test_periksa_ejaan_prints_findings_and_a_fix(capsys):
    judul.periksa_ejaan("Pemkab Sukamaju Menghimbau Warga Didesa Sukadana.", judul=True)
    out = capsys.readouterr().out
    assert '"Menghimbau" \u2192 "Mengimbau"' in out
    assert "Usulan perbaikan: Pemkab Sukamaju Mengimbau Warga di Desa Sukadana" in out
    judul.periksa_ejaan("Warga mengimbau tetangganya.")
    assert "Tidak ada temuan ejaan" in capsys.readouterr().out


def test_helpers_refuse_bad_input_in_indonesian():
    with pytest.raises(EmptyInput):
        judul.periksa_judul(None)
    with pytest.raises(InputError):
        judul.periksa_ejaan(5)

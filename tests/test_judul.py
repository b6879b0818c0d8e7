"""Session 03 checks: verdicts, hints, bad inputs, helpers, and the one source of the headline rules.

The rules (course.engines.headline_rules.ATURAN_JUDUL) are stated once; the tests at the end fail when the
notebook, the instructor doc, the fact sheets or the checks' messages disagree with them. The editor cases
(headlines an editor would publish or send back) are in tests/test_editor_headlines.py.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from course import cek, nilai
from course.engines import headline_rules
from course.engines.headline_rules import ATURAN_JUDUL, BILANGAN, FAKTA_MIN, KARAKTER_MAKS, KATA_MIN
from course.errors import EmptyInput, InputError, NotYetCorrect
from course.sessions import s03_judul_clickbait as judul

from .conftest import ROOT

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
RILIS = "Warga Sukadana Kini Bisa Urus 25 Layanan di Mal Pelayanan Publik"
NOTEBOOK = ROOT / "source" / "03-judul-clickbait" / "03-judul-clickbait.ipynb"
DOC = ROOT / "docs" / "instruktur" / "03-judul-clickbait.md"


def hint_of(soal, jawaban) -> str:
    with pytest.raises(NotYetCorrect) as info:
        cek(soal, jawaban)
    return info.value.friendly()


def notebook_cells() -> dict[str, dict]:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return {c["metadata"].get("nbgrader", {}).get("grade_id", f"sel_{i}"): c for i, c in enumerate(cells)}


def cell_text(cell: dict) -> str:
    return "".join(cell["source"])


# ---------------------------------------------------------------------------
# Labelling


def test_the_answer_key_matches_the_course_key(capsys):
    cek("judul_label", KUNCI)
    assert "Tepat" in capsys.readouterr().out
    assert nilai("judul_label", [k.upper() for k in KUNCI]) is True


def test_the_key_is_not_stored_in_plain_text():
    raw = (resources.files("course") / "data" / "judul_latihan.json").read_text(encoding="utf-8")
    assert '"clickbait"' not in raw and '"normal"' not in raw


def test_label_hints_name_the_headlines_to_read_again_without_their_labels():
    wrong = list(KUNCI)
    wrong[1] = "normal"  # a clickbait headline marked normal
    wrong[3] = "normal"
    wrong[0] = "clickbait"  # a normal headline marked clickbait
    text = hint_of("judul_label", wrong)
    assert "label judul nomor 1, 2, dan 4 belum sesuai dengan kunci kursus" in text
    assert "Petunjuk: Cocokkan setiap judul itu dengan tabel penanda" in text
    assert '"normal"' not in text and '"clickbait"' not in text
    one = list(KUNCI)
    one[8] = "normal"
    assert "label judul nomor 9 belum sesuai" in hint_of("judul_label", one)
    two = list(KUNCI)
    two[5], two[11] = "normal", "clickbait"
    assert "label judul nomor 6 dan 12 belum sesuai" in hint_of("judul_label", two)


def test_the_checker_agrees_with_the_key_on_every_labelled_headline():
    """The graded items are undisputed: the course's own checker gives each one the key's verdict."""
    from course.engines.clickbait import periksa

    for title, key in zip(judul.judul_latihan(), KUNCI):
        report = periksa(title)
        assert report.vonis == key, (title, report.skor)
        assert bool(report.alasan) == (key == "clickbait"), title


def test_the_disputed_headlines_are_discussed_after_the_exercise_and_not_graded():
    cells = notebook_cells()
    ids = list(cells)
    assert ids.index("judul_label_diskusi") == ids.index("judul_label") + 1
    discussion = cell_text(cells["judul_label_diskusi"])
    for disputed in ("Simak Jadwal Lengkap Pekan Imunisasi di Puskesmas Sukamaju", "Kenapa Jalan di Sukamaju"):
        assert disputed in discussion
        assert not any(disputed in title for title in judul.judul_latihan())
    assert "William dan Sari, 2020" in discussion


def test_the_labelling_exercise_lists_the_graded_headlines_in_order():
    text = cell_text(notebook_cells()["judul_label_soal"])
    for n, title in enumerate(judul.judul_latihan(), start=1):
        assert f"{n}. {title}\n" in text


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


def test_the_praise_names_the_key_facts_found(capsys):
    cek("tulis_ulang_1", SOLUSI[1])
    out = capsys.readouterr().out
    assert "fakta kunci yang dimuat: pelakunya (Siapa), bantuannya (Apa), dan penerimanya (Untuk siapa)" in out


@pytest.mark.parametrize("n", [1, 2, 3])
def test_copying_the_original_headline_fails(n):
    original = judul.lembar_fakta(n)["judul_asli"]
    text = hint_of(f"tulis_ulang_{n}", original)
    assert "aturan 1 (salinan): judul ini masih sama dengan judul aslinya" in text
    assert nilai(f"tulis_ulang_{n}", original) is False
    assert nilai(f"tulis_ulang_{n}", original.upper()) is False


def test_a_near_copy_fails():
    text = hint_of("tulis_ulang_1", "Heboh Bantuan Pemkab Sukamaju untuk Korban Banjir Bikin Warga Haru")
    assert "hampir sama dengan judul aslinya" in text


def test_a_rewrite_that_keeps_a_clickbait_marker_names_it():
    text = hint_of("tulis_ulang_1", "Ini Bantuan Pemkab Sukamaju: 2 Ton Beras bagi 300 Keluarga Korban Banjir")
    assert "aturan 2 (umpan klik): pemeriksa judul masih menemukan ciri clickbait" in text and '"Ini"' in text
    assert "Petunjuk: Ganti kata penunjuk itu dengan faktanya" in text


def test_a_rewrite_without_the_core_of_the_news_names_it_and_what_is_there():
    text = hint_of("tulis_ulang_1", "Pemkab Sukamaju Peduli Korban Banjir")
    assert "aturan 3 (fakta kunci): judul ini belum menyebut inti beritanya, yaitu bantuannya (Apa)" in text
    assert "yang sudah dimuat: pelakunya (Siapa) dan penerimanya (Untuk siapa)" in text
    assert SOLUSI[1] not in text


def test_a_rewrite_with_only_the_core_asks_for_one_more_key_fact_and_not_for_the_institution():
    text = hint_of("tulis_ulang_2", "Layanan KTP Keliling Kini Hadir untuk Warga")
    assert "judul ini baru memuat satu fakta kunci, yaitu layanannya (Apa)" in text
    assert "misalnya pelakunya (Siapa), tempatnya (Di mana), atau waktunya (Kapan)" in text
    assert "nama instansi boleh, tetapi tidak wajib" in text


def test_the_institution_is_not_required():
    for n, title in (
        (1, "300 Keluarga Korban Banjir di Sukadana Terima 2 Ton Beras"),
        (2, "Perekaman KTP Elektronik Keliling Hadir di 8 Desa Sukadana"),
        (3, "350 Kios Pasar Lama Sukamaju Dibangun Ulang Mulai Juli"),
    ):
        assert nilai(f"tulis_ulang_{n}", title) is True, title
    assert nilai("judul_rilis", RILIS) is True


def test_a_rewrite_with_a_spelling_error_shows_the_finding_and_a_fix():
    text = hint_of("tulis_ulang_1", "Pemkab Sukamaju Salurkan 2 Ton Beras Bagi 300 Keluarga Korban Banjir")
    assert "aturan 5 (ejaan)" in text and "temuan ejaan" in text and '"Bagi" \u2192 "bagi"' in text


def test_an_all_capitals_headline_is_sent_back():
    text = hint_of("judul_rilis", "PEMKAB SUKAMAJU RESMIKAN MAL PELAYANAN PUBLIK DI SUKADANA")
    assert "aturan 5 (ejaan): judul ini ditulis dengan huruf kapital semua" in text


@pytest.mark.parametrize(
    "answer, phrase",
    [
        ("Pemkab Salurkan KTP", "aturan 4 (panjang): judul ini hanya tiga kata"),
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
    assert "(1) aturan 2 (umpan klik)" in text and "(2) aturan 3 (fakta kunci)" in text


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
    out = capsys.readouterr().out
    assert "Tepat" in out and "angka dari naskah" in out and "tempat dari naskah" in out
    text = hint_of("judul_rilis", "Ini Mal Pelayanan Publik Baru di Sukadana!")
    assert "aturan 2 (umpan klik)" in text and "aturan 3" not in text
    text = hint_of("judul_rilis", "Mal Pelayanan Publik Kini Hadir")
    assert "baru memuat satu fakta kunci, yaitu layanannya (Mal Pelayanan Publik)" in text


def test_the_release_carries_its_key_facts():
    text = headline_rules.bentuk_cocok(" ".join(judul.siaran_pers()))
    for fact in headline_rules.fakta_kunci(judul._data()["rilis"]["fakta_kunci"]):
        assert fact.ada_di(text), fact.nama
    from_text = headline_rules.fakta_naskah(" ".join(judul.siaran_pers()))
    assert [f.nama for f in from_text] == ["angka dari naskah (Berapa atau Kapan)", "tempat dari naskah (Di mana)"]
    assert "25" in from_text[0].varian and "sukadana" in from_text[1].varian


def test_every_fact_sheet_row_is_a_key_fact_one_is_the_core_and_the_originals_are_clickbait():
    from course.engines.clickbait import periksa

    for n in (1, 2, 3):
        sheet = judul.lembar_fakta(n)
        facts = headline_rules.fakta_kunci(sheet["fakta"])
        assert sum(f.inti for f in facts) == 1
        for row, fact in zip(sheet["fakta"], facts):
            assert fact.ada_di(headline_rules.bentuk_cocok(row["isi"])), (n, row["unsur"])
        assert periksa(sheet["judul_asli"]).clickbait


def test_key_facts_match_whole_words_numbers_and_rupiah():
    fact = headline_rules.fakta_kunci([{"nama": "x", "varian": ["12 miliar", "desa", "4.200 balita"], "inti": True}])[0]
    assert fact.ada_di(headline_rules.bentuk_cocok("Anggaran Rp12 Miliar"))
    assert fact.ada_di(headline_rules.bentuk_cocok("Imunisasi untuk 4200 Balita"))
    assert not fact.ada_di(headline_rules.bentuk_cocok("Mulai Desember"))  # "desa" is not inside "Desember"
    both = headline_rules.fakta_kunci([{"nama": "y", "varian": ["pasar lama"], "juga": ["dibangun"], "inti": True}])[0]
    assert both.ada_di(headline_rules.bentuk_cocok("Pasar Lama Dibangun Ulang"))
    assert not both.ada_di(headline_rules.bentuk_cocok("Pasar Lama Terbakar"))


def test_a_list_without_core_marks_treats_every_group_but_the_actor_as_core():
    """The key-fact lists of sessions 05 and 07 name an actor ("pelaku ...") and the subject, unmarked."""
    facts = headline_rules.fakta_kunci(
        [{"nama": "pelaku (BPBD Sukamaju)", "varian": ["bpbd"]}, {"nama": "programnya (banjir)", "varian": ["banjir"]}]
    )
    assert [f.inti for f in facts] == [False, True]


@pytest.mark.parametrize("bad", [0, 4, "1", None, True])
def test_lembar_fakta_rejects_bad_numbers(bad):
    with pytest.raises(InputError):
        judul.lembar_fakta(bad)


# ---------------------------------------------------------------------------
# One source of truth for the headline rules


def test_the_rules_state_the_numbers_the_checks_use():
    texts = {rule.kode: rule.teks for rule in ATURAN_JUDUL}
    assert [rule.kode for rule in ATURAN_JUDUL] == ["salinan", "clickbait", "fakta", "panjang", "ejaan"]
    assert f"paling sedikit {BILANGAN[FAKTA_MIN]} fakta kunci" in texts["fakta"]
    assert "bukan keharusan" in texts["fakta"]
    assert f"paling sedikit {BILANGAN[KATA_MIN]} kata dan paling banyak {KARAKTER_MAKS} karakter" in texts["panjang"]
    assert judul.ATURAN == tuple(rule.teks for rule in ATURAN_JUDUL)
    assert [rule.tulis_ulang_saja for rule in ATURAN_JUDUL] == [True, False, False, False, False]


def test_every_problem_names_its_rule_as_the_table_numbers_it():
    cases = {
        "salinan": judul.lembar_fakta(1)["judul_asli"],
        "clickbait": "Ini Bantuan Pemkab Sukamaju untuk 300 Keluarga Korban Banjir",
        "fakta": "Pemkab Sukamaju Peduli Korban Banjir",
        "panjang": "Bantuan Beras Disalurkan",
        "ejaan": "Pemkab Sukamaju Salurkan 2 Ton Beras Bagi 300 Keluarga Korban Banjir",
    }
    sheet = judul.lembar_fakta(1)
    for number, rule in enumerate(ATURAN_JUDUL, start=1):
        problems = judul.nilai_judul(cases[rule.kode], sheet["fakta"], sheet["judul_asli"])
        messages = [msg for kode, msg, _hint in problems if kode == rule.kode]
        assert messages and messages[0].startswith(f"aturan {number} ({rule.nama}): "), (rule.kode, problems)
        assert f"| {number} | {rule.nama} | {rule.teks} |" in judul.aturan_markdown()


def test_the_notebook_shows_the_rules_from_the_code_and_restates_none_of_them():
    cells = notebook_cells()
    ids = list(cells)
    shown = cells[ids[ids.index("tulis_ulang_aturan") + 1]]
    assert shown["cell_type"] == "code" and cell_text(shown).strip() == "aturan_judul()"
    assert "aturan_judul" in cell_text(cells["judul_siapkan"])
    assert judul.aturan_judul()._repr_markdown_() == judul.aturan_markdown()
    markdown = "\n".join(cell_text(c) for c in cells.values() if c["cell_type"] == "markdown")
    for rule in ATURAN_JUDUL:
        assert rule.teks not in markdown, f"the notebook restates rule {rule.kode}; show aturan_judul() instead"
    assert "kecuali aturan 1 (tidak ada judul asli" in cell_text(cells["judul_rilis_soal"])


@pytest.mark.parametrize("n", [1, 2, 3])
def test_the_notebook_fact_sheets_are_the_data(n):
    assert judul.lembar_fakta_markdown(n) in cell_text(notebook_cells()[f"tulis_ulang_{n}_soal"])
    assert judul.lembar_fakta(n)["judul_asli"] in cell_text(notebook_cells()[f"tulis_ulang_{n}_soal"])


def test_the_notebook_release_is_the_data():
    text = cell_text(notebook_cells()["judul_rilis_soal"])
    for paragraph in judul.siaran_pers():
        assert paragraph in text


def test_the_instructor_doc_renders_the_rules_key_facts_and_key_from_the_data():
    doc = DOC.read_text(encoding="utf-8")
    expected = judul.aturan_markdown(rincian=True)
    assert expected in doc, "docs/instruktur/03-judul-clickbait.md: paste aturan_markdown(rincian=True)\n" + expected
    facts = judul.fakta_kunci_markdown()
    assert facts in doc, "docs/instruktur/03-judul-clickbait.md: paste fakta_kunci_markdown()\n" + facts
    for n, (title, key) in enumerate(zip(judul.judul_latihan(), KUNCI), start=1):
        assert f"| {n} | {title} | {key} |" in doc
    assert "brief.md" not in doc and "brief domain" not in doc.lower() and "§" not in doc  # the real sources only


def test_the_model_answers_in_the_notebook_pass():
    cells = notebook_cells()
    for soal in ("tulis_ulang_1", "tulis_ulang_2", "tulis_ulang_3", "judul_rilis"):
        source = cell_text(cells[f"{soal}_jawab"]).split("### BEGIN SOLUTION")[1].split("### END SOLUTION")[0]
        value = source.split("=", 1)[1].strip().strip('"')
        assert nilai(soal, value) is True, (soal, value)


# ---------------------------------------------------------------------------
# Helpers participants call


def test_periksa_judul_prints_the_report(capsys):
    assert judul.periksa_judul("Simak Jadwal Lengkap Pekan Imunisasi di Puskesmas Sukamaju") is None
    out = capsys.readouterr().out
    assert "Vonis   : judul normal" in out and "Menyuruh pembaca mengeklik" in out
    assert "Catatan: skornya di bawah ambang" in out


def test_aturan_judul_is_a_table_jupyter_renders():
    table = judul.aturan_judul()
    assert table._repr_markdown_().startswith("| No. | Nama | Aturan | Berlaku untuk |")
    assert repr(table) == table._repr_markdown_()
    assert len(table._repr_markdown_().splitlines()) == 2 + len(ATURAN_JUDUL)


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

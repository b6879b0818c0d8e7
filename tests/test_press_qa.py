"""The press-conference practice of session 06 (``course.widgets.press_qa``), without a browser.

The state machine (``SesiTanyaJawab``): a good answer moves on, a dodge gets one scripted follow-up, the
follow-up's answer moves on whatever it is, the end is the end. The transcript: questions, answers, feedback
and times in Markdown, written beside the notebook. The widget shell: labelled controls, the "Jawab" and
"Simpan transkrip" buttons, friendly messages, escaped HTML. Nothing uses the network.
"""

from __future__ import annotations

import datetime as dt
import socket

import ipywidgets as widgets
import pytest

from course.engines.press_scenarios import KONPERS_PASAR, PERTANYAAN_SULIT, SUSULAN_UMUM
from course.errors import EmptyInput, InputError
from course.widgets.press_qa import NAMA_BERKAS, LatihanTanyaJawab, SesiTanyaJawab, latihan_tanya_jawab

pytestmark = pytest.mark.filterwarnings("error")

P1, SULIT_DIALOG, P2, SULIT_SEWA, SULIT_PROYEK = KONPERS_PASAR.pertanyaan
GOOD = {
    P1.teks: "Pemindahan pedagang dimulai Kamis, 1 Agustus 2024, secara bertahap. Pasar barunya di Jalan Lingkar "
    "Timur, Kecamatan Sukamaju Timur.",
    SULIT_DIALOG.teks: "Pertanyaan yang wajar. Yang perlu warga ketahui, Pemkab Sukamaju mengajak semua pedagang "
    "berdialog sebelum pemindahan dimulai, di forum Senin, 17 Juni 2024, pukul 09.00 WIB.",
    P2.teks: "Pasar baru menyediakan 1.300 kios dan los, lebih banyak daripada 1.240 pedagang yang terdaftar.",
    SULIT_SEWA.teks: "Kami memahami kekhawatiran itu. Yang penting adalah biaya sewa kios di pasar baru terjangkau dan "
    "diumumkan terbuka: gratis enam bulan, lalu Rp150.000 per bulan.",
    SULIT_PROYEK.teks: "Saya mengerti kecurigaan itu. Faktanya, uji kelayakan bangunan tahun 2023 menyatakan atap pasar "
    "lama rawan runtuh; pasar baru lebih aman dan layak bagi pedagang dan pembeli.",
}
OFF_TOPIC = "Warga diimbau waspada banjir."


class Clock:
    """A clock the test moves: Kamis, 13 Juni 2024, from 10.05, one minute a reading."""

    def __init__(self) -> None:
        self.now = dt.datetime(2024, 6, 13, 10, 5)

    def __call__(self) -> dt.datetime:
        moment = self.now
        self.now += dt.timedelta(minutes=1)
        return moment


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a socket fails the test: the practice works offline."""

    def refuse(*args, **kwargs):
        raise AssertionError("the Q&A practice must not use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_scripted_questions_follow_the_scenario_and_the_good_answers_move_on():
    sesi = SesiTanyaJawab(jam=Clock())
    asked = []
    while not sesi.selesai:
        asked.append(sesi.teks_pertanyaan)
        turn = sesi.jawab(GOOD[sesi.teks_pertanyaan])
        assert turn.laporan.semua_ok, turn.laporan.teks()
        assert sesi.susulan is None  # no dodge, no follow-up
    assert asked == [q.teks for q in KONPERS_PASAR.pertanyaan]
    assert sesi.pertanyaan is None and sesi.teks_pertanyaan is None
    assert sesi.ringkasan() == "5 dari 5 pertanyaan selesai dijawab; 5 dari 5 jawaban lolos semua cek."


def test_a_dodge_gets_one_follow_up_then_the_conference_moves_on():
    sesi = SesiTanyaJawab(jam=Clock())
    first = sesi.jawab(OFF_TOPIC)  # off topic and no fact: the journalist repeats the question
    assert first.laporan.susulan == "relevan" and not first.susulan
    assert sesi.susulan == SUSULAN_UMUM["relevan"].format(pertanyaan=P1.teks)
    assert sesi.teks_pertanyaan == sesi.susulan and sesi.indeks == 0
    second = sesi.jawab(OFF_TOPIC)  # dodging again: no second follow-up
    assert second.susulan and second.pertanyaan.startswith("Maaf, itu belum menjawab")
    assert sesi.susulan is None and sesi.pertanyaan is SULIT_DIALOG


def test_each_dodge_has_its_follow_up():
    sesi = SesiTanyaJawab()
    sesi.jawab(GOOD[P1.teks])
    sesi.jawab("Tidak ada komentar.")  # hard question 1: its own follow-up for a refusal
    assert sesi.susulan == SULIT_DIALOG.susulan["mengelak"]
    sesi.jawab(GOOD[SULIT_DIALOG.teks])
    sesi.jawab("Kios di pasar baru cukup untuk semua pedagang yang terdaftar, dan setiap pedagang dapat tempat.")
    assert sesi.susulan == P2.susulan["fakta"]  # no number: "berapa jumlah kiosnya"
    sesi.jawab(GOOD[P2.teks])
    long_answer = " ".join([GOOD[SULIT_SEWA.teks]] * 4)
    sesi.jawab(long_answer)
    assert sesi.susulan == SUSULAN_UMUM["panjang"]  # over 90 words: "singkatnya saja"
    sesi.jawab(GOOD[SULIT_SEWA.teks])
    sesi.jawab("Gedung pasar lama rawan runtuh sejak 2023.")
    assert sesi.susulan == SUSULAN_UMUM["pendek"]  # under 10 words: explain a little more


def test_a_follow_up_answer_is_judged_against_the_follow_up_and_its_question():
    sesi = SesiTanyaJawab()
    sesi.jawab("Kios di pasar baru cukup untuk semua pedagang yang terdaftar, dan pedagang tidak perlu khawatir.")
    assert sesi.susulan == P1.susulan["fakta"]
    turn = sesi.jawab("Tanggal pastinya Kamis, 1 Agustus 2024, dan alamatnya Jalan Lingkar Timur.")
    assert turn.susulan and turn.laporan.semua_ok, turn.laporan.teks()


def test_after_the_last_question_there_is_nothing_to_answer():
    sesi = SesiTanyaJawab()
    for question in KONPERS_PASAR.pertanyaan:
        sesi.jawab(GOOD[question.teks])
    with pytest.raises(InputError, match="sudah selesai"):
        sesi.jawab("Satu jawaban lagi.")


@pytest.mark.parametrize("bad", [None, "", "   "])
def test_an_empty_answer_is_refused_and_nothing_is_recorded(bad):
    sesi = SesiTanyaJawab()
    with pytest.raises(EmptyInput):
        sesi.jawab(bad)
    assert sesi.riwayat == [] and sesi.indeks == 0


def test_the_transcript_holds_questions_answers_feedback_and_times(tmp_path):
    sesi = SesiTanyaJawab(jam=Clock())
    sesi.jawab(OFF_TOPIC)
    sesi.jawab(GOOD[P1.teks] + "\nPedagang didampingi petugas.")
    text = sesi.transkrip()
    assert text.startswith("# Transkrip latihan tanya jawab konferensi pers\n")
    assert f"- Skenario: {KONPERS_PASAR.judul} (data sintetis)" in text
    assert "- Dimulai: Kamis, 13 Juni 2024, pukul 10.05" in text
    assert "1 dari 5 pertanyaan selesai dijawab; 1 dari 2 jawaban lolos semua cek." in text
    assert f"## Pertanyaan 1: {P1.penanya} (pukul 10.06)" in text
    assert f"**Pertanyaan:** {P1.teks}" in text
    assert f"> {OFF_TOPIC}" in text and "> Pedagang didampingi petugas." in text  # every answer line quoted
    assert f"### Pertanyaan susulan: {P1.penanya} (pukul 10.07)" in text
    assert "- ❌ Belum lolos: Menjawab pertanyaan: Jawaban keluar dari topik" in text
    assert "**Umpan balik** (6 dari 6 cek lolos):" in text
    path = sesi.simpan(tmp_path)
    assert path == tmp_path / NAMA_BERKAS == tmp_path / "transkrip_tanya_jawab.md"
    saved = path.read_text(encoding="utf-8")
    assert saved.split("- Disimpan:")[0] == text.split("- Disimpan:")[0] and saved.endswith("\n")


def test_the_transcript_goes_beside_the_notebook_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a kernel runs in its notebook's folder
    sesi = SesiTanyaJawab()
    sesi.jawab(GOOD[P1.teks])
    assert sesi.simpan() == tmp_path / NAMA_BERKAS and (tmp_path / NAMA_BERKAS).is_file()


# ---------------------------------------------------------------------------
# The widget shell


def test_it_is_a_widget_with_labelled_controls():
    w = latihan_tanya_jawab()
    assert isinstance(w, widgets.VBox) and isinstance(w, LatihanTanyaJawab)
    assert isinstance(w.masukan, widgets.Textarea) and w.masukan.description == "Jawaban Anda"
    assert w.tombol_jawab.description == "Jawab" and w.tombol_simpan.description == "Simpan transkrip"
    assert w.tombol_jawab.tooltip and w.tombol_simpan.tooltip
    assert "data sintetis" in w.pengantar.value and "Pertanyaan 1 dari 5" in w.pertanyaan.value
    assert all(fact.split(":")[0] in w.pengantar.value for fact in KONPERS_PASAR.fakta)


def test_jawab_shows_feedback_and_the_follow_up(tmp_path):
    w = LatihanTanyaJawab(folder=tmp_path)
    w.masukan.value = OFF_TOPIC
    w.tombol_jawab.click()
    assert w.masukan.value == ""  # ready for the next answer
    assert "2 dari 6 cek lolos" in w.umpan_balik.value and "&#10060;" in w.umpan_balik.value
    assert "wartawan bertanya lagi" in w.umpan_balik.value
    assert "Pertanyaan susulan" in w.pertanyaan.value and "Maaf, itu belum menjawab" in w.pertanyaan.value
    w.masukan.value = GOOD[P1.teks]
    w.tombol_jawab.click()
    assert "6 dari 6 cek lolos" in w.umpan_balik.value and "bertanya lagi" not in w.umpan_balik.value
    assert "Pertanyaan 2 dari 5" in w.pertanyaan.value and "Pertanyaan sulit" in w.pertanyaan.value
    assert SULIT_DIALOG.pesan_kunci in w.pertanyaan.value


def test_an_empty_box_gets_a_friendly_message_not_an_error():
    w = LatihanTanyaJawab()
    w.masukan.value = "  "
    w.tombol_jawab.click()
    assert "Belum diisi" in w.umpan_balik.value and "jawaban" in w.umpan_balik.value
    assert w.sesi.riwayat == []


def test_simpan_writes_the_file_and_says_where(tmp_path):
    w = LatihanTanyaJawab(folder=tmp_path, jam=Clock())
    w.masukan.value = GOOD[P1.teks]
    w.tombol_jawab.click()
    w.tombol_simpan.click()
    path = tmp_path / NAMA_BERKAS
    assert path.is_file() and GOOD[P1.teks] in path.read_text(encoding="utf-8")
    assert "Transkrip disimpan" in w.status.value and str(path) in w.status.value
    assert "pukul 10.0" in w.status.value and "Submit" in w.status.value


def test_a_folder_that_cannot_be_written_gets_a_friendly_message(tmp_path):
    w = LatihanTanyaJawab(folder=tmp_path / "tidak-ada")
    w.tombol_simpan.click()
    assert "belum dapat disimpan" in w.status.value and "role='alert'" in w.status.value


def test_html_in_an_answer_is_escaped():
    w = LatihanTanyaJawab()
    w.masukan.value = "<script>alert(1)</script> Pemindahan pedagang dimulai Kamis, 1 Agustus 2024, di pasar baru."
    w.tombol_jawab.click()
    assert "<script>" not in w.umpan_balik.value and "<script>" not in w.pertanyaan.value


def test_the_end_disables_the_answer_box():
    w = LatihanTanyaJawab()
    for question in KONPERS_PASAR.pertanyaan:
        w.masukan.value = GOOD[question.teks]
        w.tombol_jawab.click()
    assert "Konferensi pers selesai" in w.pertanyaan.value
    assert w.tombol_jawab.disabled and w.masukan.disabled
    assert not w.tombol_simpan.disabled


def test_the_hard_questions_of_the_exercise_are_asked_in_the_practice():
    assert [q for q in KONPERS_PASAR.pertanyaan if q.sulit] == list(PERTANYAAN_SULIT.values())

"""The explainable clickbait checker: hand-written headlines, named reasons, the weights file, CLICK-ID.

CLICK-ID (William & Sari 2020, Data in Brief 32, 106231, doi:10.1016/j.dib.2020.106231, CC BY 4.0) is
read in place from ../shared/data/clickid/dev.csv; the tests that need it skip where it is absent.
"""

from __future__ import annotations

import json

import pytest

from course.engines import clickbait as headlines
from course.engines.clickbait import periksa, skor
from course.engines.headline_features import FITUR, NAMA_FITUR, fitur
from course.errors import EmptyInput, InputError
from tools import clickid

from .conftest import ROOT

CLICKBAIT = [
    # (headline, a feature that must be among the reasons)
    ("Ini Syarat Beasiswa Pemkab Sukamaju yang Wajib Kamu Tahu!", "rujukan_maju_awal"),
    ("Begini Cara Bupati Sukamaju Atasi Banjir, Ternyata Mudah", "rujukan_maju_awal"),
    ("Warga Sukamaju Wajib Tahu! Ini Jadwal Baru Layanan KTP Keliling", "tanda_seru"),
    ("Heboh! Jembatan Baru di Desa Sukadana Bikin Warga Melongo", "tanda_seru"),
    ("Kenapa Jalan di Sukamaju Tak Kunjung Diperbaiki?", "tanda_tanya"),
    ("5 Fakta Pasar Murah Pemkab Sukamaju, Nomor 3 Bikin Kaget", "angka_daftar"),
    ("Yuk, Simak Jadwal Pekan Imunisasi di Puskesmas Sukamaju", "ajakan"),
    ("Bupati Resmikan Aplikasi Pengaduan, Warganet Auto Terharu", "reaksi_warganet"),
    ("Kepala Desa Ini Malah Dipenjara Setelah Kembangkan Benih Unggul", "rujukan_maju"),
    ("Pasar Lama Sukamaju Terbakar, Penyebabnya Bikin Warga Geleng Kepala...", "elipsis"),
    ("VIRAL! Petugas Damkar Sukamaju Selamatkan Kucing dari Sumur", "huruf_kapital"),
    ("Wow, Festival Durian Sukamaju Paling Meriah Sepanjang Masa", "kata_seru"),
    ("Intip Megahnya Pendopo Baru Bupati Sukamaju, Bikin Pangling", "ajakan"),
    ("Sampah di Pasar Sukamaju Hilang dalam Semalam, Kok Bisa?", "tanda_tanya"),
]

NORMAL = [
    "Pemkab Sukamaju Salurkan 2 Ton Beras untuk 300 Keluarga Korban Banjir",
    "Pemkab Sukamaju Buka Pendaftaran Beasiswa untuk 200 Mahasiswa",
    "BPBD Sukamaju Imbau Warga Bantaran Sungai Waspadai Banjir hingga Jumat",
    "Dinas Kesehatan Targetkan 5.000 Balita Ikut Pekan Imunisasi",
    "Diskominfo Sukamaju Latih 50 Admin Media Sosial Desa",
    "KPU Sukamaju Tetapkan 312 TPS untuk Pilkada 2024",
    "Pemkab Sukamaju Gelar Pasar Murah di 12 Kecamatan Mulai Senin",
    "Bupati Sukamaju Resmikan Jembatan Gantung di Desa Sukadana",
    "Disdukcapil Sukamaju Buka Layanan KTP Keliling Setiap Sabtu",
    "Pemkab Sukamaju Bangun Ulang Pasar Lama Senilai Rp12 Miliar",
]


@pytest.mark.parametrize("title, feature", CLICKBAIT)
def test_clickbait_headlines_are_flagged_with_a_named_reason(title, feature):
    report = periksa(title)
    assert report.clickbait and report.vonis == "clickbait"
    assert report.skor >= headlines.AMBANG
    assert feature in [a.fitur for a in report.alasan], [a.fitur for a in report.alasan]
    for reason in report.alasan:
        assert reason.teks and reason.saran and reason.kontribusi > 0


@pytest.mark.parametrize("title", NORMAL)
def test_normal_government_headlines_pass_without_reasons(title):
    report = periksa(title)
    assert not report.clickbait and report.vonis == "normal"
    assert report.skor < 0.3
    assert report.alasan == ()
    assert any(a.fitur == "aktor_jelas" for a in report.penguat) or "Pasar Murah Digelar" in title


def test_a_reason_quotes_the_words_it_found():
    report = periksa("Ini Syarat Beasiswa Pemkab Sukamaju yang Wajib Kamu Tahu!")
    by_name = {a.fitur: a for a in report.alasan}
    assert by_name["rujukan_maju_awal"].bukti == ("Ini",)
    assert '"Ini"' in by_name["rujukan_maju_awal"].teks
    assert '"Kamu"' in by_name["sapaan_pembaca"].teks
    assert by_name["tanda_seru"].saran.startswith("Hapus tanda seru")


def test_reasons_are_ordered_strongest_first():
    report = periksa("Heboh! Jembatan Baru di Desa Sukadana Bikin Warga Melongo")
    contributions = [a.kontribusi for a in report.alasan]
    assert contributions == sorted(contributions, reverse=True)


@pytest.mark.parametrize(
    "title, feature",
    [
        ("Cara Daftar Beasiswa Pemkab Sukamaju 2024", "pemancing_penasaran"),
        ("Simak Jadwal Lengkap Pekan Imunisasi di Puskesmas Sukamaju", "ajakan"),
    ],
)
def test_a_marker_is_reported_even_when_the_score_stays_below_the_threshold(title, feature):
    report = periksa(title)
    assert not report.clickbait
    assert [a.fitur for a in report.alasan] == [feature]
    assert "Penanda clickbait yang ditemukan:" in report.teks()


def test_temporal_ini_is_not_a_forward_reference():
    assert fitur("Pemkab Sukamaju Gelar Rapat Banjir Hari Ini")["rujukan_maju"] == 0
    assert fitur("Kepala Desa Ini Malah Dipenjara")["rujukan_maju"] == 1


def test_banjir_is_a_disaster_unless_it_is_a_flood_of_praise():
    assert fitur("Banjir Rendam 300 Rumah di Sukadana")["reaksi_warganet"] == 0
    assert fitur("Banjir Rendam 300 Rumah di Sukadana")["topik_berita_keras"] == 1
    assert fitur("Penampilan Penari Sukamaju Banjir Pujian")["reaksi_warganet"] >= 1


def test_a_listicle_needs_a_list_noun_after_the_number():
    assert fitur("5 Fakta Pasar Murah Sukamaju")["angka_daftar"] == 1
    assert fitur("Tujuh Cara Hemat Air di Musim Kemarau")["angka_daftar"] == 1
    assert fitur("300 Warga Terima Bantuan Beras")["angka_daftar"] == 0
    assert fitur("Perda Nomor 3 Tahun 2024 Disahkan DPRD")["angka_daftar"] == 0


def test_score_is_a_probability_and_the_verdict_follows_the_threshold():
    for title in [t for t, _ in CLICKBAIT] + NORMAL:
        value = skor(title)
        assert 0.0 <= value <= 1.0
        assert (value >= headlines.AMBANG) == periksa(title).clickbait


def test_the_report_has_language_findings_and_length_advice():
    report = periksa("Pemkab Sukamaju Menghimbau Warga Didesa Sukadana Waspada Banjir.")
    assert [t.aturan for t in report.bahasa] == ["kata-baku", "kata-depan", "tanda-titik"]
    assert report.judul_perbaikan_eyd == "Pemkab Sukamaju Mengimbau Warga di Desa Sukadana Waspada Banjir"
    assert report.jumlah_karakter == len("Pemkab Sukamaju Menghimbau Warga Didesa Sukadana Waspada Banjir.")
    assert "karakter" in report.panjang


@pytest.mark.parametrize(
    "title, phrase",
    [
        ("Bupati Lantik Camat", "terlalu pendek"),
        ("Pemkab Sukamaju Buka Pendaftaran Beasiswa", "pas"),
        ("Pemkab Sukamaju Salurkan 2 Ton Beras untuk 300 Keluarga Korban Banjir", "bisa terpotong"),
        (
            "Pemkab Sukamaju Salurkan 2 Ton Beras dan 500 Paket Sembako untuk 300 Keluarga Korban Banjir di Sukadana",
            "terlalu panjang",
        ),
    ],
)
def test_length_advice(title, phrase):
    assert phrase in periksa(title).panjang


def test_report_text_is_indonesian_with_a_decimal_comma():
    text = periksa("Ini Syarat Beasiswa Pemkab Sukamaju yang Wajib Kamu Tahu!").teks()
    assert "Vonis   : CLICKBAIT (skor 1,00 dari 1)" in text or "Vonis   : CLICKBAIT (skor 0,99 dari 1)" in text
    assert "Mengapa terbaca sebagai clickbait:" in text and "Saran:" in text


@pytest.mark.parametrize(
    "bad, error", [(None, EmptyInput), ("", EmptyInput), ("   ", EmptyInput), (42, InputError), (["judul"], InputError)]
)
def test_bad_input_gives_a_friendly_error(bad, error):
    with pytest.raises(error) as info:
        periksa(bad)
    assert "judul" in info.value.friendly()


def test_weights_file_names_every_feature_and_cites_the_dataset():
    model = json.loads((ROOT / "course" / "data" / "judul_bobot.json").read_text(encoding="utf-8"))
    assert set(model["bobot"]) == set(NAMA_FITUR)
    assert model["intersep"] < 0  # so a clickbait verdict always needs a positive reason
    assert "doi:10.1016/j.dib.2020.106231" in model["dataset"]
    for name in ("stratified_5_fold", "leave_one_publisher_out"):
        assert 0.5 < model["validasi_silang"][name]["accuracy"] < 1
    kinds = {f.nama: f.jenis for f in FITUR}
    for name, weight in model["bobot"].items():
        if kinds[name] == "penyeimbang":
            assert weight < 0, name
        if kinds[name] == "penanda":
            assert weight > 0, name


def test_every_feature_has_an_indonesian_reason():
    for f in FITUR:
        assert f.jenis in ("penanda", "penyeimbang", "gaya")
        assert f.alasan and (f.saran or f.jenis == "penyeimbang")


# ---------------------------------------------------------------------------
# CLICK-ID (read in place; skipped where absent)


@pytest.fixture(scope="module")
def dev():
    try:
        data = clickid.load_dev()
    except clickid.DatasetMissing as exc:
        pytest.skip(str(exc))
    return data, clickid.matrix(data.titles)


def test_load_dev_says_clearly_when_the_dataset_is_absent(tmp_path):
    with pytest.raises(clickid.DatasetMissing) as info:
        clickid.load_dev(tmp_path / "dev.csv")
    assert "not found" in str(info.value) and "skipping" in str(info.value)


def test_shipped_weights_beat_the_baselines_on_the_dev_split(dev):
    data, X = dev
    result = clickid.evaluate(data, X)
    assert result["overall"]["n"] == len(data.titles) == 8976
    assert result["overall"]["accuracy"] > 0.76  # always-"not clickbait" 0.58, SVM on word counts 0.76
    assert set(result["per_publisher"]) >= {"detikNews", "Wowkeren", "Kompas", "Tribunnews"}


def test_cross_validated_figures_keep_the_course_targets(dev):
    """Issue 11 keeps the checker at accuracy >= 0.79 and precision >= 0.83 (stratified 5-fold, dev split)."""
    data, X = dev
    overall = clickid.stratified_cv(data, X)["overall"]
    assert overall["accuracy"] >= 0.79 and overall["precision"] >= 0.83, overall
    recorded = json.loads((ROOT / "course" / "data" / "judul_bobot.json").read_text(encoding="utf-8"))
    assert abs(recorded["validasi_silang"]["stratified_5_fold"]["accuracy"] - overall["accuracy"]) < 0.005


def test_grouped_cross_validation_is_honest_and_close_to_the_fit(dev):
    data, X = dev
    fitted = clickid.evaluate(data, X)["overall"]["accuracy"]
    lopo = clickid.grouped_cv(data, X)["overall"]["accuracy"]
    assert 0.70 < lopo <= fitted + 0.01


def test_fit_recovers_a_known_logistic_rule():
    import numpy as np

    rng = np.random.default_rng(0)
    X = rng.integers(0, 2, size=(4000, 2)).astype(float)
    p = 1 / (1 + np.exp(-(-1.0 + 2.5 * X[:, 0] - 1.5 * X[:, 1])))
    y = (rng.random(4000) < p).astype(float)
    intercept, weights = clickid.fit(X, y, l2=0.0)
    assert abs(intercept + 1.0) < 0.25 and abs(weights[0] - 2.5) < 0.3 and abs(weights[1] + 1.5) < 0.3


def test_metrics_on_a_small_example():
    import numpy as np

    m = clickid.metrics(np.array([1, 1, 0, 0.0]), np.array([1, 0, 1, 0.0]))
    assert m == {"n": 4, "clickbait_rate": 0.5, "accuracy": 0.5, "precision": 0.5, "recall": 0.5, "f1": 0.5}


# ---------------------------------------------------------------------------
# The pattern examples of brief 4.3-4.4 (written for the brief, not CLICK-ID rows)


@pytest.mark.parametrize(
    "title, features",
    [
        ("Heboh! Warga Sukamaju Temukan Ular di Kantor Desa", {"tanda_seru", "kata_seru"}),
        ("Mengapa Harga Cabai Naik? Ini Alasannya", {"tanda_tanya", "kata_tanya", "rujukan_maju"}),
        ("Astagfirullah! Bikin KAGET! Jembatan Desa Ambruk", {"tanda_seru", "kata_seru", "huruf_kapital", "emosi"}),
        ("Pasar Murah Sukamaju, 5 Fakta yang Perlu Diketahui", {"pemancing_penasaran"}),
        ("Tujuh Kebiasaan Pegawai, No. 5 Bisa Bikin Tobat!", {"angka_daftar", "tanda_seru"}),
    ],
)
def test_brief_pattern_examples_are_clickbait_for_the_right_reasons(title, features):
    report = periksa(title)
    assert report.clickbait
    assert features <= {a.fitur for a in report.alasan}


def test_brief_counter_marker_example_is_a_normal_headline():
    report = periksa("Pemkab X Salurkan Rp1,2 Miliar Bantuan untuk 300 Petani Terdampak Banjir")
    assert not report.clickbait and report.alasan == ()
    assert {"aktor_jelas", "angka_konkret", "kata_kerja_berita"} <= {a.fitur for a in report.penguat}
    assert report.bahasa == ()

"""The live headline checker of session 03, driven through its parts (no browser)."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from course.engines import clickbait as headlines
from course.widgets.headline_checker import PemeriksaJudul, pemeriksa_judul

pytestmark = pytest.mark.filterwarnings("error")


def test_it_is_a_widget_with_reachable_parts():
    w = pemeriksa_judul()
    assert isinstance(w, widgets.VBox) and isinstance(w, PemeriksaJudul)
    assert isinstance(w.masukan, widgets.Text) and w.masukan.continuous_update
    for part in (w.vonis, w.alasan, w.ejaan, w.panjang):
        assert isinstance(part, widgets.HTML)
    assert w.masukan in w.children and w.tombol_perbaiki in w.children


def test_empty_box_invites_typing():
    w = pemeriksa_judul()
    assert w.laporan is None
    assert "Belum ada judul" in w.vonis.value
    assert w.alasan.value == w.ejaan.value == w.panjang.value == ""
    assert w.tombol_perbaiki.disabled


def test_typing_a_clickbait_headline_shows_verdict_reasons_and_fixes():
    w = pemeriksa_judul()
    w.masukan.value = "Heboh! Jembatan Baru di Desa Sukadana Bikin Warga Melongo"
    assert w.laporan is not None and w.laporan.clickbait
    assert "CLICKBAIT" in w.vonis.value and "skor" in w.vonis.value
    assert "Mengapa terbaca sebagai clickbait" in w.alasan.value
    assert "Memakai tanda seru" in w.alasan.value and "Perbaikan:" in w.alasan.value
    assert "tidak ada temuan" in w.ejaan.value
    assert "karakter" in w.panjang.value


def test_every_keystroke_updates_the_verdict():
    w = pemeriksa_judul()
    verdicts = []
    for text in (
        "Pemkab",
        "Pemkab Sukamaju Salurkan 2 Ton Beras",
        "Pemkab Sukamaju Salurkan 2 Ton Beras!!",
        "Pemkab Sukamaju Salurkan 2 Ton Beras",
    ):
        w.masukan.value = text
        verdicts.append(w.laporan.vonis)
        assert w.laporan.judul == text
    assert verdicts == ["normal", "normal", "clickbait", "normal"]
    assert "Judul normal" in w.vonis.value
    assert "Yang sudah baik" in w.alasan.value


def test_spelling_findings_and_the_fix_button():
    w = PemeriksaJudul("Pemkab Sukamaju Menghimbau Warga Didesa Sukadana.")
    assert "Menghimbau" in w.ejaan.value and "Usulan" in w.ejaan.value
    assert not w.tombol_perbaiki.disabled
    w.tombol_perbaiki.click()
    assert w.masukan.value == "Pemkab Sukamaju Mengimbau Warga di Desa Sukadana"
    assert w.laporan.bahasa == ()
    assert w.tombol_perbaiki.disabled and "tidak ada temuan" in w.ejaan.value


def test_html_in_a_headline_is_escaped():
    w = pemeriksa_judul("<script>x</script> Pemkab Menghimbau Warga")
    shown = w.alasan.value + w.vonis.value + w.ejaan.value + w.panjang.value
    assert "<script>" not in shown
    assert "&lt;Script&gt;x&lt;/Script&gt; Pemkab Mengimbau Warga" in w.ejaan.value


def test_clearing_the_box_resets_it():
    w = pemeriksa_judul("Kenapa Jalan Rusak?")
    w.masukan.value = "   "
    assert w.laporan is None and "Belum ada judul" in w.vonis.value


def test_the_widget_agrees_with_the_checker():
    title = "Simak Jadwal Lengkap Pekan Imunisasi di Puskesmas Sukamaju"
    w = pemeriksa_judul(title)
    assert w.laporan == headlines.periksa(title)
    assert "Penanda clickbait yang masih ada" in w.alasan.value

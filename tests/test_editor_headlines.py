"""Editor cases: headlines an experienced Indonesian news editor would publish, and headlines they would send
back, each with the editor's reason. The headline checks of session 03 (the rewrites and the release headline)
and the release-headline verdict of sessions 05 and 07 must agree with the editor on every case.

The fact sheets and releases are the course's fictional ones (Kabupaten Sukamaju does not exist). An editor
reads a headline written from a fact sheet for three things: it carries the core of the news and enough key
facts to be concrete (the institution is one way to be concrete, not a requirement), it withholds or inflates
nothing, and it is written as a news headline (length, capitals, spelling).
"""

from __future__ import annotations

import pytest

from course.checks import lookup
from course.sessions.s05_siaran_pers import WAJIB_JUDUL
from course.sessions.s07_proyek_akhir import PROGRAM
from course.sessions.shared import release_headline_verdict

from .conftest import ROOT

RELEASE_05 = (ROOT / "tests" / "data" / "siaran_pers" / "baik.txt").read_text(encoding="utf-8")
TITLE_05 = "Dinkes Sukamaju Buka Imunisasi Kejar Gratis untuk 4.200 Balita"

# A short release for the flood programme of session 07, in its own words (the participant writes it there).
RELEASE_07 = """SIARAN PERS
UNTUK DISIARKAN SEGERA

{judul}

SUKAMAJU – Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju melatih warga 28 desa di bantaran Sungai
Sukamaju mengevakuasi diri saat banjir, mulai Senin, 4 November 2024. Setiap desa juga mendapat grup WhatsApp
peringatan dini.

"Warga yang sudah berlatih tahu ke mana harus pergi," kata Kepala BPBD Kabupaten Sukamaju.

###

Narahubung: Humas BPBD Sukamaju, 0812-0000-0000
"""

PUBLISH = [
    # (exercise, headline, why an editor publishes it)
    (
        "tulis_ulang_1",
        "Pemkab Sukamaju Salurkan 2 Ton Beras bagi 300 Keluarga Korban Banjir",
        "the classic form: who, what was given, how much, to whom",
    ),
    (
        "tulis_ulang_1",
        "300 Keluarga Korban Banjir di Sukadana Terima 2 Ton Beras",
        "reader-first: starts from the families who receive the aid; no institution needed",
    ),
    (
        "tulis_ulang_1",
        "Pemkab Sukamaju Bantu 300 Keluarga Korban Banjir di Sukadana",
        "active verb for the aid, the recipients with their number, the place",
    ),
    (
        "tulis_ulang_2",
        "Disdukcapil Sukamaju Buka Layanan KTP Keliling Setiap Sabtu",
        "who, which service, when: a service announcement a reader can act on",
    ),
    (
        "tulis_ulang_2",
        "Perekaman KTP Elektronik Keliling Hadir di 8 Desa Sukadana",
        "the service and where it goes; the agency can wait for the lead",
    ),
    (
        "tulis_ulang_2",
        "Warga Sukadana Bisa Rekam KTP Elektronik di Desa Setiap Sabtu",
        "written from the citizen's side: what they can now do, where and when",
    ),
    (
        "tulis_ulang_3",
        "Pemkab Sukamaju Bangun Ulang Pasar Lama Senilai Rp12 Miliar",
        "the decision and its cost, with the rupiah written as EYD V writes it",
    ),
    (
        "tulis_ulang_3",
        "350 Kios Pasar Lama Sukamaju Dibangun Ulang Mulai Juli",
        "starts from the traders' stalls; the rebuild and when it begins",
    ),
    (
        "judul_rilis",
        "Warga Sukadana Kini Bisa Urus 25 Layanan di Mal Pelayanan Publik",
        "reader-first headline built from the release: place, number, the new public-service mall",
    ),
    (
        "judul_rilis",
        "Pemkab Sukamaju Resmikan Mal Pelayanan Publik di Sukadana",
        "the institution's form of the same news, still concrete: what opened and where",
    ),
    (
        "judul_rilis",
        "Urus KTP hingga Izin Usaha Kini Cukup di Mal Pelayanan Publik Sukadana",
        "leads with what citizens no longer have to travel for",
    ),
    (
        "rilis_05",
        "Imunisasi Kejar Gratis untuk 4.200 Balita di 25 Puskesmas Sukamaju",
        "session 05 release: the programme, how many children, where; the health office can wait for the lead",
    ),
    (
        "rilis_05",
        "Dinkes Sukamaju Buka Imunisasi Kejar Gratis untuk 4.200 Balita",
        "session 05 model headline: who, what, for how many",
    ),
    (
        "proyek_banjir",
        "Warga 28 Desa Bantaran Sungai Sukamaju Berlatih Evakuasi Banjir",
        "session 07 release: the citizens who train, how many villages, what for",
    ),
]

SEND_BACK = [
    # (exercise, headline, the rule that sends it back, why an editor sends it back)
    (
        "tulis_ulang_1",
        "Heboh! Bantuan Pemkab Sukamaju untuk Korban Banjir Bikin Warga Terharu",
        "salinan",
        "the original bait, unchanged",
    ),
    (
        "tulis_ulang_1",
        "Pemkab Sukamaju Peduli Korban Banjir",
        "fakta",
        "'peduli' is an attitude, not news: what was given is missing",
    ),
    (
        "tulis_ulang_1",
        "Ini Bantuan Pemkab Sukamaju untuk 300 Keluarga Korban Banjir",
        "clickbait",
        "'Ini' points at the aid instead of naming it (forward reference)",
    ),
    (
        "tulis_ulang_2",
        "Layanan KTP Keliling Kini Hadir untuk Warga",
        "fakta",
        "no place, no day, no agency: a reader cannot act on it",
    ),
    (
        "tulis_ulang_2",
        "Mau Rekam KTP Elektronik? Disdukcapil Sukamaju Datangi 8 Desa",
        "clickbait",
        "a question to the reader where a statement belongs",
    ),
    (
        "tulis_ulang_2",
        "Disdukcapil Sukamaju Buka Layanan KTP Keliling Di 8 Desa",
        "ejaan",
        "'Di' is a preposition inside a title and takes a small letter (EYD V, Huruf Kapital 21)",
    ),
    (
        "tulis_ulang_3",
        "Bupati Sukamaju Tinjau Lokasi Kebakaran Pasar Lama",
        "fakta",
        "a different story: the fact sheet's news is the rebuild, which is not there",
    ),
    (
        "tulis_ulang_3",
        "Pasar Lama Sukamaju Akan Dibangun Ulang, Pedagang Senang Banget",
        "clickbait",
        "informal and emotional tail ('Senang Banget') instead of a fact",
    ),
    (
        "judul_rilis",
        "Mal Pelayanan Publik Kini Hadir",
        "fakta",
        "only the subject: where, for whom, how many services?",
    ),
    (
        "judul_rilis",
        "Pemkab Sukamaju Resmikan Mal Pelayanan Publik di Kecamatan Sukadana pada Senin untuk 25 Layanan",
        "panjang",
        "too long for a headline: it will be cut off, one idea is enough",
    ),
    (
        "judul_rilis",
        "PEMKAB SUKAMAJU RESMIKAN MAL PELAYANAN PUBLIK DI SUKADANA",
        "ejaan",
        "all capitals shouts; a title capitalises the first letter of each word only",
    ),
    (
        "rilis_05",
        "Heboh! Ini Imunisasi Gratis yang Wajib Kamu Tahu",
        "clickbait",
        "exclamation, forward reference and 'Wajib Kamu Tahu' aimed at the reader",
    ),
    (
        "rilis_05",
        "Dinkes Sukamaju Gelar Rapat Koordinasi di 25 Puskesmas",
        "fakta",
        "the release is about immunisation; a meeting is not the news",
    ),
    (
        "proyek_banjir",
        "Simulasi Evakuasi Banjir Digelar",
        "fakta",
        "four words and one fact: who trains, where, how many villages?",
    ),
]


def verdict(exercise: str, headline: str):
    """The verdict of the check that grades ``headline`` in ``exercise``."""
    if exercise == "rilis_05":
        return release_headline_verdict(RELEASE_05.replace(TITLE_05, headline), WAJIB_JUDUL)
    if exercise == "proyek_banjir":
        return release_headline_verdict(RELEASE_07.format(judul=headline), PROGRAM["banjir"]["wajib_judul"])
    return lookup(exercise).judge(headline)


def test_there_are_enough_cases_across_the_exercises():
    assert len(PUBLISH) >= 10 and len(SEND_BACK) >= 10
    exercises = {"tulis_ulang_1", "tulis_ulang_2", "tulis_ulang_3", "judul_rilis", "rilis_05", "proyek_banjir"}
    assert {case[0] for case in PUBLISH} == exercises == {case[0] for case in SEND_BACK}
    assert all(case[-1] for case in PUBLISH + SEND_BACK)  # every case carries its reason


def test_the_session_05_release_still_carries_its_model_headline():
    assert TITLE_05 in RELEASE_05


@pytest.mark.parametrize("exercise, headline, reason", PUBLISH, ids=[c[1][:40] for c in PUBLISH])
def test_a_headline_an_editor_would_publish_passes(exercise, headline, reason):
    result = verdict(exercise, headline)
    assert result.correct, f"{headline!r} ({reason}) was refused: {result.message}"


@pytest.mark.parametrize("exercise, headline, rule, reason", SEND_BACK, ids=[c[1][:40] for c in SEND_BACK])
def test_a_headline_an_editor_would_send_back_fails_on_the_editors_reason(exercise, headline, rule, reason):
    from course.engines.headline_rules import ATURAN_JUDUL

    result = verdict(exercise, headline)
    assert not result.correct, f"{headline!r} ({reason}) passed"
    number, name = next((n, r.nama) for n, r in enumerate(ATURAN_JUDUL, start=1) if r.kode == rule)
    assert f"aturan {number} ({name})" in result.message, result.message
    assert result.hint  # what to do about it


def test_a_release_headline_keeps_a_name_the_story_introduces():
    """A person named Ramadhan is written as he writes it; the month is still "Ramadan" (KBBI)."""
    story = RELEASE_05.replace("dr. Rina Wulandari", "dr. Ahmad Ramadhan").replace("ujar Rina", "ujar Ramadhan")
    headline = "Ahmad Ramadhan Ajak Orang Tua Bawa 4.200 Balita Ikut Imunisasi Kejar"
    assert "Ramadhan" in story
    named = release_headline_verdict(story.replace(TITLE_05, headline), WAJIB_JUDUL)
    assert named.correct, named.message
    month = release_headline_verdict(
        RELEASE_05.replace(TITLE_05, "Dinkes Sukamaju Buka Imunisasi Kejar Gratis Selama Bulan Ramadhan"), WAJIB_JUDUL
    )
    assert not month.correct and "Ramadan" in month.hint, month

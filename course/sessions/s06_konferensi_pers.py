"""Session 06 (Merencanakan Konferensi Pers): the exercise data, the checks, and the helpers participants call.

Three exercises, each graded here; the checkers themselves are the pure engines
``course.engines.press_conference`` (rundown) and ``course.engines.media_advisory`` (tested in
``tests/test_konpers.py``). Every answer is filled in: a dict of decisions, a call of
``susun_rundown`` with a dict of items and minutes, a text.

* **Konpers or release.** ``SKENARIO`` holds five situations; for each the participant
  decides ``"konpers"`` or ``"siaran pers"`` and gives a reason code of ``ALASAN``
  (check ``konpers_atau_rilis``; keys stored as salted hashes, with every defensible answer
  accepted). Source: Baskin (2010: 217) via a 123dok thesis chapter: hold one only when the
  news is very important or needs interaction to explain a complex or controversial topic; the
  U.S. Department of State's press-office guide: first decide whether a release and a fact
  sheet would do.
* **Rundown.** ``susun_rundown(acara, mulai=...)`` builds the rundown table and
  ``periksa_rundown(rundown, mulai, selesai, tanya_jawab_menit)`` checks it (consistent times,
  starts at the given time, ends on time, a real question session, the order every press
  conference shares). Check ``rundown_konpers`` applies ``SYARAT_RUNDOWN``.
* **Media advisory (undangan liputan).** ``cetak_undangan(teks)`` prints the advisory
  checker's report (each element, the EYD form of the date and the time; Simon Fraser
  University's communicators' toolkit and UNUGHA's coverage rules). Checks ``undangan_unsur``
  and ``undangan_waktu`` grade the exercise's advisory against ``FAKTA_KONPERS``.
* **Answers to hard questions** (optional). ``lihat_pertanyaan_sulit()`` prints the three hard
  questions of the market-relocation press conference with their key messages and the fact sheet
  (``course.engines.press_scenarios``, data sintetis); ``cetak_jawaban(pertanyaan, jawaban, ...)``
  prints the answer checker's report (``course.engines.press_answers``: a concrete fact, bridging to
  the key message, no "no comment", relevant, 10–90 words, EYD V). Check ``jawaban_sulit`` passes when
  every check passes for all three prepared answers. The Q&A practice widget
  (``course.widgets.press_qa``) asks the same questions.

The scenarios, the fact sheet and the people are fictional ("contoh rekaan": there is no
Kabupaten Sukamaju).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from course.answer_keys import DecisionKeys, decision_pair, judge_decisions, numbered
from course.checks import Verdict, group_check, register
from course.engines.media_advisory import UNSUR_UNDANGAN, periksa_undangan
from course.engines.press_answers import CEK_JAWABAN, LaporanJawaban, periksa_jawaban
from course.engines.press_conference import (
    SYARAT_RUNDOWN,
    Hasil,
    LaporanKonpers,
    jenis_acara,
    ke_jam,
    ke_menit,
    periksa_rundown,
    susun_rundown,
)
from course.engines.press_scenarios import FAKTA_RELOKASI, PERTANYAAN_SULIT, periksa_sulit
from course.errors import EmptyInput, InputError, expect_dict, expect_text

__all__ = [
    "ALASAN",
    "CEK_JAWABAN",
    "FAKTA_RELOKASI",
    "PERTANYAAN_SULIT",
    "FAKTA_CEK_UNDANGAN",
    "FAKTA_KONPERS",
    "KEPUTUSAN",
    "MATA_ACARA",
    "SKENARIO",
    "SYARAT_RUNDOWN",
    "Hasil",
    "LaporanKonpers",
    "cetak_jawaban",
    "cetak_jawaban_sulit",
    "cetak_undangan",
    "fakta_konpers",
    "jenis_acara",
    "ke_jam",
    "ke_menit",
    "lihat_fakta",
    "lihat_mata_acara",
    "lihat_pertanyaan_sulit",
    "lihat_skenario",
    "periksa_jawaban",
    "periksa_rundown",
    "periksa_undangan",
    "susun_rundown",
]

_GARAM = "bimtek-06"


# ---------------------------------------------------------------------------
# (a) Konpers or release

KEPUTUSAN = ("konpers", "siaran pers")
_SINONIM_KEPUTUSAN = {
    "konpers": "konpers",
    "konferensi pers": "konpers",
    "jumpa pers": "konpers",
    "siaran pers": "siaran pers",
    "siaran_pers": "siaran pers",
    "rilis": "siaran pers",
    "rilis pers": "siaran pers",
}
ALASAN = {
    "K1": "berita sangat penting bagi banyak warga dan harus sampai ke semua media sekaligus",
    "K2": "topik rumit atau kontroversial yang perlu dijelaskan lewat tanya jawab dua arah",
    "S1": "tidak ada berita keras (informasi rutin atau seremoni); siaran pers sudah cukup",
    "S2": "belum ada narasumber pimpinan atau data yang siap; konpers belum layak, cukup siaran pers",
}
SKENARIO = {
    1: "Banjir merendam empat kecamatan. Bupati menetapkan status tanggap darurat, dan semua media perlu menerima "
    "informasi resmi yang sama pada saat yang sama: lokasi posko, jumlah pengungsi, dan nomor darurat.",
    2: "Rencana relokasi Pasar Induk Sukamaju ditolak sebagian pedagang dan beredar kabar simpang siur tentang "
    "biaya sewa kios baru. Bupati dan Kepala Disperindag siap menjelaskan, dan data biayanya sudah lengkap.",
    3: "Dinas Perpustakaan mengubah jadwal layanan perpustakaan keliling mulai bulan depan.",
    4: "Seorang kepala dinas ingin menggelar konferensi pers tentang aplikasi layanan baru, tetapi aplikasinya belum "
    "selesai diuji, belum ada data pengguna, dan Bupati sedang bertugas di luar kota.",
    5: "Pemkab menggelar upacara hari jadi kabupaten dengan sambutan Bupati; tidak ada kebijakan atau pengumuman baru.",
}
_KUNCI_SKENARIO = {
    1: "42e54ed21d4ce338",
    2: "a2297e35292a23c1",
    3: "1e76433ed5291662",
    4: "1801e8fe785067a2",
    5: "8ff56465f6df9952",
}
# Further defensible answers, accepted as well: scenario 2 (relocating the main market concerns many
# residents, K1) beside its key (controversy that needs questions, K2).
_JUGA_DITERIMA = {2: ("6f02e205e08236df",)}


_DECISIONS = DecisionKeys(
    _GARAM, "skenario", _KUNCI_SKENARIO, tuple(ALASAN), "skenario", "kelima skenario", _JUGA_DITERIMA
)


def _keputusan(value: Any, n: int) -> tuple[str, str]:
    raw_decision, raw_reason = decision_pair(value, n, "skenario", '["siaran pers", "S1"]')
    decision = _SINONIM_KEPUTUSAN.get(" ".join(raw_decision.strip().lower().split()))
    if decision is None:
        raise InputError(
            f'keputusan "{raw_decision}" untuk skenario {n} tidak dikenal.', 'Pilih "konpers" atau "siaran pers".'
        )
    reason = raw_reason.strip().upper()
    if reason not in ALASAN:
        raise InputError(
            f'kode alasan "{raw_reason}" untuk skenario {n} tidak dikenal.',
            "Pilih salah satu kode: " + ", ".join(ALASAN) + ".",
        )
    return decision, reason


def lihat_skenario() -> None:
    """Print the five scenarios and the reason codes of Latihan 1."""
    for nomor, skenario in SKENARIO.items():
        print(f"{nomor}. {skenario}\n")
    print("Kode alasan:")
    for kode, alasan in ALASAN.items():
        print(f"  {kode}: {alasan}")


@register(
    "konpers_atau_rilis",
    where="bagian 1 (Baskin: beritanya sangat penting, atau perlu tanya jawab untuk topik rumit atau kontroversial) "
    "dan arti keempat kode yang dicetak lihat_skenario()",
    example='"Dinas mengganti nomor telepon layanan pengaduan": informasi rutin tanpa berita keras, jadi '
    '["siaran pers", kode untuk informasi rutin]; "wabah diare di tiga desa, warga bertanya-tanya": penting bagi '
    "banyak warga, jadi konpers.",
)
def _check_decisions(jawaban) -> Verdict:
    answers = expect_dict(jawaban, "keputusan", '{1: ["konpers", "K1"], 2: [...], ...}')
    keys = numbered(answers, SKENARIO, "skenario")
    parsed = {n: _keputusan(v, n) for n, v in keys.items()}
    missing = _DECISIONS.missing_verdict(parsed)
    if missing:
        return missing
    return judge_decisions(
        parsed,
        _DECISIONS,
        "Tanyakan untuk setiap skenario: apakah beritanya sangat penting atau perlu tanya jawab? "
        "Adakah narasumber pimpinan dan datanya? Bila tidak, siaran pers sudah cukup.",
    )


# ---------------------------------------------------------------------------
# (b) Rundown

# The exercise (a fictional press conference of Pemkab Sukamaju).
MATA_ACARA = [
    "Tanya jawab (dipandu moderator)",
    "Pernyataan Bupati Sukamaju",
    "Sesi foto, doorstop, dan pembagian press kit",
    "Registrasi wartawan",
    "Penutupan oleh moderator",
    "Penjelasan Kepala Disperindag (narasumber pendukung)",
    "Pembukaan oleh moderator",
]


def lihat_mata_acara() -> None:
    """Print the shuffled items of Latihan 2 and its constraints."""
    print("Mata acara (urutannya masih teracak):")
    for acara in MATA_ACARA:
        print(f"  - {acara}")
    print(
        f"\nSyarat: mulai pukul {SYARAT_RUNDOWN['mulai']}, selesai paling lambat pukul {SYARAT_RUNDOWN['selesai']}, "
        f"tanya jawab paling sedikit {SYARAT_RUNDOWN['tanya_jawab_menit']} menit."
    )


@register(
    "rundown_konpers",
    where='contoh konpers Dinas Kesehatan di atas Latihan 2 dan daftar "Apa yang diperiksa dan apa yang bebas" '
    "di bagian 4",
    example='konpers pukul 10.00–11.00: susun_rundown({"Registrasi wartawan": 10, "Pembukaan oleh moderator": 5, '
    '"Pernyataan Kepala Dinas": 15, "Tanya jawab": 20, "Penutupan oleh moderator": 5}, mulai="10.00").',
)
def _check_rundown(jawaban) -> Verdict:
    report = periksa_rundown(jawaban, **SYARAT_RUNDOWN)
    failed = [h for h in report.hasil if not h.ok]
    if not failed:
        return Verdict(True, "Rundown mulai dan selesai tepat waktu, tanya jawabnya cukup, dan urutannya runtut.")
    listed = " ".join(f"({n}) {h.nama}: {h.pesan}" for n, h in enumerate(failed, start=1))
    return Verdict(
        False,
        f"{len(failed)} dari {len(report.hasil)} syarat belum terpenuhi. {listed}",
        "Ubah urutan atau menit di sel jawaban, jalankan selnya, lalu jalankan sel ini lagi. "
        "Perencana rundown interaktif di bawah latihan ini membantu mencoba menitnya.",
    )


# ---------------------------------------------------------------------------
# (c) Media advisory (undangan liputan)

FAKTA_KONPERS = {
    "acara": "Konferensi pers Bupati Sukamaju tentang rencana relokasi Pasar Induk Sukamaju",
    "tanggal": "Kamis, 13 Juni 2024",
    "pukul": "09.30 WIB (registrasi wartawan); acara selesai pukul 11.00 WIB",
    "tempat": "Ruang Rapat Utama Kantor Bupati Sukamaju, Jalan Merdeka Nomor 1, Sukamaju",
    "tujuan": "menjelaskan rencana, jadwal, dan biaya sewa kios di lokasi baru Pasar Induk Sukamaju, serta menjawab "
    "pertanyaan pedagang yang disampaikan melalui media",
    "narasumber": "Fajar Nugroho, Bupati Sukamaju; Rini Anggraeni, Kepala Dinas Perindustrian dan Perdagangan "
    "(Disperindag) Kabupaten Sukamaju",
    "narahubung": "Agus Setiawan, Kepala Subbagian Publikasi Bagian Protokol dan Komunikasi Pimpinan, "
    "0812-9876-5432, humas@sukamajukab.go.id",
}
# What the graded advisory must carry from the fact sheet (date and start time).
FAKTA_CEK_UNDANGAN = {"tanggal": dt.date(2024, 6, 13), "pukul": "09.30"}


def fakta_konpers() -> dict:
    """The fact sheet of the advisory exercise (a copy; contoh rekaan)."""
    return dict(FAKTA_KONPERS)


def lihat_fakta() -> None:
    """Print the fact sheet of Latihan 3 (contoh rekaan)."""
    print("Lembar fakta konferensi pers (contoh rekaan):")
    for unsur, isi in FAKTA_KONPERS.items():
        print(f"  {unsur:11} {isi}")


def cetak_undangan(teks, fakta: dict | None = None) -> None:
    """Print the advisory checker's report."""
    print(periksa_undangan(teks, fakta).teks())


KELOMPOK_UNDANGAN = {"undangan_unsur": UNSUR_UNDANGAN, "undangan_waktu": ("tanggal", "pukul")}
_CONTOH_UNDANGAN = {
    "undangan_unsur": "Narasumber: Nama Lengkap, jabatannya; Narahubung: Nama Lengkap, jabatan, nomor telepon atau "
    "surel; setiap unsur di barisnya sendiri, diawali labelnya dan titik dua.",
    "undangan_waktu": "Kapan: Senin, 1 Juli 2024, pukul 13.00 WIB (nama hari dan bulan berhuruf kapital, jam dengan "
    "titik, zona waktu berhuruf kapital).",
}

for _name, _ids in KELOMPOK_UNDANGAN.items():
    register(
        _name,
        where="contoh undangan di atas Latihan 3, lembar fakta, dan laporan cetak_undangan(undangan)",
        example=_CONTOH_UNDANGAN[_name],
    )(
        group_check(
            _ids,
            lambda jawaban: periksa_undangan(jawaban, FAKTA_CEK_UNDANGAN),
            "Perbaiki baris itu di sel undangan, jalankan selnya, lalu jalankan sel ini lagi.",
        )
    )


# ---------------------------------------------------------------------------
# (d) Answers to three hard questions (optional)


def lihat_pertanyaan_sulit() -> None:
    """Print the three hard questions of the optional exercise, their key messages and the fact sheet."""
    print("Tiga pertanyaan sulit di konferensi pers relokasi Pasar Induk Sukamaju (data sintetis):\n")
    for nomor, pertanyaan in PERTANYAAN_SULIT.items():
        print(f'{nomor}. {pertanyaan.penanya} bertanya:\n   "{pertanyaan.teks}"')
        print(f"   Pesan kunci: {pertanyaan.pesan_kunci}\n")
    print("Lembar fakta (data sintetis):")
    for fakta in FAKTA_RELOKASI:
        print(f"  - {fakta}")


def cetak_jawaban(pertanyaan, jawaban, pesan_kunci=None, sulit: bool = True, fakta=None) -> None:
    """Print the answer checker's report. ``pertanyaan`` is the question's text (hard unless ``sulit=False``),
    or the number (1 to 3) of one of the three hard questions, whose key message and fact sheet are then used."""
    if isinstance(pertanyaan, int) and not isinstance(pertanyaan, bool) and pertanyaan in PERTANYAAN_SULIT:
        print(PERTANYAAN_SULIT[pertanyaan].periksa(jawaban).teks())
        return
    print(periksa_jawaban(pertanyaan, jawaban, pesan_kunci, fakta, sulit=sulit).teks())


def cetak_jawaban_sulit(jawaban_sulit) -> None:
    """Print the checker's report on each prepared answer of ``{1: "...", 2: "...", 3: "..."}``."""
    answers = numbered(
        expect_dict(jawaban_sulit, "jawaban_sulit", '{1: """...""", 2: """...""", 3: """..."""}'),
        PERTANYAAN_SULIT,
        "pertanyaan",
    )
    for nomor, pertanyaan in PERTANYAAN_SULIT.items():
        print(f"Pertanyaan {nomor}: {pertanyaan.teks}")
        if answers.get(nomor) is None or str(answers[nomor]).strip() == "":
            print("Jawaban belum diisi.\n")
            continue
        print(pertanyaan.periksa(answers[nomor]).teks() + "\n")


def _failures(nomor: int, report: LaporanJawaban) -> str:
    failed = [h for h in report.hasil if not h.ok]
    listed = " ".join(f"({n}) {h.nama}: {h.pesan}" for n, h in enumerate(failed, start=1))
    return f"Pertanyaan {nomor}, {len(failed)} cek belum lolos: {listed}"


@register(
    "jawaban_sulit",
    where='bagian "Menjawab pertanyaan wartawan" dan contoh cetak_jawaban(...) di atas Latihan 5',
    example='pertanyaan "Mengapa antrean di Puskesmas Sukamaju begitu panjang?": "Kami memahami keluhan warga. Yang '
    "perlu warga ketahui, mulai Senin, 1 Juli 2024, Puskesmas Sukamaju membuka pendaftaran daring sehingga waktu "
    'tunggu berkurang." (pengakuan, jembatan, pesan kunci, satu fakta, 20-an kata).',
)
def _check_hard_answers(jawaban) -> Verdict:
    answers = numbered(
        expect_dict(jawaban, "jawaban_sulit", '{1: """...""", 2: """...""", 3: """..."""}'),
        PERTANYAAN_SULIT,
        "pertanyaan",
    )
    blank = [n for n in PERTANYAAN_SULIT if answers.get(n) is None or str(answers[n]).strip() == ""]
    if len(blank) == len(PERTANYAAN_SULIT):
        raise EmptyInput(
            "jawaban untuk ketiga pertanyaan masih kosong.",
            'Tulis setiap jawaban di antara tiga tanda petik: 1: """Pertanyaan yang wajar. ...""".',
        )
    if blank:
        listed = ", ".join(str(n) for n in blank)
        return Verdict(
            False, f"Jawaban untuk pertanyaan {listed} belum diisi.", "Tulis jawaban untuk ketiga pertanyaan."
        )
    for n in PERTANYAAN_SULIT:
        expect_text(answers[n], f"jawaban untuk pertanyaan {n}")
    reports = periksa_sulit(answers)
    failing = [(n, r) for n, r in reports.items() if not r.semua_ok]
    if not failing:
        return Verdict(
            True,
            "Ketiga jawaban lolos semua cek: ada fakta, jembatan ke pesan kunci, tidak mengelak, "
            "relevan, panjangnya pas, dan ejaannya rapi.",
        )
    return Verdict(
        False,
        f"{len(failing)} dari {len(reports)} jawaban belum lolos semua cek. "
        + " ".join(_failures(n, r) for n, r in failing),
        "Perbaiki jawaban itu di sel jawaban, periksa dengan cetak_jawaban_sulit(jawaban_sulit), lalu jalankan sel "
        "ini lagi.",
    )

"""Session 06 (Merencanakan Konferensi Pers): helpers and exercise checks.

Three pieces of logic, each tested once (``tests/test_konpers.py``):

* **Konpers or release.** ``SKENARIO`` holds five situations; for each the participant
  decides ``"konpers"`` or ``"siaran pers"`` and gives a reason code of ``ALASAN``
  (check ``konpers_atau_rilis``; keys stored as salted hashes). Source: Baskin (2010: 217)
  via a 123dok thesis chapter [B]: hold one only when the news is very important or
  needs interaction to explain a complex or controversial topic; brief §2.8.
* **Rundown.** ``susun_rundown(acara, durasi_menit, mulai)`` builds the rundown table
  (``acara``, ``durasi_menit``, ``mulai``, ``selesai``; times as EYD text "09.30"), and
  ``periksa_rundown(rundown, mulai, selesai, porsi_tanya_jawab)`` checks a table
  against stated constraints: consistent times, starts at the given time, ends on
  time, enough question time, and the order of the typical rundown (a synthesis, brief
  §2.8 [C]). Check ``rundown_konpers`` applies ``SYARAT_RUNDOWN``.
* **Media advisory (undangan liputan).** ``periksa_undangan(teks, fakta=None)`` reports
  each element (apa, kapan, di mana, mengapa, narasumber, narahubung; SFU toolkit and
  UNUGHA, brief §2.7) and the form of the date ("Kamis, 13 Juni 2024": month capitalised,
  weekday matching the date) and of the time ("pukul 09.30 WIB": EYD V Tanda Titik rule 7
  separates hours and minutes with a dot; a time zone). Checks ``undangan_unsur`` and
  ``undangan_waktu`` grade the exercise's advisory against ``FAKTA_KONPERS``.

Precision first: a well-formed advisory passes cleanly. The scenarios, the fact sheet
and the people are fictional ("contoh rekaan": there is no Kabupaten Sukamaju).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from course.engines import press_release as releases
from course.checks import Report, Verdict, group_check, register
from course.errors import EmptyInput, InputError, describe_value, expect_dict, expect_text
from course.answer_keys import judge_decisions, numbered, salted

_GARAM = "bimtek-06"

# ---------------------------------------------------------------------------
# Results (one line of a report)


@dataclass(frozen=True)
class Hasil:
    """One check of a report: its id, its Indonesian name, ok or not, and the message."""

    id: str
    nama: str
    ok: bool
    pesan: str


@dataclass(frozen=True)
class Laporan(Report):
    """A report: the checks in order, plus hints that do not fail anything (``catatan``)."""

    judul: str
    hasil: tuple[Hasil, ...]
    catatan: tuple[str, ...] = ()

    def teks(self) -> str:
        done = sum(h.ok for h in self.hasil)
        lines = [f"{self.judul}: {done} dari {len(self.hasil)} cek lolos."]
        lines += [f"{'✔' if h.ok else '✘'} {h.nama}: {h.pesan}" for h in self.hasil]
        lines += [f"Catatan: {c}" for c in self.catatan]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.teks()


def _h(item: str, answer: str) -> str:
    return salted(_GARAM, item, answer)


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return f"\"{text if len(text) <= limit else text[:limit - 1].rstrip() + '…'}\""


# ---------------------------------------------------------------------------
# (a) Konpers or release

KEPUTUSAN = ("konpers", "siaran pers")
_SINONIM_KEPUTUSAN = {"konpers": "konpers", "konferensi pers": "konpers", "jumpa pers": "konpers",
                      "siaran pers": "siaran pers", "siaran_pers": "siaran pers", "rilis": "siaran pers",
                      "rilis pers": "siaran pers"}
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
_KUNCI_SKENARIO = {1: '42e54ed21d4ce338', 2: 'a2297e35292a23c1', 3: '1e76433ed5291662', 4: '1801e8fe785067a2', 5: '8ff56465f6df9952'}


def _keputusan(value: Any, n: int) -> tuple[str, str]:
    if not isinstance(value, (list, tuple)) or len(value) != 2 or not all(isinstance(x, str) for x in value):
        raise InputError(f"jawaban untuk skenario {n} harus berupa pasangan [keputusan, kode alasan], "
                         f"bukan {describe_value(value)}.", "Contoh: [\"siaran pers\", \"S1\"].")
    decision = _SINONIM_KEPUTUSAN.get(" ".join(value[0].strip().lower().split()))
    if decision is None:
        raise InputError(f"keputusan \"{value[0]}\" untuk skenario {n} tidak dikenal.",
                         "Pilih \"konpers\" atau \"siaran pers\".")
    reason = value[1].strip().upper()
    if reason not in ALASAN:
        raise InputError(f"kode alasan \"{value[1]}\" untuk skenario {n} tidak dikenal.",
                         "Pilih salah satu kode: " + ", ".join(ALASAN) + ".")
    return decision, reason


@register("konpers_atau_rilis")
def _check_decisions(jawaban) -> Verdict:
    answers = expect_dict(jawaban, "keputusan", "{1: [\"konpers\", \"K1\"], 2: [...], ...}")
    keys = numbered(answers, SKENARIO, "skenario")
    parsed = {n: _keputusan(v, n) for n, v in keys.items()}
    missing = [str(n) for n in SKENARIO if n not in parsed]
    if missing:
        return Verdict(False, f"skenario {', '.join(missing)} belum diputuskan.",
                       "Isi keputusan dan kode alasan untuk kelima skenario.")
    return judge_decisions(parsed, SKENARIO, lambda n, d, r: _h(f"skenario:{n}", f"{d}:{r}") == _KUNCI_SKENARIO[n],
                           ALASAN, "skenario", "Keputusan dan alasan untuk kelima skenario sudah tepat.",
                           "Tanyakan untuk setiap skenario: apakah beritanya sangat penting atau perlu tanya jawab? "
                           "Adakah narasumber pimpinan dan datanya? Bila tidak, siaran pers sudah cukup.")


# ---------------------------------------------------------------------------
# (b) Rundown

KOLOM_RUNDOWN = ("acara", "durasi_menit", "mulai", "selesai")
# Kinds of item in the typical rundown (brief §2.8, a synthesis [C]), recognised by keywords.
JENIS_ACARA = {
    "registrasi": ("registrasi", "pendaftaran", "daftar hadir"),
    "pembukaan": ("pembukaan", "pembuka"),
    "pendukung": ("pendukung",),
    "pernyataan": ("pernyataan", "paparan"),
    "tanya_jawab": ("tanya jawab", "tanya-jawab", "sesi tanya"),
    "penutup": ("penutup", "penutupan"),
}
NAMA_JENIS = {"registrasi": "registrasi wartawan", "pembukaan": "pembukaan oleh moderator",
              "pernyataan": "pernyataan narasumber utama", "pendukung": "penjelasan narasumber pendukung",
              "tanya_jawab": "tanya jawab", "penutup": "penutupan"}
WAJIB_JENIS = ("registrasi", "pembukaan", "pernyataan", "tanya_jawab", "penutup")
# (earlier, later): the order of the typical rundown that the check enforces.
URUTAN = (("pembukaan", "pernyataan"), ("pernyataan", "pendukung"), ("pernyataan", "tanya_jawab"),
          ("pendukung", "tanya_jawab"), ("tanya_jawab", "penutup"))

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
SYARAT_RUNDOWN = {"mulai": "09.30", "selesai": "11.00", "porsi_tanya_jawab": 0.3}

_JAM = re.compile(r"^\s*(\d{1,2})[.:](\d{2})\s*(?:WIB|WITA|WIT)?\s*$", re.IGNORECASE)


def ke_menit(waktu: Any, name: str = "waktu") -> int:
    """Minutes after midnight of a time written "09.30" (or "09:30"); ``InputError`` otherwise."""
    text = expect_text(waktu, name)
    match = _JAM.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise InputError(f"{name} {_quote(text)} bukan jam yang dapat dibaca.",
                         "Tulis jam dan menit dengan titik di antara tanda petik, misalnya \"09.30\".")
    return int(match.group(1)) * 60 + int(match.group(2))


def ke_jam(menit: int) -> str:
    """``570`` -> ``"09.30"`` (EYD V: a dot between hours and minutes)."""
    menit = int(menit)
    if not 0 <= menit < 24 * 60:
        raise InputError("rundown melewati tengah malam.", "Periksa jam mulai dan durasi setiap acara.")
    return f"{menit // 60:02d}.{menit % 60:02d}"


def _durasi(value: Any, where: str) -> int:
    if isinstance(value, bool) or value is None:
        raise InputError(f"durasi {where} harus berupa bilangan bulat menit, bukan {describe_value(value)}.",
                         "Tulis durasi dalam menit tanpa tanda petik, misalnya 15.")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"durasi {where} harus berupa bilangan bulat menit, bukan {describe_value(value)}.",
                         "Tulis durasi dalam menit tanpa tanda petik, misalnya 15.") from None
    if isinstance(value, str):
        raise InputError(f"durasi {where} ditulis sebagai teks {_quote(value)}.",
                         "Tulis angka menitnya tanpa tanda petik, misalnya 15, bukan \"15\".")
    if number != number or number != int(number) or number <= 0:
        raise InputError(f"durasi {where} harus bilangan bulat menit yang lebih dari 0, bukan {value}.",
                         "Tulis durasi dalam menit bulat, misalnya 15.")
    return int(number)


def susun_rundown(acara, durasi_menit, mulai: str = "09.00"):
    """The rundown table: items and durations in order, with computed start and end times.

    ``acara`` is a list of item names, ``durasi_menit`` a list of whole minutes of the
    same length, ``mulai`` the start time as text ("09.30"). Each item starts when the
    previous one ends.
    """
    import pandas as pd

    if acara is None or durasi_menit is None:
        raise EmptyInput("daftar acara atau daftar durasinya masih kosong (None).",
                         "Isi keduanya: susun_rundown([\"Registrasi wartawan\", ...], [15, ...], mulai=\"09.30\").")
    for value, name in ((acara, "acara"), (durasi_menit, "durasi_menit")):
        if isinstance(value, (str, dict)) or not isinstance(value, (list, tuple, pd.Series)):
            raise InputError(f"{name} harus berupa daftar (list), bukan {describe_value(value)}.",
                             "Tulis butir-butirnya di dalam kurung siku, misalnya [15, 5, 20].")
    items = [expect_text(a, f"acara ke-{i}") for i, a in enumerate(acara, start=1)]
    minutes = [_durasi(d, f"acara ke-{i}") for i, d in enumerate(durasi_menit, start=1)]
    if not items:
        raise EmptyInput("daftar acara masih kosong.", "Isi paling sedikit satu mata acara.")
    if len(items) != len(minutes):
        raise InputError(f"ada {len(items)} acara tetapi {len(minutes)} durasi.",
                         "Setiap acara perlu tepat satu durasi, dalam urutan yang sama.")
    start = ke_menit(mulai, "jam mulai")
    rows = []
    for item, minute in zip(items, minutes):
        rows.append({"acara": item, "durasi_menit": minute, "mulai": ke_jam(start), "selesai": ke_jam(start + minute)})
        start += minute
    return pd.DataFrame(rows, columns=list(KOLOM_RUNDOWN))


def expect_rundown(rundown, name: str = "rundown"):
    """The rundown as a DataFrame with valid columns and durations; ``InputError`` otherwise."""
    import difflib

    import pandas as pd

    if rundown is None:
        raise EmptyInput(f"{name} masih kosong (None).",
                         f"Buat tabelnya dengan {name} = susun_rundown(acara, durasi, mulai=\"09.30\").")
    if isinstance(rundown, pd.Series) or not isinstance(rundown, pd.DataFrame):
        raise InputError(f"{name} harus berupa tabel (DataFrame), tetapi yang diberikan adalah "
                         f"{describe_value(rundown)}.",
                         f"Buat tabelnya dengan {name} = susun_rundown(acara, durasi, mulai=\"09.30\").")
    present = [str(c) for c in rundown.columns]
    for column in KOLOM_RUNDOWN:
        if column not in rundown.columns:
            close = difflib.get_close_matches(column, present, n=1, cutoff=0.6)
            hint = (f"Ada kolom \"{close[0]}\"; nama kolomnya harus persis \"{column}\"." if close else
                    "Buat tabelnya dengan susun_rundown(...), yang menghitung kolom mulai dan selesai.")
            raise InputError(f"{name} belum punya kolom \"{column}\".", hint)
    if rundown.empty:
        raise EmptyInput(f"{name} belum berisi acara.", "Isi paling sedikit satu mata acara.")
    for i, value in enumerate(rundown["durasi_menit"].tolist(), start=1):
        _durasi(value, f"baris ke-{i}")
    for i, value in enumerate(rundown["acara"].tolist(), start=1):
        if not isinstance(value, str) or not value.strip():
            raise InputError(f"acara baris ke-{i} harus berupa teks, bukan {describe_value(value)}.",
                             "Tulis nama setiap acara di antara tanda petik.")
    for column in ("mulai", "selesai"):
        for i, value in enumerate(rundown[column].tolist(), start=1):
            ke_menit(value, f"{column} baris ke-{i}")
    return rundown


def jenis_acara(nama: str) -> str:
    """The kind of a rundown item ("registrasi", "tanya_jawab", ... or "lain") from its name."""
    low = " ".join(str(nama).lower().split())
    for kind, words in JENIS_ACARA.items():
        if any(w in low for w in words):
            return kind
    return "lain"


def periksa_rundown(rundown, mulai: str, selesai: str, porsi_tanya_jawab: float = 0.3) -> Laporan:
    """Check a rundown against the constraints; one ``Hasil`` per constraint."""
    frame = expect_rundown(rundown)
    start, end = ke_menit(mulai, "jam mulai"), ke_menit(selesai, "batas selesai")
    if not isinstance(porsi_tanya_jawab, (int, float)) or isinstance(porsi_tanya_jawab, bool) \
            or not 0 <= porsi_tanya_jawab <= 1:
        raise InputError(f"porsi tanya jawab harus pecahan antara 0 dan 1, bukan {describe_value(porsi_tanya_jawab)}.",
                         "Tulis misalnya 0.3 untuk 30 persen.")
    names = [str(a) for a in frame["acara"]]
    minutes = [int(d) for d in frame["durasi_menit"]]
    starts = [ke_menit(v) for v in frame["mulai"]]
    ends = [ke_menit(v) for v in frame["selesai"]]
    results = []

    # Times consistent with the durations.
    bad = None
    for i, (s, e, d) in enumerate(zip(starts, ends, minutes)):
        if e != s + d:
            bad = f"\"{names[i]}\" mulai {ke_jam(s)} selama {d} menit seharusnya selesai {ke_jam(s + d)}, bukan {ke_jam(e)}"
        elif i and s != ends[i - 1]:
            bad = f"\"{names[i]}\" mulai {ke_jam(s)}, padahal acara sebelumnya selesai {ke_jam(ends[i - 1])}"
        if bad:
            break
    results.append(Hasil("waktu", "Jam mulai dan selesai", bad is None,
                         "Setiap acara mulai saat acara sebelumnya selesai." if bad is None else
                         bad + ". Hitung ulang dengan susun_rundown(...)."))

    # Starts at the given time.
    ok = starts[0] == start
    results.append(Hasil("mulai", "Mulai tepat waktu", ok,
                         f"Acara pertama mulai pukul {ke_jam(starts[0])}." if ok else
                         f"acara pertama mulai pukul {ke_jam(starts[0])}, padahal harus mulai pukul {ke_jam(start)}."))

    # Ends on time.
    last = max(ends)
    ok = last <= end
    results.append(Hasil("selesai", "Selesai tepat waktu", ok,
                         f"Acara terakhir selesai pukul {ke_jam(last)}, tidak melewati {ke_jam(end)}." if ok else
                         f"acara terakhir selesai pukul {ke_jam(last)}, terlambat {last - end} menit dari batas "
                         f"{ke_jam(end)}; pangkas durasi acara lain."))

    # Enough question time.
    total = sum(minutes)
    qa = sum(m for n, m in zip(names, minutes) if jenis_acara(n) == "tanya_jawab")
    share = qa / total if total else 0.0
    need = round(porsi_tanya_jawab * 100)
    if qa == 0:
        results.append(Hasil("tanya_jawab", "Porsi tanya jawab", False,
                             "belum ada sesi tanya jawab; konferensi pers tanpa tanya jawab cukup diganti siaran pers."))
    else:
        ok = share + 1e-9 >= porsi_tanya_jawab
        results.append(Hasil("tanya_jawab", "Porsi tanya jawab", ok,
                             f"Tanya jawab {qa} menit dari {total} menit ({round(share * 100)} persen), "
                             f"{'memenuhi' if ok else 'kurang dari'} syarat paling sedikit {need} persen."))

    # Order of the typical rundown.
    kinds = [jenis_acara(n) for n in names]
    missing = [NAMA_JENIS[k] for k in WAJIB_JENIS if k not in kinds]
    problems = []
    if missing:
        problems.append("belum ada acara " + ", ".join(missing))
    if "registrasi" in kinds and kinds[0] != "registrasi":
        problems.append("registrasi wartawan belum menjadi acara pertama")
    for before, after in URUTAN:
        if before in kinds and after in kinds and kinds.index(before) > max(i for i, k in enumerate(kinds) if k == after):
            problems.append(f"{NAMA_JENIS[before]} seharusnya sebelum {NAMA_JENIS[after]}")
    more = f" (dan {len(problems) - 3} lainnya)" if len(problems) > 3 else ""
    results.append(Hasil("urutan", "Urutan acara", not problems,
                         "Urutannya mengikuti rundown tipikal." if not problems else
                         "; ".join(problems[:3]) + more + "."))
    return Laporan("Pemeriksaan rundown", tuple(results))


@register("rundown_konpers")
def _check_rundown(jawaban) -> Verdict:
    report = periksa_rundown(jawaban, **SYARAT_RUNDOWN)
    failed = [h for h in report.hasil if not h.ok]
    if not failed:
        return Verdict(True, "Rundown mulai dan selesai tepat waktu, tanya jawabnya cukup, dan urutannya runtut.")
    listed = " ".join(f"({n}) {h.nama}: {h.pesan}" for n, h in enumerate(failed, start=1))
    return Verdict(False, f"{len(failed)} dari {len(report.hasil)} syarat belum terpenuhi. {listed}",
                   "Ubah urutan atau durasi di sel jawaban, jalankan selnya, lalu jalankan sel ini lagi.")


# ---------------------------------------------------------------------------
# (c) Media advisory (undangan liputan)

UNSUR_UNDANGAN = ("apa", "kapan", "di_mana", "mengapa", "narasumber", "narahubung")
NAMA_UNSUR = {"apa": "Apa (nama kegiatan)", "kapan": "Kapan", "di_mana": "Di mana", "mengapa": "Mengapa (tujuan)",
              "narasumber": "Narasumber", "narahubung": "Narahubung", "tanggal": "Tanggal (EYD)",
              "pukul": "Jam dan zona waktu"}
LABEL_UNDANGAN = {
    "apa": ("apa", "acara", "kegiatan", "nama kegiatan", "nama acara", "agenda", "what"),
    "kapan": ("kapan", "waktu", "hari/tanggal", "hari, tanggal", "hari dan tanggal", "hari", "tanggal", "pukul",
              "jam", "jadwal", "when"),
    "di_mana": ("di mana", "dimana", "tempat", "lokasi", "where"),
    "mengapa": ("mengapa", "tujuan", "latar belakang", "alasan", "why"),
    "narasumber": ("narasumber", "nara sumber", "pembicara"),
    "narahubung": ("narahubung", "kontak", "contact person", "cp", "informasi lebih lanjut", "kontak media",
                   "keterangan lebih lanjut"),
}
CONTOH_BARIS = {
    "apa": "Apa: Konferensi pers Bupati Sukamaju tentang ...",
    "kapan": "Kapan: Kamis, 13 Juni 2024, pukul 09.30 WIB",
    "di_mana": "Di mana: Ruang Rapat Utama Kantor Bupati Sukamaju, ...",
    "mengapa": "Mengapa: menjelaskan ... kepada warga",
    "narasumber": "Narasumber: Nama Lengkap, Jabatan",
    "narahubung": "Narahubung: Nama, jabatan, nomor telepon atau surel",
}
_LABEL_KE_UNSUR = {label: key for key, labels in LABEL_UNDANGAN.items() for label in labels}
_BARIS_LABEL = re.compile(r"^\s*(?:[-•*]\s*)?(?P<label>[A-Za-z][A-Za-z /,]{0,30}?)\s*:\s*(?P<isi>.*)$")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # Monday first, as date.weekday()
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")
_TANGGAL_EYD = re.compile(r"(?:\b(?P<hari>[A-Za-z']+)\s*(?P<koma>,)?\s+)?\b(?P<tgl>\d{1,2})\s+(?P<bulan>[A-Za-z]+)"
                          r"(?:\s+(?P<tahun>\d{4}))?\b")
_TANGGAL_ANGKA = re.compile(r"\b(?P<tgl>\d{1,2})[/-](?P<bln>\d{1,2})[/-](?P<thn>\d{2,4})\b")
_JAM_TEKS = re.compile(r"(?<![\d.:/])(?P<jam>\d{1,2})(?P<sep>[.:])(?P<menit>\d{2})(?![\d.:/])"
                       r"(?P<rentang>\s*(?:[–—-]|s\.\s?d\.|sampai(?: dengan)?|hingga)\s*(?:\d{1,2}[.:]\d{2}|selesai))?"
                       r"(?P<zona>\s*\b(?:WIB|WITA|WIT)\b)?", re.IGNORECASE)

FAKTA_KONPERS = {
    "acara": "Konferensi pers Bupati Sukamaju tentang rencana relokasi Pasar Induk Sukamaju",
    "tanggal": "Kamis, 13 Juni 2024",
    "pukul": "09.30 WIB (registrasi wartawan); acara selesai pukul 11.00 WIB",
    "tempat": "Ruang Rapat Utama Kantor Bupati Sukamaju, Jalan Merdeka Nomor 1, Sukamaju",
    "tujuan": "menjelaskan rencana, jadwal, dan biaya sewa kios di lokasi baru Pasar Induk Sukamaju, serta menjawab "
              "pertanyaan pedagang yang disampaikan melalui media",
    "narasumber": "Hendra Gunawan, Bupati Sukamaju; Siti Rahmawati, Kepala Dinas Perindustrian dan Perdagangan "
                  "(Disperindag) Kabupaten Sukamaju",
    "narahubung": "Agus Setiawan, Kepala Subbagian Publikasi Bagian Protokol dan Komunikasi Pimpinan, "
                  "0812-9876-5432, humas@sukamajukab.go.id",
}
# What the graded advisory must carry from the fact sheet (date and start time).
FAKTA_CEK_UNDANGAN = {"tanggal": dt.date(2024, 6, 13), "pukul": "09.30"}


def fakta_konpers() -> dict:
    """The fact sheet of the advisory exercise (a copy; contoh rekaan)."""
    return dict(FAKTA_KONPERS)


def _fields(text: str) -> dict[str, list[tuple[str, str]]]:
    """Labelled lines of an advisory: ``{unsur: [(label as written, value), ...]}``.

    A value goes on over the following lines (a list of speakers, a contact block) until
    a blank line, another labelled line or an end mark.
    """
    found: dict[str, list[list]] = {}
    current = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        match = _BARIS_LABEL.match(line)
        key = _LABEL_KE_UNSUR.get(" ".join(match.group("label").lower().split())) if match else None
        if key:
            current = [match.group("label").strip(), match.group("isi").strip()]
            found.setdefault(key, []).append(current)
        elif not line.strip() or releases._END.match(line):
            current = None
        elif current is not None:
            current[1] = (current[1] + " " + line.strip()).strip()
    return {k: [(label, value) for label, value in v] for k, v in found.items()}


def _value(fields: dict, key: str) -> str:
    return " ".join(value for _label, value in fields.get(key, []) if value).strip()


def _words(text: str) -> list[str]:
    return releases._WORD.findall(text)


def _cek_isi(fields: dict, key: str, min_words: int, what: str) -> Hasil:
    value = _value(fields, key)
    if key not in fields:
        return Hasil(key, NAMA_UNSUR[key], False, f"belum ada baris {what}; tulis misalnya "
                                                  f"\"{CONTOH_BARIS[key]}\".")
    if len(_words(value)) < min_words:
        shown = _quote(value) if value else "kosong"
        return Hasil(key, NAMA_UNSUR[key], False, f"isinya {shown} terlalu singkat; tulis paling sedikit "
                                                  f"{min_words} kata.")
    return Hasil(key, NAMA_UNSUR[key], True, f"{_quote(value)}.")


def _cek_narasumber(fields: dict) -> Hasil:
    result = _cek_isi(fields, "narasumber", 2, "narasumber")
    if not result.ok:
        return result
    value = _value(fields, "narasumber")
    caps = [w for w in _words(value) if w[:1].isupper()]
    if len(caps) < 2:
        return Hasil("narasumber", NAMA_UNSUR["narasumber"], False,
                     f"{_quote(value)} belum menyebut nama dan jabatan narasumber; tulis misalnya "
                     "\"Nama Lengkap, Jabatan\".")
    return Hasil("narasumber", NAMA_UNSUR["narasumber"], True, f"{_quote(value)}.")


def _cek_narahubung(fields: dict) -> Hasil:
    if "narahubung" not in fields:
        return Hasil("narahubung", NAMA_UNSUR["narahubung"], False,
                     "belum ada narahubung; tulis \"Narahubung:\" diikuti nama, jabatan, dan nomor telepon atau surel.")
    block = "Narahubung: " + _value(fields, "narahubung")
    # The press-release checker's contact rule (a name plus a phone number or an e-mail address).
    result = releases._cek_narahubung(releases._Bagian([], None, [], [], [block], []))
    if result.ok:
        return Hasil("narahubung", NAMA_UNSUR["narahubung"], True, f"{_quote(_value(fields, 'narahubung'))}.")
    return Hasil("narahubung", NAMA_UNSUR["narahubung"], False, result.pesan[len("Narahubung "):])


def _cek_tanggal(kapan: str, fakta: dict | None) -> Hasil:
    name = NAMA_UNSUR["tanggal"]
    if not kapan:
        return Hasil("tanggal", name, False, "tanggal belum ditulis; tulis baris \"Kapan:\" dengan hari dan "
                                             "tanggalnya, misalnya \"Kamis, 13 Juni 2024\".")
    for match in _TANGGAL_EYD.finditer(kapan):
        month_word = match.group("bulan")
        if month_word.lower() not in [b.lower() for b in BULAN]:
            continue
        shown = _quote(match.group(0).strip(), 40)
        if month_word != month_word.capitalize():
            return Hasil("tanggal", name, False, f"tanggal {shown}: nama bulan ditulis dengan huruf kapital di awal, "
                                                 f"yaitu \"{month_word.capitalize()}\" (EYD V, huruf kapital).")
        if not match.group("tahun"):
            return Hasil("tanggal", name, False, f"tanggal {shown} belum menyebut tahunnya; tulis tanggal, nama "
                                                 "bulan, dan tahun, misalnya \"13 Juni 2024\".")
        try:
            date = dt.date(int(match.group("tahun")), BULAN.index(month_word) + 1, int(match.group("tgl")))
        except ValueError:
            return Hasil("tanggal", name, False, f"tanggal {shown} tidak ada di kalender; periksa lagi angkanya.")
        day = match.group("hari")
        if day and day.lower() in [h.lower() for h in HARI]:
            if day != day.capitalize():
                return Hasil("tanggal", name, False, f"tanggal {shown}: nama hari ditulis dengan huruf kapital di "
                                                     f"awal, yaitu \"{day.capitalize()}\" (EYD V, huruf kapital).")
            if HARI[date.weekday()] != day:
                return Hasil("tanggal", name, False, f"tanggal {shown}: {date.day} {BULAN[date.month - 1]} "
                                                     f"{date.year} jatuh pada hari {HARI[date.weekday()]}, bukan "
                                                     f"{day}; periksa kalendernya.")
        if fakta and fakta.get("tanggal") and date != fakta["tanggal"]:
            return Hasil("tanggal", name, False, f"tanggal {shown} berbeda dengan tanggal konferensi pers di lembar "
                                                 "fakta; salin tanggalnya dari lembar fakta.")
        return Hasil("tanggal", name, True, f"{shown} ditulis dengan nama bulan dan tahun.")
    numeric = _TANGGAL_ANGKA.search(kapan)
    if numeric:
        example = "Kamis, 13 Juni 2024"
        try:
            year = int(numeric.group("thn"))
            date = dt.date(year + 2000 if year < 100 else year, int(numeric.group("bln")), int(numeric.group("tgl")))
            example = f"{HARI[date.weekday()]}, {date.day} {BULAN[date.month - 1]} {date.year}"
        except ValueError:
            pass
        return Hasil("tanggal", name, False, f"tanggal {_quote(numeric.group(0))} ditulis dengan angka saja; tulis "
                                             f"nama bulannya dengan huruf, misalnya \"{example}\".")
    return Hasil("tanggal", name, False, f"tanggal belum ditemukan di {_quote(kapan, 50)}; tulis hari, tanggal, "
                                         "nama bulan, dan tahun, misalnya \"Kamis, 13 Juni 2024\".")


def _cek_pukul(kapan: str, fakta: dict | None) -> Hasil:
    name = NAMA_UNSUR["pukul"]
    if not kapan:
        return Hasil("pukul", name, False, "jam belum ditulis; tulis misalnya \"pukul 09.30 WIB\" di baris "
                                           "\"Kapan:\".")
    times = list(_JAM_TEKS.finditer(kapan))
    if not times:
        return Hasil("pukul", name, False, f"jam belum ditemukan di {_quote(kapan, 50)}; tulis jam dan menit dengan "
                                           "angka, misalnya \"pukul 09.30 WIB\".")
    problems = []
    for match in times:
        shown = _quote(match.group(0).strip(), 40)
        hour, minute = int(match.group("jam")), int(match.group("menit"))
        if hour > 23 or minute > 59:
            problems.append(f"jam {shown} tidak ada; jam 00 sampai 23, menit 00 sampai 59")
        elif match.group("sep") == ":" or ":" in (match.group("rentang") or ""):
            problems.append(f"jam {shown} memakai titik dua; EYD V memakai titik di antara jam dan menit, "
                            f"misalnya \"pukul {hour:02d}.{minute:02d}\"")
    zoned = [m for m in times if m.group("zona")]
    if not zoned:
        first = times[0]
        problems.append(f"jam {_quote(first.group(0).strip(), 40)} belum diberi zona waktu; tambahkan WIB (atau "
                        f"WITA/WIT) sesudah jamnya, misalnya \"pukul {int(first.group('jam')):02d}."
                        f"{first.group('menit')} WIB\"")
    for match in zoned:
        zone = match.group("zona").strip()
        if zone != zone.upper():
            problems.append(f"zona waktu {_quote(zone)} adalah singkatan; tulis dengan huruf kapital: "
                            f"\"{zone.upper()}\"")
            break
    if problems:
        return Hasil("pukul", name, False, "; ".join(problems) + ".")
    if fakta and fakta.get("pukul"):
        wanted = fakta["pukul"]
        written = [f"{int(m.group('jam')):02d}.{m.group('menit')}" for m in times]
        if wanted not in written:
            return Hasil("pukul", name, False, f"jam {', '.join(written)} berbeda dengan jam di lembar fakta; salin "
                                               "jam mulainya dari lembar fakta.")
    shown = ", ".join(_quote(m.group(0).strip(), 40) for m in zoned)
    return Hasil("pukul", name, True, f"{shown} memakai titik dan zona waktu.")


def periksa_undangan(teks, fakta: dict | None = None) -> Laporan:
    """Check a media advisory (undangan liputan) written as labelled lines ("Apa:", "Kapan:", ...).

    ``fakta`` (optional) is ``{"tanggal": datetime.date, "pukul": "09.30"}``: the date and a
    start time the advisory must carry.
    """
    text = expect_text(teks, "undangan liputan")
    if fakta is not None and not isinstance(fakta, dict):
        raise InputError(f"fakta harus berupa kamus (dict), bukan {describe_value(fakta)}.",
                         "Contoh: {\"tanggal\": datetime.date(2024, 6, 13), \"pukul\": \"09.30\"}.")
    fields = _fields(text)
    kapan = _value(fields, "kapan")
    results = (
        _cek_isi(fields, "apa", 3, "apa (nama kegiatan)"),
        _cek_isi(fields, "kapan", 2, "kapan (hari, tanggal, dan jam)"),
        _cek_isi(fields, "di_mana", 2, "di mana (tempat dan alamat)"),
        _cek_isi(fields, "mengapa", 5, "mengapa (tujuan kegiatan)"),
        _cek_narasumber(fields),
        _cek_narahubung(fields),
        _cek_tanggal(kapan, fakta),
        _cek_pukul(kapan, fakta),
    )
    notes = []
    if not re.search(r"undangan\s+liputan|media\s+advisory", text, re.IGNORECASE):
        notes.append("beri label \"UNDANGAN LIPUTAN\" di baris pertama agar redaksi langsung tahu isinya.")
    return Laporan("Pemeriksaan undangan liputan", results, tuple(notes))


def cetak_undangan(teks, fakta: dict | None = None) -> None:
    """Print the advisory checker's report."""
    print(periksa_undangan(teks, fakta).teks())


KELOMPOK_UNDANGAN = {"undangan_unsur": UNSUR_UNDANGAN, "undangan_waktu": ("tanggal", "pukul")}


for _name, _ids in KELOMPOK_UNDANGAN.items():
    register(_name)(group_check(_ids, lambda jawaban: periksa_undangan(jawaban, FAKTA_CEK_UNDANGAN),
                                "Perbaiki baris itu di sel undangan, jalankan selnya, lalu jalankan sel ini lagi."))

"""Session 07 (Proyek Akhir): a communication plan for a kabupaten programme, and its checks.

The participant picks one of three programme briefs (``PROGRAM``; fictional, "contoh
rekaan": there is no Kabupaten Sukamaju) and builds a plan on the UK GCS OASIS model
(Objectives, Audience insight, Strategy, Implementation, Scoring), which follows the
Permenpan-RB 83/2012 cycle (perencanaan, pelaksanaan, pemantauan, evaluasi):

* ``proyek_program``: the chosen brief (one of the codes);
* ``proyek_tujuan``: a SMART objective (what is measured, baseline, target, deadline
  inside the programme window; an outcome, not an output);
* ``proyek_khalayak``: audience insight from the session 02 data set ("data sintetis"):
  the best posting hour of each platform the programme's audience uses;
* ``proyek_kalender``: a content calendar (a DataFrame) inside the programme window;
* ``proyek_rilis`` and ``proyek_judul``: the press release (structure checks of
  ``course.engines.press_release``) and its headline (session 03 rules, ``course.sessions.s03_judul_clickbait.nilai_judul``);
* ``proyek_konpers``: the press-conference decision, one allowed value with a reason;
* ``proyek_metrik``: evaluation metrics from the programme's menu, each labelled output,
  out-take or outcome (Barcelona Principles 3.0; AMEC), with at least one outcome.

Every check that depends on the brief takes ``{"program": program, ...}``. The rules reuse
sessions 01 (calendar vocabulary, prime hours), 02 (``course.engines.engagement``), 03 and 05
(``course.sessions.s03_judul_clickbait``, ``course.engines.press_release``); nothing is copied.
"""

from __future__ import annotations

import datetime as _dt
import re

import pandas as pd

from course.sessions import s03_judul_clickbait as judul
from course.engines import press_release as releases
from course.checks import Verdict, register
from course.engines.engagement import PLATFORM_ORDER, expect_columns, expect_frame
from course.errors import InputError, describe_value, expect_choice, expect_dict, expect_number, expect_text
from course.sessions.s01_konten_medsos import _FORMAT_ALIASES, _PILLAR_ALIASES, FORMAT_PER_PLATFORM, FORMATS, KALENDER_MAKS_SEREMONIAL, PILLARS, _hour, _normalise, _platform, jam_utama
from course.answer_keys import salted

_GARAM = "bimtek-07"

# Three fictional programme briefs ("contoh rekaan"). The audience's platforms are part of the
# brief (an assumption of the exercise, not a survey finding).
PROGRAM = {
    "imunisasi": {
        "nama": "Bulan Imunisasi Kejar",
        "instansi": "Dinas Kesehatan (Dinkes) Kabupaten Sukamaju",
        "masalah": "cakupan imunisasi dasar lengkap balita di Kabupaten Sukamaju pada 2024 baru 81 persen; "
                   "3.900 balita belum lengkap imunisasinya",
        "kegiatan": "layanan imunisasi kejar gratis di 25 puskesmas dan 60 posyandu keliling",
        "khalayak": "ibu dan ayah yang punya balita, terutama di desa yang jauh dari puskesmas",
        "platform": ("Instagram", "Facebook"),
        "mulai": "2025-08-01",
        "selesai": "2025-09-30",
        "data_awal": "cakupan imunisasi dasar lengkap 81 persen (2024)",
        "narasumber": "dr. Rina Wulandari, Kepala Dinas Kesehatan Kabupaten Sukamaju",
        "narahubung": "Dewi Lestari, Kepala Subbagian Umum Dinkes Sukamaju, 0812-3456-7890",
        "fakta": {"siapa": ["Dinas Kesehatan Kabupaten Sukamaju", "Dinas Kesehatan (Dinkes) Kabupaten Sukamaju",
                            "Dinkes Sukamaju", "Dinas Kesehatan Sukamaju", "Dinkes Kabupaten Sukamaju"],
                  "apa": ["imunisasi"], "narasumber": ["Rina Wulandari"]},
        "wajib_judul": [{"nama": "pelaku (Dinkes atau Dinas Kesehatan Sukamaju)",
                         "varian": ["dinkes", "dinas kesehatan"]},
                        {"nama": "programnya (imunisasi)", "varian": ["imunisasi"]}],
    },
    "banjir": {
        "nama": "Siaga Banjir Musim Hujan",
        "instansi": "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju",
        "masalah": "40 desa di bantaran Sungai Sukamaju rawan banjir; baru 12 desa yang punya jalur evakuasi dan "
                   "pernah berlatih evakuasi",
        "kegiatan": "simulasi evakuasi di desa rawan banjir dan grup WhatsApp peringatan dini per desa",
        "khalayak": "warga bantaran sungai, kepala desa, dan relawan desa tangguh bencana",
        "platform": ("Facebook", "X"),
        "mulai": "2025-11-01",
        "selesai": "2025-12-31",
        "data_awal": "12 dari 40 desa rawan banjir sudah berlatih evakuasi (Oktober 2025)",
        "narasumber": "Agus Salim, Kepala Pelaksana BPBD Kabupaten Sukamaju",
        "narahubung": "Rudi Hartono, Kepala Seksi Kesiapsiagaan BPBD Sukamaju, 0813-2222-3344",
        "fakta": {"siapa": ["BPBD Kabupaten Sukamaju", "BPBD Sukamaju",
                            "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju",
                            "Badan Penanggulangan Bencana Daerah Kabupaten Sukamaju"],
                  "apa": ["banjir"], "narasumber": ["Agus Salim"]},
        "wajib_judul": [{"nama": "pelaku (BPBD Sukamaju)", "varian": ["bpbd"]},
                        {"nama": "programnya (banjir)", "varian": ["banjir"]}],
    },
    "aplikasi": {
        "nama": "Peluncuran Aplikasi Sukamaju Melayani",
        "instansi": "Dinas Komunikasi dan Informatika (Diskominfo) Kabupaten Sukamaju",
        "masalah": "aplikasi pengaduan dan layanan administrasi kependudukan baru dipakai 3.200 warga sejak uji coba; "
                   "warga masih antre di kantor kecamatan untuk urusan yang bisa diajukan lewat aplikasi",
        "kegiatan": "peluncuran aplikasi Sukamaju Melayani dan pendampingan pendaftaran di 15 kecamatan",
        "khalayak": "warga usia 18–35 tahun yang mengurus dokumen kependudukan",
        "platform": ("TikTok", "Instagram"),
        "mulai": "2025-10-01",
        "selesai": "2025-12-31",
        "data_awal": "3.200 pengguna terdaftar (September 2025)",
        "narasumber": "Hendra Gunawan, Kepala Dinas Komunikasi dan Informatika Kabupaten Sukamaju",
        "narahubung": "Sri Wahyuni, Kepala Bidang Informasi Publik Diskominfo Sukamaju, 0811-5555-6677",
        "fakta": {"siapa": ["Diskominfo Sukamaju", "Dinas Komunikasi dan Informatika Kabupaten Sukamaju",
                            "Diskominfo Kabupaten Sukamaju",
                            "Dinas Komunikasi dan Informatika (Diskominfo) Kabupaten Sukamaju"],
                  "apa": ["Sukamaju Melayani", "aplikasi"], "narasumber": ["Hendra Gunawan"]},
        "wajib_judul": [{"nama": "pelaku (Diskominfo Sukamaju)", "varian": ["diskominfo", "komunikasi dan informatika"]},
                        {"nama": "programnya (aplikasi)", "varian": ["aplikasi", "sukamaju melayani"]}],
    },
}
KODE_PROGRAM = tuple(PROGRAM)

# Words that make a measure an output (what was produced or received), not an outcome.
KATA_OUTPUT = ("unggahan", "konten", "siaran pers", "tayangan", "impresi", "jangkauan", "reach", "pengikut",
               "follower", "liputan", "berita", "postingan", "like", "suka")

KALENDER_KOLOM = ("tanggal", "jam", "platform", "format", "pilar", "judul")
KALENDER_MIN_UNGGAHAN = 6

KEPUTUSAN_KONPERS = ("konferensi pers", "siaran pers saja")
ALASAN_MIN_KATA = 10

TINGKAT = ("output", "out-take", "outcome")
_TINGKAT_ALIASES = {"outtake": "out-take", "out take": "out-take", "out-takes": "out-take", "outtakes": "out-take",
                    "outputs": "output", "outcomes": "outcome", "keluaran": "output"}
METRIK_MIN = 3

# The metric menu: six shared metrics, three for each programme. Levels are stored as salted hashes.
METRIK_UMUM = {
    "M1": "Jumlah unggahan kampanye yang terbit di akun resmi Pemkab",
    "M2": "Jumlah media yang memuat siaran pers program",
    "M3": "Jangkauan (reach) seluruh unggahan kampanye",
    "M4": "Engagement rate per jangkauan unggahan kampanye",
    "M5": "Persentase responden survei yang ingat pesan utama kampanye",
    "M6": "Jumlah warga yang bertanya atau berkomentar tentang program di media sosial",
}
METRIK_PROGRAM = {
    "imunisasi": {
        "M7": "Persentase orang tua balita yang tahu jadwal imunisasi kejar (survei)",
        "M8": "Jumlah balita yang dibawa orang tuanya ke puskesmas atau posyandu untuk imunisasi kejar",
        "M9": "Cakupan imunisasi dasar lengkap balita pada akhir program",
    },
    "banjir": {
        "M7": "Persentase warga bantaran sungai yang tahu jalur evakuasi desanya (survei)",
        "M8": "Jumlah desa rawan banjir yang menggelar simulasi evakuasi",
        "M9": "Jumlah warga yang bergabung dengan grup WhatsApp peringatan dini desanya",
    },
    "aplikasi": {
        "M7": "Persentase warga usia 18–35 tahun yang tahu nama aplikasi Sukamaju Melayani (survei)",
        "M8": "Jumlah warga yang mengunduh dan mendaftar di aplikasi",
        "M9": "Jumlah permohonan layanan kependudukan yang diajukan lewat aplikasi",
    },
}
_KUNCI_METRIK = {
    'imunisasi:M1': '5f2e45e73bbb972a', 'imunisasi:M2': '489d1e2aab059ee8', 'imunisasi:M3': 'f6107a8ae962a820',
    'imunisasi:M4': '25f03684d065cfc4', 'imunisasi:M5': '1824acc1ce7d7806', 'imunisasi:M6': 'd8d35c9dfd518d29',
    'imunisasi:M7': '979c7891ac9f5aa0', 'imunisasi:M8': '012b725eab12a3ee', 'imunisasi:M9': '372a7b517bdb9471',
    'banjir:M1': '30cbf7584228eb92', 'banjir:M2': '3d889ae6dae10478', 'banjir:M3': 'caa152f23b441cd1',
    'banjir:M4': '47676fe48cec0336', 'banjir:M5': '4bdae2bc02cf736e', 'banjir:M6': 'b415e5256bafa42a',
    'banjir:M7': '84b9230f864be727', 'banjir:M8': '8916835a7fe7558c', 'banjir:M9': 'aa9b7925e5380348',
    'aplikasi:M1': '6b04ab98cf6bc529', 'aplikasi:M2': 'f7012c9326c42acc', 'aplikasi:M3': 'fee29b4e649e0c5c',
    'aplikasi:M4': 'f9190f2a0cdfa75d', 'aplikasi:M5': '10b6c83f3fe894c7', 'aplikasi:M6': 'e578d15abb82ac1e',
    'aplikasi:M7': '3713e8be0572dca7', 'aplikasi:M8': '052083191450ae7f', 'aplikasi:M9': '93bfef5d52fdf65b',
}


def _h(item: str, answer: str) -> str:
    return salted(_GARAM, item, answer)


# ---------------------------------------------------------------------------
# Helpers participants call

def tabel_program() -> pd.DataFrame:
    """The three briefs side by side (contoh rekaan)."""
    rows = [{"kode": k, "program": b["nama"], "instansi": b["instansi"], "khalayak": b["khalayak"],
             "platform khalayak": ", ".join(b["platform"]), "masa program": f"{b['mulai']} sampai {b['selesai']}"}
            for k, b in PROGRAM.items()]
    return pd.DataFrame(rows).set_index("kode")


def _brief(program, name: str = "program") -> dict:
    code = expect_choice(program, KODE_PROGRAM, name)
    return PROGRAM[code]


def _kode(program) -> str:
    return expect_choice(program, KODE_PROGRAM, "program")


def lihat_program(program) -> None:
    """Print one brief in full (contoh rekaan)."""
    b = _brief(program)
    labels = (("nama", "Program"), ("instansi", "Instansi"), ("masalah", "Masalah"), ("kegiatan", "Kegiatan"),
              ("khalayak", "Khalayak"), ("data_awal", "Data awal"), ("narasumber", "Narasumber"),
              ("narahubung", "Narahubung"))
    for key, label in labels:
        print(f"{label:11} {b[key]}")
    print(f"{'Platform':11} {', '.join(b['platform'])} (platform yang paling banyak dipakai khalayaknya)")
    print(f"{'Masa':11} {b['mulai']} sampai {b['selesai']}")
    print("Catatan: contoh rekaan; tidak ada Kabupaten Sukamaju.")


def daftar_metrik(program) -> pd.DataFrame:
    """The metric menu of a programme (without the levels)."""
    menu = {**METRIK_UMUM, **METRIK_PROGRAM[_kode(program)]}
    return pd.DataFrame({"metrik": list(menu.values())}, index=pd.Index(list(menu), name="kode"))


def tingkat_metrik() -> None:
    """Explain output, out-take and outcome with examples from a campaign not among the briefs."""
    print("Tiga tingkat ukuran evaluasi (Barcelona Principles 3.0; AMEC; GCS OASIS tahap Scoring):\n")
    print("output   = apa yang kita hasilkan dan sampai ke khalayak: unggahan, siaran pers, liputan, jangkauan.")
    print("           Contoh (kampanye pasar murah): 12 unggahan terbit; 5 media memuat beritanya.")
    print("out-take = apa yang ditangkap khalayak: perhatian, kesadaran, keterlibatan (engagement), ingatan.")
    print("           Contoh: 40% responden ingat tanggal pasar murah; ER unggahan naik.")
    print("outcome  = perubahan sikap atau perilaku khalayak, yang menjadi tujuan program.")
    print("           Contoh: jumlah warga yang benar-benar datang dan membeli di pasar murah.")


# ---------------------------------------------------------------------------
# Checks

@register("proyek_program")
def _check_program(jawaban) -> Verdict:
    code = _kode(jawaban)
    return Verdict(True, f"Anda memilih program \"{PROGRAM[code]['nama']}\" (contoh rekaan). "
                         "Semua latihan berikutnya memakai program ini.")


def _parts(jawaban, key: str) -> tuple[str, object]:
    """``(programme code, answer)`` from ``{"program": ..., key: ...}`` (the check cell builds it)."""
    if not isinstance(jawaban, dict) or "program" not in jawaban:
        raise InputError("sel pemeriksaan ini menerima program dan jawaban Anda sekaligus.",
                         "Jangan mengubah sel pemeriksaan; jalankan ulang notebook dari atas.")
    program = jawaban["program"]
    try:
        code = _kode(program)
    except InputError:
        raise InputError(f"program belum dipilih dengan benar ({describe_value(program)}).",
                         "Kerjakan Latihan 1 dulu: program = salah satu dari "
                         + ", ".join(f"\"{k}\"" for k in KODE_PROGRAM) + ".") from None
    return code, jawaban.get(key)


def _date(value, name: str) -> pd.Timestamp:
    """A date from "YYYY-MM-DD" text, a ``date`` or a ``Timestamp``; ``InputError`` otherwise."""
    if isinstance(value, (pd.Timestamp, _dt.date)):
        return pd.Timestamp(value).normalize()
    if not isinstance(value, str):
        raise InputError(f"{name} harus berupa tanggal dalam teks, bukan {describe_value(value)}.",
                         "Tulis tanggal sebagai teks tahun-bulan-tanggal, misalnya \"2025-09-30\".")
    try:
        return pd.Timestamp(_dt.date.fromisoformat(value.strip()))
    except ValueError:
        raise InputError(f"{name} \"{value.strip()}\" tidak dapat dibaca sebagai tanggal.",
                         "Tulis tanggal sebagai teks tahun-bulan-tanggal, misalnya \"2025-09-30\".") from None


def _window(code: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    b = PROGRAM[code]
    return pd.Timestamp(b["mulai"]), pd.Timestamp(b["selesai"])


def _tanggal_id(stamp: pd.Timestamp) -> str:
    bulan = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")
    return f"{stamp.day} {bulan[stamp.month - 1]} {stamp.year}"


def _masa(code: str) -> str:
    start, end = _window(code)
    return f"{_tanggal_id(start)} sampai {_tanggal_id(end)}"


TUJUAN_KUNCI = ("ukuran", "awal", "target", "tenggat")


@register("proyek_tujuan")
def _check_objective(jawaban) -> Verdict:
    code, tujuan = _parts(jawaban, "tujuan")
    expect_dict(tujuan, "tujuan", "{\"ukuran\": \"...\", \"awal\": ..., \"target\": ..., \"tenggat\": \"...\"} "
                "seperti contoh")
    missing = [k for k in TUJUAN_KUNCI if k not in tujuan]
    if "tenggat" in missing or tujuan.get("tenggat") in (None, ""):
        return Verdict(False, "tujuan ini belum punya tenggat, padahal tujuan SMART harus berbatas waktu (T).",
                       "Tambahkan \"tenggat\": tanggal tercapainya target, di dalam masa program.")
    if missing:
        return Verdict(False, "tujuan belum memuat " + ", ".join(f"\"{k}\"" for k in missing) + ".",
                       "Isi keempat bagian: ukuran, awal, target, dan tenggat.")
    ukuran = expect_text(tujuan["ukuran"], "ukuran")
    if len(ukuran.split()) < 3:
        return Verdict(False, f"ukuran \"{ukuran}\" belum menjelaskan apa yang diukur.",
                       "Sebutkan apa yang dihitung dan pada siapa, dalam paling sedikit tiga kata.")
    low = ukuran.casefold()
    output_words = [w for w in KATA_OUTPUT if re.search(rf"\b{re.escape(w)}\b", low)]
    if output_words:
        return Verdict(False, f"ukuran ini memakai \"{output_words[0]}\", yaitu output (hasil kerja humas), "
                              "bukan perubahan pada khalayak.",
                       "Tujuan OASIS berfokus pada outcome: apa yang dilakukan atau berubah pada warga?")
    awal = expect_number(tujuan["awal"], "awal")
    target = expect_number(tujuan["target"], "target")
    if target == awal:
        return Verdict(False, "target sama dengan angka awal, jadi tidak ada perubahan yang dituju.",
                       "Tetapkan angka target yang ingin dicapai pada tenggat.")
    if awal < 0 or target < 0:
        return Verdict(False, "angka awal dan target tidak boleh negatif.", "Periksa lagi kedua angka itu.")
    deadline = _date(tujuan["tenggat"], "tenggat")
    start, end = _window(code)
    if not start < deadline <= end:
        return Verdict(False, f"tenggat {_tanggal_id(deadline)} berada di luar masa program ({_masa(code)}).",
                       "Pilih tenggat sesudah program dimulai dan paling lambat pada hari terakhirnya.")
    return Verdict(True, f"Tujuan SMART: {ukuran}, dari {awal:g} menjadi {target:g}, "
                         f"paling lambat {_tanggal_id(deadline)}.")


@register("proyek_khalayak")
def _check_audience(jawaban) -> Verdict:
    code, jam_tayang = _parts(jawaban, "jam_tayang")
    wanted = PROGRAM[code]["platform"]
    listed = " dan ".join(wanted)
    expect_dict(jam_tayang, "jam_tayang",
                f"{{\"{wanted[0]}\": ..., \"{wanted[1]}\": ...}}, jam tayang terbaik untuk {listed}")
    hours = {}
    for number, (raw, value) in enumerate(jam_tayang.items(), start=1):
        platform = _platform(raw) if isinstance(raw, str) else None
        if platform is None:
            raise InputError(f"\"{raw}\" bukan nama platform yang dikenal.",
                             "Pilih dari: " + ", ".join(f"\"{p}\"" for p in PLATFORM_ORDER) + ".")
        hours[platform] = _hour(value, number, platform)
    if set(hours) != set(wanted):
        return Verdict(False, f"jam_tayang harus memuat tepat platform khalayak program ini ({listed}).",
                       "Lihat baris Platform pada lembar program Anda.")
    best = jam_utama()
    wrong = [p for p in wanted if hours[p] != best[p]]
    if not wrong:
        shown = ", ".join(f"{p} pukul {hours[p]:02d}.00" for p in wanted)
        return Verdict(True, f"Jam tayang terbaik dalam data sintetis: {shown} WIB.")
    return Verdict(False, f"jam tayang untuk {' dan '.join(wrong)} belum yang tertinggi median ER-nya.",
                   "Saring baris platform itu, kelompokkan per \"jam\", hitung median \"er_jangkauan\", lalu .idxmax().")


def _text_cell(value, column: str, number: int) -> str:
    if not isinstance(value, str):
        raise InputError(f"{column} pada baris ke-{number} berupa {describe_value(value)}, bukan teks.",
                         "Tulis setiap isinya di antara tanda petik.")
    return value


@register("proyek_kalender")
def _check_calendar(jawaban) -> Verdict:
    code, kalender = _parts(jawaban, "kalender")
    frame = expect_frame(kalender, "kalender")
    expect_columns(frame, KALENDER_KOLOM, "kalender")
    if len(frame) < KALENDER_MIN_UNGGAHAN:
        return Verdict(False, f"kalender baru berisi {len(frame)} unggahan.",
                       f"Rencanakan paling sedikit {KALENDER_MIN_UNGGAHAN} unggahan selama masa program.")
    brief = PROGRAM[code]
    start, end = _window(code)
    best = jam_utama()
    on_audience, pillars = 0, []
    for number, row in enumerate(frame[list(KALENDER_KOLOM)].itertuples(index=False), start=1):
        stamp = _date(row.tanggal, f"tanggal pada baris ke-{number}")
        if not start <= stamp <= end:
            return Verdict(False, f"baris ke-{number}: tanggal {_tanggal_id(stamp)} di luar masa program "
                                  f"({_masa(code)}).",
                           "Jadwalkan semua unggahan di dalam masa program.")
        raw_platform = _text_cell(row.platform, "platform", number)
        platform = _platform(raw_platform)
        if platform is None:
            raise InputError(f"platform \"{raw_platform}\" pada baris ke-{number} tidak dikenal.",
                             "Pilih dari: " + ", ".join(f"\"{p}\"" for p in PLATFORM_ORDER) + ".")
        raw_format = _text_cell(row.format, "format", number)
        fmt = _normalise(raw_format, FORMATS, _FORMAT_ALIASES)
        if fmt is None:
            raise InputError(f"format \"{raw_format}\" pada baris ke-{number} tidak dikenal.",
                             "Pilih dari: " + ", ".join(f"\"{f}\"" for f in FORMATS) + ".")
        raw_pillar = _text_cell(row.pilar, "pilar", number)
        pillar = _normalise(raw_pillar, PILLARS, _PILLAR_ALIASES)
        if pillar is None:
            raise InputError(f"pilar \"{raw_pillar}\" pada baris ke-{number} tidak dikenal.",
                             "Pilih dari: " + ", ".join(f"\"{p}\"" for p in PILLARS) + ".")
        title = row.judul if isinstance(row.judul, str) else None
        if not title or not title.strip():
            return Verdict(False, f"baris ke-{number}: judul unggahan masih kosong.",
                           "Tulis judul singkat setiap unggahan di antara tanda petik.")
        if fmt not in FORMAT_PER_PLATFORM[platform]:
            return Verdict(False, f"baris ke-{number}: format {fmt} tidak tersedia untuk {platform} dalam kursus ini.",
                           f"Untuk {platform}, pilih salah satu: {', '.join(FORMAT_PER_PLATFORM[platform])}.")
        hour = _hour(row.jam, number, platform)
        if platform in brief["platform"]:
            on_audience += 1
            if hour != best[platform]:
                return Verdict(False, f"baris ke-{number}: unggahan {platform} dijadwalkan pukul {hour:02d}.00, "
                                      "belum pada jam tayang terbaik hasil Latihan 3.",
                               "Pakai jam_tayang yang Anda hitung untuk platform khalayak.")
        pillars.append(pillar)
    if on_audience * 2 < len(frame):
        return Verdict(False, f"hanya {on_audience} dari {len(frame)} unggahan ada di platform khalayak program ini.",
                       "Paling sedikit separuh unggahan harus di platform yang dipakai khalayak program.")
    ceremonial = pillars.count("seremonial")
    if ceremonial > KALENDER_MAKS_SEREMONIAL:
        return Verdict(False, f"ada {ceremonial} unggahan seremonial.",
                       f"Batasi unggahan seremonial paling banyak {KALENDER_MAKS_SEREMONIAL}; "
                       "angkat manfaat program bagi warga.")
    return Verdict(True, f"Kalender {len(frame)} unggahan di dalam masa program sudah memenuhi semua aturan.")


# Structure checks of the release (course.engines.press_release), with the brief's key facts.
RILIS_CEK = ("dateline", "teras", "kutipan", "tentang", "narahubung", "penutup")


@register("proyek_rilis")
def _check_release(jawaban) -> Verdict:
    code, siaran = _parts(jawaban, "siaran")
    report = releases.periksa(expect_text(siaran, "siaran"), PROGRAM[code]["fakta"])
    failed = [report[i] for i in RILIS_CEK if not report[i].ok]
    if not failed:
        return Verdict(True, "Lolos: " + ", ".join(report[i].nama for i in RILIS_CEK) + ".")
    listed = " ".join(f"({n}) {h.nama}: {h.pesan}" for n, h in enumerate(failed, start=1))
    return Verdict(False, f"{len(failed)} dari {len(RILIS_CEK)} cek struktur belum lolos. {listed}",
                   "Perbaiki bagian itu di sel siaran, jalankan selnya, lalu jalankan sel ini lagi.")


@register("proyek_judul")
def _check_headline(jawaban) -> Verdict:
    code, siaran = _parts(jawaban, "siaran")
    title = releases.judul_dari(expect_text(siaran, "siaran"))
    if not title:
        return Verdict(False, "judul siaran pers belum ditemukan.",
                       "Tulis judul di baris tersendiri di atas paragraf pertama, sesudah label SIARAN PERS.")
    problems = judul.nilai_judul(title, PROGRAM[code]["wajib_judul"], nama="judul siaran")
    if not problems:
        return Verdict(True, f"Judul \"{title}\" lugas, memuat fakta kunci, dan ejaannya rapi.")
    listed = " ".join(f"({n}) {msg}" for n, (_r, msg, _h2) in enumerate(problems, start=1))
    return Verdict(False, f"judul \"{title}\": {listed}", problems[0][2])


@register("proyek_konpers")
def _check_press_conference(jawaban) -> Verdict:
    expect_dict(jawaban, "konpers", "{\"keputusan\": \"...\", \"alasan\": \"...\"} seperti pada soal")
    expect_choice(jawaban.get("keputusan"), KEPUTUSAN_KONPERS, "keputusan")
    alasan = expect_text(jawaban.get("alasan"), "alasan")
    words = len(alasan.split())
    if words < ALASAN_MIN_KATA:
        return Verdict(False, f"alasannya baru {words} kata.",
                       f"Jelaskan dalam paling sedikit {ALASAN_MIN_KATA} kata: apakah beritanya sangat penting, "
                       "atau perlu tanya jawab untuk menjelaskannya?")
    return Verdict(True, "Keputusan dan alasannya tercatat; instruktur akan membahas alasannya.")


def _level(value, code: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"tingkat metrik {code} berupa {describe_value(value)}.",
                         "Tulis salah satu dari \"output\", \"out-take\", atau \"outcome\" di antara tanda petik.")
    key = " ".join(value.strip().casefold().split())
    key = _TINGKAT_ALIASES.get(key, key)
    if key not in TINGKAT:
        raise InputError(f"\"{value.strip()}\" (metrik {code}) bukan tingkat yang dikenal.",
                         "Tulis salah satu dari \"output\", \"out-take\", atau \"outcome\".")
    return key


@register("proyek_metrik")
def _check_metrics(jawaban) -> Verdict:
    code, metrik = _parts(jawaban, "metrik")
    expect_dict(metrik, "metrik", "{\"M1\": \"output\", ...} dengan kode dari tabel daftar_metrik")
    menu = {**METRIK_UMUM, **METRIK_PROGRAM[code]}
    labels = {}
    for raw, value in metrik.items():
        key = str(raw).strip().upper()
        if key not in menu:
            raise InputError(f"\"{raw}\" bukan kode metrik pada tabel program ini.",
                             "Pakai kode dari tabel daftar_metrik, misalnya \"M1\".")
        labels[key] = _level(value, key)
    if len(labels) < METRIK_MIN:
        return Verdict(False, f"baru {len(labels)} metrik yang dipilih.",
                       f"Pilih paling sedikit {METRIK_MIN} metrik dari tabel.")
    wrong = [k for k, level in labels.items() if _h(f"{code}:{k}", level) != _KUNCI_METRIK[f"{code}:{k}"]]
    if wrong:
        return Verdict(False, f"{len(wrong)} metrik belum tepat tingkatnya.",
                       "Jalankan tingkat_metrik() lagi: yang dihasilkan humas (output), yang ditangkap khalayak "
                       "(out-take), atau perubahan perilaku khalayak (outcome)?")
    if "outcome" not in labels.values():
        return Verdict(False, "rencana evaluasi ini belum memuat satu pun outcome.",
                       "Barcelona Principles 3.0: ukur juga outcome, yaitu perubahan perilaku khalayak yang menjadi "
                       "tujuan program.")
    counts = {t: list(labels.values()).count(t) for t in TINGKAT}
    return Verdict(True, f"{counts['output']} output, {counts['out-take']} out-take, dan {counts['outcome']} outcome; "
                         "evaluasi Anda mengukur sampai perubahan perilaku.")

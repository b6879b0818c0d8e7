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
  ``course.engines.press_release``) and its headline (session 03 rules, ``course.sessions.shared.nilai_judul``);
* ``proyek_konpers``: the press-conference decision, one allowed value with a reason;
* ``proyek_metrik``: evaluation metrics from the programme's menu, each labelled output,
  out-take or outcome (Barcelona Principles 3.0; AMEC), with at least one outcome.

Every check that depends on the brief takes ``{"program": program, ...}``. The rules reuse those of
sessions 01 (calendar rows, prime hours), 03 (headline rules) and 05 (``course.engines.press_release``)
through ``course.sessions.shared``; nothing is copied.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from importlib import resources

import pandas as pd

from course.answer_keys import salted
from course.checks import Verdict, group_check, judged, register
from course.engines import press_release
from course.engines.engagement_frames import siapkan
from course.engines.synthetic_data import load_clean
from course.errors import (
    InputError,
    describe_value,
    expect_choice,
    expect_dict,
    expect_number,
    expect_text,
)
from course.sessions.shared import (
    calendar_frame,
    calendar_hour,
    calendar_row,
    ceremonial_verdict,
    format_verdict,
    jam_utama,
    periksa_siaran,
    release_headline_verdict,
    short_calendar,
)
from course.vocabulary import BULAN, PLATFORMS, platform_name

# The notebook's names: the briefs and the metric menu, the data set with its ER columns, the release checker.
__all__ = [
    "KODE_PROGRAM",
    "METRIK_PROGRAM",
    "METRIK_UMUM",
    "PROGRAM",
    "daftar_metrik",
    "lihat_program",
    "load_clean",
    "periksa_siaran",
    "siapkan",
    "tabel_program",
    "tingkat_metrik",
]

_GARAM = "bimtek-07"

# Three fictional programme briefs ("contoh rekaan") and the metric menu, in course/data/proyek_program.json.
# The audience's platforms are part of the brief (an assumption of the exercise, not a survey finding).
_DATA = json.loads(resources.files("course").joinpath("data/proyek_program.json").read_text(encoding="utf-8"))
PROGRAM = {code: {**brief, "platform": tuple(brief["platform"])} for code, brief in _DATA["program"].items()}
KODE_PROGRAM = tuple(PROGRAM)

# Words that make a measure an output (what was produced or received), not an outcome.
KATA_OUTPUT = tuple(_DATA["kata_output"])

KALENDER_KOLOM = ("tanggal", "jam", "platform", "format", "pilar", "judul")
KALENDER_MIN_UNGGAHAN = 6

KEPUTUSAN_KONPERS = ("konferensi pers", "siaran pers saja")
ALASAN_MIN_KATA = 10

TINGKAT = ("output", "out-take", "outcome")
_TINGKAT_ALIASES: dict[str, str] = _DATA["alias_tingkat"]  # "outtake" -> "out-take", "keluaran" -> "output", ...
METRIK_MIN = 3

# The metric menu: six shared metrics, three for each programme. Levels are stored as salted hashes.
METRIK_UMUM: dict[str, str] = _DATA["metrik_umum"]
METRIK_PROGRAM: dict[str, dict[str, str]] = _DATA["metrik_program"]
_KUNCI_METRIK: dict[str, str] = _DATA["kunci_metrik"]


def _h(item: str, answer: str) -> str:
    return salted(_GARAM, item, answer)


# ---------------------------------------------------------------------------
# Helpers participants call


def tabel_program() -> pd.DataFrame:
    """The three briefs side by side (contoh rekaan)."""
    rows = [
        {
            "kode": k,
            "program": b["nama"],
            "instansi": b["instansi"],
            "khalayak": b["khalayak"],
            "platform khalayak": ", ".join(b["platform"]),
            "masa program": f"{b['mulai']} sampai {b['selesai']}",
        }
        for k, b in PROGRAM.items()
    ]
    return pd.DataFrame(rows).set_index("kode")


def _brief(program, name: str = "program") -> dict:
    code = expect_choice(program, KODE_PROGRAM, name)
    return PROGRAM[code]


def _kode(program) -> str:
    return expect_choice(program, KODE_PROGRAM, "program")


def lihat_program(program) -> None:
    """Print one brief in full (contoh rekaan)."""
    b = _brief(program)
    labels = (
        ("nama", "Program"),
        ("instansi", "Instansi"),
        ("masalah", "Masalah"),
        ("kegiatan", "Kegiatan"),
        ("khalayak", "Khalayak"),
        ("data_awal", "Data awal"),
        ("narasumber", "Narasumber"),
        ("narahubung", "Narahubung"),
    )
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
    return Verdict(
        True,
        f'Anda memilih program "{PROGRAM[code]["nama"]}" (contoh rekaan). '
        "Semua latihan berikutnya memakai program ini.",
    )


def _parts(jawaban, key: str) -> tuple[str, object]:
    """``(programme code, answer)`` from ``{"program": ..., key: ...}`` (the check cell builds it)."""
    if not isinstance(jawaban, dict) or "program" not in jawaban:
        raise InputError(
            "sel pemeriksaan ini menerima program dan jawaban Anda sekaligus.",
            "Jangan mengubah sel pemeriksaan; jalankan ulang notebook dari atas.",
        )
    program = jawaban["program"]
    try:
        code = _kode(program)
    except InputError:
        raise InputError(
            f"program belum dipilih dengan benar ({describe_value(program)}).",
            "Kerjakan Latihan 1 dulu: program = salah satu dari " + ", ".join(f'"{k}"' for k in KODE_PROGRAM) + ".",
        ) from None
    return code, jawaban.get(key)


def _date(value, name: str) -> pd.Timestamp:
    """A date from "YYYY-MM-DD" text, a ``date`` or a ``Timestamp``; ``InputError`` otherwise."""
    if isinstance(value, (pd.Timestamp, _dt.date)):
        return pd.Timestamp(value).normalize()
    if not isinstance(value, str):
        raise InputError(
            f"{name} harus berupa tanggal dalam teks, bukan {describe_value(value)}.",
            'Tulis tanggal sebagai teks tahun-bulan-tanggal, misalnya "2025-09-30".',
        )
    try:
        return pd.Timestamp(_dt.date.fromisoformat(value.strip()))
    except ValueError:
        raise InputError(
            f'{name} "{value.strip()}" tidak dapat dibaca sebagai tanggal.',
            'Tulis tanggal sebagai teks tahun-bulan-tanggal, misalnya "2025-09-30".',
        ) from None


def _window(code: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    b = PROGRAM[code]
    return pd.Timestamp(b["mulai"]), pd.Timestamp(b["selesai"])


def _tanggal_id(stamp: pd.Timestamp) -> str:
    return f"{stamp.day} {BULAN[stamp.month - 1]} {stamp.year}"


def _masa(code: str) -> str:
    start, end = _window(code)
    return f"{_tanggal_id(start)} sampai {_tanggal_id(end)}"


TUJUAN_KUNCI = ("ukuran", "awal", "target", "tenggat")


@register("proyek_tujuan")
def _check_objective(jawaban) -> Verdict:
    code, tujuan = _parts(jawaban, "tujuan")
    expect_dict(tujuan, "tujuan", '{"ukuran": "...", "awal": ..., "target": ..., "tenggat": "..."} seperti contoh')
    missing = [k for k in TUJUAN_KUNCI if k not in tujuan]
    if "tenggat" in missing or tujuan.get("tenggat") in (None, ""):
        return Verdict(
            False,
            "tujuan ini belum punya tenggat, padahal tujuan SMART harus berbatas waktu (T).",
            'Tambahkan "tenggat": tanggal tercapainya target, di dalam masa program.',
        )
    if missing:
        return Verdict(
            False,
            "tujuan belum memuat " + ", ".join(f'"{k}"' for k in missing) + ".",
            "Isi keempat bagian: ukuran, awal, target, dan tenggat.",
        )
    ukuran = expect_text(tujuan["ukuran"], "ukuran")
    if len(ukuran.split()) < 3:
        return Verdict(
            False,
            f'ukuran "{ukuran}" belum menjelaskan apa yang diukur.',
            "Sebutkan apa yang dihitung dan pada siapa, dalam paling sedikit tiga kata.",
        )
    low = ukuran.casefold()
    output_words = [w for w in KATA_OUTPUT if re.search(rf"\b{re.escape(w)}\b", low)]
    if output_words:
        return Verdict(
            False,
            f'ukuran ini memakai "{output_words[0]}", yaitu output (hasil kerja humas), bukan perubahan pada khalayak.',
            "Tujuan OASIS berfokus pada outcome: apa yang dilakukan atau berubah pada warga?",
        )
    awal = expect_number(tujuan["awal"], "awal")
    target = expect_number(tujuan["target"], "target")
    if target == awal:
        return Verdict(
            False,
            "target sama dengan angka awal, jadi tidak ada perubahan yang dituju.",
            "Tetapkan angka target yang ingin dicapai pada tenggat.",
        )
    if awal < 0 or target < 0:
        return Verdict(False, "angka awal dan target tidak boleh negatif.", "Periksa lagi kedua angka itu.")
    deadline = _date(tujuan["tenggat"], "tenggat")
    start, end = _window(code)
    if not start < deadline <= end:
        return Verdict(
            False,
            f"tenggat {_tanggal_id(deadline)} berada di luar masa program ({_masa(code)}).",
            "Pilih tenggat sesudah program dimulai dan paling lambat pada hari terakhirnya.",
        )
    return Verdict(
        True, f"Tujuan SMART: {ukuran}, dari {awal:g} menjadi {target:g}, paling lambat {_tanggal_id(deadline)}."
    )


@register("proyek_khalayak")
def _check_audience(jawaban) -> Verdict:
    code, jam_tayang = _parts(jawaban, "jam_tayang")
    wanted = PROGRAM[code]["platform"]
    listed = " dan ".join(wanted)
    expect_dict(
        jam_tayang, "jam_tayang", f'{{"{wanted[0]}": ..., "{wanted[1]}": ...}}, jam tayang terbaik untuk {listed}'
    )
    hours = {}
    for number, (raw, value) in enumerate(jam_tayang.items(), start=1):
        platform = platform_name(raw) if isinstance(raw, str) else None
        if platform is None:
            raise InputError(
                f'"{raw}" bukan nama platform yang dikenal.',
                "Pilih dari: " + ", ".join(f'"{p}"' for p in PLATFORMS) + ".",
            )
        hours[platform] = calendar_hour(value, number, platform)
    if set(hours) != set(wanted):
        return Verdict(
            False,
            f"jam_tayang harus memuat tepat platform khalayak program ini ({listed}).",
            "Lihat baris Platform pada lembar program Anda.",
        )
    best = jam_utama()
    wrong = [p for p in wanted if hours[p] != best[p]]
    shown = ", ".join(f"{p} pukul {hours[p]:02d}.00" for p in wanted)
    return judged(
        not wrong,
        f"Jam tayang terbaik dalam data sintetis: {shown} WIB.",
        f"jam tayang untuk {' dan '.join(wrong)} belum yang tertinggi median ER-nya.",
        'Saring baris platform itu, kelompokkan per "jam", hitung median "er_jangkauan", lalu .idxmax().',
    )


@register("proyek_kalender")
def _check_calendar(jawaban) -> Verdict:
    code, kalender = _parts(jawaban, "kalender")
    frame = calendar_frame(kalender, KALENDER_KOLOM)
    too_short = short_calendar(frame, KALENDER_MIN_UNGGAHAN, " selama masa program.")
    if too_short:
        return too_short
    brief = PROGRAM[code]
    start, end = _window(code)
    best = jam_utama()
    on_audience, pillars = 0, []
    for number, row in enumerate(frame[list(KALENDER_KOLOM)].itertuples(index=False), start=1):
        stamp = _date(row.tanggal, f"tanggal pada baris ke-{number}")
        if not start <= stamp <= end:
            return Verdict(
                False,
                f"baris ke-{number}: tanggal {_tanggal_id(stamp)} di luar masa program ({_masa(code)}).",
                "Jadwalkan semua unggahan di dalam masa program.",
            )
        platform, fmt, pillar = calendar_row(row.platform, row.format, row.pilar, number)
        title = row.judul if isinstance(row.judul, str) else None
        if not title or not title.strip():
            return Verdict(
                False,
                f"baris ke-{number}: judul unggahan masih kosong.",
                "Tulis judul singkat setiap unggahan di antara tanda petik.",
            )
        wrong_format = format_verdict(fmt, platform, number)
        if wrong_format:
            return wrong_format
        hour = calendar_hour(row.jam, number, platform)
        if platform in brief["platform"]:
            on_audience += 1
            if hour != best[platform]:
                return Verdict(
                    False,
                    f"baris ke-{number}: unggahan {platform} dijadwalkan pukul {hour:02d}.00, "
                    "belum pada jam tayang terbaik hasil Latihan 3.",
                    "Pakai jam_tayang yang Anda hitung untuk platform khalayak.",
                )
        pillars.append(pillar)
    if on_audience * 2 < len(frame):
        return Verdict(
            False,
            f"hanya {on_audience} dari {len(frame)} unggahan ada di platform khalayak program ini.",
            "Paling sedikit separuh unggahan harus di platform yang dipakai khalayak program.",
        )
    return ceremonial_verdict(pillars, "angkat manfaat program bagi warga.") or Verdict(
        True, f"Kalender {len(frame)} unggahan di dalam masa program sudah memenuhi semua aturan."
    )


# Structure checks of the release (course.engines.press_release), with the brief's key facts.
RILIS_CEK = ("dateline", "teras", "kutipan", "tentang", "narahubung", "penutup")


def _release_report(jawaban) -> press_release.LaporanSiaran:
    code, siaran = _parts(jawaban, "siaran")
    return press_release.periksa(expect_text(siaran, "siaran"), PROGRAM[code]["fakta"])


register("proyek_rilis")(
    group_check(
        RILIS_CEK,
        _release_report,
        noun="cek struktur",
        hint="Perbaiki bagian itu di sel siaran, jalankan selnya, lalu jalankan sel ini lagi.",
    )
)


@register("proyek_judul")
def _check_headline(jawaban) -> Verdict:
    code, siaran = _parts(jawaban, "siaran")
    return release_headline_verdict(siaran, PROGRAM[code]["wajib_judul"])


@register("proyek_konpers")
def _check_press_conference(jawaban) -> Verdict:
    expect_dict(jawaban, "konpers", '{"keputusan": "...", "alasan": "..."} seperti pada soal')
    expect_choice(jawaban.get("keputusan"), KEPUTUSAN_KONPERS, "keputusan")
    alasan = expect_text(jawaban.get("alasan"), "alasan")
    words = len(alasan.split())
    if words < ALASAN_MIN_KATA:
        return Verdict(
            False,
            f"alasannya baru {words} kata.",
            f"Jelaskan dalam paling sedikit {ALASAN_MIN_KATA} kata: apakah beritanya sangat penting, "
            "atau perlu tanya jawab untuk menjelaskannya?",
        )
    return Verdict(True, "Keputusan dan alasannya tercatat; instruktur akan membahas alasannya.")


def _level(value, code: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(
            f"tingkat metrik {code} berupa {describe_value(value)}.",
            'Tulis salah satu dari "output", "out-take", atau "outcome" di antara tanda petik.',
        )
    key = " ".join(value.strip().casefold().split())
    key = _TINGKAT_ALIASES.get(key, key)
    if key not in TINGKAT:
        raise InputError(
            f'"{value.strip()}" (metrik {code}) bukan tingkat yang dikenal.',
            'Tulis salah satu dari "output", "out-take", atau "outcome".',
        )
    return key


@register("proyek_metrik")
def _check_metrics(jawaban) -> Verdict:
    code, metrik = _parts(jawaban, "metrik")
    expect_dict(metrik, "metrik", '{"M1": "output", ...} dengan kode dari tabel daftar_metrik')
    menu = {**METRIK_UMUM, **METRIK_PROGRAM[code]}
    labels = {}
    for raw, value in metrik.items():
        key = str(raw).strip().upper()
        if key not in menu:
            raise InputError(
                f'"{raw}" bukan kode metrik pada tabel program ini.',
                'Pakai kode dari tabel daftar_metrik, misalnya "M1".',
            )
        labels[key] = _level(value, key)
    if len(labels) < METRIK_MIN:
        return Verdict(
            False, f"baru {len(labels)} metrik yang dipilih.", f"Pilih paling sedikit {METRIK_MIN} metrik dari tabel."
        )
    wrong = [k for k, level in labels.items() if _h(f"{code}:{k}", level) != _KUNCI_METRIK[f"{code}:{k}"]]
    if wrong:
        return Verdict(
            False,
            f"{len(wrong)} metrik belum tepat tingkatnya.",
            "Jalankan tingkat_metrik() lagi: yang dihasilkan humas (output), yang ditangkap khalayak "
            "(out-take), atau perubahan perilaku khalayak (outcome)?",
        )
    if "outcome" not in labels.values():
        return Verdict(
            False,
            "rencana evaluasi ini belum memuat satu pun outcome.",
            "Barcelona Principles 3.0: ukur juga outcome, yaitu perubahan perilaku khalayak yang menjadi "
            "tujuan program.",
        )
    counts = {t: list(labels.values()).count(t) for t in TINGKAT}
    return Verdict(
        True,
        f"{counts['output']} output, {counts['out-take']} out-take, dan {counts['outcome']} outcome; "
        "evaluasi Anda mengukur sampai perubahan perilaku.",
    )

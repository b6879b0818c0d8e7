"""Session 07 (Proyek Akhir): a communication plan for a kabupaten programme, and its checks.

The participant picks one of three programme briefs (``PROGRAM``; fictional, "contoh
rekaan": there is no Kabupaten Sukamaju) and builds a plan on the UK GCS OASIS model
(Objectives, Audience insight, Strategy, Implementation, Scoring), which follows the
Permenpan-RB 83/2012 cycle (perencanaan, pelaksanaan, pemantauan, evaluasi):

* ``proyek_program``: the chosen brief (one of the codes);
* ``proyek_tujuan``: a SMART objective (what is measured, baseline, target, deadline
  inside the programme window; an outcome, not an output);
* ``proyek_khalayak``: audience insight from the session 02 data set ("data sintetis"): for each
  platform the programme's audience uses, an hour the data supports (read from ``jam_terbaik_per``);
  ``lanjutan_proyek_khalayak`` is the same with pandas (optional advanced track);
* ``proyek_kalender``: a content calendar (a list of posts) inside the programme window, its hours
  under the posting-hour rule of ``course.engines.posting_hours``;
* ``proyek_rilis`` and ``proyek_judul``: the press release (structure checks of
  ``course.engines.press_release``) and its headline (session 03 rules, ``course.sessions.shared.nilai_judul``);
* ``proyek_konpers``: the press-conference decision, one allowed value with a reason;
* ``proyek_metrik``: evaluation metrics from the programme's menu, each labelled output,
  out-take or outcome (Barcelona Principles 3.0; AMEC), with at least one outcome.

Every check that depends on the brief takes ``{"program": program, ...}``. The rules reuse those of
sessions 01 (calendar, posting-hour rule), 03 (headline rules) and 05 (``course.engines.press_release``)
through ``course.sessions.shared`` and the engines; nothing is copied.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import re
from importlib import resources

import pandas as pd

from course.answer_keys import salted
from course.checks import Verdict, group_check, register
from course.engines import press_release
from course.engines.engagement_frames import siapkan
from course.engines.posting_hours import benchmark_days, data_hours, hour_table, tabel_jam_tayang
from course.engines.synthetic_data import load_clean
from course.errors import (
    InputError,
    describe_value,
    expect_choice,
    expect_columns,
    expect_dict,
    expect_frame,
    expect_number,
    expect_text,
)
from course.sessions.shared import (
    calendar_hour,
    calendar_rows,
    ceremonial_verdict,
    periksa_siaran,
    post_verdict,
    read_date,
    read_post,
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
    "jam_terbaik_per",
    "lihat_program",
    "load_clean",
    "periksa_siaran",
    "siapkan",
    "tabel_jam_tayang",
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


def _platform(value) -> str:
    """A platform by its course name; ``InputError`` listing the five otherwise."""
    platform = platform_name(value) if isinstance(value, str) else None
    if platform is None:
        raise InputError(
            f"{describe_value(value)} bukan nama platform yang dikenal.",
            "Pilih dari: " + ", ".join(f'"{p}"' for p in PLATFORMS) + ".",
        )
    return platform


def jam_terbaik_per(data, platform) -> pd.DataFrame:
    """Median ER by reach per posting hour of ``platform`` in ``data``, best first; "ya" in the last column
    marks the hours the posting-hour rule counts as supported by the data (data sintetis)."""
    name = _platform(platform)
    frame = expect_frame(data, "data")
    expect_columns(frame, ["platform"], "data")
    frame = frame if {"jam", "er_jangkauan"} <= set(frame.columns) else siapkan(frame)
    return hour_table(frame[frame["platform"] == name])


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


def _window(code: str) -> tuple[_dt.date, _dt.date]:
    b = PROGRAM[code]
    return read_date(b["mulai"], "mulai"), read_date(b["selesai"], "selesai")


def _tanggal_id(stamp: _dt.date) -> str:
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
    deadline = read_date(tujuan["tenggat"], "tenggat")
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


def _audience_verdict(jawaban, name: str) -> Verdict:
    """The verdict on ``{"program": ..., name: {platform: hour}}``: an hour the data supports for each of the
    programme's two audience platforms (``course.engines.posting_hours``)."""
    code, jam_tayang = _parts(jawaban, name)
    wanted = PROGRAM[code]["platform"]
    listed = " dan ".join(wanted)
    expect_dict(jam_tayang, name, f'{{"{wanted[0]}": ..., "{wanted[1]}": ...}}, jam yang didukung data untuk {listed}')
    hours = {}
    for raw, value in jam_tayang.items():
        platform = _platform(raw)
        hours[platform] = calendar_hour(value, f"jam untuk {platform}")
    if set(hours) != set(wanted):
        return Verdict(
            False,
            f"{name} harus memuat tepat platform khalayak program ini ({listed}).",
            "Lihat baris Platform pada lembar program Anda.",
        )
    supported = data_hours()
    wrong = next((p for p in wanted if hours[p] not in supported[p]), None)
    shown = ", ".join(f"{p} pukul {hours[p]:02d}.00" for p in wanted)
    if wrong is None:
        return Verdict(True, f"Jam yang didukung data sintetis: {shown} WIB.")
    advice = f'Jalankan jam_terbaik_per(data, "{wrong}") dan pilih jam yang bertanda "ya" di kolom didukung data.'
    if benchmark_days(wrong, hours[wrong]):
        return Verdict(
            False,
            f"pukul {hours[wrong]:02d}.00 untuk {wrong} adalah jam tolok ukur Hootsuite, bukan hasil data sintetis.",
            "Latihan ini meminta jam dari data; tolok ukur dipakai di kalender Latihan 6. " + advice,
        )
    return Verdict(False, f"pukul {hours[wrong]:02d}.00 untuk {wrong} belum didukung data sintetis.", advice)


register(
    "proyek_khalayak",
    where="contoh YouTube di bagian 5: kolom didukung data pada jam_terbaik_per",
    example='YouTube: baris yang bertanda "ya" adalah jam 16, jadi jawabannya {"YouTube": 16}.',
)(functools.partial(_audience_verdict, name="jam_tayang"))
register("lanjutan_proyek_khalayak")(functools.partial(_audience_verdict, name="jam_tayang_pandas"))


@register(
    "proyek_kalender",
    where="tabel jam tayang dan contoh kalender KTP-el di bagian 7",
    example='{"tanggal": "2025-05-11", "jam": 10, "platform": "Facebook", "format": "gambar", "pilar": '
    '"di balik layar", "judul": "..."}: Minggu pukul 10 adalah jam tolok ukur Hootsuite untuk Facebook.',
)
def _check_calendar(jawaban) -> Verdict:
    code, kalender = _parts(jawaban, "kalender")
    rows = calendar_rows(kalender, KALENDER_KOLOM)
    too_short = short_calendar(rows, KALENDER_MIN_UNGGAHAN, " selama masa program.")
    if too_short:
        return too_short
    start, end = _window(code)
    posts = [read_post(row, number) for number, row in enumerate(rows, start=1)]
    for post in posts:
        wrong = post_verdict(post)
        if not start <= post.date <= end:
            wrong = Verdict(
                False,
                f"unggahan ke-{post.number}: tanggal {_tanggal_id(post.date)} di luar masa program ({_masa(code)}).",
                "Jadwalkan semua unggahan di dalam masa program.",
            )
        title = post.row["judul"]
        if not isinstance(title, str) or not title.strip():
            wrong = wrong or Verdict(
                False,
                f"unggahan ke-{post.number}: judul unggahan masih kosong.",
                "Tulis judul singkat setiap unggahan di antara tanda petik.",
            )
        if wrong:
            return wrong
    on_audience = sum(post.platform in PROGRAM[code]["platform"] for post in posts)
    if on_audience * 2 < len(posts):
        return Verdict(
            False,
            f"hanya {on_audience} dari {len(posts)} unggahan ada di platform khalayak program ini.",
            "Paling sedikit separuh unggahan harus di platform yang dipakai khalayak program.",
        )
    return ceremonial_verdict([post.pillar for post in posts], "angkat manfaat program bagi warga.") or Verdict(
        True, f"Kalender {len(posts)} unggahan di dalam masa program sudah memenuhi semua aturan."
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

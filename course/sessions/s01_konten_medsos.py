"""Session 01 (konten media sosial): content taxonomy, example posts, and the checks.

Exercises: pick the platform for audience scenarios (``konten_1``); classify
example posts into pillar (``konten_2``) and format (``konten_3``); the share
of ceremonial posts in the synthetic data (``konten_4``); a month's content
calendar that satisfies stated rules (``konten_5``). Facts in the scenarios come
from ``../shared/domain/brief.md`` (DataReportal Digital 2024, section 5.4);
the platform features are those listed in the notebook's platform table.
"""

from __future__ import annotations

import functools
import math

import pandas as pd

from course.checks import Verdict, broken_rule, count_verdict, register
from course.engines import synthetic_data
from course.engines.charts import grafik_median
from course.engines.engagement_frames import jam_terbaik, siapkan
from course.errors import InputError, expect_list_of_text, expect_number
from course.sessions.shared import (
    FORMAT_ALIASES,
    PILLAR_ALIASES,
    calendar_frame,
    calendar_hour,
    calendar_row,
    ceremonial_verdict,
    format_per_platform,
    format_verdict,
    jam_utama,
    normalise,
    short_calendar,
)
from course.vocabulary import PLATFORMS, platform_name

# The notebook imports these (with the engine functions it shows: grafik_median, siapkan, jam_terbaik).
__all__ = [
    "CONTOH",
    "FORMATS",
    "FORMAT_PER_PLATFORM",
    "KALENDER_KOLOM",
    "PILLARS",
    "SKENARIO",
    "contoh_unggahan",
    "grafik_median",
    "jam_terbaik",
    "jam_utama",
    "siapkan",
    "tabel_skenario",
]

PILLARS = synthetic_data.PILLARS
FORMATS = synthetic_data.FORMATS
# Formats each platform carries in the course data (and in the calendar exercise).
FORMAT_PER_PLATFORM = format_per_platform()

# Example posts of a fictional kabupaten (data sintetis), with the accepted pillar and format.
CONTOH = (
    {
        "platform": "Instagram",
        "teks": "Jadwal layanan KTP-el keliling di Kecamatan Sukadana, 3–5 Juni. Bawa fotokopi KK.",
        "media": "satu foto poster jadwal",
        "pilar": {"informasi"},
        "format": {"gambar"},
    },
    {
        "platform": "TikTok",
        "teks": "Sehari bersama petugas damkar Sukamaju: dari apel pagi sampai memadamkan api.",
        "media": "video vertikal 45 detik",
        "pilar": {"di balik layar"},
        "format": {"video"},
    },
    {
        "platform": "Facebook",
        "teks": "Bupati Sukamaju menghadiri upacara pelantikan pengurus organisasi kemasyarakatan.",
        "media": "lima foto jalannya upacara",
        "pilar": {"seremonial"},
        "format": {"gambar"},
    },
    {
        "platform": "X",
        "teks": "Tebak: berapa hari kerja mengurus akta kelahiran di Sukamaju? Balas dengan jawabanmu, "
        "3 penjawab benar pertama dapat suvenir!",
        "media": "tanpa gambar",
        "pilar": {"edukasi", "informasi"},
        "format": {"kuis"},
    },
    {
        "platform": "Instagram",
        "teks": "Dibuka lowongan 20 tenaga kesehatan di puskesmas. Syarat dan jadwal ada di slide.",
        "media": "empat slide berisi bagan syarat dan alur pendaftaran",
        "pilar": {"karier"},
        "format": {"infografik"},
    },
    {
        "platform": "YouTube",
        "teks": "Ngobrol Pembangunan eps. 12: Kepala Dinas PUPR menjelaskan progres jembatan Sukadana yang sudah 70%.",
        "media": "obrolan 35 menit, bisa didengar tanpa menonton",
        "pilar": {"progres"},
        "format": {"podcast"},
    },
    {
        "platform": "X",
        "teks": "Utas: kenalan dengan Diskominfo Sukamaju. Apa saja tugas dan layanannya? (1/5)",
        "media": "tanpa gambar",
        "pilar": {"profil"},
        "format": {"teks"},
    },
)

# Audience scenarios and the platform(s) that fit, per the notebook's platform table.
SKENARIO = (
    (
        "Pengumuman pendaftaran sekolah yang ingin dilihat sebanyak mungkin pengguna internet usia 16–64 tahun; "
        "pilih platform media sosial (bukan aplikasi pesan) dengan pengguna bulanan terbanyak menurut Digital 2024.",
        {"Instagram"},
        "Lihat tabel Digital 2024: cari persentase tertinggi di luar WhatsApp dan Telegram.",
    ),
    (
        "Rekaman lengkap rapat paripurna DPRD (2 jam) yang perlu diarsipkan dan bisa dicari serta ditonton ulang kapan saja.",
        {"YouTube"},
        "Cari platform untuk video panjang yang tersimpan sebagai arsip.",
    ),
    (
        "Kabar singkat kondisi jalan saat banjir, diperbarui beberapa kali sehari dan mudah diteruskan ulang (repost).",
        {"X"},
        "Cari platform yang bertumpu pada teks pendek dan utas.",
    ),
    (
        "Video vertikal 30 detik tentang cara mendaftar aplikasi pengaduan warga.",
        {"TikTok", "Instagram"},
        "Cari platform yang menonjolkan video pendek vertikal.",
    ),
    (
        "Ajakan kerja bakti yang ingin disebarkan lewat grup komunitas warga desa yang sudah ada, dengan foto dan teks panjang.",
        {"Facebook"},
        "Cari platform yang punya fitur grup komunitas dan menerima teks panjang.",
    ),
)

# Calendar rules (the notebook states the same numbers).
KALENDER_KOLOM = ("tanggal", "platform", "jam", "format", "pilar")
KALENDER_MIN_UNGGAHAN = 8
KALENDER_MIN_PLATFORM = 3
KALENDER_MIN_PILAR = 3


def contoh_unggahan() -> pd.DataFrame:
    """The example posts as a table for the notebook (without the answers)."""
    return pd.DataFrame(
        [
            {"nomor": i, "platform": c["platform"], "teks": c["teks"], "media": c["media"]}
            for i, c in enumerate(CONTOH, start=1)
        ]
    ).set_index("nomor")


def tabel_skenario() -> pd.DataFrame:
    return pd.DataFrame({"skenario": [s[0] for s in SKENARIO]}, index=pd.RangeIndex(1, len(SKENARIO) + 1, name="nomor"))


def _classify(name: str, key: str, choices, aliases, jawaban) -> Verdict:
    items = expect_list_of_text(jawaban, name)
    wrong_count = count_verdict(
        len(items),
        len(CONTOH),
        name,
        "butir",
        "contoh unggahan",
        "jawaban, satu untuk setiap unggahan, sesuai urutan nomornya.",
    )
    if wrong_count:
        return wrong_count
    listed = ", ".join(f'"{c}"' for c in choices)
    wrong = []
    for number, (item, example) in enumerate(zip(items, CONTOH), start=1):
        value = normalise(item, choices, aliases)
        if value is None:
            raise InputError(f'"{item}" (butir ke-{number}) bukan salah satu pilihan.', f"Pilih dari: {listed}.")
        if value not in example[key]:
            wrong.append(number)
    if wrong:
        numbers = ", ".join(str(n) for n in wrong)
        return Verdict(
            False,
            f"{len(wrong)} dari {len(CONTOH)} jawaban belum tepat (unggahan nomor {numbers}).",
            "Baca lagi teks dan keterangan medianya, lalu bandingkan dengan tabel di atas.",
        )
    return Verdict(True, f"Ketujuh unggahan sudah Anda kelompokkan dengan benar menurut {key}nya.")


# The two classification exercises: check name -> (variable, key of CONTOH, choices, aliases).
KLASIFIKASI = {
    "konten_2": ("pilar_contoh", "pilar", PILLARS, PILLAR_ALIASES),
    "konten_3": ("format_contoh", "format", FORMATS, FORMAT_ALIASES),
}
for _name, _args in KLASIFIKASI.items():
    register(_name)(functools.partial(_classify, *_args))


@register("konten_1")
def _check_scenarios(jawaban) -> Verdict:
    items = expect_list_of_text(jawaban, "platform_skenario")
    wrong_count = count_verdict(
        len(items), len(SKENARIO), "platform_skenario", "butir", "skenario", "nama platform, sesuai urutan skenario."
    )
    if wrong_count:
        return wrong_count
    listed = ", ".join(f'"{p}"' for p in PLATFORMS)
    for number, (item, (_text, accepted, hint)) in enumerate(zip(items, SKENARIO), start=1):
        platform = platform_name(item)
        if platform is None:
            raise InputError(
                f'"{item}" (butir ke-{number}) bukan salah satu dari lima platform.', f"Pilih dari: {listed}."
            )
        if platform not in accepted:
            return Verdict(False, f"skenario nomor {number} belum tepat.", hint)
    return Verdict(True, "Setiap skenario sudah mendapat platform yang cocok dengan khalayak dan formatnya.")


@register("konten_4")
def _check_ceremonial_share(jawaban) -> Verdict:
    value = expect_number(jawaban, "persen_seremonial", computed=True)
    data = synthetic_data.load()
    share = float((data["pilar"] == "seremonial").mean())
    expected = share * 100
    if math.isclose(value, expected, abs_tol=0.01):
        return Verdict(
            True, f"Sekitar {round(expected)} dari setiap 100 unggahan dalam data sintetis ini adalah seremonial."
        )
    if math.isclose(value, share, abs_tol=0.0001):
        return Verdict(
            False, "angka ini masih berupa pecahan (antara 0 dan 1).", "Kalikan dengan 100 agar menjadi persen."
        )
    if math.isclose(value, float((data["pilar"] == "seremonial").sum()), abs_tol=0.5):
        return Verdict(
            False,
            "ini jumlah unggahan seremonial, belum persentasenya.",
            "Pakai .mean() seperti contoh, lalu kalikan 100.",
        )
    return Verdict(
        False,
        "persentasenya belum sesuai.",
        'Ikuti contoh persen video di atas; ganti kolom "format" dengan "pilar" dan "video" '
        'dengan "seremonial" (huruf kecil semua).',
    )


def _one_month_verdict(frame: pd.DataFrame) -> Verdict | None:
    """The failing verdict when the calendar's dates are unreadable or span more than one month."""
    try:
        dates = pd.to_datetime(frame["tanggal"], format="%Y-%m-%d")
    except (ValueError, TypeError):
        raise InputError(
            "ada tanggal yang tidak dapat dibaca.",
            'Tulis tanggal sebagai teks tahun-bulan-tanggal, misalnya "2025-08-04".',
        ) from None
    if dates.isna().any():
        raise InputError("ada tanggal yang kosong.", 'Isi setiap tanggal, misalnya "2025-08-04".')
    if dates.dt.to_period("M").nunique() != 1:
        return Verdict(
            False,
            "tanggal-tanggalnya tersebar di lebih dari satu bulan.",
            "Kalender ini untuk satu bulan: pakai bulan dan tahun yang sama untuk semua unggahan.",
        )
    return None


def _mix_verdict(platforms: list[str], pillars: list[str]) -> Verdict | None:
    """The failing verdict when the calendar's mix of platforms and pillars breaks a rule."""
    informative = sum(p in ("informasi", "edukasi") for p in pillars)
    return (
        broken_rule(
            len(set(platforms)) < KALENDER_MIN_PLATFORM,
            f"kalender baru memakai {len(set(platforms))} platform.",
            f"Sebarkan unggahan ke paling sedikit {KALENDER_MIN_PLATFORM} platform yang berbeda.",
        )
        or broken_rule(
            len(set(pillars)) < KALENDER_MIN_PILAR,
            f"kalender baru memakai {len(set(pillars))} pilar konten.",
            f"Pakai paling sedikit {KALENDER_MIN_PILAR} pilar yang berbeda.",
        )
        or broken_rule(
            informative * 2 < len(pillars),
            f"hanya {informative} dari {len(pillars)} unggahan berpilar informasi atau edukasi.",
            "Paling sedikit separuh unggahan harus berpilar informasi atau edukasi.",
        )
        or ceremonial_verdict(pillars, "angkat berita di balik acara itu sebagai informasi atau progres.")
    )


@register("konten_5")
def _check_calendar(jawaban) -> Verdict:
    frame = calendar_frame(jawaban, KALENDER_KOLOM)
    too_short = short_calendar(frame, KALENDER_MIN_UNGGAHAN, ": tambahkan butir pada setiap daftar.")
    wrong = too_short or _one_month_verdict(frame)
    if wrong:
        return wrong
    platforms, pillars = [], []
    hours = jam_utama()
    for number, row in enumerate(frame.itertuples(index=False), start=1):
        platform, fmt, pillar = calendar_row(row.platform, row.format, row.pilar, number)
        wrong_format = format_verdict(fmt, platform, number)
        if wrong_format:
            return wrong_format
        hour = calendar_hour(row.jam, number, platform)
        if hour != hours[platform]:
            return Verdict(
                False,
                f"baris ke-{number}: unggahan {platform} dijadwalkan pukul {hour:02d}.00, "
                f"belum pada jam tayang utamanya.",
                "Lihat tabel jam_utama di atas dan pakai jam tayang utama platform itu.",
            )
        platforms.append(platform)
        pillars.append(pillar)
    return _mix_verdict(platforms, pillars) or Verdict(
        True, f"Kalender {len(frame)} unggahan di {len(set(platforms))} platform sudah memenuhi semua aturan."
    )

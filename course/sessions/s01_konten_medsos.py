"""Session 01 (konten media sosial): content taxonomy, example posts, and the checks.

Exercises of the core path, each answered with values: pick the platform for audience scenarios
(``konten_1``); classify example posts into pillar (``konten_2``) and format (``konten_3``); the share of
ceremonial posts in the synthetic data, as a spreadsheet-like formula over the counts ``jumlah_per`` shows
(``konten_4``); a month's content calendar, a list of posts, that keeps the stated rules and the posting-hour
rule of ``course.engines.posting_hours`` (``konten_5``). Two optional writing exercises: captions for two
platforms with the alt text of the event picture (``takarir``, ``course.engines.captions``) and a quiz post
(``kuis_medsos``, ``course.engines.contest_post``); ``cetak_takarir`` and ``cetak_kuis`` print the checkers'
reports. The optional advanced track (``lanjutan_konten_4``) computes a share with pandas. Facts in the scenarios come from DataReportal's Digital 2024 Indonesia; the
platform features are those listed in the notebook's platform table.
"""

from __future__ import annotations

import functools
import math

import pandas as pd

from course.checks import Verdict, broken_rule, count_verdict, register
from course.engines import synthetic_data
from course.engines.captions import NAMA_PLATFORM, PLATFORM_TAKARIR, nama_platform, periksa_takarir
from course.engines.charts import grafik_median
from course.engines.contest_post import periksa_kuis
from course.engines.engagement_frames import siapkan
from course.engines.posting_hours import format_per_platform, tabel_jam_tayang
from course.errors import (
    InputError,
    expect_columns,
    expect_dict,
    expect_frame,
    expect_list_of_text,
    expect_number,
    expect_text,
)
from course.sessions.shared import (
    FORMAT_ALIASES,
    PILLAR_ALIASES,
    calendar_rows,
    ceremonial_verdict,
    normalise,
    post_verdict,
    read_date,
    read_post,
    short_calendar,
)
from course.vocabulary import HARI, PLATFORMS, platform_name

# The notebook imports these (with the engine functions it shows: grafik_median, siapkan, tabel_jam_tayang).
__all__ = [
    "CONTOH",
    "FAKTA_ACARA",
    "FORMATS",
    "FORMAT_PER_PLATFORM",
    "KALENDER_KOLOM",
    "PILLARS",
    "PLATFORM_TAKARIR",
    "SKENARIO",
    "cetak_kuis",
    "cetak_takarir",
    "contoh_unggahan",
    "grafik_median",
    "jumlah_per",
    "lihat_kalender",
    "periksa_kuis",
    "periksa_takarir",
    "siapkan",
    "tabel_jam_tayang",
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

# Calendar rules (the notebook states the same numbers); the hours follow course.engines.posting_hours.
KALENDER_KOLOM = ("tanggal", "jam", "platform", "format", "pilar")
KALENDER_MIN_UNGGAHAN = 6
KALENDER_MIN_PLATFORM = 3
KALENDER_MIN_PILAR = 3
# The share of ceremonial posts: any rounding a report would give passes (29.7 or 30 for 29.72).
PERSEN_TOLERANSI = 0.5


def lihat_kalender(kalender) -> pd.DataFrame:
    """The calendar (a list of posts) as a table by date, with the day of the week (benchmark hours have one)."""
    rows = calendar_rows(kalender, ("tanggal",))
    dates = [read_date(row["tanggal"], f"tanggal unggahan ke-{n}") for n, row in enumerate(rows, start=1)]
    table = pd.DataFrame(rows, index=pd.RangeIndex(1, len(rows) + 1, name="unggahan ke-"))
    table.insert(1, "hari", [HARI[day.weekday()] for day in dates])
    return table.iloc[sorted(range(len(dates)), key=dates.__getitem__)]


def jumlah_per(data, kolom: str) -> pd.DataFrame:
    """Number of posts per value of ``kolom`` (most first); the last row counts all posts."""
    frame = expect_frame(data, "data")
    expect_columns(frame, [kolom], "data")
    counts = frame[kolom].value_counts()
    index = pd.Index([*counts.index, "(semua unggahan)"], name=kolom)
    return pd.DataFrame({"jumlah unggahan": [*counts.tolist(), len(frame)]}, index=index)


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


def _share_verdict(jawaban, name: str, posts: pd.DataFrame, tolerance: float, hint: str) -> Verdict:
    """The verdict on ``jawaban``, the percentage of ceremonial posts among ``posts``."""
    value = expect_number(jawaban, name, computed=True)
    share = float((posts["pilar"] == "seremonial").mean())
    if abs(value - share * 100) <= tolerance:
        return Verdict(True, f"Sekitar {round(share * 100)} dari setiap 100 unggahan itu seremonial (data sintetis).")
    if math.isclose(value, share, abs_tol=0.005):
        return Verdict(
            False, "angka ini masih berupa pecahan (antara 0 dan 1).", "Kalikan dengan 100 agar menjadi persen."
        )
    if math.isclose(value, float((posts["pilar"] == "seremonial").sum()), abs_tol=0.5):
        return Verdict(False, "ini jumlah unggahan seremonial, belum persentasenya.", hint)
    return Verdict(False, "persentasenya belum sesuai.", hint)


@register(
    "konten_4",
    where='contoh persentase unggahan video di bagian 4 dan tabel jumlah_per(data, "pilar")',
    example='untuk format teks: persen_teks = (angka baris "teks") / (angka baris "(semua unggahan)") * 100, '
    'dengan kedua angka disalin dari tabel jumlah_per(data, "format").',
)
def _check_ceremonial_share(jawaban) -> Verdict:
    return _share_verdict(
        jawaban,
        "persen_seremonial",
        synthetic_data.load(),
        PERSEN_TOLERANSI,
        'Ikuti contoh persen video: bagi jumlah baris "seremonial" dengan jumlah semua unggahan dari tabel '
        "jumlah_per, lalu kalikan 100.",
    )


@register("lanjutan_konten_4")
def _check_facebook_share(jawaban) -> Verdict:
    data = synthetic_data.load()
    facebook = data[data["platform"] == "Facebook"]
    if math.isclose(
        float(expect_number(jawaban, "persen_seremonial_fb", computed=True)),
        float((data["pilar"] == "seremonial").mean() * 100),
        abs_tol=0.01,
    ):
        return Verdict(False, "ini persentase untuk semua platform.", 'Saring dulu baris "Facebook", seperti contoh.')
    return _share_verdict(
        jawaban,
        "persen_seremonial_fb",
        facebook,
        0.01,
        'Saring baris Facebook, bandingkan kolom "pilar" dengan "seremonial", lalu .mean() * 100.',
    )


def _one_month_verdict(posts: list) -> Verdict | None:
    """The failing verdict when the calendar's dates span more than one month."""
    return broken_rule(
        len({(post.date.year, post.date.month) for post in posts}) > 1,
        "tanggal-tanggalnya tersebar di lebih dari satu bulan.",
        "Kalender ini untuk satu bulan: pakai bulan dan tahun yang sama untuk semua unggahan.",
    )


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


@register(
    "konten_5",
    where="tabel jam tayang dan contoh kalender tiga unggahan di bagian 5",
    example='satu unggahan yang lolos: {"tanggal": "2025-08-04", "jam": 19, "platform": "Instagram", '
    '"format": "infografik", "pilar": "informasi"}; 19 didukung data untuk Instagram pada hari apa saja.',
)
def _check_calendar(jawaban) -> Verdict:
    rows = calendar_rows(jawaban, KALENDER_KOLOM)
    too_short = short_calendar(rows, KALENDER_MIN_UNGGAHAN, ": tambahkan kamus unggahan ke dalam daftar.")
    if too_short:
        return too_short
    posts = [read_post(row, number) for number, row in enumerate(rows, start=1)]
    wrong = next((v for v in map(post_verdict, posts) if v), None) or _one_month_verdict(posts)
    platforms, pillars = [post.platform for post in posts], [post.pillar for post in posts]
    return (
        wrong
        or _mix_verdict(platforms, pillars)
        or Verdict(
            True, f"Kalender {len(posts)} unggahan di {len(set(platforms))} platform sudah memenuhi semua aturan."
        )
    )


# ---------------------------------------------------------------------------
# Writing: captions for two platforms (takarir) and a quiz post (kuis_medsos)

# Words that name the event of the fact sheet (data sintetis): the visible opening of a caption holds one.
FAKTA_ACARA = (
    "adminduk",
    "administrasi kependudukan",
    "Disdukcapil",
    "KTP-el",
    "KTP elektronik",
    "Kartu Identitas Anak",
    "KIA",
    "akta kelahiran",
    "kartu keluarga",
)
TAKARIR_MIN_PLATFORM = 2


def cetak_takarir(teks, platform, alt=None) -> None:
    """Print the caption checker's report (``course.engines.captions.periksa_takarir`` returns it as data)."""
    print(periksa_takarir(teks, platform, alt).teks())


def cetak_kuis(teks) -> None:
    """Print the quiz-post checker's report (``course.engines.contest_post.periksa_kuis`` returns it as data)."""
    print(periksa_kuis(teks).teks())


def _captions(jawaban) -> tuple[dict[str, str], object]:
    """The captions of the answer by platform key, and its alt text (None when the key "alt" is missing)."""
    example = '{"instagram": """...""", "x": """...""", "alt": "..."}'
    answer = expect_dict(jawaban, "takarir", example)
    captions: dict[str, str] = {}
    for key, value in answer.items():
        if str(key).strip().lower() == "alt":
            continue
        platform = nama_platform(key)
        captions[platform] = expect_text(value, f'takarir["{key}"]')
    alt = next((v for k, v in answer.items() if str(k).strip().lower() == "alt"), None)
    return captions, alt


@register(
    "takarir",
    where="contoh takarir Facebook di bagian 6 dan lembar fakta acara Mobil Layanan Adminduk",
    example='cetak_takarir(teks, "instagram", alt=teks_alt) menunjukkan cek mana yang belum lolos untuk satu takarir.',
)
def _check_captions(jawaban) -> Verdict:
    captions, alt = _captions(jawaban)
    if len(captions) < TAKARIR_MIN_PLATFORM:
        return Verdict(
            False,
            f"baru ada takarir untuk {len(captions)} platform.",
            'Tulis takarir untuk dua platform pilihan Anda, misalnya kunci "instagram" dan "x".',
        )
    if alt is None:
        return Verdict(
            False,
            'isian "alt" (teks alternatif gambar) belum ada.',
            'Tambahkan "alt": "..." yang menjelaskan isi gambar: siapa atau apa yang tampak, sedang apa, dan di mana.',
        )
    failing = []
    for platform, text in captions.items():
        report = periksa_takarir(text, platform, alt, fakta=FAKTA_ACARA)
        failing += [f"{NAMA_PLATFORM[platform]}, {h.nama}: {h.pesan}" for h in report.hasil if not h.ok]
    names = " dan ".join(NAMA_PLATFORM[p] for p in captions)
    if failing:
        listed = " ".join(f"({n}) {f}" for n, f in enumerate(failing, start=1))
        return Verdict(
            False,
            f"{len(failing)} cek belum lolos. {listed}",
            "Perbaiki takarir itu, jalankan sel jawaban, lalu jalankan sel ini lagi.",
        )
    return Verdict(True, f"Takarir {names} lolos semua cek, termasuk teks alternatifnya.")


@register(
    "kuis_medsos",
    where="contoh unggahan kuis BPBD di bagian 6",
    example="cetak_kuis(kuis) menunjukkan unsur mana yang masih kurang.",
)
def _check_quiz(jawaban) -> Verdict:
    report = periksa_kuis(expect_text(jawaban, "kuis"))
    failing = [h for h in report.hasil if not h.ok]
    if failing:
        listed = " ".join(f"({n}) {h.nama}: {h.pesan}" for n, h in enumerate(failing, start=1))
        missing = f"Yang masih kurang: {', '.join(report.kurang)}. " if report.kurang else ""
        return Verdict(
            False,
            f"{missing}{listed}",
            "Lengkapi unggahan kuis itu, jalankan sel jawaban, lalu jalankan sel ini lagi.",
        )
    return Verdict(True, "Unggahan kuis lengkap: pertanyaan, cara ikut, periode, pemenang, hadiah, dan data pribadi.")
